//! The runtime validator closes the holes the type system leaves (objects built by hand, read
//! from JSON or converted from runtime data) and refuses nothing LINE's reference accepts. Every
//! input here is written for this test.

use linebot::action::{self, Action};
use linebot::lint::Lint;
use linebot::message::flex::component::FlexBox;
use linebot::message::flex::container::{Bubble, Carousel};
use linebot::message::flex::{self, FlexComponent, FlexContainer, FlexMessage};
use linebot::message::quick_reply::QuickReplyItemType;
use linebot::message::template::{ButtonsTemplate, Template, TemplateMessage};
use linebot::message::{Message, QuickReply, QuickReplyItem, TextMessage};
use linebot::richmenu::{RichMenu, RichMenuSize};
use linebot::validate::{Validate, ValidationError};
use serde_json::{Value, json};

fn errors(v: &impl Validate) -> Vec<String> {
    v.validate()
        .err()
        .map(|e| e.violations().iter().map(ToString::to_string).collect())
        .unwrap_or_default()
}

fn paths(v: &impl Validate) -> Vec<String> {
    v.validate()
        .err()
        .map(|e| e.paths().into_iter().map(str::to_owned).collect())
        .unwrap_or_default()
}

fn message(v: Value) -> Message {
    serde_json::from_value(v).unwrap()
}

/// A bubble whose body is a vertical box of `contents`.
fn body(contents: Value) -> FlexContainer {
    serde_json::from_value(
        json!({"type": "bubble", "body": {"type": "box", "layout": "vertical", "contents": contents}}),
    )
    .unwrap()
}

/// Reads, validates clean and writes back the same JSON value.
fn accepted<T: serde::de::DeserializeOwned + serde::Serialize + Validate>(v: Value) {
    let t: T = serde_json::from_value(v.clone()).unwrap();
    if let Err(e) = t.validate() {
        panic!("refused: {e}\n{v}");
    }
    assert_eq!(serde_json::to_value(&t).unwrap(), v);
}

fn item(action: Action) -> QuickReplyItem {
    QuickReplyItem {
        kind: QuickReplyItemType::Action,
        image_url: None,
        action,
    }
}

fn video_bubble() -> Bubble {
    flex::bubble()
        .hero(flex::video(
            "https://example.com/v.mp4",
            "https://example.com/v.png",
            flex::image("https://example.com/v.png"),
        ))
        .build()
}

// ------------------------------------------------------------------------------------------
// Holes
// ------------------------------------------------------------------------------------------

#[test]
fn empty_labels_and_display_texts_are_refused_where_line_requires_text() {
    let quick = TextMessage::new("Pick").quick_reply([QuickReplyItem::new(
        action::postback("d").label("").display_text(""),
    )]);
    assert_eq!(
        errors(&quick),
        [
            "quickReply.items[0].action.label: must not be empty (LINE rule V04)",
            "quickReply.items[0].action.displayText: must not be empty (LINE rule V06)",
        ]
    );
    let button = flex::bubble()
        .body(flex::vertical().push(flex::button(action::message("hi").label(""))))
        .build();
    assert_eq!(
        errors(&button),
        ["body.contents[0].action.label: must not be empty (LINE rule V04)"]
    );
}

#[test]
fn known_actions_held_as_unknown_get_every_placement_label_and_text_check() {
    let buttons = TemplateMessage {
        alt_text: "a".into(),
        template: Template::Buttons(ButtonsTemplate {
            thumbnail_image_url: None,
            image_aspect_ratio: None,
            image_size: None,
            image_background_color: None,
            title: None,
            text: "t".into(),
            default_action: None,
            actions: vec![
                Action::Unknown(json!({"type": "camera", "label": "Camera"})),
                Action::Unknown(json!({"type": "message", "text": "unlabeled"})),
            ],
        }),
        quick_reply: None,
        sender: None,
    };
    assert_eq!(
        paths(&buttons),
        ["template.actions[0]", "template.actions[1].label"]
    );
    let quick = TextMessage::new("Pick").quick_reply(QuickReply {
        items: vec![item(Action::Unknown(json!({
            "type": "postback", "label": "Buy", "data": "d", "displayText": "Buy", "text": "Buy"
        })))],
    });
    assert_eq!(paths(&quick), ["quickReply.items[0].action.text"]);
}

