//! [`Id`], the string type of the IDs and tokens in webhook events.

use std::borrow::{Borrow, Cow};
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;
use std::sync::Arc;

use crate::Str;

/// The most bytes an [`Id`] stores inline: a user, group or room ID is 33 bytes, a reply token
/// 32, a webhook event ID 26.
const INLINE: usize = 38;

/// An ID or token of a webhook event: a user, group or room ID, a reply token, a webhook event
/// ID, the bot's `destination`.
///
/// These are the strings every event carries, so they are stored inline (up to 38 bytes) and
/// parsing an event allocates nothing for them; a longer value (LINE has not sent one) is kept
/// whole in a shared buffer. An `Id` derefs to `str`, compares equal to `str`, `String` and
/// [`Str`], converts into both, and serializes as a JSON string.
///
/// ```
/// use linebot::webhook::Id;
///
/// let user = Id::from("U4af4980629a3e8a7d1e0c7a6b2b3c4d5");
/// assert_eq!(user, "U4af4980629a3e8a7d1e0c7a6b2b3c4d5");
/// assert!(user.starts_with('U'));
/// let owned: String = user.into();
/// assert_eq!(owned.len(), 33);
/// ```
#[derive(Clone)]
pub struct Id(Repr);

#[derive(Clone)]
enum Repr {
    Inline { len: u8, bytes: [u8; INLINE] },
    Shared(Arc<str>),
}

impl Id {
    /// Copies `text` (inline when it fits, into a shared buffer otherwise).
    #[must_use]
    #[inline]
    pub fn new(text: &str) -> Self {
        let len = text.len();
        if len > INLINE {
            return Id(Repr::Shared(Arc::from(text)));
        }
        let mut bytes = [0; INLINE];
        bytes[..len].copy_from_slice(text.as_bytes());
        // `len <= INLINE`, which fits a `u8`.
        Id(Repr::Inline {
            len: len as u8,
            bytes,
        })
    }

    /// The text.
    #[must_use]
    #[inline]
    #[allow(unsafe_code, reason = "the inline bytes are a copy of a whole `str`")]
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Inline { len, bytes } => {
                // SAFETY: `bytes[..len]` is a copy of a whole `&str` (see `new`), so it is UTF-8.
                unsafe { std::str::from_utf8_unchecked(&bytes[..usize::from(*len)]) }
            }
            Repr::Shared(text) => text,
        }
    }
}

impl Default for Id {
    fn default() -> Self {
        Id::new("")
    }
}

