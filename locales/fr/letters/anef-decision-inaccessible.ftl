# Lettre de la démarche « ANEF : décision annoncée mais introuvable ».
# Rédigée en français. Faits : docs/research/droits-suspendus-titre-expire.md.

anef-decision-inaccessible-letter-sender =
    { $prenoms } { $nom }
    { $adresse }
anef-decision-inaccessible-letter-signature = { $prenoms } { $nom }

anef-decision-inaccessible-enclosure-capture = Capture d'écran datée de mon compte ANEF du { $date_mention }
anef-decision-inaccessible-enclosure-preuve_depot = Attestation de dépôt de ma demande
anef-decision-inaccessible-enclosure-identite = Copie de ma pièce d'identité ou de mon document de séjour

anef-decision-inaccessible-letter-demande-notification-recipient =
    { $paris ->
        [true] Monsieur le Préfet de police
       *[other] Madame la Préfète, Monsieur le Préfet
    }
    { $paris ->
        [true] Préfecture de police
       *[other] Préfecture – { $departement }
    }
    { $adresse_prefecture }
anef-decision-inaccessible-letter-demande-notification-subject = Demande de notification de la décision prise sur ma demande de titre de séjour
anef-decision-inaccessible-letter-demande-notification-ref-etranger = Numéro étranger : { $numero_etranger }
anef-decision-inaccessible-letter-demande-notification-ref-demande = Demande ANEF n° { $numero_demande }
anef-decision-inaccessible-letter-demande-notification-salutation =
    { $paris ->
        [true] Monsieur le Préfet de police,
       *[other] Madame la Préfète, Monsieur le Préfet,
    }
anef-decision-inaccessible-letter-demande-notification-p-saisine =
    { $civilite ->
        [madame] Je soussignée, { $prenoms } { $nom }, née
        [monsieur] Je soussigné, { $prenoms } { $nom }, né
       *[other] Je, { $prenoms } { $nom }, né(e)
    } le { $date_naissance }, de nationalité { $nationalite }, demeurant { $adresse }, ai déposé le { $date_depot } sur le téléservice ANEF une demande de titre de séjour ({ $titre }).
anef-decision-inaccessible-letter-demande-notification-p-mention = Le { $date_mention }, mon compte ANEF indiquait { $mention_anef ->
        [decision-defavorable] qu'une décision défavorable avait été prise sur cette demande
        [dossier-cloture] que mon dossier était clôturé
       *[other] qu'une décision était disponible
    }, comme le montre la capture d'écran jointe. { $probleme ->
        [document-absent] Aucun document n'accompagnait cette mention.
        [document-illisible] Le document joint à cette mention ne peut pas être ouvert.
       *[other] Mon compte ne s'ouvre plus depuis, et je ne peux donc pas lire cette décision.
    }
anef-decision-inaccessible-letter-demande-notification-p-rien-recu = Aucune décision ne m'a été notifiée par courrier ni remise en main propre.
anef-decision-inaccessible-letter-demande-notification-p-demande = Je vous demande de me notifier cette décision en intégralité, avec ses motifs et l'indication des voies et délais de recours, par lettre recommandée avec accusé de réception à l'adresse ci-dessus.
anef-decision-inaccessible-letter-demande-notification-p-delais = Je vous rappelle que les délais de recours contre une décision administrative ne sont opposables qu'à la condition d'avoir été mentionnés, ainsi que les voies de recours, dans sa notification (article R421-5 du code de justice administrative).
anef-decision-inaccessible-letter-demande-notification-p-pieces =
    { $enclosures ->
        [one] Vous trouverez ci-joint la pièce listée ci-dessous.
       *[other] Vous trouverez ci-joint les { $enclosures } pièces listées ci-dessous.
    }
anef-decision-inaccessible-letter-demande-notification-closing =
    { $paris ->
        [true] Je vous prie d'agréer, Monsieur le Préfet de police, l'expression de ma haute considération.
       *[other] Je vous prie d'agréer, Madame la Préfète, Monsieur le Préfet, l'expression de ma haute considération.
    }
