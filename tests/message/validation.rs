//! Boundary tests for the runtime rules of messages, quick replies and request bodies: at the
//! limit passes, one past fails with the exact JSON path LINE would name.

use linebot::action::{self, DatetimeMode};
use linebot::lint::Lint;
use linebot::message::narrowcast::{Age, DemographicFilter, Limit, Recipient};
use linebot::message::{
    AudioMessage, CouponMessage, ImageMessage, LocationMessage, Message, MulticastRequest,
    NarrowcastRequest, PushMessageRequest, QuickReply, QuickReplyItem, ReplyMessageRequest, Sender,
    StickerMessage, TextMessage, TextMessageV2, VideoMessage,
};
use linebot::validate::{Validate, ViolationKind};

use crate::support::paths;

fn https(len: usize) -> String {
    let prefix = "https://example.com/";
    format!("{prefix}{}", "a".repeat(len - prefix.len()))
}

/// A message carrying one quick reply button, the subject of the action rules.
fn on_quick_reply(item: QuickReplyItem) -> TextMessage {
    TextMessage::new("Pick").quick_reply([item])
}

#[test]
fn v01_text_length_in_utf16_code_units() {
    assert!(paths(&TextMessage::new("a".repeat(5000))).is_empty());
    assert_eq!(paths(&TextMessage::new("a".repeat(5001))), ["text"]);
    // 🍎 is 2 UTF-16 code units.
    assert!(paths(&TextMessage::new("🍎".repeat(2500))).is_empty());
    assert_eq!(
        paths(&TextMessage::new(format!("{}a", "🍎".repeat(2500)))),
        ["text"]
    );
    assert_eq!(paths(&TextMessage::new("")), ["text"]);
    assert!(paths(&TextMessageV2::new("a".repeat(5000))).is_empty());
    assert_eq!(paths(&TextMessageV2::new("a".repeat(5001))), ["text"]);
    let err = TextMessage::new("a".repeat(5001)).validate().unwrap_err();
    assert!(matches!(
        err.violations()[0].kind(),
        ViolationKind::TooLong {
            max: 5000,
            actual: 5001,
            ..
        }
    ));
}

#[test]
fn v02_at_most_20_emojis_each_on_a_dollar() {
    let with = |n: usize| {
        (0..n).fold(TextMessage::new("$".repeat(n)), |m, i| {
            m.emoji(i, "5ac1bfd5040ab15980c9b435", "001")
        })
    };
    assert!(paths(&with(20)).is_empty());
    assert_eq!(paths(&with(21)), ["emojis"]);
    // The index counts UTF-16 code units: after 🍎 the `$` is at 2.
    let m = TextMessage::new("🍎$").emoji(2, "p", "e");
    assert!(paths(&m).is_empty());
    let m = TextMessage::new("🍎$").emoji(1, "p", "");
    assert_eq!(paths(&m), ["emojis[0].index", "emojis[0].emojiId"]);
}

#[test]
fn text_v2_substitutions() {
    let m = TextMessageV2::new("{a} {b}")
        .mention_user("a", "")
        .emoji("b", "", "001");
    assert_eq!(
        paths(&m),
        [
            "substitution.a.mentionee.userId",
            "substitution.b.productId"
        ]
    );
}

#[test]
fn v05_v06_postback_data_and_texts_on_quick_reply() {
    let ok = action::postback("d".repeat(300))
        .label("Go")
        .display_text("t".repeat(300));
    assert!(paths(&on_quick_reply(QuickReplyItem::new(ok))).is_empty());
    let bad = action::postback("d".repeat(301))
        .label("Go")
        .display_text("t".repeat(301));
    assert_eq!(
        paths(&on_quick_reply(QuickReplyItem::new(bad))),
        [
            "quickReply.items[0].action.data",
            "quickReply.items[0].action.displayText"
        ]
    );
    let fill = |n| {
        action::postback("d")
            .label("Go")
            .display_text("t")
            .open_keyboard()
            .fill_in_text("f".repeat(n))
    };
    assert!(paths(&on_quick_reply(QuickReplyItem::new(fill(300)))).is_empty());
    assert_eq!(
        paths(&on_quick_reply(QuickReplyItem::new(fill(301)))),
        ["quickReply.items[0].action.fillInText"]
    );
    let msg = |n| QuickReplyItem::new(action::message("m".repeat(n)).label("Say"));
    assert!(paths(&on_quick_reply(msg(300))).is_empty());
    assert_eq!(
        paths(&on_quick_reply(msg(301))),
        ["quickReply.items[0].action.text"]
    );
}

