// LINE rule V01: a text message holds 1 or more characters.
fn main() {
    let _text = linebot::message_text!("");
}
