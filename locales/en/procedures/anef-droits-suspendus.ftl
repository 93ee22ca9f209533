# Démarche « permit expired during the renewal: rights cut off (CAF, France Travail, employer) ».
anef-droits-suspendus-title = Permit expired during the renewal: the CAF, France Travail or the employer stopped everything
anef-droits-suspendus-summary = The renewal was asked for in time and the person has a certificate extending the examination (attestation de prolongation de l'instruction, API), or a resident card (carte de résident) that expired less than three months ago. Yet the CAF suspended the benefits, France Travail closed the registration or the employer suspended the contract. Letters ask for the rights to be restored and for the sums owed to be paid.
anef-droits-suspendus-audience = Any foreign national whose residence permit is being renewed and whose benefits, France Travail registration or wages were cut off because the card expired.
anef-droits-suspendus-keywords = ANEF API extension certificate attestation de prolongation d'instruction expired permit titre expiré renewal renouvellement receipt récépissé CAF benefits suspended allocations suspendues APL RSA prime d'activité France Travail removal radiation cessation d'inscription unemployment chômage employer employeur wages salary salaire contract suspended dismissal licenciement work travail arrears rappel

anef-droits-suspendus-law-api = While a renewal asked for in time is being examined, the prefecture (préfecture) gives a certificate extending the examination (attestation de prolongation de l'instruction, API). Together with the expired permit, it proves that the stay is lawful during the dates it states, and it is renewed as long as the prefecture has not decided.
anef-droits-suspendus-law-delai-renouvellement = The renewal is asked for between four months and two months before the permit ends for permits applied for on the ANEF, and within the two months before it ends for the others.
anef-droits-suspendus-law-recepisse = For applications made online, the API replaces the former renewal receipt (récépissé de demande de renouvellement), which is on the list of documents the CAF accepts as proof of lawful stay.
anef-droits-suspendus-law-cartes-longues = A person who holds a resident card (carte de résident), a four-year multi-year card (carte pluriannuelle) or a permit of more than one year provided for by an international agreement, and who asked in time for its renewal, proves their lawful stay with the expired card for three months. They keep all their social rights and the right to work during those three months.
anef-droits-suspendus-law-prestations = Family benefits (prestations familiales) are due to a foreign national lawfully residing, for every month in which they hold one of the documents on the official list.
anef-droits-suspendus-law-travail = An API issued during a renewal allows work when the expired permit allowed it.
anef-droits-suspendus-law-france-travail = France Travail can check directly with the State how the renewal is progressing. Against a closed registration, the France Travail mediator (médiateur) must be applied to first, before going to the administrative court (tribunal administratif).
anef-droits-suspendus-law-employeur = An employer cannot keep an employee who has no work authorisation. But a person who holds an API (or a long-term card that expired less than three months ago) is authorised to work. An employee who remains at the employer's disposal is entitled to their wages.
anef-droits-suspendus-law-cra = A written decision of the CAF is challenged before the amicable appeal board (commission de recours amiable), within two months.
anef-droits-suspendus-law-silence-titre = With no answer from the prefecture four months after filing, the renewal application is implicitly refused, even if APIs are issued in the meantime.

anef-droits-suspendus-step-personne = The person
anef-droits-suspendus-step-titre = The permit and the renewal
anef-droits-suspendus-step-caf = The CAF
anef-droits-suspendus-step-france-travail = France Travail
anef-droits-suspendus-step-employeur = The employer

anef-droits-suspendus-q-nom = Family name
anef-droits-suspendus-q-prenoms = Given names
anef-droits-suspendus-q-civilite = In the letters, the person writes:
anef-droits-suspendus-q-civilite-madame = « Je soussignée » (Madam)
anef-droits-suspendus-q-civilite-monsieur = « Je soussigné » (Sir)
anef-droits-suspendus-q-civilite-non-precise = Not specified
anef-droits-suspendus-q-date_naissance = Date of birth
anef-droits-suspendus-q-nationalite = Nationality
anef-droits-suspendus-q-adresse = Address or postal address (domiciliation)
anef-droits-suspendus-q-numero_etranger = Foreign national number (numéro étranger, 10 digits, on the permit), if known
anef-droits-suspendus-q-titre = Which permit is being renewed? (for example: carte de séjour temporaire « salarié »)
anef-droits-suspendus-q-type_titre = What kind of permit is it?
anef-droits-suspendus-q-type_titre-carte-resident = Resident card (carte de résident, 10 years) or EU long-term resident card (carte de résident de longue durée-UE)
anef-droits-suspendus-q-type_titre-pluriannuelle-4-ans = Four-year multi-year residence card (carte de séjour pluriannuelle)
anef-droits-suspendus-q-type_titre-accord-international = Permit of more than one year provided for by an international agreement (for example a ten-year Algerian residence certificate, certificat de résidence algérien)
anef-droits-suspendus-q-type_titre-autre = Another permit (one-year card, two-year multi-year card…)
anef-droits-suspendus-q-titre_autorisait_travail = Did the expired permit allow work?
anef-droits-suspendus-q-date_expiration = End date of the permit
anef-droits-suspendus-q-date_depot = Date the renewal was filed (on the ANEF filing certificate)
anef-droits-suspendus-q-depot_dans_delai = Is this date between the 120th and the 60th day before the permit ends (for a permit not applied for on the ANEF: within the two months before it ends)?
anef-droits-suspendus-q-decision_recue = Has the prefecture already decided (refusal, approval, appointment to collect the card)?
anef-droits-suspendus-q-api = Does the person have a certificate extending the examination (API)?
anef-droits-suspendus-q-api-valide = Yes, still valid today
anef-droits-suspendus-q-api-expiree = It ended and was not renewed
anef-droits-suspendus-q-api-jamais = No, never
anef-droits-suspendus-q-moins_trois_mois = Did the card expire less than three months ago?
anef-droits-suspendus-q-date_debut_api = Start date of the first API (if several followed one another without a break)
anef-droits-suspendus-q-date_debut_api-invalid = The API cannot start before the renewal application was filed.
anef-droits-suspendus-q-date_fin_api = End date of the current API
anef-droits-suspendus-q-date_fin_api-invalid = The end date must be after the start date.
anef-droits-suspendus-q-caf_coupee = Has the CAF stopped payments (family benefits, APL, RSA, prime d'activité)?
anef-droits-suspendus-q-numero_allocataire = Benefit claimant number (numéro d'allocataire), if known
anef-droits-suspendus-q-prestations = Which benefits were stopped? Written in French in the letter (for example: « allocations familiales, aide au logement »)
anef-droits-suspendus-q-date_arret_caf = Since what date have payments been stopped?
anef-droits-suspendus-q-decision_caf_ecrite = Has the CAF sent a written decision (letter or message in the « Mon Compte » online account)?
anef-droits-suspendus-q-date_decision_caf = Date of that decision
anef-droits-suspendus-q-voies_delais_caf = Does the decision state how to challenge it and within what time limit?
anef-droits-suspendus-q-adresse_caf = Address of the CAF (with its name, for example: CAF de la Seine-Saint-Denis)
anef-droits-suspendus-q-france_travail_coupe = Has France Travail closed the registration or stopped the allowance?
anef-droits-suspendus-q-mesure_france_travail = What did France Travail do?
anef-droits-suspendus-q-mesure_france_travail-cessation-inscription = It ended the registration as a jobseeker
anef-droits-suspendus-q-mesure_france_travail-allocation-arretee = The registration continues, but the unemployment allowance is no longer paid
anef-droits-suspendus-q-identifiant_france_travail = France Travail identifier, if known
anef-droits-suspendus-q-date_arret_france_travail = Since what date?
anef-droits-suspendus-q-allocation = Was the person receiving an unemployment allowance when the registration was closed?
anef-droits-suspendus-q-adresse_france_travail = Address of the France Travail office (with its name, for example: France Travail Saint-Denis Pleyel)
anef-droits-suspendus-q-employeur_concerne = Has the employer stopped, or threatened to stop, the work because of the expired card?
anef-droits-suspendus-q-situation_emploi = Where do things stand with the employer?
anef-droits-suspendus-q-situation_emploi-suspendu = It suspended the contract or no longer gives the person work
anef-droits-suspendus-q-situation_emploi-menace = It says it will suspend or end the contract
anef-droits-suspendus-q-situation_emploi-licencie = It has already dismissed the person
anef-droits-suspendus-q-date_arret_travail = Since what date has the person not been working or not been paid?
anef-droits-suspendus-q-poste = Job held, written in French in the letter (for example: « agent de propreté en CDI »)
anef-droits-suspendus-q-adresse_employeur = Name and address of the employer
anef-droits-suspendus-q-numero_lrar = Number of the registered letter to the employer (if already known)

anef-droits-suspendus-doc-preuve_depot = The filing certificate of the renewal application (ANEF)
anef-droits-suspendus-doc-titre_expire = The expired residence permit
anef-droits-suspendus-doc-api = The extension certificate (API), and the earlier ones if there were several
anef-droits-suspendus-doc-decision_caf = The written decision of the CAF
anef-droits-suspendus-doc-courrier_france_travail = The letter or message from France Travail
anef-droits-suspendus-doc-contrat_travail = The employment contract
anef-droits-suspendus-doc-bulletins_salaire = The latest payslips

anef-droits-suspendus-letter-courrier-caf = Letter to the CAF: restore the benefits and pay the months owed
anef-droits-suspendus-letter-courrier-france-travail = Letter to France Travail: restore the registration and the allowance
anef-droits-suspendus-letter-courrier-employeur = Letter to the employer: the right to work during the renewal

anef-droits-suspendus-next-envoyer = Send each letter by registered letter with acknowledgement of receipt, with a copy of the filing certificate, the expired permit and the API. Also upload it to the body's online account when there is one, and keep the proofs.
anef-droits-suspendus-next-api-d-abord = Without an API valid today, nothing proves that the person is lawfully here right now: first ask the prefect for the API (the « Residence permit renewal: no extension certificate (API) » démarche), then come back here with it for the letters.
anef-droits-suspendus-next-hors-delai = The renewal was asked for after the permit ended: neither the API nor the three months of the long-term cards are due. See an association or a lawyer about the person's residence situation.
anef-droits-suspendus-next-decision = The prefecture has decided. If it is a refusal, it is challenged before the administrative court, quickly: see an association or a lawyer. If the card is granted, send it at once to the CAF, France Travail and the employer, and ask for the sums for the months covered by the API.
anef-droits-suspendus-next-cra = The CAF sent a written decision: if it does not restore the rights, challenge it before its amicable appeal board (the « Challenge a decision of the CAF or the CPAM » démarche) before the date shown in the deadlines. For the RSA, the appeal goes to the president of the departmental council (the « Challenge a decision about the RSA » démarche).
anef-droits-suspendus-next-mediateur = If France Travail does not restore the registration, apply to its regional mediator (médiateur régional): this is compulsory before the administrative court.
anef-droits-suspendus-next-sans-autorisation-travail = The expired permit did not allow work: the API does not allow it either, and the letters to France Travail and to the employer are not offered.
anef-droits-suspendus-next-licencie = The person has already been dismissed: the letter to the employer is no longer enough. Quickly see a trade union, an association or a lawyer to challenge the dismissal before the employment tribunal (conseil de prud'hommes), with the filing certificate and the API.
anef-droits-suspendus-next-silence = Without an answer from the prefecture, the renewal is implicitly refused four months after filing, even with an API. Watch the end date of the API: if it is not renewed, ask the prefect for it without waiting.

## Deadlines
anef-droits-suspendus-deadline-recours-cra = Challenge the CAF's decision before the amicable appeal board (the « Challenge a decision of the CAF or the CPAM » démarche)
anef-droits-suspendus-deadline-rejet-implicite-titre = Without an answer from the prefecture, the renewal is implicitly refused (4 months after filing)

## Explanation sheet handed to the person.
anef-droits-suspendus-explain-courrier-caf-asks = This letter asks the CAF to pay the months that were not paid{ $couvert_aujourdhui ->
        [true] {""} and to start paying your benefits again
       *[other] {""}
    }. It explains that { $api ->
        [valide] the API, with your expired permit, proves that your stay is lawful during the renewal.
       *[other] your expired card proves that your stay is lawful for the three months after it ended, because you asked for its renewal in time.
    }
anef-droits-suspendus-explain-courrier-caf-to = It is sent by registered letter with acknowledgement of receipt to your CAF. You can also upload it to your CAF online account.
anef-droits-suspendus-explain-courrier-caf-next = If the CAF does not answer or says no, and it sent you a written decision, do not miss the time limit to go to its amicable appeal board (commission de recours amiable). When you are given a new API, send it to the CAF too.
anef-droits-suspendus-explain-courrier-caf-keep = Keep a copy of this letter, the postage receipt, the signed acknowledgement of receipt, the filing certificate, your expired permit and all your APIs if you have any.
anef-droits-suspendus-explain-courrier-france-travail-asks = This letter asks France Travail { $mesure_france_travail ->
        [cessation-inscription] to restore your registration with no break.
       *[other] to start paying your allowance again.
    } It explains that { $api ->
        [valide] the API allows you to work during the renewal.
       *[other] your expired card allows you to work for the three months after it ended.
    }
anef-droits-suspendus-explain-courrier-france-travail-to = It is sent by registered letter with acknowledgement of receipt to your France Travail office. You can also send it through the messages in your personal online account.
anef-droits-suspendus-explain-courrier-france-travail-next = If France Travail does not restore your registration, you must go to its mediator (médiateur) before you can go to court. An association can help you.
anef-droits-suspendus-explain-courrier-france-travail-keep = Keep a copy of this letter, the postage receipt, the signed acknowledgement of receipt, the filing certificate, your expired permit and all your APIs if you have any.
anef-droits-suspendus-explain-courrier-employeur-asks = This letter shows your employer that you have the right to work during the renewal. { $situation_emploi ->
        [suspendu] It asks them to let you go back to your job and to pay the wages you were not paid.
       *[other] It asks them to keep your contract and to go on giving you work.
    }
anef-droits-suspendus-explain-courrier-employeur-to = It is sent by registered letter with acknowledgement of receipt to your employer. Also give them a copy of your documents by hand, and ask them to sign for it if you can.
anef-droits-suspendus-explain-courrier-employeur-next = Go to work and stay available to your employer. Do not sign any agreement to suspend your contract or to leave. If your employer says no or dismisses you, quickly see a trade union, an association or a lawyer.
anef-droits-suspendus-explain-courrier-employeur-keep = Keep a copy of this letter, the postage receipt, the signed acknowledgement of receipt, your contract, your payslips, the filing certificate and all your APIs if you have any.
