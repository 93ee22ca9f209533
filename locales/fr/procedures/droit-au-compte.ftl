# Démarche « droit au compte » (Banque de France).
droit-au-compte-title = Droit au compte bancaire
droit-au-compte-summary = Une banque refuse d'ouvrir un compte, ou ne répond pas : la Banque de France désigne une banque qui doit l'ouvrir, avec les services bancaires de base gratuits.
droit-au-compte-audience = Toute personne domiciliée en France sans compte de dépôt, y compris sans titre de séjour et avec une domiciliation.
droit-au-compte-keywords = banque compte bancaire ouvrir un compte carte refus Banque de France droit au compte

droit-au-compte-law-droit = Toute personne domiciliée en France qui n'a pas de compte de dépôt a droit à un compte. Aucun titre de séjour n'est exigé : une domiciliation suffit comme adresse.
droit-au-compte-law-silence = Si la banque ne répond pas dans les 15 jours qui suivent l'avis de réception ou le dépôt au guichet, son silence vaut refus. Elle doit alors remettre une attestation de refus.
droit-au-compte-law-compte-cloture = Une personne dont le seul compte a été fermé par sa banque est considérée comme sans compte dès qu'elle a reçu la décision de fermeture.
droit-au-compte-law-pieces = La Banque de France demande : une pièce d'identité recto-verso (française ou étrangère, récépissé de titre de séjour accepté), un justificatif de domicile ou l'attestation de domiciliation, et le refus de la banque ou l'accusé de réception de la demande datant de plus de 15 jours.
droit-au-compte-law-banque-designee = La banque désignée par la Banque de France indique sous 3 jours ouvrés les pièces à fournir, puis ouvre le compte sous 3 jours ouvrés après les avoir reçues.

droit-au-compte-step-situation = La situation de la personne
droit-au-compte-step-demande = La demande à la banque
droit-au-compte-step-reponse = La réponse de la banque
droit-au-compte-step-saisine = La saisine de la Banque de France

droit-au-compte-q-civilite = Dans les courriers, la personne écrit :
droit-au-compte-q-civilite-madame = « Je soussignée » (Madame)
droit-au-compte-q-civilite-monsieur = « Je soussigné » (Monsieur)
droit-au-compte-q-civilite-non-precise = Sans préciser
droit-au-compte-q-nom = Nom de famille
droit-au-compte-q-prenoms = Prénoms
droit-au-compte-q-adresse = Adresse ou domiciliation
droit-au-compte-q-fin_domiciliation = Fin de validité de l'attestation de domiciliation (si la personne est domiciliée)
droit-au-compte-q-compte_existant = La personne a-t-elle déjà un compte bancaire en France ?
droit-au-compte-q-compte_cloture = Ce compte (le seul) a-t-il été fermé par la banque ?
droit-au-compte-q-heberge = La personne est-elle hébergée chez un particulier ?
droit-au-compte-q-nom_banque = Nom de la banque sollicitée
droit-au-compte-q-adresse_agence = Adresse de l'agence
droit-au-compte-q-mode_demande = Comment la demande a-t-elle été faite ?
droit-au-compte-q-mode_demande-lrar = Lettre recommandée avec accusé de réception
droit-au-compte-q-mode_demande-guichet = Dépôt au guichet, avec une preuve de dépôt
droit-au-compte-q-numero_lrar = Numéro de la lettre recommandée
droit-au-compte-q-date_ar = Date de l'avis de réception signé par la banque
droit-au-compte-q-date_depot = Date du dépôt au guichet
droit-au-compte-q-reponse_banque = Qu'a répondu la banque ?
droit-au-compte-q-reponse_banque-attente = Rien encore, moins de 15 jours se sont écoulés
droit-au-compte-q-reponse_banque-aucune = Aucune réponse après 15 jours
droit-au-compte-q-reponse_banque-refus = Un refus
droit-au-compte-q-reponse_banque-ouverture = Le compte est ouvert
droit-au-compte-q-date_refus = Date du refus
droit-au-compte-q-date_refus-invalid = Le refus ne peut pas être antérieur à la demande.
droit-au-compte-q-attestation_refus = La banque a-t-elle remis une attestation de refus ?
droit-au-compte-q-adresse_bdf = Adresse de la succursale de la Banque de France (ou de son guichet)
droit-au-compte-q-mode_saisine = Comment la demande sera-t-elle remise à la Banque de France ?
droit-au-compte-q-mode_saisine-lrar = Lettre recommandée avec accusé de réception
droit-au-compte-q-mode_saisine-guichet = Dépôt au guichet de la Banque de France
droit-au-compte-q-numero_lrar_bdf = Numéro de la lettre recommandée à la Banque de France (si déjà connu)

