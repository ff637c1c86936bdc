//! Quick reply buttons and the sender override, which every message kind may carry.
//!
//! A quick reply holds 1 to 13 buttons (LINE rule C02). Build it from an array, or push items
//! one by one; both count in the type, so a fourteenth item does not compile:
//!
//! ```
//! use linebot::action;
//! use linebot::message::{QuickReply, QuickReplyItem, TextMessage};
//!
//! let pushed = QuickReply::builder()
//!     .item(QuickReplyItem::new(action::camera().label("Camera")))
//!     .action(action::message("Sushi").label("Sushi"))
//!     .action(action::postback("rate=5").label("★5").display_text("Five stars"));
//! let from_array = QuickReply::new([
//!     QuickReplyItem::new(action::location().label("Send location"))
//!         .image_url("https://example.com/pin.png"),
//! ]);
//! let message = TextMessage::new("Pick one").quick_reply(pushed);
//! # let _ = (message, from_array);
//! ```
//!
//! ```compile_fail
//! use linebot::action;
//! use linebot::message::QuickReplyItem;
//! // LINE rule C18: a rich menu switch action belongs in a rich menu.
//! let item = QuickReplyItem::new(action::rich_menu_switch("menu-b", "to=b").label("Next"));
//! ```

use crate::Str;
use std::marker::PhantomData;

use serde::{Deserialize, Serialize};

use crate::action::{Action, ActionContext, QuickReplyAction};
use crate::count::{Count, CountError, CountRule, Inc};
use crate::limits;
use crate::validate::{self, Path, Schemes, Validate, Violations};

/// `quickReply`: 1 to 13 buttons shown above the keyboard with a message.
/// <https://developers.line.biz/en/reference/messaging-api/#quick-reply>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuickReply {
    /// The buttons (1 to 13).
    pub items: Vec<QuickReplyItem>,
}

/// `type` of a quick reply button: always `action` today.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub enum QuickReplyItemType {
    /// `action`
    #[default]
    #[serde(rename = "action")]
    Action,
    /// A value this version does not know, kept as sent.
    #[serde(untagged)]
    Unknown(String),
}

/// One quick reply button: `{"type": "action", "imageUrl": .., "action": ..}`.
/// <https://developers.line.biz/en/reference/messaging-api/#items-object>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QuickReplyItem {
    /// Always [`QuickReplyItemType::Action`].
    #[serde(rename = "type", default)]
    pub kind: QuickReplyItemType,
    /// Icon shown at the start of the button (HTTPS, up to 2000 characters).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_url: Option<Str>,
    /// What the button does.
    pub action: Action,
}

impl QuickReplyItem {
    /// A button performing `action`. Only actions allowed on quick reply buttons compile:
    /// a label is required (C22) and the rich menu switch action is refused (C18).
    pub fn new<A: QuickReplyAction>(action: A) -> Self {
        QuickReplyItem {
            kind: QuickReplyItemType::Action,
            image_url: None,
            action: action.into_action(),
        }
    }

    /// Shows the icon at `url` (HTTPS, up to 2000 characters) at the start of the button.
    pub fn image_url(mut self, url: impl Into<Str>) -> Self {
        self.image_url = Some(url.into());
        self
    }
}

/// Guard for [`QuickReplyBuilder::item`]: a quick reply holds at most 13 items (LINE rule C02).
#[diagnostic::on_unimplemented(
    message = "a quick reply holds at most 13 items",
    label = "this would be item #14",
    note = "LINE rule C02: a quick reply takes 1 to 13 items"
)]
pub trait RoomForQuickReplyItem {}
crate::__impl_counts!(RoomForQuickReplyItem: 0..=limits::QUICK_REPLY_ITEMS_MAX - 1
    => 0 1 2 3 4 5 6 7 8 9 10 11 12);

/// Guard for quick reply arrays and finished builders: 1 to 13 items (LINE rule C02).
#[diagnostic::on_unimplemented(
    message = "a quick reply holds 1 to 13 items, but {N} were given",
    label = "1 to 13 items",
    note = "LINE rule C02: a quick reply takes 1 to 13 items; add one with `.item(..)` or `.action(..)`"
)]
pub trait QuickReplyItemCount<const N: usize> {}
crate::__impl_counts!(QuickReplyItemCount<_>: 1..=limits::QUICK_REPLY_ITEMS_MAX
    => 1 2 3 4 5 6 7 8 9 10 11 12 13);

/// C02 for lists counted at run time.
const QUICK_REPLY_RULE: CountRule = CountRule {
    rule: "C02",
    subject: "a quick reply",
    items: "items",
    min: 1,
    max: limits::QUICK_REPLY_ITEMS_MAX,
};

/// A quick reply under construction, counting its items in the type. Made by
/// [`QuickReply::builder`]; pass it to a message's `.quick_reply(..)` once it holds an item.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct QuickReplyBuilder<C = Count<0>> {
    items: Vec<QuickReplyItem>,
    _count: PhantomData<C>,
}

impl QuickReply {
    /// Starts a quick reply; add 1 to 13 buttons with [`QuickReplyBuilder::item`] or
    /// [`QuickReplyBuilder::action`].
    pub fn builder() -> QuickReplyBuilder<Count<0>> {
        QuickReplyBuilder {
            items: Vec::new(),
            _count: PhantomData,
        }
    }

    /// A quick reply of 1 to 13 buttons given as an array (LINE rule C02).
    pub fn new<const N: usize>(items: [QuickReplyItem; N]) -> Self
    where
        Count<N>: QuickReplyItemCount<N>,
    {
        QuickReply {
            items: Vec::from(items),
        }
    }
}