impl Deref for Id {
    type Target = str;

    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Id {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for Id {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Debug for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl PartialEq for Id {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Id {}

impl PartialOrd for Id {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Id {
    fn cmp(&self, other: &Self) -> Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl Hash for Id {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

macro_rules! eq_with {
    ($($other:ty),*) => {$(
        impl PartialEq<$other> for Id {
            fn eq(&self, other: &$other) -> bool {
                self.as_str() == AsRef::<str>::as_ref(other)
            }
        }

        impl PartialEq<Id> for $other {
            fn eq(&self, other: &Id) -> bool {
                AsRef::<str>::as_ref(self) == other.as_str()
            }
        }
    )*};
}

eq_with!(str, &str, String, Cow<'_, str>, Str);

impl From<&str> for Id {
    fn from(text: &str) -> Self {
        Id::new(text)
    }
}

impl From<&String> for Id {
    fn from(text: &String) -> Self {
        Id::new(text)
    }
}

impl From<String> for Id {
    fn from(text: String) -> Self {
        if text.len() > INLINE {
            Id(Repr::Shared(Arc::from(text)))
        } else {
            Id::new(&text)
        }
    }
}

impl From<Cow<'_, str>> for Id {
    fn from(text: Cow<'_, str>) -> Self {
        match text {
            Cow::Borrowed(text) => Id::new(text),
            Cow::Owned(text) => Id::from(text),
        }
    }
}

impl From<&Str> for Id {
    fn from(text: &Str) -> Self {
        Id::new(text)
    }
}

impl From<Str> for Id {
    fn from(text: Str) -> Self {
        Id::new(&text)
    }
}

impl From<&Id> for Id {
    fn from(text: &Id) -> Self {
        text.clone()
    }
}

impl From<Id> for String {
    fn from(text: Id) -> Self {
        text.as_str().to_owned()
    }
}

impl From<&Id> for String {
    fn from(text: &Id) -> Self {
        text.as_str().to_owned()
    }
}

impl From<Id> for Str {
    fn from(text: Id) -> Self {
        match text.0 {
            Repr::Shared(shared) => Str::from(shared),
            Repr::Inline { .. } => Str::new(text.as_str()),
        }
    }
}

impl From<&Id> for Str {
    fn from(text: &Id) -> Self {
        match &text.0 {
            Repr::Shared(shared) => Str::from(shared),
            Repr::Inline { .. } => Str::new(text.as_str()),
        }
    }
}

impl serde::Serialize for Id {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Id {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;

        impl serde::de::Visitor<'_> for Visitor {
            type Value = Id;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }

            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Id, E> {
                Ok(Id::new(text))
            }

            fn visit_string<E: serde::de::Error>(self, text: String) -> Result<Id, E> {
                Ok(Id::from(text))
            }
        }

        deserializer.deserialize_str(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_inline_up_to_38_bytes_and_shared_beyond() {
        let user = Id::from("U4af4980629a3e8a7d1e0c7a6b2b3c4d5");
        assert!(matches!(user.0, Repr::Inline { len: 33, .. }));
        let full = "x".repeat(38);
        assert!(matches!(
            Id::from(full.as_str()).0,
            Repr::Inline { len: 38, .. }
        ));
        let long = "y".repeat(39);
        let id = Id::from(long.clone());
        let Repr::Shared(buffer) = &id.0 else {
            panic!("39 bytes are not inline")
        };
        let Repr::Shared(shared) = &id.clone().0 else {
            panic!("a clone keeps the buffer")
        };
        assert!(Arc::ptr_eq(buffer, shared));
        assert_eq!(id, long);
        assert_eq!(Id::default(), "");
    }

    #[test]
    fn every_inline_length_keeps_its_bytes() {
        let text = "0123456789abcdefghijklmnopqrstuvwxyzAB";
        for len in 0..=INLINE {
            let id = Id::new(&text[..len]);
            assert_eq!(id, &text[..len]);
            let Repr::Inline { bytes, .. } = id.0 else {
                panic!("{len} bytes are inline")
            };
            assert!(bytes[len..].iter().all(|&b| b == 0));
        }
    }

    #[test]
    fn converts_and_compares_as_its_text() {
        let text = "ユーザー🍣-0123456789";
        let from: [Id; 5] = [
            text.into(),
            text.to_owned().into(),
            (&text.to_owned()).into(),
            Cow::Borrowed(text).into(),
            Str::from(text).into(),
        ];
        for id in &from {
            assert_eq!(id, text);
            assert_eq!(*id, Str::from(text));
            assert_eq!(String::from(id), text);
            assert_eq!(Str::from(id), text);
        }
        let long = "z".repeat(50);
        assert_eq!(Str::from(Id::from(long.as_str())), long);
        assert_eq!(format!("{:?}", Id::from("a\"b")), r#""a\"b""#);
        assert_eq!(Id::from("b").cmp(&Id::from("a")), Ordering::Greater);
    }

    #[test]
    fn round_trips_as_a_json_string() {
        for text in ["", "Ud5f110c85a1c381e532aed95401a9f6e", &"\\\"é".repeat(20)] {
            let json = serde_json::to_string(text).unwrap();
            let id: Id = serde_json::from_str(&json).unwrap();
            assert_eq!(id, text);
            assert_eq!(serde_json::to_string(&id).unwrap(), json);
        }
        let error = serde_json::from_str::<Id>("12").unwrap_err().to_string();
        assert!(error.contains("expected a string"), "{error}");
    }

    #[test]
    fn fits_in_forty_bytes() {
        assert_eq!(size_of::<Id>(), 40);
        assert_eq!(size_of::<Option<Id>>(), 40);
    }
}
