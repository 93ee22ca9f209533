# Démarche « inscription à France Travail refusée ».
inscription-france-travail-title = Inscription à France Travail refusée (API, ADF ou pas encore de numéro de sécurité sociale)
inscription-france-travail-summary = France Travail refuse d'inscrire la personne comme demandeuse d'emploi parce qu'elle présente une attestation de prolongation de l'instruction (API) ou de décision favorable (ADF), ou parce qu'elle n'a pas encore de numéro de sécurité sociale définitif : réclamation écrite au directeur de l'agence.
inscription-france-travail-audience = Toute personne étrangère autorisée à travailler dont l'inscription comme demandeuse d'emploi est refusée au guichet, en ligne ou par écrit.
inscription-france-travail-keywords = emploi travail chômage France Travail Pôle emploi inscription demandeur d'emploi API ADF attestation récépissé NIR NIA numéro de sécurité sociale refus agence

inscription-france-travail-law-inscription = Pour s'inscrire, la personne déclare sa domiciliation et donne les informations qui permettent de l'identifier ; celle qui ne peut pas s'inscrire seule en ligne peut le faire à l'agence, avec l'aide du personnel (texte de 2015, version actuelle à confirmer).
inscription-france-travail-law-api = L'attestation de prolongation de l'instruction (API), avec le titre de séjour expiré, prouve la régularité du séjour pendant la durée qu'elle indique. L'attestation de dépôt, elle, ne le prouve pas.
inscription-france-travail-law-travail = L'API autorise à travailler lorsque le titre précédent l'autorisait.
inscription-france-travail-law-adf = L'attestation de décision favorable (ADF) prouve la régularité du séjour en attendant la remise de la carte.
inscription-france-travail-law-nia = En attendant le numéro définitif, les organismes sociaux utilisent un numéro d'attente (NIA), construit comme un numéro de sécurité sociale.
inscription-france-travail-law-silence = Sans réponse deux mois après la réception de la réclamation, celle-ci est rejetée.
inscription-france-travail-law-interruption = Une réclamation envoyée dans les deux mois d'un refus écrit interrompt le délai pour aller au tribunal : un nouveau délai part de la réponse (ou du silence).

inscription-france-travail-step-personne = La personne
inscription-france-travail-step-refus = Le refus
inscription-france-travail-step-envoi = L'envoi

inscription-france-travail-q-nom = Nom de famille
inscription-france-travail-q-prenoms = Prénoms
inscription-france-travail-q-civilite = Dans le courrier, la personne écrit :
inscription-france-travail-q-civilite-madame = « Je soussignée » (Madame)
inscription-france-travail-q-civilite-monsieur = « Je soussigné » (Monsieur)
inscription-france-travail-q-civilite-non-precise = Sans préciser
inscription-france-travail-q-date_naissance = Date de naissance
inscription-france-travail-q-adresse = Adresse ou domiciliation
inscription-france-travail-q-agence = Agence France Travail (ville ou nom de l'agence)
inscription-france-travail-q-date_refus = Date du refus
inscription-france-travail-q-forme_refus = Comment le refus a-t-il été donné ?
inscription-france-travail-q-forme_refus-ecrit = Par écrit (lettre ou courriel)
inscription-france-travail-q-forme_refus-oral = Oralement, à l'agence
inscription-france-travail-q-forme_refus-en-ligne = En ligne : l'inscription est bloquée sur le site
inscription-france-travail-q-voies_delais = Le refus écrit indique-t-il les voies et délais de recours ?
inscription-france-travail-q-motif_refus = Quelle raison a été donnée ?
inscription-france-travail-q-motif_refus-api = L'attestation de prolongation de l'instruction (API) n'est pas acceptée
inscription-france-travail-q-motif_refus-adf = L'attestation de décision favorable (ADF) n'est pas acceptée
inscription-france-travail-q-motif_refus-sans-nir = La personne n'a pas encore de numéro de sécurité sociale définitif
inscription-france-travail-q-motif_refus-autre = Une autre raison
inscription-france-travail-q-date_fin_api = Date de fin de validité de l'API
inscription-france-travail-q-titre_autorisait_travail = Le titre de séjour expiré autorisait-il à travailler ?
inscription-france-travail-q-numero_attente = Numéro d'attente (NIA), si la personne en a un
inscription-france-travail-q-faits = Ce qui s'est passé (date, lieu, ce qui a été dit ou écrit)
inscription-france-travail-q-adresse_agence = Adresse de l'agence France Travail
inscription-france-travail-q-numero_lrar = Numéro de la lettre recommandée (si déjà connu)

inscription-france-travail-doc-identite = Pièce d'identité ou document de séjour
inscription-france-travail-doc-api_titre = L'API et le titre de séjour expiré
inscription-france-travail-doc-adf = L'attestation de décision favorable (ADF)
inscription-france-travail-doc-attestation_nia = Le document qui indique le numéro d'attente (NIA), s'il existe
inscription-france-travail-doc-refus_ecrit = Le refus écrit (lettre ou courriel)
inscription-france-travail-doc-domiciliation = Attestation de domiciliation

inscription-france-travail-letter-reclamation = Réclamation au directeur de l'agence France Travail

inscription-france-travail-next-envoyer = Envoyer la réclamation en recommandé avec accusé de réception, ou la déposer à l'agence contre un reçu. Demander aussi à l'agence une inscription avec l'aide du personnel.
inscription-france-travail-next-api-sans-travail = Attention : si le titre expiré n'autorisait pas à travailler, l'API ne l'autorise pas non plus. Vérifier la situation avant d'envoyer le courrier.
inscription-france-travail-next-suite = Si le refus est maintenu, le médiateur de France Travail peut être saisi, puis le tribunal administratif (voie à confirmer avec une association ou un avocat). Le Défenseur des droits peut être saisi en parallèle.

## Échéances
inscription-france-travail-deadline-contester-refus = Dernier jour pour contester le refus écrit (2 mois ; la réclamation envoyée avant interrompt ce délai)
inscription-france-travail-deadline-rejet-implicite = Sans réponse de France Travail, la réclamation est rejetée (2 mois après sa réception)

## Fiche d'explication remise à la personne.
inscription-france-travail-explain-reclamation-asks = Ce courrier demande à France Travail de vous inscrire comme demandeur ou demandeuse d'emploi, à partir de la date où vous l'avez demandé, et de répondre par écrit.
inscription-france-travail-explain-reclamation-to = Il part en lettre recommandée avec avis de réception au directeur de l'agence France Travail de { $agence }.
inscription-france-travail-explain-reclamation-next = Si France Travail ne répond pas dans les deux mois après avoir reçu la lettre (date : { $deadline-rejet-implicite }), c'est un refus. Revenez nous voir avec toute réponse : d'autres démarches sont possibles (médiateur, tribunal, Défenseur des droits).
inscription-france-travail-explain-reclamation-keep = Gardez une copie de ce courrier et des pièces, le reçu d'envoi et l'avis de réception signé, et toute réponse de France Travail (lettre, courriel, message sur votre espace).
