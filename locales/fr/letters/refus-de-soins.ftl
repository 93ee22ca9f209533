# Lettre de la démarche « refus de soins discriminatoire ». Rédigée en
# français. Faits : legal-reference.md §5.

refus-de-soins-letter-sender =
    { $prenoms } { $nom }
    { $adresse }
refus-de-soins-letter-signature = { $prenoms } { $nom }

refus-de-soins-enclosure-preuves = Preuves du refus
refus-de-soins-enclosure-attestation_droits = Copie de mon attestation de droits
refus-de-soins-enclosure-temoignages = Témoignages

refus-de-soins-letter-plainte-recipient =
    { $destinataire ->
        [ordre] Madame ou Monsieur le Président
       *[other] Madame ou Monsieur le Directeur
    }
    { $destinataire ->
        [ordre] { $profession ->
            [medecin] du conseil de l'ordre des médecins
            [chirurgien-dentiste] du conseil de l'ordre des chirurgiens-dentistes
            [sage-femme] du conseil de l'ordre des sages-femmes
            [infirmier] du conseil de l'ordre des infirmiers
            [masseur-kinesitherapeute] du conseil de l'ordre des masseurs-kinésithérapeutes
            [pharmacien] du conseil de l'ordre des pharmaciens
           *[other] du conseil de l'ordre compétent
        }
       *[other] de la caisse primaire d'assurance maladie
    }
    { $departement_professionnel }
    { $adresse_destinataire }
refus-de-soins-letter-plainte-subject = Plainte pour refus de soins discriminatoire
refus-de-soins-letter-plainte-ref-objet = Article L1110-3 du code de la santé publique
refus-de-soins-letter-plainte-ref-professionnel = Professionnel concerné : { $nom_professionnel }
refus-de-soins-letter-plainte-salutation =
    { $destinataire ->
        [ordre] Madame la Présidente, Monsieur le Président,
       *[other] Madame la Directrice, Monsieur le Directeur,
    }
refus-de-soins-letter-plainte-p-plainte =
    { $civilite ->
        [madame] Je soussignée, { $prenoms } { $nom }, demeurant
        [monsieur] Je soussigné, { $prenoms } { $nom }, demeurant
       *[other] Je, { $prenoms } { $nom }, demeurant
    } { $adresse }, dépose plainte pour refus de soins discriminatoire contre { $nom_professionnel }, { $profession ->
        [medecin] médecin
        [chirurgien-dentiste] chirurgien-dentiste
        [sage-femme] sage-femme
        [infirmier] infirmier
        [masseur-kinesitherapeute] masseur-kinésithérapeute
        [pharmacien] pharmacien
       *[other] professionnel de santé
    }, exerçant { $adresse_professionnel }, en application de l'article L1110-3 du code de la santé publique.
refus-de-soins-letter-plainte-p-faits = Le { $date_refus }, { $lieu } : { $recit }
refus-de-soins-letter-plainte-p-motif =
    { $motif_invoque ->
        [css] Ce refus m'a été opposé parce que je bénéficie de la complémentaire santé solidaire.
        [ame] Ce refus m'a été opposé parce que je bénéficie de l'aide médicale de l'État.
       *[other] Ce refus est lié à mon origine.
    }
refus-de-soins-letter-plainte-p-droit = Or un professionnel de santé ne peut refuser de soigner une personne au motif qu'elle bénéficie de la complémentaire santé solidaire ou de l'aide médicale de l'État, ni pour l'un des motifs de discrimination prévus par le code pénal (article L1110-3 du code de la santé publique). Constitue un refus de soins discriminatoire toute pratique tendant à empêcher ou dissuader une personne d'accéder à des soins, notamment par des obstacles mis à l'accès effectif au professionnel (article R1110-8 du même code).
refus-de-soins-letter-plainte-p-temoins = Témoins : { $temoins }.
refus-de-soins-letter-plainte-p-procedure =
    Je vous remercie d'accuser réception de cette plainte et de la transmettre { $destinataire ->
        [ordre] au directeur de la caisse primaire d'assurance maladie
       *[other] au président du conseil de l'ordre compétent
    } ainsi qu'au professionnel concerné dans un délai de huit jours, puis de réunir la commission de conciliation, conformément à l'article R1110-11 du même code.
refus-de-soins-letter-plainte-p-pieces =
    { $enclosures ->
        [0] {""}
        [one] Vous trouverez ci-joint la pièce listée ci-dessous.
       *[other] Vous trouverez ci-joint les { $enclosures } pièces listées ci-dessous.
    }
refus-de-soins-letter-plainte-closing =
    { $destinataire ->
        [ordre] Je vous prie d'agréer, Madame la Présidente, Monsieur le Président, l'expression de mes salutations distinguées.
       *[other] Je vous prie d'agréer, Madame la Directrice, Monsieur le Directeur, l'expression de mes salutations distinguées.
    }
