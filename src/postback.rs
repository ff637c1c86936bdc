//! Typed postback data: what a button means, as a Rust type on both sides of the round trip.
//!
//! A postback action carries a `data` string that LINE hands back in the postback event.
//! `#[derive(PostbackData)]` writes that string from an enum or a struct and reads it back,
//! so the button and the webhook handler cannot disagree on a key or a variant name:
//!
//! ```
//! use linebot::action;
//! use linebot::postback::PostbackData;
//!
//! #[derive(Debug, PartialEq, PostbackData)]
//! enum Menu {
//!     Buy { item: u32, gift: bool },
//!     #[postback(rename = "cart")]
//!     AddToCart { item: u32, note: Option<String> },
//!     Refresh,
//! }
//!
//! let buy = Menu::Buy { item: 111, gift: false };
//! assert_eq!(buy.to_postback_data(), "action=buy&item=111&gift=false");
//! let button = action::postback(buy).label(linebot::label!("Buy"));
//! # let _ = button;
//!
//! // In the webhook handler: `postback.data_as::<Menu>()` on the event's postback content.
//! let cart = Menu::from_postback_data("action=cart&item=7&note=gift+wrap%26ribbon")?;
//! assert_eq!(cart, Menu::AddToCart { item: 7, note: Some("gift wrap&ribbon".into()) });
//! # Ok::<(), linebot::postback::PostbackDataError>(())
//! ```
//!
//! The encoding is the query-string form LINE's documentation uses (`action=buy&itemid=111`),
//! so data written by hand or by another SDK decodes too; keys the type does not know are
//! ignored. See [`PostbackData`](macro@PostbackData) for the attributes
//! (`tag`, `rename`, `max_len`) and the field kinds, and [`PostbackValue`] to make a type of
//! your own a field.
//!
//! LINE allows 300 characters of `data` ([`POSTBACK_DATA_MAX`]). When every field has a
//! bounded encoding the derive checks the longest variant at compile time; other data is
//! checked by [`validate()`](crate::validate::Validate) like any postback data.

use std::borrow::Cow;
use std::fmt;

#[cfg(feature = "derive")]
pub use linebot_derive::PostbackData;

use crate::limits::POSTBACK_DATA_MAX;

/// A type that is postback `data`: written into a postback action, read back from the
/// postback event. Derive it with `#[derive(PostbackData)]` (feature `derive`, on by
/// default).
pub trait PostbackData: Sized {
    /// The longest `data` this type encodes to, in UTF-16 code units (as LINE counts `data`),
    /// or `None` when a field's encoding is unbounded (a `String` without `max_len`).
    const MAX_LEN: Option<usize>;

    /// Encodes the value as postback `data`.
    fn to_postback_data(&self) -> String;

    /// Decodes postback `data`.
    ///
    /// # Errors
    /// A [`PostbackDataError`] naming the key that is missing or does not hold a value of its
    /// field's type. Never panics, whatever the string.
    fn from_postback_data(data: &str) -> Result<Self, PostbackDataError>;
}

/// A type that can be the value of one key of postback data: integers, `bool`, `char`,
/// `String`, `Option` of those, and fieldless enums deriving
/// [`PostbackData`](macro@PostbackData).
///
/// Implement it for a type of your own to use it as a field:
///
/// ```
/// use linebot::postback::{InvalidValue, PostbackData, PostbackValue};
///
/// #[derive(Debug, PartialEq)]
/// struct Sku([u8; 3]);
///
/// impl PostbackValue for Sku {
///     const MAX_LEN: Option<usize> = Some(3);
///     fn write_value(&self, out: &mut String) {
///         out.extend(self.0.iter().map(|&b| char::from(b)));
///     }
///     fn read_value(raw: &str) -> Result<Self, InvalidValue> {
///         match raw.as_bytes() {
///             &[a, b, c] if raw.is_ascii() => Ok(Sku([a, b, c])),
///             _ => Err(InvalidValue::new("three ASCII characters")),
///         }
///     }
/// }
///
/// #[derive(Debug, PartialEq, PostbackData)]
/// struct Order { sku: Sku }
///
/// assert_eq!(Order::from_postback_data("sku=A7Z")?, Order { sku: Sku(*b"A7Z") });
/// # Ok::<(), linebot::postback::PostbackDataError>(())
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a field of postback data",
    label = "not a postback data value",
    note = "postback data fields are integers, `bool`, `char`, `String`, fieldless enums deriving `PostbackData`, `Option` of those, or types implementing `PostbackValue`"
)]
pub trait PostbackValue: Sized {
    /// The longest value this type writes, once escaped, in UTF-16 code units; `None` if
    /// unbounded. Escaping turns `%`, `&`, `=`, `+`, `#` and control characters into three
    /// characters (`%26`) and keeps every other character.
    const MAX_LEN: Option<usize>;

