# Lettre de la démarche « recours contre une décision de la MDPH ». Rédigée
# en français. Faits : legal-reference.md §1.

rapo-mdph-letter-sender =
    { $prenoms } { $nom }
    { $adresse }
rapo-mdph-letter-signature = { $prenoms } { $nom }

rapo-mdph-enclosure-decision_contestee = Copie de la décision contestée
rapo-mdph-enclosure-ar_demande = Copie de l'accusé de réception de ma demande
rapo-mdph-enclosure-refus_examen = Copie du refus d'examiner ma demande et preuve de son dépôt
rapo-mdph-enclosure-pieces_medicales = Éléments médicaux ou sociaux à l'appui de mon recours

rapo-mdph-letter-rapo-recipient =
    Maison départementale des personnes handicapées
    { $departement }
    À l'attention de la commission des droits et de
    l'autonomie des personnes handicapées (CDAPH)
    { $adresse_mdph }
rapo-mdph-letter-rapo-subject =
    { $nature ->
        [refus-examen] Recours administratif préalable contre le refus d'enregistrer et d'examiner ma demande
       *[other] Recours administratif préalable contre une décision de la CDAPH
    }
rapo-mdph-letter-rapo-ref-dossier = Numéro de dossier MDPH : { $numero_dossier }
rapo-mdph-letter-rapo-ref-decision =
    { $forme_decision ->
        [implicite] Demande reçue le { $date_ar_demande }, restée sans réponse
       *[other] Décision du { $date_notification }
    }
rapo-mdph-letter-rapo-salutation = Madame la Présidente, Monsieur le Président,
rapo-mdph-letter-rapo-p-saisine =
    { $civilite ->
        [madame] Je soussignée, { $prenoms } { $nom }, née le { $date_naissance }, demeurant
        [monsieur] Je soussigné, { $prenoms } { $nom }, né le { $date_naissance }, demeurant
       *[other] Je, { $prenoms } { $nom }, date de naissance : { $date_naissance }, demeurant
    } { $adresse }, forme un recours administratif préalable contre { $forme_decision ->
        [implicite] la décision implicite de rejet née du silence gardé sur ma demande, reçue le { $date_ar_demande }
       *[other] la décision du { $date_notification }
    }, en application de l'article L142-4 du code de la sécurité sociale et de l'article R241-36 du code de l'action sociale et des familles.
rapo-mdph-letter-rapo-p-objet =
    { $nature ->
        [aah] Cette décision concerne l'allocation aux adultes handicapés.
        [aeeh] Cette décision concerne l'allocation d'éducation de l'enfant handicapé.
        [pch] Cette décision concerne la prestation de compensation du handicap.
        [orientation-medico-sociale] Cette décision concerne mon orientation vers un établissement ou un service médico-social.
        [scolarisation] Cette décision concerne les mesures propres à assurer la scolarisation.
        [rqth] Cette décision concerne la reconnaissance de la qualité de travailleur handicapé.
        [orientation-professionnelle] Cette décision concerne mon orientation professionnelle.
        [refus-examen] La maison départementale a refusé d'examiner ma demande au motif que je ne produisais pas de titre de séjour.
       *[other] Je conteste cette décision.
    }
rapo-mdph-letter-rapo-p-refus-examen = Or aucun texte ne subordonne à un titre de séjour l'examen de ma situation de handicap par la commission : la condition de régularité du séjour prévue pour l'allocation aux adultes handicapés (article L821-1 du code de la sécurité sociale) relève de l'organisme chargé de la verser. Je vous demande en tout état de cause une décision écrite et motivée (article L211-2 du code des relations entre le public et l'administration).
rapo-mdph-letter-rapo-p-motifs = Je conteste cette décision pour les raisons suivantes : { $motif_contestation }
rapo-mdph-letter-rapo-p-demande =
    { $nature ->
        [refus-examen] Je vous demande en conséquence d'enregistrer ma demande, de m'en délivrer l'accusé de réception et de la transmettre à la commission des droits et de l'autonomie des personnes handicapées afin qu'elle évalue ma situation et statue.
       *[other] Je vous demande en conséquence de réexaminer ma situation et de réformer cette décision.
    }
rapo-mdph-letter-rapo-p-pieces =
    { $enclosures ->
        [0] {""}
        [one] Vous trouverez ci-joint la pièce listée ci-dessous.
       *[other] Vous trouverez ci-joint les { $enclosures } pièces listées ci-dessous.
    }
rapo-mdph-letter-rapo-closing = Je vous prie d'agréer, Madame la Présidente, Monsieur le Président, l'expression de mes salutations distinguées.

