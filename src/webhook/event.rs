//! Webhook events: what happened, when, and where
//! ([reference](https://developers.line.biz/en/reference/messaging-api/#webhook-event-objects)).
//!
//! An [`Event`] holds the fields every event has (time, source, reply token, ...) and its
//! [`EventKind`], one variant per event type.
//!
//! ```
//! use linebot::webhook::{Event, EventKind};
//!
//! let event: Event = serde_json::from_str(
//!     r#"{"type":"follow","timestamp":1462629479859,"replyToken":"85cbe770fa8b4f45bbe077b1d4be4a36",
//!         "source":{"type":"user","userId":"U4af4980629"},"mode":"active",
//!         "webhookEventId":"01FZ74A0TDDPYRVKNK77XKC3ZR","deliveryContext":{"isRedelivery":false},
//!         "follow":{"isUnblocked":false}}"#,
//! )?;
//! assert_eq!(event.reply_token(), Some("85cbe770fa8b4f45bbe077b1d4be4a36"));
//! assert_eq!(event.user_id(), Some("U4af4980629"));
//! assert!(matches!(event.kind, EventKind::Follow(Some(ref f)) if !f.is_unblocked));
//! # Ok::<(), serde_json::Error>(())
//! ```

use std::borrow::Cow;
use std::fmt;

use serde::de::value::MapAccessDeserializer;
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

use super::id::Id;
use super::message::MessageContent;
use super::source::Source;
use super::wire::{self, Tagged, open_enum};
use crate::Str;

/// A webhook event.
///
/// Fields that older bodies and LINE's verification requests may lack (`mode`,
/// `webhookEventId`, `deliveryContext`) are `Option`s, so their absence never fails a parse.
///
/// Serializes back to LINE's wire JSON. To build one (for a test of your bot's handler), start
/// from [`Event::new`] with the [`EventKind`] or the content it holds, and set the common fields
/// with the `with_*` methods:
///
/// ```
/// use linebot::webhook::{Event, Source, TextMessageContent};
///
/// let event = Event::new(TextMessageContent::new("468789577898262530", "hello"))
///     .with_source(Source::user("U4af4980629"))
///     .with_reply_token("b60d432864f44d079f6d8efe86cf404b");
/// assert_eq!(event.text(), Some("hello"));
/// let json = serde_json::to_value(&event)?;
/// assert_eq!(json["type"], "message");
/// assert_eq!(json["message"]["text"], "hello");
/// assert_eq!(json["source"]["userId"], "U4af4980629");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Event {
    /// Time of the event, in milliseconds since the Unix epoch.
    pub timestamp: i64,
    /// Channel state: `active`, or `standby` when another channel has chat control.
    pub mode: Option<EventMode>,
    /// Where the event happened. Absent for events that are not about a chat (e.g. `module`).
    pub source: Option<Source>,
    /// Unique ID of the event (a ULID), to drop redelivered duplicates.
    pub webhook_event_id: Option<Id>,
    /// Whether this is a redelivery.
    pub delivery_context: Option<DeliveryContext>,
    /// Token to reply to this event, for the event types that can be replied to.
    pub reply_token: Option<Id>,
    /// What happened.
    pub kind: EventKind,
}

impl Event {
    /// The event type as LINE names it (`"message"`, `"follow"`, ...; an unknown type's own name).
    pub fn event_type(&self) -> &str {
        match &self.kind {
            EventKind::Message(_) => "message",
            EventKind::MessageEdited(_) => "messageEdited",
            EventKind::Unsend(_) => "unsend",
            EventKind::Follow(_) => "follow",
            EventKind::Unfollow => "unfollow",
            EventKind::Join => "join",
            EventKind::Leave => "leave",
            EventKind::MemberJoined(_) => "memberJoined",
            EventKind::MemberLeft(_) => "memberLeft",
            EventKind::Postback(_) => "postback",
            EventKind::VideoPlayComplete(_) => "videoPlayComplete",
            EventKind::Beacon(_) => "beacon",
            EventKind::AccountLink(_) => "accountLink",
            EventKind::Membership(_) => "membership",
            EventKind::Module(_) => "module",
            EventKind::Activated(_) => "activated",
            EventKind::Deactivated => "deactivated",
            EventKind::BotSuspended => "botSuspended",
            EventKind::BotResumed => "botResumed",
            EventKind::Delivery(_) => "delivery",
            EventKind::Unknown(raw) => raw.get("type").and_then(Value::as_str).unwrap_or(""),
        }
    }

    /// The reply token, for events that can be replied to.
    pub fn reply_token(&self) -> Option<&str> {
        self.reply_token.as_deref()
    }

    /// The ID of the user who caused the event, when LINE tells it.
    pub fn user_id(&self) -> Option<&str> {
        self.source.as_ref().and_then(Source::user_id)
    }

    /// The group ID, for events in a group chat.
    pub fn group_id(&self) -> Option<&str> {
        self.source.as_ref().and_then(Source::group_id)
    }

    /// The room ID, for events in a multi-person chat.
    pub fn room_id(&self) -> Option<&str> {
        self.source.as_ref().and_then(Source::room_id)
    }

    /// The message of a `message` or `messageEdited` event.
    pub fn message(&self) -> Option<&MessageContent> {
        match &self.kind {
            EventKind::Message(m) | EventKind::MessageEdited(m) => Some(m),
            _ => None,
        }
    }

