//! The webhook request body: the bot's user ID and a batch of events.

use std::str::FromStr;

use std::fmt;

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::ser::{Error as _, SerializeMap, SerializeSeq};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;

use super::event::EventSeed;
use super::{Event, Id, WebhookError, wire};

/// A webhook request body
/// ([reference](https://developers.line.biz/en/reference/messaging-api/#request-body)).
///
/// `events` is empty when LINE checks the webhook URL (the "Verify" button of the console):
/// answer 200 as usual.
///
/// Serializes back to the body LINE sent (compared as JSON; fields this crate does not model
/// are left out), with the [`unparsed`](Self::unparsed) events back at their places, as sent.
/// [`CallbackRequest::new`] and `serde_json::to_vec` make a body for tests (see also
/// `linebot::testkit::signed_webhook`, feature `testkit`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CallbackRequest {
    /// User ID of the bot that should receive the events (`U` and 32 hex digits).
    pub destination: Id,
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
struct Envelope {
    destination: Id,
    events: Vec<Event>,
}

/// Reads an [`Envelope`], with room for `capacity` events from the start, so the event vector
/// is not regrown (and its events moved) several times over a large body.
struct EnvelopeSeed {
    capacity: usize,
}

/// LINE's smallest events (`unfollow`, `leave`) take about 250 bytes of a body: an estimate of
/// the number of events from the body size that rarely falls short.
const MIN_EVENT_BYTES: usize = 256;

impl<'de> DeserializeSeed<'de> for EnvelopeSeed {
    type Value = Envelope;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Envelope, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for EnvelopeSeed {
    type Value = Envelope;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a webhook request object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Envelope, A::Error> {
        let mut destination = None;
        let mut events = None;
        while let Some(key) = map.next_key_seed(wire::StrSeed)? {
            match &*key {
                "destination" if destination.is_none() => destination = Some(map.next_value()?),
                "events" if events.is_none() => {
                    events = Some(map.next_value_seed(EventsSeed {
                        capacity: self.capacity,
                    })?);
                }
                "destination" | "events" => {
                    return Err(de::Error::custom(format_args!("duplicate field `{key}`")));
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(Envelope {
            destination: destination.ok_or_else(|| de::Error::missing_field("destination"))?,
            events: events.ok_or_else(|| de::Error::missing_field("events"))?,
        })
    }
}

struct EventsSeed {
    capacity: usize,
}

impl<'de> DeserializeSeed<'de> for EventsSeed {
    type Value = Vec<Event>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Vec<Event>, D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for EventsSeed {
    type Value = Vec<Event>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of webhook events")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<Event>, A::Error> {
        let mut events = Vec::with_capacity(self.capacity);
        while let Some(()) = seq.next_element_seed(PushEvent(&mut events))? {}
        Ok(events)
    }
}

/// Reads one event straight into a new slot of the vector: an `Event` is several hundred
/// bytes, and returning it through the parser's layers would copy it several times.
struct PushEvent<'a>(&'a mut Vec<Event>);

impl<'de> DeserializeSeed<'de> for PushEvent<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        self.0.push(Event::empty());
        match self.0.last_mut() {
            Some(event) => EventSeed(event).deserialize(deserializer),
            None => Ok(()),
        }
    }
}

/// The body with each event kept as raw JSON, to parse them one by one when one of them does
/// not parse.
#[derive(Deserialize)]
#[serde(expecting = "a webhook request object")]
struct RawEnvelope<'a> {
    destination: Id,
    #[serde(borrow)]
    events: Vec<&'a RawValue>,
}

impl CallbackRequest {
    /// A request for the bot with user ID `destination`, carrying these events.
    pub fn new(destination: impl Into<Id>, events: impl IntoIterator<Item = Event>) -> Self {
        CallbackRequest {
            destination: destination.into(),
            events: events.into_iter().collect(),
            unparsed: Vec::new(),
        }
    }

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
        let seed = EnvelopeSeed {
            capacity: body.len() / MIN_EVENT_BYTES + 1,
        };
        let mut deserializer = serde_json::Deserializer::from_str(body);
        if let Ok(envelope) = seed
            .deserialize(&mut deserializer)
            .and_then(|envelope| deserializer.end().map(|()| envelope))
        {
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

impl Serialize for CallbackRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("destination", &self.destination)?;
        map.serialize_entry("events", &Events(self))?;
        map.end()
    }
}

/// The parsed events with the unparsed ones put back at their indexes.
struct Events<'a>(&'a CallbackRequest);

impl Serialize for Events<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let CallbackRequest {
            events, unparsed, ..
        } = self.0;
        let mut seq = serializer.serialize_seq(Some(events.len() + unparsed.len()))?;
        let mut parsed = events.iter();
        let mut unparsed = unparsed.iter().peekable();
        let mut index = 0;
        loop {
            // An unparsed event goes back at its index; once the parsed ones run out, the rest
            // follow in order.
            let event = if unparsed.peek().is_some_and(|u| u.index <= index) {
                None
            } else {
                parsed.next()
            };
            if let Some(event) = event {
                seq.serialize_element(event)?;
            } else if let Some(u) = unparsed.next() {
                let raw: &RawValue = serde_json::from_str(&u.raw).map_err(S::Error::custom)?;
                seq.serialize_element(raw)?;
            } else {
                break;
            }
            index += 1;
        }
        seq.end()
    }
}
