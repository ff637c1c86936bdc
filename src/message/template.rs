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

use std::marker::PhantomData;

use serde::{Deserialize, Serialize};

use super::{QuickReply, Sender};
use crate::action::{Action, ActionContext, ImageCarouselAction, TemplateAction};
use crate::count::{Count, Inc};
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
    pub alt_text: String,
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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

/// `buttons` template: an optional image, title and text, and 1 to 4 buttons.
/// <https://developers.line.biz/en/reference/messaging-api/#buttons>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ButtonsTemplate {
    /// Image URL (HTTPS, JPEG or PNG).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thumbnail_image_url: Option<String>,
    /// Aspect ratio of the image (LINE's default: rectangle).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_aspect_ratio: Option<ImageAspectRatio>,
    /// How the image fills its area (LINE's default: cover).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_size: Option<ImageSize>,
    /// Background color of the image, `#RRGGBB` (LINE's default: `#FFFFFF`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_background_color: Option<String>,
    /// Title (up to 40 characters).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Message text (up to 160 characters; 60 with an image or a title).
    pub text: String,
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
    pub text: String,
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
    pub thumbnail_image_url: Option<String>,
    /// Background color of the image, `#RRGGBB` (LINE's default: `#FFFFFF`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_background_color: Option<String>,
    /// Title (up to 40 characters); if one column has one, all must.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Message text (up to 120 characters; 60 with an image or a title).
    pub text: String,
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
    pub image_url: String,
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
    pub fn new(alt_text: impl Into<String>, template: impl Into<Template>) -> Self {
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
    message = "a buttons template takes 1 to 4 actions, but {Self} were given",
    label = "1 to 4 actions",
    note = "LINE rule C03: a buttons template has 1 to 4 action buttons"
)]
pub trait ButtonsActionCount {}
crate::__impl_counts!(ButtonsActionCount: 1 2 3 4);

/// Guard for [`Buttons::action`]: room for one more (LINE rule C03).
#[diagnostic::on_unimplemented(
    message = "a buttons template takes at most 4 actions",
    label = "this would be action #5",
    note = "LINE rule C03: a buttons template has 1 to 4 action buttons"
)]
pub trait RoomForButtonsAction {}
crate::__impl_counts!(RoomForButtonsAction: 0 1 2 3);

/// Guard for confirm template actions: exactly 2 (LINE rule C04).
#[diagnostic::on_unimplemented(
    message = "a confirm template takes exactly 2 actions, but {Self} were given",
    label = "exactly 2 actions",
    note = "LINE rule C04: a confirm template has exactly 2 action buttons"
)]
pub trait ConfirmActionCount {}
crate::__impl_counts!(ConfirmActionCount: 2);
// With a single impl rustc would infer `N = 2` from it and report a bare array length
// mismatch instead of our message; a second, unreachable impl (no array of actions can have
// `usize::MAX` elements) keeps `N` taken from the argument.
#[diagnostic::do_not_recommend]
impl ConfirmActionCount for Count<{ usize::MAX }> {}

/// Guard for [`Confirm::action`]: room for one more (LINE rule C04).
#[diagnostic::on_unimplemented(
    message = "a confirm template takes exactly 2 actions",
    label = "this would be action #3",
    note = "LINE rule C04: a confirm template has exactly 2 action buttons"
)]
pub trait RoomForConfirmAction {}
crate::__impl_counts!(RoomForConfirmAction: 0 1);

/// Guard for carousel columns: 1 to 10 (LINE rule C05).
#[diagnostic::on_unimplemented(
    message = "a carousel template takes 1 to 10 columns, but {Self} were given",
    label = "1 to 10 columns",
    note = "LINE rule C05: a carousel template has 1 to 10 columns"
)]
pub trait CarouselColumnCount {}
crate::__impl_counts!(CarouselColumnCount: 1 2 3 4 5 6 7 8 9 10);

/// Guard for [`Carousel::column`]: room for one more (LINE rule C05).
#[diagnostic::on_unimplemented(
    message = "a carousel template takes at most 10 columns",
    label = "this would be column #11",
    note = "LINE rule C05: a carousel template has 1 to 10 columns"
)]
pub trait RoomForCarouselColumn {}
crate::__impl_counts!(RoomForCarouselColumn: 1 2 3 4 5 6 7 8 9);

