# Démarche « refus d'inscription scolaire ».
refus-inscription-scolaire-title = Refus d'inscription à l'école
refus-inscription-scolaire-summary = La mairie (école maternelle ou élémentaire) ou l'académie (collège, lycée) refuse d'inscrire un enfant : recours gracieux et demande d'inscription au directeur académique, avec copie au préfet.
refus-inscription-scolaire-audience = Les parents ou responsables d'un enfant de 3 à 16 ans, quels que soient leur situation administrative et leur mode d'hébergement.
refus-inscription-scolaire-keywords = école inscription scolaire mairie maternelle élémentaire collège lycée enfant scolarisation rectorat

refus-inscription-scolaire-law-obligation = L'instruction est obligatoire pour chaque enfant de 3 à 16 ans.
refus-inscription-scolaire-law-inscription = Le maire doit inscrire les enfants qui vivent dans la commune. Le mode d'hébergement de la famille ne peut pas justifier un refus. Si le maire refuse sans motif légitime, le directeur académique (DASEN), au nom du préfet, inscrit l'enfant.
refus-inscription-scolaire-law-pieces = Pour inscrire un enfant, la mairie ne peut demander que : l'identité de l'enfant, celle des responsables, et un justificatif de domicile. Si un document manque, une attestation sur l'honneur suffit ; le domicile se prouve par tous moyens. Une vérification du domicile ne peut pas bloquer l'inscription.
refus-inscription-scolaire-law-attestation = Les pièces d'identité acceptées sont celles de la liste officielle (livret de famille, carte d'identité, passeport…) ; à défaut, une attestation sur l'honneur.
refus-inscription-scolaire-law-substitution = Quand le maire, agissant pour l'État, refuse un acte que la loi lui impose, le préfet peut, après l'avoir mis en demeure, le faire lui-même ou par un délégué.
refus-inscription-scolaire-law-silence = Sans réponse deux mois après la réception d'un recours, celui-ci est rejeté ; le délai pour saisir le tribunal administratif commence alors.
refus-inscription-scolaire-law-squat = Le maire ne peut pas refuser d'inscrire un enfant parce que sa famille vit dans un squat, un bidonville ou un logement insalubre (Conseil d'État, 19 décembre 2018).
refus-inscription-scolaire-law-tribunal = Si le recours gracieux est rejeté, par écrit ou par deux mois de silence, le tribunal administratif peut être saisi dans les deux mois ; il faut joindre la décision de rejet ou la preuve de la date de réception du recours.
refus-inscription-scolaire-law-sans-avocat = Devant le tribunal administratif, une demande d'annulation d'un refus d'inscription se fait sans avocat : le parent peut écrire et déposer la requête lui-même.
refus-inscription-scolaire-law-refere-suspension = Quand l'enfant reste sans école, le juge des référés peut suspendre le refus en urgence, si une requête en annulation est aussi déposée ; une association ou un avocat peut le demander.

refus-inscription-scolaire-step-enfant = L'enfant
refus-inscription-scolaire-step-famille = La famille
refus-inscription-scolaire-step-refus = Le refus
refus-inscription-scolaire-step-tribunal = Le tribunal