    /// The text of a text message (`message` or `messageEdited` event).
    pub fn text(&self) -> Option<&str> {
        self.message().and_then(MessageContent::text)
    }

    /// The data of a postback event.
    pub fn postback_data(&self) -> Option<&str> {
        match &self.kind {
            EventKind::Postback(p) => Some(&p.data),
            _ => None,
        }
    }

    /// Whether this is a `follow` event of a user who unblocked the account (rather than a new
    /// friend; bodies older than the `follow` object are new friends).
    pub fn is_unblock(&self) -> bool {
        matches!(&self.kind, EventKind::Follow(Some(f)) if f.is_unblocked)
    }

    /// Whether LINE is delivering this event again (after the bot server failed to answer).
    pub fn is_redelivery(&self) -> bool {
        self.delivery_context
            .as_ref()
            .is_some_and(|d| d.is_redelivery)
    }
}

/// What happened, one variant per event type.
///
/// Event types LINE adds later arrive as [`EventKind::Unknown`] with their JSON.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum EventKind {
    /// `message`: a user sent a message ([reference](https://developers.line.biz/en/reference/messaging-api/#message-event)).
    Message(MessageContent),
    /// `messageEdited`: a user edited a message they sent; holds the edited message.
    MessageEdited(MessageContent),
    /// `unsend`: a user unsent a message ([reference](https://developers.line.biz/en/reference/messaging-api/#unsend-event)).
    Unsend(UnsendDetail),
    /// `follow`: a user added the account as a friend or unblocked it ([reference](https://developers.line.biz/en/reference/messaging-api/#follow-event)).
    /// `None` in bodies older than the `follow` object: a new friend, not an unblock.
    Follow(Option<FollowDetail>),
    /// `unfollow`: a user blocked the account ([reference](https://developers.line.biz/en/reference/messaging-api/#unfollow-event)).
    Unfollow,
    /// `join`: the account joined a group or multi-person chat ([reference](https://developers.line.biz/en/reference/messaging-api/#join-event)).
    Join,
    /// `leave`: the account was removed from, or left, a chat ([reference](https://developers.line.biz/en/reference/messaging-api/#leave-event)).
    Leave,
    /// `memberJoined`: users joined a chat the account is in ([reference](https://developers.line.biz/en/reference/messaging-api/#member-joined-event)).
    MemberJoined(Members),
    /// `memberLeft`: users left a chat the account is in ([reference](https://developers.line.biz/en/reference/messaging-api/#member-left-event)).
    MemberLeft(Members),
    /// `postback`: a user tapped a postback action ([reference](https://developers.line.biz/en/reference/messaging-api/#postback-event)).
    Postback(PostbackContent),
    /// `videoPlayComplete`: a user watched a tracked video to the end ([reference](https://developers.line.biz/en/reference/messaging-api/#video-viewing-complete)).
    VideoPlayComplete(VideoPlayComplete),
    /// `beacon`: a user came within range of a LINE Beacon ([reference](https://developers.line.biz/en/reference/messaging-api/#beacon-event)).
    Beacon(BeaconContent),
    /// `accountLink`: a user linked (or failed to link) their account ([reference](https://developers.line.biz/en/reference/messaging-api/#account-link-event)).
    AccountLink(LinkContent),
    /// `membership`: a user joined, left or renewed a membership ([reference](https://developers.line.biz/en/reference/messaging-api/#membership-event)).
    Membership(MembershipContent),
    /// `module`: a module channel was attached or detached ([reference](https://developers.line.biz/en/reference/partner-docs/#module-channel-specific-webhook-events)).
    Module(ModuleContent),
    /// `activated`: the module channel got chat control ([reference](https://developers.line.biz/en/reference/partner-docs/#activated-event)).
    /// `None` when LINE did not say until when.
    Activated(Option<ChatControl>),
    /// `deactivated`: the module channel lost chat control ([reference](https://developers.line.biz/en/reference/partner-docs/#deactivated-event)).
    Deactivated,
    /// `botSuspended`: the account was suspended ([reference](https://developers.line.biz/en/reference/partner-docs/#botsuspend-event)).
    BotSuspended,
    /// `botResumed`: the account is no longer suspended ([reference](https://developers.line.biz/en/reference/partner-docs/#botresumed-event)).
    BotResumed,
    /// `delivery`: a LINE notification message was delivered ([reference](https://developers.line.biz/en/docs/partner-docs/line-notification-messages/message-sending-complete-webhook-event/)).
    Delivery(PnpDelivery),
    /// An event type this version does not know: the whole event object, `type` included.
    /// Its common fields are also parsed into [`Event`].
    Unknown(Value),
}

open_enum! {
    /// Channel state when the event was sent.
    pub enum EventMode {
        /// The channel is active: it can reply.
        Active = "active",
        /// Another channel has chat control; this one should not reply.
        Standby = "standby",
    }
}

/// How the event is being delivered.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct DeliveryContext {
    /// Whether this is a redelivery of an event the bot server did not acknowledge (`false`
    /// when LINE left it out).
    #[serde(default)]
    pub is_redelivery: bool,
}

/// The message that was unsent.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct UnsendDetail {
    /// ID of the unsent message.
    pub message_id: Str,
}

