//! Prints the JSON of one message of every kind, as LINE receives it.
//!
//! `cargo run --example messages`

use linebot::action::{self, DatetimeMode};
use linebot::message::flex::{self, FlexMessage, units::*};
use linebot::message::imagemap::{self, ImagemapArea, ImagemapBaseSize, ImagemapMessage};
use linebot::message::template::{
    ButtonsTemplate, CarouselColumn, CarouselTemplate, ConfirmTemplate, ImageCarouselColumn,
    ImageCarouselTemplate, TemplateMessage,
};
use linebot::message::{
    AudioMessage, CouponMessage, ImageMessage, LocationMessage, Message, QuickReply,
    QuickReplyItem, Sender, StickerMessage, TextMessage, TextMessageV2, VideoMessage,
};
use linebot::validate::Validate;
use linebot::{alt_text, https_url, label};

/// One message of every kind LINE accepts (`tests/message/example.rs` checks that none is missing).
pub fn all_messages() -> Vec<Message> {
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

    vec![
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
        TemplateMessage::new(
            alt_text!("Pick a size"),
            ButtonsTemplate::builder("Which size?")
                .title("Coffee")
                .thumbnail_image_url(https_url!("https://example.com/coffee.jpg"))
                .action(action::postback("size=s").label(label!("Small")))
                .action(action::uri("https://example.com/menu").label(label!("Menu")))
                .build(),
        )
        .into(),
        TemplateMessage::new(
            alt_text!("Are you sure?"),
            ConfirmTemplate::new(
                "Cancel the order?",
                [
                    action::message("yes").label(label!("Yes")),
                    action::message("no").label(label!("No")),
                ],
            ),
        )
        .into(),
        TemplateMessage::new(
            alt_text!("Today's specials"),
            CarouselTemplate::new([
                CarouselColumn::new(
                    "Ramen",
                    [action::postback("buy=ramen").label(label!("Order"))],
                ),
                CarouselColumn::new(
                    "Gyoza",
                    [action::postback("buy=gyoza").label(label!("Order"))],
                ),
            ]),
        )
        .into(),
        TemplateMessage::new(
            alt_text!("Gallery"),
            ImageCarouselTemplate::new([ImageCarouselColumn::new(
                https_url!("https://example.com/photo1.jpg"),
                action::uri("https://example.com/photo1"),
            )]),
        )
        .into(),
        ImagemapMessage::builder()
            .base_url(https_url!("https://example.com/imagemap/shop"))
            .alt_text(alt_text!("Our shop"))
            .base_size(ImagemapBaseSize::new(1040, 1040))
            .action(imagemap::uri(
                "https://example.com/",
                ImagemapArea::new(0, 0, 520, 1040),
            ))
            .action(imagemap::message("Hello", ImagemapArea::new(520, 0, 520, 1040)).label("Greet"))
            .build()
            .into(),
        FlexMessage::new(
            "Brown Cafe: 4.0 stars",
            flex::bubble()
                .hero(
                    flex::image("https://example.com/cafe.jpg")
                        .size(ImageSize::Full)
                        .aspect_ratio(linebot::aspect_ratio!("20:13"))
                        .aspect_mode(AspectMode::Cover),
                )
                .body(
                    flex::vertical()
                        .push(
                            flex::text("Brown Cafe")
                                .weight(Weight::Bold)
                                .size(TextSize::Xl),
                        )
                        .push(
                            flex::baseline()
                                .margin(Spacing::Md)
                                .push(flex::icon("https://example.com/star.png").size(IconSize::Sm))
                                .push(
                                    flex::text("4.0")
                                        .size(TextSize::Sm)
                                        .color(linebot::color!("#999999")),
                                ),
                        ),
                )
                .footer(
                    flex::vertical().push(
                        flex::button(action::uri("https://example.com/menu").label(label!("Menu")))
                            .style(ButtonStyle::Link),
                    ),
                ),
        )
        .into(),
    ]
}

fn main() {
    for message in &all_messages() {
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
