# Démarche « titre expiré pendant le renouvellement : droits coupés (CAF, France Travail, employeur) ».
anef-droits-suspendus-title = Titre expiré pendant le renouvellement : CAF, France Travail ou employeur ont tout arrêté
anef-droits-suspendus-summary = Le renouvellement a été demandé à temps et la personne a une attestation de prolongation de l'instruction (API), ou une carte de résident expirée depuis moins de trois mois. Pourtant la CAF a suspendu les allocations, France Travail a fermé l'inscription ou l'employeur a suspendu le contrat. Des courriers demandent de rétablir les droits et de payer les sommes dues.
anef-droits-suspendus-audience = Toute personne étrangère en cours de renouvellement de son titre de séjour dont les allocations, l'inscription à France Travail ou le salaire ont été coupés parce que la carte a expiré.
anef-droits-suspendus-keywords = ANEF API attestation de prolongation d'instruction titre expiré renouvellement récépissé CAF allocations suspendues APL RSA prime d'activité France Travail radiation cessation d'inscription chômage employeur salaire contrat suspendu licenciement travail rappel

anef-droits-suspendus-law-api = Pendant l'étude d'un renouvellement demandé à temps, la préfecture donne une attestation de prolongation de l'instruction (API). Avec le titre expiré, elle prouve que le séjour est régulier pendant les dates qu'elle indique, et elle est renouvelée tant que la préfecture n'a pas décidé.
anef-droits-suspendus-law-delai-renouvellement = Le renouvellement se demande entre quatre mois et deux mois avant la fin du titre pour les titres demandés sur l'ANEF, et dans les deux mois avant la fin pour les autres.
anef-droits-suspendus-law-recepisse = Pour les demandes faites en ligne, l'API remplace l'ancien récépissé de demande de renouvellement, qui figure dans la liste des documents que la CAF accepte pour prouver le séjour régulier.
anef-droits-suspendus-law-cartes-longues = La personne qui a une carte de résident, une carte pluriannuelle de quatre ans ou un titre de plus d'un an prévu par un accord international, et qui en a demandé à temps le renouvellement, prouve son séjour régulier avec la carte expirée pendant trois mois. Elle garde tous ses droits sociaux et le droit de travailler pendant ces trois mois.
anef-droits-suspendus-law-prestations = Les prestations familiales sont dues à la personne étrangère qui a un titre de séjour régulier, pour chaque mois où elle a l'un des documents de la liste officielle.
anef-droits-suspendus-law-travail = L'API délivrée pendant un renouvellement autorise à travailler quand le titre expiré l'autorisait.
anef-droits-suspendus-law-france-travail = France Travail peut vérifier directement auprès de l'État où en est le renouvellement. Contre une fermeture de l'inscription, il faut d'abord saisir le médiateur de France Travail avant d'aller devant le tribunal administratif.
anef-droits-suspendus-law-employeur = Un employeur ne peut pas garder un salarié sans autorisation de travail. Mais la personne qui a une API (ou une carte longue expirée depuis moins de trois mois) est autorisée à travailler. Le salarié qui reste à la disposition de son employeur a droit à son salaire.
anef-droits-suspendus-law-cra = Une décision écrite de la CAF se conteste devant la commission de recours amiable, dans les deux mois.
anef-droits-suspendus-law-silence-titre = Sans réponse de la préfecture quatre mois après le dépôt, la demande de renouvellement est rejetée implicitement, même si des API sont données entre-temps.

anef-droits-suspendus-step-personne = La personne
anef-droits-suspendus-step-titre = Le titre et le renouvellement
anef-droits-suspendus-step-caf = La CAF
anef-droits-suspendus-step-france-travail = France Travail
anef-droits-suspendus-step-employeur = L'employeur

