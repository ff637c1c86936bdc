//! # linebot
//!
//! A Rust SDK for the [LINE Messaging API](https://developers.line.biz/en/docs/messaging-api/):
//! messages that are valid by construction, flex layouts you can snapshot, and a blocking
//! client.

#![warn(missing_docs)]
#![forbid(unsafe_code)]

pub mod action;
pub mod client;
pub mod count;
pub mod limits;
pub mod literal;
pub mod message;
pub mod richmenu;
#[cfg(feature = "testkit")]
pub mod testkit;
pub mod validate;
pub mod webhook;
