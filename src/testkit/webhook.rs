//! Webhook bodies for tests of a bot's webhook handler: typed events in, the body LINE would
//! post and its `x-line-signature` out.

use crate::webhook::{CallbackRequest, Event, TextMessageContent};

use super::BOT_USER_ID;

/// A webhook request body and the `x-line-signature` LINE would send with it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct SignedWebhook {
    /// The request body: `{"destination": BOT_USER_ID, "events": [...]}` in LINE's wire JSON.
    pub body: Vec<u8>,
    /// The `x-line-signature` header: base64 of the body's HMAC-SHA256 under the secret.
    pub signature: String,
}

/// The body LINE would post for `events` (to the bot [`BOT_USER_ID`]), signed with
/// `channel_secret`: hand both to the handler under test, as a web framework would.
///
/// ```
/// use linebot::testkit;
/// use linebot::webhook::{Event, FollowDetail, Source, WebhookParser};
///
/// let follow = Event::new(FollowDetail::new(false)).with_source(Source::user(testkit::USER_ID));
/// let webhook = testkit::signed_webhook("my channel secret", [follow.clone()]);
///
/// let request = WebhookParser::new("my channel secret")
///     .parse(&webhook.body, Some(&webhook.signature))
///     .unwrap();
/// assert_eq!(request.events, [follow]);
/// ```
pub fn signed_webhook(
    channel_secret: &str,
    events: impl IntoIterator<Item = Event>,
) -> SignedWebhook {
    let request = CallbackRequest::new(BOT_USER_ID, events);
    let body = match serde_json::to_vec(&request) {
        Ok(body) => body,
        // Events hold strings, numbers and JSON values with string keys: nothing that fails.
        Err(e) => unreachable!("an event always serializes: {e}"),
    };
    let signature = crate::webhook::sign(channel_secret, &body);
    SignedWebhook { body, signature }
}

/// A text message event from `user_id`, as LINE sends it, with this reply token.
pub(crate) fn text_message_event(reply_token: &str, user_id: &str, text: &str) -> Event {
    let id = uuid::Uuid::new_v4().as_u128() % 1_000_000_000_000_000;
    let mut message = TextMessageContent::new(id.to_string(), text);
    message.quote_token = Some(format!("q{id}"));
    Event::new(message)
        .with_source(crate::webhook::Source::user(user_id))
        .with_reply_token(reply_token)
}
