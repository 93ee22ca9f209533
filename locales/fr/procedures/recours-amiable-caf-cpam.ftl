# Démarche « recours amiable CAF / CPAM » (commission de recours amiable).
recours-amiable-caf-cpam-title = Contester une décision de la CAF ou de la CPAM
recours-amiable-caf-cpam-summary = Refus, suspension ou remboursement demandé (indu) d'une prestation, attestation de prolongation (API) refusée : réclamation écrite à la commission de recours amiable, obligatoire avant le tribunal.
recours-amiable-caf-cpam-audience = Toute personne qui reçoit une décision de la CAF ou de la CPAM qu'elle conteste.
recours-amiable-caf-cpam-keywords = CAF CPAM allocations APL aide au logement prime d'activité assurance maladie sécurité sociale indu trop-perçu suspension refus API ADF commission de recours amiable CRA tribunal judiciaire pôle social juge requête avocat

recours-amiable-caf-cpam-law-prealable = Avant d'aller au tribunal contre une décision de la CAF ou de la CPAM, il faut d'abord écrire à sa commission de recours amiable : c'est obligatoire.
recours-amiable-caf-cpam-law-delai = La commission doit être saisie dans les deux mois qui suivent la notification de la décision.
recours-amiable-caf-cpam-law-mentions = Si la décision n'indique pas les voies et délais de recours, ce délai de deux mois ne peut pas être opposé à la personne. Après la commission, le tribunal judiciaire (pôle social) peut être saisi dans les deux mois.
recours-amiable-caf-cpam-law-silence = Sans réponse de la commission deux mois après la réception de la réclamation, celle-ci est rejetée : le délai pour saisir le tribunal commence.
recours-amiable-caf-cpam-law-logement = Pour l'aide au logement (APL, ALF, ALS), le recours se fait d'abord auprès du directeur de la CAF, qui peut demander l'avis de la commission de recours amiable ; c'est obligatoire avant le tribunal. Le délai est celui indiqué sur la décision.
recours-amiable-caf-cpam-law-tribunal-logement = Pour l'aide au logement, le tribunal compétent ensuite est le tribunal administratif (dans les deux mois après le rejet), et non le tribunal judiciaire.
recours-amiable-caf-cpam-law-pole-social = Le pôle social du tribunal judiciaire se saisit par une requête écrite, déposée au greffe ou envoyée en recommandé avec avis de réception, qui explique brièvement les motifs et joint la décision contestée.
recours-amiable-caf-cpam-law-sans-avocat = Devant le pôle social, la personne peut se défendre elle-même, sans avocat.
recours-amiable-caf-cpam-law-tribunal-competent = Le tribunal compétent est celui du lieu où la personne habite ; seuls certains tribunaux judiciaires ont un pôle social, et la décision de la commission indique lequel.
recours-amiable-caf-cpam-law-api = L'attestation de prolongation de l'instruction (API), avec le titre de séjour expiré, prouve la régularité du séjour pendant la durée qu'elle indique.