#[test]
fn known_messages_templates_and_components_held_as_unknown_are_checked_as_their_kind() {
    assert_eq!(
        paths(&Message::Unknown(json!({"type": "text", "text": ""}))),
        ["text"]
    );
    let template = Template::Unknown(json!({
        "type": "confirm", "text": "Sure?",
        "actions": [{"type": "message", "label": "Yes", "text": "yes"}]
    }));
    assert_eq!(paths(&template), ["actions"]);
    let mut body: FlexBox = serde_json::from_value(
        json!({"type": "box", "layout": "vertical", "contents": [{"type": "text", "text": "x"}]}),
    )
    .unwrap();
    // An icon, built by hand, in a vertical box: C13.
    body.contents.push(FlexComponent::Unknown(
        json!({"type": "icon", "url": "https://example.com/i.png"}),
    ));
    let bubble = FlexContainer::Bubble(Box::new(Bubble {
        body: Some(Box::new(body)),
        ..Bubble::default()
    }));
    assert_eq!(paths(&bubble), ["body.contents[1]"]);
}

#[test]
fn known_kinds_held_as_unknown_that_do_not_parse_or_differ_by_case_are_reported() {
    // A known kind that does not parse: serde's reason, naming the kind.
    assert_eq!(
        errors(&Message::Unknown(
            json!({"type": "sticker", "packageId": "1"})
        )),
        ["(root): must be a well-formed `sticker` message (missing field `stickerId`)"]
    );
    let c = body(json!([
        {"type": "box", "layout": "baseline", "contents": [{"type": "icon", "size": "sm"}]},
        {"type": "Text", "text": "x"},
    ]));
    assert_eq!(
        errors(&c),
        [
            "body.contents[0].contents[0]: must be a well-formed `icon` component (missing field `url`)",
            "body.contents[1].type: must be `text`: type names are case-sensitive, and `Text` is not a kind LINE knows",
        ]
    );
    let bubble = FlexContainer::Unknown(json!({"type": "Bubble"}));
    assert_eq!(
        errors(&bubble),
        [
            "type: must be `bubble`: type names are case-sensitive, and `Bubble` is not a kind LINE knows"
        ]
    );
    assert_eq!(
        errors(&Template::Unknown(json!({"type": "image_carousel"}))),
        ["(root): must be a well-formed image carousel template (missing field `columns`)"]
    );
    let imagemap = message(json!({
        "type": "imagemap", "baseUrl": "https://example.com/rm001", "altText": "menu",
        "baseSize": {"width": 1040, "height": 1040},
        "actions": [{"type": "uri", "area": {"x": 0, "y": 0, "width": 520, "height": 1040}}]
    }));
    assert_eq!(
        errors(&imagemap),
        ["actions[0]: must be a well-formed imagemap uri action (missing field `linkUri`)"]
    );
    // A kind LINE added later passes.
    assert!(errors(&Message::Unknown(json!({"type": "hologram"}))).is_empty());
    assert!(errors(&body(json!([{"type": "chart", "data": [1, 2]}]))).is_empty());
}

#[test]
fn a_video_bubble_in_a_carousel_is_refused_by_every_route() {
    // Built by hand from a finished bubble.
    let carousel = FlexContainer::Carousel(Carousel {
        contents: vec![video_bubble(), video_bubble()],
        ..Default::default()
    });
    let e: ValidationError = carousel.validate().unwrap_err();
    assert_eq!(e.paths(), ["contents[0].hero", "contents[1].hero"]);
    assert!(e.violations().iter().all(|v| v.rule() == Some("C16")));
    // Read from JSON, with the hero held as an unknown component and a small size.
    let json = json!({"type": "carousel", "contents": [{
        "type": "bubble", "size": "micro",
        "hero": {"type": "video", "url": "https://example.com/v.mp4",
                 "previewUrl": "https://example.com/v.png",
                 "altContent": {"type": "image", "url": "https://example.com/v.png"}}
    }]});
    let c: FlexContainer = serde_json::from_value(json).unwrap();
    assert_eq!(paths(&c), ["contents[0].size", "contents[0].hero"]);
    let mut hand = video_bubble();
    hand.hero = Some(FlexComponent::Unknown(
        serde_json::to_value(hand.hero.take().unwrap()).unwrap(),
    ));
    let in_carousel = FlexContainer::Carousel(Carousel {
        contents: vec![hand],
        ..Default::default()
    });
    assert_eq!(paths(&in_carousel), ["contents[0].hero"]);
}

