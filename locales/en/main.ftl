# Permanence interface — English.

app-name = Permanence
app-tagline = Help with access-to-rights procedures
skip-to-content = Skip to content
offline-badge = Offline · everything stays on this computer
loading = Opening…

nav-label = Main navigation
action-on = { $action }: { $target }
name-and-procedure = { $name }, { $procedure }
nav-people = People
nav-dossiers = Cases
nav-deadlines = Deadlines
nav-procedures = Procedures
nav-settings = Settings
nav-shortcut-hint = Shortcut: Alt+{ $key }

people-title = People
people-empty = No one recorded yet.
people-empty-hint = The people you support will appear here. Their records stay on this computer.

dossiers-title = Cases
dossiers-empty = No open case.
dossiers-empty-hint = A case is opened for each procedure undertaken with a person.

deadlines-title = Deadlines
deadlines-empty-hint = No deadline yet. The implicit-decision dates and appeal deadlines of every case will appear here as soon as a start date is known.
deadlines-truncated = A great many deadlines: only the nearest are listed (the last 100 overdue and the next 200).
deadlines-as-of = List of { $date }
deadlines-print = Print this week's list
deadlines-save-weekly = Save this week's list (PDF)
deadlines-export-ics = Export to a calendar (.ics)
dossier-deadlines-export-ics = Export this dossier's deadlines (.ics)
export-saved = Saved: { $path }
deadlines-overdue = Overdue
deadlines-this-week = This week
deadlines-next-30-days = Within 30 days
deadlines-later = Later
deadlines-act-now = To do now: no deadline is running
deadlines-act-now-count = { $count ->
    [one] 1 letter
   *[other] { $count } letters
}
deadlines-act-now-when = Now
deadlines-act-now-what = Letter to send without waiting: « { $letter } »
deadlines-act-now-why = No written decision was given (an oral refusal, at the counter, or silence): no deadline for a recourse is running, but the person is left without a solution. This dossier leaves this list once the letter's posting is recorded.
deadlines-count = { $count ->
    [0] none
    [one] 1 deadline
   *[other] { $count } deadlines
}
deadlines-none-overdue = No deadline has passed.
deadlines-none-this-week = Nothing this week.
deadlines-none-next-30-days = Nothing within 30 days.
deadlines-none-later = Nothing further ahead.
deadline-day = { $weekday } { $date }
deadline-overdue = Overdue
deadline-provisional = Provisional
deadline-not-enforceable = Deadline not enforceable
deadline-ceiling = at the latest on { $date } (1 year)
deadline-suspended = Suspended
deadline-suspended-note = since { $date } (conciliation): { $days } days left, which will run again at the end of the conciliation; the date above remains the safest
deadline-how = How is this date worked out?
deadline-open-dossier = Open the case
deadline-start = Starts from: { $date }, { $source }
deadline-source-answer = answer “{ $question }”
deadline-source-letter-sent = posting of the letter “{ $letter }”
deadline-source-letter-received = return receipt of the letter “{ $letter }”
deadline-source-deadline = deadline “{ $deadline }”
dossier-deadlines-letter-from = The letter « { $letter } » can go out from { $date }.
dossier-deadlines-title = Deadlines of this case
dossier-deadlines-none = No deadline yet: they appear as soon as a start date is known (an answer, the posting of a letter or its return receipt).
dossier-deadlines-updated = Deadlines worked out again.
weekday-short-1 = Mon
weekday-short-2 = Tue
weekday-short-3 = Wed
weekday-short-4 = Thu
weekday-short-5 = Fri
weekday-short-6 = Sat
weekday-short-7 = Sun
settings-deadlines = Deadlines
settings-zone = Public-holiday calendar
settings-zone-help = The public holidays of this territory push back the end of deadlines.
zone-metropole = Metropolitan France
zone-alsace-moselle = Alsace-Moselle
zone-guadeloupe = Guadeloupe
zone-martinique = Martinique
zone-guyane = French Guiana
zone-reunion = Réunion
zone-mayotte = Mayotte
zone-saint-barthelemy = Saint-Barthélemy
zone-saint-martin = Saint-Martin
settings-reminder-days = Remind me of deadlines less than N days away
settings-reminder-days-help = N: a number of days, from 1 to 90. The reminder shows when Permanence opens, then once a day.
settings-reminder-days-invalid = Give a number of days between 1 and 90.
settings-deadlines-save = Save
settings-deadlines-saved = Saved. The deadlines of every open dossier were recalculated with this calendar.

