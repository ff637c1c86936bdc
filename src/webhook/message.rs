//! What users send: the `message` object of `message` and `messageEdited` events
//! ([reference](https://developers.line.biz/en/reference/messaging-api/#message-event)).
//!
//! ```
//! use linebot::webhook::MessageContent;
//!
//! let message: MessageContent = serde_json::from_str(
//!     r#"{"type":"text","id":"468789577898262530","quoteToken":"q3Plxr4AgKd","text":"Hi!"}"#,
//! )?;
//! assert_eq!(message.text(), Some("Hi!"));
//! match &message {
//!     MessageContent::Text(text) => assert_eq!(text.quote_token.as_deref(), Some("q3Plxr4AgKd")),
//!     _ => unreachable!(),
//! }
//! # Ok::<(), serde_json::Error>(())
//! ```

use serde::{Deserialize, Deserializer};
use serde_json::Value;

use super::wire::{self, Tagged, open_enum};

/// The content of a message a user sent.
///
/// Message types LINE adds later arrive as [`MessageContent::Unknown`] with their JSON.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum MessageContent {
    /// `text`, with LINE emojis and mentions.
    Text(TextMessageContent),
    /// `image`.
    Image(ImageMessageContent),
    /// `video`.
    Video(VideoMessageContent),
    /// `audio`.
    Audio(AudioMessageContent),
    /// `file`.
    File(FileMessageContent),
    /// `location`.
    Location(LocationMessageContent),
    /// `sticker`.
    Sticker(StickerMessageContent),
    /// A message type this version does not know: the whole object, `type` included.
    Unknown(Value),
}

impl MessageContent {
    /// The message ID (used to get the content of images, videos, audio and files).
    pub fn id(&self) -> Option<&str> {
        Some(match self {
            MessageContent::Text(m) => &m.id,
            MessageContent::Image(m) => &m.id,
            MessageContent::Video(m) => &m.id,
            MessageContent::Audio(m) => &m.id,
            MessageContent::File(m) => &m.id,
            MessageContent::Location(m) => &m.id,
            MessageContent::Sticker(m) => &m.id,
            MessageContent::Unknown(raw) => return raw.get("id").and_then(Value::as_str),
        })
    }

    /// The text of a text message.
    pub fn text(&self) -> Option<&str> {
        match self {
            MessageContent::Text(m) => Some(&m.text),
            _ => None,
        }
    }

    /// The token to quote this message in a reply, when LINE sent one.
    pub fn quote_token(&self) -> Option<&str> {
        match self {
            MessageContent::Text(m) => m.quote_token.as_deref(),
            MessageContent::Image(m) => m.quote_token.as_deref(),
            MessageContent::Video(m) => m.quote_token.as_deref(),
            MessageContent::Sticker(m) => m.quote_token.as_deref(),
            MessageContent::Unknown(raw) => raw.get("quoteToken").and_then(Value::as_str),
            _ => None,
        }
    }

    /// The token to mark this message as read, when LINE sent one.
    pub fn mark_as_read_token(&self) -> Option<&str> {
        match self {
            MessageContent::Text(m) => m.mark_as_read_token.as_deref(),
            MessageContent::Image(m) => m.mark_as_read_token.as_deref(),
            MessageContent::Video(m) => m.mark_as_read_token.as_deref(),
            MessageContent::Audio(m) => m.mark_as_read_token.as_deref(),
            MessageContent::File(m) => m.mark_as_read_token.as_deref(),
            MessageContent::Location(m) => m.mark_as_read_token.as_deref(),
            MessageContent::Sticker(m) => m.mark_as_read_token.as_deref(),
            MessageContent::Unknown(raw) => raw.get("markAsReadToken").and_then(Value::as_str),
        }
    }
}

impl Tagged for MessageContent {
    const EXPECTING: &'static str = "a message object";

