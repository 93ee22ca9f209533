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
    Madame la Préfète, Monsieur le Préfet
    Préfecture – { $departement }
    Service des étrangers
    { $adresse_prefecture }
prefecture-anef-letter-demande-substitution-subject = Demande d'accès à la solution de substitution au téléservice (article R431-2 du CESEDA)
prefecture-anef-letter-demande-substitution-ref-etranger = Numéro étranger : { $numero_etranger }
prefecture-anef-letter-demande-substitution-ref-titre =
    { $demarche ->
        [renouvellement] Renouvellement : { $titre }
       *[other] Première demande : { $titre }
    }
prefecture-anef-letter-demande-substitution-salutation = Madame la Préfète, Monsieur le Préfet,
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
prefecture-anef-letter-demande-substitution-p-diligences =
    { $accompagnement ->
        [true] J'ai sollicité le dispositif d'accueil et d'accompagnement prévu pour les personnes qui ne peuvent pas effectuer seules cette démarche en ligne, sans que cela me permette d'aboutir.
       *[other] Je ne suis pas en mesure d'effectuer seul{ $civilite ->
            [madame] e
            [monsieur] {""}
           *[other] (e)
        } cette démarche en ligne et je sollicite, si nécessaire, le dispositif d'accueil et d'accompagnement prévu à cet effet.
    }
prefecture-anef-letter-demande-substitution-p-ccc = Le centre de contact citoyens a enregistré ma demande sous la référence { $reference_ccc }.
prefecture-anef-letter-demande-substitution-p-droit = L'article R431-2 du code de l'entrée et du séjour des étrangers et du droit d'asile, dans sa rédaction issue du décret n° 2023-191 du 22 mars 2023, prévoit une solution de substitution, prenant la forme d'un accueil physique permettant l'enregistrement de la demande, pour l'étranger qui a accompli les diligences qui lui incombent et se trouve dans l'impossibilité d'utiliser le téléservice pour des raisons tenant à sa conception ou à son fonctionnement ; l'arrêté du 1er août 2023 en fixe les modalités. Le Conseil d'État avait annulé le décret du 24 mars 2021 en tant qu'il ne prévoyait pas une telle solution (CE, Section, 3 juin 2022, n° 452798).
prefecture-anef-letter-demande-substitution-p-rendez-vous = Le service de prise de rendez-vous en ligne de la préfecture est lui-même un téléservice (CE, avis, 3 juin 2022, n° 461694).
prefecture-anef-letter-demande-substitution-p-urgence = Mon titre de séjour expire le { $date_expiration }. Sans enregistrement de ma demande, je risque de perdre le droit de séjourner et de travailler régulièrement en France, ainsi que les droits qui en dépendent.
prefecture-anef-letter-demande-substitution-p-demande = Je vous demande en conséquence de constater cette impossibilité et de me convoquer, dans les meilleurs délais, afin d'enregistrer ma demande selon la solution de substitution.
prefecture-anef-letter-demande-substitution-p-refere = À défaut, je me réserve la possibilité de demander au juge des référés du tribunal administratif d'ordonner cette mesure, sur le fondement de l'article L521-3 du code de justice administrative.
prefecture-anef-letter-demande-substitution-p-pieces =
    { $enclosures ->
        [0] {""}
        [one] Vous trouverez ci-joint la pièce listée ci-dessous.
       *[other] Vous trouverez ci-joint les { $enclosures } pièces listées ci-dessous.
    }
prefecture-anef-letter-demande-substitution-closing = Je vous prie d'agréer, Madame la Préfète, Monsieur le Préfet, l'expression de ma haute considération.
