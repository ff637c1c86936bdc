//! Wire JSON of every message kind, action kind, quick reply, sender and request body this
//! crate builds: exact strings pinned with insta, round trips, and unknown values kept.

use linebot::action::{self, Action, AltUri, DatetimeMode, InputOption, PostbackAction, UriAction};
use linebot::message::narrowcast::{
    Age, AppType, Area, DemographicFilter, Gender, Limit, Recipient, SubscriptionPeriod,
};
use linebot::message::{
    AudioMessage, BroadcastRequest, CouponMessage, ImageMessage, LocationMessage, Message,
    Messages, MulticastRequest, NarrowcastRequest, PnpMessagesRequest, PushMessageRequest,
    QuickReply, QuickReplyItem, ReplyMessageRequest, Sender, StickerMessage, TextMessage,
    TextMessageV2, ValidateMessageRequest, VideoMessage,
};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::support::{round_trip, wire};

/// JSON that must deserialize and serialize back unchanged. Compared as parsed JSON: unknown
/// objects are kept as `serde_json::Value`, whose maps sort their keys.
fn unchanged<T: Serialize + DeserializeOwned>(json: &str) -> T {
    let value: T = serde_json::from_str(json).unwrap();
    let back: serde_json::Value = serde_json::from_str(&wire(&value)).unwrap();
    let original: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(back, original);
    value
}

fn quick_reply() -> QuickReply {
    QuickReply::builder()
        .item(
            QuickReplyItem::new(action::message("Sushi").label("Sushi"))
                .image_url("https://example.com/sushi.png"),
        )
        .action(action::camera().label("Camera"))
        .action(
            action::postback("rate=5")
                .label("Rate")
                .display_text("Five stars"),
        )
        .build()
}

fn sender() -> Sender {
    Sender::new()
        .name("Cony")
        .icon_url("https://example.com/cony.png")
}

fn snap(name: &str, message: impl Into<Message>) {
    let message: Message = message.into();
    insta::assert_snapshot!(name, round_trip(&message));
}

#[test]
fn text_messages() {
    snap("text_minimal", TextMessage::new("Hello, world"));
    snap(
        "text_full",
        TextMessage::new("$ Hello $")
            .emoji(0, "5ac1bfd5040ab15980c9b435", "001")
            .emoji(8, "5ac1bfd5040ab15980c9b435", "002")
            .quote_token("q3Plxr4AgKd...")
            .quick_reply(quick_reply())
            .sender(sender()),
    );
    snap("text_v2_minimal", TextMessageV2::new("Hello"));
    snap(
        "text_v2_full",
        TextMessageV2::new("Welcome, {user}! {everyone} {smile}")
            .mention_user("user", "U4af4980629")
            .mention_all("everyone")
            .emoji("smile", "5ac1bfd5040ab15980c9b435", "002")
            .quote_token("q3Plxr4AgKd...")
            .quick_reply(quick_reply())
            .sender(sender()),
    );
}

#[test]
fn sticker_and_media_messages() {
    snap("sticker_minimal", StickerMessage::new("446", "1988"));
    snap(
        "sticker_full",
        StickerMessage::new("446", "1988")
            .quote_token("q3Plxr4AgKd...")
            .quick_reply(quick_reply())
            .sender(sender()),
    );
    snap(
        "image_minimal",
        ImageMessage::new("https://example.com/a.jpg", "https://example.com/a-s.jpg"),
    );
    snap(
        "image_full",
        ImageMessage::new("https://example.com/a.jpg", "https://example.com/a-s.jpg")
            .quick_reply(quick_reply())
            .sender(sender()),
    );
    snap(
        "video_minimal",
        VideoMessage::new("https://example.com/v.mp4", "https://example.com/v.jpg"),
    );
    snap(
        "video_full",
        VideoMessage::new("https://example.com/v.mp4", "https://example.com/v.jpg")
            .tracking_id("track-1")
            .quick_reply(quick_reply())
            .sender(sender()),
    );
    snap(
        "audio_minimal",
        AudioMessage::new("https://example.com/a.m4a", 60000),
    );
    snap(
        "audio_full",
        AudioMessage::new("https://example.com/a.m4a", 60000)
            .quick_reply(quick_reply())
            .sender(sender()),
    );
}

