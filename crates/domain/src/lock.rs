//! Locking a shared laptop: after how long without input, and how long a
//! wrong passphrase makes the next try wait. Waiting slows down guessing;
//! nothing is ever erased for a wrong passphrase (a tired volunteer must not
//! lose the hostel's records).

/// Minutes without input before the app locks itself (Paramètres).
pub const DEFAULT_LOCK_MINUTES: u32 = 10;
/// The range offered in Paramètres.
pub const LOCK_MINUTES_RANGE: std::ops::RangeInclusive<u32> = 1..=240;
/// Reminders of deadlines due within this many days (Paramètres).
pub const REMINDER_DAYS_RANGE: std::ops::RangeInclusive<u32> = 1..=90;
/// Months a closed dossier is kept before it is listed for review.
pub const RETENTION_MONTHS_RANGE: std::ops::RangeInclusive<u32> = 1..=120;
/// Wrong passphrases allowed in a row before any wait.
pub const FREE_ATTEMPTS: u32 = 3;
/// The longest wait, whatever the number of failures.
pub const MAX_UNLOCK_DELAY_SECONDS: i64 = 300;

/// Seconds to wait before the next try after `failures` wrong passphrases
/// in a row: none for the first [`FREE_ATTEMPTS`], then 5 s doubling up to
/// [`MAX_UNLOCK_DELAY_SECONDS`].
pub fn unlock_delay(failures: u32) -> i64 {
    if failures < FREE_ATTEMPTS {
        return 0;
    }
    let doublings = (failures - FREE_ATTEMPTS).min(16);
    (5_i64 << doublings).min(MAX_UNLOCK_DELAY_SECONDS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_grows_then_stops_growing() {
        let waits: Vec<i64> = (0..12).map(unlock_delay).collect();
        assert_eq!(waits, [0, 0, 0, 5, 10, 20, 40, 80, 160, 300, 300, 300]);
        assert_eq!(unlock_delay(u32::MAX), MAX_UNLOCK_DELAY_SECONDS);
    }
}
