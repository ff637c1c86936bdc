// LINE rule C17: camera, camera roll and location actions only on quick reply buttons.
use linebot::message::template::ButtonsTemplate;
use linebot::{action, label};

fn main() {
    let _ = ButtonsTemplate::builder("Send a photo").action(action::camera().label(label!("Camera")));
}
