//! The five layouts of `examples/flex.rs`, pinned as exact wire JSON, valid, and read back into
//! the same value; plus the `flex_carousel` bench workload checked against its expected JSON.

use insta::assert_snapshot;
use linebot::message::Message;
use linebot::validate::Validate;

use crate::support::round_trip;

#[allow(dead_code)]
#[path = "../../examples/flex.rs"]
mod example;

fn wire(name: &str) -> String {
    let (_, message) = example::layouts()
        .into_iter()
        .find(|(n, _)| *n == name)
        .expect("layout exists");
    message.validate().expect("layout is valid");
    round_trip(&Message::from(message))
}

#[test]
fn receipt() {
    assert_snapshot!(wire("receipt"));
}

#[test]
fn product_card() {
    assert_snapshot!(wire("product_card"));
}

#[test]
fn restaurant_menu() {
    assert_snapshot!(wire("restaurant_menu"));
}

#[test]
fn video_bubble() {
    assert_snapshot!(wire("video_bubble"));
}

#[test]
fn ticket() {
    assert_snapshot!(wire("ticket"));
}

#[allow(dead_code)]
#[path = "../../benches/flex.rs"]
mod bench_workload;

#[test]
fn flex_carousel_workload_matches_the_shared_expected_json() {
    let inputs = bench_workload::inputs();
    let out: serde_json::Value = serde_json::from_str(&bench_workload::op(&inputs)).unwrap();
    assert_eq!(out, bench_workload::expected());
}
