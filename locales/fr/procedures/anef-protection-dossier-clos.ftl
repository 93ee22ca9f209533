# Démarche « réfugié ou protection subsidiaire : demande de carte clôturée ou bloquée par l'ANEF ».
anef-protection-dossier-clos-title = Réfugié ou protection subsidiaire : demande de carte clôturée ou bloquée sur l'ANEF
anef-protection-dossier-clos-summary = La personne a obtenu l'asile (statut de réfugié ou protection subsidiaire), mais sa demande de carte a été clôturée par l'ANEF, souvent parce qu'une autre demande était en cours, ou ne peut pas être déposée : demander au préfet de l'enregistrer, de donner le document provisoire et de délivrer la carte.
anef-protection-dossier-clos-audience = Toute personne reconnue réfugiée ou bénéficiaire de la protection subsidiaire par l'OFPRA ou la CNDA, dont la demande de carte est bloquée sur le téléservice ANEF.
anef-protection-dossier-clos-keywords = réfugié protection subsidiaire OFPRA CNDA carte de résident ANEF dossier clôturé clôture demande en cours double demande étranger malade reconnu réfugié attestation travail préfecture

anef-protection-dossier-clos-law-carte-refugie = Une personne reconnue réfugiée reçoit une carte de résident de dix ans. Le préfet doit la délivrer dans les trois mois qui suivent la décision de l'OFPRA ou de la CNDA.
anef-protection-dossier-clos-law-carte-subsidiaire = Une personne qui a obtenu la protection subsidiaire reçoit une carte de séjour pluriannuelle de quatre ans au plus, dès sa première admission au séjour.
anef-protection-dossier-clos-law-attestation = Dès que la personne réfugiée a fait sa demande de carte sur l'ANEF, le préfet met à sa disposition une attestation « reconnu réfugié » de six mois, renouvelable : elle prouve le séjour régulier et permet de travailler.
anef-protection-dossier-clos-law-simultanees = Le Conseil d'État admet qu'une personne demande en même temps des titres de séjour de catégories différentes : rien n'impose une demande unique.
anef-protection-dossier-clos-law-substitution = Le dépôt en ligne est obligatoire, mais quand le téléservice ne permet pas de déposer, la préfecture doit offrir une autre solution (un accueil qui enregistre la demande).
anef-protection-dossier-clos-law-refere = En cas d'urgence, le juge des référés du tribunal administratif peut ordonner à la préfecture d'enregistrer la demande ou de délivrer le document provisoire (référé « mesures utiles »).

anef-protection-dossier-clos-step-personne = La personne
anef-protection-dossier-clos-step-protection = La protection obtenue
anef-protection-dossier-clos-step-anef = Le blocage sur l'ANEF
anef-protection-dossier-clos-step-consequences = Les conséquences
anef-protection-dossier-clos-step-envoi = L'envoi

