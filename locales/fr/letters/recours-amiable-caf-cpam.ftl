# Lettre de la démarche « recours amiable CAF / CPAM ». Rédigée en français :
# elle part à la commission de recours amiable. Faits : legal-reference.md
# §2.A (et §6 pour l'API).

recours-amiable-caf-cpam-letter-sender =
    { $prenoms } { $nom }
    { $adresse }
recours-amiable-caf-cpam-letter-signature = { $prenoms } { $nom }

recours-amiable-caf-cpam-enclosure-decision_contestee = Copie de la décision contestée
recours-amiable-caf-cpam-enclosure-titre_api = Copie de l'attestation de prolongation de l'instruction (ou de décision favorable) et du titre de séjour expiré
recours-amiable-caf-cpam-enclosure-justificatifs = Justificatifs à l'appui de ma réclamation
recours-amiable-caf-cpam-enclosure-courriers = Copie des courriers échangés avec la caisse

recours-amiable-caf-cpam-letter-reclamation-cra-recipient =
    Commission de recours amiable
    { $organisme ->
        [cpam] Caisse primaire d'assurance maladie
       *[other] Caisse d'allocations familiales
    }
    { $departement }
    { $adresse_cra }
recours-amiable-caf-cpam-letter-reclamation-cra-subject = Réclamation devant la commission de recours amiable
recours-amiable-caf-cpam-letter-reclamation-cra-ref-numero =
    { $organisme ->
        [cpam] Numéro de sécurité sociale
       *[other] Numéro d'allocataire
    } : { $numero }
recours-amiable-caf-cpam-letter-reclamation-cra-ref-decision = Décision du { $date_notification } – prestation : { $prestation }
recours-amiable-caf-cpam-letter-reclamation-cra-salutation = Madame la Présidente, Monsieur le Président,
recours-amiable-caf-cpam-letter-reclamation-cra-p-saisine =
    { $civilite ->
        [madame] Je soussignée, { $prenoms } { $nom }, demeurant
        [monsieur] Je soussigné, { $prenoms } { $nom }, demeurant
       *[other] Je, { $prenoms } { $nom }, demeurant
    } { $adresse }, saisis la commission de recours amiable d'une réclamation contre la décision du { $date_notification } prise par { $organisme ->
        [cpam] la caisse primaire d'assurance maladie
       *[other] la caisse d'allocations familiales
    }, en application des articles L142-4 et R142-1 du code de la sécurité sociale.
recours-amiable-caf-cpam-letter-reclamation-cra-p-objet =
    { $objet ->
        [refus] Cette décision refuse de m'accorder la prestation suivante : { $prestation }.
        [suspension] Cette décision suspend le versement de la prestation suivante : { $prestation }.
        [indu] Cette décision me réclame le remboursement de sommes versées au titre de la prestation suivante : { $prestation }.
        [api-adf] Cette décision (prestation concernée : { $prestation }) n'a pas admis l'attestation que je produisais pour justifier de la régularité de mon séjour.
       *[other] Cette décision concerne la prestation suivante : { $prestation }.
    }
recours-amiable-caf-cpam-letter-reclamation-cra-p-api = Or l'attestation de prolongation de l'instruction délivrée par le préfet, accompagnée du document de séjour expiré, permet de justifier de la régularité du séjour pendant la durée qu'elle précise (article R431-15-1 du code de l'entrée et du séjour des étrangers et du droit d'asile).
recours-amiable-caf-cpam-letter-reclamation-cra-p-motifs = Je conteste cette décision pour les raisons suivantes : { $motif_contestation }
recours-amiable-caf-cpam-letter-reclamation-cra-p-demande =
    { $objet ->
        [suspension] Je vous demande en conséquence d'annuler cette décision, de rétablir le versement de cette prestation à compter de la date de sa suspension et de me verser les sommes dues depuis cette date.
        [api-adf] Je vous demande en conséquence d'annuler cette décision, de rétablir mes droits à cette prestation à compter de la date à laquelle ils ont été interrompus ou refusés, et de me verser les sommes dues depuis cette date.
        [refus] Je vous demande en conséquence d'annuler cette décision et de m'accorder cette prestation à compter de la date de ma demande.
        [indu] Je vous demande en conséquence d'annuler cette décision et de renoncer à la récupération des sommes réclamées.
       *[other] Je vous demande en conséquence de réexaminer ma situation et d'annuler cette décision.
    }
