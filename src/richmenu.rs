//! Rich menus: the menu at the bottom of the chat, its aliases, and linking it to users.
//!
//! [`RichMenu`] is the object `POST /v2/bot/richmenu` takes. Build it from an array of areas
//! ([`RichMenu::new`]) or push areas one by one ([`RichMenu::builder`]); either way a menu
//! without areas or with more than 20 does not compile (LINE rule C23). Areas take any action
//! that may sit in a rich menu ([`RichMenuAction`]): the label is optional and the rich menu
//! switch action is allowed.
//!
//! ```
//! use linebot::action;
//! use linebot::richmenu::{RichMenu, RichMenuArea, RichMenuBounds, RichMenuSize};
//! use linebot::validate::Validate;
//!
//! let menu = RichMenu::builder(RichMenuSize::HALF, "main menu", "Menu")
//!     .area(RichMenuBounds::new(0, 0, 1250, 843), action::postback("menu=shop"))
//!     .area(
//!         RichMenuBounds::new(1250, 0, 1250, 843),
//!         action::rich_menu_switch("settings", "menu=settings"),
//!     )
//!     .selected(true)
//!     .build();
//! assert!(menu.validate().is_ok());
//! assert_eq!(menu.areas.len(), 2);
//! ```
//!
//! ```compile_fail
//! use linebot::action;
//! use linebot::richmenu::{RichMenu, RichMenuSize};
//! // No area: LINE rule C23 wants 1 to 20.
//! let menu = RichMenu::builder(RichMenuSize::FULL, "empty", "Menu").build();
//! ```

use std::marker::PhantomData;

use serde::{Deserialize, Serialize};

use crate::action::{Action, ActionContext, RichMenuAction};
use crate::count::{Count, CountError, CountRule, Inc};
use crate::limits::*;
use crate::validate::{self, Path, Validate, Violations};

// ---------------------------------------------------------------------------------------------
// Wire model
// ---------------------------------------------------------------------------------------------

/// A rich menu as created by `POST /v2/bot/richmenu` (the "rich menu object" without an ID).
/// <https://developers.line.biz/en/reference/messaging-api/#rich-menu-object>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RichMenu {
    /// Size of the rich menu image.
    pub size: RichMenuSize,
    /// `true` to show the rich menu by default.
    pub selected: bool,
    /// Name (not shown to users; up to 300 characters).
    pub name: String,
    /// Text in the chat bar (up to 14 characters).
    pub chat_bar_text: String,
    /// Tappable areas (1 to 20).
    pub areas: Vec<RichMenuArea>,
}

/// The name LINE's OpenAPI file gives the [`RichMenu`] object sent to create or validate a
/// rich menu.
pub type RichMenuRequest = RichMenu;

/// Rich menu image size: width 800 to 2500 pixels, height at least 250 pixels.
/// <https://developers.line.biz/en/reference/messaging-api/#size-object>
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RichMenuSize {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
}

impl RichMenuSize {
    /// The large template size, 2500 × 1686.
    pub const FULL: RichMenuSize = RichMenuSize {
        width: 2500,
        height: 1686,
    };
    /// The compact template size, 2500 × 843.
    pub const HALF: RichMenuSize = RichMenuSize {
        width: 2500,
        height: 843,
    };

    /// A size of `width` × `height` pixels.
    pub const fn new(width: u32, height: u32) -> Self {
        RichMenuSize { width, height }
    }
}

/// A tappable area of a rich menu.
/// <https://developers.line.biz/en/reference/messaging-api/#area-object>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RichMenuArea {
    /// Where the area is.
    pub bounds: RichMenuBounds,
    /// What tapping it does.
    pub action: Action,
}

impl RichMenuArea {
    /// An area at `bounds` performing `action`: any action allowed in a rich menu (label
    /// optional, rich menu switch allowed; camera, camera roll and location are not).
    pub fn new(bounds: RichMenuBounds, action: impl RichMenuAction) -> Self {
        RichMenuArea {
            bounds,
            action: action.into_action(),
        }
    }
}

/// Position and size of a rich menu area, in pixels of the rich menu image.
/// <https://developers.line.biz/en/reference/messaging-api/#bounds-object>
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

