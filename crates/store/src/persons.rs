//! The `persons` table and its name index.

use permanence_domain::{Domiciliation, Person, PersonFields, search_tokens};
use rusqlite::{OptionalExtension, Row, Transaction, params};
use serde::Serialize;

use crate::{Result, Store, StoreError};

/// A line of the persons list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PersonSummary {
    pub id: i64,
    pub family_name: String,
    pub given_names: String,
    pub alt_names: Vec<String>,
    pub birth_date: Option<String>,
}

const COLUMNS: &str = "id, family_name, given_names, alt_names, birth_date, birth_place, \
    nationality, languages, phone, email, address, domiciliation_organisation, \
    domiciliation_address, domiciliation_expires_on, notes, created_at, updated_at";

fn json_list(text: String) -> rusqlite::Result<Vec<String>> {
    serde_json::from_str(&text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn person_from_row(row: &Row<'_>) -> rusqlite::Result<Person> {
    let org: Option<String> = row.get(11)?;
    let addr: Option<String> = row.get(12)?;
    let expires: Option<chrono::NaiveDate> = row.get(13)?;
    let domiciliation = if org.is_some() || addr.is_some() || expires.is_some() {
        Some(Domiciliation {
            organisation: org.unwrap_or_default(),
            address: addr.unwrap_or_default(),
            expires_on: expires,
        })
    } else {
        None
    };
    Ok(Person {
        id: row.get(0)?,
        fields: PersonFields {
            family_name: row.get(1)?,
            given_names: row.get(2)?,
            alt_names: json_list(row.get(3)?)?,
            birth_date: row.get(4)?,
            birth_place: row.get(5)?,
            nationality: row.get(6)?,
            languages: json_list(row.get(7)?)?,
            phone: row.get(8)?,
            email: row.get(9)?,
            address: row.get(10)?,
            domiciliation,
            notes: row.get(14)?,
        },
        created_at: row.get(15)?,
        updated_at: row.get(16)?,
    })
}

/// Writes the name tokens of person `id` again from what is recorded (a
/// change that came from another laptop of the team). Nothing when the
/// person is no longer there.
pub(crate) fn rebuild_tokens(tx: &Transaction<'_>, id: i64) -> Result<()> {
    let person = tx
        .query_row(
            &format!("SELECT {COLUMNS} FROM persons WHERE id = ?1"),
            [id],
            person_from_row,
        )
        .optional()?;
    match person {
        Some(p) => write_tokens(tx, id, &p.fields),
        None => Ok(()),
    }
}

fn write_tokens(tx: &Transaction<'_>, id: i64, fields: &PersonFields) -> Result<()> {
    tx.execute("DELETE FROM person_name_tokens WHERE person_id = ?1", [id])?;
    let mut all = String::new();
    for name in [&fields.family_name, &fields.given_names]
        .into_iter()
        .chain(fields.alt_names.iter())
    {
        all.push_str(name);
        all.push(' ');
    }
    let mut insert = tx.prepare_cached(
        "INSERT OR IGNORE INTO person_name_tokens (token, person_id) VALUES (?1, ?2)",
    )?;
    for token in search_tokens(&all) {
        insert.execute(params![token, id])?;
    }
    Ok(())
}

/// The columns a create or an update writes, in the order of [`Values`].
const WRITTEN: &str = "family_name, given_names, alt_names, birth_date, birth_place, \
    nationality, languages, phone, email, address, domiciliation_organisation, \
    domiciliation_address, domiciliation_expires_on, notes";
const PLACES: &str = "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14";

/// A person's fields as column values, lists as JSON.
struct Values<'a> {
    fields: &'a PersonFields,
    alt_names: String,
    languages: String,
    organisation: Option<&'a str>,
    dom_address: Option<&'a str>,
    dom_expires: Option<chrono::NaiveDate>,
}

impl<'a> Values<'a> {
    fn of(fields: &'a PersonFields) -> Self {
        let json = |l: &[String]| serde_json::to_string(l).unwrap_or_else(|_| "[]".into());
        let dom = fields.domiciliation.as_ref();
        Values {
            fields,
            alt_names: json(&fields.alt_names),
            languages: json(&fields.languages),
            organisation: dom.map(|d| d.organisation.as_str()),
            dom_address: dom.map(|d| d.address.as_str()),
            dom_expires: dom.and_then(|d| d.expires_on),
        }
    }

    fn params(&self) -> Vec<&dyn rusqlite::ToSql> {
        let f = self.fields;
        vec![
            &f.family_name,
            &f.given_names,
            &self.alt_names,
            &f.birth_date,
            &f.birth_place,
            &f.nationality,
            &self.languages,
            &f.phone,
            &f.email,
            &f.address,
            &self.organisation,
            &self.dom_address,
            &self.dom_expires,
            &f.notes,
        ]
    }
}

impl Store {
    /// Records a new person. `now` is an RFC 3339 instant from the caller.
    pub fn create_person(&mut self, fields: &PersonFields, now: &str) -> Result<Person> {
        let ids = self.create_persons(std::slice::from_ref(fields), now)?;
        self.person(ids[0])
    }

    /// Records many persons in one transaction (imports, benchmarks).
    pub fn create_persons(&mut self, list: &[PersonFields], now: &str) -> Result<Vec<i64>> {
        let self_worker = self.worker();
        self.write(now, |tx| {
            let mut ids = Vec::with_capacity(list.len());
            for fields in list {
                let values = Values::of(fields);
                let id = crate::team::next_id(tx, "persons")?;
                let mut params = values.params();
                params.push(&now);
                params.push(&id);
                tx.prepare_cached(&format!(
                    "INSERT INTO persons ({WRITTEN}, created_at, updated_at, id) \
                     VALUES ({PLACES}, ?15, ?15, ?16)"
                ))?
                .execute(params.as_slice())?;
                tx.execute(
                    "UPDATE persons SET created_by = ?2, updated_by = ?2 WHERE id = ?1",
                    params![id, self_worker],
                )?;
                write_tokens(tx, id, fields)?;
                ids.push(id);
            }
            Ok(ids)
        })
    }

    /// Replaces what is recorded about person `id`.
    pub fn update_person(&mut self, id: i64, fields: &PersonFields, now: &str) -> Result<Person> {
        let worker = self.worker();
        self.write(now, |tx| {
            let values = Values::of(fields);
            let mut params = values.params();
            params.push(&now);
            params.push(&id);
            let changed = tx.execute(
                &format!(
                    "UPDATE persons SET ({WRITTEN}, updated_at) = ({PLACES}, ?15) WHERE id = ?16"
                ),
                params.as_slice(),
            )?;
            if changed == 0 {
                return Err(StoreError::NotFound);
            }
            tx.execute(
                "UPDATE persons SET updated_by = ?2 WHERE id = ?1",
                params![id, worker],
            )?;
            write_tokens(tx, id, fields)
        })?;
        self.person(id)
    }

    pub fn person(&self, id: i64) -> Result<Person> {
        self.conn()
            .query_row(
                &format!("SELECT {COLUMNS} FROM persons WHERE id = ?1"),
                [id],
                person_from_row,
            )
            .optional()?
            .ok_or(StoreError::NotFound)
    }

    pub fn count_persons(&self) -> Result<i64> {
        Ok(self
            .conn()
            .query_row("SELECT count(*) FROM persons", [], |r| r.get(0))?)
    }

    /// Persons whose names (or recorded alternative spellings) contain a
    /// word starting with each word of `query`, ignoring accents and case.
    /// An empty query lists everyone. Sorted by family name, then given
    /// names.
    pub fn search_persons(&self, query: &str, limit: usize) -> Result<Vec<PersonSummary>> {
        let mut tokens = search_tokens(query);
        // Longest first: the most selective range drives the query.
        tokens.sort_by_key(|t| std::cmp::Reverse(t.len()));
        let mut sql =
            String::from("SELECT id, family_name, given_names, alt_names, birth_date FROM persons");
        let mut args: Vec<String> = Vec::new();
        for (i, token) in tokens.iter().enumerate() {
            sql.push_str(if i == 0 { " WHERE " } else { " AND " });
            sql.push_str(&format!(
                "id IN (SELECT person_id FROM person_name_tokens WHERE token >= ?{} AND token < ?{})",
                args.len() + 1,
                args.len() + 2
            ));
            args.push(token.clone());
            args.push(format!("{token}\u{10FFFF}"));
        }
        sql.push_str(&format!(
            " ORDER BY family_name, given_names, id LIMIT {}",
            limit.min(10_000)
        ));
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args.iter()), |row| {
            Ok(PersonSummary {
                id: row.get(0)?,
                family_name: row.get(1)?,
                given_names: row.get(2)?,
                alt_names: json_list(row.get(3)?)?,
                birth_date: row.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
