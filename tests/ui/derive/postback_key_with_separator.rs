// A key holding `&` would split the pair.
use linebot::postback::PostbackData;

#[derive(PostbackData)]
struct Order {
    #[postback(rename = "item&id")]
    item: u32,
}

fn main() {}
