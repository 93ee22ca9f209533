# "Appeal against a decision of the MDPH" procedure (prior administrative appeal, RAPO, to the CDAPH).
rapo-mdph-title = Challenge a decision of the MDPH
rapo-mdph-summary = AAH, AEEH, PCH, referral (orientation), RQTH, or a refusal to examine a file because the person has no residence permit: a prior administrative appeal (recours administratif préalable) to the board (CDAPH), compulsory before going to court.
rapo-mdph-audience = Any disabled person (or their representative) who disputes a decision of the CDAPH, or whose application the MDPH refuses to examine.
rapo-mdph-keywords = disability disabled adult disabled child allowance compensation referral disabled worker sheltered work appeal complaint residence permit handicap MDPH CDAPH AAH AEEH PCH RQTH RAPO orientation ESAT

rapo-mdph-law-prealable = Before going to court against a decision of the CDAPH, the person must first make a prior administrative appeal (recours administratif préalable): this is compulsory.
rapo-mdph-law-rapo = The appeal is sent to the MDPH, for the attention of the board that made the decision, by a means that gives a certain date (registered letter, or handing it in against a receipt), with a copy of the decision or, if there is no decision, of the acknowledgement of receipt of the application.
rapo-mdph-law-delais = The time limit is two months after notification of the decision; it cannot be held against the person if the decision does not state how and within what time limit it can be challenged.
rapo-mdph-law-silence = If there is no answer two months after the appeal is received, the appeal is rejected; the case can then be taken to court within two months.
rapo-mdph-law-motivation = A refusal to grant a right must be in writing and give its reasons: the person can ask for a written decision.
rapo-mdph-law-sejour = For the AAH, the lawful residence condition is checked by the body that pays it (CAF or MSA); no legal text allows the MDPH to require a residence permit in order to examine the disability.
rapo-mdph-law-accuse-reception = Every application handed in must be registered and acknowledged in writing.

rapo-mdph-step-personne = The person
rapo-mdph-step-decision = The disputed decision
rapo-mdph-step-envoi = Sending

rapo-mdph-q-nom = Family name
rapo-mdph-q-prenoms = Given names
rapo-mdph-q-civilite = In the letter, the person writes:
rapo-mdph-q-civilite-madame = “Je soussignée” (Madam, feminine form in the letter)
rapo-mdph-q-civilite-monsieur = “Je soussigné” (Sir, masculine form in the letter)
rapo-mdph-q-civilite-non-precise = Not specified
rapo-mdph-q-date_naissance = Date of birth
rapo-mdph-q-adresse = Address or domiciliation
rapo-mdph-q-departement = Département of the MDPH
rapo-mdph-q-numero_dossier = MDPH file number
rapo-mdph-q-nature = What is the decision about?
rapo-mdph-q-nature-aah = Allowance for disabled adults (allocation aux adultes handicapés, AAH)
rapo-mdph-q-nature-aeeh = Allowance for the education of a disabled child (allocation d'éducation de l'enfant handicapé, AEEH)
rapo-mdph-q-nature-pch = Disability compensation benefit (prestation de compensation du handicap, PCH)
rapo-mdph-q-nature-orientation-medico-sociale = Referral (orientation) to a medico-social establishment or service
rapo-mdph-q-nature-scolarisation = Schooling (support assistant, school referral…)
rapo-mdph-q-nature-rqth = Recognition as a disabled worker (reconnaissance de la qualité de travailleur handicapé, RQTH)
rapo-mdph-q-nature-orientation-professionnelle = Vocational referral (ESAT, supported employment…)
rapo-mdph-q-nature-refus-examen = Refusal to examine the application (residence permit required)
rapo-mdph-q-nature-autre = Another decision
rapo-mdph-q-forme_decision = Has the person received a written decision?
rapo-mdph-q-forme_decision-ecrite = Yes, a written decision
rapo-mdph-q-forme_decision-implicite = No, no answer to the application
rapo-mdph-q-forme_decision-guichet = No: the application was refused at the counter, with nothing in writing
rapo-mdph-q-date_refus_guichet = Date of the refusal at the counter
rapo-mdph-q-circonstances_guichet = What was said at the counter (who, what reason), in one or two sentences
rapo-mdph-q-guichet_titre_sejour = Was the refusal about not having a residence permit?
rapo-mdph-q-date_notification = Date of the decision (or of its receipt)
rapo-mdph-q-voies_delais = Does the decision state how and within what time limit it can be challenged?
rapo-mdph-q-conciliation = Has the person asked the director of the MDPH for conciliation?
rapo-mdph-q-date_conciliation = Date of the conciliation request
rapo-mdph-q-date_rapport_conciliation = Date of the conciliator's report (if already received)
rapo-mdph-q-date_ar_demande = Date of the acknowledgement of receipt of the initial application
rapo-mdph-q-motif_contestation = Why does the person dispute it? (facts, new medical information, dates)
rapo-mdph-q-mode_envoi = How will the appeal be delivered?
rapo-mdph-q-mode_envoi-lrar = Registered letter with acknowledgement of receipt
rapo-mdph-q-mode_envoi-guichet = Handed in at the MDPH counter against a receipt (récépissé)
rapo-mdph-q-adresse_mdph = Address of the MDPH (written on the decision)
rapo-mdph-q-numero_lrar = Registered letter number (if already known)

