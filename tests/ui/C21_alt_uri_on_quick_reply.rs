// LINE rule C21: `altUri.desktop` is for flex messages only, not quick reply buttons.
use linebot::action;
use linebot::message::QuickReplyItem;

fn main() {
    let _item = QuickReplyItem::new(
        action::uri("https://example.com/phone")
            .label("Open")
            .alt_uri_desktop("https://example.com/desktop"),
    );
}
