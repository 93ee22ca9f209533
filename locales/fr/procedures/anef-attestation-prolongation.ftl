# Démarche « renouvellement déposé à temps, pas d'attestation de prolongation d'instruction (API) ».
anef-attestation-prolongation-title = Renouvellement de titre de séjour : pas d'attestation de prolongation (API)
anef-attestation-prolongation-summary = Le renouvellement a été déposé avant la fin du titre, mais la préfecture n'a délivré aucune attestation de prolongation de l'instruction (API), ou l'API a pris fin sans être renouvelée : demander au préfet de la délivrer tout de suite, et suivre le refus implicite à 4 mois.
anef-attestation-prolongation-audience = Toute personne étrangère qui a demandé à temps le renouvellement de son titre de séjour, toujours sans réponse, et qui se retrouve sans document prouvant son séjour régulier.
anef-attestation-prolongation-keywords = API attestation de prolongation d'instruction renouvellement titre de séjour expiré préfecture ANEF droits suspendus CAF France Travail employeur travail papiers récépissé

anef-attestation-prolongation-law-api = Quand une demande de renouvellement complète, déposée à temps, est encore à l'étude à la fin du titre, le préfet doit fournir une attestation de prolongation de l'instruction (API). Elle vaut au plus trois mois et doit être renouvelée tant qu'il n'a pas décidé. Avec le titre expiré, elle prouve que le séjour est régulier.
anef-attestation-prolongation-law-silence = Une demande de titre de séjour restée sans réponse pendant quatre mois est rejetée implicitement, même si des API sont délivrées entre-temps.
anef-attestation-prolongation-law-refere = En cas d'urgence, le juge des référés du tribunal administratif peut ordonner à la préfecture de délivrer ou de renouveler l'API (référé « mesures utiles »).

anef-attestation-prolongation-step-personne = La personne
anef-attestation-prolongation-step-demande = Le renouvellement et l'API
anef-attestation-prolongation-step-consequences = Les conséquences
anef-attestation-prolongation-step-envoi = L'envoi

anef-attestation-prolongation-q-nom = Nom de famille
anef-attestation-prolongation-q-prenoms = Prénoms
anef-attestation-prolongation-q-civilite = Dans le courrier, la personne écrit :
anef-attestation-prolongation-q-civilite-madame = « Je soussignée » (Madame)
anef-attestation-prolongation-q-civilite-monsieur = « Je soussigné » (Monsieur)
anef-attestation-prolongation-q-civilite-non-precise = Sans préciser
anef-attestation-prolongation-q-date_naissance = Date de naissance
anef-attestation-prolongation-q-nationalite = Nationalité
anef-attestation-prolongation-q-adresse = Adresse ou domiciliation
anef-attestation-prolongation-q-numero_etranger = Numéro étranger (10 chiffres, sur le titre), s'il est connu
anef-attestation-prolongation-q-titre = Quel titre est renouvelé ? (par exemple : carte de séjour temporaire « salarié »)
anef-attestation-prolongation-q-date_expiration = Date de fin de validité du titre à renouveler
anef-attestation-prolongation-q-date_depot = Date du dépôt de la demande de renouvellement (sur l'attestation de dépôt de l'ANEF)
anef-attestation-prolongation-q-numero_demande = Numéro de la demande sur l'ANEF, s'il est connu
anef-attestation-prolongation-q-pieces_manquantes = La préfecture a-t-elle demandé des pièces manquantes qui n'ont pas encore été envoyées ?
anef-attestation-prolongation-q-decision_recue = La préfecture a-t-elle déjà rendu sa décision (refus, accord, convocation pour retirer la carte) ?
anef-attestation-prolongation-q-api = Une attestation de prolongation de l'instruction (API) a-t-elle été délivrée ?
anef-attestation-prolongation-q-api-jamais = Non, jamais
anef-attestation-prolongation-q-api-expiree = Oui, mais elle a pris fin et n'a pas été renouvelée
anef-attestation-prolongation-q-api-valide = Oui, elle est encore valable mais arrive à sa fin
anef-attestation-prolongation-q-date_fin_api = Date de fin de validité de la dernière API
anef-attestation-prolongation-q-perte_droits = La personne a-t-elle déjà perdu des droits faute de document (CAF, France Travail, employeur, banque…) ?
anef-attestation-prolongation-q-pertes = Ce qui a été perdu, avec qui et depuis quand (par exemple : la CAF a suspendu les allocations familiales depuis le 5 novembre 2026) — écrit tel quel dans la lettre
anef-attestation-prolongation-q-departement = Département de la préfecture
anef-attestation-prolongation-q-adresse_prefecture = Adresse du service des étrangers, avec le nom du service
anef-attestation-prolongation-q-numero_lrar = Numéro de la lettre recommandée (si déjà connu)

