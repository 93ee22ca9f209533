# Lettres de la démarche « titre expiré pendant le renouvellement : droits
# coupés ». Rédigées en français : elles partent à la CAF, à France Travail
# et à l'employeur. Faits et sources :
# docs/research/droits-suspendus-titre-expire.md (R431-15-1, R431-15-2,
# L433-3 et R431-5 du CESEDA ; L512-2 et D512-1 du CSS ; L5411-4, R5312-47
# et L8251-1 du code du travail ; Cass. 2e civ. 24 nov. 2016 ; Cass. soc.
# 3 juill. 2001).

anef-droits-suspendus-letter-sender =
    { $prenoms } { $nom }
    { $adresse }
anef-droits-suspendus-letter-signature = { $prenoms } { $nom }

anef-droits-suspendus-enclosure-preuve_depot = Attestation de dépôt de ma demande de renouvellement
anef-droits-suspendus-enclosure-titre_expire = Copie de mon titre de séjour expiré
anef-droits-suspendus-enclosure-api = Copie de mon attestation de prolongation de l'instruction en cours et des précédentes
anef-droits-suspendus-enclosure-decision_caf = Copie de la décision écrite de la CAF
anef-droits-suspendus-enclosure-courrier_france_travail = Copie du courrier ou du message de France Travail
anef-droits-suspendus-enclosure-contrat_travail = Copie de mon contrat de travail
anef-droits-suspendus-enclosure-bulletins_salaire = Copie de mes derniers bulletins de salaire

## Courrier à la CAF

anef-droits-suspendus-letter-courrier-caf-recipient =
    Madame, Monsieur le Directeur
    { $adresse_caf }
anef-droits-suspendus-letter-courrier-caf-subject = Demande de rétablissement de mes prestations pendant le renouvellement de mon titre de séjour
anef-droits-suspendus-letter-courrier-caf-ref-allocataire = Numéro d'allocataire : { $numero_allocataire }
anef-droits-suspendus-letter-courrier-caf-ref-decision = Votre décision du { $date_decision_caf }
anef-droits-suspendus-letter-courrier-caf-salutation = Madame, Monsieur le Directeur,
anef-droits-suspendus-letter-courrier-caf-p-arret =
    { $civilite ->
        [madame] Je soussignée, { $prenoms } { $nom }, née
        [monsieur] Je soussigné, { $prenoms } { $nom }, né
       *[other] Je, { $prenoms } { $nom }, né(e)
    } le { $date_naissance }, de nationalité { $nationalite }, demeurant { $adresse }, constate que la caisse a interrompu depuis le { $date_arret_caf } le versement de mes prestations ({ $prestations }). Mon titre de séjour ({ $titre }) a expiré le { $date_expiration }, mais mon séjour est resté régulier pendant toute la période que couvrent les documents décrits ci-dessous.
anef-droits-suspendus-letter-courrier-caf-p-renouvellement = J'ai demandé le renouvellement de ce titre le { $date_depot }, avant son expiration{ $depot_dans_delai ->
        [true] , dans le délai prévu à l'article R431-5 du code de l'entrée et du séjour des étrangers et du droit d'asile (CESEDA)
       *[other] {""}
    }, comme l'établit l'attestation de dépôt jointe avec la copie de mon titre expiré. Aucune décision ne m'a été notifiée à ce jour sur cette demande.
anef-droits-suspendus-letter-courrier-caf-p-api = Depuis le { $date_debut_api }, je suis sans interruption titulaire d'une attestation de prolongation de l'instruction délivrée par le préfet ; celle en cours est valable jusqu'au { $date_fin_api }, et j'en joins la copie. En application de l'article R431-15-1 du CESEDA, ce document, accompagné du titre expiré, permet de justifier de la régularité du séjour pendant la durée qu'il précise, et il est renouvelé tant que le préfet n'a pas statué sur la demande. Pour les demandes présentées par le téléservice de l'administration numérique des étrangers en France, cette attestation remplace le récépissé de demande de renouvellement, qui figure parmi les documents énumérés au 4° de l'article D512-1 du code de la sécurité sociale.
anef-droits-suspendus-letter-courrier-caf-p-trois-mois = Mon titre est de ceux que vise l'article L433-3 du CESEDA. Son renouvellement ayant été demandé dans le délai réglementaire, je peux justifier de la régularité de mon séjour par la présentation de ce titre expiré pendant trois mois à compter du { $date_expiration }. Pendant cette période, je conserve l'intégralité de mes droits sociaux.
anef-droits-suspendus-letter-courrier-caf-p-droit = Les prestations familiales sont dues de plein droit à l'étranger titulaire d'un titre exigé pour résider régulièrement en France (article L512-2 du code de la sécurité sociale), dès lors qu'il détient l'un des titres ou documents dont la liste est fixée par voie réglementaire (Cass. 2e civ., 24 novembre 2016, n° 15-26.271). Je remplis donc cette condition pour chacun des mois couverts par les documents que je joins.
anef-droits-suspendus-letter-courrier-caf-p-demande =
    { $couvert_aujourdhui ->
        [true] Je vous demande en conséquence de rétablir sans délai le versement de ces prestations et de me verser les sommes qui ne l'ont pas été depuis le { $date_arret_caf }, et en tout état de cause pour chacun des mois couverts par { $api ->
            [valide] mon attestation de prolongation de l'instruction
           *[other] ma carte expirée
        }.
       *[other] Je vous demande en conséquence de me verser ces prestations pour chacun des mois couverts par ma carte expirée, pendant les trois mois qui ont suivi le { $date_expiration }, et de réexaminer mes droits pour la suite au vu des documents de séjour que je vous transmettrai.
    }
