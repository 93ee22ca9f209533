# Démarche « recours RSA » (recours administratif préalable au président du
# conseil départemental).
recours-rsa-title = Contester une décision sur le RSA
recours-rsa-summary = Refus, suspension, montant ou remboursement demandé (indu) du revenu de solidarité active : recours écrit au président du conseil départemental, obligatoire avant le tribunal administratif.
recours-rsa-audience = Toute personne qui reçoit une décision sur son RSA qu'elle conteste.
recours-rsa-keywords = RSA revenu de solidarité active département conseil départemental suspension radiation indu trop-perçu CAF MSA contrat d'engagement tribunal administratif juge requête avocat aide juridictionnelle

recours-rsa-law-prealable = Avant d'aller au tribunal contre une décision sur le RSA, il faut d'abord écrire au président du conseil départemental : c'est obligatoire.
recours-rsa-law-delai = Ce recours doit être fait dans les deux mois qui suivent la notification de la décision, et il doit expliquer pourquoi la décision est contestée.
recours-rsa-law-indu = Quand le département réclame un remboursement (indu), le recours suspend la récupération des sommes.
recours-rsa-law-api = Une attestation de prolongation de l'instruction (API), avec le titre de séjour expiré, prouve que le séjour est régulier pendant sa durée ; l'attestation de décision favorable (ADF) aussi, en attendant la carte.
recours-rsa-law-silence = Sans réponse deux mois après la réception du recours, celui-ci est rejeté : le délai pour saisir le tribunal administratif commence.
recours-rsa-law-tribunal = Le tribunal administratif peut ensuite être saisi dans les deux mois.
recours-rsa-law-rejet-implicite = Après un refus par le silence, le tribunal peut être saisi dans les deux mois qui suivent ; il faut joindre la preuve de la date à laquelle le recours a été reçu.
recours-rsa-law-sans-avocat = Devant le tribunal administratif, une affaire de RSA se fait sans avocat : la personne peut écrire et déposer la requête elle-même.
recours-rsa-law-aide-juridictionnelle = Une demande d'aide juridictionnelle envoyée avant la date limite du tribunal garde le délai : un nouveau délai de même durée court après la décision sur l'aide.

recours-rsa-step-personne = La personne
recours-rsa-step-decision = La décision contestée
recours-rsa-step-envoi = L'envoi
recours-rsa-step-tribunal = Le tribunal

