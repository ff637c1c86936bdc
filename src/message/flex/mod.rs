//! Flex messages: layouts written in Rust that read like the layout, checked by the compiler
//! where LINE's rules allow, and JSON (from LINE's Flex Message Simulator) checked by the same
//! rules at run time.
//!
//! ```
//! use linebot::action;
//! use linebot::message::flex::{self, FlexMessage, units::*};
//! use linebot::{aspect_ratio, color, label};
//!
//! let star = "https://example.com/star.png";
//! let card = flex::bubble()
//!     .hero(
//!         flex::image("https://example.com/cafe.jpg")
//!             .size(ImageSize::Full)
//!             .aspect_ratio(aspect_ratio!("20:13"))
//!             .aspect_mode(AspectMode::Cover),
//!     )
//!     .body(
//!         flex::vertical()
//!             .push(flex::text("Brown Cafe").weight(Weight::Bold).size(TextSize::Xl))
//!             .push(
//!                 flex::baseline()
//!                     .margin(Spacing::Md)
//!                     .push(flex::icon(star).size(IconSize::Sm))
//!                     .push(flex::text("4.0").size(TextSize::Sm).color(color!("#999999"))),
//!             ),
//!     )
//!     .footer(
//!         flex::vertical().push(
//!             flex::button(action::uri("https://example.com").label(label!("Call")))
//!                 .style(ButtonStyle::Link),
//!         ),
//!     );
//! let message = FlexMessage::new("Brown Cafe", card);
//! let json = serde_json::to_string(&message).unwrap();
//! assert!(json.starts_with(r#"{"altText":"Brown Cafe","contents":{"type":"bubble","hero":"#));
//! ```
//!
//! An image in a baseline box does not compile (LINE rule C12):
//!
//! ```compile_fail
//! use linebot::message::flex;
//! let row = flex::baseline().push(flex::image("https://example.com/a.png"));
//! ```
//!
//! JSON from the simulator is loaded with [`FlexContainer::from_json`] and checked with
//! [`Validate`]:
//!
//! ```
//! use linebot::message::flex::FlexContainer;
//! use linebot::validate::Validate;
//!
//! let json = r#"{"type":"bubble","body":{"type":"box","layout":"baseline","contents":[
//!     {"type":"button","action":{"type":"uri","label":"Go","uri":"https://example.com"}}]}}"#;
//! let container = FlexContainer::from_json(json).unwrap();
//! let err = container.validate().unwrap_err();
//! assert_eq!(err.paths(), ["body.contents[0]"]);
//! ```

use crate::Str;
use serde::{Deserialize, Serialize};

use super::{QuickReply, Sender};
use crate::validate::{self, Path, Validate, Violations};

pub mod aspect_ratio;
pub mod builder;
mod check;
pub mod color;
pub mod component;
pub mod container;
pub mod units;

pub use aspect_ratio::AspectRatio;
pub use builder::{
    AnyCarouselBubble, BaselineBox, BubbleBuilder, CarouselBuilder, HorizontalBox,
    IntoFlexContainer, VerticalBox, baseline, bubble, button, carousel, carousel_of, filler,
    horizontal, icon, image, separator, size, span, text, vertical, video,
};
pub use color::Color;
pub use component::{
    Background, FlexBox, FlexButton, FlexComponent, FlexFiller, FlexIcon, FlexImage, FlexSeparator,
    FlexSpan, FlexText, FlexVideo, LinearGradient, SpanList,
};
pub use container::{BlockStyle, Bubble, BubbleStyles, Carousel, FlexContainer};

/// `flex` message: <https://developers.line.biz/en/reference/messaging-api/#flex-message>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FlexMessage {
    /// Alternative text, shown in notifications and chat lists (1 to 1500 characters).
    pub alt_text: Str,
    /// The flex container.
    pub contents: FlexContainer,
    /// Quick reply buttons shown with the message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quick_reply: Option<QuickReply>,
    /// Icon and display name shown instead of the account's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender: Option<Sender>,
}

impl FlexMessage {
    /// A flex message showing `contents` (a bubble, or a carousel of 1 to 12 bubbles), with
    /// `alt_text` where the layout cannot be shown.
    pub fn new(alt_text: impl Into<Str>, contents: impl IntoFlexContainer) -> Self {
        FlexMessage {
            alt_text: alt_text.into(),
            contents: contents.into_container(),
            quick_reply: None,
            sender: None,
        }
    }
}

impl Validate for FlexMessage {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        path.rule("V03", |path| {
            path.field("altText", |p| {
                validate::nonempty_utf16(&self.alt_text, crate::limits::ALT_TEXT_MAX, p, out)
            })
        });
        path.field("contents", |p| {
            check::Walker::new(out).container(&self.contents, p)
        });
        super::validate_common(&self.quick_reply, &self.sender, path, out);
    }
}

/// A flex container read from JSON did not parse.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("flex JSON does not parse at line {line}, column {column}: {message}")]
#[non_exhaustive]
pub struct FromJsonError {
    /// What went wrong.
    pub message: String,
    /// Line of the error (1-based).
    pub line: usize,
    /// Column of the error (1-based).
    pub column: usize,
}

impl FlexContainer {
    /// Reads a container (the `contents` of a flex message, as the Flex Message Simulator
    /// shows it). Unknown types and keyword values are kept, and so is an object of a known
    /// type that does not match its schema (as `Unknown`); call
    /// [`validate`](Validate::validate) to check LINE's rules, which reports those too, with
    /// their paths.
    ///
    /// # Errors
    /// [`FromJsonError`] if the text is not JSON of a flex container.
    pub fn from_json(json: &str) -> Result<Self, FromJsonError> {
        serde_json::from_str(json).map_err(|e| FromJsonError {
            message: e.to_string(),
            line: e.line(),
            column: e.column(),
        })
    }

    /// The container as compact JSON, exactly as it is sent.
    pub fn to_json(&self) -> String {
        // Serializing plain data with string keys cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}

impl Validate for FlexContainer {
    /// Checks every rule of LINE's flex reference: child kinds per box layout (C12, C13), span
    /// placement (C14), hero kinds (C15), video placement and bubble size (C16), carousel size
    /// (C11), action contexts, HTTPS media URLs (V09), colors (V13), aspect ratios (V14),
    /// animated images (V15) and keyword values.
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        check::Walker::new(out).container(self, path)
    }
}

impl Validate for Bubble {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        check::Walker::new(out).bubble(self, path)
    }
}
