//! The bot itself: its basic information.
//!
//! ```no_run
//! # let client = linebot::client::Client::new("token");
//! let info = client.get_bot_info()?;
//! println!("{} ({})", info.display_name, info.basic_id);
//! # Ok::<(), linebot::client::Error>(())
//! ```

use serde::{Deserialize, Serialize};

super::operation! {
    /// `getBotInfo`: the bot's display name, basic ID, picture and chat mode.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-bot-info>
    Get Api "/v2/bot/info" -> BotInfoResponse;
    #[derive(Debug, Default, Eq)]
    pub struct GetBotInfo {}
    pub fn get_bot_info() {
        Self {}
    }
}

/// The bot's basic information.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct BotInfoResponse {
    /// The bot's user ID.
    pub user_id: String,
    /// Basic ID (`@216ru...`).
    pub basic_id: String,
    /// Premium ID, if set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub premium_id: Option<String>,
    /// Display name.
    pub display_name: String,
    /// Profile image URL, if set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture_url: Option<String>,
    /// Whether chat is on in the LINE Official Account Manager.
    pub chat_mode: ChatMode,
    /// Whether messages are marked as read automatically.
    pub mark_as_read_mode: MarkAsReadMode,
}

/// Chat setting of the LINE Official Account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum ChatMode {
    /// Chat is on.
    Chat,
    /// Chat is off (bot mode).
    Bot,
    /// A value this version does not know.
    #[serde(untagged)]
    Unknown(String),
}

/// Automatic read setting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum MarkAsReadMode {
    /// Messages are marked as read automatically.
    Auto,
    /// The bot marks messages as read itself.
    Manual,
    /// A value this version does not know.
    #[serde(untagged)]
    Unknown(String),
}

super::json_response!(BotInfoResponse);
