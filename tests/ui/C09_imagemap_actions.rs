// LINE rule C09: an imagemap message takes 1 to 50 actions.
use linebot::message::imagemap::{self, ImagemapArea, ImagemapBaseSize, ImagemapMessage};

fn main() {
    let actions: [_; 51] = std::array::from_fn(|i| {
        imagemap::message(format!("cell {i}"), ImagemapArea::new(i as u32 * 20, 0, 20, 20))
    });
    let _ = ImagemapMessage::new(
        "https://example.com/map",
        "A map",
        ImagemapBaseSize::new(1040, 20),
        actions,
    );
}
