//! Flex components, the wire model: box, button, image, video, icon, text, span, separator and
//! filler, each a plain serde struct whose setters return `self`.
//!
//! Components made by the functions of [`flex`](super) ([`text`](super::text),
//! [`image`](super::image), ...) are these structs; boxes are made typed
//! ([`vertical`](super::vertical), ...) so that the compiler checks what goes into them.
//!
//! ```
//! use linebot::message::flex::{self, units::{TextSize, Weight}};
//!
//! let title = flex::text("Brown Cafe").weight(Weight::Bold).size(TextSize::Xl).wrap(true);
//! assert_eq!(
//!     serde_json::to_string(&title).unwrap(),
//!     r#"{"text":"Brown Cafe","size":"xl","weight":"bold","wrap":true}"#
//! );
//! ```
//! (A component serializes its `type` when it stands in a [`FlexComponent`].)

use crate::{Str, UnknownFields};
use serde::Deserialize;

use super::AspectRatio;
use super::color::Color;
use super::units::*;
use crate::action::{Action, FlexAction};

/// A flex component. Types LINE adds later deserialize into [`FlexComponent::Unknown`].
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum FlexComponent {
    /// `box`
    #[serde(rename = "box")]
    Box(Box<FlexBox>),
    /// `button`
    #[serde(rename = "button")]
    Button(FlexButton),
    /// `image`
    #[serde(rename = "image")]
    Image(FlexImage),
    /// `video` (only as a bubble's hero)
    #[serde(rename = "video")]
    Video(FlexVideo),
    /// `icon` (only in a baseline box)
    #[serde(rename = "icon")]
    Icon(FlexIcon),
    /// `text`
    #[serde(rename = "text")]
    Text(FlexText),
    /// `span` (only in a text's `contents`)
    #[serde(rename = "span")]
    Span(FlexSpan),
    /// `separator`
    #[serde(rename = "separator")]
    Separator(FlexSeparator),
    /// `filler`
    #[serde(rename = "filler")]
    Filler(FlexFiller),
    /// A component this version does not know (or a known one that did not match its schema),
    /// kept as JSON.
    #[serde(untagged)]
    Unknown(serde_json::Value),
}

// The JSON `#[derive(Serialize)]` writes with the attributes above, each tag a constant;
// and the kinds `validate()` reads again from `Unknown` JSON.
crate::tagged::tagged_enum!(FlexComponent, "type", {
    Box = "box",
    Button = "button",
    Image = "image",
    Video = "video",
    Icon = "icon",
    Text = "text",
    Span = "span",
    Separator = "separator",
    Filler = "filler",
}, Unknown);

impl FlexComponent {
    /// The fields of this component that this version does not model (none for a component
    /// held as JSON, which keeps everything).
    pub fn unknown_fields(&self) -> Option<&UnknownFields> {
        Some(match self {
            FlexComponent::Box(b) => &b.unknown_fields,
            FlexComponent::Button(b) => &b.unknown_fields,
            FlexComponent::Image(i) => &i.unknown_fields,
            FlexComponent::Video(v) => &v.unknown_fields,
            FlexComponent::Icon(i) => &i.unknown_fields,
            FlexComponent::Text(t) => &t.unknown_fields,
            FlexComponent::Span(s) => &s.unknown_fields,
            FlexComponent::Separator(s) => &s.unknown_fields,
            FlexComponent::Filler(f) => &f.unknown_fields,
            FlexComponent::Unknown(_) => return None,
        })
    }

    /// The `type` LINE uses for this component.
    pub fn kind(&self) -> &str {
        match self {
            FlexComponent::Box(_) => "box",
            FlexComponent::Button(_) => "button",
            FlexComponent::Image(_) => "image",
            FlexComponent::Video(_) => "video",
            FlexComponent::Icon(_) => "icon",
            FlexComponent::Text(_) => "text",
            FlexComponent::Span(_) => "span",
            FlexComponent::Separator(_) => "separator",
            FlexComponent::Filler(_) => "filler",
            FlexComponent::Unknown(v) => v.get("type").and_then(|t| t.as_str()).unwrap_or(""),
        }
    }
}

