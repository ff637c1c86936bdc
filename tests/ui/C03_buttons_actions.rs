// LINE rule C03: a buttons template takes 1 to 4 actions.
use linebot::message::template::ButtonsTemplate;
use linebot::{action, label};

fn main() {
    let _ = ButtonsTemplate::new(
        "Pick one",
        [
            action::message("1").label(label!("One")),
            action::message("2").label(label!("Two")),
            action::message("3").label(label!("Three")),
            action::message("4").label(label!("Four")),
            action::message("5").label(label!("Five")),
        ],
    );
}