    /// Writes the value, unescaped, to `out`.
    fn write_value(&self, out: &mut String);

    /// Reads the value from its unescaped text.
    ///
    /// # Errors
    /// What the text should have been.
    fn read_value(raw: &str) -> Result<Self, InvalidValue>;

    /// Whether the key is written at all (`Option::None` leaves it out).
    fn is_present(&self) -> bool {
        true
    }

    /// The value of a key that is not in the data, if the type has one (`Option` has `None`);
    /// otherwise the key is reported missing.
    fn absent() -> Option<Self> {
        None
    }

    #[doc(hidden)]
    const __IS_OPTION: bool = false;
}

/// The text of a value did not have the form its type needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidValue {
    expected: Cow<'static, str>,
}

impl InvalidValue {
    /// The value should have been `expected` ("an integer from 0 to 255").
    pub fn new(expected: impl Into<Cow<'static, str>>) -> Self {
        Self {
            expected: expected.into(),
        }
    }

    /// The value should have been one of `names`.
    pub fn one_of(names: &[&str]) -> Self {
        let list: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
        Self::new(format!("one of {}", list.join(", ")))
    }

    /// What the value should have been.
    pub fn expected(&self) -> &str {
        &self.expected
    }
}

impl fmt::Display for InvalidValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "expected {}", self.expected)
    }
}

impl std::error::Error for InvalidValue {}

/// Postback data that does not decode into the type asked for.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PostbackDataError {
    /// A key the type needs is not in the data.
    #[error("postback data has no `{key}` key")]
    Missing {
        /// The key.
        key: &'static str,
    },
    /// A key holds a value its field cannot take (for the tag key: an unknown variant).
    #[error("postback data key `{key}` holds `{value}`: expected {expected}")]
    Malformed {
        /// The key.
        key: &'static str,
        /// The value, decoded (at most 64 characters of it).
        value: String,
        /// What the value should have been.
        expected: String,
    },
}

impl PostbackDataError {
    /// The key that is missing or malformed.
    pub fn key(&self) -> &'static str {
        match self {
            PostbackDataError::Missing { key } | PostbackDataError::Malformed { key, .. } => key,
        }
    }
}

/// What [`action::postback`](crate::action::postback) takes as `data`: a string (as LINE
/// sends it) or a value of a type deriving [`PostbackData`](macro@PostbackData).
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not postback data",
    label = "expected a string or a type deriving `PostbackData`",
    note = "postback data is a string (`\"action=buy&item=111\"`), a `postback_data!` literal, or a value of a type with `#[derive(PostbackData)]`"
)]
pub trait IntoPostbackData {
    /// The `data` string.
    fn into_postback_data(self) -> crate::Str;
}

impl<T: PostbackData> IntoPostbackData for T {
    fn into_postback_data(self) -> crate::Str {
        self.to_postback_data().into()
    }
}

macro_rules! string_data {
    ($($t:ty),*) => {$(
        impl IntoPostbackData for $t {
            fn into_postback_data(self) -> crate::Str {
                self.into()
            }
        }
    )*};
}

