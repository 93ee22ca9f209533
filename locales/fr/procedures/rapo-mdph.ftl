# Démarche « recours contre une décision de la MDPH » (RAPO à la CDAPH).
rapo-mdph-title = Contester une décision de la MDPH
rapo-mdph-summary = AAH, AEEH, PCH, orientation, RQTH, ou refus d'examiner un dossier faute de titre de séjour : recours administratif préalable à la commission (CDAPH), obligatoire avant le tribunal.
rapo-mdph-audience = Toute personne handicapée (ou son représentant) qui conteste une décision de la CDAPH, ou dont la MDPH refuse d'examiner la demande.
rapo-mdph-keywords = handicap MDPH CDAPH AAH AEEH PCH RQTH orientation ESAT allocation adulte handicapé enfant handicapé recours RAPO titre de séjour

rapo-mdph-law-prealable = Avant d'aller au tribunal contre une décision de la CDAPH, il faut d'abord faire un recours administratif préalable : c'est obligatoire.
rapo-mdph-law-rapo = Le recours est envoyé à la MDPH, à l'attention de la commission qui a pris la décision, par un moyen qui donne une date certaine (recommandé ou dépôt contre récépissé), avec une copie de la décision ou, sans décision, de l'accusé de réception de la demande.
rapo-mdph-law-delais = Le délai est de deux mois après la notification de la décision ; il ne peut pas être opposé si la décision n'indique pas les voies et délais de recours.
rapo-mdph-law-silence = Sans réponse deux mois après la réception du recours, celui-ci est rejeté ; le tribunal peut alors être saisi dans les deux mois.
rapo-mdph-law-motivation = Un refus d'accorder un droit doit être écrit et motivé : la personne peut demander une décision écrite.
rapo-mdph-law-sejour = Pour l'AAH, la condition de séjour régulier est vérifiée par l'organisme qui paie (CAF ou MSA) ; aucun texte ne permet à la MDPH d'exiger un titre de séjour pour examiner le handicap.
rapo-mdph-law-accuse-reception = Toute demande déposée doit être enregistrée et donner lieu à un accusé de réception.
rapo-mdph-law-pole-social = Le pôle social du tribunal judiciaire est saisi par une requête déposée au greffe ou envoyée en recommandé, avec un bref exposé des motifs et la décision contestée (après un silence, le recours préalable).
rapo-mdph-law-sans-avocat = Devant le pôle social comme devant le tribunal administratif, la personne peut se défendre elle-même : un avocat n'est pas obligatoire.
rapo-mdph-law-tribunal-competent = Le tribunal judiciaire compétent est celui du domicile de la personne, parmi les tribunaux désignés pour les affaires sociales : il est indiqué dans les voies de recours de la décision.
rapo-mdph-law-tribunal-administratif = Pour la RQTH et l'orientation professionnelle, le tribunal administratif du département peut être saisi dans les deux mois qui suivent le rejet, écrit ou par le silence.

rapo-mdph-step-personne = La personne
rapo-mdph-step-decision = La décision contestée
rapo-mdph-step-envoi = L'envoi
rapo-mdph-step-tribunal = Le tribunal

