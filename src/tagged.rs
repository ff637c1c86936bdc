//! `Serialize` for the internally tagged enums of the hot path ([`Action`](crate::action::Action),
//! [`Message`](crate::message::Message), flex components and containers): the same JSON as
//! `#[serde(tag = "type")]`, with each variant's tag a compile-time constant.
//!
//! serde's derive passes the tag to one shared wrapper serializer as run-time strings, so every
//! variant's struct is written by one out-of-line copy that writes `"type":"..."` as an
//! arbitrary key and value. Here each variant gets its own zero-sized [`Tag`], so the wrapper's
//! `serialize_struct` inlines into the variant's struct and the tag folds into a few stores.
//! Variants hold structs only; any other shape is refused as serde refuses it.

use std::marker::PhantomData;

use serde::ser::{self, Serialize, SerializeMap, SerializeStruct, Serializer};

/// A variant's tag, known at compile time.
pub(crate) trait Tag {
    /// The tag's key (`type`).
    const KEY: &'static str;
    /// The tag's value (`postback`, `text`, ...).
    const VALUE: &'static str;
    /// `Enum::Variant`, for the error on a value that is not a struct.
    const VARIANT: &'static str;
}

/// Serializes a variant's struct with the tag as its first field.
pub(crate) struct Tagged<S, T> {
    delegate: S,
    tag: PhantomData<T>,
}

impl<S, T> Tagged<S, T> {
    #[inline(always)]
    pub(crate) fn new(delegate: S) -> Self {
        Tagged {
            delegate,
            tag: PhantomData,
        }
    }
}

#[cold]
fn bad_type<E: ser::Error>(variant: &str, what: &str) -> E {
    E::custom(format_args!(
        "cannot serialize tagged newtype variant {variant} containing {what}"
    ))
}

/// The associated types and methods of `Serializer` for every shape but a struct, a map and a unit (which a
/// serializer wrapping an object's fields handles itself), each returning `Err($refuse(what))`,
/// `what` naming the shape ("an integer"); a unit struct is written as a unit, and a newtype
/// struct as what it wraps.
macro_rules! refuse_other_shapes {
    ($refuse:expr) => {
        type SerializeSeq = serde::ser::Impossible<Self::Ok, Self::Error>;
        type SerializeTuple = serde::ser::Impossible<Self::Ok, Self::Error>;
        type SerializeTupleStruct = serde::ser::Impossible<Self::Ok, Self::Error>;
        type SerializeTupleVariant = serde::ser::Impossible<Self::Ok, Self::Error>;
        type SerializeStructVariant = serde::ser::Impossible<Self::Ok, Self::Error>;

        fn serialize_unit_struct(self, _: &'static str) -> Result<Self::Ok, Self::Error> {
            self.serialize_unit()
        }

        fn serialize_newtype_struct<V: serde::Serialize + ?Sized>(
            self,
            _: &'static str,
            value: &V,
        ) -> Result<Self::Ok, Self::Error> {
            value.serialize(self)
        }

        $crate::tagged::refuse_other_shapes!(@methods $refuse;
            serialize_bool(bool) -> Self::Ok: "a boolean";
            serialize_i8(i8) -> Self::Ok: "an integer";
            serialize_i16(i16) -> Self::Ok: "an integer";
            serialize_i32(i32) -> Self::Ok: "an integer";
            serialize_i64(i64) -> Self::Ok: "an integer";
            serialize_u8(u8) -> Self::Ok: "an integer";
            serialize_u16(u16) -> Self::Ok: "an integer";
            serialize_u32(u32) -> Self::Ok: "an integer";
            serialize_u64(u64) -> Self::Ok: "an integer";
            serialize_f32(f32) -> Self::Ok: "a float";
            serialize_f64(f64) -> Self::Ok: "a float";
            serialize_char(char) -> Self::Ok: "a char";
            serialize_str(&str) -> Self::Ok: "a string";
            serialize_bytes(&[u8]) -> Self::Ok: "a byte array";
            serialize_none() -> Self::Ok: "an optional";
            serialize_seq(Option<usize>) -> Self::SerializeSeq: "a sequence";
            serialize_tuple(usize) -> Self::SerializeTuple: "a tuple";
            serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct:
                "a tuple struct";
            serialize_unit_variant(&'static str, u32, &'static str) -> Self::Ok: "an enum";
            serialize_tuple_variant(&'static str, u32, &'static str, usize)
                -> Self::SerializeTupleVariant: "an enum";
            serialize_struct_variant(&'static str, u32, &'static str, usize)
                -> Self::SerializeStructVariant: "an enum";
        );

        fn serialize_some<V: serde::Serialize + ?Sized>(
            self,
            _: &V,
        ) -> Result<Self::Ok, Self::Error> {
            Err($refuse("an optional"))
        }

        fn serialize_newtype_variant<V: serde::Serialize + ?Sized>(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: &V,
        ) -> Result<Self::Ok, Self::Error> {
            Err($refuse("an enum"))
        }

        fn collect_str<V: std::fmt::Display + ?Sized>(
            self,
            _: &V,
        ) -> Result<Self::Ok, Self::Error> {
            Err($refuse("a string"))
        }
    };
    (@methods $refuse:expr; $($method:ident($($arg:ty),*) -> $ret:ty: $what:literal;)*) => {$(
        fn $method(self, $(_: $arg),*) -> Result<$ret, Self::Error> {
            Err($refuse($what))
        }
    )*};
}

