# "Refusal of school enrolment" procedure.
refus-inscription-scolaire-title = Refusal of school enrolment
refus-inscription-scolaire-summary = The town hall (nursery or primary school) or the education authority (secondary school) refuses to enrol a child: a recours gracieux, and a request to the academic director to enrol the child, copied to the préfet.
refus-inscription-scolaire-audience = Parents or guardians of a child aged 3 to 16, whatever their administrative status or housing.
refus-inscription-scolaire-keywords = school enrolment town hall nursery primary secondary child école mairie collège lycée

refus-inscription-scolaire-law-obligation = Education is compulsory for every child from 3 to 16.
refus-inscription-scolaire-law-inscription = The mayor must enrol children living in the town. The family's kind of housing cannot justify a refusal. If the mayor refuses without a legitimate reason, the academic director (DASEN), on behalf of the préfet, enrols the child.
refus-inscription-scolaire-law-pieces = To enrol a child, the town hall may only ask for: the child's identity, the guardians' identity, and proof of address. If a document is missing, a sworn statement is enough; the address can be proved by any means. Checking the address cannot block the enrolment.
refus-inscription-scolaire-law-attestation = Accepted identity documents are those on the official list (family record book, identity card, passport…); otherwise, a sworn statement.
refus-inscription-scolaire-law-substitution = When the mayor, acting for the State, refuses an act the law requires, the préfet may, after a formal request, do it directly or through a delegate.
refus-inscription-scolaire-law-silence = With no answer two months after a recours is received, it is rejected; the deadline to go to the administrative court then starts.
refus-inscription-scolaire-law-squat = The mayor cannot refuse to enrol a child because the family lives in a squat, a shanty town or unfit housing (Conseil d'État, 19 December 2018).
refus-inscription-scolaire-law-tribunal = If the appeal is rejected, in writing or by two months of silence, the administrative court (tribunal administratif) can be asked within two months; the rejection, or proof of the date the appeal was received, must be attached.
refus-inscription-scolaire-law-sans-avocat = Before the administrative court, a request to cancel a refusal of enrolment needs no lawyer: the parent can write and file it themselves.
refus-inscription-scolaire-law-refere-suspension = When the child is left without school, the urgent-applications judge can suspend the refusal quickly, if a request to cancel it is also filed; an association or a lawyer can ask for this.

refus-inscription-scolaire-step-enfant = The child
refus-inscription-scolaire-step-famille = The family
refus-inscription-scolaire-step-refus = The refusal
refus-inscription-scolaire-step-tribunal = The court

refus-inscription-scolaire-q-nom_enfant = Child's family name
refus-inscription-scolaire-q-prenoms_enfant = Child's given names
refus-inscription-scolaire-q-date_naissance_enfant = Child's date of birth
refus-inscription-scolaire-q-genre_enfant = The child is:
refus-inscription-scolaire-q-genre_enfant-fille = A girl
refus-inscription-scolaire-q-genre_enfant-garcon = A boy
refus-inscription-scolaire-q-niveau = Level requested
refus-inscription-scolaire-q-niveau-maternelle = Nursery school
refus-inscription-scolaire-q-niveau-elementaire = Primary school
refus-inscription-scolaire-q-niveau-college = Lower secondary (collège)
refus-inscription-scolaire-q-niveau-lycee = Upper secondary (lycée)
refus-inscription-scolaire-q-ecole_demandee = School requested (if known)
refus-inscription-scolaire-q-civilite = In the letters, the parent or guardian writes:
refus-inscription-scolaire-q-civilite-madame = “Je soussignée” (Madam, feminine form in the letter)
refus-inscription-scolaire-q-civilite-monsieur = “Je soussigné” (Sir, masculine form in the letter)
refus-inscription-scolaire-q-civilite-non-precise = Not specified
refus-inscription-scolaire-q-nom_responsable = Parent's or guardian's family name
refus-inscription-scolaire-q-prenoms_responsable = Parent's or guardian's given names
refus-inscription-scolaire-q-adresse = Address (shelter, hotel, domiciliation…)
refus-inscription-scolaire-q-commune = Town where the child lives
refus-inscription-scolaire-q-departement = Département
refus-inscription-scolaire-q-occupation_sans_titre = Does the family live in a squat, a shanty town, or on land or in a building occupied without permission?
refus-inscription-scolaire-q-adresse_mairie = Address of the town hall (school affairs department)
refus-inscription-scolaire-q-adresse_dasen = Address of the département's education authority office (DSDEN)
refus-inscription-scolaire-q-forme_refus = Was the refusal written or oral?
refus-inscription-scolaire-q-forme_refus-ecrit = Written (letter, e-mail)
refus-inscription-scolaire-q-forme_refus-oral = Oral (at the counter, on the phone)
refus-inscription-scolaire-q-date_refus = Date of the refusal
refus-inscription-scolaire-q-date_refus-invalid = The refusal cannot be earlier than the child's birth.
refus-inscription-scolaire-q-document_refus = The written refusal, if it is already in the person's record
refus-inscription-scolaire-q-voies_delais = Does the written refusal say how and by when it can be challenged?
refus-inscription-scolaire-q-circonstances_refus = Where, at what time and by whom was the refusal given?
refus-inscription-scolaire-q-motif_refus = What reason was given?
refus-inscription-scolaire-q-motif_refus-pieces = Documents are missing
refus-inscription-scolaire-q-motif_refus-domicile = No proof of address
refus-inscription-scolaire-q-motif_refus-places = No place available
refus-inscription-scolaire-q-motif_refus-aucun = No reason given
refus-inscription-scolaire-q-motif_refus-autre = Another reason
refus-inscription-scolaire-q-pieces_manquantes = Is an identity document or proof of address missing?
refus-inscription-scolaire-q-reponse_recours = What did the mayor or the education director answer to the appeal?
refus-inscription-scolaire-q-reponse_recours-aucune = Nothing so far (or the appeal has not been sent yet)
refus-inscription-scolaire-q-reponse_recours-rejet-ecrit = They rejected the appeal in writing
refus-inscription-scolaire-q-reponse_recours-inscrit = The child has been enrolled
refus-inscription-scolaire-q-date_reception_recours = Date the appeal was received (on the acknowledgement of receipt), if it was not prepared here
refus-inscription-scolaire-q-ar_voies_delais = Was an acknowledgement of the appeal received stating how and when to challenge?
refus-inscription-scolaire-q-date_rejet_recours = Date of the letter rejecting the appeal
refus-inscription-scolaire-q-date_rejet_recours-invalid = The appeal cannot have been rejected before the refusal.
refus-inscription-scolaire-q-voies_delais_rejet = Does the rejection letter state how and when to challenge it (the court, the time limit)?
refus-inscription-scolaire-q-adresse_tribunal = Address of the administrative court's registry, if the app does not give it (on the rejection letter or the court's website) — otherwise leave empty