## Refus au guichet : demande d'enregistrement ou de décision écrite, à la MDPH

rapo-mdph-letter-demande-decision-recipient =
    Madame ou Monsieur le Directeur
    Maison départementale des personnes handicapées
    { $departement }
    { $adresse_mdph }
rapo-mdph-letter-demande-decision-subject = Demande d'enregistrement de ma demande, ou de décision écrite et motivée
rapo-mdph-letter-demande-decision-ref-dossier = Numéro de dossier MDPH : { $numero_dossier }
rapo-mdph-letter-demande-decision-salutation = Madame la Directrice, Monsieur le Directeur,
rapo-mdph-letter-demande-decision-p-demande =
    { $civilite ->
        [madame] Je soussignée, { $prenoms } { $nom }, née le { $date_naissance }, demeurant
        [monsieur] Je soussigné, { $prenoms } { $nom }, né le { $date_naissance }, demeurant
       *[other] Je, { $prenoms } { $nom }, date de naissance : { $date_naissance }, demeurant
    } { $adresse }, me suis présenté{ $civilite ->
        [madame] e
        [monsieur] {""}
       *[other] (e)
    } le { $date_refus_guichet } à l'accueil de la maison départementale pour déposer une demande { $nature ->
        [aah] d'allocation aux adultes handicapés
        [aeeh] d'allocation d'éducation de l'enfant handicapé
        [pch] de prestation de compensation du handicap
        [rqth] de reconnaissance de la qualité de travailleur handicapé
        [orientation-medico-sociale] d'orientation vers un établissement ou un service médico-social
        [orientation-professionnelle] d'orientation professionnelle
        [scolarisation] de mesures propres à assurer la scolarisation
       *[other] auprès de la commission des droits et de l'autonomie des personnes handicapées
    }.
rapo-mdph-letter-demande-decision-p-refus = Ma demande n'a pas été enregistrée : { $circonstances_guichet } Aucune décision écrite ne m'a été remise.
rapo-mdph-letter-demande-decision-p-droit = Aucun texte ne subordonne à un titre de séjour l'examen de ma situation de handicap par la commission : la condition de régularité du séjour prévue pour l'allocation aux adultes handicapés (article L821-1 du code de la sécurité sociale) relève de l'organisme chargé de la verser.
rapo-mdph-letter-demande-decision-p-enregistrement = Je vous demande en conséquence d'enregistrer ma demande et de m'en délivrer l'accusé de réception prévu à l'article L112-3 du code des relations entre le public et l'administration, puis de la transmettre à la commission afin qu'elle l'évalue. Si vous refusez de l'enregistrer, je vous demande de me notifier ce refus par une décision écrite et motivée, conformément à l'article L211-2 du même code, en précisant les voies et délais de recours.
rapo-mdph-letter-demande-decision-p-pieces =
    { $enclosures ->
        [0] {""}
        [one] Vous trouverez ci-joint la pièce listée ci-dessous.
       *[other] Vous trouverez ci-joint les { $enclosures } pièces listées ci-dessous.
    }
rapo-mdph-letter-demande-decision-closing = Je vous prie d'agréer, Madame la Directrice, Monsieur le Directeur, l'expression de mes salutations distinguées.

## Requêtes au tribunal après le recours administratif préalable, déposées
## par la personne elle-même (sans avocat : article L142-9 du code de la
## sécurité sociale, article R431-3 du code de justice administrative).
rapo-mdph-enclosure-rapo_envoye = Copie de mon recours administratif préalable et de la preuve de sa réception par la maison départementale
rapo-mdph-enclosure-decision_rejet = Copie de la décision du { $date_rejet_rapo } rejetant mon recours administratif préalable

rapo-mdph-letter-requete-pole-social-recipient =
    Pôle social – greffe
    { $tribunal_judiciaire }
    { $adresse_pole_social }
rapo-mdph-letter-requete-pole-social-subject = Requête devant le pôle social du tribunal judiciaire (article R142-10-1 du code de la sécurité sociale)
rapo-mdph-letter-requete-pole-social-ref-requerant = Requérant{ $civilite ->
        [madame] e
       *[other] {""}
    } : { $prenoms } { $nom }, { $adresse }
