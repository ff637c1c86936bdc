// LINE rule C17: camera, camera roll and location actions only on quick reply buttons, whether
// pushed on a template or converted for a runtime list of template actions.
use linebot::action::AnyTemplateAction;
use linebot::message::template::ButtonsTemplate;
use linebot::{action, label};

fn main() {
    let _ = ButtonsTemplate::builder("Send a photo").action(action::camera().label(label!("Camera")));
    let _list: Vec<AnyTemplateAction> = vec![
        action::postback("p").label(label!("Post")).into(),
        action::location().label(label!("Where")).into(),
    ];
}
