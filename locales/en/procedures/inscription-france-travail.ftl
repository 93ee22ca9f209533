# "Registration with France Travail refused" procedure.
inscription-france-travail-title = Registration with France Travail refused (API, ADF or no social security number yet)
inscription-france-travail-summary = France Travail (the public employment service) refuses to register the person as a jobseeker because they present an extension certificate (attestation de prolongation de l'instruction, API) or a favourable decision certificate (attestation de décision favorable, ADF), or because they do not yet have a permanent social security number: a written complaint to the director of the local office (agence).
inscription-france-travail-audience = Any foreign person allowed to work whose registration as a jobseeker is refused at the counter, online or in writing.
inscription-france-travail-keywords = employment job work unemployment jobseeker registration certificate receipt social security number temporary number refusal local office France Travail Pôle emploi inscription demandeur d'emploi API ADF attestation récépissé NIR NIA agence

inscription-france-travail-law-inscription = To register, the person declares their domiciliation and gives the information that allows them to be identified; a person who cannot register alone online can do it at the local office (agence), with help from the staff (2015 text, current version to be confirmed).
inscription-france-travail-law-api = The extension certificate (attestation de prolongation de l'instruction, API), together with the expired residence permit, proves lawful residence for the period it states. The certificate of submission (attestation de dépôt), on the other hand, does not prove it.
inscription-france-travail-law-travail = The API allows the person to work when the previous permit allowed it.
inscription-france-travail-law-adf = The favourable decision certificate (attestation de décision favorable, ADF) proves lawful residence while waiting for the card to be handed over.
inscription-france-travail-law-nia = While waiting for the permanent number, social security bodies use a temporary number (numéro d'attente, NIA), built like a social security number.
inscription-france-travail-law-silence = If there is no answer two months after the complaint is received, the complaint is rejected.
inscription-france-travail-law-interruption = A complaint sent within two months of a written refusal interrupts the time limit to go to court: a new time limit starts from the answer (or from the silence).

inscription-france-travail-step-personne = The person
inscription-france-travail-step-refus = The refusal
inscription-france-travail-step-envoi = Sending

inscription-france-travail-q-nom = Family name
inscription-france-travail-q-prenoms = Given names
inscription-france-travail-q-civilite = In the letter, the person writes:
inscription-france-travail-q-civilite-madame = “Je soussignée” (Madam, feminine form in the letter)
inscription-france-travail-q-civilite-monsieur = “Je soussigné” (Sir, masculine form in the letter)
inscription-france-travail-q-civilite-non-precise = Not specified
inscription-france-travail-q-date_naissance = Date of birth
inscription-france-travail-q-adresse = Address or domiciliation
inscription-france-travail-q-agence = France Travail local office (town or name of the office)
inscription-france-travail-q-date_refus = Date of the refusal
inscription-france-travail-q-forme_refus = How was the refusal given?
inscription-france-travail-q-forme_refus-ecrit = In writing (letter or e-mail)
inscription-france-travail-q-forme_refus-oral = Orally, at the local office
inscription-france-travail-q-forme_refus-en-ligne = Online: registration is blocked on the website
inscription-france-travail-q-voies_delais = Does the written refusal state how and within what time limit it can be challenged?
inscription-france-travail-q-motif_refus = What reason was given?
inscription-france-travail-q-motif_refus-api = The extension certificate (API) is not accepted
inscription-france-travail-q-motif_refus-adf = The favourable decision certificate (ADF) is not accepted
inscription-france-travail-q-motif_refus-sans-nir = The person does not yet have a permanent social security number
inscription-france-travail-q-motif_refus-autre = Another reason
inscription-france-travail-q-date_fin_api = Date the API expires
inscription-france-travail-q-titre_autorisait_travail = Did the expired residence permit allow the person to work?
inscription-france-travail-q-numero_attente = Temporary number (NIA), if the person has one
inscription-france-travail-q-faits = What happened (date, place, what was said or written)
inscription-france-travail-q-adresse_agence = Address of the France Travail local office
inscription-france-travail-q-numero_lrar = Registered letter number (if already known)

inscription-france-travail-doc-identite = Identity document or residence document
inscription-france-travail-doc-api_titre = The API and the expired residence permit
inscription-france-travail-doc-adf = The favourable decision certificate (ADF)
inscription-france-travail-doc-attestation_nia = The document showing the temporary number (NIA), if there is one
inscription-france-travail-doc-refus_ecrit = The written refusal (letter or e-mail)
inscription-france-travail-doc-domiciliation = Domiciliation certificate

inscription-france-travail-letter-reclamation = Complaint to the director of the France Travail local office

inscription-france-travail-next-envoyer = Send the complaint by registered letter with acknowledgement of receipt, or hand it in at the local office against a receipt. Also ask the office to register the person with help from the staff.
inscription-france-travail-next-api-sans-travail = Be careful: if the expired permit did not allow the person to work, the API does not allow it either. Check the situation before sending the letter.
inscription-france-travail-next-suite = If the refusal is maintained, the case can be referred to the France Travail mediator (médiateur), then to the administrative court (tribunal administratif) (route to be confirmed with an association or a lawyer). The case can be referred to the Defender of Rights (Défenseur des droits) at the same time.

## Deadlines
inscription-france-travail-deadline-contester-refus = Last day to challenge the written refusal (2 months; a complaint sent before then interrupts this time limit)
inscription-france-travail-deadline-rejet-implicite = With no answer from France Travail, the complaint is rejected (2 months after it is received)

## Explanation sheet given to the person.
inscription-france-travail-explain-reclamation-asks = This letter asks France Travail (the public employment service) to register you as a jobseeker, from the date when you asked for it, and to answer in writing.
inscription-france-travail-explain-reclamation-to = It is sent by registered letter with acknowledgement of receipt to the director of the France Travail local office (agence) in { $agence }.
inscription-france-travail-explain-reclamation-next = If France Travail does not answer within two months after receiving the letter (date: { $deadline-rejet-implicite }), that counts as a refusal. Come back to see us with any answer: other steps are possible (mediator, court, Defender of Rights “Défenseur des droits”).
inscription-france-travail-explain-reclamation-keep = Keep a copy of this letter and of the documents, the postage receipt and the signed acknowledgement of receipt, and any answer from France Travail (letter, e-mail, message in your online account).