/// Details of a follow event.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct FollowDetail {
    /// `true` when the user unblocked the account, `false` when they added it as a friend
    /// (also when LINE left it out).
    #[serde(default)]
    pub is_unblocked: bool,
}

/// The users who joined or left a chat.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[non_exhaustive]
pub struct Members {
    /// The users (source objects of type `user`).
    pub members: Vec<Source>,
}

impl Members {
    /// The IDs of the users LINE names.
    pub fn user_ids(&self) -> impl Iterator<Item = &str> {
        self.members.iter().filter_map(Source::user_id)
    }
}

/// What a postback action sent.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[non_exhaustive]
pub struct PostbackContent {
    /// The action's `data`.
    pub data: Str,
    /// What the user picked, for datetime picker and rich menu switch actions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub params: Option<PostbackParams>,
}

impl PostbackContent {
    /// Decodes `data` into a type deriving
    /// [`PostbackData`](macro@crate::postback::PostbackData), the type the postback action was
    /// built from.
    ///
    /// # Errors
    /// Which key of the data is missing or malformed.
    pub fn data_as<T: crate::postback::PostbackData>(
        &self,
    ) -> Result<T, crate::postback::PostbackDataError> {
        T::from_postback_data(&self.data)
    }
}

/// What the user picked in a datetime picker, or the result of a rich menu switch.
///
/// Dates and times are kept as LINE sends them (`2017-12-25`, `01:00`, `2017-12-25T01:00`).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum PostbackParams {
    /// A date picker's `date` (`full-date`).
    Date(Str),
    /// A time picker's `time` (`time-hour:time-minute`).
    Time(Str),
    /// A datetime picker's `datetime` (`full-date "T" time-hour:time-minute`).
    Datetime(Str),
    /// The result of a rich menu switch action.
    RichMenuSwitch {
        /// Alias ID of the rich menu switched to.
        new_rich_menu_alias_id: Str,
        /// Whether the switch worked.
        status: RichMenuSwitchStatus,
    },
    /// Parameters of a shape this version does not know, kept as sent.
    Unknown(Map<String, Value>),
}

open_enum! {
    /// Result of a rich menu switch action.
    pub enum RichMenuSwitchStatus {
        /// The rich menu was switched.
        Success = "SUCCESS",
        /// No rich menu alias with that ID.
        RichMenuAliasIdNotFound = "RICHMENU_ALIAS_ID_NOTFOUND",
        /// The alias points to a rich menu that does not exist.
        RichMenuNotFound = "RICHMENU_NOTFOUND",
        /// The switch failed.
        Failed = "FAILED",
    }
}

impl<'de> Deserialize<'de> for PostbackParams {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(ParamsVisitor)
    }
}

/// Reads the entries without building a map first: the usual shapes (one date or time, or a
/// rich menu switch result) read their strings straight into the variant.
struct ParamsVisitor;

impl<'de> Visitor<'de> for ParamsVisitor {
    type Value = PostbackParams;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("postback params")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<PostbackParams, A::Error> {
        let Some(first_key) = map.next_key_seed(wire::StrSeed)? else {
            return Ok(PostbackParams::Unknown(Map::new()));
        };
        let first = (first_key, map.next_value::<Param>()?);
        let Some(second_key) = map.next_key_seed(wire::StrSeed)? else {
            return Ok(match first {
                (key, Param::Str(value)) if key == "date" => PostbackParams::Date(value),
                (key, Param::Str(value)) if key == "time" => PostbackParams::Time(value),
                (key, Param::Str(value)) if key == "datetime" => PostbackParams::Datetime(value),
                other => PostbackParams::Unknown(Param::into_map([other], map)?),
            });
        };
        let second = (second_key, map.next_value::<Param>()?);
        let Some(third_key) = map.next_key_seed(wire::StrSeed)? else {
            let (alias, status) = if first.0 == "status" {
                (second, first)
            } else {
                (first, second)
            };
            return Ok(match (alias, status) {
                ((alias_key, Param::Str(alias)), (status_key, Param::Str(status)))
                    if alias_key == "newRichMenuAliasId" && status_key == "status" =>
                {
                    PostbackParams::RichMenuSwitch {
                        new_rich_menu_alias_id: alias,
                        status: RichMenuSwitchStatus::from(status.as_str()),
                    }
                }
                (a, b) => PostbackParams::Unknown(Param::into_map([a, b], map)?),
            });
        };
        let third = (third_key, map.next_value::<Param>()?);
        Ok(PostbackParams::Unknown(Param::into_map(
            [first, second, third],
            map,
        )?))
    }
}

/// A value of postback params: a string, read without an intermediate `Value`, or anything else.
enum Param {
    Str(Str),
    Other(Value),
}

impl Param {
    /// The entries read so far and the rest of the map, as kept for an unknown shape.
    fn into_map<'de, A: MapAccess<'de>>(
        read: impl IntoIterator<Item = (Cow<'de, str>, Param)>,
        mut rest: A,
    ) -> Result<Map<String, Value>, A::Error> {
        let mut entries: Map<String, Value> = read
            .into_iter()
            .map(|(key, value)| {
                let value = match value {
                    Param::Str(text) => Value::String(text.into()),
                    Param::Other(value) => value,
                };
                (key.into_owned(), value)
            })
            .collect();
        while let Some((key, value)) = rest.next_entry::<String, Value>()? {
            entries.insert(key, value);
        }
        Ok(entries)
    }
}

impl<'de> Deserialize<'de> for Param {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ParamVisitor;

