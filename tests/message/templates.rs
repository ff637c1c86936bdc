//! Template messages: exact wire JSON, round trips, unknown kinds, and the runtime rules.

use linebot::action::{self, Action, ActionContext};
use linebot::message::Message;
use linebot::message::template::*;
use linebot::validate::{Validate, ViolationKind};
use linebot::{label, limits};

use crate::support::{paths, round_trip_message, wire_message};

fn sender() -> linebot::message::Sender {
    linebot::message::Sender {
        name: Some("Cony".into()),
        icon_url: Some("https://example.com/cony.png".into()),
    }
}

fn full_buttons() -> TemplateMessage {
    TemplateMessage::new(
        "Menu",
        ButtonsTemplate::builder("Please select")
            .thumbnail_image_url("https://example.com/bot/images/image.jpg")
            .image_aspect_ratio(ImageAspectRatio::Rectangle)
            .image_size(ImageSize::Cover)
            .image_background_color("#FFFFFF")
            .title("Menu")
            .default_action(
                action::uri("https://example.com/bot/page/123").label(label!("View detail")),
            )
            .action(action::postback("action=buy&itemid=123").label(label!("Buy")))
            .action(action::postback("action=add&itemid=123").label(label!("Add to cart")))
            .action(action::uri("https://example.com/bot/page/123").label(label!("View detail")))
            .action(action::clipboard("3B48740B").label(label!("Copy code")))
            .build(),
    )
    .sender(sender())
}

fn minimal_buttons() -> TemplateMessage {
    TemplateMessage::new(
        "Hi",
        ButtonsTemplate::new("Hello", [action::message("hi").label(label!("Hi"))]),
    )
}

fn confirm() -> TemplateMessage {
    TemplateMessage::new(
        "Are you sure?",
        ConfirmTemplate::builder("Are you sure?")
            .action(action::message("yes").label(label!("Yes")))
            .action(
                action::postback("answer=no")
                    .label(label!("No"))
                    .display_text("No"),
            )
            .build(),
    )
}

fn full_carousel() -> TemplateMessage {
    let column = |n: u32| {
        CarouselColumn::builder(format!("description {n}"))
            .thumbnail_image_url(format!("https://example.com/bot/images/item{n}.jpg"))
            .image_background_color("#000000")
            .title(format!("this is menu {n}"))
            .default_action(
                action::uri("https://example.com/bot/page/123").label(label!("View detail")),
            )
            .action(action::postback(format!("action=buy&itemid={n}")).label(label!("Buy")))
            .action(
                action::datetime_picker("pick", action::DatetimeMode::Date).label(label!("Date")),
            )
    };
    TemplateMessage::new(
        "this is a carousel template",
        CarouselTemplate::builder(column(1))
            .column(column(2))
            .image_aspect_ratio(ImageAspectRatio::Square)
            .image_size(ImageSize::Contain)
            .build(),
    )
}

fn minimal_carousel() -> TemplateMessage {
    TemplateMessage::new(
        "carousel",
        CarouselTemplate::new([
            CarouselColumn::new("one", [action::message("1").label(label!("One"))]),
            CarouselColumn::new("two", [action::message("2").label(label!("Two"))]),
        ]),
    )
}

fn image_carousel() -> TemplateMessage {
    TemplateMessage::new(
        "this is an image carousel template",
        ImageCarouselTemplate::builder()
            .column(ImageCarouselColumn::new(
                "https://example.com/bot/images/item1.jpg",
                action::postback("action=buy&itemid=111").label(label!("Buy")),
            ))
            .column(ImageCarouselColumn::new(
                "https://example.com/bot/images/item2.jpg",
                action::message("yes"),
            ))
            .build(),
    )
}

#[test]
fn buttons_wire() {
    insta::assert_snapshot!("buttons_full", wire_message(full_buttons()));
    insta::assert_snapshot!("buttons_minimal", wire_message(minimal_buttons()));
    assert!(
        full_buttons().validate().is_ok(),
        "{:?}",
        full_buttons().validate()
    );
    assert!(minimal_buttons().validate().is_ok());
}

#[test]
fn confirm_wire() {
    insta::assert_snapshot!("confirm", wire_message(confirm()));
    assert!(confirm().validate().is_ok());
}

