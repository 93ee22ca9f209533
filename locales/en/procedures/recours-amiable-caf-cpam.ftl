# "Amicable appeal to the CAF / CPAM" procedure (commission de recours amiable).
recours-amiable-caf-cpam-title = Challenge a decision of the CAF or the CPAM
recours-amiable-caf-cpam-summary = A benefit refused, suspended or claimed back (overpayment, indu), an extension certificate (API) refused: a written complaint to the amicable appeal board (commission de recours amiable), compulsory before going to court.
recours-amiable-caf-cpam-audience = Anyone who receives a decision from the CAF or the CPAM and disputes it.
recours-amiable-caf-cpam-keywords = benefits housing benefit activity bonus health insurance social security overpayment suspension refusal complaint appeal amicable appeal board CAF CPAM APL indu API ADF CRA court tribunal judiciaire pôle social judge request lawyer

recours-amiable-caf-cpam-law-prealable = Before going to court against a decision of the CAF or the CPAM, the person must first write to its amicable appeal board (commission de recours amiable): this is compulsory.
recours-amiable-caf-cpam-law-delai = The board must be applied to within the two months following notification of the decision.
recours-amiable-caf-cpam-law-mentions = If the decision does not state how and within what time limit it can be challenged, this two-month time limit cannot be held against the person. After the board, the case can be taken to the judicial court (tribunal judiciaire, social division: pôle social) within two months.
recours-amiable-caf-cpam-law-silence = If the board has not answered two months after receiving the complaint, the complaint is rejected: the time limit to go to the court starts.
recours-amiable-caf-cpam-law-logement = For housing aid (APL, ALF, ALS), the appeal first goes to the director of the CAF, who may ask the amicable appeal board for its opinion; this is compulsory before going to court. The time limit is the one stated on the decision.
recours-amiable-caf-cpam-law-tribunal-logement = For housing aid, the court that comes next is the administrative court (within two months after the rejection), not the judicial court.
recours-amiable-caf-cpam-law-pole-social = The social division (pôle social) of the tribunal judiciaire is seized by a written request, handed in at the registry or sent by registered letter with acknowledgement of receipt, briefly giving the reasons and enclosing the contested decision.
recours-amiable-caf-cpam-law-sans-avocat = Before the pôle social, the person can defend themselves, without a lawyer.
recours-amiable-caf-cpam-law-tribunal-competent = The competent court is the one where the person lives; only some tribunaux judiciaires have a pôle social, and the commission's decision says which one.
recours-amiable-caf-cpam-law-api = The certificate of extended examination (API), together with the expired residence permit, proves lawful residence for the period it states.

recours-amiable-caf-cpam-step-personne = The person
recours-amiable-caf-cpam-step-decision = The disputed decision
recours-amiable-caf-cpam-step-envoi = Sending
recours-amiable-caf-cpam-step-tribunal = The court

