//! Keyword values of flex properties, with the pixel and percent forms LINE allows beside them.
//!
//! ```
//! use linebot::message::flex::units::{Spacing, Padding, ImageSize};
//!
//! assert_eq!(serde_json::to_string(&Spacing::Md).unwrap(), r#""md""#);
//! assert_eq!(serde_json::to_string(&Spacing::Px(12)).unwrap(), r#""12px""#);
//! assert_eq!(serde_json::to_string(&Padding::Percent(10)).unwrap(), r#""10%""#);
//! ```
//!
//! A component's optional properties hold only the values these enums model, so that each costs
//! one byte (eight with a pixel or percent number). A value this version does not model (a
//! keyword LINE adds later, a decimal pixel value such as `"12.5px"`) is kept as it came in the
//! component's [`unknown_fields`](crate::UnknownFields), written back, and reported by
//! [`Validate`](crate::validate::Validate) if LINE would not accept it:
//!
//! ```
//! use linebot::message::flex::FlexComponent;
//!
//! let json = r#"{"type":"image","url":"https://example.com/a.png","size":"6xl"}"#;
//! let image: FlexComponent = serde_json::from_str(json)?;
//! let FlexComponent::Image(i) = &image else { unreachable!() };
//! assert_eq!(i.size, None);
//! assert_eq!(i.unknown_fields.get("size"), Some(&"6xl".into()));
//! assert_eq!(serde_json::to_string(&image)?, json);
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! To send such a value, set it with `unknown_field`, which every component and builder has:
//! `flex::text("Total").unknown_field("margin", "12.5px")`.
//!
//! The properties that are required or that a container holds ([`Layout`], [`BubbleSize`],
//! [`Direction`], and a gradient's [`Angle`] and [`Percentage`]) keep such a value in their
//! `Unknown` variant instead.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::Str;

/// A keyword value this version does not model, kept as sent: the payload of the `Unknown`
/// variant of [`Layout`], [`BubbleSize`], [`Direction`], [`Angle`] and [`Percentage`].
///
/// It is one pointer wide (the text lives out of line), since such values are rare. It reads as
/// a `&str`.
///
/// ```
/// use linebot::message::flex::units::{BubbleSize, UnknownValue};
///
/// let size = BubbleSize::Unknown("tera".into());
/// if let BubbleSize::Unknown(v) = &size {
///     assert_eq!(v, "tera");
///     assert_eq!(v.len(), 4);
/// }
/// assert_eq!(UnknownValue::from("tera").to_string(), "tera");
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct UnknownValue(Box<Str>);

impl UnknownValue {
    /// The value as sent.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for UnknownValue {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for UnknownValue {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self)
    }
}

impl<T: Into<Str>> From<T> for UnknownValue {
    fn from(value: T) -> Self {
        UnknownValue(Box::new(value.into()))
    }
}

impl PartialEq<str> for UnknownValue {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for UnknownValue {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// What a keyword type accepts, for the runtime validator to judge a value this version does
/// not model.
pub trait Keyword: Sized {
    /// The value LINE writes as `s`, if this version models it.
    fn parse(s: &str) -> Option<Self>;
    /// The value as LINE writes it, if it is one this version does not model (held only by the
    /// types with an `Unknown` variant).
    fn unknown(&self) -> Option<&str>;
    /// Whether `"{n}px"` (decimals allowed) is accepted.
    const PX: bool;
    /// Whether `"{n}%"` (decimals allowed) is accepted.
    const PERCENT: bool;
    /// The accepted values, in words.
    const EXPECTED: &'static str;
}

/// How the validator judges a value of one keyword property: what [`Keyword`] says of its type.
#[derive(Debug, Clone, Copy)]
pub(crate) struct KeywordRule {
    pub(crate) px: bool,
    pub(crate) percent: bool,
    pub(crate) expected: &'static str,
}

impl KeywordRule {
    pub(crate) const fn of<T: Keyword>() -> Self {
        KeywordRule {
            px: T::PX,
            percent: T::PERCENT,
            expected: T::EXPECTED,
        }
    }
}

/// The optional keyword properties of a flex object, by their JSON names: a value of one that
/// this version does not model stays in the object's `unknown_fields`, where the validator
/// judges it and `lint()` does not count it as an unknown property.
pub(crate) trait KeywordProperties {
    const KEYWORDS: &'static [(&'static str, KeywordRule)];
    /// The object's unknown fields.
    fn kept(&self) -> &crate::UnknownFields;
    /// Whether the own field of keyword property `key` holds a value.
    fn is_set(&self, key: &str) -> bool;
}

