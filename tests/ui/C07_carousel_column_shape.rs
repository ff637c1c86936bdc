// LINE rule C07: a thumbnail image in every carousel column, or in none.
use linebot::message::template::{CarouselColumn, CarouselTemplate};
use linebot::{action, label};

fn main() {
    let first = CarouselColumn::builder("Coffee")
        .thumbnail_image_url("https://example.com/coffee.jpg")
        .action(action::message("buy").label(label!("Buy")));
    let second = CarouselColumn::builder("Tea").action(action::message("buy").label(label!("Buy")));
    let _ = CarouselTemplate::builder(first).column(second).build();
}