string_data!(
    String,
    &String,
    &str,
    Box<str>,
    Cow<'_, str>,
    crate::Str,
    &crate::Str
);

impl IntoPostbackData for crate::literal::PostbackData {
    fn into_postback_data(self) -> crate::Str {
        self.into()
    }
}

/// Number of decimal digits (and sign) of the widest value of an integer type.
const fn digits(mut n: u128, negative: bool) -> usize {
    let mut d = 1 + negative as usize;
    while n >= 10 {
        n /= 10;
        d += 1;
    }
    d
}

macro_rules! integers {
    ($($t:ty => $min_digits:expr),*) => { $(
        #[diagnostic::do_not_recommend]
        impl PostbackValue for $t {
            const MAX_LEN: Option<usize> = {
                let max = digits(<$t>::MAX as u128, false);
                let min = $min_digits;
                Some(if max > min { max } else { min })
            };
            fn write_value(&self, out: &mut String) {
                use fmt::Write;
                let _ = write!(out, "{self}");
            }
            fn read_value(raw: &str) -> Result<Self, InvalidValue> {
                raw.parse().map_err(|_| {
                    InvalidValue::new(format!(
                        "an integer from {} to {}", <$t>::MIN, <$t>::MAX
                    ))
                })
            }
        }
    )* };
}
integers!(
    u8 => 1, u16 => 1, u32 => 1, u64 => 1, u128 => 1, usize => 1,
    i8 => digits(i8::MIN.unsigned_abs() as u128, true),
    i16 => digits(i16::MIN.unsigned_abs() as u128, true),
    i32 => digits(i32::MIN.unsigned_abs() as u128, true),
    i64 => digits(i64::MIN.unsigned_abs() as u128, true),
    i128 => digits(i128::MIN.unsigned_abs(), true),
    isize => digits(isize::MIN.unsigned_abs() as u128, true)
);

#[diagnostic::do_not_recommend]
impl PostbackValue for bool {
    const MAX_LEN: Option<usize> = Some(5);
    fn write_value(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
    fn read_value(raw: &str) -> Result<Self, InvalidValue> {
        match raw {
            "true" | "1" => Ok(true),
            "false" | "0" => Ok(false),
            _ => Err(InvalidValue::new("`true` or `false`")),
        }
    }
}

#[diagnostic::do_not_recommend]
impl PostbackValue for char {
    const MAX_LEN: Option<usize> = Some(3);
    fn write_value(&self, out: &mut String) {
        out.push(*self);
    }
    fn read_value(raw: &str) -> Result<Self, InvalidValue> {
        let mut chars = raw.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(InvalidValue::new("one character")),
        }
    }
}

#[diagnostic::do_not_recommend]
impl PostbackValue for String {
    const MAX_LEN: Option<usize> = None;
    fn write_value(&self, out: &mut String) {
        out.push_str(self);
    }
    fn read_value(raw: &str) -> Result<Self, InvalidValue> {
        Ok(raw.to_owned())
    }
}

#[diagnostic::do_not_recommend]
impl<T: PostbackValue> PostbackValue for Option<T> {
    const MAX_LEN: Option<usize> = if T::__IS_OPTION {
        panic!(
            "`Option<Option<_>>` cannot be a postback data field: `None` and `Some(None)` would both leave the key out"
        )
    } else {
        T::MAX_LEN
    };
    const __IS_OPTION: bool = true;
    fn write_value(&self, out: &mut String) {
        if let Some(v) = self {
            v.write_value(out);
        }
    }
    fn read_value(raw: &str) -> Result<Self, InvalidValue> {
        T::read_value(raw).map(Some)
    }
    fn is_present(&self) -> bool {
        self.as_ref().is_some_and(T::is_present)
    }
    fn absent() -> Option<Self> {
        Some(None)
    }
}

/// Not a public interface: what `#[derive(PostbackData)]` expands to.
#[doc(hidden)]
pub mod __private {
    use std::borrow::Cow;

