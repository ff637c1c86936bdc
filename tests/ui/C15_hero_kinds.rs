// LINE rule C15: the hero block holds a box, an image or a video.
use linebot::message::flex;

fn main() {
    let _bubble = flex::bubble().hero(flex::text("not a hero"));
}
