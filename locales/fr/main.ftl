# Interface de Permanence — français (langue de référence).
# Chaque message doit exister dans toutes les langues, avec les mêmes variables.

app-name = Permanence
app-tagline = Aide aux démarches d'accès aux droits
skip-to-content = Aller au contenu
offline-badge = Hors ligne · tout reste sur cet ordinateur
loading = Ouverture…

nav-label = Navigation principale
# The accessible name of a button acting on something: « Modifier : Nom ».
action-on = { $action } : { $target }
name-and-procedure = { $name }, { $procedure }
nav-people = Personnes
nav-dossiers = Dossiers
nav-deadlines = Échéances
nav-procedures = Démarches
nav-settings = Paramètres
nav-shortcut-hint = Raccourci : Alt+{ $key }

people-title = Personnes
people-empty = Aucune personne enregistrée pour l'instant.
people-empty-hint = Les personnes accompagnées apparaîtront ici. Leurs fiches restent sur cet ordinateur.

dossiers-title = Dossiers
dossiers-empty = Aucun dossier ouvert.
dossiers-empty-hint = Un dossier est ouvert pour chaque démarche entreprise avec une personne.

deadlines-title = Échéances
deadlines-empty-hint = Aucune échéance pour l'instant. Les dates de décision implicite et les délais de recours de chaque dossier s'afficheront ici dès qu'une date de départ est connue.
deadlines-truncated = Très nombreuses échéances : seules les plus proches sont listées (les 100 dernières en retard et les 200 suivantes).
deadlines-as-of = Liste du { $date }
deadlines-print = Imprimer la liste de la semaine
deadlines-save-weekly = Enregistrer la liste de la semaine (PDF)
deadlines-export-ics = Exporter vers un agenda (.ics)
dossier-deadlines-export-ics = Exporter les échéances de ce dossier (.ics)
export-saved = Enregistré : { $path }
deadlines-overdue = En retard
deadlines-this-week = Cette semaine
deadlines-next-30-days = Dans les 30 jours
deadlines-later = Plus tard
deadlines-act-now = À faire maintenant : aucun délai ne court
deadlines-act-now-count = { $count ->
    [one] 1 courrier
   *[other] { $count } courriers
}
deadlines-act-now-when = Maintenant
deadlines-act-now-what = Courrier à envoyer sans attendre : « { $letter } »
deadlines-act-now-why = Aucune décision écrite n'a été remise (refus oral, au guichet ou silence) : aucun délai de recours ne court, mais la personne reste sans solution. Ce dossier quitte cette liste dès que l'envoi du courrier est noté.
deadlines-count = { $count ->
    [0] aucune
    [one] 1 échéance
   *[other] { $count } échéances
}
deadlines-none-overdue = Aucune échéance dépassée.
deadlines-none-this-week = Rien cette semaine.
deadlines-none-next-30-days = Rien dans les 30 jours.
deadlines-none-later = Rien de plus lointain.
deadline-day = { $weekday } { $date }
deadline-overdue = En retard
deadline-provisional = Provisoire
deadline-not-enforceable = Délai non opposable
deadline-ceiling = au plus tard le { $date } (1 an)
deadline-suspended = Suspendu
deadline-suspended-note = depuis le { $date } (conciliation) : { $days } jours restants, qui recommenceront à courir à la fin de la conciliation ; la date ci-dessus reste la plus prudente
deadline-how = Comment est calculée cette date ?
deadline-open-dossier = Ouvrir le dossier
deadline-start = Point de départ : { $date }, { $source }
deadline-source-answer = réponse « { $question } »
deadline-source-letter-sent = envoi du courrier « { $letter } »
deadline-source-letter-received = avis de réception du courrier « { $letter } »
deadline-source-deadline = échéance « { $deadline } »
dossier-deadlines-letter-from = Le courrier « { $letter } » pourra être envoyé à partir du { $date }.
dossier-deadlines-title = Échéances du dossier
dossier-deadlines-none = Aucune échéance pour l'instant : elles apparaissent dès qu'une date de départ est connue (une réponse, l'envoi d'un courrier ou son avis de réception).
dossier-deadlines-updated = Échéances recalculées.
weekday-short-1 = lun.
weekday-short-2 = mar.
weekday-short-3 = mer.
weekday-short-4 = jeu.
weekday-short-5 = ven.
weekday-short-6 = sam.
weekday-short-7 = dim.
settings-deadlines = Échéances
settings-zone = Calendrier des jours fériés
settings-zone-help = Les jours fériés de ce territoire repoussent la fin des délais.
zone-metropole = Métropole
zone-alsace-moselle = Alsace-Moselle
zone-guadeloupe = Guadeloupe
zone-martinique = Martinique
zone-guyane = Guyane
zone-reunion = La Réunion
zone-mayotte = Mayotte
zone-saint-barthelemy = Saint-Barthélemy
zone-saint-martin = Saint-Martin
settings-reminder-days = Me rappeler les échéances à moins de N jours
settings-reminder-days-help = N : un nombre de jours, de 1 à 90. Le rappel s'affiche à l'ouverture de Permanence, puis une fois par jour.
settings-reminder-days-invalid = Indiquez un nombre de jours entre 1 et 90.
settings-deadlines-save = Enregistrer
settings-deadlines-saved = Enregistré. Les échéances de tous les dossiers en cours ont été recalculées avec ce calendrier.

