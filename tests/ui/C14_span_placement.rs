// LINE rule C14: a span goes only in a text's contents, and a text has text or spans.
use linebot::message::flex;

fn main() {
    let _ok = flex::FlexText::from_spans([flex::span("in a text")]);
    let _row = flex::horizontal().push(flex::span("loose span"));
    let _baseline = flex::baseline().push(flex::span("loose span"));
    let _empty = flex::FlexText::from_spans([]);
}
