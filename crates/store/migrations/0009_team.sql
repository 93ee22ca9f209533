-- Team work: several laptops keep one caseload through a shared folder (a
-- USB key, a network share, a folder kept in step by Syncthing), without a
-- server. Each write transaction's changes to the tables that travel are
-- captured by SQLite's session extension as a changeset, kept here until
-- written to the folder as an encrypted packet; packets from the other
-- laptops are applied field by field, the most recent value winning and
-- both values kept as a conflict. See crates/store/src/team.rs.

-- This laptop in its team (no row: not in a team, nothing is captured).
CREATE TABLE team_self (
    one INTEGER PRIMARY KEY CHECK (one = 1),
    team_id TEXT NOT NULL,                         -- random, in every packet
    installation TEXT NOT NULL,                    -- random, names its sub-folder
    label TEXT NOT NULL DEFAULT '',                -- « Bureau », « Portable du mardi »
    id_block INTEGER NOT NULL,                     -- new rows get ids id_block·2^32 + 1, 2…
    team_key BLOB NOT NULL,                        -- 32 bytes, Argon2id of the team passphrase
    folder TEXT NOT NULL DEFAULT '',
    clock INTEGER NOT NULL DEFAULT 0,              -- hybrid clock: highest change time seen (ms UTC)
    seq INTEGER NOT NULL DEFAULT 0,                -- this laptop's last change number
    sent INTEGER NOT NULL DEFAULT 0,               -- changes 1..sent are in written packets
    joined_at TEXT NOT NULL
);

-- The highest id this laptop ever gave in each table: an id is never given
-- twice, even after its row was erased (another laptop may still hold a
-- change for the erased row, which must not land on a new one).
CREATE TABLE team_ids (
    tbl TEXT PRIMARY KEY,
    last INTEGER NOT NULL
);

-- Changes of this laptop not yet written to the folder.
CREATE TABLE team_outbox (
    seq INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,                           -- hybrid clock, ms UTC
    changeset BLOB NOT NULL
);

-- The other laptops, as last read from the folder.
CREATE TABLE team_peers (
    installation TEXT PRIMARY KEY,
    label TEXT NOT NULL DEFAULT '',
    applied INTEGER NOT NULL DEFAULT 0,            -- its changes 1..applied are applied here
    packets INTEGER NOT NULL DEFAULT 0,            -- its packets 1..packets are read
    last_written_at TEXT,                          -- when it last wrote a packet (its clock)
    last_read_at TEXT                              -- when this laptop last read one
);

-- Who wrote the value a field holds now: `col` '' is the row's insertion,
-- a column name a later change. Rows written before the team have none.
CREATE TABLE team_clock (
    tbl TEXT NOT NULL,
    pk TEXT NOT NULL,
    col TEXT NOT NULL,
    at INTEGER NOT NULL,
    origin TEXT NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (tbl, pk, col)
) WITHOUT ROWID;

-- A field changed on two laptops since they last exchanged: both values,
-- the more recent one in the record. Travels, so every laptop lists it;
-- its id is the same wherever it was found.
CREATE TABLE team_conflicts (
    id TEXT PRIMARY KEY,
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    col TEXT NOT NULL,
    kept TEXT NOT NULL,                            -- JSON value now in the record
    kept_at INTEGER NOT NULL,
    kept_by TEXT NOT NULL,                         -- installation
    other TEXT NOT NULL,                           -- JSON value set aside
    other_at INTEGER NOT NULL,
    other_by TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    resolved_at TEXT
);
CREATE INDEX team_conflicts_open ON team_conflicts(status, tbl, row_id);
