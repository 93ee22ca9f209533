# Démarche « refus de soins discriminatoire ».
refus-de-soins-title = Refus de soins discriminatoire
refus-de-soins-summary = Un médecin, un dentiste ou un autre soignant refuse de soigner à cause de l'AME, de la complémentaire santé solidaire ou de l'origine : plainte au directeur de la CPAM ou à l'Ordre, qui doivent organiser une conciliation.
refus-de-soins-audience = Toute personne à qui un professionnel de santé a refusé des soins ou un rendez-vous, y compris en ligne.
refus-de-soins-keywords = santé médecin dentiste soins rendez-vous Doctolib refus AME CSS complémentaire santé solidaire discrimination CPAM Ordre plainte conciliation

refus-de-soins-law-interdiction = Un professionnel de santé ne peut pas refuser de soigner une personne parce qu'elle a l'AME ou la complémentaire santé solidaire, ni pour un motif de discrimination (origine, par exemple). La plainte se dépose auprès du directeur de la CPAM ou du président de l'Ordre.
refus-de-soins-law-definition = Tout moyen d'empêcher ou de décourager l'accès aux soins compte comme un refus de soins : par exemple des obstacles pour obtenir un rendez-vous.
refus-de-soins-law-procedure = Dans les 8 jours qui suivent la réception de la plainte, l'autorité en accuse réception et la transmet ; le professionnel peut être convoqué dans le mois ; la réunion de conciliation a lieu dans les 3 mois.
refus-de-soins-law-conseils = La plainte au conseil de l'Ordre va au conseil départemental pour les médecins, dentistes, sages-femmes, infirmiers et kinésithérapeutes ; pour une pharmacie (officine), au conseil régional de l'ordre des pharmaciens : il n'existe pas de conseil départemental des pharmaciens.
refus-de-soins-law-langue = Refuser quelqu'un parce qu'il parle mal le français est une discrimination interdite par le code pénal, comme l'origine ou la nationalité.

refus-de-soins-step-personne = La personne
refus-de-soins-step-professionnel = Le professionnel
refus-de-soins-step-faits = Les faits
refus-de-soins-step-plainte = La plainte