settings-privacy = Confidentialité
settings-privacy-help = Verrouiller ferme la base de données et efface l'écran : la phrase secrète est demandée pour continuer. Une phrase secrète erronée n'efface jamais rien ; après plusieurs essais, il faut seulement attendre un peu avant de réessayer.
settings-lock-after = Verrouiller après N minutes sans activité
settings-lock-after-help = N : un nombre de minutes, de 1 à 240. Sans clavier ni souris pendant ce temps, Permanence se verrouille tout seul. Pour verrouiller tout de suite : { $keys }.
settings-lock-after-invalid = Indiquez un nombre de minutes entre 1 et 240.
settings-retention = Dossiers clos : proposer la suppression après M mois
settings-retention-help = M : un nombre de mois, de 1 à 120. Les dossiers clos depuis plus longtemps vous sont présentés pour décider de les supprimer ou non ; rien n'est supprimé sans votre accord.
settings-retention-invalid = Indiquez un nombre de mois entre 1 et 120.
settings-privacy-save = Enregistrer
settings-privacy-saved = Enregistré. Le verrouillage automatique suit ce nouveau délai.

settings-audit = Journal d'audit
settings-audit-help = Tout ce qui a été fait dans Permanence : consultations, créations, modifications, impressions, exports, effacements, suppressions et restaurations, pour toutes les fiches, y compris celles effacées depuis. Chaque entrée est liée à la précédente par une empreinte : une entrée modifiée ou retirée après coup se remarque.
settings-audit-count = { $total ->
    [0] Le journal ne compte encore aucune entrée.
    [one] Le journal compte 1 entrée en tout.
   *[other] Le journal compte { $total } entrées en tout.
}
settings-audit-intact = La chaîne des empreintes est intacte : aucune altération détectée.
settings-audit-altered = Attention : le journal d'audit a été modifié en dehors de Permanence (la chaîne des empreintes est rompue). Pour savoir quelles entrées sont touchées, lancez la commande { $command } dans un terminal.
settings-audit-show = Voir le journal
settings-audit-hide = Masquer le journal
settings-audit-print = Imprimer
settings-audit-caption = Journal d'audit, du plus récent au plus ancien (au { $date })
settings-audit-caption-partial = Journal d'audit : les { $shown } entrées les plus récentes sur { $total }, de la plus récente à la plus ancienne (au { $date })
settings-audit-empty = Aucune entrée dans le journal.

procedures-title = Démarches
procedures-empty = Aucune démarche dans le catalogue pour l'instant.
procedures-empty-hint = Chaque démarche guidera pas à pas : ce que dit le droit, les questions à poser, les pièces à réunir et le courrier à envoyer.

settings-title = Paramètres
settings-language = Langue de l'interface
settings-language-help = Le choix est conservé sur cet ordinateur.
settings-about = À propos
settings-version = Version { $version }
settings-data-dir = Les données sont enregistrées dans { $path }
settings-locales = Langues disponibles : { $list }
settings-offline = Permanence fonctionne sans connexion internet. Rien n'est envoyé ailleurs.

not-found-title = Page introuvable
not-found-back = Revenir aux personnes