        impl<'de> Visitor<'de> for ParamVisitor {
            type Value = Param;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a JSON value")
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<Param, E> {
                Ok(Param::Str(Str::new(text)))
            }

            fn visit_bool<E: de::Error>(self, value: bool) -> Result<Param, E> {
                Ok(Param::Other(Value::Bool(value)))
            }

            fn visit_i64<E: de::Error>(self, value: i64) -> Result<Param, E> {
                Ok(Param::Other(Value::from(value)))
            }

            fn visit_u64<E: de::Error>(self, value: u64) -> Result<Param, E> {
                Ok(Param::Other(Value::from(value)))
            }

            fn visit_f64<E: de::Error>(self, value: f64) -> Result<Param, E> {
                Ok(Param::Other(Value::from(value)))
            }

            fn visit_unit<E: de::Error>(self) -> Result<Param, E> {
                Ok(Param::Other(Value::Null))
            }

            fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<Param, A::Error> {
                Value::deserialize(de::value::SeqAccessDeserializer::new(seq)).map(Param::Other)
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Param, A::Error> {
                Value::deserialize(de::value::MapAccessDeserializer::new(map)).map(Param::Other)
            }
        }

        deserializer.deserialize_any(ParamVisitor)
    }
}

/// The video a user watched to the end.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct VideoPlayComplete {
    /// The `trackingId` given to the video message.
    pub tracking_id: Str,
}

/// What a LINE Beacon saw.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[non_exhaustive]
pub struct BeaconContent {
    /// Hardware ID of the beacon.
    pub hwid: Str,
    /// What the user did.
    #[serde(rename = "type")]
    pub beacon_type: BeaconEventType,
    /// The beacon's device message, decoded from the hexadecimal string LINE sends.
    #[serde(
        default,
        deserialize_with = "hex_bytes",
        serialize_with = "write_hex",
        skip_serializing_if = "Option::is_none"
    )]
    pub dm: Option<Vec<u8>>,
}

open_enum! {
    /// What a user did near a beacon.
    pub enum BeaconEventType {
        /// Entered the beacon's range.
        Enter = "enter",
        /// Tapped the beacon banner.
        Banner = "banner",
        /// Is staying in range (only for some accounts).
        Stay = "stay",
    }
}

fn hex_bytes<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Vec<u8>>, D::Error> {
    struct HexVisitor;
    impl Visitor<'_> for HexVisitor {
        type Value = Option<Vec<u8>>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a string of hexadecimal digits")
        }
        fn visit_str<E: de::Error>(self, hex: &str) -> Result<Self::Value, E> {
            let digits = hex.as_bytes();
            if !digits.len().is_multiple_of(2) {
                return Err(E::invalid_length(
                    digits.len(),
                    &"an even number of hex digits",
                ));
            }
            let nibble = |d: u8| match d {
                b'0'..=b'9' => Ok(d - b'0'),
                b'a'..=b'f' => Ok(d - b'a' + 10),
                b'A'..=b'F' => Ok(d - b'A' + 10),
                _ => Err(E::invalid_value(de::Unexpected::Str(hex), &self)),
            };
            digits
                .chunks_exact(2)
                .map(|pair| Ok((nibble(pair[0])? << 4) | nibble(pair[1])?))
                .collect::<Result<Vec<u8>, E>>()
                .map(Some)
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
    }
    deserializer.deserialize_any(HexVisitor)
}

/// Writes the device message back as LINE sends it: lowercase hexadecimal digits.
fn write_hex<S: Serializer>(dm: &Option<Vec<u8>>, serializer: S) -> Result<S::Ok, S::Error> {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    match dm {
        Some(bytes) => {
            let hex: String = bytes
                .iter()
                .flat_map(|b| [DIGITS[usize::from(b >> 4)], DIGITS[usize::from(b & 15)]])
                .map(char::from)
                .collect();
            serializer.serialize_str(&hex)
        }
        None => serializer.serialize_none(),
    }
}

/// The result of account linking.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[non_exhaustive]
pub struct LinkContent {
    /// Whether linking worked.
    pub result: LinkResult,
    /// The nonce the bot server issued for this link.
    pub nonce: Str,
}

open_enum! {
    /// Whether account linking worked.
    pub enum LinkResult {
        /// Linked.
        Ok = "ok",
        /// Linking failed (e.g. the nonce was reused or expired).
        Failed = "failed",
    }
}

/// A change of a user's membership.
///
/// Membership event types LINE adds later arrive as [`MembershipContent::Unknown`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(
    tag = "type",
    rename_all = "lowercase",
    rename_all_fields = "camelCase"
)]
#[non_exhaustive]
pub enum MembershipContent {
    /// `joined`: the user subscribed.
    Joined {
        /// ID of the membership.
        membership_id: i64,
    },
    /// `left`: the user unsubscribed.
    Left {
        /// ID of the membership.
        membership_id: i64,
    },
    /// `renewed`: the user renewed the membership.
    Renewed {
        /// ID of the membership.
        membership_id: i64,
    },
    /// A membership event type this version does not know: the whole object.
    #[serde(untagged)]
    Unknown(Value),
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct MembershipId {
    membership_id: i64,
}

impl Tagged for MembershipContent {
    const EXPECTING: &'static str = "a membership object";

