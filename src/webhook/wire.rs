//! How webhook JSON maps onto Rust types: `type`-tagged objects and open string enums.
//!
//! Serde's `#[serde(tag = "type")]` buffers every object into an intermediate tree before it
//! picks the variant, which roughly doubles the parse cost of a webhook body. LINE writes `type`
//! as the first key of every object, so [`deserialize_tagged`] reads the first key and, when it
//! is `type`, hands the rest of the same map straight to the variant's derived deserializer
//! (one pass, no buffering). When `type` comes later (LINE's mentionees put it after `index`
//! and `length`), the keys before it are buffered as [`serde_json::Value`]s and replayed ahead
//! of the rest of the map, so any key order parses, a little more slowly.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::value::{CowStrDeserializer, MapAccessDeserializer};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde_json::{Map, Value};

use super::Id;

/// A JSON object whose shape is chosen by its `type` key.
pub(crate) trait Tagged: Sized {
    /// What the object is, for error messages ("a webhook event object").
    const EXPECTING: &'static str;

    /// Builds the value from its `type` and the object's other keys.
    ///
    /// `rest` holds the object's other keys, in their order.
    fn from_rest<'de, D: Deserializer<'de>>(tag: &str, rest: D) -> Result<Self, D::Error>;
}

/// Deserializes a [`Tagged`] object, in one pass when `type` is its first key.
pub(crate) fn deserialize_tagged<'de, T: Tagged, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    deserializer.deserialize_map(TaggedVisitor(PhantomData))
}

/// Keeps the JSON of an object whose `type` this version does not know: the other keys plus
/// `type` itself.
pub(crate) fn unknown_object<'de, D: Deserializer<'de>>(
    tag: &str,
    rest: D,
) -> Result<Value, D::Error> {
    let mut object: Map<String, Value> = serde::Deserialize::deserialize(rest)?;
    object.insert("type".to_owned(), Value::String(tag.to_owned()));
    Ok(Value::Object(object))
}

struct TaggedVisitor<T>(PhantomData<T>);

impl<'de, T: Tagged> Visitor<'de> for TaggedVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(T::EXPECTING)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        read_tagged(FromRest(PhantomData), map)
    }
}

/// What reads a `type`-tagged object once its tag is known: the tag and the object's other
/// entries, in their order.
pub(crate) trait ReadTagged<'de> {
    /// What is read.
    type Value;

    /// Reads the object whose `type` is `tag` from its other entries.
    fn read<M: MapAccess<'de>>(self, tag: &str, rest: M) -> Result<Self::Value, M::Error>;
}

/// A [`Tagged`] type read by its derived deserializers.
struct FromRest<T>(PhantomData<T>);

impl<'de, T: Tagged> ReadTagged<'de> for FromRest<T> {
    type Value = T;

    fn read<M: MapAccess<'de>>(self, tag: &str, rest: M) -> Result<T, M::Error> {
        T::from_rest(tag, MapAccessDeserializer::new(rest))
    }
}

/// Reads a `type`-tagged object with `reader`: in one pass when `type` is the first key (LINE
/// writes it first), through [`late_tag`] otherwise.
pub(crate) fn read_tagged<'de, R: ReadTagged<'de>, A: MapAccess<'de>>(
    reader: R,
    mut map: A,
) -> Result<R::Value, A::Error> {
    let Some(first_key) = map.next_key_seed(StrSeed)? else {
        return Err(de::Error::missing_field("type"));
    };
    if first_key == "type" {
        let tag = map.next_value_seed(StrSeed)?;
        reader.read(&tag, map)
    } else {
        read_late_tag(reader, first_key, map)
    }
}

/// [`read_tagged`]'s slow path, kept out of line so that it does not weigh on the inlining of
/// the fast path.
#[cold]
fn read_late_tag<'de, R: ReadTagged<'de>, A: MapAccess<'de>>(
    reader: R,
    first_key: Cow<'de, str>,
    map: A,
) -> Result<R::Value, A::Error> {
    let (tag, rest) = late_tag(first_key, map)?;
    reader.read(&tag, rest)
}

/// The slow path of a `type`-tagged object whose first key (`first_key`, its value not read
/// yet) is not `type`: reads the entries up to `type` into [`Value`]s, then its `type`.
/// Returns the tag and the object's other entries, those read and those to come, in order.
fn late_tag<'de, A: MapAccess<'de>>(
    first_key: Cow<'de, str>,
    mut map: A,
) -> Result<(Cow<'de, str>, LateTag<'de, A>), A::Error> {
    let mut before = Vec::new();
    let mut key = first_key;
    while key != "type" {
        before.push((key, map.next_value::<Value>()?));
        key = match map.next_key_seed(StrSeed)? {
            Some(key) => key,
            None => return Err(de::Error::missing_field("type")),
        };
    }
    let tag = map.next_value_seed(StrSeed)?;
    let rest = LateTag {
        before: before.into_iter(),
        value: None,
        after: map,
    };
    Ok((tag, rest))
}