anef-droits-suspendus-q-nom = Nom de famille
anef-droits-suspendus-q-prenoms = Prénoms
anef-droits-suspendus-q-civilite = Dans les courriers, la personne écrit :
anef-droits-suspendus-q-civilite-madame = « Je soussignée » (Madame)
anef-droits-suspendus-q-civilite-monsieur = « Je soussigné » (Monsieur)
anef-droits-suspendus-q-civilite-non-precise = Sans préciser
anef-droits-suspendus-q-date_naissance = Date de naissance
anef-droits-suspendus-q-nationalite = Nationalité
anef-droits-suspendus-q-adresse = Adresse ou domiciliation
anef-droits-suspendus-q-numero_etranger = Numéro étranger (10 chiffres, sur le titre), s'il est connu
anef-droits-suspendus-q-titre = Quel titre est renouvelé ? (par exemple : carte de séjour temporaire « salarié »)
anef-droits-suspendus-q-type_titre = De quelle sorte de titre s'agit-il ?
anef-droits-suspendus-q-type_titre-carte-resident = Carte de résident (10 ans) ou carte de résident de longue durée-UE
anef-droits-suspendus-q-type_titre-pluriannuelle-4-ans = Carte de séjour pluriannuelle de quatre ans
anef-droits-suspendus-q-type_titre-accord-international = Titre de plus d'un an prévu par un accord international (par exemple certificat de résidence algérien de dix ans)
anef-droits-suspendus-q-type_titre-autre = Un autre titre (carte d'un an, pluriannuelle de deux ans…)
anef-droits-suspendus-q-titre_autorisait_travail = Le titre expiré autorisait-il à travailler ?
anef-droits-suspendus-q-date_expiration = Date de fin de validité du titre
anef-droits-suspendus-q-date_depot = Date du dépôt de la demande de renouvellement (sur l'attestation de dépôt de l'ANEF)
anef-droits-suspendus-q-depot_dans_delai = Cette date est-elle entre le 120e et le 60e jour avant la fin du titre (pour un titre qui ne se demande pas sur l'ANEF : dans les deux mois avant la fin) ?
anef-droits-suspendus-q-decision_recue = La préfecture a-t-elle déjà rendu sa décision (refus, accord, convocation pour retirer la carte) ?
anef-droits-suspendus-q-api = La personne a-t-elle une attestation de prolongation de l'instruction (API) ?
anef-droits-suspendus-q-api-valide = Oui, encore valable aujourd'hui
anef-droits-suspendus-q-api-expiree = Elle a pris fin et n'a pas été renouvelée
anef-droits-suspendus-q-api-jamais = Non, jamais
anef-droits-suspendus-q-moins_trois_mois = La carte a-t-elle expiré il y a moins de trois mois ?
anef-droits-suspendus-q-date_debut_api = Date de début de la première API (si plusieurs se sont suivies sans interruption)
anef-droits-suspendus-q-date_debut_api-invalid = L'API ne peut pas commencer avant le dépôt de la demande de renouvellement.
anef-droits-suspendus-q-date_fin_api = Date de fin de l'API actuelle
anef-droits-suspendus-q-date_fin_api-invalid = La date de fin doit être après la date de début.
anef-droits-suspendus-q-caf_coupee = La CAF a-t-elle arrêté des versements (allocations familiales, APL, RSA, prime d'activité) ?
anef-droits-suspendus-q-numero_allocataire = Numéro d'allocataire, s'il est connu
anef-droits-suspendus-q-prestations = Quelles prestations sont arrêtées ? (par exemple : allocations familiales, aide au logement)
anef-droits-suspendus-q-date_arret_caf = Depuis quelle date les versements sont-ils arrêtés ?
anef-droits-suspendus-q-decision_caf_ecrite = La CAF a-t-elle envoyé une décision écrite (courrier ou message dans l'espace Mon Compte) ?
anef-droits-suspendus-q-date_decision_caf = Date de cette décision
anef-droits-suspendus-q-voies_delais_caf = La décision indique-t-elle comment la contester et dans quel délai ?
anef-droits-suspendus-q-adresse_caf = Adresse de la CAF (avec son nom, par exemple : CAF de la Seine-Saint-Denis)
anef-droits-suspendus-q-france_travail_coupe = France Travail a-t-il fermé l'inscription ou arrêté l'allocation ?
anef-droits-suspendus-q-mesure_france_travail = Qu'a fait France Travail ?
anef-droits-suspendus-q-mesure_france_travail-cessation-inscription = Il a mis fin à l'inscription comme demandeur d'emploi
anef-droits-suspendus-q-mesure_france_travail-allocation-arretee = L'inscription continue, mais l'allocation chômage n'est plus versée
anef-droits-suspendus-q-identifiant_france_travail = Identifiant France Travail, s'il est connu
anef-droits-suspendus-q-date_arret_france_travail = Depuis quelle date ?
anef-droits-suspendus-q-allocation = La personne recevait-elle une allocation chômage au moment de la fermeture ?
anef-droits-suspendus-q-adresse_france_travail = Adresse de l'agence France Travail (avec son nom, par exemple : France Travail Saint-Denis Pleyel)
anef-droits-suspendus-q-employeur_concerne = L'employeur a-t-il arrêté ou menacé d'arrêter le travail à cause de la carte expirée ?
anef-droits-suspendus-q-situation_emploi = Où en est-on avec l'employeur ?
anef-droits-suspendus-q-situation_emploi-suspendu = Il a suspendu le contrat ou ne fait plus travailler la personne
anef-droits-suspendus-q-situation_emploi-menace = Il annonce qu'il va suspendre ou rompre le contrat
anef-droits-suspendus-q-situation_emploi-licencie = Il a déjà licencié la personne
anef-droits-suspendus-q-date_arret_travail = Depuis quelle date la personne ne travaille plus ou n'est plus payée ?
anef-droits-suspendus-q-poste = Emploi occupé (par exemple : agent de propreté en CDI)
anef-droits-suspendus-q-adresse_employeur = Nom et adresse de l'employeur
anef-droits-suspendus-q-numero_lrar = Numéro de la lettre recommandée à l'employeur (si déjà connu)

anef-droits-suspendus-doc-preuve_depot = L'attestation de dépôt de la demande de renouvellement (ANEF)
anef-droits-suspendus-doc-titre_expire = Le titre de séjour expiré
anef-droits-suspendus-doc-api = L'attestation de prolongation de l'instruction (API), et les précédentes s'il y en a eu plusieurs
anef-droits-suspendus-doc-decision_caf = La décision écrite de la CAF
anef-droits-suspendus-doc-courrier_france_travail = Le courrier ou le message de France Travail
anef-droits-suspendus-doc-contrat_travail = Le contrat de travail
anef-droits-suspendus-doc-bulletins_salaire = Les derniers bulletins de salaire

anef-droits-suspendus-letter-courrier-caf = Courrier à la CAF : rétablir les allocations et payer les mois dus
anef-droits-suspendus-letter-courrier-france-travail = Courrier à France Travail : rétablir l'inscription et l'allocation
anef-droits-suspendus-letter-courrier-employeur = Courrier à l'employeur : le droit de travailler pendant le renouvellement

anef-droits-suspendus-next-envoyer = Envoyer chaque courrier en recommandé avec accusé de réception, avec la copie de l'attestation de dépôt, du titre expiré et de l'API. Le déposer aussi dans l'espace en ligne de l'organisme quand il en a un, et garder les preuves.
anef-droits-suspendus-next-api-d-abord = Sans API valable aujourd'hui, rien ne prouve que la personne est en règle en ce moment : demander d'abord l'API au préfet (démarche « Renouvellement de titre de séjour : pas d'attestation de prolongation (API) »), puis revenir ici avec elle pour les courriers.
anef-droits-suspendus-next-hors-delai = Le renouvellement a été demandé après la fin du titre : ni l'API ni les trois mois des cartes longues ne sont dus. Voir une association ou un avocat pour la situation au regard du séjour.
anef-droits-suspendus-next-decision = La préfecture a décidé. Si c'est un refus, il se conteste devant le tribunal administratif, vite : voir une association ou un avocat. Si la carte est accordée, l'envoyer tout de suite à la CAF, à France Travail et à l'employeur, et demander les sommes des mois couverts par l'API.
anef-droits-suspendus-next-cra = La CAF a envoyé une décision écrite : si elle ne rétablit pas les droits, la contester devant sa commission de recours amiable (démarche « Contester une décision de la CAF ou de la CPAM ») avant la date indiquée dans les échéances. Pour le RSA, le recours va au président du conseil départemental (démarche « Contester une décision sur le RSA »).
anef-droits-suspendus-next-mediateur = Si France Travail ne rétablit pas l'inscription, saisir son médiateur régional : c'est obligatoire avant le tribunal administratif.
anef-droits-suspendus-next-sans-autorisation-travail = Le titre expiré n'autorisait pas à travailler : l'API n'y autorise pas non plus, et les courriers à France Travail et à l'employeur ne sont pas proposés.
anef-droits-suspendus-next-licencie = La personne a déjà été licenciée : le courrier à l'employeur ne suffit plus. Voir vite un syndicat, une association ou un avocat pour contester le licenciement devant le conseil de prud'hommes, avec l'attestation de dépôt et l'API.
anef-droits-suspendus-next-silence = Sans réponse de la préfecture, le renouvellement est rejeté implicitement quatre mois après le dépôt, même avec une API. Surveiller la fin de l'API : si elle n'est pas renouvelée, la demander au préfet sans attendre.

anef-droits-suspendus-deadline-recours-cra = Contester la décision de la CAF devant la commission de recours amiable (démarche « Contester une décision de la CAF ou de la CPAM »)
anef-droits-suspendus-deadline-rejet-implicite-titre = Sans réponse de la préfecture, le renouvellement est rejeté implicitement (4 mois après le dépôt)

anef-droits-suspendus-explain-courrier-caf-asks = Ce courrier demande à la CAF de payer les mois qui n'ont pas été versés{ $couvert_aujourdhui ->
        [true] {""} et de recommencer à verser vos prestations
       *[other] {""}
    }. Il explique que { $api ->
        [valide] l'API, avec votre titre expiré, prouve que votre séjour est régulier pendant le renouvellement.
       *[other] votre carte expirée prouve que votre séjour est régulier pendant les trois mois qui suivent sa fin, parce que vous avez demandé son renouvellement à temps.
    }
anef-droits-suspendus-explain-courrier-caf-to = Il part en lettre recommandée avec avis de réception à votre CAF. Vous pouvez aussi le déposer dans votre espace en ligne de la CAF.
anef-droits-suspendus-explain-courrier-caf-next = Si la CAF ne répond pas ou refuse, ne laissez pas passer le délai pour saisir sa commission de recours amiable quand elle vous a envoyé une décision écrite. Quand une nouvelle API vous est donnée, envoyez-la aussi à la CAF.
anef-droits-suspendus-explain-courrier-caf-keep = Gardez une copie de ce courrier, le reçu d'envoi, l'avis de réception signé, l'attestation de dépôt, votre titre expiré et toutes vos API si vous en avez.
anef-droits-suspendus-explain-courrier-france-travail-asks = Ce courrier demande à France Travail { $mesure_france_travail ->
        [cessation-inscription] de rétablir votre inscription sans interruption.
       *[other] de reprendre le versement de votre allocation.
    } Il explique que { $api ->
        [valide] l'API vous autorise à travailler pendant le renouvellement.
       *[other] votre carte expirée vous autorise à travailler pendant les trois mois qui suivent sa fin.
    }
anef-droits-suspendus-explain-courrier-france-travail-to = Il part en lettre recommandée avec avis de réception à votre agence France Travail. Vous pouvez aussi l'envoyer par la messagerie de votre espace personnel.
anef-droits-suspendus-explain-courrier-france-travail-next = Si France Travail ne rétablit pas votre inscription, il faut saisir son médiateur régional avant de pouvoir aller au tribunal. Une association peut vous aider.
anef-droits-suspendus-explain-courrier-france-travail-keep = Gardez une copie de ce courrier, le reçu d'envoi, l'avis de réception signé, l'attestation de dépôt, votre titre expiré et toutes vos API si vous en avez.
anef-droits-suspendus-explain-courrier-employeur-asks = Ce courrier montre à votre employeur que vous avez le droit de travailler pendant le renouvellement{ $situation_emploi ->
        [suspendu] , et lui demande de vous laisser reprendre votre poste et de payer le salaire non versé.
       *[other] , et lui demande de garder votre contrat et de continuer à vous donner du travail.
    }
anef-droits-suspendus-explain-courrier-employeur-to = Il part en lettre recommandée avec avis de réception à votre employeur. Donnez aussi une copie de vos documents, en main propre, contre signature si possible.
anef-droits-suspendus-explain-courrier-employeur-next = Présentez-vous au travail et restez à la disposition de votre employeur. Ne signez aucun accord de suspension ou de départ. S'il refuse ou vous licencie, voyez vite un syndicat, une association ou un avocat.
anef-droits-suspendus-explain-courrier-employeur-keep = Gardez une copie de ce courrier, le reçu d'envoi, l'avis de réception signé, votre contrat, vos bulletins de salaire, l'attestation de dépôt et toutes vos API si vous en avez.
