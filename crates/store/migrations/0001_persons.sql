-- Persons supported by the worker, and the words their names are found by.
CREATE TABLE persons (
    id INTEGER PRIMARY KEY,
    family_name TEXT NOT NULL DEFAULT '',
    given_names TEXT NOT NULL DEFAULT '',
    alt_names TEXT NOT NULL DEFAULT '[]',          -- JSON array of strings
    birth_date TEXT,                               -- YYYY-MM-DD
    birth_place TEXT NOT NULL DEFAULT '',
    nationality TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '[]',          -- JSON array of strings
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    domiciliation_organisation TEXT,
    domiciliation_address TEXT,
    domiciliation_expires_on TEXT,                 -- YYYY-MM-DD
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,                      -- RFC 3339, given by the caller
    updated_at TEXT NOT NULL
);

-- Folded words of every name and alternative spelling (see domain::search).
-- A prefix query is a range scan on the primary key.
CREATE TABLE person_name_tokens (
    token TEXT NOT NULL,
    person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    PRIMARY KEY (token, person_id)
) WITHOUT ROWID;
CREATE INDEX person_name_tokens_person ON person_name_tokens(person_id);
