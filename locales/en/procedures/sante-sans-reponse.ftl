# "Application for PUMa, CSS or AME with no answer" procedure.
sante-sans-reponse-title = Application for PUMa, solidarity health cover or AME left unanswered
sante-sans-reponse-summary = The CPAM has not answered for more than two months an application for health cover (PUMa), solidarity health cover (complémentaire santé solidaire, CSS) or State medical aid (aide médicale de l'État, AME): ask for the certificate of acceptance (CSS) or for a written decision giving its reasons (PUMa, AME).
sante-sans-reponse-audience = Anyone who submitted a complete file to the CPAM and has received no card, no certificate and no decision after two months.
sante-sans-reponse-keywords = health health insurance social security universal health cover solidarity health cover top-up insurance State medical aid health card no answer silence waiting file stuck CPAM PUMa CSS CMU AME mutuelle carte vitale complémentaire santé solidaire aide médicale de l'État prior appeal administrative court tribunal request lawyer refusal AME

sante-sans-reponse-law-css = Solidarity health cover (complémentaire santé solidaire): if the decision is not notified within the time limit, the application is considered accepted (text checked in its 2019 version; to be confirmed on Légifrance before any court case). The time limit used is two months after receipt of the complete file.
sante-sans-reponse-law-attestation = An acceptance that arises from the administration's silence gives the right, on request, to a certificate: this is the document the person asks for, for the CSS.
sante-sans-reponse-law-accuse = Every application must receive an acknowledgement of receipt stating the date on which an implicit decision will arise and, in case of refusal, how and within what time limit it can be challenged.
sante-sans-reponse-law-inopposable = Against a decision that arises from silence, the time limits for appeal can only be held against the person if the acknowledgement of receipt of the application stated them.
sante-sans-reponse-law-motifs = After a refusal that arises from silence, the person can ask for the reasons: they must be given within one month, and the time limit to go to court is extended.
sante-sans-reponse-law-ame = The AME is granted or refused by the director of the CPAM on behalf of the State; disputes go to the administrative court (tribunal administratif). For the PUMa and the AME, no specific rule on silence has been checked: to be safe, the application treats two months of silence as a refusal.
sante-sans-reponse-law-recours-prealable = Before going to the administrative court against a refusal of AME, a written appeal must first be made to whoever decided (the director of the CPAM, for the State). The person can ask to be heard, with someone of their choice.
sante-sans-reponse-law-rejet-recours = With no answer two months after it is received, the appeal is rejected.
sante-sans-reponse-law-tribunal = The administrative court can then be asked within the two months after the rejection, written or by silence; it is the court of the département of the CPAM that decided. After a silence, proof of the date the appeal was received must be attached.
sante-sans-reponse-law-sans-avocat = Before the administrative court, an AME case needs no lawyer: the person can write and file the request themselves.
sante-sans-reponse-law-aide-juridictionnelle = A legal aid application sent before the court's deadline keeps the time limit: a new time limit of the same length runs after the decision on legal aid.

sante-sans-reponse-step-personne = The person
sante-sans-reponse-step-demande = The unanswered application
sante-sans-reponse-step-envoi = Sending
sante-sans-reponse-step-recours = The appeal (AME)
sante-sans-reponse-step-tribunal = The court (AME)

sante-sans-reponse-q-nom = Family name
sante-sans-reponse-q-prenoms = Given names
sante-sans-reponse-q-civilite = In the letter, the person writes:
sante-sans-reponse-q-civilite-madame = “Je soussignée” (Madam, feminine form in the letter)
sante-sans-reponse-q-civilite-monsieur = “Je soussigné” (Sir, masculine form in the letter)
sante-sans-reponse-q-civilite-non-precise = Not specified
sante-sans-reponse-q-date_naissance = Date of birth
sante-sans-reponse-q-adresse = Address or domiciliation
sante-sans-reponse-q-droit = What did the person apply for?
sante-sans-reponse-q-droit-puma = Health cover (PUMa: registration with the health insurance system)
sante-sans-reponse-q-droit-css = Solidarity health cover (complémentaire santé solidaire, CSS)
sante-sans-reponse-q-droit-ame = State medical aid (aide médicale de l'État, AME)
sante-sans-reponse-q-departement = Département of the CPAM (the one that received the application; for the AME it also decides which administrative court)
sante-sans-reponse-q-numero = Social security number, temporary number or file number (if the person has one)
sante-sans-reponse-q-date_envoi = Date the complete file was sent or handed in
sante-sans-reponse-q-date_reception = Date the CPAM received the file (acknowledgement of receipt, receipt “récépissé”), if known
sante-sans-reponse-q-ar_voies_delais = Did the CPAM send an acknowledgement of receipt stating how and within what time limit a decision can be challenged?
sante-sans-reponse-q-adresse_cpam = Address of the CPAM
sante-sans-reponse-q-numero_lrar = Registered letter number (if already known)
sante-sans-reponse-q-reponse_cpam = What did the CPAM answer to the AME application?
sante-sans-reponse-q-reponse_cpam-aucune = Nothing so far
sante-sans-reponse-q-reponse_cpam-refus-ecrit = A written refusal
sante-sans-reponse-q-reponse_cpam-accord = The AME was granted
sante-sans-reponse-q-date_refus_ame = Date of the refusal letter
sante-sans-reponse-q-date_refus_ame-invalid = The refusal cannot be dated before the application was sent.
sante-sans-reponse-q-voies_delais_refus = Does the refusal letter say how and within what time to challenge it?
sante-sans-reponse-q-motif_contestation = Why the person is entitled to the AME (for example: they have lived in France for more than three months, their income is under the ceiling) — written in French, as is, in the appeal
sante-sans-reponse-q-etre_entendu = Does the person want to be heard by the CPAM, with someone of their choice?
sante-sans-reponse-q-reponse_recours = What did the CPAM answer to the prior appeal?
sante-sans-reponse-q-reponse_recours-aucune = Nothing so far (or the appeal has not been sent yet)
sante-sans-reponse-q-reponse_recours-rejet-ecrit = It rejected the appeal in writing
sante-sans-reponse-q-reponse_recours-accord = It granted the AME
sante-sans-reponse-q-date_reception_recours = Date the CPAM received the appeal (on the acknowledgement of receipt), if it was not prepared here
sante-sans-reponse-q-ar_recours_voies_delais = Did the CPAM send an acknowledgement of the appeal stating how and when to challenge?
sante-sans-reponse-q-date_rejet_recours = Date of the letter rejecting the appeal
sante-sans-reponse-q-date_rejet_recours-invalid = The rejection of the appeal cannot be older than the refusal letter.
sante-sans-reponse-q-voies_delais_rejet = Does the rejection letter state how and when to challenge it (the court, the time limit)?
sante-sans-reponse-q-adresse_tribunal = Address of the administrative court's registry, if the app does not give it (on the rejection letter or the court's website) — otherwise leave empty

sante-sans-reponse-doc-copie_demande = Copy of the application file (form and list of the documents sent)
sante-sans-reponse-doc-preuve_depot = Proof of submission: acknowledgement of receipt from the post office, receipt (récépissé) or acknowledgement of receipt from the CPAM
sante-sans-reponse-doc-identite = Identity document or residence document
sante-sans-reponse-doc-domiciliation = Domiciliation certificate
sante-sans-reponse-doc-decision_refus = The letter refusing the AME
sante-sans-reponse-doc-recours_envoye = Copy of the prior appeal sent to the CPAM, with the acknowledgement of receipt
sante-sans-reponse-doc-decision_rejet = The letter rejecting the appeal
sante-sans-reponse-doc-justificatifs = Proof of the right to the AME (residence, income)

sante-sans-reponse-letter-attestation-css = Request for a certificate of acceptance of the solidarity health cover
sante-sans-reponse-letter-demande-decision = Request to the CPAM for a written decision giving its reasons
sante-sans-reponse-letter-recours-prealable-ame = Prior appeal against the refusal of the AME
sante-sans-reponse-letter-requete-tribunal = Request to the administrative court (AME)

sante-sans-reponse-next-css = Two months after receipt of the complete file with no decision notified, the CSS is considered granted: send the request for the certificate by registered letter and show the certificate to doctors and other health professionals.
sante-sans-reponse-next-puma = Send the request for a decision by registered letter. If there is no answer, write to the amicable appeal board (commission de recours amiable) of the CPAM (procedure “Challenge a decision of the CAF or the CPAM”).
sante-sans-reponse-next-ame = Send the request for a decision by registered letter. With no answer, or after a written refusal, make the prior appeal to the director of the CPAM (offered here), compulsory before the administrative court (tribunal administratif).
sante-sans-reponse-next-incertain = Be careful: for the PUMa and the AME, how long a silence must last to count as a refusal has not been checked. The dates shown follow the general rule (two months): act without waiting and keep all the evidence.
sante-sans-reponse-next-recours-ame = The AME is refused, in writing or by silence: first make the prior appeal to the director of the CPAM (it is compulsory before the administrative court), by registered letter; with no answer two months after it is received, the administrative court (tribunal administratif) can be asked.
sante-sans-reponse-next-tribunal-ame = If the CPAM rejects the appeal, in writing or by not answering for two months, the request to the administrative court is offered here: the person can file it themselves, without a lawyer; an association or a lawyer can also take it over, and at the same time ask the urgent-applications judge to suspend the refusal if care cannot wait. Meanwhile, a hospital's PASS gives care without cover.
sante-sans-reponse-next-ame-accordee = The AME is granted: keep the decision and collect the card. Nothing else to do.

## Deadlines
sante-sans-reponse-deadline-acceptation-css = The CSS is considered granted if no decision has been notified (2 months after receipt of the file)
sante-sans-reponse-deadline-silence-demande = With no answer, the application should be treated as refused (2 months after receipt of the file; uncertain rule for the PUMa and the AME)
sante-sans-reponse-deadline-motifs = The CPAM must give the reasons for the refusal (1 month after receipt of the request)
sante-sans-reponse-deadline-saisine-cra = Last day to write to the amicable appeal board of the CPAM after the implicit refusal
sante-sans-reponse-deadline-tribunal-administratif = Last day to go to the administrative court after the prior appeal was rejected (AME)
sante-sans-reponse-deadline-recours-prealable = Last day to make the prior appeal against the refusal of the AME
sante-sans-reponse-deadline-rejet-implicite-recours = Without an answer from the CPAM, the prior appeal is rejected (2 months after it is received)

## Explanation sheet given to the person.
sante-sans-reponse-explain-attestation-css-asks = This letter asks the CPAM (caisse primaire d'assurance maladie, local health insurance office) for a paper that proves your solidarity health cover (complémentaire santé solidaire) is granted: with no decision in time, your application is considered accepted.
sante-sans-reponse-explain-attestation-css-to = It is sent by registered letter with acknowledgement of receipt to the CPAM ({ $departement }).
sante-sans-reponse-explain-attestation-css-next = Your application has been considered accepted since { $deadline-acceptation-css }. Show this letter, and the certificate when you receive it, to the doctor, the pharmacist or the hospital. If the CPAM answers with a refusal, come back to see us with its letter.
sante-sans-reponse-explain-attestation-css-keep = Keep the copy of your file, the proof that you submitted it, a copy of this letter, the postage receipt and the signed acknowledgement of receipt.
sante-sans-reponse-explain-demande-decision-asks =
    This letter asks the CPAM (caisse primaire d'assurance maladie, local health insurance office) to answer in writing your application for { $droit ->
        [ame] State medical aid (aide médicale de l'État, AME)
       *[other] health cover (PUMa)
    } and, if it refuses, to say why.
sante-sans-reponse-explain-demande-decision-to = It is sent by registered letter with acknowledgement of receipt to the CPAM ({ $departement }).
sante-sans-reponse-explain-demande-decision-next =
    The CPAM must give its reasons within one month after receiving this letter (date: { $deadline-motifs }). With no answer, the refusal can be challenged: { $droit ->
        [ame] first by a prior appeal to the director of the CPAM, compulsory before the administrative court (last day: { $deadline-recours-prealable }).
       *[other] before the amicable appeal board (commission de recours amiable) of the CPAM (last day: { $deadline-saisine-cra }).
    } Come back to see us before that date.
sante-sans-reponse-explain-demande-decision-keep = Keep the copy of your file, the proof that you submitted it, a copy of this letter, the postage receipt and the signed acknowledgement of receipt. Also keep any letter from the CPAM.
sante-sans-reponse-explain-recours-prealable-ame-asks = This letter challenges the refusal of State medical aid (aide médicale de l'État, AME) and asks the CPAM to grant it. It is a compulsory step before you can go to the administrative court.
sante-sans-reponse-explain-recours-prealable-ame-to = It goes by registered letter with acknowledgement of receipt to the director of the CPAM, who decides for the State.
sante-sans-reponse-explain-recours-prealable-ame-next = With no answer within two months after this letter is received (date: { $deadline-rejet-implicite-recours }), it is a refusal: come back to see us, we will prepare the request to the administrative court (tribunal administratif), which you can file yourself, without a lawyer. If you need care before then, go to the hospital's health access service (permanence d'accès aux soins de santé, PASS).
sante-sans-reponse-explain-recours-prealable-ame-keep = Keep a copy of this letter, the postage receipt, the signed acknowledgement of receipt, your application file and any letter from the CPAM.
sante-sans-reponse-explain-requete-tribunal-asks = This request asks the administrative court to cancel the refusal of the State medical aid (AME) and the rejection of your appeal, and to order that you be granted the AME. You can do it without a lawyer.
sante-sans-reponse-explain-requete-tribunal-to = It goes to the { $court-ta }: { $court-ta-address }. Hand it in at the court's registry (the front desk), which gives a receipt, or send it early enough by registered letter with acknowledgement of receipt: what counts is the date it reaches the court, not the postmark. Add a copy of the request and of each document. The Télérecours citoyens website can also send it online, but it is not required.
sante-sans-reponse-explain-requete-tribunal-next = The court sends the request to the administration, which answers in writing; you will receive its answer and can reply. This often takes several months: if you need care before then, go to a hospital's health access service (PASS). If you want a lawyer paid by the State, send the legal aid application (form cerfa no. 16146) before the deadline: the court's time limit then starts again from the decision on legal aid. An association or a lawyer can take over the request at any time.
sante-sans-reponse-explain-requete-tribunal-keep = Keep a copy of the request and of every document, the receipt from the registry or the post office, and every letter from the court.
