# Lettre de la démarche « saisir le Défenseur des droits ». Rédigée en
# français. Faits : legal-reference.md §0.3.

defenseur-des-droits-letter-sender =
    { $prenoms } { $nom }
    { $adresse }
defenseur-des-droits-letter-signature = { $prenoms } { $nom }

defenseur-des-droits-enclosure-pieces_faits = Copies des pièces relatives aux faits
defenseur-des-droits-enclosure-preuves_demarches = Preuves des démarches faites auprès du service

defenseur-des-droits-letter-reclamation-recipient =
    Défenseur des droits
    { $adresse_delegue }
defenseur-des-droits-letter-reclamation-subject = Réclamation
defenseur-des-droits-letter-reclamation-ref-organisme = Mise en cause : { $organisme }
defenseur-des-droits-letter-reclamation-salutation = Madame, Monsieur,
defenseur-des-droits-letter-reclamation-p-saisine =
    { $civilite ->
        [madame] Je soussignée, { $prenoms } { $nom }, demeurant
        [monsieur] Je soussigné, { $prenoms } { $nom }, demeurant
       *[other] Je, { $prenoms } { $nom }, demeurant
    } { $adresse }, saisis le Défenseur des droits d'une réclamation concernant : { $organisme }.
defenseur-des-droits-letter-reclamation-p-domaine =
    { $domaine ->
        [service-public] Elle porte sur mes relations avec ce service public.
        [discrimination] Je m'estime victime d'une discrimination.
        [enfant] Elle concerne les droits d'un enfant.
       *[other] Elle concerne le respect de mes droits.
    }
defenseur-des-droits-letter-reclamation-p-faits =
    Les faits sont les suivants. { $domaine ->
        [service-public] Depuis le
       *[other] Le
    } { $date_faits } : { $faits }
defenseur-des-droits-letter-reclamation-p-demarches = J'ai déjà effectué les démarches suivantes auprès de ce service, sans résultat : { $demarches_prealables }
defenseur-des-droits-letter-reclamation-p-demande = Je vous demande d'intervenir afin que mes droits soient respectés.
defenseur-des-droits-letter-reclamation-p-delais = Je sais que cette réclamation n'a pas d'effet sur les délais de recours.
defenseur-des-droits-letter-reclamation-p-pieces =
    { $enclosures ->
        [0] {""}
        [one] Vous trouverez ci-joint la pièce listée ci-dessous.
       *[other] Vous trouverez ci-joint les { $enclosures } pièces listées ci-dessous.
    }
defenseur-des-droits-letter-reclamation-closing = Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.
