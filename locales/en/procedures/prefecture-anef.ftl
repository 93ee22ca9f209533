# "Prefecture / ANEF: application blocked" procedure.
prefecture-anef-title = Prefecture or ANEF: residence permit application blocked
prefecture-anef-summary = Impossible to get an appointment or to submit the application online (ANEF, the online service for foreign nationals): ask the prefect (préfet) for the alternative solution (solution de substitution), keep the dated record of attempts (for an urgent application to the judge, référé « mesures utiles ») and follow the implicit refusal 4 months after an application is submitted.
prefecture-anef-audience = Any foreign person who must apply for or renew a residence permit and who cannot move forward because of the online service or the lack of appointments.
prefecture-anef-keywords = prefecture sub-prefecture residence permit residence card renewal appointment online service website blocked bug error foreigners foreign nationals extension certificate receipt urgent application alternative solution papers préfecture sous-préfecture titre de séjour carte de séjour rendez-vous téléservice étrangers ANEF API récépissé référé mesures utiles solution de substitution papiers

prefecture-anef-law-teleservice = Residence permit applications are made online. A person who cannot do it alone has the right to reception and support; a person who has tried everything, including this support, and still cannot use the online service because of the way it works, has the right to an alternative solution: in-person reception that registers their application.
prefecture-anef-law-arrete = Support is provided by the citizens' contact centre (centre de contact citoyens, CCC) of the ANTS, by phone or form, and by the digital reception points (points d'accueil numérique) of the prefectures. The prefecture then invites the person to submit their application another way.
prefecture-anef-law-conseil-etat = In 2022, the Council of State (Conseil d'État) ruled that imposing the online service without an alternative solution is unlawful (Section decision of 3 June 2022, no. 452798).
prefecture-anef-law-rendez-vous = For a residence permit that is not applied for on the ANEF, the préfecture cannot impose online appointment booking (Conseil d'État opinion of 3 June 2022, n° 461694).
prefecture-anef-law-guichet = A permit not applied for online is applied for at the préfecture or sous-préfecture; in Paris, at the préfecture de police.
prefecture-anef-law-paris = In Paris, residence permits are issued by the préfet de police.
prefecture-anef-law-silence = A residence permit application that has been submitted and left unanswered for four months is implicitly rejected, even if extension certificates (API) continue to be issued.
prefecture-anef-law-tribunal = This refusal by silence can be challenged before the administrative court within the following two months; proof of the filing date must be attached. This time limit can be held against the person only if the acknowledgement of the application stated how and when to challenge.
prefecture-anef-law-sans-avocat = A request that only asks for a refusal to be cancelled (recours pour excès de pouvoir) needs no lawyer: the person can write and file it themselves.
prefecture-anef-law-dossier-incomplet = If the prefecture asks for missing documents, the four-month period is suspended until they are received; and silence on an incomplete file is not a refusal of the permit but a refusal to register the file.
prefecture-anef-law-refere = In an emergency, the urgent applications judge (juge des référés) of the administrative court (tribunal administratif) can order the prefecture to give an appointment or to register the application, even without a prior decision (référé « mesures utiles »).
prefecture-anef-law-aide-juridictionnelle = In an emergency, the judge can grant provisional legal aid at once: the State pays the costs of the case and, if the person wishes, a lawyer. It is asked for in the request itself.
prefecture-anef-law-preuves = The judge asks for proof of several attempts that were not all made in the same week: a few screenshots over five days have been judged insufficient.
prefecture-anef-law-urgence = For a renewal, urgency is in principle presumed; for a first application, a particular situation must be shown. There is no urgency if the person has not complied with an obligation to leave French territory.

prefecture-anef-step-personne = The person
prefecture-anef-step-demande = The blocked application
prefecture-anef-step-envoi = Sending
prefecture-anef-step-juge = The judge (urgent application or court)

prefecture-anef-q-nom = Family name
prefecture-anef-q-prenoms = Given names
prefecture-anef-q-civilite = In the letter, the person writes:
prefecture-anef-q-civilite-madame = “Je soussignée” (Madam, feminine form in the letter)
prefecture-anef-q-civilite-monsieur = “Je soussigné” (Sir, masculine form in the letter)
prefecture-anef-q-civilite-non-precise = Not specified
prefecture-anef-q-date_naissance = Date of birth
prefecture-anef-q-nationalite = Nationality
prefecture-anef-q-adresse = Address or domiciliation
prefecture-anef-q-numero_etranger = Foreign national number (numéro étranger, 10 digits, on the permit or the receipt), if there is one
prefecture-anef-q-demarche = What application is it?
prefecture-anef-q-demarche-premiere-demande = A first residence permit application
prefecture-anef-q-demarche-renouvellement = A renewal
prefecture-anef-q-titre = Which permit? (for example: temporary residence card “salarié”, employee)
prefecture-anef-q-date_expiration = Expiry date of the current permit
prefecture-anef-q-depot_en_ligne = Is this residence permit applied for online on the ANEF?
prefecture-anef-q-depot_en_ligne-anef = Yes, on the ANEF (administration-etrangers-en-france.interieur.gouv.fr)
prefecture-anef-q-depot_en_ligne-hors-anef = No: it is applied for at the préfecture (by appointment or at the counter)
prefecture-anef-q-depot_en_ligne-ne-sait-pas = I do not know
prefecture-anef-q-blocage = What is blocking?
prefecture-anef-q-blocage-rendez-vous = No appointment is offered
prefecture-anef-q-blocage-teleservice = The ANEF online service does not allow the application to be submitted
prefecture-anef-q-description_blocage = What happens at each attempt (error message, step where it blocks)
prefecture-anef-q-date_premiere_tentative = Date of the first attempt
prefecture-anef-q-accompagnement = Did the person contact the citizens' contact centre (centre de contact citoyens, CCC) of the ANTS, by phone or online form?
prefecture-anef-q-date_ccc = Date of the first contact with the contact centre
prefecture-anef-q-reference_ccc = Reference given by the contact centre (in square brackets in its reply), if any
prefecture-anef-q-point_accueil = Did the person go to the préfecture's digital help desk (point d'accueil numérique)?
prefecture-anef-q-date_point_accueil = Date of the visit to the digital help desk
prefecture-anef-q-aide_par = Who helps the person with this step? (for example: l'association Exemple, le centre social de …) — printed as written in the letter
prefecture-anef-q-circonstances_urgence = Circumstances that make the application urgent (health, work, children, rights about to be lost), if any
prefecture-anef-q-demande_deposee = Could the application be submitted?
prefecture-anef-q-date_depot = Date the application was submitted
prefecture-anef-q-departement = Département of the prefecture
prefecture-anef-q-adresse_prefecture = Address of the foreigners' service, with the name of the service (for example: Direction des migrations et de l'intégration, 21 avenue …)
prefecture-anef-q-numero_lrar = Registered letter number (if already known)
prefecture-anef-q-substitution_envoyee = Has the request to the prefect (substitute solution or appointment) been sent?
prefecture-anef-q-date_envoi_substitution = Date this request was sent
prefecture-anef-q-reponse_prefet = What did the prefecture answer?
prefecture-anef-q-reponse_prefet-aucune = Nothing: no answer
prefecture-anef-q-reponse_prefet-renvoi-teleservice = It only sends the person back to the ANEF website or the citizens' contact centre
prefecture-anef-q-reponse_prefet-rendez-vous = It gave an appointment or registered the application
prefecture-anef-q-reponse_prefet-refus-ecrit = It refused in writing
prefecture-anef-q-reponse_demande = Since the filing, what has the prefecture done?
prefecture-anef-q-reponse_demande-aucune = Nothing, or only extension certificates (API) or receipts
prefecture-anef-q-reponse_demande-pieces-demandees = It asked for missing documents
prefecture-anef-q-reponse_demande-refus-ecrit = It refused in writing
prefecture-anef-q-reponse_demande-titre-delivre = It granted the permit
prefecture-anef-q-accuse_voies_delais = Does the filing certificate or acknowledgement of receipt state how and when to challenge a decision?
prefecture-anef-q-motif_contestation = Why the person is entitled to this permit (how long they have lived in France, their work, family, health…) — written as is in the request
prefecture-anef-q-adresse_tribunal = Address of the administrative court's registry, if the app does not give it (on the court's website or a letter from the court) — otherwise leave empty
prefecture-anef-q-aide_juridictionnelle = Ask for provisional legal aid in the request (low income)?

