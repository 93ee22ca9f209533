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

## Requête en référé « mesures utiles » (article L521-3 du code de justice
## administrative), déposée par la personne elle-même au greffe du tribunal
## administratif du département de la préfecture.
prefecture-anef-enclosure-demande_envoyee = Copie de ma demande au préfet du { $date_envoi_substitution } et preuve de son envoi

prefecture-anef-letter-refere-mesures-utiles-recipient =
    Madame, Monsieur le juge des référés
    { $court-ta }
    { $court-ta-address }
prefecture-anef-letter-refere-mesures-utiles-subject = Requête en référé « mesures utiles » (article L521-3 du code de justice administrative)
prefecture-anef-letter-refere-mesures-utiles-ref-requerant = Requérant{ $civilite ->
        [madame] e
       *[other] {""}
    } : { $prenoms } { $nom }, { $adresse }
prefecture-anef-letter-refere-mesures-utiles-ref-defendeur =
    { $paris ->
        [true] Défendeur : le préfet de police
       *[other] Défendeur : le préfet – { $departement }
    }
prefecture-anef-letter-refere-mesures-utiles-salutation = Madame, Monsieur le juge des référés,
prefecture-anef-letter-refere-mesures-utiles-p-saisine =
    { $civilite ->
        [madame] Je soussignée, { $prenoms } { $nom }, née
        [monsieur] Je soussigné, { $prenoms } { $nom }, né
       *[other] Je, { $prenoms } { $nom }, né(e)
    } le { $date_naissance }, de nationalité { $nationalite }, demeurant { $adresse }, vous demande, sur le fondement de l'article L521-3 du code de justice administrative, d'ordonner { $paris ->
        [true] au préfet de police
       *[other] au préfet
    } { $rendez_vous_hors_anef ->
        [true] de me donner un rendez-vous permettant l'enregistrement de ma demande de titre de séjour ({ $titre }).
       *[other] d'enregistrer ma demande de titre de séjour ({ $titre }) selon la solution de substitution au téléservice.
    }
prefecture-anef-letter-refere-mesures-utiles-p-faits =
    { $demarche ->
        [renouvellement] Je dois demander le renouvellement de mon titre de séjour, valable jusqu'au { $date_expiration }.
       *[other] Je dois déposer une première demande de titre de séjour.
    } { $blocage ->
        [rendez-vous] Depuis le { $date_premiere_tentative }, je ne parviens pas à obtenir de rendez-vous :
       *[other] Depuis le { $date_premiere_tentative }, je ne parviens pas à déposer ma demande par le téléservice de l'administration numérique des étrangers en France (ANEF) :
    } { $description_blocage }. Mes tentatives, faites à des dates et à des heures différentes, figurent dans le relevé daté joint en annexe, avec les captures d'écran correspondantes.
prefecture-anef-letter-refere-mesures-utiles-p-diligences =
    { $accompagnement ->
        [true] J'ai fait appel au centre de contact citoyens de l'Agence nationale des titres sécurisés le { $date_ccc }{ $point_accueil ->
            [true] , puis au point d'accueil numérique de la préfecture le { $date_point_accueil }
           *[other] {""}
        }, sans pouvoir déposer ma demande.
       *[other] Je me suis adressé{ $civilite ->
            [madame] e
            [monsieur] {""}
           *[other] (e)
        } au point d'accueil numérique de la préfecture le { $date_point_accueil }, sans pouvoir déposer ma demande.
    }
prefecture-anef-letter-refere-mesures-utiles-p-demande-prefet = Par lettre du { $date_envoi_substitution }, dont je joins la copie et la preuve d'envoi, j'ai demandé { $paris ->
        [true] au préfet de police
       *[other] au préfet
    } { $rendez_vous_hors_anef ->
        [true] de me fixer un rendez-vous permettant l'enregistrement de ma demande.
       *[other] d'enregistrer ma demande selon la solution de substitution.
    } { $reponse_prefet ->
        [renvoi-teleservice] La préfecture ne m'a répondu qu'en me renvoyant vers le téléservice ou le centre de contact citoyens, sans me permettre de déposer ma demande.
       *[other] Cette demande est restée sans réponse à ce jour.
    }
