//! Message objects: what a bot sends.
//!
//! Every kind LINE accepts is a variant of [`Message`]; each kind is a plain serde struct, and
//! builders produce them. Up to five messages go into one request: build them with
//! [`Messages::builder`] (which counts in its type) or pass an array `[a, b, c]`; a sixth message is a
//! compile error.
//!
//! ```
//! use linebot::message::{Messages, TextMessage};
//!
//! let messages = Messages::builder()
//!     .push(TextMessage::new("Hello"))
//!     .push(TextMessage::new("World"));
//! assert_eq!(messages.len(), 2);
//! ```
//!
//! ```compile_fail
//! use linebot::message::{Messages, TextMessage};
//! let m = Messages::builder()
//!     .push(TextMessage::new("1")).push(TextMessage::new("2")).push(TextMessage::new("3"))
//!     .push(TextMessage::new("4")).push(TextMessage::new("5"))
//!     .push(TextMessage::new("6")); // LINE rule C01: at most 5 messages
//! ```

use serde::Deserialize;

use crate::count::{Checked, Count, CountError, CountRule, Inc};
use crate::validate::{self, Path, Validate, Violations};

pub mod coupon;
pub mod flex;
pub mod imagemap;
pub mod location;
pub mod media;
pub mod narrowcast;
pub mod quick_reply;
pub mod request;
pub mod sticker;
pub mod template;
pub mod text;

pub use coupon::CouponMessage;
pub use flex::FlexMessage;
pub use imagemap::ImagemapMessage;
pub use location::LocationMessage;
pub use media::{AudioMessage, ImageMessage, VideoMessage};
pub use quick_reply::{
    IntoQuickReply, QuickReply, QuickReplyBuilder, QuickReplyItem, QuickReplyItemType, Sender,
};
pub use request::*;
pub use sticker::StickerMessage;
pub use template::TemplateMessage;
pub use text::{
    Emoji, EmojiSubstitution, MentionSubstitution, Mentionee, Substitution, TextMessage,
    TextMessageV2,
};

/// A message object. Kinds LINE adds later deserialize into [`Message::Unknown`].
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum Message {
    /// `text`
    #[serde(rename = "text")]
    Text(TextMessage),
    /// `textV2` (mentions and emoji substitutions)
    #[serde(rename = "textV2")]
    TextV2(TextMessageV2),
    /// `sticker`
    #[serde(rename = "sticker")]
    Sticker(StickerMessage),
    /// `image`
    #[serde(rename = "image")]
    Image(ImageMessage),
    /// `video`
    #[serde(rename = "video")]
    Video(VideoMessage),
    /// `audio`
    #[serde(rename = "audio")]
    Audio(AudioMessage),
    /// `location`
    #[serde(rename = "location")]
    Location(LocationMessage),
    /// `imagemap`
    #[serde(rename = "imagemap")]
    Imagemap(ImagemapMessage),
    /// `template`
    #[serde(rename = "template")]
    Template(TemplateMessage),
    /// `flex`
    #[serde(rename = "flex")]
    Flex(FlexMessage),
    /// `coupon`
    #[serde(rename = "coupon")]
    Coupon(CouponMessage),
    /// A message type this version of `linebot` does not know, kept as JSON.
    #[serde(untagged)]
    Unknown(serde_json::Value),
}

// The JSON `#[derive(Serialize)]` writes with the attributes above, each tag a constant;
// and the kinds `validate()` reads again from `Unknown` JSON.
crate::tagged::tagged_enum!(Message, "type", {
    Text = "text",
    TextV2 = "textV2",
    Sticker = "sticker",
    Image = "image",
    Video = "video",
    Audio = "audio",
    Location = "location",
    Imagemap = "imagemap",
    Template = "template",
    Flex = "flex",
    Coupon = "coupon",
}, Unknown);

macro_rules! message_kinds {
    ($($t:ident => $v:ident),* $(,)?) => {
        $( impl From<$t> for Message { fn from(m: $t) -> Self { Message::$v(m) } } )*

        impl Validate for Message {
            fn validate_at(&self, path: &mut Path, out: &mut Violations) {
                match self {
                    $( Message::$v(m) => m.validate_at(path, out), )*
                    // A known kind lands here when it fails to parse (reported with serde's
                    // reason) or when built by hand from JSON (checked as that kind).
                    Message::Unknown(v) => match v.get("type").and_then(|t| t.as_str()) {
                        Some(kind) => {
                            let what = |kind: &str| format!("`{kind}` message");
                            if let Some(m) =
                                validate::unknown_of::<Message>(kind, v, what, path, out)
                            {
                                m.validate_at(path, out);
                            }
                        }
                        None => validate::invalid("a message object with a `type`", path, out),
                    },
                }
            }
        }
    };
}
message_kinds!(
    TextMessage => Text, TextMessageV2 => TextV2, StickerMessage => Sticker,
    ImageMessage => Image, VideoMessage => Video, AudioMessage => Audio,
    LocationMessage => Location, ImagemapMessage => Imagemap, TemplateMessage => Template,
    FlexMessage => Flex, CouponMessage => Coupon,
);

