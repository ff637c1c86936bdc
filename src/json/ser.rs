//! The serde `Serializer` behind [`to_vec`](super::to_vec): serde_json's compact output, byte
//! for byte, written straight into a `Vec<u8>`.
//!
//! Every element and entry is written followed by a comma; closing a container turns the last
//! comma into the bracket, so no container keeps a "first" state.

use std::fmt::{self, Display, Write as _};

use serde::ser::{self, Impossible, Serialize};

use super::Error;
use super::out::Out;

/// The struct name and field serde_json gives `RawValue`, whose text is written as it is.
const RAW_VALUE_TOKEN: &str = "$serde_json::private::RawValue";

/// The same for `Number` when another crate of the build turns on serde_json's
/// `arbitrary_precision`: its digits are written as they are, as serde_json does.
const NUMBER_TOKEN: &str = "$serde_json::private::Number";

pub(super) struct Serializer {
    pub(super) out: Out,
}

#[inline(always)]
fn write_integer(out: &mut Out, value: impl itoa::Integer) {
    out.bytes(itoa::Buffer::new().format(value).as_bytes());
}

#[inline(always)]
fn write_float(out: &mut Out, value: impl zmij::Float) {
    out.bytes(zmij::Buffer::new().format_finite(value).as_bytes());
}

impl Serializer {
    /// `{"variant":`, the opening of an externally tagged variant with data.
    #[inline]
    fn open_variant(&mut self, variant: &str) {
        self.out.byte(b'{');
        self.out.key(variant);
    }
}

/// `Serializer` methods for the scalar types listed, each returning the one expression given
/// (of `self` and the value).
macro_rules! scalars {
    ($self:ident, $value:ident => $body:expr; $($method:ident: $t:ty),* $(,)?) => {$(
        #[inline]
        fn $method($self, $value: $t) -> Result<(), Error> {
            $body
        }
    )*};
}

impl<'a> ser::Serializer for &'a mut Serializer {
    type Ok = ();
    type Error = Error;

    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Struct<'a>;
    type SerializeStructVariant = Compound<'a>;

    #[inline]
    fn serialize_bool(self, value: bool) -> Result<(), Error> {
        self.out.bytes(if value { b"true" } else { b"false" });
        Ok(())
    }

    scalars!(self, value => {
        write_integer(&mut self.out, value);
        Ok(())
    };
        serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
        serialize_i128: i128, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32,
        serialize_u64: u64, serialize_u128: u128,
    );

    // serde_json writes NaN and the infinities as `null`.
    scalars!(self, value => {
        if value.is_finite() {
            write_float(&mut self.out, value);
        } else {
            self.out.bytes(b"null");
        }
        Ok(())
    };
        serialize_f32: f32, serialize_f64: f64,
    );

    #[inline]
    fn serialize_char(self, value: char) -> Result<(), Error> {
        self.out.str(value.encode_utf8(&mut [0; 4]));
        Ok(())
    }

    #[inline(always)]
    fn serialize_str(self, value: &str) -> Result<(), Error> {
        self.out.str(value);
        Ok(())
    }

    /// An array of numbers, as serde_json writes bytes.
    fn serialize_bytes(self, value: &[u8]) -> Result<(), Error> {
        self.out.byte(b'[');
        for &byte in value {
            write_integer(&mut self.out, byte);
            self.out.byte(b',');
        }
        self.out.close(b']');
        Ok(())
    }

    #[inline(always)]
    fn serialize_none(self) -> Result<(), Error> {
        self.out.bytes(b"null");
        Ok(())
    }

    #[inline(always)]
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }

    #[inline]
    fn serialize_unit(self) -> Result<(), Error> {
        self.out.bytes(b"null");
        Ok(())
    }

    #[inline]
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }

    /// Inlined into a derived enum's `match`, the constant variant name folds into stores.
    #[inline(always)]
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.out.str(variant);
        Ok(())
    }

    #[inline]
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }

    #[inline]
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.open_variant(variant);
        value.serialize(&mut *self)?;
        self.out.byte(b'}');
        Ok(())
    }

    #[inline(always)]
    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'a>, Error> {
        self.out.byte(b'[');
        Ok(Compound { ser: self })
    }

    #[inline]
    fn serialize_tuple(self, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_seq(Some(len))
    }

    #[inline]
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<Compound<'a>, Error> {
        self.serialize_seq(Some(len))
    }

    #[inline]
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Compound<'a>, Error> {
        self.open_variant(variant);
        self.serialize_seq(Some(len))
    }

    #[inline(always)]
    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'a>, Error> {
        self.out.byte(b'{');
        Ok(Compound { ser: self })
    }

    #[inline(always)]
    fn serialize_struct(self, name: &'static str, _len: usize) -> Result<Struct<'a>, Error> {
        let raw = name == RAW_VALUE_TOKEN || name == NUMBER_TOKEN;
        if !raw {
            self.out.byte(b'{');
        }
        Ok(Struct { ser: self, raw })
    }

    #[inline]
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Compound<'a>, Error> {
        self.open_variant(variant);
        self.serialize_map(Some(len))
    }

    fn collect_str<T: Display + ?Sized>(self, value: &T) -> Result<(), Error> {
        self.out.byte(b'"');
        write!(Fragments(&mut self.out), "{value}")
            .map_err(|_| ser::Error::custom("a Display implementation returned an error"))?;
        self.out.byte(b'"');
        Ok(())
    }
}

