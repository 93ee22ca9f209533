# "Right to a bank account" procedure (Banque de France).
droit-au-compte-title = Right to a bank account
droit-au-compte-summary = A bank refuses to open an account, or does not answer: the Banque de France designates a bank that must open one, with free basic banking services.
droit-au-compte-audience = Anyone domiciled in France without a deposit account, including without a residence permit and with a domiciliation address.

droit-au-compte-law-droit = Anyone domiciled in France without a deposit account is entitled to one. No residence permit is required: a domiciliation address is enough.
droit-au-compte-law-silence = If the bank does not answer within 15 days of the acknowledgement of receipt or of the request handed in at the counter, its silence counts as a refusal. It must then give a refusal certificate.
droit-au-compte-law-compte-cloture = A person whose only account was closed by the bank counts as having no account once the closure decision is received.
droit-au-compte-law-pieces = The Banque de France asks for: a two-sided identity document (French or foreign; a residence-permit receipt is accepted), proof of address or the domiciliation certificate, and the bank's refusal or the acknowledgement of the request dated more than 15 days ago.
droit-au-compte-law-banque-designee = The bank designated by the Banque de France lists the documents it needs within 3 working days, then opens the account within 3 working days of receiving them.

droit-au-compte-step-situation = The person's situation
droit-au-compte-step-demande = The request to the bank
droit-au-compte-step-reponse = The bank's answer

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

droit-au-compte-doc-piece_identite = Two-sided identity document (passport, identity card, residence-permit receipt…)
droit-au-compte-doc-justificatif_domicile = Proof of address under 3 months old or domiciliation certificate
droit-au-compte-doc-refus_ou_preuve_depot = The bank's refusal letter, or the acknowledgement / proof of the request dated more than 15 days ago
droit-au-compte-doc-lettre_hebergeant = Signed letter from the host
droit-au-compte-doc-identite_hebergeant = The host's identity document
droit-au-compte-doc-domicile_hebergeant = The host's proof of address under 3 months old

droit-au-compte-letter-demande-ouverture = Request to the bank to open an account
droit-au-compte-letter-saisine-bdf = Right-to-an-account request to the Banque de France

droit-au-compte-next-deja-titulaire = The person already has an account: the right to an account does not apply. If the bank blocks it, ask it about basic banking services.
droit-au-compte-next-attendre = Wait until the 15 days after the acknowledgement or the counter request are over: the deadline is tracked. Without an answer, the Banque de France can be asked from the 16th day.
droit-au-compte-next-saisir-bdf = Ask the Banque de France (by post or at a counter) with the right-to-an-account form and the listed documents. It designates a bank within 1 working day.
droit-au-compte-next-compte-ouvert = The account is open: check that the basic banking services are free (card, transfers, two bank cheques a month).
