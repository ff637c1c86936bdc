//! What can go wrong when calling LINE: one error type for the client layer.
//!
//! ```
//! use linebot::client::Error;
//!
//! fn report(e: &Error) -> String {
//!     match e {
//!         Error::RateLimited(api) => format!("slow down (request {:?})", api.request_id),
//!         Error::Api(api) => format!("LINE said {}: {}", api.status, api.message),
//!         other => other.to_string(),
//!     }
//! }
//! # let _ = report;
//! ```

use std::fmt;

use serde::Deserialize;

use super::Headers;
use super::message::SentMessage;
use super::retry::{Attempts, RetryKey};
use crate::validate::ValidationError;

/// A boxed error from a lower layer (the HTTP stack, JSON decoding), kept as a source.
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// Everything a client call can fail with.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// LINE answered with an error status (other than 429). Carries LINE's message, details
    /// and request id.
    #[error("{0}")]
    Api(Box<ApiError>),
    /// LINE answered `429 Too Many Requests`: a rate limit or the monthly message quota.
    #[error("rate limited: {0}")]
    RateLimited(Box<ApiError>),
    /// The request was never sent: the runtime validator found rule violations (each with
    /// the JSON path LINE would report). Turn validation off with
    /// [`ClientBuilder::validate`](super::ClientBuilder::validate).
    #[error("request not sent: {0}")]
    Validation(#[from] ValidationError),
    /// The request was never built: a list counted at run time (`Messages::try_from(vec)`
    /// and the other `try_` constructors) held too few or too many items.
    // Not `Count`: a second public item of that name makes rustc print `linebot::count::Count<5>`
    // instead of `Count<5>` in every compile-time rule's error.
    #[error("request not built: {0}")]
    ItemCount(#[from] crate::count::CountError),
    /// No HTTP answer: connection refused or dropped, DNS failure, timeout.
    #[error("{kind} while calling LINE: {source}{}", AttemptsNote(.attempts.as_ref()))]
    Transport {
        /// What failed.
        kind: TransportErrorKind,
        /// The underlying error.
        #[source]
        source: BoxError,
        /// How the call went: attempts, time, and the retry key of a keyed send. `None` when
        /// the failure did not come from a call (a webhook post by the testkit).
        attempts: Option<Attempts>,
    },
    /// LINE answered with success (the status and headers arrived) but its body could not
    /// be read whole: larger than the 10 MiB the client reads, cut off, or too slow. The four
    /// keyed sends never fail this way: LINE has accepted them (see
    /// [`SendResponse::unread_body`](super::SendResponse::unread_body)).
    #[error("cannot read LINE's answer (status {status}{}): {kind}: {source}", RequestIdNote(.request_id.as_deref()))]
    ResponseBody {
        /// The HTTP status.
        status: u16,
        /// `x-line-request-id`, if present.
        request_id: Option<String>,
        /// Why the body was not read: [`TooLarge`](TransportErrorKind::TooLarge),
        /// [`Timeout`](TransportErrorKind::Timeout), [`Connection`](TransportErrorKind::Connection).
        kind: TransportErrorKind,
        /// The underlying error.
        #[source]
        source: BoxError,
    },
    /// LINE answered with success, but the body was not what the operation expects.
    #[error("cannot decode LINE's response (status {status}): {source}; {}", Excerpt(.body.as_deref()))]
    Decode {
        /// The HTTP status.
        status: u16,
        /// `x-line-request-id`, if present.
        request_id: Option<String>,
        /// The body as received (lossy UTF-8); `None` for answers that carry a secret (the
        /// token operations), whose body is never kept.
        body: Option<String>,
        /// The decoding error.
        #[source]
        source: BoxError,
    },
    /// The request could not be encoded (a custom `Serialize` impl failed).
    #[error("cannot encode the request: {0}")]
    Encode(#[source] BoxError),
    /// The client configuration is invalid (for example a base URL that is not an http(s) URL).
    #[error("invalid client configuration: {0}")]
    Config(String),
}

impl Error {
    /// The HTTP status LINE answered with, if it answered.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api(e) | Error::RateLimited(e) => Some(e.status),
            Error::Decode { status, .. } | Error::ResponseBody { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// `x-line-request-id` of LINE's answer, if it answered with one.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Api(e) | Error::RateLimited(e) => e.request_id.as_deref(),
            Error::Decode { request_id, .. } | Error::ResponseBody { request_id, .. } => {
                request_id.as_deref()
            }
            _ => None,
        }
    }

    /// How the call went before it failed: attempts made, time taken, the overall deadline
    /// if it ended the call, and for the four keyed sends the `X-Line-Retry-Key` used.
    /// `None` when nothing was sent (a validation error) or no call was made.
    pub fn attempts(&self) -> Option<&Attempts> {
        match self {
            Error::Api(e) | Error::RateLimited(e) => e.attempts.as_ref(),
            Error::Transport { attempts, .. } => attempts.as_ref(),
            _ => None,
        }
    }

    /// The `X-Line-Retry-Key` a failed push, multicast, narrowcast or broadcast carried.
    /// Retry later with this same key ([`CallOptions::retry_key`](super::CallOptions::retry_key)):
    /// if an earlier attempt was delivered after all, LINE answers `409` instead of
    /// delivering again. `None` for the other operations, and when nothing was sent.
    pub fn retry_key(&self) -> Option<&RetryKey> {
        self.attempts()?.retry_key.as_ref()
    }

    /// LINE's error body, for an error status.
    pub fn api_error(&self) -> Option<&ApiError> {
        match self {
            Error::Api(e) | Error::RateLimited(e) => Some(e),
            _ => None,
        }
    }

    /// Whether this is a `429 Too Many Requests`.
    pub fn is_rate_limited(&self) -> bool {
        matches!(self, Error::RateLimited(_))
    }

    /// Whether the call timed out (an attempt, the whole call's deadline, or a body that
    /// was too slow).
    pub fn is_timeout(&self) -> bool {
        matches!(
            self,
            Error::Transport {
                kind: TransportErrorKind::Timeout,
                ..
            } | Error::ResponseBody {
                kind: TransportErrorKind::Timeout,
                ..
            }
        )
    }

    pub(crate) fn transport(kind: TransportErrorKind, source: impl Into<BoxError>) -> Self {
        Error::Transport {
            kind,
            source: source.into(),
            attempts: None,
        }
    }

    /// Records how the call went, on the errors that come from an answer or its absence.
    pub(crate) fn with_attempts(mut self, call: Attempts) -> Self {
        match &mut self {
            Error::Api(e) | Error::RateLimited(e) => e.attempts = Some(call),
            Error::Transport { attempts, .. } => *attempts = Some(call),
            _ => {}
        }
        self
    }
}

/// `, request id …` when there is one.
struct RequestIdNote<'a>(Option<&'a str>);

