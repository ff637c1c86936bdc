//! `linebot::json` (what the client sends) writes exactly the bytes `serde_json` writes. Every
//! snapshot checks it through `support::wire`; these cover what the snapshots do not: every
//! character that needs escaping, numbers, raw JSON, and every webhook fixture.

use linebot::message::{Message, TextMessage};
use proptest::prelude::*;
use serde_json::Value;

fn same<T: serde::Serialize + ?Sized>(value: &T) {
    assert_eq!(
        linebot::json::to_vec(value).unwrap(),
        serde_json::to_vec(value).unwrap()
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

#[test]
fn numbers_match_serde_json() {
    let value: Value = serde_json::from_str(
        r#"{"a":[0,-1,18446744073709551615,-9223372036854775808,1.5,1e300,-0.0,2.5e-8],"b":null,"c":true}"#,
    )
    .unwrap();
    same(&value);
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

proptest! {
    #[test]
    fn any_text_matches_serde_json(text in any::<String>()) {
        same(&Message::from(TextMessage::new(text.as_str())));
    }

    #[test]
    fn any_float_matches_serde_json(x in any::<f64>()) {
        same(&x);
    }
}
