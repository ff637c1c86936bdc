//! String literals checked by the compiler.
//!
//! `label!("Buy")`, `alt_text!(..)`, `postback_data!(..)`, `message_text!(..)` and
//! `https_url!(..)` check a string literal while `cargo check` runs (a `const` item is evaluated
//! at check time), so a label of 21 characters or an `http://` image URL is a compile error
//! naming the rule. Each macro yields a `&'static str` newtype that converts into `String`, so it
//! goes wherever a builder takes `impl Into<String>`.
//!
//! Dynamic strings use the runtime constructors ([`Label::check`], ...) or are simply passed as
//! strings and caught by [`Validate`](crate::validate::Validate) before sending.
//!
//! ```
//! let buy = linebot::action::message("buy").label(linebot::label!("Buy now"));
//! # let _ = buy;
//! ```
//!
//! ```compile_fail
//! // 21 characters: rejected by `cargo check`.
//! let l = linebot::label!("This label is too lon");
//! ```
//!
//! Grapheme clusters cannot be segmented in a `const fn`; literals count characters, not
//! counting combining marks, variation selectors, emoji modifiers and characters joined by a
//! zero-width joiner. For rare scripts where that overcounts, use the runtime constructor,
//! which segments exactly.

use std::fmt;

use crate::limits;
use crate::validate::{self, Path};

/// Length in UTF-16 code units, usable in constants.
pub const fn utf16_len(s: &str) -> usize {
    let b = s.as_bytes();
    let mut i = 0;
    let mut n = 0;
    while i < b.len() {
        let c = b[i];
        if c & 0xC0 != 0x80 {
            n += if c >= 0xF0 { 2 } else { 1 };
        }
        i += 1;
    }
    n
}

const fn decode(b: &[u8], i: usize) -> (u32, usize) {
    let c = b[i] as u32;
    if c < 0x80 {
        (c, 1)
    } else if c < 0xE0 {
        (((c & 0x1F) << 6) | (b[i + 1] as u32 & 0x3F), 2)
    } else if c < 0xF0 {
        (
            ((c & 0x0F) << 12) | ((b[i + 1] as u32 & 0x3F) << 6) | (b[i + 2] as u32 & 0x3F),
            3,
        )
    } else {
        let v = ((c & 0x07) << 18)
            | ((b[i + 1] as u32 & 0x3F) << 12)
            | ((b[i + 2] as u32 & 0x3F) << 6)
            | (b[i + 3] as u32 & 0x3F);
        (v, 4)
    }
}

const fn extends_previous(c: u32) -> bool {
    matches!(c,
        0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F
        | 0xFE00..=0xFE0F | 0xE0100..=0xE01EF | 0x1F3FB..=0x1F3FF | 0xE0020..=0xE007F
        | 0x3099..=0x309A)
}

/// Approximate number of grapheme clusters, usable in constants (see the module docs).
pub const fn grapheme_len_approx(s: &str) -> usize {
    let b = s.as_bytes();
    let mut i = 0;
    let mut n = 0;
    let mut prev = 0u32;
    let mut regional_open = false;
    while i < b.len() {
        let (c, w) = decode(b, i);
        i += w;
        let joins = prev == 0x200D || (prev == 0x0D && c == 0x0A);
        let regional = matches!(c, 0x1F1E6..=0x1F1FF);
        let pairs = regional && regional_open;
        if !(joins || c == 0x200D || extends_previous(c) || pairs) {
            n += 1;
        }
        regional_open = regional && !regional_open;
        prev = c;
    }
    n
}

const fn starts_with(s: &[u8], prefix: &[u8]) -> bool {
    if s.len() < prefix.len() {
        return false;
    }
    let mut i = 0;
    while i < prefix.len() {
        if s[i].to_ascii_lowercase() != prefix[i] {
            return false;
        }
        i += 1;
    }
    true
}

macro_rules! literal_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash)]
        pub struct $name(&'static str);

        impl $name {
            /// The string.
            pub const fn as_str(&self) -> &'static str {
                self.0
            }
        }
        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Debug::fmt(self.0, f)
            }
        }
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.0)
            }
        }
        impl From<$name> for String {
            fn from(v: $name) -> String {
                v.0.to_owned()
            }
        }
        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                self.0
            }
        }
    };
}

