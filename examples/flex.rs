//! Five flex layouts written with the typed DSL: a receipt, a product card with rating stars,
//! a restaurant menu (a carousel), a video bubble and a ticket. Prints each message's JSON.
//!
//! ```sh
//! cargo run --example flex
//! ```
//!
//! `tests/flex/layouts.rs` pins the same layouts with insta snapshots.

use linebot::action;
use linebot::message::flex::{
    self, BlockStyle, BubbleStyles, FlexMessage, HorizontalBox, LinearGradient, size, units::*,
};
use linebot::validate::Validate;
use linebot::{aspect_ratio, color, label};

/// One line of a receipt: name on the left, price on the right.
fn line(name: &str, price: &str) -> HorizontalBox {
    flex::horizontal()
        .push(
            flex::text(name)
                .size(TextSize::Sm)
                .color(color!("#555555"))
                .flex(0),
        )
        .push(
            flex::text(price)
                .size(TextSize::Sm)
                .color(color!("#111111"))
                .align(Align::End),
        )
}

/// A shop receipt: store, items, totals and a payment id.
pub fn receipt() -> FlexMessage {
    let items = flex::vertical()
        .margin(Spacing::Xxl)
        .spacing(Spacing::Sm)
        .push(line("Energy Drink", "$2.99"))
        .push(line("Chewing Gum", "$0.99"))
        .push(line("Bottled Water", "$3.33"))
        .push(flex::separator().margin(Spacing::Xxl))
        .push(line("ITEMS", "3").margin(Spacing::Xxl))
        .push(line("TOTAL", "$7.31"))
        .push(line("CASH", "$8.00"))
        .push(line("CHANGE", "$0.69"));
    let bubble = flex::bubble().body(
        flex::vertical()
            .push(
                flex::text("RECEIPT")
                    .weight(Weight::Bold)
                    .color(color!("#1DB446"))
                    .size(TextSize::Sm),
            )
            .push(
                flex::text("Brown Store")
                    .weight(Weight::Bold)
                    .size(TextSize::Xxl)
                    .margin(Spacing::Md),
            )
            .push(
                flex::text("Flex Tower, 7-7-4 Midori-ku, Tokyo")
                    .size(TextSize::Xs)
                    .color(color!("#aaaaaa"))
                    .wrap(true),
            )
            .push(flex::separator().margin(Spacing::Xxl))
            .push(items)
            .push(flex::separator().margin(Spacing::Xxl))
            .push(
                flex::horizontal()
                    .margin(Spacing::Md)
                    .push(
                        flex::text("PAYMENT ID")
                            .size(TextSize::Xs)
                            .color(color!("#aaaaaa"))
                            .flex(0),
                    )
                    .push(
                        flex::text("#743289384279")
                            .color(color!("#aaaaaa"))
                            .size(TextSize::Xs)
                            .align(Align::End),
                    ),
            ),
    );
    FlexMessage::new("Receipt from Brown Store: $7.31", bubble)
}

/// A product card: photo, name, rating stars, price and two buttons.
pub fn product_card() -> FlexMessage {
    let gold = "https://example.com/icons/star_gold.png";
    let grey = "https://example.com/icons/star_grey.png";
    let stars = [gold, gold, gold, gold, grey]
        .into_iter()
        .fold(flex::baseline().margin(Spacing::Md), |row, url| {
            row.push(flex::icon(url).size(IconSize::Sm))
        })
        .push(
            flex::text("4.0")
                .size(TextSize::Sm)
                .color(color!("#999999"))
                .margin(Spacing::Md)
                .flex(0),
        );
    let bubble = flex::bubble()
        .hero(
            flex::image("https://example.com/images/headphones.jpg")
                .size(ImageSize::Full)
                .aspect_ratio(aspect_ratio!("20:13"))
                .aspect_mode(AspectMode::Cover)
                .action(action::uri("https://example.com/items/42")),
        )
        .body(
            flex::vertical()
                .push(
                    flex::text("Studio Headphones")
                        .weight(Weight::Bold)
                        .size(TextSize::Xl),
                )
                .push(stars)
                .push(
                    flex::FlexText::from_spans([
                        flex::span("$129").weight(Weight::Bold).size(TextSize::Lg),
                        flex::span(" $159")
                            .decoration(Decoration::LineThrough)
                            .color(color!("#aaaaaa"))
                            .size(TextSize::Sm),
                    ])
                    .margin(Spacing::Md),
                ),
        )
        .footer(
            flex::vertical()
                .spacing(Spacing::Sm)
                .push(
                    flex::button(
                        action::postback("action=add&itemId=42")
                            .label(label!("Add to cart"))
                            .display_text("Add Studio Headphones to cart"),
                    )
                    .style(ButtonStyle::Primary)
                    .color(color!("#06C755")),
                )
                .push(
                    flex::button(
                        action::uri("https://example.com/items/42/reviews")
                            .label(label!("Reviews")),
                    )
                    .style(ButtonStyle::Link)
                    .height(ButtonHeight::Sm),
                ),
        );
    FlexMessage::new("Studio Headphones, $129", bubble)
}

