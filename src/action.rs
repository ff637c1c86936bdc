//! Actions: what happens when a user taps a button, a quick reply, a rich menu area or a flex
//! component.
//!
//! Two layers, as everywhere in `linebot`:
//!
//! * the **wire model**: [`Action`] and one plain struct per kind ([`PostbackAction`],
//!   [`MessageAction`], ...), exactly the JSON LINE accepts, what deserialization gives you;
//! * **typed actions** made by the constructor functions of this module ([`postback`],
//!   [`message`], [`uri`], [`camera`], ...). Their types remember what LINE's placement rules
//!   depend on (is there a label? a `displayText` or a `text`? an open keyboard?), and the
//!   context traits
//!   ([`QuickReplyAction`], [`TemplateAction`], [`ImageCarouselAction`], [`RichMenuAction`],
//!   [`FlexAction`]) decide at compile time where each may go.
//!
//! ```
//! use linebot::action::{self, Action, IntoAction};
//!
//! let buy = action::postback("action=buy&item=42")
//!     .label(linebot::label!("Buy"))
//!     .display_text("I'll buy it");
//! let camera = action::camera().label(linebot::label!("Camera"));
//! // Both may sit on a quick reply button:
//! let wire: Vec<Action> = vec![buy.into_action(), camera.into_action()];
//! assert_eq!(
//!     serde_json::to_string(&wire[1]).unwrap(),
//!     r#"{"type":"camera","label":"Camera"}"#
//! );
//! ```
//!
//! A list holds one type, so actions of different kinds share a list through the erased action
//! of their context ([`AnyTemplateAction`], [`AnyQuickReplyAction`], [`AnyImageCarouselAction`],
//! [`AnyRichMenuAction`], [`AnyFlexAction`]): each converts only from an action that context
//! accepts, so the list keeps the placement check. A helper returns `impl TemplateAction` (or
//! the erased type), without naming the type-state of [`state`]:
//!
//! ```
//! use linebot::action::{self, AnyTemplateAction, TemplateAction};
//! use linebot::message::template::ButtonsTemplate;
//! use linebot::label;
//!
//! fn buy_button(id: u64) -> impl TemplateAction {
//!     action::postback(format!("buy={id}")).label(label!("Buy")).display_text("Buy it")
//! }
//!
//! let buttons = ButtonsTemplate::new("Coffee", [
//!     AnyTemplateAction::new(buy_button(42)),
//!     action::uri("https://example.com/42").label(label!("Details")).into(),
//! ]);
//! assert_eq!(buttons.actions[1].kind(), "uri");
//! ```
//!
//! A camera action on a template button does not compile:
//!
//! ```compile_fail
//! use linebot::action::{self, TemplateAction};
//! fn on_template(_: impl TemplateAction) {}
//! on_template(action::camera().label(linebot::label!("Camera"))); // error: quick reply only
//! ```

use crate::Str;
use std::marker::PhantomData;

use serde::{Deserialize, Serialize};

use crate::validate::{self, Path, Schemes, Validate, Violations};

// ---------------------------------------------------------------------------------------------
// Wire model
// ---------------------------------------------------------------------------------------------

/// An action object, as LINE sends and accepts it.
///
/// Kinds LINE adds later deserialize into [`Action::Unknown`], keeping their JSON.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum Action {
    /// `postback`: sends a postback event to the bot server.
    #[serde(rename = "postback")]
    Postback(PostbackAction),
    /// `message`: sends a text message as the user.
    #[serde(rename = "message")]
    Message(MessageAction),
    /// `uri`: opens a URI.
    #[serde(rename = "uri")]
    Uri(UriAction),
    /// `datetimepicker`: lets the user pick a date and/or time.
    #[serde(rename = "datetimepicker")]
    DatetimePicker(DatetimePickerAction),
    /// `camera`: opens the camera (quick reply only).
    #[serde(rename = "camera")]
    Camera(CameraAction),
    /// `cameraRoll`: opens the camera roll (quick reply only).
    #[serde(rename = "cameraRoll")]
    CameraRoll(CameraRollAction),
    /// `location`: opens the location screen (quick reply only).
    #[serde(rename = "location")]
    Location(LocationAction),
    /// `richmenuswitch`: switches rich menus (rich menus only).
    #[serde(rename = "richmenuswitch")]
    RichMenuSwitch(RichMenuSwitchAction),
    /// `clipboard`: copies text to the clipboard.
    #[serde(rename = "clipboard")]
    Clipboard(ClipboardAction),
    /// An action type this version of `linebot` does not know, kept as JSON.
    #[serde(untagged)]
    Unknown(serde_json::Value),
}

// The JSON `#[derive(Serialize)]` writes with the attributes above, each tag a constant;
// and the kinds `validate()` reads again from `Unknown` JSON.
crate::tagged::tagged_enum!(Action, "type", {
    Postback = "postback",
    Message = "message",
    Uri = "uri",
    DatetimePicker = "datetimepicker",
    Camera = "camera",
    CameraRoll = "cameraRoll",
    Location = "location",
    RichMenuSwitch = "richmenuswitch",
    Clipboard = "clipboard",
}, Unknown);

impl Action {
    /// The `type` string LINE uses for this action.
    pub fn kind(&self) -> &str {
        match self {
            Action::Postback(_) => "postback",
            Action::Message(_) => "message",
            Action::Uri(_) => "uri",
            Action::DatetimePicker(_) => "datetimepicker",
            Action::Camera(_) => "camera",
            Action::CameraRoll(_) => "cameraRoll",
            Action::Location(_) => "location",
            Action::RichMenuSwitch(_) => "richmenuswitch",
            Action::Clipboard(_) => "clipboard",
            Action::Unknown(v) => v.get("type").and_then(|t| t.as_str()).unwrap_or(""),
        }
    }

    /// The label, if the action has one.
    pub fn label(&self) -> Option<&str> {
        match self {
            Action::Postback(a) => a.label.as_deref(),
            Action::Message(a) => a.label.as_deref(),
            Action::Uri(a) => a.label.as_deref(),
            Action::DatetimePicker(a) => a.label.as_deref(),
            Action::Camera(a) => a.label.as_deref(),
            Action::CameraRoll(a) => a.label.as_deref(),
            Action::Location(a) => a.label.as_deref(),
            Action::RichMenuSwitch(a) => a.label.as_deref(),
            Action::Clipboard(a) => a.label.as_deref(),
            Action::Unknown(v) => v.get("label").and_then(|t| t.as_str()),
        }
    }
}

/// `postback` action: <https://developers.line.biz/en/reference/messaging-api/#postback-action>
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PostbackAction {
    /// Label shown on the button.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<Str>,
    /// String returned in the postback event's `postback.data`.
    pub data: Str,
    /// Text shown in the chat as sent by the user when the action is performed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_text: Option<Str>,
    /// Deprecated by LINE in favour of `displayText`; exclusive with it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<Str>,
    /// How the rich menu or keyboard reacts when the action is performed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_option: Option<InputOption>,
    /// Text pre-filled in the input field; only with `inputOption = openKeyboard`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fill_in_text: Option<Str>,
}