/// Guard for the actions of a carousel column: 1 to 3 (LINE rule C06).
#[diagnostic::on_unimplemented(
    message = "a carousel column takes 1 to 3 actions, but {Self} were given",
    label = "1 to 3 actions",
    note = "LINE rule C06: each carousel column has 1 to 3 actions, the same number in every column"
)]
pub trait ColumnActionCount {}
crate::__impl_counts!(ColumnActionCount: 1 2 3);

/// Guard for [`Column::action`]: room for one more (LINE rule C06).
#[diagnostic::on_unimplemented(
    message = "a carousel column takes at most 3 actions",
    label = "this would be action #4",
    note = "LINE rule C06: each carousel column has 1 to 3 actions, the same number in every column"
)]
pub trait RoomForColumnAction {}
crate::__impl_counts!(RoomForColumnAction: 0 1 2);

/// Guard for [`Carousel::column`]: the column has as many actions as the first (LINE rule C06).
#[diagnostic::on_unimplemented(
    message = "every carousel column needs the same number of actions: this one has {Self}, the first has {C}",
    label = "action count differs from the first column",
    note = "LINE rule C06: each carousel column has 1 to 3 actions, the same number in every column"
)]
pub trait SameActionCount<C> {}
#[diagnostic::do_not_recommend]
impl<C> SameActionCount<C> for C {}

/// Guard for [`Carousel::column`]: a thumbnail image in all columns or in none (LINE rule C07).
#[diagnostic::on_unimplemented(
    message = "carousel columns have a thumbnail image in all columns or in none: this one is `{Self}`, the first is `{I}`",
    label = "thumbnail differs from the first column",
    note = "LINE rule C07: if one carousel column has a thumbnail image, every column must"
)]
pub trait SameThumbnail<I> {}
#[diagnostic::do_not_recommend]
impl<I> SameThumbnail<I> for I {}

/// Guard for [`Carousel::column`]: a title in all columns or in none (LINE rule C07).
#[diagnostic::on_unimplemented(
    message = "carousel columns have a title in all columns or in none: this one is `{Self}`, the first is `{T}`",
    label = "title differs from the first column",
    note = "LINE rule C07: if one carousel column has a title, every column must"
)]
pub trait SameTitle<T> {}
#[diagnostic::do_not_recommend]
impl<T> SameTitle<T> for T {}

/// Guard for image carousel columns: 1 to 10 (LINE rule C08).
#[diagnostic::on_unimplemented(
    message = "an image carousel template takes 1 to 10 columns, but {Self} were given",
    label = "1 to 10 columns",
    note = "LINE rule C08: an image carousel template has 1 to 10 columns"
)]
pub trait ImageCarouselColumnCount {}
crate::__impl_counts!(ImageCarouselColumnCount: 1 2 3 4 5 6 7 8 9 10);

/// Guard for [`ImageCarousel::column`]: room for one more (LINE rule C08).
#[diagnostic::on_unimplemented(
    message = "an image carousel template takes at most 10 columns",
    label = "this would be column #11",
    note = "LINE rule C08: an image carousel template has 1 to 10 columns"
)]
pub trait RoomForImageCarouselColumn {}
crate::__impl_counts!(RoomForImageCarouselColumn: 0 1 2 3 4 5 6 7 8 9);

/// Type-state markers for the shape of a carousel column (LINE rule C07).
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
use shape::*;

// ---------------------------------------------------------------------------------------------
// Buttons
// ---------------------------------------------------------------------------------------------

impl ButtonsTemplate {
    /// A buttons template with `text` and 1 to 4 `actions` of one type (LINE rule C03). For
    /// actions of different kinds use [`ButtonsTemplate::builder`].
    pub fn new<A: TemplateAction, const N: usize>(text: impl Into<String>, actions: [A; N]) -> Self
    where
        Count<N>: ButtonsActionCount,
    {
        ButtonsTemplate {
            actions: actions.into_iter().map(A::into_action).collect(),
            ..Self::empty(text.into())
        }
    }