error-title = Une erreur est survenue
error-io = Impossible de lire ou d'écrire les données : { $detail }
error-disk-full = Le disque (ou la clé USB) est plein : rien n'a été enregistré, et ce qui l'était déjà est intact. Libérez de la place (videz la corbeille, supprimez de vieux fichiers), puis recommencez : ce que vous venez de saisir est toujours à l'écran.
error-read-only = Le dossier des données est en lecture seule (clé USB verrouillée ou retirée ?) : rien n'a été enregistré, et ce qui l'était déjà est intact. Rebranchez ou déverrouillez la clé, puis recommencez : ce que vous venez de saisir est toujours à l'écran.
error-settings-corrupt = Le fichier des paramètres est illisible ; les paramètres par défaut sont utilisés.
error-unknown-language = Langue inconnue : { $code }
error-internal = Erreur interne : { $detail }
error-backup-incomplete = Ce fichier de sauvegarde est incomplet ou abîmé (copie interrompue ?) : il n'a pas été restauré, et les données actuelles n'ont pas changé.
error-wrong-passphrase = Phrase secrète incorrecte. Vérifiez les majuscules et la disposition du clavier, puis réessayez.
error-wrong-passphrase-wait = Phrase secrète incorrecte. Après plusieurs essais, attendez { $seconds } secondes avant de réessayer. Aucune donnée n'est effacée.
error-unlock-wait = Trop d'essais de phrase secrète : attendez encore { $seconds } secondes avant de réessayer. Aucune donnée n'est effacée.
error-passphrase-mismatch = Les deux phrases secrètes ne sont pas identiques.
error-passphrase-weak = Cette phrase secrète est trop facile à deviner. Ajoutez des mots.
error-vault-exists = Une base de données existe déjà dans ce dossier.
error-vault-missing = Aucune base de données dans ce dossier.
error-locked = Permanence est verrouillé. Saisissez la phrase secrète pour continuer.
error-damaged = La base de données est endommagée ({ $detail }). Restaurez une sauvegarde.
error-too-new = Cette base de données a été créée par une version plus récente de Permanence. Mettez le logiciel à jour.
error-not-found = Cette fiche n'existe plus.
error-letter-incomplete = Il manque des réponses pour ce courrier : complétez-les avant de l'imprimer.
error-letter-too-early =
    { $known ->
        [yes] Trop tôt pour ce courrier : le silence qu'il invoque n'a pas encore duré le temps prévu par la loi. Il pourra être imprimé à partir du { $date }.
       *[other] Trop tôt pour ce courrier : le silence qu'il invoque n'est pas encore établi. Enregistrez d'abord la date de l'accusé de réception de la demande.
    }
error-invalid = Certains champs sont à corriger.
error-sign-in-required = Choisissez votre profil et saisissez votre code pour continuer.
error-wrong-pin = Code incorrect. Vérifiez le nom choisi, puis réessayez.
error-wrong-pin-wait = Code incorrect. Après plusieurs essais, attendez { $seconds } secondes avant de réessayer. Aucune donnée n'est effacée.

field-error-name-required = Indiquez au moins un nom ou un prénom.
field-error-too-long = Ce texte est trop long.
field-error-birth-in-future = La date de naissance ne peut pas être dans le futur.
field-error-birth-too-old = La date de naissance est antérieure à 1900 : vérifiez l'année.
field-error-email-invalid = Cette adresse e-mail semble incomplète (exemple : nom@exemple.fr).
field-error-date-invalid = Cette date n'existe pas. Écrivez-la sous la forme JJ/MM/AAAA, par exemple 05/03/1990.
field-error-zone-unknown = Choisissez un calendrier de jours fériés dans la liste.
field-error-worker-name = Indiquez un nom (80 caractères au plus).
field-error-pin-short = Le code doit compter au moins 4 caractères.
field-error-pin-mismatch = Les deux codes ne sont pas identiques.
field-error-worker-exists = Un profil porte déjà ce nom.

passphrase-strength = Robustesse : { $score } sur 4
passphrase-hint-empty = Choisissez une phrase de plusieurs mots, facile à retenir pour vous.
passphrase-hint-too-short = Trop courte : au moins 10 caractères.
passphrase-hint-repetitive = Trop répétitive : évitez les suites comme « aaaa » ou « 1234 ».
passphrase-hint-add-words = Ajoutez un ou deux mots.
passphrase-hint-good = Bonne phrase secrète.
passphrase-hint-strong = Très bonne phrase secrète.

setup-title = Protéger les données
setup-intro = Les fiches des personnes sont chiffrées sur cet ordinateur. Choisissez une phrase secrète : elle sera demandée à chaque ouverture.
setup-warning = Sans cette phrase, les données sont perdues : personne ne peut la retrouver. Notez-la et rangez-la en lieu sûr.
setup-passphrase = Phrase secrète
setup-confirm = Confirmez la phrase secrète
setup-submit = Créer la base chiffrée
first-launch-import-help = Permanence est déjà utilisé sur un autre ordinateur ? Reprenez ses données depuis une sauvegarde portable (clé USB).
first-launch-import = Restaurer une sauvegarde portable

unlock-title = Permanence est verrouillé
unlock-intro = Saisissez la phrase secrète pour ouvrir les fiches.
unlock-passphrase = Phrase secrète
unlock-submit = Déverrouiller
unlock-working = Vérification…
lock-button = Verrouiller
lock-shortcut-hint = Raccourci : { $keys }
unlock-wait-countdown = Nouvel essai possible dans { $seconds } s
unlock-wait-over = Vous pouvez réessayer maintenant.

profile-title = Qui travaille ?
profile-intro = Choisissez votre nom, puis saisissez votre code personnel.
profile-list = Profils
profile-pin = Code personnel
profile-submit = Entrer
profile-error-choose = Choisissez d'abord votre nom dans la liste.
profile-error-pin-wait = Trop d'essais de code : attendez encore { $seconds } secondes avant de réessayer. Aucune donnée n'est effacée.
current-worker-label = Profil :
switch-worker = Changer de personne
switch-worker-hint = Revenir au choix du profil sans verrouiller ; l'écran s'efface.

