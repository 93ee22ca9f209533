# Lettres de la démarche « PUMa, CSS ou AME sans réponse ». Rédigées en
# français : elles partent à la CPAM. Faits : legal-reference.md §2.A
# (PUMa/CSS/AME) et §0.1 (CRPA). L'article L861-5 CSS n'est pas cité : sa
# version en vigueur n'a pas été relue.

sante-sans-reponse-letter-sender =
    { $prenoms } { $nom }
    { $adresse }
sante-sans-reponse-letter-signature = { $prenoms } { $nom }

sante-sans-reponse-enclosure-copie_demande = Copie de ma demande et de la liste des pièces envoyées
sante-sans-reponse-enclosure-preuve_depot = Preuve du dépôt de ma demande
sante-sans-reponse-enclosure-identite = Copie de ma pièce d'identité ou de mon document de séjour
sante-sans-reponse-enclosure-domiciliation = Copie de mon attestation de domiciliation

sante-sans-reponse-letter-attestation-css-recipient =
    Caisse primaire d'assurance maladie
    { $departement }
    { $adresse_cpam }
sante-sans-reponse-letter-attestation-css-subject = Demande d'attestation d'acceptation implicite de la complémentaire santé solidaire
sante-sans-reponse-letter-attestation-css-ref-numero = Numéro : { $numero }
sante-sans-reponse-letter-attestation-css-ref-demande = Demande envoyée le { $date_envoi }
sante-sans-reponse-letter-attestation-css-salutation = Madame la Directrice, Monsieur le Directeur,
sante-sans-reponse-letter-attestation-css-p-rappel =
    { $civilite ->
        [madame] Je soussignée, { $prenoms } { $nom }, née
        [monsieur] Je soussigné, { $prenoms } { $nom }, né
       *[other] Je, { $prenoms } { $nom }, né(e)
    } le { $date_naissance } et demeurant { $adresse }, vous ai adressé le { $date_envoi } une demande complète de complémentaire santé solidaire. Aucune décision ne m'a été notifiée depuis.
sante-sans-reponse-letter-attestation-css-p-acceptation = Faute de notification d'une décision dans le délai prévu, qui a expiré le { $deadline-acceptation-css }, ma demande est considérée comme acceptée.
sante-sans-reponse-letter-attestation-css-p-demande = Je vous demande donc de me délivrer l'attestation de cette décision implicite d'acceptation, conformément à l'article L232-3 du code des relations entre le public et l'administration, et de m'adresser les documents permettant de faire valoir ce droit auprès des professionnels de santé.
sante-sans-reponse-letter-attestation-css-p-pieces =
    { $enclosures ->
        [0] {""}
        [one] Vous trouverez ci-joint la pièce listée ci-dessous.
       *[other] Vous trouverez ci-joint les { $enclosures } pièces listées ci-dessous.
    }
sante-sans-reponse-letter-attestation-css-closing = Je vous prie d'agréer, Madame la Directrice, Monsieur le Directeur, l'expression de mes salutations distinguées.

sante-sans-reponse-letter-demande-decision-recipient =
    Madame la Directrice, Monsieur le Directeur
    Caisse primaire d'assurance maladie
    { $departement }
    { $adresse_cpam }
sante-sans-reponse-letter-demande-decision-subject =
    { $droit ->
        [ame] Demande d'aide médicale de l'État restée sans réponse
       *[other] Demande de prise en charge des frais de santé (protection universelle maladie) restée sans réponse
    }
sante-sans-reponse-letter-demande-decision-ref-numero = Numéro : { $numero }
sante-sans-reponse-letter-demande-decision-ref-demande = Demande envoyée le { $date_envoi }
sante-sans-reponse-letter-demande-decision-salutation = Madame la Directrice, Monsieur le Directeur,
sante-sans-reponse-letter-demande-decision-p-rappel =
    { $civilite ->
        [madame] Je soussignée, { $prenoms } { $nom }, née
        [monsieur] Je soussigné, { $prenoms } { $nom }, né
       *[other] Je, { $prenoms } { $nom }, né(e)
    } le { $date_naissance } et demeurant { $adresse }, vous ai adressé le { $date_envoi } une demande complète { $droit ->
        [ame] d'aide médicale de l'État
       *[other] de prise en charge de mes frais de santé au titre de la protection universelle maladie
    }. Je n'ai reçu aucune décision à ce jour.
