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
explain-footer = This sheet is for you: keep it with the copy of the letter. Do not send it.
