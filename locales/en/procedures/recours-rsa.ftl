# "RSA appeal" procedure (compulsory prior administrative appeal to the president
# of the departmental council, conseil départemental).
recours-rsa-title = Challenge a decision about the RSA
recours-rsa-summary = A decision refusing or suspending the active solidarity income (revenu de solidarité active, RSA), setting its amount, or claiming money back (overpayment, indu): a written appeal to the president of the departmental council (conseil départemental), compulsory before going to the administrative court (tribunal administratif).
recours-rsa-audience = Anyone who receives a decision about their RSA and disputes it.
recours-rsa-keywords = active solidarity income minimum income benefit département departmental council suspension removal overpayment claim back appeal complaint commitment contract RSA CAF MSA indu trop-perçu conseil départemental radiation contrat d'engagement administrative court judge request lawyer legal aid tribunal

recours-rsa-law-prealable = Before going to court against a decision about the RSA, the person must first write to the president of the departmental council (conseil départemental): this is compulsory.
recours-rsa-law-delai = This appeal must be made within the two months following notification of the decision, and it must explain why the decision is disputed.
recours-rsa-law-indu = When the département claims money back (overpayment, indu), the appeal suspends the recovery of the sums.
recours-rsa-law-api = An attestation de prolongation de l'instruction (API), with the expired residence permit, proves lawful stay while it is valid; so does the attestation de décision favorable (ADF), until the card is issued.
recours-rsa-law-silence = If there is no answer two months after the appeal is received, the appeal is rejected: the time limit to go to the administrative court (tribunal administratif) starts.
recours-rsa-law-tribunal = The case can then be taken to the administrative court within two months.
recours-rsa-law-rejet-implicite = After a refusal by silence, the court can be asked within the following two months; proof of the date the appeal was received must be attached.
recours-rsa-law-sans-avocat = Before the administrative court, an RSA case needs no lawyer: the person can write and file the request themselves.
recours-rsa-law-aide-juridictionnelle = A legal aid application sent before the court's deadline keeps the time limit: a new time limit of the same length runs after the decision on legal aid.

recours-rsa-step-personne = The person
recours-rsa-step-decision = The disputed decision
recours-rsa-step-envoi = Sending
recours-rsa-step-tribunal = The court

recours-rsa-q-nom = Family name
recours-rsa-q-prenoms = Given names
recours-rsa-q-civilite = In the letter, the person writes:
recours-rsa-q-civilite-madame = “Je soussignée” (Madam, feminine form in the letter)
recours-rsa-q-civilite-monsieur = “Je soussigné” (Sir, masculine form in the letter)
recours-rsa-q-civilite-non-precise = Not specified
recours-rsa-q-adresse = Address or domiciliation
recours-rsa-q-departement = Département that pays the RSA
recours-rsa-q-numero_allocataire = Benefit claimant number (numéro d'allocataire, CAF or MSA)
recours-rsa-q-objet = What does the decision say?
recours-rsa-q-objet-refus = It refuses the RSA
recours-rsa-q-objet-suspension = It suspends the RSA
recours-rsa-q-objet-indu = It asks for money to be paid back (indu, overpayment)
recours-rsa-q-objet-montant = It sets an amount that is disputed
recours-rsa-q-objet-autre = Something else
recours-rsa-q-preuve_sejour = Is the decision about proof of lawful stay?
recours-rsa-q-preuve_sejour-api = Yes: the person has an attestation de prolongation de l'instruction (API) and the expired permit
recours-rsa-q-preuve_sejour-adf = Yes: the person has an attestation de décision favorable (ADF)
recours-rsa-q-preuve_sejour-non = No, or I do not know
recours-rsa-q-date_notification = Date of the decision (or of its receipt)
recours-rsa-q-voies_delais = Does the decision state how and within what time limit it can be challenged (whom to write to, by when)?
recours-rsa-q-motif_contestation = Why does the person dispute it? (the facts, with dates)
recours-rsa-q-adresse_departement = Address given on the decision for the appeal
recours-rsa-q-numero_lrar = Registered letter number (if already known)
recours-rsa-q-reponse_pcd = What did the département answer to the appeal?
recours-rsa-q-reponse_pcd-aucune = Nothing so far (or the appeal has not been sent yet)
recours-rsa-q-reponse_pcd-rejet-ecrit = It rejected the appeal in writing
recours-rsa-q-reponse_pcd-favorable = It agreed with the person
recours-rsa-q-date_reception_recours = Date the département received the appeal (on the acknowledgement of receipt), if it was not prepared here
recours-rsa-q-ar_voies_delais = Did the département send an acknowledgement of the appeal stating how and when to challenge?
recours-rsa-q-date_rejet_pcd = Date of the letter rejecting the appeal
recours-rsa-q-voies_delais_rejet = Does the rejection letter state how and when to challenge it (the court, the time limit)?
recours-rsa-q-adresse_tribunal = Address of the administrative court's registry, if the app does not give it (on the rejection letter or the court's website) — otherwise leave empty

