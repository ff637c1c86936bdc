//! Receiving webhooks: signature checks, fixtures for every event and message type, forward
//! compatibility, the benchmark bodies, property tests, and the example server over HTTP.

#[path = "../support/mod.rs"]
mod support;

mod parse;
mod properties;
mod server;
mod wire;
