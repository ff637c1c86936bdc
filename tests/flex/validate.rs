//! Flex JSON (as LINE's Flex Message Simulator writes it) read into the typed model and checked
//! by the runtime twin of the compile-time rules, with LINE-style paths.

use linebot::message::flex::{self, FlexComponent, FlexContainer, FlexMessage};
use linebot::message::{Message, ReplyMessageRequest};
use linebot::validate::{Validate, ViolationKind};
use serde_json::json;

fn container(v: serde_json::Value) -> FlexContainer {
    FlexContainer::from_json(&v.to_string()).expect("parses")
}

fn paths(c: &FlexContainer) -> Vec<String> {
    match c.validate() {
        Ok(()) => Vec::new(),
        Err(e) => e.paths().into_iter().map(str::to_owned).collect(),
    }
}

fn body(contents: serde_json::Value) -> FlexContainer {
    container(
        json!({"type": "bubble", "body": {"type": "box", "layout": "vertical", "contents": contents}}),
    )
}

#[test]
fn simulator_button_in_a_baseline_box_is_rejected_with_its_path() {
    let simulator = r##"{
      "type": "bubble",
      "body": {
        "type": "box",
        "layout": "vertical",
        "contents": [
          {"type": "text", "text": "Brown Cafe", "weight": "bold", "size": "xl"},
          {
            "type": "box",
            "layout": "baseline",
            "margin": "md",
            "contents": [
              {"type": "icon", "size": "sm", "url": "https://example.com/star.png"},
              {"type": "text", "text": "4.0", "size": "sm", "color": "#999999", "flex": 0},
              {"type": "button", "action": {"type": "uri", "label": "Call", "uri": "tel:0312345678"}}
            ]
          }
        ]
      }
    }"##;
    let c = FlexContainer::from_json(simulator).unwrap();
    let err = c.validate().unwrap_err();
    assert_eq!(err.paths(), ["body.contents[1].contents[2]"]);
    assert!(matches!(
        err.violations()[0].kind(),
        ViolationKind::NotAllowed { .. }
    ));
    assert!(
        err.to_string()
            .contains("a baseline box holds only icons, texts and fillers (LINE rule C12)"),
        "{err}"
    );

    // The same JSON inside a request: the path starts at the message.
    let message: Message = serde_json::from_value(json!({
        "type": "flex", "altText": "Brown Cafe", "contents": serde_json::from_str::<serde_json::Value>(simulator).unwrap()
    }))
    .unwrap();
    let request = ReplyMessageRequest::new("token", [message]);
    let err = request.validate().unwrap_err();
    assert_eq!(
        err.paths(),
        ["messages[0].contents.body.contents[1].contents[2]"]
    );
}

#[test]
fn carousel_paths_name_the_bubble() {
    let ok =
        json!({"type": "bubble", "body": {"type": "box", "layout": "vertical", "contents": []}});
    let bad = json!({"type": "bubble", "body": {"type": "box", "layout": "vertical", "contents": [
        {"type": "text", "text": "ok"},
        {"type": "icon", "url": "https://example.com/i.png"}
    ]}});
    let c = container(json!({"type": "carousel", "contents": [ok, ok, ok, bad]}));
    let m = FlexMessage::new("alt", c);
    assert_eq!(
        m.validate().unwrap_err().paths(),
        ["contents.contents[3].body.contents[1]"]
    );
}

#[test]
fn carousel_holds_1_to_12_bubbles() {
    let b = json!({"type": "bubble"});
    let twelve = container(json!({"type": "carousel", "contents": vec![b.clone(); 12]}));
    assert_eq!(paths(&twelve), Vec::<String>::new());
    let thirteen = container(json!({"type": "carousel", "contents": vec![b; 13]}));
    let err = thirteen.validate().unwrap_err();
    assert_eq!(err.paths(), ["contents"]);
    assert_eq!(
        err.violations()[0].kind(),
        &ViolationKind::TooMany {
            max: 12,
            actual: 13
        }
    );
    let empty = container(json!({"type": "carousel", "contents": []}));
    assert_eq!(paths(&empty), ["contents"]);
}

#[test]
fn box_children_follow_the_layout() {
    // C13: no icon, span or video in a horizontal or vertical box.
    let c = body(json!([
        {"type": "icon", "url": "https://example.com/i.png"},
        {"type": "span", "text": "s"},
        {"type": "video", "url": "https://example.com/v.mp4", "previewUrl": "https://example.com/v.png",
         "altContent": {"type": "image", "url": "https://example.com/v.png"}},
        {"type": "box", "layout": "horizontal", "contents": [
            {"type": "button", "action": {"type": "message", "label": "b", "text": "b"}},
            {"type": "image", "url": "https://example.com/i.png"},
            {"type": "separator"},
            {"type": "filler"},
            {"type": "text", "text": "t"}
        ]}
    ]));
    assert_eq!(
        paths(&c),
        ["body.contents[0]", "body.contents[1]", "body.contents[2]"]
    );
    // C12: baseline holds icon, text and filler only.
    let c = body(json!([{"type": "box", "layout": "baseline", "contents": [
        {"type": "icon", "url": "https://example.com/i.png"},
        {"type": "text", "text": "t"},
        {"type": "filler"},
        {"type": "image", "url": "https://example.com/i.png"},
        {"type": "separator"},
        {"type": "box", "layout": "vertical", "contents": []}
    ]}]));
    assert_eq!(
        paths(&c),
        [
            "body.contents[0].contents[3]",
            "body.contents[0].contents[4]",
            "body.contents[0].contents[5]"
        ]
    );
}

