-- The audit journal: who opened, changed, printed, exported or erased which
-- record, and when. Append-only (the triggers refuse UPDATE and DELETE) and
-- hash-chained: each entry's hash covers the previous entry's hash and its
-- own fields, so an edited or removed entry breaks the chain
-- (`permanence audit verify`). `detail` never holds what was erased or typed:
-- ids, counts, letter ids, file names chosen by the app.
CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,                       -- 1, 2, 3… without gaps
    at TEXT NOT NULL,                              -- RFC 3339, the caller's clock
    worker TEXT NOT NULL DEFAULT '',               -- the signed-in worker ('' before profiles)
    action TEXT NOT NULL,                          -- open, create, change, print, export, erase…
    subject TEXT NOT NULL,                         -- person:12, dossier:4, letter:7
    person_id INTEGER,                             -- kept as a number after erasure
    detail TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_person ON audit(person_id, seq);

CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit journal is append-only');
END;
CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit journal is append-only');
END;