literal_type!(
    /// An action label checked against LINE's limit (1 to 20 characters). Made by
    /// [`label!`](crate::label) or [`Label::check`].
    Label
);
literal_type!(
    /// Alternative text of a template, imagemap or flex message (1 to
    /// [`ALT_TEXT_MAX`](limits::ALT_TEXT_MAX) characters). Made by [`alt_text!`](crate::alt_text)
    /// or [`AltText::check`].
    AltText
);
literal_type!(
    /// Postback `data` (up to 300 characters). Made by [`postback_data!`](crate::postback_data) or
    /// [`PostbackData::check`].
    PostbackData
);
literal_type!(
    /// The text of a text message (1 to 5000 UTF-16 code units). Made by
    /// [`message_text!`](crate::message_text) or [`MessageText::check`].
    MessageText
);
literal_type!(
    /// An `https://` URL of at most 2000 characters. Made by [`https_url!`](crate::https_url) or
    /// [`HttpsUrl::check`].
    HttpsUrl
);

impl Label {
    /// Checks a literal label; panics (a compile error inside a `const`) if it breaks the rule.
    pub const fn from_static(s: &'static str) -> Self {
        if s.is_empty() {
            panic!(
                "an action label holds 1 to 20 characters, but this one is empty (LINE rule V04)"
            );
        }
        if grapheme_len_approx(s) > limits::ACTION_LABEL_MAX {
            panic!("an action label holds at most 20 characters (LINE rule V04)");
        }
        Self(s)
    }

    /// Checks a dynamic label at run time, counting grapheme clusters exactly, and returns it.
    ///
    /// # Errors
    /// The violation (too long or empty) if the label breaks LINE's limit.
    pub fn check(s: &str) -> Result<&str, validate::Violation> {
        let mut out = Vec::new();
        validate::nonempty_graphemes(s, limits::ACTION_LABEL_MAX, &Path::root(), &mut out);
        out.pop().map_or(Ok(s), Err)
    }
}

impl AltText {
    /// Checks a literal alt text; panics (a compile error inside a `const`) if it breaks the rule.
    pub const fn from_static(s: &'static str) -> Self {
        if s.is_empty() || utf16_len(s) > limits::ALT_TEXT_MAX {
            panic!("alt text holds 1 to 1500 characters (LINE rule V03)");
        }
        Self(s)
    }
}

impl AltText {
    /// Checks a dynamic alt text at run time (1 to
    /// [`ALT_TEXT_MAX`](limits::ALT_TEXT_MAX) UTF-16 code units) and returns it.
    ///
    /// # Errors
    /// The violation (too long or empty) if the text breaks LINE's limit.
    pub fn check(s: &str) -> Result<&str, validate::Violation> {
        let mut out = Vec::new();
        validate::nonempty_utf16(s, limits::ALT_TEXT_MAX, &Path::root(), &mut out);
        out.pop().map_or(Ok(s), Err)
    }
}

impl PostbackData {
    /// Checks literal postback data; panics (a compile error inside a `const`) if too long.
    pub const fn from_static(s: &'static str) -> Self {
        if utf16_len(s) > limits::POSTBACK_DATA_MAX {
            panic!("postback data holds at most 300 characters (LINE rule V05)");
        }
        Self(s)
    }

    /// Checks dynamic postback data at run time (at most 300 UTF-16 code units) and returns
    /// it.
    ///
    /// # Errors
    /// The violation if the data is too long.
    pub fn check(s: &str) -> Result<&str, validate::Violation> {
        let mut out = Vec::new();
        validate::max_utf16(s, limits::POSTBACK_DATA_MAX, &Path::root(), &mut out);
        out.pop().map_or(Ok(s), Err)
    }
}

impl MessageText {
    /// Checks a dynamic message text at run time (1 to 5000 UTF-16 code units) and returns
    /// it.
    ///
    /// # Errors
    /// The violation (too long or empty) if the text breaks LINE's limit.
    pub fn check(s: &str) -> Result<&str, validate::Violation> {
        let mut out = Vec::new();
        validate::nonempty_utf16(s, limits::TEXT_MAX, &Path::root(), &mut out);
        out.pop().map_or(Ok(s), Err)
    }
}

impl HttpsUrl {
    /// Checks a dynamic URL at run time (an absolute `https` URL of at most 2000 characters)
    /// and returns it.
    ///
    /// # Errors
    /// The first violation found (too long, empty, or not an `https` URL).
    pub fn check(s: &str) -> Result<&str, validate::Violation> {
        let mut out = Vec::new();
        validate::url(
            s,
            validate::Schemes::Https,
            limits::MEDIA_URL_MAX,
            &Path::root(),
            &mut out,
        );
        out.into_iter().next().map_or(Ok(s), Err)
    }
}

