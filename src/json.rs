//! JSON encoding of request bodies, byte for byte what `serde_json` writes, faster.
//!
//! `serde_json` checks every byte of every string (keys included) against its escape table
//! one at a time; message bodies are mostly strings, so that loop is most of the cost of
//! sending a message. This encoder checks eight bytes at a time and copies clean runs in one
//! go. Numbers are written by `serde_json`'s own formatter, so the output is identical (the
//! tests compare both on every message kind and on random strings).
//!
//! ```
//! use linebot::message::{Message, TextMessage};
//!
//! let message = Message::from(TextMessage::new("Hello, \"world\""));
//! let body = linebot::json::to_vec(&message).unwrap();
//! assert_eq!(body, serde_json::to_vec(&message).unwrap());
//! assert_eq!(body, br#"{"type":"text","text":"Hello, \"world\""}"#);
//! ```

use serde::ser::{self, Serialize};
use serde_json::ser::{CompactFormatter, Formatter};

/// Why a value could not be encoded. The wire model of this crate always encodes; only a
/// foreign `Serialize` impl can fail (a map with non-string keys, a custom error).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EncodeError {
    /// A map key is not a string (JSON object keys are strings).
    #[error("a JSON object key must be a string, found {0}")]
    KeyMustBeAString(&'static str),
    /// An error raised by a `Serialize` implementation.
    #[error("{0}")]
    Custom(String),
}

impl ser::Error for EncodeError {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        EncodeError::Custom(msg.to_string())
    }
}

/// Encodes `value` as compact JSON.
///
/// # Errors
/// [`EncodeError`] if `value`'s `Serialize` impl fails or a map key is not a string.
pub fn to_vec<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>, EncodeError> {
    let mut out = Vec::with_capacity(1024);
    to_writer(&mut out, value)?;
    Ok(out)
}

/// Encodes `value` as compact JSON text.
///
/// # Errors
/// [`EncodeError`] if `value`'s `Serialize` impl fails or a map key is not a string.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, EncodeError> {
    let bytes = to_vec(value)?;
    // Every byte written is ASCII punctuation, a number, or a whole UTF-8 run copied from a
    // `&str`, so the buffer is UTF-8; checking costs little next to encoding.
    String::from_utf8(bytes).map_err(|e| EncodeError::Custom(e.to_string()))
}

/// Appends the compact JSON of `value` to `out`.
///
/// # Errors
/// [`EncodeError`] if `value`'s `Serialize` impl fails or a map key is not a string. `out`
/// may then hold part of the encoding.
pub fn to_writer<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) -> Result<(), EncodeError> {
    value.serialize(&mut Encoder { out })
}

/// For each byte: 0 if it goes into a JSON string as is, else the letter of its escape
/// (`u` for `\u00XX`). The same set `serde_json` escapes.
static ESCAPE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 0x20 {
        t[i] = b'u';
        i += 1;
    }
    t[0x08] = b'b';
    t[0x09] = b't';
    t[0x0A] = b'n';
    t[0x0C] = b'f';
    t[0x0D] = b'r';
    t[b'"' as usize] = b'"';
    t[b'\\' as usize] = b'\\';
    t
};

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// Whether any of the eight bytes of `x` is below 0x20, `"` or `\`.
#[inline]
fn needs_escape(x: u64) -> bool {
    let below_space = x.wrapping_sub(ONES * 0x20) & !x;
    let q = x ^ (ONES * u64::from(b'"'));
    let quote = q.wrapping_sub(ONES) & !q;
    let b = x ^ (ONES * u64::from(b'\\'));
    let backslash = b.wrapping_sub(ONES) & !b;
    (below_space | quote | backslash) & HIGHS != 0
}

fn write_escape(out: &mut Vec<u8>, byte: u8, escape: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    if escape == b'u' {
        out.extend_from_slice(&[
            b'\\',
            b'u',
            b'0',
            b'0',
            HEX[usize::from(byte >> 4)],
            HEX[usize::from(byte & 0xF)],
        ]);
    } else {
        out.extend_from_slice(&[b'\\', escape]);
    }
}