settings-workers = Profils
settings-workers-none = Aucun profil pour l'instant : Permanence s'ouvre avec la seule phrase secrète de l'équipe. Dès qu'un premier profil existe, chaque personne de l'équipe doit, après le déverrouillage, choisir son nom et saisir son propre code ; les fiches indiquent alors qui les a créées et modifiées, et le journal d'audit qui a fait quoi. Le premier profil créé ici devient aussitôt le vôtre.
settings-workers-help = Après le déverrouillage, chacun choisit son nom et saisit son code. Les fiches indiquent qui les a créées et modifiées. Seule une personne déjà entrée peut ajouter un profil.
settings-workers-you = (vous)
worker-name = Nom
worker-name-help = Tel que l'équipe le reconnaît, par exemple « Awa D. ».
worker-pin = Code personnel
worker-pin-help = Au moins 4 caractères, chiffres ou lettres. Chacun choisit le sien et ne le donne à personne.
worker-confirm = Confirmez le code
worker-add = Ajouter le profil
worker-add-first = Créer le premier profil
worker-added = Profil « { $name } » ajouté. Il servira après « Changer de personne » ou au prochain déverrouillage.
worker-added-first = Profil « { $name } » créé : vous travaillez maintenant sous ce nom. Après chaque déverrouillage, chacun choisira son nom et saisira son code.

people-search-label = Rechercher une personne
people-search-help = Nom, prénom ou autre orthographe ; les accents ne comptent pas.
people-new = Nouvelle personne
people-results = { $count ->
    [0] Aucun résultat
    [one] 1 personne
   *[other] { $count } personnes
}
people-no-match = Personne ne correspond à cette recherche.

person-new-title = Nouvelle personne
person-edit-title = Modifier la fiche
person-section-identity = Identité
person-section-contact = Coordonnées
person-section-domiciliation = Domiciliation
person-family-name = Nom de famille
person-given-names = Prénoms
person-alt-names = Autres orthographes et translittérations
person-alt-names-help = Une par ligne (par exemple Mohamed, Muhammad, محمد).
person-birth-date = Date de naissance
person-date-help = JJ/MM/AAAA
person-birth-place = Lieu de naissance
person-nationality = Nationalité
person-languages = Langues parlées
person-languages-help = Séparées par des virgules.
person-phone = Téléphone
person-email = E-mail
person-address = Adresse
person-domiciliation-organisation = Organisme domiciliataire
person-domiciliation-address = Adresse de domiciliation
person-domiciliation-expires = Fin de validité de l'attestation
person-notes = Notes
person-save = Enregistrer
person-cancel = Annuler
person-edit = Modifier
person-back = Retour à la liste
person-authors-both = Créée par { $created } — modifiée par { $updated }
person-authors-created = Créée par { $created }
person-authors-updated = Modifiée par { $updated }
person-saved = Fiche enregistrée.
person-draft-saved = Brouillon enregistré automatiquement.
person-draft-restored = Un brouillon non enregistré a été retrouvé et rétabli.
person-fix-errors = { $count ->
    [one] 1 champ à corriger.
   *[other] { $count } champs à corriger.
}
person-born = Né·e le { $date }
person-section-dossiers = Dossiers
person-section-documents = Documents
person-section-events = Événements
person-dossiers-empty = Aucun dossier pour cette personne.
person-documents-empty = Aucun document enregistré.
person-events-empty = Aucun événement enregistré.

