# Shared texts of the printed letters and of the explanation sheets.
# The "letter-*" lines are printed on the letter, in French; the
# "explain-*" lines on the sheet given to the person, in their language.

letter-subject-label = Subject:
letter-enclosures-label = Enclosures:
letter-copy-label = Copy:
letter-page = Page
letter-registered = Registered letter with acknowledgement of receipt
letter-registered-number = Registered letter with acknowledgement of receipt no. { $number }
letter-place-date = { $place }, { $date }
letter-date = { $date }
letter-helped-by = Letter written with the help of { $organisation }

explain-title = Your letter explained
explain-letter = Letter: { $letter }
explain-person = For: { $name }
explain-prepared = Prepared on { $date }
explain-prepared-by = Prepared on { $date } with { $organisation }
explain-asks = What this letter asks for
explain-to = Who it is sent to
explain-next = What will happen next, and when
explain-keep = What you need to keep
explain-date-pending = to be worked out when the acknowledgement of receipt, or the proof that the letter was handed in, comes back
explain-deadline = By when to send it
explain-deadline-enforceable = Post it by { $date } at the latest: the postmark date is what counts. After that date, the decision can no longer be challenged.
explain-deadline-not-enforceable = The decision does not say how or within what time it can be challenged (the « voies et délais de recours »): so the two-month time limit cannot be held against you. Still send this letter as soon as possible, preferably before { $date }. The limit is in principle one year after the decision: { $ceiling }.
explain-deadline-not-enforceable-late = The decision does not say how or within what time it can be challenged (the « voies et délais de recours »): the usual two months ended on { $date }, but they cannot be held against you. Post this letter straight away: the limit is in principle one year after the decision, { $ceiling }.
explain-deadline-past = The time limit to challenge this decision ended on { $date }. This letter can still be sent: the administration may change its decision, but it no longer has to. A new application is often still possible: ask an association or a lawyer for advice.
explain-deadline-enforceable-court = Make sure it reaches the court by { $date } at the latest: what counts is the day it arrives at the registry, not the postmark. After that date, the court can no longer be seized.
explain-deadline-past-court = The time limit to apply to the court ended on { $date }: the request may be rejected for that reason alone. See an association or a lawyer without waiting.
explain-deadline-suspended = The time limit to challenge has been stopped since { $since } during the conciliation: { $days } days were left then. These days will start running again at the end of the conciliation (the conciliator's report). Meanwhile, the safest date remains { $safe }.
explain-deadline-none = You were given no written decision: no time limit to challenge is running for now. Do not wait, though: send this letter now.
explain-urgent = This is urgent
explain-urgent-text = Post this letter today. If nothing happens by { $date }, come back to see us with this sheet.
explain-urgent-text-undated = Post this letter today, then come back to see us with this sheet as soon as an answer arrives, or if nothing happens.
explain-footer = This sheet is for you: keep it with the copy of the letter. Do not send it.

## Journal of attempts (préfecture, ANEF) and its annex (the annex itself
## is printed in French: it goes to the préfecture and the court).
journal-channel-anef = ANEF online service
journal-channel-rendez-vous = Online appointment booking
journal-channel-email = Email
journal-channel-telephone = Telephone
journal-channel-guichet = Préfecture counter
journal-channel-ccc = Citizens' contact centre (ANTS)
journal-channel-pan = Digital help desk (point d'accueil numérique)
journal-channel-courrier = Letter
annex-title = Chronological record of attempts
annex-born = born on { $date }
annex-nationality = { $nationality } national
annex-subject =
    { $demarche ->
        [renouvellement] Application to renew a residence permit
        [premiere-demande] First application for a residence permit
       *[other] Residence permit application
    } { $titre } – préfecture: { $departement }
annex-summary = { $count ->
        [one] 1 attempt, on { $first }
       *[other] { $count } attempts from { $first } to { $last }
    }, over { $weeks ->
        [one] 1 week
       *[other] { $weeks } different weeks
    }.
annex-empty = No attempt recorded yet.
annex-established = Record drawn up on { $date }.
annex-established-place = Record drawn up in { $place } on { $date }.
annex-established-by = Record drawn up on { $date } with the help of { $organisation }.
annex-established-place-by = Record drawn up in { $place } on { $date } with the help of { $organisation }.
annex-column-number = No.
annex-column-date = Date
annex-column-time = Time
annex-column-channel = Channel
annex-column-outcome = What happened
annex-recorded = recorded on { $date }
annex-see-shot = screenshot no. { $number } below
annex-shots = Screenshots
annex-shot-caption = No. { $number } – { $date }, { $time }
annex-shot-not-image = File “{ $name }” kept in the dossier (format that cannot be shown here).
annex-shot-unreadable = Unreadable image: the file is kept in the dossier.

## The person's rights (GDPR): export and erasure
gdpr-summary-title = Data held about { $name }
gdpr-summary-date = Export of { $date }, made at the person's request.
gdpr-summary-files = The file donnees.json holds all of this data in a machine-readable form; the folder “pieces” holds the documents, screenshots and letters.
gdpr-summary-audit = The audit journal has { $count } entry(ies) about this record (details in donnees.json).
gdpr-section-person = Record
gdpr-section-documents = Documents
gdpr-opened = Opened on
gdpr-attempts = Attempts recorded
gdpr-none = Nothing recorded.