refus-inscription-scolaire-doc-identite_enfant = Child's identity document (family record book, birth certificate, passport…)
refus-inscription-scolaire-doc-identite_responsables = Parents' or guardians' identity documents
refus-inscription-scolaire-doc-justificatif_domicile = Proof of address by any means (host, hotel or 115 certificate, domiciliation certificate…)
refus-inscription-scolaire-doc-attestation_honneur = Sworn statement for the missing documents
refus-inscription-scolaire-doc-refus_ecrit = The written refusal
refus-inscription-scolaire-doc-recit_refus_oral = Dated, signed account of the oral refusal (date, time, place, staff member)
refus-inscription-scolaire-doc-recours_envoye = Copy of the appeal sent, with the acknowledgement of receipt
refus-inscription-scolaire-doc-decision_rejet = The letter rejecting the appeal

refus-inscription-scolaire-letter-recours-maire = Recours gracieux to the mayor, acting for the State
refus-inscription-scolaire-letter-demande-dasen = Enrolment request to the academic director, copied to the préfet
refus-inscription-scolaire-letter-recours-dasen-second-degre = Recours gracieux to the academic director (secondary school)
refus-inscription-scolaire-letter-requete-tribunal = Request to the administrative court

refus-inscription-scolaire-next-premier-degre = Send, at the same time, the recours gracieux to the mayor and the enrolment request to the academic director (copied to the préfet), by registered letter with acknowledgement or handed in against a receipt, within two months of the refusal.
refus-inscription-scolaire-next-second-degre = Send a recours gracieux to the academic director (rectorat) within two months of the refusal, by registered letter with acknowledgement.
refus-inscription-scolaire-next-pieces = Attach a sworn statement for each missing document: it is enough for enrolment.
refus-inscription-scolaire-next-tribunal = If the appeal is rejected, in writing or by two months of silence, the request to the administrative court is offered here: the parent can file it themselves, without a lawyer; an association or a lawyer can also take it over and at the same time ask the urgent-applications judge to suspend the refusal.
refus-inscription-scolaire-next-inscrit = The child is enrolled: keep the enrolment certificate. Nothing else is needed.

