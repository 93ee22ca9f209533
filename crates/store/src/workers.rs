//! Worker profiles (0006): a name and a PIN or passphrase per worker, kept
//! as an Argon2id hash with its own salt, under the database key.

use rusqlite::{OptionalExtension, params};
use serde::Serialize;
use zeroize::Zeroizing;

use crate::key::{self, KdfParams, Passphrase, SALT_LEN};
use crate::{Result, Store, StoreError};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Worker {
    pub id: i64,
    pub name: String,
}

/// Who created a record and who changed it last (names; `None` for records
/// made before profiles, or by a worker since removed).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Authors {
    pub created_by: Option<String>,
    pub updated_by: Option<String>,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

fn secret_of(pin: &Passphrase, salt: &[u8; SALT_LEN], kdf: &KdfParams) -> Result<String> {
    let hash: Zeroizing<[u8; key::KEY_LEN]> = key::derive(pin, salt, kdf)?;
    Ok(format!("{}${}", hex(salt), hex(hash.as_ref())))
}

impl Store {
    pub(crate) fn worker(&self) -> Option<i64> {
        self.worker
    }

    /// Who writes from now on (`None` when signed out).
    pub fn set_worker(&mut self, worker: Option<i64>) {
        self.worker = worker;
    }

    /// Profiles exist and nobody is signed in: records stay closed.
    pub fn sign_in_required(&self) -> bool {
        self.has_workers && self.worker.is_none()
    }

    pub(crate) fn load_has_workers(&mut self) -> Result<()> {
        self.has_workers =
            self.conn()
                .query_row("SELECT EXISTS (SELECT 1 FROM workers)", [], |r| r.get(0))?;
        Ok(())
    }

    pub fn workers(&self) -> Result<Vec<Worker>> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT id, name FROM workers ORDER BY name_key")?;
        let rows = stmt.query_map([], |r| {
            Ok(Worker {
                id: r.get(0)?,
                name: r.get(1)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Adds a worker; `name_key` (the folded name) must be new.
    pub fn add_worker(
        &mut self,
        name: &str,
        name_key: &str,
        pin: &Passphrase,
        kdf: &KdfParams,
        now: &str,
    ) -> Result<Worker> {
        let secret = secret_of(pin, &key::random_salt()?, kdf)?;
        let id = self.write(now, |tx| {
            let id = crate::team::next_id(tx, "workers")?;
            let inserted = tx.execute(
                "INSERT INTO workers (id, name, name_key, secret, created_at)
                 VALUES (?5, ?1, ?2, ?3, ?4)
                 ON CONFLICT(name_key) DO NOTHING",
                params![name, name_key, secret, now, id],
            )?;
            if inserted == 0 {
                return Err(StoreError::AlreadyExists(name.into()));
            }
            Ok(id)
        })?;
        self.has_workers = true;
        Ok(Worker {
            id,
            name: name.to_owned(),
        })
    }

    /// The worker whose folded name is `name_key`, if `pin` is theirs.
    pub fn check_worker(
        &self,
        name_key: &str,
        pin: &Passphrase,
        kdf: &KdfParams,
    ) -> Result<Option<Worker>> {
        let row: Option<(i64, String, String)> = self
            .conn()
            .query_row(
                "SELECT id, name, secret FROM workers WHERE name_key = ?1",
                [name_key],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let Some((id, name, secret)) = row else {
            return Ok(None);
        };
        let salt: [u8; SALT_LEN] = secret
            .split_once('$')
            .and_then(|(s, _)| unhex(s))
            .and_then(|s| s.try_into().ok())
            .ok_or_else(|| StoreError::Malformed(format!("secret of worker {id}")))?;
        Ok((secret_of(pin, &salt, kdf)? == secret).then_some(Worker { id, name }))
    }

    /// Who created and last changed a person (`person`) or a dossier.
    pub fn authors(&self, table: AuthoredTable, id: i64) -> Result<Authors> {
        let sql = match table {
            AuthoredTable::Person => {
                "SELECT c.name, u.name FROM persons x
                 LEFT JOIN workers c ON c.id = x.created_by
                 LEFT JOIN workers u ON u.id = x.updated_by WHERE x.id = ?1"
            }
            AuthoredTable::Dossier => {
                "SELECT c.name, u.name FROM dossiers x
                 LEFT JOIN workers c ON c.id = x.created_by
                 LEFT JOIN workers u ON u.id = x.updated_by WHERE x.id = ?1"
            }
        };
        self.conn()
            .query_row(sql, [id], |r| {
                Ok(Authors {
                    created_by: r.get(0)?,
                    updated_by: r.get(1)?,
                })
            })
            .optional()?
            .ok_or(StoreError::NotFound)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthoredTable {
    Person,
    Dossier,
}
