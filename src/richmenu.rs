//! Rich menu objects. (Skeleton: the message-model issue completes it.)

use serde::{Deserialize, Serialize};

use crate::action::Action;

/// A rich menu as created by `POST /v2/bot/richmenu`.
/// <https://developers.line.biz/en/reference/messaging-api/#rich-menu-object>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RichMenu {
    /// Size of the rich menu image.
    pub size: RichMenuSize,
    /// `true` to show the rich menu by default.
    pub selected: bool,
    /// Name (not shown to users).
    pub name: String,
    /// Text in the chat bar.
    pub chat_bar_text: String,
    /// Tappable areas.
    pub areas: Vec<RichMenuArea>,
}

/// Rich menu image size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RichMenuSize {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
}

/// A tappable area of a rich menu.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RichMenuArea {
    /// Where the area is.
    pub bounds: RichMenuBounds,
    /// What tapping it does.
    pub action: Action,
}

/// Position and size of a rich menu area.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RichMenuBounds {
    /// Left edge.
    pub x: u32,
    /// Top edge.
    pub y: u32,
    /// Width.
    pub width: u32,
    /// Height.
    pub height: u32,
}
