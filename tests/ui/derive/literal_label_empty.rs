// LINE rule V04: a label holds 1 or more characters.
fn main() {
    let _label = linebot::label!("");
}
