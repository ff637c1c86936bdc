//! Where an event came from: a user, a group chat or a multi-person chat (room).
//!
//! ```
//! use linebot::webhook::Source;
//!
//! let source: Source = serde_json::from_str(
//!     r#"{"type":"group","groupId":"Ca56f94637c","userId":"U4af4980629"}"#,
//! )?;
//! assert_eq!(source.group_id(), Some("Ca56f94637c"));
//! assert_eq!(source.user_id(), Some("U4af4980629"));
//! # Ok::<(), serde_json::Error>(())
//! ```

use std::fmt;

use serde::de::{self, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

use super::id::Id;
use super::wire::{self, Tagged};

/// The source of an event ([reference](https://developers.line.biz/en/reference/messaging-api/#source-user)).
///
/// Source types LINE adds later arrive as [`Source::Unknown`] with their JSON.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
#[non_exhaustive]
pub enum Source {
    /// `user`: a one-on-one chat with a user.
    User(UserSource),
    /// `group`: a group chat.
    Group(GroupSource),
    /// `room`: a multi-person chat.
    Room(RoomSource),
    /// A source type this version does not know: the whole object, `type` included.
    #[serde(untagged)]
    Unknown(Value),
}

/// A user, in a one-on-one chat (also the members of `memberJoined`/`memberLeft` events).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UserSource {
    /// ID of the user. LINE may leave it out (for example when the user has not consented to
    /// share their profile in some contexts).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<Id>,
}

/// A group chat.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GroupSource {
    /// ID of the group chat.
    pub group_id: Id,
    /// ID of the user who caused the event; only in message events, and only for users of
    /// LINE for iOS and Android.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<Id>,
}

/// A multi-person chat.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RoomSource {
    /// ID of the multi-person chat.
    pub room_id: Id,
    /// ID of the user who caused the event; only in message events, and only for users of
    /// LINE for iOS and Android.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<Id>,
}

impl Source {
    /// A one-on-one chat with this user.
    pub fn user(user_id: impl Into<Id>) -> Self {
        Source::User(UserSource {
            user_id: Some(user_id.into()),
        })
    }

    /// A group chat; set [`GroupSource::user_id`] for the user who caused the event.
    pub fn group(group_id: impl Into<Id>) -> Self {
        Source::Group(GroupSource {
            group_id: group_id.into(),
            user_id: None,
        })
    }

    /// A multi-person chat; set [`RoomSource::user_id`] for the user who caused the event.
    pub fn room(room_id: impl Into<Id>) -> Self {
        Source::Room(RoomSource {
            room_id: room_id.into(),
            user_id: None,
        })
    }

    /// The same source naming `user_id` as the user who caused the event (a group or room
    /// member; for a one-on-one chat, the user).
    #[must_use]
    pub fn with_user_id(mut self, user_id: impl Into<Id>) -> Self {
        let user_id = Some(user_id.into());
        match &mut self {
            Source::User(s) => s.user_id = user_id,
            Source::Group(s) => s.user_id = user_id,
            Source::Room(s) => s.user_id = user_id,
            Source::Unknown(raw) => {
                if let (Value::Object(object), Some(id)) = (raw, user_id) {
                    object.insert("userId".to_owned(), Value::String(id.into()));
                }
            }
        }
        self
    }

    /// The user ID, when the source names a user.
    pub fn user_id(&self) -> Option<&str> {
        match self {
            Source::User(s) => s.user_id.as_deref(),
            Source::Group(s) => s.user_id.as_deref(),
            Source::Room(s) => s.user_id.as_deref(),
            Source::Unknown(raw) => raw.get("userId").and_then(Value::as_str),
        }
    }

    /// The group ID, for a group chat.
    pub fn group_id(&self) -> Option<&str> {
        match self {
            Source::Group(s) => Some(&s.group_id),
            _ => None,
        }
    }

    /// The room ID, for a multi-person chat.
    pub fn room_id(&self) -> Option<&str> {
        match self {
            Source::Room(s) => Some(&s.room_id),
            _ => None,
        }
    }

    /// The ID to push a reply to: the group ID, the room ID, or the user ID for a one-on-one
    /// chat.
    pub fn chat_id(&self) -> Option<&str> {
        match self {
            Source::User(s) => s.user_id.as_deref(),
            Source::Group(s) => Some(&s.group_id),
            Source::Room(s) => Some(&s.room_id),
            Source::Unknown(_) => None,
        }
    }
}

impl Tagged for Source {
    const EXPECTING: &'static str = "a source object";

    fn from_rest<'de, D: Deserializer<'de>>(tag: &str, rest: D) -> Result<Self, D::Error> {
        match tag {
            "user" => rest.deserialize_map(KnownSource(Chat::User)),
            "group" => rest.deserialize_map(KnownSource(Chat::Group)),
            "room" => rest.deserialize_map(KnownSource(Chat::Room)),
            other => Ok(Source::Unknown(wire::unknown_object(other, rest)?)),
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Chat {
    User,
    Group,
    Room,
}

/// The keys of a known source after its `type`, read as borrowed text and copied once into
/// the source's IDs (every event has a source). Same checks as serde's derive: a required ID
/// missing or a key twice is an error, other keys are skipped.
struct KnownSource(Chat);

impl<'de> Visitor<'de> for KnownSource {
    type Value = Source;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a source object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Source, A::Error> {
        let chat = self.0;
        // The key of the group or room ID.
        let chat_key = match chat {
            Chat::User => None,
            Chat::Group => Some("groupId"),
            Chat::Room => Some("roomId"),
        };
        let mut user_id = None;
        let mut chat_id = None;
        while let Some(key) = map.next_key_seed(wire::StrSeed)? {
            if key == "userId" {
                if user_id.is_some() {
                    return Err(de::Error::duplicate_field("userId"));
                }
                user_id = Some(map.next_value_seed(wire::OptStrSeed)?);
            } else if let Some(chat_key) = chat_key.filter(|k| key == *k) {
                if chat_id.is_some() {
                    return Err(de::Error::duplicate_field(chat_key));
                }
                chat_id = Some(map.next_value_seed(wire::StrSeed)?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        let user_id = user_id.flatten().map(Id::from);
        let chat_id = match (chat_key, chat_id) {
            (Some(_), Some(id)) => Id::from(id),
            (Some(key), None) => return Err(de::Error::missing_field(key)),
            (None, _) => Id::default(),
        };
        Ok(match chat {
            Chat::User => Source::User(UserSource { user_id }),
            Chat::Group => Source::Group(GroupSource {
                group_id: chat_id,
                user_id,
            }),
            Chat::Room => Source::Room(RoomSource {
                room_id: chat_id,
                user_id,
            }),
        })
    }
}

impl<'de> Deserialize<'de> for Source {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        wire::deserialize_tagged(deserializer)
    }
}
