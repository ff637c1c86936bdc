//! Image, video and audio messages. (Skeleton: the owning issue completes it.)

use serde::{Deserialize, Serialize};

use super::{QuickReply, Sender};
use crate::validate::{Path, Validate, Violations};

/// `image` message: <https://developers.line.biz/en/reference/messaging-api/#image-message>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ImageMessage {
    /// Image URL (HTTPS).
    pub original_content_url: String,
    /// Preview image URL (HTTPS).
    pub preview_image_url: String,
    /// Quick reply buttons shown with the message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quick_reply: Option<QuickReply>,
    /// Icon and display name shown instead of the account's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender: Option<Sender>,
}

impl Validate for ImageMessage {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        super::validate_common(&self.quick_reply, &self.sender, path, out);
    }
}

/// `video` message: <https://developers.line.biz/en/reference/messaging-api/#video-message>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VideoMessage {
    /// Video URL (HTTPS).
    pub original_content_url: String,
    /// Preview image URL (HTTPS).
    pub preview_image_url: String,
    /// Quick reply buttons shown with the message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quick_reply: Option<QuickReply>,
    /// Icon and display name shown instead of the account's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender: Option<Sender>,
}

impl Validate for VideoMessage {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        super::validate_common(&self.quick_reply, &self.sender, path, out);
    }
}

/// `audio` message: <https://developers.line.biz/en/reference/messaging-api/#audio-message>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AudioMessage {
    /// Audio URL (HTTPS).
    pub original_content_url: String,
    /// Length in milliseconds.
    pub duration: i64,
    /// Quick reply buttons shown with the message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quick_reply: Option<QuickReply>,
    /// Icon and display name shown instead of the account's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender: Option<Sender>,
}

impl Validate for AudioMessage {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        super::validate_common(&self.quick_reply, &self.sender, path, out);
    }
}