/// One dish on a menu page.
fn dish(name: &str, price: &str, new: bool) -> HorizontalBox {
    let title = if new {
        flex::FlexText::from_spans([
            flex::span(name),
            flex::span("  NEW")
                .color(color!("#E03C31"))
                .weight(Weight::Bold)
                .size(TextSize::Xxs),
        ])
    } else {
        flex::text(name)
    };
    flex::horizontal()
        .push(title.size(TextSize::Sm).flex(4).wrap(true))
        .push(
            flex::text(price)
                .size(TextSize::Sm)
                .align(Align::End)
                .flex(1),
        )
}

/// A menu page as a kilo bubble.
fn menu_page(
    title: &str,
    photo: &str,
    dishes: [(&str, &str, bool); 3],
) -> flex::BubbleBuilder<flex::builder::NoVideoHero, size::Kilo> {
    let list = dishes.into_iter().fold(
        flex::vertical().spacing(Spacing::Sm).margin(Spacing::Lg),
        |list, (n, p, new)| list.push(dish(n, p, new)),
    );
    flex::bubble()
        .size(size::Kilo)
        .hero(
            flex::image(photo)
                .size(ImageSize::Full)
                .aspect_ratio(aspect_ratio!("2:1"))
                .aspect_mode(AspectMode::Cover),
        )
        .body(
            flex::vertical()
                .push(flex::text(title).weight(Weight::Bold).size(TextSize::Lg))
                .push(list),
        )
        .footer(
            flex::vertical().push(
                flex::button(action::message(format!("Order from {title}")).label(label!("Order")))
                    .style(ButtonStyle::Secondary),
            ),
        )
        .styles(
            BubbleStyles::default().footer(
                BlockStyle::default()
                    .separator(true)
                    .separator_color(color!("#EEEEEE")),
            ),
        )
}

/// A restaurant menu: a carousel of three pages.
pub fn restaurant_menu() -> FlexMessage {
    let menu = flex::carousel()
        .push(menu_page(
            "Starters",
            "https://example.com/menu/starters.jpg",
            [
                ("Edamame", "$4", false),
                ("Gyoza", "$6", true),
                ("Miso soup", "$3", false),
            ],
        ))
        .push(menu_page(
            "Mains",
            "https://example.com/menu/mains.jpg",
            [
                ("Tonkotsu ramen", "$14", false),
                ("Katsu curry", "$13", false),
                ("Yuzu salmon", "$18", true),
            ],
        ))
        .push(menu_page(
            "Drinks",
            "https://example.com/menu/drinks.jpg",
            [
                ("Green tea", "$2", false),
                ("Ramune", "$3", false),
                ("Yuzu soda", "$4", true),
            ],
        ));
    FlexMessage::new("Today's menu: starters, mains and drinks", menu)
}

/// A video bubble: a kilo bubble whose hero plays a clip (LINE rules C15, C16).
pub fn video_bubble() -> FlexMessage {
    let bubble = flex::bubble()
        .size(size::Kilo)
        .hero(
            flex::video(
                "https://example.com/video/trailer.mp4",
                "https://example.com/video/trailer.jpg",
                flex::image("https://example.com/video/trailer.jpg")
                    .size(ImageSize::Full)
                    .aspect_ratio(aspect_ratio!("16:9"))
                    .aspect_mode(AspectMode::Cover),
            )
            .aspect_ratio(aspect_ratio!("16:9"))
            .action(action::uri("https://example.com/watch").label(label!("Watch full"))),
        )
        .body(
            flex::vertical()
                .push(
                    flex::text("Spring collection")
                        .weight(Weight::Bold)
                        .size(TextSize::Lg),
                )
                .push(
                    flex::text("Thirty seconds of what is new this season.")
                        .size(TextSize::Sm)
                        .color(color!("#666666"))
                        .wrap(true)
                        .margin(Spacing::Sm),
                ),
        )
        .footer(
            flex::vertical().push(
                flex::button(
                    action::uri("https://example.com/app/shop")
                        .label(label!("Shop now"))
                        .alt_uri_desktop("https://example.com/shop"),
                )
                .style(ButtonStyle::Primary),
            ),
        );
    FlexMessage::new("Spring collection video", bubble)
}