recours-amiable-caf-cpam-step-personne = La personne
recours-amiable-caf-cpam-step-decision = La décision contestée
recours-amiable-caf-cpam-step-envoi = L'envoi
recours-amiable-caf-cpam-step-tribunal = Le tribunal

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
recours-amiable-caf-cpam-q-reponse_cra = Qu'a répondu la commission de recours amiable ?
recours-amiable-caf-cpam-q-reponse_cra-aucune = Rien pour l'instant (ou la réclamation n'est pas encore partie)
recours-amiable-caf-cpam-q-reponse_cra-rejet-ecrit = Elle a rejeté la réclamation par écrit
recours-amiable-caf-cpam-q-reponse_cra-favorable = Elle a donné raison à la personne
recours-amiable-caf-cpam-q-date_reception_cra = Date de réception de la réclamation par la caisse (sur l'avis de réception), si elle n'a pas été préparée ici
recours-amiable-caf-cpam-q-ar_voies_delais_cra = La caisse a-t-elle envoyé un accusé de réception de la réclamation indiquant les voies et délais de recours ?
recours-amiable-caf-cpam-q-date_rejet_cra = Date de la décision de la commission
recours-amiable-caf-cpam-q-voies_delais_rejet_cra = Cette décision indique-t-elle les voies et délais de recours (le tribunal, le délai) ?
recours-amiable-caf-cpam-q-date_naissance = Date de naissance
recours-amiable-caf-cpam-q-lieu_naissance = Lieu de naissance (ville, pays)
recours-amiable-caf-cpam-q-nationalite = Nationalité
recours-amiable-caf-cpam-q-profession = Profession (ou « sans profession »)
recours-amiable-caf-cpam-q-tribunal_judiciaire = Tribunal judiciaire (pôle social) indiqué dans les voies de recours de la décision, ou à demander à la caisse ou au tribunal de la ville (par exemple : Tribunal judiciaire de Bobigny)
recours-amiable-caf-cpam-q-adresse_pole_social = Adresse du greffe du pôle social

recours-amiable-caf-cpam-doc-decision_contestee = Copie de la décision contestée
recours-amiable-caf-cpam-doc-titre_api = API ou ADF, avec le titre de séjour expiré ou le récépissé
recours-amiable-caf-cpam-doc-justificatifs = Justificatifs utiles (ressources, attestation de domiciliation, arrêt de travail…)
recours-amiable-caf-cpam-doc-courriers = Courriers déjà échangés avec la caisse
recours-amiable-caf-cpam-doc-reclamation_envoyee = Copie de la réclamation envoyée à la commission, avec l'avis de réception
recours-amiable-caf-cpam-doc-decision_cra = La décision de la commission de recours amiable

recours-amiable-caf-cpam-letter-reclamation-cra = Réclamation à la commission de recours amiable

recours-amiable-caf-cpam-letter-recours-logement = Recours au directeur de la CAF (aide au logement)
recours-amiable-caf-cpam-letter-requete-pole-social = Requête au pôle social du tribunal judiciaire

recours-amiable-caf-cpam-next-rsa = Le RSA ne se conteste pas devant la commission de recours amiable : ouvrir la démarche « Contester une décision sur le RSA » (recours au président du conseil départemental, puis tribunal administratif).
recours-amiable-caf-cpam-next-prime-activite = La prime d'activité se conteste d'abord auprès de la CAF, puis devant le tribunal administratif. Ce recours n'est pas encore préparé par l'application : voir avec une association spécialisée.
recours-amiable-caf-cpam-next-logement = Aide au logement : envoyer le recours au directeur de la CAF en recommandé avec accusé de réception, dans le délai indiqué sur la décision. Ensuite, c'est le tribunal administratif qui est compétent.
recours-amiable-caf-cpam-next-envoyer = Envoyer la réclamation en recommandé avec accusé de réception, avant la fin des deux mois qui suivent la décision : la date de la Poste fait foi. Garder une copie complète.
recours-amiable-caf-cpam-next-api = Joindre l'API (ou l'ADF) et le titre de séjour expiré : ensemble, ils prouvent la régularité du séjour.
recours-amiable-caf-cpam-next-pole-social = Si la commission rejette la réclamation, par écrit ou en ne répondant pas pendant deux mois, la requête au pôle social du tribunal judiciaire est proposée ici : la personne peut la déposer elle-même, sans avocat ; une association ou un avocat peut aussi la reprendre.
recours-amiable-caf-cpam-next-cra-favorable = La commission a donné raison à la personne : vérifier que la caisse applique sa décision (rétablissement, rappel des sommes dues) ; sinon, lui écrire en joignant cette décision.

## Échéances
recours-amiable-caf-cpam-deadline-saisine-cra = Dernier jour pour écrire à la commission de recours amiable (2 mois après la décision)
recours-amiable-caf-cpam-deadline-rejet-implicite-cra = Sans réponse de la commission, la réclamation est rejetée (2 mois après sa réception)
recours-amiable-caf-cpam-deadline-pole-social = Dernier jour pour saisir le tribunal judiciaire (pôle social) après le rejet de la réclamation (écrit, ou par le silence de la commission)