settings-privacy = Privacy
settings-privacy-help = Locking closes the database and clears the screen: the passphrase is needed to continue. A wrong passphrase never erases anything; after several tries you only have to wait a little before trying again.
settings-lock-after = Lock after N minutes without activity
settings-lock-after-help = N: a number of minutes, from 1 to 240. With no keyboard or mouse use for that long, Permanence locks itself. To lock at once: { $keys }.
settings-lock-after-invalid = Give a number of minutes between 1 and 240.
settings-retention = Closed dossiers: offer deletion after M months
settings-retention-help = M: a number of months, from 1 to 120. Dossiers closed for longer are shown to you to decide whether to delete them; nothing is deleted without your consent.
settings-retention-invalid = Give a number of months between 1 and 120.
settings-privacy-save = Save
settings-privacy-saved = Saved. Automatic locking now follows this delay.

settings-audit = Audit log
settings-audit-help = Everything done in Permanence: records viewed, created, changed, printed, exported, erased, deleted and restored, for every record, including those erased since. Each entry is linked to the previous one by a hash: an entry changed or removed afterwards shows.
settings-audit-count = { $total ->
    [0] The log has no entries yet.
    [one] The log holds 1 entry in all.
   *[other] The log holds { $total } entries in all.
}
settings-audit-intact = The hash chain is intact: no tampering detected.
settings-audit-altered = Warning: the audit log has been altered outside Permanence (the hash chain is broken). To find out which entries are affected, run the command { $command } in a terminal.
settings-audit-show = Show the log
settings-audit-hide = Hide the log
settings-audit-print = Print
settings-audit-caption = Audit log, newest first (as of { $date })
settings-audit-caption-partial = Audit log: the { $shown } most recent entries out of { $total }, newest first (as of { $date })
settings-audit-empty = No entries in the log.

procedures-title = Procedures
procedures-empty = No procedure in the catalogue yet.
procedures-empty-hint = Each procedure will guide you step by step: what the law says, what to ask, which documents to gather and which letter to send.

settings-title = Settings
settings-language = Interface language
settings-language-help = Your choice is kept on this computer.
settings-about = About
settings-version = Version { $version }
settings-data-dir = Data is stored in { $path }
settings-locales = Available languages: { $list }
settings-offline = Permanence works without an internet connection. Nothing is sent anywhere.

not-found-title = Page not found
not-found-back = Back to people

error-title = Something went wrong
error-io = Cannot read or write the data: { $detail }
error-disk-full = The disk (or USB key) is full: nothing was saved, and what was already saved is intact. Free some space (empty the bin, delete old files), then try again: what you just typed is still on the screen.
error-read-only = The data folder is read-only (USB key locked or removed?): nothing was saved, and what was already saved is intact. Plug in or unlock the key, then try again: what you just typed is still on the screen.
error-settings-corrupt = The settings file is unreadable; default settings are used.
error-unknown-language = Unknown language: { $code }
error-internal = Internal error: { $detail }
error-backup-incomplete = This backup file is incomplete or damaged (was the copy interrupted?): it was not restored, and the current data has not changed.
error-wrong-passphrase = Wrong passphrase. Check capital letters and the keyboard layout, then try again.
error-wrong-passphrase-wait = Wrong passphrase. After several tries, wait { $seconds } seconds before trying again. No data is erased.
error-unlock-wait = Too many passphrase tries: wait another { $seconds } seconds before trying again. No data is erased.
error-passphrase-mismatch = The two passphrases are not the same.
error-passphrase-weak = This passphrase is too easy to guess. Add some words.
error-vault-exists = A database already exists in this folder.
error-vault-missing = There is no database in this folder.
error-locked = Permanence is locked. Enter the passphrase to continue.
error-damaged = The database is damaged ({ $detail }). Restore a backup.
error-too-new = This database was created by a newer version of Permanence. Update the software.
error-not-found = This record no longer exists.
error-letter-incomplete = Some answers this letter needs are missing: fill them in before printing.
error-letter-too-early =
    { $known ->
        [yes] Too early for this letter: the silence it relies on has not yet lasted as long as the law requires. It can be printed from { $date }.
       *[other] Too early for this letter: the silence it relies on is not established yet. First record the date of the request's acknowledgement of receipt.
    }
