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

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

use super::id::Id;
use super::wire::{self, Tagged, open_enum};
use crate::Str;

/// The content of a message a user sent.
///
/// Message types LINE adds later arrive as [`MessageContent::Unknown`] with their JSON.
///
/// Serializes to LINE's wire JSON (`type` first); each content type converts into it (and into
/// an [`EventKind::Message`](super::EventKind::Message)) with `From`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
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
    #[serde(untagged)]
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

    /// Where the content of an image, video or audio message is stored, when LINE said so
    /// (`None` for other messages, and for media in older bodies, which LINE stores).
    pub fn content_provider(&self) -> Option<&ContentProvider> {
        match self {
            MessageContent::Image(m) => m.content_provider.as_ref(),
            MessageContent::Video(m) => m.content_provider.as_ref(),
            MessageContent::Audio(m) => m.content_provider.as_ref(),
            _ => None,
        }
    }

    /// The token to quote this message in a reply, when LINE sent one.
    pub fn quote_token(&self) -> Option<&str> {
        match self {
            MessageContent::Text(m) => m.quote_token.as_deref(),
            MessageContent::Image(m) => m.quote_token.as_deref(),
            MessageContent::Video(m) => m.quote_token.as_deref(),
            MessageContent::Audio(m) => m.quote_token.as_deref(),
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
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct TextMessageContent {
    /// Message ID.
    pub id: Str,
    /// The text. LINE emojis appear as `(name)` placeholders located by [`Self::emojis`].
    pub text: Str,
    /// LINE emojis in the text (empty when there are none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub emojis: Vec<Emoji>,
    /// Mentions in the text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mention: Option<Mention>,
    /// Token to quote this message (absent in bodies older than quoting).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote_token: Option<String>,
    /// ID of the message this one quotes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quoted_message_id: Option<Str>,
    /// Token to mark this message as read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mark_as_read_token: Option<String>,
}

/// A LINE emoji inside a text message.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Emoji {
    /// Position of the emoji's first character in the text (UTF-16 code units).
    pub index: u32,
    /// Length of the emoji's placeholder, e.g. 7 for `(hello)`.
    pub length: u32,
    /// Product ID of the emoji set.
    pub product_id: Id,
    /// ID of the emoji inside the set.
    pub emoji_id: Str,
}

/// The mentions of a text message.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[non_exhaustive]
pub struct Mention {
    /// Who is mentioned (up to 20).
    pub mentionees: Vec<Mentionee>,
}

/// A mentioned target.
///
/// Mentionee types LINE adds later arrive as [`Mentionee::Unknown`] with their JSON.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
#[non_exhaustive]
pub enum Mentionee {
    /// `user`: one user.
    User(UserMentionee),
    /// `all`: everyone in the chat (`@All`).
    All(AllMentionee),
    /// A mentionee type this version does not know: the whole object, `type` included.
    #[serde(untagged)]
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
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct UserMentionee {
    /// Position of the mention in the text (UTF-16 code units).
    pub index: u32,
    /// Length of the mention text, e.g. 8 for `@example`.
    pub length: u32,
    /// The user's ID; only when the user consented to share their profile.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<Id>,
    /// Whether the mentioned user is this bot.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_self: Option<bool>,
}

/// A mention of everyone in the chat.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[non_exhaustive]
pub struct AllMentionee {
    /// Position of the mention in the text (UTF-16 code units).
    pub index: u32,
    /// Length of the mention text.
    pub length: u32,
}

/// An image message ([reference](https://developers.line.biz/en/reference/messaging-api/#wh-image)).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ImageMessageContent {
    /// Message ID; get the image with it when the provider is LINE.
    pub id: Str,
    /// Where the image is stored. Absent from older bodies, where LINE stored every image:
    /// `None` means the same as a provider of type `line` (get the content with the ID).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_provider: Option<ContentProvider>,
    /// The set this image belongs to, when several images were sent at once.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_set: Option<ImageSet>,
    /// Token to quote this message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote_token: Option<String>,
    /// Token to mark this message as read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mark_as_read_token: Option<String>,
}

/// Images sent together.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[non_exhaustive]
pub struct ImageSet {
    /// Image set ID.
    pub id: Id,
    /// Position of this image in the set, from 1 (absent from old Android clients).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub index: Option<u32>,
    /// Number of images in the set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<u32>,
}

/// Where a media file is stored.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ContentProvider {
    /// LINE or an external server.
    #[serde(rename = "type")]
    pub provider_type: ContentProviderType,
    /// URL of the file; only for external providers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub original_content_url: Option<String>,
    /// URL of the preview image; only for external providers.
    #[serde(skip_serializing_if = "Option::is_none")]
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
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct VideoMessageContent {
    /// Message ID.
    pub id: Str,
    /// Length of the video in milliseconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration: Option<u64>,
    /// Where the video is stored; `None` (older bodies) means stored by LINE.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_provider: Option<ContentProvider>,
    /// Token to quote this message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote_token: Option<String>,
    /// Token to mark this message as read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mark_as_read_token: Option<String>,
}

/// An audio message ([reference](https://developers.line.biz/en/reference/messaging-api/#wh-audio)).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AudioMessageContent {
    /// Message ID.
    pub id: Str,
    /// Where the audio is stored; `None` (older bodies) means stored by LINE.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_provider: Option<ContentProvider>,
    /// Length of the audio in milliseconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration: Option<u64>,
    /// Token to quote this message (LINE's reference does not list it for audio, but LINE's
    /// own SDK test bodies carry it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote_token: Option<String>,
    /// Token to mark this message as read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mark_as_read_token: Option<String>,
}

