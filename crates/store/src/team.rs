//! Team work: several laptops keep one caseload through a shared folder,
//! without a server (see `migrations/0009_team.sql`).
//!
//! - **Capture.** Once the laptop is in a team, every write transaction
//!   runs under an SQLite session ([`Store::write`]): its net changes to
//!   the [`TRAVELLING`] tables become one changeset, numbered and kept in
//!   `team_outbox` in the same transaction, so a change and its record
//!   commit or vanish together.
//! - **Ids.** Each laptop creates rows in its own block of ids
//!   (`id_block`·2³² + n), so rows created on two laptops never collide.
//!   A block stays under 2²¹, so ids stay exact JavaScript numbers.
//! - **Packets.** An exchange writes the outbox as one packet in the
//!   laptop's sub-folder, then reads the others' packets, checks every
//!   one of them (team, seal, numbers, order) and applies them in one
//!   transaction: one bad packet and nothing is applied.
//! - **Merge.** The session extension's own apply decides per row and only
//!   when a row's old values differ; a field written concurrently on three
//!   laptops can then end differently on each (A→C seen by D, B unseen).
//!   So changesets are applied field by field: each field remembers who
//!   wrote its value (`team_clock`: a hybrid clock and the laptop), the
//!   more recent write wins everywhere, whatever the order packets arrive
//!   in, and when the two writes had not seen each other and differ both
//!   values are kept in `team_conflicts` (which travels too). Packets are
//!   applied only once the changes they had seen are applied (`seen`), so
//!   a change never lands before the row it changes.
//! - **Erasures** travel as deletions (cascades included) and always win:
//!   a change to a row erased elsewhere is dropped, and a row left without
//!   its parent is removed (or loses the reference) the same way
//!   everywhere.
//! - **Derived data** (name tokens here, deadlines in the application) is
//!   recomputed where the facts land: [`ExchangeReport`] says which.

pub mod packet;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::fallible_streaming_iterator::FallibleStreamingIterator;
use rusqlite::hooks::Action;
use rusqlite::session::{ChangesetIter, Session};
use rusqlite::types::{Value, ValueRef};
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::key::{KdfParams, Passphrase};
use crate::{Result, Store, StoreError, migrate};
pub use packet::PacketProblem;
use packet::{Change, Header};

/// Tables whose rows travel between the laptops of a team, parents first.
/// Deadlines, letters to post now and name tokens are derived and
/// recomputed where facts land; drafts, the local audit chain and the
/// team's bookkeeping stay on each laptop.
pub const TRAVELLING: &[&str] = &[
    "workers",
    "persons",
    "dossiers",
    "documents",
    "events",
    "letters",
    "team_conflicts",
    "team_merged",
];

/// What a write transaction's session captures: the travelling tables,
/// and the audit journal, whose entries land in the others' `team_audit`
/// under this laptop's name (its own chain, never merged into theirs).
fn captured(table: &str) -> bool {
    TRAVELLING.contains(&table) || table == "audit"
}

/// What the session of an exchange captures: the conflicts it found.
fn conflicts_only(table: &str) -> bool {
    table == "team_conflicts"
}

/// Columns every write changes: the more recent value wins, never shown
/// as a conflict.
const BOOKKEEPING: &[&str] = &["updated_at", "updated_by", "current_step"];

/// Put before the laptop's id in a database restored from a backup: it
/// must join the team again before exchanging, or it would write changes
/// under the id of the laptop it was copied from.
const RESTORED: &str = "restored:";

/// Blocks of ids are drawn below this, so every id stays under 2⁵³.
const ID_BLOCKS: i64 = 1 << 21;

/// This laptop in its team, as shown in Paramètres → Équipe.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TeamStatus {
    pub team_id: String,
    pub installation: String,
    pub label: String,
    pub folder: String,
    /// Changes made here not yet written to the folder.
    pub pending: i64,
    /// Restored from a backup: join the team again before exchanging.
    pub must_join: bool,
    pub peers: Vec<Peer>,
    pub open_conflicts: i64,
}

/// Another laptop of the team, as last read from the folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Peer {
    pub installation: String,
    pub label: String,
    /// When it last wrote a packet (its clock, RFC 3339).
    pub last_written_at: Option<String>,
    /// When this laptop last read one of its packets.
    pub last_read_at: Option<String>,
}

/// What an exchange did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ExchangeReport {
    /// The number of the packet written, if there were changes to write.
    pub written: Option<i64>,
    pub changes_written: i64,
    pub packets_read: i64,
    pub changes_applied: i64,
    pub new_conflicts: i64,
    /// Dossiers whose facts changed: their deadlines are to recompute.
    pub dossiers_touched: Vec<i64>,
}

/// A field with two values, as listed for the worker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Conflict {
    pub id: String,
    pub table: String,
    pub row_id: String,
    pub column: String,
    /// JSON of the value in the record now (the more recent).
    pub kept: String,
    pub kept_by: String,
    /// JSON of the value set aside.
    pub other: String,
    pub other_by: String,
    pub resolved: bool,
}

/// Who wrote a field's value: the hybrid clock, then the laptop, order
/// the writes the same way on every laptop.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Stamp {
    at: i64,
    origin: String,
    seq: i64,
}

impl Stamp {
    fn before_team() -> Stamp {
        Stamp {
            at: 0,
            origin: String::new(),
            seq: 0,
        }
    }
}

struct SelfRow {
    team_id: String,
    installation: String,
    label: String,
    id_block: i64,
    team_key: Vec<u8>,
    folder: String,
    clock: i64,
    seq: i64,
    sent: i64,
}

fn load_self(conn: &Connection) -> Result<Option<SelfRow>> {
    Ok(conn
        .query_row(
            "SELECT team_id, installation, label, id_block, team_key, folder, clock, seq, sent
             FROM team_self",
            [],
            |r| {
                Ok(SelfRow {
                    team_id: r.get(0)?,
                    installation: r.get(1)?,
                    label: r.get(2)?,
                    id_block: r.get(3)?,
                    team_key: r.get(4)?,
                    folder: r.get(5)?,
                    clock: r.get(6)?,
                    seq: r.get(7)?,
                    sent: r.get(8)?,
                })
            },
        )
        .optional()?)
}

/// Whether this database is in a team (databases at an older schema, in
/// the upgrade tests, have no team table: not in a team).
pub(crate) fn in_team(conn: &Connection) -> Result<bool> {
    let has_table: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'team_self')",
        [],
        |r| r.get(0),
    )?;
    Ok(has_table && conn.query_row("SELECT EXISTS (SELECT 1 FROM team_self)", [], |r| r.get(0))?)
}

/// The id of the next row this laptop creates in `table` (one of the
/// [`TRAVELLING`] tables with an integer id): the next in its block, never
/// one given before, even if its row was erased since.
pub(crate) fn next_id(conn: &Connection, table: &str) -> Result<i64> {
    if !in_team(conn)? {
        let max: Option<i64> = conn.query_row(
            &format!("SELECT max(id) FROM {table} WHERE id < ?1"),
            [1_i64 << 32],
            |r| r.get(0),
        )?;
        return Ok(max.unwrap_or(0) + 1);
    }
    let block: i64 = conn.query_row("SELECT id_block FROM team_self", [], |r| r.get(0))?;
    let lo = block << 32;
    let max: Option<i64> = conn.query_row(
        &format!("SELECT max(id) FROM {table} WHERE id > ?1 AND id < ?2"),
        [lo, lo + (1 << 32)],
        |r| r.get(0),
    )?;
    let given: Option<i64> = conn
        .query_row("SELECT last FROM team_ids WHERE tbl = ?1", [table], |r| {
            r.get(0)
        })
        .optional()?
        .filter(|last| *last > lo && *last < lo + (1 << 32));
    let id = max.unwrap_or(lo).max(given.unwrap_or(lo)) + 1;
    conn.prepare_cached(
        "INSERT INTO team_ids (tbl, last) VALUES (?1, ?2)
         ON CONFLICT (tbl) DO UPDATE SET last = excluded.last",
    )?
    .execute(params![table, id])?;
    Ok(id)
}

