//! [`Str`], the string type of the message model.

use std::sync::Arc;

/// The string type of the message model: immutable, cheap to clone, and free to build from a
/// literal or a short string.
///
/// Every text a message carries (texts, labels, URLs, postback data) is a `Str`. Setters take
/// `impl Into<Str>`, so a `&str`, a `String`, a `&String`, a `Cow<str>`, an `Arc<str>` or another
/// `Str` can be passed as before. What changes is the cost:
///
/// - a string of up to 22 bytes is stored inline, with no allocation (`"Option 1"`, `"View"`, a
///   message id);
/// - [`Str::from_static`] keeps a reference to a `'static` string, with no allocation and no copy;
/// - a longer string is copied once into a shared buffer, and every clone after that shares it
///   (a reference-count increment), so a URL used by twelve bubbles is stored once.
///
/// ```
/// use linebot::Str;
///
/// let image: Str = format!("https://example.com/images/{}.jpg", 42).into();
/// let again = image.clone(); // shares the buffer, no copy
/// assert_eq!(again, "https://example.com/images/42.jpg");
/// assert_eq!(Str::from("Option 1").len(), 8);
/// const VIEW: Str = Str::from_static("View");
/// assert_eq!(VIEW.as_str(), "View");
/// ```
///
/// A `Str` derefs to `str`, compares equal to `str`/`String`, and serializes as a JSON string.
#[derive(Clone)]
pub struct Str(pub(crate) Repr<STR_INLINE>);

/// The most bytes a [`Str`] stores inline, without allocating.
const STR_INLINE: usize = 22;

impl Str {
    /// The empty string.
    pub const EMPTY: Str = Str::from_static("");
}

string_type!(Str);

/// The storage of the crate's string types: up to `N` bytes inline, a `'static` reference, or a
/// shared buffer.
#[derive(Clone)]
pub(crate) enum Repr<const N: usize> {
    Inline { len: u8, bytes: [u8; N] },
    Static(&'static str),
    Shared(Arc<str>),
}

impl<const N: usize> Repr<N> {
    #[inline]
    pub(crate) fn new(text: &str) -> Self {
        match Self::inline(text) {
            Some(inline) => inline,
            None => Self::shared(text),
        }
    }

    #[inline(never)]
    fn shared(text: &str) -> Self {
        Repr::Shared(Arc::from(text))
    }

    #[inline]
    fn inline(text: &str) -> Option<Self> {
        const { assert!(N <= u8::MAX as usize, "an inline length fits a u8") };
        let len = text.len();
        if len > N {
            return None;
        }
        let mut bytes = [0; N];
        bytes[..len].copy_from_slice(text.as_bytes());
        // `len <= N <= 255`.
        Some(Repr::Inline {
            len: len as u8,
            bytes,
        })
    }

    pub(crate) fn from_string(text: String) -> Self {
        Self::inline(&text).unwrap_or_else(|| Repr::Shared(Arc::from(text)))
    }

    pub(crate) fn from_boxed(text: Box<str>) -> Self {
        Self::inline(&text).unwrap_or_else(|| Repr::Shared(Arc::from(text)))
    }

    /// The same text in another inline size: a shared buffer or a static reference is kept.
    pub(crate) fn resize<const M: usize>(&self) -> Repr<M> {
        match self {
            Repr::Inline { .. } => Repr::new(self.as_str()),
            Repr::Static(text) => Repr::Static(text),
            Repr::Shared(text) => Repr::Shared(Arc::clone(text)),
        }
    }

