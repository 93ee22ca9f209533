-- Team work, continued (see 0009). The audit entries written on the other
-- laptops of the team, as each
-- laptop wrote them: its own chain (`seq`, `prev_hash`, `hash` computed
-- there), under its id (`origin`) and the name it had then (`label`). A
-- laptop's own entries stay in `audit`; entries reach here only from
-- packets. Append-only, as `audit`.
CREATE TABLE team_audit (
    origin TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    seq INTEGER NOT NULL,
    at TEXT NOT NULL,
    worker TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    person_id INTEGER,
    detail TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (origin, seq)
) WITHOUT ROWID;
CREATE INDEX team_audit_person ON team_audit(person_id);

CREATE TRIGGER team_audit_append_only_update BEFORE UPDATE ON team_audit
BEGIN
    SELECT RAISE(ABORT, 'the audit journal is append-only');
END;
CREATE TRIGGER team_audit_append_only_delete BEFORE DELETE ON team_audit
BEGIN
    SELECT RAISE(ABORT, 'the audit journal is append-only');
END;

-- Two records of the same person, created on two laptops before they
-- exchanged, merged by a worker: `id` went into `into_id`. Travels, so a
-- dossier or document another laptop added to `id` meanwhile lands on
-- `into_id` instead of being dropped with it.
CREATE TABLE team_merged (
    id INTEGER PRIMARY KEY,
    into_id INTEGER NOT NULL,
    merged_at TEXT NOT NULL
);

-- Pairs a worker said are not the same person: not offered again here.
CREATE TABLE team_not_duplicates (
    a INTEGER NOT NULL,
    b INTEGER NOT NULL,
    PRIMARY KEY (a, b)
) WITHOUT ROWID;
