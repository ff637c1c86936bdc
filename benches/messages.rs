//! `msg_build_text`, the workload shared with the official SDKs' benchmarks: a text message with
//! a 13-button quick reply, built with the typed API (one button per row of data, collected into
//! a `Vec`) and serialized as the client serializes request bodies (`linebot::json`); plus the
//! supplementary splits (`sup_msg_text_build_only`, `sup_msg_text_serialize_only`,
//! `sup_msg_text_reply_sendpath`), the same op with the items in an array
//! (`sup_msg_build_text_array`) and from copied `&str` inputs (`sup_msg_build_text_copied`).
//!
//! `cargo bench --bench messages -- --warm-up-time 1 --measurement-time 3`

mod support;

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use linebot::literal::{IntoLabel, Standard};
use linebot::message::{Message, QuickReply, QuickReplyItem, ReplyMessageRequest, TextMessage};
use linebot::{Str, action};

/// The precomputed strings of the workload, held as the model's string type ([`Str`]), so the
/// build shares them as JavaScript shares its strings (a reference-count increment for the
/// long ones, an inline copy for the short ones).
struct Inputs<S> {
    text: S,
    buttons: Vec<(S, S, S)>,
}

fn inputs<S: From<String>>() -> Inputs<S> {
    Inputs {
        text: "Which topping would you like? Choose one of the options below."
            .to_owned()
            .into(),
        buttons: (1..=13)
            .map(|i| {
                (
                    format!("https://example.com/quick/{i}.png").into(),
                    format!("Option {i}").into(),
                    format!("I choose option {i}").into(),
                )
            })
            .collect(),
    }
}

/// Builds the typed message, one button per row of data, as bot code builds a list from a
/// query's results (a `Vec`, counted by `QuickReply::try_from`). From `Str` inputs the model
/// shares them; from `String` inputs (passed as `&String`) it copies them.
fn build<S>(inputs: &Inputs<S>) -> Message
where
    for<'a> &'a S: Into<Str> + IntoLabel<Fit = Standard>,
{
    let items: Vec<QuickReplyItem> = inputs
        .buttons
        .iter()
        .map(|(image_url, label, text)| {
            QuickReplyItem::new(action::message(text).label(label)).image_url(image_url)
        })
        .collect();
    let quick_reply = QuickReply::try_from(items).expect("13 items fit a quick reply");
    TextMessage::new(&inputs.text)
        .quick_reply(quick_reply)
        .into()
}

/// The same message through the compile-time path: an array of exactly 13 items.
fn build_from_array(inputs: &Inputs<Str>) -> Message {
    let items: [QuickReplyItem; 13] = std::array::from_fn(|i| {
        let (image_url, label, text) = &inputs.buttons[i];
        QuickReplyItem::new(action::message(text).label(label)).image_url(image_url)
    });
    TextMessage::new(&inputs.text).quick_reply(items).into()
}

/// Serialized as the client serializes request bodies ([`linebot::json`]).
fn msg_build_text(inputs: &Inputs<Str>) -> String {
    linebot::json::to_string(&build(inputs)).expect("a message always serializes")
}

const REPLY_TOKEN: &str = "b60d432864f44d079f6d8efe86cf404b";

fn reply_sendpath(inputs: &Inputs<Str>) -> Vec<u8> {
    let request = ReplyMessageRequest::new(REPLY_TOKEN, [build(inputs)]);
    linebot::json::to_vec(&request).expect("a request always serializes")
}

fn benches(c: &mut Criterion) {
    let copied = inputs::<String>();
    let inputs = inputs::<Str>();
    let expected = support::expected("msg_build_text.json");

    let out = msg_build_text(&inputs);
    let got: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        got, expected,
        "msg_build_text output differs from the workload's"
    );

    let sent: serde_json::Value = serde_json::from_slice(&reply_sendpath(&inputs)).unwrap();
    assert_eq!(sent["replyToken"], REPLY_TOKEN);
    assert_eq!(sent["messages"][0], expected);

    let from_copies = linebot::json::to_string(&build(&copied)).unwrap();
    assert_eq!(from_copies, msg_build_text(&inputs));
    let from_array = linebot::json::to_string(&build_from_array(&inputs)).unwrap();
    assert_eq!(from_array, msg_build_text(&inputs));

    support::bench(c, "msg_build_text", || msg_build_text(black_box(&inputs)));

    // The same op with the items in an array (counted by the compiler).
    support::bench(c, "sup_msg_build_text_array", || {
        linebot::json::to_string(&build_from_array(black_box(&inputs))).unwrap()
    });

    // The same op from `&str` inputs, which the model copies (inline when short).
    support::bench(c, "sup_msg_build_text_copied", || {
        linebot::json::to_string(&build(black_box(&copied))).unwrap()
    });

    // The same op serialized with serde_json (as before `linebot::json`), for the comparison.
    support::bench(c, "sup_msg_build_text_serde_json", || {
        serde_json::to_string(&build(black_box(&inputs))).unwrap()
    });

    // The build alone (the message is dropped inside the op, as in every workload).
    support::bench(c, "sup_msg_text_build_only", || build(black_box(&inputs)));

    let built = build(&inputs);
    support::bench(c, "sup_msg_text_serialize_only", || {
        linebot::json::to_string(black_box(&built)).unwrap()
    });
    // The same with serde_json, to show what `linebot::json` buys.
    support::bench(c, "sup_msg_text_serialize_serde_json", || {
        serde_json::to_string(black_box(&built)).unwrap()
    });

    support::bench(c, "sup_msg_text_reply_sendpath", || {
        reply_sendpath(black_box(&inputs))
    });
}

criterion_group!(messages, benches);
criterion_main!(messages);
