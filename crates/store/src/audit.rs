//! The audit journal (0005): append-only, hash-chained.
//!
//! hash(n) = SHA-256 of hash(n-1) and the entry's fields, each prefixed by
//! its length so no two different entries serialise alike; hash(0) is 64
//! zeros. [`Store::verify_audit`] recomputes the chain: an edited entry, a
//! removed one (a gap) or entries put out of order break it. Entries removed
//! at the end leave a valid chain: the caller compares the head with the one
//! it kept outside the database ([`AuditHead`]).

use rusqlite::{OptionalExtension, Transaction, params};
use serde::{Deserialize, Serialize};

use crate::migrate::sha256_hex;
use crate::{Result, Store};

pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Every action the journal records. The window shows each one in words
/// (`audit-action-<action>` in every locale, checked by a test) and the
/// list reaches it through the generated bindings: an action written
/// without being listed here stops the tests at once.
pub const AUDIT_ACTIONS: &[&str] = &[
    "open", "create", "change", "print", "export", "erase", "purge", "restore", "sign-in", "merge",
];

/// What happened, without any personal content.
#[derive(Debug, Clone, Default)]
pub struct NewAuditEntry {
    pub worker: String,
    pub action: String,
    pub subject: String,
    pub person_id: Option<i64>,
    pub detail: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AuditEntry {
    pub seq: i64,
    pub at: String,
    pub worker: String,
    pub action: String,
    pub subject: String,
    pub person_id: Option<i64>,
    pub detail: String,
    pub hash: String,
    /// The laptop of the team that wrote it ('' for this one's).
    pub laptop: String,
}

/// The last entry, kept outside the database to catch a cut-off end.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AuditHead {
    pub seq: i64,
    pub hash: String,
}

/// Why an entry does not fit the chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum ChainBreak {
    /// This entry is gone; `next` is the one found after the gap.
    Missing { seq: i64, next: i64 },
    /// Its link to the previous entry is not the previous entry's hash.
    Unlinked { seq: i64 },
    /// Its fields no longer give its hash.
    Changed { seq: i64 },
}

/// The outcome of [`Store::verify_audit`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AuditCheck {
    pub entries: i64,
    pub head: AuditHead,
    /// The first entry that does not fit the chain.
    pub broken: Option<ChainBreak>,
}

fn entry_hash(prev: &str, seq: i64, at: &str, e: &NewAuditEntry) -> String {
    let person = e.person_id.map(|p| p.to_string()).unwrap_or_default();
    let mut text = String::new();
    for field in [
        prev,
        &seq.to_string(),
        at,
        &e.worker,
        &e.action,
        &e.subject,
        &person,
        &e.detail,
    ] {
        text.push_str(&field.len().to_string());
        text.push(':');
        text.push_str(field);
        text.push('\n');
    }
    sha256_hex(text)
}

/// Appends inside the caller's transaction, so an action and its entry
/// land together or not at all.
pub(crate) fn append(tx: &Transaction, e: &NewAuditEntry, at: &str) -> Result<AuditEntry> {
    debug_assert!(
        AUDIT_ACTIONS.contains(&e.action.as_str()),
        "audit action `{}` is not in AUDIT_ACTIONS: the journal could not show it in words",
        e.action
    );
    let (last_seq, prev): (i64, String) = tx
        .query_row(
            "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?
        .unwrap_or((0, GENESIS.to_owned()));
    let seq = last_seq + 1;
    let hash = entry_hash(&prev, seq, at, e);
    tx.execute(
        "INSERT INTO audit (seq, at, worker, action, subject, person_id, detail, prev_hash, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            seq,
            at,
            e.worker,
            e.action,
            e.subject,
            e.person_id,
            e.detail,
            prev,
            hash
        ],
    )?;
    Ok(AuditEntry {
        seq,
        at: at.to_owned(),
        worker: e.worker.clone(),
        action: e.action.clone(),
        subject: e.subject.clone(),
        person_id: e.person_id,
        detail: e.detail.clone(),
        hash,
        laptop: String::new(),
    })
}

fn entry_of(r: &rusqlite::Row) -> rusqlite::Result<AuditEntry> {
    Ok(AuditEntry {
        seq: r.get(0)?,
        at: r.get(1)?,
        worker: r.get(2)?,
        action: r.get(3)?,
        subject: r.get(4)?,
        person_id: r.get(5)?,
        detail: r.get(6)?,
        hash: r.get(7)?,
        laptop: r.get(8)?,
    })
}

