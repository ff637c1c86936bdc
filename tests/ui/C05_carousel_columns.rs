// LINE rule C05: a carousel template takes 1 to 10 columns.
use linebot::message::template::{CarouselColumn, CarouselTemplate};
use linebot::{action, label};

fn main() {
    let columns: [_; 11] = std::array::from_fn(|i| {
        CarouselColumn::new(format!("Item {i}"), [action::message("buy").label(label!("Buy"))])
    });
    let _ = CarouselTemplate::new(columns);
}
