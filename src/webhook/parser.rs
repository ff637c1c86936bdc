//! Signature verification and parsing, with the channel secret held once.

use std::fmt;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

use super::{CallbackRequest, WebhookError};

/// Name of the header holding the signature of the body.
pub const SIGNATURE_HEADER: &str = "x-line-signature";

/// Default for [`WebhookParser::max_body_size`]: 2 MiB, like the default request body limits of
/// axum and actix-web. LINE batches events, so real bodies stay far below it.
pub const DEFAULT_MAX_BODY_SIZE: usize = 2 * 1024 * 1024;

/// Verifies `x-line-signature` and parses webhook request bodies for one channel.
///
/// Build it once (it precomputes the HMAC key schedule) and share it: it is `Send + Sync`, and
/// [`verify`](Self::verify) and [`parse`](Self::parse) take `&self`. Its `Debug` output hides
/// the channel secret.
///
/// ```
/// use linebot::webhook::{WebhookError, WebhookParser};
///
/// let parser = WebhookParser::new("8f2b4c6d1e3a5f7b9c0d2e4f6a8b1c3d");
/// let body = br#"{"destination":"U58b2a2055bb55bcbb37d2f2a4276b0bd","events":[]}"#;
/// assert_eq!(parser.parse(body, None), Err(WebhookError::MissingSignature));
/// assert_eq!(parser.parse(body, Some("bm90IGEgc2lnbmF0dXJl")).unwrap_err().to_string(),
///            "the x-line-signature header is malformed: it does not decode to 32 bytes");
/// assert!(!format!("{parser:?}").contains("8f2b4c6d"));
/// ```
#[derive(Clone)]
pub struct WebhookParser {
    mac: Hmac<Sha256>,
    max_body_size: usize,
}

impl WebhookParser {
    /// A parser for the channel with this channel secret (as shown in the LINE Developers
    /// Console; its UTF-8 bytes are the HMAC key).
    pub fn new(channel_secret: &str) -> Self {
        let mac = match Hmac::<Sha256>::new_from_slice(channel_secret.as_bytes()) {
            Ok(mac) => mac,
            // HMAC pads or hashes keys of any length; `new_from_slice` cannot fail for it.
            Err(_) => unreachable!("HMAC accepts keys of any length"),
        };
        WebhookParser {
            mac,
            max_body_size: DEFAULT_MAX_BODY_SIZE,
        }
    }

    /// Sets the largest body accepted, in bytes ([`DEFAULT_MAX_BODY_SIZE`] by default).
    /// Larger bodies fail with [`WebhookError::BodyTooLarge`] before any hashing.
    #[must_use]
    pub fn max_body_size(mut self, bytes: usize) -> Self {
        self.max_body_size = bytes;
        self
    }

    /// The largest body accepted, in bytes: also a good cap for reading the request.
    pub fn body_size_limit(&self) -> usize {
        self.max_body_size
    }

    /// Checks that `signature` (the `x-line-signature` header, `None` when absent) is the
    /// HMAC-SHA256 of the raw `body` under the channel secret, in constant time.
    ///
    /// Pass the body exactly as received: a re-serialized body does not verify.
    ///
    /// # Errors
    /// [`WebhookError::MissingSignature`], [`WebhookError::MalformedSignature`],
    /// [`WebhookError::BodyTooLarge`] or [`WebhookError::SignatureMismatch`].
    pub fn verify(&self, body: &[u8], signature: Option<&str>) -> Result<(), WebhookError> {
        let signature = signature.ok_or(WebhookError::MissingSignature)?;
        let expected = decode_signature(signature)?;
        if body.len() > self.max_body_size {
            return Err(WebhookError::BodyTooLarge {
                size: body.len(),
                limit: self.max_body_size,
            });
        }
        let mut mac = self.mac.clone();
        mac.update(body);
        mac.verify_slice(&expected)
            .map_err(|_| WebhookError::SignatureMismatch)
    }

    /// Verifies the signature, then parses the body into events.
    ///
    /// An event that does not match its documented shape does not fail the request: it goes
    /// to [`CallbackRequest::unparsed`], the other events are parsed.
    ///
    /// # Errors
    /// Those of [`verify`](Self::verify), then [`WebhookError::NotUtf8`] or
    /// [`WebhookError::InvalidBody`] when the body is not a webhook request object.
    pub fn parse(
        &self,
        body: &[u8],
        signature: Option<&str>,
    ) -> Result<CallbackRequest, WebhookError> {
        self.verify(body, signature)?;
        CallbackRequest::from_slice(body)
    }
}

impl fmt::Debug for WebhookParser {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WebhookParser")
            .field("channel_secret", &"<redacted>")
            .field("max_body_size", &self.max_body_size)
            .finish()
    }
}

/// Decodes the header into the 32-byte MAC it must carry.
fn decode_signature(signature: &str) -> Result<[u8; 32], WebhookError> {
    let signature = signature.trim_ascii().as_bytes();
    // 32 bytes are 44 base64 characters; refuse longer input before decoding anything.
    if signature.len() > 44 {
        return Err(WebhookError::MalformedSignature {
            reason: "it does not decode to 32 bytes",
        });
    }
    let mut decoded = [0u8; 36];
    let length = STANDARD
        .decode_slice(signature, &mut decoded)
        .map_err(|_| WebhookError::MalformedSignature {
            reason: "it is not standard base64 with padding",
        })?;
    if length != 32 {
        return Err(WebhookError::MalformedSignature {
            reason: "it does not decode to 32 bytes",
        });
    }
    let mut mac = [0u8; 32];
    mac.copy_from_slice(&decoded[..32]);
    Ok(mac)
}

/// The `x-line-signature` LINE would send with `body`: base64 of its HMAC-SHA256 under the
/// channel secret. For tests of your own webhook server; verifying uses [`WebhookParser`].
///
/// ```
/// let signature = linebot::webhook::sign("secret", b"{}");
/// assert_eq!(signature.len(), 44);
/// ```
pub fn sign(channel_secret: &str, body: &[u8]) -> String {
    let mut mac = WebhookParser::new(channel_secret).mac;
    mac.update(body);
    STANDARD.encode(mac.finalize().into_bytes())
}