    fn from_rest<'de, D: Deserializer<'de>>(tag: &str, rest: D) -> Result<Self, D::Error> {
        Ok(match tag {
            "joined" => MembershipContent::Joined {
                membership_id: MembershipId::deserialize(rest)?.membership_id,
            },
            "left" => MembershipContent::Left {
                membership_id: MembershipId::deserialize(rest)?.membership_id,
            },
            "renewed" => MembershipContent::Renewed {
                membership_id: MembershipId::deserialize(rest)?.membership_id,
            },
            other => MembershipContent::Unknown(wire::unknown_object(other, rest)?),
        })
    }
}

impl<'de> Deserialize<'de> for MembershipContent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        wire::deserialize_tagged(deserializer)
    }
}

/// A module channel attached to or detached from an account.
///
/// Module event types LINE adds later arrive as [`ModuleContent::Unknown`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
#[non_exhaustive]
pub enum ModuleContent {
    /// `attached` ([reference](https://developers.line.biz/en/reference/partner-docs/#attached-event)).
    Attached(AttachedModuleContent),
    /// `detached` ([reference](https://developers.line.biz/en/reference/partner-docs/#detached-event)).
    Detached(DetachedModuleContent),
    /// A module event type this version does not know: the whole object.
    #[serde(untagged)]
    Unknown(Value),
}

/// A module channel was attached.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AttachedModuleContent {
    /// User ID of the bot of the account the module was attached to.
    pub bot_id: Id,
    /// Scopes the account's admin granted (empty when LINE left them out).
    #[serde(default)]
    pub scopes: Vec<String>,
}

/// A module channel was detached.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct DetachedModuleContent {
    /// User ID of the bot of the account the module was detached from.
    pub bot_id: Id,
    /// Why it was detached, when LINE said.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<DetachedModuleReason>,
}

open_enum! {
    /// Why a module channel was detached.
    pub enum DetachedModuleReason {
        /// The account's bot was deleted.
        BotDeleted = "bot_deleted",
    }
}

impl Tagged for ModuleContent {
    const EXPECTING: &'static str = "a module object";

    fn from_rest<'de, D: Deserializer<'de>>(tag: &str, rest: D) -> Result<Self, D::Error> {
        Ok(match tag {
            "attached" => ModuleContent::Attached(Deserialize::deserialize(rest)?),
            "detached" => ModuleContent::Detached(Deserialize::deserialize(rest)?),
            other => ModuleContent::Unknown(wire::unknown_object(other, rest)?),
        })
    }
}

impl<'de> Deserialize<'de> for ModuleContent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        wire::deserialize_tagged(deserializer)
    }
}

/// Chat control given to a module channel.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ChatControl {
    /// When chat control ends, in milliseconds since the Unix epoch.
    pub expire_at: i64,
}

/// A delivered LINE notification message.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[non_exhaustive]
pub struct PnpDelivery {
    /// A hashed phone number, or the `X-Line-Delivery-Tag` the request carried.
    pub data: String,
}

// Reading an event: one visitor for every known type. It writes the common fields straight into
// an `Event` (the caller's, or a slot of the events vector) as it meets them, and the type's own
// object into `kind`; an `Event` is several hundred bytes, and returning it by value through each
// layer of the parser would copy it as many times.
macro_rules! known_events {
    ($( $tag:literal => $variant:ident $( ($key:literal: $payload:ty) )? ; )+) => {
        /// An event type this version knows.
        #[derive(Clone, Copy)]
        enum Known {
            $( $variant, )+
        }

        impl Known {
            fn from_tag(tag: &str) -> Option<Known> {
                match tag {
                    $( $tag => Some(Known::$variant), )+
                    _ => None,
                }
            }

            /// The key of the type's own object, for the types that have one.
            fn payload_key(self) -> Option<&'static str> {
                match self {
                    $( Known::$variant => known_events!(@key $($key)?), )+
                }
            }

            /// Reads the value of [`payload_key`](Self::payload_key).
            fn read_payload<'de, A: MapAccess<'de>>(self, map: &mut A) -> Result<EventKind, A::Error> {
                Ok(match self {
                    $( Known::$variant => known_events!(@read map $variant $($payload)?), )+
                })
            }

            /// The kind when the type's own object is absent: `None` where it is optional, the
            /// missing field error where it is required.
            fn without_payload<E: de::Error>(self) -> Result<EventKind, E> {
                Ok(match self {
                    $( Known::$variant => known_events!(@absent $variant $($key $payload)?), )+
                })
            }
        }
    };
    (@key) => { None };
    (@key $key:literal) => { Some($key) };
    (@read $map:ident $variant:ident) => {{
        $map.next_value::<IgnoredAny>()?;
        EventKind::$variant
    }};
    (@read $map:ident $variant:ident $payload:ty) => {
        EventKind::$variant($map.next_value::<$payload>()?)
    };
    (@absent $variant:ident) => { EventKind::$variant };
    (@absent $variant:ident $key:literal $payload:ty) => {
        EventKind::$variant(<$payload>::deserialize(wire::Missing::new($key))?)
    };
}

