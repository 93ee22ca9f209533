## Paramètres → Équipe: plusieurs ordinateurs, un seul suivi, par un dossier partagé.

team-title = Équipe
team-help = Plusieurs ordinateurs peuvent tenir le même suivi : chacun dépose ses modifications, chiffrées, dans un dossier partagé (une clé USB, un partage réseau, un dossier tenu à jour par Syncthing ou Nextcloud), et lit celles des autres. Permanence n'ouvre jamais de connexion : c'est vous qui choisissez le dossier.
team-none = Cet ordinateur travaille seul.
team-create-title = Créer une équipe
team-create-help = Le suivi de cet ordinateur devient celui de l'équipe. Les autres ordinateurs la rejoignent ensuite depuis une sauvegarde portable faite ici.
team-join-title = Rejoindre une équipe
team-join-help = D'abord, restaurez sur cet ordinateur une sauvegarde portable faite sur un ordinateur de l'équipe (Paramètres → Sauvegardes). Puis choisissez le dossier de l'équipe et tapez sa phrase secrète.
team-folder = Dossier partagé de l'équipe
team-folder-help = Choisissez ci-dessous une clé USB branchée ou un dossier tenu à jour par Syncthing ou Nextcloud, ou tapez le chemin complet d'un dossier, par exemple /media/benevole/CLE/permanence-equipe.
team-label = Nom de cet ordinateur
team-label-help = Pour que les autres le reconnaissent : « Bureau », « Portable du mardi ».
team-passphrase = Phrase secrète de l'équipe
team-passphrase-confirm = La même phrase secrète, encore une fois
team-passphrase-help = Elle chiffre tout ce qui passe par le dossier partagé. Chaque ordinateur de l'équipe la demande une fois, pour rejoindre l'équipe.
team-create = Créer l'équipe
team-join = Rejoindre l'équipe
team-created = Équipe créée. Faites maintenant une sauvegarde portable pour chaque autre ordinateur.
team-joined = Cet ordinateur a rejoint l'équipe.
team-this-laptop = Cet ordinateur : { $label }
team-folder-is = Dossier partagé : { $folder }
team-pending = { $count ->
    [0] Toutes les modifications de cet ordinateur sont dans le dossier partagé.
    [one] Une modification de cet ordinateur attend le prochain échange.
   *[other] { $count } modifications de cet ordinateur attendent le prochain échange.
}
team-must-join = Cette base a été restaurée depuis une sauvegarde : rejoignez l'équipe avant d'échanger.
team-exchange = Échanger maintenant
team-exchange-help = Un échange a lieu aussi à chaque déverrouillage et à la fermeture.
team-exchanged = Échange fait : { $written } modification(s) déposée(s), { $applied } reçue(s) des autres ordinateurs.
team-exchanged-conflicts = { $count ->
    [one] Une valeur a été modifiée sur deux ordinateurs : choisissez laquelle garder, plus bas.
   *[other] { $count } valeurs ont été modifiées sur deux ordinateurs : choisissez lesquelles garder, plus bas.
}
team-peers-title = Les autres ordinateurs
team-peers-none = Aucun autre ordinateur n'a encore déposé de modification.
team-peer-last = { $label } : dernière modification déposée le { $date }
team-peer-never = { $label } : rien déposé encore
team-peer-silent = Rien de { $label } depuis { $days } jours : ce qui y est saisi n'arrive pas aux autres. Pensez à échanger sur cet ordinateur.
team-conflicts-title = Valeurs à choisir
team-conflicts-help = Un même champ a été modifié sur deux ordinateurs entre deux échanges. Les deux valeurs sont gardées ; la plus récente est affichée, marquée, jusqu'à votre choix.
team-conflicts-none = Aucune valeur à choisir.
team-conflict-record = { $name } — { $field }
team-conflict-kept = Affichée : « { $value } » ({ $by })
team-conflict-other = Mise de côté : « { $value } » ({ $by })
team-conflict-keep = Garder la valeur affichée
team-conflict-take-other = Reprendre « { $value } »
team-conflict-resolved = Choisi
team-field-unknown = champ { $field }