/// `inputOption` of a postback action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub enum InputOption {
    /// `closeRichMenu`
    #[serde(rename = "closeRichMenu")]
    CloseRichMenu,
    /// `openRichMenu`
    #[serde(rename = "openRichMenu")]
    OpenRichMenu,
    /// `openKeyboard`
    #[serde(rename = "openKeyboard")]
    OpenKeyboard,
    /// `openVoice`
    #[serde(rename = "openVoice")]
    OpenVoice,
    /// A value this version does not know, kept as sent.
    #[serde(untagged)]
    Unknown(String),
}

impl InputOption {
    /// The values LINE documents.
    const KNOWN: &'static [&'static str] =
        &["closeRichMenu", "openRichMenu", "openKeyboard", "openVoice"];
}

/// `message` action: <https://developers.line.biz/en/reference/messaging-api/#message-action>
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageAction {
    /// Label shown on the button.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<Str>,
    /// Text sent as the user's message when the action is performed.
    pub text: Str,
}

/// `uri` action: <https://developers.line.biz/en/reference/messaging-api/#uri-action>
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UriAction {
    /// Label shown on the button.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<Str>,
    /// URI opened when the action is performed (`http`, `https`, `line` or `tel`).
    pub uri: Str,
    /// URI opened on LINE for macOS and Windows instead of `uri` (flex messages only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alt_uri: Option<AltUri>,
}

/// `altUri` of a URI action.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AltUri {
    /// URI opened on LINE for macOS and Windows.
    pub desktop: Str,
}

/// `datetimepicker` action: <https://developers.line.biz/en/reference/messaging-api/#datetime-picker-action>
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DatetimePickerAction {
    /// Label shown on the button.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<Str>,
    /// String returned in the postback event's `postback.data`.
    pub data: Str,
    /// What the user picks.
    pub mode: DatetimeMode,
    /// Initial value, in the format of `mode`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub initial: Option<Str>,
    /// Largest selectable value, in the format of `mode`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<Str>,
    /// Smallest selectable value, in the format of `mode`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<Str>,
}

/// `mode` of a datetime picker action.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum DatetimeMode {
    /// `date`: `yyyy-MM-dd`
    Date,
    /// `time`: `HH:mm`
    Time,
    /// `datetime`: `yyyy-MM-ddTHH:mm`
    Datetime,
    /// A mode this version does not know, kept as sent (its values are not checked).
    #[serde(untagged)]
    Unknown(String),
}

/// `camera` action (quick reply buttons only).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CameraAction {
    /// Label shown on the button.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<Str>,
}

/// `cameraRoll` action (quick reply buttons only).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CameraRollAction {
    /// Label shown on the button.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<Str>,
}

/// `location` action (quick reply buttons only).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocationAction {
    /// Label shown on the button.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<Str>,
}

/// `richmenuswitch` action (rich menus only): <https://developers.line.biz/en/reference/messaging-api/#richmenu-switch-action>
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RichMenuSwitchAction {
    /// Label, read out by accessibility features.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<Str>,
    /// Alias ID of the rich menu to switch to.
    pub rich_menu_alias_id: Str,
    /// String returned in the postback event's `postback.data`.
    pub data: Str,
}

/// `clipboard` action: <https://developers.line.biz/en/reference/messaging-api/#clipboard-action>
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ClipboardAction {
    /// Label shown on the button.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<Str>,
    /// Text copied to the clipboard (1 to 1000 characters).
    pub clipboard_text: Str,
}

macro_rules! into_action {
    ($($t:ident => $v:ident),* $(,)?) => { $(
        impl From<$t> for Action { fn from(a: $t) -> Self { Action::$v(a) } }
    )* };
}
into_action!(
    PostbackAction => Postback, MessageAction => Message, UriAction => Uri,
    DatetimePickerAction => DatetimePicker, CameraAction => Camera, CameraRollAction => CameraRoll,
    LocationAction => Location, RichMenuSwitchAction => RichMenuSwitch, ClipboardAction => Clipboard,
);

// ---------------------------------------------------------------------------------------------
// Typed actions
// ---------------------------------------------------------------------------------------------

/// Type-state markers used by typed actions.
pub mod state {
    /// The action has a label. `F` says where the label fits by its length:
    /// [`Standard`](crate::literal::Standard) (any action; runtime strings count as this and
    /// are checked by `validate()`) or [`FlexOnly`](crate::literal::FlexOnly) (a `label!`
    /// literal of 21 to 40 characters).
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
    pub struct Labeled<F = crate::literal::Standard>(core::marker::PhantomData<F>);
    /// The action has no label (allowed only in rich menu areas and image carousel columns).
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
    pub struct Unlabeled;
    /// A postback without `displayText` or `text`.
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
    pub struct NoDisplayText;
    /// A postback with `displayText`.
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
    pub struct WithDisplayText;
    /// A postback with the deprecated `text`.
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
    pub struct WithText;
    /// A postback whose `inputOption` is not `openKeyboard`.
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
    pub struct KeyboardClosed;
    /// A postback with `inputOption = openKeyboard`.
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
    pub struct KeyboardOpen;
}
use state::*;

mod sealed {
    pub trait Sealed {}
}

/// Proof that an action carries a label. LINE requires one everywhere except in rich menu
/// areas and image carousel columns (rule C22).
#[diagnostic::on_unimplemented(
    message = "this action needs a label here: call `.label(..)` on it",
    label = "unlabeled action",
    note = "LINE rule C22: an action label is optional only in rich menu areas and image carousel columns"
)]
pub trait HasLabel: sealed::Sealed {}
impl<F> sealed::Sealed for Labeled<F> {}
impl sealed::Sealed for Unlabeled {}
#[diagnostic::do_not_recommend]
impl<F> HasLabel for Labeled<F> {}

/// Guard on every context but flex messages: a `label!` literal of 21 to 40 characters
/// ([`FlexOnly`](crate::literal::FlexOnly)) fits only flex messages (rule V04).
#[diagnostic::on_unimplemented(
    message = "this label is longer than 20 characters: only flex message actions take 21 to 40",
    label = "label for flex messages only",
    note = "LINE rule V04: action labels hold at most 20 characters on templates, quick replies and rich menus (12 on image carousels), 40 in flex messages"
)]
pub trait FitsOutsideFlex: sealed::Sealed {}
#[diagnostic::do_not_recommend]
impl FitsOutsideFlex for Unlabeled {}
#[diagnostic::do_not_recommend]
impl FitsOutsideFlex for Labeled<crate::literal::Standard> {}

impl sealed::Sealed for NoDisplayText {}
impl sealed::Sealed for WithDisplayText {}
impl sealed::Sealed for WithText {}

/// Guard: `displayText` and `text` are exclusive (rule C19).
#[diagnostic::on_unimplemented(
    message = "a postback action takes `displayText` or `text`, not both",
    label = "already set",
    note = "LINE rule C19: `displayText` and `text` are mutually exclusive"
)]
pub trait NoEchoYet: sealed::Sealed {}
#[diagnostic::do_not_recommend]
impl NoEchoYet for NoDisplayText {}

