//! Flex messages: every component's wire JSON, the example layouts, the simulator's JSON read
//! into the typed model and validated, and how a bot pins its own layout with insta.

#[path = "../support/mod.rs"]
mod support;

mod components;
mod layouts;
mod unknown_fields;
mod user_snapshot;
mod validate;
