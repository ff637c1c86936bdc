//! Template messages: buttons, confirm, carousel and image carousel.
//!
//! The wire model ([`TemplateMessage`], [`Template`] and one struct per kind) is plain serde
//! data. The builders beside it count in their types, so the shapes LINE rejects do not compile:
//! a buttons template with five actions (C03), a confirm template without exactly two (C04),
//! a carousel with eleven columns (C05), carousel columns with different numbers of actions
//! (C06) or where only some have a thumbnail image or a title (C07), an image carousel with
//! eleven columns (C08). Buttons and columns take actions allowed on templates
//! ([`TemplateAction`]): labeled, and no camera, camera roll, location or rich menu switch.
//!
//! Lists known only at run time use `ButtonsTemplate::try_new`, `ConfirmTemplate::try_new`,
//! `CarouselTemplate::try_from(vec)` and `ImageCarouselTemplate::try_from(vec)`: the same
//! limits, checked when the list is converted, and the same types. Actions of different kinds
//! share a list as [`AnyTemplateAction`](crate::action::AnyTemplateAction)s; a helper making a
//! column returns a [`CarouselColumnBuilder<2, WithThumbnail>`](CarouselColumnBuilder) (plain
//! numbers, no type-state imports).
//!
//! ```
//! use linebot::{action, label};
//! use linebot::message::template::{ButtonsTemplate, ConfirmTemplate, TemplateMessage};
//! use linebot::validate::Validate;
//!
//! // Actions of different kinds: push them one by one.
//! let buttons = ButtonsTemplate::builder("Pick a size")
//!     .title("Coffee")
//!     .thumbnail_image_url(linebot::https_url!("https://example.com/coffee.jpg"))
//!     .action(action::postback("size=s").label(label!("Small")))
//!     .action(action::uri("https://example.com/menu").label(label!("Menu")))
//!     .build();
//! // Actions of one kind: an array.
//! let confirm = ConfirmTemplate::new(
//!     "Are you sure?",
//!     [action::message("yes").label(label!("Yes")), action::message("no").label(label!("No"))],
//! );
//! let message = TemplateMessage::new(linebot::alt_text!("Pick a size"), buttons);
//! assert!(message.validate().is_ok());
//! # let _ = confirm;
//! ```
//!
//! ```compile_fail
//! use linebot::{action, label};
//! use linebot::message::template::ButtonsTemplate;
//! // A camera action on a template button: LINE rule C17.
//! let b = ButtonsTemplate::builder("Hi").action(action::camera().label(label!("Camera")));
//! ```

use crate::Str;
use std::marker::PhantomData;

use serde::{Deserialize, Serialize};

use super::{QuickReply, Sender};
use crate::action::{Action, ActionContext, ImageCarouselAction, TemplateAction};
use crate::count::{Count, CountError, CountRule, Inc};
use crate::limits::*;
use crate::validate::{self, Path, Schemes, Validate, Violations};

// ---------------------------------------------------------------------------------------------
// Wire model
// ---------------------------------------------------------------------------------------------

/// `template` message: <https://developers.line.biz/en/reference/messaging-api/#template-messages>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TemplateMessage {
    /// Alternative text, shown in notifications and chat lists (1 to 1500 characters).
    pub alt_text: Str,
    /// The template.
    pub template: Template,
    /// Quick reply buttons shown with the message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quick_reply: Option<QuickReply>,
    /// Icon and display name shown instead of the account's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender: Option<Sender>,
}

/// The `template` of a [`TemplateMessage`]. Kinds LINE adds later deserialize into
/// [`Template::Unknown`].
// A message holds one template; boxing the buttons variant would only make matching on the
// wire model clumsier.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum Template {
    /// `buttons`
    #[serde(rename = "buttons")]
    Buttons(ButtonsTemplate),
    /// `confirm`
    #[serde(rename = "confirm")]
    Confirm(ConfirmTemplate),
    /// `carousel`
    #[serde(rename = "carousel")]
    Carousel(CarouselTemplate),
    /// `image_carousel`
    #[serde(rename = "image_carousel")]
    ImageCarousel(ImageCarouselTemplate),
    /// A template type this version of `linebot` does not know, kept as JSON.
    #[serde(untagged)]
    Unknown(serde_json::Value),
}

// The JSON `#[derive(Serialize)]` writes with the attributes above, each tag a constant;
// and the kinds `validate()` reads again from `Unknown` JSON.
crate::tagged::tagged_enum!(Template, "type", {
    Buttons = "buttons",
    Confirm = "confirm",
    Carousel = "carousel",
    ImageCarousel = "image_carousel",
}, Unknown);

/// `buttons` template: an optional image, title and text, and 1 to 4 buttons.
/// <https://developers.line.biz/en/reference/messaging-api/#buttons>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ButtonsTemplate {
    /// Image URL (HTTPS, JPEG or PNG).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thumbnail_image_url: Option<Str>,
    /// Aspect ratio of the image (LINE's default: rectangle).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_aspect_ratio: Option<ImageAspectRatio>,
    /// How the image fills its area (LINE's default: cover).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_size: Option<ImageSize>,
    /// Background color of the image, `#RRGGBB` (LINE's default: `#FFFFFF`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_background_color: Option<Str>,
    /// Title (up to 40 characters).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<Str>,
    /// Message text (up to 160 characters; 60 with an image or a title).
    pub text: Str,
    /// Action performed when the image, title or text is tapped.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_action: Option<Action>,
    /// The buttons (1 to 4).
    pub actions: Vec<Action>,
}

/// `imageAspectRatio` of a buttons or carousel template.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub enum ImageAspectRatio {
    /// `rectangle`: 1.51:1
    #[serde(rename = "rectangle")]
    Rectangle,
    /// `square`: 1:1
    #[serde(rename = "square")]
    Square,
    /// A value this version does not know, kept as sent.
    #[serde(untagged)]
    Unknown(String),
}

