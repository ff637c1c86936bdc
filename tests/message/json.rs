//! `linebot::json` (what the client sends) writes exactly the bytes `serde_json` writes. Every
//! snapshot checks it through `support::wire`; these cover what the snapshots do not: every
//! character that needs escaping at every position and length, numbers at their extremes, every
//! shape of serde's data model, raw JSON, map keys, errors, and every webhook fixture.

use std::collections::BTreeMap;
use std::fmt;

use linebot::message::{Message, TextMessage};
use proptest::prelude::*;
use serde::ser::{SerializeMap, SerializeStruct};
use serde::{Serialize, Serializer};
use serde_json::Value;
use serde_json::value::RawValue;

fn same<T: Serialize + ?Sized>(value: &T) {
    let expected = serde_json::to_vec(value).unwrap();
    assert_eq!(
        linebot::json::to_vec(value).unwrap(),
        expected,
        "{}",
        String::from_utf8_lossy(&expected)
    );
    assert_eq!(
        linebot::json::to_string(value).unwrap().as_bytes(),
        expected
    );
}

#[test]
fn escapes_match_serde_json() {
    let every_control: String = (0u8..0x20).map(char::from).collect();
    for text in [
        every_control.as_str(),
        "quote \" backslash \\ slash / del \u{7f}",
        "タイ語 ภาษาไทย 🍣🍺 \u{2028}\u{2029}",
        "",
    ] {
        same(&Message::from(TextMessage::new(text)));
        same(text);
    }
}

/// Every escaped byte at every position of strings of every length the writer treats apart
/// (under 4, 4 to 7, 8 to 15, blocks of 16, past the 64 bytes copied whole).
#[test]
fn an_escape_anywhere_in_any_length_matches_serde_json() {
    for special in ['\0', '\n', '\u{1f}', '"', '\\', '/', '\u{7f}', 'é', '🍣'] {
        for len in 0..80 {
            for at in 0..len {
                let text: String = (0..len)
                    .map(|i| if i == at { special } else { 'a' })
                    .collect();
                same(&text);
                same(&BTreeMap::from([(text.as_str(), 1)]));
            }
        }
    }
}

#[test]
fn numbers_match_serde_json() {
    let value: Value = serde_json::from_str(
        r#"{"a":[0,-1,18446744073709551615,-9223372036854775808,1.5,1e300,-0.0,2.5e-8],"b":null,"c":true}"#,
    )
    .unwrap();
    same(&value);
    same(&(
        i64::MIN,
        i64::MAX,
        u64::MAX,
        i128::MIN,
        u128::MAX,
        i8::MIN,
        u16::MAX,
    ));
    same(&[
        f64::MIN_POSITIVE,
        f64::MAX,
        f64::MIN,
        f64::EPSILON,
        5e-324,
        1e21,
        1e-7,
        123_456_789.0,
        0.1,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
    ]);
    same(&[
        f32::MAX,
        f32::MIN_POSITIVE,
        0.1,
        1e-7,
        f32::NAN,
        f32::INFINITY,
    ]);
}

#[derive(Serialize)]
struct Unit;

#[derive(Serialize)]
struct Newtype(u8);

