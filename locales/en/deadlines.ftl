# Deadlines: reminders and the weekly list (texts produced in Rust).

reminder-title = Permanence: deadlines coming up
reminder-body =
    { $count ->
        [one] One deadline falls
       *[other] { $count } deadlines fall
    } within the next { $days } days, the first on { $date }. Open the Deadlines screen.

# The week's deadlines, printed as a PDF.
weekly-title = This week's deadlines
weekly-subtitle = From { $from } to { $to } — list printed on { $today }
weekly-col-date = Date
weekly-col-person = Person
weekly-col-what = Deadline
weekly-col-note = Note
weekly-empty = No deadline.
weekly-act-now = To do now (no deadline is running)
weekly-act-now-what = Send the letter « { $letter } »
weekly-act-now-note = No written decision: no deadline is running, but the person is left without a solution
weekly-overdue = Overdue (last 60 days)
weekly-week = This week
weekly-provisional = Provisional date: { $assumption }
weekly-not-enforceable = Deadline not enforceable: act by { $date } at the latest
weekly-page = Page
