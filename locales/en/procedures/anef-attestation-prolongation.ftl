# Démarche « renewal filed in time, no attestation de prolongation d'instruction (API) ».
anef-attestation-prolongation-title = Residence permit renewal: no extension certificate (API)
anef-attestation-prolongation-summary = The renewal was filed before the permit ended, but the prefecture (préfecture) issued no certificate extending the examination (attestation de prolongation de l'instruction, API), or the API ended without being renewed: ask the prefect (préfet) to issue it at once, and follow the implicit refusal after 4 months.
anef-attestation-prolongation-audience = Any foreign national who asked in time to renew their residence permit, still has no answer, and is left without a document proving their lawful stay.
anef-attestation-prolongation-keywords = API extension certificate attestation de prolongation d'instruction renewal residence permit titre de séjour expired prefecture préfecture ANEF benefits suspended CAF France Travail employer work papers

anef-attestation-prolongation-law-api = When a complete renewal application, filed in time, is still being examined when the permit ends, the prefect must provide a certificate extending the examination (API). It lasts three months at most and must be renewed as long as no decision is taken. Together with the expired permit, it proves that the stay is lawful.
anef-attestation-prolongation-law-silence = A residence permit application left unanswered for four months is implicitly refused, even if APIs are issued in the meantime.
anef-attestation-prolongation-law-refere = In an emergency, the urgent-applications judge (juge des référés) of the administrative court (tribunal administratif) can order the prefecture to issue or renew the API (référé « mesures utiles »).

anef-attestation-prolongation-step-personne = The person
anef-attestation-prolongation-step-demande = The renewal and the API
anef-attestation-prolongation-step-consequences = The consequences
anef-attestation-prolongation-step-envoi = Sending

anef-attestation-prolongation-q-nom = Family name
anef-attestation-prolongation-q-prenoms = Given names
anef-attestation-prolongation-q-civilite = In the letter, the person writes:
anef-attestation-prolongation-q-civilite-madame = « Je soussignée » (Madam)
anef-attestation-prolongation-q-civilite-monsieur = « Je soussigné » (Sir)
anef-attestation-prolongation-q-civilite-non-precise = Not specified
anef-attestation-prolongation-q-date_naissance = Date of birth
anef-attestation-prolongation-q-nationalite = Nationality
anef-attestation-prolongation-q-adresse = Address or postal address (domiciliation)
anef-attestation-prolongation-q-numero_etranger = Foreign national number (numéro étranger, 10 digits, on the permit), if known
anef-attestation-prolongation-q-titre = Which permit is being renewed? (for example: carte de séjour temporaire « salarié »)
anef-attestation-prolongation-q-date_expiration = End date of the permit being renewed
anef-attestation-prolongation-q-date_depot = Date the renewal was filed (on the ANEF filing certificate)
anef-attestation-prolongation-q-numero_demande = Application number on the ANEF, if known
anef-attestation-prolongation-q-pieces_manquantes = Has the prefecture asked for missing documents that have not been sent yet?
anef-attestation-prolongation-q-decision_recue = Has the prefecture already decided (refusal, approval, appointment to collect the card)?
anef-attestation-prolongation-q-api = Was an extension certificate (API) ever issued?
anef-attestation-prolongation-q-api-jamais = No, never
anef-attestation-prolongation-q-api-expiree = Yes, but it ended and was not renewed
anef-attestation-prolongation-q-api-valide = Yes, it is still valid but about to end
anef-attestation-prolongation-q-date_fin_api = End date of the last API
anef-attestation-prolongation-q-perte_droits = Has the person already lost rights for lack of a document (CAF, France Travail, employer, bank…)?
anef-attestation-prolongation-q-pertes = What was lost, with whom and since when (for example: la CAF a suspendu les allocations familiales depuis le 5 novembre 2026) — written in French, as is, in the letter
anef-attestation-prolongation-q-departement = Département of the prefecture
anef-attestation-prolongation-q-adresse_prefecture = Address of the foreign nationals department (service des étrangers), with the department's name
anef-attestation-prolongation-q-numero_lrar = Registered letter number (if already known)

anef-attestation-prolongation-doc-identite = Passport or identity document
anef-attestation-prolongation-doc-titre_expire = The permit being renewed (even if expired)
anef-attestation-prolongation-doc-preuve_depot = The filing certificate of the renewal application (ANEF)
anef-attestation-prolongation-doc-api_precedente = The last extension certificate (API)
anef-attestation-prolongation-doc-preuves_pertes = The letters showing the rights lost (CAF, France Travail, employer…)

anef-attestation-prolongation-letter-demande-api = Request to the prefect: issue of the extension certificate (API)

anef-attestation-prolongation-next-envoyer = Send the request to the prefect by registered letter with acknowledgement of receipt, and also through the ANEF contact form or by email to the foreign nationals department. Keep the filing certificate and the expired permit with you.
anef-attestation-prolongation-next-hors-delai = The application was filed after the permit ended: the API is not due in that case and this letter is not offered. See a specialised association or a lawyer.
anef-attestation-prolongation-next-pieces = First send the documents the prefecture asked for and keep proof of sending: the API is only due for a complete application.
anef-attestation-prolongation-next-decision = The prefecture has already decided: this letter no longer fits. A refusal is challenged before the administrative court within the time limit stated on the decision; see an association or a lawyer without waiting.
anef-attestation-prolongation-next-silence = With no answer four months after filing, the renewal application is implicitly refused, even if APIs were issued: that refusal can be challenged before the administrative court. Come back before that date.
anef-attestation-prolongation-next-refere = Rights are already lost: without a quick answer, an association or a lawyer can apply to the urgent-applications judge of the administrative court (« mesures utiles »). Also show the expired permit and the filing certificate to the CAF, France Travail or the employer.

## Deadlines
anef-attestation-prolongation-deadline-rejet-implicite-titre = Without an answer from the prefecture, the renewal is implicitly refused (4 months after filing)

## Explanation sheet handed to the person.
anef-attestation-prolongation-explain-demande-api-asks = This letter asks the prefect (préfet) to give you the extension certificate (attestation de prolongation de l'instruction, API) at once. With your expired permit, this document proves that your stay is lawful while the prefecture examines your renewal.
anef-attestation-prolongation-explain-demande-api-to = It is sent by registered letter with acknowledgement of receipt to the foreign nationals department (service des étrangers) of the prefecture (préfecture) ({ $departement }).
anef-attestation-prolongation-explain-demande-api-next = The prefecture must give you the API, but no precise time limit is set for answering this letter. If nothing happens, an association or a lawyer can ask the judge to order the prefecture to issue it. Be careful: without an answer from the prefecture, your renewal application is treated as refused from { $deadline-rejet-implicite-titre }, four months after filing, even if you are given an API. That refusal can be challenged before the administrative court (tribunal administratif): if this date is close or already past, see an association or a lawyer quickly.
anef-attestation-prolongation-explain-demande-api-keep = Keep a copy of this letter, the postage receipt, the signed acknowledgement of receipt, the filing certificate of your application and your expired permit.
