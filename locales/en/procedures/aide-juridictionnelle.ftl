# Procedure « apply for legal aid » before going to court.
aide-juridictionnelle-title = Apply for legal aid (a lawyer paid by the State) before going to court
aide-juridictionnelle-summary = Before a request to the administrative court or to the pôle social: send the legal aid office the cerfa form no. 16146 with a letter that keeps the time limit of the court case.
aide-juridictionnelle-audience = Anyone with modest resources who wants a lawyer for a court case, including a foreigner without a residence permit who lives in France.
aide-juridictionnelle-keywords = legal aid free lawyer lawyer paid by the State legal aid office BAJ cerfa 16146 court costs administrative court pôle social request appeal aide juridictionnelle avocat

aide-juridictionnelle-law-formulaire = The application is made on the official form (cerfa no. 16146), handed in or posted: when posted, it has the date of the postmark.
aide-juridictionnelle-law-bureau = It goes to the legal aid office of the tribunal judiciaire (pôle social) or of the administrative court on which the person's home depends; any court can also receive it and pass it on.
aide-juridictionnelle-law-delai = Sent before the end of the time limit to go to court, the application keeps it: a new time limit of the same length runs after the decision on legal aid.
aide-juridictionnelle-law-residence = A foreigner who usually lives in France is entitled to it, even without a residence permit (decision of the Conseil constitutionnel of 28 May 2024).
aide-juridictionnelle-law-ressources = Resources are assessed on the reference tax income, assets and the household; receiving the RSA no longer exempts from proving them.
aide-juridictionnelle-law-provisoire = In an emergency, the court itself can grant legal aid provisionally: it is simply asked, for example in the urgent application.

aide-juridictionnelle-step-personne = The person
aide-juridictionnelle-step-recours = The planned court case

aide-juridictionnelle-q-nom = Family name
aide-juridictionnelle-q-prenoms = Given names
aide-juridictionnelle-q-civilite = In the letter, the person writes:
aide-juridictionnelle-q-civilite-madame = « Je soussignée » (Ms)
aide-juridictionnelle-q-civilite-monsieur = « Je soussigné » (Mr)
aide-juridictionnelle-q-civilite-non-precise = Without specifying
aide-juridictionnelle-q-date_naissance = Date of birth
aide-juridictionnelle-q-nationalite = Nationality
aide-juridictionnelle-q-adresse = Address or postal domiciliation
aide-juridictionnelle-q-etranger_hors_ue = Is the person a foreign national from outside the European Union?
aide-juridictionnelle-q-juridiction = Before which court?
aide-juridictionnelle-q-juridiction-tribunal-administratif = The administrative court (RSA, AME, prefecture, school, RQTH…)
aide-juridictionnelle-q-juridiction-pole-social = The pôle social of the tribunal judiciaire (CAF, CPAM, AAH, AEEH, PCH…)
aide-juridictionnelle-q-objet_recours = What is contested, in French, starting with « le » or « la » (for example: le refus de l'aide médicale de l'État du 10 août 2026)
aide-juridictionnelle-q-date_limite_recours = Last day to go to court (the date shown in the procedure's file) — leave empty if not known
aide-juridictionnelle-q-bureau_aj = Legal aid office for the person's home (for example: Bureau d'aide juridictionnelle du tribunal judiciaire de Bobigny)
aide-juridictionnelle-q-adresse_baj = Address of the legal aid office

aide-juridictionnelle-doc-formulaire = The cerfa form no. 16146, filled in and signed
aide-juridictionnelle-doc-identite = Identity document or residence document
aide-juridictionnelle-doc-residence = Proof of residence in France (domiciliation, accommodation certificate, letters)
aide-juridictionnelle-doc-ressources = Latest tax notice (or non-taxation notice), or proof of resources for the last six months
aide-juridictionnelle-doc-decision = The decision contested (or proof of the application left unanswered)

aide-juridictionnelle-letter-demande-aj = Letter to the legal aid office (with the cerfa form)

aide-juridictionnelle-next-envoyer = Fill in the cerfa form no. 16146 with the person, have it signed, and send it with the letter by registered post before the end of the time limit to go to court. Prepare the request at the same time: it will be filed within the new time limit, or earlier if urgent.
aide-juridictionnelle-next-urgence = In an emergency (urgent application), do not wait for the office's decision: file the request and ask in it for provisional legal aid, also sending the form to the office.
aide-juridictionnelle-next-prealable = This application does not keep the time limit of a compulsory prior appeal (commission de recours amiable, appeal to the CDAPH or the département): send that appeal first within its own time limit. For a challenge to an order to leave France, see a lawyer at once: the time limits are different.

## Deadlines
aide-juridictionnelle-deadline-envoi-aj = Last day to send the legal aid application (the end of the time limit to go to court)

## Explanation sheet given to the person.
aide-juridictionnelle-explain-demande-aj-asks = This letter goes with your legal aid application: if it is granted, the State pays all or part of your lawyer's fees. The cerfa form no. 16146, filled in and signed, must be attached.
aide-juridictionnelle-explain-demande-aj-to = It goes by registered letter with acknowledgement of receipt to: { $bureau_aj }, { $adresse_baj }. You can also hand it in at the legal aid office, or at the front desk of a court, which passes it on.
aide-juridictionnelle-explain-demande-aj-next = The office may ask you for more papers: answer quickly. It then sends you its decision and, if legal aid is granted, the name of your lawyer. The time limit to go to court starts again from this decision: keep the letter and its envelope, and come back to see us as soon as it arrives.
aide-juridictionnelle-explain-demande-aj-keep = Keep a copy of the form, of this letter and of the documents, the posting receipt and the signed acknowledgement of receipt.
aide-juridictionnelle-explain-demande-aj-past = The time limit to go to court has ended: sent now, the application no longer keeps it, and the request may be rejected for that reason alone. See an association or a lawyer without waiting.