anef-droits-suspendus-letter-courrier-caf-p-pieces =
    { $enclosures ->
        [0] {""}
        [one] Vous trouverez ci-joint la pièce listée ci-dessous.
       *[other] Vous trouverez ci-joint les { $enclosures } pièces listées ci-dessous.
    }
anef-droits-suspendus-letter-courrier-caf-closing = Je vous prie d'agréer, Madame, Monsieur le Directeur, l'expression de mes salutations distinguées.

## Courrier à France Travail

anef-droits-suspendus-letter-courrier-france-travail-recipient =
    Madame, Monsieur le Directeur de l'agence
    { $adresse_france_travail }
anef-droits-suspendus-letter-courrier-france-travail-subject =
    { $mesure_france_travail ->
        [cessation-inscription] Demande d'annulation de la cessation de mon inscription pendant le renouvellement de mon titre de séjour
       *[other] Demande de reprise du versement de mon allocation pendant le renouvellement de mon titre de séjour
    }
anef-droits-suspendus-letter-courrier-france-travail-ref-identifiant = Identifiant France Travail : { $identifiant_france_travail }
anef-droits-suspendus-letter-courrier-france-travail-salutation = Madame, Monsieur le Directeur,
anef-droits-suspendus-letter-courrier-france-travail-p-arret =
    { $civilite ->
        [madame] Je soussignée, { $prenoms } { $nom }, née
        [monsieur] Je soussigné, { $prenoms } { $nom }, né
       *[other] Je, { $prenoms } { $nom }, né(e)
    } le { $date_naissance }, de nationalité { $nationalite }, demeurant { $adresse }, { $mesure_france_travail ->
        [cessation-inscription] constate que vous avez mis fin à mon inscription comme demandeur d'emploi le { $date_arret_france_travail }.
       *[other] constate que mon allocation n'est plus versée depuis le { $date_arret_france_travail }.
    } Mon titre de séjour ({ $titre }) a expiré le { $date_expiration }, mais je suis en séjour régulier et autorisé{ $civilite ->
        [madame] e
        [monsieur] {""}
       *[other] (e)
    } à travailler, pour les raisons qui suivent.
anef-droits-suspendus-letter-courrier-france-travail-p-renouvellement = J'ai demandé le renouvellement de ce titre le { $date_depot }, avant son expiration{ $depot_dans_delai ->
        [true] , dans le délai prévu à l'article R431-5 du code de l'entrée et du séjour des étrangers et du droit d'asile (CESEDA)
       *[other] {""}
    }, comme l'établit l'attestation de dépôt jointe avec la copie de mon titre expiré. Aucune décision ne m'a été notifiée à ce jour sur cette demande.
anef-droits-suspendus-letter-courrier-france-travail-p-api = Depuis le { $date_debut_api }, je suis sans interruption titulaire d'une attestation de prolongation de l'instruction délivrée par le préfet ; celle en cours est valable jusqu'au { $date_fin_api }, et j'en joins la copie. En application de l'article R431-15-1 du CESEDA, ce document, accompagné du titre expiré, permet de justifier de la régularité du séjour pendant la durée qu'il précise, et il est renouvelé tant que le préfet n'a pas statué sur la demande. Mon titre expiré m'autorisant à travailler, cette attestation m'y autorise également (article R431-15-2 du CESEDA).
anef-droits-suspendus-letter-courrier-france-travail-p-trois-mois = Mon titre est de ceux que vise l'article L433-3 du CESEDA. Son renouvellement ayant été demandé dans le délai réglementaire, je peux justifier de la régularité de mon séjour par la présentation de ce titre expiré pendant trois mois à compter du { $date_expiration }. Pendant cette période, je conserve l'intégralité de mes droits sociaux ainsi que mon droit d'exercer une activité professionnelle.
anef-droits-suspendus-letter-courrier-france-travail-p-verification = L'article L5411-4 du code du travail vous permet de vérifier la situation de ma demande de renouvellement auprès des services de l'État.
anef-droits-suspendus-letter-courrier-france-travail-p-demande-inscription = Je vous demande en conséquence d'annuler la cessation de mon inscription et de rétablir celle-ci sans interruption à compter du { $date_arret_france_travail }.
anef-droits-suspendus-letter-courrier-france-travail-p-demande-allocation = Je vous demande de reprendre le versement de mon allocation et de me verser les sommes dues depuis le { $date_arret_france_travail }.
anef-droits-suspendus-letter-courrier-france-travail-p-mediateur = À défaut, je saisirai le médiateur régional de France Travail, conformément à l'article R5312-47 du code du travail.
anef-droits-suspendus-letter-courrier-france-travail-p-pieces =
    { $enclosures ->
        [0] {""}
        [one] Vous trouverez ci-joint la pièce listée ci-dessous.
       *[other] Vous trouverez ci-joint les { $enclosures } pièces listées ci-dessous.
    }