sante-sans-reponse-letter-demande-decision-p-ame = Il appartient au directeur de la caisse, agissant au nom de l'État, de statuer sur cette demande.
sante-sans-reponse-letter-demande-decision-p-demande = Je vous demande de statuer sur ma demande et de me notifier une décision écrite, en précisant les voies et délais de recours. Sans décision, je ne peux pas me soigner dans des conditions normales.
sante-sans-reponse-letter-demande-decision-p-motifs = Si vous considérez que votre silence a fait naître une décision implicite de rejet, je vous demande de m'en communiquer les motifs, en application de l'article L232-4 du code des relations entre le public et l'administration.
sante-sans-reponse-letter-demande-decision-p-suite = À défaut de réponse, je contesterai cette décision { $droit ->
        [ame] par le recours administratif préalable prévu à l'article L134-2 du code de l'action sociale et des familles, puis, s'il y a lieu, devant le tribunal administratif.
       *[other] devant la commission de recours amiable.
    }
sante-sans-reponse-letter-demande-decision-p-pieces =
    { $enclosures ->
        [0] {""}
        [one] Vous trouverez ci-joint la pièce listée ci-dessous.
       *[other] Vous trouverez ci-joint les { $enclosures } pièces listées ci-dessous.
    }
sante-sans-reponse-letter-demande-decision-closing = Je vous prie d'agréer, Madame la Directrice, Monsieur le Directeur, l'expression de mes salutations distinguées.

## Recours administratif préalable contre le refus de l'AME (article L134-2
## du code de l'action sociale et des familles), obligatoire avant le
## tribunal administratif, adressé à l'auteur de la décision.
sante-sans-reponse-enclosure-decision_refus = Copie de la décision de refus du { $date_refus_ame }
sante-sans-reponse-enclosure-justificatifs = Justificatifs de mon droit à l'aide médicale de l'État

sante-sans-reponse-letter-recours-prealable-ame-recipient =
    Madame la Directrice, Monsieur le Directeur
    Caisse primaire d'assurance maladie
    { $departement }
    { $adresse_cpam }
sante-sans-reponse-letter-recours-prealable-ame-subject = Recours administratif préalable contre le refus de l'aide médicale de l'État (article L134-2 du code de l'action sociale et des familles)
sante-sans-reponse-letter-recours-prealable-ame-ref-numero = Numéro : { $numero }
sante-sans-reponse-letter-recours-prealable-ame-ref-decision =
    { $reponse_cpam ->
        [refus-ecrit] Décision de refus du { $date_refus_ame }
       *[other] Demande envoyée le { $date_envoi }, restée sans décision
    }
sante-sans-reponse-letter-recours-prealable-ame-salutation = Madame la Directrice, Monsieur le Directeur,
sante-sans-reponse-letter-recours-prealable-ame-p-saisine =
    { $civilite ->
        [madame] Je soussignée, { $prenoms } { $nom }, née
        [monsieur] Je soussigné, { $prenoms } { $nom }, né
       *[other] Je, { $prenoms } { $nom }, né(e)
    } le { $date_naissance } et demeurant { $adresse }, forme le recours administratif préalable prévu à l'article L134-2 du code de l'action sociale et des familles contre le refus de m'admettre au bénéfice de l'aide médicale de l'État, que j'avais demandée le { $date_envoi }. Ce recours est adressé au directeur de la caisse, qui statue sur l'aide médicale de l'État au nom de l'État.
sante-sans-reponse-letter-recours-prealable-ame-p-refus-ecrit = Ce refus m'a été notifié par une décision du { $date_refus_ame }, dont je joins la copie.
sante-sans-reponse-letter-recours-prealable-ame-p-silence = Aucune décision ne m'a été notifiée sur cette demande : je conteste le refus qui résulte de ce silence. Je joins la copie de ma demande et la preuve de son dépôt.
sante-sans-reponse-letter-recours-prealable-ame-p-motifs = Je remplis les conditions de l'aide médicale de l'État. { $motif_contestation }
sante-sans-reponse-letter-recours-prealable-ame-p-demande = Je vous demande en conséquence de m'admettre au bénéfice de l'aide médicale de l'État et de me notifier votre décision par écrit, avec les voies et délais de recours.
sante-sans-reponse-letter-recours-prealable-ame-p-entendu =
    { $civilite ->
        [madame] Conformément au même article, je souhaite être entendue, accompagnée de la personne de mon choix.
        [monsieur] Conformément au même article, je souhaite être entendu, accompagné de la personne de mon choix.
       *[other] Conformément au même article, je souhaite être entendu(e), accompagné(e) de la personne de mon choix.
    }
sante-sans-reponse-letter-recours-prealable-ame-p-pieces =
    { $enclosures ->
        [0] {""}
        [one] Vous trouverez ci-joint la pièce listée ci-dessous.
       *[other] Vous trouverez ci-joint les { $enclosures } pièces listées ci-dessous.
    }
sante-sans-reponse-letter-recours-prealable-ame-closing = Je vous prie d'agréer, Madame la Directrice, Monsieur le Directeur, l'expression de mes salutations distinguées.

## Requête au tribunal administratif contre le refus de l'AME, après le
## recours préalable, déposée par la personne elle-même (sans avocat :
## article R431-3 du code de justice administrative).
sante-sans-reponse-enclosure-recours_envoye = Copie de mon recours administratif préalable et de la preuve de sa réception par la caisse
sante-sans-reponse-enclosure-decision_rejet = Copie de la décision du { $date_rejet_recours } rejetant mon recours administratif préalable

sante-sans-reponse-letter-requete-tribunal-recipient =
    Madame, Monsieur le Président
    { $court-ta }
    { $court-ta-address }
sante-sans-reponse-letter-requete-tribunal-subject = Requête contre le refus de l'aide médicale de l'État
sante-sans-reponse-letter-requete-tribunal-ref-requerant = Requérant{ $civilite ->
        [madame] e
       *[other] {""}
    } : { $prenoms } { $nom }, { $adresse }
sante-sans-reponse-letter-requete-tribunal-ref-defendeur = Défendeur : l'État (directeur de la caisse primaire d'assurance maladie – { $departement })
sante-sans-reponse-letter-requete-tribunal-ref-numero = Numéro : { $numero }
sante-sans-reponse-letter-requete-tribunal-salutation = Madame, Monsieur le Président,
sante-sans-reponse-letter-requete-tribunal-p-saisine =
    { $civilite ->
        [madame] Je soussignée, { $prenoms } { $nom }, née
        [monsieur] Je soussigné, { $prenoms } { $nom }, né
       *[other] Je, { $prenoms } { $nom }, né(e)
    } le { $date_naissance } et demeurant { $adresse }, demande au tribunal d'annuler le refus de m'admettre au bénéfice de l'aide médicale de l'État, ainsi que { $reponse_recours ->
        [rejet-ecrit] la décision du { $date_rejet_recours } rejetant mon recours administratif préalable
       *[other] la décision implicite rejetant mon recours administratif préalable
    }, et d'ordonner mon admission à cette aide.
