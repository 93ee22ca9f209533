# Démarche "refugee or subsidiary protection: card application closed or blocked on ANEF".
anef-protection-dossier-clos-title = Refugee or subsidiary protection: card application closed or blocked on ANEF
anef-protection-dossier-clos-summary = The person was granted asylum (refugee status or subsidiary protection), but their card application was closed by ANEF, often because another application was pending, or cannot be filed: ask the préfet to register it, to give the provisional document and to issue the card.
anef-protection-dossier-clos-audience = Anyone recognised as a refugee or granted subsidiary protection by the OFPRA or the CNDA whose card application is blocked on the ANEF online service.
anef-protection-dossier-clos-keywords = refugee subsidiary protection OFPRA CNDA resident card ANEF file closed pending application double application health recognised refugee attestation work préfecture

anef-protection-dossier-clos-law-carte-refugie = A person recognised as a refugee receives a ten-year resident card. The préfet must issue it within three months of the OFPRA or CNDA decision.
anef-protection-dossier-clos-law-carte-subsidiaire = A person granted subsidiary protection receives a multi-year residence card of at most four years, from their first admission to stay.
anef-protection-dossier-clos-law-attestation = As soon as the refugee has applied for the card on ANEF, the préfet makes available a "reconnu réfugié" attestation valid six months and renewable: it proves lawful stay and allows work.
anef-protection-dossier-clos-law-simultanees = The Conseil d'État accepts that a person may apply at the same time for residence permits of different categories: nothing requires a single application.
anef-protection-dossier-clos-law-substitution = Filing online is compulsory, but when the online service does not allow filing, the préfecture must offer another way (a reception desk that registers the application).
anef-protection-dossier-clos-law-refere = In an emergency, the urgent-applications judge of the administrative court can order the préfecture to register the application or to issue the provisional document ("mesures utiles" procedure).

anef-protection-dossier-clos-step-personne = The person
anef-protection-dossier-clos-step-protection = The protection granted
anef-protection-dossier-clos-step-anef = The block on ANEF
anef-protection-dossier-clos-step-consequences = The consequences
anef-protection-dossier-clos-step-envoi = Sending