#[test]
fn v07_uri_action() {
    let item = |u: String| QuickReplyItem::new(action::uri(u).label("Open"));
    assert!(paths(&on_quick_reply(item(https(1000)))).is_empty());
    assert_eq!(
        paths(&on_quick_reply(item(https(1001)))),
        ["quickReply.items[0].action.uri"]
    );
    assert_eq!(
        paths(&on_quick_reply(item("ftp://example.com".into()))),
        ["quickReply.items[0].action.uri"]
    );
    assert!(paths(&on_quick_reply(item("tel:0312345678".into()))).is_empty());
}

#[test]
fn v09_media_urls_are_https_up_to_2000() {
    assert!(paths(&ImageMessage::new(https(2000), https(2000))).is_empty());
    assert_eq!(
        paths(&ImageMessage::new(https(2001), "http://example.com/p.jpg")),
        ["originalContentUrl", "previewImageUrl"]
    );
    assert!(paths(&VideoMessage::new(https(2000), https(2000))).is_empty());
    assert_eq!(
        paths(&VideoMessage::new(https(2000), https(2001))),
        ["previewImageUrl"]
    );
    assert!(paths(&AudioMessage::new(https(2000), 1)).is_empty());
    assert_eq!(
        paths(&AudioMessage::new(https(2001), 0)),
        ["originalContentUrl", "duration"]
    );
    let icon = |u: String| QuickReplyItem::new(action::camera().label("Camera")).image_url(u);
    assert!(paths(&on_quick_reply(icon(https(2000)))).is_empty());
    assert_eq!(
        paths(&on_quick_reply(icon(https(2001)))),
        ["quickReply.items[0].imageUrl"]
    );
}

#[test]
fn video_tracking_id() {
    let v = |id: String| VideoMessage::new(https(30), https(30)).tracking_id(id);
    assert!(paths(&v("a".repeat(100))).is_empty());
    assert_eq!(paths(&v("a".repeat(101))), ["trackingId"]);
    assert_eq!(paths(&v("a b".into())), ["trackingId"]);
}

#[test]
fn v10_sender() {
    let s = |name: String| StickerMessage::new("446", "1988").sender(Sender::new().name(name));
    assert!(paths(&s("a".repeat(20))).is_empty());
    assert_eq!(paths(&s("a".repeat(21))), ["sender.name"]);
    assert_eq!(paths(&s("LINE Bot".into())), ["sender.name"]);
    let icon = |u: String| CouponMessage::new("c").sender(Sender::new().icon_url(u));
    assert!(paths(&icon(https(2000))).is_empty());
    assert_eq!(paths(&icon(https(2001))), ["sender.iconUrl"]);
}

#[test]
fn v11_location_title_and_address() {
    let l = |t: usize, a: usize| LocationMessage::new("t".repeat(t), "a".repeat(a), 35.0, 139.0);
    assert!(paths(&l(100, 100)).is_empty());
    assert_eq!(paths(&l(101, 101)), ["title", "address"]);
    assert_eq!(paths(&l(0, 1)), ["title"]);
    assert_eq!(
        paths(&LocationMessage::new("t", "a", 91.0, -181.0)),
        ["latitude", "longitude"]
    );
}

#[test]
fn v12_clipboard_text() {
    let c = |n| QuickReplyItem::new(action::clipboard("c".repeat(n)).label("Copy"));
    assert!(paths(&on_quick_reply(c(1000))).is_empty());
    assert_eq!(
        paths(&on_quick_reply(c(1001))),
        ["quickReply.items[0].action.clipboardText"]
    );
    assert_eq!(
        paths(&on_quick_reply(c(0))),
        ["quickReply.items[0].action.clipboardText"]
    );
}