/// Guard: `fillInText` needs `inputOption = openKeyboard` (rule C20).
#[diagnostic::on_unimplemented(
    message = "`fillInText` needs `inputOption = openKeyboard`: call `.open_keyboard()` first",
    label = "keyboard not opened",
    note = "LINE rule C20: a postback's `fillInText` is only valid with `inputOption = openKeyboard`"
)]
pub trait OpensKeyboard: sealed::Sealed {}
impl sealed::Sealed for KeyboardClosed {}
impl sealed::Sealed for KeyboardOpen {}
#[diagnostic::do_not_recommend]
impl OpensKeyboard for KeyboardOpen {}

/// Never implemented (the bound is placed on the action's label state): states that camera, camera roll and location actions belong on quick
/// reply buttons (rule C17).
#[diagnostic::on_unimplemented(
    message = "camera, camera roll and location actions can only be used on quick reply buttons",
    label = "quick reply only",
    note = "LINE rule C17: camera, camera roll and location actions work only on quick reply buttons"
)]
pub trait QuickReplyOnly {}

/// Never implemented (the bound is placed on the action's label state): states that rich menu switch actions belong in rich menus (rule C18).
#[diagnostic::on_unimplemented(
    message = "a rich menu switch action can only be used in a rich menu area",
    label = "rich menu only",
    note = "LINE rule C18: the rich menu switch action works only in rich menus"
)]
pub trait RichMenuOnly {}

/// Conversion of a typed action into its wire form; implemented by every typed action.
pub trait IntoAction: sealed::Sealed {
    /// The wire form.
    fn into_action(self) -> Action;
}

/// An action that may be placed on a quick reply button.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be used on a quick reply button",
    label = "not a quick reply action"
)]
pub trait QuickReplyAction: IntoAction {}

/// An action that may be placed on a buttons, confirm or carousel template (as a button or
/// `defaultAction`).
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be used in a template message",
    label = "not a template action"
)]
pub trait TemplateAction: IntoAction {}

/// An action that may be placed on an image carousel column (label optional, at most 12
/// characters).
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be used in an image carousel column",
    label = "not an image carousel action"
)]
pub trait ImageCarouselAction: IntoAction {}

/// An action that may be placed in a rich menu area (label optional).
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be used in a rich menu area",
    label = "not a rich menu action"
)]
pub trait RichMenuAction: IntoAction {}

/// An action that may be placed on a flex component (bubble, box, button, image, text, video).
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be used in a flex message",
    label = "not a flex action"
)]
pub trait FlexAction: IntoAction {}

/// Typed `postback` action. Made by [`postback`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[must_use]
pub struct Postback<L = Unlabeled, E = NoDisplayText, K = KeyboardClosed> {
    wire: PostbackAction,
    _state: PhantomData<(L, E, K)>,
}

/// Typed `message` action. Made by [`message`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[must_use]
pub struct Message<L = Unlabeled> {
    wire: MessageAction,
    _state: PhantomData<L>,
}

/// Typed `uri` action. Made by [`uri`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[must_use]
pub struct Uri<L = Unlabeled> {
    wire: UriAction,
    _state: PhantomData<L>,
}

/// Typed `datetimepicker` action. Made by [`datetime_picker`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[must_use]
pub struct DatetimePicker<L = Unlabeled> {
    wire: DatetimePickerAction,
    _state: PhantomData<L>,
}

/// Typed `camera` action. Made by [`camera`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[must_use]
pub struct Camera<L = Unlabeled> {
    wire: CameraAction,
    _state: PhantomData<L>,
}

/// Typed `cameraRoll` action. Made by [`camera_roll`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[must_use]
pub struct CameraRoll<L = Unlabeled> {
    wire: CameraRollAction,
    _state: PhantomData<L>,
}

/// Typed `location` action. Made by [`location`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[must_use]
pub struct Location<L = Unlabeled> {
    wire: LocationAction,
    _state: PhantomData<L>,
}

/// Typed `richmenuswitch` action. Made by [`rich_menu_switch`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[must_use]
pub struct RichMenuSwitch<L = Unlabeled> {
    wire: RichMenuSwitchAction,
    _state: PhantomData<L>,
}

/// Typed `clipboard` action. Made by [`clipboard`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[must_use]
pub struct Clipboard<L = Unlabeled> {
    wire: ClipboardAction,
    _state: PhantomData<L>,
}

/// A postback action returning `data` in the postback event. Add a label with
/// [`Postback::label`] and, to echo the tap in the chat, [`Postback::display_text`].
///
/// `data` is a string (`"action=buy&itemid=111"`) or a value of a type deriving
/// [`PostbackData`](macro@crate::postback::PostbackData), which the webhook handler decodes
/// back with [`PostbackContent::data_as`](crate::webhook::PostbackContent::data_as).
pub fn postback(data: impl crate::postback::IntoPostbackData) -> Postback {
    Postback {
        wire: PostbackAction {
            data: data.into_postback_data(),
            ..PostbackAction::default()
        },
        _state: PhantomData,
    }
}

/// A message action: the user sends `text` when tapping.
pub fn message(text: impl Into<Str>) -> Message {
    Message {
        wire: MessageAction {
            label: None,
            text: text.into(),
        },
        _state: PhantomData,
    }
}

/// A URI action opening `uri` (`http`, `https`, `line` or `tel`).
pub fn uri(uri: impl Into<Str>) -> Uri {
    Uri {
        wire: UriAction {
            label: None,
            uri: uri.into(),
            alt_uri: None,
        },
        _state: PhantomData,
    }
}

/// A datetime picker action: the user picks a value of `mode`, returned with `data` (a string
/// or typed [`PostbackData`](macro@crate::postback::PostbackData)) in the postback event.
pub fn datetime_picker(
    data: impl crate::postback::IntoPostbackData,
    mode: DatetimeMode,
) -> DatetimePicker {
    DatetimePicker {
        wire: DatetimePickerAction {
            label: None,
            data: data.into_postback_data(),
            mode,
            initial: None,
            max: None,
            min: None,
        },
        _state: PhantomData,
    }
}

/// A camera action (quick reply buttons only).
pub fn camera() -> Camera {
    Camera {
        wire: CameraAction::default(),
        _state: PhantomData,
    }
}

/// A camera roll action (quick reply buttons only).
pub fn camera_roll() -> CameraRoll {
    CameraRoll {
        wire: CameraRollAction::default(),
        _state: PhantomData,
    }
}

/// A location action (quick reply buttons only).
pub fn location() -> Location {
    Location {
        wire: LocationAction::default(),
        _state: PhantomData,
    }
}

/// A rich menu switch action to the rich menu aliased `rich_menu_alias_id`, returning `data`
/// (a string or typed [`PostbackData`](macro@crate::postback::PostbackData)) in the postback
/// event (rich menus only).
pub fn rich_menu_switch(
    rich_menu_alias_id: impl Into<Str>,
    data: impl crate::postback::IntoPostbackData,
) -> RichMenuSwitch {
    RichMenuSwitch {
        wire: RichMenuSwitchAction {
            label: None,
            rich_menu_alias_id: rich_menu_alias_id.into(),
            data: data.into_postback_data(),
        },
        _state: PhantomData,
    }
}