    /// Starts a buttons template with `text`; push 1 to 4 actions with [`Buttons::action`].
    pub fn builder(text: impl Into<String>) -> Buttons<Count<0>> {
        Buttons {
            wire: Self::empty(text.into()),
            _count: PhantomData,
        }
    }

    fn empty(text: String) -> Self {
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

    /// Shows the image at `url` (HTTPS) above the title; the text then holds 60 characters.
    pub fn thumbnail_image_url(mut self, url: impl Into<String>) -> Self {
        self.thumbnail_image_url = Some(url.into());
        self
    }

    /// Aspect ratio of the image.
    pub fn image_aspect_ratio(mut self, ratio: ImageAspectRatio) -> Self {
        self.image_aspect_ratio = Some(ratio);
        self
    }

    /// How the image fills its area.
    pub fn image_size(mut self, size: ImageSize) -> Self {
        self.image_size = Some(size);
        self
    }

    /// Background color of the image, `#RRGGBB`.
    pub fn image_background_color(mut self, color: impl Into<String>) -> Self {
        self.image_background_color = Some(color.into());
        self
    }

    /// Title (up to 40 characters); the text then holds 60 characters.
    pub fn title(mut self, title: impl Into<String>) -> Self {
        self.title = Some(title.into());
        self
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
pub struct Buttons<C> {
    wire: ButtonsTemplate,
    _count: PhantomData<C>,
}

impl<C> Buttons<C> {
    /// Adds a button. The fifth does not compile (LINE rule C03).
    pub fn action(mut self, action: impl TemplateAction) -> Buttons<C::Next>
    where
        C: Inc + RoomForButtonsAction,
    {
        self.wire.actions.push(action.into_action());
        Buttons {
            wire: self.wire,
            _count: PhantomData,
        }
    }

    /// See [`ButtonsTemplate::thumbnail_image_url`].
    pub fn thumbnail_image_url(mut self, url: impl Into<String>) -> Self {
        self.wire = self.wire.thumbnail_image_url(url);
        self
    }

    /// See [`ButtonsTemplate::image_aspect_ratio`].
    pub fn image_aspect_ratio(mut self, ratio: ImageAspectRatio) -> Self {
        self.wire = self.wire.image_aspect_ratio(ratio);
        self
    }

    /// See [`ButtonsTemplate::image_size`].
    pub fn image_size(mut self, size: ImageSize) -> Self {
        self.wire = self.wire.image_size(size);
        self
    }

    /// See [`ButtonsTemplate::image_background_color`].
    pub fn image_background_color(mut self, color: impl Into<String>) -> Self {
        self.wire = self.wire.image_background_color(color);
        self
    }

    /// See [`ButtonsTemplate::title`].
    pub fn title(mut self, title: impl Into<String>) -> Self {
        self.wire = self.wire.title(title);
        self
    }

    /// See [`ButtonsTemplate::default_action`].
    pub fn default_action(mut self, action: impl TemplateAction) -> Self {
        self.wire = self.wire.default_action(action);
        self
    }

    /// The template; needs 1 to 4 actions (LINE rule C03).
    pub fn build(self) -> ButtonsTemplate
    where
        C: ButtonsActionCount,
    {
        self.wire
    }
}

// ---------------------------------------------------------------------------------------------
// Confirm
// ---------------------------------------------------------------------------------------------

impl ConfirmTemplate {
    /// A confirm template with `text` and exactly 2 `actions` of one type (LINE rule C04). For
    /// actions of different kinds use [`ConfirmTemplate::builder`].
    pub fn new<A: TemplateAction, const N: usize>(text: impl Into<String>, actions: [A; N]) -> Self
    where
        Count<N>: ConfirmActionCount,
    {
        ConfirmTemplate {
            text: text.into(),
            actions: actions.into_iter().map(A::into_action).collect(),
        }
    }

    /// Starts a confirm template with `text`; push exactly 2 actions with [`Confirm::action`].
    pub fn builder(text: impl Into<String>) -> Confirm<Count<0>> {
        Confirm {
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
pub struct Confirm<C> {
    wire: ConfirmTemplate,
    _count: PhantomData<C>,
}

impl<C> Confirm<C> {
    /// Adds a button. The third does not compile (LINE rule C04).
    pub fn action(mut self, action: impl TemplateAction) -> Confirm<C::Next>
    where
        C: Inc + RoomForConfirmAction,
    {
        self.wire.actions.push(action.into_action());
        Confirm {
            wire: self.wire,
            _count: PhantomData,
        }
    }

    /// The template; needs exactly 2 actions (LINE rule C04).
    pub fn build(self) -> ConfirmTemplate
    where
        C: ConfirmActionCount,
    {
        self.wire
    }
}

// ---------------------------------------------------------------------------------------------
// Carousel
// ---------------------------------------------------------------------------------------------

impl CarouselColumn {
    /// A column with `text` and 1 to 3 `actions` of one type (LINE rule C06). Add a thumbnail
    /// or a title with [`Column::thumbnail_image_url`] and [`Column::title`].
    // Returns the typed column: its action count and shape must stay in the type until the
    // carousel compares them with the other columns.
    #[allow(clippy::new_ret_no_self)]
    pub fn new<A: TemplateAction, const N: usize>(
        text: impl Into<String>,
        actions: [A; N],
    ) -> Column<Count<N>>
    where
        Count<N>: ColumnActionCount,
    {
        let mut column = Self::builder(text);
        column.wire.actions = actions.into_iter().map(A::into_action).collect();
        Column {
            wire: column.wire,
            _state: PhantomData,
        }
    }

    /// Starts a column with `text`; push 1 to 3 actions with [`Column::action`].
    pub fn builder(text: impl Into<String>) -> Column {
        Column {
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

/// A [`CarouselColumn`] under construction. Its type carries the number of actions `C` and
/// its shape (thumbnail `I`, title `T`), which a [`Carousel`] requires to be the same in every
/// column (LINE rules C06 and C07).
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct Column<C = Count<0>, I = NoThumbnail, T = NoTitle> {
    wire: CarouselColumn,
    _state: PhantomData<(C, I, T)>,
}

impl<C, I, T> Column<C, I, T> {
    /// Adds a button. The fourth does not compile (LINE rule C06).
    pub fn action(mut self, action: impl TemplateAction) -> Column<C::Next, I, T>
    where
        C: Inc + RoomForColumnAction,
    {
        self.wire.actions.push(action.into_action());
        Column {
            wire: self.wire,
            _state: PhantomData,
        }
    }

    /// Shows the image at `url` (HTTPS); every other column then needs one too (LINE rule
    /// C07), and the text holds 60 characters.
    pub fn thumbnail_image_url(self, url: impl Into<String>) -> Column<C, WithThumbnail, T> {
        let mut wire = self.wire;
        wire.thumbnail_image_url = Some(url.into());
        Column {
            wire,
            _state: PhantomData,
        }
    }

    /// Title (up to 40 characters); every other column then needs one too (LINE rule C07),
    /// and the text holds 60 characters.
    pub fn title(self, title: impl Into<String>) -> Column<C, I, WithTitle> {
        let mut wire = self.wire;
        wire.title = Some(title.into());
        Column {
            wire,
            _state: PhantomData,
        }
    }

    /// Background color of the image, `#RRGGBB`.
    pub fn image_background_color(mut self, color: impl Into<String>) -> Self {
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
    pub fn new<C, I, T, const N: usize>(columns: [Column<C, I, T>; N]) -> Self
    where
        Count<N>: CarouselColumnCount,
        C: ColumnActionCount,
    {
        CarouselTemplate {
            columns: columns.into_iter().map(Column::into_wire).collect(),
            image_aspect_ratio: None,
            image_size: None,
        }
    }

    /// Starts a carousel with its `first` column, which fixes the number of actions and the
    /// shape every further [`Carousel::column`] must have.
    pub fn builder<C, I, T>(first: Column<C, I, T>) -> Carousel<C, I, T, Count<1>>
    where
        C: ColumnActionCount,
    {
        Carousel {
            wire: CarouselTemplate {
                columns: vec![first.wire],
                image_aspect_ratio: None,
                image_size: None,
            },
            _state: PhantomData,
        }
    }

    /// Aspect ratio of the column images.
    pub fn image_aspect_ratio(mut self, ratio: ImageAspectRatio) -> Self {
        self.image_aspect_ratio = Some(ratio);
        self
    }

    /// How the column images fill their area.
    pub fn image_size(mut self, size: ImageSize) -> Self {
        self.image_size = Some(size);
        self
    }
}

/// A [`CarouselTemplate`] under construction: the first column's action count `C` and shape
/// (`I`, `T`), and the number of columns `N`, in the type.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct Carousel<C, I, T, N> {
    wire: CarouselTemplate,
    _state: PhantomData<(C, I, T, N)>,
}

impl<C, I, T, N> Carousel<C, I, T, N> {
    /// Adds a column with as many actions as the first (LINE rule C06) and the same thumbnail
    /// and title presence (C07). The eleventh does not compile (C05).
    pub fn column<C2, I2, T2>(mut self, column: Column<C2, I2, T2>) -> Carousel<C, I, T, N::Next>
    where
        N: Inc + RoomForCarouselColumn,
        C2: SameActionCount<C>,
        I2: SameThumbnail<I>,
        T2: SameTitle<T>,
    {
        self.wire.columns.push(column.wire);
        Carousel {
            wire: self.wire,
            _state: PhantomData,
        }
    }

    /// Aspect ratio of the column images.
    pub fn image_aspect_ratio(mut self, ratio: ImageAspectRatio) -> Self {
        self.wire.image_aspect_ratio = Some(ratio);
        self
    }

    /// How the column images fill their area.
    pub fn image_size(mut self, size: ImageSize) -> Self {
        self.wire.image_size = Some(size);
        self
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
    pub fn new(image_url: impl Into<String>, action: impl ImageCarouselAction) -> Self {
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
        Count<N>: ImageCarouselColumnCount,
    {
        ImageCarouselTemplate {
            columns: columns.into(),
        }
    }

    /// Starts an image carousel; push 1 to 10 columns with [`ImageCarousel::column`].
    pub fn builder() -> ImageCarousel<Count<0>> {
        ImageCarousel {
            wire: ImageCarouselTemplate {
                columns: Vec::new(),
            },
            _count: PhantomData,
        }
    }
}

/// An [`ImageCarouselTemplate`] under construction, counting its columns in the type.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ImageCarousel<C> {
    wire: ImageCarouselTemplate,
    _count: PhantomData<C>,
}

impl<C> ImageCarousel<C> {
    /// Adds a column. The eleventh does not compile (LINE rule C08).
    pub fn column(mut self, column: ImageCarouselColumn) -> ImageCarousel<C::Next>
    where
        C: Inc + RoomForImageCarouselColumn,
    {
        self.wire.columns.push(column);
        ImageCarousel {
            wire: self.wire,
            _count: PhantomData,
        }
    }

    /// The template; needs 1 to 10 columns (LINE rule C08).
    pub fn build(self) -> ImageCarouselTemplate
    where
        C: ImageCarouselColumnCount,
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
                use validate::known_kind;
                // Built by hand from JSON of a known kind: checked as that kind.
                let known: Option<Template> = match v.get("type").and_then(|t| t.as_str()) {
                    Some("buttons") => {
                        known_kind::<ButtonsTemplate>(v, "buttons template", path, out)
                            .map(Into::into)
                    }
                    Some("confirm") => {
                        known_kind::<ConfirmTemplate>(v, "confirm template", path, out)
                            .map(Into::into)
                    }
                    Some("carousel") => {
                        known_kind::<CarouselTemplate>(v, "carousel template", path, out)
                            .map(Into::into)
                    }
                    Some("image_carousel") => {
                        known_kind::<ImageCarouselTemplate>(v, "image carousel template", path, out)
                            .map(Into::into)
                    }
                    Some(kind) => {
                        if let Some(known) = validate::case_only_misspelling(
                            kind,
                            &["buttons", "confirm", "carousel", "image_carousel"],
                        ) {
                            validate::misspelled_kind(kind, known, path, out);
                        }
                        None
                    }
                    None => {
                        validate::invalid("a template object with a `type`", path, out);
                        None
                    }
                };
                if let Some(t) = known {
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
    thumbnail_image_url: &Option<String>,
    image_background_color: &Option<String>,
    title: &Option<String>,
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
