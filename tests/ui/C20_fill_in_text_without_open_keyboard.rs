// LINE rule C20: `fillInText` only with `inputOption = openKeyboard`.
use linebot::action;

fn main() {
    let _postback = action::postback("search")
        .label("Search")
        .display_text("Search")
        .fill_in_text("Type a keyword");
}