rapo-mdph-letter-requete-pole-social-ref-defendeur = Défendeur : la maison départementale des personnes handicapées – { $departement }
rapo-mdph-letter-requete-pole-social-ref-dossier = Numéro de dossier MDPH : { $numero_dossier }
rapo-mdph-letter-requete-pole-social-salutation = Madame, Monsieur le Président,
rapo-mdph-letter-requete-pole-social-p-saisine =
    { $civilite ->
        [madame] Je soussignée, { $prenoms } { $nom }, née
        [monsieur] Je soussigné, { $prenoms } { $nom }, né
       *[other] Je, { $prenoms } { $nom }, né(e)
    } le { $date_naissance } à { $lieu_naissance }, de nationalité { $nationalite }, { $profession }, demeurant { $adresse }, saisis le tribunal d'une contestation de { $forme_decision ->
        [implicite] la décision implicite de rejet née du silence gardé sur ma demande, reçue le { $date_ar_demande },
       *[other] la décision du { $date_notification }
    } de la commission des droits et de l'autonomie des personnes handicapées, ainsi que { $reponse_rapo ->
        [rejet-ecrit] de la décision du { $date_rejet_rapo } rejetant mon recours administratif préalable
       *[other] de la décision implicite rejetant mon recours administratif préalable
    }.
rapo-mdph-letter-requete-pole-social-p-objet =
    { $nature ->
        [aah] Ces décisions concernent l'allocation aux adultes handicapés.
        [aeeh] Ces décisions concernent l'allocation d'éducation de l'enfant handicapé.
        [pch] Ces décisions concernent la prestation de compensation du handicap.
        [orientation-medico-sociale] Ces décisions concernent mon orientation vers un établissement ou un service médico-social.
        [scolarisation] Ces décisions concernent les mesures propres à assurer la scolarisation.
        [refus-examen] La maison départementale a refusé d'examiner ma demande au motif que je ne produisais pas de titre de séjour.
       *[other] Je conteste ces décisions.
    }
rapo-mdph-letter-requete-pole-social-p-decision-ecrite = Je joins la décision contestée.
rapo-mdph-letter-requete-pole-social-p-decision-implicite = Ma demande, reçue le { $date_ar_demande }, est restée sans réponse ; je joins l'accusé de réception qui en établit la date.
rapo-mdph-letter-requete-pole-social-p-rapo-rejete = Comme l'exige l'article L142-4 du code de la sécurité sociale, j'ai formé contre cette décision un recours administratif préalable auprès de la maison départementale des personnes handicapées (article R241-36 du code de l'action sociale et des familles). La commission l'a rejeté par une décision du { $date_rejet_rapo }. Je joins cette décision et mon recours.
rapo-mdph-letter-requete-pole-social-p-rapo-silence = Comme l'exige l'article L142-4 du code de la sécurité sociale, j'ai formé contre cette décision un recours administratif préalable auprès de la maison départementale des personnes handicapées (article R241-36 du code de l'action sociale et des familles). La commission n'y a pas répondu dans les deux mois qui ont suivi sa réception, ce qui vaut décision implicite de rejet à compter du { $deadline-rejet-implicite-rapo } (article L411-7 du code des relations entre le public et l'administration). Je joins mon recours et la preuve de sa réception.
rapo-mdph-letter-requete-pole-social-p-refus-examen = Aucun texte ne subordonne à un titre de séjour l'examen de ma situation de handicap par la commission : la condition de régularité du séjour prévue pour l'allocation aux adultes handicapés (article L821-1 du code de la sécurité sociale) relève de l'organisme chargé de la verser.
rapo-mdph-letter-requete-pole-social-p-motifs = Exposé des motifs : { $motif_contestation }
rapo-mdph-letter-requete-pole-social-p-demande =
    { $nature ->
        [aah] Je demande en conséquence au tribunal d'infirmer ces décisions et de me reconnaître le droit à l'allocation aux adultes handicapés à compter de la date à laquelle j'en remplissais les conditions.
        [aeeh] Je demande en conséquence au tribunal d'infirmer ces décisions et de reconnaître le droit à l'allocation d'éducation de l'enfant handicapé à compter de la date à laquelle ses conditions étaient remplies.
        [pch] Je demande en conséquence au tribunal d'infirmer ces décisions et de me reconnaître le droit à la prestation de compensation du handicap à compter de la date à laquelle j'en remplissais les conditions.
        [refus-examen] Je demande en conséquence au tribunal d'annuler ces décisions et de dire que ma demande doit être enregistrée et examinée par la commission.
       *[other] Je demande en conséquence au tribunal d'infirmer ces décisions et de prononcer les mesures demandées.
    }
rapo-mdph-letter-requete-pole-social-p-pieces =
    { $enclosures ->
        [one] La pièce listée ci-dessous est jointe à la présente requête.
       *[other] Les { $enclosures } pièces listées ci-dessous sont jointes à la présente requête.
    }
