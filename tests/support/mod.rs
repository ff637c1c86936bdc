//! What the integration tests share: the benchmark inputs and webhook fixtures in the
//! repository, wire JSON and round trips, validation paths, and checks of requests the local
//! LINE API server recorded. Each test binary (`tests/{client,message,flex,webhook}/main.rs`)
//! includes this module with `#[path = "../support/mod.rs"] mod support;`.

// Each binary uses only its part of this module.
#![allow(dead_code)]

use std::fmt::Debug;

use linebot::client::Host;
use linebot::message::Message;
use linebot::testkit::{self, RecordedRequest};
use linebot::validate::Validate;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// The channel secret the benchmark bodies in `benches/data/` are signed with; the webhook
/// tests sign their own bodies with it too.
pub const SECRET: &str = "8f2b4c6d1e3a5f7b9c0d2e4f6a8b1c3d";

/// `benches/data/{name}`, byte for byte (the webhook bodies there are signed).
pub fn bench_data(name: &str) -> Vec<u8> {
    read(&format!("benches/data/{name}"))
}

/// `tests/fixtures/{name}.json`, byte for byte.
pub fn fixture(name: &str) -> Vec<u8> {
    read(&format!("tests/fixtures/{name}.json"))
}

/// A file of the repository, by its path from the crate root.
fn read(path: &str) -> Vec<u8> {
    let path = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

/// The compact wire JSON of `value`.
pub fn wire<T: Serialize + ?Sized>(value: &T) -> String {
    let json = serde_json::to_string(value).unwrap();
    // What the client sends must be these bytes exactly: every snapshot checks it.
    assert_eq!(
        linebot::json::to_string(value).unwrap(),
        json,
        "linebot::json differs from serde_json"
    );
    json
}

/// Serializes, deserializes, checks the value and its JSON came back equal, and returns the
/// JSON.
pub fn round_trip<T: Serialize + DeserializeOwned + PartialEq + Debug>(value: &T) -> String {
    let json = wire(value);
    let back: T = serde_json::from_str(&json).unwrap();
    assert_eq!(&back, value, "round trip of {json}");
    assert_eq!(wire(&back), json);
    json
}

/// The wire JSON of anything that converts into a [`Message`].
pub fn wire_message(m: impl Into<Message>) -> String {
    wire(&m.into())
}

/// [`round_trip`] of anything that converts into a [`Message`].
pub fn round_trip_message(m: impl Into<Message>) -> String {
    round_trip(&m.into())
}

/// The JSON paths `validate()` reports, empty when the value is valid.
pub fn paths(v: &impl Validate) -> Vec<String> {
    match v.validate() {
        Ok(()) => vec![],
        Err(e) => e.paths().into_iter().map(str::to_owned).collect(),
    }
}

/// A recorded call: its method, host and path, with the test channel's bearer token.
pub fn assert_call(r: &RecordedRequest, method: &str, host: Host, path: &str) {
    assert_eq!(
        (r.method.as_str(), r.host, r.path.as_str()),
        (method, Some(host), path)
    );
    assert_eq!(
        r.header("authorization"),
        Some(format!("Bearer {}", testkit::CHANNEL_ACCESS_TOKEN).as_str())
    );
}

/// A recorded call's JSON body and its content type.
pub fn assert_json(r: &RecordedRequest, body: serde_json::Value) {
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(r.json(), body);
}

/// A recorded GET on the API host: path, bearer token, and neither body nor content type.
pub fn assert_get(r: &RecordedRequest, path: &str) {
    assert_call(r, "GET", Host::Api, path);
    assert!(r.body.is_empty());
    assert_eq!(r.header("content-type"), None);
}
