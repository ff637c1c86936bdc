// Two fields renamed to the same key.
use linebot::postback::PostbackData;

#[derive(PostbackData)]
struct Order {
    #[postback(rename = "id")]
    item: u32,
    #[postback(rename = "id")]
    order: u32,
}

fn main() {}