/// `imageSize` of a buttons or carousel template.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub enum ImageSize {
    /// `cover`: the image fills the area; what does not fit is cut off.
    #[serde(rename = "cover")]
    Cover,
    /// `contain`: the whole image is shown, on the background color.
    #[serde(rename = "contain")]
    Contain,
    /// A value this version does not know, kept as sent.
    #[serde(untagged)]
    Unknown(String),
}

/// `confirm` template: a text and exactly two buttons.
/// <https://developers.line.biz/en/reference/messaging-api/#confirm>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConfirmTemplate {
    /// Message text (up to 240 characters).
    pub text: Str,
    /// The two buttons.
    pub actions: Vec<Action>,
}

/// `carousel` template: 1 to 10 columns shown side by side.
/// <https://developers.line.biz/en/reference/messaging-api/#carousel>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CarouselTemplate {
    /// The columns (1 to 10), all with the same number of actions.
    pub columns: Vec<CarouselColumn>,
    /// Aspect ratio of the column images (LINE's default: rectangle).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_aspect_ratio: Option<ImageAspectRatio>,
    /// How the column images fill their area (LINE's default: cover).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_size: Option<ImageSize>,
}

/// A column of a carousel template.
/// <https://developers.line.biz/en/reference/messaging-api/#column-object-for-carousel>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CarouselColumn {
    /// Image URL (HTTPS, JPEG or PNG); if one column has one, all must.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thumbnail_image_url: Option<Str>,
    /// Background color of the image, `#RRGGBB` (LINE's default: `#FFFFFF`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_background_color: Option<Str>,
    /// Title (up to 40 characters); if one column has one, all must.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<Str>,
    /// Message text (up to 120 characters; 60 with an image or a title).
    pub text: Str,
    /// Action performed when the image, title or text is tapped.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_action: Option<Action>,
    /// The buttons (1 to 3; the same number in every column).
    pub actions: Vec<Action>,
}

/// `image_carousel` template: 1 to 10 tappable images.
/// <https://developers.line.biz/en/reference/messaging-api/#image-carousel>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImageCarouselTemplate {
    /// The columns (1 to 10).
    pub columns: Vec<ImageCarouselColumn>,
}

/// A column of an image carousel template.
/// <https://developers.line.biz/en/reference/messaging-api/#column-object-for-image-carousel>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ImageCarouselColumn {
    /// Image URL (HTTPS, JPEG or PNG).
    pub image_url: Str,
    /// Action performed when the image is tapped (label optional, up to 12 characters).
    pub action: Action,
}

macro_rules! into_template {
    ($($t:ident => $v:ident),* $(,)?) => { $(
        impl From<$t> for Template { fn from(t: $t) -> Self { Template::$v(t) } }
    )* };
}
into_template!(
    ButtonsTemplate => Buttons, ConfirmTemplate => Confirm, CarouselTemplate => Carousel,
    ImageCarouselTemplate => ImageCarousel,
);

impl TemplateMessage {
    /// A template message showing `alt_text` where the template cannot be shown.
    pub fn new(alt_text: impl Into<Str>, template: impl Into<Template>) -> Self {
        TemplateMessage {
            alt_text: alt_text.into(),
            template: template.into(),
            quick_reply: None,
            sender: None,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Compile-time rules
// ---------------------------------------------------------------------------------------------

/// Guard for buttons template actions: 1 to 4 (LINE rule C03).
#[diagnostic::on_unimplemented(
    message = "a buttons template takes 1 to 4 actions, but {N} were given",
    label = "1 to 4 actions",
    note = "LINE rule C03: a buttons template has 1 to 4 action buttons"
)]
pub trait ButtonsActionCount<const N: usize> {}
crate::__impl_counts!(ButtonsActionCount<_>: 1..=BUTTONS_ACTIONS_MAX => 1 2 3 4);

/// Guard for [`ButtonsBuilder::action`]: room for one more (LINE rule C03).
#[diagnostic::on_unimplemented(
    message = "a buttons template takes at most 4 actions",
    label = "this would be action #5",
    note = "LINE rule C03: a buttons template has 1 to 4 action buttons"
)]
pub trait RoomForButtonsAction {}
crate::__impl_counts!(RoomForButtonsAction: 0..=BUTTONS_ACTIONS_MAX - 1 => 0 1 2 3);

/// Guard for confirm template actions: exactly 2 (LINE rule C04).
#[diagnostic::on_unimplemented(
    message = "a confirm template takes exactly 2 actions, but {N} were given",
    label = "exactly 2 actions",
    note = "LINE rule C04: a confirm template has exactly 2 action buttons"
)]
pub trait ConfirmActionCount<const N: usize> {}
crate::__impl_counts!(ConfirmActionCount<_>: 2..=CONFIRM_ACTIONS => 2);
// With a single impl rustc would infer `N = 2` from it and report a bare array length
// mismatch instead of our message; a second, unreachable impl (no array of actions can have
// `usize::MAX` elements) keeps `N` taken from the argument.
#[diagnostic::do_not_recommend]
impl ConfirmActionCount<{ usize::MAX }> for Count<{ usize::MAX }> {}

/// Guard for [`ConfirmBuilder::action`]: room for one more (LINE rule C04).
#[diagnostic::on_unimplemented(
    message = "a confirm template takes exactly 2 actions",
    label = "this would be action #3",
    note = "LINE rule C04: a confirm template has exactly 2 action buttons"
)]
pub trait RoomForConfirmAction {}
crate::__impl_counts!(RoomForConfirmAction: 0..=CONFIRM_ACTIONS - 1 => 0 1);