known_events! {
    "message" => Message("message": MessageContent);
    "messageEdited" => MessageEdited("message": MessageContent);
    "unsend" => Unsend("unsend": UnsendDetail);
    "follow" => Follow("follow": Option<FollowDetail>);
    "unfollow" => Unfollow;
    "join" => Join;
    "leave" => Leave;
    "memberJoined" => MemberJoined("joined": Members);
    "memberLeft" => MemberLeft("left": Members);
    "postback" => Postback("postback": PostbackContent);
    "videoPlayComplete" => VideoPlayComplete("videoPlayComplete": VideoPlayComplete);
    "beacon" => Beacon("beacon": BeaconContent);
    "accountLink" => AccountLink("link": LinkContent);
    "membership" => Membership("membership": MembershipContent);
    "module" => Module("module": ModuleContent);
    "activated" => Activated("chatControl": Option<ChatControl>);
    "deactivated" => Deactivated;
    "botSuspended" => BotSuspended;
    "botResumed" => BotResumed;
    "delivery" => Delivery("delivery": PnpDelivery);
}

/// The common fields of an event of unknown type, read from its kept JSON.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct CommonWire {
    timestamp: i64,
    mode: Option<EventMode>,
    source: Option<Source>,
    webhook_event_id: Option<Id>,
    delivery_context: Option<DeliveryContext>,
    reply_token: Option<Id>,
}

impl Event {
    /// What an event is read into: every field is overwritten or checked by [`EventSeed`].
    pub(crate) fn empty() -> Self {
        Event {
            timestamp: 0,
            mode: None,
            source: None,
            webhook_event_id: None,
            delivery_context: None,
            reply_token: None,
            kind: EventKind::Unfollow,
        }
    }
}

/// Reads an event into an [`Event::empty`], in one pass when `type` is its first key.
pub(crate) struct EventSeed<'a>(pub(crate) &'a mut Event);

impl<'de> DeserializeSeed<'de> for EventSeed<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for EventSeed<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a webhook event object")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        wire::read_tagged(self, map)
    }
}

impl<'de> wire::ReadTagged<'de> for EventSeed<'_> {
    type Value = ();

    fn read<M: MapAccess<'de>>(self, tag: &str, rest: M) -> Result<(), M::Error> {
        read_event(tag, rest, self.0)
    }
}

/// Reads the keys after `type` into `event`, with the checks serde's derive makes: a required
/// key missing or any key twice is an error, unknown keys are skipped.
fn read_event<'de, A: MapAccess<'de>>(
    tag: &str,
    mut map: A,
    event: &mut Event,
) -> Result<(), A::Error> {
    let Some(known) = Known::from_tag(tag) else {
        let raw = wire::unknown_object(tag, MapAccessDeserializer::new(map))?;
        let common = CommonWire::deserialize(&raw).map_err(de::Error::custom)?;
        *event = Event {
            timestamp: common.timestamp,
            mode: common.mode,
            source: common.source,
            webhook_event_id: common.webhook_event_id,
            delivery_context: common.delivery_context,
            reply_token: common.reply_token,
            kind: EventKind::Unknown(raw),
        };
        return Ok(());
    };
    let payload_key = known.payload_key();
    let mut timestamp = None;
    let mut seen = Seen(0);
    while let Some(key) = map.next_key_seed(wire::StrSeed)? {
        match &*key {
            "timestamp" => {
                seen.once(0, "timestamp")?;
                timestamp = Some(map.next_value()?);
            }
            "mode" => {
                seen.once(1, "mode")?;
                event.mode = map.next_value()?;
            }
            "source" => {
                seen.once(2, "source")?;
                event.source = map.next_value()?;
            }
            "webhookEventId" => {
                seen.once(3, "webhookEventId")?;
                map.next_value_seed(wire::OptIdInto(&mut event.webhook_event_id))?;
            }
            "deliveryContext" => {
                seen.once(4, "deliveryContext")?;
                event.delivery_context = map.next_value()?;
            }
            "replyToken" => {
                seen.once(5, "replyToken")?;
                map.next_value_seed(wire::OptIdInto(&mut event.reply_token))?;
            }
            other => match payload_key {
                Some(payload_key) if other == payload_key => {
                    seen.once(6, payload_key)?;
                    event.kind = known.read_payload(&mut map)?;
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            },
        }
    }
    event.timestamp = timestamp.ok_or_else(|| de::Error::missing_field("timestamp"))?;
    if !seen.has(6) {
        event.kind = known.without_payload()?;
    }
    Ok(())
}

/// The keys of an event read so far, one bit each.
struct Seen(u8);

impl Seen {
    fn has(&self, bit: u8) -> bool {
        self.0 & (1 << bit) != 0
    }

    fn once<E: de::Error>(&mut self, bit: u8, key: &'static str) -> Result<(), E> {
        if self.has(bit) {
            return Err(E::duplicate_field(key));
        }
        self.0 |= 1 << bit;
        Ok(())
    }
}

impl<'de> Deserialize<'de> for Event {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut event = Event::empty();
        EventSeed(&mut event).deserialize(deserializer)?;
        Ok(event)
    }
}