/// `.quick_reply(..)` and `.sender(..)`, which every message kind has.
macro_rules! common_setters {
    ($($t:ty),* $(,)?) => { $(
        impl $t {
            /// Shows 1 to 13 quick reply buttons with the message: a
            /// [`QuickReplyBuilder`](crate::message::QuickReplyBuilder) holding 1 to 13 items,
            /// an array of 1 to 13 [`QuickReplyItem`](crate::message::QuickReplyItem)s, or a
            /// [`QuickReply`](crate::message::QuickReply) (LINE rule C02).
            pub fn quick_reply(
                mut self,
                quick_reply: impl $crate::message::IntoQuickReply,
            ) -> Self {
                self.quick_reply = Some(quick_reply.into_quick_reply());
                self
            }

            /// Shows `sender`'s name and icon instead of the account's.
            pub fn sender(mut self, sender: $crate::message::Sender) -> Self {
                self.sender = Some(sender);
                self
            }
        }
    )* };
}
#[allow(unused_imports)]
pub(crate) use common_setters;
common_setters!(
    TextMessage,
    TextMessageV2,
    StickerMessage,
    ImageMessage,
    VideoMessage,
    AudioMessage,
    LocationMessage,
    CouponMessage,
    TemplateMessage,
    ImagemapMessage,
    FlexMessage,
);

/// Validates the `quickReply` and `sender` every message kind may carry. Each kind's
/// `Validate` impl calls it.
pub(crate) fn validate_common(
    quick_reply: &Option<QuickReply>,
    sender: &Option<Sender>,
    path: &mut Path,
    out: &mut Violations,
) {
    if let Some(q) = quick_reply {
        path.field("quickReply", |p| q.validate_at(p, out));
    }
    if let Some(s) = sender {
        path.field("sender", |p| s.validate_at(p, out));
    }
}

/// A message list validated as LINE validates a request's `messages`: 1 to 5 items, each
/// checked at `messages[i]`.
pub(crate) fn validate_messages(messages: &[Message], path: &mut Path, out: &mut Violations) {
    path.field("messages", |p| {
        p.rule("C01", |p| {
            validate::count(messages.len(), 1, crate::limits::MESSAGES_MAX, p, out)
        });
        for (i, m) in messages.iter().enumerate() {
            p.index(i, |p| m.validate_at(p, out));
        }
    })
}

/// Guard for [`Messages::push`]: a request carries at most 5 messages (LINE rule C01).
#[diagnostic::on_unimplemented(
    message = "a request carries at most 5 messages",
    label = "this would be message #6",
    note = "LINE rule C01: reply, push, multicast, narrowcast and broadcast take 1 to 5 messages; send the rest in another request"
)]
pub trait RoomForMessage {}
crate::__impl_counts!(RoomForMessage: 0..=crate::limits::MESSAGES_MAX - 1 => 0 1 2 3 4);

/// Guard for message arrays and finished [`Messages`]: 1 to 5 messages (LINE rule C01).
#[diagnostic::on_unimplemented(
    message = "a request carries 1 to 5 messages, but {N} were given",
    label = "1 to 5 messages",
    note = "LINE rule C01: reply, push, multicast, narrowcast and broadcast take 1 to 5 messages"
)]
pub trait MessageCount<const N: usize> {}
crate::__impl_counts!(MessageCount<_>: 1..=crate::limits::MESSAGES_MAX => 1 2 3 4 5);

/// C01 for lists counted at run time.
const MESSAGES_RULE: CountRule = CountRule {
    rule: "C01",
    subject: "a request",
    items: "messages",
    min: 1,
    max: crate::limits::MESSAGES_MAX,
};

