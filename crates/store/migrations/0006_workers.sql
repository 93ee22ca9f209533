-- Worker profiles on one database: each worker signs in with a name and a
-- PIN or passphrase after the database is unlocked, and every person and
-- dossier remembers who created it and who changed it last. `secret` is
-- `<salt hex>$<Argon2id hex>`, never the PIN itself.
CREATE TABLE workers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,                 -- folded name: « Awa » = « awa »
    secret TEXT NOT NULL,
    created_at TEXT NOT NULL
);
ALTER TABLE persons ADD COLUMN created_by INTEGER REFERENCES workers(id);
ALTER TABLE persons ADD COLUMN updated_by INTEGER REFERENCES workers(id);
ALTER TABLE dossiers ADD COLUMN created_by INTEGER REFERENCES workers(id);
ALTER TABLE dossiers ADD COLUMN updated_by INTEGER REFERENCES workers(id);