impl fmt::Display for RequestIdNote<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(id) => write!(f, ", request id {id}"),
            None => Ok(()),
        }
    }
}

/// ` (gave up after 3 attempts in 1.2s, retry key …)` when there is something to say.
struct AttemptsNote<'a>(Option<&'a Attempts>);

impl fmt::Display for AttemptsNote<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(a) if a.count > 1 || a.retry_key.is_some() || a.deadline.is_some() => {
                write!(f, " ({a})")
            }
            _ => Ok(()),
        }
    }
}

/// A body for messages: its start ([`Short`]), or a note when it is withheld.
struct Excerpt<'a>(Option<&'a str>);

impl fmt::Display for Excerpt<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(body) => write!(f, "body: {}", Short(body)),
            None => f.write_str("body withheld: it carries a secret"),
        }
    }
}

/// The start of a text that can be long (a body that is a whole HTML page, or megabytes).
struct Short<'a>(&'a str);

impl fmt::Display for Short<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const MAX: usize = 500;
        match self.0.char_indices().nth(MAX) {
            Some((cut, _)) => write!(f, "{}... ({} bytes)", &self.0[..cut], self.0.len()),
            None => f.write_str(self.0),
        }
    }
}

/// What is left of a JSON decoding error once nothing of the input may be shown: serde's
/// message can quote a value ("invalid type: string \"...\""), so only the kind of failure
/// and its position remain.
#[derive(Debug)]
pub(crate) struct Withheld {
    kind: &'static str,
    line: usize,
    column: usize,
}

impl From<&serde_json::Error> for Withheld {
    fn from(e: &serde_json::Error) -> Self {
        use serde_json::error::Category;
        Withheld {
            kind: match e.classify() {
                Category::Io => "read error",
                Category::Syntax => "not valid JSON",
                Category::Data => "a field is missing or has an unexpected type",
                Category::Eof => "the JSON ends too early",
            },
            line: e.line(),
            column: e.column(),
        }
    }
}

impl fmt::Display for Withheld {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {} column {}",
            self.kind, self.line, self.column
        )
    }
}

impl std::error::Error for Withheld {}

/// Why no HTTP answer arrived.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TransportErrorKind {
    /// The call took longer than its timeout.
    Timeout,
    /// The connection could not be made, or broke before the answer was complete.
    Connection,
    /// The answer's body was larger than the client reads.
    TooLarge,
    /// Anything else (TLS setup, an invalid URL...). Not retried.
    Other,
}

impl fmt::Display for TransportErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TransportErrorKind::Timeout => "timeout",
            TransportErrorKind::Connection => "connection error",
            TransportErrorKind::TooLarge => "body too large",
            TransportErrorKind::Other => "transport error",
        })
    }
}

