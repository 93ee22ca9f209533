//! From the worker's passphrase to the database key.
//!
//! Argon2id (memory-hard, so a stolen laptop's file resists guessing) turns
//! the passphrase and the database's random salt into a 32-byte key handed
//! to SQLCipher as a raw key with that explicit salt. SQLCipher stores the
//! salt in the file's first 16 bytes, so the file is self-contained: a copy
//! on a USB key opens with the passphrase alone.
//!
//! Key material lives in `Zeroizing` buffers, wiped on drop. Copies made by
//! SQLCipher itself or by the webview that typed the passphrase are out of
//! our reach.

use std::io::Read;
use std::path::Path;

use argon2::{Algorithm, Argon2, Params, Version};
use zeroize::Zeroizing;

use crate::{Result, StoreError};

pub const SALT_LEN: usize = 16;
pub const KEY_LEN: usize = 32;

/// A passphrase, wiped from memory when dropped.
pub struct Passphrase(Zeroizing<String>);

impl Passphrase {
    pub fn new(text: impl Into<String>) -> Self {
        Passphrase(Zeroizing::new(text.into()))
    }

    fn bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }
}

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(…)")
    }
}

/// Argon2id cost. The same parameters must be used to open a database as
/// to create it: [`KdfParams::STANDARD`] everywhere but in tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KdfParams {
    pub memory_kib: u32,
    pub passes: u32,
}

impl KdfParams {
    /// 64 MiB, 3 passes: about a quarter of a second on a 2-core laptop.
    pub const STANDARD: KdfParams = KdfParams {
        memory_kib: 64 * 1024,
        passes: 3,
    };
    /// For tests only: the same algorithm, cheap enough to run hundreds of
    /// times.
    pub const FAST_INSECURE_FOR_TESTS: KdfParams = KdfParams {
        memory_kib: 64,
        passes: 1,
    };
}

pub(crate) fn derive(
    passphrase: &Passphrase,
    salt: &[u8; SALT_LEN],
    params: &KdfParams,
) -> Result<Zeroizing<[u8; KEY_LEN]>> {
    let params = Params::new(params.memory_kib, params.passes, 1, Some(KEY_LEN))
        .map_err(|e| StoreError::Kdf(e.to_string()))?;
    let mut key = Zeroizing::new([0u8; KEY_LEN]);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(passphrase.bytes(), salt, key.as_mut())
        .map_err(|e| StoreError::Kdf(e.to_string()))?;
    Ok(key)
}

pub(crate) fn random_salt() -> Result<[u8; SALT_LEN]> {
    let mut salt = [0u8; SALT_LEN];
    getrandom::fill(&mut salt).map_err(|e| StoreError::Kdf(e.to_string()))?;
    Ok(salt)
}

/// The salt SQLCipher wrote at the start of the file.
pub(crate) fn read_salt(path: &Path) -> Result<[u8; SALT_LEN]> {
    let mut file = std::fs::File::open(path).map_err(|source| {
        if source.kind() == std::io::ErrorKind::NotFound {
            StoreError::Missing(path.to_owned())
        } else {
            StoreError::Io {
                path: path.to_owned(),
                source,
            }
        }
    })?;
    let mut salt = [0u8; SALT_LEN];
    file.read_exact(&mut salt)
        .map_err(|_| StoreError::Damaged("the file is too short to be a database".into()))?;
    Ok(salt)
}

/// `x'<key hex><salt hex>'`: SQLCipher's raw key with explicit salt.
pub(crate) fn key_literal(key: &[u8; KEY_LEN], salt: &[u8; SALT_LEN]) -> Zeroizing<String> {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut s = Zeroizing::new(String::with_capacity(3 + 2 * (KEY_LEN + SALT_LEN)));
    s.push_str("x'");
    for b in key.iter().chain(salt.iter()) {
        s.push(HEX[usize::from(b >> 4)] as char);
        s.push(HEX[usize::from(b & 0x0f)] as char);
    }
    s.push('\'');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_passphrase_and_salt_give_the_same_key_and_others_do_not() {
        let p = KdfParams::FAST_INSECURE_FOR_TESTS;
        let a = derive(&Passphrase::new("correct horse"), &[1; 16], &p).unwrap();
        let b = derive(&Passphrase::new("correct horse"), &[1; 16], &p).unwrap();
        let c = derive(&Passphrase::new("correct horsf"), &[1; 16], &p).unwrap();
        let d = derive(&Passphrase::new("correct horse"), &[2; 16], &p).unwrap();
        assert_eq!(*a, *b);
        assert_ne!(*a, *c);
        assert_ne!(*a, *d);
    }

    #[test]
    fn key_literal_is_key_then_salt_in_hex() {
        let lit = key_literal(&[0xab; KEY_LEN], &[0x01; SALT_LEN]);
        assert_eq!(lit.len(), 3 + 96);
        assert!(lit.starts_with("x'abab"));
        assert!(lit.ends_with("0101'"));
    }

    #[test]
    fn the_passphrase_never_shows_in_debug_output() {
        assert_eq!(format!("{:?}", Passphrase::new("secret")), "Passphrase(…)");
    }
}