/// Guard for carousel columns: 1 to 10 (LINE rule C05).
#[diagnostic::on_unimplemented(
    message = "a carousel template takes 1 to 10 columns, but {N} were given",
    label = "1 to 10 columns",
    note = "LINE rule C05: a carousel template has 1 to 10 columns"
)]
pub trait CarouselColumnCount<const N: usize> {}
crate::__impl_counts!(CarouselColumnCount<_>: 1..=CAROUSEL_COLUMNS_MAX => 1 2 3 4 5 6 7 8 9 10);

/// Guard for [`CarouselBuilder::column`]: room for one more (LINE rule C05).
#[diagnostic::on_unimplemented(
    message = "a carousel template takes at most 10 columns",
    label = "this would be column #11",
    note = "LINE rule C05: a carousel template has 1 to 10 columns"
)]
pub trait RoomForCarouselColumn {}
crate::__impl_counts!(RoomForCarouselColumn: 1..=CAROUSEL_COLUMNS_MAX - 1 => 1 2 3 4 5 6 7 8 9);

/// Guard for the actions of a carousel column: 1 to 3 (LINE rule C06).
#[diagnostic::on_unimplemented(
    message = "a carousel column takes 1 to 3 actions, but {N} were given",
    label = "1 to 3 actions",
    note = "LINE rule C06: each carousel column has 1 to 3 actions, the same number in every column"
)]
pub trait ColumnActionCount<const N: usize> {}
crate::__impl_counts!(ColumnActionCount<_>: 1..=CAROUSEL_COLUMN_ACTIONS_MAX => 1 2 3);

/// Guard for [`CarouselColumnBuilder::action`]: room for one more (LINE rule C06).
#[diagnostic::on_unimplemented(
    message = "a carousel column takes at most 3 actions",
    label = "this would be action #4",
    note = "LINE rule C06: each carousel column has 1 to 3 actions, the same number in every column"
)]
pub trait RoomForColumnAction {}
crate::__impl_counts!(RoomForColumnAction: 0..=CAROUSEL_COLUMN_ACTIONS_MAX - 1 => 0 1 2);

/// Guard for [`CarouselBuilder::column`]: the column has as many actions as the first (LINE
/// rule C06).
// Implemented for the column type rather than for its count: a bound whose self type is the
// method's own type parameter is solved after the argument's type is known, so the error is
// this message and not a type mismatch.
#[diagnostic::on_unimplemented(
    message = "every carousel column needs the same number of actions: the first has {FIRST}, this one is `{Self}`",
    label = "action count differs from the first column",
    note = "LINE rule C06: each carousel column has 1 to 3 actions, the same number in every column"
)]
pub trait SameActionCount<const FIRST: usize> {}
#[diagnostic::do_not_recommend]
impl<const N: usize, I, T> SameActionCount<N> for CarouselColumnBuilder<N, I, T> {}

/// Guard for [`CarouselBuilder::column`]: a thumbnail image in all columns or in none (LINE
/// rule C07).
#[diagnostic::on_unimplemented(
    message = "carousel columns have a thumbnail image in all columns or in none: the first is `{I}`, this one is `{Self}`",
    label = "thumbnail differs from the first column",
    note = "LINE rule C07: if one carousel column has a thumbnail image, every column must"
)]
pub trait SameThumbnail<I> {}
#[diagnostic::do_not_recommend]
impl<const A: usize, I, T> SameThumbnail<I> for CarouselColumnBuilder<A, I, T> {}

/// Guard for [`CarouselBuilder::column`]: a title in all columns or in none (LINE rule C07).
#[diagnostic::on_unimplemented(
    message = "carousel columns have a title in all columns or in none: the first is `{T}`, this one is `{Self}`",
    label = "title differs from the first column",
    note = "LINE rule C07: if one carousel column has a title, every column must"
)]
pub trait SameTitle<T> {}
#[diagnostic::do_not_recommend]
impl<const A: usize, I, T> SameTitle<T> for CarouselColumnBuilder<A, I, T> {}

/// Guard for image carousel columns: 1 to 10 (LINE rule C08).
#[diagnostic::on_unimplemented(
    message = "an image carousel template takes 1 to 10 columns, but {N} were given",
    label = "1 to 10 columns",
    note = "LINE rule C08: an image carousel template has 1 to 10 columns"
)]
pub trait ImageCarouselColumnCount<const N: usize> {}
crate::__impl_counts!(ImageCarouselColumnCount<_>: 1..=IMAGE_CAROUSEL_COLUMNS_MAX
    => 1 2 3 4 5 6 7 8 9 10);

/// Guard for [`ImageCarouselBuilder::column`]: room for one more (LINE rule C08).
#[diagnostic::on_unimplemented(
    message = "an image carousel template takes at most 10 columns",
    label = "this would be column #11",
    note = "LINE rule C08: an image carousel template has 1 to 10 columns"
)]
pub trait RoomForImageCarouselColumn {}
crate::__impl_counts!(RoomForImageCarouselColumn: 0..=IMAGE_CAROUSEL_COLUMNS_MAX - 1
    => 0 1 2 3 4 5 6 7 8 9);

const BUTTONS_RULE: CountRule = CountRule {
    rule: "C03",
    subject: "a buttons template",
    items: "actions",
    min: 1,
    max: BUTTONS_ACTIONS_MAX,
};
const CONFIRM_RULE: CountRule = CountRule {
    rule: "C04",
    subject: "a confirm template",
    items: "actions",
    min: CONFIRM_ACTIONS,
    max: CONFIRM_ACTIONS,
};
const CAROUSEL_RULE: CountRule = CountRule {
    rule: "C05",
    subject: "a carousel template",
    items: "columns",
    min: 1,
    max: CAROUSEL_COLUMNS_MAX,
};
const IMAGE_CAROUSEL_RULE: CountRule = CountRule {
    rule: "C08",
    subject: "an image carousel template",
    items: "columns",
    min: 1,
    max: IMAGE_CAROUSEL_COLUMNS_MAX,
};

