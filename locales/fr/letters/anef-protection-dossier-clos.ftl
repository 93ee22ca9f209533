# Lettre de la démarche « réfugié ou protection subsidiaire : demande de
# carte clôturée ou bloquée sur l'ANEF ». Rédigée en français : elle part au
# préfet. Faits : docs/research/anef-dossier-clos.md (L424-1, R424-1,
# L424-9, R431-15-3, R431-2 du CESEDA ; CE avis n° 493514 ; CE n° 452798)
# et legal-reference.md §7 (L521-3 du CJA).

anef-protection-dossier-clos-letter-sender =
    { $prenoms } { $nom }
    { $adresse }
anef-protection-dossier-clos-letter-signature = { $prenoms } { $nom }

anef-protection-dossier-clos-enclosure-identite = Copie de mon passeport ou de mon document d'identité
anef-protection-dossier-clos-enclosure-decision_protection = Copie de la décision qui m'accorde la protection
anef-protection-dossier-clos-enclosure-capture = Copie d'écran ou message du téléservice ANEF
anef-protection-dossier-clos-enclosure-preuves_pertes = Justificatifs des droits perdus faute de document

anef-protection-dossier-clos-letter-demande-enregistrement-recipient =
    { $paris ->
        [true] Monsieur le Préfet de police
       *[other] Madame la Préfète, Monsieur le Préfet
    }
    { $paris ->
        [true] Préfecture de police
       *[other] Préfecture – { $departement }
    }
    { $adresse_prefecture }
anef-protection-dossier-clos-letter-demande-enregistrement-subject =
    { $protection ->
        [refugie] Demande d'enregistrement de ma demande de carte de résident en qualité de réfugié et de délivrance de l'attestation « reconnu réfugié »
       *[other] Demande d'enregistrement de ma demande de carte de séjour pluriannuelle « bénéficiaire de la protection subsidiaire »
    }
anef-protection-dossier-clos-letter-demande-enregistrement-ref-etranger = Numéro étranger : { $numero_etranger }
anef-protection-dossier-clos-letter-demande-enregistrement-ref-demande = Demande ANEF n° { $numero_demande }
anef-protection-dossier-clos-letter-demande-enregistrement-salutation =
    { $paris ->
        [true] Monsieur le Préfet de police,
       *[other] Madame la Préfète, Monsieur le Préfet,
    }
anef-protection-dossier-clos-letter-demande-enregistrement-p-protection =
    { $civilite ->
        [madame] Je soussignée, { $prenoms } { $nom }, née
        [monsieur] Je soussigné, { $prenoms } { $nom }, né
       *[other] Je, { $prenoms } { $nom }, né(e)
    } le { $date_naissance }, de nationalité { $nationalite }, demeurant { $adresse }, { $organe ->
        [cnda] me suis vu accorder par la Cour nationale du droit d'asile, par une décision du { $date_decision },
       *[other] me suis vu accorder par l'Office français de protection des réfugiés et apatrides, par une décision du { $date_decision },
    } { $protection ->
        [refugie] la qualité de réfugié.
       *[other] le bénéfice de la protection subsidiaire.
    } Je joins la copie de cette décision.
anef-protection-dossier-clos-letter-demande-enregistrement-p-carte-refugie = En application de l'article L424-1 du code de l'entrée et du séjour des étrangers et du droit d'asile, cette qualité me donne droit à une carte de résident d'une durée de dix ans, que l'article R424-1 du même code vous fait obligation de délivrer dans un délai de trois mois à compter de la décision de reconnaissance de la qualité de réfugié.
anef-protection-dossier-clos-letter-demande-enregistrement-p-carte-subsidiaire = En application de l'article L424-9 du code de l'entrée et du séjour des étrangers et du droit d'asile, ce bénéfice me donne droit à une carte de séjour pluriannuelle portant la mention « bénéficiaire de la protection subsidiaire », délivrée dès ma première admission au séjour.
anef-protection-dossier-clos-letter-demande-enregistrement-p-cloture =
    J'ai présenté cette demande de carte sur le téléservice de l'administration numérique des étrangers en France (ANEF). Le { $date_cloture }, le téléservice l'a clôturée { $motif ->
        [autre-demande] au motif qu'une autre demande de titre de séjour me concernant était en cours d'instruction.
       *[other] sans qu'aucune décision motivée ne me soit notifiée.
    } Cette clôture ne résulte d'aucune insuffisance de mon dossier, qui est complet.