    fn from_rest<'de, D: Deserializer<'de>>(tag: &str, rest: D) -> Result<Self, D::Error> {
        Ok(match tag {
            "text" => MessageContent::Text(Deserialize::deserialize(rest)?),
            "image" => MessageContent::Image(Deserialize::deserialize(rest)?),
            "video" => MessageContent::Video(Deserialize::deserialize(rest)?),
            "audio" => MessageContent::Audio(Deserialize::deserialize(rest)?),
            "file" => MessageContent::File(Deserialize::deserialize(rest)?),
            "location" => MessageContent::Location(Deserialize::deserialize(rest)?),
            "sticker" => MessageContent::Sticker(Deserialize::deserialize(rest)?),
            other => MessageContent::Unknown(wire::unknown_object(other, rest)?),
        })
    }
}

impl<'de> Deserialize<'de> for MessageContent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        wire::deserialize_tagged(deserializer)
    }
}

/// A text message ([reference](https://developers.line.biz/en/reference/messaging-api/#wh-text)).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct TextMessageContent {
    /// Message ID.
    pub id: String,
    /// The text. LINE emojis appear as `(name)` placeholders located by [`Self::emojis`].
    pub text: String,
    /// LINE emojis in the text (empty when there are none).
    #[serde(default)]
    pub emojis: Vec<Emoji>,
    /// Mentions in the text.
    pub mention: Option<Mention>,
    /// Token to quote this message (absent in bodies older than quoting).
    pub quote_token: Option<String>,
    /// ID of the message this one quotes.
    pub quoted_message_id: Option<String>,
    /// Token to mark this message as read.
    pub mark_as_read_token: Option<String>,
}

/// A LINE emoji inside a text message.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Emoji {
    /// Position of the emoji's first character in the text (UTF-16 code units).
    pub index: u32,
    /// Length of the emoji's placeholder, e.g. 7 for `(hello)`.
    pub length: u32,
    /// Product ID of the emoji set.
    pub product_id: String,
    /// ID of the emoji inside the set.
    pub emoji_id: String,
}

/// The mentions of a text message.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[non_exhaustive]
pub struct Mention {
    /// Who is mentioned (up to 20).
    pub mentionees: Vec<Mentionee>,
}

/// A mentioned target.
///
/// Mentionee types LINE adds later arrive as [`Mentionee::Unknown`] with their JSON.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Mentionee {
    /// `user`: one user.
    User(UserMentionee),
    /// `all`: everyone in the chat (`@All`).
    All(AllMentionee),
    /// A mentionee type this version does not know: the whole object, `type` included.
    Unknown(Value),
}

impl Tagged for Mentionee {
    const EXPECTING: &'static str = "a mentionee object";

    fn from_rest<'de, D: Deserializer<'de>>(tag: &str, rest: D) -> Result<Self, D::Error> {
        Ok(match tag {
            "user" => Mentionee::User(Deserialize::deserialize(rest)?),
            "all" => Mentionee::All(Deserialize::deserialize(rest)?),
            other => Mentionee::Unknown(wire::unknown_object(other, rest)?),
        })
    }
}

impl<'de> Deserialize<'de> for Mentionee {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        wire::deserialize_tagged(deserializer)
    }
}

/// A mentioned user.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct UserMentionee {
    /// Position of the mention in the text (UTF-16 code units).
    pub index: u32,
    /// Length of the mention text, e.g. 8 for `@example`.
    pub length: u32,
    /// The user's ID; only when the user consented to share their profile.
    pub user_id: Option<String>,
    /// Whether the mentioned user is this bot.
    pub is_self: Option<bool>,
}

/// A mention of everyone in the chat.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[non_exhaustive]
pub struct AllMentionee {
    /// Position of the mention in the text (UTF-16 code units).
    pub index: u32,
    /// Length of the mention text.
    pub length: u32,
}

/// An image message ([reference](https://developers.line.biz/en/reference/messaging-api/#wh-image)).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ImageMessageContent {
    /// Message ID; get the image with it when the provider is LINE.
    pub id: String,
    /// Where the image is stored.
    pub content_provider: ContentProvider,
    /// The set this image belongs to, when several images were sent at once.
    pub image_set: Option<ImageSet>,
    /// Token to quote this message.
    pub quote_token: Option<String>,
    /// Token to mark this message as read.
    pub mark_as_read_token: Option<String>,
}

