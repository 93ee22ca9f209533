# Lettres de la démarche « refus d'inscription scolaire ». Rédigées en
# français : elles partent à la mairie et à l'éducation nationale.
# Faits : legal-reference.md §4 (et §0.1 pour le silence).

refus-inscription-scolaire-letter-sender =
    { $prenoms_responsable } { $nom_responsable }
    { $adresse }
refus-inscription-scolaire-letter-signature = { $prenoms_responsable } { $nom_responsable }

refus-inscription-scolaire-enclosure-refus_ecrit = Copie du refus écrit
refus-inscription-scolaire-enclosure-recit_refus_oral = Récit daté et signé du refus oral
refus-inscription-scolaire-enclosure-identite_enfant = Copie d'une pièce justifiant de l'identité de l'enfant
refus-inscription-scolaire-enclosure-identite_responsables = Copie d'une pièce justifiant de mon identité
refus-inscription-scolaire-enclosure-justificatif_domicile = Justificatif de domicile
refus-inscription-scolaire-enclosure-attestation_honneur = Attestation sur l'honneur pour les pièces que je ne peux pas produire

## Recours gracieux au maire, agissant au nom de l'État

refus-inscription-scolaire-letter-recours-maire-recipient =
    Madame ou Monsieur le Maire de { $commune }
    en sa qualité d'agent de l'État
    Service des affaires scolaires
    { $adresse_mairie }
refus-inscription-scolaire-letter-recours-maire-subject = Recours gracieux contre le refus d'inscrire { $prenoms_enfant } { $nom_enfant } sur la liste scolaire
refus-inscription-scolaire-letter-recours-maire-ref-refus =
    Refus { $forme_refus ->
        [ecrit] écrit
       *[other] oral
    } du { $date_refus }
refus-inscription-scolaire-letter-recours-maire-ref-ecole = École demandée : { $ecole_demandee }
refus-inscription-scolaire-letter-recours-maire-salutation = Madame la Maire, Monsieur le Maire,
refus-inscription-scolaire-letter-recours-maire-p-refus =
    { $civilite ->
        [madame] Je soussignée, { $prenoms_responsable } { $nom_responsable }, responsable légale
        [monsieur] Je soussigné, { $prenoms_responsable } { $nom_responsable }, responsable légal
       *[other] Je, { $prenoms_responsable } { $nom_responsable }, responsable
    } de l'enfant { $prenoms_enfant } { $nom_enfant }, { $genre_enfant ->
        [fille] née
       *[other] né
    } le { $date_naissance_enfant }, forme un recours gracieux contre le refus que vos services ont opposé le { $date_refus } à son inscription sur la liste scolaire de la commune de { $commune }, où nous vivons.
