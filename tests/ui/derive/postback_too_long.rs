// Every field is bounded, and the longest variant can exceed LINE's 300 characters.
use linebot::postback::PostbackData;

#[derive(PostbackData)]
enum Menu {
    Buy { item: u32 },
    Review {
        #[postback(max_len = 100)]
        comment: String,
        stars: u8,
    },
}

fn main() {}