/// A file message ([reference](https://developers.line.biz/en/reference/messaging-api/#wh-file)).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct FileMessageContent {
    /// Message ID.
    pub id: Str,
    /// File name. A file without it is still delivered: its content is fetched by ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_name: Option<Str>,
    /// File size in bytes, when LINE sent it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_size: Option<u64>,
    /// Token to mark this message as read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mark_as_read_token: Option<String>,
}

/// A location message ([reference](https://developers.line.biz/en/reference/messaging-api/#wh-location)).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct LocationMessageContent {
    /// Message ID.
    pub id: Str,
    /// Title of the place.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Address of the place.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Latitude.
    pub latitude: f64,
    /// Longitude.
    pub longitude: f64,
    /// Token to mark this message as read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mark_as_read_token: Option<String>,
}

/// A sticker message ([reference](https://developers.line.biz/en/reference/messaging-api/#wh-sticker)).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct StickerMessageContent {
    /// Message ID.
    pub id: Str,
    /// Package ID of the sticker set.
    pub package_id: Str,
    /// Sticker ID.
    pub sticker_id: Str,
    /// What kind of sticker it is; absent from bodies older than this field.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sticker_resource_type: Option<StickerResourceType>,
    /// Up to 15 keywords describing the sticker (LINE marks this experimental).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<Str>,
    /// Text the user typed; only for message stickers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<Str>,
    /// Token to quote this message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote_token: Option<String>,
    /// ID of the message this one quotes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quoted_message_id: Option<Str>,
    /// Token to mark this message as read.
    #[serde(skip_serializing_if = "Option::is_none")]
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

// Constructors, for tests of bot handlers: the structs are `#[non_exhaustive]`, so code outside
// this crate starts from the required fields here and sets the optional (public) ones after.

impl TextMessageContent {
    /// A text message with this ID and text; no emojis, mention or tokens.
    pub fn new(id: impl Into<Str>, text: impl Into<Str>) -> Self {
        TextMessageContent {
            id: id.into(),
            text: text.into(),
            emojis: Vec::new(),
            mention: None,
            quote_token: None,
            quoted_message_id: None,
            mark_as_read_token: None,
        }
    }
}

impl Emoji {
    /// A LINE emoji at `index` (UTF-16 code units) whose placeholder is `length` long.
    pub fn new(
        index: u32,
        length: u32,
        product_id: impl Into<Id>,
        emoji_id: impl Into<Str>,
    ) -> Self {
        Emoji {
            index,
            length,
            product_id: product_id.into(),
            emoji_id: emoji_id.into(),
        }
    }
}

impl Mention {
    /// The mentions of a text message.
    pub fn new(mentionees: impl IntoIterator<Item = Mentionee>) -> Self {
        Mention {
            mentionees: mentionees.into_iter().collect(),
        }
    }
}

impl UserMentionee {
    /// A mention of a user at `index` (UTF-16 code units), `length` long; no user ID.
    pub fn new(index: u32, length: u32) -> Self {
        UserMentionee {
            index,
            length,
            user_id: None,
            is_self: None,
        }
    }
}

