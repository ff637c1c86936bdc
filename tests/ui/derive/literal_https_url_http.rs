// LINE rule V09: media URLs are https.
fn main() {
    let _url = linebot::https_url!("http://example.com/a.png");
}
