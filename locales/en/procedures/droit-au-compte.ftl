# "Right to a bank account" procedure (Banque de France).
droit-au-compte-title = Right to a bank account
droit-au-compte-summary = A bank refuses to open an account, or does not answer: the Banque de France designates a bank that must open one, with free basic banking services.
droit-au-compte-audience = Anyone domiciled in France without a deposit account, including without a residence permit and with a domiciliation address.
droit-au-compte-keywords = bank bank account open an account card refusal Banque de France banque compte

droit-au-compte-law-droit = Anyone domiciled in France without a deposit account is entitled to one. No residence permit is required: a domiciliation address is enough.
droit-au-compte-law-silence = If the bank does not answer within 15 days of the acknowledgement of receipt or of the request handed in at the counter, its silence counts as a refusal. It must then give a refusal certificate.
droit-au-compte-law-compte-cloture = A person whose only account was closed by the bank counts as having no account once the closure decision is received.
droit-au-compte-law-pieces = The Banque de France asks for: a two-sided identity document (French or foreign; a residence-permit receipt is accepted), proof of address or the domiciliation certificate, and the bank's refusal or the acknowledgement of the request dated more than 15 days ago.
droit-au-compte-law-banque-designee = The bank designated by the Banque de France lists the documents it needs within 3 working days, then opens the account within 3 working days of receiving them.

droit-au-compte-step-situation = The person's situation
droit-au-compte-step-demande = The request to the bank
droit-au-compte-step-reponse = The bank's answer
droit-au-compte-step-saisine = Applying to the Banque de France

droit-au-compte-q-civilite = In the letters, the person writes:
droit-au-compte-q-civilite-madame = “Je soussignée” (Madam, feminine form in the letter)
droit-au-compte-q-civilite-monsieur = “Je soussigné” (Sir, masculine form in the letter)
droit-au-compte-q-civilite-non-precise = Not specified
droit-au-compte-q-nom = Family name
droit-au-compte-q-prenoms = Given names
droit-au-compte-q-adresse = Address or domiciliation
droit-au-compte-q-fin_domiciliation = Domiciliation certificate valid until (if the person uses one)
droit-au-compte-q-compte_existant = Does the person already have a bank account in France?
droit-au-compte-q-compte_cloture = Was that (only) account closed by the bank?
droit-au-compte-q-heberge = Is the person hosted by a private individual?
droit-au-compte-q-nom_banque = Name of the bank asked
droit-au-compte-q-adresse_agence = Address of the branch
droit-au-compte-q-mode_demande = How was the request made?
droit-au-compte-q-mode_demande-lrar = Registered letter with acknowledgement of receipt
droit-au-compte-q-mode_demande-guichet = Handed in at the counter, with proof
droit-au-compte-q-numero_lrar = Registered letter number
droit-au-compte-q-date_ar = Date on the acknowledgement signed by the bank
droit-au-compte-q-date_depot = Date it was handed in at the counter
droit-au-compte-q-reponse_banque = What did the bank answer?
droit-au-compte-q-reponse_banque-attente = Nothing yet, less than 15 days have passed
droit-au-compte-q-reponse_banque-aucune = No answer after 15 days
droit-au-compte-q-reponse_banque-refus = A refusal
droit-au-compte-q-reponse_banque-ouverture = The account is open
droit-au-compte-q-date_refus = Date of the refusal
droit-au-compte-q-date_refus-invalid = The refusal cannot be earlier than the request.
droit-au-compte-q-attestation_refus = Did the bank give a refusal certificate?
droit-au-compte-q-adresse_bdf = Address of the Banque de France branch (or of its counter)
droit-au-compte-q-mode_saisine = How will the request be delivered to the Banque de France?
droit-au-compte-q-mode_saisine-lrar = Registered letter with acknowledgement of receipt
droit-au-compte-q-mode_saisine-guichet = Handed in at the Banque de France counter
droit-au-compte-q-numero_lrar_bdf = Number of the registered letter to the Banque de France (if already known)