recours-rsa-doc-decision_contestee = Copy of the disputed decision
recours-rsa-doc-attestation_sejour = Attestation issued by the préfecture (API or ADF)
recours-rsa-doc-titre_expire = Expired residence permit (to enclose with the API)
recours-rsa-doc-justificatifs = Useful supporting documents (income, residence permit or extension certificate (API), domiciliation certificate…)
recours-rsa-doc-courriers = Letters already exchanged with the département or the CAF
recours-rsa-doc-recours_envoye = Copy of the appeal sent to the département, with the acknowledgement of receipt
recours-rsa-doc-decision_rejet = The letter rejecting the appeal

recours-rsa-letter-recours-pcd = Appeal to the president of the departmental council
recours-rsa-letter-requete-tribunal = Request to the administrative court

recours-rsa-next-envoyer = Send the appeal by registered letter with acknowledgement of receipt, within the two months following the decision: the postmark date is what counts. Keep a full copy.
recours-rsa-next-indu = The appeal suspends the recovery of the money claimed back: if deductions continue, tell the département, reminding it of the appeal.
recours-rsa-next-tribunal = If the département rejects the appeal, in writing or by not answering for two months, the request to the administrative court is offered here: the person can file it themselves, without a lawyer; an association or a lawyer can also take it over. Without the RSA, a lawyer can at the same time ask the urgent-applications judge to suspend the decision.
recours-rsa-next-favorable = The département agreed with the person: check that the RSA is restored and the sums due are paid; otherwise write to it, enclosing its answer.

## Deadlines
recours-rsa-deadline-recours-pcd = Last day to send the appeal to the president of the departmental council (2 months after the decision)
recours-rsa-deadline-rejet-implicite-pcd = With no answer from the département, the appeal is rejected (2 months after it is received)
recours-rsa-deadline-tribunal-administratif = Last day to apply to the administrative court after the appeal was rejected (in writing, or by the département's silence)

## Explanation sheet given to the person.
recours-rsa-explain-recours-pcd-asks = This letter asks the president of the departmental council ({ $departement }) to review the decision of { $date_notification } about your RSA and to cancel it. This is a compulsory step before you can go to court.
recours-rsa-explain-recours-pcd-to = It is sent by registered letter with acknowledgement of receipt, to the address given on the decision.
recours-rsa-explain-recours-pcd-next = The département may ask a committee for its opinion before deciding. If it does not answer within two months after receiving the letter (date: { $deadline-rejet-implicite-pcd }), that counts as a refusal; you can then take the case to the administrative court (tribunal administratif) within the next two months (last day: { $deadline-tribunal-administratif }) yourself, without a lawyer — the request is prepared here —, or with help from an association or a lawyer.
recours-rsa-explain-recours-pcd-keep = Keep the decision, a copy of this letter and of the documents, the postage receipt and the signed acknowledgement of receipt. Also keep any answer from the département or the CAF.
recours-rsa-explain-requete-tribunal-asks = This request asks the administrative court to cancel the decision on your RSA and the rejection of your appeal, and to order the département to restore your rights. You can do it without a lawyer.
recours-rsa-explain-requete-tribunal-to = It goes to the { $court-ta }: { $court-ta-address }. Hand it in at the court's registry (the front desk), which gives a receipt, or send it early enough by registered letter with acknowledgement of receipt: what counts is the date it reaches the court, not the postmark. Add a copy of the request and of each document. The Télérecours citoyens website can also send it online, but it is not required.
recours-rsa-explain-requete-tribunal-next = The court sends the request to the département, which answers in writing; you will receive its answer and can reply. This often takes several months. If you want a lawyer paid by the State, send the legal aid application (form cerfa no. 16146) before the deadline: the court's time limit then starts again from the decision on legal aid. An association or a lawyer can take over the request at any time.
recours-rsa-explain-requete-tribunal-keep = Keep a copy of the request and of every document, the receipt from the registry or the post office, and every letter from the court.