anef-protection-dossier-clos-letter-demande-enregistrement-p-impossible =
    Le téléservice de l'administration numérique des étrangers en France (ANEF) ne me permet pas de présenter cette demande de carte{ $motif ->
        [autre-demande] , au motif qu'une autre demande de titre de séjour me concernant est en cours d'instruction.
       *[other] .
    } Cette impossibilité ne résulte d'aucune insuffisance de mon dossier, qui est complet.
anef-protection-dossier-clos-letter-demande-enregistrement-p-capture = Je joins la copie d'écran du téléservice qui en atteste.
anef-protection-dossier-clos-letter-demande-enregistrement-p-simultanees = Or aucun texte n'impose à un étranger de ne présenter qu'une seule demande de titre de séjour : comme l'a rappelé le Conseil d'État (avis du 10 octobre 2024, n° 493514), il lui est loisible de demander simultanément ou successivement des titres de séjour relevant de catégories différentes. L'instruction d'une autre demande ne saurait donc faire obstacle à l'enregistrement de celle-ci, qui porte sur une carte à laquelle j'ai droit.
anef-protection-dossier-clos-letter-demande-enregistrement-p-substitution = Lorsque le téléservice ne permet pas l'enregistrement d'une demande, l'article R431-2 du même code prévoit une solution de substitution, prenant la forme d'un accueil physique permettant cet enregistrement ; le Conseil d'État a jugé qu'une telle solution doit être garantie (Conseil d'État, 3 juin 2022, n° 452798).
anef-protection-dossier-clos-letter-demande-enregistrement-p-attestation = Enfin, l'article R431-15-3 du même code prévoit que, dès la souscription de ma demande de carte de résident, une attestation de prolongation de l'instruction portant la mention « reconnu réfugié », d'une durée de six mois renouvelable, est mise à ma disposition ; elle me permet de justifier de la régularité de mon séjour et me confère le droit d'exercer la profession de mon choix. En l'état, j'en suis privé{ $civilite ->
        [madame] e
       *[other] {""}
    }.
anef-protection-dossier-clos-letter-demande-enregistrement-p-pertes = Faute de document, je ne peux pas justifier de la régularité de mon séjour et je subis déjà les conséquences suivantes : { $pertes }. J'en joins les justificatifs.
anef-protection-dossier-clos-letter-demande-enregistrement-p-demande =
    Je vous demande en conséquence de bien vouloir { $situation ->
        [cloture] rouvrir ma demande sur le téléservice ou, à défaut, l'enregistrer
       *[other] enregistrer ma demande
    } selon la solution de substitution prévue à l'article R431-2, { $protection ->
        [refugie] de mettre à ma disposition sans délai l'attestation de prolongation de l'instruction « reconnu réfugié », puis de me délivrer ma carte de résident.
       *[other] de me remettre sans délai un document justifiant de la régularité de mon séjour pendant l'instruction, puis de me délivrer ma carte de séjour pluriannuelle.
    } Je vous remercie de m'adresser un accusé de réception de ma demande.
anef-protection-dossier-clos-letter-demande-enregistrement-p-refere = À défaut, je me réserve la possibilité de demander au juge des référés du tribunal administratif d'ordonner ces mesures, sur le fondement de l'article L521-3 du code de justice administrative.
anef-protection-dossier-clos-letter-demande-enregistrement-p-pieces =
    { $enclosures ->
        [0] {""}
        [one] Vous trouverez ci-joint la pièce listée ci-dessous.
       *[other] Vous trouverez ci-joint les { $enclosures } pièces listées ci-dessous.
    }
anef-protection-dossier-clos-letter-demande-enregistrement-closing =
    { $paris ->
        [true] Je vous prie d'agréer, Monsieur le Préfet de police, l'expression de ma haute considération.
       *[other] Je vous prie d'agréer, Madame la Préfète, Monsieur le Préfet, l'expression de ma haute considération.
    }