rapo-mdph-letter-requete-pole-social-closing = Je vous prie d'agréer, Madame, Monsieur le Président, l'expression de ma haute considération.

rapo-mdph-letter-requete-tribunal-recipient =
    Madame, Monsieur le Président
    { $court-ta }
    { $court-ta-address }
rapo-mdph-letter-requete-tribunal-subject = Requête contre une décision de la commission des droits et de l'autonomie des personnes handicapées
rapo-mdph-letter-requete-tribunal-ref-requerant = Requérant{ $civilite ->
        [madame] e
       *[other] {""}
    } : { $prenoms } { $nom }, { $adresse }
rapo-mdph-letter-requete-tribunal-ref-defendeur = Défendeur : la maison départementale des personnes handicapées – { $departement }
rapo-mdph-letter-requete-tribunal-ref-dossier = Numéro de dossier MDPH : { $numero_dossier }
rapo-mdph-letter-requete-tribunal-salutation = Madame, Monsieur le Président,
rapo-mdph-letter-requete-tribunal-p-saisine =
    { $civilite ->
        [madame] Je soussignée, { $prenoms } { $nom }, née
        [monsieur] Je soussigné, { $prenoms } { $nom }, né
       *[other] Je, { $prenoms } { $nom }, né(e)
    } le { $date_naissance } et demeurant { $adresse }, demande au tribunal d'annuler { $forme_decision ->
        [implicite] la décision implicite de rejet née du silence gardé sur ma demande, reçue le { $date_ar_demande },
       *[other] la décision du { $date_notification }
    } de la commission des droits et de l'autonomie des personnes handicapées, ainsi que { $reponse_rapo ->
        [rejet-ecrit] la décision du { $date_rejet_rapo } rejetant mon recours administratif préalable
       *[other] la décision implicite rejetant mon recours administratif préalable
    }.
rapo-mdph-letter-requete-tribunal-p-objet =
    { $nature ->
        [rqth] Ces décisions concernent la reconnaissance de la qualité de travailleur handicapé.
       *[other] Ces décisions concernent mon orientation professionnelle.
    }
rapo-mdph-letter-requete-tribunal-p-decision-ecrite = Je joins la décision contestée.
rapo-mdph-letter-requete-tribunal-p-decision-implicite = Ma demande, reçue le { $date_ar_demande }, est restée sans réponse ; je joins l'accusé de réception qui en établit la date (article R421-2 du code de justice administrative).
rapo-mdph-letter-requete-tribunal-p-rapo-rejete = J'ai formé contre cette décision le recours administratif préalable obligatoire auprès de la maison départementale des personnes handicapées (articles R241-35 et R241-36 du code de l'action sociale et des familles). La commission l'a rejeté par une décision du { $date_rejet_rapo }. Je joins cette décision et mon recours.
rapo-mdph-letter-requete-tribunal-p-rapo-silence = J'ai formé contre cette décision le recours administratif préalable obligatoire auprès de la maison départementale des personnes handicapées (articles R241-35 et R241-36 du code de l'action sociale et des familles). La commission n'y a pas répondu dans les deux mois qui ont suivi sa réception, ce qui vaut décision implicite de rejet à compter du { $deadline-rejet-implicite-rapo } (article L411-7 du code des relations entre le public et l'administration). Je joins mon recours et la preuve de sa réception, qui établit la date de ma demande (article R421-2 du code de justice administrative).
rapo-mdph-letter-requete-tribunal-p-motifs = Exposé des motifs : { $motif_contestation }
rapo-mdph-letter-requete-tribunal-p-conclusions =
    { $nature ->
        [rqth] Par ces motifs, je demande au tribunal d'annuler ces décisions et d'enjoindre à la commission de me reconnaître la qualité de travailleur handicapé ou, à défaut, de réexaminer ma demande.
       *[other] Par ces motifs, je demande au tribunal d'annuler ces décisions et d'enjoindre à la commission de réexaminer mon orientation professionnelle.
    }
rapo-mdph-letter-requete-tribunal-p-pieces =
    { $enclosures ->
        [one] La pièce listée ci-dessous est jointe à la présente requête, avec sa copie.
       *[other] Les { $enclosures } pièces listées ci-dessous sont jointes à la présente requête, chacune avec sa copie.
    }
rapo-mdph-letter-requete-tribunal-closing = Je vous prie d'agréer, Madame, Monsieur le Président, l'expression de ma haute considération.