rapo-mdph-q-nom = Nom de famille
rapo-mdph-q-prenoms = Prénoms
rapo-mdph-q-civilite = Dans le courrier, la personne écrit :
rapo-mdph-q-civilite-madame = « Je soussignée » (Madame)
rapo-mdph-q-civilite-monsieur = « Je soussigné » (Monsieur)
rapo-mdph-q-civilite-non-precise = Sans préciser
rapo-mdph-q-date_naissance = Date de naissance
rapo-mdph-q-adresse = Adresse ou domiciliation
rapo-mdph-q-departement = Département de la MDPH
rapo-mdph-q-numero_dossier = Numéro de dossier MDPH
rapo-mdph-q-nature = Sur quoi porte la décision ?
rapo-mdph-q-nature-aah = Allocation aux adultes handicapés (AAH)
rapo-mdph-q-nature-aeeh = Allocation d'éducation de l'enfant handicapé (AEEH)
rapo-mdph-q-nature-pch = Prestation de compensation du handicap (PCH)
rapo-mdph-q-nature-orientation-medico-sociale = Orientation vers un établissement ou service médico-social
rapo-mdph-q-nature-scolarisation = Scolarisation (accompagnant, orientation scolaire…)
rapo-mdph-q-nature-rqth = Reconnaissance de la qualité de travailleur handicapé (RQTH)
rapo-mdph-q-nature-orientation-professionnelle = Orientation professionnelle (ESAT, emploi accompagné…)
rapo-mdph-q-nature-refus-examen = Refus d'examiner la demande (titre de séjour exigé)
rapo-mdph-q-nature-autre = Autre décision
rapo-mdph-q-forme_decision = La personne a-t-elle reçu une décision écrite ?
rapo-mdph-q-forme_decision-ecrite = Oui, une décision écrite
rapo-mdph-q-forme_decision-implicite = Non, aucune réponse à la demande
rapo-mdph-q-forme_decision-guichet = Non : la demande a été refusée au guichet, sans papier
rapo-mdph-q-date_refus_guichet = Date du refus au guichet
rapo-mdph-q-circonstances_guichet = Ce qui a été dit au guichet (qui, quel motif), en une ou deux phrases
rapo-mdph-q-guichet_titre_sejour = Le refus tenait-il à l'absence de titre de séjour ?
rapo-mdph-q-date_notification = Date de la décision (ou de sa réception)
rapo-mdph-q-voies_delais = La décision indique-t-elle les voies et délais de recours ?
rapo-mdph-q-conciliation = La personne a-t-elle demandé une conciliation au directeur de la MDPH ?
rapo-mdph-q-date_conciliation = Date de la demande de conciliation
rapo-mdph-q-date_rapport_conciliation = Date du rapport du conciliateur (si déjà reçu)
rapo-mdph-q-date_ar_demande = Date de l'accusé de réception de la demande initiale
rapo-mdph-q-motif_contestation = Pourquoi la personne conteste-t-elle ? (faits, éléments médicaux nouveaux, dates)
rapo-mdph-q-mode_envoi = Comment le recours sera-t-il remis ?
rapo-mdph-q-mode_envoi-lrar = Lettre recommandée avec accusé de réception
rapo-mdph-q-mode_envoi-guichet = Dépôt au guichet de la MDPH contre récépissé
rapo-mdph-q-adresse_mdph = Adresse de la MDPH (écrite sur la décision)
rapo-mdph-q-numero_lrar = Numéro de la lettre recommandée (si déjà connu)

rapo-mdph-doc-decision_contestee = Copie de la décision contestée
rapo-mdph-doc-ar_demande = Copie de l'accusé de réception de la demande initiale
rapo-mdph-doc-refus_examen = Le courrier ou courriel de la MDPH qui refuse d'examiner le dossier, et la preuve du dépôt
rapo-mdph-doc-pieces_medicales = Nouveaux éléments médicaux ou sociaux

rapo-mdph-letter-rapo = Recours administratif préalable à la CDAPH
rapo-mdph-letter-demande-decision = Demande d'enregistrement ou de décision écrite à la MDPH

