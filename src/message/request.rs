//! Request bodies of the send-message endpoints. (Skeleton: the message-model issue completes it.)

use serde::{Deserialize, Serialize};

use super::{IntoMessages, Message};
use crate::validate::{Path, Validate, Violations};

/// Body of `POST /v2/bot/message/reply`.
/// <https://developers.line.biz/en/reference/messaging-api/#send-reply-message>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReplyMessageRequest {
    /// The reply token from the webhook event.
    pub reply_token: String,
    /// 1 to 5 messages.
    pub messages: Vec<Message>,
    /// `true`: the user gets no push notification.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notification_disabled: Option<bool>,
}

impl ReplyMessageRequest {
    /// A reply with 1 to 5 messages (an array or a [`Messages`](super::Messages) list).
    pub fn new(reply_token: impl Into<String>, messages: impl IntoMessages) -> Self {
        Self {
            reply_token: reply_token.into(),
            messages: messages.into_messages(),
            notification_disabled: None,
        }
    }
}

impl Validate for ReplyMessageRequest {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        super::validate_messages(&self.messages, path, out);
    }
}

/// Body of `POST /v2/bot/message/push`.
/// <https://developers.line.biz/en/reference/messaging-api/#send-push-message>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PushMessageRequest {
    /// User, group or room ID.
    pub to: String,
    /// 1 to 5 messages.
    pub messages: Vec<Message>,
    /// `true`: the user gets no push notification.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notification_disabled: Option<bool>,
    /// Aggregation unit names.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_aggregation_units: Option<Vec<String>>,
}

impl PushMessageRequest {
    /// A push of 1 to 5 messages to `to`.
    pub fn new(to: impl Into<String>, messages: impl IntoMessages) -> Self {
        Self {
            to: to.into(),
            messages: messages.into_messages(),
            notification_disabled: None,
            custom_aggregation_units: None,
        }
    }
}

impl Validate for PushMessageRequest {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        super::validate_messages(&self.messages, path, out);
    }
}
