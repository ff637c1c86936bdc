// LINE rule C06: every carousel column has the same number of actions.
use linebot::message::template::{CarouselColumn, CarouselTemplate};
use linebot::{action, label};

fn main() {
    let first = CarouselColumn::builder("Coffee").action(action::message("buy").label(label!("Buy")));
    let second = CarouselColumn::builder("Tea")
        .action(action::message("buy").label(label!("Buy")))
        .action(action::uri("https://example.com/tea").label(label!("More")));
    let _ = CarouselTemplate::builder(first).column(second).build();
}