rapo-mdph-next-envoyer = Envoyer le recours en recommandé avec accusé de réception, ou le déposer à la MDPH contre récépissé, dans les deux mois qui suivent la décision. Garder une copie complète : elle servira devant le tribunal.
rapo-mdph-next-conciliation = Autre possibilité, dans les deux mois qui suivent la décision : demander par écrit au directeur de la MDPH une conciliation par une personne qualifiée. Elle suspend les délais de recours jusqu'à son rapport.
rapo-mdph-next-guichet = Refus au guichet : demander d'abord par écrit l'enregistrement de la demande, avec un accusé de réception, ou une décision écrite et motivée. Le recours à la CDAPH viendra contre cette décision, ou contre le silence gardé après l'accusé de réception.
rapo-mdph-next-tribunal = Si la CDAPH rejette le recours, par écrit ou en ne répondant pas pendant deux mois, la requête au tribunal est proposée ici (pôle social du tribunal judiciaire, ou tribunal administratif pour la RQTH et l'orientation professionnelle) : la personne peut la déposer elle-même, sans avocat ; une association ou un avocat peut aussi la reprendre.
rapo-mdph-next-favorable = La CDAPH a donné raison à la personne : garder la nouvelle décision. Rien d'autre à faire.

## Échéances
rapo-mdph-deadline-rapo = Dernier jour pour envoyer le recours à la CDAPH (2 mois après la décision)
rapo-mdph-deadline-rapport-conciliation = Le conciliateur doit remettre son rapport (2 mois après la demande) ; le délai du recours reprend ensuite
rapo-mdph-deadline-rejet-implicite-rapo = Sans réponse de la CDAPH, le recours est rejeté (2 mois après sa réception)
rapo-mdph-deadline-tribunal-judiciaire = Dernier jour pour saisir le tribunal judiciaire (pôle social) après le rejet du recours par la CDAPH (écrit ou par le silence)
rapo-mdph-deadline-tribunal-administratif = Dernier jour pour saisir le tribunal administratif après le rejet du recours par la CDAPH (écrit ou par le silence) (RQTH, orientation professionnelle)

## Fiche d'explication remise à la personne.
rapo-mdph-explain-rapo-asks = Ce courrier demande à la commission de la MDPH (la CDAPH) de revoir sa décision et de la changer. C'est une étape obligatoire avant de pouvoir aller au tribunal.
rapo-mdph-explain-rapo-to =
    Il est adressé à la MDPH ({ $departement }), pour la commission. { $mode_envoi ->
        [guichet] Déposez-le au guichet et demandez un récépissé daté.
       *[other] Il part en lettre recommandée avec avis de réception.
    }
rapo-mdph-explain-rapo-next =
    Si la commission ne répond pas dans les deux mois après avoir reçu le recours (date : { $deadline-rejet-implicite-rapo }), c'est un refus : revenez nous voir, nous préparerons la requête { $tribunal_administratif ->
        [true] au tribunal administratif
       *[other] au tribunal judiciaire (pôle social)
    }, que vous pourrez déposer vous-même, sans avocat, dans les deux mois qui suivent.
rapo-mdph-explain-rapo-keep = Gardez la décision, une copie complète de ce courrier et des pièces, et la preuve d'envoi ou de dépôt : ils serviront devant le tribunal.
rapo-mdph-explain-demande-decision-asks = Ce courrier demande à la MDPH d'enregistrer votre demande et de vous en donner un accusé de réception, puis de la faire examiner par la commission ; ou, si elle refuse, de vous donner ce refus par écrit, avec ses raisons.
rapo-mdph-explain-demande-decision-to =
    Il est adressé au directeur de la MDPH ({ $departement }). { $mode_envoi ->
        [guichet] Déposez-le au guichet et demandez un récépissé daté.
       *[other] Il part en lettre recommandée avec avis de réception.
    }
