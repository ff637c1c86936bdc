//! One-on-one chat indicators: the loading animation and marking messages as read.
//!
//! ```no_run
//! # let client = linebot::client::Client::new("token");
//! client.show_loading_animation("U4af4980629...")?;
//! client.mark_messages_as_read_by_token("nz0x74mZT2mRn...")?;
//! # Ok::<(), linebot::client::Error>(())
//! ```

use serde::{Deserialize, Serialize};

use crate::validate::{self, Path, Validate, Violations};

/// Body of `POST /v2/bot/chat/loading/start`.
/// <https://developers.line.biz/en/reference/messaging-api/#display-a-loading-indicator>
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ShowLoadingAnimationRequest {
    /// User ID of the one-on-one chat.
    pub chat_id: String,
    /// Seconds to show the animation: 5 to 60, a multiple of 5 (LINE's default is 20).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub loading_seconds: Option<u32>,
}

impl ShowLoadingAnimationRequest {
    /// Shows the animation in the chat with `chat_id` for LINE's default time.
    pub fn new(chat_id: impl Into<String>) -> Self {
        Self {
            chat_id: chat_id.into(),
            loading_seconds: None,
        }
    }

    /// Seconds to show the animation: 5 to 60, a multiple of 5.
    pub fn loading_seconds(mut self, seconds: u32) -> Self {
        self.loading_seconds = Some(seconds);
        self
    }
}

impl Validate for ShowLoadingAnimationRequest {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        if let Some(s) = self.loading_seconds
            && (!(5..=60).contains(&s) || !s.is_multiple_of(5))
        {
            path.field("loadingSeconds", |p| {
                validate::invalid("a multiple of 5 from 5 to 60", p, out)
            });
        }
    }
}

/// Body of `POST /v2/bot/message/markAsRead` (partner API: marks a user's messages as read).
/// <https://developers.line.biz/en/reference/partner-docs/#mark-messages-from-users-as-read>
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MarkMessagesAsReadRequest {
    /// The chat.
    pub chat: ChatReference,
}

/// The chat whose messages are marked as read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ChatReference {
    /// The user ID.
    pub user_id: String,
}

impl MarkMessagesAsReadRequest {
    /// Marks the messages from `user_id` as read.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self {
            chat: ChatReference {
                user_id: user_id.into(),
            },
        }
    }
}

/// Body of `POST /v2/bot/chat/markAsRead`: marks messages as read with the token from a
/// message event.
/// <https://developers.line.biz/en/reference/messaging-api/#mark-as-read>
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct MarkMessagesAsReadByTokenRequest {
    /// `markAsReadToken` of the webhook message event.
    pub mark_as_read_token: String,
}

impl Validate for MarkMessagesAsReadRequest {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        path.field("chat", |p| {
            p.field("userId", |p| validate::required(&self.chat.user_id, p, out))
        });
    }
}

impl Validate for MarkMessagesAsReadByTokenRequest {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        path.field("markAsReadToken", |p| {
            validate::required(&self.mark_as_read_token, p, out)
        });
    }
}

super::operation! {
    /// `showLoadingAnimation`: the loading animation in a one-on-one chat, until the next
    /// message or the time elapses.
    /// <https://developers.line.biz/en/reference/messaging-api/#display-a-loading-indicator>
    Post Api "/v2/bot/chat/loading/start" -> ();
    body ShowLoadingAnimationRequest;
    pub fn show_loading_animation(chat_id: impl Into<String>) {
        ShowLoadingAnimationRequest::new(chat_id)
    }
}

super::operation! {
    /// `markMessagesAsRead` (partner API): marks the messages a user sent as read.
    /// <https://developers.line.biz/en/reference/partner-docs/#mark-messages-from-users-as-read>
    Post Api "/v2/bot/message/markAsRead" -> ();
    body MarkMessagesAsReadRequest;
    pub fn mark_messages_as_read(user_id: impl Into<String>) {
        MarkMessagesAsReadRequest::new(user_id)
    }
}

super::operation! {
    /// `markMessagesAsReadByToken`: marks messages as read with the `markAsReadToken` of a
    /// message event.
    /// <https://developers.line.biz/en/reference/messaging-api/#mark-as-read>
    Post Api "/v2/bot/chat/markAsRead" -> ();
    body MarkMessagesAsReadByTokenRequest;
    pub fn mark_messages_as_read_by_token(mark_as_read_token: impl Into<String>) {
        MarkMessagesAsReadByTokenRequest {
            mark_as_read_token: mark_as_read_token.into(),
        }
    }
}