anef-attestation-prolongation-doc-identite = Passeport ou pièce d'identité
anef-attestation-prolongation-doc-titre_expire = Le titre de séjour à renouveler (même expiré)
anef-attestation-prolongation-doc-preuve_depot = L'attestation de dépôt de la demande de renouvellement (ANEF)
anef-attestation-prolongation-doc-api_precedente = La dernière attestation de prolongation de l'instruction (API)
anef-attestation-prolongation-doc-preuves_pertes = Les courriers qui montrent les droits perdus (CAF, France Travail, employeur…)

anef-attestation-prolongation-letter-demande-api = Demande au préfet : délivrance de l'attestation de prolongation de l'instruction

anef-attestation-prolongation-next-envoyer = Envoyer la demande au préfet en recommandé avec accusé de réception, et aussi par le formulaire de contact de l'ANEF ou par courriel au service des étrangers. Garder l'attestation de dépôt et le titre expiré sur soi.
anef-attestation-prolongation-next-hors-delai = La demande a été déposée après la fin du titre : l'API n'est pas due dans ce cas et ce courrier n'est pas proposé. Voir une association spécialisée ou un avocat.
anef-attestation-prolongation-next-pieces = Envoyer d'abord les pièces demandées par la préfecture et garder la preuve de l'envoi : l'API n'est due que pour une demande complète.
anef-attestation-prolongation-next-decision = La préfecture a déjà décidé : ce courrier ne convient plus. Un refus se conteste devant le tribunal administratif, dans le délai indiqué sur la décision ; voir une association ou un avocat sans attendre.
anef-attestation-prolongation-next-silence = Sans réponse quatre mois après le dépôt, la demande de renouvellement est rejetée implicitement, même si des API ont été délivrées : ce refus peut être contesté devant le tribunal administratif. Revenir avant cette date.
anef-attestation-prolongation-next-refere = Des droits sont déjà perdus : sans réponse rapide, une association ou un avocat peut saisir le juge des référés du tribunal administratif (« mesures utiles »). Montrer aussi le titre expiré et l'attestation de dépôt à la CAF, à France Travail ou à l'employeur.

## Échéances
anef-attestation-prolongation-deadline-rejet-implicite-titre = Sans réponse de la préfecture, le renouvellement est rejeté implicitement (4 mois après le dépôt)

## Fiche d'explication remise à la personne.
anef-attestation-prolongation-explain-demande-api-asks = Ce courrier demande au préfet de vous donner tout de suite l'attestation de prolongation de l'instruction (API). Ce document, avec votre titre expiré, prouve que vous êtes en situation régulière pendant que la préfecture étudie votre renouvellement.
anef-attestation-prolongation-explain-demande-api-to = Il part en lettre recommandée avec avis de réception au service des étrangers de la préfecture ({ $departement }).
anef-attestation-prolongation-explain-demande-api-next = La préfecture doit vous donner l'API, mais aucun délai précis n'est fixé pour répondre à ce courrier. Si rien ne se passe, une association ou un avocat peut demander au juge d'obliger la préfecture à la délivrer. Attention : sans réponse de la préfecture, votre demande de renouvellement est considérée comme refusée à partir du { $deadline-rejet-implicite-titre }, quatre mois après le dépôt, même si une API vous est donnée. Ce refus peut être contesté devant le tribunal administratif : si cette date est proche ou déjà passée, voyez vite une association ou un avocat.
anef-attestation-prolongation-explain-demande-api-keep = Gardez une copie de ce courrier, le reçu d'envoi, l'avis de réception signé, l'attestation de dépôt de votre demande et votre titre expiré.