impl AllMentionee {
    /// A mention of everyone at `index` (UTF-16 code units), `length` long.
    pub fn new(index: u32, length: u32) -> Self {
        AllMentionee { index, length }
    }
}

impl From<UserMentionee> for Mentionee {
    fn from(m: UserMentionee) -> Self {
        Mentionee::User(m)
    }
}

impl From<AllMentionee> for Mentionee {
    fn from(m: AllMentionee) -> Self {
        Mentionee::All(m)
    }
}

impl ContentProvider {
    /// Content stored by LINE (get it with the message ID).
    pub fn line() -> Self {
        ContentProvider {
            provider_type: ContentProviderType::Line,
            original_content_url: None,
            preview_image_url: None,
        }
    }

    /// Content on an external server.
    pub fn external(
        original_content_url: impl Into<String>,
        preview_image_url: Option<String>,
    ) -> Self {
        ContentProvider {
            provider_type: ContentProviderType::External,
            original_content_url: Some(original_content_url.into()),
            preview_image_url,
        }
    }
}

impl ImageSet {
    /// An image set with this ID; no position or total.
    pub fn new(id: impl Into<Id>) -> Self {
        ImageSet {
            id: id.into(),
            index: None,
            total: None,
        }
    }
}

impl ImageMessageContent {
    /// An image stored by LINE, with this message ID.
    pub fn new(id: impl Into<Str>) -> Self {
        ImageMessageContent {
            id: id.into(),
            content_provider: Some(ContentProvider::line()),
            image_set: None,
            quote_token: None,
            mark_as_read_token: None,
        }
    }
}

impl VideoMessageContent {
    /// A video stored by LINE, with this message ID; no duration.
    pub fn new(id: impl Into<Str>) -> Self {
        VideoMessageContent {
            id: id.into(),
            duration: None,
            content_provider: Some(ContentProvider::line()),
            quote_token: None,
            mark_as_read_token: None,
        }
    }
}

impl AudioMessageContent {
    /// An audio message stored by LINE, with this message ID; no duration.
    pub fn new(id: impl Into<Str>) -> Self {
        AudioMessageContent {
            id: id.into(),
            content_provider: Some(ContentProvider::line()),
            duration: None,
            quote_token: None,
            mark_as_read_token: None,
        }
    }
}

impl FileMessageContent {
    /// A file with this message ID, name and size in bytes.
    pub fn new(id: impl Into<Str>, file_name: impl Into<Str>, file_size: u64) -> Self {
        FileMessageContent {
            id: id.into(),
            file_name: Some(file_name.into()),
            file_size: Some(file_size),
            mark_as_read_token: None,
        }
    }
}

impl LocationMessageContent {
    /// A location with this message ID and coordinates; no title or address.
    pub fn new(id: impl Into<Str>, latitude: f64, longitude: f64) -> Self {
        LocationMessageContent {
            id: id.into(),
            title: None,
            address: None,
            latitude,
            longitude,
            mark_as_read_token: None,
        }
    }
}

impl StickerMessageContent {
    /// A still sticker with this message ID, package ID and sticker ID; no keywords or text.
    pub fn new(id: impl Into<Str>, package_id: impl Into<Str>, sticker_id: impl Into<Str>) -> Self {
        StickerMessageContent {
            id: id.into(),
            package_id: package_id.into(),
            sticker_id: sticker_id.into(),
            sticker_resource_type: Some(StickerResourceType::Static),
            keywords: Vec::new(),
            text: None,
            quote_token: None,
            quoted_message_id: None,
            mark_as_read_token: None,
        }
    }
}

macro_rules! into_message_content {
    ($($content:ident => $variant:ident),+ $(,)?) => {
        $(
            impl From<$content> for MessageContent {
                fn from(m: $content) -> Self {
                    MessageContent::$variant(m)
                }
            }

            impl From<$content> for super::EventKind {
                fn from(m: $content) -> Self {
                    super::EventKind::Message(MessageContent::$variant(m))
                }
            }
        )+
    };
}

into_message_content! {
    TextMessageContent => Text,
    ImageMessageContent => Image,
    VideoMessageContent => Video,
    AudioMessageContent => Audio,
    FileMessageContent => File,
    LocationMessageContent => Location,
    StickerMessageContent => Sticker,
}
