//! The blocking client against the local LINE API server (`linebot::testkit`), over HTTP on
//! 127.0.0.1: one module per API area, plus configuration, retries, the README's, the echo
//! bot's and the postback bot's examples, and a tour of every method.

#[path = "../support/mod.rs"]
mod support;

mod audience;
mod config;
mod content;
mod coupon;
mod echo;
mod insight;
mod liff;
mod membership;
mod messages;
mod module;
mod postback_example;
mod readme;
mod request_ids;
mod retry;
mod richmenu;
mod shop;
mod statistics;
mod token;
mod token_secrets;
mod tour;
mod users;
mod webhook;