/// Escapes what a `Display` implementation writes.
struct Fragments<'a>(&'a mut Out);

impl fmt::Write for Fragments<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0.fragment(s);
        Ok(())
    }
}

/// An array or object being written.
pub(super) struct Compound<'a> {
    ser: &'a mut Serializer,
}

impl Compound<'_> {
    #[inline(always)]
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut *self.ser)?;
        self.ser.out.byte(b',');
        Ok(())
    }

    #[inline(always)]
    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), Error> {
        self.ser.out.key(key);
        self.element(value)
    }
}

/// Sequences and tuples: each element after a comma, closed by `]`.
macro_rules! array_like {
    ($($trait:ident::$method:ident),*) => {$(
        impl ser::$trait for Compound<'_> {
            type Ok = ();
            type Error = Error;

            #[inline(always)]
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
                self.element(value)
            }

            #[inline(always)]
            fn end(self) -> Result<(), Error> {
                self.ser.out.close(b']');
                Ok(())
            }
        }
    )*};
}

array_like!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field
);

impl ser::SerializeTupleVariant for Compound<'_> {
    type Ok = ();
    type Error = Error;

    #[inline]
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }

    #[inline(always)]
    fn end(self) -> Result<(), Error> {
        self.ser.out.close(b']');
        self.ser.out.byte(b'}');
        Ok(())
    }
}

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Error;

    #[inline]
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        key.serialize(MapKey(&mut *self.ser))?;
        self.ser.out.byte(b':');
        Ok(())
    }

    #[inline]
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }

    #[inline(always)]
    fn end(self) -> Result<(), Error> {
        self.ser.out.close(b'}');
        Ok(())
    }
}

/// A struct being written: an object, or serde_json's `RawValue` (or `Number`), whose one field
/// is its text.
pub(super) struct Struct<'a> {
    ser: &'a mut Serializer,
    raw: bool,
}

impl ser::SerializeStruct for Struct<'_> {
    type Ok = ();
    type Error = Error;

    #[inline(always)]
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        if self.raw {
            return value.serialize(RawValue(&mut self.ser.out));
        }
        self.ser.out.key(key);
        value.serialize(&mut *self.ser)?;
        self.ser.out.byte(b',');
        Ok(())
    }

    #[inline(always)]
    fn end(self) -> Result<(), Error> {
        if !self.raw {
            self.ser.out.close(b'}');
        }
        Ok(())
    }
}

impl ser::SerializeStructVariant for Compound<'_> {
    type Ok = ();
    type Error = Error;

    #[inline]
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.field(key, value)
    }

    #[inline(always)]
    fn end(self) -> Result<(), Error> {
        self.ser.out.close(b'}');
        self.ser.out.byte(b'}');
        Ok(())
    }
}

#[cold]
fn key_must_be_a_string() -> Error {
    ser::Error::custom("key must be a string")
}

#[cold]
fn float_key_must_be_finite() -> Error {
    ser::Error::custom("float key must be finite (got NaN or +/-inf)")
}

/// The compound types of a serializer that takes scalars only (a map key, a raw value).
macro_rules! refused_compound_types {
    () => {
        type SerializeSeq = Impossible<(), Error>;
        type SerializeTuple = Impossible<(), Error>;
        type SerializeTupleStruct = Impossible<(), Error>;
        type SerializeTupleVariant = Impossible<(), Error>;
        type SerializeMap = Impossible<(), Error>;
        type SerializeStruct = Impossible<(), Error>;
        type SerializeStructVariant = Impossible<(), Error>;
    };
}

