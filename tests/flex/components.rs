//! Every flex component and container with every property set: the exact wire JSON is pinned,
//! and each one reads back into the same value.

use insta::assert_snapshot;
use linebot::action;
use linebot::message::flex::{
    self, BlockStyle, BubbleStyles, Color, FlexComponent, FlexContainer, LinearGradient, size,
    units::*,
};
use linebot::{aspect_ratio, color, label};

fn round_trip_component(c: impl Into<FlexComponent>) -> String {
    let c = c.into();
    let json = serde_json::to_string(&c).unwrap();
    let back: FlexComponent = serde_json::from_str(&json).unwrap();
    assert_eq!(back, c, "round trip changed {json}");
    json
}

fn round_trip_container(c: impl Into<FlexContainer>) -> String {
    let c = c.into();
    let json = c.to_json();
    let back = FlexContainer::from_json(&json).unwrap();
    assert_eq!(back, c, "round trip changed {json}");
    json
}

#[test]
fn box_with_every_property() {
    let b = flex::horizontal()
        .push(flex::text("inside"))
        .flex(2)
        .spacing(Spacing::Px(6))
        .margin(Spacing::Xl)
        .position(Position::Absolute)
        .offset_top(Offset::Px(4))
        .offset_bottom(Offset::Percent(5))
        .offset_start(Offset::Md)
        .offset_end(Offset::None)
        .background_color(color!("#FFFFFF"))
        .border_color(color!("#00000080"))
        .border_width(BorderWidth::SemiBold)
        .corner_radius(CornerRadius::Px(8))
        .width(Length::Percent(80))
        .max_width(Length::Px(240))
        .height(Length::Px(120))
        .max_height(Length::Percent(50))
        .padding_all(Padding::Lg)
        .padding_top(Padding::Px(2))
        .padding_bottom(Padding::Percent(3))
        .padding_start(Padding::Xs)
        .padding_end(Padding::Xxl)
        .action(action::postback("box=1"))
        .justify_content(JustifyContent::SpaceBetween)
        .align_items(AlignItems::Center)
        .background(
            LinearGradient::new(Angle::Deg(90), color!("#ff0000"), color!("#0000ff"))
                .center_color(color!("#00ff00"))
                .center_position(Percentage::Percent(30)),
        );
    assert_snapshot!(round_trip_component(b));
}

#[test]
fn box_layouts() {
    let vertical = flex::vertical()
        .push(flex::separator())
        .push(flex::filler());
    assert_snapshot!("vertical_box", round_trip_component(vertical));
    let baseline = flex::baseline()
        .push(flex::icon("https://example.com/i.png"))
        .push(flex::text("t"))
        .push(flex::filler());
    assert_snapshot!("baseline_box", round_trip_component(baseline));
}

#[test]
fn button_with_every_property() {
    let b = flex::button(
        action::uri("https://example.com/phone")
            .label(label!("Call"))
            .alt_uri_desktop("https://example.com/desktop"),
    )
    .flex(1)
    .color(color!("#06C755"))
    .style(ButtonStyle::Primary)
    .gravity(Gravity::Center)
    .margin(Spacing::Sm)
    .position(Position::Relative)
    .offset_top(Offset::Xs)
    .offset_bottom(Offset::Sm)
    .offset_start(Offset::Px(1))
    .offset_end(Offset::Percent(1))
    .height(ButtonHeight::Md)
    .adjust_mode(AdjustMode::ShrinkToFit)
    .scaling(true);
    assert_snapshot!(round_trip_component(b));
}

#[test]
fn image_with_every_property() {
    let i = flex::image("https://example.com/hero.png")
        .flex(3)
        .margin(Spacing::None)
        .position(Position::Absolute)
        .offset_top(Offset::Px(0))
        .offset_bottom(Offset::Px(0))
        .offset_start(Offset::Px(0))
        .offset_end(Offset::Px(0))
        .align(Align::Center)
        .gravity(Gravity::Top)
        .size(ImageSize::X5l)
        .aspect_ratio(aspect_ratio!("1:3"))
        .aspect_mode(AspectMode::Fit)
        .background_color(color!("#EEEEEE"))
        .action(action::message("image tapped"))
        .animated(true);
    assert_snapshot!(round_trip_component(i));
}