/// The keys of the fields every event has, written from [`Event`]'s own fields.
const COMMON_KEYS: [&str; 7] = [
    "type",
    "timestamp",
    "mode",
    "source",
    "webhookEventId",
    "deliveryContext",
    "replyToken",
];

/// LINE's wire JSON: `type` first (so the fast path of the parser reads it back), the common
/// fields, then the event type's own object. An unknown event writes back every key it was
/// parsed with.
impl Serialize for Event {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", self.event_type())?;
        if let Some(mode) = &self.mode {
            map.serialize_entry("mode", mode)?;
        }
        map.serialize_entry("timestamp", &self.timestamp)?;
        if let Some(source) = &self.source {
            map.serialize_entry("source", source)?;
        }
        if let Some(id) = &self.webhook_event_id {
            map.serialize_entry("webhookEventId", id)?;
        }
        if let Some(context) = &self.delivery_context {
            map.serialize_entry("deliveryContext", context)?;
        }
        if let Some(token) = &self.reply_token {
            map.serialize_entry("replyToken", token)?;
        }
        match &self.kind {
            EventKind::Message(m) | EventKind::MessageEdited(m) => {
                map.serialize_entry("message", m)?
            }
            EventKind::Unsend(u) => map.serialize_entry("unsend", u)?,
            EventKind::Follow(Some(f)) => map.serialize_entry("follow", f)?,
            EventKind::MemberJoined(m) => map.serialize_entry("joined", m)?,
            EventKind::MemberLeft(m) => map.serialize_entry("left", m)?,
            EventKind::Postback(p) => map.serialize_entry("postback", p)?,
            EventKind::VideoPlayComplete(v) => map.serialize_entry("videoPlayComplete", v)?,
            EventKind::Beacon(b) => map.serialize_entry("beacon", b)?,
            EventKind::AccountLink(l) => map.serialize_entry("link", l)?,
            EventKind::Membership(m) => map.serialize_entry("membership", m)?,
            EventKind::Module(m) => map.serialize_entry("module", m)?,
            EventKind::Activated(Some(c)) => map.serialize_entry("chatControl", c)?,
            EventKind::Delivery(d) => map.serialize_entry("delivery", d)?,
            EventKind::Unknown(Value::Object(raw)) => {
                for (key, value) in raw {
                    if !COMMON_KEYS.contains(&key.as_str()) {
                        map.serialize_entry(key, value)?;
                    }
                }
            }
            EventKind::Follow(None)
            | EventKind::Activated(None)
            | EventKind::Unfollow
            | EventKind::Join
            | EventKind::Leave
            | EventKind::Deactivated
            | EventKind::BotSuspended
            | EventKind::BotResumed
            | EventKind::Unknown(_) => {}
        }
        map.end()
    }
}

/// The JSON object LINE sends: `{"date": ..}`, `{"time": ..}`, `{"datetime": ..}`, or the rich
/// menu switch result.
impl Serialize for PostbackParams {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        match self {
            PostbackParams::Date(date) => map.serialize_entry("date", date)?,
            PostbackParams::Time(time) => map.serialize_entry("time", time)?,
            PostbackParams::Datetime(at) => map.serialize_entry("datetime", at)?,
            PostbackParams::RichMenuSwitch {
                new_rich_menu_alias_id,
                status,
            } => {
                map.serialize_entry("newRichMenuAliasId", new_rich_menu_alias_id)?;
                map.serialize_entry("status", status)?;
            }
            PostbackParams::Unknown(entries) => {
                for (key, value) in entries {
                    map.serialize_entry(key, value)?;
                }
            }
        }
        map.end()
    }
}

// Building events, for tests of bot handlers (the types are `#[non_exhaustive]`).

impl Event {
    /// An event of this kind, as LINE would send it now: the current time, mode `active`, a
    /// fresh `webhookEventId` (a ULID), not a redelivery; no source and no reply token (add them
    /// with [`with_source`](Self::with_source) and [`with_reply_token`](Self::with_reply_token)).
    ///
    /// `kind` is an [`EventKind`], or what one holds: a message content
    /// ([`TextMessageContent`](super::TextMessageContent), ...), a [`PostbackContent`], a
    /// [`FollowDetail`], ...
    pub fn new(kind: impl Into<EventKind>) -> Self {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        Event {
            timestamp: i64::try_from(now.as_millis()).unwrap_or(i64::MAX),
            mode: Some(EventMode::Active),
            source: None,
            webhook_event_id: Some(ulid(now.as_millis())),
            delivery_context: Some(DeliveryContext::new(false)),
            reply_token: None,
            kind: kind.into(),
        }
    }

    /// Sets the time of the event, in milliseconds since the Unix epoch.
    #[must_use]
    pub fn with_timestamp(mut self, timestamp: i64) -> Self {
        self.timestamp = timestamp;
        self
    }

    /// Sets where the event happened.
    #[must_use]
    pub fn with_source(mut self, source: Source) -> Self {
        self.source = Some(source);
        self
    }

    /// Sets the reply token.
    #[must_use]
    pub fn with_reply_token(mut self, reply_token: impl Into<Id>) -> Self {
        self.reply_token = Some(reply_token.into());
        self
    }

    /// Sets the channel state (`standby` when another channel has chat control).
    #[must_use]
    pub fn with_mode(mut self, mode: EventMode) -> Self {
        self.mode = Some(mode);
        self
    }

