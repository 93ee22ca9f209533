# Démarche « recours amiable CAF / CPAM » (commission de recours amiable).
recours-amiable-caf-cpam-title = Contester une décision de la CAF ou de la CPAM
recours-amiable-caf-cpam-summary = Refus, suspension ou remboursement demandé (indu) d'une prestation, attestation de prolongation (API) refusée : réclamation écrite à la commission de recours amiable, obligatoire avant le tribunal.
recours-amiable-caf-cpam-audience = Toute personne qui reçoit une décision de la CAF ou de la CPAM qu'elle conteste.
recours-amiable-caf-cpam-keywords = CAF CPAM allocations APL aide au logement prime d'activité assurance maladie sécurité sociale indu trop-perçu suspension refus API ADF commission de recours amiable CRA

recours-amiable-caf-cpam-law-prealable = Avant d'aller au tribunal contre une décision de la CAF ou de la CPAM, il faut d'abord écrire à sa commission de recours amiable : c'est obligatoire.
recours-amiable-caf-cpam-law-delai = La commission doit être saisie dans les deux mois qui suivent la notification de la décision.
recours-amiable-caf-cpam-law-mentions = Si la décision n'indique pas les voies et délais de recours, ce délai de deux mois ne peut pas être opposé à la personne. Après la commission, le tribunal judiciaire (pôle social) peut être saisi dans les deux mois.
recours-amiable-caf-cpam-law-silence = Sans réponse de la commission deux mois après la réception de la réclamation, celle-ci est rejetée : le délai pour saisir le tribunal commence.
recours-amiable-caf-cpam-law-logement = Pour l'aide au logement (APL, ALF, ALS), le recours se fait d'abord auprès du directeur de la CAF, qui peut demander l'avis de la commission de recours amiable ; c'est obligatoire avant le tribunal. Le délai est celui indiqué sur la décision.
recours-amiable-caf-cpam-law-tribunal-logement = Pour l'aide au logement, le tribunal compétent ensuite est le tribunal administratif (dans les deux mois après le rejet), et non le tribunal judiciaire.
recours-amiable-caf-cpam-law-api = L'attestation de prolongation de l'instruction (API), avec le titre de séjour expiré, prouve la régularité du séjour pendant la durée qu'elle indique.

recours-amiable-caf-cpam-step-personne = La personne
recours-amiable-caf-cpam-step-decision = La décision contestée
recours-amiable-caf-cpam-step-envoi = L'envoi

recours-amiable-caf-cpam-q-nom = Nom de famille
recours-amiable-caf-cpam-q-prenoms = Prénoms
recours-amiable-caf-cpam-q-civilite = Dans le courrier, la personne écrit :
recours-amiable-caf-cpam-q-civilite-madame = « Je soussignée » (Madame)
recours-amiable-caf-cpam-q-civilite-monsieur = « Je soussigné » (Monsieur)
recours-amiable-caf-cpam-q-civilite-non-precise = Sans préciser
recours-amiable-caf-cpam-q-adresse = Adresse ou domiciliation
recours-amiable-caf-cpam-q-organisme = Quel organisme a pris la décision ?
recours-amiable-caf-cpam-q-organisme-caf = La CAF (caisse d'allocations familiales)
recours-amiable-caf-cpam-q-organisme-cpam = La CPAM (caisse primaire d'assurance maladie)
recours-amiable-caf-cpam-q-regime = Sur quelle prestation de la CAF porte la décision ?
recours-amiable-caf-cpam-q-regime-autre = Allocations familiales, AAH ou autre prestation de la CAF
recours-amiable-caf-cpam-q-regime-aide-logement = Aide au logement (APL, ALF, ALS)
recours-amiable-caf-cpam-q-regime-rsa = RSA (revenu de solidarité active)
recours-amiable-caf-cpam-q-regime-prime-activite = Prime d'activité
recours-amiable-caf-cpam-q-departement = Département de la caisse
recours-amiable-caf-cpam-q-numero = Numéro d'allocataire ou de sécurité sociale (NIR ou numéro d'attente)
recours-amiable-caf-cpam-q-prestation = Quelle prestation ? (par exemple : l'allocation de logement, la prime d'activité, les indemnités journalières)
recours-amiable-caf-cpam-q-objet = Que dit la décision ?
recours-amiable-caf-cpam-q-objet-refus = Elle refuse la prestation
recours-amiable-caf-cpam-q-objet-suspension = Elle suspend la prestation
recours-amiable-caf-cpam-q-objet-indu = Elle réclame un remboursement (indu, trop-perçu)
recours-amiable-caf-cpam-q-objet-api-adf = Elle refuse l'API ou l'ADF comme preuve de séjour régulier
recours-amiable-caf-cpam-q-objet-autre = Autre chose
recours-amiable-caf-cpam-q-date_notification = Date de la décision (ou de sa réception)
recours-amiable-caf-cpam-q-voies_delais = La décision indique-t-elle les voies et délais de recours (à qui écrire, dans quel délai) ?
recours-amiable-caf-cpam-q-motif_contestation = Pourquoi la personne conteste-t-elle ? (les faits, avec les dates)
recours-amiable-caf-cpam-q-adresse_cra = Adresse de la commission de recours amiable (écrite sur la décision)
recours-amiable-caf-cpam-q-numero_lrar = Numéro de la lettre recommandée (si déjà connu)

recours-amiable-caf-cpam-doc-decision_contestee = Copie de la décision contestée
recours-amiable-caf-cpam-doc-titre_api = API ou ADF, avec le titre de séjour expiré ou le récépissé
recours-amiable-caf-cpam-doc-justificatifs = Justificatifs utiles (ressources, attestation de domiciliation, arrêt de travail…)
recours-amiable-caf-cpam-doc-courriers = Courriers déjà échangés avec la caisse

recours-amiable-caf-cpam-letter-reclamation-cra = Réclamation à la commission de recours amiable

recours-amiable-caf-cpam-letter-recours-logement = Recours au directeur de la CAF (aide au logement)

recours-amiable-caf-cpam-next-rsa = Le RSA ne se conteste pas devant la commission de recours amiable : ouvrir la démarche « Recours RSA » (recours au président du conseil départemental, puis tribunal administratif).
recours-amiable-caf-cpam-next-prime-activite = La prime d'activité se conteste d'abord auprès de la CAF, puis devant le tribunal administratif. Ce recours n'est pas encore préparé par l'application : voir avec une association spécialisée.
recours-amiable-caf-cpam-next-logement = Aide au logement : envoyer le recours au directeur de la CAF en recommandé avec accusé de réception, dans le délai indiqué sur la décision. Ensuite, c'est le tribunal administratif qui est compétent.
recours-amiable-caf-cpam-next-envoyer = Envoyer la réclamation en recommandé avec accusé de réception, avant la fin des deux mois qui suivent la décision : la date de la Poste fait foi. Garder une copie complète.
recours-amiable-caf-cpam-next-api = Joindre l'API (ou l'ADF) et le titre de séjour expiré : ensemble, ils prouvent la régularité du séjour.