#[test]
fn template_keywords_are_reported_but_kept() {
    let json = json!({"type": "template", "altText": "a", "template": {
        "type": "buttons", "thumbnailImageUrl": "https://example.com/a.png",
        "imageAspectRatio": "circle", "imageSize": "Cover", "text": "t",
        "actions": [{"type": "message", "label": "OK", "text": "ok"}]
    }});
    let m = message(json.clone());
    assert_eq!(
        errors(&m),
        [
            "template.imageAspectRatio: must be one of `rectangle`, `square`, not `circle` (LINE rule V38)",
            "template.imageSize: must be one of `cover`, `contain` (did you mean `cover`? values are case-sensitive) (LINE rule V38)",
        ]
    );
    assert_eq!(serde_json::to_value(&m).unwrap(), json);
    let carousel = message(json!({"type": "template", "altText": "a", "template": {
        "type": "carousel", "imageSize": "huge",
        "columns": [{"text": "t", "actions": [{"type": "message", "label": "OK", "text": "ok"}]}]
    }}));
    assert_eq!(paths(&carousel), ["template.imageSize"]);
}

#[test]
fn datetime_values_follow_their_mode_and_input_options_are_keywords() {
    let m = message(
        json!({"type": "text", "text": "x", "quickReply": {"items": [
            {"type": "action", "action": {"type": "datetimepicker", "label": "When", "data": "d",
                "mode": "DATE", "initial": "garbage"}},
            {"type": "action", "action": {"type": "postback", "label": "Go", "data": "d",
                "displayText": "Go", "inputOption": "bogus"}}
        ]}}),
    );
    assert_eq!(
        paths(&m),
        [
            "quickReply.items[0].action.mode",
            "quickReply.items[0].action.initial",
            "quickReply.items[1].action.inputOption",
        ]
    );
}

#[test]
fn rich_menu_size_follows_v39() {
    let menu = |w: u32, h: u32| {
        RichMenu::new(
            RichMenuSize {
                width: w,
                height: h,
            },
            "m",
            "Menu",
            [linebot::richmenu::RichMenuArea::new(
                linebot::richmenu::RichMenuBounds::new(0, 0, 100, 100),
                action::postback("a"),
            )],
        )
    };
    assert_eq!(
        errors(&menu(800, 800)),
        [
            "size.height: must be at most the width / 1.45 (the aspect ratio width / height is at least 1.45; 800x800 is 1.00) (LINE rule V39)"
        ]
    );
    assert!(menu(1450, 1000).validate().is_ok());
    assert_eq!(paths(&menu(1449, 1000)), ["size.height"]);
    assert!(menu(2500, 1686).validate().is_ok());
    assert!(menu(800, 250).validate().is_ok());
    assert_eq!(paths(&menu(2501, 843)), ["size.width"]);
    assert_eq!(paths(&menu(799, 250)), ["size.width"]);
    assert_eq!(paths(&menu(2500, 249)), ["size.height"]);
}