droit-au-compte-doc-piece_identite = Pièce d'identité recto-verso (passeport, carte d'identité, récépissé de demande de titre de séjour…)
droit-au-compte-doc-justificatif_domicile = Justificatif de domicile de moins de 3 mois ou attestation d'élection de domicile
droit-au-compte-doc-attestation_refus_banque = Attestation de refus écrite remise par la banque
droit-au-compte-doc-preuve_demande = Avis de réception de la lettre recommandée, ou preuve du dépôt de la demande au guichet (sans attestation de refus écrite, la Banque de France se saisit à partir du 16e jour)
droit-au-compte-doc-formulaire_bdf = Formulaire « Demande de droit au compte » de la Banque de France, rempli et signé
droit-au-compte-doc-lettre_hebergeant = Lettre signée de la personne qui héberge
droit-au-compte-doc-identite_hebergeant = Pièce d'identité de la personne qui héberge
droit-au-compte-doc-domicile_hebergeant = Justificatif de domicile de moins de 3 mois de la personne qui héberge

droit-au-compte-letter-demande-ouverture = Demande d'ouverture de compte à la banque
droit-au-compte-letter-saisine-bdf = Demande de droit au compte à la Banque de France

droit-au-compte-next-deja-titulaire = La personne a déjà un compte : le droit au compte ne s'applique pas. Si la banque bloque ce compte, voir avec elle les services bancaires de base.
droit-au-compte-next-attendre = Attendre la fin des 15 jours après l'avis de réception ou le dépôt : le délai est suivi dans les échéances. Sans réponse, la Banque de France pourra être saisie dès le 16e jour.
droit-au-compte-next-saisir-bdf = Saisir la Banque de France (courrier ou guichet) avec le formulaire de demande de droit au compte et les pièces de la liste. Elle désigne une banque sous 1 jour ouvré.
droit-au-compte-next-compte-ouvert = Le compte est ouvert : vérifier que les services bancaires de base sont gratuits (carte, virements, deux chèques de banque par mois).

## Fiche d'explication remise à la personne, une par courrier. Les dates
## d'échéance viennent du calcul des délais ; tant que la date de départ
## n'est pas connue, une mention « date à calculer » les remplace.

droit-au-compte-explain-demande-ouverture-asks = Ce courrier demande à { $nom_banque } de vous ouvrir un compte bancaire. Toute personne qui vit en France et n'a pas de compte y a droit, même sans titre de séjour.
droit-au-compte-explain-demande-ouverture-to =
    Il est adressé à l'agence { $nom_banque }, { $adresse_agence }. { $mode_demande ->
        [guichet] Déposez-le au guichet et demandez une preuve de dépôt datée.
       *[other] Il part en lettre recommandée avec avis de réception.
    }
droit-au-compte-explain-demande-ouverture-next =
    La banque a 15 jours pour répondre. { $mode_demande ->
        [guichet] Sans réponse au bout de ces 15 jours (date : { $deadline-silence-banque-guichet }), son silence vaut refus.
       *[other] Sans réponse au bout de ces 15 jours (date : { $deadline-silence-banque-lrar }), son silence vaut refus.
    } En cas de refus, elle doit vous remettre une attestation de refus. Vous pourrez alors demander à la Banque de France de désigner une banque obligée de vous ouvrir un compte : revenez nous voir avec cette attestation.
droit-au-compte-explain-demande-ouverture-keep =
    Gardez une copie de ce courrier et { $mode_demande ->
        [guichet] la preuve de dépôt datée.
       *[other] le reçu d'envoi puis l'avis de réception signé par la banque.
    } Ils prouvent la date de votre demande : la Banque de France les demandera.

droit-au-compte-explain-saisine-bdf-asks = Ce courrier demande à la Banque de France de choisir une banque qui sera obligée de vous ouvrir un compte, avec les services bancaires de base gratuits (carte de paiement, virements, deux chèques de banque par mois).
droit-au-compte-explain-saisine-bdf-to =
    Il est adressé à la Banque de France, { $adresse_bdf }, avec le formulaire de demande et les copies des pièces. { $mode_saisine ->
        [guichet] Déposez-le au guichet et demandez une preuve de dépôt datée.
       *[other] Il part en lettre recommandée avec avis de réception.
    }
droit-au-compte-explain-saisine-bdf-next = La Banque de France désigne une banque dans un délai d'un jour ouvré après avoir reçu le dossier complet. Cette banque vous écrit dans les 3 jours ouvrés pour vous dire quelles pièces apporter, puis elle ouvre le compte dans les 3 jours ouvrés après les avoir reçues. Répondez-lui vite : sans réponse de votre part pendant 6 mois, la désignation n'est plus valable.
droit-au-compte-explain-saisine-bdf-keep = Gardez une copie de ce courrier, du formulaire et des pièces, la preuve d'envoi ou de dépôt, et la lettre de la Banque de France qui désigne la banque.

## Échéances (tableau des échéances, frise du dossier)
droit-au-compte-deadline-silence-banque-lrar = Fin du délai de réponse de la banque (15 jours après l'avis de réception) : son silence vaut refus
droit-au-compte-deadline-silence-banque-guichet = Fin du délai de réponse de la banque (15 jours après le dépôt) : son silence vaut refus
droit-au-compte-deadline-designation-bdf = La Banque de France doit avoir désigné une banque (1 jour ouvré après le dossier complet)
