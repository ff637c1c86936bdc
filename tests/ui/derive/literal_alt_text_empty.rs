// LINE rule V03: alt text holds 1 or more characters.
fn main() {
    let _alt = linebot::alt_text!("");
}
