// LINE rule V04: a label of 21 grapheme clusters of Thai fits a flex message (40), not a
// template (20).
use linebot::action::{self, FlexAction, TemplateAction};

fn on_flex(_: impl FlexAction) {}
fn on_template(_: impl TemplateAction) {}

fn main() {
    on_flex(action::message("more").label(linebot::label!("ดูรายละเอียดเพิ่มเติมครับผม")));
    on_template(action::message("more").label(linebot::label!("ดูรายละเอียดเพิ่มเติมครับผม")));
}