/// Moves the value of the keyword property `key` from `fields` into `slot` when this version
/// models it; a `null` is an absent value, as for any optional field.
pub(crate) fn lift<T: Keyword>(fields: &mut crate::UnknownFields, key: &str, slot: &mut Option<T>) {
    let value = match fields.get(key) {
        None => return,
        Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(s)) => match T::parse(s) {
            Some(v) => Some(v),
            None => return,
        },
        Some(_) => return,
    };
    fields.remove(key);
    *slot = value;
}

/// The serde derive's code for a flex object, which its own `Serialize` and `Deserialize` wrap;
/// written by `#[derive(linebot_derive::SerdeTwin)]` on the object.
pub(crate) trait Derived: Sized {
    /// The derive's `serialize`: the modelled fields, not the unknown ones.
    fn derived_serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error>;

    /// The derive's `deserialize`: every field not modelled lands in `unknown_fields`, keyword
    /// properties included.
    fn derived_deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error>;
}

/// `impl Serialize` and `impl Deserialize` for the flex objects, which keep their
/// [`UnknownFields`](crate::UnknownFields), and their [`KeywordProperties`]: each object's
/// optional keyword properties (field, type and JSON name).
///
/// Each type derives `linebot_derive::SerdeTwin` (serde's derive, reached through [`Derived`])
/// and marks its `unknown_fields` with `#[serde(flatten, skip_serializing)]`, and each listed
/// keyword property with `skip_deserializing`. Read, the fields no modelled field took land in
/// `unknown_fields`, and then each keyword property whose value this version models moves into
/// its field. Written, an object without unknown fields takes the derive's own
/// `serialize_struct` path (the common case costs one test), and one with some is written as a
/// map, its modelled fields first.
macro_rules! keep_unknown_fields {
    // `placement,` first in a list stands for the margin, position and offsets every component
    // but a span, separator, filler and video has.
    (@expand [$($done:tt)*] $ty:ident { placement, $($rest:tt)* } $(, $($more:tt)*)?) => {
        $crate::message::flex::units::keep_unknown_fields!(@expand [$($done)* $ty {
            margin: $crate::message::flex::units::Margin = "margin",
            position: $crate::message::flex::units::Position = "position",
            offset_top: $crate::message::flex::units::Offset = "offsetTop",
            offset_bottom: $crate::message::flex::units::Offset = "offsetBottom",
            offset_start: $crate::message::flex::units::Offset = "offsetStart",
            offset_end: $crate::message::flex::units::Offset = "offsetEnd",
            $($rest)*
        },] $($($more)*)?);
    };
    (@expand [$($done:tt)*] $ty:ident { $($list:tt)* } $(, $($more:tt)*)?) => {
        $crate::message::flex::units::keep_unknown_fields!(@expand [$($done)* $ty { $($list)* },] $($($more)*)?);
    };
    (@expand [$($done:tt)*]) => {
        $crate::message::flex::units::keep_unknown_fields!(@impls $($done)*);
    };
    (@impls $($ty:ident { $($field:ident: $kind:ty = $key:literal),* $(,)? },)*) => {$(
        impl serde::Serialize for $ty {
            #[inline(always)]
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                if self.unknown_fields.is_empty() {
                    $crate::message::flex::units::Derived::derived_serialize(self, serializer)
                } else {
                    $crate::unknown_fields::appending(&self.unknown_fields, serializer, |s| {
                        $crate::message::flex::units::Derived::derived_serialize(self, s)
                    })
                }
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            #[inline]
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                #[allow(unused_mut)]
                let mut value =
                    <$ty as $crate::message::flex::units::Derived>::derived_deserialize(deserializer)?;
                $(
                    $crate::message::flex::units::lift::<$kind>(
                        &mut value.unknown_fields,
                        $key,
                        &mut value.$field,
                    );
                )*
                Ok(value)
            }
        }

        impl $crate::message::flex::units::KeywordProperties for $ty {
            const KEYWORDS: &'static [(&'static str, $crate::message::flex::units::KeywordRule)] = &[
                $( ($key, $crate::message::flex::units::KeywordRule::of::<$kind>()), )*
            ];

            fn kept(&self) -> &$crate::UnknownFields {
                &self.unknown_fields
            }

            fn is_set(&self, _key: &str) -> bool {
                match _key {
                    $( $key => self.$field.is_some(), )*
                    _ => false,
                }
            }
        }
    )*};
    ($($list:tt)*) => {
        $crate::message::flex::units::keep_unknown_fields!(@expand [] $($list)*);
    };
}

