// LINE rule C18: a rich menu switch action belongs in a rich menu, not on a quick reply button.
use linebot::action;
use linebot::message::QuickReplyItem;

fn main() {
    let _item = QuickReplyItem::new(action::rich_menu_switch("menu-b", "to=b").label("Next"));
}
