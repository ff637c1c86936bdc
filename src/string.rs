//! [`Str`], the string type of the message model.

use std::borrow::{Borrow, Cow};
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;
use std::sync::Arc;

/// The most bytes a [`Str`] stores inline, without allocating.
const INLINE: usize = 22;

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
pub struct Str(Repr);

#[derive(Clone)]
enum Repr {
    Inline { len: u8, bytes: [u8; INLINE] },
    Static(&'static str),
    Shared(Arc<str>),
}

impl Str {
    /// The empty string.
    pub const EMPTY: Str = Str::from_static("");

    /// A `Str` referring to a `'static` string: no allocation, no copy.
    #[must_use]
    pub const fn from_static(text: &'static str) -> Self {
        Str(Repr::Static(text))
    }

    /// Copies `text` (inline when it fits, into a shared buffer otherwise).
    #[must_use]
    pub fn new(text: &str) -> Self {
        Self::inline(text).unwrap_or_else(|| Str(Repr::Shared(Arc::from(text))))
    }

    fn inline(text: &str) -> Option<Self> {
        let len = text.len();
        if len > INLINE {
            return None;
        }
        let mut bytes = [0; INLINE];
        bytes[..len].copy_from_slice(text.as_bytes());
        // `len <= INLINE`, which fits a `u8`.
        Some(Str(Repr::Inline {
            len: len as u8,
            bytes,
        }))
    }

    /// The text.
    #[must_use]
    #[inline]
    #[allow(unsafe_code, reason = "the inline bytes are a copy of a whole `str`")]
    pub fn as_str(&self) -> &str {
        match &self.0 {
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

impl Default for Str {
    fn default() -> Self {
        Str::EMPTY
    }
}

impl Deref for Str {
    type Target = str;

    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Str {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for Str {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Debug for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl PartialEq for Str {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Str {}

impl PartialOrd for Str {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Str {
    fn cmp(&self, other: &Self) -> Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl Hash for Str {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

macro_rules! eq_with {
    ($($other:ty),*) => {$(
        impl PartialEq<$other> for Str {
            fn eq(&self, other: &$other) -> bool {
                self.as_str() == AsRef::<str>::as_ref(other)
            }
        }

        impl PartialEq<Str> for $other {
            fn eq(&self, other: &Str) -> bool {
                AsRef::<str>::as_ref(self) == other.as_str()
            }
        }
    )*};
}

eq_with!(str, &str, String, Cow<'_, str>);

impl From<&str> for Str {
    fn from(text: &str) -> Self {
        Str::new(text)
    }
}

impl From<&mut str> for Str {
    fn from(text: &mut str) -> Self {
        Str::new(text)
    }
}

impl From<&String> for Str {
    fn from(text: &String) -> Self {
        Str::new(text)
    }
}

impl From<String> for Str {
    fn from(text: String) -> Self {
        Str::inline(&text).unwrap_or_else(|| Str(Repr::Shared(Arc::from(text))))
    }
}

impl From<Box<str>> for Str {
    fn from(text: Box<str>) -> Self {
        Str::inline(&text).unwrap_or_else(|| Str(Repr::Shared(Arc::from(text))))
    }
}

impl From<Cow<'_, str>> for Str {
    fn from(text: Cow<'_, str>) -> Self {
        match text {
            Cow::Borrowed(text) => Str::new(text),
            Cow::Owned(text) => Str::from(text),
        }
    }
}

impl From<Arc<str>> for Str {
    fn from(text: Arc<str>) -> Self {
        Str(Repr::Shared(text))
    }
}

impl From<&Arc<str>> for Str {
    fn from(text: &Arc<str>) -> Self {
        Str(Repr::Shared(Arc::clone(text)))
    }
}

impl From<&Str> for Str {
    fn from(text: &Str) -> Self {
        text.clone()
    }
}

impl From<char> for Str {
    fn from(c: char) -> Self {
        Str::new(c.encode_utf8(&mut [0; 4]))
    }
}

impl From<Str> for String {
    fn from(text: Str) -> Self {
        text.as_str().to_owned()
    }
}

impl From<&Str> for String {
    fn from(text: &Str) -> Self {
        text.as_str().to_owned()
    }
}

impl serde::Serialize for Str {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Str {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;

        impl serde::de::Visitor<'_> for Visitor {
            type Value = Str;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }

            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Str, E> {
                Ok(Str::new(text))
            }

            fn visit_string<E: serde::de::Error>(self, text: String) -> Result<Str, E> {
                Ok(Str::from(text))
            }
        }

        deserializer.deserialize_str(Visitor)
    }
}

#[cfg(test)]
mod tests {
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