#[test]
fn v16_datetime_picker_values() {
    let d = |initial: &str, min: &str, max: &str| {
        QuickReplyItem::new(
            action::datetime_picker("d", DatetimeMode::Date)
                .label("Pick")
                .initial(initial)
                .min(min)
                .max(max),
        )
    };
    assert!(paths(&on_quick_reply(d("2000-01-01", "1900-01-01", "2100-12-31"))).is_empty());
    assert_eq!(
        paths(&on_quick_reply(d("2000-01-01", "1899-12-31", "2101-01-01"))),
        [
            "quickReply.items[0].action.min",
            "quickReply.items[0].action.max"
        ]
    );
    assert_eq!(
        paths(&on_quick_reply(d("2000-01-01", "2001-01-01", "2000-06-01"))),
        ["quickReply.items[0].action.max"]
    );
    // LINE states no rule on where `initial` lies between `min` and `max`.
    assert!(paths(&on_quick_reply(d("1999-01-01", "2000-01-01", "2000-06-01"))).is_empty());
}

#[test]
fn coupon_delivery_tag() {
    assert!(paths(&CouponMessage::new("c").delivery_tag("t".repeat(30))).is_empty());
    assert_eq!(
        paths(&CouponMessage::new("c").delivery_tag("t".repeat(31))),
        ["deliveryTag"]
    );
    assert_eq!(paths(&CouponMessage::new("")), ["couponId"]);
}

#[test]
fn request_paths_name_the_message_and_the_button() {
    let items: [QuickReplyItem; 4] = std::array::from_fn(|i| {
        let label = if i == 3 { "l".repeat(21) } else { "ok".into() };
        QuickReplyItem::new(action::message("m").label(label))
    });
    let request = ReplyMessageRequest::new(
        "token",
        [
            TextMessage::new("first"),
            TextMessage::new("second").quick_reply(items),
        ],
    );
    assert_eq!(
        paths(&request),
        ["messages[1].quickReply.items[3].action.label"]
    );
    let labels = |n: usize| QuickReplyItem::new(action::message("m").label("l".repeat(n)));
    assert!(paths(&on_quick_reply(labels(20))).is_empty());
    assert_eq!(
        paths(&on_quick_reply(labels(21))),
        ["quickReply.items[0].action.label"]
    );
    assert_eq!(
        paths(&PushMessageRequest::new("", [TextMessage::new("x")])),
        ["to"]
    );
}

#[test]
fn v18_multicast_to_1_to_500() {
    let m = |n: usize| MulticastRequest::new(vec!["U4af4980629"; n], [TextMessage::new("x")]);
    assert!(paths(&m(500)).is_empty());
    assert!(paths(&m(1)).is_empty());
    assert_eq!(paths(&m(501)), ["to"]);
    assert_eq!(paths(&m(0)), ["to"]);
    let units = MulticastRequest::new(["U1"], [TextMessage::new("x")])
        .custom_aggregation_units(["bad unit!"]);
    assert_eq!(paths(&units), ["customAggregationUnits[0]"]);
}

#[test]
fn v21_narrowcast_limit_and_operators() {
    let n = |limit: Limit| NarrowcastRequest::new([TextMessage::new("x")]).limit(limit);
    assert!(paths(&n(Limit::max(1))).is_empty());
    assert!(paths(&n(Limit::max(1).forbid_partial_delivery())).is_empty());
    assert_eq!(paths(&n(Limit::max(0))), ["limit.max"]);
    let mut forbid_only = Limit::new();
    forbid_only.forbid_partial_delivery = Some(true);
    assert_eq!(paths(&n(forbid_only)), ["limit.forbidPartialDelivery"]);
    let bad = NarrowcastRequest::new([TextMessage::new("x")])
        .recipient(Recipient::and([]))
        .filter(DemographicFilter::not(DemographicFilter::age(
            Some(Age::Age40),
            Some(Age::Age20),
        )));
    assert_eq!(paths(&bad), ["recipient.and", "filter.demographic.not.lt"]);
}

