//! String literals checked by the compiler.
//!
//! `label!("Buy")`, `alt_text!(..)`, `postback_data!(..)`, `message_text!(..)` and
//! `https_url!(..)` check a string literal while `cargo check` runs (they expand through the
//! `linebot-derive` proc macros), so a label of 21 characters or an `http://` image URL is a
//! compile error naming the rule. Each macro yields a `&'static str` newtype that converts into [`Str`](crate::Str)
//! without a copy, so it goes wherever a builder takes `impl Into<Str>`.
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
//! // 41 characters: more than any action takes, rejected by `cargo check`.
//! let l = linebot::label!("This label is far too long for any action");
//! ```
//!
//! Each macro counts exactly as the runtime validator does ([`validate::grapheme_len`] for
//! labels, [`validate::utf16_len`] for texts and data): a Thai, Devanagari or emoji literal is
//! accepted at compile time exactly when the same string passes `validate()`. The error points
//! at the literal and says the count and the limit:
//!
//! ```text
//! error: an action label holds at most 40 characters (grapheme clusters) in a flex message and 20 elsewhere, but this one has 41 (LINE rule V04)
//!  --> src/main.rs:2:29
//!   |
//! 2 |     let l = linebot::label!("This label is far too long for any action");
//!   |                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//! ```
//!
//! A label's limit depends on where it goes (40 in flex messages, 20 on templates, quick
//! replies and rich menus): `label!` keeps the class in the label's type, and the action keeps
//! it in its own, so a 28-character label compiles on a flex button and fails on a template:
//!
//! ```text
//! error[E0277]: this label is longer than 20 characters: only flex message actions take 21 to 40
//! ```

use std::fmt;
use std::marker::PhantomData;

use crate::limits;
use crate::validate::{self, Path};

#[doc(hidden)]
pub use linebot_derive::{__alt_text, __https_url, __label, __message_text, __postback_data};

// The macros below pass LINE's limits to the proc macros as literals; these fail the build if a
// limit changes without them.
const _: () = assert!(limits::ACTION_LABEL_MAX == 20);
const _: () = assert!(limits::FLEX_ACTION_LABEL_MAX == 40);
const _: () = assert!(limits::ALT_TEXT_MAX == 1500);
const _: () = assert!(limits::POSTBACK_DATA_MAX == 300);
const _: () = assert!(limits::TEXT_MAX == 5000);
const _: () = assert!(limits::MEDIA_URL_MAX == 2000);

macro_rules! literal_type {
    ($(#[$doc:meta])* $name:ident, $unit:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash)]
        pub struct $name(&'static str, usize);

        impl $name {
            /// Wraps a literal the macro has checked and counted; not a public interface.
            #[doc(hidden)]
            pub const fn __checked(s: &'static str, len: usize) -> Self {
                Self(s, len)
            }

            /// The string.
            pub const fn as_str(&self) -> &'static str {
                self.0
            }

            #[doc = concat!("Its length in ", $unit, ", as LINE counts it, counted by the macro at compile time.")]
            pub const fn len(&self) -> usize {
                self.1
            }

            /// Whether it is empty (only postback data may be: the other macros refuse an empty
            /// literal).
            pub const fn is_empty(&self) -> bool {
                self.1 == 0
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
        impl From<$name> for crate::Str {
            fn from(v: $name) -> crate::Str {
                crate::Str::from_static(v.0)
            }
        }
        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                self.0
            }
        }
    };
}

/// An action label checked at compile time by [`label!`](crate::label), carrying where it may
/// go in its type (each action's `.label(..)` takes it, or a string, through [`IntoLabel`]): `Label` (that is, `Label<Standard>`) for 1 to 20 grapheme clusters, which
/// fit every action, and `Label<FlexOnly>` for 21 to 40, which only flex messages take (LINE
/// rule V04). The action it labels carries the same parameter, so placing a long label on a
/// template, a quick reply or a rich menu is a compile error. Image carousels' limit of 12 is
/// left to `validate()`: a third class would make `[a, b]` arrays of actions whose labels differ
/// in length stop compiling.
///
/// Runtime strings are checked by [`Label::check`] or `validate()`.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Label<F = Standard>(&'static str, usize, PhantomData<F>);

/// Where a [`Label`] fits: 1 to 20 grapheme clusters, any action (image carousels: 12, checked
/// by `validate()`). Runtime strings count as this too; `validate()` checks them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Standard;

/// Where a [`Label`] fits: 21 to 40 grapheme clusters, flex message actions only.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct FlexOnly;

impl<F> Label<F> {
    /// Wraps a literal the macro has checked and counted; not a public interface.
    #[doc(hidden)]
    pub const fn __checked(s: &'static str, len: usize) -> Self {
        Self(s, len, PhantomData)
    }

    /// The string.
    pub const fn as_str(&self) -> &'static str {
        self.0
    }

    /// Its length in grapheme clusters, as LINE counts it, counted by the macro at compile
    /// time.
    pub const fn len(&self) -> usize {
        self.1
    }

    /// Whether it is empty: never, `label!` refuses an empty literal.
    pub const fn is_empty(&self) -> bool {
        self.1 == 0
    }
}

impl<F> fmt::Debug for Label<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.0, f)
    }
}

impl<F> fmt::Display for Label<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl<F> From<Label<F>> for String {
    fn from(v: Label<F>) -> String {
        v.0.to_owned()
    }
}

