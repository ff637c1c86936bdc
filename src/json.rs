//! JSON request bodies: what the [`Client`](crate::client::Client) sends, written by
//! [`sonic-rs`](https://docs.rs/sonic-rs)'s SIMD serializer.
//!
//! The bytes are exactly those `serde_json::to_vec` writes (compact, raw UTF-8, the same
//! escapes and numbers; the crate's tests compare the two on every message they build),
//! produced about 1.2 to 1.5 times faster on LINE's message shapes
//! (`cargo bench --bench messages --bench flex`). Use these to serialize a message the way the
//! client does, for example to queue it. The one value they write differently is
//! `serde_json::value::RawValue`, which only `serde_json` itself understands: serialize values
//! holding one with `serde_json`.
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

use serde::Serialize;

/// Why a value could not be serialized: its `Serialize` impl failed (the crate's own types
/// never do), or a map had keys JSON cannot have.
pub type Error = sonic_rs::Error;

/// Serializes `value` as compact JSON bytes, the same bytes as `serde_json::to_vec`.
///
/// # Errors
/// When `value`'s `Serialize` impl fails, or a map has keys JSON cannot have.
pub fn to_vec<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>, Error> {
    // A message is rarely under 1 KiB: starting there skips the first three regrowths.
    let mut out = Vec::with_capacity(1024);
    sonic_rs::to_writer(&mut out, value)?;
    Ok(out)
}

/// Serializes `value` as a compact JSON string, the same text as `serde_json::to_string`.
///
/// # Errors
/// When `value`'s `Serialize` impl fails, or a map has keys JSON cannot have.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    sonic_rs::to_string(value)
}