#[test]
fn deserialized_requests_get_the_count_and_context_rules() {
    let text = serde_json::json!({"type": "text", "text": "x"});
    let six: ReplyMessageRequest = serde_json::from_value(serde_json::json!({
        "replyToken": "t", "messages": [text, text, text, text, text, text]
    }))
    .unwrap();
    assert_eq!(paths(&six), ["messages"]);
    let five: ReplyMessageRequest = serde_json::from_value(serde_json::json!({
        "replyToken": "t", "messages": [text, text, text, text, text]
    }))
    .unwrap();
    assert!(paths(&five).is_empty());
    let none: ReplyMessageRequest =
        serde_json::from_value(serde_json::json!({"replyToken": "t", "messages": []})).unwrap();
    assert_eq!(paths(&none), ["messages"]);

    let item =
        serde_json::json!({"type": "action", "action": {"type": "camera", "label": "Camera"}});
    let with_items = |n: usize| -> Message {
        serde_json::from_value(serde_json::json!({
            "type": "text", "text": "x", "quickReply": {"items": vec![item.clone(); n]}
        }))
        .unwrap()
    };
    assert!(paths(&with_items(13)).is_empty());
    assert_eq!(paths(&with_items(14)), ["quickReply.items"]);
    assert_eq!(paths(&with_items(0)), ["quickReply.items"]);

    // Actions read from JSON are held to the quick reply placement rules.
    let message: Message = serde_json::from_value(serde_json::json!({
        "type": "text", "text": "x", "quickReply": {"items": [
            {"type": "action", "action": {"type": "camera", "label": "Camera"}},
            {"type": "action", "action": {"type": "richmenuswitch", "label": "Switch", "richMenuAliasId": "menu-b", "data": "b"}},
            {"type": "action", "action": {"type": "postback", "label": "Buy", "data": "buy"}},
            {"type": "action", "action": {"type": "uri", "label": "Open", "uri": "https://example.com", "altUri": {"desktop": "https://example.com/pc"}}},
            {"type": "action", "action": {"type": "postback", "label": "Find", "data": "f", "displayText": "Find", "fillInText": "x"}},
            {"type": "action", "action": {"type": "message", "text": "no label"}}
        ]}
    }))
    .unwrap();
    assert_eq!(
        paths(&message),
        [
            "quickReply.items[1].action",
            "quickReply.items[4].action.fillInText",
            "quickReply.items[5].action.label",
        ]
    );
    // A quick reply postback without `displayText` and an `altUri` on a quick reply are not
    // refusals (LINE accepts both): the lint pass notes them.
    let warnings: Vec<_> = message.lint().iter().map(|w| w.path().to_owned()).collect();
    assert_eq!(
        warnings,
        [
            "quickReply.items[2].action.displayText",
            "quickReply.items[3].action.altUri",
        ]
    );
}

#[test]
fn every_violation_is_reported_at_once() {
    let request = PushMessageRequest::new(
        "U1",
        [
            Message::from(TextMessage::new("")),
            LocationMessage::new("", "", 0.0, 0.0).into(),
            ImageMessage::new("http://a", "ftp://b").into(),
        ],
    );
    assert_eq!(
        paths(&request),
        [
            "messages[0].text",
            "messages[1].title",
            "messages[1].address",
            "messages[2].originalContentUrl",
            "messages[2].previewImageUrl"
        ]
    );
    let _ = QuickReply::new([QuickReplyItem::new(action::camera().label("c"))]);
}

#[test]
fn malformed_known_kinds_read_from_json_are_reported() {
    // `{"type":"text"}` lacks `text`: serde keeps it as `Message::Unknown`, and validation
    // names it instead of letting it pass as a kind from the future.
    let request: ReplyMessageRequest = serde_json::from_value(serde_json::json!({
        "replyToken": "t",
        "messages": [
            {"type": "text"},
            {"type": "hologram", "url": "https://example.com/h"},
            {"type": "text", "text": "x", "quickReply": {"items": [
                {"type": "action", "action": {"type": "postback", "label": "no data"}},
                {"type": "action", "action": {"type": "teleport", "label": "new kind"}}
            ]}},
            {"type": "textV2", "text": "{a}{b}", "substitution": {
                "a": {"type": "mention"}, "b": {"type": "mention", "mentionee": {"type": "user"}}
            }}
        ]
    }))
    .unwrap();
    assert!(matches!(request.messages[0], Message::Unknown(_)));
    assert_eq!(
        paths(&request),
        [
            "messages[0]",
            "messages[2].quickReply.items[0].action",
            "messages[3].substitution.a",
            "messages[3].substitution.b.mentionee"
        ]
    );
    let narrowcast: NarrowcastRequest = serde_json::from_value(serde_json::json!({
        "messages": [{"type": "text", "text": "x"}],
        "recipient": {"type": "audience"},
        "filter": {"demographic": {"type": "age", "gte": 20}}
    }))
    .unwrap();
    assert_eq!(paths(&narrowcast), ["recipient", "filter.demographic"]);
}
