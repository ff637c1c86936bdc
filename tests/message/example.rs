//! `cargo run --example messages` prints one valid message of every kind: the example's own
//! code is included here and checked.

use std::collections::BTreeSet;

use linebot::message::Message;
use linebot::validate::Validate;

#[path = "../../examples/messages.rs"]
#[allow(dead_code)]
mod messages_example;

#[test]
fn the_messages_example_has_one_valid_message_of_every_kind() {
    let messages = messages_example::all_messages();
    let mut kinds = BTreeSet::new();
    for message in &messages {
        message.validate().unwrap_or_else(|e| panic!("{e}"));
        let json = serde_json::to_string(message).unwrap();
        let back: Message = serde_json::from_str(&json).unwrap();
        assert_eq!(&back, message, "round trip of {json}");
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        kinds.insert(value["type"].as_str().unwrap().to_owned());
    }
    let every_kind = [
        "audio", "coupon", "flex", "image", "imagemap", "location", "sticker", "template", "text",
        "textV2", "video",
    ];
    assert_eq!(kinds, every_kind.iter().map(|k| k.to_string()).collect());
}
