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

# How a deadline was computed, step by step (Échéances, a dossier's
# timeline, the calendar file). Dates arrive as DD/MM/YYYY; $weekday and
# $month are the names below; $amount and $days are numbers.
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
deadline-amount-days =
    { $amount ->
        [one] { $amount } day
       *[other] { $amount } days
    }
deadline-amount-months =
    { $amount ->
        [one] { $amount } month
       *[other] { $amount } months
    }
deadline-amount-working-days =
    { $amount ->
        [one] { $amount } working day
       *[other] { $amount } working days
    }
# After the count of working days, in the first step only.
deadline-working-days-note = (Saturdays, Sundays and public holidays not counted)
deadline-distance-overseas = + 1 month for distance (overseas)
deadline-distance-abroad = + 2 months for distance (abroad)
deadline-missing-day = (there is no { $day } { $month })
deadline-step-count = { $event } on { $start } + { $amount } = { $end }
deadline-step-count-distance = { $event } on { $start } + { $amount } { $distance } = { $end }
deadline-step-count-missing = { $event } on { $start } + { $amount } = { $end } { $missing }
deadline-step-count-distance-missing = { $event } on { $start } + { $amount } { $distance } = { $end } { $missing }
deadline-step-franc = délai franc (one extra day): + 1 day = { $end }
deadline-step-franc-month-end = délai franc: no day added after the end of a month (the safer date)
deadline-skipped-day = { $weekday }
deadline-skipped-holiday = { $weekday } { $date } ({ $holiday }, public holiday)
deadline-skipped-then = , then
deadline-step-moved = { $skipped } → moved to { $weekday } { $due }
deadline-step-suspended = deadline suspended by { $reason } from { $from } to { $until }: { $days } were left → { $end }
deadline-step-suspension-running = deadline suspended since { $since } by { $reason }: the days left will run again when it ends; until then, the date above is the safer one
deadline-step-assumed = { $event } assumed on { $assumed } ({ $origin } on { $base } + { $amount }), to be corrected once the real date is known
deadline-origin-answer = date given
deadline-origin-letter-sent = letter posted
deadline-origin-letter-received = letter's acknowledgement of receipt
deadline-origin-deadline = previous deadline
deadline-step-not-enforceable = the decision did not state how and by when to challenge it: this deadline cannot be held against the person, but the challenge must be made within a reasonable time, one year in principle (until { $ceiling }, Czabaj case law) — better act before { $act_by }

# What starts a deadline, as the démarche files name it (`event`).
# The start of a count with no event named (the command line).
deadline-event-start = start
deadline-event-notification = notification
deadline-event-refusal-notified = notification of the refusal
deadline-event-refusal = refusal
deadline-event-court-deadline = end of the time limit to go to court
deadline-event-decision-seen = day the mention was seen in the account
deadline-event-implicit-rejection = implicit rejection
deadline-event-acknowledgement = acknowledgement of receipt
deadline-event-conciliation-request = request for conciliation
deadline-event-counter-filing = filing at the counter
deadline-event-renewal-filed = filing of the renewal application
deadline-event-application-filed = filing of the application
deadline-event-decision-request-received = receipt of the request for a decision
deadline-event-complaint-received = receipt of the complaint
deadline-event-claim-received = receipt of the claim
deadline-event-file-received = receipt of the file
deadline-event-recourse-received = receipt of the appeal
deadline-event-recourse-rejected = rejection of the appeal (in writing, or implied by silence)
deadline-event-protection-granted = protection decision (OFPRA or CNDA)
# What suspends one (`suspend.reason`).
deadline-suspension-conciliation = the conciliation

# Public holidays, named in explanations.
holiday-new-year = New Year's Day
holiday-easter-monday = Easter Monday
holiday-labour-day = Labour Day
holiday-victory-1945 = Victory in Europe Day
holiday-ascension = Ascension Day
holiday-whit-monday = Whit Monday
holiday-national-day = Bastille Day
holiday-assumption = Assumption Day
holiday-all-saints = All Saints' Day
holiday-armistice-1918 = Armistice Day
holiday-christmas = Christmas Day
holiday-good-friday = Good Friday
holiday-saint-stephen = St Stephen's Day
holiday-abolition-of-slavery = Abolition of Slavery Day