anef-droits-suspendus-letter-courrier-france-travail-closing = Je vous prie d'agréer, Madame, Monsieur le Directeur, l'expression de mes salutations distinguées.

## Courrier à l'employeur

anef-droits-suspendus-letter-courrier-employeur-recipient = { $adresse_employeur }
anef-droits-suspendus-letter-courrier-employeur-subject = Mon autorisation de travail pendant le renouvellement de mon titre de séjour
anef-droits-suspendus-letter-courrier-employeur-ref-poste = Emploi : { $poste }
anef-droits-suspendus-letter-courrier-employeur-salutation = Madame, Monsieur,
anef-droits-suspendus-letter-courrier-employeur-p-situation =
    { $situation_emploi ->
        [suspendu] Depuis le { $date_arret_travail }, vous ne me fournissez plus de travail sur mon poste en raison de l'expiration de mon titre de séjour ({ $titre }) le { $date_expiration }.
       *[other] Vous m'avez fait savoir que vous envisagiez de suspendre ou de rompre mon contrat de travail en raison de l'expiration de mon titre de séjour ({ $titre }) le { $date_expiration }.
    } Je vous informe que je suis toujours en séjour régulier et autorisé{ $civilite ->
        [madame] e
        [monsieur] {""}
       *[other] (e)
    } à travailler, pour les raisons qui suivent.
anef-droits-suspendus-letter-courrier-employeur-p-renouvellement = J'ai demandé le renouvellement de ce titre le { $date_depot }, avant son expiration{ $depot_dans_delai ->
        [true] , dans le délai prévu à l'article R431-5 du code de l'entrée et du séjour des étrangers et du droit d'asile (CESEDA)
       *[other] {""}
    }, comme l'établit l'attestation de dépôt jointe avec la copie de mon titre expiré. Aucune décision ne m'a été notifiée à ce jour sur cette demande.
anef-droits-suspendus-letter-courrier-employeur-p-api = Depuis le { $date_debut_api }, je suis sans interruption titulaire d'une attestation de prolongation de l'instruction délivrée par le préfet ; celle en cours est valable jusqu'au { $date_fin_api }, et j'en joins la copie. En application de l'article R431-15-1 du CESEDA, ce document, accompagné du titre expiré, permet de justifier de la régularité du séjour pendant la durée qu'il précise, et il est renouvelé tant que le préfet n'a pas statué sur la demande. Mon titre expiré m'autorisant à travailler, cette attestation m'y autorise également (article R431-15-2 du CESEDA).
anef-droits-suspendus-letter-courrier-employeur-p-trois-mois = Mon titre est de ceux que vise l'article L433-3 du CESEDA. Son renouvellement ayant été demandé dans le délai réglementaire, je peux justifier de la régularité de mon séjour par la présentation de ce titre expiré pendant trois mois à compter du { $date_expiration }. Pendant cette période, je conserve mon droit d'exercer une activité professionnelle.
anef-droits-suspendus-letter-courrier-employeur-p-droit = Je ne me trouve donc pas dans la situation visée à l'article L8251-1 du code du travail, qui ne concerne que l'étranger non muni d'un titre l'autorisant à exercer une activité salariée. Vous pouvez, si vous le souhaitez, vérifier ma situation auprès de la préfecture.
anef-droits-suspendus-letter-courrier-employeur-p-reprise =
    { $situation_emploi ->
        [suspendu] Je me tiens à votre disposition pour reprendre mon poste dès réception de ce courrier, et vous demande de me confirmer par écrit la date de ma reprise.
       *[other] Je vous demande en conséquence de maintenir mon contrat de travail et de continuer à me fournir du travail, et je me tiens à votre disposition pour tout renseignement.
    }
anef-droits-suspendus-letter-courrier-employeur-p-salaire = Le salarié qui se tient à la disposition de son employeur a droit à son salaire (Cass. soc., 3 juillet 2001, n° 99-43.361). Je vous demande donc de me verser le salaire qui ne m'a pas été payé depuis le { $date_arret_travail }.
anef-droits-suspendus-letter-courrier-employeur-p-pieces =
    { $enclosures ->
        [0] {""}
        [one] Vous trouverez ci-joint la pièce listée ci-dessous.
       *[other] Vous trouverez ci-joint les { $enclosures } pièces listées ci-dessous.
    }
anef-droits-suspendus-letter-courrier-employeur-closing = Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.
