# Deadlines: reminders and the weekly list (texts produced in Rust).

reminder-title = Permanence : échéances proches
reminder-body =
    { $count ->
        [one] Une échéance tombe
       *[other] { $count } échéances tombent
    } dans les { $days } prochains jours, la première le { $date }. Ouvrez l'écran Échéances.

# Liste des échéances de la semaine, imprimée en PDF.
weekly-title = Échéances de la semaine
weekly-subtitle = Du { $from } au { $to } — liste imprimée le { $today }
weekly-col-date = Date
weekly-col-person = Personne
weekly-col-what = Échéance
weekly-col-note = Remarque
weekly-empty = Aucune échéance.
weekly-act-now = À faire maintenant (aucun délai ne court)
weekly-act-now-what = Envoyer le courrier « { $letter } »
weekly-act-now-note = Aucune décision écrite : aucun délai ne court, mais la personne reste sans solution
weekly-overdue = En retard (60 derniers jours)
weekly-week = Cette semaine
weekly-provisional = Date provisoire : { $assumption }
weekly-not-enforceable = Délai non opposable : agir au plus tard le { $date }
weekly-page = Page

# How a deadline was computed, step by step (Échéances, a dossier's
# timeline, the calendar file). Dates arrive as JJ/MM/AAAA; $weekday and
# $month are the names below; $amount and $days are numbers.
weekday-1 = lundi
weekday-2 = mardi
weekday-3 = mercredi
weekday-4 = jeudi
weekday-5 = vendredi
weekday-6 = samedi
weekday-7 = dimanche
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
deadline-amount-days =
    { $amount ->
        [one] { $amount } jour
       *[other] { $amount } jours
    }
deadline-amount-months = { $amount } mois
deadline-amount-working-days =
    { $amount ->
        [one] { $amount } jour ouvré
       *[other] { $amount } jours ouvrés
    }
# After the count of working days, in the first step only.
deadline-working-days-note = (samedis, dimanches et jours fériés non comptés)
deadline-distance-overseas = + 1 mois de délai de distance (outre-mer)
deadline-distance-abroad = + 2 mois de délai de distance (étranger)
deadline-missing-day =
    (pas de { $day ->
        [1] 1er
       *[other] { $day }
    } { $month })
deadline-step-count = { $event } le { $start } + { $amount } = { $end }
deadline-step-count-distance = { $event } le { $start } + { $amount } { $distance } = { $end }
deadline-step-count-missing = { $event } le { $start } + { $amount } = { $end } { $missing }
deadline-step-count-distance-missing = { $event } le { $start } + { $amount } { $distance } = { $end } { $missing }
deadline-step-franc = délai franc : + 1 jour = { $end }
deadline-step-franc-month-end = délai franc : pas de jour ajouté après une fin de mois (date la plus prudente)
deadline-skipped-day = { $weekday }
deadline-skipped-holiday = { $weekday } { $date } ({ $holiday }, férié)
deadline-skipped-then = , puis
deadline-step-moved = { $skipped } → reporté au { $weekday } { $due }
deadline-step-suspended = délai suspendu par { $reason } du { $from } au { $until } : il restait { $days } → { $end }
deadline-step-suspension-running = délai suspendu depuis le { $since } par { $reason } : il reprendra à sa fin pour les jours restants ; d'ici là, la date ci-dessus reste la plus prudente
deadline-step-assumed = { $event } supposé le { $assumed } ({ $origin } le { $base } + { $amount }), à corriger dès que la date réelle est connue
deadline-origin-answer = date indiquée
deadline-origin-letter-sent = envoi du courrier
deadline-origin-letter-received = accusé de réception du courrier
deadline-origin-deadline = échéance précédente
deadline-step-not-enforceable = voies et délais de recours non indiqués : ce délai n'est pas opposable, mais le recours doit être formé dans un délai raisonnable, en principe un an (jusqu'au { $ceiling }, jurisprudence Czabaj) — agir de préférence avant le { $act_by }

# What starts a deadline, as the démarche files name it (`event`).
# The start of a count with no event named (the command line).
deadline-event-start = départ
deadline-event-notification = notification
deadline-event-refusal-notified = notification du refus
deadline-event-refusal = refus
deadline-event-court-deadline = fin du délai pour saisir le tribunal
deadline-event-decision-seen = jour où la mention a été vue dans le compte
deadline-event-implicit-rejection = rejet implicite
deadline-event-acknowledgement = avis de réception
deadline-event-conciliation-request = demande de conciliation
deadline-event-counter-filing = dépôt au guichet
deadline-event-renewal-filed = dépôt de la demande de renouvellement
deadline-event-application-filed = dépôt de la demande
deadline-event-decision-request-received = réception de la demande de décision
deadline-event-complaint-received = réception de la plainte
deadline-event-claim-received = réception de la réclamation
deadline-event-file-received = réception du dossier
deadline-event-recourse-received = réception du recours
deadline-event-recourse-rejected = rejet du recours (écrit, ou implicite après le silence)
deadline-event-protection-granted = décision de protection (OFPRA ou CNDA)
# What suspends one (`suspend.reason`).
deadline-suspension-conciliation = la conciliation

# Public holidays, named in explanations.
holiday-new-year = jour de l'An
holiday-easter-monday = lundi de Pâques
holiday-labour-day = fête du Travail
holiday-victory-1945 = victoire 1945
holiday-ascension = Ascension
holiday-whit-monday = lundi de Pentecôte
holiday-national-day = fête nationale
holiday-assumption = Assomption
holiday-all-saints = Toussaint
holiday-armistice-1918 = armistice 1918
holiday-christmas = Noël
holiday-good-friday = Vendredi saint
holiday-saint-stephen = Saint-Étienne
holiday-abolition-of-slavery = abolition de l'esclavage