#[derive(Serialize)]
struct Pair(i32, &'static str);

#[derive(Serialize)]
struct Empty {}

#[derive(Serialize)]
enum External {
    Unit,
    Newtype(Vec<u8>),
    Tuple(u8, Option<u8>),
    Struct { a: char, b: () },
    EmptyStruct {},
    EmptyTuple(),
}

#[derive(Serialize)]
#[serde(tag = "type", rename_all = "camelCase")]
enum Internal {
    Plain { value: f64 },
    Nested { inner: External },
}

#[derive(Serialize)]
#[serde(untagged)]
enum Untagged {
    Number(u64),
    Text(String),
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Everything {
    unit: (),
    unit_struct: Unit,
    newtype: Newtype,
    pair: Pair,
    empty: Empty,
    empty_seq: Vec<u8>,
    empty_map: BTreeMap<String, u8>,
    nested_empties: Vec<Vec<Empty>>,
    none: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    skipped: Option<u8>,
    some: Option<Option<bool>>,
    chars: [char; 4],
    #[serde(with = "as_bytes")]
    bytes: Vec<u8>,
    #[serde(with = "as_bytes")]
    no_bytes: Vec<u8>,
    externals: Vec<External>,
    internals: Vec<Internal>,
    untagged: Vec<Untagged>,
    #[serde(flatten)]
    flattened: BTreeMap<String, Value>,
    #[serde(rename = "key \"needing\" escapes\n")]
    escaped_key: bool,
}

mod as_bytes {
    pub fn serialize<S: serde::Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(bytes)
    }
}

/// Every shape of serde's data model, nested, as serde_json writes it.
#[test]
fn every_shape_matches_serde_json() {
    let everything = Everything {
        unit: (),
        unit_struct: Unit,
        newtype: Newtype(7),
        pair: Pair(-3, "two"),
        empty: Empty {},
        empty_seq: vec![],
        empty_map: BTreeMap::new(),
        nested_empties: vec![vec![], vec![Empty {}, Empty {}]],
        none: None,
        skipped: None,
        some: Some(Some(false)),
        chars: ['a', '"', '\u{0}', '🍣'],
        bytes: vec![0, 1, 255],
        no_bytes: vec![],
        externals: vec![
            External::Unit,
            External::Newtype(vec![1, 2]),
            External::Tuple(1, None),
            External::Struct { a: '\\', b: () },
            External::EmptyStruct {},
            External::EmptyTuple(),
        ],
        internals: vec![
            Internal::Plain { value: 2.5 },
            Internal::Nested {
                inner: External::Unit,
            },
        ],
        untagged: vec![Untagged::Number(9), Untagged::Text("nine".into())],
        flattened: BTreeMap::from([
            ("extra".to_owned(), Value::from("kept")),
            ("list".to_owned(), serde_json::json!([{}, [], null])),
        ]),
        escaped_key: true,
    };
    same(&everything);
    same(&vec![everything]);
}

#[derive(Serialize, PartialEq, Eq, PartialOrd, Ord)]
enum KeyKind {
    First,
}

/// Map keys: strings as they are; numbers, booleans, chars and unit variants quoted.
#[test]
fn map_keys_match_serde_json() {
    same(&BTreeMap::from([(1u8, 'a'), (200, 'b')]));
    same(&BTreeMap::from([(i64::MIN, ()), (0, ()), (i64::MAX, ())]));
    same(&BTreeMap::from([(u128::MAX, 1)]));
    same(&BTreeMap::from([(true, 1), (false, 2)]));
    same(&BTreeMap::from([('"', 1), ('é', 2)]));
    same(&BTreeMap::from([(KeyKind::First, 1)]));
    same(&BTreeMap::from([(Some("some"), 1)]));

    struct FloatKeys;
    impl Serialize for FloatKeys {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut map = s.serialize_map(None)?;
            map.serialize_entry(&1.5f64, &1)?;
            map.serialize_entry(&-0.25f32, &2)?;
            map.end()
        }
    }
    same(&FloatKeys);
}

/// A key JSON cannot have fails in both, with serde_json's message.
#[test]
fn impossible_keys_fail_like_serde_json() {
    let cases: Vec<Box<dyn Fn() -> (String, String)>> = vec![
        Box::new(|| {
            let value = BTreeMap::from([(vec![1], 1)]);
            errors(&value)
        }),
        Box::new(|| errors(&BTreeMap::from([((), 1)]))),
        Box::new(|| errors(&BTreeMap::from([(None::<&str>, 1)]))),
    ];
    for case in cases {
        let (ours, theirs) = case();
        assert_eq!(ours, theirs);
        assert_eq!(ours, "key must be a string");
    }

    struct NanKey;
    impl Serialize for NanKey {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut map = s.serialize_map(Some(1))?;
            map.serialize_entry(&f64::NAN, &1)?;
            map.end()
        }
    }
    let (ours, theirs) = errors(&NanKey);
    assert_eq!(ours, theirs);
}

fn errors<T: Serialize + ?Sized>(value: &T) -> (String, String) {
    (
        linebot::json::to_vec(value).unwrap_err().to_string(),
        serde_json::to_vec(value).unwrap_err().to_string(),
    )
}

/// A `Serialize` impl's own error comes back as it is.
#[test]
fn a_failing_impl_returns_its_error() {
    struct Fails;
    impl Serialize for Fails {
        fn serialize<S: Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
            Err(serde::ser::Error::custom("no way"))
        }
    }
    assert_eq!(
        linebot::json::to_string(&[Fails]).unwrap_err().to_string(),
        "no way"
    );
}