refus-inscription-scolaire-letter-recours-maire-p-oral = Ce refus m'a été opposé oralement, dans les circonstances suivantes : { $circonstances_refus }
refus-inscription-scolaire-letter-recours-maire-p-motif =
    { $motif_refus ->
        [pieces] Le refus a été motivé par l'absence de certaines pièces.
        [domicile] Le refus a été motivé par l'absence de justificatif de domicile. Or le domicile peut être justifié par tous moyens, et la vérification de la domiciliation ne peut faire obstacle à l'inscription (article D131-3-1 du code de l'éducation).
        [places] Le refus a été motivé par un manque de places. Ce motif ne peut être opposé à un enfant soumis à l'obligation d'instruction.
        [aucun] Aucun motif n'a été donné à ce refus.
       *[other] Le motif avancé ne peut justifier que l'on prive de scolarité un enfant soumis à l'obligation d'instruction.
    }
refus-inscription-scolaire-letter-recours-maire-p-pieces-exigibles = Seules trois pièces peuvent être exigées pour l'inscription : un document justifiant de l'identité de l'enfant, un document justifiant de l'identité des personnes qui en sont responsables et un document justifiant de leur domicile ; lorsque l'un de ces documents ne peut être produit, une attestation sur l'honneur suffit (article D131-3-1 du code de l'éducation).
refus-inscription-scolaire-letter-recours-maire-p-attestation = Pour les pièces dont je ne dispose pas, je joins une attestation sur l'honneur.
refus-inscription-scolaire-letter-recours-maire-p-squat = Le maire ne peut refuser l'inscription d'un enfant au motif que sa famille occupe sans titre le terrain ou le bâtiment où elle vit, ni en raison de ses conditions de logement (CE, 19 décembre 2018, n° 408710).
refus-inscription-scolaire-letter-recours-maire-p-obligation = L'instruction est obligatoire pour chaque enfant dès l'âge de trois ans et jusqu'à l'âge de seize ans (article L131-1 du code de l'éducation). Les enfants qui vivent dans la commune doivent être inscrits, et le statut ou le mode d'habitat des familles installées sur le territoire de la commune ne peut être une cause de refus d'inscription (article L131-5 du même code).
refus-inscription-scolaire-letter-recours-maire-p-demande = Je vous demande en conséquence de retirer ce refus et d'inscrire { $prenoms_enfant } sur la liste scolaire sans délai.
refus-inscription-scolaire-letter-recours-maire-p-dasen = J'adresse le même jour une demande d'inscription au directeur académique des services de l'éducation nationale : en cas de refus d'inscription sans motif légitime de la part du maire, il procède à cette inscription, agissant sur délégation du préfet, après en avoir requis le maire (article L131-5 du code de l'éducation et article L2122-34 du code général des collectivités territoriales).
refus-inscription-scolaire-letter-recours-maire-p-silence = Faute de réponse dans un délai de deux mois à compter de sa réception, ce recours sera rejeté implicitement (article L411-7 du code des relations entre le public et l'administration) ; je me réserve alors de saisir le tribunal administratif.
refus-inscription-scolaire-letter-recours-maire-p-pieces =
    { $enclosures ->
        [0] {""}
        [one] Vous trouverez ci-joint la pièce listée ci-dessous.
       *[other] Vous trouverez ci-joint les { $enclosures } pièces listées ci-dessous.
    }
refus-inscription-scolaire-letter-recours-maire-closing = Je vous prie d'agréer, Madame la Maire, Monsieur le Maire, l'expression de ma considération distinguée.

## Demande d'inscription au directeur académique, copie au préfet

refus-inscription-scolaire-letter-demande-dasen-recipient =
    Madame ou Monsieur le Directeur académique
    des services de l'éducation nationale
    { $departement }
    { $adresse_dasen }
refus-inscription-scolaire-letter-demande-dasen-copy-prefet = Madame ou Monsieur le Préfet – { $departement }
refus-inscription-scolaire-letter-demande-dasen-subject = Demande d'inscription scolaire de { $prenoms_enfant } { $nom_enfant }, refusée par le maire de { $commune }
refus-inscription-scolaire-letter-demande-dasen-ref-refus =
    Refus { $forme_refus ->
        [ecrit] écrit
       *[other] oral
    } du { $date_refus }
refus-inscription-scolaire-letter-demande-dasen-salutation = Madame la Directrice académique, Monsieur le Directeur académique,
refus-inscription-scolaire-letter-demande-dasen-p-refus =
    { $civilite ->
        [madame] Je soussignée, { $prenoms_responsable } { $nom_responsable }, responsable légale
        [monsieur] Je soussigné, { $prenoms_responsable } { $nom_responsable }, responsable légal
       *[other] Je, { $prenoms_responsable } { $nom_responsable }, responsable
    } de l'enfant { $prenoms_enfant } { $nom_enfant }, { $genre_enfant ->
        [fille] née
       *[other] né
    } le { $date_naissance_enfant }, vous informe que le maire de { $commune }, où nous vivons, a refusé le { $date_refus } de l'inscrire sur la liste scolaire.
refus-inscription-scolaire-letter-demande-dasen-p-motif =
    { $motif_refus ->
        [pieces] Ce refus a été motivé par l'absence de certaines pièces.
        [domicile] Ce refus a été motivé par l'absence de justificatif de domicile, alors que le domicile peut être justifié par tous moyens (article D131-3-1 du code de l'éducation).
        [places] Ce refus a été motivé par un manque de places, motif qui ne peut être opposé à un enfant soumis à l'obligation d'instruction.
        [aucun] Aucun motif n'a été donné à ce refus.
       *[other] Le motif avancé ne constitue pas un motif légitime de refus.
    }
refus-inscription-scolaire-letter-demande-dasen-p-pieces-exigibles = Seules trois pièces peuvent être exigées pour l'inscription : un document justifiant de l'identité de l'enfant, un document justifiant de l'identité des personnes qui en sont responsables et un document justifiant de leur domicile ; lorsque l'un de ces documents ne peut être produit, une attestation sur l'honneur suffit (article D131-3-1 du code de l'éducation).
refus-inscription-scolaire-letter-demande-dasen-p-attestation = Pour les pièces dont je ne dispose pas, je joins une attestation sur l'honneur.
refus-inscription-scolaire-letter-demande-dasen-p-squat = Le maire ne peut refuser l'inscription d'un enfant au motif que sa famille occupe sans titre le terrain ou le bâtiment où elle vit, ni en raison de ses conditions de logement (CE, 19 décembre 2018, n° 408710).
refus-inscription-scolaire-letter-demande-dasen-p-obligation = L'instruction est obligatoire pour chaque enfant dès l'âge de trois ans et jusqu'à l'âge de seize ans (article L131-1 du code de l'éducation), et le statut ou le mode d'habitat des familles installées sur le territoire de la commune ne peut être une cause de refus d'inscription (article L131-5 du même code).
refus-inscription-scolaire-letter-demande-dasen-p-substitution = En cas de refus d'inscription sur la liste scolaire de la part du maire sans motif légitime, le directeur académique des services de l'éducation nationale, agissant sur délégation du préfet, procède à cette inscription après en avoir requis le maire (article L131-5 du code de l'éducation et article L2122-34 du code général des collectivités territoriales).
refus-inscription-scolaire-letter-demande-dasen-p-demande = Je vous demande donc de requérir le maire de { $commune } d'inscrire { $prenoms_enfant } et, à défaut, de procéder vous-même à cette inscription. J'adresse le même jour un recours gracieux au maire.
refus-inscription-scolaire-letter-demande-dasen-p-pieces =
    { $enclosures ->
        [0] {""}
        [one] Vous trouverez ci-joint la pièce listée ci-dessous.
       *[other] Vous trouverez ci-joint les { $enclosures } pièces listées ci-dessous.
    }
refus-inscription-scolaire-letter-demande-dasen-closing = Je vous prie d'agréer, Madame la Directrice académique, Monsieur le Directeur académique, l'expression de ma considération distinguée.

## Recours gracieux au directeur académique (collège, lycée)

refus-inscription-scolaire-letter-recours-dasen-second-degre-recipient =
    Madame ou Monsieur le Directeur académique
    des services de l'éducation nationale
    { $departement }
    { $adresse_dasen }
refus-inscription-scolaire-letter-recours-dasen-second-degre-subject =
    Recours gracieux contre le refus d'inscrire { $prenoms_enfant } { $nom_enfant } { $niveau ->
        [lycee] au lycée
       *[other] au collège
    }
refus-inscription-scolaire-letter-recours-dasen-second-degre-ref-refus =
    Refus { $forme_refus ->
        [ecrit] écrit
       *[other] oral
    } du { $date_refus }
refus-inscription-scolaire-letter-recours-dasen-second-degre-ref-etablissement = Établissement demandé : { $ecole_demandee }
refus-inscription-scolaire-letter-recours-dasen-second-degre-salutation = Madame la Directrice académique, Monsieur le Directeur académique,
refus-inscription-scolaire-letter-recours-dasen-second-degre-p-refus =
    { $civilite ->
        [madame] Je soussignée, { $prenoms_responsable } { $nom_responsable }, responsable légale
        [monsieur] Je soussigné, { $prenoms_responsable } { $nom_responsable }, responsable légal
       *[other] Je, { $prenoms_responsable } { $nom_responsable }, responsable
    } de l'enfant { $prenoms_enfant } { $nom_enfant }, { $genre_enfant ->
        [fille] née
       *[other] né
    } le { $date_naissance_enfant }, forme un recours gracieux contre le refus, opposé le { $date_refus }, de l'inscrire { $niveau ->
        [lycee] au lycée
       *[other] au collège
    }.
refus-inscription-scolaire-letter-recours-dasen-second-degre-p-oral = Ce refus m'a été opposé oralement, dans les circonstances suivantes : { $circonstances_refus }
refus-inscription-scolaire-letter-recours-dasen-second-degre-p-motif =
    { $motif_refus ->
        [pieces] Ce refus a été motivé par l'absence de certaines pièces ; celles dont je dispose sont jointes.
        [domicile] Ce refus a été motivé par l'absence de justificatif de domicile : un justificatif de notre lieu de vie est joint.
        [places] Ce refus a été motivé par un manque de places dans l'établissement demandé. Si aucune place ne peut y être trouvée, je vous demande d'affecter { $prenoms_enfant } dans un autre établissement proche de notre lieu de vie.
        [aucun] Aucun motif n'a été donné à ce refus.
       *[other] Le motif avancé ne peut justifier que { $prenoms_enfant } reste sans scolarité.
    }
refus-inscription-scolaire-letter-recours-dasen-second-degre-p-attestation = Pour les pièces dont je ne dispose pas, je joins une attestation sur l'honneur.
refus-inscription-scolaire-letter-recours-dasen-second-degre-p-obligation = L'instruction est obligatoire pour chaque enfant dès l'âge de trois ans et jusqu'à l'âge de seize ans (article L131-1 du code de l'éducation).
refus-inscription-scolaire-letter-recours-dasen-second-degre-p-demande =
    Je vous demande en conséquence de retirer ce refus et d'inscrire { $prenoms_enfant } { $niveau ->
        [lycee] au lycée
       *[other] au collège
    } sans délai.
refus-inscription-scolaire-letter-recours-dasen-second-degre-p-silence = Faute de réponse dans un délai de deux mois à compter de sa réception, ce recours sera rejeté implicitement (article L411-7 du code des relations entre le public et l'administration) ; je me réserve alors de saisir le tribunal administratif.
refus-inscription-scolaire-letter-recours-dasen-second-degre-p-pieces =
    { $enclosures ->
        [0] {""}
        [one] Vous trouverez ci-joint la pièce listée ci-dessous.
       *[other] Vous trouverez ci-joint les { $enclosures } pièces listées ci-dessous.
    }
refus-inscription-scolaire-letter-recours-dasen-second-degre-closing = Je vous prie d'agréer, Madame la Directrice académique, Monsieur le Directeur académique, l'expression de ma considération distinguée.

## Requête au tribunal administratif, déposée par le parent lui-même
## (recours pour excès de pouvoir, sans avocat : article R431-2 du code de
## justice administrative ; docs/research/tribunal-administratif.md).
refus-inscription-scolaire-enclosure-recours_envoye = Copie de mon recours gracieux et de la preuve de sa réception
refus-inscription-scolaire-enclosure-decision_rejet = Copie de la décision du { $date_rejet_recours } rejetant mon recours gracieux

refus-inscription-scolaire-letter-requete-tribunal-recipient =
    Madame, Monsieur le Président
    { $court-ta }
    { $court-ta-address }
refus-inscription-scolaire-letter-requete-tribunal-subject = Requête en annulation du refus d'inscrire { $prenoms_enfant } { $nom_enfant } { $niveau ->
        [maternelle] à l'école maternelle
        [elementaire] à l'école élémentaire
        [college] au collège
       *[other] au lycée
    }
refus-inscription-scolaire-letter-requete-tribunal-ref-requerant = Requérant{ $civilite ->
        [madame] e
       *[other] {""}
    } : { $prenoms_responsable } { $nom_responsable }, { $adresse }, pour son enfant { $prenoms_enfant } { $nom_enfant }
refus-inscription-scolaire-letter-requete-tribunal-ref-autorite =
    { $premier_degre ->
        [true] Autorité défenderesse : le maire de { $commune }, agissant au nom de l'État
       *[other] Autorité défenderesse : le directeur académique des services de l'éducation nationale – { $departement }
    }
refus-inscription-scolaire-letter-requete-tribunal-salutation = Madame, Monsieur le Président,
refus-inscription-scolaire-letter-requete-tribunal-p-saisine =
    { $civilite ->
        [madame] Je soussignée, { $prenoms_responsable } { $nom_responsable }, demeurant { $adresse }, agissant en qualité de responsable légale
        [monsieur] Je soussigné, { $prenoms_responsable } { $nom_responsable }, demeurant { $adresse }, agissant en qualité de responsable légal
       *[other] Je, { $prenoms_responsable } { $nom_responsable }, demeurant { $adresse }, agissant en qualité de responsable
    } de l'enfant { $prenoms_enfant } { $nom_enfant }, { $genre_enfant ->
        [fille] née
       *[other] né
    } le { $date_naissance_enfant }, demande au tribunal d'annuler le refus opposé le { $date_refus } à son inscription, ainsi que { $reponse_recours ->
        [rejet-ecrit] la décision du { $date_rejet_recours } rejetant mon recours gracieux
       *[other] la décision implicite rejetant mon recours gracieux
    }, et d'ordonner son inscription.
refus-inscription-scolaire-letter-requete-tribunal-p-refus-ecrit = Ce refus m'a été notifié par écrit le { $date_refus } ; j'en joins la copie.
refus-inscription-scolaire-letter-requete-tribunal-p-refus-oral = Ce refus m'a été opposé oralement le { $date_refus } ; j'en joins le récit daté et signé. Les circonstances en sont les suivantes : { $circonstances_refus }
refus-inscription-scolaire-letter-requete-tribunal-p-recours-rejete = J'ai formé contre ce refus un recours gracieux { $premier_degre ->
        [true] auprès du maire de { $commune }, agissant au nom de l'État,
       *[other] auprès du directeur académique des services de l'éducation nationale,
    } qui l'a rejeté par une décision du { $date_rejet_recours }. Je joins cette décision et mon recours.