/// Type-state markers for the shape of a carousel column (LINE rule C07), also re-exported
/// at the root of this module so a helper can name `CarouselColumnBuilder<2, WithThumbnail>`.
pub mod shape {
    /// The column has no thumbnail image.
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
    pub struct NoThumbnail;
    /// The column has a thumbnail image.
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
    pub struct WithThumbnail;
    /// The column has no title.
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
    pub struct NoTitle;
    /// The column has a title.
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
    pub struct WithTitle;
}
pub use shape::*;

/// Setters wrapping their argument in `Some`, on a wire template or on its builder (through
/// `self.wire`): each option list below is written once for both.
macro_rules! option_setters {
    (impl[$($g:tt)*] $ty:ty => self { $( $(#[$d:meta])* $name:ident: $t:ty ),* $(,)? }) => {
        impl<$($g)*> $ty { $(
            $(#[$d])*
            pub fn $name(mut self, value: impl Into<$t>) -> Self {
                self.$name = Some(value.into());
                self
            }
        )* }
    };
    (impl[$($g:tt)*] $ty:ty => wire { $( $(#[$d:meta])* $name:ident: $t:ty ),* $(,)? }) => {
        impl<$($g)*> $ty { $(
            $(#[$d])*
            pub fn $name(mut self, value: impl Into<$t>) -> Self {
                self.wire.$name = Some(value.into());
                self
            }
        )* }
    };
}

macro_rules! buttons_options {
    ($($head:tt)*) => {
        option_setters!($($head)* {
            /// Shows the image at `url` (HTTPS) above the title; the text then holds 60
            /// characters.
            thumbnail_image_url: Str,
            /// Aspect ratio of the image.
            image_aspect_ratio: ImageAspectRatio,
            /// How the image fills its area.
            image_size: ImageSize,
            /// Background color of the image, `#RRGGBB`.
            image_background_color: Str,
            /// Title (up to 40 characters); the text then holds 60 characters.
            title: Str,
        });
    };
}
buttons_options!(impl[] ButtonsTemplate => self);
buttons_options!(impl[C] ButtonsBuilder<C> => wire);

macro_rules! carousel_options {
    ($($head:tt)*) => {
        option_setters!($($head)* {
            /// Aspect ratio of the column images.
            image_aspect_ratio: ImageAspectRatio,
            /// How the column images fill their area.
            image_size: ImageSize,
        });
    };
}
carousel_options!(impl[] CarouselTemplate => self);
carousel_options!(impl[const A: usize, I, T, N] CarouselBuilder<A, I, T, N> => wire);

// ---------------------------------------------------------------------------------------------
// Buttons
// ---------------------------------------------------------------------------------------------

impl ButtonsTemplate {
    /// A buttons template with `text` and 1 to 4 `actions` of one type (LINE rule C03). For
    /// actions of different kinds use [`ButtonsTemplate::builder`], or an array of
    /// [`AnyTemplateAction`](crate::action::AnyTemplateAction)s.
    pub fn new<A: TemplateAction, const N: usize>(text: impl Into<Str>, actions: [A; N]) -> Self
    where
        Count<N>: ButtonsActionCount<N>,
    {
        ButtonsTemplate {
            actions: actions.into_iter().map(A::into_action).collect(),
            ..Self::empty(text.into())
        }
    }

    /// A buttons template with `text` and the `actions` of a list known only at run time:
    /// each action was checked for templates by its type, the count (1 to 4, LINE rule C03)
    /// is checked here. [`AnyTemplateAction`](crate::action::AnyTemplateAction) mixes kinds.
    ///
    /// # Errors
    /// [`CountError`] naming rule C03 when there are no actions or more than 4.
    pub fn try_new<A: TemplateAction>(
        text: impl Into<Str>,
        actions: impl IntoIterator<Item = A>,
    ) -> Result<Self, CountError> {
        let actions: Vec<Action> = actions.into_iter().map(A::into_action).collect();
        BUTTONS_RULE.check(actions.len())?;
        Ok(ButtonsTemplate {
            actions,
            ..Self::empty(text.into())
        })
    }

    /// Starts a buttons template with `text`; push 1 to 4 actions with
    /// [`ButtonsBuilder::action`].
    pub fn builder(text: impl Into<Str>) -> ButtonsBuilder<Count<0>> {
        ButtonsBuilder {
            wire: Self::empty(text.into()),
            _count: PhantomData,
        }
    }

    fn empty(text: Str) -> Self {
        ButtonsTemplate {
            thumbnail_image_url: None,
            image_aspect_ratio: None,
            image_size: None,
            image_background_color: None,
            title: None,
            text,
            default_action: None,
            actions: Vec::new(),
        }
    }

    /// Action performed when the image, title or text is tapped.
    pub fn default_action(mut self, action: impl TemplateAction) -> Self {
        self.default_action = Some(action.into_action());
        self
    }
}

/// A [`ButtonsTemplate`] under construction, counting its actions in the type.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ButtonsBuilder<C> {
    wire: ButtonsTemplate,
    _count: PhantomData<C>,
}

impl<C> ButtonsBuilder<C> {
    /// Adds a button. The fifth does not compile (LINE rule C03).
    pub fn action(mut self, action: impl TemplateAction) -> ButtonsBuilder<C::Next>
    where
        C: Inc + RoomForButtonsAction,
    {
        self.wire.actions.push(action.into_action());
        ButtonsBuilder {
            wire: self.wire,
            _count: PhantomData,
        }
    }

    /// Action performed when the image, title or text is tapped.
    pub fn default_action(mut self, action: impl TemplateAction) -> Self {
        self.wire.default_action = Some(action.into_action());
        self
    }
}

impl<const N: usize> ButtonsBuilder<Count<N>> {
    /// The template; needs 1 to 4 actions (LINE rule C03).
    pub fn build(self) -> ButtonsTemplate
    where
        Count<N>: ButtonsActionCount<N>,
    {
        self.wire
    }
}

// ---------------------------------------------------------------------------------------------
// Confirm
// ---------------------------------------------------------------------------------------------

impl ConfirmTemplate {
    /// A confirm template with `text` and exactly 2 `actions` of one type (LINE rule C04). For
    /// actions of different kinds use [`ConfirmTemplate::builder`], or an array of
    /// [`AnyTemplateAction`](crate::action::AnyTemplateAction)s.
    pub fn new<A: TemplateAction, const N: usize>(text: impl Into<Str>, actions: [A; N]) -> Self
    where
        Count<N>: ConfirmActionCount<N>,
    {
        ConfirmTemplate {
            text: text.into(),
            actions: actions.into_iter().map(A::into_action).collect(),
        }
    }

    /// A confirm template with `text` and the `actions` of a list known only at run time
    /// (exactly 2, LINE rule C04).
    ///
    /// # Errors
    /// [`CountError`] naming rule C04 unless there are exactly 2 actions.
    pub fn try_new<A: TemplateAction>(
        text: impl Into<Str>,
        actions: impl IntoIterator<Item = A>,
    ) -> Result<Self, CountError> {
        let actions: Vec<Action> = actions.into_iter().map(A::into_action).collect();
        CONFIRM_RULE.check(actions.len())?;
        Ok(ConfirmTemplate {
            text: text.into(),
            actions,
        })
    }

    /// Starts a confirm template with `text`; push exactly 2 actions with
    /// [`ConfirmBuilder::action`].
    pub fn builder(text: impl Into<Str>) -> ConfirmBuilder<Count<0>> {
        ConfirmBuilder {
            wire: ConfirmTemplate {
                text: text.into(),
                actions: Vec::with_capacity(CONFIRM_ACTIONS),
            },
            _count: PhantomData,
        }
    }
}

/// A [`ConfirmTemplate`] under construction, counting its actions in the type.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ConfirmBuilder<C> {
    wire: ConfirmTemplate,
    _count: PhantomData<C>,
}

impl<C> ConfirmBuilder<C> {
    /// Adds a button. The third does not compile (LINE rule C04).
    pub fn action(mut self, action: impl TemplateAction) -> ConfirmBuilder<C::Next>
    where
        C: Inc + RoomForConfirmAction,
    {
        self.wire.actions.push(action.into_action());
        ConfirmBuilder {
            wire: self.wire,
            _count: PhantomData,
        }
    }
}

impl<const N: usize> ConfirmBuilder<Count<N>> {
    /// The template; needs exactly 2 actions (LINE rule C04).
    pub fn build(self) -> ConfirmTemplate
    where
        Count<N>: ConfirmActionCount<N>,
    {
        self.wire
    }
}

// ---------------------------------------------------------------------------------------------
// Carousel
// ---------------------------------------------------------------------------------------------

impl CarouselColumn {
    /// A column with `text` and 1 to 3 `actions` of one type (LINE rule C06). Add a thumbnail
    /// or a title with [`CarouselColumnBuilder::thumbnail_image_url`] and
    /// [`CarouselColumnBuilder::title`].
    // Returns the typed column: its action count and shape must stay in the type until the
    // carousel compares them with the other columns.
    #[allow(clippy::new_ret_no_self)]
    pub fn new<A: TemplateAction, const N: usize>(
        text: impl Into<Str>,
        actions: [A; N],
    ) -> CarouselColumnBuilder<N>
    where
        Count<N>: ColumnActionCount<N>,
    {
        let mut column = Self::builder(text);
        column.wire.actions = actions.into_iter().map(A::into_action).collect();
        CarouselColumnBuilder {
            wire: column.wire,
            _state: PhantomData,
        }
    }

    /// Starts a column with `text`; push 1 to 3 actions with
    /// [`CarouselColumnBuilder::action`].
    pub fn builder(text: impl Into<Str>) -> CarouselColumnBuilder {
        CarouselColumnBuilder {
            wire: CarouselColumn {
                thumbnail_image_url: None,
                image_background_color: None,
                title: None,
                text: text.into(),
                default_action: None,
                actions: Vec::new(),
            },
            _state: PhantomData,
        }
    }
}

/// A [`CarouselColumn`] under construction. Its type carries the number of actions `A` (a
/// plain number) and its shape (thumbnail `I`, title `T`), which a carousel requires to be
/// the same in every column (LINE rules C06 and C07).
///
/// A helper making a column names it with plain numbers: a column with 2 actions and a
/// thumbnail is a `CarouselColumnBuilder<2, WithThumbnail>`.
///
/// ```
/// use linebot::message::template::{CarouselColumn, CarouselColumnBuilder, CarouselTemplate, WithThumbnail};
/// use linebot::{action, label};
///
/// struct Product { id: u64, name: String, image: String }
///
/// fn product_column(p: &Product) -> CarouselColumnBuilder<2, WithThumbnail> {
///     CarouselColumn::builder(&p.name)
///         .thumbnail_image_url(&p.image)
///         .action(action::postback(format!("buy={}", p.id)).label(label!("Buy")))
///         .action(action::uri(format!("https://example.com/p/{}", p.id)).label(label!("Details")))
/// }
///
/// let products = vec![
///     Product { id: 1, name: "Coffee".into(), image: "https://example.com/1.jpg".into() },
///     Product { id: 2, name: "Tea".into(), image: "https://example.com/2.jpg".into() },
/// ];
/// let carousel = CarouselTemplate::try_from(products.iter().map(product_column).collect::<Vec<_>>())?;
/// assert_eq!(carousel.columns.len(), 2);
/// # Ok::<(), linebot::count::CountError>(())
/// ```
///
/// Columns of different shapes do not fit one array: rustc reports its own "mismatched types"
/// error first (`expected CarouselColumnBuilder<2>, found CarouselColumnBuilder<1>`). Give
/// every column the same number of actions and the same thumbnail and title presence, or use
/// [`CarouselTemplate::builder`], whose errors name the rule:
///
/// ```compile_fail
/// use linebot::message::template::{CarouselColumn, CarouselTemplate};
/// use linebot::{action, label};
/// let one = CarouselColumn::new("a", [action::message("1").label(label!("One"))]);
/// let two = CarouselColumn::new("b", [
///     action::message("1").label(label!("One")),
///     action::message("2").label(label!("Two")),
/// ]);
/// let c = CarouselTemplate::new([one, two]); // error[E0308]: mismatched types
/// ```
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct CarouselColumnBuilder<const A: usize = 0, I = NoThumbnail, T = NoTitle> {
    wire: CarouselColumn,
    _state: PhantomData<(I, T)>,
}

/// A carousel column, typed: only [`CarouselColumnBuilder`] implements it.
pub trait IntoCarouselColumn: sealed::Sealed {
    /// The wire column.
    fn into_column(self) -> CarouselColumn;
}

mod sealed {
    pub trait Sealed {}
}

impl<const A: usize, I, T> sealed::Sealed for CarouselColumnBuilder<A, I, T> {}
impl<const A: usize, I, T> IntoCarouselColumn for CarouselColumnBuilder<A, I, T> {
    fn into_column(self) -> CarouselColumn {
        self.wire
    }
}

impl<const A: usize, I, T> CarouselColumnBuilder<A, I, T> {
    /// Adds a button. The fourth does not compile (LINE rule C06).
    pub fn action<const M: usize>(
        mut self,
        action: impl TemplateAction,
    ) -> CarouselColumnBuilder<M, I, T>
    where
        Count<A>: Inc<Next = Count<M>> + RoomForColumnAction,
    {
        self.wire.actions.push(action.into_action());
        CarouselColumnBuilder {
            wire: self.wire,
            _state: PhantomData,
        }
    }

    /// Shows the image at `url` (HTTPS); every other column then needs one too (LINE rule
    /// C07), and the text holds 60 characters.
    pub fn thumbnail_image_url(
        self,
        url: impl Into<Str>,
    ) -> CarouselColumnBuilder<A, WithThumbnail, T> {
        let mut wire = self.wire;
        wire.thumbnail_image_url = Some(url.into());
        CarouselColumnBuilder {
            wire,
            _state: PhantomData,
        }
    }

    /// Title (up to 40 characters); every other column then needs one too (LINE rule C07),
    /// and the text holds 60 characters.
    pub fn title(self, title: impl Into<Str>) -> CarouselColumnBuilder<A, I, WithTitle> {
        let mut wire = self.wire;
        wire.title = Some(title.into());
        CarouselColumnBuilder {
            wire,
            _state: PhantomData,
        }
    }

    /// Background color of the image, `#RRGGBB`.
    pub fn image_background_color(mut self, color: impl Into<Str>) -> Self {
        self.wire.image_background_color = Some(color.into());
        self
    }

    /// Action performed when the image, title or text is tapped.
    pub fn default_action(mut self, action: impl TemplateAction) -> Self {
        self.wire.default_action = Some(action.into_action());
        self
    }

    /// The wire form, without the typing.
    pub fn into_wire(self) -> CarouselColumn {
        self.wire
    }
}

impl CarouselTemplate {
    /// A carousel of 1 to 10 `columns` (LINE rule C05). An array holds one type, so every
    /// column has the same number of actions (C06) and the same shape (C07).
    pub fn new<const A: usize, I, T, const N: usize>(
        columns: [CarouselColumnBuilder<A, I, T>; N],
    ) -> Self
    where
        Count<N>: CarouselColumnCount<N>,
        Count<A>: ColumnActionCount<A>,
    {
        CarouselTemplate {
            columns: columns
                .into_iter()
                .map(CarouselColumnBuilder::into_wire)
                .collect(),
            image_aspect_ratio: None,
            image_size: None,
        }
    }

    /// Starts a carousel with its `first` column, which fixes the number of actions and the
    /// shape every further [`CarouselBuilder::column`] must have.
    pub fn builder<const A: usize, I, T>(
        first: CarouselColumnBuilder<A, I, T>,
    ) -> CarouselBuilder<A, I, T, Count<1>>
    where
        Count<A>: ColumnActionCount<A>,
    {
        CarouselBuilder {
            wire: CarouselTemplate {
                columns: vec![first.wire],
                image_aspect_ratio: None,
                image_size: None,
            },
            _state: PhantomData,
        }
    }
}

impl<const A: usize, I, T> TryFrom<Vec<CarouselColumnBuilder<A, I, T>>> for CarouselTemplate
where
    Count<A>: ColumnActionCount<A>,
{
    type Error = CountError;

    /// A carousel of the columns of a list known only at run time. The columns share one
    /// type, so their action count (C06) and shape (C07) are the same by construction; the
    /// number of columns (1 to 10, LINE rule C05) is checked here.
    ///
    /// # Errors
    /// [`CountError`] naming rule C05 when there are no columns or more than 10.
    fn try_from(columns: Vec<CarouselColumnBuilder<A, I, T>>) -> Result<Self, CountError> {
        CAROUSEL_RULE.check(columns.len())?;
        Ok(CarouselTemplate {
            columns: columns
                .into_iter()
                .map(CarouselColumnBuilder::into_wire)
                .collect(),
            image_aspect_ratio: None,
            image_size: None,
        })
    }
}

/// A [`CarouselTemplate`] under construction: the first column's action count `A` and shape
/// (`I`, `T`), and the number of columns `N`, in the type.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct CarouselBuilder<const A: usize, I, T, N> {
    wire: CarouselTemplate,
    _state: PhantomData<(I, T, N)>,
}

impl<const A: usize, I, T, N> CarouselBuilder<A, I, T, N> {
    /// Adds a column with as many actions as the first (LINE rule C06) and the same thumbnail
    /// and title presence (C07). The eleventh does not compile (C05).
    pub fn column<Col>(mut self, column: Col) -> CarouselBuilder<A, I, T, N::Next>
    where
        N: Inc + RoomForCarouselColumn,
        Col: IntoCarouselColumn + SameActionCount<A> + SameThumbnail<I> + SameTitle<T>,
    {
        self.wire.columns.push(column.into_column());
        CarouselBuilder {
            wire: self.wire,
            _state: PhantomData,
        }
    }

    /// The template.
    pub fn build(self) -> CarouselTemplate {
        self.wire
    }
}

// ---------------------------------------------------------------------------------------------
// Image carousel
// ---------------------------------------------------------------------------------------------

impl ImageCarouselColumn {
    /// A column showing the image at `image_url` (HTTPS), performing `action` when tapped.
    /// The action's label is optional here (and holds at most 12 characters).
    pub fn new(image_url: impl Into<Str>, action: impl ImageCarouselAction) -> Self {
        ImageCarouselColumn {
            image_url: image_url.into(),
            action: action.into_action(),
        }
    }
}

impl ImageCarouselTemplate {
    /// An image carousel of 1 to 10 `columns` (LINE rule C08).
    pub fn new<const N: usize>(columns: [ImageCarouselColumn; N]) -> Self
    where
        Count<N>: ImageCarouselColumnCount<N>,
    {
        ImageCarouselTemplate {
            columns: columns.into(),
        }
    }

    /// Starts an image carousel; push 1 to 10 columns with [`ImageCarouselBuilder::column`].
    pub fn builder() -> ImageCarouselBuilder<Count<0>> {
        ImageCarouselBuilder {
            wire: ImageCarouselTemplate {
                columns: Vec::new(),
            },
            _count: PhantomData,
        }
    }
}

impl TryFrom<Vec<ImageCarouselColumn>> for ImageCarouselTemplate {
    type Error = CountError;

    /// An image carousel of the columns of a list known only at run time (1 to 10, LINE
    /// rule C08).
    ///
    /// # Errors
    /// [`CountError`] naming rule C08 when there are no columns or more than 10.
    fn try_from(columns: Vec<ImageCarouselColumn>) -> Result<Self, CountError> {
        IMAGE_CAROUSEL_RULE.check(columns.len())?;
        Ok(ImageCarouselTemplate { columns })
    }
}

/// An [`ImageCarouselTemplate`] under construction, counting its columns in the type.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ImageCarouselBuilder<C> {
    wire: ImageCarouselTemplate,
    _count: PhantomData<C>,
}

impl<C> ImageCarouselBuilder<C> {
    /// Adds a column. The eleventh does not compile (LINE rule C08).
    pub fn column(mut self, column: ImageCarouselColumn) -> ImageCarouselBuilder<C::Next>
    where
        C: Inc + RoomForImageCarouselColumn,
    {
        self.wire.columns.push(column);
        ImageCarouselBuilder {
            wire: self.wire,
            _count: PhantomData,
        }
    }
}

impl<const N: usize> ImageCarouselBuilder<Count<N>> {
    /// The template; needs 1 to 10 columns (LINE rule C08).
    pub fn build(self) -> ImageCarouselTemplate
    where
        Count<N>: ImageCarouselColumnCount<N>,
    {
        self.wire
    }
}

// ---------------------------------------------------------------------------------------------
// Runtime rules
// ---------------------------------------------------------------------------------------------

impl Validate for TemplateMessage {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        path.rule("V03", |path| {
            path.field("altText", |p| {
                validate::nonempty_utf16(&self.alt_text, ALT_TEXT_MAX, p, out)
            })
        });
        path.field("template", |p| self.template.validate_at(p, out));
        super::validate_common(&self.quick_reply, &self.sender, path, out);
    }
}

impl Validate for Template {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        match self {
            Template::Buttons(t) => t.validate_at(path, out),
            Template::Confirm(t) => t.validate_at(path, out),
            Template::Carousel(t) => t.validate_at(path, out),
            Template::ImageCarousel(t) => t.validate_at(path, out),
            Template::Unknown(v) => {
                // Built by hand from JSON of a known kind: checked as that kind.
                let Some(kind) = v.get("type").and_then(|t| t.as_str()) else {
                    return validate::invalid("a template object with a `type`", path, out);
                };
                let what = |kind: &str| format!("{} template", kind.replace('_', " "));
                if let Some(t) = validate::unknown_of::<Template>(kind, v, what, path, out) {
                    t.validate_at(path, out);
                }
            }
        }
    }
}

/// V38: the image keywords of buttons and carousel templates.
fn validate_image_keywords(
    aspect_ratio: &Option<ImageAspectRatio>,
    size: &Option<ImageSize>,
    path: &mut Path,
    out: &mut Violations,
) {
    path.rule("V38", |p| {
        if let Some(ImageAspectRatio::Unknown(v)) = aspect_ratio {
            p.field("imageAspectRatio", |p| {
                validate::keyword(v, &["rectangle", "square"], p, out)
            });
        }
        if let Some(ImageSize::Unknown(v)) = size {
            p.field("imageSize", |p| {
                validate::keyword(v, &["cover", "contain"], p, out)
            });
        }
    });
}

/// Checks a list of template actions: the count and each action in the template context.
fn validate_actions(
    actions: &[Action],
    (min, max, rule): (usize, usize, &'static str),
    path: &mut Path,
    out: &mut Violations,
) {
    path.field("actions", |p| {
        p.rule(rule, |p| validate::count(actions.len(), min, max, p, out));
        for (i, a) in actions.iter().enumerate() {
            p.index(i, |p| a.validate_in(ActionContext::Template, p, out));
        }
    });
}

/// Checks the image, title, text and default action shared by buttons templates and carousel
/// columns; the text limit shrinks when an image or a title is present.
#[allow(clippy::too_many_arguments)]
fn validate_card(
    thumbnail_image_url: &Option<Str>,
    image_background_color: &Option<Str>,
    title: &Option<Str>,
    text: &str,
    default_action: &Option<Action>,
    (text_max, text_max_with_header): (usize, usize),
    path: &mut Path,
    out: &mut Violations,
) {
    if let Some(u) = thumbnail_image_url {
        path.rule("V37", |path| {
            path.field("thumbnailImageUrl", |p| {
                validate::url(u, Schemes::Https, MEDIA_URL_MAX, p, out)
            })
        });
    }
    if let Some(c) = image_background_color {
        path.rule("V13", |path| {
            path.field("imageBackgroundColor", |p| validate::rgb_color(c, p, out))
        });
    }
    if let Some(t) = title {
        path.rule("V08", |path| {
            path.field("title", |p| {
                validate::max_graphemes(t, TEMPLATE_TITLE_MAX, p, out)
            })
        });
    }
    let max = if thumbnail_image_url.is_some() || title.is_some() {
        text_max_with_header
    } else {
        text_max
    };
    path.rule("V08", |path| {
        path.field("text", |p| validate::nonempty_graphemes(text, max, p, out))
    });
    if let Some(a) = default_action {
        path.field("defaultAction", |p| {
            a.validate_in(ActionContext::Template, p, out)
        });
    }
}

impl Validate for ButtonsTemplate {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        validate_card(
            &self.thumbnail_image_url,
            &self.image_background_color,
            &self.title,
            &self.text,
            &self.default_action,
            (BUTTONS_TEXT_MAX, BUTTONS_TEXT_WITH_IMAGE_OR_TITLE_MAX),
            path,
            out,
        );
        validate_image_keywords(&self.image_aspect_ratio, &self.image_size, path, out);
        validate_actions(&self.actions, (1, BUTTONS_ACTIONS_MAX, "C03"), path, out);
    }
}

impl Validate for ConfirmTemplate {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        path.rule("V08", |path| {
            path.field("text", |p| {
                validate::nonempty_graphemes(&self.text, CONFIRM_TEXT_MAX, p, out)
            })
        });
        validate_actions(
            &self.actions,
            (CONFIRM_ACTIONS, CONFIRM_ACTIONS, "C04"),
            path,
            out,
        );
    }
}

impl Validate for CarouselColumn {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        validate_card(
            &self.thumbnail_image_url,
            &self.image_background_color,
            &self.title,
            &self.text,
            &self.default_action,
            (
                CAROUSEL_COLUMN_TEXT_MAX,
                CAROUSEL_COLUMN_TEXT_WITH_IMAGE_OR_TITLE_MAX,
            ),
            path,
            out,
        );
        validate_actions(
            &self.actions,
            (1, CAROUSEL_COLUMN_ACTIONS_MAX, "C06"),
            path,
            out,
        );
    }
}

