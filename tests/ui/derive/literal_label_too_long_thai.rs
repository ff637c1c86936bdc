// LINE rule V04: 21 grapheme clusters of Thai.
fn main() {
    let _label = linebot::label!("ดูรายละเอียดเพิ่มเติมครับผม");
}
