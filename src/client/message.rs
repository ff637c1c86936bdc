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

use super::{
    BODY_LIMIT, Client, Error, FromResponse, Host, Method, Operation, Payload, RawResponse,
    Response, UnreadBody, decode,
};
use crate::message::{
    BroadcastRequest, IntoMessages, MulticastRequest, NarrowcastRequest, PnpMessagesRequest,
    PushMessageRequest, ReplyMessageRequest, ValidateMessageRequest,
};
use crate::validate::{Validate, ValidationError};

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

/// Implements [`Operation`] for a send request body: JSON, validated, on `api.line.me`.
macro_rules! send_operation {
    ($($t:ty => $path:literal, retry_key: $retry:literal;)*) => {$(
        impl Operation for $t {
            type Response = SendResponse;
            const METHOD: Method = Method::Post;
            const HOST: Host = Host::Api;
            const RETRY_KEY: bool = $retry;
            fn path(&self) -> String {
                $path.into()
            }
            fn payload(&self) -> Result<Payload<'_>, Error> {
                Payload::json(self)
            }
            fn validate(&self) -> Result<(), ValidationError> {
                Validate::validate(self)
            }
        }
    )*};
}

send_operation! {
    ReplyMessageRequest => "/v2/bot/message/reply", retry_key: false;
    PushMessageRequest => "/v2/bot/message/push", retry_key: true;
    MulticastRequest => "/v2/bot/message/multicast", retry_key: true;
    NarrowcastRequest => "/v2/bot/message/narrowcast", retry_key: true;
    BroadcastRequest => "/v2/bot/message/broadcast", retry_key: true;
}

super::json_body!(
    /// `POST /v2/bot/message/validate/reply`: LINE checks messages for a reply, sending nothing.
    /// <https://developers.line.biz/en/reference/messaging-api/#validate-message-objects-of-reply-message>
    ValidateReply(ValidateMessageRequest) => Post Api, "/v2/bot/message/validate/reply", ()
);
super::json_body!(
    /// `POST /v2/bot/message/validate/push`: LINE checks messages for a push, sending nothing.
    /// <https://developers.line.biz/en/reference/messaging-api/#validate-message-objects-of-push-message>
    ValidatePush(ValidateMessageRequest) => Post Api, "/v2/bot/message/validate/push", ()
);
super::json_body!(
    /// `POST /v2/bot/message/validate/multicast`: LINE checks messages for a multicast.
    /// <https://developers.line.biz/en/reference/messaging-api/#validate-message-objects-of-multicast-message>
    ValidateMulticast(ValidateMessageRequest) => Post Api, "/v2/bot/message/validate/multicast", ()
);
super::json_body!(
    /// `POST /v2/bot/message/validate/narrowcast`: LINE checks messages for a narrowcast.
    /// <https://developers.line.biz/en/reference/messaging-api/#validate-message-objects-of-narrowcast-message>
    ValidateNarrowcast(ValidateMessageRequest) => Post Api, "/v2/bot/message/validate/narrowcast", ()
);
super::json_body!(
    /// `POST /v2/bot/message/validate/broadcast`: LINE checks messages for a broadcast.
    /// <https://developers.line.biz/en/reference/messaging-api/#validate-message-objects-of-broadcast-message>
    ValidateBroadcast(ValidateMessageRequest) => Post Api, "/v2/bot/message/validate/broadcast", ()
);

super::bodiless!(
    /// `GET /v2/bot/message/quota`: the monthly target limit.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-quota>
    GetMessageQuota {} => Get Api, |_s| "/v2/bot/message/quota".into(), MessageQuotaResponse
);
super::bodiless!(
    /// `GET /v2/bot/message/quota/consumption`: messages sent this month.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-consumption>
    GetMessageQuotaConsumption {} => Get Api, |_s| "/v2/bot/message/quota/consumption".into(), QuotaConsumptionResponse
);

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

/// `POST /bot/pnp/push` (partner API): a LINE notification message to a user identified by
/// a hashed phone number.
/// <https://developers.line.biz/en/reference/partner-docs/#send-line-notification-message>
#[derive(Debug, Clone, PartialEq)]
pub struct PushMessagesByPhone {
    /// The body.
    pub body: PnpMessagesRequest,
    /// `X-Line-Delivery-Tag` (16 to 100 characters), echoed in the delivery completion event.
    pub delivery_tag: Option<String>,
}

impl Operation for PushMessagesByPhone {
    type Response = ();
    const METHOD: Method = Method::Post;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        "/bot/pnp/push".into()
    }
    fn headers(&self) -> Vec<(&'static str, String)> {
        self.delivery_tag
            .iter()
            .map(|t| ("x-line-delivery-tag", t.clone()))
            .collect()
    }
    fn payload(&self) -> Result<Payload<'_>, Error> {
        Payload::json(&self.body)
    }
    fn validate(&self) -> Result<(), ValidationError> {
        Validate::validate(&self.body)
    }
}

/// `GET /v2/bot/message/progress/narrowcast`: the status of a narrowcast.
/// <https://developers.line.biz/en/reference/messaging-api/#get-narrowcast-progress-status>
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetNarrowcastProgress {
    /// The narrowcast's request id ([`Response::request_id`] of the narrowcast).
    pub request_id: String,
}

impl Operation for GetNarrowcastProgress {
    type Response = NarrowcastProgressResponse;
    const METHOD: Method = Method::Get;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        "/v2/bot/message/progress/narrowcast".into()
    }
    fn query(&self) -> Vec<(&'static str, Option<String>)> {
        vec![("requestId", Some(self.request_id.clone()))]
    }
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

