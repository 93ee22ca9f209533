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
rapo-mdph-law-pole-social = The social division (pôle social) of the tribunal judiciaire is seized by a request handed in at the registry or sent by registered letter, with a short statement of reasons and the decision contested (after a silence, the prior appeal).
rapo-mdph-law-sans-avocat = Before the pôle social as before the administrative court, the person can defend themselves: a lawyer is not required.
rapo-mdph-law-tribunal-competent = The competent tribunal judiciaire is that of the person's home, among the courts designated for social cases: it is named in the decision's means of appeal.
rapo-mdph-law-tribunal-administratif = For the RQTH and vocational guidance, the administrative court of the département can be asked within the two months after the rejection, written or by silence.

rapo-mdph-step-personne = The person
rapo-mdph-step-decision = The disputed decision
rapo-mdph-step-envoi = Sending
rapo-mdph-step-tribunal = The court

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
rapo-mdph-next-tribunal = If the CDAPH rejects the appeal, in writing or by not answering for two months, the request to the court is offered here (pôle social of the tribunal judiciaire, or the administrative court for the RQTH and vocational guidance): the person can file it themselves, without a lawyer; an association or a lawyer can also take it over.
rapo-mdph-next-favorable = The CDAPH agreed with the person: keep the new decision. Nothing else to do.

## Deadlines
rapo-mdph-deadline-rapo = Last day to send the appeal to the CDAPH (2 months after the decision)
rapo-mdph-deadline-rapport-conciliation = The conciliator must deliver the report (2 months after the request); the time limit for the appeal then runs again
rapo-mdph-deadline-rejet-implicite-rapo = With no answer from the CDAPH, the appeal is rejected (2 months after it is received)
rapo-mdph-deadline-tribunal-judiciaire = Last day to go to the judicial court (tribunal judiciaire, social division: pôle social) after the CDAPH rejected the appeal (in writing or by silence)
rapo-mdph-deadline-tribunal-administratif = Last day to go to the administrative court (tribunal administratif) after the CDAPH rejected the appeal (in writing or by silence) (RQTH, vocational referral)

## Explanation sheet given to the person.
rapo-mdph-explain-rapo-asks = This letter asks the MDPH board (the CDAPH) to review its decision and change it. This is a compulsory step before you can go to court.
rapo-mdph-explain-rapo-to =
    It is addressed to the MDPH ({ $departement }), for the board. { $mode_envoi ->
        [guichet] Hand it in at the counter and ask for a dated receipt.
       *[other] It is sent by registered letter with acknowledgement of receipt.
    }
rapo-mdph-explain-rapo-next =
    If the board does not answer within two months after receiving the appeal (date: { $deadline-rejet-implicite-rapo }), that counts as a refusal: come back to see us, we will prepare the request to { $tribunal_administratif ->
        [true] the administrative court (tribunal administratif)
       *[other] the judicial court (tribunal judiciaire, social division: pôle social)
    }, which you can file yourself, without a lawyer, within the next two months.
rapo-mdph-explain-rapo-keep = Keep the decision, a full copy of this letter and of the documents, and the proof of sending or of handing it in: they will be needed in court.
rapo-mdph-explain-demande-decision-asks = This letter asks the MDPH to register your application and give you an acknowledgement of receipt, then to have it examined by the commission; or, if it refuses, to give you that refusal in writing, with its reasons.
rapo-mdph-explain-demande-decision-to =
    It is addressed to the director of the MDPH ({ $departement }). { $mode_envoi ->
        [guichet] Hand it in at the counter and ask for a dated receipt.
       *[other] It is sent by registered letter with acknowledgement of receipt.
    }