prefecture-anef-doc-releve_tentatives = The dated record of attempts (to be exported from this file's log)
prefecture-anef-doc-captures = The dated screenshots (error message, website address, date and time)
prefecture-anef-doc-identite = Passport or identity document
prefecture-anef-doc-titre_actuel = The current residence permit (or the receipt “récépissé”, the API)
prefecture-anef-doc-echanges_ccc = Exchanges with the citizens' contact centre or the digital reception point
prefecture-anef-doc-dossier = The documents for the residence permit application
prefecture-anef-doc-preuve_depot = Proof of filing: ANEF filing certificate, receipt or acknowledgement of receipt
prefecture-anef-doc-api_recues = The extension certificates (API) or receipts received since filing
prefecture-anef-doc-demande_envoyee = The copy of the request sent to the prefect, with the postal receipt and the acknowledgement of receipt

prefecture-anef-letter-demande-substitution = Request to the prefect: alternative solution to the online service
prefecture-anef-letter-refere-mesures-utiles = Request to the administrative court's urgent-applications judge (« mesures utiles »)

prefecture-anef-next-journal = Record each attempt in the file's log, with the date, the time, the means used and a screenshot. Keep going over several different weeks: this is what the judge checks.
prefecture-anef-next-accompagnement = First of all, contact the citizens' contact centre (phone or online form) and the préfecture's digital help desk, and keep their answers: without these steps, the substitute solution may be refused, and the letter to the préfet is not offered yet (except for online booking imposed for a permit that is not applied for on the ANEF).
prefecture-anef-next-envoyer = Send the request to the prefect by registered letter with acknowledgement of receipt, and also by e-mail to the foreign nationals department (service des étrangers), with the record of attempts attached.
prefecture-anef-next-refere = Without a quick answer, especially if the permit expires soon, the person can apply to the administrative court's urgent-applications judge (« mesures utiles ») themselves, without a lawyer: the request is offered here once the request to the prefect has been sent and gone unanswered. An association or a lawyer can also take it on. The Défenseur des droits can be contacted at the same time.
prefecture-anef-next-refere-pret = The request to the prefect went unanswered: the request to the urgent-applications judge (« mesures utiles ») can be printed, with the dated record of attempts as its annex. The person can file it themselves, without a lawyer; an association or a lawyer can also take it over and file it.
prefecture-anef-next-refere-sans-urgence = For a first application, the urgent-applications judge requires a particular urgency (health, work, children, rights about to be lost). None is given: the request is not offered. If such a situation exists, enter it at the step « The blocked application »; otherwise, see an association or a lawyer.
prefecture-anef-next-refus-ecrit = The prefecture refused in writing: this refusal is a decision. It is challenged before the administrative court within the time limit stated in the letter (normally two months), possibly with an urgent suspension request: see an association or a lawyer without waiting, and ask for legal aid.
prefecture-anef-next-silence = The submitted application is implicitly rejected after four months without an answer, even if API certificates continue to be issued: the request to the administrative court against this refusal is then offered here; the person can file it themselves, without a lawyer, and an association or a lawyer can take it over.
prefecture-anef-next-pieces-demandees = The prefecture asked for documents: send them as soon as possible and keep proof of sending. While they are missing, the four-month period is suspended, and silence on an incomplete file is not challenged as a refusal of the permit: the request is therefore not offered; see an association or a lawyer if the prefecture stays silent once the file is complete.
prefecture-anef-next-titre-delivre = The permit is granted: collect it and keep the decision. Nothing else to do here.
prefecture-anef-next-refus-ecrit-titre = The prefecture refused the permit in writing. This refusal, especially if it orders the person to leave France, may have to be challenged within less than two months: see an association or a lawyer today, with the letter and its envelope, and apply for legal aid.

## Deadlines
prefecture-anef-deadline-rejet-implicite-titre = With no answer from the prefecture, the residence permit application is implicitly rejected (4 months after it was submitted)
prefecture-anef-deadline-tribunal-titre = Last day for the request against the implicit refusal to reach the administrative court

## Explanation sheet given to the person.
prefecture-anef-explain-demande-substitution-asks = This letter asks the prefect (préfet) to receive you to register your residence permit application in another way than on the internet, because the website does not work for you despite your efforts.
prefecture-anef-explain-demande-substitution-to = It is sent by registered letter with acknowledgement of receipt to the foreign nationals department (service des étrangers) of the prefecture (préfecture) ({ $departement }), with the dated list of your attempts.
prefecture-anef-explain-demande-substitution-next =
    No time limit forces the prefecture to answer quickly. Keep trying and write down each attempt (date, time, screenshot), over several weeks. If there is no answer, come back to see us: you will be able to ask the judge yourself to order the prefecture to receive you, or an association or a lawyer will do it. { $demande_deposee ->
        [true] Your application that was already submitted will be considered refused on { $deadline-rejet-implicite-titre } if the prefecture does not answer: come back to see us before that date.
       *[other] {""}
    }
prefecture-anef-explain-demande-substitution-keep = Keep a copy of this letter, the postage receipt, the signed acknowledgement of receipt, all the screenshots and the answers from the citizens' contact centre (centre de contact citoyens).
prefecture-anef-explain-refere-mesures-utiles-asks = This request asks the administrative court's urgent-applications judge to order the prefecture to { $rendez_vous_hors_anef ->
        [true] give you an appointment
       *[other] receive you
    } to register your residence permit application. It is a fast procedure, made for emergencies; you can do it without a lawyer.