impl RichMenuBounds {
    /// The rectangle at (`x`, `y`) of `width` × `height` pixels.
    pub const fn new(x: u32, y: u32, width: u32, height: u32) -> Self {
        RichMenuBounds {
            x,
            y,
            width,
            height,
        }
    }
}

/// `{"richMenuId": ..}`: the answer to creating a rich menu and to the "get rich menu ID"
/// endpoints.
/// <https://developers.line.biz/en/reference/messaging-api/#create-rich-menu>
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RichMenuIdResponse {
    /// ID of the rich menu.
    pub rich_menu_id: String,
}

/// A rich menu as LINE returns it, with its ID.
/// <https://developers.line.biz/en/reference/messaging-api/#rich-menu-response-object>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RichMenuResponse {
    /// ID of the rich menu.
    pub rich_menu_id: String,
    /// Size of the rich menu image.
    pub size: RichMenuSize,
    /// `true` if the rich menu is shown by default.
    pub selected: bool,
    /// Name (not shown to users).
    pub name: String,
    /// Text in the chat bar.
    pub chat_bar_text: String,
    /// Tappable areas.
    pub areas: Vec<RichMenuArea>,
}

impl RichMenuResponse {
    /// The rich menu without its ID, ready to be created again (on another channel, say).
    pub fn into_rich_menu(self) -> RichMenu {
        RichMenu {
            size: self.size,
            selected: self.selected,
            name: self.name,
            chat_bar_text: self.chat_bar_text,
            areas: self.areas,
        }
    }
}

/// `GET /v2/bot/richmenu/list`.
/// <https://developers.line.biz/en/reference/messaging-api/#get-rich-menu-list>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RichMenuListResponse {
    /// The channel's rich menus.
    pub richmenus: Vec<RichMenuResponse>,
}

/// `POST /v2/bot/richmenu/alias`.
/// <https://developers.line.biz/en/reference/messaging-api/#create-rich-menu-alias>
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateRichMenuAliasRequest {
    /// Alias ID, unique in the channel: `^[a-z0-9_-]{1,32}$`.
    pub rich_menu_alias_id: String,
    /// The rich menu the alias points to.
    pub rich_menu_id: String,
}

impl CreateRichMenuAliasRequest {
    /// An alias `rich_menu_alias_id` for the rich menu `rich_menu_id`.
    pub fn new(rich_menu_alias_id: impl Into<String>, rich_menu_id: impl Into<String>) -> Self {
        CreateRichMenuAliasRequest {
            rich_menu_alias_id: rich_menu_alias_id.into(),
            rich_menu_id: rich_menu_id.into(),
        }
    }
}

/// `POST /v2/bot/richmenu/alias/{richMenuAliasId}`.
/// <https://developers.line.biz/en/reference/messaging-api/#update-rich-menu-alias>
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateRichMenuAliasRequest {
    /// The rich menu the alias points to from now on.
    pub rich_menu_id: String,
}

impl UpdateRichMenuAliasRequest {
    /// Points the alias at `rich_menu_id`.
    pub fn new(rich_menu_id: impl Into<String>) -> Self {
        UpdateRichMenuAliasRequest {
            rich_menu_id: rich_menu_id.into(),
        }
    }
}

/// A rich menu alias as LINE returns it.
/// <https://developers.line.biz/en/reference/messaging-api/#get-rich-menu-alias-by-id>
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RichMenuAliasResponse {
    /// Alias ID.
    pub rich_menu_alias_id: String,
    /// The rich menu the alias points to.
    pub rich_menu_id: String,
}

/// `GET /v2/bot/richmenu/alias/list`.
/// <https://developers.line.biz/en/reference/messaging-api/#get-rich-menu-alias-list>
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RichMenuAliasListResponse {
    /// The channel's aliases.
    pub aliases: Vec<RichMenuAliasResponse>,
}

/// `POST /v2/bot/richmenu/bulk/link`: links a rich menu to 1 to 500 users.
/// <https://developers.line.biz/en/reference/messaging-api/#link-rich-menu-to-users>
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RichMenuBulkLinkRequest {
    /// The rich menu to link.
    pub rich_menu_id: String,
    /// User IDs (1 to 500).
    pub user_ids: Vec<String>,
}