#[test]
fn a_type_differing_from_a_known_one_only_by_case_is_named() {
    let m = message(
        json!({"type": "text", "text": "x", "quickReply": {"items": [
            {"type": "action", "action": {"type": "Postback", "label": "Buy", "data": "d"}}
        ]}}),
    );
    let e = errors(&m);
    assert_eq!(e.len(), 1);
    assert!(
        e[0].starts_with(
            "quickReply.items[0].action.type: must be `postback`: type names are case-sensitive"
        ),
        "{e:?}"
    );
    assert_eq!(
        paths(&message(json!({"type": "Text", "text": "x"}))),
        ["type"]
    );
    let c: FlexContainer = serde_json::from_value(json!({"type": "bubble", "body": {
        "type": "box", "layout": "vertical", "contents": [{"type": "Text", "text": "x"}]}}))
    .unwrap();
    assert_eq!(paths(&c), ["body.contents[0].type"]);
    // A kind LINE may add later still passes.
    let c: FlexContainer = serde_json::from_value(json!({"type": "bubble", "body": {
        "type": "box", "layout": "vertical", "contents": [{"type": "chart", "data": [1]}]}}))
    .unwrap();
    assert!(c.validate().is_ok());
}

// ------------------------------------------------------------------------------------------
// No false refusals
// ------------------------------------------------------------------------------------------

#[test]
fn flex_labels_hold_40_characters_and_templates_20() {
    // 22 characters, as in LINE's own flex documentation.
    let label = "Tap here to see photos";
    let bubble = flex::bubble()
        .body(flex::vertical().push(flex::button(
            action::uri("https://example.com").label(label),
        )))
        .build();
    assert!(bubble.validate().is_ok());
    let long = "a".repeat(41);
    let bubble = flex::bubble()
        .body(flex::vertical().push(flex::button(
            action::uri("https://example.com").label(long.as_str()),
        )))
        .build();
    assert_eq!(paths(&bubble), ["body.contents[0].action.label"]);
    let template = message(json!({"type": "template", "altText": "a", "template": {
        "type": "confirm", "text": "t", "actions": [
            {"type": "message", "label": label, "text": "a"},
            {"type": "message", "label": "No", "text": "b"}]}}));
    assert_eq!(paths(&template), ["template.actions[0].label"]);
}

#[test]
fn negative_offsets_and_zero_paddings_are_accepted() {
    accepted::<FlexContainer>(json!({"type": "bubble", "body": {
    "type": "box", "layout": "vertical", "paddingAll": "0px", "spacing": "0px",
    "contents": [
        {"type": "text", "text": "x", "offsetTop": "-2px", "offsetStart": "-10%",
         "margin": "0px"},
        {"type": "box", "layout": "baseline", "offsetEnd": "-1.5px", "contents": [
            {"type": "icon", "url": "https://example.com/i.png", "offsetBottom": "-3px"}]}
    ]}}));
    // Paddings and margins stay positive.
    let c: FlexContainer = serde_json::from_value(json!({"type": "bubble", "body": {
        "type": "box", "layout": "vertical", "paddingAll": "-2px",
        "contents": [{"type": "text", "text": "x", "margin": "-1px"}]}}))
    .unwrap();
    assert_eq!(paths(&c), ["body.contents[0].margin", "body.paddingAll"]);
}

#[test]
fn quick_reply_postbacks_and_alt_uris_pass_with_a_warning() {
    let m: Message = TextMessage::new("Pick")
        .quick_reply(QuickReply {
            items: vec![
                item(Action::from(linebot::action::PostbackAction {
                    label: Some("Buy".into()),
                    data: "buy".into(),
                    ..Default::default()
                })),
                item(Action::from(linebot::action::UriAction {
                    label: Some("Web".into()),
                    uri: "https://example.com".into(),
                    alt_uri: Some(linebot::action::AltUri {
                        desktop: "https://example.com/pc".into(),
                    }),
                })),
            ],
        })
        .into();
    assert!(m.validate().is_ok());
    let rules: Vec<_> = m.lint().iter().map(|w| w.rule()).collect();
    assert_eq!(rules, ["C19", "C21"]);
}

#[test]
fn grapheme_counted_texts_accept_what_utf16_would_refuse() {
    // 300 emoji: 600 UTF-16 code units, 300 characters as LINE counts displayText (V06).
    let text = "🍎".repeat(300);
    let m = TextMessage::new("Pick").quick_reply([QuickReplyItem::new(
        action::postback("d")
            .label("Buy")
            .display_text(text.as_str()),
    )]);
    assert!(m.validate().is_ok());
    let flex_message = FlexMessage::new("a", video_bubble());
    assert!(flex_message.validate().is_ok());
}

