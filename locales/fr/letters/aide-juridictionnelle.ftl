# Lettre de la démarche « demander l'aide juridictionnelle ». Rédigée en
# français. Faits : docs/research/pole-social-aide-juridictionnelle.md.

aide-juridictionnelle-letter-sender =
    { $prenoms } { $nom }
    { $adresse }
aide-juridictionnelle-letter-signature = { $prenoms } { $nom }

aide-juridictionnelle-enclosure-formulaire = Formulaire de demande d'aide juridictionnelle (cerfa n° 16146) rempli et signé
aide-juridictionnelle-enclosure-identite = Copie de ma pièce d'identité ou de mon document de séjour
aide-juridictionnelle-enclosure-residence = Justificatifs de ma résidence en France
aide-juridictionnelle-enclosure-ressources = Justificatifs de mes ressources
aide-juridictionnelle-enclosure-decision = Copie de la décision contestée ou de la preuve de ma demande

aide-juridictionnelle-letter-demande-aj-recipient =
    { $bureau_aj }
    { $adresse_baj }
aide-juridictionnelle-letter-demande-aj-subject = Demande d'aide juridictionnelle
aide-juridictionnelle-letter-demande-aj-ref-objet =
    { $juridiction ->
        [pole-social] Recours devant le pôle social du tribunal judiciaire
       *[other] Recours devant le tribunal administratif
    }
aide-juridictionnelle-letter-demande-aj-salutation = Madame, Monsieur,
aide-juridictionnelle-letter-demande-aj-p-saisine =
    { $civilite ->
        [madame] Je soussignée, { $prenoms } { $nom }, née
        [monsieur] Je soussigné, { $prenoms } { $nom }, né
       *[other] Je, { $prenoms } { $nom }, né(e)
    } le { $date_naissance }, de nationalité { $nationalite }, demeurant { $adresse }, vous adresse ma demande d'aide juridictionnelle, établie sur le formulaire cerfa n° 16146 que je joins rempli et signé, en vue de contester devant { $juridiction ->
        [pole-social] le pôle social du tribunal judiciaire
       *[other] le tribunal administratif
    } { $objet_recours }.
aide-juridictionnelle-letter-demande-aj-p-delai = Le délai de ce recours expire le { $date_limite_recours }. Selon l'article 43 du décret n° 2020-1717 du 28 décembre 2020, une demande d'aide juridictionnelle adressée avant l'expiration de ce délai le conserve : le recours est alors réputé formé dans le délai s'il est introduit dans un nouveau délai de même durée à compter de la décision prise sur la demande.
aide-juridictionnelle-letter-demande-aj-p-residence = Je réside habituellement en France. Depuis la décision du Conseil constitutionnel n° 2024-1091/1092/1093 QPC du 28 mai 2024, l'article 3 de la loi n° 91-647 du 10 juillet 1991 admet au bénéfice de l'aide juridictionnelle les personnes de nationalité étrangère qui résident habituellement en France, sans exiger que ce séjour soit régulier.
aide-juridictionnelle-letter-demande-aj-p-pieces =
    { $enclosures ->
        [one] Vous trouverez ci-joint la pièce listée ci-dessous.
       *[other] Vous trouverez ci-joint les { $enclosures } pièces listées ci-dessous.
    }
aide-juridictionnelle-letter-demande-aj-closing = Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.
