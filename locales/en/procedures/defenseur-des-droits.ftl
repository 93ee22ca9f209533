# "Refer a case to the Defender of Rights" procedure (saisir le Défenseur des droits), alongside any other procedure.
defenseur-des-droits-title = Refer a case to the Defender of Rights (Défenseur des droits)
defenseur-des-droits-summary = A public service does not answer or is blocking things, discrimination, the rights of a child: a complaint (réclamation) to the Defender of Rights (Défenseur des droits), in addition to appeals, free of charge.
defenseur-des-droits-audience = Anyone, alongside any other procedure.
defenseur-des-droits-keywords = Defender of Rights complaint discrimination public service prefecture mediation delegate rights of the child children's rights Défenseur des droits DDD réclamation service public préfecture médiation délégué droits de l'enfant

defenseur-des-droits-law-parallele = A case can be referred to the Defender of Rights (Défenseur des droits) at the same time as appeals. Be careful: referring a case to it does not suspend the time limits for appeals, which keep running.
defenseur-des-droits-law-prealable = For a problem with a public service, the person must first have taken steps with that service.

defenseur-des-droits-step-personne = The person
defenseur-des-droits-step-reclamation = The complaint

defenseur-des-droits-q-nom = Family name
defenseur-des-droits-q-prenoms = Given names
defenseur-des-droits-q-civilite = In the letter, the person writes:
defenseur-des-droits-q-civilite-madame = “Je soussignée” (Madam, feminine form in the letter)
defenseur-des-droits-q-civilite-monsieur = “Je soussigné” (Sir, masculine form in the letter)
defenseur-des-droits-q-civilite-non-precise = Not specified
defenseur-des-droits-q-adresse = Address or domiciliation
defenseur-des-droits-q-domaine = What is it about?
defenseur-des-droits-q-domaine-service-public = A public service (prefecture “préfecture”, CAF, CPAM, town hall “mairie”…)
defenseur-des-droits-q-domaine-discrimination = Discrimination
defenseur-des-droits-q-domaine-enfant = The rights of a child
defenseur-des-droits-q-domaine-autre = Something else
defenseur-des-droits-q-organisme = Service, body or person complained about
defenseur-des-droits-q-date_faits = Date of the facts (or of when the difficulties began)
defenseur-des-droits-q-faits = The facts, with dates
defenseur-des-droits-q-demarches_prealables = Steps already taken with this service (dates, how, answers)
defenseur-des-droits-q-adresse_delegue = Address of the Defender of Rights' delegate (délégué; local drop-in office: permanence locale)

defenseur-des-droits-doc-pieces_faits = Useful copies (decision, letters, screenshots)
defenseur-des-droits-doc-preuves_demarches = Evidence of the steps already taken with the service

defenseur-des-droits-letter-reclamation = Complaint to the Defender of Rights

defenseur-des-droits-next-parallele = Send or hand the complaint to the Defender of Rights' delegate (délégué). At the same time, continue the appeals under way: their time limits are not suspended.

## Explanation sheet given to the person.
defenseur-des-droits-explain-reclamation-asks = This letter asks the Defender of Rights (Défenseur des droits), an independent authority that is free of charge, to intervene with { $organisme } so that your rights are respected.
defenseur-des-droits-explain-reclamation-to = It is addressed to the Defender of Rights' delegate (délégué). You can also hand it in at the delegate's drop-in office (permanence).
defenseur-des-droits-explain-reclamation-next = The delegate may contact you for more details, then intervene with the service. Be careful: this procedure does not replace appeals and does not suspend their time limits. Continue the other procedures at the same time.
defenseur-des-droits-explain-reclamation-keep = Keep a copy of this letter and of the documents, and any answer from the Defender of Rights.