    #[inline]
    #[allow(unsafe_code, reason = "the inline bytes are a copy of a whole `str`")]
    pub(crate) fn as_str(&self) -> &str {
        match self {
            Repr::Inline { len, bytes } => {
                // SAFETY: `bytes[..len]` is a copy of a whole `&str` (see `inline`), so it is
                // UTF-8.
                unsafe { std::str::from_utf8_unchecked(&bytes[..usize::from(*len)]) }
            }
            Repr::Static(text) => text,
            Repr::Shared(text) => text,
        }
    }
}

/// The API of a string type over [`Repr`]: constructors, `Deref<Target = str>`, comparisons,
/// hashing and ordering as its text, conversions, and serde as a JSON string.
macro_rules! string_type {
    ($name:ident) => {
        impl $name {
            /// Refers to a `'static` string: no allocation, no copy.
            #[must_use]
            pub const fn from_static(text: &'static str) -> Self {
                $name($crate::string::Repr::Static(text))
            }

            /// Copies `text` (inline when it fits, into a shared buffer otherwise).
            #[must_use]
            #[inline]
            pub fn new(text: &str) -> Self {
                $name($crate::string::Repr::new(text))
            }

            /// The text.
            #[must_use]
            #[inline]
            pub fn as_str(&self) -> &str {
                self.0.as_str()
            }
        }

        impl Default for $name {
            fn default() -> Self {
                $name::from_static("")
            }
        }

        impl std::ops::Deref for $name {
            type Target = str;

            #[inline]
            fn deref(&self) -> &str {
                self.as_str()
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }

        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                self.as_str()
            }
        }

        impl std::fmt::Debug for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                std::fmt::Debug::fmt(self.as_str(), f)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                std::fmt::Display::fmt(self.as_str(), f)
            }
        }

        impl PartialEq for $name {
            fn eq(&self, other: &Self) -> bool {
                self.as_str() == other.as_str()
            }
        }

        impl Eq for $name {}

        impl PartialOrd for $name {
            fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
                Some(self.cmp(other))
            }
        }

        impl Ord for $name {
            fn cmp(&self, other: &Self) -> std::cmp::Ordering {
                self.as_str().cmp(other.as_str())
            }
        }

        impl std::hash::Hash for $name {
            fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
                self.as_str().hash(state);
            }
        }

        $crate::string::string_type!(@eq $name: str, &str, String, std::borrow::Cow<'_, str>);

        impl From<&str> for $name {
            #[inline]
            fn from(text: &str) -> Self {
                $name::new(text)
            }
        }

        impl From<&mut str> for $name {
            fn from(text: &mut str) -> Self {
                $name::new(text)
            }
        }

        impl From<&String> for $name {
            fn from(text: &String) -> Self {
                $name::new(text)
            }
        }

        impl From<String> for $name {
            fn from(text: String) -> Self {
                $name($crate::string::Repr::from_string(text))
            }
        }

        impl From<Box<str>> for $name {
            fn from(text: Box<str>) -> Self {
                $name($crate::string::Repr::from_boxed(text))
            }
        }

        impl From<std::borrow::Cow<'_, str>> for $name {
            fn from(text: std::borrow::Cow<'_, str>) -> Self {
                match text {
                    std::borrow::Cow::Borrowed(text) => $name::new(text),
                    std::borrow::Cow::Owned(text) => $name::from(text),
                }
            }
        }

        impl From<std::sync::Arc<str>> for $name {
            fn from(text: std::sync::Arc<str>) -> Self {
                $name($crate::string::Repr::Shared(text))
            }
        }

        impl From<&std::sync::Arc<str>> for $name {
            fn from(text: &std::sync::Arc<str>) -> Self {
                $name($crate::string::Repr::Shared(std::sync::Arc::clone(text)))
            }
        }

        impl From<&$name> for $name {
            fn from(text: &$name) -> Self {
                text.clone()
            }
        }

        impl From<char> for $name {
            fn from(c: char) -> Self {
                $name::new(c.encode_utf8(&mut [0; 4]))
            }
        }

        impl From<$name> for String {
            fn from(text: $name) -> Self {
                text.as_str().to_owned()
            }
        }

        impl From<&$name> for String {
            fn from(text: &$name) -> Self {
                text.as_str().to_owned()
            }
        }

        impl serde::Serialize for $name {
            #[inline(always)]
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Visitor;

                impl serde::de::Visitor<'_> for Visitor {
                    type Value = $name;

                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str("a string")
                    }

                    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<$name, E> {
                        Ok($name::new(text))
                    }

                    fn visit_string<E: serde::de::Error>(self, text: String) -> Result<$name, E> {
                        Ok($name::from(text))
                    }
                }

                deserializer.deserialize_str(Visitor)
            }
        }
    };
    (@eq $name:ident: $($other:ty),*) => {$(
        impl PartialEq<$other> for $name {
            fn eq(&self, other: &$other) -> bool {
                self.as_str() == AsRef::<str>::as_ref(other)
            }
        }

        impl PartialEq<$name> for $other {
            fn eq(&self, other: &$name) -> bool {
                AsRef::<str>::as_ref(self) == other.as_str()
            }
        }
    )*};
}