error-team-packet-cut = Le paquet { $file } du dossier d'équipe est incomplet (copie interrompue, clé retirée trop tôt ?) : rien n'a été appliqué, vos données n'ont pas changé. Attendez la fin de la copie ou de la synchronisation, puis échangez de nouveau.
error-team-packet-unknown = Le fichier { $file } du dossier d'équipe n'est pas un paquet de Permanence : rien n'a été appliqué, vos données n'ont pas changé. Retirez-le du dossier, puis échangez de nouveau.
error-team-packet-other-team = Le paquet { $file } vient d'une autre équipe : rien n'a été appliqué, vos données n'ont pas changé. Retirez-le du dossier d'équipe (il a sans doute été copié au mauvais endroit).
error-team-packet-altered = Le paquet { $file } a été modifié, ou scellé avec une autre phrase secrète que celle de l'équipe : rien n'a été appliqué, vos données n'ont pas changé. Retirez ce fichier et demandez à l'ordinateur qui l'a écrit d'échanger de nouveau.
error-team-packet-replayed = Le paquet { $file } n'est pas à sa place (copié ou renommé) : rien n'a été appliqué, vos données n'ont pas changé. Retirez ce fichier du dossier d'équipe.
error-team-packet-out-of-order = Il manque un paquet avant { $file } (la copie ou la synchronisation n'est pas finie ?) : rien n'a été appliqué, vos données n'ont pas changé. Attendez que le dossier d'équipe soit complet, puis échangez de nouveau.
error-team-packet-waiting = Le paquet { $file } a besoin de modifications de l'ordinateur { $laptop } qui ne sont pas encore dans le dossier d'équipe : rien n'a été appliqué, vos données n'ont pas changé. Attendez la fin de la synchronisation, puis échangez de nouveau.
error-team-folder-unreachable = Le dossier d'équipe { $folder } est introuvable (clé USB non branchée, partage non connecté ?) : rien n'a été échangé, vos données n'ont pas changé. Branchez la clé ou ouvrez le partage, puis échangez de nouveau.
error-team-schema = L'ordinateur « { $laptop } » utilise une autre version de Permanence : rien n'a été appliqué. Les modifications ne seront fusionnées qu'une fois Permanence mis à jour sur les deux ordinateurs.
error-team-none = Cet ordinateur ne fait partie d'aucune équipe.
error-team-already = Cet ordinateur fait déjà partie d'une équipe.
error-team-folder-taken = Une équipe utilise déjà le dossier { $folder } : pour en faire partie, choisissez « Rejoindre une équipe ».
error-team-folder-empty = Aucune équipe dans le dossier { $folder } : vérifiez le dossier choisi (clé USB, partage).
error-team-not-from-team = Cette base ne vient pas d'un ordinateur de cette équipe. Restaurez d'abord une sauvegarde portable faite sur un ordinateur de l'équipe, puis rejoignez-la.
error-team-wrong-passphrase = Phrase secrète de l'équipe incorrecte. Rien n'a changé.
error-team-copy = Cette base a été restaurée depuis une sauvegarde : rejoignez l'équipe (Paramètres → Équipe) avant d'échanger, pour que cet ordinateur n'écrive pas à la place d'un autre.

person-conflicts = Une valeur de cette fiche a été modifiée sur deux ordinateurs de l’équipe : la plus récente est affichée, marquée, jusqu’à votre choix.
person-conflicts-where = Choisir dans Paramètres → Équipe
person-field-conflict = à choisir
audit-who-laptop = { $who } (ordinateur « { $laptop } »)
team-duplicates-title = Fiches en double ?
team-duplicates-help = Deux ordinateurs ont créé une fiche pour ce qui semble être la même personne (même nom, mêmes prénoms, même date de naissance). Rien n’est fusionné sans vous : choisissez la fiche à garder — les dossiers et documents de l’autre y passent, ses champs vides sont complétés — ou dites que ce sont deux personnes.
team-duplicates-none = Aucune fiche en double.
team-duplicate-side = { $name }, né·e le { $born } — { $dossiers } dossier(s)
team-merge-into = Fusionner dans la fiche de { $name } ({ $dossiers } dossier(s))
team-not-same = Ce sont deux personnes différentes
audit-detail-merged = la fiche n° { $number } y a été fusionnée
team-field-answer = { $demarche } : « { $question } »