// ------------------------------------------------------------------------------------------
// Rules V23 onward
// ------------------------------------------------------------------------------------------

#[test]
fn v23_imagemap_labels_hold_100_utf16_units() {
    let imagemap = |label: &str| {
        message(
            json!({"type": "imagemap", "baseUrl": "https://example.com/map",
            "altText": "a", "baseSize": {"width": 1040, "height": 1040},
            "actions": [{"type": "message", "label": label, "text": "hi",
                "area": {"x": 0, "y": 0, "width": 520, "height": 1040}}]}),
        )
    };
    assert!(imagemap(&"a".repeat(100)).validate().is_ok());
    assert_eq!(
        errors(&imagemap(&"🍎".repeat(51))),
        ["actions[0].label: must be at most 100 UTF-16 code units, found 102 (LINE rule V23)"]
    );
}

#[test]
fn v25_text_v2_placeholders_keys_and_counts() {
    let v2 = |text: &str, substitution: Value| {
        message(json!({"type": "textV2", "text": text, "substitution": substitution}))
    };
    let everyone = json!({"type": "mention", "mentionee": {"type": "all"}});
    assert!(
        v2("Hi {all}, {{literal}} braces", json!({"all": everyone}))
            .validate()
            .is_ok()
    );
    assert_eq!(paths(&v2("Hi {nobody}", json!({}))), ["text"]);
    assert_eq!(paths(&v2("Hi {all", json!({"all": everyone}))), ["text"]);
    assert_eq!(paths(&v2("Hi all}", json!({}))), ["text"]);
    assert_eq!(
        paths(&v2("{bad-key}", json!({"bad-key": everyone}))),
        ["substitution.bad-key"]
    );
    let mentions: serde_json::Map<String, Value> = (0..21)
        .map(|i| (format!("m{i}"), everyone.clone()))
        .collect();
    let text: String = (0..21).map(|i| format!("{{m{i}}}")).collect();
    assert_eq!(
        errors(&v2(&text, Value::Object(mentions))),
        ["substitution: must be at most 20 mentions, not 21 (LINE rule V25)"]
    );
}

#[test]
fn v26_v30_mentions_and_quote_tokens_only_in_reply_and_push() {
    use linebot::message::{BroadcastRequest, PushMessageRequest};
    let mention = json!({"type": "textV2", "text": "{all}", "substitution": {
        "all": {"type": "mention", "mentionee": {"type": "all"}}}});
    let quoted = json!({"type": "text", "text": "Yes", "quoteToken": "q"});
    let broadcast: BroadcastRequest =
        serde_json::from_value(json!({"messages": [mention, quoted]})).unwrap();
    let e = broadcast.validate().unwrap_err();
    assert_eq!(
        e.paths(),
        ["messages[0].substitution.all", "messages[1].quoteToken"]
    );
    let push: PushMessageRequest =
        serde_json::from_value(json!({"to": "C1", "messages": [mention, quoted]})).unwrap();
    assert!(push.validate().is_ok());
}

#[test]
fn v28_tracking_ids_not_to_group_chats() {
    use linebot::message::PushMessageRequest;
    let video = json!({"type": "video", "originalContentUrl": "https://example.com/v.mp4",
        "previewImageUrl": "https://example.com/v.png", "trackingId": "track-1"});
    let to = |id: &str| -> PushMessageRequest {
        serde_json::from_value(json!({"to": id, "messages": [video]})).unwrap()
    };
    assert!(to("U4af4980629").validate().is_ok());
    assert_eq!(paths(&to("Ca56f94637c")), ["messages[0].trackingId"]);
    assert_eq!(paths(&to("R1234")), ["messages[0].trackingId"]);
}

#[test]
fn v29_delivery_tag_characters() {
    let coupon =
        |tag: &str| message(json!({"type": "coupon", "couponId": "c1", "deliveryTag": tag}));
    assert!(coupon("spring_sale_2025").validate().is_ok());
    assert_eq!(paths(&coupon("spring-sale")), ["deliveryTag"]);
}

