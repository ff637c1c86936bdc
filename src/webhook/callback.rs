//! The webhook request body: the bot's user ID and a batch of events.

use std::str::FromStr;

use serde::Deserialize;
use serde_json::value::RawValue;

use super::{Event, WebhookError};

/// A webhook request body
/// ([reference](https://developers.line.biz/en/reference/messaging-api/#request-body)).
///
/// `events` is empty when LINE checks the webhook URL (the "Verify" button of the console):
/// answer 200 as usual.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CallbackRequest {
    /// User ID of the bot that should receive the events (`U` and 32 hex digits).
    pub destination: String,
    /// The events that parsed, in the order LINE sent them.
    pub events: Vec<Event>,
    /// The events that did not match their documented shape (a required field missing, a
    /// field of the wrong type), with their JSON and the reason. They never take the other
    /// events down with them; log them, LINE will not send them again.
    pub unparsed: Vec<UnparsedEvent>,
}

/// An event that did not match its documented shape, kept with the reason.
///
/// Events of a type this version does not know are not unparsed: they parse into
/// [`EventKind::Unknown`](super::EventKind::Unknown).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct UnparsedEvent {
    /// Position of the event in the body's `events` array.
    pub index: usize,
    /// The event's JSON, as sent.
    pub raw: String,
    /// What is wrong with it (line and column are relative to `raw`).
    pub error: String,
}

/// The whole body in one pass: the common case, where every event parses.
#[derive(Deserialize)]
#[serde(expecting = "a webhook request object")]
struct Envelope {
    destination: String,
    events: Vec<Event>,
}

/// The body with each event kept as raw JSON, to parse them one by one when one of them does
/// not parse.
#[derive(Deserialize)]
#[serde(expecting = "a webhook request object")]
struct RawEnvelope<'a> {
    destination: String,
    #[serde(borrow)]
    events: Vec<&'a RawValue>,
}

impl CallbackRequest {
    /// Parses a body **without verifying its signature**: for bodies verified elsewhere, and
    /// for tests. A server facing the internet uses [`WebhookParser::parse`].
    ///
    /// Each event is parsed on its own, so one malformed event lands in
    /// [`unparsed`](Self::unparsed) and the others still parse.
    ///
    /// # Errors
    /// [`WebhookError::NotUtf8`], or [`WebhookError::InvalidBody`] when the body is not JSON or
    /// lacks `destination` or `events`.
    ///
    /// [`WebhookParser::parse`]: super::WebhookParser::parse
    pub fn from_slice(body: &[u8]) -> Result<Self, WebhookError> {
        let text = std::str::from_utf8(body).map_err(|e| WebhookError::NotUtf8 {
            offset: e.valid_up_to(),
        })?;
        text.parse()
    }
}

/// Like [`CallbackRequest::from_slice`], for a body already held as text (no signature check).
impl FromStr for CallbackRequest {
    type Err = WebhookError;

    fn from_str(body: &str) -> Result<Self, WebhookError> {
        // Optimistic single pass; on any error, start over isolating the events, so a bad
        // event costs a second parse but never hides the good ones.
        if let Ok(envelope) = serde_json::from_str::<Envelope>(body) {
            return Ok(CallbackRequest {
                destination: envelope.destination,
                events: envelope.events,
                unparsed: Vec::new(),
            });
        }
        let envelope: RawEnvelope<'_> =
            serde_json::from_str(body).map_err(|e| WebhookError::InvalidBody {
                message: e.to_string(),
            })?;
        let mut events = Vec::with_capacity(envelope.events.len());
        let mut unparsed = Vec::new();
        for (index, raw) in envelope.events.into_iter().enumerate() {
            match serde_json::from_str::<Event>(raw.get()) {
                Ok(event) => events.push(event),
                Err(error) => unparsed.push(UnparsedEvent {
                    index,
                    raw: raw.get().to_owned(),
                    error: error.to_string(),
                }),
            }
        }
        Ok(CallbackRequest {
            destination: envelope.destination,
            events,
            unparsed,
        })
    }
}