/// Images sent together.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[non_exhaustive]
pub struct ImageSet {
    /// Image set ID.
    pub id: String,
    /// Position of this image in the set, from 1 (absent from old Android clients).
    pub index: Option<u32>,
    /// Number of images in the set.
    pub total: Option<u32>,
}

/// Where a media file is stored.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ContentProvider {
    /// LINE or an external server.
    #[serde(rename = "type")]
    pub provider_type: ContentProviderType,
    /// URL of the file; only for external providers.
    pub original_content_url: Option<String>,
    /// URL of the preview image; only for external providers.
    pub preview_image_url: Option<String>,
}

open_enum! {
    /// Who stores a media file.
    pub enum ContentProviderType {
        /// LINE: get the content with the message ID.
        Line = "line",
        /// An external server: see the URLs of [`ContentProvider`].
        External = "external",
    }
}

/// A video message ([reference](https://developers.line.biz/en/reference/messaging-api/#wh-video)).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct VideoMessageContent {
    /// Message ID.
    pub id: String,
    /// Length of the video in milliseconds.
    pub duration: Option<u64>,
    /// Where the video is stored.
    pub content_provider: ContentProvider,
    /// Token to quote this message.
    pub quote_token: Option<String>,
    /// Token to mark this message as read.
    pub mark_as_read_token: Option<String>,
}

/// An audio message ([reference](https://developers.line.biz/en/reference/messaging-api/#wh-audio)).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AudioMessageContent {
    /// Message ID.
    pub id: String,
    /// Where the audio is stored.
    pub content_provider: ContentProvider,
    /// Length of the audio in milliseconds.
    pub duration: Option<u64>,
    /// Token to mark this message as read.
    pub mark_as_read_token: Option<String>,
}

/// A file message ([reference](https://developers.line.biz/en/reference/messaging-api/#wh-file)).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct FileMessageContent {
    /// Message ID.
    pub id: String,
    /// File name.
    pub file_name: String,
    /// File size in bytes.
    pub file_size: u64,
    /// Token to mark this message as read.
    pub mark_as_read_token: Option<String>,
}

/// A location message ([reference](https://developers.line.biz/en/reference/messaging-api/#wh-location)).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct LocationMessageContent {
    /// Message ID.
    pub id: String,
    /// Title of the place.
    pub title: Option<String>,
    /// Address of the place.
    pub address: Option<String>,
    /// Latitude.
    pub latitude: f64,
    /// Longitude.
    pub longitude: f64,
    /// Token to mark this message as read.
    pub mark_as_read_token: Option<String>,
}

/// A sticker message ([reference](https://developers.line.biz/en/reference/messaging-api/#wh-sticker)).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct StickerMessageContent {
    /// Message ID.
    pub id: String,
    /// Package ID of the sticker set.
    pub package_id: String,
    /// Sticker ID.
    pub sticker_id: String,
    /// What kind of sticker it is.
    pub sticker_resource_type: StickerResourceType,
    /// Up to 15 keywords describing the sticker (LINE marks this experimental).
    #[serde(default)]
    pub keywords: Vec<String>,
    /// Text the user typed; only for message stickers.
    pub text: Option<String>,
    /// Token to quote this message.
    pub quote_token: Option<String>,
    /// ID of the message this one quotes.
    pub quoted_message_id: Option<String>,
    /// Token to mark this message as read.
    pub mark_as_read_token: Option<String>,
}

open_enum! {
    /// The kind of a sticker.
    pub enum StickerResourceType {
        /// A still image.
        Static = "STATIC",
        /// An animated sticker.
        Animation = "ANIMATION",
        /// A sticker with sound.
        Sound = "SOUND",
        /// An animated sticker with sound.
        AnimationSound = "ANIMATION_SOUND",
        /// A pop-up sticker.
        Popup = "POPUP",
        /// A pop-up sticker with sound.
        PopupSound = "POPUP_SOUND",
        /// A custom sticker (text set by the user when buying).
        Custom = "CUSTOM",
        /// A message sticker (text typed by the user, see `text`).
        Message = "MESSAGE",
        /// A name sticker.
        NameText = "NAME_TEXT",
        /// A per-sticker text sticker.
        PerStickerText = "PER_STICKER_TEXT",
    }
}