droit-au-compte-doc-piece_identite = Two-sided identity document (passport, identity card, residence-permit receipt…)
droit-au-compte-doc-justificatif_domicile = Proof of address under 3 months old or domiciliation certificate
droit-au-compte-doc-attestation_refus_banque = The written refusal certificate given by the bank
droit-au-compte-doc-preuve_demande = The acknowledgement of receipt of the registered letter, or the proof of the request left at the counter (without a written refusal, the Banque de France can be asked from the 16th day)
droit-au-compte-doc-formulaire_bdf = Banque de France “Demande de droit au compte” (right-to-an-account request) form, filled in and signed
droit-au-compte-doc-lettre_hebergeant = Signed letter from the host
droit-au-compte-doc-identite_hebergeant = The host's identity document
droit-au-compte-doc-domicile_hebergeant = The host's proof of address under 3 months old

droit-au-compte-letter-demande-ouverture = Request to the bank to open an account
droit-au-compte-letter-saisine-bdf = Right-to-an-account request to the Banque de France

droit-au-compte-next-deja-titulaire = The person already has an account: the right to an account does not apply. If the bank blocks it, ask it about basic banking services.
droit-au-compte-next-attendre = Wait until the 15 days after the acknowledgement or the counter request are over: the deadline is tracked. Without an answer, the Banque de France can be asked from the 16th day.
droit-au-compte-next-saisir-bdf = Ask the Banque de France (by post or at a counter) with the right-to-an-account form and the listed documents. It designates a bank within 1 working day.
droit-au-compte-next-compte-ouvert = The account is open: check that the basic banking services are free (card, transfers, two bank cheques a month).

## Explanation sheet given to the person, one per letter. The deadline
## dates come from the deadline calculation; while the start date is not
## known, a "date to be worked out" note replaces them.

droit-au-compte-explain-demande-ouverture-asks = This letter asks { $nom_banque } to open a bank account for you. Everyone who lives in France and has no account has the right to one, even without a residence permit.
droit-au-compte-explain-demande-ouverture-to =
    It is addressed to the { $nom_banque } branch at { $adresse_agence }. { $mode_demande ->
        [guichet] Hand it in at the counter and ask for a dated proof that you handed it in.
       *[other] It is sent by registered letter with acknowledgement of receipt.
    }
droit-au-compte-explain-demande-ouverture-next =
    The bank has 15 days to answer. { $mode_demande ->
        [guichet] If it has not answered after these 15 days (date: { $deadline-silence-banque-guichet }), its silence counts as a refusal.
       *[other] If it has not answered after these 15 days (date: { $deadline-silence-banque-lrar }), its silence counts as a refusal.
    } If it refuses, it must give you a refusal certificate. You can then ask the Banque de France to choose a bank that has to open an account for you: come back to see us with this certificate.
droit-au-compte-explain-demande-ouverture-keep =
    Keep a copy of this letter and { $mode_demande ->
        [guichet] the dated proof that you handed it in.
       *[other] the postage receipt, then the acknowledgement of receipt signed by the bank.
    } They prove the date of your request: the Banque de France will ask for them.

droit-au-compte-explain-saisine-bdf-asks = This letter asks the Banque de France to choose a bank that will have to open an account for you, with free basic banking services (payment card, transfers, two bank cheques a month).
droit-au-compte-explain-saisine-bdf-to =
    It is addressed to the Banque de France, { $adresse_bdf }, with the request form and copies of your documents. { $mode_saisine ->
        [guichet] Hand it in at the counter and ask for a dated proof that you handed it in.
       *[other] It is sent by registered letter with acknowledgement of receipt.
    }
droit-au-compte-explain-saisine-bdf-next = The Banque de France chooses a bank within one working day after receiving your complete file. This bank writes to you within 3 working days to tell you which documents to bring, then it opens the account within 3 working days after receiving them. Answer the bank quickly: if you do not answer for 6 months, the choice of this bank is no longer valid.
droit-au-compte-explain-saisine-bdf-keep = Keep a copy of this letter, of the form and of the documents, the proof of sending or of handing in, and the letter from the Banque de France that names the bank.

## Deadlines (deadlines dashboard, dossier timeline)
droit-au-compte-deadline-silence-banque-lrar = End of the bank's time to answer (15 days after the acknowledgement of receipt): its silence counts as a refusal
droit-au-compte-deadline-silence-banque-guichet = End of the bank's time to answer (15 days after the deposit): its silence counts as a refusal
droit-au-compte-deadline-designation-bdf = The Banque de France must have designated a bank (1 working day after the complete file)
