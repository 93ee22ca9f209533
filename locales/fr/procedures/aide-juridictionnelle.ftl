# Démarche « demander l'aide juridictionnelle » avant d'aller au tribunal.
aide-juridictionnelle-title = Demander l'aide juridictionnelle (avocat payé par l'État) avant d'aller au tribunal
aide-juridictionnelle-summary = Avant une requête au tribunal administratif ou au pôle social : envoyer au bureau d'aide juridictionnelle le formulaire cerfa n° 16146 avec une lettre qui garde le délai du recours.
aide-juridictionnelle-audience = Toute personne aux ressources modestes qui veut un avocat pour un recours au tribunal, y compris une personne étrangère sans titre de séjour qui vit en France.
aide-juridictionnelle-keywords = aide juridictionnelle AJ avocat gratuit avocat payé par l'État BAJ bureau d'aide juridictionnelle cerfa 16146 frais de justice tribunal administratif pôle social requête recours

aide-juridictionnelle-law-formulaire = La demande se fait sur le formulaire officiel (cerfa n° 16146), déposé ou envoyé par la poste : envoyée par la poste, elle a la date du cachet.
aide-juridictionnelle-law-bureau = Elle va au bureau d'aide juridictionnelle du tribunal judiciaire (pôle social) ou du tribunal administratif dont dépend le domicile de la personne ; tout tribunal peut aussi la recevoir et la transmettre.
aide-juridictionnelle-law-delai = Envoyée avant la fin du délai pour aller au tribunal, la demande le garde : un nouveau délai de même durée court après la décision sur l'aide.
aide-juridictionnelle-law-residence = Une personne étrangère qui vit habituellement en France y a droit, même sans titre de séjour (décision du Conseil constitutionnel du 28 mai 2024).
aide-juridictionnelle-law-ressources = Les ressources sont appréciées sur le revenu fiscal de référence, le patrimoine et la composition du foyer ; percevoir le RSA ne dispense plus de les justifier.
aide-juridictionnelle-law-provisoire = En urgence, le tribunal lui-même peut accorder l'aide à titre provisoire : on la lui demande simplement, par exemple dans la requête en référé.

aide-juridictionnelle-step-personne = La personne
aide-juridictionnelle-step-recours = Le recours envisagé

aide-juridictionnelle-q-nom = Nom de famille
aide-juridictionnelle-q-prenoms = Prénoms
aide-juridictionnelle-q-civilite = Dans le courrier, la personne écrit :
aide-juridictionnelle-q-civilite-madame = « Je soussignée » (Madame)
aide-juridictionnelle-q-civilite-monsieur = « Je soussigné » (Monsieur)
aide-juridictionnelle-q-civilite-non-precise = Sans préciser
aide-juridictionnelle-q-date_naissance = Date de naissance
aide-juridictionnelle-q-nationalite = Nationalité
aide-juridictionnelle-q-adresse = Adresse ou domiciliation
aide-juridictionnelle-q-etranger_hors_ue = La personne est-elle de nationalité étrangère, hors Union européenne ?
aide-juridictionnelle-q-juridiction = Devant quel tribunal ?
aide-juridictionnelle-q-juridiction-tribunal-administratif = Le tribunal administratif (RSA, AME, préfecture, école, RQTH…)
aide-juridictionnelle-q-juridiction-pole-social = Le pôle social du tribunal judiciaire (CAF, CPAM, AAH, AEEH, PCH…)
aide-juridictionnelle-q-objet_recours = Ce qui est contesté, en commençant par « le » ou « la » (par exemple : le refus de l'aide médicale de l'État du 10 août 2026)
aide-juridictionnelle-q-date_limite_recours = Dernier jour pour saisir le tribunal (la date affichée dans le dossier de la démarche) — laisser vide si elle n'est pas connue
aide-juridictionnelle-q-bureau_aj = Bureau d'aide juridictionnelle du domicile de la personne (par exemple : Bureau d'aide juridictionnelle du tribunal judiciaire de Bobigny)
aide-juridictionnelle-q-adresse_baj = Adresse du bureau d'aide juridictionnelle

aide-juridictionnelle-doc-formulaire = Le formulaire cerfa n° 16146 rempli et signé
aide-juridictionnelle-doc-identite = Pièce d'identité ou document de séjour
aide-juridictionnelle-doc-residence = Preuve de la résidence en France (domiciliation, attestation d'hébergement, courriers)
aide-juridictionnelle-doc-ressources = Dernier avis d'imposition ou de non-imposition, ou justificatifs des ressources des six derniers mois
aide-juridictionnelle-doc-decision = La décision contestée (ou la preuve de la demande restée sans réponse)

aide-juridictionnelle-letter-demande-aj = Lettre au bureau d'aide juridictionnelle (avec le formulaire cerfa)

aide-juridictionnelle-next-envoyer = Remplir avec la personne le formulaire cerfa n° 16146, le faire signer, et l'envoyer avec la lettre en recommandé avant la fin du délai pour aller au tribunal. Préparer la requête en même temps : elle sera déposée dans le nouveau délai, ou plus tôt si c'est urgent.
aide-juridictionnelle-next-urgence = En urgence (référé), ne pas attendre la décision du bureau : déposer la requête et y demander l'admission provisoire à l'aide juridictionnelle, en envoyant aussi le formulaire au bureau.
aide-juridictionnelle-next-prealable = Cette demande ne garde pas le délai d'un recours préalable obligatoire (commission de recours amiable, recours à la CDAPH ou au département) : envoyer d'abord ce recours dans son propre délai. Pour un recours contre une obligation de quitter le territoire, voir un avocat tout de suite : les délais sont différents.

## Échéances
aide-juridictionnelle-deadline-envoi-aj = Dernier jour pour envoyer la demande d'aide juridictionnelle (la fin du délai pour aller au tribunal)

## Fiche d'explication remise à la personne.
aide-juridictionnelle-explain-demande-aj-asks = Ce courrier accompagne votre demande d'aide juridictionnelle : si elle est accordée, l'État paie tout ou partie des frais de votre avocat. Le formulaire cerfa n° 16146, rempli et signé, doit être joint.
aide-juridictionnelle-explain-demande-aj-to = Il part en lettre recommandée avec avis de réception à : { $bureau_aj }, { $adresse_baj }. Vous pouvez aussi le déposer au bureau d'aide juridictionnelle, ou à l'accueil d'un tribunal, qui le transmet.
aide-juridictionnelle-explain-demande-aj-next = Le bureau peut vous demander des papiers en plus : répondez vite. Il vous envoie ensuite sa décision et, si l'aide est accordée, le nom de votre avocat. Le délai pour aller au tribunal repart à partir de cette décision : gardez la lettre et son enveloppe, et revenez nous voir dès qu'elle arrive.
aide-juridictionnelle-explain-demande-aj-keep = Gardez une copie du formulaire, de ce courrier et des pièces, le reçu d'envoi et l'avis de réception signé.
aide-juridictionnelle-explain-demande-aj-past = Le délai pour aller au tribunal a pris fin : envoyée maintenant, la demande ne le garde plus, et la requête risque d'être rejetée pour ce seul motif. Voyez sans attendre une association ou un avocat.