impl Validate for CarouselTemplate {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        validate_image_keywords(&self.image_aspect_ratio, &self.image_size, path, out);
        path.field("columns", |p| {
            p.rule("C05", |p| validate::count(self.columns.len(), 1, CAROUSEL_COLUMNS_MAX, p, out));
            let Some(first) = self.columns.first() else {
                return;
            };
            for (i, column) in self.columns.iter().enumerate() {
                p.index(i, |p| {
                    column.validate_at(p, out);
                    if i == 0 {
                        return;
                    }
                    // C06 and C07 compare every column with the first, as the builders do.
                    if column.actions.len() != first.actions.len() {
                        p.field("actions", |p| {
                            validate::invalid(
                                format!(
                                    "{} actions, as many as in columns[0] (every carousel column has the same number)",
                                    first.actions.len()
                                ),
                                p,
                                out,
                            )
                        });
                    }
                    same_presence(
                        "thumbnailImageUrl",
                        "a thumbnail image",
                        first.thumbnail_image_url.is_some(),
                        column.thumbnail_image_url.is_some(),
                        p,
                        out,
                    );
                    same_presence(
                        "title",
                        "a title",
                        first.title.is_some(),
                        column.title.is_some(),
                        p,
                        out,
                    );
                });
            }
        });
    }
}