/// `collect_str` (a `Display` written as a string) is escaped like any string.
#[test]
fn displayed_values_match_serde_json() {
    struct Shown;
    impl fmt::Display for Shown {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "a \"quoted\" {} and a\ttab, ", 42)?;
            f.write_str("🍣\u{1}")
        }
    }
    impl Serialize for Shown {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_str(self)
        }
    }
    same(&Shown);
    same(&BTreeMap::from([("k", Shown)]));

    struct ShownKey;
    impl Serialize for ShownKey {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut map = s.serialize_map(Some(1))?;
            map.serialize_entry(&Shown, &1)?;
            map.end()
        }
    }
    same(&ShownKey);
}

/// `RawValue` text is written as it is, wherever it sits, as serde_json does.
#[test]
fn raw_values_match_serde_json() {
    let raw = RawValue::from_string(r#"{ "spaced" : [1, 2] }"#.to_owned()).unwrap();
    same(&raw);
    same(&vec![raw.clone(), raw.clone()]);
    same(&BTreeMap::from([("raw", raw.clone())]));

    struct WithRaw<'a>(&'a RawValue);
    impl Serialize for WithRaw<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut st = s.serialize_struct("WithRaw", 2)?;
            st.serialize_field("raw", self.0)?;
            st.serialize_field("after", &1)?;
            st.end()
        }
    }
    same(&WithRaw(&raw));
    let number = RawValue::from_string("12.50".to_owned()).unwrap();
    same(&WithRaw(&number));
}

/// With serde_json's `arbitrary_precision` (which any crate of a build may turn on), a
/// `Number` serializes as a marked struct holding its digits; serde_json writes the digits, and
/// so must the client. This crate's build does not turn the feature on, so the marked struct is
/// built by hand.
#[test]
fn arbitrary_precision_numbers_are_written_as_digits() {
    struct Digits(&'static str);
    impl Serialize for Digits {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            const TOKEN: &str = "$serde_json::private::Number";
            let mut st = s.serialize_struct(TOKEN, 1)?;
            st.serialize_field(TOKEN, self.0)?;
            st.end()
        }
    }
    assert_eq!(
        linebot::json::to_string(&[Digits("1.000"), Digits("-12345678901234567890123")]).unwrap(),
        "[1.000,-12345678901234567890123]"
    );
}

#[test]
fn webhook_fixtures_match_serde_json() {
    let dir = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            let value: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
            same(&value);
            seen += 1;
        }
    }
    assert!(seen > 10, "fixtures found: {seen}");
}

/// Strings made mostly of the characters that matter: escapes, ASCII, 2- to 4-byte UTF-8.
fn tricky_string() -> impl Strategy<Value = String> {
    let tricky = prop_oneof![
        (0u32..0x20).prop_map(|c| char::from_u32(c).unwrap()),
        Just('"'),
        Just('\\'),
        Just('/'),
        Just('\u{7f}'),
        Just('\u{2028}'),
        Just('é'),
        Just('ภ'),
        Just('🍣'),
        any::<char>(),
        proptest::char::range('a', 'z'),
        proptest::char::range('a', 'z'),
        proptest::char::range('a', 'z'),
        proptest::char::range('a', 'z'),
    ];
    proptest::collection::vec(tricky, 0..100).prop_map(|chars| chars.into_iter().collect())
}

proptest! {
    #[test]
    fn any_text_matches_serde_json(text in any::<String>()) {
        same(&Message::from(TextMessage::new(text.as_str())));
    }

    #[test]
    fn tricky_strings_match_serde_json(text in tricky_string(), key in tricky_string()) {
        same(&text);
        same(&Message::from(TextMessage::new(text.as_str())));
        same(&BTreeMap::from([(key, text)]));
    }

    #[test]
    fn any_float_matches_serde_json(x in any::<f64>(), y in any::<f32>()) {
        same(&x);
        same(&y);
        same(&BTreeMap::from([(x.to_string(), y)]));
    }

    #[test]
    fn any_integer_matches_serde_json(a in any::<i64>(), b in any::<u64>(), c in any::<i128>()) {
        same(&(a, b, c));
        same(&BTreeMap::from([(a, b)]));
    }

    #[test]
    fn any_json_value_matches_serde_json(value in json_value()) {
        same(&value);
    }
}

/// Arbitrary JSON documents: nested arrays and objects of every scalar.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        tricky_string().prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..8).prop_map(Value::from),
            proptest::collection::btree_map(tricky_string(), inner, 0..8)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}
