// LINE rule C12: a baseline box holds only icons, texts and fillers.
use linebot::message::flex;

fn main() {
    let _row = flex::baseline()
        .push(flex::icon("https://example.com/star.png"))
        .push(flex::image("https://example.com/photo.png"));
}
