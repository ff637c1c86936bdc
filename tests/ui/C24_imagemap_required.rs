// LINE rule C24: every required field is set before the object can be used.
use linebot::message::imagemap::{self, ImagemapArea, ImagemapBaseSize, ImagemapMessage};

fn main() {
    let _ = ImagemapMessage::builder()
        .base_url("https://example.com/map")
        .base_size(ImagemapBaseSize::new(1040, 1040))
        .action(imagemap::uri("https://example.com", ImagemapArea::new(0, 0, 1040, 1040)))
        .build(); // no alt text
}