const COLUMNS: &str = "seq, at, worker, action, subject, person_id, detail, hash, '' AS laptop";
/// The same, of the entries that came from the other laptops of the team.
const TEAM_COLUMNS: &str = "seq, at, worker, action, subject, person_id, detail, hash, label";

impl Store {
    /// Appends an entry; in a team it travels to the other laptops with
    /// the next packet (into their `team_audit`).
    pub fn append_audit(&mut self, e: &NewAuditEntry, at: &str) -> Result<AuditEntry> {
        self.write(at, |tx| append(tx, e, at))
    }

    /// A person's entries, oldest first (also after the person's erasure),
    /// with those written on the other laptops of the team.
    pub fn audit_of_person(&self, person_id: i64) -> Result<Vec<AuditEntry>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {COLUMNS} FROM audit WHERE person_id = ?1
             UNION ALL SELECT {TEAM_COLUMNS} FROM team_audit WHERE person_id = ?1
             ORDER BY at, seq"
        ))?;
        let rows = stmt.query_map([person_id], entry_of)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The latest entries, newest first (Paramètres → journal d'audit).
    pub fn recent_audit(&self, limit: usize) -> Result<Vec<AuditEntry>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT * FROM (SELECT {COLUMNS} FROM audit ORDER BY seq DESC LIMIT ?1)
             UNION ALL SELECT * FROM (SELECT {TEAM_COLUMNS} FROM team_audit ORDER BY at DESC LIMIT ?1)
             ORDER BY at DESC, seq DESC LIMIT ?1"
        ))?;
        let rows = stmt.query_map([limit.min(10_000) as i64], entry_of)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn audit_head(&self) -> Result<AuditHead> {
        Ok(self
            .conn()
            .query_row(
                "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1",
                [],
                |r| {
                    Ok(AuditHead {
                        seq: r.get(0)?,
                        hash: r.get(1)?,
                    })
                },
            )
            .optional()?
            .unwrap_or(AuditHead {
                seq: 0,
                hash: GENESIS.to_owned(),
            }))
    }

    /// Recomputes the whole chain, in order.
    pub fn verify_audit(&self) -> Result<AuditCheck> {
        let mut stmt = self.conn().prepare(
            "SELECT seq, at, worker, action, subject, person_id, detail, prev_hash, hash
             FROM audit ORDER BY seq",
        )?;
        let mut rows = stmt.query([])?;
        let mut expected_seq = 1;
        let mut prev = GENESIS.to_owned();
        let mut broken = None;
        let mut entries = 0;
        while let Some(r) = rows.next()? {
            entries += 1;
            let seq: i64 = r.get(0)?;
            let at: String = r.get(1)?;
            let e = NewAuditEntry {
                worker: r.get(2)?,
                action: r.get(3)?,
                subject: r.get(4)?,
                person_id: r.get(5)?,
                detail: r.get(6)?,
            };
            let stored_prev: String = r.get(7)?;
            let hash: String = r.get(8)?;
            if broken.is_none() {
                if seq != expected_seq {
                    broken = Some(ChainBreak::Missing {
                        seq: expected_seq,
                        next: seq,
                    });
                } else if stored_prev != prev {
                    broken = Some(ChainBreak::Unlinked { seq });
                } else if entry_hash(&prev, seq, &at, &e) != hash {
                    broken = Some(ChainBreak::Changed { seq });
                }
            }
            expected_seq = seq + 1;
            prev = hash;
        }
        Ok(AuditCheck {
            entries,
            head: AuditHead {
                seq: expected_seq - 1,
                hash: prev,
            },
            broken,
        })
    }
}

/// A break in the chain of another laptop of the team.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TeamChainBreak {
    pub laptop: String,
    pub broken: ChainBreak,
}