#[test]
fn location_and_coupon_messages() {
    snap(
        "location_minimal",
        LocationMessage::new(
            "Office",
            "1-3 Kioicho, Chiyoda-ku, Tokyo",
            35.67966,
            139.73669,
        ),
    );
    snap(
        "location_full",
        LocationMessage::new(
            "Office",
            "1-3 Kioicho, Chiyoda-ku, Tokyo",
            35.67966,
            139.73669,
        )
        .quick_reply(quick_reply())
        .sender(sender()),
    );
    snap(
        "coupon_minimal",
        CouponMessage::new("01JYNW8JMQVFBNHM8DK9BX4Y8K"),
    );
    snap(
        "coupon_full",
        CouponMessage::new("01JYNW8JMQVFBNHM8DK9BX4Y8K")
            .delivery_tag("spring_sale")
            .quick_reply(quick_reply())
            .sender(sender()),
    );
}

#[test]
fn every_action_kind_with_every_field() {
    let actions: Vec<(&str, Action)> = vec![
        (
            "action_postback",
            action::postback("action=buy&itemid=111")
                .label("Buy")
                .display_text("Buy")
                .open_keyboard()
                .fill_in_text("---\nName: \nPhone: ")
                .into(),
        ),
        (
            "action_postback_text",
            Action::Postback(PostbackAction {
                label: Some("Buy".into()),
                data: "action=buy".into(),
                display_text: None,
                text: Some("Buy".into()),
                input_option: Some(InputOption::CloseRichMenu),
                fill_in_text: None,
            }),
        ),
        ("action_message", action::message("Yes").label("Yes").into()),
        (
            "action_uri",
            action::uri("https://example.com/phone")
                .label("Menu")
                .alt_uri_desktop("https://example.com/desktop")
                .into(),
        ),
        (
            "action_datetimepicker",
            action::datetime_picker("storeId=12345", DatetimeMode::Datetime)
                .label("Select date")
                .initial("2017-12-25t00:00")
                .max("2018-01-24t23:59")
                .min("2017-12-25t00:00")
                .into(),
        ),
        ("action_camera", action::camera().label("Camera").into()),
        (
            "action_camera_roll",
            action::camera_roll().label("Camera roll").into(),
        ),
        (
            "action_location",
            action::location().label("Location").into(),
        ),
        (
            "action_richmenuswitch",
            action::rich_menu_switch("richmenu-alias-b", "richmenu-changed-to-b")
                .label("Switch")
                .into(),
        ),
        (
            "action_clipboard",
            action::clipboard("3B48740B").label("Copy").into(),
        ),
    ];
    for (name, a) in &actions {
        insta::assert_snapshot!(*name, round_trip(a));
    }
    // Unlabeled forms (rich menu areas, image carousel columns) omit `label`.
    assert_eq!(
        wire(&Action::from(action::camera())),
        r#"{"type":"camera"}"#
    );
    assert_eq!(
        wire(&Action::Uri(UriAction {
            label: None,
            uri: "tel:0312345678".into(),
            alt_uri: Some(AltUri {
                desktop: "https://example.com".into()
            }),
        })),
        r#"{"type":"uri","uri":"tel:0312345678","altUri":{"desktop":"https://example.com"}}"#
    );
}

