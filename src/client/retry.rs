//! Safe retries for the send operations that carry an `X-Line-Retry-Key`.
//!
//! LINE deduplicates push, multicast, narrowcast and broadcast requests by their retry key:
//! a retry with the same key is never delivered twice, and LINE answers `409 Conflict` with
//! `x-line-accepted-request-id` when the first attempt had gone through after all.
//! <https://developers.line.biz/en/docs/messaging-api/retrying-api-request/>
//!
//! ```
//! use std::time::Duration;
//! use linebot::client::{Client, RetryPolicy};
//!
//! let client = Client::builder("token")
//!     .retry(RetryPolicy::new().max_retries(5).initial_backoff(Duration::from_millis(200)))
//!     .build()?;
//! # let _ = client;
//! # Ok::<(), linebot::client::Error>(())
//! ```

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

/// The `X-Line-Retry-Key` of one logical send: LINE delivers requests carrying the same key
/// at most once. Generate one per job, store it with the job (as its string form), and pass
/// it with [`CallOptions::retry_key`](super::CallOptions::retry_key) on every try.
///
/// ```
/// use linebot::client::RetryKey;
///
/// let key = RetryKey::generate();
/// let stored = key.to_string(); // "123e4567-e89b-42d3-a456-426614174000"-shaped
/// assert_eq!(stored.parse::<RetryKey>()?, key);
/// # Ok::<(), linebot::client::ParseRetryKeyError>(())
/// ```
/// <https://developers.line.biz/en/docs/messaging-api/retrying-api-request/>
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RetryKey(uuid::Uuid);

impl RetryKey {
    /// A new random key (a UUID version 4, as LINE asks).
    pub fn generate() -> Self {
        RetryKey(uuid::Uuid::new_v4())
    }

    /// The key from its 16 bytes.
    pub fn from_bytes(bytes: [u8; 16]) -> Self {
        RetryKey(uuid::Uuid::from_bytes(bytes))
    }

    /// The key's 16 bytes.
    pub fn as_bytes(&self) -> &[u8; 16] {
        self.0.as_bytes()
    }
}

/// The hyphenated lowercase form LINE expects (`123e4567-e89b-42d3-a456-426614174000`).
impl fmt::Display for RetryKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0.hyphenated(), f)
    }
}

impl fmt::Debug for RetryKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RetryKey({self})")
    }
}

/// Parses a UUID in hexadecimal form, hyphenated or not, in any case.
impl FromStr for RetryKey {
    type Err = ParseRetryKeyError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        uuid::Uuid::try_parse(s)
            .map(RetryKey)
            .map_err(|_| ParseRetryKeyError(s.chars().take(64).collect()))
    }
}

impl serde::Serialize for RetryKey {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for RetryKey {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// A string that is not a retry key (a UUID in hexadecimal form).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a retry key (a UUID such as 123e4567-e89b-42d3-a456-426614174000): {0:?}")]
pub struct ParseRetryKeyError(String);

/// How often and how patiently a send with a retry key is retried after a timeout, a broken
/// connection or a `5xx`. Other operations are never retried: they carry no key, so a retry
/// could act twice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    max_retries: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self::new()
    }
}

impl RetryPolicy {
    /// Three retries, waiting 500 ms, 1 s and 2 s (doubling, capped at 8 s).
    pub fn new() -> Self {
        Self {
            max_retries: 3,
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(8),
        }
    }

    /// No retries at all.
    pub fn never() -> Self {
        Self::new().max_retries(0)
    }

    /// How many times a failed attempt is retried (0 = never).
    pub fn max_retries(mut self, n: u32) -> Self {
        self.max_retries = n;
        self
    }

    /// The wait before the first retry; each further retry waits twice as long.
    pub fn initial_backoff(mut self, d: Duration) -> Self {
        self.initial_backoff = d;
        self
    }

    /// The longest wait between two attempts.
    pub fn max_backoff(mut self, d: Duration) -> Self {
        self.max_backoff = d;
        self
    }

    /// The configured number of retries.
    pub fn retries(&self) -> u32 {
        self.max_retries
    }

    /// The wait before retry number `retry` (1-based).
    pub fn backoff(&self, retry: u32) -> Duration {
        let factor = 1u32
            .checked_shl(retry.saturating_sub(1))
            .unwrap_or(u32::MAX);
        self.initial_backoff
            .checked_mul(factor)
            .unwrap_or(self.max_backoff)
            .min(self.max_backoff)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_keys_round_trip_through_their_string_form() {
        let key = RetryKey::generate();
        let shown = key.to_string();
        assert_eq!(shown.len(), 36);
        assert_eq!(shown.parse::<RetryKey>().unwrap(), key);
        assert_eq!(
            shown.to_uppercase().replace('-', "").parse::<RetryKey>(),
            Ok(key)
        );
        assert_ne!(RetryKey::generate(), key);
        let json = serde_json::to_string(&key).unwrap();
        assert_eq!(json, format!("\"{shown}\""));
        assert_eq!(serde_json::from_str::<RetryKey>(&json).unwrap(), key);
    }

    #[test]
    fn a_string_that_is_not_a_uuid_is_refused_by_name() {
        let e = "job-42".parse::<RetryKey>().unwrap_err();
        assert!(e.to_string().contains("\"job-42\""), "{e}");
        assert!(serde_json::from_str::<RetryKey>("\"job-42\"").is_err());
    }

    #[test]
    fn backoff_doubles_up_to_the_cap() {
        let p = RetryPolicy::new()
            .initial_backoff(Duration::from_millis(100))
            .max_backoff(Duration::from_millis(350));
        assert_eq!(p.backoff(1), Duration::from_millis(100));
        assert_eq!(p.backoff(2), Duration::from_millis(200));
        assert_eq!(p.backoff(3), Duration::from_millis(350));
        assert_eq!(p.backoff(40), Duration::from_millis(350));
    }
}