    /// Sets the webhook event ID.
    #[must_use]
    pub fn with_webhook_event_id(mut self, id: impl Into<Id>) -> Self {
        self.webhook_event_id = Some(id.into());
        self
    }

    /// Marks the event as a redelivery, or not.
    #[must_use]
    pub fn with_redelivery(mut self, is_redelivery: bool) -> Self {
        self.delivery_context = Some(DeliveryContext::new(is_redelivery));
        self
    }
}

/// A ULID (Crockford base32: 48 bits of milliseconds, 80 random bits), like LINE's
/// `webhookEventId`.
fn ulid(millis: u128) -> Id {
    const DIGITS: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let random = uuid::Uuid::new_v4().as_u128() & ((1 << 80) - 1);
    let value = ((millis & ((1 << 48) - 1)) << 80) | random;
    (0..26)
        .rev()
        .map(|i| char::from(DIGITS[((value >> (i * 5)) & 31) as usize]))
        .collect::<String>()
        .into()
}

impl DeliveryContext {
    /// A delivery context.
    pub fn new(is_redelivery: bool) -> Self {
        DeliveryContext { is_redelivery }
    }
}

impl UnsendDetail {
    /// The unsending of the message with this ID.
    pub fn new(message_id: impl Into<Str>) -> Self {
        UnsendDetail {
            message_id: message_id.into(),
        }
    }
}

impl FollowDetail {
    /// A follow: `true` for an unblock, `false` for a new friend.
    pub fn new(is_unblocked: bool) -> Self {
        FollowDetail { is_unblocked }
    }
}

impl Members {
    /// These users (see [`Source::user`]).
    pub fn new(members: impl IntoIterator<Item = Source>) -> Self {
        Members {
            members: members.into_iter().collect(),
        }
    }
}

impl PostbackContent {
    /// A postback with this `data` and no params.
    pub fn new(data: impl Into<Str>) -> Self {
        PostbackContent {
            data: data.into(),
            params: None,
        }
    }

    /// The same postback with these params.
    #[must_use]
    pub fn with_params(mut self, params: PostbackParams) -> Self {
        self.params = Some(params);
        self
    }
}

impl VideoPlayComplete {
    /// The end of the video with this `trackingId`.
    pub fn new(tracking_id: impl Into<Str>) -> Self {
        VideoPlayComplete {
            tracking_id: tracking_id.into(),
        }
    }
}

impl BeaconContent {
    /// A beacon event of this beacon; no device message.
    pub fn new(hwid: impl Into<Str>, beacon_type: BeaconEventType) -> Self {
        BeaconContent {
            hwid: hwid.into(),
            beacon_type,
            dm: None,
        }
    }
}

impl LinkContent {
    /// The result of linking the account that was given this nonce.
    pub fn new(result: LinkResult, nonce: impl Into<Str>) -> Self {
        LinkContent {
            result,
            nonce: nonce.into(),
        }
    }
}

impl AttachedModuleContent {
    /// A module attached to the bot with this user ID, with these scopes.
    pub fn new(bot_id: impl Into<Id>, scopes: impl IntoIterator<Item = String>) -> Self {
        AttachedModuleContent {
            bot_id: bot_id.into(),
            scopes: scopes.into_iter().collect(),
        }
    }
}

impl DetachedModuleContent {
    /// A module detached from the bot with this user ID.
    pub fn new(bot_id: impl Into<Id>, reason: Option<DetachedModuleReason>) -> Self {
        DetachedModuleContent {
            bot_id: bot_id.into(),
            reason,
        }
    }
}

impl ChatControl {
    /// Chat control until this time, in milliseconds since the Unix epoch.
    pub fn new(expire_at: i64) -> Self {
        ChatControl { expire_at }
    }
}

impl PnpDelivery {
    /// The delivery of the LINE notification message with this `data`.
    pub fn new(data: impl Into<String>) -> Self {
        PnpDelivery { data: data.into() }
    }
}

impl From<MessageContent> for EventKind {
    fn from(message: MessageContent) -> Self {
        EventKind::Message(message)
    }
}

impl From<FollowDetail> for EventKind {
    fn from(follow: FollowDetail) -> Self {
        EventKind::Follow(Some(follow))
    }
}

impl From<ChatControl> for EventKind {
    fn from(control: ChatControl) -> Self {
        EventKind::Activated(Some(control))
    }
}

macro_rules! into_event_kind {
    ($($payload:ident => $variant:ident),+ $(,)?) => {
        $(
            impl From<$payload> for EventKind {
                fn from(payload: $payload) -> Self {
                    EventKind::$variant(payload)
                }
            }
        )+
    };
}

into_event_kind! {
    UnsendDetail => Unsend,
    PostbackContent => Postback,
    VideoPlayComplete => VideoPlayComplete,
    BeaconContent => Beacon,
    LinkContent => AccountLink,
    MembershipContent => Membership,
    ModuleContent => Module,
    PnpDelivery => Delivery,
}

impl From<AttachedModuleContent> for EventKind {
    fn from(module: AttachedModuleContent) -> Self {
        EventKind::Module(ModuleContent::Attached(module))
    }
}

impl From<DetachedModuleContent> for EventKind {
    fn from(module: DetachedModuleContent) -> Self {
        EventKind::Module(ModuleContent::Detached(module))
    }
}