impl<F> From<Label<F>> for crate::Str {
    fn from(v: Label<F>) -> crate::Str {
        crate::Str::from_static(v.0)
    }
}

impl<F> AsRef<str> for Label<F> {
    fn as_ref(&self) -> &str {
        self.0
    }
}

/// What an action's `.label(..)` takes: a string (checked by `validate()`) or a [`Label`]
/// made by [`label!`](crate::label), whose length class the action keeps in its type.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an action label",
    label = "expected a string or a `label!` literal"
)]
pub trait IntoLabel {
    /// Where the label fits: [`Standard`] or [`FlexOnly`].
    type Fit;
    /// The label's text.
    fn into_label(self) -> crate::Str;
}

impl<F> IntoLabel for Label<F> {
    type Fit = F;
    fn into_label(self) -> crate::Str {
        crate::Str::from_static(self.0)
    }
}

macro_rules! runtime_labels {
    ($($t:ty),* $(,)?) => { $(
        impl IntoLabel for $t {
            type Fit = Standard;
            fn into_label(self) -> crate::Str {
                crate::Str::from(self)
            }
        }
    )* };
}
runtime_labels!(
    String,
    &str,
    &String,
    Box<str>,
    std::borrow::Cow<'_, str>,
    crate::Str,
    &crate::Str,
);
literal_type!(
    /// Alternative text of a template, imagemap or flex message (1 to
    /// [`ALT_TEXT_MAX`](limits::ALT_TEXT_MAX) characters). Made by [`alt_text!`](crate::alt_text)
    /// or [`AltText::check`].
    AltText,
    "UTF-16 code units"
);
literal_type!(
    /// Postback `data` (up to 300 characters). Made by [`postback_data!`](crate::postback_data) or
    /// [`PostbackData::check`].
    PostbackData,
    "UTF-16 code units"
);
literal_type!(
    /// The text of a text message (1 to 5000 UTF-16 code units). Made by
    /// [`message_text!`](crate::message_text) or [`MessageText::check`].
    MessageText,
    "UTF-16 code units"
);
literal_type!(
    /// An `https://` URL of at most 2000 characters. Made by [`https_url!`](crate::https_url) or
    /// [`HttpsUrl::check`].
    HttpsUrl,
    "characters (Unicode scalar values)"
);

impl Label {
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

/// An action label checked at compile time, counted in grapheme clusters as `validate()`
/// counts them: 1 to 20 make a [`Label`] any action takes; 21 to 40 make a
/// `Label<FlexOnly>`, which only flex message actions take (LINE rule V04); more, or none, is
/// a compile error at the literal.
///
/// ```
/// use linebot::action::{self, FlexAction, TemplateAction};
///
/// let l = linebot::label!("Buy");
/// assert_eq!((l.as_str(), l.len()), ("Buy", 3));
/// let thai = linebot::label!("ดูรายละเอียดเพิ่มเติม"); // 16 grapheme clusters
/// fn on_template(_: impl TemplateAction) {}
/// on_template(action::message("more").label(thai));
///
/// // 28 characters: a flex button takes it.
/// fn on_flex(_: impl FlexAction) {}
/// on_flex(action::message("more").label(linebot::label!("See every detail of the plan")));
/// ```
///
/// ```compile_fail
/// # use linebot::action::{self, TemplateAction};
/// fn on_template(_: impl TemplateAction) {}
/// // error: this label is longer than 20 characters: only flex message actions take 21 to 40
/// on_template(action::message("more").label(linebot::label!("See every detail of the plan")));
/// ```
///
/// ```compile_fail
/// let l = linebot::label!(""); // LINE requires 1 or more characters
/// ```
#[macro_export]
macro_rules! label {
    ($s:literal) => {
        $crate::literal::__label!($crate, $s, 20, 40)
    };
}

/// Alternative text checked at compile time: 1 to 1500 UTF-16 code units.
///
/// ```
/// let alt = linebot::alt_text!("Your order");
/// assert_eq!(alt.as_str(), "Your order");
/// ```
#[macro_export]
macro_rules! alt_text {
    ($s:literal) => {
        $crate::literal::__alt_text!($crate, $s, 1500)
    };
}

/// Postback data checked at compile time: at most 300 UTF-16 code units.
///
/// ```
/// let data = linebot::postback_data!("action=buy&itemid=111");
/// let buy = linebot::action::postback(data);
/// # let _ = buy;
/// ```
#[macro_export]
macro_rules! postback_data {
    ($s:literal) => {
        $crate::literal::__postback_data!($crate, $s, 300)
    };
}

/// Text message text checked at compile time: 1 to 5000 UTF-16 code units.
///
/// ```
/// let text = linebot::message_text!("Hello 🍎");
/// assert_eq!(text.as_str(), "Hello 🍎");
/// ```
#[macro_export]
macro_rules! message_text {
    ($s:literal) => {
        $crate::literal::__message_text!($crate, $s, 5000)
    };
}

/// An `https://` URL checked at compile time: a host, no spaces, at most 2000 characters.
///
/// ```
/// let u = linebot::https_url!("https://example.com/a.png");
/// assert_eq!(u.as_str(), "https://example.com/a.png");
/// ```
#[macro_export]
macro_rules! https_url {
    ($s:literal) => {
        $crate::literal::__https_url!($crate, $s, 2000)
    };
}

#[cfg(test)]
mod tests {
    use super::*;

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