/// LINE's answer to a failed call: the HTTP status, the request ids and LINE's error body.
/// <https://developers.line.biz/en/reference/messaging-api/#error-responses>
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ApiError {
    /// HTTP status code.
    pub status: u16,
    /// `x-line-request-id`: quote it when asking LINE about the call.
    pub request_id: Option<String>,
    /// `x-line-accepted-request-id`: on a `409` to a call with a retry key, the id of the
    /// request that was accepted earlier with the same key.
    pub accepted_request_id: Option<String>,
    /// LINE's `message` (or the raw body when it was not LINE's JSON error shape).
    pub message: String,
    /// LINE's `details`: which property was wrong and why.
    pub details: Vec<ErrorDetail>,
    /// LINE's `sentMessages` (present on some `409` answers).
    pub sent_messages: Vec<SentMessage>,
    /// Why LINE's error body was not read whole (larger than the 64 KiB the client reads
    /// of an error, cut off, or too slow); `message` then holds what arrived.
    pub unread: Option<String>,
    /// How the call went: attempts, time, and the retry key of a keyed send.
    pub attempts: Option<Attempts>,
    /// Every header of the answer, read by name (`retry-after`...).
    pub headers: Headers,
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "LINE API error {}: {}",
            self.status,
            Short(&self.message)
        )?;
        for (i, d) in self.details.iter().enumerate() {
            f.write_str(if i == 0 { " (" } else { "; " })?;
            match (&d.property, &d.message) {
                (Some(p), Some(m)) => write!(f, "{p}: {m}")?,
                (Some(p), None) => f.write_str(p)?,
                (None, Some(m)) => f.write_str(m)?,
                (None, None) => f.write_str("?")?,
            }
        }
        if !self.details.is_empty() {
            f.write_str(")")?;
        }
        if let Some(id) = &self.request_id {
            write!(f, " [request id {id}]")?;
        }
        if let Some(why) = &self.unread {
            write!(f, " (body not read whole: {why})")?;
        }
        write!(f, "{}", AttemptsNote(self.attempts.as_ref()))
    }
}

/// One entry of LINE's error `details`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, serde::Serialize)]
#[non_exhaustive]
pub struct ErrorDetail {
    /// The JSON path or query parameter LINE blames (`messages[0].text`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property: Option<String>,
    /// What is wrong with it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl ErrorDetail {
    /// A detail naming `property` and what is wrong with it.
    pub fn new(property: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            property: Some(property.into()),
            message: Some(message.into()),
        }
    }
}

/// LINE's JSON error body.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ErrorBody {
    #[serde(default)]
    pub(crate) message: String,
    #[serde(default)]
    pub(crate) details: Vec<ErrorDetail>,
    #[serde(default)]
    pub(crate) sent_messages: Vec<SentMessage>,
}

impl ApiError {
    /// Builds the error from an answer's status, headers and body.
    pub(crate) fn from_parts(status: u16, headers: Headers, body: &[u8]) -> Self {
        let (message, details, sent_messages) = match serde_json::from_slice::<ErrorBody>(body) {
            Ok(b) if !b.message.is_empty() => (b.message, b.details, b.sent_messages),
            _ => (
                String::from_utf8_lossy(body).into_owned(),
                Vec::new(),
                Vec::new(),
            ),
        };
        ApiError {
            status,
            request_id: headers.request_id().map(str::to_owned),
            accepted_request_id: headers.accepted_request_id().map(str::to_owned),
            message,
            details,
            sent_messages,
            unread: None,
            attempts: None,
            headers,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_error_display_names_details_and_request_id() {
        let body = br#"{"message":"The request body has 2 error(s)","details":[
            {"message":"May not be empty","property":"messages[0].text"},
            {"message":"Size must be between 1 and 5","property":"messages"}]}"#;
        let mut map = ureq::http::HeaderMap::new();
        map.insert(super::super::REQUEST_ID, "req-1".parse().unwrap());
        let e = ApiError::from_parts(400, Headers::new(map), body);
        assert_eq!(e.headers.get("X-Line-Request-Id"), Some("req-1"));
        assert_eq!(
            e.to_string(),
            "LINE API error 400: The request body has 2 error(s) (messages[0].text: May not be \
             empty; messages: Size must be between 1 and 5) [request id req-1]"
        );
    }

    #[test]
    fn decode_errors_show_an_excerpt_and_keep_the_body() {
        let body = "x".repeat(2000);
        let e = Error::Decode {
            status: 200,
            request_id: None,
            body: Some(body.clone()),
            source: "expected value".into(),
        };
        let shown = e.to_string();
        assert!(shown.ends_with("... (2000 bytes)"), "{shown}");
        assert!(shown.len() < 700);
        let Error::Decode { body: kept, .. } = e else {
            unreachable!()
        };
        assert_eq!(kept.as_deref(), Some(body.as_str()));
    }

    #[test]
    fn a_withheld_decode_error_shows_no_value() {
        let e = serde_json::from_str::<Vec<i64>>(r#"["secret-value"]"#).unwrap_err();
        assert!(
            e.to_string().contains("secret-value"),
            "serde quotes values: {e}"
        );
        let withheld = Withheld::from(&e);
        let shown = format!("{withheld} {withheld:?}");
        assert!(!shown.contains("secret"), "{shown}");
        assert!(shown.contains("line 1 column"), "{shown}");
    }
}
