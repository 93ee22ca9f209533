# Lettre de la démarche « recours RSA ». Rédigée en français : elle part au
# président du conseil départemental. Faits : legal-reference.md §2.B.

recours-rsa-letter-sender =
    { $prenoms } { $nom }
    { $adresse }
recours-rsa-letter-signature = { $prenoms } { $nom }

recours-rsa-enclosure-decision_contestee = Copie de la décision contestée
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
recours-rsa-letter-recours-pcd-p-motifs = Je conteste cette décision pour les raisons suivantes : { $motif_contestation }
recours-rsa-letter-recours-pcd-p-demande = Je vous demande en conséquence de réexaminer ma situation et d'annuler cette décision.
recours-rsa-letter-recours-pcd-p-pieces =
    { $enclosures ->
        [0] {""}
        [one] Vous trouverez ci-joint la pièce listée ci-dessous.
       *[other] Vous trouverez ci-joint les { $enclosures } pièces listées ci-dessous.
    }
recours-rsa-letter-recours-pcd-closing = Je vous prie d'agréer, Madame la Présidente, Monsieur le Président, l'expression de mes salutations distinguées.