sante-sans-reponse-letter-requete-tribunal-p-refus-ecrit = Par une décision du { $date_refus_ame }, le directeur de la caisse primaire d'assurance maladie, agissant au nom de l'État, a refusé de m'admettre au bénéfice de l'aide médicale de l'État, que j'avais demandée le { $date_envoi }. Je joins cette décision.
sante-sans-reponse-letter-requete-tribunal-p-silence = J'ai demandé le { $date_envoi } à la caisse primaire d'assurance maladie, dont le directeur statue au nom de l'État, de m'admettre au bénéfice de l'aide médicale de l'État. Aucune décision ne m'a été notifiée, et je conteste le refus qui résulte de ce silence. Je joins ma demande et la preuve de son dépôt.
sante-sans-reponse-letter-requete-tribunal-p-recours-rejete = Conformément à l'article L134-2 du code de l'action sociale et des familles, j'ai formé contre ce refus un recours administratif préalable auprès du directeur de la caisse, qui l'a rejeté par une décision du { $date_rejet_recours }. Je joins mon recours et cette décision.
sante-sans-reponse-letter-requete-tribunal-p-recours-silence = Conformément à l'article L134-2 du code de l'action sociale et des familles, j'ai formé contre ce refus un recours administratif préalable auprès du directeur de la caisse. Ce recours est resté sans réponse pendant deux mois après sa réception, ce qui vaut décision implicite de rejet à compter du { $deadline-rejet-implicite-recours } (article L411-7 du code des relations entre le public et l'administration). Je joins mon recours et la preuve de sa réception, qui établit la date de ma demande (article R421-2 du code de justice administrative).
sante-sans-reponse-letter-requete-tribunal-p-motifs = Ce refus méconnaît mon droit à l'aide médicale de l'État, dont je remplis les conditions. { $motif_contestation }
sante-sans-reponse-letter-requete-tribunal-p-conclusions = Par ces motifs, je demande au tribunal d'annuler ces décisions et d'enjoindre au directeur de la caisse primaire d'assurance maladie, agissant au nom de l'État, de m'admettre au bénéfice de l'aide médicale de l'État à compter de la date de ma demande.
sante-sans-reponse-letter-requete-tribunal-p-pieces =
    { $enclosures ->
        [one] La pièce listée ci-dessous est jointe à la présente requête, avec sa copie.
       *[other] Les { $enclosures } pièces listées ci-dessous, { $reponse_recours ->
            [rejet-ecrit] dont la décision attaquée
           *[other] dont la preuve de la réception de mon recours
        }, sont jointes à la présente requête, chacune avec sa copie.
    }
sante-sans-reponse-letter-requete-tribunal-closing = Je vous prie d'agréer, Madame, Monsieur le Président, l'expression de ma haute considération.