/// Columns holding a JSON object merged key by key: a dossier's answers.
const MAPS: &[(&str, &str)] = &[("dossiers", "answers")];

fn is_map(table: &str, col: &str) -> bool {
    MAPS.iter().any(|(t, c)| *t == table && *c == col)
}

fn json_map(v: &Value) -> serde_json::Map<String, serde_json::Value> {
    match v {
        Value::Text(t) => match serde_json::from_str(t) {
            Ok(serde_json::Value::Object(m)) => m,
            _ => serde_json::Map::new(),
        },
        _ => serde_json::Map::new(),
    }
}

/// The keys whose value differs between two objects (added, removed,
/// changed), in order.
fn changed_keys(
    old: &serde_json::Map<String, serde_json::Value>,
    new: &serde_json::Map<String, serde_json::Value>,
) -> Vec<String> {
    let keys: BTreeSet<&String> = old.keys().chain(new.keys()).collect();
    keys.into_iter()
        .filter(|k| old.get(*k) != new.get(*k))
        .cloned()
        .collect()
}

/// A block of ids drawn at random, other than block 0 (the laptop that
/// started the team) and `not`.
fn new_block(not: i64) -> Result<i64> {
    loop {
        let mut b = [0u8; 4];
        getrandom::fill(&mut b).map_err(|e| StoreError::Kdf(e.to_string()))?;
        let block = i64::from(u32::from_le_bytes(b)) % ID_BLOCKS;
        if block != 0 && block != not {
            return Ok(block);
        }
    }
}

/// An RFC 3339 instant as milliseconds since 1970 (UTC); 0 for none
/// (the change then takes the clock's next tick).
fn millis(now: &str) -> Result<i64> {
    if now.is_empty() {
        return Ok(0);
    }
    chrono::DateTime::parse_from_rfc3339(now)
        .map(|t| t.timestamp_millis())
        .map_err(|e| StoreError::Malformed(format!("instant {now:?}: {e}")))
}

/// One row change of a changeset, owned.
#[derive(Debug, Clone)]
struct RowChange {
    table: String,
    op: Action,
    /// Old values (deletions, and the changed columns of updates).
    old: Vec<Option<Value>>,
    /// New values (insertions, and the changed columns of updates).
    new: Vec<Option<Value>>,
}

impl RowChange {
    /// The row's id: column 0 of every travelling table.
    fn pk(&self) -> Option<&Value> {
        match self.op {
            Action::SQLITE_INSERT => self.new.first()?.as_ref(),
            _ => self.old.first()?.as_ref(),
        }
    }
}

fn owned(v: rusqlite::Result<ValueRef<'_>>) -> Option<Value> {
    v.ok().map(|v| match v {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::Integer(i),
        ValueRef::Real(r) => Value::Real(r),
        ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => Value::Blob(b.to_vec()),
    })
}

fn row_changes(changeset: &[u8]) -> Result<Vec<RowChange>> {
    let mut reader: &[u8] = changeset;
    let input: &mut dyn Read = &mut reader;
    let mut iter = ChangesetIter::start_strm(&input)?;
    let mut out = Vec::new();
    while let Some(item) = iter.next()? {
        let op = item.op()?;
        let n = usize::try_from(op.number_of_columns()).unwrap_or(0);
        let code = op.code();
        let table = op.table_name().to_owned();
        let old = if code == Action::SQLITE_INSERT {
            Vec::new()
        } else {
            (0..n).map(|i| owned(item.old_value(i))).collect()
        };
        let new = if code == Action::SQLITE_DELETE {
            Vec::new()
        } else {
            (0..n).map(|i| owned(item.new_value(i))).collect()
        };
        out.push(RowChange {
            table,
            op: code,
            old,
            new,
        });
    }
    Ok(out)
}

fn key_text(v: &Value) -> String {
    match v {
        Value::Integer(i) => i.to_string(),
        Value::Text(t) => t.clone(),
        Value::Real(r) => r.to_string(),
        Value::Null => String::new(),
        Value::Blob(b) => packet::hex(b),
    }
}

fn key_value(table_pk_is_text: bool, text: &str) -> Value {
    if table_pk_is_text {
        Value::Text(text.to_owned())
    } else {
        text.parse::<i64>()
            .map(Value::Integer)
            .unwrap_or_else(|_| Value::Text(text.to_owned()))
    }
}

fn json_of(v: &Value) -> String {
    let j = match v {
        Value::Null => serde_json::Value::Null,
        Value::Integer(i) => serde_json::json!(i),
        Value::Real(r) => serde_json::json!(r),
        Value::Text(t) => serde_json::json!(t),
        Value::Blob(b) => serde_json::json!({ "blob": packet::hex(b) }),
    };
    j.to_string()
}

fn value_of_json(text: &str) -> Value {
    match serde_json::from_str::<serde_json::Value>(text) {
        Ok(serde_json::Value::Number(n)) => n
            .as_i64()
            .map(Value::Integer)
            .unwrap_or_else(|| Value::Real(n.as_f64().unwrap_or(0.0))),
        Ok(serde_json::Value::String(s)) => Value::Text(s),
        Ok(serde_json::Value::Object(o)) => o
            .get("blob")
            .and_then(|b| b.as_str())
            .and_then(|h| {
                (0..h.len())
                    .step_by(2)
                    .map(|i| u8::from_str_radix(h.get(i..i + 2)?, 16).ok())
                    .collect::<Option<Vec<u8>>>()
            })
            .map(Value::Blob)
            .unwrap_or(Value::Null),
        _ => Value::Null,
    }
}