impl Client {
    /// `replyMessage`: answers a webhook event with 1 to 5 messages.
    /// For `notificationDisabled`, send a [`ReplyMessageRequest`] with [`Client::call`].
    /// <https://developers.line.biz/en/reference/messaging-api/#send-reply-message>
    ///
    /// # Errors
    /// See [`Error`].
    pub fn reply_message(
        &self,
        reply_token: impl Into<String>,
        messages: impl IntoMessages,
    ) -> Result<Response<SendResponse>, Error> {
        self.call(ReplyMessageRequest::new(reply_token, messages))
    }

    /// `pushMessage`: sends 1 to 5 messages to a user, group or room, with a retry key.
    /// For more options, send a [`PushMessageRequest`] with [`Client::call`].
    /// <https://developers.line.biz/en/reference/messaging-api/#send-push-message>
    ///
    /// # Errors
    /// See [`Error`].
    pub fn push_message(
        &self,
        to: impl Into<String>,
        messages: impl IntoMessages,
    ) -> Result<Response<SendResponse>, Error> {
        self.call(PushMessageRequest::new(to, messages))
    }

    /// `multicast`: sends 1 to 5 messages to up to 500 users, with a retry key.
    /// For more options, send a [`MulticastRequest`] with [`Client::call`].
    /// <https://developers.line.biz/en/reference/messaging-api/#send-multicast-message>
    ///
    /// # Errors
    /// See [`Error`].
    pub fn multicast<S: Into<String>>(
        &self,
        to: impl IntoIterator<Item = S>,
        messages: impl IntoMessages,
    ) -> Result<Response<SendResponse>, Error> {
        self.call(MulticastRequest::new(to, messages))
    }

    /// `narrowcast`: sends to an audience or demographic (asynchronously, with a retry key);
    /// follow it with [`Client::get_narrowcast_progress`] and the answer's request id.
    /// <https://developers.line.biz/en/reference/messaging-api/#send-narrowcast-message>
    ///
    /// # Errors
    /// See [`Error`].
    pub fn narrowcast(&self, request: NarrowcastRequest) -> Result<Response<SendResponse>, Error> {
        self.call(request)
    }

    /// `broadcast`: sends 1 to 5 messages to every friend, with a retry key.
    /// <https://developers.line.biz/en/reference/messaging-api/#send-broadcast-message>
    ///
    /// # Errors
    /// See [`Error`].
    pub fn broadcast(&self, messages: impl IntoMessages) -> Result<Response<SendResponse>, Error> {
        self.call(BroadcastRequest::new(messages))
    }

    /// `validateReply`: LINE checks 1 to 5 messages for a reply, sending nothing.
    ///
    /// # Errors
    /// See [`Error`]; LINE's findings come as [`Error::Api`] with `details`.
    pub fn validate_reply(&self, messages: impl IntoMessages) -> Result<Response<()>, Error> {
        self.call(ValidateReply(ValidateMessageRequest::new(messages)))
    }

    /// `validatePush`: LINE checks 1 to 5 messages for a push, sending nothing.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn validate_push(&self, messages: impl IntoMessages) -> Result<Response<()>, Error> {
        self.call(ValidatePush(ValidateMessageRequest::new(messages)))
    }

    /// `validateMulticast`: LINE checks 1 to 5 messages for a multicast, sending nothing.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn validate_multicast(&self, messages: impl IntoMessages) -> Result<Response<()>, Error> {
        self.call(ValidateMulticast(ValidateMessageRequest::new(messages)))
    }

    /// `validateNarrowcast`: LINE checks 1 to 5 messages for a narrowcast, sending nothing.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn validate_narrowcast(&self, messages: impl IntoMessages) -> Result<Response<()>, Error> {
        self.call(ValidateNarrowcast(ValidateMessageRequest::new(messages)))
    }

    /// `validateBroadcast`: LINE checks 1 to 5 messages for a broadcast, sending nothing.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn validate_broadcast(&self, messages: impl IntoMessages) -> Result<Response<()>, Error> {
        self.call(ValidateBroadcast(ValidateMessageRequest::new(messages)))
    }

    /// `getMessageQuota`: the monthly target limit, if any.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn get_message_quota(&self) -> Result<Response<MessageQuotaResponse>, Error> {
        self.call(GetMessageQuota {})
    }

    /// `getMessageQuotaConsumption`: how many messages were sent this month.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn get_message_quota_consumption(
        &self,
    ) -> Result<Response<QuotaConsumptionResponse>, Error> {
        self.call(GetMessageQuotaConsumption {})
    }

    /// `pushMessagesByPhone` (partner API): sends 1 to 5 messages to the user whose
    /// SHA-256-hashed E.164 phone number is `to`.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn push_messages_by_phone(
        &self,
        to: impl Into<String>,
        messages: impl IntoMessages,
        delivery_tag: Option<String>,
    ) -> Result<Response<()>, Error> {
        self.call(PushMessagesByPhone {
            body: PnpMessagesRequest::new(to, messages),
            delivery_tag,
        })
    }

    /// `getNarrowcastProgress`: the status of a narrowcast, by its request id.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn get_narrowcast_progress(
        &self,
        request_id: impl Into<String>,
    ) -> Result<Response<NarrowcastProgressResponse>, Error> {
        self.call(GetNarrowcastProgress {
            request_id: request_id.into(),
        })
    }
}