    use super::{InvalidValue, POSTBACK_DATA_MAX, PostbackDataError, PostbackValue};

    /// Writes `key=value` pairs, escaping values.
    pub struct Writer {
        out: String,
        scratch: String,
    }

    impl Default for Writer {
        fn default() -> Self {
            Self::new()
        }
    }

    impl Writer {
        pub fn new() -> Self {
            Writer {
                out: String::new(),
                scratch: String::new(),
            }
        }

        fn separate(&mut self) {
            if !self.out.is_empty() {
                self.out.push('&');
            }
        }

        /// The tag and the variant name: both checked by the derive to need no escaping.
        pub fn tag(&mut self, key: &str, name: &str) {
            self.separate();
            self.out.push_str(key);
            self.out.push('=');
            self.out.push_str(name);
        }

        pub fn field<T: PostbackValue>(&mut self, key: &str, value: &T) {
            if !value.is_present() {
                return;
            }
            self.separate();
            self.out.push_str(key);
            self.out.push('=');
            self.scratch.clear();
            value.write_value(&mut self.scratch);
            escape(&self.scratch, &mut self.out);
        }

        pub fn finish(self) -> String {
            self.out
        }
    }

    /// Percent-encodes what the query-string form gives a meaning to and keeps everything
    /// else (non-ASCII text included), so Thai or Japanese values stay short. A space becomes
    /// `+`, as in HTML forms. `url::form_urlencoded` decodes the result.
    fn escape(s: &str, out: &mut String) {
        for c in s.chars() {
            match c {
                ' ' => out.push('+'),
                '%' | '&' | '=' | '+' | '#' => push_percent(c as u8, out),
                c if c.is_ascii_control() => push_percent(c as u8, out),
                c => out.push(c),
            }
        }
    }

    fn push_percent(b: u8, out: &mut String) {
        const HEX: &[u8; 16] = b"0123456789ABCDEF";
        out.push('%');
        out.push(char::from(HEX[usize::from(b >> 4)]));
        out.push(char::from(HEX[usize::from(b & 0xF)]));
    }