settings-security = Sécurité
settings-change-passphrase = Changer la phrase secrète
passphrase-current = Phrase secrète actuelle
passphrase-new = Nouvelle phrase secrète
passphrase-new-confirm = Confirmez la nouvelle phrase secrète
passphrase-change-submit = Changer la phrase secrète
passphrase-changed = Phrase secrète changée. Les sauvegardes déjà faites s'ouvrent toujours avec l'ancienne.
backups-title = Sauvegardes
backups-explain = Une copie chiffrée est faite à l'ouverture (une fois par jour) et à chaque fermeture ; les { $count } dernières sont gardées dans { $path }
backups-none = Aucune sauvegarde pour l'instant.
backups-now = Sauvegarder maintenant
backups-done = Sauvegarde faite.
backups-restore = Restaurer
backups-restore-passphrase = Phrase secrète en usage lors de cette sauvegarde
backups-restore-confirm = Remplacer les données par cette sauvegarde
backups-restore-warning = Les données actuelles seront remplacées par celles de la sauvegarde du { $date }. Elles ne sont pas effacées : elles sont mises de côté dans le dossier « preserved ».
backups-restored = Sauvegarde restaurée. Les données remplacées sont conservées dans le dossier « preserved ».
backups-last-error = La dernière sauvegarde automatique a échoué : { $message }
portable-title = Sauvegarde portable (clé USB)
portable-help = Pour continuer sur un autre ordinateur : toutes les données dans un seul fichier chiffré, à copier sur une clé USB, puis à restaurer sur l'autre ordinateur.
portable-export-title = Créer une sauvegarde portable
portable-export-help = Choisissez une phrase secrète pour ce fichier. Elle peut être différente de celle de Permanence : la sauvegarde ne s'ouvre qu'avec elle.
portable-passphrase = Phrase secrète pour cette sauvegarde
portable-confirm = Confirmez la phrase secrète pour cette sauvegarde
portable-export-submit = Créer la sauvegarde portable
portable-export-working = Création de la sauvegarde…
portable-export-saved = Sauvegarde portable enregistrée : { $path }
portable-export-carry = Copiez ce fichier sur une clé USB. Gardez la phrase secrète à part, jamais avec la clé : sans elle, la sauvegarde ne s'ouvre pas.
portable-import-title = Restaurer une sauvegarde portable
portable-import-help = Choisissez le fichier .permanence (sur la clé USB) et saisissez la phrase secrète choisie à sa création.
portable-file = Fichier de sauvegarde (.permanence)
portable-import-passphrase = Phrase secrète de la sauvegarde à restaurer
portable-import-submit = Restaurer la sauvegarde
portable-import-working = Restauration…
portable-import-no-file = Choisissez le fichier de sauvegarde (.permanence).
portable-import-warning = Les données actuelles de Permanence seront remplacées par celles de la sauvegarde portable. Elles ne sont pas effacées : elles sont mises de côté dans le dossier « preserved ».
portable-import-confirm = Remplacer les données par la sauvegarde portable
portable-import-done = Sauvegarde portable restaurée. Les données remplacées sont conservées dans le dossier « preserved ».
portable-import-done-first = Sauvegarde portable restaurée.

field-error-kind-unknown = Choisissez le type de document.
field-error-file-size = Choisissez un fichier (20 Mo au plus).
document-kind-titre-sejour = Titre de séjour
document-kind-recepisse = Récépissé
document-kind-api = Attestation de prolongation d'instruction (API)
document-kind-attestation-domiciliation = Attestation de domiciliation
document-kind-passeport = Passeport
document-kind-decision = Décision
document-kind-accuse-reception = Accusé de réception
document-kind-courrier = Courrier
document-kind-autre = Autre document
documents-add = Ajouter un document
document-kind = Type de document
document-title = Description (facultatif)
document-expires = Fin de validité (facultatif)
document-file = Fichier (photo ou scan)
document-added = Document ajouté.
expiry-expired = Expiré depuis { $days } jour(s)
expiry-today = Expire aujourd'hui
expiry-soon = Expire dans { $days } jour(s)
expiry-until = Valable jusqu'au { $date }
domiciliation-expiry-warning = Attestation de domiciliation : { $status }. Pensez au renouvellement.
event-kind-decision-notified = Décision notifiée
event-kind-letter-posted = Courrier envoyé
event-kind-ar-signed = Accusé de réception signé
event-kind-answer-received = Réponse reçue
event-kind-appointment-attempt = Tentative de prise de rendez-vous
dossier-status-draft = Brouillon
dossier-status-open = En cours
dossier-status-waiting = En attente de réponse
dossier-status-closed = Clos

procedures-search-label = Rechercher une démarche
procedures-theme = Thème
procedures-theme-all = Tous les thèmes
procedures-for-whom = Pour qui : { $audience }
procedures-unavailable = Indisponible : { $count } problème(s) dans les fichiers de cette démarche.
procedures-no-match = Aucune démarche ne correspond à cette recherche.
theme-sejour = Séjour
theme-caf = CAF
theme-sante = Santé
theme-banque = Banque
theme-ecole = École
theme-handicap = Handicap
theme-emploi = Emploi
theme-droits = Droits
field-error-answer-invalid = Cette réponse ne convient pas à la question.
field-error-answer-departement = Département inconnu : écrivez son numéro (93) ou son nom en entier (Seine-Saint-Denis).
field-error-enclosures-invalid = Une pièce cochée n'existe pas dans cette démarche, ou un nom de pièce dépasse 200 caractères.

