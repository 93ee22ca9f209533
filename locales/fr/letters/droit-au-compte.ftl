# Lettres de la démarche « droit au compte ». Rédigées en français : elles
# partent à une banque et à la Banque de France. Faits : legal-reference.md §3.
# Chaque variable est une réponse de l'entretien (voir procedure.toml) ; la
# typographie française (espaces insécables) est appliquée à l'impression.

droit-au-compte-letter-sender =
    { $prenoms } { $nom }
    { $adresse }
droit-au-compte-letter-signature = { $prenoms } { $nom }

droit-au-compte-enclosure-piece_identite = Copie recto-verso de ma pièce d'identité
droit-au-compte-enclosure-justificatif_domicile = Justificatif de domicile ou attestation d'élection de domicile
droit-au-compte-enclosure-attestation_refus_banque = Attestation de refus remise par { $nom_banque }
droit-au-compte-enclosure-preuve_demande =
    { $mode_demande ->
        [lrar] Avis de réception de ma demande d'ouverture de compte à { $nom_banque }
       *[other] Preuve du dépôt de ma demande d'ouverture de compte au guichet de { $nom_banque }
    }
droit-au-compte-enclosure-formulaire_bdf = Formulaire « Demande de droit au compte » rempli et signé
droit-au-compte-enclosure-lettre_hebergeant = Attestation signée de la personne qui m'héberge
droit-au-compte-enclosure-identite_hebergeant = Copie de la pièce d'identité de la personne qui m'héberge
droit-au-compte-enclosure-domicile_hebergeant = Justificatif de domicile de moins de trois mois de la personne qui m'héberge

## Demande d'ouverture de compte, à la banque choisie

droit-au-compte-letter-demande-ouverture-recipient =
    { $nom_banque }
    À l'attention de la direction de l'agence
    { $adresse_agence }
droit-au-compte-letter-demande-ouverture-subject = Demande d'ouverture d'un compte de dépôt
droit-au-compte-letter-demande-ouverture-salutation = Madame, Monsieur,
droit-au-compte-letter-demande-ouverture-p-demande =
    { $civilite ->
        [madame] Je soussignée, { $prenoms } { $nom }, demeurant
        [monsieur] Je soussigné, { $prenoms } { $nom }, demeurant
       *[other] Je, { $prenoms } { $nom }, demeurant
    } { $adresse }, vous demande d'ouvrir un compte de dépôt à mon nom dans votre établissement.
droit-au-compte-letter-demande-ouverture-p-sans-compte = Je certifie sur l'honneur ne détenir actuellement aucun compte de dépôt.
droit-au-compte-letter-demande-ouverture-p-compte-cloture =
    Le seul compte de dépôt dont j'étais titulaire a été clôturé à l'initiative de ma banque. Depuis la réception de cette décision, je suis { $civilite ->
        [madame] considérée comme dépourvue
       *[other] considéré comme dépourvu
    } de compte (article R312-6 du code monétaire et financier).
droit-au-compte-letter-demande-ouverture-p-droit = Toute personne domiciliée en France qui ne dispose d'aucun compte de dépôt a droit à l'ouverture d'un tel compte (article L312-1 du code monétaire et financier). La loi ne subordonne pas ce droit à la régularité du séjour.
droit-au-compte-letter-demande-ouverture-p-silence =
    Conformément à l'article R312-6-1 du même code, votre silence pendant quinze jours à compter { $mode_demande ->
        [guichet] du dépôt de cette demande à votre guichet
       *[other] de la date de l'avis de réception de cette lettre
    } vaudra refus d'ouvrir le compte. Dans ce cas, ou si vous refusez expressément, je vous remercie de me remettre l'attestation de refus indiquant son motif, qui me permettra de saisir la Banque de France.
droit-au-compte-letter-demande-ouverture-p-pieces =
    { $enclosures ->
        [0] {""}
        [one] Vous trouverez ci-joint la pièce listée ci-dessous.
       *[other] Vous trouverez ci-joint les { $enclosures } pièces listées ci-dessous.
    }
