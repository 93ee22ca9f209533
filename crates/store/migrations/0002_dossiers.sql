-- Dossiers (one per démarche undertaken for a person) and what hangs off
-- them: dated events, computed deadlines, attached documents, frozen letters.
CREATE TABLE dossiers (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    procedure_id TEXT NOT NULL,
    procedure_version TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open'
        CHECK (status IN ('draft', 'open', 'waiting', 'closed')),
    answers TEXT NOT NULL DEFAULT '{}',            -- JSON object, saved as typed
    current_step TEXT,
    opened_on TEXT NOT NULL,                       -- YYYY-MM-DD
    closed_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX dossiers_person ON dossiers(person_id);

CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    dossier_id INTEGER REFERENCES dossiers(id) ON DELETE SET NULL,
    kind TEXT NOT NULL,                            -- titre-sejour, api, recepisse, domiciliation, decision, ar…
    title TEXT NOT NULL DEFAULT '',
    media_type TEXT NOT NULL,
    bytes BLOB NOT NULL,
    sha256 TEXT NOT NULL,
    issued_on TEXT,
    expires_on TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX documents_person ON documents(person_id);
CREATE INDEX documents_expiry ON documents(expires_on) WHERE expires_on IS NOT NULL;

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,                            -- decision-notified, letter-posted, ar-signed, answer-received, appointment-attempt…
    occurred_on TEXT NOT NULL,                     -- YYYY-MM-DD
    occurred_time TEXT,                            -- HH:MM, when it matters (evidence journal)
    tracking_number TEXT,                          -- LRAR number
    details TEXT NOT NULL DEFAULT '{}',            -- JSON object
    document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX events_dossier ON events(dossier_id, occurred_on);

CREATE TABLE deadlines (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    rule_id TEXT NOT NULL,
    due_on TEXT NOT NULL,                          -- YYYY-MM-DD
    provisional INTEGER NOT NULL DEFAULT 0,        -- 1 when an input was assumed
    inputs TEXT NOT NULL DEFAULT '{}',             -- JSON: the dates and options used
    explanation TEXT NOT NULL DEFAULT '',
    computed_at TEXT NOT NULL
);
CREATE INDEX deadlines_due ON deadlines(due_on);
CREATE INDEX deadlines_dossier ON deadlines(dossier_id);

CREATE TABLE letters (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    template_id TEXT NOT NULL,
    procedure_version TEXT NOT NULL,
    language TEXT NOT NULL,
    pdf BLOB NOT NULL,
    sha256 TEXT NOT NULL,
    frozen_at TEXT NOT NULL
);
CREATE INDEX letters_dossier ON letters(dossier_id);