pub(crate) use keep_unknown_fields;

/// Whether `s` is `"{number}{unit}"` with a non-negative decimal number.
pub(crate) fn is_number_with_unit(s: &str, unit: &str) -> bool {
    let Some(n) = s.strip_suffix(unit) else {
        return false;
    };
    let mut parts = n.splitn(2, '.');
    let int = parts.next().unwrap_or("");
    let frac = parts.next();
    !int.is_empty()
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
}

/// Declares a keyword enum, optionally with `Px(u32)` and `Percent(u32)` forms, and with an
/// `Unknown(UnknownValue)` variant when declared `+ Unknown`; with its serde impls (keywords and
/// `"12px"`/`"10%"` strings) and its [`Keyword`] impl.
///
/// Without `Unknown`, deserializing a value this version does not model is an error: the
/// components read such a value into their `unknown_fields` instead (see
/// `keep_unknown_fields!`).
macro_rules! keyword_enum {
    (
        $(#[$doc:meta])*
        $name:ident [$($unit:ident),*] $expected:literal {
            $( $var:ident => $kw:literal ),* $(,)?
        } $(+ $unknown:ident)?
    ) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $( #[doc = concat!("`", $kw, "`")] $var, )*
            $( #[doc = unit_doc!($unit)] $unit(u32), )*
            $(
                /// A value this version does not model, kept as sent.
                $unknown(UnknownValue),
            )?
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match self {
                    $( $name::$var => f.write_str($kw), )*
                    $( $name::$unit(n) => write!(f, "{}{}", n, unit_suffix!($unit)), )*
                    $( $name::$unknown(s) => f.write_str(s), )?
                }
            }
        }

        impl Serialize for $name {
            #[inline]
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                match self {
                    $( $name::$var => s.serialize_str($kw), )*
                    $( $name::$unknown(v) => s.serialize_str(v), )?
                    #[allow(unreachable_patterns)]
                    other => s.collect_str(other),
                }
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl serde::de::Visitor<'_> for V {
                    type Value = $name;
                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str($expected)
                    }
                    #[allow(unreachable_code)]
                    fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<$name, E> {
                        $( return Ok($name::parse(s).unwrap_or_else(|| $name::$unknown(s.into()))); )?
                        $name::parse(s)
                            .ok_or_else(|| E::invalid_value(serde::de::Unexpected::Str(s), &self))
                    }
                }
                d.deserialize_str(V)
            }
        }

        impl Keyword for $name {
            fn parse(s: &str) -> Option<Self> {
                match s {
                    $( $kw => Some($name::$var), )*
                    _ => {
                        $(
                            if let Some(n) = s.strip_suffix(unit_suffix!($unit)).and_then(parse_u32) {
                                return Some($name::$unit(n));
                            }
                        )*
                        None
                    }
                }
            }
            fn unknown(&self) -> Option<&str> {
                #[allow(unreachable_patterns)]
                match self {
                    $( $name::$unknown(s) => Some(s), )?
                    _ => None,
                }
            }
            const PX: bool = false $( || unit_is!($unit, Px) )*;
            const PERCENT: bool = false $( || unit_is!($unit, Percent) )*;
            const EXPECTED: &'static str = $expected;
        }
    };
}