person-start-demarche = Commencer une démarche
person-choose-demarche = Démarche à commencer
person-start = Commencer
interview-question-of = Question { $position } sur { $total }
interview-answered-of = { $answered } réponse(s) obligatoire(s) sur { $required }
interview-back = Précédent
interview-next = Enregistrer et continuer
interview-skip = Passer
interview-review = Relire les réponses
interview-review-title = Relecture
interview-edit = Modifier
interview-missing = Il manque { $count } réponse(s) obligatoire(s).
interview-complete = Toutes les réponses obligatoires sont données.
interview-law-title = Que dit le droit ?
interview-documents-title = Pièces à réunir
interview-required = obligatoire
interview-optional = facultative
interview-next-steps = Et ensuite ?
interview-parallel-title = En parallèle
interview-parallel-help = Le Défenseur des droits peut aussi être saisi, gratuitement. Cela ne suspend pas les délais de recours : les recours continuent.
interview-parallel-ddd = Saisir aussi le Défenseur des droits
interview-yes = Oui
interview-no = Non
interview-unanswered = sans réponse
interview-date-invalid = Cette date n'existe pas. Écrivez-la sous la forme JJ/MM/AAAA.
interview-saved = Réponse enregistrée.
field-error-answer-rule = Cette réponse ne respecte pas une règle de la démarche.
interview-doc-held = dans la fiche
interview-doc-to-gather = à réunir

interview-no-document = Aucun document de ce genre dans la fiche : ajoutez-le depuis la page de la personne, ou passez.

