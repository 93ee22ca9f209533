# Démarche « demande de PUMa, CSS ou AME sans réponse ».
sante-sans-reponse-title = Demande de PUMa, de complémentaire santé solidaire ou d'AME restée sans réponse
sante-sans-reponse-summary = La CPAM ne répond pas depuis plus de deux mois à une demande de protection maladie (PUMa), de complémentaire santé solidaire (CSS) ou d'aide médicale de l'État (AME) : demander l'attestation d'accord (CSS) ou une décision écrite et motivée (PUMa, AME).
sante-sans-reponse-audience = Toute personne qui a déposé un dossier complet à la CPAM et n'a reçu ni carte, ni attestation, ni décision au bout de deux mois.
sante-sans-reponse-keywords = santé CPAM assurance maladie sécurité sociale PUMa protection universelle maladie CSS complémentaire santé solidaire CMU mutuelle AME aide médicale de l'État carte vitale sans réponse silence attente dossier bloqué recours préalable tribunal administratif requête avocat refus AME

sante-sans-reponse-law-css = Complémentaire santé solidaire : si la décision n'est pas notifiée dans le délai, la demande est considérée comme acceptée (texte vérifié dans sa version de 2019 ; à confirmer sur Légifrance avant un contentieux). Le délai retenu est de deux mois après la réception du dossier complet.
sante-sans-reponse-law-attestation = Un accord né du silence de l'administration donne droit, sur demande, à une attestation : c'est ce document que la personne réclame pour la CSS.
sante-sans-reponse-law-accuse = Toute demande doit recevoir un accusé de réception indiquant la date à laquelle une décision implicite naîtra et, en cas de refus, les voies et délais de recours.
sante-sans-reponse-law-inopposable = Contre une décision née du silence, les délais de recours ne peuvent être opposés que si l'accusé de réception de la demande les indiquait.
sante-sans-reponse-law-motifs = Après un refus né du silence, la personne peut demander les motifs : ils doivent être donnés dans le mois, et le délai pour aller au tribunal est prolongé.
sante-sans-reponse-law-ame = L'AME est accordée ou refusée par le directeur de la CPAM au nom de l'État ; les litiges vont au tribunal administratif. Pour la PUMa et l'AME, aucune règle propre au silence n'a été vérifiée : l'application traite deux mois de silence comme un refus, par prudence.
sante-sans-reponse-law-recours-prealable = Avant d'aller au tribunal administratif contre un refus d'AME, il faut d'abord faire un recours écrit auprès de celui qui a décidé (le directeur de la CPAM, pour l'État). La personne peut demander à être entendue, avec la personne de son choix.
sante-sans-reponse-law-rejet-recours = Sans réponse deux mois après sa réception, le recours est rejeté.
sante-sans-reponse-law-tribunal = Le tribunal administratif peut ensuite être saisi dans les deux mois qui suivent le rejet, écrit ou par le silence ; c'est le tribunal du département de la CPAM qui a décidé. Après un silence, il faut joindre la preuve de la date à laquelle le recours a été reçu.
sante-sans-reponse-law-sans-avocat = Devant le tribunal administratif, une affaire d'AME se fait sans avocat : la personne peut écrire et déposer la requête elle-même.
sante-sans-reponse-law-aide-juridictionnelle = Une demande d'aide juridictionnelle envoyée avant la date limite du tribunal garde le délai : un nouveau délai de même durée court après la décision sur l'aide.

sante-sans-reponse-step-personne = La personne
sante-sans-reponse-step-demande = La demande restée sans réponse
sante-sans-reponse-step-envoi = L'envoi
sante-sans-reponse-step-recours = Le recours (AME)
sante-sans-reponse-step-tribunal = Le tribunal (AME)

