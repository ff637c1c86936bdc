//! Webhooks: verify the `x-line-signature` of a request, then read its typed events.
//!
//! Hand [`WebhookParser::parse`] the raw body bytes and the header. It checks the signature
//! (HMAC-SHA256 of the body under the channel secret, compared in constant time) and parses the
//! body into a [`CallbackRequest`]: a list of [`Event`]s, each with the common fields and an
//! [`EventKind`] to `match` on.
//!
//! ```
//! use linebot::webhook::{EventKind, MessageContent, PostbackParams, WebhookParser};
//!
//! # let body = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/message_text.json")).unwrap();
//! # let signature = linebot::webhook::sign("8f2b4c6d1e3a5f7b9c0d2e4f6a8b1c3d", &body);
//! # let signature = Some(signature.as_str());
//! // Once, at start-up (read the secret from your configuration):
//! let parser = WebhookParser::new("8f2b4c6d1e3a5f7b9c0d2e4f6a8b1c3d");
//!
//! // Per request: `body` is the raw request body, `signature` the x-line-signature header.
//! let request = parser.parse(&body, signature)?;
//! for event in &request.events {
//!     match &event.kind {
//!         EventKind::Message(MessageContent::Text(text)) => {
//!             println!("{:?} says {:?}; reply with {:?}", event.user_id(), text.text, event.reply_token());
//!         }
//!         EventKind::Message(MessageContent::Sticker(sticker)) => {
//!             println!("sticker {}/{}", sticker.package_id, sticker.sticker_id);
//!         }
//!         EventKind::Follow(follow) if follow.is_unblocked => println!("welcome back"),
//!         EventKind::Follow(_) => println!("new friend {:?}", event.user_id()),
//!         EventKind::Postback(postback) => match &postback.params {
//!             Some(PostbackParams::Datetime(at)) => println!("{} at {at}", postback.data),
//!             _ => println!("postback {}", postback.data),
//!         },
//!         // Event and message types added to LINE later arrive here, with their JSON.
//!         EventKind::Unknown(raw) => println!("new event type: {raw}"),
//!         _ => {}
//!     }
//! }
//! // An event that did not match its documented shape is kept apart, with the reason:
//! for bad in &request.unparsed {
//!     eprintln!("event {} skipped: {}", bad.index, bad.error);
//! }
//! # assert_eq!(request.events.len(), 1);
//! # Ok::<(), linebot::webhook::WebhookError>(())
//! ```
//!
//! # What is tolerated, what is not
//!
//! - **Rejected** ([`WebhookError`]): a missing, malformed or wrong signature, a body over the
//!   size limit, a body that is not UTF-8 JSON with `destination` and `events`.
//! - **Kept**: event, message, source, mentionee, membership and module types this version does
//!   not know (`Unknown` variants with the raw JSON), unknown enum values (`Unknown(String)`),
//!   extra fields (ignored), and the absence of fields older or verification bodies lack
//!   (`mode`, `webhookEventId`, `deliveryContext`, `quoteToken`).
//! - **Set apart**: a known event that breaks its documented shape (say, a `message` event
//!   without `message`) goes to [`CallbackRequest::unparsed`] with its JSON and the reason;
//!   the other events of the request are still delivered.
//!
//! No input makes the parser panic.

mod callback;
mod error;
mod event;
mod message;
mod parser;
mod source;
mod wire;

pub use callback::{CallbackRequest, UnparsedEvent};
pub use error::WebhookError;
pub use event::{
    AttachedModuleContent, BeaconContent, BeaconEventType, ChatControl, DeliveryContext,
    DetachedModuleContent, DetachedModuleReason, Event, EventKind, EventMode, FollowDetail,
    LinkContent, LinkResult, Members, MembershipContent, ModuleContent, PnpDelivery,
    PostbackContent, PostbackParams, RichMenuSwitchStatus, UnsendDetail, VideoPlayComplete,
};
pub use message::{
    AllMentionee, AudioMessageContent, ContentProvider, ContentProviderType, Emoji,
    FileMessageContent, ImageMessageContent, ImageSet, LocationMessageContent, Mention, Mentionee,
    MessageContent, StickerMessageContent, StickerResourceType, TextMessageContent, UserMentionee,
    VideoMessageContent,
};
pub use parser::{DEFAULT_MAX_BODY_SIZE, SIGNATURE_HEADER, WebhookParser, sign};
pub use source::{GroupSource, RoomSource, Source, UserSource};