/// Column names of `table`, in the order changesets give values.
fn columns(
    conn: &Connection,
    cache: &mut HashMap<String, Vec<String>>,
    table: &str,
) -> Result<Vec<String>> {
    if let Some(c) = cache.get(table) {
        return Ok(c.clone());
    }
    let mut stmt = conn.prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid")?;
    let names = stmt
        .query_map([table], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    cache.insert(table.to_owned(), names.clone());
    Ok(names)
}

fn stamp_of(conn: &Connection, table: &str, pk: &str, col: &str) -> Result<Option<Stamp>> {
    Ok(conn
        .query_row(
            "SELECT at, origin, seq FROM team_clock WHERE tbl = ?1 AND pk = ?2 AND col = ?3",
            params![table, pk, col],
            |r| {
                Ok(Stamp {
                    at: r.get(0)?,
                    origin: r.get(1)?,
                    seq: r.get(2)?,
                })
            },
        )
        .optional()?)
}

fn set_stamp(conn: &Connection, table: &str, pk: &str, col: &str, s: &Stamp) -> Result<()> {
    conn.prepare_cached(
        "INSERT OR REPLACE INTO team_clock (tbl, pk, col, at, origin, seq)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![table, pk, col, s.at, s.origin, s.seq])?;
    Ok(())
}

fn forget_row(conn: &Connection, table: &str, pk: &str) -> Result<()> {
    conn.prepare_cached("DELETE FROM team_clock WHERE tbl = ?1 AND pk = ?2")?
        .execute(params![table, pk])?;
    Ok(())
}

/// Records the clocks of a local change: the fields it wrote are now this
/// laptop's, at `stamp`.
fn stamp_local(conn: &Connection, changes: &[RowChange], stamp: &Stamp) -> Result<()> {
    let mut cache = HashMap::new();
    for c in changes {
        // Audit entries are never changed nor merged: no clock.
        if c.table == "audit" {
            continue;
        }
        let Some(pk) = c.pk().map(key_text) else {
            continue;
        };
        match c.op {
            Action::SQLITE_INSERT => {
                forget_row(conn, &c.table, &pk)?;
                set_stamp(conn, &c.table, &pk, "", stamp)?;
            }
            Action::SQLITE_UPDATE => {
                let cols = columns(conn, &mut cache, &c.table)?;
                for (i, v) in c.new.iter().enumerate().skip(1) {
                    let (Some(v), Some(name)) = (v, cols.get(i)) else {
                        continue;
                    };
                    if is_map(&c.table, name) {
                        let old = c.old.get(i).cloned().flatten().unwrap_or(Value::Null);
                        for key in changed_keys(&json_map(&old), &json_map(v)) {
                            set_stamp(conn, &c.table, &pk, &format!("{name}/{key}"), stamp)?;
                        }
                    } else {
                        set_stamp(conn, &c.table, &pk, name, stamp)?;
                    }
                }
            }
            _ => forget_row(conn, &c.table, &pk)?,
        }
    }
    Ok(())
}

/// Keeps a local transaction's changeset for the next packet.
fn record_local(tx: &Transaction<'_>, now: &str, changeset: &[u8]) -> Result<()> {
    let me = load_self(tx)?.ok_or(StoreError::NotInTeam)?;
    let at = millis(now)?.max(me.clock + 1);
    let seq = me.seq + 1;
    tx.execute(
        "INSERT INTO team_outbox (seq, at, changeset) VALUES (?1, ?2, ?3)",
        params![seq, at, changeset],
    )?;
    tx.execute(
        "UPDATE team_self SET seq = ?1, clock = ?2",
        params![seq, at],
    )?;
    let changes = row_changes(changeset)?;
    stamp_local(
        tx,
        &changes,
        &Stamp {
            at,
            origin: me.installation,
            seq,
        },
    )
}

fn session_on<'c>(conn: &'c Connection, tables: fn(&str) -> bool) -> Result<Session<'c>> {
    let mut session = Session::new(conn)?;
    session.table_filter(Some(tables));
    session.attach::<&str>(None)?;
    Ok(session)
}

