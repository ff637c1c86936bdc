//! LINE notification messages (PNP): messages sent to a user by phone number.
//! Requires a LINE notification messages contract.
//!
//! LINE takes the number as the SHA-256 hex digest of its E.164 form, never in clear:
//! [`hash_phone_number`] makes it, and the client refuses a `to` that is not such a digest,
//! so a raw number cannot leave by mistake.
//!
//! ```no_run
//! use linebot::client::pnp::hash_phone_number;
//! use linebot::message::TextMessage;
//! # let client = linebot::client::Client::new("token");
//! let to = hash_phone_number("+818000001234");
//! client.push_messages_by_phone(to, [TextMessage::new("Your order shipped")], None)?;
//! # Ok::<(), linebot::client::Error>(())
//! ```
//!
//! Daily counts of these messages: [`Client::get_pnp_message_statistics`].

use sha2::{Digest, Sha256};

use super::{Client, Error, Host, Method, Operation, Payload};
use crate::limits::{PNP_DELIVERY_TAG_MAX, PNP_DELIVERY_TAG_MIN};
use crate::message::{IntoMessages, PnpMessagesRequest};
use crate::validate::{self, Path, Validate, ValidationError};

/// The `to` of a LINE notification message: the SHA-256 digest (lowercase hex) of a phone
/// number in E.164 form (`+818000001234`, no hyphens).
/// <https://developers.line.biz/en/docs/partner-docs/line-notification-messages/technical-specs/#hashing-phone-numbers>
///
/// ```
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

fn is_digest(to: &str) -> bool {
    to.len() == 64 && to.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// `POST /bot/pnp/push`: messages to the user with a phone number.
/// <https://developers.line.biz/en/reference/partner-docs/#send-line-notification-message>
#[derive(Debug, Clone, PartialEq)]
pub struct PushMessagesByPhone {
    /// The body (`to` is the hashed phone number: see [`hash_phone_number`]).
    pub request: PnpMessagesRequest,
    /// `X-Line-Delivery-Tag` (16 to 100 characters), returned in the delivery completion
    /// webhook event.
    pub delivery_tag: Option<String>,
}

impl PushMessagesByPhone {
    /// Messages to the user whose hashed phone number is `to`.
    pub fn new(to: impl Into<String>, messages: impl IntoMessages) -> Self {
        Self {
            request: PnpMessagesRequest::new(to, messages),
            delivery_tag: None,
        }
    }
}

impl Operation for PushMessagesByPhone {
    type Response = ();
    const METHOD: Method = Method::Post;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        "/bot/pnp/push".into()
    }
    fn headers(&self) -> Vec<(&'static str, String)> {
        self.delivery_tag
            .iter()
            .map(|t| ("X-Line-Delivery-Tag", t.clone()))
            .collect()
    }
    fn payload(&self) -> Result<Payload<'_>, Error> {
        Payload::json(&self.request)
    }
    fn validate(&self) -> Result<(), ValidationError> {
        let mut out = Vec::new();
        let mut path = Path::root();
        self.request.validate_at(&mut path, &mut out);
        if !self.request.to.is_empty() && !is_digest(&self.request.to) {
            path.field("to", |p| {
                validate::invalid(
                    "the SHA-256 hex digest of an E.164 phone number (see hash_phone_number)",
                    p,
                    &mut out,
                )
            });
        }
        if let Some(tag) = &self.delivery_tag {
            path.field("X-Line-Delivery-Tag", |p| {
                let n = tag.chars().count();
                if !(PNP_DELIVERY_TAG_MIN..=PNP_DELIVERY_TAG_MAX).contains(&n) {
                    validate::invalid(
                        format!(
                            "{PNP_DELIVERY_TAG_MIN} to {PNP_DELIVERY_TAG_MAX} characters, found {n}"
                        ),
                        p,
                        &mut out,
                    );
                }
            });
        }
        if out.is_empty() {
            Ok(())
        } else {
            Err(ValidationError::new(out))
        }
    }
}

impl Client {
    /// `pushMessagesByPhone`: sends `messages` to the user whose hashed phone number is
    /// `to` ([`hash_phone_number`]), tagged with `delivery_tag` (`X-Line-Delivery-Tag`) if
    /// given.
    ///
    /// # Errors
    /// See [`Error`]; [`Error::Validation`] when `to` is not a digest; LINE answers 422 when
    /// the number cannot be reached.
    pub fn push_messages_by_phone(
        &self,
        to: impl Into<String>,
        messages: impl IntoMessages,
        delivery_tag: Option<String>,
    ) -> Result<(), Error> {
        let mut request = PushMessagesByPhone::new(to, messages);
        request.delivery_tag = delivery_tag;
        self.call(request)
    }
}