/// A clipboard action copying `clipboard_text`.
pub fn clipboard(clipboard_text: impl Into<Str>) -> Clipboard {
    Clipboard {
        wire: ClipboardAction {
            label: None,
            clipboard_text: clipboard_text.into(),
        },
        _state: PhantomData,
    }
}

/// `label` and `into_wire` for every typed action (the label moves `Unlabeled` to `Labeled`).
macro_rules! typed_common {
    ($ty:ident<L $(, $p:ident)*> => $wire:ident, $variant:ident) => {
        impl<$($p),*> $ty<Unlabeled $(, $p)*> {
            /// Sets the label shown on the button: a string (checked by `validate()`: 40
            /// characters in flex messages, 20 on templates, quick replies and rich menus, 12
            /// in image carousels) or a [`label!`](crate::label) literal, whose length class
            /// the action keeps so that a 21 to 40 character label compiles only in a flex
            /// message.
            pub fn label<T: crate::literal::IntoLabel>(self, label: T) -> $ty<Labeled<T::Fit> $(, $p)*> {
                let mut wire = self.wire;
                wire.label = Some(label.into_label());
                $ty { wire, _state: PhantomData }
            }
        }
        impl<L $(, $p)*> $ty<L $(, $p)*> {
            /// The wire form, without the typing.
            pub fn into_wire(self) -> $wire {
                self.wire
            }
        }
        impl<L $(, $p)*> sealed::Sealed for $ty<L $(, $p)*> {}
        impl<L $(, $p)*> IntoAction for $ty<L $(, $p)*> {
            fn into_action(self) -> Action {
                Action::$variant(self.wire)
            }
        }
        impl<L $(, $p)*> From<$ty<L $(, $p)*>> for Action {
            fn from(a: $ty<L $(, $p)*>) -> Action {
                Action::$variant(a.wire)
            }
        }
    };
}
typed_common!(Postback<L, E, K> => PostbackAction, Postback);
typed_common!(Message<L> => MessageAction, Message);
typed_common!(Uri<L> => UriAction, Uri);
typed_common!(DatetimePicker<L> => DatetimePickerAction, DatetimePicker);
typed_common!(Camera<L> => CameraAction, Camera);
typed_common!(CameraRoll<L> => CameraRollAction, CameraRoll);
typed_common!(Location<L> => LocationAction, Location);
typed_common!(RichMenuSwitch<L> => RichMenuSwitchAction, RichMenuSwitch);
typed_common!(Clipboard<L> => ClipboardAction, Clipboard);

impl<L, E, K> Postback<L, E, K> {
    /// Shows `text` in the chat as the user's message when tapped; exclusive with
    /// [`Postback::text`] (LINE rule C19).
    pub fn display_text(self, text: impl Into<Str>) -> Postback<L, WithDisplayText, K>
    where
        E: NoEchoYet,
    {
        let mut wire = self.wire;
        wire.display_text = Some(text.into());
        Postback {
            wire,
            _state: PhantomData,
        }
    }

    /// Deprecated by LINE (use [`Postback::display_text`]); LINE says it shouldn't be used on
    /// quick reply buttons. Exclusive with [`Postback::display_text`] (LINE rule C19).
    pub fn text(self, text: impl Into<Str>) -> Postback<L, WithText, K>
    where
        E: NoEchoYet,
    {
        let mut wire = self.wire;
        wire.text = Some(text.into());
        Postback {
            wire,
            _state: PhantomData,
        }
    }

    /// Sets `inputOption = openKeyboard`; afterwards [`Postback::fill_in_text`] may pre-fill it.
    pub fn open_keyboard(self) -> Postback<L, E, KeyboardOpen> {
        let mut wire = self.wire;
        wire.input_option = Some(InputOption::OpenKeyboard);
        wire.fill_in_text = None;
        Postback {
            wire,
            _state: PhantomData,
        }
    }

    /// Sets `inputOption = closeRichMenu`.
    pub fn close_rich_menu(self) -> Postback<L, E, KeyboardClosed> {
        self.input_option(InputOption::CloseRichMenu)
    }

    /// Sets `inputOption = openRichMenu`.
    pub fn open_rich_menu(self) -> Postback<L, E, KeyboardClosed> {
        self.input_option(InputOption::OpenRichMenu)
    }

    /// Sets `inputOption = openVoice`.
    pub fn open_voice(self) -> Postback<L, E, KeyboardClosed> {
        self.input_option(InputOption::OpenVoice)
    }

    fn input_option(self, option: InputOption) -> Postback<L, E, KeyboardClosed> {
        let mut wire = self.wire;
        wire.input_option = Some(option);
        wire.fill_in_text = None;
        Postback {
            wire,
            _state: PhantomData,
        }
    }

    /// Pre-fills the keyboard opened by [`Postback::open_keyboard`] (up to 300 characters).
    pub fn fill_in_text(self, text: impl Into<Str>) -> Self
    where
        K: OpensKeyboard,
    {
        let mut wire = self.wire;
        wire.fill_in_text = Some(text.into());
        Postback {
            wire,
            _state: PhantomData,
        }
    }
}

impl<L> Uri<L> {
    /// Opens `desktop` instead on LINE for macOS and Windows. LINE documents it for flex
    /// messages; elsewhere it has no effect (on quick reply buttons LINE says it "doesn't
    /// work"), which `validate` reports as a warning, not an error (rule C21).
    pub fn alt_uri_desktop(mut self, desktop: impl Into<Str>) -> Self {
        self.wire.alt_uri = Some(AltUri {
            desktop: desktop.into(),
        });
        self
    }
}

impl<L> DatetimePicker<L> {
    /// Initial value, in the format of the mode (`2025-12-24`, `19:30`, `2025-12-24T19:30`).
    pub fn initial(mut self, value: impl Into<Str>) -> Self {
        self.wire.initial = Some(value.into());
        self
    }

    /// Largest selectable value, in the format of the mode.
    pub fn max(mut self, value: impl Into<Str>) -> Self {
        self.wire.max = Some(value.into());
        self
    }

    /// Smallest selectable value, in the format of the mode.
    pub fn min(mut self, value: impl Into<Str>) -> Self {
        self.wire.min = Some(value.into());
        self
    }
}

// Placement rules. Every typed action implements every context trait it could ever satisfy;
// where a rule forbids it, the impl carries a guard bound whose own message names the rule.

macro_rules! contexts {
    ($ty:ident $gen:tt: $($ctx:ident where [$($bound:tt)*]);* $(;)?) => {
        $( contexts!(@one $ty $gen $ctx [$($bound)*]); )*
    };
    // Every context but flex messages holds labels to 20 characters (rule V04).
    (@one $ty:ident $gen:tt FlexAction [$($bound:tt)*]) => {
        contexts!(@impl $ty $gen FlexAction [$($bound)*]);
    };
    (@one $ty:ident $gen:tt $ctx:ident [$($bound:tt)*]) => {
        contexts!(@impl $ty $gen $ctx [L: FitsOutsideFlex, $($bound)*]);
    };
    (@impl $ty:ident [$($p:ident),*] $ctx:ident [$($bound:tt)*]) => {
        impl<$($p),*> $ctx for $ty<$($p),*> where $($bound)* {}
    };
}

