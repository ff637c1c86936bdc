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
//!         EventKind::Follow(_) if event.is_unblock() => println!("welcome back"),
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
//!   not know (`Unknown` variants with the raw JSON, written back whole), unknown enum values
//!   (`Unknown(String)`), and extra fields on known objects (ignored: the one thing writing
//!   back leaves out).
//! - **Delivered without**: every field whose absence leaves the event meaningful, field by
//!   field through LINE's reference, as older bodies and LINE's own SDK test bodies show them:
//!   `mode`, `webhookEventId`, `deliveryContext` (and its `isRedelivery`: `false`), `source`,
//!   `replyToken`; `follow` (a new friend: [`EventKind::Follow`]`(None)`) and its `isUnblocked`
//!   (`false`); a media message's `contentProvider` (stored by LINE) and `duration`; a file's
//!   `fileName` and `fileSize` (the content is fetched by ID); a sticker's
//!   `stickerResourceType`, `keywords` and `text`; every `quoteToken`, `markAsReadToken`,
//!   `quotedMessageId`, `emojis`, `mention`, `imageSet` position, mentionee `userId`,
//!   postback `params`, beacon `dm`, `chatControl` of `activated`, a detached module's
//!   `reason`, an attached module's `scopes` (empty).
//! - **Set apart**: a known event without what makes it meaningful goes to
//!   [`CallbackRequest::unparsed`] with its JSON and the reason, and the other events of the
//!   request are still delivered. That is `type` and `timestamp`; a group's `groupId`, a
//!   room's `roomId`; a message's `message`, `id` and content (a text's `text`, a location's
//!   coordinates, a sticker's package and sticker IDs); `unsend.messageId`; the `members` of
//!   member events; `postback.data`; `videoPlayComplete.trackingId`; a beacon's `hwid` and
//!   `type`; a link's `result` and `nonce`; a membership's `membershipId`; a module's `botId`;
//!   `delivery.data`; and the fields of emojis and mentionees (index, length, IDs).
//!
//! Every type serializes back to LINE's wire JSON (`serde_json::to_vec(&request)` gives the
//! body LINE sent, compared as JSON values, unparsed events included at their places), and
//! floats keep every digit they were sent with. To test a bot's handler, build events with
//! [`Event::new`] and sign them with `linebot::testkit::signed_webhook` (feature `testkit`).
//!
//! No input makes the parser panic.

mod callback;
mod error;
mod event;
mod id;
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
pub use id::Id;
pub use message::{
    AllMentionee, AudioMessageContent, ContentProvider, ContentProviderType, Emoji,
    FileMessageContent, ImageMessageContent, ImageSet, LocationMessageContent, Mention, Mentionee,
    MessageContent, StickerMessageContent, StickerResourceType, TextMessageContent, UserMentionee,
    VideoMessageContent,
};
pub use parser::{DEFAULT_MAX_BODY_SIZE, SIGNATURE_HEADER, WebhookParser, sign};
pub use source::{GroupSource, RoomSource, Source, UserSource};
