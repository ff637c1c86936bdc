//! The `flex_carousel` workload shared with the official SDKs' benchmarks: a flex message with
//! a 12-bubble carousel built from precomputed strings with the typed DSL and serialized with
//! serde_json; plus `sup_flex_serialize_only` (the same message built once, serialized per op).
//!
//! Before timing, the output is compared as parsed JSON with
//! `benches/data/expected/flex_carousel.json`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use linebot::action;
use linebot::message::Message;
use linebot::message::flex::{self, BubbleBuilder, FlexMessage, units::*};
use linebot::{aspect_ratio, color};

struct Item {
    hero: String,
    title: String,
    uri: String,
    data: String,
    display: String,
}

pub(crate) struct Inputs {
    alt: String,
    star_gold: String,
    star_grey: String,
    items: Vec<Item>,
}

pub(crate) fn inputs() -> Inputs {
    Inputs {
        alt: "Product catalog".into(),
        star_gold: "https://example.com/icons/star_gold.png".into(),
        star_grey: "https://example.com/icons/star_grey.png".into(),
        items: (1..=12)
            .map(|i| Item {
                hero: format!("https://example.com/images/item{i}.jpg"),
                title: format!("Item {i}"),
                uri: format!("https://example.com/items/{i}"),
                data: format!("action=add&itemId={i}"),
                display: format!("Add item {i} to cart"),
            })
            .collect(),
    }
}

fn product(inp: &Inputs, item: &Item) -> BubbleBuilder {
    let star = |url: &str| flex::icon(url).size(IconSize::Sm);
    flex::bubble()
        .hero(
            flex::image(item.hero.as_str())
                .size(ImageSize::Full)
                .aspect_ratio(aspect_ratio!("20:13"))
                .aspect_mode(AspectMode::Cover)
                .animated(false),
        )
        .body(
            flex::vertical()
                .push(
                    flex::text(item.title.as_str())
                        .weight(Weight::Bold)
                        .size(TextSize::Xl),
                )
                .push(
                    flex::baseline()
                        .margin(Spacing::Md)
                        .push(star(&inp.star_gold))
                        .push(star(&inp.star_gold))
                        .push(star(&inp.star_gold))
                        .push(star(&inp.star_gold))
                        .push(star(&inp.star_grey))
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
                    flex::button(action::uri(item.uri.as_str()).label("View"))
                        .style(ButtonStyle::Link)
                        .height(ButtonHeight::Sm),
                )
                .push(
                    flex::button(
                        action::postback(item.data.as_str())
                            .label("Add to cart")
                            .display_text(item.display.as_str()),
                    )
                    .style(ButtonStyle::Link)
                    .height(ButtonHeight::Sm),
                ),
        )
}

pub(crate) fn message(inp: &Inputs) -> Message {
    let bubbles: [BubbleBuilder; 12] = std::array::from_fn(|i| product(inp, &inp.items[i]));
    FlexMessage::new(inp.alt.as_str(), flex::carousel_of(bubbles)).into()
}

pub(crate) fn op(inp: &Inputs) -> String {
    serde_json::to_string(&message(inp)).expect("plain data serializes")
}

pub(crate) fn expected() -> serde_json::Value {
    let text = include_str!("data/expected/flex_carousel.json");
    serde_json::from_str(text).expect("expected JSON parses")
}

fn bench(c: &mut Criterion) {
    let inp = inputs();
    let out: serde_json::Value = serde_json::from_str(&op(&inp)).unwrap();
    assert_eq!(
        out,
        expected(),
        "flex_carousel output differs from expected/flex_carousel.json"
    );

    c.bench_function("flex_carousel", |b| b.iter(|| op(black_box(&inp))));

    let built = message(&inp);
    c.bench_function("sup_flex_serialize_only", |b| {
        b.iter(|| serde_json::to_string(black_box(&built)).unwrap())
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
