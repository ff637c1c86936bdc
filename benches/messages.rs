//! `msg_build_text`, the workload shared with the official SDKs' benchmarks: a text message with
//! a 13-button quick reply, built with the typed API and serialized with `serde_json`; plus the
//! two supplementary splits (`sup_msg_text_serialize_only`, `sup_msg_text_reply_sendpath`).
//!
//! `cargo bench --bench messages -- --warm-up-time 1 --measurement-time 3`

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use linebot::action;
use linebot::message::{Message, QuickReplyItem, ReplyMessageRequest, TextMessage};

/// The precomputed strings of the workload.
struct Inputs {
    text: String,
    buttons: Vec<(String, String, String)>,
}

fn inputs() -> Inputs {
    Inputs {
        text: "Which topping would you like? Choose one of the options below.".to_owned(),
        buttons: (1..=13)
            .map(|i| {
                (
                    format!("https://example.com/quick/{i}.png"),
                    format!("Option {i}"),
                    format!("I choose option {i}"),
                )
            })
            .collect(),
    }
}

/// Builds the typed message (copying the strings into the model, as the workload allows).
fn build(inputs: &Inputs) -> Message {
    let items: [QuickReplyItem; 13] = std::array::from_fn(|i| {
        let (image_url, label, text) = &inputs.buttons[i];
        QuickReplyItem::new(action::message(text.as_str()).label(label.as_str()))
            .image_url(image_url.as_str())
    });
    TextMessage::new(inputs.text.as_str())
        .quick_reply(items)
        .into()
}

fn msg_build_text(inputs: &Inputs) -> String {
    serde_json::to_string(&build(inputs)).expect("a message always serializes")
}

const REPLY_TOKEN: &str = "b60d432864f44d079f6d8efe86cf404b";

fn reply_sendpath(inputs: &Inputs) -> Vec<u8> {
    let request = ReplyMessageRequest::new(REPLY_TOKEN, [build(inputs)]);
    serde_json::to_vec(&request).expect("a request always serializes")
}

/// What the workload must build, shared with the official SDKs' benchmarks.
fn expected() -> serde_json::Value {
    serde_json::from_str(include_str!("data/expected/msg_build_text.json"))
        .expect("expected output is JSON")
}

fn benches(c: &mut Criterion) {
    let inputs = inputs();
    let expected = expected();

    let out = msg_build_text(&inputs);
    let got: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        got, expected,
        "msg_build_text output differs from the workload's"
    );

    let sent: serde_json::Value = serde_json::from_slice(&reply_sendpath(&inputs)).unwrap();
    assert_eq!(sent["replyToken"], REPLY_TOKEN);
    assert_eq!(sent["messages"][0], expected);

    c.bench_function("msg_build_text", |b| {
        b.iter(|| msg_build_text(black_box(&inputs)))
    });

    let built = build(&inputs);
    c.bench_function("sup_msg_text_serialize_only", |b| {
        b.iter(|| serde_json::to_string(black_box(&built)).unwrap())
    });

    c.bench_function("sup_msg_text_reply_sendpath", |b| {
        b.iter(|| reply_sendpath(black_box(&inputs)))
    });
}

criterion_group!(messages, benches);
criterion_main!(messages);
