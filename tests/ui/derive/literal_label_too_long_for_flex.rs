// LINE rule V04: no action takes a label of more than 40 grapheme clusters.
fn main() {
    let _label = linebot::label!("This label is far too long for any action");
}
