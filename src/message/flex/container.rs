//! Flex containers, the wire model: a bubble, or a carousel of bubbles.
//!
//! ```
//! use linebot::message::flex::{FlexContainer, Bubble};
//!
//! let c = FlexContainer::from_json(r#"{"type":"bubble","body":{"type":"box","layout":"vertical","contents":[]}}"#).unwrap();
//! assert!(matches!(c, FlexContainer::Bubble(_)));
//! ```

use serde::Deserialize;

use super::color::Color;
use super::component::{FlexBox, FlexComponent};
use super::units::{BubbleSize, Direction};
use crate::UnknownFields;
use crate::action::Action;

/// A flex container: the `contents` of a flex message. Types LINE adds later deserialize into
/// [`FlexContainer::Unknown`].
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum FlexContainer {
    /// `bubble`
    #[serde(rename = "bubble")]
    Bubble(Box<Bubble>),
    /// `carousel`
    #[serde(rename = "carousel")]
    Carousel(Carousel),
    /// A container this version does not know (or a known one that did not match its schema),
    /// kept as JSON.
    #[serde(untagged)]
    Unknown(serde_json::Value),
}

// The JSON `#[derive(Serialize)]` writes with the attributes above, each tag a constant;
// and the kinds `validate()` reads again from `Unknown` JSON.
crate::tagged::tagged_enum!(FlexContainer, "type", {
    Bubble = "bubble",
    Carousel = "carousel",
}, Unknown);

impl From<Bubble> for FlexContainer {
    fn from(b: Bubble) -> Self {
        FlexContainer::Bubble(Box::new(b))
    }
}

impl From<Carousel> for FlexContainer {
    fn from(c: Carousel) -> Self {
        FlexContainer::Carousel(c)
    }
}

/// `bubble`: one message bubble of up to four blocks.
/// <https://developers.line.biz/en/reference/messaging-api/#bubble>
#[derive(Debug, Clone, Default, PartialEq, linebot_derive::SerdeTwin)]
#[serde(rename_all = "camelCase")]
pub struct Bubble {
    /// Size (default `mega`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<BubbleSize>,
    /// Text direction and order of horizontal box children.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    /// Header block.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "tagged_box")]
    pub header: Option<Box<FlexBox>>,
    /// Hero block: a box, an image or a video.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hero: Option<FlexComponent>,
    /// Body block.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "tagged_box")]
    pub body: Option<Box<FlexBox>>,
    /// Footer block.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "tagged_box")]
    pub footer: Option<Box<FlexBox>>,
    /// Styles of the blocks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub styles: Option<BubbleStyles>,
    /// What happens when the bubble is tapped (kept out of line, as on components).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<Box<Action>>,
    /// Fields this version does not model, kept as they came and written back after the
    /// modelled ones ([`UnknownFields`]).
    #[serde(flatten, skip_serializing)]
    pub unknown_fields: UnknownFields,
}

/// `carousel`: 1 to 12 bubbles side by side.
/// <https://developers.line.biz/en/reference/messaging-api/#f-carousel>
#[derive(Debug, Clone, Default, PartialEq, linebot_derive::SerdeTwin)]
pub struct Carousel {
    /// The bubbles.
    #[serde(with = "tagged_bubbles")]
    pub contents: Vec<Bubble>,
    /// Fields this version does not model, kept as they came and written back after the
    /// modelled ones ([`UnknownFields`]).
    #[serde(flatten, skip_serializing)]
    pub unknown_fields: UnknownFields,
}

/// `styles` of a bubble.
/// <https://developers.line.biz/en/reference/messaging-api/#bubble-style>
#[derive(Debug, Clone, Default, PartialEq, Eq, linebot_derive::SerdeTwin)]
pub struct BubbleStyles {
    /// Header block style.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub header: Option<BlockStyle>,
    /// Hero block style.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hero: Option<BlockStyle>,
    /// Body block style.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<BlockStyle>,
    /// Footer block style.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub footer: Option<BlockStyle>,
    /// Fields this version does not model, kept as they came and written back after the
    /// modelled ones ([`UnknownFields`]).
    #[serde(flatten, skip_serializing)]
    pub unknown_fields: UnknownFields,
}

