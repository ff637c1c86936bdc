// LINE rule C23: a rich menu has 1 to 20 areas.
use linebot::action;
use linebot::richmenu::{RichMenu, RichMenuArea, RichMenuBounds, RichMenuSize};

fn main() {
    let areas: [_; 21] = std::array::from_fn(|i| {
        RichMenuArea::new(
            RichMenuBounds::new(i as u32 * 100, 0, 100, 843),
            action::postback(format!("area={i}")),
        )
    });
    let _ = RichMenu::new(RichMenuSize::HALF, "too many", "Menu", areas);
}
