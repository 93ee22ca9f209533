//! Packet files and the team file in the shared folder.
//!
//! A packet: `MAGIC` · header length (u32 LE) · header (JSON, plaintext but
//! authenticated) · sealed length (u64 LE) · nonce (24 bytes) · body sealed
//! with XChaCha20-Poly1305 under the team key, the magic and header as
//! associated data · `END`. The body lists the changes: for each, its
//! number (u64), its time (i64, ms UTC) and its changeset (u64 length ·
//! bytes), all little-endian. Nothing in the header names a person.
//!
//! The team file (`team.json`) holds the team's id, the Argon2id salt and
//! cost, and a known text sealed under the key, so a wrong team passphrase
//! is told at once rather than as « altered packet ».

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};

use crate::key::{KdfParams, Passphrase};
use crate::{Result, StoreError, key, sync_parent};

pub const MAGIC: &[u8] = b"PERMANENCE-EQUIPE-1\n";
pub const END: &[u8] = b"\nFIN-EQUIPE\n";
pub const TEAM_FILE: &str = "team.json";
pub const EXTENSION: &str = "packet";
const CHECK_TEXT: &[u8] = b"permanence team key";
const NONCE_LEN: usize = 24;

/// What is wrong with a packet or the team file: each is refused as a
/// whole, before anything of it is applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PacketProblem {
    /// Shorter than its lengths say, or without its end marker (copy cut
    /// short, USB key pulled out).
    CutShort,
    /// Not a packet of Permanence at all.
    NotAPacket,
    /// Written for another team.
    OtherTeam,
    /// Its seal does not verify: altered, or sealed under another key.
    Altered,
    /// Its name, laptop or numbers are not where it lies (a packet copied
    /// or replayed under another name).
    Misplaced,
    /// Its changes do not follow the ones already applied (one is missing).
    OutOfOrder { expected: i64, found: i64 },
    /// It needs changes of another laptop that are not in the folder yet.
    Waiting { installation: String },
}

/// The plaintext part of a packet.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Header {
    pub team: String,
    pub installation: String,
    pub label: String,
    pub id_block: i64,
    /// 1, 2, 3… in the laptop's sub-folder.
    pub number: i64,
    /// The laptop's changes `first..=last`.
    pub first: i64,
    pub last: i64,
    /// Schema version of the database that wrote it.
    pub schema: u32,
    /// The writer's clock (RFC 3339) when written.
    pub written_at: String,
    /// The changes of each other laptop applied where these were made.
    pub seen: BTreeMap<String, i64>,
}

