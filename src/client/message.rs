//! Sending messages: reply, push, multicast, narrowcast, broadcast, and narrowcast progress.
//!
//! ```no_run
//! use linebot::client::Client;
//! use linebot::message::TextMessage;
//!
//! # let client = Client::new("token");
//! # let reply_token = String::new();
//! client.reply_message(reply_token, [TextMessage::new("Got it")])?;
//! client.push_message("U4af4980629...", [TextMessage::new("Hello"), TextMessage::new("again")])?;
//! # Ok::<(), linebot::client::Error>(())
//! ```

use serde::{Deserialize, Serialize};

use super::{BODY_LIMIT, Error, FromResponse, RawResponse, UnreadBody, decode};
use crate::message::{
    BroadcastRequest, IntoMessages, MulticastRequest, NarrowcastRequest, PnpMessagesRequest,
    PushMessageRequest, ReplyMessageRequest, ValidateMessageRequest,
};

/// A message LINE accepted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SentMessage {
    /// ID of the sent message.
    pub id: String,
    /// Quote token of the message, for message kinds that can be quoted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote_token: Option<String>,
}

impl SentMessage {
    /// A sent message with this id.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            quote_token: None,
        }
    }
}

/// LINE's answer to a send (reply, push, multicast, narrowcast, broadcast): its
/// `ReplyMessageResponse`/`PushMessageResponse` body. The request ids are on the
/// [`Response`] around it ([`Response::request_id`], [`Response::accepted_request_id`]).
///
/// [`Response`]: super::Response
/// [`Response::request_id`]: super::Response::request_id
/// [`Response::accepted_request_id`]: super::Response::accepted_request_id
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SendResponse {
    /// The messages sent (reply and push only; multicast, narrowcast and broadcast answer
    /// without them).
    #[serde(default)]
    pub sent_messages: Vec<SentMessage>,
    /// Set when LINE's success body could not be read (too slow, cut off) or decoded. The
    /// send still succeeded: a `2xx` means LINE accepted the messages, and reporting a
    /// failure would make the caller send them again. `sent_messages` is then empty.
    #[serde(skip)]
    pub unread_body: Option<UnreadBody>,
}

impl FromResponse for SendResponse {
    fn from_response(mut response: RawResponse) -> Result<Self, Error> {
        let (bytes, unread) = response.read_up_to(BODY_LIMIT);
        let (sent_messages, unread_body) = match unread {
            Some((kind, source)) => (
                Vec::new(),
                Some(UnreadBody {
                    bytes,
                    complete: false,
                    reason: format!("{kind} ({source})"),
                }),
            ),
            None => match decode::<SendResponse>(&bytes) {
                Ok(body) => (body.sent_messages, None),
                Err(e) => (
                    Vec::new(),
                    Some(UnreadBody {
                        bytes,
                        complete: true,
                        reason: e.to_string(),
                    }),
                ),
            },
        };
        Ok(SendResponse {
            sent_messages,
            unread_body,
        })
    }
}

/// The monthly target limit for messages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MessageQuotaResponse {
    /// Whether a limit is set.
    #[serde(rename = "type")]
    pub quota_type: QuotaType,
    /// The limit (type `limited` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<i64>,
}

/// Whether a monthly target limit is set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum QuotaType {
    /// No limit.
    None,
    /// Limited to `value` messages.
    Limited,
    /// A value this version does not know.
    #[serde(untagged)]
    Unknown(String),
}

/// Messages sent this month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct QuotaConsumptionResponse {
    /// Messages sent in the current month.
    pub total_usage: i64,
}

/// The status of a narrowcast.
/// <https://developers.line.biz/en/reference/messaging-api/#get-narrowcast-progress-status>
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct NarrowcastProgressResponse {
    /// Where the narrowcast stands.
    pub phase: NarrowcastPhase,
    /// Users who received the message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success_count: Option<i64>,
    /// Users the message failed to reach.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_count: Option<i64>,
    /// Intended recipients.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_count: Option<i64>,
    /// Why it failed (phase `failed` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failed_description: Option<String>,
    /// Error summary (phase `failed` only): 1 internal error, 2 too few recipients,
    /// 3 retry-key conflict, 4 audience under 50, 5 partial delivery prevented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_code: Option<i64>,
    /// When LINE accepted the request (ISO 8601).
    pub accepted_time: String,
    /// When processing ended (ISO 8601), for phases `succeeded` and `failed`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed_time: Option<String>,
}

