//! # linebot
//!
//! A Rust SDK for the [LINE Messaging API](https://developers.line.biz/en/docs/messaging-api/):
//! messages that are valid by construction, flex layouts you can snapshot, and a blocking
//! client.
//!
//! ```
//! use linebot::action;
//! use linebot::message::{Messages, PushMessageRequest, TextMessage};
//! use linebot::message::template::{ConfirmTemplate, TemplateMessage};
//! use linebot::validate::Validate;
//! use linebot::{alt_text, label};
//!
//! let confirm = TemplateMessage::new(
//!     alt_text!("Cancel the order?"),
//!     ConfirmTemplate::new("Cancel the order?", [
//!         action::postback("cancel=yes").label(label!("Yes")),
//!         action::postback("cancel=no").label(label!("No")),
//!     ]),
//! );
//! let messages = Messages::builder().push(TextMessage::new("Order A-1024")).push(confirm);
//! let push = PushMessageRequest::new("U4af4980629...", messages);
//! push.validate()?;
//! assert!(serde_json::to_string(&push)?.contains(r#""type":"confirm""#));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! | module | what it holds |
//! |---|---|
//! | [`message`] | every message kind, [`message::flex`], request bodies, [`message::Messages`] |
//! | [`action`] | actions, typed by where LINE allows them |
//! | [`richmenu`] | rich menu objects |
//! | [`coupon`] | coupon request bodies (create a coupon, its reward and conditions) |
//! | [`audience`] | audience request bodies (upload, click and impression audiences) |
//! | [`validate`] | the runtime validator and its JSON paths |
//! | [`lint`] | warnings: what LINE accepts but ignores or advises against |
//! | [`rules`] | the rule table: every rule id, its limit and LINE's page |
//! | [`limits`] | every LINE limit, with the page that states it |
//! | [`count`] | numbers in types, and [`count::CountError`] for lists counted at run time |
//! | [`literal`] | string literals checked by the compiler (`label!`, `https_url!`, ...) |
//! | [`postback`] | typed postback data: `#[derive(PostbackData)]` |
//! | [`webhook`] | signature verification and typed events |
//! | [`client`] | the blocking API client |
//! | [`Str`] | the model's string type: inline when short, shared when cloned |
//! | [`UnknownFields`] | properties of a flex object this version does not model, kept and sent |
//! | [`json`] | request bodies as the client writes them (the bytes `serde_json` writes, faster) |
//! | `testkit` | a local LINE API server (feature `testkit`) |
//!
//! Compile-time rules fail under `cargo check` with an error naming the LINE rule (for
//! example "a request carries at most 5 messages ... LINE rule C01"); runtime violations name
//! theirs too ("(LINE rule V04)"). Every id is listed in the [rule table](crate::rules), with
//! what it checks, its limit and LINE's page. What LINE accepts but ignores or advises against
//! is a warning of [`lint`], never a refusal.

#![warn(missing_docs)]
// Three `unsafe` blocks in the crate. Two skip a UTF-8 check their caller guarantees: `Str`
// reading back its inline bytes as the `str` they were copied from (`string.rs`), and
// `json::to_string` taking the writer's bytes as a `String`. The third, `in_place::push`, writes
// a builder's value straight into a vector's reserved slot.
#![deny(unsafe_code)]

pub mod action;
pub mod audience;
pub mod client;
pub mod count;
pub mod coupon;
mod in_place;
pub mod json;
pub mod limits;
pub mod lint;
pub mod literal;
pub mod message;
pub mod postback;
pub mod richmenu;
#[doc = include_str!("rules.md")]
pub mod rules {}
mod string;
mod tagged;
mod unknown_fields;
pub use string::Str;
pub use unknown_fields::UnknownFields;
#[cfg(feature = "testkit")]
pub mod testkit;
pub mod validate;
pub mod webhook;

/// The README's examples, compiled and run as doctests so they cannot drift from the API.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
