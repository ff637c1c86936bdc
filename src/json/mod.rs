//! JSON request bodies: what the [`Client`](crate::client::Client) sends.
//!
//! The bytes are exactly those `serde_json::to_vec` writes (compact, raw UTF-8, the same
//! escapes and numbers, `RawValue` text as it is; the crate's tests compare the two on every
//! message they build and on arbitrary strings and numbers), produced by a writer made for
//! LINE's messages: many short strings in nested objects. It writes them two to three times as
//! fast as `serde_json` (`cargo bench --bench messages --bench flex`, the `serialize` rows). Use
//! these to serialize a message the way the client does, for example to queue it.
//!
//! ```
//! use linebot::message::TextMessage;
//!
//! let message = TextMessage::new("Hello, \"world\"");
//! assert_eq!(
//!     linebot::json::to_vec(&message).unwrap(),
//!     serde_json::to_vec(&message).unwrap()
//! );
//! ```

mod out;
mod ser;

use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

use serde::Serialize;

/// Why a value could not be serialized: its `Serialize` impl failed (the crate's own types
/// never do), or a map had keys JSON cannot have. The same error type as `serde_json`'s.
pub type Error = serde_json::Error;

/// The length of the last JSON written: the next buffer starts with room for it (and an
/// eighth more), since a bot's messages tend to be alike, so most writes never regrow.
static LAST_LEN: AtomicUsize = AtomicUsize::new(0);

/// A message is rarely under 1 KiB.
const MIN_CAPACITY: usize = 1024;

/// A rare large body does not make every later buffer large.
const MAX_CAPACITY: usize = 64 * 1024;

/// Serializes `value` as compact JSON bytes, the same bytes as `serde_json::to_vec`.
///
/// # Errors
/// When `value`'s `Serialize` impl fails, or a map has keys JSON cannot have.
pub fn to_vec<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>, Error> {
    let last = LAST_LEN.load(Relaxed);
    let capacity = (last + last / 8).clamp(MIN_CAPACITY, MAX_CAPACITY);
    let mut serializer = ser::Serializer {
        out: out::Out::with_capacity(capacity),
    };
    value.serialize(&mut serializer)?;
    let json = serializer.out.into_vec();
    LAST_LEN.store(json.len(), Relaxed);
    Ok(json)
}

/// Serializes `value` as a compact JSON string, the same text as `serde_json::to_string`.
///
/// # Errors
/// When `value`'s `Serialize` impl fails, or a map has keys JSON cannot have.
#[allow(
    unsafe_code,
    reason = "re-checking UTF-8 the writer guarantees costs 7% of a message's serialization"
)]
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    let bytes = to_vec(value)?;
    // Debug builds (every test) check what release builds rely on.
    debug_assert!(
        std::str::from_utf8(&bytes).is_ok(),
        "the writer wrote UTF-8"
    );
    // SAFETY: the writer copies whole `str`s (keys, values, `collect_str` output, raw JSON
    // text) and adds only ASCII (punctuation, escapes, digits), so its bytes are UTF-8.
    Ok(unsafe { String::from_utf8_unchecked(bytes) })
}
