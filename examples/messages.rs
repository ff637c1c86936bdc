//! Prints the JSON of one message of every kind, as LINE receives it.
//!
//! `cargo run --example messages`

use linebot::action::{self, DatetimeMode};
use linebot::message::{
    AudioMessage, CouponMessage, ImageMessage, LocationMessage, Message, QuickReply,
    QuickReplyItem, Sender, StickerMessage, TextMessage, TextMessageV2, VideoMessage,
};
use linebot::validate::Validate;

fn main() {
    let quick_reply = QuickReply::builder()
        .item(
            QuickReplyItem::new(action::message("Sushi").label("Sushi"))
                .image_url("https://example.com/sushi.png"),
        )
        .action(action::camera().label("Camera"))
        .action(action::location().label("Location"))
        .action(
            action::datetime_picker("pick=date", DatetimeMode::Date)
                .label("Date")
                .min("2025-01-01"),
        )
        .action(
            action::postback("rate=5")
                .label("Rate")
                .display_text("Five stars"),
        );

    let messages: Vec<Message> = vec![
        TextMessage::new("$ Hello, world")
            .emoji(0, "5ac1bfd5040ab15980c9b435", "001")
            .quick_reply(quick_reply)
            .into(),
        TextMessageV2::new("Welcome, {user}! {smile}")
            .mention_user("user", "U4af4980629")
            .emoji("smile", "5ac1bfd5040ab15980c9b435", "002")
            .into(),
        StickerMessage::new("446", "1988").into(),
        ImageMessage::new(
            "https://example.com/original.jpg",
            "https://example.com/preview.jpg",
        )
        .into(),
        VideoMessage::new(
            "https://example.com/original.mp4",
            "https://example.com/preview.jpg",
        )
        .tracking_id("campaign-7")
        .into(),
        AudioMessage::new("https://example.com/original.m4a", 60_000).into(),
        LocationMessage::new(
            "LY Corporation",
            "1-3 Kioicho, Chiyoda-ku, Tokyo",
            35.67966,
            139.73669,
        )
        .sender(
            Sender::new()
                .name("Guide")
                .icon_url("https://example.com/guide.png"),
        )
        .into(),
        CouponMessage::new("01JYNW8JMQVFBNHM8DK9BX4Y8K")
            .delivery_tag("spring_sale")
            .into(),
    ];

    for message in &messages {
        if let Err(e) = message.validate() {
            eprintln!("invalid message: {e}");
            std::process::exit(1);
        }
        println!(
            "{}",
            serde_json::to_string(message).expect("a message always serializes")
        );
    }
}