prefecture-anef-letter-refere-mesures-utiles-p-urgence = Mon titre de séjour est valable jusqu'au { $date_expiration }. Faute d'enregistrement de ma demande de renouvellement, je ne peux obtenir le document qui atteste de la régularité de mon séjour pendant son instruction, et je risque de perdre le droit de séjourner et de travailler en France ainsi que les droits qui en dépendent. S'agissant d'un renouvellement, la condition d'urgence est en principe regardée comme remplie (CE, 9 juin 2022, n° 453391).
prefecture-anef-letter-refere-mesures-utiles-p-urgence-premiere = Ma situation présente une urgence particulière : { $circonstances_urgence }
prefecture-anef-letter-refere-mesures-utiles-p-utilite = La mesure demandée est utile : sans { $rendez_vous_hors_anef ->
        [true] rendez-vous
       *[other] enregistrement
    }, ma demande ne peut pas être instruite, et je n'ai aucun autre moyen de la déposer.
prefecture-anef-letter-refere-mesures-utiles-p-droit = L'article R431-2 du code de l'entrée et du séjour des étrangers et du droit d'asile prévoit une solution de substitution, sous la forme d'un accueil physique permettant l'enregistrement de la demande, pour l'étranger qui se trouve dans l'impossibilité d'utiliser le téléservice pour des raisons tenant à sa conception ou à son fonctionnement (voir CE, Section, 3 juin 2022, n° 452798). Lorsque le rendez-vous ne peut être obtenu qu'en ligne, le juge des référés peut ordonner au préfet de le fixer à l'étranger qui justifie de plusieurs tentatives infructueuses, faites à des dates différentes (CE, 10 juin 2020, n° 435594) ; il en va de même lorsque les formalités en ligne sont bloquées par un dysfonctionnement technique (CE, 9 juin 2022, n° 453391).
prefecture-anef-letter-refere-mesures-utiles-p-rendez-vous = Le titre que je demande ne relève pas de l'obligation de dépôt en ligne prévue à l'article R431-2 du code de l'entrée et du séjour des étrangers et du droit d'asile, et le préfet ne peut rendre obligatoire, pour un tel titre, la prise de rendez-vous en ligne (CE, avis, 3 juin 2022, n° 461694). Lorsque le rendez-vous ne peut être obtenu qu'en ligne, le juge des référés peut ordonner au préfet de le fixer à l'étranger qui justifie de plusieurs tentatives infructueuses, faites à des dates différentes (CE, 10 juin 2020, n° 435594).
prefecture-anef-letter-refere-mesures-utiles-p-obstacle = La mesure demandée ne fait obstacle à l'exécution d'aucune décision administrative : aucune décision n'a été prise sur ma demande, que je n'ai pas pu déposer. L'article L521-3 du code de justice administrative permet au juge des référés, en cas d'urgence, d'ordonner toutes mesures utiles même en l'absence de décision administrative préalable.
prefecture-anef-letter-refere-mesures-utiles-p-aide-juridictionnelle = Mes ressources ne me permettent pas de supporter les frais d'une procédure : je vous demande de m'admettre provisoirement au bénéfice de l'aide juridictionnelle (article 20 de la loi n° 91-647 du 10 juillet 1991).
prefecture-anef-letter-refere-mesures-utiles-p-conclusions = Par ces motifs, je vous demande d'enjoindre { $paris ->
        [true] au préfet de police
       *[other] au préfet
    } { $rendez_vous_hors_anef ->
        [true] de me fixer un rendez-vous permettant l'enregistrement de ma demande de titre de séjour
       *[other] de me convoquer afin d'enregistrer ma demande de titre de séjour selon la solution de substitution
    }, dans le délai le plus bref que vous fixerez à compter de la notification de votre ordonnance.
prefecture-anef-letter-refere-mesures-utiles-p-pieces =
    { $enclosures ->
        [one] La pièce listée ci-dessous est jointe à la présente requête.
       *[other] Les { $enclosures } pièces listées ci-dessous sont jointes à la présente requête, dont le relevé daté de mes tentatives en annexe.
    }
prefecture-anef-letter-refere-mesures-utiles-closing = Je vous prie d'agréer, Madame, Monsieur le juge des référés, l'expression de ma haute considération.

