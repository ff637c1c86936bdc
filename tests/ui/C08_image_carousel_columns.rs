// LINE rule C08: an image carousel template takes 1 to 10 columns.
use linebot::action;
use linebot::message::template::{ImageCarouselColumn, ImageCarouselTemplate};

fn main() {
    let columns: [_; 11] = std::array::from_fn(|i| {
        ImageCarouselColumn::new(
            format!("https://example.com/{i}.jpg"),
            action::postback(format!("item={i}")),
        )
    });
    let _ = ImageCarouselTemplate::new(columns);
}