error-invalid = Some fields need correcting.
error-sign-in-required = Choose your profile and enter your code to continue.
error-wrong-pin = Wrong code. Check the name you chose, then try again.
error-wrong-pin-wait = Wrong code. After several tries, wait { $seconds } seconds before trying again. No data is erased.

field-error-name-required = Enter at least a family name or a given name.
field-error-too-long = This text is too long.
field-error-birth-in-future = The date of birth cannot be in the future.
field-error-birth-too-old = The date of birth is before 1900: check the year.
field-error-email-invalid = This e-mail address looks incomplete (example: name@example.org).
field-error-date-invalid = This date does not exist. Write it as DD/MM/YYYY, for example 05/03/1990.
field-error-zone-unknown = Choose a public-holiday calendar from the list.
field-error-worker-name = Enter a name (80 characters at most).
field-error-pin-short = The code must have at least 4 characters.
field-error-pin-mismatch = The two codes are not the same.
field-error-worker-exists = A profile already has this name.

passphrase-strength = Strength: { $score } out of 4
passphrase-hint-empty = Choose a phrase of several words that is easy for you to remember.
passphrase-hint-too-short = Too short: at least 10 characters.
passphrase-hint-repetitive = Too repetitive: avoid runs like “aaaa” or “1234”.
passphrase-hint-add-words = Add one or two words.
passphrase-hint-good = Good passphrase.
passphrase-hint-strong = Very good passphrase.

setup-title = Protect the data
setup-intro = People's records are encrypted on this computer. Choose a passphrase: it will be asked for every time Permanence opens.
setup-warning = Without this passphrase the data is lost: nobody can recover it. Write it down and keep it somewhere safe.
setup-passphrase = Passphrase
setup-confirm = Confirm the passphrase
setup-submit = Create the encrypted database
first-launch-import-help = Already using Permanence on another computer? Take its data from a portable backup (USB key).
first-launch-import = Restore a portable backup

unlock-title = Permanence is locked
unlock-intro = Enter the passphrase to open the records.
unlock-passphrase = Passphrase
unlock-submit = Unlock
unlock-working = Checking…
lock-button = Lock
lock-shortcut-hint = Shortcut: { $keys }
unlock-wait-countdown = Next try possible in { $seconds } s
unlock-wait-over = You can try again now.

profile-title = Who is working?
profile-intro = Choose your name, then enter your personal code.
profile-list = Profiles
profile-pin = Personal code
profile-submit = Enter
profile-error-choose = First choose your name from the list.
profile-error-pin-wait = Too many code tries: wait another { $seconds } seconds before trying again. No data is erased.
current-worker-label = Profile:
switch-worker = Change person
switch-worker-hint = Back to choosing a profile without locking; the screen is cleared.

settings-workers = Profiles
settings-workers-none = No profile yet: Permanence opens with the team's passphrase alone. Once a first profile exists, everyone in the team must, after unlocking, choose their name and enter their own code; records then show who created and changed them, and the audit log who did what. The first profile created here becomes yours straight away.
settings-workers-help = After unlocking, everyone chooses their name and enters their code. Records show who created and changed them. Only someone already signed in can add a profile.
settings-workers-you = (you)
worker-name = Name
worker-name-help = As the team knows them, for example “Awa D.”.
worker-pin = Personal code
worker-pin-help = At least 4 characters, digits or letters. Everyone chooses their own and gives it to nobody.
worker-confirm = Confirm the code
worker-add = Add the profile
worker-add-first = Create the first profile
worker-added = Profile “{ $name }” added. It can be used after “Change person” or at the next unlock.
worker-added-first = Profile “{ $name }” created: you are now working under this name. After each unlock, everyone will choose their name and enter their code.

people-search-label = Find a person
people-search-help = Family name, given name or another spelling; accents do not matter.
people-new = New person
people-results = { $count ->
    [0] No result
    [one] 1 person
   *[other] { $count } people
}
people-no-match = Nobody matches this search.