/// The compound methods of a serializer that takes scalars only, each failing with `$error`.
macro_rules! refuse_compounds {
    ($error:expr) => {
        fn serialize_newtype_variant<T: Serialize + ?Sized>(
            self,
            _name: &'static str,
            _index: u32,
            _variant: &'static str,
            _value: &T,
        ) -> Result<(), Error> {
            Err($error)
        }

        fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, Error> {
            Err($error)
        }

        fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, Error> {
            Err($error)
        }

        fn serialize_tuple_struct(
            self,
            _name: &'static str,
            _len: usize,
        ) -> Result<Self::SerializeTupleStruct, Error> {
            Err($error)
        }

        fn serialize_tuple_variant(
            self,
            _name: &'static str,
            _index: u32,
            _variant: &'static str,
            _len: usize,
        ) -> Result<Self::SerializeTupleVariant, Error> {
            Err($error)
        }

        fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, Error> {
            Err($error)
        }

        fn serialize_struct(
            self,
            _name: &'static str,
            _len: usize,
        ) -> Result<Self::SerializeStruct, Error> {
            Err($error)
        }

        fn serialize_struct_variant(
            self,
            _name: &'static str,
            _index: u32,
            _variant: &'static str,
            _len: usize,
        ) -> Result<Self::SerializeStructVariant, Error> {
            Err($error)
        }
    };
}

/// Writes a map key: strings as they are, numbers and booleans quoted (as serde_json does);
/// anything else is an error.
struct MapKey<'a>(&'a mut Serializer);

impl MapKey<'_> {
    #[inline]
    fn quoted(self, write: impl FnOnce(&mut Out)) -> Result<(), Error> {
        self.0.out.byte(b'"');
        write(&mut self.0.out);
        self.0.out.byte(b'"');
        Ok(())
    }
}

impl ser::Serializer for MapKey<'_> {
    type Ok = ();
    type Error = Error;

    refused_compound_types!();

    #[inline]
    fn serialize_str(self, value: &str) -> Result<(), Error> {
        self.0.out.str(value);
        Ok(())
    }

    fn serialize_bool(self, value: bool) -> Result<(), Error> {
        self.quoted(|out| out.bytes(if value { b"true" } else { b"false" }))
    }

    scalars!(self, value => self.quoted(|out| write_integer(out, value));
        serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
        serialize_i128: i128, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32,
        serialize_u64: u64, serialize_u128: u128,
    );

    scalars!(self, value => {
        if !value.is_finite() {
            return Err(float_key_must_be_finite());
        }
        self.quoted(|out| write_float(out, value))
    };
        serialize_f32: f32, serialize_f64: f64,
    );

    fn serialize_char(self, value: char) -> Result<(), Error> {
        self.0.out.str(value.encode_utf8(&mut [0; 4]));
        Ok(())
    }

    fn serialize_bytes(self, _value: &[u8]) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }

    fn serialize_none(self) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }

    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.0.out.str(variant);
        Ok(())
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }

    refuse_compounds!(key_must_be_a_string());

    fn collect_str<T: Display + ?Sized>(self, value: &T) -> Result<(), Error> {
        ser::Serializer::collect_str(self.0, value)
    }
}

#[cold]
fn expected_raw_value() -> Error {
    ser::Error::custom("expected RawValue")
}

/// Writes the text of a `RawValue` (or an arbitrary-precision `Number`) as it is: it is JSON
/// already.
struct RawValue<'a>(&'a mut Out);

impl ser::Serializer for RawValue<'_> {
    type Ok = ();
    type Error = Error;

    refused_compound_types!();

    fn serialize_str(self, value: &str) -> Result<(), Error> {
        self.0.bytes(value.as_bytes());
        Ok(())
    }

    scalars!(self, _value => Err(expected_raw_value());
        serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
        serialize_i64: i64, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32,
        serialize_u64: u64, serialize_f32: f32, serialize_f64: f64, serialize_char: char,
    );

    fn serialize_bytes(self, _value: &[u8]) -> Result<(), Error> {
        Err(expected_raw_value())
    }

    fn serialize_none(self) -> Result<(), Error> {
        Err(expected_raw_value())
    }

    fn serialize_some<T: Serialize + ?Sized>(self, _value: &T) -> Result<(), Error> {
        Err(expected_raw_value())
    }

    fn serialize_unit(self) -> Result<(), Error> {
        Err(expected_raw_value())
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        Err(expected_raw_value())
    }

    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
    ) -> Result<(), Error> {
        Err(expected_raw_value())
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _value: &T,
    ) -> Result<(), Error> {
        Err(expected_raw_value())
    }

    refuse_compounds!(expected_raw_value());
}
