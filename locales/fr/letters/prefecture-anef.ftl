# Lettre de la démarche « préfecture / ANEF : demande bloquée ». Rédigée en
# français : elle part au préfet. Faits : legal-reference.md §7 (numéro de
# la décision du Conseil d'État corrigé : n° 452798).

prefecture-anef-letter-sender =
    { $prenoms } { $nom }
    { $adresse }
prefecture-anef-letter-signature = { $prenoms } { $nom }

prefecture-anef-enclosure-releve_tentatives = Relevé daté et chronologique de mes tentatives
prefecture-anef-enclosure-captures = Captures d'écran datées des messages du téléservice
prefecture-anef-enclosure-echanges_ccc = Échanges avec le centre de contact citoyens ou le point d'accueil numérique
prefecture-anef-enclosure-identite = Copie de mon passeport ou de ma pièce d'identité
prefecture-anef-enclosure-titre_actuel = Copie de mon titre de séjour actuel
prefecture-anef-enclosure-dossier = Pièces de ma demande de titre de séjour

prefecture-anef-letter-demande-substitution-recipient =
    { $paris ->
        [true] Monsieur le Préfet de police
       *[other] Madame la Préfète, Monsieur le Préfet
    }
    { $paris ->
        [true] Préfecture de police
       *[other] Préfecture – { $departement }
    }
    { $adresse_prefecture }
prefecture-anef-letter-demande-substitution-subject =
    { $rendez_vous_hors_anef ->
        [true] Demande de rendez-vous pour déposer une demande de titre de séjour
       *[other] Demande d'accès à la solution de substitution au téléservice (article R431-2 du CESEDA)
    }
prefecture-anef-letter-demande-substitution-ref-etranger = Numéro étranger : { $numero_etranger }
prefecture-anef-letter-demande-substitution-ref-titre =
    { $demarche ->
        [renouvellement] Renouvellement : { $titre }
       *[other] Première demande : { $titre }
    }
prefecture-anef-letter-demande-substitution-salutation =
    { $paris ->
        [true] Monsieur le Préfet de police,
       *[other] Madame la Préfète, Monsieur le Préfet,
    }
prefecture-anef-letter-demande-substitution-p-saisine =
    { $civilite ->
        [madame] Je soussignée, { $prenoms } { $nom }, née
        [monsieur] Je soussigné, { $prenoms } { $nom }, né
       *[other] Je, { $prenoms } { $nom }, né(e)
    } le { $date_naissance }, de nationalité { $nationalite }, demeurant { $adresse }, dois { $demarche ->
        [renouvellement] demander le renouvellement de mon titre de séjour ({ $titre }), qui expire le { $date_expiration }.
       *[other] déposer une première demande de titre de séjour ({ $titre }).
    }
prefecture-anef-letter-demande-substitution-p-blocage =
    { $blocage ->
        [rendez-vous] Depuis le { $date_premiere_tentative }, je ne parviens pas à obtenir de rendez-vous :
       *[other] Depuis le { $date_premiere_tentative }, je ne parviens pas à déposer ma demande par le téléservice de l'administration numérique des étrangers en France (ANEF) :
    } { $description_blocage }. Mes tentatives, faites à des dates et des heures différentes, sont décrites dans le relevé joint, avec les captures d'écran correspondantes.
prefecture-anef-letter-demande-substitution-p-ccc = Le { $date_ccc }, j'ai fait appel au centre de contact citoyens de l'Agence nationale des titres sécurisés, sans que cela me permette de déposer ma demande.
prefecture-anef-letter-demande-substitution-p-ccc-reference = Le { $date_ccc }, j'ai fait appel au centre de contact citoyens de l'Agence nationale des titres sécurisés, qui a enregistré ma demande sous la référence { $reference_ccc }, sans que cela me permette de déposer ma demande.
prefecture-anef-letter-demande-substitution-p-point-accueil = Je me suis également adressé{ $civilite ->
        [madame] e
        [monsieur] {""}
       *[other] (e)
    } au point d'accueil numérique de la préfecture le { $date_point_accueil }, sans davantage de résultat.
prefecture-anef-letter-demande-substitution-p-aide = Je suis accompagné{ $civilite ->
        [madame] e
        [monsieur] {""}
       *[other] (e)
    } dans cette démarche par { $aide_par }.
prefecture-anef-letter-demande-substitution-p-droit = L'article R431-2 du code de l'entrée et du séjour des étrangers et du droit d'asile, dans sa rédaction issue du décret n° 2023-191 du 22 mars 2023, prévoit une solution de substitution, prenant la forme d'un accueil physique permettant l'enregistrement de la demande, pour l'étranger qui a accompli les diligences qui lui incombent, notamment en faisant appel au dispositif d'accueil et d'accompagnement, et se trouve dans l'impossibilité d'utiliser le téléservice pour des raisons tenant à sa conception ou à son fonctionnement ; tel est mon cas. L'arrêté du 1er août 2023 en fixe les modalités. Le Conseil d'État avait annulé le décret du 24 mars 2021 en tant qu'il ne prévoyait pas une telle solution (CE, Section, 3 juin 2022, n° 452798).
prefecture-anef-letter-demande-substitution-p-rendez-vous = Le titre que je demande ne relève pas de l'obligation de dépôt en ligne prévue à l'article R431-2 du code de l'entrée et du séjour des étrangers et du droit d'asile. Or le préfet ne peut rendre obligatoire, pour un tel titre, le recours à un service de prise de rendez-vous en ligne (CE, avis, 3 juin 2022, n° 461694) : la demande est présentée { $paris ->
        [true] à la préfecture de police
       *[other] à la préfecture ou à la sous-préfecture
    } (article R431-3 du même code).
prefecture-anef-letter-demande-substitution-p-urgence = Mon titre de séjour expire le { $date_expiration }. Sans enregistrement de ma demande, je risque de perdre le droit de séjourner et de travailler régulièrement en France, ainsi que les droits qui en dépendent.
prefecture-anef-letter-demande-substitution-p-urgence-premiere = Ma situation présente une urgence particulière : { $circonstances_urgence }
prefecture-anef-letter-demande-substitution-p-demande =
    { $rendez_vous_hors_anef ->
        [true] Je vous demande en conséquence de me fixer, dans les meilleurs délais, un rendez-vous permettant l'enregistrement de ma demande.
       *[other] Je vous demande en conséquence de constater cette impossibilité et de me convoquer, dans les meilleurs délais, afin d'enregistrer ma demande selon la solution de substitution.
    }
prefecture-anef-letter-demande-substitution-p-refere = À défaut, je me réserve la possibilité de demander au juge des référés du tribunal administratif d'ordonner cette mesure, sur le fondement de l'article L521-3 du code de justice administrative.
prefecture-anef-letter-demande-substitution-p-pieces =
    { $enclosures ->
        [0] {""}
        [one] Vous trouverez ci-joint la pièce listée ci-dessous.
       *[other] Vous trouverez ci-joint les { $enclosures } pièces listées ci-dessous.
    }
prefecture-anef-letter-demande-substitution-closing =
    { $paris ->
        [true] Je vous prie d'agréer, Monsieur le Préfet de police, l'expression de ma haute considération.
       *[other] Je vous prie d'agréer, Madame la Préfète, Monsieur le Préfet, l'expression de ma haute considération.
    }