impl<C: Inc> QuickReplyBuilder<C> {
    /// Adds a button. The fourteenth does not compile (LINE rule C02).
    pub fn item(mut self, item: QuickReplyItem) -> QuickReplyBuilder<C::Next>
    where
        C: RoomForQuickReplyItem,
    {
        if self.items.capacity() == 0 {
            self.items.reserve_exact(limits::QUICK_REPLY_ITEMS_MAX);
        }
        self.items.push(item);
        QuickReplyBuilder {
            items: self.items,
            _count: PhantomData,
        }
    }

    /// Adds a button without an icon performing `action`.
    pub fn action<A: QuickReplyAction>(self, action: A) -> QuickReplyBuilder<C::Next>
    where
        C: RoomForQuickReplyItem,
    {
        self.item(QuickReplyItem::new(action))
    }
}

impl<C> QuickReplyBuilder<C> {
    /// How many buttons were added.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether no button was added yet.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

impl<const N: usize> QuickReplyBuilder<Count<N>> {
    /// The finished quick reply; needs at least one item (LINE rule C02).
    pub fn build(self) -> QuickReply
    where
        Count<N>: QuickReplyItemCount<N>,
    {
        QuickReply { items: self.items }
    }
}

impl TryFrom<Vec<QuickReplyItem>> for QuickReply {
    type Error = CountError;

    /// Checks that `items` holds 1 to 13 buttons (LINE rule C02). Each item's action was
    /// checked for quick reply buttons when the item was made ([`QuickReplyItem::new`]).
    ///
    /// # Errors
    /// [`CountError`] naming rule C02 when the list is empty or longer than 13.
    fn try_from(items: Vec<QuickReplyItem>) -> Result<Self, CountError> {
        QUICK_REPLY_RULE.check(items.len())?;
        Ok(QuickReply { items })
    }
}

/// A quick reply of 1 to 13 buttons: a [`QuickReply`] (from a runtime list:
/// `QuickReply::try_from(vec)?`), a [`QuickReplyBuilder`] holding at least one item, or an
/// array of 1 to 13 [`QuickReplyItem`]s.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a quick reply of 1 to 13 items",
    label = "expected a quick reply",
    note = "LINE rule C02: pass `QuickReply::builder().item(..)` with 1 to 13 items, or an array of 1 to 13 `QuickReplyItem`s"
)]
pub trait IntoQuickReply {
    /// The wire form.
    fn into_quick_reply(self) -> QuickReply;
}

impl IntoQuickReply for QuickReply {
    fn into_quick_reply(self) -> QuickReply {
        self
    }
}

impl<const N: usize> IntoQuickReply for QuickReplyBuilder<Count<N>>
where
    Count<N>: QuickReplyItemCount<N>,
{
    fn into_quick_reply(self) -> QuickReply {
        self.build()
    }
}

impl<const N: usize> IntoQuickReply for [QuickReplyItem; N]
where
    Count<N>: QuickReplyItemCount<N>,
{
    fn into_quick_reply(self) -> QuickReply {
        QuickReply {
            items: Vec::from(self),
        }
    }
}

impl Validate for QuickReply {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        path.field("items", |p| {
            p.rule("C02", |p| {
                validate::count(self.items.len(), 1, limits::QUICK_REPLY_ITEMS_MAX, p, out)
            });
            for (i, item) in self.items.iter().enumerate() {
                p.index(i, |p| item.validate_at(p, out));
            }
        });
    }
}

impl Validate for QuickReplyItem {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        if let QuickReplyItemType::Unknown(kind) = &self.kind {
            path.field("type", |p| {
                validate::invalid(format!("`action`, not `{kind}`"), p, out)
            });
        }
        if let Some(url) = &self.image_url {
            path.rule("V37", |path| {
                path.field("imageUrl", |p| {
                    validate::url(
                        url,
                        Schemes::Https,
                        limits::QUICK_REPLY_IMAGE_URL_MAX,
                        p,
                        out,
                    )
                })
            });
        }
        path.field("action", |p| {
            self.action.validate_in(ActionContext::QuickReply, p, out)
        });
    }
}

/// `sender`: icon and display name shown instead of the account's.
/// <https://developers.line.biz/en/reference/messaging-api/#icon-nickname-switch>
///
/// ```
/// use linebot::message::Sender;
/// let sender = Sender::new().name("Cony").icon_url("https://example.com/cony.png");
/// assert_eq!(
///     serde_json::to_string(&sender).unwrap(),
///     r#"{"name":"Cony","iconUrl":"https://example.com/cony.png"}"#
/// );
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Sender {
    /// Display name (up to 20 characters; must not contain "LINE").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<Str>,
    /// Icon URL (HTTPS, up to 2000 characters).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub icon_url: Option<Str>,
}

impl Sender {
    /// A sender with neither name nor icon; set them with [`Sender::name`] and
    /// [`Sender::icon_url`].
    pub fn new() -> Self {
        Sender::default()
    }

    /// Shows `name` (up to 20 characters, without "LINE") as the sender.
    pub fn name(mut self, name: impl Into<Str>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Shows the image at `url` (HTTPS) as the sender's icon.
    pub fn icon_url(mut self, url: impl Into<Str>) -> Self {
        self.icon_url = Some(url.into());
        self
    }
}

impl Validate for Sender {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        if let Some(name) = &self.name {
            path.rule("V10", |path| {
                path.field("name", |p| {
                    validate::nonempty_utf16(name, limits::SENDER_NAME_MAX, p, out);
                    if name.contains("LINE") {
                        validate::not_allowed("a sender name must not contain \"LINE\"", p, out);
                    }
                })
            });
        }
        if let Some(url) = &self.icon_url {
            path.rule("V10", |path| {
                path.field("iconUrl", |p| {
                    validate::url(url, Schemes::Https, limits::SENDER_ICON_URL_MAX, p, out)
                })
            });
        }
    }
}