pub(crate) use refuse_other_shapes;

impl<S: Serializer, T: Tag> Serializer for Tagged<S, T> {
    type Ok = S::Ok;
    type Error = S::Error;

    type SerializeMap = S::SerializeMap;
    type SerializeStruct = S::SerializeStruct;

    refuse_other_shapes!(|what| bad_type::<S::Error>(T::VARIANT, what));

    /// A unit struct is the tag alone.
    fn serialize_unit(self) -> Result<S::Ok, S::Error> {
        let mut map = self.delegate.serialize_map(Some(1))?;
        map.serialize_entry(T::KEY, T::VALUE)?;
        map.end()
    }

    fn serialize_map(self, len: Option<usize>) -> Result<S::SerializeMap, S::Error> {
        let mut map = self.delegate.serialize_map(len.map(|len| len + 1))?;
        map.serialize_entry(T::KEY, T::VALUE)?;
        Ok(map)
    }

    #[inline(always)]
    fn serialize_struct(
        self,
        name: &'static str,
        len: usize,
    ) -> Result<S::SerializeStruct, S::Error> {
        let mut state = self.delegate.serialize_struct(name, len + 1)?;
        state.serialize_field(T::KEY, T::VALUE)?;
        Ok(state)
    }
}

/// A struct written with the tag `T` as its first field: `#[serde(tag = ...)]` for a value
/// whose type is known without an enum (a bubble's blocks are boxes, a carousel's contents are
/// bubbles).
pub(crate) struct WithTag<'a, V: ?Sized, T>(&'a V, PhantomData<T>);

impl<'a, V: ?Sized, T> WithTag<'a, V, T> {
    #[inline(always)]
    pub(crate) fn new(value: &'a V) -> Self {
        WithTag(value, PhantomData)
    }
}

impl<V: Serialize + ?Sized, T: Tag> Serialize for WithTag<'_, V, T> {
    #[inline(always)]
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(Tagged::<S, T>::new(serializer))
    }
}

/// Declares `$name`, a [`Tag`] writing `$key: $value` for `$variant` (named in errors).
macro_rules! tag {
    ($name:ident, $variant:expr, $key:literal = $value:literal) => {
        struct $name;
        impl $crate::tagged::Tag for $name {
            const KEY: &'static str = $key;
            const VALUE: &'static str = $value;
            const VARIANT: &'static str = $variant;
        }
    };
}

pub(crate) use tag;

/// `impl Serialize` for an internally tagged enum whose variants each hold a struct, plus an
/// untagged variant holding the JSON of kinds this version does not know: the JSON of
/// `#[serde(tag = $key)]` with `#[serde(rename = $value)]` on each variant and
/// `#[serde(untagged)]` on the last.
macro_rules! serialize_tagged {
    ($enum:ident, $key:literal, { $($variant:ident = $value:literal),* $(,)? }, $unknown:ident) => {
        impl serde::Serialize for $enum {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self {
                    $($enum::$variant(value) => {
                        $crate::tagged::tag!(
                            Tag,
                            concat!(stringify!($enum), "::", stringify!($variant)),
                            $key = $value
                        );
                        serde::Serialize::serialize(
                            value,
                            $crate::tagged::Tagged::<S, Tag>::new(serializer),
                        )
                    })*
                    $enum::$unknown(value) => serde::Serialize::serialize(value, serializer),
                }
            }
        }
    };
}