#[test]
fn carousel_wire() {
    insta::assert_snapshot!("carousel_full", wire_message(full_carousel()));
    insta::assert_snapshot!("carousel_minimal", wire_message(minimal_carousel()));
    assert!(
        full_carousel().validate().is_ok(),
        "{:?}",
        full_carousel().validate()
    );
    assert!(minimal_carousel().validate().is_ok());
}

#[test]
fn image_carousel_wire() {
    insta::assert_snapshot!("image_carousel", wire_message(image_carousel()));
    assert!(image_carousel().validate().is_ok());
}

#[test]
fn round_trips() {
    for m in [
        full_buttons(),
        minimal_buttons(),
        confirm(),
        full_carousel(),
        minimal_carousel(),
        image_carousel(),
    ] {
        round_trip_message(m);
    }
}

#[test]
fn unknown_template_type_is_kept() {
    let json = r#"{"type":"template","altText":"new","template":{"type":"flip_card","front":"A","back":"B"}}"#;
    let m: Message = serde_json::from_str(json).unwrap();
    let Message::Template(t) = &m else {
        panic!("not a template: {m:?}")
    };
    assert!(matches!(t.template, Template::Unknown(_)));
    // Kept as data (a `Value` does not keep key order, so compare values).
    assert_eq!(
        serde_json::to_value(&m).unwrap(),
        serde_json::from_str::<serde_json::Value>(json).unwrap()
    );
    assert!(m.validate().is_ok());
}

#[test]
fn unknown_enum_values_are_kept() {
    let json = r#"{"type":"template","altText":"a","template":{"type":"buttons","imageAspectRatio":"wide","imageSize":"fill","text":"t","actions":[{"type":"message","label":"A","text":"a"}]}}"#;
    let m: Message = serde_json::from_str(json).unwrap();
    let Message::Template(TemplateMessage {
        template: Template::Buttons(b),
        ..
    }) = &m
    else {
        panic!("{m:?}")
    };
    assert_eq!(
        b.image_aspect_ratio,
        Some(ImageAspectRatio::Unknown("wide".into()))
    );
    assert_eq!(b.image_size, Some(ImageSize::Unknown("fill".into())));
    assert_eq!(serde_json::to_string(&m).unwrap(), json);
}

fn buttons_with(f: impl FnOnce(&mut ButtonsTemplate)) -> TemplateMessage {
    let mut b = ButtonsTemplate::new("text", [action::message("m").label(label!("L"))]);
    f(&mut b);
    TemplateMessage::new("alt", b)
}

#[test]
fn v03_alt_text() {
    let mut m = minimal_buttons();
    m.alt_text = "a".repeat(limits::ALT_TEXT_MAX).into();
    assert!(m.validate().is_ok());
    m.alt_text = format!("{}a", m.alt_text).into();
    assert_eq!(paths(&m), ["altText"]);
    m.alt_text = linebot::Str::EMPTY;
    assert_eq!(paths(&m), ["altText"]);
}

#[test]
fn v04_labels() {
    let m = buttons_with(|b| {
        b.actions = vec![
            action::message("m").label("a".repeat(20)).into(),
            action::message("m").label("🍎".repeat(20)).into(),
        ]
    });
    assert!(m.validate().is_ok());
    let m = buttons_with(|b| {
        b.actions = vec![
            action::message("m").label("a".repeat(20)).into(),
            action::message("m").label("a".repeat(21)).into(),
        ]
    });
    assert_eq!(paths(&m), ["template.actions[1].label"]);

    // Image carousel labels hold 12 characters and are optional.
    let carousel = |label: Option<String>| {
        let a = match label {
            Some(l) => action::postback("x").label(l).into_wire(),
            None => action::postback("x").into_wire(),
        };
        TemplateMessage::new(
            "alt",
            ImageCarouselTemplate::new([ImageCarouselColumn {
                image_url: "https://example.com/a.jpg".into(),
                action: Action::Postback(a),
            }]),
        )
    };
    assert!(carousel(None).validate().is_ok());
    assert!(carousel(Some("a".repeat(12))).validate().is_ok());
    assert_eq!(
        paths(&carousel(Some("a".repeat(13)))),
        ["template.columns[0].action.label"]
    );
}