pub(crate) use string_type;

/// Conversions and comparisons between two string types over [`Repr`]: a shared buffer or a
/// static reference moves across; inline text is copied.
macro_rules! string_types_convert {
    ($a:ident, $b:ident) => {
        $crate::string::string_types_convert!(@one $a => $b);
        $crate::string::string_types_convert!(@one $b => $a);
        $crate::string::string_type!(@eq $a: $b);
    };
    (@one $from:ident => $to:ident) => {
        impl From<$from> for $to {
            fn from(text: $from) -> Self {
                $to(text.0.resize())
            }
        }

        impl From<&$from> for $to {
            fn from(text: &$from) -> Self {
                $to(text.0.resize())
            }
        }
    };
}

pub(crate) use string_types_convert;

#[cfg(test)]
mod tests {
    use std::borrow::Cow;
    use std::hash::{Hash, Hasher};

    use super::*;

    #[test]
    fn short_strings_are_inline_and_long_ones_shared() {
        let short = Str::from("1234567890123456789012");
        assert!(matches!(short.0, Repr::Inline { len: 22, .. }));
        assert_eq!(short, "1234567890123456789012");

        let long = Str::from("12345678901234567890123");
        let Repr::Shared(buffer) = &long.0 else {
            panic!("23 bytes are not inline")
        };
        let clone = long.clone();
        let Repr::Shared(shared) = &clone.0 else {
            panic!("a clone keeps the buffer")
        };
        assert!(Arc::ptr_eq(buffer, shared));
        assert_eq!(clone, "12345678901234567890123");
    }

    #[test]
    fn every_conversion_keeps_the_text() {
        let text = "ดูรายละเอียดเพิ่มเติม: https://example.com/🍣";
        let from: [Str; 7] = [
            text.into(),
            text.to_owned().into(),
            (&text.to_owned()).into(),
            Cow::Borrowed(text).into(),
            Box::<str>::from(text).into(),
            Arc::<str>::from(text).into(),
            Str::from_static(text),
        ];
        for s in &from {
            assert_eq!(s, text);
            assert_eq!(s.len(), text.len());
            assert_eq!(String::from(s), text);
        }
        assert_eq!(Str::from('🍣'), "🍣");
        assert_eq!(Str::default(), "");
        assert_eq!(Str::from("é").as_str(), "é");
    }

    #[test]
    fn compares_hashes_and_orders_as_its_text() {
        use std::collections::BTreeSet;
        use std::collections::hash_map::DefaultHasher;

        let hash = |value: &dyn Fn(&mut DefaultHasher)| {
            let mut h = DefaultHasher::new();
            value(&mut h);
            h.finish()
        };
        let long = "a string longer than twenty-two bytes";
        assert_eq!(hash(&|h| Str::from(long).hash(h)), hash(&|h| long.hash(h)));
        assert_eq!(Str::from_static(long), Str::from(long));
        let set: BTreeSet<Str> = ["b", "a", "c"].into_iter().map(Str::from).collect();
        assert_eq!(set.into_iter().collect::<Vec<_>>(), ["a", "b", "c"]);
        assert_eq!(format!("{:?}", Str::from("a\"b")), r#""a\"b""#);
        assert_eq!(format!("{}", Str::from("a\"b")), "a\"b");
    }

    #[test]
    fn serializes_and_deserializes_as_a_json_string() {
        for text in ["", "short", "a string longer than twenty-two bytes \"\\\n"] {
            let s = Str::from(text);
            assert_eq!(
                serde_json::to_string(&s).unwrap(),
                serde_json::to_string(text).unwrap()
            );
            let back: Str = serde_json::from_str(&serde_json::to_string(text).unwrap()).unwrap();
            assert_eq!(back, text);
        }
        let error = serde_json::from_str::<Str>("12").unwrap_err().to_string();
        assert!(error.contains("expected a string"), "{error}");
    }

    #[test]
    fn is_as_small_as_a_string() {
        assert_eq!(size_of::<Str>(), 24);
        assert_eq!(size_of::<Option<Str>>(), 24);
    }
}