contexts!(Postback [L, E, K]:
    QuickReplyAction where [L: HasLabel];
    TemplateAction where [L: HasLabel];
    ImageCarouselAction where [];
    RichMenuAction where [];
    FlexAction where [];
);
contexts!(Message [L]:
    QuickReplyAction where [L: HasLabel];
    TemplateAction where [L: HasLabel];
    ImageCarouselAction where [];
    RichMenuAction where [];
    FlexAction where [];
);
contexts!(Uri [L]:
    QuickReplyAction where [L: HasLabel];
    TemplateAction where [L: HasLabel];
    ImageCarouselAction where [];
    RichMenuAction where [];
    FlexAction where [];
);
contexts!(DatetimePicker [L]:
    QuickReplyAction where [L: HasLabel];
    TemplateAction where [L: HasLabel];
    ImageCarouselAction where [];
    RichMenuAction where [];
    FlexAction where [];
);
contexts!(Clipboard [L]:
    QuickReplyAction where [L: HasLabel];
    TemplateAction where [L: HasLabel];
    ImageCarouselAction where [];
    RichMenuAction where [];
    FlexAction where [];
);
contexts!(Camera [L]:
    QuickReplyAction where [L: HasLabel];
    TemplateAction where [L: QuickReplyOnly];
    ImageCarouselAction where [L: QuickReplyOnly];
    RichMenuAction where [L: QuickReplyOnly];
    FlexAction where [L: QuickReplyOnly];
);
contexts!(CameraRoll [L]:
    QuickReplyAction where [L: HasLabel];
    TemplateAction where [L: QuickReplyOnly];
    ImageCarouselAction where [L: QuickReplyOnly];
    RichMenuAction where [L: QuickReplyOnly];
    FlexAction where [L: QuickReplyOnly];
);
contexts!(Location [L]:
    QuickReplyAction where [L: HasLabel];
    TemplateAction where [L: QuickReplyOnly];
    ImageCarouselAction where [L: QuickReplyOnly];
    RichMenuAction where [L: QuickReplyOnly];
    FlexAction where [L: QuickReplyOnly];
);
contexts!(RichMenuSwitch [L]:
    QuickReplyAction where [L: RichMenuOnly];
    TemplateAction where [L: RichMenuOnly];
    ImageCarouselAction where [L: RichMenuOnly];
    RichMenuAction where [];
    FlexAction where [L: RichMenuOnly];
);

// Actions of mixed kinds in one list. A list holds one type, so each context has an erased
// action made only from actions that context accepts: the placement check happens at the
// conversion, and the list keeps it.

macro_rules! any_action {
    ($(#[$doc:meta])* $name:ident: $ctx:ident, $what:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq)]
        #[must_use]
        pub struct $name(Action);

        impl $name {
            #[doc = concat!("Any action allowed ", $what, "; others do not compile.")]
            pub fn new(action: impl $ctx) -> Self {
                $name(action.into_action())
            }

            /// The wire form.
            pub fn into_wire(self) -> Action {
                self.0
            }
        }

        impl sealed::Sealed for $name {}
        impl IntoAction for $name {
            fn into_action(self) -> Action {
                self.0
            }
        }
        impl $ctx for $name {}
        impl From<$name> for Action {
            fn from(a: $name) -> Action {
                a.0
            }
        }
        any_action!(@from $name: $ctx; Postback[L, E, K], Message[L], Uri[L],
            DatetimePicker[L], Camera[L], CameraRoll[L], Location[L], RichMenuSwitch[L],
            Clipboard[L]);
    };
    (@from $name:ident: $ctx:ident; $($ty:ident [$($p:ident),*]),*) => { $(
        impl<$($p),*> From<$ty<$($p),*>> for $name
        where
            $ty<$($p),*>: $ctx,
        {
            fn from(a: $ty<$($p),*>) -> Self {
                $name(a.into_action())
            }
        }
    )* };
}

any_action!(
    /// An action of any kind allowed on a buttons, confirm or carousel template: a list of
    /// them holds postbacks, URIs and messages side by side, each checked for templates when
    /// it was converted (a camera action does not convert).
    ///
    /// ```
    /// use linebot::action::{self, AnyTemplateAction};
    /// use linebot::message::template::ButtonsTemplate;
    /// use linebot::label;
    ///
    /// let actions: Vec<AnyTemplateAction> = vec![
    ///     action::postback("buy=42").label(label!("Buy")).into(),
    ///     action::uri("https://example.com/42").label(label!("Details")).into(),
    /// ];
    /// let buttons = ButtonsTemplate::try_new("Coffee", actions)?;
    /// assert_eq!(buttons.actions.len(), 2);
    /// # Ok::<(), linebot::count::CountError>(())
    /// ```
    ///
    /// ```compile_fail
    /// use linebot::action::{self, AnyTemplateAction};
    /// // LINE rule C17: a camera action works only on quick reply buttons.
    /// let a = AnyTemplateAction::new(action::camera().label(linebot::label!("Camera")));
    /// ```
    AnyTemplateAction: TemplateAction, "on a template"
);
// A template action is labeled and is none of camera, camera roll, location or rich menu
// switch: quick reply buttons, rich menu areas and flex components accept it as well.
impl QuickReplyAction for AnyTemplateAction {}
impl RichMenuAction for AnyTemplateAction {}
impl FlexAction for AnyTemplateAction {}
any_action!(
    /// An action of any kind allowed on a quick reply button, each checked when it was
    /// converted (a rich menu switch action does not convert).
    AnyQuickReplyAction: QuickReplyAction, "on a quick reply button"
);
any_action!(
    /// An action of any kind allowed on an image carousel column, each checked when it was
    /// converted.
    AnyImageCarouselAction: ImageCarouselAction, "on an image carousel column"
);
any_action!(
    /// An action of any kind allowed in a rich menu area, each checked when it was converted
    /// (a camera action does not convert).
    AnyRichMenuAction: RichMenuAction, "in a rich menu area"
);
any_action!(
    /// An action of any kind allowed on a flex component, each checked when it was converted
    /// (camera and rich menu switch actions do not convert).
    AnyFlexAction: FlexAction, "on a flex component"
);

// ---------------------------------------------------------------------------------------------
// Runtime rules
// ---------------------------------------------------------------------------------------------

/// Where an action stands; decides which runtime rules apply to an [`Action`] read from JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ActionContext {
    /// On a quick reply button.
    QuickReply,
    /// On a buttons, confirm or carousel template (button or `defaultAction`).
    Template,
    /// On an image carousel column.
    ImageCarousel,
    /// In a rich menu area.
    RichMenu,
    /// On a flex component.
    Flex,
}

impl Action {
    /// Checks the action's values and its placement in `ctx`, appending violations to `out`.
    ///
    /// This is the runtime twin of the context traits: an [`Action`] deserialized from JSON (or
    /// built by hand, [`Action::Unknown`] included) is held to the same rules the compiler
    /// enforces for typed actions.
    pub fn validate_in(&self, ctx: ActionContext, path: &mut Path, out: &mut Violations) {
        self.check(Some(ctx), path, out)
    }

