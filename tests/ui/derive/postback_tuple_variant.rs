// Postback data is key=value pairs: fields need names.
use linebot::postback::PostbackData;

#[derive(PostbackData)]
enum Menu {
    Buy(u32),
}

fn main() {}
