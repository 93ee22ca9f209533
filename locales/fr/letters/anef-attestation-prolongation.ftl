# Lettre de la démarche « renouvellement sans attestation de prolongation de
# l'instruction ». Rédigée en français : elle part au préfet. Faits :
# legal-reference.md §6 (R431-15-1 du CESEDA) et §7 (L521-3 du CJA).

anef-attestation-prolongation-letter-sender =
    { $prenoms } { $nom }
    { $adresse }
anef-attestation-prolongation-letter-signature = { $prenoms } { $nom }

anef-attestation-prolongation-enclosure-identite = Copie de mon passeport ou de ma pièce d'identité
anef-attestation-prolongation-enclosure-titre_expire = Copie du titre de séjour dont j'ai demandé le renouvellement
anef-attestation-prolongation-enclosure-preuve_depot = Attestation de dépôt de ma demande de renouvellement
anef-attestation-prolongation-enclosure-api_precedente = Copie de la dernière attestation de prolongation de l'instruction qui m'a été délivrée
anef-attestation-prolongation-enclosure-preuves_pertes = Justificatifs des droits perdus faute d'attestation

anef-attestation-prolongation-letter-demande-api-recipient =
    { $paris ->
        [true] Monsieur le Préfet de police
       *[other] Madame la Préfète, Monsieur le Préfet
    }
    { $paris ->
        [true] Préfecture de police
       *[other] Préfecture – { $departement }
    }
    { $adresse_prefecture }
anef-attestation-prolongation-letter-demande-api-subject =
    { $api ->
        [jamais] Demande de délivrance d'une attestation de prolongation de l'instruction (article R431-15-1 du CESEDA)
       *[other] Demande de renouvellement de mon attestation de prolongation de l'instruction (article R431-15-1 du CESEDA)
    }
anef-attestation-prolongation-letter-demande-api-ref-etranger = Numéro étranger : { $numero_etranger }
anef-attestation-prolongation-letter-demande-api-ref-demande = Demande de renouvellement n° { $numero_demande }, déposée le { $date_depot }
anef-attestation-prolongation-letter-demande-api-salutation =
    { $paris ->
        [true] Monsieur le Préfet de police,
       *[other] Madame la Préfète, Monsieur le Préfet,
    }
anef-attestation-prolongation-letter-demande-api-p-saisine =
    { $civilite ->
        [madame] Je soussignée, { $prenoms } { $nom }, née
        [monsieur] Je soussigné, { $prenoms } { $nom }, né
       *[other] Je, { $prenoms } { $nom }, né(e)
    } le { $date_naissance }, de nationalité { $nationalite }, demeurant { $adresse }, ai obtenu un titre de séjour ({ $titre }) dont la validité prend fin le { $date_expiration }. J'en ai demandé le renouvellement le { $date_depot }, en temps utile, avant l'expiration de ce titre, comme l'établit l'attestation de dépôt jointe. Toutes les pièces qui m'ont été demandées ont été fournies, et aucune décision expresse ne m'a été notifiée à ce jour.
anef-attestation-prolongation-letter-demande-api-p-sans-api = Pourtant, aucune attestation de prolongation de l'instruction n'a été mise à ma disposition.
anef-attestation-prolongation-letter-demande-api-p-api-expiree = Une attestation de prolongation de l'instruction m'a été délivrée, dont je joins la copie. Elle était valable jusqu'au { $date_fin_api } et n'a pas été renouvelée depuis.
anef-attestation-prolongation-letter-demande-api-p-api-valide = L'attestation de prolongation de l'instruction qui m'a été délivrée, dont je joins la copie, est valable jusqu'au { $date_fin_api }, et son renouvellement ne m'a pas encore été proposé.
anef-attestation-prolongation-letter-demande-api-p-droit = Or, en application de l'article R431-15-1 du code de l'entrée et du séjour des étrangers et du droit d'asile, lorsqu'une demande de renouvellement complète, présentée dans les délais, est encore en cours d'instruction à la date d'expiration du titre, le préfet est tenu de mettre à la disposition du demandeur une attestation de prolongation de l'instruction, valable trois mois au plus, qui est renouvelée tant qu'il n'a pas été statué sur la demande. Accompagnée du titre expiré, cette attestation permet de justifier de la régularité du séjour.
anef-attestation-prolongation-letter-demande-api-p-pertes = Faute de ce document, je ne peux plus justifier de la régularité de mon séjour et je subis déjà les conséquences suivantes : { $pertes }. J'en joins les justificatifs.
anef-attestation-prolongation-letter-demande-api-p-demande =
    { $api ->
        [jamais] Je vous demande en conséquence de mettre à ma disposition, sans délai, une attestation de prolongation de l'instruction de ma demande de renouvellement.
       *[other] Je vous demande en conséquence de renouveler, sans délai, mon attestation de prolongation de l'instruction, et de la maintenir jusqu'à ce qu'il soit statué sur ma demande de renouvellement.
    }
anef-attestation-prolongation-letter-demande-api-p-refere = À défaut, je me réserve la possibilité de demander au juge des référés du tribunal administratif d'ordonner cette mesure, sur le fondement de l'article L521-3 du code de justice administrative.
anef-attestation-prolongation-letter-demande-api-p-pieces =
    { $enclosures ->
        [0] {""}
        [one] Vous trouverez ci-joint la pièce listée ci-dessous.
       *[other] Vous trouverez ci-joint les { $enclosures } pièces listées ci-dessous.
    }
anef-attestation-prolongation-letter-demande-api-closing =
    { $paris ->
        [true] Je vous prie d'agréer, Monsieur le Préfet de police, l'expression de ma haute considération.
       *[other] Je vous prie d'agréer, Madame la Préfète, Monsieur le Préfet, l'expression de ma haute considération.
    }