impl Store {
    /// Runs `f` in one write transaction. In a team, its changes to the
    /// travelling tables are captured and kept for the next packet, in the
    /// same transaction. `now` is the caller's clock (RFC 3339).
    pub(crate) fn write<T>(
        &mut self,
        now: &str,
        f: impl FnOnce(&Transaction<'_>) -> Result<T>,
    ) -> Result<T> {
        if !self.in_team {
            let tx = self.conn_mut().transaction()?;
            let out = f(&tx)?;
            tx.commit()?;
            return Ok(out);
        }
        let conn = self.conn();
        let mut session = session_on(conn, captured)?;
        let tx = conn.unchecked_transaction()?;
        let out = f(&tx)?;
        let mut changeset = Vec::new();
        session.changeset_strm(&mut changeset)?;
        drop(session);
        if !changeset.is_empty() {
            record_local(&tx, now, &changeset)?;
        }
        tx.commit()?;
        Ok(out)
    }

    pub(crate) fn load_team(&mut self) -> Result<()> {
        self.in_team = in_team(self.conn())?;
        Ok(())
    }

    /// This laptop's team, if it is in one.
    pub fn team_status(&self) -> Result<Option<TeamStatus>> {
        if !self.in_team {
            return Ok(None);
        }
        let conn = self.conn();
        let Some(me) = load_self(conn)? else {
            return Ok(None);
        };
        let mut stmt = conn.prepare(
            "SELECT installation, label, last_written_at, last_read_at FROM team_peers
             WHERE installation <> ?1 ORDER BY label, installation",
        )?;
        let peers = stmt
            .query_map([&me.installation], |r| {
                Ok(Peer {
                    installation: r.get(0)?,
                    label: r.get(1)?,
                    last_written_at: r.get(2)?,
                    last_read_at: r.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(Some(TeamStatus {
            team_id: me.team_id,
            must_join: me.installation.starts_with(RESTORED),
            installation: me.installation,
            label: me.label,
            folder: me.folder,
            pending: me.seq - me.sent,
            peers,
            open_conflicts: conn.query_row(
                "SELECT count(*) FROM team_conflicts WHERE status = 'open'",
                [],
                |r| r.get(0),
            )?,
        }))
    }

    /// Starts a team in `folder` (empty of any team) with this laptop's
    /// caseload: the others join from a portable backup of it.
    pub fn create_team(
        &mut self,
        folder: &Path,
        passphrase: &Passphrase,
        kdf: &KdfParams,
        label: &str,
        now: &str,
    ) -> Result<TeamStatus> {
        if self.in_team {
            return Err(StoreError::AlreadyInTeam);
        }
        if packet::read_team_file(folder)?.is_some() {
            return Err(StoreError::TeamExists(folder.to_owned()));
        }
        let team_id = packet::random_hex(8)?;
        let (file, team_key) = packet::new_team_file(&team_id, passphrase, kdf)?;
        let installation = packet::random_hex(8)?;
        std::fs::create_dir_all(folder.join(&installation)).map_err(|source| StoreError::Io {
            path: folder.to_owned(),
            source,
        })?;
        packet::write_team_file(folder, &file)?;
        self.conn().execute(
            "INSERT INTO team_self (one, team_id, installation, label, id_block, team_key, folder,
                                    clock, joined_at)
             VALUES (1, ?1, ?2, ?3, 0, ?4, ?5, ?6, ?7)",
            params![
                team_id,
                installation,
                label,
                team_key,
                folder.to_string_lossy(),
                millis(now)?,
                now
            ],
        )?;
        self.in_team = true;
        self.team_status()?.ok_or(StoreError::NotInTeam)
    }

    /// Marks a database just restored from a backup (the laptop's own or
    /// another's): in a team, it must join again before exchanging. From
    /// now on it creates rows in a block of ids of its own (the laptop it
    /// came from goes on using its block), and remembers how many changes
    /// of that laptop the backup held: what is recorded here before
    /// joining travels once joined, as this laptop's.
    pub fn mark_restored(&mut self) -> Result<()> {
        if !self.in_team {
            return Ok(());
        }
        let me = load_self(self.conn())?.ok_or(StoreError::NotInTeam)?;
        if me.installation.starts_with(RESTORED) {
            return Ok(());
        }
        let block = new_block(me.id_block)?;
        let tx = self.conn_mut().transaction()?;
        tx.execute(
            "UPDATE team_self SET installation = ?1, id_block = ?2",
            params![format!("{RESTORED}{}:{}", me.seq, me.installation), block],
        )?;
        tx.execute("DELETE FROM team_ids", [])?;
        tx.commit()?;
        Ok(())
    }

    /// Makes this database — restored from a portable backup of a laptop of
    /// the team — a laptop of its own in the team: a new id, a new block
    /// of ids, and every change of the backup's laptop up to the backup
    /// counted as applied, so the next exchange applies only what came
    /// after.
    pub fn join_team(
        &mut self,
        folder: &Path,
        passphrase: &Passphrase,
        label: &str,
        now: &str,
    ) -> Result<TeamStatus> {
        let file = packet::read_team_file(folder)?
            .ok_or_else(|| StoreError::NoTeamInFolder(folder.to_owned()))?;
        let me = load_self(self.conn())?.ok_or(StoreError::NotFromThisTeam)?;
        // The laptop the backup came from, and its changes the backup holds.
        let (source_id, source_seq, restored) = match me
            .installation
            .strip_prefix(RESTORED)
            .and_then(|rest| rest.split_once(':'))
        {
            Some((seq, id)) => (id.to_owned(), seq.parse::<i64>().unwrap_or(me.seq), true),
            None => (me.installation.clone(), me.seq, false),
        };
        if me.team_id != file.team {
            return Err(StoreError::NotFromThisTeam);
        }
        let team_key = packet::derive_key(passphrase, &file)?;
        if !packet::key_matches(&file, &team_key) {
            return Err(StoreError::WrongTeamPassphrase);
        }
        let installation = packet::random_hex(8)?;
        let id_block = if restored {
            me.id_block
        } else {
            new_block(me.id_block)?
        };
        std::fs::create_dir_all(folder.join(&installation)).map_err(|source| StoreError::Io {
            path: folder.to_owned(),
            source,
        })?;
        let tx = self.conn_mut().transaction()?;
        tx.execute(
            "INSERT INTO team_peers (installation, label, applied) VALUES (?1, ?2, ?3)
             ON CONFLICT (installation) DO UPDATE SET applied = max(applied, excluded.applied)",
            params![source_id, me.label, source_seq],
        )?;
        // The source's changes up to the backup are its own to send; those
        // made here since the restore become this laptop's first ones.
        tx.execute("DELETE FROM team_outbox WHERE seq <= ?1", [source_seq])?;
        tx.execute("UPDATE team_outbox SET seq = -seq", [])?;
        tx.execute("UPDATE team_outbox SET seq = -seq - ?1", [source_seq])?;
        if restored {
            tx.execute(
                "UPDATE team_clock SET origin = ?1, seq = seq - ?2 WHERE origin = ?3",
                params![installation, source_seq, me.installation],
            )?;
        } else {
            tx.execute("DELETE FROM team_ids", [])?;
        }
        tx.execute(
            "UPDATE team_self SET installation = ?1, label = ?2, id_block = ?3, team_key = ?4,
                    folder = ?5, seq = ?6, sent = 0, joined_at = ?7",
            params![
                installation,
                label,
                id_block,
                team_key,
                folder.to_string_lossy(),
                (me.seq - source_seq).max(0),
                now
            ],
        )?;
        tx.commit()?;
        self.team_status()?.ok_or(StoreError::NotInTeam)
    }

    /// Writes this laptop's changes as a packet, then reads and applies the
    /// packets of the others. A packet that cannot be written (folder out
    /// of reach, USB key full) stops the exchange with nothing changed; a
    /// packet of the others that is refused stops it before anything is
    /// applied.
    pub fn exchange(&mut self, now: &str) -> Result<ExchangeReport> {
        let me = load_self(self.conn())?.ok_or(StoreError::NotInTeam)?;
        if me.installation.starts_with(RESTORED) {
            return Err(StoreError::CopyOfAnotherLaptop);
        }
        let folder = PathBuf::from(&me.folder);
        let file = packet::read_team_file(&folder)?
            .ok_or_else(|| StoreError::NoTeamInFolder(folder.clone()))?;
        if file.team != me.team_id {
            return Err(StoreError::NotFromThisTeam);
        }
        let mut report = ExchangeReport::default();
        self.recover_own_packets(&folder, &me)?;
        if let Some((number, count)) = self.write_packet(&folder, now)? {
            report.written = Some(number);
            report.changes_written = count;
        }
        self.read_packets(&folder, now, &mut report)?;
        Ok(report)
    }

    /// After a crash between writing a packet and noting it written, the
    /// packet is in the folder and its changes still in the outbox: noted
    /// now. A packet in this laptop's sub-folder with changes this
    /// database never made means the database is a copy of another laptop
    /// (a backup restored without joining): refused.
    fn recover_own_packets(&mut self, folder: &Path, me: &SelfRow) -> Result<()> {
        let own = packet::list_packets(&folder.join(&me.installation))?;
        let Some((_, last)) = own.last() else {
            return Ok(());
        };
        let bytes = std::fs::read(last).map_err(|source| StoreError::Io {
            path: last.clone(),
            source,
        })?;
        let (header, changes) = packet::decode(last, &bytes, &me.team_id, &me.team_key)?;
        if header.last <= me.sent {
            return Ok(());
        }
        let conn = self.conn();
        for c in &changes {
            if c.seq <= me.sent {
                continue;
            }
            let kept: Option<Vec<u8>> = conn
                .query_row(
                    "SELECT changeset FROM team_outbox WHERE seq = ?1 AND at = ?2",
                    params![c.seq, c.at],
                    |r| r.get(0),
                )
                .optional()?;
            if kept.as_deref() != Some(c.changeset.as_slice()) {
                return Err(StoreError::CopyOfAnotherLaptop);
            }
        }
        let tx = self.conn_mut().transaction()?;
        tx.execute("UPDATE team_self SET sent = ?1", [header.last])?;
        tx.execute("DELETE FROM team_outbox WHERE seq <= ?1", [header.last])?;
        tx.commit()?;
        Ok(())
    }

    fn write_packet(&mut self, folder: &Path, now: &str) -> Result<Option<(i64, i64)>> {
        let conn = self.conn();
        let me = load_self(conn)?.ok_or(StoreError::NotInTeam)?;
        let mut stmt =
            conn.prepare("SELECT seq, at, changeset FROM team_outbox WHERE seq > ?1 ORDER BY seq")?;
        let changes = stmt
            .query_map([me.sent], |r| {
                Ok(Change {
                    seq: r.get(0)?,
                    at: r.get(1)?,
                    changeset: r.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        drop(stmt);
        let (Some(first), Some(last)) = (changes.first(), changes.last()) else {
            return Ok(None);
        };
        let dir = folder.join(&me.installation);
        std::fs::create_dir_all(&dir).map_err(|source| StoreError::Io {
            path: dir.clone(),
            source,
        })?;
        let number = packet::list_packets(&dir)?.last().map_or(0, |(n, _)| *n) + 1;
        let seen = self.seen()?;
        let header = Header {
            team: me.team_id.clone(),
            installation: me.installation.clone(),
            label: me.label.clone(),
            id_block: me.id_block,
            number,
            first: first.seq,
            last: last.seq,
            schema: migrate::current_version(self.conn())?,
            written_at: now.to_owned(),
            seen,
        };
        let bytes = packet::encode(&header, &changes, &me.team_key)?;
        packet::write_whole(&dir.join(packet::packet_name(number)), &bytes)?;
        let tx = self.conn_mut().transaction()?;
        tx.execute("UPDATE team_self SET sent = ?1", [last.seq])?;
        tx.execute("DELETE FROM team_outbox WHERE seq <= ?1", [last.seq])?;
        tx.commit()?;
        Ok(Some((number, changes.len() as i64)))
    }

    /// The changes of each other laptop applied here.
    fn seen(&self) -> Result<BTreeMap<String, i64>> {
        let mut stmt = self
            .conn()
            .prepare("SELECT installation, applied FROM team_peers WHERE applied > 0")?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<BTreeMap<String, i64>>>()?;
        Ok(rows)
    }

    fn read_packets(
        &mut self,
        folder: &Path,
        now: &str,
        report: &mut ExchangeReport,
    ) -> Result<()> {
        let me = load_self(self.conn())?.ok_or(StoreError::NotInTeam)?;
        let schema = migrate::current_version(self.conn())?;
        let mut applied = self.seen()?;
        let read: HashMap<String, i64> = {
            let mut stmt = self
                .conn()
                .prepare("SELECT installation, packets FROM team_peers")?;
            stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?
        };
        // Every packet not read yet, checked before anything is applied.
        let mut queues: BTreeMap<String, Vec<(PathBuf, Header, Vec<Change>)>> = BTreeMap::new();
        let entries = std::fs::read_dir(folder)
            .map_err(|_| StoreError::TeamFolderUnreachable(folder.to_owned()))?;
        for entry in entries {
            let entry = entry.map_err(|_| StoreError::TeamFolderUnreachable(folder.to_owned()))?;
            let Some(name) = entry.file_name().to_str().map(str::to_owned) else {
                continue;
            };
            if name == me.installation || !entry.path().is_dir() {
                continue;
            }
            let done = read.get(&name).copied().unwrap_or(0);
            for (number, path) in packet::list_packets(&entry.path())? {
                if number <= done {
                    continue;
                }
                let bytes = std::fs::read(&path).map_err(|source| StoreError::Io {
                    path: path.clone(),
                    source,
                })?;
                let (header, changes) = packet::decode(&path, &bytes, &me.team_id, &me.team_key)?;
                if header.installation != name || header.number != number {
                    return Err(StoreError::TeamPacket {
                        file: path,
                        problem: PacketProblem::Misplaced,
                    });
                }
                if header.schema != schema {
                    return Err(StoreError::TeamSchema {
                        laptop: header.label.clone(),
                        theirs: header.schema,
                        ours: schema,
                    });
                }
                if header.id_block == me.id_block {
                    return Err(StoreError::CopyOfAnotherLaptop);
                }
                queues
                    .entry(name.clone())
                    .or_default()
                    .push((path, header, changes));
            }
        }
        let tx = self.conn_mut().transaction()?;
        tx.execute_batch("PRAGMA defer_foreign_keys = ON;")?;
        let mut merge = Merge::new(&tx, &me.installation)?;
        let mut dossiers = BTreeSet::new();
        let mut persons = BTreeSet::new();
        loop {
            let mut progressed = false;
            for (origin, queue) in queues.iter_mut() {
                while let Some((path, header, _)) = queue.first() {
                    let done = applied.get(origin).copied().unwrap_or(0);
                    if header.first > done + 1 {
                        return Err(StoreError::TeamPacket {
                            file: path.clone(),
                            problem: PacketProblem::OutOfOrder {
                                expected: done + 1,
                                found: header.first,
                            },
                        });
                    }
                    let ready = header.seen.iter().all(|(o, n)| {
                        o == &me.installation || applied.get(o).copied().unwrap_or(0) >= *n
                    });
                    if !ready {
                        break;
                    }
                    let (_, header, changes) = queue.remove(0);
                    for c in changes.iter().filter(|c| c.seq > done) {
                        merge.apply(&tx, &header, c, &mut dossiers, &mut persons)?;
                        report.changes_applied += 1;
                    }
                    applied.insert(origin.clone(), header.last.max(done));
                    tx.execute(
                        "INSERT INTO team_peers (installation, label, applied, packets,
                                                 last_written_at, last_read_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                         ON CONFLICT (installation) DO UPDATE SET label = excluded.label,
                            applied = max(applied, excluded.applied), packets = excluded.packets,
                            last_written_at = excluded.last_written_at,
                            last_read_at = excluded.last_read_at",
                        params![
                            origin,
                            header.label,
                            header.last.max(done),
                            header.number,
                            header.written_at,
                            now
                        ],
                    )?;
                    report.packets_read += 1;
                    progressed = true;
                }
            }
            if !progressed {
                break;
            }
        }
        if let Some((origin, queue)) = queues.iter().find(|(_, q)| !q.is_empty()) {
            let (path, header, _) = &queue[0];
            let missing = header
                .seen
                .iter()
                .find(|(o, n)| {
                    *o != &me.installation && applied.get(*o).copied().unwrap_or(0) < **n
                })
                .map_or_else(|| origin.clone(), |(o, _)| o.clone());
            return Err(StoreError::TeamPacket {
                file: path.clone(),
                problem: PacketProblem::Waiting {
                    installation: missing,
                },
            });
        }
        remove_orphans(&tx, &mut dossiers)?;
        for id in &persons {
            crate::persons::rebuild_tokens(&tx, *id)?;
        }
        report.new_conflicts = merge.record_conflicts(&tx, now)?;
        tx.execute("UPDATE team_self SET clock = max(clock, ?1)", [merge.clock])?;
        tx.commit()?;
        report.dossiers_touched = dossiers
            .into_iter()
            .filter(|id| {
                self.conn()
                    .query_row(
                        "SELECT EXISTS (SELECT 1 FROM dossiers WHERE id = ?1)",
                        [id],
                        |r| r.get::<_, bool>(0),
                    )
                    .unwrap_or(false)
            })
            .collect();
        Ok(())
    }

    /// The facts that travel, one line per row in a fixed order (blobs in
    /// hex): equal on every laptop of a team once they have all exchanged.
    /// For tests and for checking a team by hand.
    pub fn team_facts(&self) -> Result<String> {
        let mut out = String::new();
        for table in TRAVELLING {
            let mut stmt = self
                .conn()
                .prepare(&format!("SELECT * FROM {table} ORDER BY id"))?;
            let n = stmt.column_count();
            let mut rows = stmt.query([])?;
            while let Some(row) = rows.next()? {
                out.push_str(table);
                for i in 0..n {
                    let v: Value = row.get(i)?;
                    out.push('\t');
                    out.push_str(&json_of(&v));
                }
                out.push('\n');
            }
        }
        Ok(out)
    }

    /// Records of the same person created on two laptops before they
    /// exchanged: same name and given names (accents and case aside) and
    /// the same birth date, or one of the two without it. Never merged
    /// here: offered to the worker, pairs already said different left out.
    pub fn possible_duplicates(&self) -> Result<Vec<(i64, i64)>> {
        if !self.in_team {
            return Ok(Vec::new());
        }
        let mut stmt = self
            .conn()
            .prepare("SELECT id, family_name, given_names, birth_date FROM persons")?;
        let mut groups: BTreeMap<String, Vec<(i64, Option<String>)>> = BTreeMap::new();
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?,
            ))
        })?;
        for row in rows {
            let (id, family, given, born) = row?;
            let key = format!(
                "{}|{}",
                permanence_domain::fold(family.trim()),
                permanence_domain::fold(given.trim())
            );
            groups.entry(key).or_default().push((id, born));
        }
        let mut not_same = self.conn().prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM team_not_duplicates WHERE a = ?1 AND b = ?2)",
        )?;
        let mut pairs = Vec::new();
        for list in groups.values().filter(|l| l.len() > 1) {
            for (i, (a, born_a)) in list.iter().enumerate() {
                for (b, born_b) in &list[i + 1..] {
                    let (a, b) = ((*a).min(*b), (*a).max(*b));
                    let other_laptops = a >> 32 != b >> 32;
                    let same_birth = born_a.is_none() || born_b.is_none() || born_a == born_b;
                    if other_laptops
                        && same_birth
                        && !not_same.query_row(params![a, b], |r| r.get::<_, bool>(0))?
                    {
                        pairs.push((a, b));
                    }
                }
            }
        }
        pairs.sort();
        Ok(pairs)
    }

    /// The worker says these two records are different persons.
    pub fn not_duplicates(&mut self, a: i64, b: i64) -> Result<()> {
        self.conn().execute(
            "INSERT OR IGNORE INTO team_not_duplicates (a, b) VALUES (?1, ?2)",
            params![a.min(b), a.max(b)],
        )?;
        Ok(())
    }

    /// Merges record `other` into `keep`: its dossiers and documents move
    /// to `keep`, its alternative spellings are added, and each field of
    /// `keep` left empty takes `other`'s value; then `other` goes. All of
    /// it travels, with a note that `other` went into `keep`, so whatever
    /// another laptop adds to `other` meanwhile lands on `keep`.
    pub fn merge_persons(&mut self, keep: i64, other: i64, now: &str) -> Result<()> {
        if keep == other {
            return Err(StoreError::Malformed(
                "a record cannot be merged into itself".into(),
            ));
        }
        let a = self.person(keep)?;
        let b = self.person(other)?;
        let mut fields = a.fields.clone();
        for name in std::iter::once(&b.fields.family_name)
            .chain(std::iter::once(&b.fields.given_names))
            .chain(b.fields.alt_names.iter())
        {
            let spelled = |n: &String| permanence_domain::fold(n) == permanence_domain::fold(name);
            let known = spelled(&fields.family_name)
                || spelled(&fields.given_names)
                || fields.alt_names.iter().any(spelled);
            if !known && !name.trim().is_empty() {
                fields.alt_names.push(name.clone());
            }
        }
        let fill = |mine: &mut String, theirs: &String| {
            if mine.trim().is_empty() {
                mine.clone_from(theirs);
            }
        };
        fill(&mut fields.birth_place, &b.fields.birth_place);
        fill(&mut fields.nationality, &b.fields.nationality);
        fill(&mut fields.phone, &b.fields.phone);
        fill(&mut fields.email, &b.fields.email);
        fill(&mut fields.address, &b.fields.address);
        if fields.notes.trim().is_empty() {
            fields.notes.clone_from(&b.fields.notes);
        } else if !b.fields.notes.trim().is_empty() && b.fields.notes != fields.notes {
            fields.notes = format!("{}\n{}", fields.notes, b.fields.notes);
        }
        if fields.birth_date.is_none() {
            fields.birth_date = b.fields.birth_date;
        }
        for l in &b.fields.languages {
            if !fields.languages.contains(l) {
                fields.languages.push(l.clone());
            }
        }
        if fields.domiciliation.is_none() {
            fields.domiciliation.clone_from(&b.fields.domiciliation);
        }
        self.update_person(keep, &fields, now)?;
        self.write(now, |tx| {
            tx.execute(
                "INSERT OR REPLACE INTO team_merged (id, into_id, merged_at) VALUES (?1, ?2, ?3)",
                params![other, keep, now],
            )?;
            tx.execute(
                "UPDATE dossiers SET person_id = ?1 WHERE person_id = ?2",
                [keep, other],
            )?;
            tx.execute(
                "UPDATE documents SET person_id = ?1 WHERE person_id = ?2",
                [keep, other],
            )?;
            tx.execute("DELETE FROM drafts WHERE key = 'person:' || ?1", [other])?;
            tx.execute("DELETE FROM persons WHERE id = ?1", [other])?;
            Ok(())
        })
    }

    /// The fields of a row with an open conflict (none outside a team).
    pub fn open_conflict_fields(&self, table: &str, id: i64) -> Result<Vec<String>> {
        if !self.in_team {
            return Ok(Vec::new());
        }
        let mut stmt = self.conn().prepare_cached(
            "SELECT DISTINCT col FROM team_conflicts
             WHERE status = 'open' AND tbl = ?1 AND row_id = ?2 ORDER BY col",
        )?;
        let rows = stmt
            .query_map(params![table, id.to_string()], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<String>>>()?;
        Ok(rows)
    }

    /// Conflicts, open ones first.
    pub fn team_conflicts(&self) -> Result<Vec<Conflict>> {
        let mut stmt = self.conn().prepare(
            "SELECT id, tbl, row_id, col, kept, kept_by, other, other_by, status
             FROM team_conflicts ORDER BY status = 'resolved', kept_at DESC, id",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok(Conflict {
                    id: r.get(0)?,
                    table: r.get(1)?,
                    row_id: r.get(2)?,
                    column: r.get(3)?,
                    kept: r.get(4)?,
                    kept_by: r.get(5)?,
                    other: r.get(6)?,
                    other_by: r.get(7)?,
                    resolved: r.get::<_, String>(8)? == "resolved",
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// The worker's choice for a conflict: keep the value in the record,
    /// or put the other one back. Either way it is a change of this laptop
    /// that travels, made after both values.
    pub fn resolve_conflict(&mut self, id: &str, take_other: bool, now: &str) -> Result<()> {
        let conflict = self
            .team_conflicts()?
            .into_iter()
            .find(|c| c.id == id)
            .ok_or(StoreError::NotFound)?;
        if !TRAVELLING.contains(&conflict.table.as_str()) {
            return Err(StoreError::Malformed(format!("table {}", conflict.table)));
        }
        let mut cache = HashMap::new();
        let cols = columns(self.conn(), &mut cache, &conflict.table)?;
        let map_key = conflict
            .column
            .split_once('/')
            .filter(|(col, _)| is_map(&conflict.table, col));
        if map_key.is_none() && !cols.contains(&conflict.column) {
            return Err(StoreError::Malformed(format!("column {}", conflict.column)));
        }
        self.write(now, |tx| {
            if take_other && let Some((col, key)) = map_key {
                let row = key_value(false, &conflict.row_id);
                let current: Value = tx.query_row(
                    &format!("SELECT \"{col}\" FROM {} WHERE id = ?1", conflict.table),
                    [&row],
                    |r| r.get(0),
                )?;
                let mut map = json_map(&current);
                match serde_json::from_str::<serde_json::Value>(&conflict.other) {
                    Ok(serde_json::Value::Null) | Err(_) => map.remove(key),
                    Ok(v) => map.insert(key.to_owned(), v),
                };
                tx.execute(
                    &format!("UPDATE {} SET \"{col}\" = ?1 WHERE id = ?2", conflict.table),
                    params![serde_json::Value::Object(map).to_string(), row],
                )?;
            } else if take_other {
                tx.execute(
                    &format!(
                        "UPDATE {} SET \"{}\" = ?1 WHERE id = ?2",
                        conflict.table, conflict.column
                    ),
                    params![
                        value_of_json(&conflict.other),
                        key_value(false, &conflict.row_id)
                    ],
                )?;
            }
            if take_other
                && conflict.table == "persons"
                && let Ok(id) = conflict.row_id.parse::<i64>()
            {
                crate::persons::rebuild_tokens(tx, id)?;
            }
            tx.execute(
                "UPDATE team_conflicts SET status = 'resolved', resolved_at = ?2 WHERE id = ?1",
                params![id, now],
            )?;
            Ok(())
        })
    }
}

/// Conflicts found while applying, written once the packets are applied.
struct Found {
    table: String,
    pk: String,
    /// A column, or `column/key` for a key of a merged JSON object.
    col: String,
    /// The values as JSON.
    kept: (String, Stamp),
    other: (String, Stamp),
}

struct Merge {
    me: String,
    cache: HashMap<String, Vec<String>>,
    found: Vec<Found>,
    clock: i64,
}

impl Merge {
    fn new(_tx: &Transaction<'_>, me: &str) -> Result<Merge> {
        Ok(Merge {
            me: me.to_owned(),
            cache: HashMap::new(),
            found: Vec::new(),
            clock: 0,
        })
    }

    /// Whether the write at `stored` was among the changes the packet's
    /// laptop had applied when it wrote its own.
    fn had_seen(header: &Header, stored: &Stamp) -> bool {
        stored.origin.is_empty()
            || stored.origin == header.installation
            || header.seen.get(&stored.origin).copied().unwrap_or(0) >= stored.seq
    }

    fn apply(
        &mut self,
        tx: &Transaction<'_>,
        header: &Header,
        change: &Change,
        dossiers: &mut BTreeSet<i64>,
        persons: &mut BTreeSet<i64>,
    ) -> Result<()> {
        self.clock = self.clock.max(change.at);
        let incoming = Stamp {
            at: change.at,
            origin: header.installation.clone(),
            seq: change.seq,
        };
        for c in row_changes(&change.changeset)? {
            if c.table == "audit" {
                if c.op == Action::SQLITE_INSERT {
                    let v = |i: usize| c.new.get(i).cloned().flatten().unwrap_or(Value::Null);
                    tx.prepare_cached(
                        "INSERT OR IGNORE INTO team_audit (origin, label, seq, at, worker, action,
                             subject, person_id, detail, prev_hash, hash)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                    )?
                    .execute(params![
                        header.installation,
                        header.label,
                        v(0),
                        v(1),
                        v(2),
                        v(3),
                        v(4),
                        v(5),
                        v(6),
                        v(7),
                        v(8)
                    ])?;
                }
                continue;
            }
            if !TRAVELLING.contains(&c.table.as_str()) {
                continue;
            }
            let Some(pk_value) = c.pk().cloned() else {
                continue;
            };
            let pk = key_text(&pk_value);
            let cols = columns(tx, &mut self.cache, &c.table)?;
            let table = c.table.as_str();
            let exists: bool = tx.query_row(
                &format!("SELECT EXISTS (SELECT 1 FROM {table} WHERE id = ?1)"),
                [&pk_value],
                |r| r.get(0),
            )?;
            touched(tx, table, &c, &cols, dossiers, persons)?;
            match c.op {
                Action::SQLITE_INSERT => {
                    if exists {
                        continue;
                    }
                    let names = cols.iter().map(|n| format!("\"{n}\"")).collect::<Vec<_>>();
                    let places = (1..=cols.len())
                        .map(|i| format!("?{i}"))
                        .collect::<Vec<_>>();
                    let values: Vec<Value> = c
                        .new
                        .iter()
                        .map(|v| v.clone().unwrap_or(Value::Null))
                        .collect();
                    tx.execute(
                        &format!(
                            "INSERT OR IGNORE INTO {table} ({}) VALUES ({})",
                            names.join(", "),
                            places.join(", ")
                        ),
                        rusqlite::params_from_iter(values.iter()),
                    )?;
                    forget_row(tx, table, &pk)?;
                    set_stamp(tx, table, &pk, "", &incoming)?;
                }
                Action::SQLITE_UPDATE => {
                    if !exists {
                        if table == "persons" {
                            self.merged_away(tx, &pk_value, &c, &cols, &incoming)?;
                        }
                        continue;
                    }
                    for (i, new) in c.new.iter().enumerate().skip(1) {
                        let (Some(new), Some(col)) = (new, cols.get(i)) else {
                            continue;
                        };
                        if is_map(table, col) {
                            let old = c.old.get(i).cloned().flatten().unwrap_or(Value::Null);
                            self.merge_map(
                                tx, header, &incoming, table, &pk_value, col, &old, new,
                            )?;
                            continue;
                        }
                        let stored = match stamp_of(tx, table, &pk, col)? {
                            Some(s) => s,
                            None => {
                                stamp_of(tx, table, &pk, "")?.unwrap_or_else(Stamp::before_team)
                            }
                        };
                        let current: Value = tx.query_row(
                            &format!("SELECT \"{col}\" FROM {table} WHERE id = ?1"),
                            [&pk_value],
                            |r| r.get(0),
                        )?;
                        let concurrent = !Merge::had_seen(header, &stored);
                        let wins = incoming > stored;
                        if concurrent
                            && current != *new
                            && !BOOKKEEPING.contains(&col.as_str())
                            && table != "team_conflicts"
                        {
                            let (kept, other) = if wins {
                                (
                                    (json_of(new), incoming.clone()),
                                    (json_of(&current), stored.clone()),
                                )
                            } else {
                                (
                                    (json_of(&current), stored.clone()),
                                    (json_of(new), incoming.clone()),
                                )
                            };
                            self.found.push(Found {
                                table: table.to_owned(),
                                pk: pk.clone(),
                                col: col.clone(),
                                kept,
                                other,
                            });
                        }
                        if wins {
                            tx.execute(
                                &format!("UPDATE {table} SET \"{col}\" = ?1 WHERE id = ?2"),
                                params![new, pk_value],
                            )?;
                            set_stamp(tx, table, &pk, col, &incoming)?;
                        }
                    }
                }
                _ => {
                    if exists && table == "persons" {
                        // Merged into another record: what this laptop
                        // added to it meanwhile moves there, not away.
                        let into: Option<i64> = tx
                            .query_row(
                                "SELECT m.into_id FROM team_merged m JOIN persons p ON p.id = m.into_id
                                 WHERE m.id = ?1",
                                [&pk_value],
                                |r| r.get(0),
                            )
                            .optional()?;
                        if let Some(into) = into {
                            for child in ["dossiers", "documents"] {
                                tx.execute(
                                    &format!(
                                        "UPDATE {child} SET person_id = ?1 WHERE person_id = ?2"
                                    ),
                                    params![into, pk_value],
                                )?;
                            }
                        }
                    }
                    if exists {
                        tx.execute(&format!("DELETE FROM {table} WHERE id = ?1"), [&pk_value])?;
                    }
                    forget_row(tx, table, &pk)?;
                }
            }
        }
        Ok(())
    }

    /// A change to a person's record that another laptop merged into
    /// another record meanwhile: nothing is overwritten, but each field it
    /// changed that the kept record holds otherwise is listed as a
    /// conflict on the kept record, so no value goes unseen.
    fn merged_away(
        &mut self,
        tx: &Transaction<'_>,
        pk_value: &Value,
        c: &RowChange,
        cols: &[String],
        incoming: &Stamp,
    ) -> Result<()> {
        let into: Option<i64> = tx
            .query_row(
                "SELECT m.into_id FROM team_merged m JOIN persons p ON p.id = m.into_id
                 WHERE m.id = ?1",
                [pk_value],
                |r| r.get(0),
            )
            .optional()?;
        let Some(into) = into else {
            return Ok(());
        };
        let pk = into.to_string();
        for (i, new) in c.new.iter().enumerate().skip(1) {
            let (Some(new), Some(col)) = (new, cols.get(i)) else {
                continue;
            };
            if BOOKKEEPING.contains(&col.as_str()) {
                continue;
            }
            let current: Value = tx.query_row(
                &format!("SELECT \"{col}\" FROM persons WHERE id = ?1"),
                [into],
                |r| r.get(0),
            )?;
            if current != *new {
                let stored = match stamp_of(tx, "persons", &pk, col)? {
                    Some(s) => s,
                    None => stamp_of(tx, "persons", &pk, "")?.unwrap_or_else(Stamp::before_team),
                };
                self.found.push(Found {
                    table: "persons".to_owned(),
                    pk: pk.clone(),
                    col: col.clone(),
                    kept: (json_of(&current), stored),
                    other: (json_of(new), incoming.clone()),
                });
            }
        }
        Ok(())
    }

    /// A JSON object column (a dossier's answers) changed on another
    /// laptop: each key it changed is merged as a field of its own, so two
    /// workers answering different questions of one dossier is no conflict.
    #[allow(clippy::too_many_arguments)]
    fn merge_map(
        &mut self,
        tx: &Transaction<'_>,
        header: &Header,
        incoming: &Stamp,
        table: &str,
        pk_value: &Value,
        col: &str,
        old: &Value,
        new: &Value,
    ) -> Result<()> {
        let pk = key_text(pk_value);
        let current: Value = tx.query_row(
            &format!("SELECT \"{col}\" FROM {table} WHERE id = ?1"),
            [pk_value],
            |r| r.get(0),
        )?;
        let (old, new) = (json_map(old), json_map(new));
        let mut merged = json_map(&current);
        let mut changed = false;
        for key in changed_keys(&old, &new) {
            let field = format!("{col}/{key}");
            let stored = match stamp_of(tx, table, &pk, &field)? {
                Some(s) => s,
                None => match stamp_of(tx, table, &pk, col)? {
                    Some(s) => s,
                    None => stamp_of(tx, table, &pk, "")?.unwrap_or_else(Stamp::before_team),
                },
            };
            let theirs = new.get(&key).cloned();
            let ours = merged.get(&key).cloned();
            let wins = *incoming > stored;
            let text = |v: &Option<serde_json::Value>| {
                v.clone().unwrap_or(serde_json::Value::Null).to_string()
            };
            if !Merge::had_seen(header, &stored) && theirs != ours {
                let (kept, other) = if wins {
                    (
                        (text(&theirs), incoming.clone()),
                        (text(&ours), stored.clone()),
                    )
                } else {
                    (
                        (text(&ours), stored.clone()),
                        (text(&theirs), incoming.clone()),
                    )
                };
                self.found.push(Found {
                    table: table.to_owned(),
                    pk: pk.clone(),
                    col: field.clone(),
                    kept,
                    other,
                });
            }
            if wins {
                match theirs {
                    Some(v) => merged.insert(key, v),
                    None => merged.remove(&key),
                };
                set_stamp(tx, table, &pk, &field, incoming)?;
                changed = true;
            }
        }
        if changed {
            tx.execute(
                &format!("UPDATE {table} SET \"{col}\" = ?1 WHERE id = ?2"),
                params![serde_json::Value::Object(merged).to_string(), pk_value],
            )?;
        }
        Ok(())
    }

    /// Writes the conflicts found, as changes of this laptop, so they
    /// travel. Returns how many were new here.
    fn record_conflicts(&mut self, tx: &Transaction<'_>, now: &str) -> Result<i64> {
        if self.found.is_empty() {
            return Ok(0);
        }
        let mut session = session_on(tx, conflicts_only)?;
        let mut new = 0;
        for f in self.found.drain(..) {
            let id = {
                let text = format!(
                    "{}\n{}\n{}\n{}\n{}\n{}\n{}",
                    f.table,
                    f.pk,
                    f.col,
                    f.kept.1.at,
                    f.kept.1.origin,
                    f.other.1.at,
                    f.other.1.origin
                );
                packet::hex(&Sha256::digest(text.as_bytes())[..16])
            };
            let label = |s: &Stamp| {
                if s.origin.is_empty() {
                    self.me.clone()
                } else {
                    s.origin.clone()
                }
            };
            new += tx.execute(
                "INSERT OR IGNORE INTO team_conflicts
                    (id, tbl, row_id, col, kept, kept_at, kept_by, other, other_at, other_by)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                params![
                    id,
                    f.table,
                    f.pk,
                    f.col,
                    f.kept.0,
                    f.kept.1.at,
                    label(&f.kept.1),
                    f.other.0,
                    f.other.1.at,
                    label(&f.other.1),
                ],
            )? as i64;
        }
        let mut changeset = Vec::new();
        session.changeset_strm(&mut changeset)?;
        drop(session);
        if !changeset.is_empty() {
            record_local(tx, now, &changeset)?;
        }
        Ok(new)
    }
}

/// Notes the dossiers and persons whose facts a change touches.
fn touched(
    tx: &Transaction<'_>,
    table: &str,
    c: &RowChange,
    cols: &[String],
    dossiers: &mut BTreeSet<i64>,
    persons: &mut BTreeSet<i64>,
) -> Result<()> {
    let value = |name: &str| -> Option<i64> {
        let i = cols.iter().position(|n| n == name)?;
        let v = c
            .new
            .get(i)
            .cloned()
            .flatten()
            .or_else(|| c.old.get(i).cloned().flatten());
        match v {
            Some(Value::Integer(n)) => Some(n),
            _ => None,
        }
    };
    let pk = match c.pk() {
        Some(Value::Integer(n)) => Some(*n),
        _ => None,
    };
    match table {
        "persons" => persons.extend(pk),
        "dossiers" => dossiers.extend(pk),
        "events" | "letters" | "documents" => {
            let mut id = value("dossier_id");
            if id.is_none()
                && let Some(pk) = pk
            {
                id = tx
                    .query_row(
                        &format!("SELECT dossier_id FROM {table} WHERE id = ?1"),
                        [pk],
                        |r| r.get(0),
                    )
                    .optional()?
                    .flatten();
            }
            dossiers.extend(id);
        }
        _ => {}
    }
    Ok(())
}

/// Rows whose parent was erased on another laptop: removed when the
/// reference cascades, the reference cleared otherwise, the same on every
/// laptop.
fn remove_orphans(tx: &Transaction<'_>, dossiers: &mut BTreeSet<i64>) -> Result<()> {
    for _ in 0..8 {
        let mut stmt = tx.prepare("SELECT \"table\", rowid, fkid FROM pragma_foreign_key_check")?;
        let orphans = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<i64>>(1)?,
                    r.get::<_, i64>(2)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        drop(stmt);
        if orphans.is_empty() {
            return Ok(());
        }
        for (table, rowid, fkid) in orphans {
            let Some(rowid) = rowid else { continue };
            let (parent, from, on_delete): (String, String, String) = tx.query_row(
                "SELECT \"table\", \"from\", on_delete FROM pragma_foreign_key_list(?1)
                 WHERE id = ?2",
                params![table, fkid],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )?;
            // A person merged into another on some laptop: what was added
            // to the old record meanwhile goes to the one it was merged
            // into.
            let merged_into: Option<i64> = if parent == "persons" {
                tx.query_row(
                    &format!(
                        "SELECT m.into_id FROM team_merged m JOIN \"{table}\" c ON c.\"{from}\" = m.id
                         WHERE c.rowid = ?1"
                    ),
                    [rowid],
                    |r| r.get(0),
                )
                .optional()?
            } else {
                None
            };
            if let Some(into) = merged_into {
                tx.execute(
                    &format!("UPDATE \"{table}\" SET \"{from}\" = ?1 WHERE rowid = ?2"),
                    params![into, rowid],
                )?;
            } else if on_delete.eq_ignore_ascii_case("CASCADE") {
                if table == "dossiers" {
                    dossiers.remove(&rowid);
                }
                tx.execute(
                    &format!("DELETE FROM \"{table}\" WHERE rowid = ?1"),
                    [rowid],
                )?;
                forget_row(tx, &table, &rowid.to_string())?;
            } else {
                tx.execute(
                    &format!("UPDATE \"{table}\" SET \"{from}\" = NULL WHERE rowid = ?1"),
                    [rowid],
                )?;
            }
        }
    }
    Ok(())
}