impl RichMenuBulkLinkRequest {
    /// Links `rich_menu_id` to `user_ids` (1 to 500, checked by [`Validate`]).
    pub fn new<S: Into<String>>(
        rich_menu_id: impl Into<String>,
        user_ids: impl IntoIterator<Item = S>,
    ) -> Self {
        RichMenuBulkLinkRequest {
            rich_menu_id: rich_menu_id.into(),
            user_ids: user_ids.into_iter().map(Into::into).collect(),
        }
    }
}

/// `POST /v2/bot/richmenu/bulk/unlink`: unlinks rich menus from 1 to 500 users.
/// <https://developers.line.biz/en/reference/messaging-api/#unlink-rich-menu-from-users>
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RichMenuBulkUnlinkRequest {
    /// User IDs (1 to 500).
    pub user_ids: Vec<String>,
}

impl RichMenuBulkUnlinkRequest {
    /// Unlinks the rich menus of `user_ids` (1 to 500, checked by [`Validate`]).
    pub fn new<S: Into<String>>(user_ids: impl IntoIterator<Item = S>) -> Self {
        RichMenuBulkUnlinkRequest {
            user_ids: user_ids.into_iter().map(Into::into).collect(),
        }
    }
}

/// `POST /v2/bot/richmenu/batch` (and `/validate/batch`): up to 1000 operations on the rich
/// menus linked to users.
/// <https://developers.line.biz/en/reference/messaging-api/#batch-control-rich-menus-of-users>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RichMenuBatchRequest {
    /// The operations, applied in order (at most 1000).
    pub operations: Vec<RichMenuBatchOperation>,
    /// Key for resuming a failed request: `^[a-zA-Z0-9_-]{1,100}$`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resume_request_key: Option<String>,
}

impl RichMenuBatchRequest {
    /// A batch of `operations` (at most 1000, checked by [`Validate`]).
    pub fn new(operations: impl IntoIterator<Item = RichMenuBatchOperation>) -> Self {
        RichMenuBatchRequest {
            operations: operations.into_iter().collect(),
            resume_request_key: None,
        }
    }

    /// Sets the key that lets LINE resume this batch if it fails midway.
    pub fn resume_request_key(mut self, key: impl Into<String>) -> Self {
        self.resume_request_key = Some(key.into());
        self
    }
}

/// One operation of a [`RichMenuBatchRequest`].
/// <https://developers.line.biz/en/reference/messaging-api/#batch-control-rich-menus-of-users-operations>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum RichMenuBatchOperation {
    /// `link`: users linked to rich menu `from` are linked to `to` instead.
    #[serde(rename = "link")]
    Link {
        /// The rich menu to replace.
        from: String,
        /// The rich menu that replaces it.
        to: String,
    },
    /// `unlink`: users linked to rich menu `from` are unlinked.
    #[serde(rename = "unlink")]
    Unlink {
        /// The rich menu to unlink.
        from: String,
    },
    /// `unlinkAll`: every user's per-user rich menu is unlinked.
    #[serde(rename = "unlinkAll")]
    UnlinkAll,
    /// An operation this version of `linebot` does not know, kept as JSON.
    #[serde(untagged)]
    Unknown(serde_json::Value),
}

impl RichMenuBatchOperation {
    /// Replaces rich menu `from` with `to` for every user linked to `from`.
    pub fn link(from: impl Into<String>, to: impl Into<String>) -> Self {
        RichMenuBatchOperation::Link {
            from: from.into(),
            to: to.into(),
        }
    }

    /// Unlinks rich menu `from` from every user linked to it.
    pub fn unlink(from: impl Into<String>) -> Self {
        RichMenuBatchOperation::Unlink { from: from.into() }
    }
}

/// `GET /v2/bot/richmenu/progress/batch`.
/// <https://developers.line.biz/en/reference/messaging-api/#get-batch-control-rich-menus-progress-status>
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RichMenuBatchProgressResponse {
    /// Where the batch stands.
    pub phase: RichMenuBatchProgressPhase,
    /// When LINE accepted the request (ISO 8601, UTC, milliseconds).
    pub accepted_time: String,
    /// When the batch finished (ISO 8601, UTC), once the phase is `succeeded` or `failed`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completed_time: Option<String>,
}

