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

use std::time::Duration;

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