refus-de-soins-q-nom = Nom de famille
refus-de-soins-q-prenoms = Prénoms
refus-de-soins-q-civilite = Dans le courrier, la personne écrit :
refus-de-soins-q-civilite-madame = « Je soussignée » (Madame)
refus-de-soins-q-civilite-monsieur = « Je soussigné » (Monsieur)
refus-de-soins-q-civilite-non-precise = Sans préciser
refus-de-soins-q-adresse = Adresse ou domiciliation
refus-de-soins-q-patient = Qui s'est vu refuser les soins ?
refus-de-soins-q-patient-moi = La personne elle-même
refus-de-soins-q-patient-enfant = Son enfant (la plainte est faite par le parent)
refus-de-soins-q-nom_enfant = Prénom et nom de l'enfant
refus-de-soins-q-nom_professionnel = Nom du professionnel ou du cabinet
refus-de-soins-q-profession = Profession
refus-de-soins-q-profession-medecin = Médecin
refus-de-soins-q-profession-chirurgien-dentiste = Chirurgien-dentiste
refus-de-soins-q-profession-sage-femme = Sage-femme
refus-de-soins-q-profession-infirmier = Infirmier ou infirmière
refus-de-soins-q-profession-masseur-kinesitherapeute = Masseur-kinésithérapeute
refus-de-soins-q-profession-pharmacien = Pharmacien
refus-de-soins-q-profession-autre = Autre profession de santé
refus-de-soins-q-adresse_professionnel = Adresse où il exerce
refus-de-soins-q-departement_professionnel = Département où il exerce
refus-de-soins-q-date_refus = Date du refus
refus-de-soins-q-lieu = Où et comment ? (au cabinet, au téléphone, en ligne…)
refus-de-soins-q-recit = Ce qui s'est passé, avec les mots employés si possible
refus-de-soins-q-motif_invoque = Quel motif a été donné ?
refus-de-soins-q-motif_invoque-css = La complémentaire santé solidaire (CSS)
refus-de-soins-q-motif_invoque-ame = L'aide médicale de l'État (AME)
refus-de-soins-q-motif_invoque-langue = La langue (la personne parle peu ou mal le français)
refus-de-soins-q-motif_invoque-origine = L'origine
refus-de-soins-q-motif_invoque-nationalite = La nationalité
refus-de-soins-q-motif_invoque-carte-vitale = Une carte Vitale exigée
refus-de-soins-q-motif_invoque-numero-provisoire = Le numéro de sécurité sociale provisoire (numéro d'attente) refusé
refus-de-soins-q-motif_invoque-attestation-recente = Une attestation de droits plus récente exigée
refus-de-soins-q-motif_invoque-autre = Un autre motif
refus-de-soins-q-motif_invoque-aucun = Aucun motif
refus-de-soins-q-temoins = Témoins (nom et qualité), s'il y en a
refus-de-soins-q-destinataire = À qui adresser la plainte ?
refus-de-soins-q-destinataire-cpam = Au directeur de la CPAM du département où exerce le professionnel
refus-de-soins-q-destinataire-ordre = Au président du conseil de l'Ordre de la profession
refus-de-soins-q-adresse_destinataire = Adresse du destinataire
refus-de-soins-q-numero_lrar = Numéro de la lettre recommandée (si déjà connu)

refus-de-soins-doc-preuves = Preuves du refus (messages, captures d'écran de la prise de rendez-vous, courriers)
refus-de-soins-doc-attestation_droits = Attestation de droits à l'AME ou à la complémentaire santé solidaire
refus-de-soins-doc-temoignages = Témoignages écrits, datés et signés

refus-de-soins-letter-plainte = Plainte pour refus de soins discriminatoire

refus-de-soins-next-envoyer = Envoyer la plainte en recommandé avec accusé de réception. Si l'accusé de réception de l'autorité n'arrive pas dans les 8 jours après la réception, la relancer. Le Défenseur des droits peut aussi être saisi en parallèle.

## Échéances
refus-de-soins-deadline-accuse-reception = L'autorité doit avoir accusé réception de la plainte et l'avoir transmise (8 jours)
refus-de-soins-deadline-convocation = Le professionnel peut être convoqué (1 mois après la réception)
refus-de-soins-deadline-conciliation = La réunion de conciliation doit avoir eu lieu (3 mois après la réception)

## Fiche d'explication remise à la personne.
refus-de-soins-explain-plainte-asks = Ce courrier est une plainte contre { $nom_professionnel }, qui a refusé de vous soigner le { $date_refus }. Refuser de soigner une personne à cause de l'AME, de la complémentaire santé solidaire, de sa langue, de son origine ou de sa nationalité est interdit.
refus-de-soins-explain-plainte-to =
    Il part en lettre recommandée avec avis de réception { $destinataire ->
        [ordre] au président du conseil de l'Ordre de la profession.
       *[other] au directeur de la caisse primaire d'assurance maladie (CPAM).
    }
refus-de-soins-explain-plainte-next = L'autorité doit répondre qu'elle a reçu la plainte et la transmettre dans les 8 jours (date : { $deadline-accuse-reception }). Le professionnel peut être convoqué dans le mois (date : { $deadline-convocation }). Une réunion de conciliation doit avoir lieu dans les 3 mois (date : { $deadline-conciliation }). Vous recevrez la convocation au moins 15 jours avant. Vous pouvez aussi écrire au Défenseur des droits.
refus-de-soins-explain-plainte-keep = Gardez une copie de ce courrier et des preuves, le reçu d'envoi et l'avis de réception signé, et toutes les réponses reçues.
