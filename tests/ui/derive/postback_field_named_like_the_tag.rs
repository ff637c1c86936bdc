// A field whose key is the tag naming the variant.
use linebot::postback::PostbackData;

#[derive(PostbackData)]
enum Menu {
    Buy { action: String },
}

fn main() {}