## Fiche d'explication remise à la personne.
recours-amiable-caf-cpam-explain-reclamation-cra-asks =
    Ce courrier demande à la commission de recours amiable { $organisme ->
        [cpam] de la CPAM
       *[other] de la CAF
    } de revoir la décision du { $date_notification } sur { $prestation } et de l'annuler. C'est une étape obligatoire avant de pouvoir aller au tribunal.
recours-amiable-caf-cpam-explain-reclamation-cra-to = Il part en lettre recommandée avec avis de réception à la commission de recours amiable, à l'adresse écrite sur la décision.
recours-amiable-caf-cpam-explain-reclamation-cra-next = La commission décide sur les papiers, sans vous entendre : tout doit être dans le courrier. Si elle ne répond pas dans les deux mois après avoir reçu la lettre (date : { $deadline-rejet-implicite-cra }), c'est un refus ; vous pourrez alors saisir le tribunal judiciaire (pôle social) dans les deux mois qui suivent (date limite : { $deadline-pole-social }), vous-même, sans avocat — la requête est préparée ici —, ou avec l'aide d'une association ou d'un avocat.
recours-amiable-caf-cpam-explain-reclamation-cra-keep = Gardez la décision, une copie de ce courrier et des pièces, le reçu d'envoi et l'avis de réception signé. Gardez aussi toute réponse de la caisse.
recours-amiable-caf-cpam-deadline-rejet-implicite-logement = Sans réponse de la CAF, le recours sur l'aide au logement est rejeté (2 mois après sa réception)
recours-amiable-caf-cpam-deadline-tribunal-logement = Dernier jour pour saisir le tribunal administratif après le silence de la CAF (aide au logement)
recours-amiable-caf-cpam-explain-recours-logement-asks = Ce courrier demande au directeur de la CAF de revoir la décision du { $date_notification } sur votre aide au logement ({ $prestation }) et de l'annuler. C'est une étape obligatoire avant de pouvoir aller au tribunal administratif.
recours-amiable-caf-cpam-explain-recours-logement-to = Il part en lettre recommandée avec avis de réception, à l'adresse indiquée sur la décision. Envoyez-le dans le délai indiqué sur la décision (en principe deux mois) : la date de la poste compte.
recours-amiable-caf-cpam-explain-recours-logement-next = Si la CAF ne répond pas dans les deux mois après avoir reçu la lettre (date : { $deadline-rejet-implicite-logement }), c'est un refus ; vous pourrez alors saisir le tribunal administratif dans les deux mois qui suivent (date limite : { $deadline-tribunal-logement }), avec l'aide d'une association ou d'un avocat.
recours-amiable-caf-cpam-explain-recours-logement-keep = Gardez la décision, une copie de ce courrier et des pièces, le reçu d'envoi et l'avis de réception signé. Gardez aussi toute réponse de la CAF.
recours-amiable-caf-cpam-explain-requete-pole-social-asks = Cette requête demande au tribunal judiciaire (pôle social) d'annuler la décision de la caisse et le rejet de votre réclamation, et de rétablir vos droits. Vous pouvez la faire sans avocat.
recours-amiable-caf-cpam-explain-requete-pole-social-to = Elle va au greffe du pôle social du { $tribunal_judiciaire } : { $adresse_pole_social }. Déposez-la au greffe (l'accueil), qui donne un reçu, ou envoyez-la en lettre recommandée avec avis de réception. Visez une arrivée avant la date limite.
recours-amiable-caf-cpam-explain-requete-pole-social-next = Le tribunal vous convoque à une audience, souvent plusieurs mois plus tard : venez-y avec vos papiers, ou faites-vous représenter par un proche ou une personne autorisée ; un avocat n'est pas obligatoire. Si vous voulez un avocat payé par l'État, envoyez la demande d'aide juridictionnelle (formulaire cerfa n° 16146) avant la date limite : le délai repart alors à la décision sur l'aide. Une association ou un avocat peut reprendre la requête à tout moment.
recours-amiable-caf-cpam-explain-requete-pole-social-keep = Gardez une copie de la requête et de toutes les pièces, le reçu du greffe ou de la poste, et tout courrier du tribunal.