rapo-mdph-explain-demande-decision-next = No time limit to challenge runs as long as you have not been given a written decision. Come back to see us with the acknowledgement of receipt or the MDPH's answer: an appeal can then be prepared.
rapo-mdph-explain-demande-decision-keep = Keep a copy of this letter, the proof of posting or of handing it in, and any answer from the MDPH.
rapo-mdph-q-reponse_rapo = What did the CDAPH answer to the prior appeal?
rapo-mdph-q-reponse_rapo-aucune = Nothing so far (or the appeal has not been sent yet)
rapo-mdph-q-reponse_rapo-rejet-ecrit = It rejected the appeal in writing
rapo-mdph-q-reponse_rapo-favorable = It agreed with the person
rapo-mdph-q-date_reception_rapo = Date the MDPH received the appeal (acknowledgement of receipt or receipt), if it was not prepared here
rapo-mdph-q-ar_rapo_voies_delais = Does the acknowledgement of the appeal state how and when to challenge?
rapo-mdph-q-date_rejet_rapo = Date of the letter rejecting the appeal
rapo-mdph-q-voies_delais_rejet = Does the rejection letter state how and when to challenge it (the court, the time limit)?
rapo-mdph-q-lieu_naissance = Place of birth (town, country)
rapo-mdph-q-nationalite = Nationality
rapo-mdph-q-profession = Occupation (or « sans profession »)
rapo-mdph-q-tribunal_judiciaire = Tribunal judiciaire (pôle social) named in the decision's means of appeal, or to ask the MDPH or the town's court (for example: Tribunal judiciaire de Bobigny)
rapo-mdph-q-adresse_pole_social = Address of the pôle social's registry
rapo-mdph-q-adresse_tribunal = Address of the administrative court's registry, if the app does not give it (on the rejection letter or the court's website) — otherwise leave empty
rapo-mdph-doc-rapo_envoye = Copy of the prior appeal sent to the MDPH, with the acknowledgement of receipt or the receipt
rapo-mdph-doc-decision_rejet = The letter rejecting the appeal
rapo-mdph-letter-requete-pole-social = Request to the pôle social of the tribunal judiciaire
rapo-mdph-letter-requete-tribunal = Request to the administrative court (RQTH, vocational guidance)
rapo-mdph-explain-requete-pole-social-asks = This request asks the tribunal judiciaire (pôle social) to change the CDAPH's decision and the rejection of your appeal, and to recognise your rights. You can do it without a lawyer.
rapo-mdph-explain-requete-pole-social-to = It goes to the registry of the pôle social of the { $tribunal_judiciaire }: { $adresse_pole_social }. Hand it in at the registry (the front desk), which gives a receipt, or send it by registered letter with acknowledgement of receipt. Aim for it to arrive before the deadline.
rapo-mdph-explain-requete-pole-social-next = The court calls you to a hearing, often several months later: come with your papers, or be represented by a relative or an authorised person; a lawyer is not required. The court may ask a doctor's opinion. If you want a lawyer paid by the State, send the legal aid application (form cerfa no. 16146) before the deadline: the time limit then starts again from the decision on legal aid. An association or a lawyer can take over the request at any time.
rapo-mdph-explain-requete-pole-social-keep = Keep a copy of the request and of every document, the receipt from the registry or the post office, and every letter from the court.
rapo-mdph-explain-requete-tribunal-asks = This request asks the administrative court to cancel the CDAPH's decision and the rejection of your appeal, and to order a new examination of your situation. You can do it without a lawyer.
rapo-mdph-explain-requete-tribunal-to = It goes to the { $court-ta }: { $court-ta-address }. Hand it in at the court's registry (the front desk), which gives a receipt, or send it early enough by registered letter with acknowledgement of receipt: what counts is the date it reaches the court, not the postmark. Add a copy of the request and of each document. The Télérecours citoyens website can also send it online, but it is not required.
rapo-mdph-explain-requete-tribunal-next = The court sends the request to the MDPH, which answers in writing; you will receive its answer and can reply. This often takes several months. If you want a lawyer paid by the State, send the legal aid application (form cerfa no. 16146) before the deadline: the court's time limit then starts again from the decision on legal aid. An association or a lawyer can take over the request at any time.
rapo-mdph-explain-requete-tribunal-keep = Keep a copy of the request and of every document, the receipt from the registry or the post office, and every letter from the court.