#[test]
fn spans_only_in_texts_and_texts_have_text_or_spans() {
    let c = body(json!([
        {"type": "text", "contents": [{"type": "span", "text": "a"}, {"type": "text", "text": "b"}]},
        {"type": "text"},
        {"type": "text", "contents": []},
        {"type": "text", "text": "t", "contents": [{"type": "span", "text": "ok"}]}
    ]));
    assert_eq!(
        paths(&c),
        [
            "body.contents[0].contents[1]",
            "body.contents[1].text",
            "body.contents[2].text"
        ]
    );
}

#[test]
fn hero_kinds_video_size_and_carousels() {
    let video = json!({"type": "video", "url": "https://example.com/v.mp4", "previewUrl": "https://example.com/v.png",
        "altContent": {"type": "text", "text": "no"}});
    // C15: hero is box, image or video; altContent is box or image.
    let c = container(json!({"type": "bubble", "hero": video}));
    assert_eq!(paths(&c), ["hero.altContent"]);
    let c = container(json!({"type": "bubble", "hero": {"type": "text", "text": "t"}}));
    assert_eq!(paths(&c), ["hero"]);
    // C16: kilo, mega or giga, and not in a carousel.
    let ok_video = json!({"type": "video", "url": "https://example.com/v.mp4", "previewUrl": "https://example.com/v.png",
        "altContent": {"type": "image", "url": "https://example.com/v.png"}});
    for (size, ok) in [
        ("nano", false),
        ("micro", false),
        ("deca", false),
        ("hecto", false),
        ("kilo", true),
        ("mega", true),
        ("giga", true),
    ] {
        let c = container(json!({"type": "bubble", "size": size, "hero": ok_video}));
        assert_eq!(paths(&c).is_empty(), ok, "{size}");
    }
    let c =
        container(json!({"type": "carousel", "contents": [{"type": "bubble", "hero": ok_video}]}));
    assert_eq!(paths(&c), ["contents[0].hero"]);
}

#[test]
fn urls_colors_aspect_ratios_and_keywords() {
    let c = body(json!([
        {"type": "image", "url": "http://example.com/a.png", "aspectRatio": "1:4", "backgroundColor": "#fff"},
        {"type": "text", "text": "t", "color": "red", "size": "12abc", "margin": "12.5px"},
        {"type": "box", "layout": "grid", "contents": [], "paddingAll": "10%", "spacing": "10%"},
        {"type": "box", "layout": "vertical", "contents": [], "background":
            {"type": "linearGradient", "angle": "90", "startColor": "#000000", "endColor": "#ffffffff"}}
    ]));
    assert_eq!(
        paths(&c),
        [
            "body.contents[0].url",
            "body.contents[0].aspectRatio",
            "body.contents[0].backgroundColor",
            "body.contents[1].size",
            "body.contents[1].color",
            "body.contents[2].layout",
            "body.contents[2].spacing",
            "body.contents[3].background.angle",
        ]
    );
}

#[test]
fn at_most_ten_animated_images_per_message() {
    let img = json!({"type": "image", "url": "https://example.com/a.png", "animated": true});
    let ten = body(json!(vec![img.clone(); 10]));
    assert!(ten.validate().is_ok());
    let eleven = body(json!(vec![img; 11]));
    assert_eq!(paths(&eleven), ["body.contents[10].animated"]);
}

#[test]
fn actions_follow_the_flex_context() {
    let c = body(json!([
        {"type": "button", "action": {"type": "uri", "uri": "https://example.com"}},
        {"type": "button", "action": {"type": "camera", "label": "Camera"}},
        {"type": "button", "action": {"type": "uri", "label": "Open", "uri": "https://example.com",
                                       "altUri": {"desktop": "https://example.com/pc"}}},
        {"type": "text", "text": "t", "action": {"type": "message", "text": "no label needed"}}
    ]));
    assert_eq!(
        paths(&c),
        ["body.contents[0].action.label", "body.contents[1].action"]
    );
}

#[test]
fn unknown_kinds_are_kept_and_broken_known_ones_reported() {
    let c = body(json!([
        {"type": "chart", "data": [1, 2, 3]},
        {"type": "filler", "flex": "one"}
    ]));
    let FlexContainer::Bubble(b) = &c else {
        panic!("bubble")
    };
    let contents = &b.body.as_ref().unwrap().contents;
    assert!(matches!(&contents[0], FlexComponent::Unknown(v) if v["data"] == json!([1, 2, 3])));
    assert_eq!(contents[0].kind(), "chart");
    assert_eq!(paths(&c), ["body.contents[1]"]);
    let back: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    assert_eq!(
        back["body"]["contents"][0],
        json!({"type": "chart", "data": [1, 2, 3]})
    );
}

#[test]
fn from_json_reports_where_it_failed() {
    // Not JSON: an error with its position.
    let err = FlexContainer::from_json("{\"type\": \"bubble\",\n \"body\": }").unwrap_err();
    assert_eq!(err.line, 2);
    assert!(
        err.to_string()
            .starts_with("flex JSON does not parse at line 2"),
        "{err}"
    );
    // JSON that breaks the schema of a known type is kept, and `validate` says what is wrong.
    let c = FlexContainer::from_json(r#"{"type": "bubble", "body": 3}"#).unwrap();
    let err = c.validate().unwrap_err();
    assert_eq!(err.paths(), [""]);
    assert!(
        err.to_string().contains("must be a well-formed `bubble`"),
        "{err}"
    );
}

#[test]
fn alt_text_is_checked() {
    let m = FlexMessage::new("", flex::bubble());
    assert_eq!(m.validate().unwrap_err().paths(), ["altText"]);
    let m = FlexMessage::new("a".repeat(1501), flex::bubble());
    assert_eq!(m.validate().unwrap_err().paths(), ["altText"]);
    assert!(
        FlexMessage::new("a".repeat(1500), flex::bubble())
            .validate()
            .is_ok()
    );
}