rapo-mdph-doc-decision_contestee = Copy of the disputed decision
rapo-mdph-doc-ar_demande = Copy of the acknowledgement of receipt of the initial application
rapo-mdph-doc-refus_examen = The letter or e-mail from the MDPH refusing to examine the file, and proof that the file was submitted
rapo-mdph-doc-pieces_medicales = New medical or social information

rapo-mdph-letter-rapo = Prior administrative appeal to the CDAPH
rapo-mdph-letter-demande-decision = Request to the MDPH to register the application or give a written decision

rapo-mdph-next-envoyer = Send the appeal by registered letter with acknowledgement of receipt, or hand it in at the MDPH against a receipt, within the two months following the decision. Keep a full copy: it will be needed in court.
rapo-mdph-next-conciliation = Another option, within the two months following the decision: ask the director of the MDPH in writing for conciliation by a qualified person. This suspends the time limits for appeal until the conciliation report.
rapo-mdph-next-guichet = Refused at the counter: first ask in writing for the application to be registered, with an acknowledgement of receipt, or for a written decision with reasons. The appeal to the CDAPH will come against that decision, or against the silence after the acknowledgement.

## Deadlines
rapo-mdph-deadline-rapo = Last day to send the appeal to the CDAPH (2 months after the decision)
rapo-mdph-deadline-rapport-conciliation = The conciliator must deliver the report (2 months after the request); the time limit for the appeal then runs again
rapo-mdph-deadline-rejet-implicite-rapo = With no answer from the CDAPH, the appeal is rejected (2 months after it is received)
rapo-mdph-deadline-tribunal-judiciaire = Last day to go to the judicial court (tribunal judiciaire, social division: pôle social) after the CDAPH's silence
rapo-mdph-deadline-tribunal-administratif = Last day to go to the administrative court (tribunal administratif) after the CDAPH's silence (RQTH, vocational referral)

## Explanation sheet given to the person.
rapo-mdph-explain-rapo-asks = This letter asks the MDPH board (the CDAPH) to review its decision and change it. This is a compulsory step before you can go to court.
rapo-mdph-explain-rapo-to =
    It is addressed to the MDPH ({ $departement }), for the board. { $mode_envoi ->
        [guichet] Hand it in at the counter and ask for a dated receipt.
       *[other] It is sent by registered letter with acknowledgement of receipt.
    }
rapo-mdph-explain-rapo-next =
    If the board does not answer within two months after receiving the appeal (date: { $deadline-rejet-implicite-rapo }), that counts as a refusal; you can then take the case to { $tribunal_administratif ->
        [true] the administrative court (tribunal administratif)
       *[other] the judicial court (tribunal judiciaire, social division: pôle social)
    } within the next two months, with help from an association or a lawyer.
rapo-mdph-explain-rapo-keep = Keep the decision, a full copy of this letter and of the documents, and the proof of sending or of handing it in: they will be needed in court.
rapo-mdph-explain-demande-decision-asks = This letter asks the MDPH to register your application and give you an acknowledgement of receipt, then to have it examined by the commission; or, if it refuses, to give you that refusal in writing, with its reasons.
rapo-mdph-explain-demande-decision-to =
    It is addressed to the director of the MDPH ({ $departement }). { $mode_envoi ->
        [guichet] Hand it in at the counter and ask for a dated receipt.
       *[other] It is sent by registered letter with acknowledgement of receipt.
    }
rapo-mdph-explain-demande-decision-next = No time limit to challenge runs as long as you have not been given a written decision. Come back to see us with the acknowledgement of receipt or the MDPH's answer: an appeal can then be prepared.
rapo-mdph-explain-demande-decision-keep = Keep a copy of this letter, the proof of posting or of handing it in, and any answer from the MDPH.
