# Lettre de la démarche « recours RSA ». Rédigée en français : elle part au
# président du conseil départemental. Faits : legal-reference.md §2.B.

recours-rsa-letter-sender =
    { $prenoms } { $nom }
    { $adresse }
recours-rsa-letter-signature = { $prenoms } { $nom }

recours-rsa-enclosure-decision_contestee = Copie de la décision contestée
recours-rsa-enclosure-attestation_sejour =
    { $preuve_sejour ->
        [adf] Copie de l'attestation de décision favorable délivrée par le préfet
       *[other] Copie de l'attestation de prolongation de l'instruction délivrée par le préfet
    }
recours-rsa-enclosure-titre_expire = Copie de mon titre de séjour expiré
recours-rsa-enclosure-justificatifs = Justificatifs à l'appui de mon recours
recours-rsa-enclosure-courriers = Copie des courriers échangés avec le département ou la caisse

recours-rsa-letter-recours-pcd-recipient =
    Madame ou Monsieur le Président
    du conseil départemental – { $departement }
    Recours administratif préalable – RSA
    { $adresse_departement }
recours-rsa-letter-recours-pcd-subject = Recours administratif préalable contre une décision relative au revenu de solidarité active
recours-rsa-letter-recours-pcd-ref-numero = Numéro d'allocataire : { $numero_allocataire }
recours-rsa-letter-recours-pcd-ref-decision = Décision du { $date_notification }
recours-rsa-letter-recours-pcd-salutation = Madame la Présidente, Monsieur le Président,
recours-rsa-letter-recours-pcd-p-saisine =
    { $civilite ->
        [madame] Je soussignée, { $prenoms } { $nom }, demeurant
        [monsieur] Je soussigné, { $prenoms } { $nom }, demeurant
       *[other] Je, { $prenoms } { $nom }, demeurant
    } { $adresse }, forme un recours administratif préalable contre la décision du { $date_notification } relative à mon revenu de solidarité active, en application des articles L262-47 et R262-88 du code de l'action sociale et des familles.
recours-rsa-letter-recours-pcd-p-objet =
    { $objet ->
        [refus] Cette décision me refuse le revenu de solidarité active.
        [suspension] Cette décision suspend le versement de mon revenu de solidarité active.
        [indu] Cette décision me réclame le remboursement de sommes versées au titre du revenu de solidarité active.
        [montant] Cette décision fixe le montant de mon revenu de solidarité active, que je conteste.
       *[other] Cette décision concerne mon revenu de solidarité active.
    }
recours-rsa-letter-recours-pcd-p-indu = Conformément à l'article L262-46 du même code, ce recours suspend la récupération des sommes réclamées.
recours-rsa-letter-recours-pcd-p-sejour-api = La régularité de mon séjour est établie par l'attestation de prolongation de l'instruction que le préfet m'a délivrée : ce document, accompagné de mon titre de séjour expiré, permet de justifier de la régularité du séjour pendant la durée qu'il précise (article R431-15-1 du code de l'entrée et du séjour des étrangers et du droit d'asile). Je joins ces deux documents.
recours-rsa-letter-recours-pcd-p-sejour-adf = La régularité de mon séjour est établie par l'attestation de décision favorable que le préfet m'a délivrée dans l'attente de la remise de mon titre de séjour (article R431-15-1 du code de l'entrée et du séjour des étrangers et du droit d'asile). Je joins ce document.
recours-rsa-letter-recours-pcd-p-motifs = Je conteste cette décision pour les raisons suivantes : { $motif_contestation }
recours-rsa-letter-recours-pcd-p-demande =
    { $objet ->
        [suspension] Je vous demande en conséquence d'annuler cette décision, de rétablir le versement de mon revenu de solidarité active à compter de la date de sa suspension et de me verser les sommes dues depuis cette date.
        [refus] Je vous demande en conséquence d'annuler cette décision et de m'ouvrir le droit au revenu de solidarité active à compter de la date de ma demande.
        [indu] Je vous demande en conséquence d'annuler cette décision et de renoncer à la récupération des sommes réclamées.
        [montant] Je vous demande en conséquence de réviser le montant de mon revenu de solidarité active et de me verser la différence due depuis la date d'effet de cette décision.
       *[other] Je vous demande en conséquence de réexaminer ma situation et d'annuler cette décision.
    }
recours-rsa-letter-recours-pcd-p-pieces =
    { $enclosures ->
        [0] {""}
        [one] Vous trouverez ci-joint la pièce listée ci-dessous.
       *[other] Vous trouverez ci-joint les { $enclosures } pièces listées ci-dessous.
    }
recours-rsa-letter-recours-pcd-closing = Je vous prie d'agréer, Madame la Présidente, Monsieur le Président, l'expression de mes salutations distinguées.

## Requête au tribunal administratif, déposée par la personne elle-même
## (sans avocat : article R431-3 du code de justice administrative).
recours-rsa-enclosure-recours_envoye = Copie de mon recours administratif préalable et de la preuve de sa réception par le département
recours-rsa-enclosure-decision_rejet = Copie de la décision du { $date_rejet_pcd } rejetant mon recours administratif préalable

recours-rsa-letter-requete-tribunal-recipient =
    Madame, Monsieur le Président
    { $court-ta }
    { $court-ta-address }
