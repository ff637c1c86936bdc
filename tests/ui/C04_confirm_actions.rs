// LINE rule C04: a confirm template takes exactly 2 actions.
use linebot::message::template::ConfirmTemplate;
use linebot::{action, label};

fn main() {
    let _ = ConfirmTemplate::new(
        "Sure?",
        [
            action::message("yes").label(label!("Yes")),
            action::message("no").label(label!("No")),
            action::message("maybe").label(label!("Maybe")),
        ],
    );
}