impl Store {
    /// Recomputes the chain of every other laptop of the team, as far as
    /// this laptop has it: each entry's hash from its fields, each link to
    /// the entry before it. A chain's first entry here links to entries
    /// that laptop wrote before this one joined (they are in its own
    /// journal, or in this laptop's copy of it).
    pub fn verify_team_audit(&self) -> Result<Vec<TeamChainBreak>> {
        let mut stmt = self.conn().prepare(
            "SELECT origin, label, seq, at, worker, action, subject, person_id, detail,
                    prev_hash, hash
             FROM team_audit ORDER BY origin, seq",
        )?;
        let mut rows = stmt.query([])?;
        let mut breaks = Vec::new();
        let mut last: Option<(String, i64, String)> = None;
        let mut broken_origin: Option<String> = None;
        while let Some(r) = rows.next()? {
            let origin: String = r.get(0)?;
            let label: String = r.get(1)?;
            let seq: i64 = r.get(2)?;
            let at: String = r.get(3)?;
            let e = NewAuditEntry {
                worker: r.get(4)?,
                action: r.get(5)?,
                subject: r.get(6)?,
                person_id: r.get(7)?,
                detail: r.get(8)?,
            };
            let prev: String = r.get(9)?;
            let hash: String = r.get(10)?;
            if broken_origin.as_deref() == Some(origin.as_str()) {
                continue;
            }
            let found = match &last {
                Some((o, s, _)) if *o == origin && seq != s + 1 => Some(ChainBreak::Missing {
                    seq: s + 1,
                    next: seq,
                }),
                Some((o, _, h)) if *o == origin && *h != prev => Some(ChainBreak::Unlinked { seq }),
                _ if entry_hash(&prev, seq, &at, &e) != hash => Some(ChainBreak::Changed { seq }),
                _ => None,
            };
            if let Some(broken) = found {
                breaks.push(TeamChainBreak {
                    laptop: label,
                    broken,
                });
                broken_origin = Some(origin.clone());
            }
            last = Some((origin, seq, hash));
        }
        Ok(breaks)
    }
}

#[cfg(any(test, feature = "test-support"))]
impl Store {
    /// Test support: what someone holding the key could do with the sqlite
    /// shell — drop the triggers and run `sql` on the journal.
    pub fn tamper_audit(&mut self, sql: &str) -> Result<()> {
        self.conn().execute_batch(&format!(
            "DROP TRIGGER IF EXISTS audit_append_only_update;
             DROP TRIGGER IF EXISTS audit_append_only_delete;
             {sql}"
        ))?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{KdfParams, Passphrase};

    fn store_with(n: i64) -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::create(
            &dir.path().join("p.db"),
            &Passphrase::new("journal"),
            &KdfParams::FAST_INSECURE_FOR_TESTS,
        )
        .unwrap();
        for i in 1..=n {
            store
                .append_audit(
                    &NewAuditEntry {
                        worker: "Awa".into(),
                        action: "open".into(),
                        subject: format!("person:{i}"),
                        person_id: Some(i),
                        detail: String::new(),
                    },
                    &format!("2026-11-26T10:00:{i:02}+01:00"),
                )
                .unwrap();
        }
        (dir, store)
    }

    #[test]
    fn an_untouched_journal_verifies() {
        let (_d, store) = store_with(5);
        let check = store.verify_audit().unwrap();
        assert_eq!((check.entries, check.head.seq, check.broken), (5, 5, None));
        assert_eq!(check.head, store.audit_head().unwrap());
        assert_eq!(store.audit_of_person(3).unwrap()[0].subject, "person:3");
    }

    #[test]
    fn the_journal_refuses_updates_and_deletes() {
        let (_d, store) = store_with(2);
        for sql in [
            "UPDATE audit SET worker = 'x'",
            "DELETE FROM audit WHERE seq = 2",
        ] {
            let err = store.conn().execute(sql, []).unwrap_err();
            assert!(err.to_string().contains("append-only"), "{err}");
        }
    }

    #[test]
    fn an_edited_entry_breaks_the_chain_where_it_was_edited() {
        let (_d, mut store) = store_with(5);
        store
            .tamper_audit("UPDATE audit SET worker = 'Quelqu''un' WHERE seq = 3")
            .unwrap();
        let check = store.verify_audit().unwrap();
        assert_eq!(check.broken, Some(ChainBreak::Changed { seq: 3 }));
    }

    #[test]
    fn a_removed_entry_is_a_gap() {
        let (_d, mut store) = store_with(5);
        store
            .tamper_audit("DELETE FROM audit WHERE seq = 2")
            .unwrap();
        let check = store.verify_audit().unwrap();
        assert_eq!(check.broken, Some(ChainBreak::Missing { seq: 2, next: 3 }));
    }

    #[test]
    fn a_renumbered_journal_does_not_chain() {
        // Removing entry 2 then renumbering 3→2, 4→3… hides the gap but
        // not the link to the previous hash.
        let (_d, mut store) = store_with(4);
        store
            .tamper_audit(
                "DELETE FROM audit WHERE seq = 2;
                 UPDATE audit SET seq = seq - 1 WHERE seq > 2;",
            )
            .unwrap();
        let check = store.verify_audit().unwrap();
        assert_eq!(check.broken, Some(ChainBreak::Unlinked { seq: 2 }));
    }
}