macro_rules! unit_suffix {
    (Px) => {
        "px"
    };
    (Deg) => {
        "deg"
    };
    (Percent) => {
        "%"
    };
}

macro_rules! unit_doc {
    (Deg) => {
        "Degrees: `Deg(90)` is `\"90deg\"`."
    };
    (Px) => {
        "Pixels: `Px(12)` is `\"12px\"`."
    };
    (Percent) => {
        "Percent of the parent: `Percent(10)` is `\"10%\"`."
    };
}

macro_rules! unit_is {
    (Px, Px) => {
        true
    };
    (Percent, Percent) => {
        true
    };
    ($a:ident, $b:ident) => {
        false
    };
}

/// Digits only (no sign, no leading `+`), so that `"+3px"` stays `Unknown` as sent.
fn parse_u32(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

keyword_enum! {
    /// `spacing` of a box and `margin` of a component: the minimum space between components.
    /// <https://developers.line.biz/en/docs/messaging-api/flex-message-layout/#component-spacing>
    Spacing [Px]
    "one of none, xs, sm, md, lg, xl, xxl, or pixels such as `12px`" {
        None => "none", Xs => "xs", Sm => "sm", Md => "md", Lg => "lg", Xl => "xl", Xxl => "xxl",
    }
}

/// `margin` takes the same values as [`Spacing`].
pub type Margin = Spacing;

keyword_enum! {
    /// `paddingAll`, `paddingTop`, ... of a box.
    /// <https://developers.line.biz/en/docs/messaging-api/flex-message-layout/#padding-property>
    Padding [Px, Percent]
    "one of none, xs, sm, md, lg, xl, xxl, pixels such as `12px` or a percentage such as `10%`" {
        None => "none", Xs => "xs", Sm => "sm", Md => "md", Lg => "lg", Xl => "xl", Xxl => "xxl",
    }
}

keyword_enum! {
    /// `offsetTop`, `offsetBottom`, `offsetStart`, `offsetEnd` of a component.
    /// <https://developers.line.biz/en/docs/messaging-api/flex-message-layout/#component-offset>
    Offset [Px, Percent]
    "one of none, xs, sm, md, lg, xl, xxl, pixels such as `12px` or a percentage such as `10%`" {
        None => "none", Xs => "xs", Sm => "sm", Md => "md", Lg => "lg", Xl => "xl", Xxl => "xxl",
    }
}

keyword_enum! {
    /// `borderWidth` of a box.
    /// <https://developers.line.biz/en/reference/messaging-api/#box>
    BorderWidth [Px]
    "one of none, light, normal, medium, semi-bold, bold, or pixels such as `2px`" {
        None => "none", Light => "light", Normal => "normal", Medium => "medium",
        SemiBold => "semi-bold", Bold => "bold",
    }
}

keyword_enum! {
    /// `cornerRadius` of a box.
    /// <https://developers.line.biz/en/reference/messaging-api/#box>
    CornerRadius [Px]
    "one of none, xs, sm, md, lg, xl, xxl, or pixels such as `8px`" {
        None => "none", Xs => "xs", Sm => "sm", Md => "md", Lg => "lg", Xl => "xl", Xxl => "xxl",
    }
}

keyword_enum! {
    /// `width`, `maxWidth`, `height`, `maxHeight` of a box: pixels or a percentage.
    /// <https://developers.line.biz/en/docs/messaging-api/flex-message-layout/#box-width>
    Length [Px, Percent]
    "pixels such as `120px` or a percentage such as `50%`" {}
}

keyword_enum! {
    /// `lineSpacing` of a text: pixels.
    /// <https://developers.line.biz/en/reference/messaging-api/#f-text>
    LineSpacing [Px]
    "pixels such as `8px`" {}
}

keyword_enum! {
    /// `size` of an image: the maximum width.
    /// <https://developers.line.biz/en/reference/messaging-api/#f-image>
    ImageSize [Px, Percent]
    "one of xxs, xs, sm, md, lg, xl, xxl, 3xl, 4xl, 5xl, full, pixels such as `120px` or a percentage such as `50%`" {
        Xxs => "xxs", Xs => "xs", Sm => "sm", Md => "md", Lg => "lg", Xl => "xl", Xxl => "xxl",
        X3l => "3xl", X4l => "4xl", X5l => "5xl", Full => "full",
    }
}

keyword_enum! {
    /// `size` of an icon: the maximum width.
    /// <https://developers.line.biz/en/reference/messaging-api/#icon>
    IconSize [Px, Percent]
    "one of xxs, xs, sm, md, lg, xl, xxl, 3xl, 4xl, 5xl, pixels such as `20px` or a percentage such as `50%`" {
        Xxs => "xxs", Xs => "xs", Sm => "sm", Md => "md", Lg => "lg", Xl => "xl", Xxl => "xxl",
        X3l => "3xl", X4l => "4xl", X5l => "5xl",
    }
}

keyword_enum! {
    /// `size` of a text or a span: the font size.
    /// <https://developers.line.biz/en/reference/messaging-api/#f-text>
    TextSize [Px]
    "one of xxs, xs, sm, md, lg, xl, xxl, 3xl, 4xl, 5xl, or pixels such as `16px`" {
        Xxs => "xxs", Xs => "xs", Sm => "sm", Md => "md", Lg => "lg", Xl => "xl", Xxl => "xxl",
        X3l => "3xl", X4l => "4xl", X5l => "5xl",
    }
}

keyword_enum! {
    /// `angle` of a linear gradient, in degrees: `"90deg"`.
    /// <https://developers.line.biz/en/reference/messaging-api/#f-linear-gradient>
    Angle [Deg]
    "an angle in degrees such as `90deg`" {} + Unknown
}

keyword_enum! {
    /// `centerPosition` of a linear gradient: a percentage.
    /// <https://developers.line.biz/en/reference/messaging-api/#f-linear-gradient>
    Percentage [Percent]
    "a percentage such as `50%`" {} + Unknown
}

/// Declares a plain keyword enum (no pixel form): [`keyword_enum!`] without units.
macro_rules! plain_enum {
    (
        $(#[$doc:meta])*
        $name:ident $expected:literal { $( $var:ident => $kw:literal ),* $(,)? } $(+ $unknown:ident)?
    ) => {
        keyword_enum! {
            $(#[$doc])*
            $name [] $expected { $( $var => $kw ),* } $(+ $unknown)?
        }
    };
}

plain_enum! {
    /// `layout` of a box.
    Layout "one of horizontal, vertical, baseline" {
        Horizontal => "horizontal", Vertical => "vertical", Baseline => "baseline",
    } + Unknown
}
plain_enum! {
    /// `position` of a component: where its offsets are measured from.
    Position "one of relative, absolute" { Relative => "relative", Absolute => "absolute" }
}
plain_enum! {
    /// `justifyContent` of a box: the distribution along the main axis.
    JustifyContent "one of flex-start, center, flex-end, space-between, space-around, space-evenly" {
        FlexStart => "flex-start", Center => "center", FlexEnd => "flex-end",
        SpaceBetween => "space-between", SpaceAround => "space-around",
        SpaceEvenly => "space-evenly",
    }
}
plain_enum! {
    /// `alignItems` of a box: the alignment along the cross axis.
    AlignItems "one of flex-start, center, flex-end" {
        FlexStart => "flex-start", Center => "center", FlexEnd => "flex-end",
    }
}
plain_enum! {
    /// `align` of an image or a text: horizontal alignment.
    Align "one of start, end, center" { Start => "start", End => "end", Center => "center" }
}
plain_enum! {
    /// `gravity` of a button, image or text: vertical alignment.
    Gravity "one of top, bottom, center" { Top => "top", Bottom => "bottom", Center => "center" }
}
plain_enum! {
    /// `weight` of a text or span.
    Weight "one of regular, bold" { Regular => "regular", Bold => "bold" }
}
plain_enum! {
    /// `style` of a text or span.
    FontStyle "one of normal, italic" { Normal => "normal", Italic => "italic" }
}
plain_enum! {
    /// `decoration` of a text or span.
    Decoration "one of none, underline, line-through" {
        None => "none", Underline => "underline", LineThrough => "line-through",
    }
}
plain_enum! {
    /// `style` of a button.
    ButtonStyle "one of primary, secondary, link" {
        Primary => "primary", Secondary => "secondary", Link => "link",
    }
}
plain_enum! {
    /// `height` of a button.
    ButtonHeight "one of sm, md" { Sm => "sm", Md => "md" }
}
plain_enum! {
    /// `adjustMode` of a button or text: shrink the font to fit.
    AdjustMode "shrink-to-fit" { ShrinkToFit => "shrink-to-fit" }
}
plain_enum! {
    /// `aspectMode` of an image.
    AspectMode "one of cover, fit" { Cover => "cover", Fit => "fit" }
}
plain_enum! {
    /// `size` of a bubble (default `mega`).
    BubbleSize "one of nano, micro, deca, hecto, kilo, mega, giga" {
        Nano => "nano", Micro => "micro", Deca => "deca", Hecto => "hecto", Kilo => "kilo",
        Mega => "mega", Giga => "giga",
    } + Unknown
}
plain_enum! {
    /// `direction` of a bubble: the text direction and the order of horizontal box components.
    Direction "one of ltr, rtl" { Ltr => "ltr", Rtl => "rtl" } + Unknown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_pixels_and_percentages_round_trip() {
        for (v, s) in [
            (Padding::Md, "\"md\""),
            (Padding::Px(12), "\"12px\""),
            (Padding::Percent(5), "\"5%\""),
        ] {
            assert_eq!(serde_json::to_string(&v).unwrap(), s);
            assert_eq!(serde_json::from_str::<Padding>(s).unwrap(), v);
        }
        assert_eq!(ImageSize::X3l.to_string(), "3xl");
        assert_eq!(serde_json::to_string(&Angle::Deg(90)).unwrap(), "\"90deg\"");
    }

    #[test]
    fn values_this_version_does_not_model() {
        // An optional property's type holds only modelled values (the component keeps the
        // others in its `unknown_fields`): standing alone, such a value is an error.
        assert_eq!(Padding::parse("12.5px"), None);
        assert_eq!(Spacing::parse("5%"), None);
        assert_eq!(Spacing::parse("+3px"), None);
        let e = serde_json::from_str::<Spacing>("\"5%\"").unwrap_err();
        assert!(
            e.to_string()
                .starts_with("invalid value: string \"5%\", expected one of none")
        );
        // The required and container properties keep it in their `Unknown` variant.
        assert_eq!(
            serde_json::from_str::<Layout>("\"grid\"").unwrap(),
            Layout::Unknown("grid".into())
        );
        assert_eq!(
            serde_json::from_str::<Angle>("\"22.5deg\"").unwrap(),
            Angle::Unknown("22.5deg".into())
        );
        assert_eq!(Layout::Unknown("grid".into()).unknown(), Some("grid"));
        assert_eq!(Layout::Vertical.unknown(), None);
    }

    #[test]
    fn number_with_unit() {
        assert!(is_number_with_unit("12px", "px"));
        assert!(is_number_with_unit("12.5px", "px"));
        assert!(!is_number_with_unit("12.px", "px"));
        assert!(!is_number_with_unit("-1px", "px"));
        assert!(!is_number_with_unit("px", "px"));
        assert!(is_number_with_unit("33.3%", "%"));
    }
}
