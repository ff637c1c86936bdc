// A field type with no postback data encoding: refused with our message, at the field's type.
use linebot::postback::PostbackData;

#[derive(PostbackData)]
enum Menu {
    Buy { items: Vec<u32> },
}

fn main() {}