refus-inscription-scolaire-letter-requete-tribunal-p-recours-silence-maire = J'ai formé contre ce refus un recours gracieux auprès du maire de { $commune }, agissant au nom de l'État. Ce recours est resté sans réponse pendant deux mois après sa réception, ce qui vaut décision implicite de rejet à compter du { $deadline-rejet-implicite-maire } (article L411-7 du code des relations entre le public et l'administration). Je joins mon recours et la preuve de sa réception, qui établit la date de ma demande (article R421-2 du code de justice administrative).
refus-inscription-scolaire-letter-requete-tribunal-p-recours-silence-dasen = J'ai formé contre ce refus un recours gracieux auprès du directeur académique des services de l'éducation nationale. Ce recours est resté sans réponse pendant deux mois après sa réception, ce qui vaut décision implicite de rejet à compter du { $deadline-rejet-implicite-dasen } (article L411-7 du code des relations entre le public et l'administration). Je joins mon recours et la preuve de sa réception, qui établit la date de ma demande (article R421-2 du code de justice administrative).
refus-inscription-scolaire-letter-requete-tribunal-p-motif =
    { $motif_refus ->
        [pieces] Le refus se fonde sur l'absence de certaines pièces.
        [domicile] Le refus se fonde sur l'absence de justificatif de domicile, alors que le domicile peut être justifié par tous moyens, y compris une attestation sur l'honneur.
        [places] Le refus se fonde sur un manque de places, motif qui ne peut être opposé à un enfant soumis à l'obligation d'instruction.
        [aucun] Ce refus n'est assorti d'aucun motif.
       *[other] Le motif invoqué ne peut légalement fonder le refus de scolariser un enfant soumis à l'obligation d'instruction.
    }
refus-inscription-scolaire-letter-requete-tribunal-p-pieces-exigibles = Or seules trois pièces peuvent être exigées pour l'inscription : un document justifiant de l'identité de l'enfant, un document justifiant de l'identité des personnes qui en sont responsables et un document justifiant de leur domicile. Une attestation sur l'honneur peut suppléer les deux premiers, le domicile se justifie par tous moyens, et la vérification de la domiciliation ne peut faire obstacle à l'inscription (article D131-3-1 du code de l'éducation).
refus-inscription-scolaire-letter-requete-tribunal-p-attestation = Pour les pièces dont je ne dispose pas, j'ai établi une attestation sur l'honneur, que je joins.
refus-inscription-scolaire-letter-requete-tribunal-p-obligation = L'instruction est obligatoire pour chaque enfant dès l'âge de trois ans et jusqu'à l'âge de seize ans (article L131-1 du code de l'éducation), et le statut ou le mode d'habitat des familles installées sur le territoire de la commune ne peut être une cause de refus d'inscription (article L131-5 du même code).
refus-inscription-scolaire-letter-requete-tribunal-p-squat = Le refus ne peut davantage se fonder sur l'occupation sans titre du terrain ou du bâtiment où vit la famille, ni sur ses conditions de logement (CE, 19 décembre 2018, n° 408710).
refus-inscription-scolaire-letter-requete-tribunal-p-conclusions = Par ces motifs, je demande au tribunal d'annuler ces décisions et d'enjoindre { $premier_degre ->
        [true] au maire de { $commune }, agissant au nom de l'État, d'inscrire mon enfant sur la liste scolaire de la commune
       *[other] au directeur académique des services de l'éducation nationale d'affecter mon enfant dans un établissement
    }, dans le délai que le tribunal fixera à compter de la notification de son jugement.
refus-inscription-scolaire-letter-requete-tribunal-p-pieces =
    { $enclosures ->
        [one] La pièce listée ci-dessous est jointe à la présente requête, avec sa copie.
       *[other] Les { $enclosures } pièces listées ci-dessous sont jointes à la présente requête, chacune avec sa copie.
    }
refus-inscription-scolaire-letter-requete-tribunal-closing = Je vous prie d'agréer, Madame, Monsieur le Président, l'expression de ma haute considération.
