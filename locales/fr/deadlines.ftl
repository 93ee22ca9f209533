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
