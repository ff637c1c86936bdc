//! Colors of flex components: `#RRGGBB` or `#RRGGBBAA` (LINE rule V13).
//!
//! ```
//! use linebot::message::flex::Color;
//!
//! let brand = linebot::color!("#06C755"); // checked by `cargo check`
//! let dynamic = Color::parse("#ffffff80").unwrap(); // checked at run time
//! assert_eq!(brand.as_str(), "#06C755");
//! assert!(Color::parse("white").is_err());
//! # let _ = dynamic;
//! ```
//!
//! ```compile_fail
//! let c = linebot::color!("#fff"); // LINE rule V13: three digits are not accepted
//! ```

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::validate::{self, Path};

/// A color LINE accepts: `#RRGGBB` or `#RRGGBBAA`.
///
/// Made by [`color!`](crate::color) (checked at compile time), [`Color::parse`] (checked at run
/// time) or [`Color::rgb`]. Colors read from JSON are kept as sent and checked by
/// [`Validate`](crate::validate::Validate).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Color(Cow<'static, str>);

impl Color {
    /// Checks a literal color; panics (a compile error inside a `const`) unless it is
    /// `#RRGGBB` or `#RRGGBBAA`.
    pub const fn from_static(s: &'static str) -> Self {
        if !validate::is_color(s) {
            panic!(
                "a flex color is `#RRGGBB` or `#RRGGBBAA` in hexadecimal digits (LINE rule V13)"
            );
        }
        Color(Cow::Borrowed(s))
    }

    /// Checks a color at run time.
    ///
    /// # Errors
    /// The violation if `s` is not `#RRGGBB` or `#RRGGBBAA`.
    pub fn parse(s: impl Into<String>) -> Result<Self, validate::Violation> {
        let s = s.into();
        let mut out = Vec::new();
        validate::color(&s, &Path::root(), &mut out);
        match out.pop() {
            Some(v) => Err(v),
            None => Ok(Color(Cow::Owned(s))),
        }
    }

    /// An opaque color from its red, green and blue components: `#RRGGBB`.
    pub fn rgb(r: u8, g: u8, b: u8) -> Self {
        Color(Cow::Owned(format!("#{r:02x}{g:02x}{b:02x}")))
    }

    /// A color with transparency: `#RRGGBBAA`.
    pub fn rgba(r: u8, g: u8, b: u8, a: u8) -> Self {
        Color(Cow::Owned(format!("#{r:02x}{g:02x}{b:02x}{a:02x}")))
    }

    /// The color as LINE writes it.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Color {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A flex color checked at compile time: `#RRGGBB` or `#RRGGBBAA` (LINE rule V13).
///
/// ```
/// let c = linebot::color!("#999999");
/// assert_eq!(c.as_str(), "#999999");
/// ```
#[macro_export]
macro_rules! color {
    ($s:literal) => {{
        const C: $crate::message::flex::Color = $crate::message::flex::Color::from_static($s);
        C
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constructors() {
        assert_eq!(Color::rgb(0, 0xb9, 0).as_str(), "#00b900");
        assert_eq!(Color::rgba(255, 255, 255, 128).as_str(), "#ffffff80");
        assert!(Color::parse("#12345").is_err());
        assert_eq!(crate::color!("#ABCDEF").as_str(), "#ABCDEF");
    }
}