/// The phase of a narrowcast.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum NarrowcastPhase {
    /// Recipients are being computed.
    Waiting,
    /// Messages are being sent.
    Sending,
    /// Sent.
    Succeeded,
    /// Failed: see `failed_description` and `error_code`.
    Failed,
    /// A phase this version does not know.
    #[serde(untagged)]
    Unknown(String),
}

super::json_response!(
    NarrowcastProgressResponse,
    MessageQuotaResponse,
    QuotaConsumptionResponse,
);

super::operation! {
    /// `replyMessage`: answers a webhook event with 1 to 5 messages.
    /// <https://developers.line.biz/en/reference/messaging-api/#send-reply-message>
    Post Api "/v2/bot/message/reply" -> SendResponse;
    body ReplyMessageRequest;
    pub fn reply_message(reply_token: impl Into<String>, messages: impl IntoMessages) {
        ReplyMessageRequest::new(reply_token, messages)
    }
}

super::operation! {
    /// `pushMessage`: sends 1 to 5 messages to a user, group or room, with a retry key.
    /// <https://developers.line.biz/en/reference/messaging-api/#send-push-message>
    Post Api "/v2/bot/message/push" -> SendResponse, RETRY_KEY = true;
    body PushMessageRequest;
    pub fn push_message(to: impl Into<String>, messages: impl IntoMessages) {
        PushMessageRequest::new(to, messages)
    }
}

super::operation! {
    /// `multicast`: sends 1 to 5 messages to up to 500 users, with a retry key.
    /// <https://developers.line.biz/en/reference/messaging-api/#send-multicast-message>
    Post Api "/v2/bot/message/multicast" -> SendResponse, RETRY_KEY = true;
    body MulticastRequest;
    pub fn multicast(to: impl IntoIterator<Item = impl Into<String>>, messages: impl IntoMessages) {
        MulticastRequest::new(to, messages)
    }
}

super::operation! {
    /// `narrowcast`: sends 1 to 5 messages to an audience or demographic, asynchronously
    /// and with a retry key (every friend unless the request sets `recipient` or
    /// `filter`); follow it with [`Client::get_narrowcast_progress`](super::Client::get_narrowcast_progress) and the answer's
    /// request id.
    /// <https://developers.line.biz/en/reference/messaging-api/#send-narrowcast-message>
    Post Api "/v2/bot/message/narrowcast" -> SendResponse, RETRY_KEY = true;
    body NarrowcastRequest;
    pub fn narrowcast(messages: impl IntoMessages) {
        NarrowcastRequest::new(messages)
    }
}

super::operation! {
    /// `broadcast`: sends 1 to 5 messages to every friend, with a retry key.
    /// <https://developers.line.biz/en/reference/messaging-api/#send-broadcast-message>
    Post Api "/v2/bot/message/broadcast" -> SendResponse, RETRY_KEY = true;
    body BroadcastRequest;
    pub fn broadcast(messages: impl IntoMessages) {
        BroadcastRequest::new(messages)
    }
}

super::operation! {
    /// `validateReply`: LINE checks 1 to 5 messages for a reply, sending nothing (its findings
    /// come as [`Error::Api`] with `details`).
    /// <https://developers.line.biz/en/reference/messaging-api/#validate-message-objects-of-reply-message>
    Post Api "/v2/bot/message/validate/reply" -> ();
    #[derive(Debug)]
    pub struct ValidateReply {
        /// The messages.
        body messages: ValidateMessageRequest,
    }
    pub fn validate_reply(messages: impl IntoMessages) {
        Self { messages: ValidateMessageRequest::new(messages) }
    }
}

super::operation! {
    /// `validatePush`: LINE checks 1 to 5 messages for a push, sending nothing (its findings
    /// come as [`Error::Api`] with `details`).
    /// <https://developers.line.biz/en/reference/messaging-api/#validate-message-objects-of-push-message>
    Post Api "/v2/bot/message/validate/push" -> ();
    #[derive(Debug)]
    pub struct ValidatePush {
        /// The messages.
        body messages: ValidateMessageRequest,
    }
    pub fn validate_push(messages: impl IntoMessages) {
        Self { messages: ValidateMessageRequest::new(messages) }
    }
}

