# "Refusal of school enrolment" procedure.
refus-inscription-scolaire-title = Refusal of school enrolment
refus-inscription-scolaire-summary = The town hall (nursery or primary school) or the education authority (secondary school) refuses to enrol a child: a recours gracieux, and a request to the academic director to enrol the child, copied to the préfet.
refus-inscription-scolaire-audience = Parents or guardians of a child aged 3 to 16, whatever their administrative status or housing.

refus-inscription-scolaire-law-obligation = Education is compulsory for every child from 3 to 16.
refus-inscription-scolaire-law-inscription = The mayor must enrol children living in the town. The family's kind of housing cannot justify a refusal. If the mayor refuses without a legitimate reason, the academic director (DASEN), on behalf of the préfet, enrols the child.
refus-inscription-scolaire-law-pieces = To enrol a child, the town hall may only ask for: the child's identity, the guardians' identity, and proof of address. If a document is missing, a sworn statement is enough; the address can be proved by any means. Checking the address cannot block the enrolment.
refus-inscription-scolaire-law-attestation = Accepted identity documents are those on the official list (family record book, identity card, passport…); otherwise, a sworn statement.
refus-inscription-scolaire-law-substitution = When the mayor, acting for the State, refuses an act the law requires, the préfet may, after a formal request, do it directly or through a delegate.
refus-inscription-scolaire-law-silence = With no answer two months after a recours is received, it is rejected; the deadline to go to the administrative court then starts.

refus-inscription-scolaire-step-enfant = The child
refus-inscription-scolaire-step-famille = The family
refus-inscription-scolaire-step-refus = The refusal

refus-inscription-scolaire-q-nom_enfant = Child's family name
refus-inscription-scolaire-q-prenoms_enfant = Child's given names
refus-inscription-scolaire-q-date_naissance_enfant = Child's date of birth
refus-inscription-scolaire-q-niveau = Level requested
refus-inscription-scolaire-q-niveau-maternelle = Nursery school
refus-inscription-scolaire-q-niveau-elementaire = Primary school
refus-inscription-scolaire-q-niveau-college = Lower secondary (collège)
refus-inscription-scolaire-q-niveau-lycee = Upper secondary (lycée)
refus-inscription-scolaire-q-ecole_demandee = School requested (if known)
refus-inscription-scolaire-q-nom_responsable = Parent's or guardian's family name
refus-inscription-scolaire-q-prenoms_responsable = Parent's or guardian's given names
refus-inscription-scolaire-q-adresse = Address (shelter, hotel, domiciliation…)
refus-inscription-scolaire-q-commune = Town where the child lives
refus-inscription-scolaire-q-departement = Département
refus-inscription-scolaire-q-forme_refus = Was the refusal written or oral?
refus-inscription-scolaire-q-forme_refus-ecrit = Written (letter, e-mail)
refus-inscription-scolaire-q-forme_refus-oral = Oral (at the counter, on the phone)
refus-inscription-scolaire-q-date_refus = Date of the refusal
refus-inscription-scolaire-q-date_refus-invalid = The refusal cannot be earlier than the child's birth.
refus-inscription-scolaire-q-document_refus = The written refusal, if it is already in the person's record
refus-inscription-scolaire-q-circonstances_refus = Where, at what time and by whom was the refusal given?
refus-inscription-scolaire-q-motif_refus = What reason was given?
refus-inscription-scolaire-q-motif_refus-pieces = Documents are missing
refus-inscription-scolaire-q-motif_refus-domicile = No proof of address
refus-inscription-scolaire-q-motif_refus-places = No place available
refus-inscription-scolaire-q-motif_refus-aucun = No reason given
refus-inscription-scolaire-q-motif_refus-autre = Another reason
refus-inscription-scolaire-q-pieces_manquantes = Is an identity document or proof of address missing?

refus-inscription-scolaire-doc-identite_enfant = Child's identity document (family record book, birth certificate, passport…)
refus-inscription-scolaire-doc-identite_responsables = Parents' or guardians' identity documents
refus-inscription-scolaire-doc-justificatif_domicile = Proof of address by any means (host, hotel or 115 certificate, domiciliation certificate…)
refus-inscription-scolaire-doc-attestation_honneur = Sworn statement for the missing documents
refus-inscription-scolaire-doc-refus_ecrit = The written refusal
refus-inscription-scolaire-doc-recit_refus_oral = Dated, signed account of the oral refusal (date, time, place, staff member)

refus-inscription-scolaire-letter-recours-maire = Recours gracieux to the mayor, acting for the State
refus-inscription-scolaire-letter-demande-dasen = Enrolment request to the academic director, copied to the préfet
refus-inscription-scolaire-letter-recours-dasen-second-degre = Recours gracieux to the academic director (secondary school)

refus-inscription-scolaire-next-premier-degre = Send, at the same time, the recours gracieux to the mayor and the enrolment request to the academic director (copied to the préfet), by registered letter with acknowledgement or handed in against a receipt, within two months of the refusal.
refus-inscription-scolaire-next-second-degre = Send a recours gracieux to the academic director (rectorat) within two months of the refusal, by registered letter with acknowledgement.
refus-inscription-scolaire-next-pieces = Attach a sworn statement for each missing document: it is enough for enrolment.