    /// The decoded pairs of postback data.
    pub struct Pairs<'a> {
        pairs: Vec<(Cow<'a, str>, Cow<'a, str>)>,
    }

    impl<'a> Pairs<'a> {
        pub fn new(data: &'a str) -> Self {
            Pairs {
                pairs: url::form_urlencoded::parse(data.as_bytes()).collect(),
            }
        }

        /// The first value of `key`: a key given twice is read once, as most parsers do.
        fn get(&self, key: &str) -> Option<&str> {
            self.pairs
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.as_ref())
        }

        pub fn tag(&self, key: &'static str) -> Result<&str, PostbackDataError> {
            self.get(key).ok_or(PostbackDataError::Missing { key })
        }

        pub fn field<T: PostbackValue>(&self, key: &'static str) -> Result<T, PostbackDataError> {
            match self.get(key) {
                Some(raw) => T::read_value(raw).map_err(|e| malformed(key, raw, e.expected())),
                None => T::absent().ok_or(PostbackDataError::Missing { key }),
            }
        }

        /// A `String` or `Option<String>` field declared with `max_len`.
        pub fn text_field<T: Text>(
            &self,
            key: &'static str,
            max_chars: usize,
        ) -> Result<T, PostbackDataError> {
            let value: T = self.field(key)?;
            if value.char_len() > max_chars {
                let raw = self.get(key).unwrap_or_default();
                return Err(malformed(
                    key,
                    raw,
                    &format!("at most {max_chars} characters"),
                ));
            }
            Ok(value)
        }
    }

    fn malformed(key: &'static str, raw: &str, expected: &str) -> PostbackDataError {
        const SHOWN: usize = 64;
        let value = match raw.char_indices().nth(SHOWN) {
            Some((end, _)) => format!("{}...", &raw[..end]),
            None => raw.to_owned(),
        };
        PostbackDataError::Malformed {
            key,
            value,
            expected: expected.to_owned(),
        }
    }

    pub fn unknown_variant(key: &'static str, raw: &str, names: &[&str]) -> PostbackDataError {
        malformed(key, raw, InvalidValue::one_of(names).expected())
    }

    /// Types a `max_len` attribute applies to.
    #[diagnostic::on_unimplemented(
        message = "`max_len` applies to `String` and `Option<String>` fields, not `{Self}`",
        label = "not a string"
    )]
    pub trait Text: PostbackValue {
        fn char_len(&self) -> usize;
    }

    #[diagnostic::do_not_recommend]
    impl Text for String {
        fn char_len(&self) -> usize {
            self.chars().count()
        }
    }

    #[diagnostic::do_not_recommend]
    impl Text for Option<String> {
        fn char_len(&self) -> usize {
            self.as_deref().map_or(0, |s| s.chars().count())
        }
    }

    pub const fn field_len(overhead: usize, value: Option<usize>) -> Option<usize> {
        match value {
            Some(n) => Some(overhead.saturating_add(n)),
            None => None,
        }
    }

    pub const fn sum(start: usize, parts: &[Option<usize>]) -> Option<usize> {
        let mut total = start;
        let mut i = 0;
        while i < parts.len() {
            match parts[i] {
                Some(n) => total = total.saturating_add(n),
                None => return None,
            }
            i += 1;
        }
        Some(total)
    }

    pub const fn longest(lens: &[Option<usize>]) -> Option<usize> {
        let mut max = 0;
        let mut i = 0;
        while i < lens.len() {
            match lens[i] {
                Some(n) if n > max => max = n,
                Some(_) => {}
                None => return None,
            }
            i += 1;
        }
        Some(max)
    }

    struct Message {
        buf: [u8; 512],
        len: usize,
    }

    impl Message {
        const fn push(mut self, s: &str) -> Self {
            let b = s.as_bytes();
            let mut i = 0;
            while i < b.len() && self.len < self.buf.len() {
                self.buf[self.len] = b[i];
                self.len += 1;
                i += 1;
            }
            self
        }

        const fn push_number(mut self, n: usize) -> Self {
            let mut digits = [0u8; 20];
            let mut count = 0;
            let mut n = n;
            loop {
                digits[count] = b'0' + (n % 10) as u8;
                count += 1;
                n /= 10;
                if n == 0 {
                    break;
                }
            }
            while count > 0 && self.len < self.buf.len() {
                count -= 1;
                self.buf[self.len] = digits[count];
                self.len += 1;
            }
            self
        }
    }

    /// Refuses, while the crate compiles, a type whose longest bounded variant can encode to
    /// more than LINE's 300 characters.
    pub const fn check_limit(ty: &str, variants: &[(&str, Option<usize>)]) {
        let mut longest: Option<(&str, usize)> = None;
        let mut i = 0;
        while i < variants.len() {
            if let (name, Some(n)) = variants[i] {
                match longest {
                    Some((_, m)) if m >= n => {}
                    _ => longest = Some((name, n)),
                }
            }
            i += 1;
        }
        let Some((name, n)) = longest else { return };
        if n <= POSTBACK_DATA_MAX {
            return;
        }
        let m = Message {
            buf: [0; 512],
            len: 0,
        };
        let m = m
            .push("postback data of `")
            .push(name)
            .push("` can be ")
            .push_number(n)
            .push(" characters long, but LINE allows ")
            .push_number(POSTBACK_DATA_MAX)
            .push(" (rule V05): give `")
            .push(ty)
            .push("` shorter keys, smaller integer types, or a smaller `#[postback(max_len = ..)]` on its strings");
        match core::str::from_utf8(m.buf.split_at(m.len).0) {
            Ok(s) => panic!("{}", s),
            Err(_) => panic!("postback data can be longer than LINE's 300 characters (rule V05)"),
        }
    }
}