/// One change: one write transaction on one laptop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub seq: i64,
    pub at: i64,
    pub changeset: Vec<u8>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TeamFile {
    pub format: u32,
    pub team: String,
    pub salt: String,
    pub memory_kib: u32,
    pub passes: u32,
    pub check: String,
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

pub(crate) fn random_hex(bytes: usize) -> Result<String> {
    let mut b = vec![0u8; bytes];
    getrandom::fill(&mut b).map_err(|e| StoreError::Kdf(e.to_string()))?;
    Ok(hex(&b))
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> StoreError + '_ {
    move |source| {
        if source.raw_os_error() == Some(28) || source.kind() == std::io::ErrorKind::StorageFull {
            StoreError::DiskFull
        } else {
            StoreError::Io {
                path: path.to_owned(),
                source,
            }
        }
    }
}

fn packet_error(path: &Path, problem: PacketProblem) -> StoreError {
    StoreError::TeamPacket {
        file: path.to_owned(),
        problem,
    }
}

fn cipher(team_key: &[u8]) -> Result<XChaCha20Poly1305> {
    XChaCha20Poly1305::new_from_slice(team_key)
        .map_err(|_| StoreError::Malformed("team key of the wrong length".into()))
}

fn seal(team_key: &[u8], aad: &[u8], plain: &[u8]) -> Result<Vec<u8>> {
    let mut nonce = [0u8; NONCE_LEN];
    getrandom::fill(&mut nonce).map_err(|e| StoreError::Kdf(e.to_string()))?;
    let sealed = cipher(team_key)?
        .encrypt(XNonce::from_slice(&nonce), Payload { msg: plain, aad })
        .map_err(|_| StoreError::Malformed("sealing failed".into()))?;
    let mut out = nonce.to_vec();
    out.extend_from_slice(&sealed);
    Ok(out)
}

fn open_sealed(team_key: &[u8], aad: &[u8], sealed: &[u8]) -> Option<Vec<u8>> {
    if sealed.len() < NONCE_LEN {
        return None;
    }
    let (nonce, body) = sealed.split_at(NONCE_LEN);
    cipher(team_key)
        .ok()?
        .decrypt(XNonce::from_slice(nonce), Payload { msg: body, aad })
        .ok()
}

/// Derives the team key from the team passphrase and the team file's salt.
pub(crate) fn derive_key(passphrase: &Passphrase, file: &TeamFile) -> Result<Vec<u8>> {
    let salt: [u8; 16] = unhex(&file.salt)
        .and_then(|s| s.try_into().ok())
        .ok_or_else(|| StoreError::Malformed("team file: salt".into()))?;
    let kdf = KdfParams {
        memory_kib: file.memory_kib,
        passes: file.passes,
    };
    Ok(key::derive(passphrase, &salt, &kdf)?.to_vec())
}

/// A new team file (and its key) for `team`.
pub(crate) fn new_team_file(
    team: &str,
    passphrase: &Passphrase,
    kdf: &KdfParams,
) -> Result<(TeamFile, Vec<u8>)> {
    let salt = key::random_salt()?;
    let mut file = TeamFile {
        format: 1,
        team: team.to_owned(),
        salt: hex(&salt),
        memory_kib: kdf.memory_kib,
        passes: kdf.passes,
        check: String::new(),
    };
    let team_key = derive_key(passphrase, &file)?;
    file.check = hex(&seal(&team_key, team.as_bytes(), CHECK_TEXT)?);
    Ok((file, team_key))
}

/// Whether `team_key` is the key of `file`.
pub(crate) fn key_matches(file: &TeamFile, team_key: &[u8]) -> bool {
    unhex(&file.check)
        .and_then(|sealed| open_sealed(team_key, file.team.as_bytes(), &sealed))
        .is_some_and(|text| text == CHECK_TEXT)
}

pub(crate) fn read_team_file(folder: &Path) -> Result<Option<TeamFile>> {
    let path = folder.join(TEAM_FILE);
    if !folder.is_dir() {
        return Err(StoreError::TeamFolderUnreachable(folder.to_owned()));
    }
    match std::fs::read(&path) {
        Ok(bytes) => serde_json::from_slice(&bytes)
            .map(Some)
            .map_err(|_| packet_error(&path, PacketProblem::NotAPacket)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(io(&path)(e)),
    }
}

/// Writes `bytes` to `dest` through a `.partial` file renamed once synced:
/// a reader never sees half a file under the final name.
pub(crate) fn write_whole(dest: &Path, bytes: &[u8]) -> Result<()> {
    let partial = dest.with_extension("partial");
    let written = (|| {
        let mut f = std::fs::File::create(&partial).map_err(io(&partial))?;
        f.write_all(bytes).map_err(io(&partial))?;
        f.sync_all().map_err(io(&partial))?;
        std::fs::rename(&partial, dest).map_err(io(dest))?;
        sync_parent(dest);
        Ok(())
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    written
}

pub(crate) fn write_team_file(folder: &Path, file: &TeamFile) -> Result<()> {
    let bytes =
        serde_json::to_vec_pretty(file).map_err(|e| StoreError::Malformed(e.to_string()))?;
    write_whole(&folder.join(TEAM_FILE), &bytes)
}

pub(crate) fn packet_name(number: i64) -> String {
    format!("{number:08}.{EXTENSION}")
}

/// The packets in a laptop's sub-folder, by number (`.partial` files and
/// other names are not packets yet).
pub(crate) fn list_packets(dir: &Path) -> Result<Vec<(i64, PathBuf)>> {
    let mut out = Vec::new();
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(out),
        Err(e) => return Err(io(dir)(e)),
    };
    for entry in entries {
        let entry = entry.map_err(io(dir))?;
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let Some(stem) = name.strip_suffix(&format!(".{EXTENSION}")) else {
            continue;
        };
        if let Ok(n) = stem.parse::<i64>() {
            out.push((n, entry.path()));
        }
    }
    out.sort();
    Ok(out)
}

pub(crate) fn encode(header: &Header, changes: &[Change], team_key: &[u8]) -> Result<Vec<u8>> {
    let header_bytes =
        serde_json::to_vec(header).map_err(|e| StoreError::Malformed(e.to_string()))?;
    let mut body = Vec::new();
    for c in changes {
        body.extend_from_slice(&(c.seq as u64).to_le_bytes());
        body.extend_from_slice(&c.at.to_le_bytes());
        body.extend_from_slice(&(c.changeset.len() as u64).to_le_bytes());
        body.extend_from_slice(&c.changeset);
    }
    let mut aad = MAGIC.to_vec();
    aad.extend_from_slice(&header_bytes);
    let sealed = seal(team_key, &aad, &body)?;
    let mut out = Vec::with_capacity(MAGIC.len() + 12 + header_bytes.len() + sealed.len() + 16);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&(header_bytes.len() as u32).to_le_bytes());
    out.extend_from_slice(&header_bytes);
    out.extend_from_slice(&(sealed.len() as u64).to_le_bytes());
    out.extend_from_slice(&sealed);
    out.extend_from_slice(END);
    Ok(out)
}

fn take<'a>(bytes: &mut &'a [u8], n: usize) -> Option<&'a [u8]> {
    if bytes.len() < n {
        return None;
    }
    let (head, rest) = bytes.split_at(n);
    *bytes = rest;
    Some(head)
}

