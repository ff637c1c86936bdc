//! Imagemap messages: exact wire JSON, round trips, unknown action kinds, and the runtime rules.

use linebot::limits;
use linebot::message::Message;
use linebot::message::imagemap::{
    self, ImagemapAction, ImagemapArea, ImagemapBaseSize, ImagemapMessage, ImagemapVideo,
};
use linebot::validate::{Validate, ViolationKind};

use crate::support::{paths, wire_message};

fn full() -> ImagemapMessage {
    ImagemapMessage::builder()
        .base_url("https://example.com/bot/images/rm001")
        .alt_text("This is an imagemap")
        .base_size(ImagemapBaseSize::new(1040, 1040))
        .video(
            ImagemapVideo::new(
                "https://example.com/video.mp4",
                "https://example.com/video_preview.jpg",
                ImagemapArea::new(0, 0, 1040, 585),
            )
            .external_link("https://example.com/see_more.html", "See More"),
        )
        .action(
            imagemap::uri("https://example.com/", ImagemapArea::new(0, 586, 520, 454))
                .label("https link"),
        )
        .action(imagemap::message("Hello", ImagemapArea::new(520, 586, 520, 454)).label("hello"))
        .action(imagemap::clipboard("3B48740B", ImagemapArea::new(0, 0, 100, 100)).label("copy"))
        .sender(linebot::message::Sender {
            name: Some("Cony".into()),
            icon_url: Some("https://example.com/cony.png".into()),
        })
        .build()
}

fn minimal() -> ImagemapMessage {
    ImagemapMessage::new(
        "https://example.com/bot/images/rm001",
        "imagemap",
        ImagemapBaseSize::new(1040, 520),
        [imagemap::uri(
            "https://example.com/",
            ImagemapArea::new(0, 0, 1040, 520),
        )],
    )
}

#[test]
fn wire_json() {
    insta::assert_snapshot!("imagemap_full", wire_message(full()));
    insta::assert_snapshot!("imagemap_minimal", wire_message(minimal()));
    assert!(full().validate().is_ok(), "{:?}", full().validate());
    assert!(minimal().validate().is_ok());
}

#[test]
fn round_trips() {
    for m in [full(), minimal()] {
        let m = Message::from(m);
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(serde_json::from_str::<Message>(&json).unwrap(), m, "{json}");
    }
}

#[test]
fn unknown_action_kind_is_kept() {
    let json = r#"{"type":"imagemap","baseUrl":"https://example.com/m","altText":"a","baseSize":{"width":1040,"height":1040},"actions":[{"type":"sparkle","area":{"x":0,"y":0,"width":10,"height":10}}]}"#;
    let m: Message = serde_json::from_str(json).unwrap();
    let Message::Imagemap(map) = &m else {
        panic!("{m:?}")
    };
    assert!(matches!(map.actions[0], ImagemapAction::Unknown(_)));
    // Kept as data (a `Value` does not keep key order, so compare values).
    assert_eq!(
        serde_json::to_value(&m).unwrap(),
        serde_json::from_str::<serde_json::Value>(json).unwrap()
    );
    assert!(m.validate().is_ok());
}

#[test]
fn v03_alt_text() {
    let mut m = minimal();
    m.alt_text = "🍎".repeat(limits::ALT_TEXT_MAX / 2).into();
    assert!(m.validate().is_ok());
    m.alt_text = format!("{}a", m.alt_text).into();
    assert_eq!(paths(&m), ["altText"]);
}

#[test]
fn v09_https_urls() {
    let mut m = full();
    m.base_url = "http://example.com/bot/images/rm001".into();
    let video = m.video.as_mut().unwrap();
    video.original_content_url = "http://example.com/video.mp4".into();
    video.preview_image_url = "example.com/p.jpg".into();
    assert_eq!(
        paths(&m),
        [
            "baseUrl",
            "video.originalContentUrl",
            "video.previewImageUrl"
        ]
    );
    let mut m = minimal();
    m.base_url = format!("https://example.com/{}", "a".repeat(2000 - 20)).into();
    assert!(m.validate().is_ok());
    m.base_url = format!("{}a", m.base_url).into();
    assert_eq!(paths(&m), ["baseUrl"]);
}

