// LINE rule C19: a postback on a quick reply button needs `displayText`.
use linebot::action;
use linebot::message::QuickReplyItem;

fn main() {
    let _item = QuickReplyItem::new(action::postback("rate=5").label("Five"));
}