droit-au-compte-letter-demande-ouverture-closing = Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

## Demande de droit au compte, à la Banque de France

droit-au-compte-letter-saisine-bdf-recipient =
    Banque de France
    Demande de droit au compte
    { $adresse_bdf }
droit-au-compte-letter-saisine-bdf-subject = Demande de désignation d'un établissement de crédit au titre du droit au compte
droit-au-compte-letter-saisine-bdf-ref-refus = Attestation de refus de { $nom_banque } du { $date_refus }
droit-au-compte-letter-saisine-bdf-ref-refus-oral = Refus exprimé oralement par { $nom_banque } le { $date_refus }, sans attestation
droit-au-compte-letter-saisine-bdf-ref-silence-lrar = Demande reçue par { $nom_banque } le { $date_ar }, restée sans réponse écrite
droit-au-compte-letter-saisine-bdf-ref-silence-guichet = Demande déposée au guichet de { $nom_banque } le { $date_depot }, restée sans réponse écrite
droit-au-compte-letter-saisine-bdf-salutation = Madame, Monsieur,
droit-au-compte-letter-saisine-bdf-p-demande =
    { $civilite ->
        [madame] Je soussignée, { $prenoms } { $nom }, demeurant
        [monsieur] Je soussigné, { $prenoms } { $nom }, demeurant
       *[other] Je, { $prenoms } { $nom }, demeurant
    } { $adresse }, vous demande de me désigner un établissement de crédit qui sera tenu de m'ouvrir un compte de dépôt, en application de l'article L312-1 du code monétaire et financier.
droit-au-compte-letter-saisine-bdf-p-refus = Le { $date_refus }, { $nom_banque }, à qui j'avais demandé l'ouverture d'un compte, a refusé de l'ouvrir, par l'attestation de refus jointe.
droit-au-compte-letter-saisine-bdf-p-refus-oral = Le { $date_refus }, { $nom_banque } m'a fait savoir oralement qu'elle refusait d'ouvrir le compte, sans me remettre l'attestation de refus motivée que l'article R312-6-1 du même code lui impose de délivrer.
droit-au-compte-letter-saisine-bdf-p-silence =
    J'ai demandé l'ouverture d'un compte à { $nom_banque } { $mode_demande ->
        [lrar] par lettre recommandée, dont l'avis de réception est daté du { $date_ar }
       *[other] par un dépôt à son guichet le { $date_depot }
    }. Plus de quinze jours se sont écoulés depuis sans réponse écrite : ce silence vaut refus d'ouvrir le compte (article R312-6-1 du même code). Je joins { $mode_demande ->
        [lrar] l'avis de réception
       *[other] la preuve du dépôt
    } de ma demande.
droit-au-compte-letter-saisine-bdf-p-sans-compte = Je certifie sur l'honneur ne détenir actuellement aucun compte de dépôt.
droit-au-compte-letter-saisine-bdf-p-compte-cloture =
    Le seul compte de dépôt dont j'étais titulaire a été clôturé à l'initiative de ma banque ; je suis donc { $civilite ->
        [madame] considérée comme dépourvue
       *[other] considéré comme dépourvu
    } de compte depuis la réception de cette décision (article R312-6 du même code).
droit-au-compte-letter-saisine-bdf-p-pieces =
    { $enclosures ->
        [one] Je joins la pièce listée ci-dessous,
       *[other] Je joins les { $enclosures } pièces listées ci-dessous,
    } prévues par l'arrêté du 31 juillet 2015 fixant la liste des pièces justificatives.
droit-au-compte-letter-saisine-bdf-p-delai = Je vous remercie de procéder à cette désignation dans le délai d'un jour ouvré qui suit la réception de ces pièces.
droit-au-compte-letter-saisine-bdf-closing = Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.
