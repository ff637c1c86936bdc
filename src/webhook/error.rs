//! Why a webhook request was rejected.

/// Why a webhook request was rejected.
///
/// The messages never contain the channel secret, the expected signature or the computed MAC.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum WebhookError {
    /// The request has no `x-line-signature` header: it did not come from LINE.
    #[error("the request has no x-line-signature header")]
    MissingSignature,
    /// The `x-line-signature` header is not the base64 encoding of 32 bytes.
    #[error("the x-line-signature header is malformed: {reason}")]
    MalformedSignature {
        /// What is wrong with it.
        reason: &'static str,
    },
    /// The signature does not match the body: another channel's secret, or a changed body.
    #[error(
        "the x-line-signature header does not match the body (wrong channel secret, or the body \
         was altered or re-serialized)"
    )]
    SignatureMismatch,
    /// The body is larger than the parser's limit ([`WebhookParser::max_body_size`]).
    ///
    /// [`WebhookParser::max_body_size`]: super::WebhookParser::max_body_size
    #[error("the body has {size} bytes, more than the limit of {limit} bytes")]
    BodyTooLarge {
        /// Size of the body in bytes.
        size: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// The body is not UTF-8.
    #[error("the body is not UTF-8: invalid byte at offset {offset}")]
    NotUtf8 {
        /// Offset of the first invalid byte.
        offset: usize,
    },
    /// The body is not a webhook request object (`destination` and `events`).
    #[error("the body is not a webhook request: {message}")]
    InvalidBody {
        /// What is wrong, with the line and column.
        message: String,
    },
}