/// An event ticket: gradient header with absolute-positioned badge, details, QR code.
pub fn ticket() -> FlexMessage {
    let row = |k: &str, v: &str| {
        flex::baseline()
            .spacing(Spacing::Sm)
            .push(
                flex::text(k)
                    .color(color!("#aaaaaa"))
                    .size(TextSize::Sm)
                    .flex(1),
            )
            .push(
                flex::text(v)
                    .wrap(true)
                    .color(color!("#666666"))
                    .size(TextSize::Sm)
                    .flex(4),
            )
    };
    let bubble = flex::bubble()
        .header(
            flex::vertical()
                .padding_all(Padding::Px(20))
                .background(
                    LinearGradient::new(Angle::Deg(135), color!("#0F2027"), color!("#2C5364"))
                        .center_color(color!("#203A43"))
                        .center_position(Percentage::Percent(40)),
                )
                .push(
                    flex::text("ROCK FESTIVAL")
                        .color(color!("#ffffff"))
                        .weight(Weight::Bold)
                        .size(TextSize::Xl),
                )
                .push(
                    flex::text("Day 2 · Main stage")
                        .color(color!("#ffffffcc"))
                        .size(TextSize::Sm),
                )
                .push(
                    flex::vertical()
                        .position(Position::Absolute)
                        .offset_top(Offset::Px(18))
                        .offset_end(Offset::Px(18))
                        .background_color(color!("#E03C31"))
                        .corner_radius(CornerRadius::Px(20))
                        .padding_start(Padding::Px(8))
                        .padding_end(Padding::Px(8))
                        .height(Length::Px(25))
                        .justify_content(JustifyContent::Center)
                        .push(
                            flex::text("VIP")
                                .color(color!("#ffffff"))
                                .size(TextSize::Xs)
                                .align(Align::Center),
                        ),
                ),
        )
        .body(
            flex::vertical()
                .spacing(Spacing::Sm)
                .push(row("Date", "Sat, 14 Aug 2027, 17:00"))
                .push(row("Gate", "East gate 3"))
                .push(row("Seat", "Standing, block C"))
                .push(
                    flex::vertical()
                        .margin(Spacing::Xxl)
                        .border_width(BorderWidth::Light)
                        .border_color(color!("#dddddd"))
                        .corner_radius(CornerRadius::Md)
                        .padding_all(Padding::Md)
                        .align_items(AlignItems::Center)
                        .push(
                            flex::image("https://example.com/tickets/qr/8392.png")
                                .size(ImageSize::Xl)
                                .aspect_mode(AspectMode::Cover),
                        )
                        .push(
                            flex::text("Show this code at the gate")
                                .size(TextSize::Xxs)
                                .color(color!("#aaaaaa"))
                                .margin(Spacing::Md),
                        ),
                ),
        )
        .footer(
            flex::horizontal()
                .spacing(Spacing::Sm)
                .push(
                    flex::button(
                        action::uri("https://example.com/tickets/8392").label(label!("Details")),
                    )
                    .style(ButtonStyle::Link)
                    .flex(1),
                )
                .push(
                    flex::button(
                        action::datetime_picker("remind=8392", action::DatetimeMode::Datetime)
                            .label(label!("Remind me"))
                            .initial("2027-08-14T15:00"),
                    )
                    .style(ButtonStyle::Secondary)
                    .flex(1),
                ),
        );
    FlexMessage::new("Your ticket: Rock Festival, 14 Aug 2027", bubble)
}

/// The five layouts, named.
pub fn layouts() -> [(&'static str, FlexMessage); 5] {
    [
        ("receipt", receipt()),
        ("product_card", product_card()),
        ("restaurant_menu", restaurant_menu()),
        ("video_bubble", video_bubble()),
        ("ticket", ticket()),
    ]
}

fn main() {
    for (name, message) in layouts() {
        if let Err(e) = message.validate() {
            eprintln!("{name}: {e}");
            std::process::exit(1);
        }
        let message = linebot::message::Message::from(message);
        println!("// {name}");
        println!(
            "{}",
            serde_json::to_string_pretty(&message).expect("plain data serializes")
        );
    }
}
