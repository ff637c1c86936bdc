// LINE rule C14: a span goes only in a text's contents.
use linebot::message::flex;

fn main() {
    let _ok = flex::FlexText::from_spans([flex::span("in a text")]);
    let _row = flex::horizontal().push(flex::span("loose span"));
}
