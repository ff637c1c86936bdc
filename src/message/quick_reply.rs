//! Quick reply buttons and the sender override, which every message kind may carry.
//! (Skeleton: the message-model issue completes it.)

use serde::{Deserialize, Serialize};

use crate::action::{Action, ActionContext};
use crate::validate::{Path, Validate, Violations};

/// `quickReply`: up to 13 buttons shown with a message.
/// <https://developers.line.biz/en/reference/messaging-api/#quick-reply>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuickReply {
    /// The buttons.
    pub items: Vec<QuickReplyItem>,
}

/// One quick reply button: `{"type": "action", "imageUrl": .., "action": ..}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QuickReplyItem {
    /// Always `"action"`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Icon shown at the start of the button (HTTPS).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    /// What the button does.
    pub action: Action,
}

/// `sender`: icon and display name shown instead of the account's.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Sender {
    /// Display name (up to 20 characters; must not contain "LINE").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Icon URL (HTTPS).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub icon_url: Option<String>,
}

impl Validate for QuickReply {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        path.field("items", |p| {
            for (i, item) in self.items.iter().enumerate() {
                p.index(i, |p| {
                    p.field("action", |p| {
                        item.action.validate_in(ActionContext::QuickReply, p, out)
                    })
                });
            }
        });
    }
}

impl Validate for Sender {
    fn validate_at(&self, _path: &mut Path, _out: &mut Violations) {}
}
