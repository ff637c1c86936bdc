// LINE rule C16: a bubble with a video hero has size kilo, mega or giga, and is not inside a
// carousel, whether it is pushed as a builder or as the bubble `build()` returns.
use linebot::message::flex::{self, size};

fn video() -> flex::FlexVideo {
    flex::video(
        "https://example.com/clip.mp4",
        "https://example.com/clip.png",
        flex::image("https://example.com/clip.png"),
    )
}

fn main() {
    let _ok = flex::bubble().size(size::Kilo).hero(video());
    let _too_small = flex::bubble().size(size::Nano).hero(video());
    let _in_carousel = flex::carousel().push(flex::bubble().hero(video()));
    let _built = flex::carousel().push(flex::bubble().hero(video()).build());
}