recours-rsa-letter-requete-tribunal-subject = Requête contre une décision relative au revenu de solidarité active
recours-rsa-letter-requete-tribunal-ref-requerant = Requérant{ $civilite ->
        [madame] e
       *[other] {""}
    } : { $prenoms } { $nom }, { $adresse }
recours-rsa-letter-requete-tribunal-ref-defendeur = Défendeur : le département – { $departement } (président du conseil départemental)
recours-rsa-letter-requete-tribunal-ref-numero = Numéro d'allocataire : { $numero_allocataire }
recours-rsa-letter-requete-tribunal-salutation = Madame, Monsieur le Président,
recours-rsa-letter-requete-tribunal-p-saisine =
    { $civilite ->
        [madame] Je soussignée, { $prenoms } { $nom }, demeurant
        [monsieur] Je soussigné, { $prenoms } { $nom }, demeurant
       *[other] Je, { $prenoms } { $nom }, demeurant
    } { $adresse }, demande au tribunal d'annuler la décision du { $date_notification } relative à mon revenu de solidarité active, ainsi que { $reponse_pcd ->
        [rejet-ecrit] la décision du { $date_rejet_pcd } rejetant mon recours administratif préalable
       *[other] la décision implicite rejetant mon recours administratif préalable
    }, et de rétablir mes droits.
recours-rsa-letter-requete-tribunal-p-objet =
    { $objet ->
        [refus] La décision du { $date_notification } me refuse le revenu de solidarité active.
        [suspension] La décision du { $date_notification } suspend le versement de mon revenu de solidarité active.
        [indu] La décision du { $date_notification } me réclame le remboursement de sommes versées au titre du revenu de solidarité active.
        [montant] La décision du { $date_notification } fixe le montant de mon revenu de solidarité active, que je conteste.
       *[other] La décision du { $date_notification } concerne mon revenu de solidarité active.
    }
recours-rsa-letter-requete-tribunal-p-recours-rejete = Conformément à l'article L262-47 du code de l'action sociale et des familles, j'ai formé contre cette décision un recours administratif préalable auprès du président du conseil départemental, qui l'a rejeté par une décision du { $date_rejet_pcd }. Je joins cette décision et mon recours.
recours-rsa-letter-requete-tribunal-p-recours-silence = Conformément à l'article L262-47 du code de l'action sociale et des familles, j'ai formé contre cette décision un recours administratif préalable auprès du président du conseil départemental. Ce recours est resté sans réponse pendant deux mois après sa réception, ce qui vaut décision implicite de rejet à compter du { $deadline-rejet-implicite-pcd } (article L411-7 du code des relations entre le public et l'administration). Je joins mon recours et la preuve de sa réception, qui établit la date de ma demande (article R421-2 du code de justice administrative).
recours-rsa-letter-requete-tribunal-p-sejour-api = La régularité de mon séjour était établie par l'attestation de prolongation de l'instruction que le préfet m'a délivrée : ce document, accompagné de mon titre de séjour expiré, permet de justifier de la régularité du séjour pendant la durée qu'il précise (article R431-15-1 du code de l'entrée et du séjour des étrangers et du droit d'asile). Je joins ces deux documents.
recours-rsa-letter-requete-tribunal-p-sejour-adf = La régularité de mon séjour était établie par l'attestation de décision favorable que le préfet m'a délivrée dans l'attente de la remise de mon titre de séjour (article R431-15-1 du code de l'entrée et du séjour des étrangers et du droit d'asile). Je joins ce document.
recours-rsa-letter-requete-tribunal-p-motifs = Je conteste ces décisions pour les raisons suivantes : { $motif_contestation }
recours-rsa-letter-requete-tribunal-p-conclusions =
    { $objet ->
        [suspension] Par ces motifs, je demande au tribunal d'annuler ces décisions et d'enjoindre au président du conseil départemental de rétablir le versement de mon revenu de solidarité active à compter de la date de sa suspension et de me verser les sommes dues depuis cette date.
        [refus] Par ces motifs, je demande au tribunal d'annuler ces décisions et d'enjoindre au président du conseil départemental de m'ouvrir le droit au revenu de solidarité active à compter de la date de ma demande.
        [indu] Par ces motifs, je demande au tribunal d'annuler ces décisions et de me décharger de l'obligation de rembourser les sommes réclamées.
        [montant] Par ces motifs, je demande au tribunal d'annuler ces décisions et d'enjoindre au président du conseil départemental de réviser le montant de mon revenu de solidarité active et de me verser la différence due depuis la date d'effet de la décision.
       *[other] Par ces motifs, je demande au tribunal d'annuler ces décisions et d'enjoindre au président du conseil départemental de réexaminer ma situation.
    }
recours-rsa-letter-requete-tribunal-p-pieces =
    { $enclosures ->
        [one] La pièce listée ci-dessous, la décision attaquée, est jointe à la présente requête, avec sa copie.
       *[other] Les { $enclosures } pièces listées ci-dessous, dont la décision attaquée, sont jointes à la présente requête, chacune avec sa copie.
    }
recours-rsa-letter-requete-tribunal-closing = Je vous prie d'agréer, Madame, Monsieur le Président, l'expression de ma haute considération.