## Requête au tribunal administratif contre le refus implicite d'une demande
## de titre de séjour déposée (articles R432-1 et R432-2 du CESEDA, R421-2
## du code de justice administrative), déposée par la personne elle-même
## (sans avocat : article R431-2 du code de justice administrative).
prefecture-anef-enclosure-preuve_depot = Preuve du dépôt de ma demande de titre de séjour le { $date_depot }
prefecture-anef-enclosure-api_recues = Attestations de prolongation de l'instruction ou récépissés reçus depuis le dépôt

prefecture-anef-letter-requete-refus-implicite-recipient =
    Madame, Monsieur le Président
    { $court-ta }
    { $court-ta-address }
prefecture-anef-letter-requete-refus-implicite-subject = Requête contre le refus implicite d'une demande de titre de séjour
prefecture-anef-letter-requete-refus-implicite-ref-requerant = Requérant{ $civilite ->
        [madame] e
       *[other] {""}
    } : { $prenoms } { $nom }, { $adresse }
prefecture-anef-letter-requete-refus-implicite-ref-defendeur =
    { $paris ->
        [true] Défendeur : le préfet de police
       *[other] Défendeur : le préfet – { $departement }
    }
prefecture-anef-letter-requete-refus-implicite-ref-numero = Numéro étranger : { $numero_etranger }
prefecture-anef-letter-requete-refus-implicite-salutation = Madame, Monsieur le Président,
prefecture-anef-letter-requete-refus-implicite-p-saisine =
    { $civilite ->
        [madame] Je soussignée, { $prenoms } { $nom }, née
        [monsieur] Je soussigné, { $prenoms } { $nom }, né
       *[other] Je, { $prenoms } { $nom }, né(e)
    } le { $date_naissance }, de nationalité { $nationalite }, demeurant { $adresse }, demande au tribunal d'annuler la décision implicite par laquelle { $paris ->
        [true] le préfet de police
       *[other] le préfet
    } a rejeté ma demande de titre de séjour ({ $titre }), et d'ordonner la délivrance de ce titre.
prefecture-anef-letter-requete-refus-implicite-p-demande = J'ai déposé le { $date_depot } { $demarche ->
        [renouvellement] une demande de renouvellement de mon titre de séjour
       *[other] une demande de titre de séjour
    } ({ $titre }). Je joins la preuve de ce dépôt, qui établit la date de ma demande (article R421-2 du code de justice administrative).
prefecture-anef-letter-requete-refus-implicite-p-renouvellement = Je séjournais régulièrement en France sous couvert d'un titre de séjour valable jusqu'au { $date_expiration }, dont je joins la copie.
prefecture-anef-letter-requete-refus-implicite-p-silence = Aucune décision ne m'a été notifiée. Le silence gardé pendant quatre mois sur une demande de titre de séjour vaut décision implicite de rejet (articles R432-1 et R432-2 du code de l'entrée et du séjour des étrangers et du droit d'asile) : ma demande a ainsi été rejetée le { $deadline-rejet-implicite-titre }.
prefecture-anef-letter-requete-refus-implicite-p-motifs = Ce refus méconnaît mon droit au titre de séjour demandé, dont je remplis les conditions. { $motif_contestation }
prefecture-anef-letter-requete-refus-implicite-p-conclusions = Par ces motifs, je demande au tribunal d'annuler cette décision et d'enjoindre { $paris ->
        [true] au préfet de police
       *[other] au préfet
    } de me délivrer le titre de séjour demandé ou, à défaut, de réexaminer ma demande, et de me munir dans l'attente d'un document provisoire de séjour.
prefecture-anef-letter-requete-refus-implicite-p-pieces =
    { $enclosures ->
        [one] La pièce listée ci-dessous, la preuve du dépôt de ma demande, est jointe à la présente requête, avec sa copie.
       *[other] Les { $enclosures } pièces listées ci-dessous, dont la preuve du dépôt de ma demande, sont jointes à la présente requête, chacune avec sa copie.
    }
prefecture-anef-letter-requete-refus-implicite-closing = Je vous prie d'agréer, Madame, Monsieur le Président, l'expression de ma haute considération.
