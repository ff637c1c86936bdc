// LINE rule C13: a horizontal or vertical box holds boxes, buttons, images, texts, separators
// and fillers, but no icon.
use linebot::message::flex;

fn main() {
    let _column = flex::vertical()
        .push(flex::text("Rating"))
        .push(flex::icon("https://example.com/star.png"));
}