#[test]
fn v08_buttons_text_and_title() {
    let plain = |n| buttons_with(|b| b.text = "あ".repeat(n).into());
    assert!(plain(limits::BUTTONS_TEXT_MAX).validate().is_ok());
    assert_eq!(
        paths(&plain(limits::BUTTONS_TEXT_MAX + 1)),
        ["template.text"]
    );
    assert_eq!(paths(&plain(0)), ["template.text"]);

    let titled = |n| {
        buttons_with(|b| {
            b.title = Some("t".into());
            b.text = "a".repeat(n).into()
        })
    };
    assert!(titled(60).validate().is_ok());
    assert_eq!(paths(&titled(61)), ["template.text"]);
    let with_image = |n| {
        buttons_with(|b| {
            b.thumbnail_image_url = Some("https://example.com/a.jpg".into());
            b.text = "a".repeat(n).into()
        })
    };
    assert!(with_image(60).validate().is_ok());
    assert_eq!(paths(&with_image(61)), ["template.text"]);

    // Grapheme clusters: a family emoji is one character.
    assert!(
        buttons_with(|b| b.text = "👨‍👩‍👧".repeat(160).into())
            .validate()
            .is_ok()
    );

    let title = |n| buttons_with(|b| b.title = Some("a".repeat(n).into()));
    assert!(title(40).validate().is_ok());
    assert_eq!(paths(&title(41)), ["template.title"]);
}

#[test]
fn v08_confirm_and_carousel_text() {
    let confirm = |n| {
        TemplateMessage::new(
            "alt",
            ConfirmTemplate::new(
                "a".repeat(n),
                [
                    action::message("y").label(label!("Yes")),
                    action::message("n").label(label!("No")),
                ],
            ),
        )
    };
    assert!(confirm(240).validate().is_ok());
    assert_eq!(paths(&confirm(241)), ["template.text"]);

    let carousel = |n, titled: bool| {
        let mut c = CarouselColumn::new("a".repeat(n), [action::message("m").label(label!("M"))])
            .into_wire();
        if titled {
            c.title = Some("t".into());
        }
        TemplateMessage::new(
            "alt",
            Template::Carousel(CarouselTemplate {
                columns: vec![c],
                image_aspect_ratio: None,
                image_size: None,
            }),
        )
    };
    assert!(carousel(120, false).validate().is_ok());
    assert_eq!(paths(&carousel(121, false)), ["template.columns[0].text"]);
    assert!(carousel(60, true).validate().is_ok());
    assert_eq!(paths(&carousel(61, true)), ["template.columns[0].text"]);
}

#[test]
fn v09_https_thumbnails_and_v13_background() {
    let m = buttons_with(|b| {
        b.thumbnail_image_url = Some("http://example.com/a.jpg".into());
        b.image_background_color = Some("#FFF".into());
    });
    assert_eq!(
        paths(&m),
        [
            "template.thumbnailImageUrl",
            "template.imageBackgroundColor"
        ]
    );
    let m = TemplateMessage::new(
        "alt",
        ImageCarouselTemplate::new([ImageCarouselColumn::new(
            "ftp://example.com/a.jpg",
            action::message("x"),
        )]),
    );
    assert_eq!(paths(&m), ["template.columns[0].imageUrl"]);
}

