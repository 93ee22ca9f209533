# Lettre de la démarche « inscription à France Travail refusée ». Rédigée
# en français : elle part au directeur de l'agence. Faits :
# legal-reference.md §6 (les points non vérifiés ne sont pas cités).

inscription-france-travail-letter-sender =
    { $prenoms } { $nom }
    { $adresse }
inscription-france-travail-letter-signature = { $prenoms } { $nom }

inscription-france-travail-enclosure-identite = Copie de ma pièce d'identité ou de mon document de séjour
inscription-france-travail-enclosure-api_titre = Copie de l'attestation de prolongation de l'instruction et de mon titre de séjour expiré
inscription-france-travail-enclosure-adf = Copie de l'attestation de décision favorable
inscription-france-travail-enclosure-attestation_nia = Copie du document indiquant mon numéro d'attente
inscription-france-travail-enclosure-refus_ecrit = Copie du refus qui m'a été adressé
inscription-france-travail-enclosure-domiciliation = Copie de mon attestation de domiciliation

inscription-france-travail-letter-reclamation-recipient =
    Madame la Directrice, Monsieur le Directeur
    France Travail – agence de { $agence }
    { $adresse_agence }
inscription-france-travail-letter-reclamation-subject = Réclamation – refus de mon inscription comme demandeur d'emploi
inscription-france-travail-letter-reclamation-ref-refus = Refus du { $date_refus }
inscription-france-travail-letter-reclamation-salutation = Madame la Directrice, Monsieur le Directeur,
inscription-france-travail-letter-reclamation-p-rappel =
    { $civilite ->
        [madame] Je soussignée, { $prenoms } { $nom }, née
        [monsieur] Je soussigné, { $prenoms } { $nom }, né
       *[other] Je, { $prenoms } { $nom }, né(e)
    } le { $date_naissance } et demeurant { $adresse }, ai demandé à être inscrit{ $civilite ->
        [madame] e
        [monsieur] {""}
       *[other] (e)
    } sur la liste des demandeurs d'emploi. Le { $date_refus }, { $forme_refus ->
        [ecrit] l'agence de { $agence } me l'a refusé par écrit
        [en-ligne] mon inscription en ligne a été bloquée
       *[other] l'agence de { $agence } me l'a refusé oralement
    }, { $motif_refus ->
        [api] au motif que l'attestation de prolongation de l'instruction de ma demande de titre de séjour ne serait pas acceptée.
        [adf] au motif que l'attestation de décision favorable qui m'a été délivrée ne serait pas acceptée.
        [sans-nir] au motif que je ne dispose pas encore d'un numéro de sécurité sociale définitif.
       *[other] pour le motif exposé ci-dessous.
    }
inscription-france-travail-letter-reclamation-p-api = L'attestation de prolongation de l'instruction délivrée par le préfet, accompagnée de mon titre de séjour expiré, me permet de justifier de la régularité de mon séjour jusqu'au { $date_fin_api } (article R431-15-1 du code de l'entrée et du séjour des étrangers et du droit d'asile). Elle est renouvelée tant que le préfet n'a pas statué.
inscription-france-travail-letter-reclamation-p-api-travail = Mon titre de séjour précédent m'autorisait à travailler ; l'attestation de prolongation de l'instruction me donne la même autorisation.
inscription-france-travail-letter-reclamation-p-adf = L'attestation de décision favorable atteste que le préfet a décidé de me délivrer un titre de séjour ; elle justifie de la régularité de mon séjour en attendant la remise de la carte.
inscription-france-travail-letter-reclamation-p-nir = Pour m'inscrire, je dois déclarer ma domiciliation et transmettre les informations permettant de m'identifier (article R5411-2 du code du travail) : je les ai fournies. L'attribution d'un numéro de sécurité sociale définitif ne dépend pas de moi et est en cours ; ce délai administratif ne peut pas, à mon sens, me priver de mon inscription.
inscription-france-travail-letter-reclamation-p-nia = Dans l'attente de ce numéro, les organismes sociaux m'identifient par le numéro d'attente { $numero_attente }.
inscription-france-travail-letter-reclamation-p-faits = Les faits sont les suivants : { $faits }
inscription-france-travail-letter-reclamation-p-demande = Je vous demande de procéder à mon inscription à compter de la date de ma première demande, ou, si vous la refusez, de me notifier une décision écrite et motivée indiquant les voies et délais de recours.
inscription-france-travail-letter-reclamation-p-pieces =
    { $enclosures ->
        [0] {""}
        [one] Vous trouverez ci-joint la pièce listée ci-dessous.
       *[other] Vous trouverez ci-joint les { $enclosures } pièces listées ci-dessous.
    }
inscription-france-travail-letter-reclamation-closing = Je vous prie d'agréer, Madame la Directrice, Monsieur le Directeur, l'expression de mes salutations distinguées.
