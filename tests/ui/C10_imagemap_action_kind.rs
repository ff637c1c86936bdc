// LINE rule C10: imagemap actions are message, uri and clipboard only.
use linebot::message::imagemap::ImagemapMessage;
use linebot::{action, label};

fn main() {
    let _ = ImagemapMessage::builder().action(action::postback("buy=1").label(label!("Buy")));
}