#[test]
fn video_with_every_property() {
    let v = flex::video(
        "https://example.com/clip.mp4",
        "https://example.com/clip.png",
        flex::image("https://example.com/clip.png").size(ImageSize::Full),
    )
    .aspect_ratio(aspect_ratio!("16:9"))
    .action(action::uri("https://example.com/more").label(label!("More")));
    assert_snapshot!(round_trip_component(v));
}

#[test]
fn icon_with_every_property() {
    let i = flex::icon("https://example.com/star.png")
        .size(IconSize::Px(14))
        .aspect_ratio(aspect_ratio!("2:1"))
        .margin(Spacing::Xs)
        .position(Position::Relative)
        .offset_top(Offset::Px(1))
        .offset_bottom(Offset::Px(2))
        .offset_start(Offset::Px(3))
        .offset_end(Offset::Px(4))
        .scaling(false);
    assert_snapshot!(round_trip_component(i));
}

#[test]
fn text_with_every_property() {
    let t = flex::text("Hello, flex")
        .flex(0)
        .size(TextSize::Px(18))
        .align(Align::End)
        .gravity(Gravity::Bottom)
        .color(color!("#111111"))
        .weight(Weight::Regular)
        .style(FontStyle::Italic)
        .decoration(Decoration::Underline)
        .wrap(true)
        .line_spacing(LineSpacing::Px(4))
        .margin(Spacing::Lg)
        .position(Position::Relative)
        .offset_top(Offset::Lg)
        .offset_bottom(Offset::Xl)
        .offset_start(Offset::Xxl)
        .offset_end(Offset::Percent(10))
        .action(action::clipboard("copied"))
        .max_lines(3)
        .adjust_mode(AdjustMode::ShrinkToFit)
        .scaling(true);
    assert_snapshot!(round_trip_component(t));
}

#[test]
fn text_with_spans_and_span_with_every_property() {
    let t = flex::FlexText::from_spans([
        flex::span("Bold ")
            .size(TextSize::X3l)
            .color(color!("#ff0000"))
            .weight(Weight::Bold)
            .style(FontStyle::Normal)
            .decoration(Decoration::LineThrough),
        flex::span("plain"),
    ])
    .span(flex::span("!"));
    assert_snapshot!(round_trip_component(t));
}

#[test]
fn separator_and_filler_with_every_property() {
    let separator = flex::separator()
        .margin(Spacing::Md)
        .color(color!("#CCCCCC"));
    assert_snapshot!("separator", round_trip_component(separator));
    assert_snapshot!("filler", round_trip_component(flex::filler().flex(4)));
}

#[test]
fn bubble_with_every_property() {
    let b = flex::bubble()
        .size(size::Giga)
        .direction(Direction::Rtl)
        .header(flex::vertical().push(flex::text("header")))
        .hero(flex::image("https://example.com/hero.jpg"))
        .body(flex::vertical().push(flex::text("body")))
        .footer(flex::horizontal().push(flex::text("footer")))
        .styles(
            BubbleStyles::default()
                .header(BlockStyle::default().background_color(color!("#000000")))
                .hero(BlockStyle::default().separator(true))
                .body(
                    BlockStyle::default()
                        .separator(true)
                        .separator_color(color!("#DDDDDD")),
                )
                .footer(BlockStyle::default().background_color(Color::rgb(1, 2, 3))),
        )
        .action(action::uri("https://example.com/bubble"));
    assert_snapshot!(round_trip_container(b));
}

#[test]
fn carousel() {
    let c = flex::carousel()
        .push(
            flex::bubble()
                .size(size::Nano)
                .body(flex::vertical().push(flex::text("1"))),
        )
        .push(
            flex::bubble()
                .size(size::Micro)
                .body(flex::vertical().push(flex::text("2"))),
        );
    assert_snapshot!(round_trip_container(c));
}

#[test]
fn every_bubble_size() {
    // Bubbles of different sizes have different types; `AnyCarouselBubble` holds any of them
    // whose hero is not a video (LINE rule C16).
    let sizes: [flex::AnyCarouselBubble; 8] = [
        flex::bubble().size(size::Nano).into(),
        flex::bubble().size(size::Micro).into(),
        flex::bubble().size(size::Deca).into(),
        flex::bubble().size(size::Hecto).into(),
        flex::bubble().size(size::Kilo).into(),
        flex::bubble().size(size::Mega).into(),
        flex::bubble().size(size::Giga).into(),
        flex::bubble().into(),
    ];
    let json = round_trip_container(flex::carousel_of(sizes));
    assert_snapshot!(json);
}