#[test]
fn counts_and_contexts_from_json() {
    // Five buttons, a camera action, an unlabeled action: what the builders refuse to compile.
    let json = r#"{"type":"template","altText":"a","template":{"type":"buttons","text":"t","actions":[
        {"type":"message","label":"1","text":"1"},{"type":"camera","label":"2"},
        {"type":"message","text":"3"},{"type":"message","label":"4","text":"4"},
        {"type":"richmenuswitch","label":"5","richMenuAliasId":"a","data":"d"}]}}"#;
    let m: Message = serde_json::from_str(json).unwrap();
    let e = m.validate().unwrap_err();
    assert_eq!(
        e.paths(),
        [
            "template.actions",
            "template.actions[1]",
            "template.actions[2].label",
            "template.actions[4]",
        ]
    );
    assert!(matches!(
        e.violations()[0].kind(),
        ViolationKind::TooMany { max: 4, actual: 5 }
    ));

    // Confirm needs exactly 2.
    let json = r#"{"type":"template","altText":"a","template":{"type":"confirm","text":"t","actions":[
        {"type":"message","label":"1","text":"1"}]}}"#;
    let m: Message = serde_json::from_str(json).unwrap();
    assert_eq!(paths(&m), ["template.actions"]);

    // Carousel: columns with different action counts and shapes (C06, C07), 11 columns (C05).
    let column = |actions: usize, thumb: bool| CarouselColumn {
        thumbnail_image_url: thumb.then(|| "https://example.com/a.jpg".into()),
        image_background_color: None,
        title: None,
        text: "t".into(),
        default_action: None,
        actions: (0..actions)
            .map(|_| Action::from(action::message("m").label(label!("M"))))
            .collect(),
    };
    let m = TemplateMessage::new(
        "a",
        Template::Carousel(CarouselTemplate {
            columns: vec![
                column(2, true),
                column(3, true),
                column(2, false),
                column(0, true),
            ],
            image_aspect_ratio: None,
            image_size: None,
        }),
    );
    assert_eq!(
        paths(&m),
        [
            "template.columns[1].actions",
            "template.columns[2].thumbnailImageUrl",
            "template.columns[3].actions",
            "template.columns[3].actions",
        ]
    );
    let m = TemplateMessage::new(
        "a",
        Template::Carousel(CarouselTemplate {
            columns: vec![column(1, false); 11],
            image_aspect_ratio: None,
            image_size: None,
        }),
    );
    assert_eq!(paths(&m), ["template.columns"]);
    let m = TemplateMessage::new(
        "a",
        Template::Carousel(CarouselTemplate {
            columns: vec![column(1, false); 10],
            image_aspect_ratio: None,
            image_size: None,
        }),
    );
    assert!(m.validate().is_ok());

    // Image carousel: 11 columns (C08).
    let col = ImageCarouselColumn::new("https://example.com/a.jpg", action::message("x"));
    let m = TemplateMessage::new(
        "a",
        Template::ImageCarousel(ImageCarouselTemplate {
            columns: vec![col.clone(); 11],
        }),
    );
    assert_eq!(paths(&m), ["template.columns"]);
}

#[test]
fn paths_inside_a_request() {
    let mut path = linebot::validate::Path::at("messages");
    let mut out = Vec::new();
    let m = Message::from(buttons_with(|b| b.title = Some("a".repeat(41).into())));
    path.index(1, |p| m.validate_at(p, &mut out));
    assert_eq!(out[0].path(), "messages[1].template.title");
    // The template context reaches the action validator.
    let mut out = Vec::new();
    Action::from(action::camera()).validate_in(
        ActionContext::Template,
        &mut linebot::validate::Path::root(),
        &mut out,
    );
    assert!(!out.is_empty());
}

#[test]
fn readme_example() {
    use linebot::message::imagemap::{self, ImagemapArea, ImagemapBaseSize, ImagemapMessage};
    use linebot::{alt_text, https_url};

    let buttons = TemplateMessage::new(
        alt_text!("Pick a size"),
        ButtonsTemplate::builder("Which size?")
            .thumbnail_image_url(https_url!("https://example.com/coffee.jpg"))
            .action(action::postback("size=s").label(label!("Small")))
            .action(action::uri("https://example.com/menu").label(label!("Menu")))
            .build(),
    );
    let map = ImagemapMessage::builder()
        .base_url(https_url!("https://example.com/imagemap/shop"))
        .alt_text(alt_text!("Our shop"))
        .base_size(ImagemapBaseSize::new(1040, 1040))
        .action(imagemap::uri(
            "https://example.com/",
            ImagemapArea::new(0, 0, 520, 1040),
        ))
        .action(imagemap::message(
            "Hello",
            ImagemapArea::new(520, 0, 520, 1040),
        ))
        .build();
    assert!(buttons.validate().is_ok() && map.validate().is_ok());
}

#[test]
fn malformed_known_template_is_reported() {
    // A buttons template without `text` cannot parse as one, so serde keeps it as unknown JSON;
    // the validator still names what is wrong instead of letting it pass.
    let json = r#"{"type":"template","altText":"a","template":{"type":"buttons","actions":[]}}"#;
    let m: Message = serde_json::from_str(json).unwrap();
    let e = m.validate().unwrap_err();
    assert_eq!(e.paths(), ["template"]);
    assert!(e.to_string().contains("missing field `text`"), "{e}");
}
