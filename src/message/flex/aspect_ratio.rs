//! Aspect ratios of flex images, icons and videos: `"{width}:{height}"` (LINE rule V14).
//!
//! ```
//! use linebot::message::flex::AspectRatio;
//!
//! let wide = linebot::aspect_ratio!("20:13"); // checked by `cargo check`
//! let tall = AspectRatio::new(1, 3).unwrap(); // checked at run time
//! assert_eq!(tall.as_str(), "1:3");
//! assert!(AspectRatio::new(1, 4).is_err()); // height more than 3 times the width
//! # let _ = wide;
//! ```
//!
//! ```compile_fail
//! let r = linebot::aspect_ratio!("1:4"); // LINE rule V14
//! ```

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::limits::FLEX_ASPECT_RATIO_MAX;
use crate::validate::{self, Path, Violation, Violations};

/// An aspect ratio `"{width}:{height}"`, each 1 to 100000, the height at most three times the
/// width.
///
/// Made by [`aspect_ratio!`](crate::aspect_ratio) (checked at compile time) or
/// [`AspectRatio::new`] / [`AspectRatio::parse`] (checked at run time). Values read from JSON are
/// kept as sent and checked by [`Validate`](crate::validate::Validate).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AspectRatio(Cow<'static, str>);

/// Parses `"{w}:{h}"` into its numbers if both are 1 to 100000 and `h <= 3 * w`. Usable in
/// constants.
pub const fn parse_aspect_ratio(s: &str) -> Option<(u32, u32)> {
    let b = s.as_bytes();
    let mut i = 0;
    let mut w: u64 = 0;
    let mut h: u64 = 0;
    let mut digits = 0;
    while i < b.len() && b[i].is_ascii_digit() && digits < 7 {
        w = w * 10 + (b[i] - b'0') as u64;
        i += 1;
        digits += 1;
    }
    if digits == 0 || i >= b.len() || b[i] != b':' {
        return None;
    }
    i += 1;
    digits = 0;
    while i < b.len() && b[i].is_ascii_digit() && digits < 7 {
        h = h * 10 + (b[i] - b'0') as u64;
        i += 1;
        digits += 1;
    }
    let max = FLEX_ASPECT_RATIO_MAX as u64;
    if digits == 0 || i != b.len() || w < 1 || h < 1 || w > max || h > max || h > 3 * w {
        return None;
    }
    Some((w as u32, h as u32))
}

const EXPECTED: &str =
    "an aspect ratio `{width}:{height}`, each 1 to 100000, the height at most 3 times the width";

/// Checks an aspect ratio string (rule V14).
pub(crate) fn check(s: &str, path: &Path, out: &mut Violations) {
    if parse_aspect_ratio(s).is_none() {
        validate::invalid(EXPECTED, path, out);
    }
}

impl AspectRatio {
    /// Checks a literal aspect ratio; panics (a compile error inside a `const`) if it breaks
    /// rule V14.
    pub const fn from_static(s: &'static str) -> Self {
        if parse_aspect_ratio(s).is_none() {
            panic!(
                "a flex aspect ratio is `{{width}}:{{height}}`, each 1 to 100000, the height at most 3 times the width (LINE rule V14)"
            );
        }
        AspectRatio(Cow::Borrowed(s))
    }

    /// `width:height`, checked at run time.
    ///
    /// # Errors
    /// The violation if a number is outside 1..=100000 or `height > 3 * width`.
    pub fn new(width: u32, height: u32) -> Result<Self, Violation> {
        Self::parse(format!("{width}:{height}"))
    }

    /// Checks an aspect ratio string such as `"16:9"` at run time.
    ///
    /// # Errors
    /// The violation if `s` breaks rule V14.
    pub fn parse(s: impl Into<String>) -> Result<Self, Violation> {
        let s = s.into();
        let mut out = Vec::new();
        check(&s, &Path::root(), &mut out);
        match out.pop() {
            Some(v) => Err(v),
            None => Ok(AspectRatio(Cow::Owned(s))),
        }
    }

    /// The ratio as LINE writes it.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for AspectRatio {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A flex aspect ratio checked at compile time: `"{width}:{height}"`, each 1 to 100000, the
/// height at most 3 times the width (LINE rule V14).
///
/// ```
/// let r = linebot::aspect_ratio!("20:13");
/// assert_eq!(r.as_str(), "20:13");
/// ```
#[macro_export]
macro_rules! aspect_ratio {
    ($s:literal) => {{
        const R: $crate::message::flex::AspectRatio =
            $crate::message::flex::AspectRatio::from_static($s);
        R
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits() {
        assert_eq!(parse_aspect_ratio("20:13"), Some((20, 13)));
        assert_eq!(parse_aspect_ratio("1:3"), Some((1, 3)));
        assert_eq!(parse_aspect_ratio("100000:1"), Some((100000, 1)));
        for bad in [
            "1:4", "0:1", "1:0", "100001:1", "1:", ":1", "1:1:1", "a:b", "1.5:1", "",
        ] {
            assert_eq!(parse_aspect_ratio(bad), None, "{bad}");
        }
        assert!(AspectRatio::new(16, 9).is_ok());
        assert!(AspectRatio::new(1, 4).is_err());
    }
}