/// The entries of an object other than its late `type`: those read before it, then the rest of
/// the map.
pub(crate) struct LateTag<'de, A> {
    before: std::vec::IntoIter<(Cow<'de, str>, Value)>,
    value: Option<Value>,
    after: A,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for LateTag<'de, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        match self.before.next() {
            Some((key, value)) => {
                self.value = Some(value);
                seed.deserialize(CowStrDeserializer::new(key)).map(Some)
            }
            None => self.after.next_key_seed(seed),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        match self.value.take() {
            Some(value) => seed.deserialize(value).map_err(de::Error::custom),
            None => self.after.next_value_seed(seed),
        }
    }
}

/// Reads a string (the `type` value, a key), borrowing it from the input when it has no escapes.
pub(crate) struct StrSeed;

impl<'de> DeserializeSeed<'de> for StrSeed {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for StrSeed {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_borrowed_str<E: de::Error>(self, tag: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(tag))
    }

    fn visit_str<E: de::Error>(self, tag: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(tag.to_owned()))
    }
}

/// Declares a string enum whose values LINE may extend: known values get a variant, any other
/// string is kept in the last variant, `Unknown(String)`.
///
/// Hand-written rather than `#[serde(untagged)] Unknown(String)` because serde buffers enums
/// with an untagged variant, and these sit on the hot path of every event.
macro_rules! open_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $wire:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
            /// A value this version of `linebot` does not know, kept as sent.
            Unknown(String),
        }

        impl $name {
            /// The value as it appears in the JSON.
            pub fn as_str(&self) -> &str {
                match self {
                    $( Self::$variant => $wire, )+
                    Self::Unknown(other) => other,
                }
            }
        }

        impl From<&str> for $name {
            fn from(value: &str) -> Self {
                match value {
                    $( $wire => Self::$variant, )+
                    other => Self::Unknown(other.to_owned()),
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct V;
                impl ::serde::de::Visitor<'_> for V {
                    type Value = $name;
                    fn expecting(&self, f: &mut ::std::fmt::Formatter) -> ::std::fmt::Result {
                        f.write_str("a string")
                    }
                    fn visit_str<E: ::serde::de::Error>(self, value: &str) -> Result<$name, E> {
                        Ok($name::from(value))
                    }
                }
                deserializer.deserialize_str(V)
            }
        }
    };
}

pub(crate) use open_enum;

/// What a missing key reads as, as in serde's derive: `None` for an `Option`, the "missing
/// field" error for anything else.
pub(crate) struct Missing<E> {
    key: &'static str,
    error: PhantomData<E>,
}

impl<E> Missing<E> {
    pub(crate) fn new(key: &'static str) -> Self {
        Missing {
            key,
            error: PhantomData,
        }
    }
}

impl<'de, E: de::Error> Deserializer<'de> for Missing<E> {
    type Error = E;

    fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, E> {
        Err(E::missing_field(self.key))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        visitor.visit_none()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf unit
        unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier ignored_any
    }
}

/// Reads a string or `null`, borrowing the string from the input when it has no escapes.
pub(crate) struct OptStrSeed;

impl<'de> DeserializeSeed<'de> for OptStrSeed {
    type Value = Option<Cow<'de, str>>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_option(self)
    }
}

impl<'de> Visitor<'de> for OptStrSeed {
    type Value = Option<Cow<'de, str>>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        StrSeed.deserialize(deserializer).map(Some)
    }
}

/// Reads a string or `null` straight into an `Option<Id>`: an [`Id`] returned by value through
/// the parser's layers is copied piecewise at each one (its first bytes share a word with the
/// enum tags around it), which stalls the loads that follow.
pub(crate) struct OptIdInto<'a>(pub(crate) &'a mut Option<Id>);

impl<'de> DeserializeSeed<'de> for OptIdInto<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_option(self)
    }
}

impl<'de> Visitor<'de> for OptIdInto<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        *self.0 = None;
        Ok(())
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.visit_none()
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_str(self)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<(), E> {
        *self.0 = Some(Id::new(text));
        Ok(())
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<(), E> {
        *self.0 = Some(Id::from(text));
        Ok(())
    }
}
