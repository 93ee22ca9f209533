# Démarche « ANEF : une décision annoncée dans le compte mais introuvable ».
anef-decision-inaccessible-title = ANEF : une décision annoncée dans le compte, mais introuvable ou illisible
anef-decision-inaccessible-summary = Le compte ANEF indique une décision (défavorable, dossier clôturé, décision disponible) sans qu'on puisse la lire, et rien n'est arrivé par la poste : demander au préfet de la notifier, avec ses motifs et les voies et délais de recours.
anef-decision-inaccessible-audience = Toute personne dont la demande de titre de séjour sur l'ANEF affiche une décision qu'elle ne peut pas lire.
anef-decision-inaccessible-keywords = ANEF décision défavorable dossier clôturé décision disponible introuvable illisible compte notification préfecture titre de séjour refus récépissé avocat tribunal

anef-decision-inaccessible-law-notification = Les délais pour contester une décision ne peuvent être opposés que si la décision a été notifiée avec l'indication des voies et délais de recours.
anef-decision-inaccessible-law-delai-raisonnable = Sans cette indication, un recours reste possible dans un délai raisonnable, en principe un an à partir du moment où la personne a eu connaissance de la décision.

anef-decision-inaccessible-step-personne = La personne
anef-decision-inaccessible-step-compte = Le compte ANEF
anef-decision-inaccessible-step-envoi = L'envoi

anef-decision-inaccessible-q-nom = Nom de famille
anef-decision-inaccessible-q-prenoms = Prénoms
anef-decision-inaccessible-q-civilite = Dans le courrier, la personne écrit :
anef-decision-inaccessible-q-civilite-madame = « Je soussignée » (Madame)
anef-decision-inaccessible-q-civilite-monsieur = « Je soussigné » (Monsieur)
anef-decision-inaccessible-q-civilite-non-precise = Sans préciser
anef-decision-inaccessible-q-date_naissance = Date de naissance
anef-decision-inaccessible-q-nationalite = Nationalité
anef-decision-inaccessible-q-adresse = Adresse ou domiciliation
anef-decision-inaccessible-q-numero_etranger = Numéro étranger (si la personne en a un)
anef-decision-inaccessible-q-titre = Titre demandé (par exemple : carte de séjour temporaire « salarié »)
anef-decision-inaccessible-q-date_depot = Date du dépôt de la demande sur l'ANEF
anef-decision-inaccessible-q-numero_demande = Numéro de la demande ANEF (s'il est connu)
anef-decision-inaccessible-q-mention_anef = Que dit le compte ANEF ?
anef-decision-inaccessible-q-mention_anef-decision-defavorable = « Décision défavorable » (ou un refus)
anef-decision-inaccessible-q-mention_anef-dossier-cloture = « Dossier clôturé »
anef-decision-inaccessible-q-mention_anef-decision-disponible = « Décision disponible », sans dire laquelle
anef-decision-inaccessible-q-date_mention = Date à laquelle la mention a été vue (capture d'écran datée)
anef-decision-inaccessible-q-date_mention-invalid = La mention ne peut pas être antérieure au dépôt de la demande.
anef-decision-inaccessible-q-probleme = Quel est le problème ?
anef-decision-inaccessible-q-probleme-document-absent = Aucun document n'est joint à la mention
anef-decision-inaccessible-q-probleme-document-illisible = Le document ne s'ouvre pas ou est illisible
anef-decision-inaccessible-q-probleme-compte-inaccessible = Le compte ne s'ouvre plus
anef-decision-inaccessible-q-courrier_recu = Une décision a-t-elle été reçue par la poste ou remise en main propre ?
anef-decision-inaccessible-q-oqtf_mentionnee = Le message parle-t-il d'une obligation de quitter le territoire (OQTF) ?
anef-decision-inaccessible-q-departement = Département de la préfecture
anef-decision-inaccessible-q-adresse_prefecture = Adresse du service des étrangers de la préfecture

anef-decision-inaccessible-doc-capture = Capture d'écran datée du compte ANEF montrant la mention
anef-decision-inaccessible-doc-preuve_depot = Attestation de dépôt de la demande sur l'ANEF
anef-decision-inaccessible-doc-identite = Pièce d'identité ou document de séjour

anef-decision-inaccessible-letter-demande-notification = Demande au préfet de notifier la décision

anef-decision-inaccessible-next-envoyer = Envoyer la lettre en recommandé, avec la capture d'écran datée. Sans attendre la réponse, revenir dans les deux mois qui suivent le jour où la mention a été vue : c'est la date la plus prudente pour contester, même si le délai ne peut pas encore être opposé.
anef-decision-inaccessible-next-courrier-recu = Une décision a été reçue : c'est elle qu'il faut contester, dans le délai qu'elle indique ; voir une association ou un avocat avec la lettre et son enveloppe.
anef-decision-inaccessible-next-oqtf = Le message parle d'une obligation de quitter le territoire : les délais pour la contester peuvent être beaucoup plus courts que deux mois. Voir aujourd'hui même une association ou un avocat.

## Échéances
anef-decision-inaccessible-deadline-prudence = Date la plus prudente pour contester la décision vue dans le compte (2 mois après l'avoir vue ; délai non opposable sans notification)

## Fiche d'explication remise à la personne.
anef-decision-inaccessible-explain-demande-notification-asks = Ce courrier demande à la préfecture de vous envoyer la décision prise sur votre demande de titre de séjour, en entier, avec ses raisons et la façon de la contester : votre compte ANEF l'annonce, mais vous ne pouvez pas la lire.
anef-decision-inaccessible-explain-demande-notification-to = Il part en lettre recommandée avec avis de réception au service des étrangers de la préfecture ({ $departement }), avec la capture d'écran de votre compte.
anef-decision-inaccessible-explain-demande-notification-next = Tant que la décision ne vous est pas envoyée avec les voies et délais de recours, le délai pour la contester ne peut pas vous être opposé. Mais n'attendez pas : revenez nous voir avant le { $deadline-prudence }, avec ou sans réponse, pour préparer la suite avec une association ou un avocat.
anef-decision-inaccessible-explain-demande-notification-keep = Gardez la capture d'écran datée, une copie de ce courrier, le reçu d'envoi, l'avis de réception signé et toute lettre de la préfecture avec son enveloppe.