    /// `ctx` is `None` for an action checked on its own: its values, not its placement.
    fn check(&self, ctx: Option<ActionContext>, path: &mut Path, out: &mut Violations) {
        use crate::limits::*;
        if let Action::Unknown(v) = self {
            return check_unknown(v, ctx, path, out);
        }
        if let Some(ctx) = ctx {
            self.check_placement(ctx, path, out);
        }
        self.check_label(ctx, path, out);
        match self {
            Action::Postback(a) => {
                path.rule("V05", |p| {
                    p.field("data", |p| {
                        validate::max_utf16(&a.data, POSTBACK_DATA_MAX, p, out)
                    })
                });
                path.rule("V06", |p| {
                    if let Some(t) = &a.display_text {
                        p.field("displayText", |p| {
                            validate::nonempty_graphemes(t, POSTBACK_TEXT_MAX, p, out)
                        });
                    }
                    if let Some(t) = &a.text {
                        p.field("text", |p| {
                            validate::nonempty_graphemes(t, POSTBACK_TEXT_MAX, p, out)
                        });
                    }
                    if let Some(t) = &a.fill_in_text {
                        p.field("fillInText", |p| {
                            validate::max_graphemes(t, POSTBACK_TEXT_MAX, p, out)
                        });
                    }
                });
                if a.display_text.is_some() && a.text.is_some() {
                    path.rule("C19", |p| {
                        p.field("text", |p| {
                            validate::not_allowed(
                                "`displayText` and `text` are mutually exclusive",
                                p,
                                out,
                            )
                        })
                    });
                }
                if let Some(InputOption::Unknown(v)) = &a.input_option {
                    path.field("inputOption", |p| {
                        validate::keyword(v, InputOption::KNOWN, p, out)
                    });
                }
                if a.fill_in_text.is_some() && a.input_option != Some(InputOption::OpenKeyboard) {
                    path.rule("C20", |p| {
                        p.field("fillInText", |p| {
                            validate::not_allowed(
                                "`fillInText` needs `inputOption` = `openKeyboard`",
                                p,
                                out,
                            )
                        })
                    });
                }
            }
            Action::Message(a) => path.rule("V06", |p| {
                p.field("text", |p| {
                    validate::nonempty_graphemes(&a.text, MESSAGE_ACTION_TEXT_MAX, p, out)
                })
            }),
            Action::Uri(a) => path.rule("V07", |p| {
                // Rich menus and Flex Messages may open other apps by their own URL schemes
                // (LINE's guide to the LINE URL scheme); elsewhere LINE lists the schemes.
                let schemes = match ctx {
                    Some(ActionContext::RichMenu | ActionContext::Flex) | None => Schemes::AnyApp,
                    _ => Schemes::UriAction,
                };
                p.field("uri", |p| {
                    validate::url(&a.uri, schemes, URI_ACTION_URI_MAX, p, out)
                });
                // Where `altUri` has no effect (off Flex Messages) is a warning of the lint pass
                // (rule C21), not a refusal: LINE does not say it rejects one.
                if let Some(alt) = &a.alt_uri {
                    p.field("altUri", |p| {
                        p.field("desktop", |p| {
                            validate::url(&alt.desktop, schemes, URI_ACTION_URI_MAX, p, out)
                        })
                    });
                }
            }),
            Action::DatetimePicker(a) => {
                path.rule("V05", |p| {
                    p.field("data", |p| {
                        validate::max_utf16(&a.data, POSTBACK_DATA_MAX, p, out)
                    })
                });
                validate_picker(a, path, out);
            }
            Action::RichMenuSwitch(a) => {
                path.rule("V05", |p| {
                    p.field("data", |p| {
                        validate::max_utf16(&a.data, POSTBACK_DATA_MAX, p, out)
                    })
                });
                path.rule("V17", |p| {
                    p.field("richMenuAliasId", |p| {
                        validate_alias_id(&a.rich_menu_alias_id, p, out)
                    })
                });
            }
            Action::Clipboard(a) => path.rule("V12", |p| {
                p.field("clipboardText", |p| {
                    validate::nonempty_utf16(&a.clipboard_text, CLIPBOARD_TEXT_MAX, p, out)
                })
            }),
            Action::Camera(_) | Action::CameraRoll(_) | Action::Location(_) => {}
            Action::Unknown(_) => unreachable!("checked above"),
        }
    }

    /// C17 and C18: quick-reply-only and rich-menu-only kinds.
    fn check_placement(&self, ctx: ActionContext, path: &mut Path, out: &mut Violations) {
        let quick_reply_only = matches!(
            self,
            Action::Camera(_) | Action::CameraRoll(_) | Action::Location(_)
        );
        if quick_reply_only && ctx != ActionContext::QuickReply {
            path.rule("C17", |p| {
                validate::not_allowed(
                    format!("a {} action works only on quick reply buttons", self.kind()),
                    p,
                    out,
                )
            });
        }
        if matches!(self, Action::RichMenuSwitch(_)) && ctx != ActionContext::RichMenu {
            path.rule("C18", |p| {
                validate::not_allowed("a richmenuswitch action works only in rich menus", p, out)
            });
        }
    }

    /// C22 and V04: where a label is required, and how long it may be ("Specifications of the
    /// label" in LINE's reference; camera, camera roll, location and rich menu switch actions
    /// have their own: required (switch: optional), 20).
    fn check_label(&self, ctx: Option<ActionContext>, path: &mut Path, out: &mut Violations) {
        use crate::limits::*;
        let own_spec = matches!(
            self,
            Action::Camera(_) | Action::CameraRoll(_) | Action::Location(_)
        );
        let required = own_spec
            || matches!(
                ctx,
                Some(ActionContext::Template | ActionContext::QuickReply)
            );
        let max = match ctx {
            _ if own_spec || matches!(self, Action::RichMenuSwitch(_)) => ACTION_LABEL_MAX,
            Some(ActionContext::ImageCarousel) => IMAGE_CAROUSEL_ACTION_LABEL_MAX,
            Some(ActionContext::Flex) | None => FLEX_ACTION_LABEL_MAX,
            Some(ActionContext::Template | ActionContext::QuickReply | ActionContext::RichMenu) => {
                ACTION_LABEL_MAX
            }
        };
        path.field("label", |p| match self.label() {
            Some(label) if required => {
                p.rule("V04", |p| validate::nonempty_graphemes(label, max, p, out))
            }
            Some(label) => p.rule("V04", |p| validate::max_graphemes(label, max, p, out)),
            None if required => p.rule("C22", |p| validate::missing(p, out)),
            None => {}
        });
    }
}

/// The `type`s of the actions this version models.
pub(crate) const ACTION_KINDS: &[&str] = <Action as validate::KnownKinds>::KINDS;