#[test]
fn quick_reply_and_sender() {
    insta::assert_snapshot!("quick_reply", round_trip(&quick_reply()));
    insta::assert_snapshot!("sender", round_trip(&sender()));
    assert_eq!(wire(&Sender::new()), "{}");
    assert_eq!(wire(&Sender::new().name("Cony")), r#"{"name":"Cony"}"#);
    // The array form and the push form produce the same wire.
    let from_array = QuickReply::new([
        QuickReplyItem::new(action::message("Sushi").label("Sushi"))
            .image_url("https://example.com/sushi.png"),
        QuickReplyItem::new(action::camera().label("Camera")),
        QuickReplyItem::new(
            action::postback("rate=5")
                .label("Rate")
                .display_text("Five stars"),
        ),
    ]);
    assert_eq!(from_array, quick_reply());
    let via_array_arg =
        TextMessage::new("x").quick_reply([QuickReplyItem::new(action::location().label("Here"))]);
    assert_eq!(via_array_arg.quick_reply.unwrap().items.len(), 1);
}

fn two_messages() -> Messages<linebot::count::Count<2>> {
    Messages::builder()
        .push(TextMessage::new("Hello"))
        .push(StickerMessage::new("446", "1988"))
}

#[test]
fn messages_from_an_array_equal_the_pushed_list_and_take_more_pushes() {
    let from_array: Messages<linebot::count::Count<2>> = Messages::new([
        Message::from(TextMessage::new("Hello")),
        StickerMessage::new("446", "1988").into(),
    ]);
    assert_eq!(from_array, two_messages());
    let three = Messages::new([TextMessage::new("a"), TextMessage::new("b")])
        .push(StickerMessage::new("446", "1988"));
    assert_eq!(three.len(), 3);
    assert_eq!(
        three.as_slice()[2],
        StickerMessage::new("446", "1988").into()
    );
    assert_eq!(Messages::default(), Messages::builder());
}

#[test]
fn reply_push_multicast_broadcast_validate_pnp() {
    insta::assert_snapshot!(
        "request_reply",
        round_trip(
            &ReplyMessageRequest::new("b60d432864f44d079f6d8efe86cf404b", two_messages())
                .notification_disabled(true)
        )
    );
    insta::assert_snapshot!(
        "request_reply_minimal",
        round_trip(&ReplyMessageRequest::new(
            "b60d432864f44d079f6d8efe86cf404b",
            [TextMessage::new("Hello")]
        ))
    );
    insta::assert_snapshot!(
        "request_push",
        round_trip(
            &PushMessageRequest::new("U4af4980629", [TextMessage::new("Hello")])
                .notification_disabled(false)
                .custom_aggregation_units(["promotion_a"])
        )
    );
    insta::assert_snapshot!(
        "request_multicast",
        round_trip(
            &MulticastRequest::new(["U4af4980629", "U0c229f96c4"], two_messages())
                .notification_disabled(true)
                .custom_aggregation_units(["promotion_a"])
        )
    );
    insta::assert_snapshot!(
        "request_broadcast",
        round_trip(&BroadcastRequest::new([TextMessage::new("Hello")]).notification_disabled(true))
    );
    insta::assert_snapshot!(
        "request_validate",
        round_trip(&ValidateMessageRequest::new(two_messages()))
    );
    insta::assert_snapshot!(
        "request_pnp",
        round_trip(
            &PnpMessagesRequest::new(
                "d41e0ad70dddfeb68f149ad6fc61574b9c5780ab7bcb2fba5517771ffbb2409c",
                [TextMessage::new("Your order has shipped")]
            )
            .notification_disabled(true)
        )
    );
}

#[test]
fn narrowcast_with_nested_operators_and_every_demographic_filter() {
    let request = NarrowcastRequest::new([TextMessage::new("Sale!")])
        .recipient(Recipient::and([
            Recipient::audience(5614991017776),
            Recipient::not(Recipient::or([
                Recipient::audience(4389303728991),
                Recipient::redelivery("5b59b2e8-a5b8-4d5b-9b67-0ed96b5bd9b5"),
            ])),
        ]))
        .filter(DemographicFilter::or([
            DemographicFilter::and([
                DemographicFilter::age(Some(Age::Age20), Some(Age::Age25)),
                DemographicFilter::gender([Gender::Male, Gender::Female]),
            ]),
            DemographicFilter::and([
                DemographicFilter::app_type([AppType::Ios, AppType::Android]),
                DemographicFilter::area([Area::Tokyo, Area::TaipeiCity, Area::Bangkok, Area::Bali]),
                DemographicFilter::subscription_period(
                    Some(SubscriptionPeriod::Day7),
                    Some(SubscriptionPeriod::Day30),
                ),
                DemographicFilter::not(DemographicFilter::age(None, Some(Age::Age15))),
            ]),
        ]))
        .limit(Limit::max(100).forbid_partial_delivery())
        .notification_disabled(true);
    insta::assert_snapshot!("request_narrowcast", round_trip(&request));
    insta::assert_snapshot!(
        "request_narrowcast_minimal",
        round_trip(&NarrowcastRequest::new([TextMessage::new("Sale!")]))
    );
}

#[test]
fn unknown_kinds_and_values_are_kept() {
    let m: Message = unchanged(r#"{"type":"hologram","url":"https://example.com/h"}"#);
    assert!(matches!(m, Message::Unknown(_)));
    let a: Action = unchanged(r#"{"type":"teleport","label":"Go","to":"moon"}"#);
    assert!(matches!(a, Action::Unknown(_)));
    assert_eq!(a.kind(), "teleport");
    let p: Action = unchanged(r#"{"type":"postback","data":"x","inputOption":"openTelepathy"}"#);
    assert!(matches!(
        p,
        Action::Postback(PostbackAction {
            input_option: Some(InputOption::Unknown(_)),
            ..
        })
    ));
    let q: QuickReply =
        unchanged(r#"{"items":[{"type":"sparkle","action":{"type":"camera","label":"C"}}]}"#);
    assert!(matches!(
        q.items[0].kind,
        linebot::message::QuickReplyItemType::Unknown(_)
    ));
    let t: Message = unchanged(
        r#"{"type":"textV2","text":"{a}{b}{c}","substitution":{"a":{"type":"sticker","id":"1"},"b":{"type":"mention","mentionee":{"type":"role","roleId":"r1"}},"c":{"type":"mention","mentionee":{"type":"all"}}}}"#,
    );
    let Message::TextV2(t) = t else {
        panic!("not textV2")
    };
    assert!(matches!(
        t.substitution["a"],
        linebot::message::Substitution::Unknown(_)
    ));
    let r: NarrowcastRequest = unchanged(
        r#"{"messages":[{"type":"text","text":"x"}],"recipient":{"type":"lookalike","seed":1},"filter":{"demographic":{"type":"operator","or":[{"type":"age","gte":"age_80"},{"type":"area","oneOf":["kr_01","jp_13"]},{"type":"gender","oneOf":["other"]},{"type":"appType","oneOf":["harmony"]},{"type":"subscriptionPeriod","lt":"day_3650"},{"type":"income","gte":1}]}}}"#,
    );
    assert!(matches!(r.recipient, Some(Recipient::Unknown(_))));
}

/// The quick start of the README's "Building messages" section, verbatim.
#[test]
fn readme_building_messages() {
    use linebot::action;
    use linebot::message::{
        ImageMessage, Messages, QuickReply, QuickReplyItem, ReplyMessageRequest, TextMessage,
    };
    use linebot::validate::Validate;

    // Quick reply buttons: push them (counted in the type)...
    let toppings = QuickReply::builder()
        .item(
            QuickReplyItem::new(action::message("Tuna").label("Tuna"))
                .image_url("https://example.com/tuna.png"),
        )
        .action(action::camera().label("Send a photo"))
        .action(
            action::postback("topping=none")
                .label("None")
                .display_text("No topping"),
        );

    // ...or pass an array of 1 to 13 items: `.quick_reply([item_a, item_b])`.
    let question = TextMessage::new("Which topping would you like?").quick_reply(toppings);

    // Messages: an array of 1 to 5...
    let reply = ReplyMessageRequest::new("replyToken", [question.clone()]);
    // ...or pushed one by one.
    let messages = Messages::builder().push(question).push(ImageMessage::new(
        "https://example.com/menu.jpg",
        "https://example.com/menu-s.jpg",
    ));
    let reply2 = ReplyMessageRequest::new("replyToken", messages);

    // What types cannot see (lengths, URL schemes, dates) `validate()` reports, all at once,
    // with the JSON path LINE would name.
    reply.validate().unwrap();
    let too_long = ReplyMessageRequest::new("replyToken", [TextMessage::new("a".repeat(5001))]);
    assert_eq!(
        too_long.validate().unwrap_err().paths(),
        ["messages[0].text"]
    );

    // Serializing gives exactly the JSON LINE accepts: absent fields are omitted, never `null`.
    let json = serde_json::to_string(&reply2).unwrap();
    assert!(json.starts_with(r#"{"replyToken":"replyToken","messages":[{"type":"text""#));
}