fn write_str(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(chunk) = bytes.get(i..i + 8) {
            let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
            if !needs_escape(word) {
                i += 8;
                continue;
            }
        }
        let end = (i + 8).min(bytes.len());
        for (j, &byte) in bytes.iter().enumerate().take(end).skip(i) {
            let escape = ESCAPE[usize::from(byte)];
            if escape != 0 {
                out.extend_from_slice(&bytes[start..j]);
                write_escape(out, byte, escape);
                start = j + 1;
            }
        }
        i = end;
    }
    out.extend_from_slice(&bytes[start..]);
    out.push(b'"');
}

struct Encoder<'a> {
    out: &'a mut Vec<u8>,
}

impl Encoder<'_> {
    fn number(&mut self, f: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>) {
        // Writing into a Vec cannot fail.
        let _ = f(self.out);
    }
}

/// An array or object being written; `end` closes it (two brackets for enum variants).
struct Compound<'e, 'a> {
    enc: &'e mut Encoder<'a>,
    first: bool,
    end: &'static [u8],
}

impl Compound<'_, '_> {
    fn comma(&mut self) {
        if self.first {
            self.first = false;
        } else {
            self.enc.out.push(b',');
        }
    }

    fn key(&mut self, key: &str) {
        self.comma();
        write_str(self.enc.out, key);
        self.enc.out.push(b':');
    }
}

macro_rules! numbers {
    ($($method:ident: $t:ty => $write:ident),* $(,)?) => { $(
        fn $method(self, v: $t) -> Result<(), EncodeError> {
            self.number(|out| CompactFormatter.$write(out, v));
            Ok(())
        }
    )* };
}

impl<'e, 'a> ser::Serializer for &'e mut Encoder<'a> {
    type Ok = ();
    type Error = EncodeError;
    type SerializeSeq = Compound<'e, 'a>;
    type SerializeTuple = Compound<'e, 'a>;
    type SerializeTupleStruct = Compound<'e, 'a>;
    type SerializeTupleVariant = Compound<'e, 'a>;
    type SerializeMap = Compound<'e, 'a>;
    type SerializeStruct = Compound<'e, 'a>;
    type SerializeStructVariant = Compound<'e, 'a>;

    fn serialize_bool(self, v: bool) -> Result<(), EncodeError> {
        self.out
            .extend_from_slice(if v { b"true" } else { b"false" });
        Ok(())
    }

    numbers!(
        serialize_i8: i8 => write_i8, serialize_i16: i16 => write_i16,
        serialize_i32: i32 => write_i32, serialize_i64: i64 => write_i64,
        serialize_i128: i128 => write_i128, serialize_u8: u8 => write_u8,
        serialize_u16: u16 => write_u16, serialize_u32: u32 => write_u32,
        serialize_u64: u64 => write_u64, serialize_u128: u128 => write_u128,
    );

    fn serialize_f32(self, v: f32) -> Result<(), EncodeError> {
        if v.is_finite() {
            self.number(|out| CompactFormatter.write_f32(out, v));
        } else {
            self.out.extend_from_slice(b"null");
        }
        Ok(())
    }

    fn serialize_f64(self, v: f64) -> Result<(), EncodeError> {
        if v.is_finite() {
            self.number(|out| CompactFormatter.write_f64(out, v));
        } else {
            self.out.extend_from_slice(b"null");
        }
        Ok(())
    }

    fn serialize_char(self, v: char) -> Result<(), EncodeError> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }

    fn serialize_str(self, v: &str) -> Result<(), EncodeError> {
        write_str(self.out, v);
        Ok(())
    }

    fn serialize_bytes(self, v: &[u8]) -> Result<(), EncodeError> {
        use ser::SerializeSeq;
        let mut seq = self.serialize_seq(Some(v.len()))?;
        for b in v {
            seq.serialize_element(b)?;
        }
        seq.end()
    }

    fn serialize_none(self) -> Result<(), EncodeError> {
        self.serialize_unit()
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), EncodeError> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), EncodeError> {
        self.out.extend_from_slice(b"null");
        Ok(())
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), EncodeError> {
        self.serialize_unit()
    }

    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), EncodeError> {
        self.serialize_str(variant)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), EncodeError> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), EncodeError> {
        self.out.push(b'{');
        write_str(self.out, variant);
        self.out.push(b':');
        value.serialize(&mut *self)?;
        self.out.push(b'}');
        Ok(())
    }

    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'e, 'a>, EncodeError> {
        self.out.push(b'[');
        Ok(Compound {
            enc: self,
            first: true,
            end: b"]",
        })
    }

    fn serialize_tuple(self, len: usize) -> Result<Compound<'e, 'a>, EncodeError> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<Compound<'e, 'a>, EncodeError> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'e, 'a>, EncodeError> {
        self.out.push(b'{');
        write_str(self.out, variant);
        self.out.extend_from_slice(b":[");
        Ok(Compound {
            enc: self,
            first: true,
            end: b"]}",
        })
    }

    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'e, 'a>, EncodeError> {
        self.out.push(b'{');
        Ok(Compound {
            enc: self,
            first: true,
            end: b"}",
        })
    }

    fn serialize_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<Compound<'e, 'a>, EncodeError> {
        self.serialize_map(Some(len))
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'e, 'a>, EncodeError> {
        self.out.push(b'{');
        write_str(self.out, variant);
        self.out.extend_from_slice(b":{");
        Ok(Compound {
            enc: self,
            first: true,
            end: b"}}",
        })
    }
}

