-- Letters to post now although no deadline runs: the decision they answer
-- was never notified in writing (an oral refusal, a refusal at the
-- counter), so there is no date to list among the deadlines. Derived data
-- like `deadlines`: replaced with them, in the same transaction, whenever
-- the dossier's answers or letters change.
CREATE TABLE act_now (
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    letter_id TEXT NOT NULL,
    rule_id TEXT NOT NULL,                         -- the deadline that does not run
    computed_at TEXT NOT NULL,
    PRIMARY KEY (dossier_id, letter_id)
) WITHOUT ROWID;

-- Derived data (deadlines, act_now) computed by a version that did not
-- know the new table must be recomputed once, by the application (only it
-- knows the démarches): one row while it is due, deleted when done.
CREATE TABLE derived_stale (since_version INTEGER NOT NULL);
INSERT INTO derived_stale (since_version) VALUES (7);