anef-protection-dossier-clos-q-nom = Family name
anef-protection-dossier-clos-q-prenoms = Given names
anef-protection-dossier-clos-q-civilite = In the letter, the person writes:
anef-protection-dossier-clos-q-civilite-madame = "Je soussignée" (Madame)
anef-protection-dossier-clos-q-civilite-monsieur = "Je soussigné" (Monsieur)
anef-protection-dossier-clos-q-civilite-non-precise = Without saying
anef-protection-dossier-clos-q-date_naissance = Date of birth
anef-protection-dossier-clos-q-nationalite = Nationality
anef-protection-dossier-clos-q-adresse = Address or postal address (domiciliation)
anef-protection-dossier-clos-q-numero_etranger = Foreigner number (10 digits), if known
anef-protection-dossier-clos-q-protection = Which protection was granted?
anef-protection-dossier-clos-q-protection-refugie = Refugee status
anef-protection-dossier-clos-q-protection-subsidiaire = Subsidiary protection
anef-protection-dossier-clos-q-organe = Who granted it?
anef-protection-dossier-clos-q-organe-ofpra = The OFPRA
anef-protection-dossier-clos-q-organe-cnda = The CNDA (after an appeal)
anef-protection-dossier-clos-q-date_decision = Date of the OFPRA or CNDA decision
anef-protection-dossier-clos-q-numero_decision = Number of the decision (on the OFPRA or CNDA letter), if known
anef-protection-dossier-clos-q-situation = What is happening on ANEF?
anef-protection-dossier-clos-q-situation-cloture = The card application was filed, then closed by ANEF
anef-protection-dossier-clos-q-situation-impossible = ANEF does not allow the card application to be filed
anef-protection-dossier-clos-q-date_cloture = Date of the closure (on the ANEF message or e-mail)
anef-protection-dossier-clos-q-numero_demande = Number of the application on ANEF, if known
anef-protection-dossier-clos-q-motif = What reason did ANEF give?
anef-protection-dossier-clos-q-motif-autre-demande = Another residence permit application is pending (for example on health grounds)
anef-protection-dossier-clos-q-motif-aucun = No reason, or a reason that has nothing to do with the person
anef-protection-dossier-clos-q-capture = Was a screenshot or the ANEF message kept?
anef-protection-dossier-clos-q-pieces_manquantes = Has the préfecture asked for documents that have not been sent yet?
anef-protection-dossier-clos-q-decision_prefet = Has the préfecture sent a written refusal decision?
anef-protection-dossier-clos-q-perte_droits = Has the person already lost rights for lack of a document (work, training, CAF, France Travail, bank…)?
anef-protection-dossier-clos-q-pertes = What was lost, with whom and since when (in French, for example: « l'inscription en formation a été refusée le 3 novembre 2026 ») — written as it is in the letter
anef-protection-dossier-clos-q-departement = Département of the préfecture
anef-protection-dossier-clos-q-adresse_prefecture = Address of the foreigners' department, with the name of the department
anef-protection-dossier-clos-q-numero_lrar = Registered letter number (if already known)

anef-protection-dossier-clos-doc-identite = Passport, or any identity document
anef-protection-dossier-clos-doc-decision_protection = The OFPRA or CNDA decision granting protection
anef-protection-dossier-clos-doc-capture = The screenshot or the ANEF message
anef-protection-dossier-clos-doc-preuves_pertes = Letters showing the rights lost (employer, training, CAF, France Travail…)

anef-protection-dossier-clos-letter-demande-enregistrement = Request to the préfet: register the card application and issue the provisional document

anef-protection-dossier-clos-next-envoyer = Send the request to the préfet by registered letter with acknowledgement of receipt, and also through the ANEF contact form quoting the application number. Keep the OFPRA or CNDA decision with you.
anef-protection-dossier-clos-next-pieces = First send the documents the préfecture asked for and keep proof of sending: this letter states that the file is complete.
anef-protection-dossier-clos-next-decision = The préfecture has issued a written decision: this letter no longer fits. It is challenged before the administrative court, within the time limit stated on the decision; see an association or a lawyer without waiting.
anef-protection-dossier-clos-next-autre-demande = The other pending application (for example on health grounds) does not prevent the refugee or subsidiary protection card. Before withdrawing it, talk to a specialised association: it may still matter.
anef-protection-dossier-clos-next-refere = Rights are already lost: without a quick answer, an association or a lawyer can ask the urgent-applications judge of the administrative court ("mesures utiles"), with this letter and its acknowledgement of receipt.

## Deadlines
anef-protection-dossier-clos-deadline-carte-refugie = The préfecture should have issued the resident card (3 months after the protection decision)

## Explanation sheet given to the person.
anef-protection-dossier-clos-explain-demande-enregistrement-asks = This letter asks the préfet to register your residence card application, which is blocked on ANEF, to give you the document that proves your lawful stay meanwhile, and then to issue your card. You are entitled to it because the OFPRA or the CNDA granted you protection.
anef-protection-dossier-clos-explain-demande-enregistrement-to = It is sent by registered letter with acknowledgement of receipt to the foreigners' department of the préfecture ({ $departement }).
anef-protection-dossier-clos-explain-demande-enregistrement-next = No precise time limit is set for answering this letter. If nothing changes three weeks after the acknowledgement of receipt, come back to see us: an association or a lawyer can ask the judge to order the préfecture to register your application.{ $motif ->
        [autre-demande] {" "}Do not give up your other pending application without first talking to an association.
       *[other] {""}
    }
anef-protection-dossier-clos-explain-demande-enregistrement-keep = Keep a copy of this letter, the postal receipt, the signed acknowledgement of receipt, the OFPRA or CNDA decision and the ANEF screenshots.
