# "Discriminatory refusal of care" procedure (refus de soins discriminatoire).
refus-de-soins-title = Discriminatory refusal of care
refus-de-soins-summary = A doctor, a dentist or another health professional refuses to treat someone because of the State medical aid (AME), the solidarity health cover (complémentaire santé solidaire, CSS) or their origin: a complaint to the director of the CPAM or to the professional body (Ordre), which must organise a conciliation.
refus-de-soins-audience = Anyone who has been refused care or an appointment by a health professional, including online.
refus-de-soins-keywords = health doctor dentist care treatment appointment online booking refusal refused State medical aid solidarity health cover discrimination complaint professional body conciliation AME CSS CPAM Ordre Doctolib refus de soins complémentaire santé solidaire

refus-de-soins-law-interdiction = A health professional cannot refuse to treat a person because they have the AME or the complémentaire santé solidaire, nor for a discriminatory reason (origin, for example). The complaint is lodged with the director of the CPAM or the president of the professional body (Ordre).
refus-de-soins-law-definition = Any means of preventing or discouraging access to care counts as a refusal of care: for example, obstacles to getting an appointment.
refus-de-soins-law-procedure = Within the 8 days following receipt of the complaint, the authority acknowledges receipt and passes it on; the professional may be summoned within one month; the conciliation meeting takes place within 3 months.
refus-de-soins-law-conseils = A complaint to the Ordre goes to the departmental council for doctors, dentists, midwives, nurses and physiotherapists; for a pharmacy, to the regional council of the ordre des pharmaciens: there is no departmental council of pharmacists.
refus-de-soins-law-langue = Refusing someone because they speak little French is discrimination forbidden by the criminal code, like origin or nationality.

refus-de-soins-step-personne = The person
refus-de-soins-step-professionnel = The professional
refus-de-soins-step-faits = The facts
refus-de-soins-step-plainte = The complaint

refus-de-soins-q-nom = Family name
refus-de-soins-q-prenoms = Given names
refus-de-soins-q-civilite = In the letter, the person writes:
refus-de-soins-q-civilite-madame = “Je soussignée” (Madam, feminine form in the letter)
refus-de-soins-q-civilite-monsieur = “Je soussigné” (Sir, masculine form in the letter)
refus-de-soins-q-civilite-non-precise = Not specified
refus-de-soins-q-adresse = Address or domiciliation
refus-de-soins-q-patient = Who was refused care?
refus-de-soins-q-patient-moi = The person themself
refus-de-soins-q-patient-enfant = Their child (the parent makes the complaint)
refus-de-soins-q-nom_enfant = The child's first name and surname
refus-de-soins-q-nom_professionnel = Name of the professional or of the practice
refus-de-soins-q-profession = Profession
refus-de-soins-q-profession-medecin = Doctor (médecin)
refus-de-soins-q-profession-chirurgien-dentiste = Dentist (chirurgien-dentiste)
refus-de-soins-q-profession-sage-femme = Midwife (sage-femme)
refus-de-soins-q-profession-infirmier = Nurse (infirmier or infirmière)
refus-de-soins-q-profession-masseur-kinesitherapeute = Physiotherapist (masseur-kinésithérapeute)
refus-de-soins-q-profession-pharmacien = Pharmacist (pharmacien)
refus-de-soins-q-profession-autre = Another health profession
refus-de-soins-q-adresse_professionnel = Address where they practise
refus-de-soins-q-departement_professionnel = Département where they practise
refus-de-soins-q-date_refus = Date of the refusal
refus-de-soins-q-lieu = Where and how? (at the practice, on the phone, online…)
refus-de-soins-q-recit = What happened, with the words used if possible
refus-de-soins-q-motif_invoque = What reason was given?
refus-de-soins-q-motif_invoque-css = The solidarity health cover (complémentaire santé solidaire, CSS)
refus-de-soins-q-motif_invoque-ame = The State medical aid (aide médicale de l'État, AME)
refus-de-soins-q-motif_invoque-origine = Origin
refus-de-soins-q-motif_invoque-langue = Language (the person speaks little or poor French)
refus-de-soins-q-motif_invoque-nationalite = Nationality
refus-de-soins-q-motif_invoque-carte-vitale = A carte Vitale was demanded
refus-de-soins-q-motif_invoque-numero-provisoire = The provisional social security number (numéro d'attente) was refused
refus-de-soins-q-motif_invoque-attestation-recente = A more recent certificate of rights was demanded
refus-de-soins-q-motif_invoque-autre = Another reason
refus-de-soins-q-motif_invoque-aucun = No reason
refus-de-soins-q-temoins = Witnesses (name and capacity), if any
refus-de-soins-q-destinataire = Who should the complaint be sent to?
refus-de-soins-q-destinataire-cpam = To the director of the CPAM of the département where the professional practises
refus-de-soins-q-destinataire-ordre = To the president of the council of the professional body (conseil de l'Ordre) for that profession
refus-de-soins-q-adresse_destinataire = Address of the recipient
refus-de-soins-q-numero_lrar = Registered letter number (if already known)

refus-de-soins-doc-preuves = Evidence of the refusal (messages, screenshots of the appointment booking, letters)
refus-de-soins-doc-attestation_droits = Certificate of entitlement (attestation de droits) to the AME or to the complémentaire santé solidaire
refus-de-soins-doc-temoignages = Written witness statements, dated and signed

refus-de-soins-letter-plainte = Complaint about a discriminatory refusal of care

refus-de-soins-next-envoyer = Send the complaint by registered letter with acknowledgement of receipt. If the authority's acknowledgement of receipt has not arrived within 8 days after it received the complaint, chase it up. The case can also be referred to the Defender of Rights (Défenseur des droits) at the same time.

## Deadlines
refus-de-soins-deadline-accuse-reception = The authority must have acknowledged receipt of the complaint and passed it on (8 days)
refus-de-soins-deadline-convocation = The professional may be summoned (1 month after receipt)
refus-de-soins-deadline-conciliation = The conciliation meeting must have taken place (3 months after receipt)

## Explanation sheet given to the person.
refus-de-soins-explain-plainte-asks = This letter is a complaint against { $nom_professionnel }, who refused to treat you on { $date_refus }. Refusing to treat a person because of the AME, the complémentaire santé solidaire, their language, their origin or their nationality is forbidden.
refus-de-soins-explain-plainte-to =
    It is sent by registered letter with acknowledgement of receipt { $destinataire ->
        [ordre] to the president of the council of the professional body (Ordre) for that profession.
       *[other] to the director of the local health insurance office (caisse primaire d'assurance maladie, CPAM).
    }
refus-de-soins-explain-plainte-next = The authority must reply that it has received the complaint and pass it on within 8 days (date: { $deadline-accuse-reception }). The professional may be summoned within a month (date: { $deadline-convocation }). A conciliation meeting must take place within 3 months (date: { $deadline-conciliation }). You will receive the invitation to it at least 15 days before. You can also write to the Defender of Rights (Défenseur des droits).
refus-de-soins-explain-plainte-keep = Keep a copy of this letter and of the evidence, the postage receipt and the signed acknowledgement of receipt, and every answer you receive.
