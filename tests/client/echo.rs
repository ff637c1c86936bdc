//! The echo bot example, end to end: the local LINE API server posts a signed text webhook to
//! the bot, the bot verifies and parses it, and replies with the same text.

#[allow(dead_code)]
#[path = "../../examples/echo_bot.rs"]
mod echo_bot;

#[test]
fn the_echo_bot_replies_with_the_same_text() {
    let texts = echo_bot::run_offline("Hello, echo bot! 🍎").unwrap();
    assert_eq!(texts, ["Hello, echo bot! 🍎"]);
}

#[test]
fn the_echo_bot_rejects_a_bad_signature() {
    use linebot::testkit::{self, LineServer};
    let line = LineServer::start();
    let parser = linebot::webhook::WebhookParser::new(testkit::CHANNEL_SECRET);
    let body = line.text_message_webhook(testkit::USER_ID, "hi");
    let status = echo_bot::handle_webhook(&parser, &line.client(), &body, Some("forged"));
    assert_eq!(status, 400);
    assert!(line.deliveries().is_empty());
}
