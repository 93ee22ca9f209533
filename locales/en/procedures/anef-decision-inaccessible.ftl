# Procedure « ANEF: a decision shown in the account but not readable ».
anef-decision-inaccessible-title = ANEF: a decision shown in the account, but missing or unreadable
anef-decision-inaccessible-summary = The ANEF account shows a decision (unfavourable, file closed, decision available) that cannot be read, and nothing came by post: ask the prefect to notify it, with its reasons and how and when to challenge it.
anef-decision-inaccessible-audience = Anyone whose residence permit application on ANEF shows a decision they cannot read.
anef-decision-inaccessible-keywords = ANEF unfavourable decision file closed decision available missing unreadable account notification prefecture residence permit refusal receipt lawyer court décision dossier clôturé

anef-decision-inaccessible-law-notification = The time limits to challenge a decision can be held against the person only if the decision was notified stating how and when to challenge it.
anef-decision-inaccessible-law-delai-raisonnable = Without that statement, a challenge remains possible within a reasonable time, in principle one year from when the person learned of the decision.

anef-decision-inaccessible-step-personne = The person
anef-decision-inaccessible-step-compte = The ANEF account
anef-decision-inaccessible-step-envoi = Sending

anef-decision-inaccessible-q-nom = Family name
anef-decision-inaccessible-q-prenoms = Given names
anef-decision-inaccessible-q-civilite = In the letter, the person writes:
anef-decision-inaccessible-q-civilite-madame = « Je soussignée » (Ms)
anef-decision-inaccessible-q-civilite-monsieur = « Je soussigné » (Mr)
anef-decision-inaccessible-q-civilite-non-precise = Without specifying
anef-decision-inaccessible-q-date_naissance = Date of birth
anef-decision-inaccessible-q-nationalite = Nationality
anef-decision-inaccessible-q-adresse = Address or postal domiciliation
anef-decision-inaccessible-q-numero_etranger = Foreign national number (if the person has one)
anef-decision-inaccessible-q-titre = Permit applied for (for example: carte de séjour temporaire « salarié »)
anef-decision-inaccessible-q-date_depot = Date the application was filed on ANEF
anef-decision-inaccessible-q-numero_demande = ANEF application number (if known)
anef-decision-inaccessible-q-mention_anef = What does the ANEF account say?
anef-decision-inaccessible-q-mention_anef-decision-defavorable = « Décision défavorable » (or a refusal)
anef-decision-inaccessible-q-mention_anef-dossier-cloture = « Dossier clôturé » (file closed)
anef-decision-inaccessible-q-mention_anef-decision-disponible = « Décision disponible », without saying which
anef-decision-inaccessible-q-date_mention = Date the mention was seen (dated screenshot)
anef-decision-inaccessible-q-date_mention-invalid = The mention cannot be older than the filing of the application.
anef-decision-inaccessible-q-probleme = What is the problem?
anef-decision-inaccessible-q-probleme-document-absent = No document comes with the mention
anef-decision-inaccessible-q-probleme-document-illisible = The document does not open or is unreadable
anef-decision-inaccessible-q-probleme-compte-inaccessible = The account no longer opens
anef-decision-inaccessible-q-courrier_recu = Was a decision received by post or handed over?
anef-decision-inaccessible-q-oqtf_mentionnee = Does the message mention an order to leave France (OQTF)?
anef-decision-inaccessible-q-departement = Département of the prefecture
anef-decision-inaccessible-q-adresse_prefecture = Address of the prefecture's foreigners' department

anef-decision-inaccessible-doc-capture = Dated screenshot of the ANEF account showing the mention
anef-decision-inaccessible-doc-preuve_depot = ANEF filing certificate of the application
anef-decision-inaccessible-doc-identite = Identity document or residence document

anef-decision-inaccessible-letter-demande-notification = Request to the prefect to notify the decision

anef-decision-inaccessible-next-envoyer = Send the letter by registered post, with the dated screenshot. Without waiting for the answer, come back within two months of the day the mention was seen: it is the safest date to challenge, even though the time limit cannot yet be held against the person.
anef-decision-inaccessible-next-courrier-recu = A decision was received: that is what must be challenged, within the time limit it states; see an association or a lawyer with the letter and its envelope.
anef-decision-inaccessible-next-oqtf = The message mentions an order to leave France: the time limits to challenge it may be much shorter than two months. See an association or a lawyer today.

## Deadlines
anef-decision-inaccessible-deadline-prudence = Safest date to challenge the decision seen in the account (2 months after seeing it; not binding without notification)

## Explanation sheet given to the person.
anef-decision-inaccessible-explain-demande-notification-asks = This letter asks the prefecture to send you the decision taken on your residence permit application, in full, with its reasons and how to challenge it: your ANEF account shows it, but you cannot read it.
anef-decision-inaccessible-explain-demande-notification-to = It goes by registered letter with acknowledgement of receipt to the prefecture's foreigners' department ({ $departement }), with the screenshot of your account.
anef-decision-inaccessible-explain-demande-notification-next = As long as the decision is not sent to you stating how and when to challenge it, the time limit to challenge it cannot be held against you. But do not wait: come back to see us before { $deadline-prudence }, with or without an answer, to prepare the next step with an association or a lawyer.
anef-decision-inaccessible-explain-demande-notification-keep = Keep the dated screenshot, a copy of this letter, the posting receipt, the signed acknowledgement of receipt and every letter from the prefecture with its envelope.
