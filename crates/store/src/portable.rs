//! Portable backups: the whole database in one file protected by a
//! passphrase chosen for it, to carry on a USB key to another laptop.
//!
//! Layout: `MAGIC` · payload length (u64, little-endian) · payload (an
//! SQLCipher database keyed with the chosen passphrase, its salt in its
//! first bytes) · SHA-256 of the payload · `END`. The file is written under
//! a `.partial` name, synced, then renamed. Reading checks the magic, the
//! length, the hash and the end marker before anything is restored: a copy
//! cut short (the key pulled out mid-copy) or altered is refused as a whole.

use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::key::{self, KdfParams, Passphrase};
use crate::{DerivedKey, Result, Store, StoreError, sync_file, sync_parent};

pub const MAGIC: &[u8] = b"PERMANENCE-PORTABLE-1\n";
pub const END: &[u8] = b"\nFIN-PERMANENCE\n";
/// File name extension of portable backups.
pub const EXTENSION: &str = "permanence";

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> StoreError + '_ {
    move |source| StoreError::Io {
        path: path.to_owned(),
        source,
    }
}

fn incomplete(what: &str) -> StoreError {
    StoreError::Incomplete(what.to_owned())
}

impl Store {
    /// Writes the portable backup to `dest`. `work` is a folder on the
    /// laptop (not the USB key) for the intermediate copy. Returns the
    /// file's size.
    pub fn export_portable(
        &self,
        dest: &Path,
        work: &Path,
        passphrase: &Passphrase,
        kdf: &KdfParams,
    ) -> Result<u64> {
        std::fs::create_dir_all(work).map_err(io(work))?;
        let salt = key::random_salt()?;
        let new_key = DerivedKey {
            key: key::derive(passphrase, &salt, kdf)?,
            salt,
        };
        let copy = work.join("portable-export.tmp");
        self.export_rekeyed(&copy, &new_key)?;
        let written = write_container(&copy, dest);
        let _ = std::fs::remove_file(&copy);
        written
    }
}

fn write_container(payload: &Path, dest: &Path) -> Result<u64> {
    let partial = dest.with_extension(format!("{EXTENSION}.partial"));
    let len = std::fs::metadata(payload).map_err(io(payload))?.len();
    {
        let mut input = BufReader::new(File::open(payload).map_err(io(payload))?);
        let mut out = BufWriter::new(File::create(&partial).map_err(io(&partial))?);
        out.write_all(MAGIC).map_err(io(&partial))?;
        out.write_all(&len.to_le_bytes()).map_err(io(&partial))?;
        let mut hash = Sha256::new();
        let mut buf = vec![0u8; 1 << 16];
        loop {
            let n = input.read(&mut buf).map_err(io(payload))?;
            if n == 0 {
                break;
            }
            hash.update(&buf[..n]);
            out.write_all(&buf[..n]).map_err(io(&partial))?;
        }
        out.write_all(&hash.finalize()).map_err(io(&partial))?;
        out.write_all(END).map_err(io(&partial))?;
        out.flush().map_err(io(&partial))?;
    }
    sync_file(&partial)?;
    std::fs::rename(&partial, dest).map_err(io(dest))?;
    sync_parent(dest);
    Ok(std::fs::metadata(dest).map_err(io(dest))?.len())
}

/// Checks the portable backup at `src` and writes its database to `out`
/// (replaced if there). Anything short, long or altered is
/// [`StoreError::Incomplete`] and `out` is removed.
pub fn read_portable(src: &Path, out: &Path) -> Result<()> {
    let result = read_container(src, out);
    if result.is_err() {
        let _ = std::fs::remove_file(out);
    }
    result
}

fn read_container(src: &Path, out: &Path) -> Result<()> {
    let total = std::fs::metadata(src).map_err(io(src))?.len();
    let mut input = BufReader::new(File::open(src).map_err(io(src))?);
    let mut magic = vec![0u8; MAGIC.len()];
    if input.read_exact(&mut magic).is_err() || magic != MAGIC {
        return Err(incomplete("not a Permanence portable backup"));
    }
    let mut len = [0u8; 8];
    input
        .read_exact(&mut len)
        .map_err(|_| incomplete("cut before its length"))?;
    let len = u64::from_le_bytes(len);
    // A forged length must not overflow the sum (found by the fuzzer's
    // first seeds: u64::MAX).
    let expected = len.checked_add((MAGIC.len() + 8 + 32 + END.len()) as u64);
    if expected != Some(total) {
        let expected = expected.map_or_else(|| "more than can exist".to_owned(), |e| e.to_string());
        return Err(incomplete(&format!(
            "{total} bytes instead of {expected}: cut short or padded"
        )));
    }
    let mut output = BufWriter::new(File::create(out).map_err(io(out))?);
    let mut hash = Sha256::new();
    let mut left = len;
    let mut buf = vec![0u8; 1 << 16];
    while left > 0 {
        let want = buf.len().min(usize::try_from(left).unwrap_or(usize::MAX));
        let n = input.read(&mut buf[..want]).map_err(io(src))?;
        if n == 0 {
            return Err(incomplete("cut inside the database"));
        }
        hash.update(&buf[..n]);
        output.write_all(&buf[..n]).map_err(io(out))?;
        left -= n as u64;
    }
    output.flush().map_err(io(out))?;
    drop(output);
    let mut stored = [0u8; 32];
    input
        .read_exact(&mut stored)
        .map_err(|_| incomplete("cut before its checksum"))?;
    if stored[..] != hash.finalize()[..] {
        return Err(incomplete("its content does not match its checksum"));
    }
    let mut end = vec![0u8; END.len()];
    if input.read_exact(&mut end).is_err() || end != END {
        return Err(incomplete("no end marker"));
    }
    sync_file(out)?;
    Ok(())
}
