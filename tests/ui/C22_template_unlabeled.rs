// LINE rule C22: an action on a template button needs a label.
use linebot::action;
use linebot::message::template::ButtonsTemplate;

fn main() {
    let _ = ButtonsTemplate::builder("Say hi").action(action::message("hi"));
}