#[test]
fn v31_bubble_widths_separators_and_json_size() {
    let c: FlexContainer = serde_json::from_value(json!({"type": "carousel", "contents": [
        {"type": "bubble", "body": {"type": "box", "layout": "vertical", "contents": []}},
        {"type": "bubble", "size": "mega", "body": {"type": "box", "layout": "vertical", "contents": []}},
        {"type": "bubble", "size": "kilo", "body": {"type": "box", "layout": "vertical", "contents": []}}
    ]}))
    .unwrap();
    assert_eq!(paths(&c), ["contents[2].size"]);
    let separated: FlexContainer = serde_json::from_value(json!({"type": "bubble",
        "body": {"type": "box", "layout": "vertical", "contents": []},
        "footer": {"type": "box", "layout": "vertical", "contents": []},
        "styles": {"body": {"separator": true}, "footer": {"separator": true}}}))
    .unwrap();
    assert_eq!(paths(&separated), ["styles.body.separator"]);
    let texts: Vec<Value> = (0..400)
        .map(|_| json!({"type": "text", "text": "x".repeat(80)}))
        .collect();
    let big: FlexContainer = serde_json::from_value(json!({"type": "bubble",
        "body": {"type": "box", "layout": "vertical", "contents": texts}}))
    .unwrap();
    let e = errors(&big);
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(
        e[0].starts_with("(root): must be at most 30720 bytes of JSON"),
        "{e:?}"
    );
}

#[test]
fn v31_a_bubble_is_measured_as_sent_with_its_type() {
    // One text whose length is chosen so that the bubble's whole JSON, `"type":"bubble"`
    // included, is exactly 30 KB; one byte more is over.
    let bubble = |text_len: usize| -> FlexContainer {
        serde_json::from_value(json!({"type": "bubble",
            "body": {"type": "box", "layout": "vertical",
                "contents": [{"type": "text", "text": "x".repeat(text_len)}]}}))
        .unwrap()
    };
    let overhead = serde_json::to_vec(&bubble(0)).unwrap().len();
    let at_limit = bubble(linebot::limits::FLEX_BUBBLE_JSON_MAX_BYTES - overhead);
    assert_eq!(
        serde_json::to_vec(&at_limit).unwrap().len(),
        linebot::limits::FLEX_BUBBLE_JSON_MAX_BYTES
    );
    assert!(errors(&at_limit).is_empty(), "{:?}", errors(&at_limit));
    let over = bubble(linebot::limits::FLEX_BUBBLE_JSON_MAX_BYTES - overhead + 1);
    assert_eq!(
        errors(&over),
        ["(root): must be at most 30720 bytes of JSON (30 KB), not 30721 (LINE rule V31)"]
    );
}

#[test]
fn v35_a_video_action_is_a_uri_action() {
    let bubble = |action: Value| -> FlexContainer {
        serde_json::from_value(json!({"type": "bubble", "hero": {"type": "video",
            "url": "https://example.com/v.mp4", "previewUrl": "https://example.com/v.png",
            "altContent": {"type": "image", "url": "https://example.com/v.png"},
            "action": action}}))
        .unwrap()
    };
    assert!(
        bubble(json!({"type": "uri", "label": "More", "uri": "https://example.com"}))
            .validate()
            .is_ok()
    );
    assert_eq!(
        paths(&bubble(
            json!({"type": "message", "label": "More", "text": "more"})
        )),
        ["hero.action"]
    );
}

#[test]
fn v41_narrowcast_audiences_and_age_filters() {
    use linebot::message::NarrowcastRequest;
    let audiences: Vec<Value> = (0..11)
        .map(|i| json!({"type": "audience", "audienceGroupId": i}))
        .collect();
    let n: NarrowcastRequest = serde_json::from_value(json!({
        "messages": [{"type": "text", "text": "x"}],
        "recipient": {"type": "operator", "or": audiences},
        "filter": {"demographic": {"type": "age"}}
    }))
    .unwrap();
    assert_eq!(paths(&n), ["recipient", "filter.demographic"]);
}

