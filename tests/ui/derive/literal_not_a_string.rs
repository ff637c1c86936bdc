// The literal macros take a string literal.
fn main() {
    let _label = linebot::label!(42);
}
