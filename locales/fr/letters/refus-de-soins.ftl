# Lettre de la démarche « refus de soins discriminatoire ». Rédigée en
# français. Faits : legal-reference.md §5.

refus-de-soins-letter-sender =
    { $prenoms } { $nom }
    { $adresse }
refus-de-soins-letter-signature = { $prenoms } { $nom }

refus-de-soins-enclosure-preuves = Preuves du refus
refus-de-soins-enclosure-attestation_droits = Copie de l'attestation de droits à l'assurance maladie (CSS, AME ou numéro provisoire)
refus-de-soins-enclosure-temoignages = Témoignages

refus-de-soins-letter-plainte-recipient =
    { $destinataire ->
        [ordre] Madame ou Monsieur le Président
       *[other] Madame ou Monsieur le Directeur
    }
    { $destinataire ->
        [ordre] { $profession ->
            [medecin] du conseil départemental de l'ordre des médecins
            [chirurgien-dentiste] du conseil départemental de l'ordre des chirurgiens-dentistes
            [sage-femme] du conseil départemental de l'ordre des sages-femmes
            [infirmier] du conseil départemental de l'ordre des infirmiers
            [masseur-kinesitherapeute] du conseil départemental de l'ordre des masseurs-kinésithérapeutes
            [pharmacien] du conseil régional de l'ordre des pharmaciens (section A)
           *[other] du conseil de l'ordre compétent
        }
       *[other] de la caisse primaire d'assurance maladie
    }
    { $destinataire ->
        [ordre] { $profession ->
            [pharmacien] {""}
           *[other] { $departement_professionnel }
        }
       *[other] { $departement_professionnel }
    }
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
    } { $adresse }, dépose plainte pour refus de soins discriminatoire { $patient ->
        [enfant] opposé à mon enfant { $nom_enfant }, dont je suis { $civilite ->
            [madame] la représentante légale,
            [monsieur] le représentant légal,
           *[other] représentant légal,
        }
       *[other] {""}
    } contre { $nom_professionnel }, { $profession ->
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
        [css] Ce refus a été opposé au motif que { $patient ->
            [enfant] mon enfant bénéficie
           *[other] je bénéficie
        } de la complémentaire santé solidaire.
        [ame] Ce refus a été opposé au motif que { $patient ->
            [enfant] mon enfant bénéficie
           *[other] je bénéficie
        } de l'aide médicale de l'État.
        [langue] Ce refus a été opposé en raison de { $patient ->
            [enfant] notre difficulté à nous exprimer
           *[other] ma difficulté à m'exprimer
        } en français.
        [nationalite] Ce refus a été opposé en raison de { $patient ->
            [enfant] la nationalité de mon enfant.
           *[other] ma nationalité.
        }
        [carte-vitale] Les soins ont été subordonnés à la présentation d'une carte Vitale.
        [numero-provisoire] Les soins ont été refusés au motif que le numéro de sécurité sociale { $patient ->
            [enfant] de mon enfant
           *[other] qui m'a été attribué
        } est un numéro provisoire (numéro d'attente).
        [attestation-recente] Les soins ont été subordonnés à la présentation d'une attestation de droits plus récente que celle { $patient ->
            [enfant] de mon enfant.
           *[other] que je détiens.
        }
       *[other] Ce refus a été opposé en raison de { $patient ->
            [enfant] l'origine de mon enfant.
           *[other] mon origine.
        }
    }
refus-de-soins-letter-plainte-p-droit = Or un professionnel de santé ne peut refuser de soigner une personne au motif qu'elle bénéficie de la complémentaire santé solidaire ou de l'aide médicale de l'État, ni pour l'un des motifs de discrimination prévus par le code pénal (article L1110-3 du code de la santé publique). Constitue un refus de soins discriminatoire toute pratique tendant à empêcher ou dissuader une personne d'accéder à des soins, notamment par des obstacles mis à l'accès effectif au professionnel (article R1110-8 du même code).
refus-de-soins-letter-plainte-p-financier = Constitue également un refus de soins discriminatoire toute pratique faisant obstacle au bénéfice des conditions normales de prise en charge financière des actes, prestations et produits de santé, notamment au motif que la personne bénéficie de la complémentaire santé solidaire ou de l'aide médicale de l'État (article R1110-8 du même code).
refus-de-soins-letter-plainte-p-langue = La capacité à s'exprimer dans une langue autre que le français figure parmi les motifs de discrimination prévus par l'article 225-1 du code pénal, auquel renvoie l'article L1110-3 du code de la santé publique.
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
