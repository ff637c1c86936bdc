// Two variants with the same name in the data.
use linebot::postback::PostbackData;

#[derive(PostbackData)]
enum Menu {
    #[postback(rename = "buy")]
    Purchase { item: u32 },
    Buy { item: u32 },
}

fn main() {}