/// `phase` of a [`RichMenuBatchProgressResponse`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub enum RichMenuBatchProgressPhase {
    /// `ongoing`: still running.
    #[serde(rename = "ongoing")]
    Ongoing,
    /// `succeeded`: done.
    #[serde(rename = "succeeded")]
    Succeeded,
    /// `failed`: the rich menu of one or more users could not be changed (others may have
    /// been).
    #[serde(rename = "failed")]
    Failed,
    /// A phase this version does not know, kept as sent.
    #[serde(untagged)]
    Unknown(String),
}

// ---------------------------------------------------------------------------------------------
// Compile-time rules
// ---------------------------------------------------------------------------------------------

/// Guard for an array of rich menu areas and a finished [`RichMenuBuilder`]: 1 to 20 areas
/// (LINE rule C23).
#[diagnostic::on_unimplemented(
    message = "a rich menu has 1 to 20 areas, but {N} were given",
    label = "1 to 20 areas",
    note = "LINE rule C23: a rich menu has 1 to 20 tappable areas"
)]
pub trait RichMenuAreaCount<const N: usize> {}
crate::__impl_counts!(RichMenuAreaCount<_>: 1..=RICH_MENU_AREAS_MAX
    => 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20);

const RICH_MENU_RULE: CountRule = CountRule {
    rule: "C23",
    subject: "a rich menu",
    items: "areas",
    min: 1,
    max: RICH_MENU_AREAS_MAX,
};

/// Guard for [`RichMenuBuilder::area`]: room for one more area (LINE rule C23).
#[diagnostic::on_unimplemented(
    message = "a rich menu has at most 20 areas",
    label = "this would be area #21",
    note = "LINE rule C23: a rich menu has 1 to 20 tappable areas"
)]
pub trait RoomForRichMenuArea {}
crate::__impl_counts!(RoomForRichMenuArea: 0..=RICH_MENU_AREAS_MAX - 1
    => 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19);

impl RichMenu {
    /// A rich menu with 1 to 20 `areas`, not shown by default (see [`RichMenu::selected`]).
    pub fn new<const N: usize>(
        size: RichMenuSize,
        name: impl Into<String>,
        chat_bar_text: impl Into<String>,
        areas: [RichMenuArea; N],
    ) -> Self
    where
        Count<N>: RichMenuAreaCount<N>,
    {
        RichMenu {
            size,
            selected: false,
            name: name.into(),
            chat_bar_text: chat_bar_text.into(),
            areas: areas.into(),
        }
    }

    /// A rich menu with the `areas` of a list known only at run time (1 to 20, LINE rule
    /// C23), not shown by default. Each area's action was checked for rich menus when the
    /// area was made ([`RichMenuArea::new`]).
    ///
    /// # Errors
    /// [`CountError`] naming rule C23 when there are no areas or more than 20.
    pub fn try_new(
        size: RichMenuSize,
        name: impl Into<String>,
        chat_bar_text: impl Into<String>,
        areas: impl IntoIterator<Item = RichMenuArea>,
    ) -> Result<Self, CountError> {
        let areas: Vec<RichMenuArea> = areas.into_iter().collect();
        RICH_MENU_RULE.check(areas.len())?;
        Ok(RichMenu {
            size,
            selected: false,
            name: name.into(),
            chat_bar_text: chat_bar_text.into(),
            areas,
        })
    }

    /// Starts a rich menu whose areas are pushed one by one with [`RichMenuBuilder::area`].
    pub fn builder(
        size: RichMenuSize,
        name: impl Into<String>,
        chat_bar_text: impl Into<String>,
    ) -> RichMenuBuilder<Count<0>> {
        RichMenuBuilder {
            menu: RichMenu {
                size,
                selected: false,
                name: name.into(),
                chat_bar_text: chat_bar_text.into(),
                areas: Vec::new(),
            },
            _count: PhantomData,
        }
    }

    /// Whether the rich menu is shown (opened) by default.
    pub fn selected(mut self, selected: bool) -> Self {
        self.selected = selected;
        self
    }
}

