// LINE rule C02: a quick reply holds 1 to 13 items; the fourteenth does not compile, nor
// does a quick reply without items.
use linebot::action;
use linebot::message::QuickReply;

fn main() {
    let a = || action::message("yes").label("Yes");
    let _quick_reply = QuickReply::builder()
        .action(a())
        .action(a())
        .action(a())
        .action(a())
        .action(a())
        .action(a())
        .action(a())
        .action(a())
        .action(a())
        .action(a())
        .action(a())
        .action(a())
        .action(a())
        .action(a());
    let _empty = QuickReply::builder().build();
}
