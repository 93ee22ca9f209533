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

## Requête au pôle social du tribunal judiciaire, après la commission de
## recours amiable (article R142-10-1 du code de la sécurité sociale),
## déposée par la personne elle-même (article L142-9 : sans avocat).
recours-amiable-caf-cpam-enclosure-reclamation_envoyee = Copie de ma réclamation à la commission de recours amiable et de la preuve de sa réception
recours-amiable-caf-cpam-enclosure-decision_cra = Copie de la décision du { $date_rejet_cra } rejetant ma réclamation

recours-amiable-caf-cpam-letter-requete-pole-social-recipient =
    Pôle social – greffe
    { $tribunal_judiciaire }
    { $adresse_pole_social }
recours-amiable-caf-cpam-letter-requete-pole-social-subject = Requête devant le pôle social du tribunal judiciaire (article R142-10-1 du code de la sécurité sociale)
recours-amiable-caf-cpam-letter-requete-pole-social-ref-requerant = Requérant{ $civilite ->
        [madame] e
       *[other] {""}
    } : { $prenoms } { $nom }, { $adresse }
recours-amiable-caf-cpam-letter-requete-pole-social-ref-defendeur = Défendeur : { $organisme ->
        [cpam] la caisse primaire d'assurance maladie
       *[other] la caisse d'allocations familiales
    } – { $departement }
recours-amiable-caf-cpam-letter-requete-pole-social-ref-numero =
    { $organisme ->
        [cpam] Numéro de sécurité sociale
       *[other] Numéro d'allocataire
    } : { $numero }
recours-amiable-caf-cpam-letter-requete-pole-social-salutation = Madame, Monsieur le Président,
recours-amiable-caf-cpam-letter-requete-pole-social-p-saisine =
    { $civilite ->
        [madame] Je soussignée, { $prenoms } { $nom }, née
        [monsieur] Je soussigné, { $prenoms } { $nom }, né
       *[other] Je, { $prenoms } { $nom }, né(e)
    } le { $date_naissance } à { $lieu_naissance }, de nationalité { $nationalite }, { $profession }, demeurant { $adresse }, saisis le tribunal d'une contestation de la décision du { $date_notification } prise par { $organisme ->
        [cpam] la caisse primaire d'assurance maladie
       *[other] la caisse d'allocations familiales
    } ({ $prestation }), ainsi que { $reponse_cra ->
        [rejet-ecrit] de la décision du { $date_rejet_cra } par laquelle la commission de recours amiable a rejeté ma réclamation
       *[other] de la décision implicite par laquelle la commission de recours amiable a rejeté ma réclamation
    }.
recours-amiable-caf-cpam-letter-requete-pole-social-p-objet =
    { $objet ->
        [refus] La décision du { $date_notification } refuse de m'accorder la prestation suivante : { $prestation }.
        [suspension] La décision du { $date_notification } suspend le versement de la prestation suivante : { $prestation }.
        [indu] La décision du { $date_notification } me réclame le remboursement de sommes versées au titre de la prestation suivante : { $prestation }.
        [api-adf] La décision du { $date_notification } (prestation concernée : { $prestation }) n'a pas admis l'attestation que je produisais pour justifier de la régularité de mon séjour.
       *[other] La décision du { $date_notification } concerne la prestation suivante : { $prestation }.
    }
recours-amiable-caf-cpam-letter-requete-pole-social-p-cra-rejet = J'ai saisi la commission de recours amiable d'une réclamation contre cette décision, comme l'exige l'article L142-4 du code de la sécurité sociale. La commission l'a rejetée par une décision du { $date_rejet_cra }. Je joins cette décision et ma réclamation.
recours-amiable-caf-cpam-letter-requete-pole-social-p-cra-silence = J'ai saisi la commission de recours amiable d'une réclamation contre cette décision, comme l'exige l'article L142-4 du code de la sécurité sociale. Elle n'y a pas répondu dans les deux mois qui ont suivi sa réception, ce qui vaut décision implicite de rejet à compter du { $deadline-rejet-implicite-cra } (article L411-7 du code des relations entre le public et l'administration). Je joins ma réclamation et la preuve de sa réception.
recours-amiable-caf-cpam-letter-requete-pole-social-p-api = L'attestation de prolongation de l'instruction délivrée par le préfet, accompagnée du document de séjour expiré, permet de justifier de la régularité du séjour pendant la durée qu'elle précise (article R431-15-1 du code de l'entrée et du séjour des étrangers et du droit d'asile). Je joins ces documents.
recours-amiable-caf-cpam-letter-requete-pole-social-p-motifs = Exposé des motifs : { $motif_contestation }
recours-amiable-caf-cpam-letter-requete-pole-social-p-demande =
    { $objet ->
        [suspension] Je demande en conséquence au tribunal d'annuler ces décisions, de dire que le versement de cette prestation doit être rétabli à compter de la date de sa suspension, et que les sommes dues depuis cette date doivent m'être versées.
        [api-adf] Je demande en conséquence au tribunal d'annuler ces décisions, de dire que mes droits à cette prestation doivent être rétablis à compter de la date à laquelle ils ont été interrompus ou refusés, et que les sommes dues depuis cette date doivent m'être versées.
        [refus] Je demande en conséquence au tribunal d'annuler ces décisions et de dire que cette prestation doit m'être accordée à compter de la date de ma demande.
        [indu] Je demande en conséquence au tribunal d'annuler ces décisions et de dire que je ne dois pas les sommes réclamées.
       *[other] Je demande en conséquence au tribunal d'annuler ces décisions et de rétablir mes droits.
    }
recours-amiable-caf-cpam-letter-requete-pole-social-p-pieces =
    { $enclosures ->
        [one] La pièce listée ci-dessous, la décision contestée, est jointe à la présente requête.
       *[other] Les { $enclosures } pièces listées ci-dessous, dont la décision contestée, sont jointes à la présente requête.
    }
recours-amiable-caf-cpam-letter-requete-pole-social-closing = Je vous prie d'agréer, Madame, Monsieur le Président, l'expression de ma haute considération.