recours-amiable-caf-cpam-q-nom = Family name
recours-amiable-caf-cpam-q-prenoms = Given names
recours-amiable-caf-cpam-q-civilite = In the letter, the person writes:
recours-amiable-caf-cpam-q-civilite-madame = “Je soussignée” (Madam, feminine form in the letter)
recours-amiable-caf-cpam-q-civilite-monsieur = “Je soussigné” (Sir, masculine form in the letter)
recours-amiable-caf-cpam-q-civilite-non-precise = Not specified
recours-amiable-caf-cpam-q-adresse = Address or domiciliation
recours-amiable-caf-cpam-q-organisme = Which body made the decision?
recours-amiable-caf-cpam-q-organisme-caf = The CAF (caisse d'allocations familiales, family benefits office)
recours-amiable-caf-cpam-q-organisme-cpam = The CPAM (caisse primaire d'assurance maladie, local health insurance office)
recours-amiable-caf-cpam-q-regime = Which CAF benefit is the decision about?
recours-amiable-caf-cpam-q-regime-autre = Family benefits, AAH or another CAF benefit
recours-amiable-caf-cpam-q-regime-aide-logement = Housing aid (APL, ALF, ALS)
recours-amiable-caf-cpam-q-regime-rsa = RSA (revenu de solidarité active)
recours-amiable-caf-cpam-q-regime-prime-activite = Prime d'activité (in-work benefit)
recours-amiable-caf-cpam-q-departement = Département of the office (caisse)
recours-amiable-caf-cpam-q-numero = Benefit claimant number (numéro d'allocataire) or social security number (NIR or temporary number)
recours-amiable-caf-cpam-q-prestation = Which benefit? (for example: housing benefit “l'allocation de logement”, activity bonus “la prime d'activité”, daily allowances “les indemnités journalières”)
recours-amiable-caf-cpam-q-objet = What does the decision say?
recours-amiable-caf-cpam-q-objet-refus = It refuses the benefit
recours-amiable-caf-cpam-q-objet-suspension = It suspends the benefit
recours-amiable-caf-cpam-q-objet-indu = It asks for money to be paid back (indu, overpayment: trop-perçu)
recours-amiable-caf-cpam-q-objet-api-adf = It refuses the API or the ADF as proof of lawful residence
recours-amiable-caf-cpam-q-objet-autre = Something else
recours-amiable-caf-cpam-q-date_notification = Date of the decision (or of its receipt)
recours-amiable-caf-cpam-q-voies_delais = Does the decision state how and within what time limit it can be challenged (whom to write to, by when)?
recours-amiable-caf-cpam-q-motif_contestation = Why does the person dispute it? (the facts, with dates)
recours-amiable-caf-cpam-q-adresse_cra = Address of the amicable appeal board (written on the decision)
recours-amiable-caf-cpam-q-numero_lrar = Registered letter number (if already known)
recours-amiable-caf-cpam-q-reponse_cra = What did the commission de recours amiable answer?
recours-amiable-caf-cpam-q-reponse_cra-aucune = Nothing so far (or the claim has not been sent yet)
recours-amiable-caf-cpam-q-reponse_cra-rejet-ecrit = It rejected the claim in writing
recours-amiable-caf-cpam-q-reponse_cra-favorable = It agreed with the person
recours-amiable-caf-cpam-q-date_reception_cra = Date the fund received the claim (on the acknowledgement of receipt), if it was not prepared here
recours-amiable-caf-cpam-q-ar_voies_delais_cra = Did the fund send an acknowledgement of the claim stating how and when to challenge?
recours-amiable-caf-cpam-q-date_rejet_cra = Date of the commission's decision
recours-amiable-caf-cpam-q-voies_delais_rejet_cra = Does this decision state how and when to challenge it (the court, the time limit)?
recours-amiable-caf-cpam-q-date_naissance = Date of birth
recours-amiable-caf-cpam-q-lieu_naissance = Place of birth (town, country)
recours-amiable-caf-cpam-q-nationalite = Nationality
recours-amiable-caf-cpam-q-profession = Occupation (or « sans profession »)
recours-amiable-caf-cpam-q-tribunal_judiciaire = Tribunal judiciaire (pôle social) named in the decision's means of appeal, or to ask the fund or the town's court (for example: Tribunal judiciaire de Bobigny)
recours-amiable-caf-cpam-q-adresse_pole_social = Address of the pôle social's registry

recours-amiable-caf-cpam-doc-decision_contestee = Copy of the disputed decision
recours-amiable-caf-cpam-doc-titre_api = API or ADF, with the expired residence permit or the receipt (récépissé)
recours-amiable-caf-cpam-doc-justificatifs = Useful supporting documents (income, domiciliation certificate, sick-leave certificate…)
recours-amiable-caf-cpam-doc-courriers = Letters already exchanged with the office (caisse)
recours-amiable-caf-cpam-doc-reclamation_envoyee = Copy of the claim sent to the commission, with the acknowledgement of receipt
recours-amiable-caf-cpam-doc-decision_cra = The decision of the commission de recours amiable

recours-amiable-caf-cpam-letter-reclamation-cra = Complaint to the amicable appeal board

recours-amiable-caf-cpam-letter-recours-logement = Appeal to the director of the CAF (housing aid)
recours-amiable-caf-cpam-letter-requete-pole-social = Request to the pôle social of the tribunal judiciaire

recours-amiable-caf-cpam-next-rsa = The RSA is not challenged before the amicable appeal board: open the « Recours RSA » démarche (appeal to the president of the departmental council, then the administrative court).
recours-amiable-caf-cpam-next-prime-activite = The prime d'activité is challenged first with the CAF, then before the administrative court. The app does not prepare this appeal yet: see a specialised association.
recours-amiable-caf-cpam-next-logement = Housing aid: send the appeal to the director of the CAF by registered letter with acknowledgement of receipt, within the time limit stated on the decision. After that, the administrative court is competent.
recours-amiable-caf-cpam-next-envoyer = Send the complaint by registered letter with acknowledgement of receipt, before the end of the two months following the decision: the postmark date is what counts. Keep a full copy.
recours-amiable-caf-cpam-next-api = Enclose the API (or the ADF) and the expired residence permit: together, they prove lawful residence.
recours-amiable-caf-cpam-next-pole-social = If the commission rejects the claim, in writing or by not answering for two months, the request to the pôle social of the tribunal judiciaire is offered here: the person can file it themselves, without a lawyer; an association or a lawyer can also take it over.
recours-amiable-caf-cpam-next-cra-favorable = The commission agreed with the person: check that the fund applies its decision (restoring the benefit, paying the arrears); otherwise write to it, enclosing that decision.

## Deadlines
recours-amiable-caf-cpam-deadline-saisine-cra = Last day to write to the amicable appeal board (2 months after the decision)
recours-amiable-caf-cpam-deadline-rejet-implicite-cra = With no answer from the board, the complaint is rejected (2 months after it is received)
recours-amiable-caf-cpam-deadline-pole-social = Last day to apply to the tribunal judiciaire (pôle social) after the claim was rejected (in writing, or by the commission's silence)

## Explanation sheet given to the person.
recours-amiable-caf-cpam-explain-reclamation-cra-asks =
    This letter asks the amicable appeal board of { $organisme ->
        [cpam] the CPAM
       *[other] the CAF
    } to review the decision of { $date_notification } about { $prestation } and to cancel it. This is a compulsory step before you can go to court.
recours-amiable-caf-cpam-explain-reclamation-cra-to = It is sent by registered letter with acknowledgement of receipt to the amicable appeal board, at the address written on the decision.
recours-amiable-caf-cpam-explain-reclamation-cra-next = The board decides on the papers, without hearing you: everything must be in the letter. If it does not answer within two months after receiving the letter (date: { $deadline-rejet-implicite-cra }), that counts as a refusal; you can then take the case to the judicial court (tribunal judiciaire, social division) within the next two months (last day: { $deadline-pole-social }), yourself, without a lawyer — the request is prepared here —, or with help from an association or a lawyer.
recours-amiable-caf-cpam-explain-reclamation-cra-keep = Keep the decision, a copy of this letter and of the documents, the postage receipt and the signed acknowledgement of receipt. Also keep any answer from the office (caisse).
recours-amiable-caf-cpam-deadline-rejet-implicite-logement = Without an answer from the CAF, the housing-aid appeal is rejected (2 months after it was received)
recours-amiable-caf-cpam-deadline-tribunal-logement = Last day to go to the administrative court after the CAF's silence (housing aid)
recours-amiable-caf-cpam-explain-recours-logement-asks = This letter asks the director of the CAF to review the decision of { $date_notification } about your housing aid ({ $prestation }) and to cancel it. This is a compulsory step before you can go to the administrative court.
recours-amiable-caf-cpam-explain-recours-logement-to = It is sent by registered letter with acknowledgement of receipt, to the address given on the decision. Send it within the time limit stated on the decision (normally two months): the postmark date counts.
recours-amiable-caf-cpam-explain-recours-logement-next = If the CAF does not answer within two months after receiving the letter (date: { $deadline-rejet-implicite-logement }), that counts as a refusal; you can then go to the administrative court within the next two months (last day: { $deadline-tribunal-logement }), with help from an association or a lawyer.
recours-amiable-caf-cpam-explain-recours-logement-keep = Keep the decision, a copy of this letter and of the documents, the posting receipt and the signed acknowledgement of receipt. Also keep any answer from the CAF.
recours-amiable-caf-cpam-explain-requete-pole-social-asks = This request asks the tribunal judiciaire (pôle social) to cancel the fund's decision and the rejection of your claim, and to restore your rights. You can do it without a lawyer.
recours-amiable-caf-cpam-explain-requete-pole-social-to = It goes to the registry of the pôle social of the { $tribunal_judiciaire }: { $adresse_pole_social }. Hand it in at the registry (the front desk), which gives a receipt, or send it by registered letter with acknowledgement of receipt. Aim for it to arrive before the deadline.
recours-amiable-caf-cpam-explain-requete-pole-social-next = The court calls you to a hearing, often several months later: come with your papers, or be represented by a relative or an authorised person; a lawyer is not required. If you want a lawyer paid by the State, send the legal aid application (form cerfa no. 16146) before the deadline: the time limit then starts again from the decision on legal aid. An association or a lawyer can take over the request at any time.
recours-amiable-caf-cpam-explain-requete-pole-social-keep = Keep a copy of the request and of every document, the receipt from the registry or the post office, and every letter from the court.