recours-amiable-caf-cpam-letter-reclamation-cra-p-pieces =
    { $enclosures ->
        [0] {""}
        [one] Vous trouverez ci-joint la pièce listée ci-dessous.
       *[other] Vous trouverez ci-joint les { $enclosures } pièces listées ci-dessous.
    }
recours-amiable-caf-cpam-letter-reclamation-cra-closing = Je vous prie d'agréer, Madame la Présidente, Monsieur le Président, l'expression de mes salutations distinguées.

## Recours administratif préalable au directeur de la CAF : aide au logement
## (APL, ALF, ALS ; article L825-1 du CCH, cité sans être cité mot à mot)

recours-amiable-caf-cpam-letter-recours-logement-recipient =
    Madame ou Monsieur le Directeur
    Caisse d'allocations familiales – { $departement }
    Recours administratif préalable – aide au logement
    { $adresse_cra }
recours-amiable-caf-cpam-letter-recours-logement-subject = Recours administratif préalable contre une décision relative à mon aide personnelle au logement
recours-amiable-caf-cpam-letter-recours-logement-ref-numero = Numéro d'allocataire : { $numero }
recours-amiable-caf-cpam-letter-recours-logement-ref-decision = Décision du { $date_notification } – prestation : { $prestation }
recours-amiable-caf-cpam-letter-recours-logement-salutation = Madame la Directrice, Monsieur le Directeur,
recours-amiable-caf-cpam-letter-recours-logement-p-saisine =
    { $civilite ->
        [madame] Je soussignée, { $prenoms } { $nom }, demeurant
        [monsieur] Je soussigné, { $prenoms } { $nom }, demeurant
       *[other] Je, { $prenoms } { $nom }, demeurant
    } { $adresse }, forme un recours administratif préalable contre la décision du { $date_notification } de la caisse d'allocations familiales relative à mon aide personnelle au logement, en application de l'article L825-1 du code de la construction et de l'habitation. Je vous remercie de le soumettre, le cas échéant, à l'avis de la commission de recours amiable.
recours-amiable-caf-cpam-letter-recours-logement-p-objet =
    { $objet ->
        [refus] Cette décision refuse de m'accorder la prestation suivante : { $prestation }.
        [suspension] Cette décision suspend le versement de la prestation suivante : { $prestation }.
        [indu] Cette décision me réclame le remboursement de sommes versées au titre de la prestation suivante : { $prestation }.
        [api-adf] Cette décision (prestation concernée : { $prestation }) n'a pas admis l'attestation que je produisais pour justifier de la régularité de mon séjour.
       *[other] Cette décision concerne la prestation suivante : { $prestation }.
    }
recours-amiable-caf-cpam-letter-recours-logement-p-api = Or l'attestation de prolongation de l'instruction délivrée par le préfet, accompagnée du document de séjour expiré, permet de justifier de la régularité du séjour pendant la durée qu'elle précise (article R431-15-1 du code de l'entrée et du séjour des étrangers et du droit d'asile).
recours-amiable-caf-cpam-letter-recours-logement-p-motifs = Je conteste cette décision pour les raisons suivantes : { $motif_contestation }
recours-amiable-caf-cpam-letter-recours-logement-p-demande =
    { $objet ->
        [suspension] Je vous demande en conséquence d'annuler cette décision, de rétablir le versement de mon aide au logement à compter de la date de sa suspension et de me verser les sommes dues depuis cette date.
        [api-adf] Je vous demande en conséquence d'annuler cette décision, de rétablir mes droits à l'aide au logement à compter de la date à laquelle ils ont été interrompus ou refusés, et de me verser les sommes dues depuis cette date.
        [refus] Je vous demande en conséquence d'annuler cette décision et de m'accorder l'aide au logement à compter de la date de ma demande.
        [indu] Je vous demande en conséquence d'annuler cette décision et de renoncer à la récupération des sommes réclamées.
       *[other] Je vous demande en conséquence de réexaminer ma situation et d'annuler cette décision.
    }
recours-amiable-caf-cpam-letter-recours-logement-p-pieces =
    { $enclosures ->
        [0] {""}
        [one] Vous trouverez ci-joint la pièce listée ci-dessous.
       *[other] Vous trouverez ci-joint les { $enclosures } pièces listées ci-dessous.
    }
recours-amiable-caf-cpam-letter-recours-logement-closing = Je vous prie d'agréer, Madame la Directrice, Monsieur le Directeur, l'expression de mes salutations distinguées.
