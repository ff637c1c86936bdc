// `max_len` bounds strings; an integer is bounded already.
use linebot::postback::PostbackData;

#[derive(PostbackData)]
struct Order {
    #[postback(max_len = 3)]
    item: u32,
}

fn main() {}
