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
use std::ops::RangeInclusive;
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
/// connection or a `5xx`, and how long a call may take in all. Other operations are never
/// retried: they carry no key, so a retry could act twice.
///
/// # Backoff
/// Retry `n` (1-based) waits a random time in [`backoff_range(n)`](Self::backoff_range):
/// between half and all of `initial_backoff × 2^(n-1)`, capped at `max_backoff`. With the
/// defaults: 250–500 ms, 500 ms–1 s, 1–2 s. The randomness (jitter) keeps many workers that
/// failed together from retrying together.
///
/// # How long a call takes
/// Each attempt is bounded by the client's timeout
/// ([`ClientBuilder::timeout`](super::ClientBuilder::timeout), or
/// [`CallOptions::timeout`](super::CallOptions::timeout)). Without a deadline a keyed send
/// can take up to `(max_retries + 1) × timeout` plus the backoffs (about 2 min with the
/// defaults). A [`deadline`](Self::deadline) bounds the whole call, attempts and waits
/// included: the last attempt is cut short when it is reached, and no retry starts that
/// could not finish its backoff in time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    max_retries: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    deadline: Option<Duration>,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self::new()
    }
}

impl RetryPolicy {
    /// Three retries, waiting about 500 ms, 1 s and 2 s (doubling, capped at 8 s, each
    /// jittered down to half), no overall deadline.
    pub fn new() -> Self {
        Self {
            max_retries: 3,
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(8),
            deadline: None,
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

    /// The longest wait before the first retry; each further retry may wait twice as long.
    pub fn initial_backoff(mut self, d: Duration) -> Self {
        self.initial_backoff = d;
        self
    }

    /// The longest wait between two attempts.
    pub fn max_backoff(mut self, d: Duration) -> Self {
        self.max_backoff = d;
        self
    }

    /// The longest a whole call may take, retries and waits included (none by default).
    /// [`CallOptions::deadline`](super::CallOptions::deadline) sets it for one call.
    pub fn deadline(mut self, d: Duration) -> Self {
        self.deadline = Some(d);
        self
    }

    /// The configured number of retries.
    pub fn retries(&self) -> u32 {
        self.max_retries
    }

    /// The configured overall deadline of a call.
    pub fn call_deadline(&self) -> Option<Duration> {
        self.deadline
    }

    /// The bounds of the wait before retry number `retry` (1-based): half of
    /// `min(initial_backoff × 2^(retry-1), max_backoff)` to all of it.
    pub fn backoff_range(&self, retry: u32) -> RangeInclusive<Duration> {
        let factor = 1u32
            .checked_shl(retry.saturating_sub(1))
            .unwrap_or(u32::MAX);
        let full = self
            .initial_backoff
            .checked_mul(factor)
            .unwrap_or(self.max_backoff)
            .min(self.max_backoff);
        full / 2..=full
    }

    /// A random wait before retry number `retry` (1-based), within
    /// [`backoff_range`](Self::backoff_range).
    pub fn backoff(&self, retry: u32) -> Duration {
        // A v4 UUID is 122 random bits from the OS: no random-number crate needed.
        self.jittered(retry, uuid::Uuid::new_v4().as_u64_pair().0)
    }

    /// The wait before retry `retry` for a random draw `random`: 0 gives the lower bound,
    /// `u64::MAX` the upper one.
    fn jittered(&self, retry: u32, random: u64) -> Duration {
        let range = self.backoff_range(retry);
        let (low, high) = (range.start().as_nanos(), range.end().as_nanos());
        let spread = (high - low) * u128::from(random) / u128::from(u64::MAX);
        // Both bounds come from a Duration, so the sum fits one.
        Duration::from_nanos(u64::try_from(low + spread).unwrap_or(u64::MAX))
    }
}

/// How a failed call went: on [`Error::attempts`](super::Error::attempts).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Attempts {
    /// The `X-Line-Retry-Key` every attempt carried (push, multicast, narrowcast and
    /// broadcast only). Retry later with it, never with a new one: see
    /// [`Error::retry_key`](super::Error::retry_key).
    pub retry_key: Option<RetryKey>,
    /// How many HTTP attempts were made (1 when the call was not retried).
    pub count: u32,
    /// From the start of the first attempt to the failure, waits included.
    pub elapsed: Duration,
    /// The backoff waited before each retry (`count - 1` of them, each within
    /// [`RetryPolicy::backoff_range`]).
    pub waits: Vec<Duration>,
    /// The call's overall deadline, when reaching it ended the call.
    pub deadline: Option<Duration>,
}

impl std::fmt::Display for Attempts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Milliseconds are precise enough for people, and keep the text short.
        let elapsed =
            Duration::from_millis(u64::try_from(self.elapsed.as_millis()).unwrap_or(u64::MAX));
        match self.count {
            1 => write!(f, "1 attempt in {elapsed:?}")?,
            n => write!(f, "gave up after {n} attempts in {elapsed:?}")?,
        }
        if let Some(d) = self.deadline {
            write!(f, ", deadline of {d:?} reached")?;
        }
        if let Some(key) = &self.retry_key {
            write!(f, ", retry key {key}")?;
        }
        Ok(())
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
        let ends = [1, 2, 3, 40].map(|n| *p.backoff_range(n).end());
        assert_eq!(ends, [100, 200, 350, 350].map(Duration::from_millis));
    }

    #[test]
    fn the_random_draw_spans_the_range() {
        let p = RetryPolicy::new();
        assert_eq!(p.jittered(1, 0), Duration::from_millis(250));
        assert_eq!(p.jittered(1, u64::MAX), Duration::from_millis(500));
        let middle = p.jittered(2, u64::MAX / 2);
        assert!(middle.abs_diff(Duration::from_millis(750)) < Duration::from_micros(1));
        assert_eq!(p.jittered(3, u64::MAX), Duration::from_secs(2));
    }

    #[test]
    fn attempts_say_what_happened_in_few_words() {
        let mut a = Attempts {
            retry_key: None,
            count: 1,
            elapsed: Duration::from_micros(12_345),
            waits: Vec::new(),
            deadline: None,
        };
        assert_eq!(a.to_string(), "1 attempt in 12ms");
        a.count = 4;
        a.elapsed = Duration::from_millis(1_502);
        a.deadline = Some(Duration::from_secs(1));
        let key: RetryKey = "123e4567-e89b-42d3-a456-426614174000".parse().unwrap();
        a.retry_key = Some(key);
        assert_eq!(
            a.to_string(),
            "gave up after 4 attempts in 1.502s, deadline of 1s reached, \
             retry key 123e4567-e89b-42d3-a456-426614174000"
        );
    }

    #[test]
    fn defaults_match_the_documentation() {
        let p = RetryPolicy::default();
        assert_eq!(p.retries(), 3);
        assert_eq!(p.call_deadline(), None);
        let ranges: Vec<_> = (1..=3).map(|n| p.backoff_range(n)).collect();
        assert_eq!(
            ranges,
            [
                Duration::from_millis(250)..=Duration::from_millis(500),
                Duration::from_millis(500)..=Duration::from_secs(1),
                Duration::from_secs(1)..=Duration::from_secs(2),
            ]
        );
    }
}