impl MessageText {
    /// Checks a literal message text; panics (a compile error inside a `const`) if it breaks
    /// the rule.
    pub const fn from_static(s: &'static str) -> Self {
        if s.is_empty() || utf16_len(s) > limits::TEXT_MAX {
            panic!("a text message holds 1 to 5000 UTF-16 code units (LINE rule V01)");
        }
        Self(s)
    }
}

impl HttpsUrl {
    /// Checks a literal URL; panics (a compile error inside a `const`) unless it is an
    /// `https://` URL with a host, without spaces, of at most 2000 characters.
    pub const fn from_static(s: &'static str) -> Self {
        let b = s.as_bytes();
        if !starts_with(b, b"https://") || b.len() == 8 || b[8] == b'/' {
            panic!("media URLs must be absolute https:// URLs (LINE rule V09)");
        }
        let mut i = 0;
        while i < b.len() {
            if b[i] <= b' ' || b[i] == 0x7F {
                panic!("a URL cannot contain spaces or control characters (LINE rule V09)");
            }
            i += 1;
        }
        if b.len() > limits::MEDIA_URL_MAX {
            panic!("media URLs hold at most 2000 characters (LINE rule V09)");
        }
        Self(s)
    }
}

/// An action label checked at compile time: 1 to 20 characters.
///
/// ```
/// let l = linebot::label!("Buy");
/// assert_eq!(l.as_str(), "Buy");
/// ```
#[macro_export]
macro_rules! label {
    ($s:literal) => {{
        const L: $crate::literal::Label = $crate::literal::Label::from_static($s);
        L
    }};
}

/// Alternative text checked at compile time.
#[macro_export]
macro_rules! alt_text {
    ($s:literal) => {{
        const L: $crate::literal::AltText = $crate::literal::AltText::from_static($s);
        L
    }};
}

/// Postback data checked at compile time: at most 300 characters.
#[macro_export]
macro_rules! postback_data {
    ($s:literal) => {{
        const L: $crate::literal::PostbackData = $crate::literal::PostbackData::from_static($s);
        L
    }};
}

/// Text message text checked at compile time: 1 to 5000 UTF-16 code units.
#[macro_export]
macro_rules! message_text {
    ($s:literal) => {{
        const L: $crate::literal::MessageText = $crate::literal::MessageText::from_static($s);
        L
    }};
}

/// An `https://` URL checked at compile time.
///
/// ```
/// let u = linebot::https_url!("https://example.com/a.png");
/// assert_eq!(u.as_str(), "https://example.com/a.png");
/// ```
#[macro_export]
macro_rules! https_url {
    ($s:literal) => {{
        const L: $crate::literal::HttpsUrl = $crate::literal::HttpsUrl::from_static($s);
        L
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn const_counts_match_runtime_counts_on_common_text() {
        for s in [
            "Buy",
            "🍎🍎",
            "👨‍👩‍👧 family",
            "e\u{301}",
            "🇯🇵🇺🇸",
            "ありがとう",
            "👍🏽",
            "a\r\nb",
        ] {
            assert_eq!(utf16_len(s), validate::utf16_len(s), "{s}");
            assert_eq!(grapheme_len_approx(s), validate::grapheme_len(s), "{s}");
        }
    }

    #[test]
    fn runtime_checks_of_the_other_literals() {
        assert!(AltText::check(&"a".repeat(limits::ALT_TEXT_MAX)).is_ok());
        assert!(AltText::check(&"a".repeat(limits::ALT_TEXT_MAX + 1)).is_err());
        assert!(AltText::check("").is_err());
        assert!(PostbackData::check(&"d".repeat(300)).is_ok());
        assert!(PostbackData::check(&"d".repeat(301)).is_err());
        assert!(PostbackData::check("").is_ok());
        assert!(MessageText::check(&"🍎".repeat(2500)).is_ok());
        assert!(MessageText::check(&"🍎".repeat(2501)).is_err());
        assert!(MessageText::check("").is_err());
        assert!(HttpsUrl::check("https://example.com/a.png").is_ok());
        assert!(HttpsUrl::check("http://example.com/a.png").is_err());
        assert!(HttpsUrl::check("").is_err());
        let long = format!("https://example.com/{}", "a".repeat(2000 - 20));
        assert_eq!(long.len(), 2000);
        assert!(HttpsUrl::check(&long).is_ok());
        assert!(HttpsUrl::check(&format!("{long}a")).is_err());
    }

    #[test]
    fn runtime_label_checks() {
        assert!(Label::check(&"a".repeat(20)).is_ok());
        assert!(Label::check(&"a".repeat(21)).is_err());
        assert!(Label::check("").is_err());
        assert!(Label::check(&"🍎".repeat(20)).is_ok());
    }
}