recours-rsa-q-nom = Nom de famille
recours-rsa-q-prenoms = Prénoms
recours-rsa-q-civilite = Dans le courrier, la personne écrit :
recours-rsa-q-civilite-madame = « Je soussignée » (Madame)
recours-rsa-q-civilite-monsieur = « Je soussigné » (Monsieur)
recours-rsa-q-civilite-non-precise = Sans préciser
recours-rsa-q-adresse = Adresse ou domiciliation
recours-rsa-q-departement = Département qui verse le RSA
recours-rsa-q-numero_allocataire = Numéro d'allocataire (CAF ou MSA)
recours-rsa-q-objet = Que dit la décision ?
recours-rsa-q-objet-refus = Elle refuse le RSA
recours-rsa-q-objet-suspension = Elle suspend le RSA
recours-rsa-q-objet-indu = Elle réclame un remboursement (indu)
recours-rsa-q-objet-montant = Elle fixe un montant contesté
recours-rsa-q-objet-autre = Autre chose
recours-rsa-q-preuve_sejour = La décision est-elle liée à la preuve du séjour ?
recours-rsa-q-preuve_sejour-api = Oui : la personne a une attestation de prolongation de l'instruction (API) et son titre expiré
recours-rsa-q-preuve_sejour-adf = Oui : la personne a une attestation de décision favorable (ADF)
recours-rsa-q-preuve_sejour-non = Non, ou je ne sais pas
recours-rsa-q-date_notification = Date de la décision (ou de sa réception)
recours-rsa-q-voies_delais = La décision indique-t-elle les voies et délais de recours (à qui écrire, dans quel délai) ?
recours-rsa-q-motif_contestation = Pourquoi la personne conteste-t-elle ? (les faits, avec les dates)
recours-rsa-q-adresse_departement = Adresse indiquée sur la décision pour le recours
recours-rsa-q-numero_lrar = Numéro de la lettre recommandée (si déjà connu)
recours-rsa-q-reponse_pcd = Qu'a répondu le département au recours ?
recours-rsa-q-reponse_pcd-aucune = Rien pour l'instant (ou le recours n'est pas encore parti)
recours-rsa-q-reponse_pcd-rejet-ecrit = Il a rejeté le recours par écrit
recours-rsa-q-reponse_pcd-favorable = Il a donné raison à la personne
recours-rsa-q-date_reception_recours = Date de réception du recours par le département (sur l'avis de réception), s'il n'a pas été préparé ici
recours-rsa-q-ar_voies_delais = Le département a-t-il envoyé un accusé de réception du recours indiquant les voies et délais de recours ?
recours-rsa-q-date_rejet_pcd = Date de la lettre de rejet du recours
recours-rsa-q-voies_delais_rejet = La lettre de rejet indique-t-elle les voies et délais de recours (le tribunal, le délai) ?
recours-rsa-q-adresse_tribunal = Adresse du greffe du tribunal administratif, si l'application ne la donne pas (sur la lettre de rejet ou le site du tribunal) — sinon laisser vide

recours-rsa-doc-decision_contestee = Copie de la décision contestée
recours-rsa-doc-attestation_sejour = Attestation délivrée par la préfecture (API ou ADF)
recours-rsa-doc-titre_expire = Titre de séjour expiré (à joindre avec l'API)
recours-rsa-doc-justificatifs = Justificatifs utiles (ressources, titre de séjour ou API, attestation de domiciliation…)
recours-rsa-doc-courriers = Courriers déjà échangés avec le département ou la CAF
recours-rsa-doc-recours_envoye = Copie du recours envoyé au département, avec l'avis de réception
recours-rsa-doc-decision_rejet = La lettre de rejet du recours

recours-rsa-letter-recours-pcd = Recours au président du conseil départemental
recours-rsa-letter-requete-tribunal = Requête au tribunal administratif

recours-rsa-next-envoyer = Envoyer le recours en recommandé avec accusé de réception, dans les deux mois qui suivent la décision : la date de la Poste fait foi. Garder une copie complète.
recours-rsa-next-indu = Le recours suspend la récupération du remboursement demandé : si des retenues continuent, le signaler au département en rappelant le recours.
recours-rsa-next-tribunal = Si le département rejette le recours, par écrit ou en ne répondant pas pendant deux mois, la requête au tribunal administratif est proposée ici : la personne peut la déposer elle-même, sans avocat ; une association ou un avocat peut aussi la reprendre. Sans RSA, un avocat peut demander en même temps au juge des référés de suspendre la décision.
recours-rsa-next-favorable = Le département a donné raison à la personne : vérifier que le RSA est rétabli et que les sommes dues sont versées ; sinon, lui écrire en joignant sa réponse.

## Échéances
recours-rsa-deadline-recours-pcd = Dernier jour pour envoyer le recours au président du conseil départemental (2 mois après la décision)
recours-rsa-deadline-rejet-implicite-pcd = Sans réponse du département, le recours est rejeté (2 mois après sa réception)
recours-rsa-deadline-tribunal-administratif = Dernier jour pour saisir le tribunal administratif après le rejet du recours (écrit, ou par le silence du département)

## Fiche d'explication remise à la personne.
recours-rsa-explain-recours-pcd-asks = Ce courrier demande au président du conseil départemental ({ $departement }) de revoir la décision du { $date_notification } sur votre RSA et de l'annuler. C'est une étape obligatoire avant de pouvoir aller au tribunal.
recours-rsa-explain-recours-pcd-to = Il part en lettre recommandée avec avis de réception, à l'adresse indiquée sur la décision.
recours-rsa-explain-recours-pcd-next = Le département peut demander l'avis d'une commission avant de décider. S'il ne répond pas dans les deux mois après avoir reçu la lettre (date : { $deadline-rejet-implicite-pcd }), c'est un refus ; vous pourrez alors saisir le tribunal administratif dans les deux mois qui suivent (date limite : { $deadline-tribunal-administratif }), vous-même, sans avocat — la requête est préparée ici —, ou avec l'aide d'une association ou d'un avocat.
recours-rsa-explain-recours-pcd-keep = Gardez la décision, une copie de ce courrier et des pièces, le reçu d'envoi et l'avis de réception signé. Gardez aussi toute réponse du département ou de la CAF.
recours-rsa-explain-requete-tribunal-asks = Cette requête demande au tribunal administratif d'annuler la décision sur votre RSA et le rejet de votre recours, et d'ordonner au département de rétablir vos droits. Vous pouvez la faire sans avocat.
recours-rsa-explain-requete-tribunal-to = Elle va au { $court-ta } : { $court-ta-address }. Déposez-la au greffe du tribunal (l'accueil), qui donne un reçu, ou envoyez-la en lettre recommandée avec avis de réception assez tôt : c'est la date d'arrivée au tribunal qui compte, pas celle de la poste. Joignez une copie de la requête et de chaque pièce. Le site Télérecours citoyens permet aussi de l'envoyer par internet, mais ce n'est pas obligatoire.
recours-rsa-explain-requete-tribunal-next = Le tribunal envoie la requête au département, qui répond par écrit ; vous recevrez sa réponse et pourrez y répondre. Cela prend souvent plusieurs mois. Si vous voulez un avocat payé par l'État, envoyez la demande d'aide juridictionnelle (formulaire cerfa n° 16146) avant la date limite : le délai du tribunal repart alors à la décision sur l'aide. Une association ou un avocat peut reprendre la requête à tout moment.
recours-rsa-explain-requete-tribunal-keep = Gardez une copie de la requête et de toutes les pièces, le reçu du greffe ou de la poste, et tout courrier du tribunal.