/// Up to five messages, counted in the type: `Messages<Count<N>>`.
///
/// [`Messages::push`] refuses a sixth message at compile time. A list known only at run time
/// converts with `Messages::try_from(vec)`, which checks the count (1 to 5, LINE rule C01) and
/// gives a `Messages<Checked>` that every send method takes:
///
/// ```
/// use linebot::message::{Message, Messages, ReplyMessageRequest, TextMessage};
///
/// let lines = ["Order A-1024 shipped", "Order A-1025 shipped"];
/// let texts: Vec<TextMessage> = lines.iter().map(|l| TextMessage::new(*l)).collect();
/// let reply = ReplyMessageRequest::new("reply-token", Messages::try_from(texts)?);
/// assert_eq!(reply.messages.len(), 2);
///
/// let six: Vec<Message> = (0..6).map(|i| TextMessage::new(i.to_string()).into()).collect();
/// assert_eq!(
///     Messages::try_from(six).unwrap_err().to_string(),
///     "a request takes 1 to 5 messages, but 6 were given (LINE rule C01)"
/// );
/// # Ok::<(), linebot::count::CountError>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct Messages<C = Count<0>> {
    items: Vec<Message>,
    _count: std::marker::PhantomData<C>,
}

impl Messages<Count<0>> {
    /// Starts an empty list; push 1 to 5 messages with [`Messages::push`].
    pub fn builder() -> Self {
        Messages {
            items: Vec::with_capacity(crate::limits::MESSAGES_MAX),
            _count: std::marker::PhantomData,
        }
    }

    /// A list of 1 to 5 messages given as an array (LINE rule C01); more may be pushed while
    /// the total stays at most 5.
    ///
    /// ```
    /// use linebot::message::{Messages, StickerMessage, TextMessage};
    ///
    /// let messages = Messages::new([TextMessage::new("Hello"), TextMessage::new("World")])
    ///     .push(StickerMessage::new("446", "1988"));
    /// assert_eq!(messages.len(), 3);
    /// ```
    ///
    /// ```compile_fail
    /// use linebot::message::{Messages, TextMessage};
    /// let t = || TextMessage::new("x");
    /// let six = Messages::new([t(), t(), t(), t(), t(), t()]); // LINE rule C01
    /// ```
    pub fn new<M: Into<Message>, const N: usize>(messages: [M; N]) -> Messages<Count<N>>
    where
        Count<N>: MessageCount<N>,
    {
        let mut items = Vec::with_capacity(crate::limits::MESSAGES_MAX);
        items.extend(messages.into_iter().map(Into::into));
        Messages {
            items,
            _count: std::marker::PhantomData,
        }
    }
}

impl Default for Messages<Count<0>> {
    fn default() -> Self {
        Self::builder()
    }
}

impl<C: Inc> Messages<C> {
    /// Appends a message. The sixth push does not compile (LINE rule C01).
    pub fn push(mut self, message: impl Into<Message>) -> Messages<C::Next>
    where
        C: RoomForMessage,
    {
        self.items.push(message.into());
        Messages {
            items: self.items,
            _count: std::marker::PhantomData,
        }
    }
}

impl<C> Messages<C> {
    /// How many messages were pushed.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether no message was pushed yet.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The messages.
    pub fn as_slice(&self) -> &[Message] {
        &self.items
    }
}

/// 1 to 5 messages, the `messages` of a request: an array `[a, b]` of anything that converts
/// into [`Message`], a [`Messages`] list with at least one message, or a runtime list checked
/// by `Messages::try_from(vec)`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a list of 1 to 5 messages",
    label = "expected 1 to 5 messages",
    note = "LINE rule C01: pass an array of 1 to 5 messages, a `Messages` list built with `push`, or `Messages::try_from(vec)?` for a list counted at run time"
)]
pub trait IntoMessages {
    /// The messages, in order.
    fn into_messages(self) -> Vec<Message>;
}

impl<M: Into<Message>, const N: usize> IntoMessages for [M; N]
where
    Count<N>: MessageCount<N>,
{
    fn into_messages(self) -> Vec<Message> {
        self.into_iter().map(Into::into).collect()
    }
}

impl<const N: usize> IntoMessages for Messages<Count<N>>
where
    Count<N>: MessageCount<N>,
{
    fn into_messages(self) -> Vec<Message> {
        self.items
    }
}

impl IntoMessages for Messages<Checked> {
    fn into_messages(self) -> Vec<Message> {
        self.items
    }
}

impl<M: Into<Message>> TryFrom<Vec<M>> for Messages<Checked> {
    type Error = CountError;

    /// Checks that `messages` holds 1 to 5 messages (LINE rule C01).
    ///
    /// # Errors
    /// [`CountError`] naming rule C01 when the list is empty or longer than 5.
    fn try_from(messages: Vec<M>) -> Result<Self, CountError> {
        MESSAGES_RULE.check(messages.len())?;
        Ok(Messages {
            items: messages.into_iter().map(Into::into).collect(),
            _count: std::marker::PhantomData,
        })
    }
}

impl<C> From<Messages<C>> for Vec<Message> {
    fn from(m: Messages<C>) -> Self {
        m.items
    }
}