fn u64_of(b: &[u8]) -> u64 {
    u64::from_le_bytes(b.try_into().unwrap_or([0; 8]))
}

/// Reads the header only: enough to skip a packet already applied.
pub(crate) fn read_header(path: &Path, bytes: &[u8]) -> Result<Header> {
    let cut = || packet_error(path, PacketProblem::CutShort);
    let mut rest = bytes;
    if bytes.len() < MAGIC.len() || !bytes.starts_with(MAGIC) {
        return Err(if MAGIC.starts_with(bytes) {
            cut()
        } else {
            packet_error(path, PacketProblem::NotAPacket)
        });
    }
    take(&mut rest, MAGIC.len());
    let len = take(&mut rest, 4).ok_or_else(cut)?;
    let len = u32::from_le_bytes(len.try_into().unwrap_or([0; 4])) as usize;
    let header = take(&mut rest, len).ok_or_else(cut)?;
    serde_json::from_slice(header).map_err(|_| packet_error(path, PacketProblem::NotAPacket))
}

/// Reads a whole packet: its lengths, its end marker, its team, then its
/// seal; any failure refuses it as a whole.
pub(crate) fn decode(
    path: &Path,
    bytes: &[u8],
    team: &str,
    team_key: &[u8],
) -> Result<(Header, Vec<Change>)> {
    let cut = || packet_error(path, PacketProblem::CutShort);
    let header = read_header(path, bytes)?;
    let mut rest = &bytes[MAGIC.len()..];
    let header_len = u32::from_le_bytes(
        take(&mut rest, 4)
            .ok_or_else(cut)?
            .try_into()
            .unwrap_or([0; 4]),
    );
    let header_bytes = take(&mut rest, header_len as usize).ok_or_else(cut)?;
    let sealed_len = take(&mut rest, 8).ok_or_else(cut)?;
    let sealed_len = usize::try_from(u64_of(sealed_len)).map_err(|_| cut())?;
    let sealed = take(&mut rest, sealed_len).ok_or_else(cut)?;
    if rest != END {
        return Err(if rest.len() < END.len() {
            cut()
        } else {
            packet_error(path, PacketProblem::Altered)
        });
    }
    if header.team != team {
        return Err(packet_error(path, PacketProblem::OtherTeam));
    }
    let mut aad = MAGIC.to_vec();
    aad.extend_from_slice(header_bytes);
    let body = open_sealed(team_key, &aad, sealed)
        .ok_or_else(|| packet_error(path, PacketProblem::Altered))?;
    let mut changes = Vec::new();
    let mut b = body.as_slice();
    while !b.is_empty() {
        let altered = || packet_error(path, PacketProblem::Altered);
        let seq = u64_of(take(&mut b, 8).ok_or_else(altered)?) as i64;
        let at = u64_of(take(&mut b, 8).ok_or_else(altered)?) as i64;
        let len =
            usize::try_from(u64_of(take(&mut b, 8).ok_or_else(altered)?)).map_err(|_| altered())?;
        let changeset = take(&mut b, len).ok_or_else(altered)?.to_vec();
        changes.push(Change { seq, at, changeset });
    }
    let numbered = changes.iter().map(|c| c.seq).eq(header.first..=header.last);
    if !numbered {
        return Err(packet_error(path, PacketProblem::Misplaced));
    }
    Ok((header, changes))
}
