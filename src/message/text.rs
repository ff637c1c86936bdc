//! Text messages (`text`, `textV2`). (Skeleton: the owning issue completes it.)

use serde::{Deserialize, Serialize};

use super::{QuickReply, Sender};
use crate::validate::{Path, Validate, Violations};

/// `text` message: <https://developers.line.biz/en/reference/messaging-api/#text-message>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TextMessage {
    /// Message text.
    pub text: String,
    /// Quick reply buttons shown with the message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quick_reply: Option<QuickReply>,
    /// Icon and display name shown instead of the account's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender: Option<Sender>,
}

impl Validate for TextMessage {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        super::validate_common(&self.quick_reply, &self.sender, path, out);
    }
}

/// `textV2` message: <https://developers.line.biz/en/reference/messaging-api/#text-message-v2>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TextMessageV2 {
    /// Message text with `{placeholders}`.
    pub text: String,
    /// Quick reply buttons shown with the message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quick_reply: Option<QuickReply>,
    /// Icon and display name shown instead of the account's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender: Option<Sender>,
}

impl Validate for TextMessageV2 {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        super::validate_common(&self.quick_reply, &self.sender, path, out);
    }
}
impl TextMessage {
    /// A text message.
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            quick_reply: None,
            sender: None,
        }
    }
}