#[test]
fn other_unknowns_built_by_hand_pass_when_well_formed_and_are_checked_as_their_kind() {
    use linebot::message::NarrowcastRequest;
    use linebot::message::imagemap::{ImagemapAction, ImagemapMessage};
    use linebot::message::narrowcast::Recipient;
    use linebot::message::text::{Substitution, TextMessageV2};

    let mut imagemap: ImagemapMessage = serde_json::from_value(json!({"type": "imagemap",
        "baseUrl": "https://example.com/map", "altText": "a",
        "baseSize": {"width": 1040, "height": 1040}, "actions": []}))
    .unwrap();
    let area = json!({"x": 0, "y": 0, "width": 520, "height": 1040});
    imagemap.actions = vec![
        ImagemapAction::Unknown(json!({"type": "message", "text": "hi", "area": area})),
        ImagemapAction::Unknown(json!({"type": "message", "text": "", "area": area})),
        ImagemapAction::Unknown(
            json!({"type": "Uri", "linkUri": "https://example.com", "area": area}),
        ),
    ];
    assert_eq!(paths(&imagemap), ["actions[1].text", "actions[2].type"]);

    let mut narrowcast: NarrowcastRequest = serde_json::from_value(json!({
        "messages": [{"type": "text", "text": "x"}]}))
    .unwrap();
    narrowcast.recipient = Some(Recipient::Unknown(
        json!({"type": "audience", "audienceGroupId": 1}),
    ));
    assert!(narrowcast.validate().is_ok(), "{:?}", narrowcast.validate());

    let mut v2: TextMessageV2 =
        serde_json::from_value(json!({"type": "textV2", "text": "Hi {u}"})).unwrap();
    v2.substitution.insert(
        "u".into(),
        Substitution::Unknown(
            json!({"type": "mention", "mentionee": {"type": "user", "userId": ""}}),
        ),
    );
    assert_eq!(paths(&v2), ["substitution.u.mentionee.userId"]);
}

#[test]
fn a_flex_keyword_differing_only_by_case_names_the_keyword() {
    let c: FlexContainer = serde_json::from_value(json!({"type": "bubble", "body": {
        "type": "box", "layout": "Vertical", "contents": [
            {"type": "text", "text": "x", "weight": "BOLD", "size": "XL"}]}}))
    .unwrap();
    let e = errors(&c);
    assert_eq!(e.len(), 3, "{e:?}");
    assert!(
        e[0].starts_with(
            "body.layout: must be one of horizontal, vertical, baseline (did you mean `vertical`?"
        ),
        "{e:?}"
    );
    assert!(
        e[1].starts_with("body.contents[0].size: must be one of"),
        "{e:?}"
    );
    assert!(e[1].contains("did you mean `xl`?"), "{e:?}");
    assert!(e[2].contains("did you mean `bold`?"), "{e:?}");
    // Unchanged on the wire.
    assert_eq!(
        serde_json::to_value(&c).unwrap()["body"]["layout"],
        "Vertical"
    );
}

#[test]
fn v33_gradient_angles_and_center_positions_stay_in_range() {
    let gradient = |angle: &str, center: &str| -> FlexContainer {
        serde_json::from_value(json!({"type": "bubble", "body": {"type": "box",
            "layout": "vertical", "contents": [], "background": {"type": "linearGradient",
            "angle": angle, "startColor": "#000000", "endColor": "#ffffff",
            "centerColor": "#888888", "centerPosition": center}}}))
        .unwrap()
    };
    assert!(gradient("0deg", "0%").validate().is_ok());
    assert!(gradient("359.9deg", "100%").validate().is_ok());
    assert_eq!(
        paths(&gradient("360deg", "100.5%")),
        ["body.background.angle", "body.background.centerPosition"]
    );
}

#[test]
fn v33_an_icon_size_is_not_a_percentage() {
    let icon = |size: &str| -> FlexContainer {
        serde_json::from_value(json!({"type": "bubble", "body": {"type": "box",
            "layout": "baseline", "contents": [
                {"type": "icon", "url": "https://example.com/i.png", "size": size}]}}))
        .unwrap()
    };
    assert!(icon("23.5px").validate().is_ok());
    assert!(icon("3xl").validate().is_ok());
    assert_eq!(paths(&icon("50%")), ["body.contents[0].size"]);
}