person-new-title = New person
person-edit-title = Edit record
person-section-identity = Identity
person-section-contact = Contact
person-section-domiciliation = Postal address service (domiciliation)
person-family-name = Family name
person-given-names = Given names
person-alt-names = Other spellings and transliterations
person-alt-names-help = One per line (for example Mohamed, Muhammad, محمد).
person-birth-date = Date of birth
person-date-help = DD/MM/YYYY
person-birth-place = Place of birth
person-nationality = Nationality
person-languages = Languages spoken
person-languages-help = Separated by commas.
person-phone = Phone
person-email = E-mail
person-address = Address
person-domiciliation-organisation = Domiciliation organisation
person-domiciliation-address = Domiciliation address
person-domiciliation-expires = Certificate valid until
person-notes = Notes
person-save = Save
person-cancel = Cancel
person-edit = Edit
person-back = Back to the list
person-authors-both = Created by { $created } — changed by { $updated }
person-authors-created = Created by { $created }
person-authors-updated = Changed by { $updated }
person-saved = Record saved.
person-draft-saved = Draft saved automatically.
person-draft-restored = An unsaved draft was found and restored.
person-fix-errors = { $count ->
    [one] 1 field to correct.
   *[other] { $count } fields to correct.
}
person-born = Born on { $date }
person-section-dossiers = Cases
person-section-documents = Documents
person-section-events = Events
person-dossiers-empty = No case for this person.
person-documents-empty = No document recorded.
person-events-empty = No event recorded.

settings-security = Security
settings-change-passphrase = Change the passphrase
passphrase-current = Current passphrase
passphrase-new = New passphrase
passphrase-new-confirm = Confirm the new passphrase
passphrase-change-submit = Change the passphrase
passphrase-changed = Passphrase changed. Backups taken before still open with the old one.
backups-title = Backups
backups-explain = An encrypted copy is made when Permanence opens (once a day) and every time it closes; the last { $count } are kept in { $path }
backups-none = No backup yet.
backups-now = Back up now
backups-done = Backup done.
backups-restore = Restore
backups-restore-passphrase = Passphrase in use when this backup was taken
backups-restore-confirm = Replace the data with this backup
backups-restore-warning = The current data will be replaced by the backup of { $date }. It is not deleted: it is set aside in the “preserved” folder.
backups-restored = Backup restored. The replaced data is kept in the “preserved” folder.
backups-last-error = The last automatic backup failed: { $message }
portable-title = Portable backup (USB key)
portable-help = To carry on with another computer: all the data in one encrypted file, to copy onto a USB key, then to restore on the other computer.
portable-export-title = Create a portable backup
portable-export-help = Choose a passphrase for this file. It may differ from Permanence's: the backup opens only with it.
portable-passphrase = Passphrase for this backup
portable-confirm = Confirm the passphrase for this backup
portable-export-submit = Create the portable backup
portable-export-working = Creating the backup…
portable-export-saved = Portable backup saved: { $path }
portable-export-carry = Copy this file onto a USB key. Keep the passphrase apart, never with the key: without it, the backup does not open.
portable-import-title = Restore a portable backup
portable-import-help = Choose the .permanence file (on the USB key) and enter the passphrase chosen when it was created.
portable-file = Backup file (.permanence)
portable-import-passphrase = Passphrase of the backup to restore
portable-import-submit = Restore the backup
portable-import-working = Restoring…
portable-import-no-file = Choose the backup file (.permanence).
portable-import-warning = The current data in Permanence will be replaced by the portable backup's. It is not deleted: it is set aside in the “preserved” folder.
portable-import-confirm = Replace the data with the portable backup
portable-import-done = Portable backup restored. The replaced data is kept in the “preserved” folder.
portable-import-done-first = Portable backup restored.

field-error-kind-unknown = Choose the type of document.
field-error-file-size = Choose a file (20 MB at most).
document-kind-titre-sejour = Residence permit
document-kind-recepisse = Receipt (récépissé)
document-kind-api = Certificate of extended examination (API)
document-kind-attestation-domiciliation = Domiciliation certificate
document-kind-passeport = Passport
document-kind-decision = Decision
document-kind-accuse-reception = Acknowledgement of receipt
document-kind-courrier = Letter
document-kind-autre = Other document
documents-add = Add a document
document-kind = Type of document
document-title = Description (optional)
document-expires = Valid until (optional)
document-file = File (photo or scan)
document-added = Document added.
expiry-expired = Expired { $days } day(s) ago
expiry-today = Expires today
expiry-soon = Expires in { $days } day(s)
expiry-until = Valid until { $date }
domiciliation-expiry-warning = Domiciliation certificate: { $status }. Remember to renew it.
event-kind-decision-notified = Decision notified
event-kind-letter-posted = Letter sent
event-kind-ar-signed = Acknowledgement of receipt signed
event-kind-answer-received = Answer received
event-kind-appointment-attempt = Attempt to get an appointment
dossier-status-draft = Draft
dossier-status-open = In progress
dossier-status-waiting = Waiting for an answer
dossier-status-closed = Closed

