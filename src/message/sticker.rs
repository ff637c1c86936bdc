//! Sticker messages.
//!
//! ```
//! use linebot::message::StickerMessage;
//! let sticker = StickerMessage::new("446", "1988");
//! assert_eq!(
//!     serde_json::to_string(&sticker).unwrap(),
//!     r#"{"packageId":"446","stickerId":"1988"}"#
//! );
//! ```

use crate::Str;
use serde::{Deserialize, Serialize};

use super::{QuickReply, Sender};
use crate::validate::{self, Path, Validate, Violations};

/// `sticker` message: <https://developers.line.biz/en/reference/messaging-api/#sticker-message>
/// (sticker IDs: <https://developers.line.biz/en/docs/messaging-api/sticker-list/>)
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StickerMessage {
    /// Package ID.
    pub package_id: Str,
    /// Sticker ID.
    pub sticker_id: Str,
    /// Quote token of the message to quote.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote_token: Option<Str>,
    /// Quick reply buttons shown with the message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quick_reply: Option<QuickReply>,
    /// Icon and display name shown instead of the account's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender: Option<Sender>,
}

impl StickerMessage {
    /// The sticker `sticker_id` of package `package_id`.
    pub fn new(package_id: impl Into<Str>, sticker_id: impl Into<Str>) -> Self {
        Self {
            package_id: package_id.into(),
            sticker_id: sticker_id.into(),
            quote_token: None,
            quick_reply: None,
            sender: None,
        }
    }

    /// Quotes the message whose quote token is `token`.
    pub fn quote_token(mut self, token: impl Into<Str>) -> Self {
        self.quote_token = Some(token.into());
        self
    }
}

impl Validate for StickerMessage {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        path.field("packageId", |p| {
            validate::required(&self.package_id, p, out)
        });
        path.field("stickerId", |p| {
            validate::required(&self.sticker_id, p, out)
        });
        super::validate_common(&self.quick_reply, &self.sender, path, out);
    }
}