# Courriers : la liste du dossier, l'écran du courrier, les paramètres.
letters-title = Courriers
letters-none = Cette démarche ne prévoit pas de courrier.
letters-not-offered = Ne correspond pas aux réponses données.
letters-due-enforceable = À poster au plus tard le { $date } (date de la poste).
letters-due-not-enforceable = Délai non opposable (décision sans voies et délais de recours) : de préférence avant le { $advised }, au plus tard le { $ceiling } (un an).
letters-due-past = Délai dépassé depuis le { $date } : le courrier peut encore être envoyé, sans garantie ; voir une nouvelle demande.
letters-due-enforceable-court = À faire arriver au tribunal au plus tard le { $date } (date d'arrivée au greffe).
letters-due-past-court = Délai pour saisir le tribunal dépassé depuis le { $date } : voir une association ou un avocat.
letters-due-suspended = Délai suspendu depuis le { $since } (conciliation) : { $days } jours restants, qui reprendront à la fin ; date la plus prudente : { $safe }.
letters-due-none = Aucune décision écrite notifiée : aucun délai ne court ; agir maintenant.
letters-waiting-from = Pas encore : possible à partir du { $date }.
letters-waiting-unknown = Pas encore : possible quand la date de l'accusé de réception ou du dépôt de la demande sera enregistrée.
letters-waiting-estimate = (vers le { $date } si l'accusé de réception est arrivé trois jours ouvrés après l'envoi)
letters-prepare = Préparer le courrier
letters-copies = Exemplaires imprimés : { $name }
letters-copy = Version du { $date }
letters-view = Voir / réimprimer
letters-mark-sent = Marquer comme envoyé
letters-mark-received = AR reçu
letters-sent-on = Date d'envoi
letters-received-on = Date de l'avis de réception signé
letters-tracking = Numéro de la lettre recommandée (facultatif)
letters-save = Enregistrer
letters-cancel = Annuler
letters-sent-saved = Envoi enregistré.
letters-received-saved = Avis de réception enregistré.
letter-status-printed = Imprimé
letter-status-sent = Envoyé le { $date }
letter-status-tracking = LRAR n° { $number }
letter-status-received = AR reçu le { $date }
letter-back = Retour au dossier
letter-explain = Fiche d'explication pour la personne
letter-explain-none = Aucune
letter-explain-frozen = Fiche d'explication : { $language }
letter-missing = Ce courrier ne peut pas encore être imprimé : il manque ces réponses.
letter-too-early = Trop tôt pour ce courrier : le silence qu'il invoque n'a pas encore duré le temps prévu par la loi.
enclosures-title = Pièces jointes aux courriers
enclosures-help = Les pièces obligatoires sont jointes d'office. Cochez les pièces facultatives à joindre, et ajoutez d'autres pièces par leur nom (par exemple « Déclaration de revenus du conjoint »).
enclosures-optional = Pièces facultatives à joindre
enclosures-added = Autres pièces jointes
enclosures-add-label = Nom de la pièce à ajouter
enclosures-add = Ajouter la pièce
enclosures-remove = Retirer
enclosures-saved = Pièces jointes enregistrées : les courriers les listeront.
letter-answer = Répondre
letter-loading = Mise en page du courrier…
letter-page-alt = Page { $n } sur { $total }
letter-print = Imprimer
letter-save-pdf = Enregistrer en PDF
letter-working = Préparation du courrier…
letter-saved = Enregistré : { $path }
letter-frozen = Courrier figé le { $date } (version { $version } de la démarche, droit vérifié au { $law }) : réimprimer redonne exactement le même document.
letter-new-version = Préparer une nouvelle version
letter-draft-help = Ceci est un aperçu. Le courrier est figé (gardé tel quel dans le dossier) quand vous l'imprimez ou l'enregistrez.
settings-letters = Courriers
settings-organisation = Nom de la structure (imprimé « Courrier rédigé avec l'aide de … »)
settings-organisation-help = Avec son article s'il en prend un : « l'association Exemple », « le Secours populaire », « La Cimade ». « Association », « CCAS », « centre social »… prennent le leur tout seuls.
settings-place = Ville (imprimée avant la date)
settings-letterhead-save = Enregistrer
settings-letterhead-saved = Enregistré. Les prochains courriers porteront ces informations.

## Journal des tentatives (préfecture, ANEF), dans la relecture du dossier
journal-title = Journal des tentatives
journal-help = Notez chaque tentative qui n'a pas abouti : la date, l'heure, le moyen utilisé et ce qui s'est passé, avec une capture d'écran si possible. Le juge attend des tentatives faites sur plusieurs semaines différentes.
journal-span-short = { $weeks ->
        [0] Aucune tentative notée pour l'instant. Le juge attend des tentatives sur plusieurs semaines différentes (au moins { $min } semaines ici).
        [one] Les tentatives couvrent 1 semaine : le juge attend des tentatives sur plusieurs semaines différentes (au moins { $min } semaines ici). Continuez à essayer et à noter.
       *[other] Les tentatives couvrent { $weeks } semaines : le juge attend des tentatives sur plusieurs semaines différentes (au moins { $min } semaines ici). Continuez à essayer et à noter.
    }
journal-span-enough = { $count ->
        [one] 1 tentative
       *[other] { $count } tentatives
    } sur { $weeks ->
        [one] 1 semaine
       *[other] { $weeks } semaines différentes
    }, du { $first } au { $last }.
journal-attempts-title = Tentatives notées
journal-attempt-when = { $date } à { $time }
journal-shot-alt = Capture d'écran de la tentative du { $when }
journal-shot-file = Pièce jointe : { $name }
journal-shot-loading = Capture d'écran : chargement…
journal-shot-unreadable = Capture d'écran illisible.
journal-delete = Supprimer
journal-delete-warning = Supprimer la tentative du { $when } ? Elle disparaîtra du journal et de l'annexe, avec sa capture d'écran.
journal-delete-confirm = Supprimer définitivement
journal-deleted = Tentative supprimée.
journal-form-title = Noter une tentative
journal-date = Date de la tentative
journal-time = Heure
journal-time-help = HH:MM, par exemple 14:30
journal-channel = Moyen utilisé
journal-outcome = Ce qui s'est passé
journal-outcome-help = Par exemple : le message d'erreur affiché (recopiez-le), aucun rendez-vous disponible, pas de réponse au téléphone.
journal-screenshot = Capture d'écran ou photo (facultatif)
journal-screenshot-help = Image ou PDF, 20 Mo au plus.
journal-add = Noter cette tentative
journal-added = Tentative notée.
journal-annex = Enregistrer l'annexe PDF
journal-annex-help = Le relevé daté des tentatives, avec les captures d'écran, à joindre au courrier à la préfecture ou à la requête au tribunal.
field-error-date-future = Cette date est dans le futur : indiquez le jour où la tentative a eu lieu.
field-error-time-invalid = Cette heure n'existe pas. Écrivez-la sous la forme HH:MM, par exemple 14:30.
field-error-channel-unknown = Choisissez un moyen dans la liste.
field-error-required = Ce champ est obligatoire.

## Protection des données : journal d'accès, export, effacement, dossiers clos
people-erased = Fiche effacée. Le journal d'audit garde la trace de l'effacement, sans son contenu.
person-privacy-title = Protection des données
person-export = Exporter toutes les données
person-export-help = Crée dans le dossier d'export (Documents/Permanence) un dossier à remettre à la personne, par exemple sur une clé USB : un résumé lisible (resume.pdf), un fichier lisible par un programme (donnees.json) et les pièces jointes (dossier « pieces »).
person-erase = Effacer la personne
person-erase-help = Efface la fiche et tout ce qui s'y rattache. Vous verrez d'abord exactement ce qui sera effacé.
person-erase-intro = Seront effacés définitivement de cet ordinateur, sans retour possible : la fiche de { $name } et
person-erase-dossier = le dossier « { $title } »
person-erase-no-dossier = aucun dossier
person-erase-documents = { $count ->
    [0] aucun document
    [one] 1 document
   *[other] { $count } documents
}
person-erase-letters = { $count ->
    [0] aucun courrier imprimé
    [one] 1 courrier imprimé
   *[other] { $count } courriers imprimés
}
person-erase-events = { $count ->
    [0] aucun événement
    [one] 1 événement
   *[other] { $count } événements
}
person-erase-deadlines = { $count ->
    [0] aucune échéance
    [one] 1 échéance
   *[other] { $count } échéances
}
person-erase-drafts = { $count ->
    [0] aucun brouillon
    [one] 1 brouillon
   *[other] { $count } brouillons
}
person-erase-backups = Sauvegardes : les { $count } dernières sauvegardes chiffrées (une par jour d'utilisation) peuvent encore contenir ces données, jusqu'à ce que de plus récentes les remplacent, au plus tard après { $count } jours d'utilisation. Pour les faire disparaître plus tôt, supprimez les fichiers de sauvegarde dans le dossier des données (indiqué dans Paramètres → Sécurité).
person-erase-exports = Les PDF et exports déjà enregistrés dans le dossier d'export (Documents/Permanence) ne sont pas touchés : supprimez-les vous-même si besoin.
person-erase-audit = Le journal d'audit garde la trace de l'effacement (date et nombre d'éléments), sans son contenu.
person-erase-type-name = Pour confirmer, tapez le nom « { $name } »
person-erase-confirm = Effacer définitivement
person-audit-title = Journal d'accès
person-audit-help = Chaque consultation, création, modification, impression ou export de cette fiche et de ses dossiers y est noté, avec la date et l'heure.
person-audit-show = Voir le journal d'accès
person-audit-hide = Masquer le journal d'accès
person-audit-print = Imprimer le journal
person-audit-caption = Journal d'accès de { $name }, du plus récent au plus ancien (au { $date })
person-audit-empty = Aucun accès enregistré.
audit-col-when = Date et heure
audit-col-who = Par
audit-col-action = Action
audit-col-record = Élément
audit-col-detail = Détail
audit-col-person = Fiche
audit-when = { $date } à { $time }
audit-action-open = Consultation
audit-action-create = Création
audit-action-change = Modification
audit-action-print = Impression
audit-action-export = Export
audit-action-erase = Effacement
audit-action-purge = Suppression (durée de conservation)
audit-action-restore = Restauration
audit-action-sign-in = Connexion (profil)
audit-action-merge = Fusion de deux fiches (équipe)
audit-finding-missing = entrée n° { $seq } supprimée (la suivante trouvée est la n° { $next })
audit-finding-unlinked = entrée n° { $seq } : ne suit pas l'entrée précédente (entrées supprimées ou renumérotées)
audit-finding-changed = entrée n° { $seq } modifiée après coup
audit-finding-cut-at-end = entrées n° { $from } à { $to } supprimées à la fin du journal
audit-finding-last-differs = la dernière entrée (n° { $seq }) ne correspond pas à celle notée hors de la base
audit-finding-no-kept-head = aucune trace de la dernière entrée hors de la base : une fin coupée ne serait pas vue
audit-subject-person = Fiche
audit-subject-dossier = Dossier « { $title } »
audit-subject-dossier-number = Dossier n° { $number }
audit-person-number = Fiche n° { $number }
audit-subject-worker = Profil de travail
audit-subject-database = Base de données
audit-detail-answer = réponse : { $question }
audit-detail-letter = courrier : { $letter }
audit-detail-letter-pdf = PDF enregistré : { $letter }
audit-detail-letter-number = courrier n° { $number }
audit-detail-document = document : { $kind }
audit-detail-gdpr-export = toutes les données, pour la personne
audit-detail-closed = dossier clos
audit-detail-reopened = dossier rouvert
audit-detail-attempt-added = tentative notée
audit-detail-attempt-deleted = tentative supprimée
audit-detail-journal-annex = annexe des tentatives (PDF)
audit-detail-retention = durée de conservation dépassée
audit-detail-portable-backup = sauvegarde portable
dossier-open-since = Dossier en cours, ouvert le { $date }
dossier-closed-on = Clos le { $date }
dossier-close = Clore le dossier
dossier-reopen = Rouvrir le dossier
dossier-closed-help = Un dossier clos reste consultable et peut être rouvert. Passé la durée fixée dans Paramètres → Confidentialité, il vous sera proposé à la suppression.
retention-title = Dossiers clos à revoir
retention-help = Dossiers clos avant le { $date } (depuis plus de { $months } mois). Décochez ceux à garder.
retention-empty = Aucun dossier clos depuis plus de { $months } mois.
retention-line = { $name } — { $title } — clos le { $date }
retention-purge = Supprimer les dossiers cochés
retention-purge-warning = { $count ->
    [one] 1 dossier sera supprimé définitivement
   *[other] { $count } dossiers seront supprimés définitivement
}, avec leurs réponses, courriers, échéances et tentatives. Les fiches des personnes restent : pour effacer une personne, passez par sa fiche (Protection des données).
retention-purge-confirm = Supprimer définitivement
retention-purged = { $count ->
    [0] Aucun dossier supprimé.
    [one] 1 dossier supprimé.
   *[other] { $count } dossiers supprimés.
}