procedures-search-label = Find a procedure
procedures-theme = Theme
procedures-theme-all = All themes
procedures-for-whom = For whom: { $audience }
procedures-unavailable = Unavailable: { $count } problem(s) in this procedure's files.
procedures-no-match = No procedure matches this search.
theme-sejour = Residence
theme-caf = CAF
theme-sante = Health
theme-banque = Bank
theme-ecole = School
theme-handicap = Disability
theme-emploi = Employment
theme-droits = Rights
field-error-answer-invalid = This answer does not fit the question.
field-error-answer-departement = Unknown département: write its number (93) or its full name (Seine-Saint-Denis).
field-error-enclosures-invalid = A ticked document does not belong to this démarche, or a document name is longer than 200 characters.

person-start-demarche = Start a procedure
person-choose-demarche = Procedure to start
person-start = Start
interview-question-of = Question { $position } of { $total }
interview-answered-of = { $answered } required answer(s) out of { $required }
interview-back = Previous
interview-next = Save and continue
interview-skip = Skip
interview-review = Review the answers
interview-review-title = Review
interview-edit = Edit
interview-missing = { $count } required answer(s) missing.
interview-complete = All required answers are given.
interview-law-title = What does the law say?
interview-documents-title = Documents to gather
interview-required = required
interview-optional = optional
interview-next-steps = What next?
interview-parallel-title = At the same time
interview-parallel-help = The Défenseur des droits (rights ombudsman) can also be asked to help, free of charge. This does not stop the appeal deadlines: the appeals go on.
interview-parallel-ddd = Also contact the Défenseur des droits
interview-yes = Yes
interview-no = No
interview-unanswered = no answer
interview-date-invalid = This date does not exist. Write it as DD/MM/YYYY.
interview-saved = Answer saved.
field-error-answer-rule = This answer breaks a rule of the procedure.
interview-doc-held = in the record
interview-doc-to-gather = to gather

interview-no-document = No such document in the record: add it from the person page, or skip.