## Explanation sheet given to the family, one per letter.

refus-inscription-scolaire-explain-recours-maire-asks = This letter asks the mayor of { $commune } to cancel the refusal and to enrol { $prenoms_enfant } at school. School is compulsory from 3 to 16 for all children who live in France, whatever the family's papers or housing.
refus-inscription-scolaire-explain-recours-maire-to = It is sent by registered letter with acknowledgement of receipt to the mayor of { $commune }. On the same day, a request is sent to the academic director (the national education authority), who can enrol the child instead of the mayor.
refus-inscription-scolaire-explain-recours-maire-next = The mayor can enrol the child at any time: if the school calls you, go there. If the mayor does not answer within two months after receiving the letter, that counts as a refusal, and it will be possible to go to the administrative court yourself, without a lawyer (the request is prepared here), or with the help of an association or a lawyer.
refus-inscription-scolaire-explain-recours-maire-keep = Keep a copy of this letter, the postage receipt, then the signed acknowledgement of receipt, and the refusal if it was written. Write down any answer from the town hall and its date.

refus-inscription-scolaire-explain-demande-dasen-asks = This letter asks the academic director (the national education authority, acting for the préfet) to enrol { $prenoms_enfant } at school, because the mayor refused.
refus-inscription-scolaire-explain-demande-dasen-to = It is sent by registered letter with acknowledgement of receipt to the academic director of the département ({ $departement }), with a copy to the préfet.
refus-inscription-scolaire-explain-demande-dasen-next = The academic director must first ask the mayor to enrol the child; if the mayor does not do it, the director can enrol the child directly. Come back to see us with any answer you get.
refus-inscription-scolaire-explain-demande-dasen-keep = Keep a copy of this letter, the postage receipt and the signed acknowledgement of receipt.

refus-inscription-scolaire-explain-recours-dasen-second-degre-asks =
    This letter asks the academic director (the national education authority) to cancel the refusal and to give { $prenoms_enfant } a place { $niveau ->
        [lycee] at the lycée (upper secondary school).
       *[other] at the collège (lower secondary school).
    }
refus-inscription-scolaire-explain-recours-dasen-second-degre-to = It is sent by registered letter with acknowledgement of receipt to the academic director of the département ({ $departement }).
refus-inscription-scolaire-explain-recours-dasen-second-degre-next = If the academic director does not answer within two months after receiving the letter, that counts as a refusal, and it will be possible to go to the administrative court yourself, without a lawyer (the request is prepared here), or with the help of an association or a lawyer.
refus-inscription-scolaire-explain-recours-dasen-second-degre-keep = Keep a copy of this letter, the postage receipt, then the signed acknowledgement of receipt, and the refusal if it was written.
refus-inscription-scolaire-explain-requete-tribunal-asks = This request asks the administrative court to cancel the refusal to enrol your child and to order the enrolment. You can do it without a lawyer.
refus-inscription-scolaire-explain-requete-tribunal-to = It goes to the { $court-ta }: { $court-ta-address }. Hand it in at the court's registry (the front desk), which gives a receipt, or send it early enough by registered letter with acknowledgement of receipt: what counts is the date it reaches the court, not the postmark. Add a copy of the request and of each document. The Télérecours citoyens website can also send it online, but it is not required.
refus-inscription-scolaire-explain-requete-tribunal-next = The court sends the request to the administration, which answers in writing; this can take several months. Your child cannot wait: an association or a lawyer can at the same time ask the urgent-applications judge to suspend the refusal. If you want a lawyer paid by the State, send the legal aid application (form cerfa no. 16146) before the deadline: the court's time limit then starts again from the decision on legal aid.
refus-inscription-scolaire-explain-requete-tribunal-keep = Keep a copy of the request and of every document, the receipt from the registry or the post office, and every letter from the court or the school.

## Deadlines (deadlines dashboard, dossier timeline)
refus-inscription-scolaire-deadline-recours-gracieux = Last day to send the appeal to the authority (2 months after the refusal)
refus-inscription-scolaire-deadline-rejet-implicite-maire = Without an answer from the mayor, the appeal is rejected (2 months after it was received)
refus-inscription-scolaire-deadline-rejet-implicite-dasen = Without an answer from the education director, the appeal is rejected (2 months after it was received)
refus-inscription-scolaire-deadline-tribunal-administratif = Last day to apply to the administrative court after the appeal was rejected (in writing, or by silence)