refus-inscription-scolaire-q-nom_enfant = Nom de l'enfant
refus-inscription-scolaire-q-prenoms_enfant = Prénoms de l'enfant
refus-inscription-scolaire-q-date_naissance_enfant = Date de naissance de l'enfant
refus-inscription-scolaire-q-genre_enfant = L'enfant est :
refus-inscription-scolaire-q-genre_enfant-fille = Une fille
refus-inscription-scolaire-q-genre_enfant-garcon = Un garçon
refus-inscription-scolaire-q-niveau = Niveau demandé
refus-inscription-scolaire-q-niveau-maternelle = École maternelle
refus-inscription-scolaire-q-niveau-elementaire = École élémentaire
refus-inscription-scolaire-q-niveau-college = Collège
refus-inscription-scolaire-q-niveau-lycee = Lycée
refus-inscription-scolaire-q-ecole_demandee = École ou établissement demandé (si connu)
refus-inscription-scolaire-q-civilite = Dans les courriers, le parent ou responsable écrit :
refus-inscription-scolaire-q-civilite-madame = « Je soussignée » (Madame)
refus-inscription-scolaire-q-civilite-monsieur = « Je soussigné » (Monsieur)
refus-inscription-scolaire-q-civilite-non-precise = Sans préciser
refus-inscription-scolaire-q-nom_responsable = Nom du parent ou responsable
refus-inscription-scolaire-q-prenoms_responsable = Prénoms du parent ou responsable
refus-inscription-scolaire-q-adresse = Adresse (hébergement, hôtel, domiciliation…)
refus-inscription-scolaire-q-commune = Commune où vit l'enfant
refus-inscription-scolaire-q-departement = Département
refus-inscription-scolaire-q-occupation_sans_titre = La famille vit-elle dans un squat, un bidonville, ou sur un terrain ou dans un bâtiment occupé sans titre ?
refus-inscription-scolaire-q-adresse_mairie = Adresse de la mairie (service des affaires scolaires)
refus-inscription-scolaire-q-adresse_dasen = Adresse de la direction académique (DSDEN) du département
refus-inscription-scolaire-q-forme_refus = Le refus a-t-il été écrit ou oral ?
refus-inscription-scolaire-q-forme_refus-ecrit = Écrit (courrier, courriel)
refus-inscription-scolaire-q-forme_refus-oral = Oral (au guichet, au téléphone)
refus-inscription-scolaire-q-date_refus = Date du refus
refus-inscription-scolaire-q-date_refus-invalid = Le refus ne peut pas être antérieur à la naissance de l'enfant.
refus-inscription-scolaire-q-document_refus = Le refus écrit, s'il est déjà dans la fiche de la personne
refus-inscription-scolaire-q-voies_delais = Le refus écrit indique-t-il les voies et délais de recours (à qui s'adresser, dans quel délai) ?
refus-inscription-scolaire-q-circonstances_refus = Où, à quelle heure et par qui le refus a-t-il été dit ?
refus-inscription-scolaire-q-motif_refus = Quelle raison a été donnée ?
refus-inscription-scolaire-q-motif_refus-pieces = Des pièces manquent
refus-inscription-scolaire-q-motif_refus-domicile = Pas de justificatif de domicile
refus-inscription-scolaire-q-motif_refus-places = Pas de place
refus-inscription-scolaire-q-motif_refus-aucun = Aucune raison donnée
refus-inscription-scolaire-q-motif_refus-autre = Une autre raison
refus-inscription-scolaire-q-pieces_manquantes = Manque-t-il une pièce d'identité ou un justificatif de domicile ?
refus-inscription-scolaire-q-reponse_recours = Qu'a répondu le maire ou le directeur académique au recours gracieux ?
refus-inscription-scolaire-q-reponse_recours-aucune = Rien pour l'instant (ou le recours n'est pas encore parti)
refus-inscription-scolaire-q-reponse_recours-rejet-ecrit = Il a rejeté le recours par écrit
refus-inscription-scolaire-q-reponse_recours-inscrit = L'enfant a été inscrit
refus-inscription-scolaire-q-date_reception_recours = Date de réception du recours gracieux (sur l'avis de réception), s'il n'a pas été préparé ici
refus-inscription-scolaire-q-ar_voies_delais = Un accusé de réception du recours indiquant les voies et délais de recours a-t-il été reçu ?
refus-inscription-scolaire-q-date_rejet_recours = Date de la lettre de rejet du recours
refus-inscription-scolaire-q-date_rejet_recours-invalid = Le rejet du recours ne peut pas dater d'avant le refus.
refus-inscription-scolaire-q-voies_delais_rejet = La lettre de rejet indique-t-elle les voies et délais de recours (le tribunal, le délai) ?
refus-inscription-scolaire-q-adresse_tribunal = Adresse du greffe du tribunal administratif, si l'application ne la donne pas (sur la lettre de rejet ou le site du tribunal) — sinon laisser vide

refus-inscription-scolaire-doc-identite_enfant = Pièce d'identité de l'enfant (livret de famille, acte de naissance, passeport…)
refus-inscription-scolaire-doc-identite_responsables = Pièce d'identité des parents ou responsables
refus-inscription-scolaire-doc-justificatif_domicile = Justificatif de domicile par tout moyen (attestation d'hébergement, d'hôtel ou du 115, attestation de domiciliation…)
refus-inscription-scolaire-doc-attestation_honneur = Attestation sur l'honneur pour les pièces manquantes
refus-inscription-scolaire-doc-refus_ecrit = Le refus écrit
refus-inscription-scolaire-doc-recit_refus_oral = Récit daté et signé du refus oral (date, heure, lieu, agent)
refus-inscription-scolaire-doc-recours_envoye = Copie du recours gracieux envoyé, avec l'avis de réception
refus-inscription-scolaire-doc-decision_rejet = La lettre de rejet du recours

refus-inscription-scolaire-letter-recours-maire = Recours gracieux au maire, agissant au nom de l'État
refus-inscription-scolaire-letter-demande-dasen = Demande d'inscription au directeur académique, copie au préfet
refus-inscription-scolaire-letter-recours-dasen-second-degre = Recours gracieux au directeur académique (collège, lycée)
refus-inscription-scolaire-letter-requete-tribunal = Requête au tribunal administratif

refus-inscription-scolaire-next-premier-degre = Envoyer en même temps le recours gracieux au maire et la demande d'inscription au directeur académique (copie au préfet), en recommandé avec accusé de réception ou déposés contre récépissé, dans les deux mois du refus.
refus-inscription-scolaire-next-second-degre = Envoyer un recours gracieux au directeur académique (rectorat) dans les deux mois du refus, en recommandé avec accusé de réception.
refus-inscription-scolaire-next-pieces = Joindre une attestation sur l'honneur pour chaque pièce manquante : elle suffit pour l'inscription.
refus-inscription-scolaire-next-tribunal = Si le recours est rejeté, par écrit ou par deux mois de silence, la requête au tribunal administratif est proposée ici : le parent peut la déposer lui-même, sans avocat ; une association ou un avocat peut aussi la reprendre et demander en même temps au juge des référés de suspendre le refus en urgence.
refus-inscription-scolaire-next-inscrit = L'enfant est inscrit : garder le certificat d'inscription. Aucune autre démarche n'est nécessaire.

## Fiche d'explication remise à la famille, une par courrier.

refus-inscription-scolaire-explain-recours-maire-asks = Ce courrier demande au maire de { $commune } d'annuler son refus et d'inscrire { $prenoms_enfant } à l'école. L'école est obligatoire de 3 à 16 ans pour tous les enfants qui vivent en France, quels que soient les papiers ou le logement de la famille.
refus-inscription-scolaire-explain-recours-maire-to = Il part en lettre recommandée avec avis de réception au maire de { $commune }. Le même jour, une demande part au directeur académique (l'éducation nationale), qui peut inscrire l'enfant à la place du maire.
refus-inscription-scolaire-explain-recours-maire-next = Le maire peut inscrire l'enfant à tout moment : si l'école vous appelle, allez-y. S'il ne répond pas dans les deux mois après avoir reçu la lettre, c'est un refus, et il sera possible de saisir le tribunal administratif vous-même, sans avocat (la requête est préparée ici), ou avec l'aide d'une association ou d'un avocat.
refus-inscription-scolaire-explain-recours-maire-keep = Gardez une copie de ce courrier, le reçu d'envoi, puis l'avis de réception signé, et le refus s'il est écrit. Notez toute réponse de la mairie et sa date.

refus-inscription-scolaire-explain-demande-dasen-asks = Ce courrier demande au directeur académique (l'éducation nationale, qui agit pour le préfet) d'inscrire { $prenoms_enfant } à l'école, puisque le maire a refusé.
refus-inscription-scolaire-explain-demande-dasen-to = Il part en lettre recommandée avec avis de réception au directeur académique du département ({ $departement }), avec une copie au préfet.
refus-inscription-scolaire-explain-demande-dasen-next = Le directeur académique doit d'abord demander au maire d'inscrire l'enfant ; si le maire ne le fait pas, il peut l'inscrire lui-même. Revenez nous voir avec toute réponse.
refus-inscription-scolaire-explain-demande-dasen-keep = Gardez une copie de ce courrier, le reçu d'envoi et l'avis de réception signé.

refus-inscription-scolaire-explain-recours-dasen-second-degre-asks =
    Ce courrier demande au directeur académique (l'éducation nationale) d'annuler le refus et de donner une place à { $prenoms_enfant } { $niveau ->
        [lycee] au lycée.
       *[other] au collège.
    }
refus-inscription-scolaire-explain-recours-dasen-second-degre-to = Il part en lettre recommandée avec avis de réception au directeur académique du département ({ $departement }).
refus-inscription-scolaire-explain-recours-dasen-second-degre-next = S'il ne répond pas dans les deux mois après avoir reçu la lettre, c'est un refus, et il sera possible de saisir le tribunal administratif vous-même, sans avocat (la requête est préparée ici), ou avec l'aide d'une association ou d'un avocat.
refus-inscription-scolaire-explain-recours-dasen-second-degre-keep = Gardez une copie de ce courrier, le reçu d'envoi, puis l'avis de réception signé, et le refus s'il est écrit.
refus-inscription-scolaire-explain-requete-tribunal-asks = Cette requête demande au tribunal administratif d'annuler le refus d'inscrire votre enfant et d'ordonner son inscription. Vous pouvez la faire sans avocat.
refus-inscription-scolaire-explain-requete-tribunal-to = Elle va au { $court-ta } : { $court-ta-address }. Déposez-la au greffe du tribunal (l'accueil), qui donne un reçu, ou envoyez-la en lettre recommandée avec avis de réception assez tôt : c'est la date d'arrivée au tribunal qui compte, pas celle de la poste. Joignez une copie de la requête et de chaque pièce. Le site Télérecours citoyens permet aussi de l'envoyer par internet, mais ce n'est pas obligatoire.
refus-inscription-scolaire-explain-requete-tribunal-next = Le tribunal envoie la requête à l'administration, qui répond par écrit ; cela peut prendre plusieurs mois. Votre enfant ne peut pas attendre : une association ou un avocat peut demander en même temps au juge des référés de suspendre le refus en urgence. Si vous voulez un avocat payé par l'État, envoyez la demande d'aide juridictionnelle (formulaire cerfa n° 16146) avant la date limite : le délai du tribunal repart alors à la décision sur l'aide.
refus-inscription-scolaire-explain-requete-tribunal-keep = Gardez une copie de la requête et de toutes les pièces, le reçu du greffe ou de la poste, et tout courrier du tribunal ou de l'école.

## Échéances (tableau des échéances, frise du dossier)
refus-inscription-scolaire-deadline-recours-gracieux = Dernier jour pour envoyer le recours gracieux (2 mois après le refus)
refus-inscription-scolaire-deadline-rejet-implicite-maire = Sans réponse du maire, le recours est rejeté (2 mois après sa réception)
refus-inscription-scolaire-deadline-rejet-implicite-dasen = Sans réponse du directeur académique, le recours est rejeté (2 mois après sa réception)
refus-inscription-scolaire-deadline-tribunal-administratif = Dernier jour pour saisir le tribunal administratif après le rejet du recours (écrit, ou par le silence)
