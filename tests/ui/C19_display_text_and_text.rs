// LINE rule C19: a postback's `displayText` and `text` are mutually exclusive.
use linebot::action;

fn main() {
    let _echo = action::postback("rate=5")
        .label("Five")
        .display_text("Five stars")
        .text("5");
}
