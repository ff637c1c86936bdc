//! Sticker messages. (Skeleton: the owning issue completes it.)

use serde::{Deserialize, Serialize};

use super::{QuickReply, Sender};
use crate::validate::{Path, Validate, Violations};

/// `sticker` message: <https://developers.line.biz/en/reference/messaging-api/#sticker-message>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StickerMessage {
    /// Package ID.
    pub package_id: String,
    /// Sticker ID.
    pub sticker_id: String,
    /// Quick reply buttons shown with the message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quick_reply: Option<QuickReply>,
    /// Icon and display name shown instead of the account's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender: Option<Sender>,
}

impl Validate for StickerMessage {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        super::validate_common(&self.quick_reply, &self.sender, path, out);
    }
}
