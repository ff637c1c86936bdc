//! One-on-one chat indicators: the loading animation and marking messages as read.
//!
//! ```no_run
//! # let client = linebot::client::Client::new("token");
//! client.show_loading_animation("U4af4980629...", Some(20))?;
//! client.mark_messages_as_read_by_token("nz0x74mZT2mRn...")?;
//! # Ok::<(), linebot::client::Error>(())
//! ```

use serde::{Deserialize, Serialize};

use super::{Client, Error, Host, Method, Operation, Payload, Response};
use crate::validate::{self, Path, Validate, ValidationError, Violations};

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
    /// Shows the animation in the chat with `chat_id`.
    pub fn new(chat_id: impl Into<String>, loading_seconds: Option<u32>) -> Self {
        Self {
            chat_id: chat_id.into(),
            loading_seconds,
        }
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

impl Operation for ShowLoadingAnimationRequest {
    type Response = ();
    const METHOD: Method = Method::Post;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        "/v2/bot/chat/loading/start".into()
    }
    fn payload(&self) -> Result<Payload<'_>, Error> {
        Payload::json(self)
    }
    fn validate(&self) -> Result<(), ValidationError> {
        Validate::validate(self)
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

impl Operation for MarkMessagesAsReadRequest {
    type Response = ();
    const METHOD: Method = Method::Post;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        "/v2/bot/message/markAsRead".into()
    }
    fn payload(&self) -> Result<Payload<'_>, Error> {
        Payload::json(self)
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

impl Operation for MarkMessagesAsReadByTokenRequest {
    type Response = ();
    const METHOD: Method = Method::Post;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        "/v2/bot/chat/markAsRead".into()
    }
    fn payload(&self) -> Result<Payload<'_>, Error> {
        Payload::json(self)
    }
}

impl Client {
    /// `showLoadingAnimation`: shows a loading animation in a one-on-one chat.
    ///
    /// # Errors
    /// See [`Error`]; [`Error::Validation`] for seconds outside 5..=60 or not a multiple of 5.
    pub fn show_loading_animation(
        &self,
        chat_id: impl Into<String>,
        loading_seconds: Option<u32>,
    ) -> Result<Response<()>, Error> {
        self.call(ShowLoadingAnimationRequest::new(chat_id, loading_seconds))
    }

    /// `markMessagesAsRead` (partner API): marks every message from a user as read.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn mark_messages_as_read(&self, user_id: impl Into<String>) -> Result<Response<()>, Error> {
        self.call(MarkMessagesAsReadRequest::new(user_id))
    }

    /// `markMessagesAsReadByToken`: marks messages as read up to the event that carried the
    /// token.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn mark_messages_as_read_by_token(
        &self,
        mark_as_read_token: impl Into<String>,
    ) -> Result<Response<()>, Error> {
        self.call(MarkMessagesAsReadByTokenRequest {
            mark_as_read_token: mark_as_read_token.into(),
        })
    }
}