impl Compound<'_, '_> {
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), EncodeError> {
        self.comma();
        value.serialize(&mut *self.enc)
    }

    fn finish(self) -> Result<(), EncodeError> {
        self.enc.out.extend_from_slice(self.end);
        Ok(())
    }
}

macro_rules! sequence {
    ($($tr:ident :: $method:ident),*) => { $(
        impl ser::$tr for Compound<'_, '_> {
            type Ok = ();
            type Error = EncodeError;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), EncodeError> {
                self.element(value)
            }
            fn end(self) -> Result<(), EncodeError> {
                self.finish()
            }
        }
    )* };
}
sequence!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

macro_rules! fields {
    ($($tr:ident),*) => { $(
        impl ser::$tr for Compound<'_, '_> {
            type Ok = ();
            type Error = EncodeError;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result<(), EncodeError> {
                self.key(key);
                value.serialize(&mut *self.enc)
            }
            fn end(self) -> Result<(), EncodeError> {
                self.finish()
            }
        }
    )* };
}
fields!(SerializeStruct, SerializeStructVariant);

impl ser::SerializeMap for Compound<'_, '_> {
    type Ok = ();
    type Error = EncodeError;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), EncodeError> {
        self.comma();
        key.serialize(KeyEncoder {
            out: &mut *self.enc.out,
        })?;
        self.enc.out.push(b':');
        Ok(())
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), EncodeError> {
        value.serialize(&mut *self.enc)
    }

    fn end(self) -> Result<(), EncodeError> {
        self.finish()
    }
}

/// Writes a map key: strings as they are; integers, booleans and chars quoted, as
/// `serde_json` does.
struct KeyEncoder<'a> {
    out: &'a mut Vec<u8>,
}

impl KeyEncoder<'_> {
    fn quoted(
        self,
        f: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>,
    ) -> Result<(), EncodeError> {
        self.out.push(b'"');
        let _ = f(self.out);
        self.out.push(b'"');
        Ok(())
    }
}

macro_rules! quoted_keys {
    ($($method:ident: $t:ty => $write:ident),* $(,)?) => { $(
        fn $method(self, v: $t) -> Result<(), EncodeError> {
            self.quoted(|out| CompactFormatter.$write(out, v))
        }
    )* };
}

macro_rules! not_a_key {
    ($($method:ident($($arg:ty),*) -> $ret:ty: $what:literal),* $(,)?) => { $(
        fn $method(self, $(_: $arg),*) -> Result<$ret, EncodeError> {
            Err(EncodeError::KeyMustBeAString($what))
        }
    )* };
}