/// A [`RichMenu`] under construction, counting its areas in the type.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct RichMenuBuilder<C> {
    menu: RichMenu,
    _count: PhantomData<C>,
}

impl<C> RichMenuBuilder<C> {
    /// Whether the rich menu is shown (opened) by default.
    pub fn selected(mut self, selected: bool) -> Self {
        self.menu.selected = selected;
        self
    }

    /// Adds an area at `bounds` performing `action`. The 21st does not compile (LINE rule C23).
    pub fn area(
        mut self,
        bounds: RichMenuBounds,
        action: impl RichMenuAction,
    ) -> RichMenuBuilder<C::Next>
    where
        C: Inc + RoomForRichMenuArea,
    {
        self.menu.areas.push(RichMenuArea::new(bounds, action));
        RichMenuBuilder {
            menu: self.menu,
            _count: PhantomData,
        }
    }
}

impl<const N: usize> RichMenuBuilder<Count<N>> {
    /// The rich menu; needs at least one area (LINE rule C23).
    pub fn build(self) -> RichMenu
    where
        Count<N>: RichMenuAreaCount<N>,
    {
        self.menu
    }
}

// ---------------------------------------------------------------------------------------------
// Runtime rules
// ---------------------------------------------------------------------------------------------

impl Validate for RichMenu {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        validate_menu(
            &self.size,
            &self.name,
            &self.chat_bar_text,
            &self.areas,
            path,
            out,
        );
    }
}

impl Validate for RichMenuResponse {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        validate_menu(
            &self.size,
            &self.name,
            &self.chat_bar_text,
            &self.areas,
            path,
            out,
        );
    }
}

fn validate_menu(
    size: &RichMenuSize,
    name: &str,
    chat_bar_text: &str,
    areas: &[RichMenuArea],
    path: &mut Path,
    out: &mut Violations,
) {
    path.field("size", |p| size.validate_at(p, out));
    path.rule("V17", |path| {
        path.field("name", |p| {
            validate::nonempty_graphemes(name, RICH_MENU_NAME_MAX, p, out)
        })
    });
    path.rule("V17", |path| {
        path.field("chatBarText", |p| {
            validate::nonempty_graphemes(chat_bar_text, RICH_MENU_CHAT_BAR_TEXT_MAX, p, out)
        })
    });
    path.field("areas", |p| {
        p.rule("C23", |p| {
            validate::count(areas.len(), 1, RICH_MENU_AREAS_MAX, p, out)
        });
        for (i, area) in areas.iter().enumerate() {
            p.index(i, |p| area.validate_at(p, out));
        }
    });
}

impl Validate for RichMenuSize {
    /// Rule V39: width 800 to 2500, height at least 250, width / height at least 1.45.
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        path.rule("V39", |path| {
            if !(RICH_MENU_WIDTH_MIN..=RICH_MENU_WIDTH_MAX).contains(&self.width) {
                path.field("width", |p| {
                    validate::invalid(
                        format!(
                            "between {RICH_MENU_WIDTH_MIN} and {RICH_MENU_WIDTH_MAX} pixels, not {}",
                            self.width
                        ),
                        p,
                        out,
                    )
                });
            }
            if self.height < RICH_MENU_HEIGHT_MIN {
                path.field("height", |p| {
                    validate::invalid(
                        format!("at least {RICH_MENU_HEIGHT_MIN} pixels, not {}", self.height),
                        p,
                        out,
                    )
                });
            } else if f64::from(self.width) / f64::from(self.height) < RICH_MENU_ASPECT_RATIO_MIN {
                path.field("height", |p| {
                    validate::invalid(
                        format!(
                            "at most the width / {RICH_MENU_ASPECT_RATIO_MIN} (the aspect ratio width / height is at least {RICH_MENU_ASPECT_RATIO_MIN}; {}x{} is {:.2})",
                            self.width,
                            self.height,
                            f64::from(self.width) / f64::from(self.height)
                        ),
                        p,
                        out,
                    )
                });
            }
        })
    }
}