/// C07 at run time: a field present in the first carousel column must be present in every
/// column, and absent if the first lacks it.
fn same_presence(
    field: &str,
    what: &str,
    in_first: bool,
    here: bool,
    path: &mut Path,
    out: &mut Violations,
) {
    match (in_first, here) {
        (true, false) => path.field(field, |p| validate::missing(p, out)),
        (false, true) => path.field(field, |p| {
            validate::not_allowed(
                format!("columns[0] has no {field}: {what} goes in every column or in none"),
                p,
                out,
            )
        }),
        _ => {}
    }
}

impl Validate for ImageCarouselTemplate {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        path.field("columns", |p| {
            p.rule("C08", |p| {
                validate::count(self.columns.len(), 1, IMAGE_CAROUSEL_COLUMNS_MAX, p, out)
            });
            for (i, column) in self.columns.iter().enumerate() {
                p.index(i, |p| column.validate_at(p, out));
            }
        });
    }
}

impl Validate for ImageCarouselColumn {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        path.rule("V37", |path| {
            path.field("imageUrl", |p| {
                validate::url(&self.image_url, Schemes::Https, MEDIA_URL_MAX, p, out)
            })
        });
        path.field("action", |p| {
            self.action
                .validate_in(ActionContext::ImageCarousel, p, out)
        });
    }
}