/// An action lands in [`Action::Unknown`] because LINE added a kind (kept, fine), because a
/// known kind failed to parse (say, a postback without `data`: reported with serde's reason),
/// because it was built by hand from JSON of a known kind (checked as that kind, placement
/// included), or because its `type` differs from a known one only by case (reported with the
/// known spelling).
fn check_unknown(
    v: &serde_json::Value,
    ctx: Option<ActionContext>,
    path: &mut Path,
    out: &mut Violations,
) {
    let Some(kind) = v.get("type").and_then(|t| t.as_str()) else {
        return validate::invalid("an action object with a `type`", path, out);
    };
    let what = |kind: &str| format!("{kind} action");
    if let Some(action) = validate::unknown_of::<Action>(kind, v, what, path, out) {
        action.check(ctx, path, out);
    }
}

impl Validate for Action {
    /// Checks the values only, not the placement: an action on its own stands nowhere yet
    /// (labels up to the longest any context allows, 40). Containers call
    /// [`Action::validate_in`] with their own context.
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        self.check(None, path, out)
    }
}

/// Checks a rich menu alias ID against `^[a-z0-9_-]{1,32}$`.
pub(crate) fn validate_alias_id(id: &str, path: &Path, out: &mut Violations) {
    let ok = (1..=crate::limits::RICH_MENU_ALIAS_ID_MAX).contains(&id.len())
        && id
            .bytes()
            .all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'_' | b'-'));
    if !ok {
        validate::invalid("1 to 32 characters of a-z, 0-9, `_` or `-`", path, out);
    }
}

/// A datetime picker value parsed into comparable numbers: (date as yyyymmdd, minutes).
fn parse_picker_value(mode: &DatetimeMode, s: &str) -> Option<(u32, u32)> {
    fn num(s: &str, len: usize) -> Option<u32> {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    }
    fn date(s: &str) -> Option<u32> {
        let (y, rest) = s.split_once('-')?;
        let (m, d) = rest.split_once('-')?;
        let (y, m, d) = (num(y, 4)?, num(m, 2)?, num(d, 2)?);
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        let days = [
            31,
            if leap { 29 } else { 28 },
            31,
            30,
            31,
            30,
            31,
            31,
            30,
            31,
            30,
            31,
        ];
        let ok = (1900..=2100).contains(&y)
            && (1..=12).contains(&m)
            && d >= 1
            && d <= days[m as usize - 1];
        ok.then_some(y * 10_000 + m * 100 + d)
    }
    fn time(s: &str) -> Option<u32> {
        let (h, m) = s.split_once(':')?;
        let (h, m) = (num(h, 2)?, num(m, 2)?);
        (h < 24 && m < 60).then_some(h * 60 + m)
    }
    match mode {
        DatetimeMode::Date => Some((date(s)?, 0)),
        DatetimeMode::Time => Some((0, time(s)?)),
        DatetimeMode::Datetime => {
            let (d, t) = s.split_once(['T', 't'])?;
            Some((date(d)?, time(t)?))
        }
        DatetimeMode::Unknown(_) => None,
    }
}

/// The `mode`s of the datetime picker this version models.
const PICKER_MODES: &[&str] = &["date", "time", "datetime"];