# Letters: the case's list, the letter screen, the settings.
letters-title = Letters
letters-none = This procedure has no letter.
letters-not-offered = Does not fit the answers given.
letters-due-enforceable = To be posted by { $date } at the latest (postmark date).
letters-due-not-enforceable = Time limit not enforceable (decision without voies et délais de recours): preferably before { $advised }, at the latest { $ceiling } (one year).
letters-due-past = Time limit passed since { $date }: the letter can still be sent, with no guarantee; consider a new application.
letters-due-enforceable-court = Must reach the court by { $date } at the latest (date of arrival at the registry).
letters-due-past-court = Time limit to apply to the court passed since { $date }: see an association or a lawyer.
letters-due-suspended = Time limit suspended since { $since } (conciliation): { $days } days left, which will run again at its end; safest date: { $safe }.
letters-due-none = No written decision notified: no time limit runs; act now.
letters-waiting-from = Not yet: possible from { $date }.
letters-waiting-unknown = Not yet: possible once the date of the request's acknowledgement of receipt or deposit is recorded.
letters-waiting-estimate = (around { $date } if the acknowledgement of receipt came three working days after posting)
letters-prepare = Prepare the letter
letters-copies = Printed copies: { $name }
letters-copy = Version of { $date }
letters-view = View / reprint
letters-mark-sent = Mark as sent
letters-mark-received = Receipt back
letters-sent-on = Date sent
letters-received-on = Date on the signed receipt
letters-tracking = Registered letter number (optional)
letters-save = Save
letters-cancel = Cancel
letters-sent-saved = Sending recorded.
letters-received-saved = Receipt recorded.
letter-status-printed = Printed
letter-status-sent = Sent on { $date }
letter-status-tracking = registered letter no. { $number }
letter-status-received = Receipt back on { $date }
letter-back = Back to the case
letter-explain = Explanation sheet for the person
letter-explain-none = None
letter-explain-frozen = Explanation sheet: { $language }
letter-missing = This letter cannot be printed yet: these answers are missing.
letter-too-early = Too early for this letter: the silence it relies on has not yet lasted as long as the law requires.
enclosures-title = Documents enclosed with the letters
enclosures-help = Required documents are always enclosed. Tick the optional documents to enclose, and add other documents by name (for example « Déclaration de revenus du conjoint »).
enclosures-optional = Optional documents to enclose
enclosures-added = Other enclosed documents
enclosures-add-label = Name of the document to add
enclosures-add = Add the document
enclosures-remove = Remove
enclosures-saved = Enclosures saved: the letters will list them.
letter-answer = Answer
letter-loading = Laying out the letter…
letter-page-alt = Page { $n } of { $total }
letter-print = Print
letter-save-pdf = Save as PDF
letter-working = Preparing the letter…
letter-saved = Saved: { $path }
letter-frozen = Letter fixed on { $date } (version { $version } of the procedure, law checked as of { $law }): printing it again gives exactly the same document.
letter-new-version = Prepare a new version
letter-draft-help = This is a preview. The letter is fixed (kept as it is in the case) when you print or save it.
settings-letters = Letters
settings-organisation = Name of your organisation (printed « Courrier rédigé avec l'aide de … », "written with the help of")
settings-organisation-help = In French, with its article if it takes one: « l'association Exemple », « le Secours populaire », « La Cimade ». « Association », « CCAS », « centre social »… get theirs on their own.
settings-place = Town (printed before the date)
settings-letterhead-save = Save
settings-letterhead-saved = Saved. The next letters will carry this information.

## Log of attempts (préfecture, ANEF), in the dossier's review
journal-title = Log of attempts
journal-help = Note every attempt that failed: the date, the time, the means used and what happened, with a screenshot if possible. The judge expects attempts made over several different weeks.
journal-span-short = { $weeks ->
        [0] No attempt noted yet. The judge expects attempts over several different weeks (at least { $min } weeks here).
        [one] The attempts cover 1 week: the judge expects attempts over several different weeks (at least { $min } weeks here). Keep trying and noting them.
       *[other] The attempts cover { $weeks } weeks: the judge expects attempts over several different weeks (at least { $min } weeks here). Keep trying and noting them.
    }
journal-span-enough = { $count ->
        [one] 1 attempt
       *[other] { $count } attempts
    } over { $weeks ->
        [one] 1 week
       *[other] { $weeks } different weeks
    }, from { $first } to { $last }.
journal-attempts-title = Attempts noted
journal-attempt-when = { $date } at { $time }
journal-shot-alt = Screenshot of the attempt of { $when }
journal-shot-file = Attached file: { $name }
journal-shot-loading = Screenshot: loading…
journal-shot-unreadable = Unreadable screenshot.
journal-delete = Delete
journal-delete-warning = Delete the attempt of { $when }? It will disappear from the log and from the annex, with its screenshot.
journal-delete-confirm = Delete for good
journal-deleted = Attempt deleted.
journal-form-title = Note an attempt
journal-date = Date of the attempt
journal-time = Time
journal-time-help = HH:MM, for example 14:30
journal-channel = Means used
journal-outcome = What happened
journal-outcome-help = For example: the error message shown (copy it), no appointment available, no answer on the phone.
journal-screenshot = Screenshot or photo (optional)
journal-screenshot-help = Image or PDF, 20 MB at most.
journal-add = Note this attempt
journal-added = Attempt noted.
journal-annex = Save the PDF annex
journal-annex-help = The dated record of the attempts, with the screenshots, to attach to the letter to the préfecture or to the application to the court.
field-error-date-future = This date is in the future: give the day the attempt took place.
field-error-time-invalid = This time does not exist. Write it as HH:MM, for example 14:30.
field-error-channel-unknown = Choose a means from the list.
field-error-required = This field is required.

## Data protection: access log, export, erasure, closed dossiers
people-erased = Record erased. The audit log keeps a trace of the erasure, without its content.
person-privacy-title = Data protection
person-export = Export all data
person-export-help = Creates in the export folder (Documents/Permanence) a folder to hand to the person, for example on a USB stick: a readable summary (resume.pdf), a machine-readable file (donnees.json) and the attachments (“pieces” folder).
person-erase = Erase the person
person-erase-help = Erases the record and everything attached to it. You will first see exactly what will be erased.
person-erase-intro = Will be erased from this computer for good, with no way back: the record of { $name } and
person-erase-dossier = the dossier “{ $title }”
person-erase-no-dossier = no dossier
person-erase-documents = { $count ->
    [0] no document
    [one] 1 document
   *[other] { $count } documents
}
person-erase-letters = { $count ->
    [0] no printed letter
    [one] 1 printed letter
   *[other] { $count } printed letters
}
person-erase-events = { $count ->
    [0] no event
    [one] 1 event
   *[other] { $count } events
}
person-erase-deadlines = { $count ->
    [0] no deadline
    [one] 1 deadline
   *[other] { $count } deadlines
}
person-erase-drafts = { $count ->
    [0] no draft
    [one] 1 draft
   *[other] { $count } drafts
}
person-erase-backups = Backups: the last { $count } encrypted backups (one per day of use) may still contain these data until newer ones replace them, at the latest after { $count } days of use. To remove them sooner, delete the backup files in the data folder (shown in Settings → Security).
person-erase-exports = PDFs and exports already saved in the export folder (Documents/Permanence) are not touched: delete them yourself if needed.
person-erase-audit = The audit log keeps a trace of the erasure (date and number of items), without its content.
person-erase-type-name = To confirm, type the name “{ $name }”
person-erase-confirm = Erase for good
person-audit-title = Access log
person-audit-help = Every time this record or its dossiers are viewed, created, changed, printed or exported is noted here, with the date and time.
person-audit-show = Show the access log
person-audit-hide = Hide the access log
person-audit-print = Print the log
person-audit-caption = Access log of { $name }, newest first (as of { $date })
person-audit-empty = No access recorded.
audit-col-when = Date and time
audit-col-who = By
audit-col-action = Action
audit-col-record = Item
audit-col-detail = Detail
audit-col-person = Record
audit-when = { $date } at { $time }
audit-action-open = Viewed
audit-action-create = Created
audit-action-change = Changed
audit-action-print = Printed
audit-action-export = Exported
audit-action-erase = Erased
audit-action-purge = Deleted (retention period)
audit-action-restore = Restored
audit-action-sign-in = Signed in (profile)
audit-action-merge = Two records merged (team)
audit-finding-missing = entry no. { $seq } deleted (the next one found is no. { $next })
audit-finding-unlinked = entry no. { $seq } does not follow the previous entry (entries deleted or renumbered)
audit-finding-changed = entry no. { $seq } changed after it was written
audit-finding-cut-at-end = entries no. { $from } to { $to } deleted at the end of the journal
audit-finding-last-differs = the last entry (no. { $seq }) does not match the one kept outside the database
audit-finding-no-kept-head = no record of the last entry outside the database: a cut end would go unnoticed
audit-subject-person = Record
audit-subject-dossier = Dossier “{ $title }”
audit-subject-dossier-number = Dossier no. { $number }
audit-person-number = Record no. { $number }
audit-subject-worker = Worker profile
audit-subject-database = Database
audit-detail-answer = answer: { $question }
audit-detail-letter = letter: { $letter }
audit-detail-letter-pdf = PDF saved: { $letter }
audit-detail-letter-number = letter no. { $number }
audit-detail-document = document: { $kind }
audit-detail-gdpr-export = all data, for the person
audit-detail-closed = dossier closed
audit-detail-reopened = dossier reopened
audit-detail-attempt-added = attempt noted
audit-detail-attempt-deleted = attempt deleted
audit-detail-journal-annex = annex of attempts (PDF)
audit-detail-retention = retention period exceeded
audit-detail-portable-backup = portable backup
dossier-open-since = Dossier in progress, opened on { $date }
dossier-closed-on = Closed on { $date }
dossier-close = Close the dossier
dossier-reopen = Reopen the dossier
dossier-closed-help = A closed dossier can still be viewed and reopened. After the period set in Settings → Privacy, it will be offered to you for deletion.
retention-title = Closed dossiers to review
retention-help = Dossiers closed before { $date } (for more than { $months } months). Untick those to keep.
retention-empty = No dossier closed for more than { $months } months.
retention-line = { $name } — { $title } — closed on { $date }
retention-purge = Delete the ticked dossiers
retention-purge-warning = { $count ->
    [one] 1 dossier will be deleted for good
   *[other] { $count } dossiers will be deleted for good
}, with their answers, letters, deadlines and attempts. The persons' records stay: to erase a person, go to their record (Data protection).
retention-purge-confirm = Delete for good
retention-purged = { $count ->
    [0] No dossier deleted.
    [one] 1 dossier deleted.
   *[other] { $count } dossiers deleted.
}