#[test]
fn v12_clipboard_text() {
    let with = |text: String| {
        ImagemapMessage::new(
            "https://example.com/m",
            "a",
            ImagemapBaseSize::new(1040, 1040),
            [imagemap::clipboard(text, ImagemapArea::new(0, 0, 1, 1))],
        )
    };
    assert!(
        with("a".repeat(limits::CLIPBOARD_TEXT_MAX))
            .validate()
            .is_ok()
    );
    assert_eq!(
        paths(&with("a".repeat(limits::CLIPBOARD_TEXT_MAX + 1))),
        ["actions[0].clipboardText"]
    );
    assert_eq!(paths(&with(String::new())), ["actions[0].clipboardText"]);
}

#[test]
fn action_values() {
    let mut m = full();
    m.actions[0] = imagemap::uri("ftp://example.com", ImagemapArea::new(0, 0, 1, 1))
        .label("a".repeat(limits::IMAGEMAP_ACTION_LABEL_MAX + 1))
        .into();
    m.actions[1] = imagemap::message(
        "a".repeat(limits::IMAGEMAP_MESSAGE_TEXT_MAX + 1),
        ImagemapArea::new(0, 0, 1, 1),
    )
    .label("a".repeat(limits::IMAGEMAP_ACTION_LABEL_MAX))
    .into();
    m.video
        .as_mut()
        .unwrap()
        .external_link
        .as_mut()
        .unwrap()
        .label = "a".repeat(31).into();
    assert_eq!(
        paths(&m),
        [
            "actions[0].linkUri",
            "actions[0].label",
            "actions[1].text",
            "video.externalLink.label"
        ]
    );
}

#[test]
fn base_size_width_is_1040() {
    let mut m = minimal();
    m.base_size.width = 1000;
    assert_eq!(paths(&m), ["baseSize.width"]);
}

#[test]
fn counts_and_kinds_from_json() {
    // C09: 51 actions; C10: a postback where only message, uri and clipboard fit.
    let action = r#"{"type":"message","text":"a","area":{"x":0,"y":0,"width":1,"height":1}}"#;
    let actions = vec![action; 51].join(",");
    let json = format!(
        r#"{{"type":"imagemap","baseUrl":"https://example.com/m","altText":"a","baseSize":{{"width":1040,"height":1040}},"actions":[{actions}]}}"#
    );
    let m: Message = serde_json::from_str(&json).unwrap();
    let e = m.validate().unwrap_err();
    assert_eq!(e.paths(), ["actions"]);
    assert!(matches!(
        e.violations()[0].kind(),
        ViolationKind::TooMany {
            max: 50,
            actual: 51
        }
    ));

    let json = r#"{"type":"imagemap","baseUrl":"https://example.com/m","altText":"a","baseSize":{"width":1040,"height":1040},"actions":[{"type":"postback","data":"x","area":{"x":0,"y":0,"width":1,"height":1}}]}"#;
    let m: Message = serde_json::from_str(json).unwrap();
    assert_eq!(paths(&m), ["actions[0]"]);

    let json = r#"{"type":"imagemap","baseUrl":"https://example.com/m","altText":"a","baseSize":{"width":1040,"height":1040},"actions":[]}"#;
    let m: Message = serde_json::from_str(json).unwrap();
    assert_eq!(paths(&m), ["actions"]);
}

#[test]
fn malformed_known_action_is_reported() {
    let json = r#"{"type":"imagemap","baseUrl":"https://example.com/m","altText":"a","baseSize":{"width":1040,"height":1040},"actions":[{"type":"uri","area":{"x":0,"y":0,"width":1,"height":1}}]}"#;
    let m: Message = serde_json::from_str(json).unwrap();
    let e = m.validate().unwrap_err();
    assert_eq!(e.paths(), ["actions[0]"]);
    assert!(e.to_string().contains("missing field `linkUri`"), "{e}");
}