/// V16: `initial`, `min` and `max` in the format of the mode, within LINE's range, `min` before
/// `max`. (Whether `initial` lies between them is not a rule LINE states.)
fn validate_picker(a: &DatetimePickerAction, path: &mut Path, out: &mut Violations) {
    let mode = match &a.mode {
        DatetimeMode::Unknown(m) => {
            path.field("mode", |p| validate::keyword(m, PICKER_MODES, p, out));
            // A case-only typo (`DATE`) is still checked as the mode it means.
            match validate::case_only_misspelling(m, PICKER_MODES) {
                Some("date") => DatetimeMode::Date,
                Some("time") => DatetimeMode::Time,
                Some("datetime") => DatetimeMode::Datetime,
                _ => return,
            }
        }
        known => known.clone(),
    };
    let expected = match mode {
        DatetimeMode::Date => "a date `yyyy-MM-dd` between 1900-01-01 and 2100-12-31",
        DatetimeMode::Time => "a time `HH:mm` between 00:00 and 23:59",
        DatetimeMode::Datetime => {
            "a datetime `yyyy-MM-ddTHH:mm` between 1900-01-01T00:00 and 2100-12-31T23:59"
        }
        DatetimeMode::Unknown(_) => return,
    };
    path.rule("V16", |path| {
        let mut parsed = |name: &str, v: &Option<Str>| {
            v.as_deref().and_then(|v| {
                let r = parse_picker_value(&mode, v);
                if r.is_none() {
                    path.field(name, |p| validate::invalid(expected, p, out));
                }
                r
            })
        };
        let _ = parsed("initial", &a.initial);
        let min = parsed("min", &a.min);
        let max = parsed("max", &a.max);
        if let (Some(min), Some(max)) = (min, max)
            && min >= max
        {
            path.field("max", |p| validate::invalid("later than `min`", p, out));
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(json: &str, ctx: ActionContext) -> Vec<String> {
        let action: Action = serde_json::from_str(json).unwrap();
        let mut out = Vec::new();
        action.validate_in(ctx, &mut Path::at("action"), &mut out);
        out.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn a_new_kind_is_kept_and_passes() {
        let json = r#"{"type":"hologram","label":"Beam","depth":3}"#;
        let action: Action = serde_json::from_str(json).unwrap();
        assert!(matches!(action, Action::Unknown(_)));
        assert_eq!(action.kind(), "hologram");
        assert!(check(json, ActionContext::Template).is_empty());
    }

    #[test]
    fn a_malformed_known_kind_is_reported_not_passed_as_unknown() {
        let errs = check(
            r#"{"type":"postback","label":"Buy"}"#,
            ActionContext::Template,
        );
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert!(
            errs[0].starts_with("action: must be a well-formed postback action"),
            "{errs:?}"
        );
        assert!(errs[0].contains("missing field `data`"), "{errs:?}");
        let errs = check(r#"{"label":"Buy"}"#, ActionContext::Template);
        assert_eq!(errs, ["action: must be an action object with a `type`"]);
    }

    #[test]
    fn placement_rules_hold_for_actions_read_from_json() {
        let camera = r#"{"type":"camera","label":"Camera"}"#;
        assert!(check(camera, ActionContext::QuickReply).is_empty());
        assert_eq!(
            check(camera, ActionContext::Template),
            [
                "action: not allowed: a camera action works only on quick reply buttons (LINE rule C17)"
            ]
        );
        let switch = r#"{"type":"richmenuswitch","richMenuAliasId":"menu-b","data":"d"}"#;
        assert!(check(switch, ActionContext::RichMenu).is_empty());
        assert_eq!(
            check(switch, ActionContext::QuickReply).len(),
            2,
            "label and placement"
        );
        let unlabeled = r#"{"type":"message","text":"hi"}"#;
        assert!(check(unlabeled, ActionContext::ImageCarousel).is_empty());
        assert_eq!(
            check(unlabeled, ActionContext::Template),
            ["action.label: required, but missing (LINE rule C22)"]
        );
    }

    #[test]
    fn datetime_picker_values_follow_their_mode() {
        let ok = r#"{"type":"datetimepicker","label":"When","data":"d","mode":"datetime",
            "initial":"2025-12-24T19:30","min":"1900-01-01T00:00","max":"2100-12-31T23:59"}"#;
        assert!(check(ok, ActionContext::Template).is_empty());
        let bad = r#"{"type":"datetimepicker","label":"When","data":"d","mode":"date",
            "initial":"2025-02-29","min":"2026-01-01","max":"2025-01-01"}"#;
        let errs = check(bad, ActionContext::Template);
        assert_eq!(
            errs,
            [
                "action.initial: must be a date `yyyy-MM-dd` between 1900-01-01 and 2100-12-31 (LINE rule V16)",
                "action.max: must be later than `min` (LINE rule V16)",
            ]
        );
        // LINE states no rule on where `initial` lies: not refused.
        let before_min = r#"{"type":"datetimepicker","label":"When","data":"d","mode":"time",
            "initial":"09:00","min":"10:00"}"#;
        assert!(check(before_min, ActionContext::Template).is_empty());
    }

    #[test]
    fn an_unknown_mode_is_reported_and_a_miscased_one_still_checks_its_values() {
        let errs = check(
            r#"{"type":"datetimepicker","label":"When","data":"d","mode":"DATE","initial":"garbage"}"#,
            ActionContext::Template,
        );
        assert_eq!(errs.len(), 2, "{errs:?}");
        assert!(
            errs[0].starts_with(
                "action.mode: must be one of `date`, `time`, `datetime` (did you mean `date`?"
            ),
            "{errs:?}"
        );
        assert!(
            errs[1].starts_with("action.initial: must be a date"),
            "{errs:?}"
        );
        let errs = check(
            r#"{"type":"datetimepicker","label":"When","data":"d","mode":"week"}"#,
            ActionContext::Template,
        );
        assert_eq!(
            errs,
            ["action.mode: must be one of `date`, `time`, `datetime`, not `week`"]
        );
    }

    #[test]
    fn an_unknown_input_option_is_reported_and_kept() {
        let json = r#"{"type":"postback","label":"Go","data":"d","inputOption":"bogus"}"#;
        let errs = check(json, ActionContext::Template);
        assert_eq!(
            errs,
            [
                "action.inputOption: must be one of `closeRichMenu`, `openRichMenu`, `openKeyboard`, `openVoice`, not `bogus`"
            ]
        );
        let action: Action = serde_json::from_str(json).unwrap();
        assert_eq!(
            serde_json::to_value(&action).unwrap(),
            serde_json::from_str::<serde_json::Value>(json).unwrap()
        );
    }

    #[test]
    fn empty_required_strings_are_refused() {
        let errs = check(
            r#"{"type":"message","label":"","text":"hi"}"#,
            ActionContext::Template,
        );
        assert_eq!(errs, ["action.label: must not be empty (LINE rule V04)"]);
        let errs = check(
            r#"{"type":"postback","label":"Yes","data":"d","displayText":""}"#,
            ActionContext::QuickReply,
        );
        assert_eq!(
            errs,
            ["action.displayText: must not be empty (LINE rule V06)"]
        );
        // Where the label is optional, an empty one is not refused.
        assert!(
            check(
                r#"{"type":"message","label":"","text":"hi"}"#,
                ActionContext::RichMenu
            )
            .is_empty()
        );
    }

    #[test]
    fn labels_follow_the_limit_of_their_context() {
        let label = "a".repeat(22);
        let json = format!(r#"{{"type":"uri","label":"{label}","uri":"https://example.com"}}"#);
        assert!(check(&json, ActionContext::Flex).is_empty());
        for ctx in [
            ActionContext::Template,
            ActionContext::QuickReply,
            ActionContext::RichMenu,
        ] {
            assert_eq!(
                check(&json, ctx),
                ["action.label: must be at most 20 characters, found 22 (LINE rule V04)"]
            );
        }
        let json = format!(
            r#"{{"type":"uri","label":"{}","uri":"https://example.com"}}"#,
            "a".repeat(41)
        );
        assert_eq!(
            check(&json, ActionContext::Flex),
            ["action.label: must be at most 40 characters, found 41 (LINE rule V04)"]
        );
        let json = r#"{"type":"uri","label":"abcdefghijklm","uri":"https://example.com"}"#;
        assert_eq!(
            check(json, ActionContext::ImageCarousel),
            ["action.label: must be at most 12 characters, found 13 (LINE rule V04)"]
        );
    }

    #[test]
    fn what_the_reference_does_not_refuse_passes() {
        // A quick reply postback without displayText, with the deprecated `text`, and a URI
        // action with altUri off Flex Messages: warnings of the lint pass, never refusals.
        for json in [
            r#"{"type":"postback","label":"Buy","data":"buy"}"#,
            r#"{"type":"postback","label":"Buy","data":"buy","text":"Buy"}"#,
            r#"{"type":"uri","label":"Web","uri":"https://example.com","altUri":{"desktop":"https://example.com/pc"}}"#,
        ] {
            assert!(check(json, ActionContext::QuickReply).is_empty(), "{json}");
        }
    }

    #[test]
    fn known_kinds_built_by_hand_as_unknown_are_checked_as_their_kind() {
        let camera = Action::Unknown(serde_json::json!({"type": "camera", "label": "Camera"}));
        let mut out = Vec::new();
        camera.validate_in(ActionContext::Template, &mut Path::at("action"), &mut out);
        assert_eq!(
            out.iter().map(ToString::to_string).collect::<Vec<_>>(),
            [
                "action: not allowed: a camera action works only on quick reply buttons (LINE rule C17)"
            ]
        );
        let unlabeled = Action::Unknown(serde_json::json!({"type": "message", "text": "yes"}));
        let mut out = Vec::new();
        unlabeled.validate_in(ActionContext::Template, &mut Path::at("action"), &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].path(), "action.label");
        assert_eq!(out[0].rule(), Some("C22"));
    }

    #[test]
    fn rich_menus_and_flex_messages_may_open_other_apps() {
        let json = r#"{"type":"uri","label":"Open","uri":"someapp://open?id=1"}"#;
        assert!(check(json, ActionContext::Flex).is_empty());
        assert!(check(json, ActionContext::RichMenu).is_empty());
        assert_eq!(
            check(json, ActionContext::Template),
            [
                "action.uri: must be an absolute URL with scheme http, https, line or tel (LINE rule V07)"
            ]
        );
    }

    #[test]
    fn a_type_differing_only_by_case_is_a_typo_not_a_new_kind() {
        let errs = check(
            r#"{"type":"Postback","label":"Buy","data":"d"}"#,
            ActionContext::Template,
        );
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert!(
            errs[0].starts_with("action.type: must be `postback`"),
            "{errs:?}"
        );
    }

    #[test]
    fn an_action_on_its_own_is_checked_for_its_values_not_its_placement() {
        let camera: Action = serde_json::from_str(r#"{"type":"camera","label":"Camera"}"#).unwrap();
        assert!(camera.validate().is_ok());
        let bad: Action =
            serde_json::from_str(r#"{"type":"uri","label":"Web","uri":"not a url"}"#).unwrap();
        assert_eq!(bad.validate().unwrap_err().paths(), ["uri"]);
    }
}