prefecture-anef-explain-refere-mesures-utiles-to = It goes to the { $court-ta }: { $court-ta-address }. The fastest is to hand it in at the court's registry (the front desk), which gives a receipt; otherwise, send it by registered letter with acknowledgement of receipt, writing « Référé » on the envelope. Add a copy of the request and of each document. The Télérecours citoyens website can also send it online, but it is not required.
prefecture-anef-explain-refere-mesures-utiles-next = The court writes or calls you with the date of the hearing, often within days: keep your phone on and check your mail. Come to the hearing with an identity document and the originals. An association or a lawyer can take over the request at any time and go with you to the hearing. Meanwhile, keep writing down every attempt on the website.
prefecture-anef-explain-refere-mesures-utiles-keep = Keep a copy of the request and of every document, the receipt from the registry or the post office, and every letter from the court.
prefecture-anef-letter-requete-refus-implicite = Request to the administrative court against the implicit refusal of the permit
prefecture-anef-explain-requete-refus-implicite-asks = This request asks the administrative court to cancel the refusal of your residence permit application, which arose from the prefecture's silence, and to order the prefect to give you the permit or to examine your application again. You can do it without a lawyer.
prefecture-anef-explain-requete-refus-implicite-to = It goes to the { $court-ta }: { $court-ta-address }. Hand it in at the court's registry (the front desk), which gives a receipt, or send it early enough by registered letter with acknowledgement of receipt: what counts is the date it reaches the court, not the postmark. Add a copy of the request and of each document. The Télérecours citoyens website can also send it online, but it is not required.
prefecture-anef-explain-requete-refus-implicite-next = The court sends the request to the prefecture, which answers in writing; you will receive its answer and can reply. This often takes several months. Keep any extension certificate (API) or receipt you have. If you want a lawyer paid by the State, send the legal aid application (form cerfa no. 16146) before the deadline: the court's time limit then starts again from the decision on legal aid. An association or a lawyer can take over the request at any time and, if you are losing your job or your rights, at the same time ask the urgent-applications judge to suspend the refusal.
prefecture-anef-explain-requete-refus-implicite-keep = Keep a copy of the request and of every document, the receipt from the registry or the post office, and every letter from the court or the prefecture.