pub(crate) use serialize_tagged;

/// [`serialize_tagged!`] plus [`KnownKinds`](crate::validate::KnownKinds) from the same list of
/// kinds, for the enums whose `Unknown` JSON the validator reads again as a known kind.
macro_rules! tagged_enum {
    ($enum:ident, $key:literal, { $($variant:ident = $value:literal),* $(,)? }, $unknown:ident) => {
        $crate::tagged::serialize_tagged!($enum, $key, { $($variant = $value),* }, $unknown);

        impl $crate::validate::KnownKinds for $enum {
            const KINDS: &'static [&'static str] = &[$($value),*];

            fn known(
                kind: &str,
                value: &serde_json::Value,
                what: &str,
                path: &$crate::validate::Path,
                out: &mut $crate::validate::Violations,
            ) -> Option<Self> {
                match kind {
                    $( $value => $crate::validate::known_kind(value, what, path, out)
                        .map($enum::$variant), )*
                    _ => None,
                }
            }
        }
    };
}

pub(crate) use tagged_enum;

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use serde::Serialize;

    #[derive(Serialize)]
    struct Fields {
        label: Option<&'static str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        text: Option<&'static str>,
    }

    #[derive(Serialize)]
    struct Unit;

    #[derive(Serialize)]
    struct Number(u8);

    /// What serde's derive writes, to compare with.
    #[derive(Serialize)]
    #[serde(tag = "type")]
    enum Derived {
        #[serde(rename = "fields")]
        Fields(Fields),
        #[serde(rename = "unit")]
        Unit(Unit),
        #[serde(rename = "map")]
        Map(BTreeMap<&'static str, u8>),
        #[serde(rename = "number")]
        Number(Number),
        #[serde(untagged)]
        Unknown(serde_json::Value),
    }

    enum Made {
        Fields(Fields),
        Unit(Unit),
        Map(BTreeMap<&'static str, u8>),
        Number(Number),
        Unknown(serde_json::Value),
    }

    serialize_tagged!(Made, "type", {
        Fields = "fields",
        Unit = "unit",
        Map = "map",
        Number = "number",
    }, Unknown);

    /// The derive's JSON (through serde_json) and ours (through `linebot::json`), or errors.
    fn both(derived: &Derived, made: &Made) -> [Result<String, String>; 2] {
        [
            serde_json::to_string(derived).map_err(|e| e.to_string()),
            crate::json::to_string(made).map_err(|e| e.to_string()),
        ]
    }

    #[test]
    fn writes_what_the_derive_writes() {
        let fields = || Fields {
            label: None,
            text: Some("a \"b\""),
        };
        let map = || BTreeMap::from([("a", 1), ("b", 2)]);
        let unknown = || serde_json::json!({"type": "new", "x": [1, 2]});
        let cases = [
            (Derived::Fields(fields()), Made::Fields(fields())),
            (Derived::Unit(Unit), Made::Unit(Unit)),
            (Derived::Map(map()), Made::Map(map())),
            (Derived::Unknown(unknown()), Made::Unknown(unknown())),
        ];
        for (derived, made) in &cases {
            let [theirs, ours] = both(derived, made);
            assert_eq!(ours, theirs);
            assert_eq!(
                serde_json::to_string(made).map_err(|e| e.to_string()),
                theirs
            );
        }
    }

    #[test]
    fn refuses_a_variant_that_is_not_a_struct() {
        let [theirs, ours] = both(&Derived::Number(Number(1)), &Made::Number(Number(1)));
        assert_eq!(
            theirs.unwrap_err(),
            "cannot serialize tagged newtype variant Derived::Number containing an integer"
        );
        assert_eq!(
            ours.unwrap_err(),
            "cannot serialize tagged newtype variant Made::Number containing an integer"
        );
    }
}
