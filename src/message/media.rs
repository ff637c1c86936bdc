//! Image, video and audio messages. Every URL is HTTPS, up to 2000 characters (rule V09).
//!
//! ```
//! use linebot::message::{AudioMessage, ImageMessage, VideoMessage};
//!
//! let image = ImageMessage::new("https://example.com/a.jpg", "https://example.com/a-small.jpg");
//! let video = VideoMessage::new("https://example.com/v.mp4", "https://example.com/v.jpg")
//!     .tracking_id("campaign-7");
//! let audio = AudioMessage::new("https://example.com/a.m4a", 60_000);
//! # let _ = (image, video, audio);
//! ```

use crate::Str;
use serde::{Deserialize, Serialize};

use super::{QuickReply, Sender};
use crate::limits;
use crate::validate::{self, Path, Schemes, Validate, Violations};

/// `image` message: <https://developers.line.biz/en/reference/messaging-api/#image-message>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ImageMessage {
    /// Image URL (HTTPS, JPEG or PNG).
    pub original_content_url: Str,
    /// Preview image URL (HTTPS, JPEG or PNG).
    pub preview_image_url: Str,
    /// Quick reply buttons shown with the message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quick_reply: Option<QuickReply>,
    /// Icon and display name shown instead of the account's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender: Option<Sender>,
}

impl ImageMessage {
    /// The image at `original_content_url`, previewed by `preview_image_url` (both HTTPS).
    pub fn new(original_content_url: impl Into<Str>, preview_image_url: impl Into<Str>) -> Self {
        Self {
            original_content_url: original_content_url.into(),
            preview_image_url: preview_image_url.into(),
            quick_reply: None,
            sender: None,
        }
    }
}

impl Validate for ImageMessage {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        media_url("originalContentUrl", &self.original_content_url, path, out);
        media_url("previewImageUrl", &self.preview_image_url, path, out);
        super::validate_common(&self.quick_reply, &self.sender, path, out);
    }
}

/// `video` message: <https://developers.line.biz/en/reference/messaging-api/#video-message>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VideoMessage {
    /// Video URL (HTTPS, mp4).
    pub original_content_url: Str,
    /// Preview image URL (HTTPS, JPEG or PNG).
    pub preview_image_url: Str,
    /// ID returned in the video viewing complete event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tracking_id: Option<Str>,
    /// Quick reply buttons shown with the message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quick_reply: Option<QuickReply>,
    /// Icon and display name shown instead of the account's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender: Option<Sender>,
}

impl VideoMessage {
    /// The video at `original_content_url`, previewed by `preview_image_url` (both HTTPS).
    pub fn new(original_content_url: impl Into<Str>, preview_image_url: impl Into<Str>) -> Self {
        Self {
            original_content_url: original_content_url.into(),
            preview_image_url: preview_image_url.into(),
            tracking_id: None,
            quick_reply: None,
            sender: None,
        }
    }

    /// Reports a video viewing complete event with `tracking_id` when a user watches the video
    /// to the end (1 to 100 characters of `A-Za-z0-9` and `-.=,+*()%$&;:@{}!?<>[]`).
    pub fn tracking_id(mut self, tracking_id: impl Into<Str>) -> Self {
        self.tracking_id = Some(tracking_id.into());
        self
    }
}

impl Validate for VideoMessage {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        media_url("originalContentUrl", &self.original_content_url, path, out);
        media_url("previewImageUrl", &self.preview_image_url, path, out);
        if let Some(id) = &self.tracking_id {
            path.field("trackingId", |p| {
                validate::nonempty_utf16(id, limits::VIDEO_TRACKING_ID_MAX, p, out);
                let ok = id
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-.=,+*()%$&;:@{}!?<>[]".contains(&b));
                if !ok {
                    validate::invalid(
                        "characters of A-Z, a-z, 0-9 and -.=,+*()%$&;:@{}!?<>[]",
                        p,
                        out,
                    );
                }
            });
        }
        super::validate_common(&self.quick_reply, &self.sender, path, out);
    }
}

/// `audio` message: <https://developers.line.biz/en/reference/messaging-api/#audio-message>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AudioMessage {
    /// Audio URL (HTTPS, mp3 or m4a).
    pub original_content_url: Str,
    /// Length in milliseconds.
    pub duration: i64,
    /// Quick reply buttons shown with the message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quick_reply: Option<QuickReply>,
    /// Icon and display name shown instead of the account's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender: Option<Sender>,
}

impl AudioMessage {
    /// The audio file at `original_content_url` (HTTPS), `duration` milliseconds long.
    pub fn new(original_content_url: impl Into<Str>, duration: i64) -> Self {
        Self {
            original_content_url: original_content_url.into(),
            duration,
            quick_reply: None,
            sender: None,
        }
    }
}

impl Validate for AudioMessage {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        media_url("originalContentUrl", &self.original_content_url, path, out);
        if self.duration < 1 {
            path.field("duration", |p| {
                validate::invalid("a length of at least 1 millisecond", p, out)
            });
        }
        super::validate_common(&self.quick_reply, &self.sender, path, out);
    }
}

/// A media URL: HTTPS, up to 2000 characters (rule V09).
fn media_url(name: &str, url: &str, path: &mut Path, out: &mut Violations) {
    path.rule("V09", |path| {
        path.field(name, |p| {
            validate::url(url, Schemes::Https, limits::MEDIA_URL_MAX, p, out)
        })
    });
}
