// LINE rule C01: a request carries 1 to 5 messages; the sixth push does not compile.
use linebot::message::{Messages, TextMessage};

fn main() {
    let _messages = Messages::builder()
        .push(TextMessage::new("1"))
        .push(TextMessage::new("2"))
        .push(TextMessage::new("3"))
        .push(TextMessage::new("4"))
        .push(TextMessage::new("5"))
        .push(TextMessage::new("6"));
}
