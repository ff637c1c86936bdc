// LINE rule V04: quick reply buttons and rich menus hold labels to 20 characters.
use linebot::action::{self, QuickReplyAction, RichMenuAction};

fn on_quick_reply(_: impl QuickReplyAction) {}
fn in_rich_menu(_: impl RichMenuAction) {}

fn main() {
    on_quick_reply(action::camera().label(linebot::label!("Take a photo of the receipt")));
    in_rich_menu(action::uri("https://example.com").label(linebot::label!("Open the order history")));
}
