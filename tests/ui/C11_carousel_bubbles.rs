// LINE rule C11: a flex carousel holds 1 to 12 bubbles.
use linebot::message::flex;

fn main() {
    let b = || flex::bubble().body(flex::vertical().push(flex::text("item")));
    let _thirteen = flex::carousel()
        .push(b()).push(b()).push(b()).push(b()).push(b()).push(b())
        .push(b()).push(b()).push(b()).push(b()).push(b()).push(b())
        .push(b());
}