super::operation! {
    /// `validateMulticast`: LINE checks 1 to 5 messages for a multicast, sending nothing (its findings
    /// come as [`Error::Api`] with `details`).
    /// <https://developers.line.biz/en/reference/messaging-api/#validate-message-objects-of-multicast-message>
    Post Api "/v2/bot/message/validate/multicast" -> ();
    #[derive(Debug)]
    pub struct ValidateMulticast {
        /// The messages.
        body messages: ValidateMessageRequest,
    }
    pub fn validate_multicast(messages: impl IntoMessages) {
        Self { messages: ValidateMessageRequest::new(messages) }
    }
}

super::operation! {
    /// `validateNarrowcast`: LINE checks 1 to 5 messages for a narrowcast, sending nothing (its findings
    /// come as [`Error::Api`] with `details`).
    /// <https://developers.line.biz/en/reference/messaging-api/#validate-message-objects-of-narrowcast-message>
    Post Api "/v2/bot/message/validate/narrowcast" -> ();
    #[derive(Debug)]
    pub struct ValidateNarrowcast {
        /// The messages.
        body messages: ValidateMessageRequest,
    }
    pub fn validate_narrowcast(messages: impl IntoMessages) {
        Self { messages: ValidateMessageRequest::new(messages) }
    }
}

super::operation! {
    /// `validateBroadcast`: LINE checks 1 to 5 messages for a broadcast, sending nothing (its findings
    /// come as [`Error::Api`] with `details`).
    /// <https://developers.line.biz/en/reference/messaging-api/#validate-message-objects-of-broadcast-message>
    Post Api "/v2/bot/message/validate/broadcast" -> ();
    #[derive(Debug)]
    pub struct ValidateBroadcast {
        /// The messages.
        body messages: ValidateMessageRequest,
    }
    pub fn validate_broadcast(messages: impl IntoMessages) {
        Self { messages: ValidateMessageRequest::new(messages) }
    }
}

super::operation! {
    /// `getMessageQuota`: the monthly target limit, if any.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-quota>
    Get Api "/v2/bot/message/quota" -> MessageQuotaResponse;
    #[derive(Debug, Default, Eq)]
    pub struct GetMessageQuota {}
    pub fn get_message_quota() {
        Self {}
    }
}

super::operation! {
    /// `getMessageQuotaConsumption`: how many messages were sent this month.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-consumption>
    Get Api "/v2/bot/message/quota/consumption" -> QuotaConsumptionResponse;
    #[derive(Debug, Default, Eq)]
    pub struct GetMessageQuotaConsumption {}
    pub fn get_message_quota_consumption() {
        Self {}
    }
}

super::operation! {
    /// `pushMessagesByPhone` (partner API): sends 1 to 5 messages to the user whose
    /// SHA-256-hashed E.164 phone number is `to` ([`pnp::hash_phone_number`](super::pnp::hash_phone_number)).
    /// <https://developers.line.biz/en/reference/partner-docs/#send-line-notification-message>
    Post Api "/bot/pnp/push" -> ();
    #[derive(Debug)]
    pub struct PushMessagesByPhone {
        /// The body.
        body body: PnpMessagesRequest,
        /// `X-Line-Delivery-Tag` (16 to 100 characters), echoed in the delivery completion
        /// event.
        opt_header "x-line-delivery-tag" delivery_tag: String,
    }
    pub fn push_messages_by_phone(to: impl Into<String>, messages: impl IntoMessages) {
        Self { body: PnpMessagesRequest::new(to, messages), delivery_tag: None }
    }
}

super::operation! {
    /// `getNarrowcastProgress`: the status of a narrowcast, by its request id
    /// ([`Response::request_id`](super::Response::request_id) of the narrowcast).
    /// <https://developers.line.biz/en/reference/messaging-api/#get-narrowcast-progress-status>
    Get Api "/v2/bot/message/progress/narrowcast" -> NarrowcastProgressResponse;
    #[derive(Debug, Eq)]
    pub struct GetNarrowcastProgress {
        /// The narrowcast's request id.
        query "requestId" request_id: String,
    }
    pub fn get_narrowcast_progress(request_id: impl Into<String>) {
        Self { request_id: request_id.into() }
    }
}