impl ser::Serializer for KeyEncoder<'_> {
    type Ok = ();
    type Error = EncodeError;
    type SerializeSeq = ser::Impossible<(), EncodeError>;
    type SerializeTuple = ser::Impossible<(), EncodeError>;
    type SerializeTupleStruct = ser::Impossible<(), EncodeError>;
    type SerializeTupleVariant = ser::Impossible<(), EncodeError>;
    type SerializeMap = ser::Impossible<(), EncodeError>;
    type SerializeStruct = ser::Impossible<(), EncodeError>;
    type SerializeStructVariant = ser::Impossible<(), EncodeError>;

    fn serialize_str(self, v: &str) -> Result<(), EncodeError> {
        write_str(self.out, v);
        Ok(())
    }

    fn serialize_char(self, v: char) -> Result<(), EncodeError> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }

    fn serialize_bool(self, v: bool) -> Result<(), EncodeError> {
        self.serialize_str(if v { "true" } else { "false" })
    }

    quoted_keys!(
        serialize_i8: i8 => write_i8, serialize_i16: i16 => write_i16,
        serialize_i32: i32 => write_i32, serialize_i64: i64 => write_i64,
        serialize_i128: i128 => write_i128, serialize_u8: u8 => write_u8,
        serialize_u16: u16 => write_u16, serialize_u32: u32 => write_u32,
        serialize_u64: u64 => write_u64, serialize_u128: u128 => write_u128,
    );

    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), EncodeError> {
        self.serialize_str(variant)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), EncodeError> {
        value.serialize(self)
    }

    not_a_key!(
        serialize_f32(f32) -> (): "a float",
        serialize_f64(f64) -> (): "a float",
        serialize_bytes(&[u8]) -> (): "bytes",
        serialize_none() -> (): "null",
        serialize_unit() -> (): "null",
        serialize_unit_struct(&'static str) -> (): "a unit struct",
        serialize_seq(Option<usize>) -> Self::SerializeSeq: "an array",
        serialize_tuple(usize) -> Self::SerializeTuple: "an array",
        serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct: "an array",
        serialize_tuple_variant(&'static str, u32, &'static str, usize) -> Self::SerializeTupleVariant: "an object",
        serialize_map(Option<usize>) -> Self::SerializeMap: "an object",
        serialize_struct(&'static str, usize) -> Self::SerializeStruct: "an object",
        serialize_struct_variant(&'static str, u32, &'static str, usize) -> Self::SerializeStructVariant: "an object",
    );

    fn serialize_some<T: Serialize + ?Sized>(self, _value: &T) -> Result<(), EncodeError> {
        Err(EncodeError::KeyMustBeAString("an option"))
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<(), EncodeError> {
        Err(EncodeError::KeyMustBeAString("an object"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same<T: Serialize + ?Sized>(value: &T) {
        assert_eq!(
            to_string(value).unwrap(),
            serde_json::to_string(value).unwrap()
        );
    }

    #[test]
    fn strings_escape_like_serde_json() {
        for s in [
            "",
            "plain ascii, longer than eight bytes",
            "\"quoted\" and \\back\\slashed\\",
            "control \u{0} \u{1f} \u{7f} \n\r\t\u{8}\u{c}",
            "ありがとう🍎 mixed with \"quotes\"",
            "1234567\"",
            "12345678\"",
            "\"",
        ] {
            same(s);
        }
    }

    #[test]
    fn values_encode_like_serde_json() {
        let v = serde_json::json!({
            "b": [true, false, null], "n": [0, -1, 1.5, 1e300, u64::MAX, i64::MIN],
            "o": {"z": "last", "a": {"deep": ["x"]}}, "s": "\u{1}"
        });
        same(&v);
        same(&f64::NAN);
        same(&std::collections::BTreeMap::from([
            (1u8, "one"),
            (2, "two"),
        ]));
        same(&'c');
        assert_eq!(
            to_string(&std::collections::BTreeMap::from([((1, 2), 3)])),
            Err(EncodeError::KeyMustBeAString("an array"))
        );
    }

    #[test]
    fn enum_forms_encode_like_serde_json() {
        #[derive(serde::Serialize)]
        enum E {
            Unit,
            Newtype(u8),
            Tuple(u8, u8),
            Struct { a: u8 },
        }
        same(&[E::Unit, E::Newtype(1), E::Tuple(1, 2), E::Struct { a: 1 }]);
        same(&(1, "two", ()));
        same(serde_bytes_like(&[1, 2, 3]));
    }

    fn serde_bytes_like(b: &[u8]) -> &[u8] {
        b
    }

    proptest::proptest! {
        #[test]
        fn any_string_escapes_like_serde_json(s in proptest::prelude::any::<String>()) {
            proptest::prop_assert_eq!(to_string(&s).unwrap(), serde_json::to_string(&s).unwrap());
        }

        #[test]
        fn ascii_with_specials_escapes_like_serde_json(s in r#"[a-z"\\\x00-\x1f\x7f ]{0,40}"#) {
            proptest::prop_assert_eq!(to_string(&s).unwrap(), serde_json::to_string(&s).unwrap());
        }
    }
}
