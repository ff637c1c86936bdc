//! [`Id`], the string type of the IDs and tokens in webhook events.

use crate::Str;
use crate::string::Repr;

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
pub struct Id(pub(crate) Repr<INLINE>);

crate::string::string_type!(Id);
crate::string::string_types_convert!(Id, Str);

#[cfg(test)]
mod tests {
    use std::borrow::Cow;
    use std::cmp::Ordering;
    use std::sync::Arc;

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