rapo-mdph-explain-demande-decision-next = Aucun délai de recours ne court tant qu'aucune décision écrite ne vous a été remise. Revenez nous voir avec l'accusé de réception ou la réponse de la MDPH : un recours pourra alors être préparé.
rapo-mdph-explain-demande-decision-keep = Gardez une copie de ce courrier, la preuve d'envoi ou de dépôt, et toute réponse de la MDPH.
rapo-mdph-q-reponse_rapo = Qu'a répondu la CDAPH au recours préalable ?
rapo-mdph-q-reponse_rapo-aucune = Rien pour l'instant (ou le recours n'est pas encore parti)
rapo-mdph-q-reponse_rapo-rejet-ecrit = Elle a rejeté le recours par écrit
rapo-mdph-q-reponse_rapo-favorable = Elle a donné raison à la personne
rapo-mdph-q-date_reception_rapo = Date de réception du recours par la MDPH (avis de réception ou récépissé), s'il n'a pas été préparé ici
rapo-mdph-q-ar_rapo_voies_delais = L'accusé de réception du recours indique-t-il les voies et délais de recours ?
rapo-mdph-q-date_rejet_rapo = Date de la lettre de rejet du recours
rapo-mdph-q-voies_delais_rejet = La lettre de rejet indique-t-elle les voies et délais de recours (le tribunal, le délai) ?
rapo-mdph-q-lieu_naissance = Lieu de naissance (ville, pays)
rapo-mdph-q-nationalite = Nationalité
rapo-mdph-q-profession = Profession (ou « sans profession »)
rapo-mdph-q-tribunal_judiciaire = Tribunal judiciaire (pôle social) indiqué dans les voies de recours de la décision, ou à demander à la MDPH ou au tribunal de la ville (par exemple : Tribunal judiciaire de Bobigny)
rapo-mdph-q-adresse_pole_social = Adresse du greffe du pôle social
rapo-mdph-q-adresse_tribunal = Adresse du greffe du tribunal administratif, si l'application ne la donne pas (sur la lettre de rejet ou le site du tribunal) — sinon laisser vide
rapo-mdph-doc-rapo_envoye = Copie du recours préalable envoyé à la MDPH, avec l'avis de réception ou le récépissé
rapo-mdph-doc-decision_rejet = La lettre de rejet du recours
rapo-mdph-letter-requete-pole-social = Requête au pôle social du tribunal judiciaire
rapo-mdph-letter-requete-tribunal = Requête au tribunal administratif (RQTH, orientation professionnelle)
rapo-mdph-explain-requete-pole-social-asks = Cette requête demande au tribunal judiciaire (pôle social) de réformer la décision de la CDAPH et le rejet de votre recours, et de vous reconnaître vos droits. Vous pouvez la faire sans avocat.
rapo-mdph-explain-requete-pole-social-to = Elle va au greffe du pôle social du { $tribunal_judiciaire } : { $adresse_pole_social }. Déposez-la au greffe (l'accueil), qui donne un reçu, ou envoyez-la en lettre recommandée avec avis de réception. Visez une arrivée avant la date limite.
rapo-mdph-explain-requete-pole-social-next = Le tribunal vous convoque à une audience, souvent plusieurs mois plus tard : venez-y avec vos papiers, ou faites-vous représenter par un proche ou une personne autorisée ; un avocat n'est pas obligatoire. Le tribunal peut demander l'avis d'un médecin. Si vous voulez un avocat payé par l'État, envoyez la demande d'aide juridictionnelle (formulaire cerfa n° 16146) avant la date limite : le délai repart alors à la décision sur l'aide. Une association ou un avocat peut reprendre la requête à tout moment.
rapo-mdph-explain-requete-pole-social-keep = Gardez une copie de la requête et de toutes les pièces, le reçu du greffe ou de la poste, et tout courrier du tribunal.
rapo-mdph-explain-requete-tribunal-asks = Cette requête demande au tribunal administratif d'annuler la décision de la CDAPH et le rejet de votre recours, et d'ordonner un nouvel examen de votre situation. Vous pouvez la faire sans avocat.
rapo-mdph-explain-requete-tribunal-to = Elle va au { $court-ta } : { $court-ta-address }. Déposez-la au greffe du tribunal (l'accueil), qui donne un reçu, ou envoyez-la en lettre recommandée avec avis de réception assez tôt : c'est la date d'arrivée au tribunal qui compte, pas celle de la poste. Joignez une copie de la requête et de chaque pièce. Le site Télérecours citoyens permet aussi de l'envoyer par internet, mais ce n'est pas obligatoire.
rapo-mdph-explain-requete-tribunal-next = Le tribunal envoie la requête à la MDPH, qui répond par écrit ; vous recevrez sa réponse et pourrez y répondre. Cela prend souvent plusieurs mois. Si vous voulez un avocat payé par l'État, envoyez la demande d'aide juridictionnelle (formulaire cerfa n° 16146) avant la date limite : le délai du tribunal repart alors à la décision sur l'aide. Une association ou un avocat peut reprendre la requête à tout moment.
rapo-mdph-explain-requete-tribunal-keep = Gardez une copie de la requête et de toutes les pièces, le reçu du greffe ou de la poste, et tout courrier du tribunal.