anef-protection-dossier-clos-q-nom = Nom de famille
anef-protection-dossier-clos-q-prenoms = Prénoms
anef-protection-dossier-clos-q-civilite = Dans le courrier, la personne écrit :
anef-protection-dossier-clos-q-civilite-madame = « Je soussignée » (Madame)
anef-protection-dossier-clos-q-civilite-monsieur = « Je soussigné » (Monsieur)
anef-protection-dossier-clos-q-civilite-non-precise = Sans préciser
anef-protection-dossier-clos-q-date_naissance = Date de naissance
anef-protection-dossier-clos-q-nationalite = Nationalité
anef-protection-dossier-clos-q-adresse = Adresse ou domiciliation
anef-protection-dossier-clos-q-numero_etranger = Numéro étranger (10 chiffres), s'il est connu
anef-protection-dossier-clos-q-protection = Quelle protection a été accordée ?
anef-protection-dossier-clos-q-protection-refugie = Le statut de réfugié
anef-protection-dossier-clos-q-protection-subsidiaire = La protection subsidiaire
anef-protection-dossier-clos-q-organe = Qui l'a accordée ?
anef-protection-dossier-clos-q-organe-ofpra = L'OFPRA
anef-protection-dossier-clos-q-organe-cnda = La CNDA (après un recours)
anef-protection-dossier-clos-q-date_decision = Date de la décision de l'OFPRA ou de la CNDA
anef-protection-dossier-clos-q-numero_decision = Numéro de la décision (sur le courrier de l'OFPRA ou de la CNDA), s'il est connu
anef-protection-dossier-clos-q-situation = Que se passe-t-il sur l'ANEF ?
anef-protection-dossier-clos-q-situation-cloture = La demande de carte a été déposée puis clôturée par l'ANEF
anef-protection-dossier-clos-q-situation-impossible = L'ANEF ne permet pas de déposer la demande de carte
anef-protection-dossier-clos-q-date_cloture = Date de la clôture (sur le message ou le courriel de l'ANEF)
anef-protection-dossier-clos-q-numero_demande = Numéro de la demande sur l'ANEF, s'il est connu
anef-protection-dossier-clos-q-motif = Quelle raison l'ANEF a-t-elle donnée ?
anef-protection-dossier-clos-q-motif-autre-demande = Une autre demande de titre de séjour est en cours (par exemple pour raison de santé)
anef-protection-dossier-clos-q-motif-aucun = Aucune raison, ou une raison qui ne dépend pas de la personne
anef-protection-dossier-clos-q-capture = A-t-on gardé une copie d'écran ou le message de l'ANEF ?
anef-protection-dossier-clos-q-pieces_manquantes = La préfecture a-t-elle demandé des pièces qui n'ont pas encore été envoyées ?
anef-protection-dossier-clos-q-decision_prefet = La préfecture a-t-elle envoyé une décision écrite de refus ?
anef-protection-dossier-clos-q-perte_droits = La personne a-t-elle déjà perdu des droits faute de document (travail, formation, CAF, France Travail, banque…) ?
anef-protection-dossier-clos-q-pertes = Ce qui a été perdu, avec qui et depuis quand (par exemple : l'inscription en formation a été refusée le 3 novembre 2026) — écrit tel quel dans la lettre
anef-protection-dossier-clos-q-departement = Département de la préfecture
anef-protection-dossier-clos-q-adresse_prefecture = Adresse du service des étrangers, avec le nom du service
anef-protection-dossier-clos-q-numero_lrar = Numéro de la lettre recommandée (si déjà connu)

anef-protection-dossier-clos-doc-identite = Passeport, ou tout document d'identité
anef-protection-dossier-clos-doc-decision_protection = La décision de l'OFPRA ou de la CNDA qui accorde la protection
anef-protection-dossier-clos-doc-capture = La copie d'écran ou le message de l'ANEF
anef-protection-dossier-clos-doc-preuves_pertes = Les courriers qui montrent les droits perdus (employeur, formation, CAF, France Travail…)

anef-protection-dossier-clos-letter-demande-enregistrement = Demande au préfet : enregistrer la demande de carte et délivrer le document provisoire

anef-protection-dossier-clos-next-envoyer = Envoyer la demande au préfet en recommandé avec accusé de réception, et aussi par le formulaire de contact de l'ANEF en citant le numéro de la demande. Garder sur soi la décision de l'OFPRA ou de la CNDA.
anef-protection-dossier-clos-next-pieces = Envoyer d'abord les pièces demandées par la préfecture et garder la preuve de l'envoi : ce courrier affirme que le dossier est complet.
anef-protection-dossier-clos-next-decision = La préfecture a rendu une décision écrite : ce courrier ne convient plus. Elle se conteste devant le tribunal administratif, dans le délai indiqué sur la décision ; voir une association ou un avocat sans attendre.
anef-protection-dossier-clos-next-autre-demande = L'autre demande en cours (par exemple pour raison de santé) n'empêche pas la carte de réfugié ou de protection subsidiaire. Avant de la retirer, en parler avec une association spécialisée : elle peut garder son intérêt.
anef-protection-dossier-clos-next-refere = Des droits sont déjà perdus : sans réponse rapide, une association ou un avocat peut saisir le juge des référés du tribunal administratif (« mesures utiles »), avec ce courrier et son avis de réception.

## Échéances
anef-protection-dossier-clos-deadline-carte-refugie = La préfecture aurait dû délivrer la carte de résident (3 mois après la décision de protection)

## Fiche d'explication remise à la personne.
anef-protection-dossier-clos-explain-demande-enregistrement-asks = Ce courrier demande au préfet d'enregistrer votre demande de carte de séjour, bloquée sur l'ANEF, de vous donner le document qui prouve votre séjour régulier en attendant, puis de vous délivrer votre carte. Vous y avez droit parce que l'OFPRA ou la CNDA vous a accordé une protection.
anef-protection-dossier-clos-explain-demande-enregistrement-to = Il part en lettre recommandée avec avis de réception au service des étrangers de la préfecture ({ $departement }).
anef-protection-dossier-clos-explain-demande-enregistrement-next = Aucun délai précis n'est fixé pour répondre à ce courrier. Si rien ne change trois semaines après l'avis de réception, revenez nous voir : une association ou un avocat peut demander au juge d'obliger la préfecture à enregistrer votre demande.{ $motif ->
        [autre-demande] {" "}N'abandonnez pas votre autre demande en cours sans en parler d'abord avec une association.
       *[other] {""}
    }
anef-protection-dossier-clos-explain-demande-enregistrement-keep = Gardez une copie de ce courrier, le reçu d'envoi, l'avis de réception signé, la décision de l'OFPRA ou de la CNDA et les copies d'écran de l'ANEF.
