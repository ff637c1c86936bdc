//! LINE notification messages (PNP): LINE takes the recipient as the SHA-256 digest of the
//! phone number in E.164 form, never in clear. [`hash_phone_number`] makes it for
//! [`Client::push_messages_by_phone`](super::Client::push_messages_by_phone).
//!
//! ```no_run
//! use linebot::client::pnp::hash_phone_number;
//! use linebot::message::TextMessage;
//! # let client = linebot::client::Client::new("token");
//! let to = hash_phone_number("+818000001234");
//! client.push_messages_by_phone(to, [TextMessage::new("Your order shipped")])?;
//! # Ok::<(), linebot::client::Error>(())
//! ```

use sha2::{Digest, Sha256};

/// The `to` of a LINE notification message: the SHA-256 digest (lowercase hex) of a phone
/// number in E.164 form (`+818000001234`, no hyphens).
/// <https://developers.line.biz/en/docs/partner-docs/line-notification-messages/technical-specs/>
///
/// ```
/// // LINE's own example.
/// assert_eq!(
///     linebot::client::pnp::hash_phone_number("+818000001234"),
///     "d41e0ad70dddfeb68f149ad6fc61574b9c5780ab7bcb2fba5517771ffbb2409c",
/// );
/// ```
pub fn hash_phone_number(e164: &str) -> String {
    Sha256::digest(e164.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