impl BubbleStyles {
    /// Header block style.
    pub fn header(mut self, style: BlockStyle) -> Self {
        self.header = Some(style);
        self
    }
    /// Hero block style.
    pub fn hero(mut self, style: BlockStyle) -> Self {
        self.hero = Some(style);
        self
    }
    /// Body block style.
    pub fn body(mut self, style: BlockStyle) -> Self {
        self.body = Some(style);
        self
    }
    /// Footer block style.
    pub fn footer(mut self, style: BlockStyle) -> Self {
        self.footer = Some(style);
        self
    }
}

/// Style of one block of a bubble.
/// <https://developers.line.biz/en/reference/messaging-api/#block-style>
#[derive(Debug, Clone, Default, PartialEq, Eq, linebot_derive::SerdeTwin)]
#[serde(rename_all = "camelCase")]
pub struct BlockStyle {
    /// Background color of the block.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub background_color: Option<Color>,
    /// Draws a separator above the block (ignored for the first block).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub separator: Option<bool>,
    /// Color of that separator.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub separator_color: Option<Color>,
    /// Fields this version does not model, kept as they came and written back after the
    /// modelled ones ([`UnknownFields`]).
    #[serde(flatten, skip_serializing)]
    pub unknown_fields: UnknownFields,
}

impl BlockStyle {
    /// Background color of the block.
    pub fn background_color(mut self, color: Color) -> Self {
        self.background_color = Some(color);
        self
    }
    /// Draws a separator above the block (ignored for the first block).
    pub fn separator(mut self, separator: bool) -> Self {
        self.separator = Some(separator);
        self
    }
    /// Color of that separator.
    pub fn separator_color(mut self, color: Color) -> Self {
        self.separator_color = Some(color);
        self
    }
}

super::component::unknown_field_setter!(BubbleStyles => unknown_fields);
super::component::unknown_field_setter!(BlockStyle => unknown_fields);

/// A bubble's header, body and footer are boxes: `{"type": "box", ...}`. The block fields are
/// typed `FlexBox`, so the tag is written and read here.
mod tagged_box {
    use super::FlexBox;
    use crate::tagged::WithTag;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    crate::tagged::tag!(BoxTag, "FlexBox", "type" = "box");

    #[derive(Deserialize)]
    #[serde(tag = "type")]
    enum Owned {
        #[serde(rename = "box")]
        Box(Box<FlexBox>),
    }

    pub(super) fn serialize<S: Serializer>(
        v: &Option<Box<FlexBox>>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        v.as_deref().map(WithTag::<_, BoxTag>::new).serialize(s)
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<Box<FlexBox>>, D::Error> {
        Ok(Option::<Owned>::deserialize(d)?.map(|Owned::Box(b)| b))
    }
}

/// A carousel's contents are bubbles: `{"type": "bubble", ...}`.
mod tagged_bubbles {
    use super::Bubble;
    use crate::tagged::WithTag;
    use serde::{Deserialize, Deserializer, Serializer};

    crate::tagged::tag!(BubbleTag, "Bubble", "type" = "bubble");

    #[derive(Deserialize)]
    #[serde(tag = "type")]
    enum Owned {
        #[serde(rename = "bubble")]
        Bubble(Bubble),
    }

    pub(super) fn serialize<S: Serializer>(v: &[Bubble], s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(v.iter().map(WithTag::<_, BubbleTag>::new))
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Bubble>, D::Error> {
        Ok(Vec::<Owned>::deserialize(d)?
            .into_iter()
            .map(|Owned::Bubble(b)| b)
            .collect())
    }
}

super::units::keep_unknown_fields!(Bubble {}, Carousel {}, BubbleStyles {}, BlockStyle {});