impl Validate for RichMenuArea {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        path.field("bounds", |p| {
            if self.bounds.width == 0 {
                p.field("width", |p| validate::invalid("at least 1 pixel", p, out));
            }
            if self.bounds.height == 0 {
                p.field("height", |p| validate::invalid("at least 1 pixel", p, out));
            }
        });
        path.field("action", |p| {
            self.action.validate_in(ActionContext::RichMenu, p, out)
        });
    }
}

impl Validate for CreateRichMenuAliasRequest {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        path.rule("V17", |path| {
            path.field("richMenuAliasId", |p| {
                crate::action::validate_alias_id(&self.rich_menu_alias_id, p, out)
            })
        });
        path.field("richMenuId", |p| required_id(&self.rich_menu_id, p, out));
    }
}

impl Validate for UpdateRichMenuAliasRequest {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        path.field("richMenuId", |p| required_id(&self.rich_menu_id, p, out));
    }
}

/// IDs have no documented length, only presence.
fn required_id(id: &str, path: &Path, out: &mut Violations) {
    if id.is_empty() {
        validate::missing(path, out);
    }
}

fn validate_user_ids(user_ids: &[String], path: &mut Path, out: &mut Violations) {
    path.rule("V18", |path| {
        path.field("userIds", |p| {
            validate::count(user_ids.len(), 1, RICH_MENU_BULK_USER_IDS_MAX, p, out)
        })
    });
}

impl Validate for RichMenuBulkLinkRequest {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        path.field("richMenuId", |p| required_id(&self.rich_menu_id, p, out));
        validate_user_ids(&self.user_ids, path, out);
    }
}

impl Validate for RichMenuBulkUnlinkRequest {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        validate_user_ids(&self.user_ids, path, out);
    }
}

impl Validate for RichMenuBatchRequest {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        path.field("operations", |p| {
            validate::count(
                self.operations.len(),
                0,
                RICH_MENU_BATCH_OPERATIONS_MAX,
                p,
                out,
            );
            for (i, op) in self.operations.iter().enumerate() {
                p.index(i, |p| op.validate_at(p, out));
            }
            // V40: `unlinkAll` stands alone, and a rich menu is the `from` of one operation.
            let unlink_all = self
                .operations
                .iter()
                .any(|op| matches!(op, RichMenuBatchOperation::UnlinkAll));
            let mut froms: Vec<&str> = Vec::new();
            for (i, op) in self.operations.iter().enumerate() {
                let from = match op {
                    RichMenuBatchOperation::Link { from, .. }
                    | RichMenuBatchOperation::Unlink { from } => from.as_str(),
                    _ => continue,
                };
                p.rule("V40", |p| {
                    p.index(i, |p| {
                        if unlink_all {
                            validate::not_allowed(
                                "`unlinkAll` cannot be combined with other operations",
                                p,
                                out,
                            );
                        }
                        if froms.contains(&from) {
                            p.field("from", |p| {
                                validate::not_allowed(
                                    format!("rich menu `{from}` is already the `from` of an earlier operation"),
                                    p,
                                    out,
                                )
                            });
                        }
                    })
                });
                froms.push(from);
            }
        });
        if let Some(key) = &self.resume_request_key {
            let ok = (1..=RICH_MENU_RESUME_REQUEST_KEY_MAX).contains(&key.len())
                && key
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
            if !ok {
                path.rule("V40", |path| {
                    path.field("resumeRequestKey", |p| {
                        validate::invalid(
                            "1 to 100 characters of a-z, A-Z, 0-9, `_` or `-`",
                            p,
                            out,
                        )
                    })
                });
            }
        }
    }
}

impl Validate for RichMenuBatchOperation {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        /// The fields of a `link` operation, to explain why one did not parse.
        #[derive(Deserialize)]
        #[allow(dead_code)]
        struct Link {
            from: String,
            to: String,
        }
        /// The fields of an `unlink` operation, to explain why one did not parse.
        #[derive(Deserialize)]
        #[allow(dead_code)]
        struct Unlink {
            from: String,
        }
        let RichMenuBatchOperation::Unknown(v) = self else {
            return;
        };
        match v.get("type").and_then(|t| t.as_str()) {
            Some("link") => validate::well_formed::<Link>(v, "link operation", path, out),
            Some("unlink") => validate::well_formed::<Unlink>(v, "unlink operation", path, out),
            _ => {}
        }
    }
}