## Échéances
recours-amiable-caf-cpam-deadline-saisine-cra = Dernier jour pour écrire à la commission de recours amiable (2 mois après la décision)
recours-amiable-caf-cpam-deadline-rejet-implicite-cra = Sans réponse de la commission, la réclamation est rejetée (2 mois après sa réception)
recours-amiable-caf-cpam-deadline-pole-social = Dernier jour pour saisir le tribunal judiciaire (pôle social) après le silence de la commission

## Fiche d'explication remise à la personne.
recours-amiable-caf-cpam-explain-reclamation-cra-asks =
    Ce courrier demande à la commission de recours amiable { $organisme ->
        [cpam] de la CPAM
       *[other] de la CAF
    } de revoir la décision du { $date_notification } sur { $prestation } et de l'annuler. C'est une étape obligatoire avant de pouvoir aller au tribunal.
recours-amiable-caf-cpam-explain-reclamation-cra-to = Il part en lettre recommandée avec avis de réception à la commission de recours amiable, à l'adresse écrite sur la décision.
recours-amiable-caf-cpam-explain-reclamation-cra-next = La commission décide sur les papiers, sans vous entendre : tout doit être dans le courrier. Si elle ne répond pas dans les deux mois après avoir reçu la lettre (date : { $deadline-rejet-implicite-cra }), c'est un refus ; vous pourrez alors saisir le tribunal judiciaire (pôle social) dans les deux mois qui suivent (date limite : { $deadline-pole-social }), avec l'aide d'une association ou d'un avocat.
recours-amiable-caf-cpam-explain-reclamation-cra-keep = Gardez la décision, une copie de ce courrier et des pièces, le reçu d'envoi et l'avis de réception signé. Gardez aussi toute réponse de la caisse.
recours-amiable-caf-cpam-deadline-rejet-implicite-logement = Sans réponse de la CAF, le recours sur l'aide au logement est rejeté (2 mois après sa réception)
recours-amiable-caf-cpam-deadline-tribunal-logement = Dernier jour pour saisir le tribunal administratif après le silence de la CAF (aide au logement)
recours-amiable-caf-cpam-explain-recours-logement-asks = Ce courrier demande au directeur de la CAF de revoir la décision du { $date_notification } sur votre aide au logement ({ $prestation }) et de l'annuler. C'est une étape obligatoire avant de pouvoir aller au tribunal administratif.
recours-amiable-caf-cpam-explain-recours-logement-to = Il part en lettre recommandée avec avis de réception, à l'adresse indiquée sur la décision. Envoyez-le dans le délai indiqué sur la décision (en principe deux mois) : la date de la poste compte.
recours-amiable-caf-cpam-explain-recours-logement-next = Si la CAF ne répond pas dans les deux mois après avoir reçu la lettre (date : { $deadline-rejet-implicite-logement }), c'est un refus ; vous pourrez alors saisir le tribunal administratif dans les deux mois qui suivent (date limite : { $deadline-tribunal-logement }), avec l'aide d'une association ou d'un avocat.
recours-amiable-caf-cpam-explain-recours-logement-keep = Gardez la décision, une copie de ce courrier et des pièces, le reçu d'envoi et l'avis de réception signé. Gardez aussi toute réponse de la CAF.