sante-sans-reponse-q-nom = Nom de famille
sante-sans-reponse-q-prenoms = Prénoms
sante-sans-reponse-q-civilite = Dans le courrier, la personne écrit :
sante-sans-reponse-q-civilite-madame = « Je soussignée » (Madame)
sante-sans-reponse-q-civilite-monsieur = « Je soussigné » (Monsieur)
sante-sans-reponse-q-civilite-non-precise = Sans préciser
sante-sans-reponse-q-date_naissance = Date de naissance
sante-sans-reponse-q-adresse = Adresse ou domiciliation
sante-sans-reponse-q-droit = Qu'a demandé la personne ?
sante-sans-reponse-q-droit-puma = La protection maladie (PUMa : affiliation à l'assurance maladie)
sante-sans-reponse-q-droit-css = La complémentaire santé solidaire (CSS)
sante-sans-reponse-q-droit-ame = L'aide médicale de l'État (AME)
sante-sans-reponse-q-departement = Département de la CPAM (celle qui a reçu la demande ; pour l'AME, il désigne aussi le tribunal administratif)
sante-sans-reponse-q-numero = Numéro de sécurité sociale, numéro d'attente ou numéro de dossier (si la personne en a un)
sante-sans-reponse-q-date_envoi = Date d'envoi ou de dépôt du dossier complet
sante-sans-reponse-q-date_reception = Date de réception du dossier par la CPAM (avis de réception, récépissé), si elle est connue
sante-sans-reponse-q-ar_voies_delais = La CPAM a-t-elle envoyé un accusé de réception indiquant les voies et délais de recours ?
sante-sans-reponse-q-adresse_cpam = Adresse de la CPAM
sante-sans-reponse-q-numero_lrar = Numéro de la lettre recommandée (si déjà connu)
sante-sans-reponse-q-reponse_cpam = Qu'a répondu la CPAM à la demande d'AME ?
sante-sans-reponse-q-reponse_cpam-aucune = Rien pour l'instant
sante-sans-reponse-q-reponse_cpam-refus-ecrit = Un refus écrit
sante-sans-reponse-q-reponse_cpam-accord = L'AME a été accordée
sante-sans-reponse-q-date_refus_ame = Date de la lettre de refus
sante-sans-reponse-q-date_refus_ame-invalid = Le refus ne peut pas dater d'avant l'envoi de la demande.
sante-sans-reponse-q-voies_delais_refus = La lettre de refus indique-t-elle comment la contester et dans quel délai ?
sante-sans-reponse-q-motif_contestation = Pourquoi la personne a droit à l'AME (par exemple : elle vit en France depuis plus de trois mois, ses ressources sont sous le plafond) — écrit tel quel dans le recours
sante-sans-reponse-q-etre_entendu = La personne veut-elle être entendue par la CPAM, avec la personne de son choix ?
sante-sans-reponse-q-reponse_recours = Qu'a répondu la CPAM au recours préalable ?
sante-sans-reponse-q-reponse_recours-aucune = Rien pour l'instant (ou le recours n'est pas encore parti)
sante-sans-reponse-q-reponse_recours-rejet-ecrit = Elle a rejeté le recours par écrit
sante-sans-reponse-q-reponse_recours-accord = Elle a accordé l'AME
sante-sans-reponse-q-date_reception_recours = Date de réception du recours par la CPAM (sur l'avis de réception), s'il n'a pas été préparé ici
sante-sans-reponse-q-ar_recours_voies_delais = La CPAM a-t-elle envoyé un accusé de réception du recours indiquant les voies et délais ?
sante-sans-reponse-q-date_rejet_recours = Date de la lettre de rejet du recours
sante-sans-reponse-q-date_rejet_recours-invalid = Le rejet du recours ne peut pas dater d'avant la lettre de refus.
sante-sans-reponse-q-voies_delais_rejet = La lettre de rejet indique-t-elle les voies et délais de recours (le tribunal, le délai) ?
sante-sans-reponse-q-adresse_tribunal = Adresse du greffe du tribunal administratif, si l'application ne la donne pas (sur la lettre de rejet ou le site du tribunal) — sinon laisser vide

sante-sans-reponse-doc-copie_demande = Copie du dossier de demande (formulaire et liste des pièces envoyées)
sante-sans-reponse-doc-preuve_depot = Preuve du dépôt : avis de réception, récépissé ou accusé de réception de la CPAM
sante-sans-reponse-doc-identite = Pièce d'identité ou document de séjour
sante-sans-reponse-doc-domiciliation = Attestation de domiciliation
sante-sans-reponse-doc-decision_refus = La lettre de refus de l'AME
sante-sans-reponse-doc-recours_envoye = Copie du recours préalable envoyé à la CPAM, avec l'avis de réception
sante-sans-reponse-doc-decision_rejet = La lettre de rejet du recours
sante-sans-reponse-doc-justificatifs = Les justificatifs du droit à l'AME (résidence, ressources)

sante-sans-reponse-letter-attestation-css = Demande d'attestation d'accord de la complémentaire santé solidaire
sante-sans-reponse-letter-demande-decision = Demande de décision écrite et motivée à la CPAM
sante-sans-reponse-letter-recours-prealable-ame = Recours préalable contre le refus de l'AME
sante-sans-reponse-letter-requete-tribunal = Requête au tribunal administratif (AME)

sante-sans-reponse-next-css = Deux mois après la réception du dossier complet sans décision notifiée, la CSS est considérée comme accordée : envoyer la demande d'attestation en recommandé et présenter l'attestation aux soignants.
sante-sans-reponse-next-puma = Envoyer la demande de décision en recommandé. Sans réponse, saisir la commission de recours amiable de la CPAM (démarche « Contester une décision de la CAF ou de la CPAM »).
sante-sans-reponse-next-ame = Envoyer la demande de décision en recommandé. Sans réponse ou après un refus écrit, faire le recours préalable au directeur de la CPAM (proposé ici), obligatoire avant le tribunal administratif.
sante-sans-reponse-next-incertain = Attention : pour la PUMa et l'AME, la durée du silence qui vaut refus n'a pas été vérifiée. Les dates affichées suivent la règle générale (deux mois) : agir sans attendre et garder toutes les preuves.
sante-sans-reponse-next-recours-ame = L'AME est refusée, par écrit ou par le silence : faire d'abord le recours préalable au directeur de la CPAM (il est obligatoire avant le tribunal administratif), en recommandé ; sans réponse deux mois après sa réception, le tribunal administratif peut être saisi.
sante-sans-reponse-next-tribunal-ame = Si la CPAM rejette le recours, par écrit ou en ne répondant pas pendant deux mois, la requête au tribunal administratif est proposée ici : la personne peut la déposer elle-même, sans avocat ; une association ou un avocat peut aussi la reprendre, et demander en même temps au juge des référés de suspendre le refus si des soins ne peuvent pas attendre. En attendant, la PASS d'un hôpital soigne sans couverture.
sante-sans-reponse-next-ame-accordee = L'AME est accordée : garder la décision et retirer la carte. Rien d'autre à faire.

## Échéances
sante-sans-reponse-deadline-acceptation-css = La CSS est considérée comme accordée faute de décision notifiée (2 mois après la réception du dossier)
sante-sans-reponse-deadline-silence-demande = Sans réponse, la demande est à considérer comme refusée (2 mois après la réception du dossier ; règle incertaine pour la PUMa et l'AME)
sante-sans-reponse-deadline-motifs = La CPAM doit donner les motifs du refus (1 mois après la réception de la demande)
sante-sans-reponse-deadline-saisine-cra = Dernier jour pour saisir la commission de recours amiable de la CPAM après le refus implicite
sante-sans-reponse-deadline-tribunal-administratif = Dernier jour pour saisir le tribunal administratif après le rejet du recours préalable (AME)
sante-sans-reponse-deadline-recours-prealable = Dernier jour pour faire le recours préalable contre le refus de l'AME
sante-sans-reponse-deadline-rejet-implicite-recours = Sans réponse de la CPAM, le recours préalable est rejeté (2 mois après sa réception)

## Fiche d'explication remise à la personne.
sante-sans-reponse-explain-attestation-css-asks = Ce courrier demande à la CPAM un papier qui prouve que votre complémentaire santé solidaire est accordée : sans décision dans le délai, votre demande est considérée comme acceptée.
sante-sans-reponse-explain-attestation-css-to = Il part en lettre recommandée avec avis de réception à la CPAM ({ $departement }).
sante-sans-reponse-explain-attestation-css-next = Votre demande est considérée comme acceptée depuis le { $deadline-acceptation-css }. Montrez ce courrier et l'attestation, quand vous la recevrez, au médecin, au pharmacien ou à l'hôpital. Si la CPAM répond par un refus, revenez nous voir avec sa lettre.
sante-sans-reponse-explain-attestation-css-keep = Gardez la copie de votre dossier, la preuve de son dépôt, une copie de ce courrier, le reçu d'envoi et l'avis de réception signé.
sante-sans-reponse-explain-demande-decision-asks = Ce courrier demande à la CPAM de répondre par écrit à votre demande { $droit ->
        [ame] d'aide médicale de l'État (AME)
       *[other] de protection maladie (PUMa)
    } et, si elle refuse, de dire pourquoi.
sante-sans-reponse-explain-demande-decision-to = Il part en lettre recommandée avec avis de réception à la CPAM ({ $departement }).
sante-sans-reponse-explain-demande-decision-next = La CPAM doit donner ses raisons dans le mois qui suit la réception de ce courrier (date : { $deadline-motifs }). Sans réponse, le refus peut être contesté : { $droit ->
        [ame] d'abord par un recours préalable au directeur de la CPAM, obligatoire avant le tribunal administratif (date limite : { $deadline-recours-prealable }).
       *[other] devant la commission de recours amiable de la CPAM (date limite : { $deadline-saisine-cra }).
    } Revenez nous voir avant cette date.
sante-sans-reponse-explain-demande-decision-keep = Gardez la copie de votre dossier, la preuve de son dépôt, une copie de ce courrier, le reçu d'envoi et l'avis de réception signé. Gardez aussi toute lettre de la CPAM.
sante-sans-reponse-explain-recours-prealable-ame-asks = Ce courrier conteste le refus de l'aide médicale de l'État (AME) et demande à la CPAM de vous l'accorder. C'est une étape obligatoire avant de pouvoir aller au tribunal administratif.
sante-sans-reponse-explain-recours-prealable-ame-to = Il part en lettre recommandée avec avis de réception au directeur de la CPAM, qui décide pour l'État.
sante-sans-reponse-explain-recours-prealable-ame-next = Sans réponse dans les deux mois après la réception de ce courrier (date : { $deadline-rejet-implicite-recours }), c'est un refus : revenez nous voir, nous préparerons la requête au tribunal administratif, que vous pourrez déposer vous-même, sans avocat. Si vous devez vous soigner avant, allez à la permanence d'accès aux soins de santé (PASS) d'un hôpital.
sante-sans-reponse-explain-recours-prealable-ame-keep = Gardez une copie de ce courrier, le reçu d'envoi, l'avis de réception signé, votre dossier de demande et toute lettre de la CPAM.
sante-sans-reponse-explain-requete-tribunal-asks = Cette requête demande au tribunal administratif d'annuler le refus de l'aide médicale de l'État (AME) et le rejet de votre recours, et d'ordonner qu'on vous accorde l'AME. Vous pouvez la faire sans avocat.
sante-sans-reponse-explain-requete-tribunal-to = Elle va au { $court-ta } : { $court-ta-address }. Déposez-la au greffe du tribunal (l'accueil), qui donne un reçu, ou envoyez-la en lettre recommandée avec avis de réception assez tôt : c'est la date d'arrivée au tribunal qui compte, pas celle de la poste. Joignez une copie de la requête et de chaque pièce. Le site Télérecours citoyens permet aussi de l'envoyer par internet, mais ce n'est pas obligatoire.
sante-sans-reponse-explain-requete-tribunal-next = Le tribunal envoie la requête à l'administration, qui répond par écrit ; vous recevrez sa réponse et pourrez y répondre. Cela prend souvent plusieurs mois : si vous devez vous soigner avant, allez à la permanence d'accès aux soins de santé (PASS) d'un hôpital. Si vous voulez un avocat payé par l'État, envoyez la demande d'aide juridictionnelle (formulaire cerfa n° 16146) avant la date limite : le délai du tribunal repart alors à la décision sur l'aide. Une association ou un avocat peut reprendre la requête à tout moment.
sante-sans-reponse-explain-requete-tribunal-keep = Gardez une copie de la requête et de toutes les pièces, le reçu du greffe ou de la poste, et tout courrier du tribunal.
