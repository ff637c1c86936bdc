//! The `flex_carousel` workload shared with the official SDKs' benchmarks: a flex message with
//! a 12-bubble carousel built from precomputed strings with the typed DSL (one bubble per row of
//! data, collected into a `Vec`) and serialized as the client serializes request bodies
//! (`linebot::json`); plus `sup_flex_carousel_array` (the bubbles in a 12-element array instead),
//! `sup_flex_build_only` (the build alone) and `sup_flex_serialize_only` (the same message built
//! once, serialized per op).
//!
//! Before timing, the output is compared as parsed JSON with
//! `benches/data/expected/flex_carousel.json`.

mod support;

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use linebot::action;
use linebot::message::Message;
use linebot::message::flex::{self, BubbleBuilder, FlexMessage, units::*};
use linebot::{Str, aspect_ratio, color, label};

/// The precomputed strings of one bubble (a row of data), held as the model's string type
/// ([`Str`]), so the build shares them as JavaScript shares its strings: a reference-count
/// increment for the long ones, an inline copy for the short ones.
struct Item {
    hero: Str,
    title: Str,
    uri: Str,
    data: Str,
    display: Str,
}

/// The workload's constants are string literals, as in bot code: `'static`, so the model refers
/// to them without copying or counting references.
const ALT: Str = Str::from_static("Product catalog");
const STAR_GOLD: Str = Str::from_static("https://example.com/icons/star_gold.png");
const STAR_GREY: Str = Str::from_static("https://example.com/icons/star_grey.png");

pub(crate) struct Inputs {
    items: Vec<Item>,
}

pub(crate) fn inputs() -> Inputs {
    Inputs {
        items: (1..=12)
            .map(|i| Item {
                hero: format!("https://example.com/images/item{i}.jpg").into(),
                title: format!("Item {i}").into(),
                uri: format!("https://example.com/items/{i}").into(),
                data: format!("action=add&itemId={i}").into(),
                display: format!("Add item {i} to cart").into(),
            })
            .collect(),
    }
}

fn product(item: &Item) -> BubbleBuilder {
    let star = |url: &Str| flex::icon(url).size(IconSize::Sm);
    flex::bubble()
        .hero(
            flex::image(&item.hero)
                .size(ImageSize::Full)
                .aspect_ratio(aspect_ratio!("20:13"))
                .aspect_mode(AspectMode::Cover)
                .animated(false),
        )
        .body(
            flex::vertical()
                .push(
                    flex::text(&item.title)
                        .weight(Weight::Bold)
                        .size(TextSize::Xl),
                )
                .push(
                    flex::baseline()
                        .margin(Spacing::Md)
                        .push(star(&STAR_GOLD))
                        .push(star(&STAR_GOLD))
                        .push(star(&STAR_GOLD))
                        .push(star(&STAR_GOLD))
                        .push(star(&STAR_GREY))
                        .push(
                            flex::text("4.0")
                                .size(TextSize::Sm)
                                .color(color!("#999999"))
                                .margin(Spacing::Md)
                                .flex(0),
                        ),
                ),
        )
        .footer(
            flex::vertical()
                .spacing(Spacing::Sm)
                .push(
                    flex::button(action::uri(&item.uri).label(label!("View")))
                        .style(ButtonStyle::Link)
                        .height(ButtonHeight::Sm),
                )
                .push(
                    flex::button(
                        action::postback(&item.data)
                            .label(label!("Add to cart"))
                            .display_text(&item.display),
                    )
                    .style(ButtonStyle::Link)
                    .height(ButtonHeight::Sm),
                ),
        )
}

/// The carousel built from the rows of data, as bot code builds one from a query's results
/// (a `Vec`, counted by `Carousel::try_from`).
pub(crate) fn message(inp: &Inputs) -> Message {
    let bubbles: Vec<BubbleBuilder> = inp.items.iter().map(product).collect();
    let carousel = flex::Carousel::try_from(bubbles).expect("12 bubbles fit a carousel");
    FlexMessage::new(ALT, carousel).into()
}

/// The same carousel through the compile-time path: an array of exactly 12 bubbles.
fn message_from_array(inp: &Inputs) -> Message {
    let bubbles: [BubbleBuilder; 12] = std::array::from_fn(|i| product(&inp.items[i]));
    FlexMessage::new(ALT, flex::carousel_of(bubbles)).into()
}

pub(crate) fn op(inp: &Inputs) -> String {
    linebot::json::to_string(&message(inp)).expect("plain data serializes")
}

/// What the workload must build (the test suite checks it too, through this function).
pub(crate) fn expected() -> serde_json::Value {
    support::expected("flex_carousel.json")
}

fn bench(c: &mut Criterion) {
    let inp = inputs();
    let out: serde_json::Value = serde_json::from_str(&op(&inp)).unwrap();
    assert_eq!(
        out,
        expected(),
        "flex_carousel output differs from expected/flex_carousel.json"
    );

    let from_array = linebot::json::to_string(&message_from_array(&inp)).unwrap();
    assert_eq!(from_array, op(&inp));

    support::bench(c, "flex_carousel", || op(black_box(&inp)));

    // The same op with the bubbles in an array (`carousel_of`, counted by the compiler).
    support::bench(c, "sup_flex_carousel_array", || {
        linebot::json::to_string(&message_from_array(black_box(&inp))).unwrap()
    });

    // The same op serialized with serde_json (as before `linebot::json`), for the comparison.
    support::bench(c, "sup_flex_carousel_serde_json", || {
        serde_json::to_string(&message(black_box(&inp))).unwrap()
    });

    // The build alone (the message is dropped inside the op, as in every workload).
    support::bench(c, "sup_flex_build_only", || message(black_box(&inp)));

    let built = message(&inp);
    support::bench(c, "sup_flex_serialize_only", || {
        linebot::json::to_string(black_box(&built)).unwrap()
    });
    // The same with serde_json, to show what `linebot::json` buys.
    support::bench(c, "sup_flex_serialize_serde_json", || {
        serde_json::to_string(black_box(&built)).unwrap()
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
