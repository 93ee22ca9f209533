# Démarche « saisir le Défenseur des droits » (en parallèle de toute démarche).
defenseur-des-droits-title = Saisir le Défenseur des droits
defenseur-des-droits-summary = Un service public ne répond pas ou bloque, une discrimination, les droits d'un enfant : réclamation au Défenseur des droits, en plus des recours, gratuitement.
defenseur-des-droits-audience = Toute personne, en parallèle de toute autre démarche.
defenseur-des-droits-keywords = Défenseur des droits DDD réclamation discrimination service public préfecture médiation délégué droits de l'enfant

defenseur-des-droits-law-parallele = Le Défenseur des droits peut être saisi en même temps que les recours. Attention : sa saisine ne suspend pas les délais de recours, qui continuent de courir.
defenseur-des-droits-law-prealable = Pour un problème avec un service public, il faut d'abord avoir fait des démarches auprès de ce service.

defenseur-des-droits-step-personne = La personne
defenseur-des-droits-step-reclamation = La réclamation

defenseur-des-droits-q-nom = Nom de famille
defenseur-des-droits-q-prenoms = Prénoms
defenseur-des-droits-q-civilite = Dans le courrier, la personne écrit :
defenseur-des-droits-q-civilite-madame = « Je soussignée » (Madame)
defenseur-des-droits-q-civilite-monsieur = « Je soussigné » (Monsieur)
defenseur-des-droits-q-civilite-non-precise = Sans préciser
defenseur-des-droits-q-adresse = Adresse ou domiciliation
defenseur-des-droits-q-domaine = De quoi s'agit-il ?
defenseur-des-droits-q-domaine-service-public = Un service public (préfecture, CAF, CPAM, mairie…)
defenseur-des-droits-q-domaine-discrimination = Une discrimination
defenseur-des-droits-q-domaine-enfant = Les droits d'un enfant
defenseur-des-droits-q-domaine-autre = Autre chose
defenseur-des-droits-q-organisme = Service, organisme ou personne en cause
defenseur-des-droits-q-date_faits = Date des faits (ou du début des difficultés)
defenseur-des-droits-q-faits = Les faits, avec les dates
defenseur-des-droits-q-demarches_prealables = Démarches déjà faites auprès de ce service (dates, moyens, réponses)
defenseur-des-droits-q-adresse_delegue = Adresse du délégué du Défenseur des droits (permanence locale)

defenseur-des-droits-doc-pieces_faits = Copies utiles (décision, courriers, captures d'écran)
defenseur-des-droits-doc-preuves_demarches = Preuves des démarches déjà faites auprès du service

defenseur-des-droits-letter-reclamation = Réclamation au Défenseur des droits

defenseur-des-droits-next-parallele = Envoyer ou remettre la réclamation au délégué du Défenseur des droits. Continuer en même temps les recours en cours : leurs délais ne sont pas suspendus.

## Fiche d'explication remise à la personne.
defenseur-des-droits-explain-reclamation-asks = Ce courrier demande au Défenseur des droits, une autorité indépendante et gratuite, d'intervenir auprès de { $organisme } pour que vos droits soient respectés.
defenseur-des-droits-explain-reclamation-to = Il est adressé au délégué du Défenseur des droits. Vous pouvez aussi le remettre à sa permanence.
defenseur-des-droits-explain-reclamation-next = Le délégué peut vous contacter pour des précisions, puis intervenir auprès du service. Attention : cette démarche ne remplace pas les recours et ne suspend pas leurs délais. Continuez les autres démarches en même temps.
defenseur-des-droits-explain-reclamation-keep = Gardez une copie de ce courrier et des pièces, et toute réponse du Défenseur des droits.