macro_rules! into_component {
    ($($t:ident => $v:ident),* $(,)?) => { $(
        impl From<$t> for FlexComponent {
            fn from(c: $t) -> Self { FlexComponent::$v(c) }
        }
    )* };
}
impl From<FlexBox> for FlexComponent {
    fn from(b: FlexBox) -> Self {
        FlexComponent::Box(Box::new(b))
    }
}
into_component!(
    FlexButton => Button, FlexImage => Image, FlexVideo => Video, FlexIcon => Icon,
    FlexText => Text, FlexSpan => Span, FlexSeparator => Separator, FlexFiller => Filler,
);

/// `unknown_field`, the chainable setter of an object's [`UnknownFields`] (at `$fields`, the
/// object's own or its builder's wire object's).
macro_rules! unknown_field_setter {
    (@method $($fields:ident).+) => {
        /// Sets `name` to `value` among the unknown fields, which are written after the
        /// modelled ones: a property LINE documents that this version does not model yet, or a
        /// value of a keyword property that this version does not model (`"margin", "12.5px"`,
        /// with the property's own field left unset).
        pub fn unknown_field(
            mut self,
            name: impl Into<String>,
            value: impl Into<serde_json::Value>,
        ) -> Self {
            self.$($fields).+.insert(name, value);
            self
        }
    };
    (generic [$($gen:ident),*] $ty:ty => $($fields:ident).+) => {
        impl<$($gen),*> $ty {
            $crate::message::flex::component::unknown_field_setter!(@method $($fields).+);
        }
    };
    ($ty:ty => $($fields:ident).+) => {
        impl $ty {
            $crate::message::flex::component::unknown_field_setter!(@method $($fields).+);
        }
    };
}
pub(super) use unknown_field_setter;

unknown_field_setter!(FlexBox => unknown_fields);
unknown_field_setter!(LinearGradient => unknown_fields);
unknown_field_setter!(FlexButton => unknown_fields);
unknown_field_setter!(FlexImage => unknown_fields);
unknown_field_setter!(FlexVideo => unknown_fields);
unknown_field_setter!(FlexIcon => unknown_fields);
unknown_field_setter!(FlexText => unknown_fields);
unknown_field_setter!(FlexSpan => unknown_fields);
unknown_field_setter!(FlexSeparator => unknown_fields);
unknown_field_setter!(FlexFiller => unknown_fields);

/// Setters that wrap their argument in `Some`, one per optional field.
macro_rules! setters {
    ($ty:ident { $( $(#[$d:meta])* $name:ident: $t:ty ),* $(,)? }) => {
        impl $ty { $(
            $(#[$d])*
            pub fn $name(mut self, value: impl Into<$t>) -> Self {
                self.$name = Some(value.into());
                self
            }
        )* }
    };
}

/// `action` setter taking a typed action allowed in flex messages.
macro_rules! action_setter {
    ($ty:ident) => {
        impl $ty {
            /// What happens when the component is tapped (any action flex messages accept;
            /// the label is optional here).
            pub fn action(mut self, action: impl FlexAction) -> Self {
                self.action = Some(crate::in_place::boxed(|| action.into_action()));
                self
            }
        }
    };
}

/// `box`: lays out its children horizontally, vertically or along a text baseline.
/// <https://developers.line.biz/en/reference/messaging-api/#box>
///
/// Build boxes with [`horizontal`](super::horizontal), [`vertical`](super::vertical) and
/// [`baseline`](super::baseline), which check their children at compile time.
#[derive(Debug, Clone, PartialEq, linebot_derive::SerdeTwin)]
#[serde(rename_all = "camelCase")]
pub struct FlexBox {
    /// How children are placed.
    pub layout: Layout,
    /// The children.
    pub contents: Vec<FlexComponent>,
    /// Share of the parent box's space.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flex: Option<i32>,
    /// Minimum space between the children.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub spacing: Option<Spacing>,
    /// Minimum space before this box in its parent.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub margin: Option<Margin>,
    /// What the offsets are measured from.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub position: Option<Position>,
    /// Top offset.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub offset_top: Option<Offset>,
    /// Bottom offset.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub offset_bottom: Option<Offset>,
    /// Start offset.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub offset_start: Option<Offset>,
    /// End offset.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub offset_end: Option<Offset>,
    /// Background color.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub background_color: Option<Color>,
    /// Border color.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub border_color: Option<Color>,
    /// Border width.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub border_width: Option<BorderWidth>,
    /// Corner radius.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub corner_radius: Option<CornerRadius>,
    /// Width.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub width: Option<Length>,
    /// Maximum width.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub max_width: Option<Length>,
    /// Height.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub height: Option<Length>,
    /// Maximum height.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub max_height: Option<Length>,
    /// Padding on all four sides (a side set on its own wins).
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub padding_all: Option<Padding>,
    /// Top padding.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub padding_top: Option<Padding>,
    /// Bottom padding.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub padding_bottom: Option<Padding>,
    /// Start padding.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub padding_start: Option<Padding>,
    /// End padding.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub padding_end: Option<Padding>,
    /// What happens when the box is tapped.
    /// Boxed: an optional action is kept out of line, so components without one stay small.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<Box<Action>>,
    /// Distribution of the children along the main axis.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub justify_content: Option<JustifyContent>,
    /// Alignment of the children along the cross axis.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub align_items: Option<AlignItems>,
    /// Background (a linear gradient).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub background: Option<Background>,
    /// Fields this version does not model, kept as they came and written back after the
    /// modelled ones ([`UnknownFields`]).
    #[serde(flatten, skip_serializing)]
    pub unknown_fields: UnknownFields,
}

/// Calls `$callback!(<prefix> { fields })` with the optional fields of a box other than
/// `action`, so that [`FlexBox::new`], the setters of [`FlexBox`] and those of the typed boxes
/// (`flex::vertical()`, ...) come from this one list instead of three copies.
macro_rules! with_box_fields {
    ($callback:ident!($($prefix:tt)*)) => {
        $callback!($($prefix)* {
            /// Share of the parent box's space.
            flex: i32,
            /// Minimum space between the children.
            spacing: $crate::message::flex::units::Spacing,
            /// Minimum space before this box in its parent.
            margin: $crate::message::flex::units::Margin,
            /// What the offsets are measured from.
            position: $crate::message::flex::units::Position,
            /// Top offset.
            offset_top: $crate::message::flex::units::Offset,
            /// Bottom offset.
            offset_bottom: $crate::message::flex::units::Offset,
            /// Start offset.
            offset_start: $crate::message::flex::units::Offset,
            /// End offset.
            offset_end: $crate::message::flex::units::Offset,
            /// Background color.
            background_color: $crate::message::flex::Color,
            /// Border color.
            border_color: $crate::message::flex::Color,
            /// Border width.
            border_width: $crate::message::flex::units::BorderWidth,
            /// Corner radius.
            corner_radius: $crate::message::flex::units::CornerRadius,
            /// Width.
            width: $crate::message::flex::units::Length,
            /// Maximum width.
            max_width: $crate::message::flex::units::Length,
            /// Height.
            height: $crate::message::flex::units::Length,
            /// Maximum height.
            max_height: $crate::message::flex::units::Length,
            /// Padding on all four sides (a side set on its own wins).
            padding_all: $crate::message::flex::units::Padding,
            /// Top padding.
            padding_top: $crate::message::flex::units::Padding,
            /// Bottom padding.
            padding_bottom: $crate::message::flex::units::Padding,
            /// Start padding.
            padding_start: $crate::message::flex::units::Padding,
            /// End padding.
            padding_end: $crate::message::flex::units::Padding,
            /// Distribution of the children along the main axis.
            justify_content: $crate::message::flex::units::JustifyContent,
            /// Alignment of the children along the cross axis.
            align_items: $crate::message::flex::units::AlignItems,
            /// Background (a linear gradient).
            background: $crate::message::flex::component::Background,
        });
    };
}
pub(super) use with_box_fields;

macro_rules! box_new {
    ({ $( $(#[$d:meta])* $name:ident: $t:ty ),* $(,)? }) => {
        impl FlexBox {
            /// An empty box of `layout`. Prefer the typed [`horizontal`](super::horizontal),
            /// [`vertical`](super::vertical) and [`baseline`](super::baseline), which check the
            /// children.
            pub fn new(layout: Layout) -> Self {
                FlexBox { unknown_fields: UnknownFields::new(), layout, contents: Vec::new(), action: None, $( $name: None, )* }
            }
        }
    };
}
with_box_fields!(box_new!());

/// `background` of a box. Kinds LINE adds later deserialize into [`Background::Unknown`].
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum Background {
    /// `linearGradient`
    #[serde(rename = "linearGradient")]
    LinearGradient(LinearGradient),
    /// A background kind this version does not know, kept as JSON.
    #[serde(untagged)]
    Unknown(serde_json::Value),
}

// The JSON `#[derive(Serialize)]` writes with the attributes above, the tag a constant.
crate::tagged::serialize_tagged!(Background, "type", {
    LinearGradient = "linearGradient",
}, Unknown);

impl From<LinearGradient> for Background {
    fn from(g: LinearGradient) -> Self {
        Background::LinearGradient(g)
    }
}

/// `linearGradient` background of a box.
/// <https://developers.line.biz/en/reference/messaging-api/#f-linear-gradient>
#[derive(Debug, Clone, PartialEq, Eq, linebot_derive::SerdeTwin)]
#[serde(rename_all = "camelCase")]
pub struct LinearGradient {
    /// Direction of the gradient: `0deg` runs bottom to top, `90deg` left to right.
    pub angle: Angle,
    /// Color at the start.
    pub start_color: Color,
    /// Color at the end.
    pub end_color: Color,
    /// Color in the middle.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub center_color: Option<Color>,
    /// Where the center color sits (default `50%`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub center_position: Option<Percentage>,
    /// Fields this version does not model, kept as they came and written back after the
    /// modelled ones ([`UnknownFields`]).
    #[serde(flatten, skip_serializing)]
    pub unknown_fields: UnknownFields,
}

impl LinearGradient {
    /// A gradient from `start_color` to `end_color` at `angle`.
    pub fn new(angle: Angle, start_color: Color, end_color: Color) -> Self {
        LinearGradient {
            unknown_fields: UnknownFields::new(),
            angle,
            start_color,
            end_color,
            center_color: None,
            center_position: None,
        }
    }
}
setters!(LinearGradient {
    /// Color in the middle.
    center_color: Color,
    /// Where the center color sits (default `50%`).
    center_position: Percentage,
});

/// `button`: a tappable button showing its action's label.
/// <https://developers.line.biz/en/reference/messaging-api/#button>
#[derive(Debug, Clone, PartialEq, linebot_derive::SerdeTwin)]
#[serde(rename_all = "camelCase")]
pub struct FlexButton {
    /// What happens when the button is tapped; its label is the button's text.
    pub action: Action,
    /// Share of the parent box's space.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flex: Option<i32>,
    /// Character color (link style) or background color (primary, secondary).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color: Option<Color>,
    /// Appearance.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub style: Option<ButtonStyle>,
    /// Vertical alignment.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub gravity: Option<Gravity>,
    /// Minimum space before the button in its parent.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub margin: Option<Margin>,
    /// What the offsets are measured from.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub position: Option<Position>,
    /// Top offset.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub offset_top: Option<Offset>,
    /// Bottom offset.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub offset_bottom: Option<Offset>,
    /// Start offset.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub offset_start: Option<Offset>,
    /// End offset.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub offset_end: Option<Offset>,
    /// Height.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub height: Option<ButtonHeight>,
    /// Shrinks the label's font to fit.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub adjust_mode: Option<AdjustMode>,
    /// Scales the label with the user's font size setting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scaling: Option<bool>,
    /// Fields this version does not model, kept as they came and written back after the
    /// modelled ones ([`UnknownFields`]).
    #[serde(flatten, skip_serializing)]
    pub unknown_fields: UnknownFields,
}

impl FlexButton {
    /// A button running `action`. Prefer [`button`](super::button), which requires a labeled
    /// typed action.
    pub fn new(action: Action) -> Self {
        FlexButton {
            unknown_fields: UnknownFields::new(),
            action,
            flex: None,
            color: None,
            style: None,
            gravity: None,
            margin: None,
            position: None,
            offset_top: None,
            offset_bottom: None,
            offset_start: None,
            offset_end: None,
            height: None,
            adjust_mode: None,
            scaling: None,
        }
    }
}

/// `image`.
/// <https://developers.line.biz/en/reference/messaging-api/#f-image>
#[derive(Debug, Clone, PartialEq, linebot_derive::SerdeTwin)]
#[serde(rename_all = "camelCase")]
pub struct FlexImage {
    /// Image URL (HTTPS, JPEG or PNG, up to 2000 characters).
    pub url: Str,
    /// Share of the parent box's space.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flex: Option<i32>,
    /// Minimum space before the image in its parent.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub margin: Option<Margin>,
    /// What the offsets are measured from.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub position: Option<Position>,
    /// Top offset.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub offset_top: Option<Offset>,
    /// Bottom offset.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub offset_bottom: Option<Offset>,
    /// Start offset.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub offset_start: Option<Offset>,
    /// End offset.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub offset_end: Option<Offset>,
    /// Horizontal alignment.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub align: Option<Align>,
    /// Vertical alignment.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub gravity: Option<Gravity>,
    /// Maximum width (default `md`).
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub size: Option<ImageSize>,
    /// Aspect ratio (default `1:1`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aspect_ratio: Option<AspectRatio>,
    /// How the image fills its area when the ratios differ.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub aspect_mode: Option<AspectMode>,
    /// Background color.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub background_color: Option<Color>,
    /// What happens when the image is tapped.
    /// Boxed: an optional action is kept out of line, so components without one stay small.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<Box<Action>>,
    /// Plays an animated PNG; at most 10 per message (LINE rule V15). Emitted whenever set,
    /// `false` included.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub animated: Option<bool>,
    /// Fields this version does not model, kept as they came and written back after the
    /// modelled ones ([`UnknownFields`]).
    #[serde(flatten, skip_serializing)]
    pub unknown_fields: UnknownFields,
}

impl FlexImage {
    /// An image at `url` (HTTPS).
    pub fn new(url: impl Into<Str>) -> Self {
        FlexImage {
            unknown_fields: UnknownFields::new(),
            url: url.into(),
            flex: None,
            margin: None,
            position: None,
            offset_top: None,
            offset_bottom: None,
            offset_start: None,
            offset_end: None,
            align: None,
            gravity: None,
            size: None,
            aspect_ratio: None,
            aspect_mode: None,
            background_color: None,
            action: None,
            animated: None,
        }
    }
}

/// `video`: only as the hero of a kilo, mega or giga bubble outside a carousel.
/// <https://developers.line.biz/en/reference/messaging-api/#f-video>
#[derive(Debug, Clone, PartialEq, linebot_derive::SerdeTwin)]
#[serde(rename_all = "camelCase")]
pub struct FlexVideo {
    /// Video URL (HTTPS, mp4, up to 2000 characters).
    pub url: Str,
    /// Preview image URL (HTTPS, JPEG or PNG, up to 2000 characters).
    pub preview_url: Str,
    /// Shown on LINE versions that cannot play the video: a box or an image.
    pub alt_content: Box<FlexComponent>,
    /// Aspect ratio of the video (default `1:1`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aspect_ratio: Option<AspectRatio>,
    /// The action behind the button shown after playback.
    /// Boxed: an optional action is kept out of line, so components without one stay small.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<Box<Action>>,
    /// Fields this version does not model, kept as they came and written back after the
    /// modelled ones ([`UnknownFields`]).
    #[serde(flatten, skip_serializing)]
    pub unknown_fields: UnknownFields,
}

/// `icon`: only in a baseline box.
/// <https://developers.line.biz/en/reference/messaging-api/#icon>
#[derive(Debug, Clone, PartialEq, linebot_derive::SerdeTwin)]
#[serde(rename_all = "camelCase")]
pub struct FlexIcon {
    /// Image URL (HTTPS, JPEG or PNG, up to 2000 characters).
    pub url: Str,
    /// Maximum width (default `md`).
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub size: Option<IconSize>,
    /// Aspect ratio (default `1:1`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aspect_ratio: Option<AspectRatio>,
    /// Minimum space before the icon in its parent.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub margin: Option<Margin>,
    /// What the offsets are measured from.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub position: Option<Position>,
    /// Top offset.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub offset_top: Option<Offset>,
    /// Bottom offset.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub offset_bottom: Option<Offset>,
    /// Start offset.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub offset_start: Option<Offset>,
    /// End offset.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub offset_end: Option<Offset>,
    /// Scales the icon with the user's font size setting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scaling: Option<bool>,
    /// Fields this version does not model, kept as they came and written back after the
    /// modelled ones ([`UnknownFields`]).
    #[serde(flatten, skip_serializing)]
    pub unknown_fields: UnknownFields,
}

impl FlexIcon {
    /// An icon at `url` (HTTPS).
    pub fn new(url: impl Into<Str>) -> Self {
        FlexIcon {
            unknown_fields: UnknownFields::new(),
            url: url.into(),
            size: None,
            aspect_ratio: None,
            margin: None,
            position: None,
            offset_top: None,
            offset_bottom: None,
            offset_start: None,
            offset_end: None,
            scaling: None,
        }
    }
}

/// `text`: a string, or spans in `contents` (then `text` is ignored by LINE).
/// <https://developers.line.biz/en/reference/messaging-api/#f-text>
#[derive(Debug, Clone, PartialEq, linebot_derive::SerdeTwin)]
#[serde(rename_all = "camelCase")]
pub struct FlexText {
    /// The text (required unless `contents` holds spans).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<Str>,
    /// Spans, each with its own style.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contents: Option<Vec<FlexComponent>>,
    /// Share of the parent box's space.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flex: Option<i32>,
    /// Font size.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub size: Option<TextSize>,
    /// Horizontal alignment.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub align: Option<Align>,
    /// Vertical alignment.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub gravity: Option<Gravity>,
    /// Font color.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color: Option<Color>,
    /// Font weight.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub weight: Option<Weight>,
    /// Font style.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub style: Option<FontStyle>,
    /// Decoration.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub decoration: Option<Decoration>,
    /// Wraps long text onto several lines.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wrap: Option<bool>,
    /// Line spacing of wrapped text.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub line_spacing: Option<LineSpacing>,
    /// Minimum space before the text in its parent.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub margin: Option<Margin>,
    /// What the offsets are measured from.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub position: Option<Position>,
    /// Top offset.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub offset_top: Option<Offset>,
    /// Bottom offset.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub offset_bottom: Option<Offset>,
    /// Start offset.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub offset_start: Option<Offset>,
    /// End offset.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub offset_end: Option<Offset>,
    /// What happens when the text is tapped.
    /// Boxed: an optional action is kept out of line, so components without one stay small.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<Box<Action>>,
    /// Maximum number of lines when wrapping (0: no limit).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_lines: Option<i32>,
    /// Shrinks the font to fit.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub adjust_mode: Option<AdjustMode>,
    /// Scales the text with the user's font size setting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scaling: Option<bool>,
    /// Fields this version does not model, kept as they came and written back after the
    /// modelled ones ([`UnknownFields`]).
    #[serde(flatten, skip_serializing)]
    pub unknown_fields: UnknownFields,
}

impl FlexText {
    fn empty() -> Self {
        FlexText {
            unknown_fields: UnknownFields::new(),
            text: None,
            contents: None,
            flex: None,
            size: None,
            align: None,
            gravity: None,
            color: None,
            weight: None,
            style: None,
            decoration: None,
            wrap: None,
            line_spacing: None,
            margin: None,
            position: None,
            offset_top: None,
            offset_bottom: None,
            offset_start: None,
            offset_end: None,
            action: None,
            max_lines: None,
            adjust_mode: None,
            scaling: None,
        }
    }

    /// A text showing `text`.
    pub fn new(text: impl Into<Str>) -> Self {
        FlexText {
            text: Some(text.into()),
            ..FlexText::empty()
        }
    }

    /// A text made of one or more spans, the only place spans may go (LINE rule C14):
    /// `FlexText::from_spans([span("a"), span("b")])`. An empty array does not compile; append
    /// spans one by one with [`FlexText::span`].
    pub fn from_spans<S: SpanList>(spans: S) -> Self {
        FlexText {
            contents: Some(spans.into_components()),
            ..FlexText::empty()
        }
    }

    /// Appends a span to `contents`.
    pub fn span(mut self, span: FlexSpan) -> Self {
        self.contents
            .get_or_insert_with(Vec::new)
            .push(FlexComponent::Span(span));
        self
    }
}

/// One or more spans for [`FlexText::from_spans`]: an array of 1 to 32 spans.
#[diagnostic::on_unimplemented(
    message = "a text made of spans needs at least one span",
    label = "expected an array of 1 to 32 `FlexSpan`s",
    note = "LINE rule C14: a text has `text` or spans in `contents`; start from `flex::text(..)` if there is no span"
)]
pub trait SpanList {
    /// The spans as wire components.
    fn into_components(self) -> Vec<FlexComponent>;
}

macro_rules! span_arrays {
    ($($n:literal)*) => { $(
        #[diagnostic::do_not_recommend]
        impl SpanList for [FlexSpan; $n] {
            fn into_components(self) -> Vec<FlexComponent> {
                self.into_iter().map(FlexComponent::Span).collect()
            }
        }
    )* };
}
span_arrays!(1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32);

/// `span`: a run of styled text, only inside a text's `contents` (LINE rule C14).
/// <https://developers.line.biz/en/reference/messaging-api/#span>
#[derive(Debug, Clone, PartialEq, Eq, linebot_derive::SerdeTwin)]
#[serde(rename_all = "camelCase")]
pub struct FlexSpan {
    /// The text.
    pub text: Str,
    /// Font size.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub size: Option<TextSize>,
    /// Font color.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color: Option<Color>,
    /// Font weight.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub weight: Option<Weight>,
    /// Font style.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub style: Option<FontStyle>,
    /// Decoration.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub decoration: Option<Decoration>,
    /// Fields this version does not model, kept as they came and written back after the
    /// modelled ones ([`UnknownFields`]).
    #[serde(flatten, skip_serializing)]
    pub unknown_fields: UnknownFields,
}

impl FlexSpan {
    /// A span showing `text`.
    pub fn new(text: impl Into<Str>) -> Self {
        FlexSpan {
            unknown_fields: UnknownFields::new(),
            text: text.into(),
            size: None,
            color: None,
            weight: None,
            style: None,
            decoration: None,
        }
    }
}

/// `separator`: a line between components.
/// <https://developers.line.biz/en/reference/messaging-api/#separator>
#[derive(Debug, Clone, Default, PartialEq, Eq, linebot_derive::SerdeTwin)]
#[serde(rename_all = "camelCase")]
pub struct FlexSeparator {
    /// Minimum space before the separator in its parent.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub margin: Option<Margin>,
    /// Line color.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color: Option<Color>,
    /// Fields this version does not model, kept as they came and written back after the
    /// modelled ones ([`UnknownFields`]).
    #[serde(flatten, skip_serializing)]
    pub unknown_fields: UnknownFields,
}

/// `filler`: empty space.
/// <https://developers.line.biz/en/reference/messaging-api/#filler>
#[derive(Debug, Clone, Default, PartialEq, Eq, linebot_derive::SerdeTwin)]
#[serde(rename_all = "camelCase")]
pub struct FlexFiller {
    /// Share of the parent box's space.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flex: Option<i32>,
    /// Fields this version does not model, kept as they came and written back after the
    /// modelled ones ([`UnknownFields`]).
    #[serde(flatten, skip_serializing)]
    pub unknown_fields: UnknownFields,
}

macro_rules! offsets {
    ($($ty:ident),*) => { $(
        setters!($ty {
            /// Minimum space before the component in its parent.
            margin: Margin,
            /// What the offsets are measured from.
            position: Position,
            /// Top offset.
            offset_top: Offset,
            /// Bottom offset.
            offset_bottom: Offset,
            /// Start offset.
            offset_start: Offset,
            /// End offset.
            offset_end: Offset,
        });
    )* };
}
offsets!(FlexButton, FlexImage, FlexIcon, FlexText);

with_box_fields!(setters!(FlexBox));
action_setter!(FlexBox);

setters!(FlexButton {
    /// Share of the parent box's space.
    flex: i32,
    /// Character color (link style) or background color (primary, secondary).
    color: Color,
    /// Appearance.
    style: ButtonStyle,
    /// Vertical alignment.
    gravity: Gravity,
    /// Height.
    height: ButtonHeight,
    /// Shrinks the label's font to fit.
    adjust_mode: AdjustMode,
    /// Scales the label with the user's font size setting.
    scaling: bool,
});

setters!(FlexImage {
    /// Share of the parent box's space.
    flex: i32,
    /// Horizontal alignment.
    align: Align,
    /// Vertical alignment.
    gravity: Gravity,
    /// Maximum width (default `md`).
    size: ImageSize,
    /// Aspect ratio (default `1:1`).
    aspect_ratio: AspectRatio,
    /// How the image fills its area when the ratios differ.
    aspect_mode: AspectMode,
    /// Background color.
    background_color: Color,
    /// Plays an animated PNG (at most 10 per message, LINE rule V15). `animated(false)` emits
    /// `"animated": false`.
    animated: bool,
});
action_setter!(FlexImage);

setters!(FlexVideo {
    /// Aspect ratio of the video (default `1:1`).
    aspect_ratio: AspectRatio,
});
action_setter!(FlexVideo);

setters!(FlexIcon {
    /// Maximum width (default `md`).
    size: IconSize,
    /// Aspect ratio (default `1:1`).
    aspect_ratio: AspectRatio,
    /// Scales the icon with the user's font size setting.
    scaling: bool,
});

setters!(FlexText {
    /// Share of the parent box's space.
    flex: i32,
    /// Font size.
    size: TextSize,
    /// Horizontal alignment.
    align: Align,
    /// Vertical alignment.
    gravity: Gravity,
    /// Font color.
    color: Color,
    /// Font weight.
    weight: Weight,
    /// Font style.
    style: FontStyle,
    /// Decoration.
    decoration: Decoration,
    /// Wraps long text onto several lines.
    wrap: bool,
    /// Line spacing of wrapped text.
    line_spacing: LineSpacing,
    /// Maximum number of lines when wrapping (0: no limit).
    max_lines: i32,
    /// Shrinks the font to fit.
    adjust_mode: AdjustMode,
    /// Scales the text with the user's font size setting.
    scaling: bool,
});
action_setter!(FlexText);

setters!(FlexSpan {
    /// Font size.
    size: TextSize,
    /// Font color.
    color: Color,
    /// Font weight.
    weight: Weight,
    /// Font style.
    style: FontStyle,
    /// Decoration.
    decoration: Decoration,
});

setters!(FlexSeparator {
    /// Minimum space before the separator in its parent.
    margin: Margin,
    /// Line color.
    color: Color,
});

setters!(FlexFiller {
    /// Share of the parent box's space.
    flex: i32,
});

super::units::keep_unknown_fields!(
    FlexBox {
        placement,
        spacing: Spacing = "spacing",
        border_width: BorderWidth = "borderWidth",
        corner_radius: CornerRadius = "cornerRadius",
        width: Length = "width",
        max_width: Length = "maxWidth",
        height: Length = "height",
        max_height: Length = "maxHeight",
        padding_all: Padding = "paddingAll",
        padding_top: Padding = "paddingTop",
        padding_bottom: Padding = "paddingBottom",
        padding_start: Padding = "paddingStart",
        padding_end: Padding = "paddingEnd",
        justify_content: JustifyContent = "justifyContent",
        align_items: AlignItems = "alignItems",
    },
    LinearGradient {},
    FlexButton {
        placement,
        style: ButtonStyle = "style",
        gravity: Gravity = "gravity",
        height: ButtonHeight = "height",
        adjust_mode: AdjustMode = "adjustMode",
    },
    FlexImage {
        placement,
        align: Align = "align",
        gravity: Gravity = "gravity",
        size: ImageSize = "size",
        aspect_mode: AspectMode = "aspectMode",
    },
    FlexVideo {},
    FlexIcon {
        placement,
        size: IconSize = "size",
    },
    FlexText {
        placement,
        size: TextSize = "size",
        align: Align = "align",
        gravity: Gravity = "gravity",
        weight: Weight = "weight",
        style: FontStyle = "style",
        decoration: Decoration = "decoration",
        line_spacing: LineSpacing = "lineSpacing",
        adjust_mode: AdjustMode = "adjustMode",
    },
    FlexSpan {
        size: TextSize = "size",
        weight: Weight = "weight",
        style: FontStyle = "style",
        decoration: Decoration = "decoration",
    },
    FlexSeparator {
        margin: Margin = "margin",
    },
    FlexFiller {},
);
