//! Webhook types written back as JSON: every fixture and benchmark body round-trips (parse,
//! serialize, compare as JSON values), every field whose absence leaves the event meaningful can
//! be left out, floats keep their digits, and events built in code parse back equal.

use linebot::testkit;
use linebot::webhook::{
    AllMentionee, AudioMessageContent, BeaconContent, BeaconEventType, CallbackRequest,
    ChatControl, ContentProvider, DetachedModuleContent, DetachedModuleReason, Emoji, Event,
    EventKind, EventMode, FileMessageContent, FollowDetail, ImageMessageContent, ImageSet,
    LinkContent, LinkResult, LocationMessageContent, Members, MembershipContent, Mention,
    MessageContent, PnpDelivery, PostbackContent, PostbackParams, RichMenuSwitchStatus, Source,
    StickerMessageContent, StickerResourceType, TextMessageContent, UnsendDetail, UserMentionee,
    VideoMessageContent, VideoPlayComplete, WebhookParser,
};
use serde_json::{Value, json};

use crate::support::{SECRET, bench_data, fixture};

fn fixture_names() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| {
            let path = entry.unwrap().path();
            path.file_stem().unwrap().to_str().unwrap().to_owned()
        })
        .collect();
    names.sort();
    names
}

/// Fields of the fixtures this crate does not model (LINE additions it does not know yet, on
/// objects it does know): they are the only thing writing back leaves out.
const NOT_MODELLED: &[(&str, &str)] = &[
    ("unknown", "/newTopLevelField"),
    ("unknown", "/events/2/message/newStickerField"),
];

/// Parses `body`, writes it back, and checks the two are equal as JSON values (once the fields
/// in [`NOT_MODELLED`] are taken out of the original).
fn assert_writes_back(name: &str, body: &[u8]) {
    let request = CallbackRequest::from_slice(body).unwrap_or_else(|e| panic!("{name}: {e}"));
    let mut original: Value = serde_json::from_slice(body).unwrap();
    for (_, path) in NOT_MODELLED.iter().filter(|(file, _)| *file == name) {
        remove(&mut original, &path[1..]);
    }
    let written = serde_json::to_value(&request).unwrap();
    assert_eq!(written, original, "{name} written back differs");
    // What was written parses into the same request.
    let again = CallbackRequest::from_slice(&serde_json::to_vec(&request).unwrap()).unwrap();
    assert_eq!(again, request, "{name}");
}

#[test]
fn every_fixture_writes_back_what_it_read() {
    let names = fixture_names();
    assert!(names.len() >= 30, "{names:?}");
    for name in names {
        assert_writes_back(&name, &fixture(&name));
    }
}

#[test]
fn benchmark_bodies_write_back_what_they_read() {
    for name in ["webhook_1.json", "webhook_100.json"] {
        assert_writes_back(name, &bench_data(name));
    }
}

#[test]
fn unparsed_events_are_written_back_in_place() {
    let request = CallbackRequest::from_slice(&fixture("partly_malformed")).unwrap();
    assert!(!request.unparsed.is_empty() && !request.events.is_empty());
    let written = serde_json::to_value(&request).unwrap();
    let original: Value = serde_json::from_slice(&fixture("partly_malformed")).unwrap();
    assert_eq!(written["events"], original["events"]);
}

/// The fields whose absence leaves an event meaningless, as paths inside the event (array
/// indexes written `N`): without one of them the event goes to `unparsed`. Every other field
/// can be left out and the event is still delivered.
/// `inner_type` is the `type` of the event's message, membership or module object.
fn essential(event_type: &str, inner_type: &str, path: &str) -> bool {
    const EVERY_EVENT: &[&str] = &[
        "type",
        "timestamp",
        "source/type",
        "source/groupId",
        "source/roomId",
    ];
    const MESSAGE: &[&str] = &[
        "message",
        "message/type",
        "message/contentProvider/type",
        "message/imageSet/id",
        "message/emojis/N/index",
        "message/emojis/N/length",
        "message/emojis/N/productId",
        "message/emojis/N/emojiId",
        "message/mention/mentionees",
        "message/mention/mentionees/N/type",
        "message/mention/mentionees/N/index",
        "message/mention/mentionees/N/length",
    ];
    let own: &[&str] = match event_type {
        "message" | "messageEdited" => MESSAGE,
        "unsend" => &["unsend", "unsend/messageId"],
        "memberJoined" => &["joined", "joined/members", "joined/members/N/type"],
        "memberLeft" => &["left", "left/members", "left/members/N/type"],
        "postback" => &["postback", "postback/data"],
        "videoPlayComplete" => &["videoPlayComplete", "videoPlayComplete/trackingId"],
        "beacon" => &["beacon", "beacon/hwid", "beacon/type"],
        "accountLink" => &["link", "link/result", "link/nonce"],
        "membership" => &["membership", "membership/type"],
        "module" => &["module", "module/type"],
        "activated" => &["chatControl/expireAt"],
        "delivery" => &["delivery", "delivery/data"],
        _ => &[],
    };
    // An object of a type this version does not know is kept whole, whatever it holds.
    let typed: &[&str] = match (event_type, inner_type) {
        ("membership", "joined" | "left" | "renewed") => &["membership/membershipId"],
        ("module", "attached" | "detached") => &["module/botId"],
        ("message" | "messageEdited", _) => match inner_type {
            "text" => &["message/id", "message/text"],
            "location" => &["message/id", "message/latitude", "message/longitude"],
            "sticker" => &["message/id", "message/packageId", "message/stickerId"],
            "image" | "video" | "audio" | "file" => &["message/id"],
            _ => &[],
        },
        _ => &[],
    };
    EVERY_EVENT.contains(&path) || own.contains(&path) || typed.contains(&path)
}

/// Every key path of `value` (objects only; array elements are walked, not removed).
fn key_paths(value: &Value, prefix: &str, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let path = if prefix.is_empty() {
                    key.clone()
                } else {
                    format!("{prefix}/{key}")
                };
                out.push(path.clone());
                key_paths(child, &path, out);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                key_paths(item, &format!("{prefix}/{i}"), out);
            }
        }
        _ => {}
    }
}

fn remove(value: &mut Value, path: &str) {
    let (parent, key) = path.rsplit_once('/').unwrap_or(("", path));
    let parent = if parent.is_empty() {
        value
    } else {
        value.pointer_mut(&format!("/{parent}")).unwrap()
    };
    parent.as_object_mut().unwrap().remove(key).unwrap();
}

/// Fields that, when left out, read as a documented default, written back explicitly.
fn defaulted(path: &str) -> Option<Value> {
    match path {
        "deliveryContext/isRedelivery" | "follow/isUnblocked" => Some(json!(false)),
        "module/scopes" => Some(json!([])),
        _ => None,
    }
}

fn pattern(path: &str) -> String {
    path.split('/')
        .map(|part| {
            if part.bytes().all(|b| b.is_ascii_digit()) {
                "N"
            } else {
                part
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

#[test]
fn each_non_essential_field_can_be_left_out() {
    let mut checked = 0;
    for name in fixture_names() {
        let body: Value = serde_json::from_slice(&fixture(&name)).unwrap();
        let request = CallbackRequest::from_slice(&fixture(&name)).unwrap();
        for (index, event) in body["events"].as_array().unwrap().iter().enumerate() {
            // Events already unparsed as sent (partly_malformed) prove nothing here.
            if request.unparsed.iter().any(|u| u.index == index) {
                continue;
            }
            let mut event = event.clone();
            let prefix = format!("/events/{index}/");
            for (_, path) in NOT_MODELLED.iter().filter(|(file, _)| *file == name) {
                if let Some(inside) = path.strip_prefix(&prefix) {
                    remove(&mut event, inside);
                }
            }
            let event = &event;
            let event_type = event["type"].as_str().unwrap_or_default();
            let inner_type = ["message", "membership", "module"]
                .iter()
                .find_map(|key| event[key]["type"].as_str())
                .unwrap_or_default();
            let mut paths = Vec::new();
            key_paths(event, "", &mut paths);
            for path in paths {
                let mut variant = event.clone();
                remove(&mut variant, &path);
                let body = json!({ "destination": body["destination"], "events": [variant] });
                let parsed = CallbackRequest::from_slice(body.to_string().as_bytes()).unwrap();
                let mut essential = essential(event_type, inner_type, &pattern(&path));
                // A mentionee of a type this version does not know is kept whole.
                if let Some(rest) = path.strip_prefix("message/mention/mentionees/") {
                    let (i, field) = rest.split_once('/').unwrap_or((rest, ""));
                    let kind = &event["message"]["mention"]["mentionees"]
                        [i.parse::<usize>().unwrap()]["type"];
                    essential &= field == "type" || kind == "user" || kind == "all";
                }
                assert_eq!(
                    parsed.unparsed.len(),
                    usize::from(essential),
                    "{name} event {index} ({event_type}) without {path}: {:?}",
                    parsed.unparsed
                );
                if !essential {
                    // Still delivered, and written back without the field (or with its
                    // default).
                    assert_eq!(parsed.events.len(), 1);
                    let written = serde_json::to_value(&parsed.events[0]).unwrap();
                    if let Some(default) = defaulted(&path) {
                        let (parent, key) = path.rsplit_once('/').unwrap();
                        variant.pointer_mut(&format!("/{parent}")).unwrap()[key] = default;
                    }
                    assert_eq!(written, variant, "{name} event {index} without {path}");
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 300, "{checked} variants");
}

#[test]
fn a_follow_without_its_follow_object_is_a_new_friend() {
    let body = br#"{"destination":"U0123","events":[{"type":"follow","timestamp":1462629479859,"replyToken":"nHuyWiB7yP5Zw52FIkcQobQuGDXCTA","source":{"type":"user","userId":"U206d25c2ea6bd87c17655609a1c37cb8"}}]}"#;
    let request = CallbackRequest::from_slice(body).unwrap();
    assert!(request.unparsed.is_empty());
    assert_eq!(request.events[0].kind, EventKind::Follow(None));
    assert!(!request.events[0].is_unblock());
    assert!(Event::new(FollowDetail::new(true)).is_unblock());
    assert_eq!(request.events[0].mode, None);
}

#[test]
fn an_image_without_content_provider_is_stored_by_line() {
    let body = br#"{"destination":"U0123","events":[{"type":"message","timestamp":1462629479859,"replyToken":"r","source":{"type":"user","userId":"U1"},"message":{"id":"325708","type":"image"}}]}"#;
    let request = CallbackRequest::from_slice(body).unwrap();
    let Some(MessageContent::Image(image)) = request.events[0].message() else {
        panic!("{request:?}")
    };
    assert_eq!(
        (image.id.as_str(), &image.content_provider),
        ("325708", &None)
    );
    assert_eq!(
        request.events[0].message().unwrap().content_provider(),
        None
    );
}

#[test]
fn floats_keep_their_digits() {
    // 17 significant digits: serde_json's default (fast) float parser reads 26.00765731167712.
    let body = br#"{"destination":"U0123","events":[{"type":"message","timestamp":1462629479859,"source":{"type":"user","userId":"U1"},"message":{"id":"1","type":"location","latitude":26.007657311677118,"longitude":139.70372892916203}}]}"#;
    let request = CallbackRequest::from_slice(body).unwrap();
    let Some(MessageContent::Location(location)) = request.events[0].message() else {
        panic!("{request:?}")
    };
    assert_eq!(location.latitude.to_string(), "26.007657311677118");
    assert_eq!(location.longitude.to_string(), "139.70372892916203");
    let written = serde_json::to_string(&request).unwrap();
    assert!(
        written.contains(r#""latitude":26.007657311677118,"longitude":139.70372892916203"#),
        "{written}"
    );
}

/// One event of every kind, built with the constructors, with most optional fields set.
fn built_events() -> Vec<Event> {
    let user = || Source::user(testkit::USER_ID);
    let mut text = TextMessageContent::new("468789577898262530", "@All hi (love)");
    text.emojis = vec![Emoji::new(8, 6, "5ac1bfd5040ab15980c9b435", "001")];
    let mut me = UserMentionee::new(0, 4);
    me.user_id = Some(testkit::USER_ID.into());
    me.is_self = Some(false);
    text.mention = Some(Mention::new([AllMentionee::new(0, 4).into(), me.into()]));
    text.quote_token = Some("q3Plxr4AgKd".into());
    text.quoted_message_id = Some("468789532432007169".into());
    text.mark_as_read_token = Some("30yhdy232".into());
    let mut image = ImageMessageContent::new("354718705033693859");
    image.image_set = Some(ImageSet::new(
        "E005D41A7288F41B65593ED38FF6E9834B046AB36A37921A56BC236F13A91855",
    ));
    let mut video = VideoMessageContent::new("325708");
    video.duration = Some(60000);
    video.content_provider = Some(ContentProvider::external(
        "https://example.com/original.mp4",
        Some("https://example.com/preview.jpg".into()),
    ));
    let mut location =
        LocationMessageContent::new("325708", 26.007657311677118, 139.70372892916203);
    location.title = Some("my location".into());
    let mut sticker = StickerMessageContent::new("325708", "1", "1");
    sticker.sticker_resource_type = Some(StickerResourceType::Message);
    sticker.keywords = vec!["cony".into()];
    sticker.text = Some("Hello".into());
    let mut beacon = BeaconContent::new("d41d8cd98f", BeaconEventType::Banner);
    beacon.dm = Some(vec![0x12, 0x34, 0xab]);
    vec![
        Event::new(text)
            .with_source(Source::group(testkit::GROUP_ID).with_user_id(testkit::USER_ID))
            .with_reply_token("b60d432864f44d079f6d8efe86cf404b"),
        Event::new(image).with_source(Source::room(testkit::ROOM_ID)),
        Event::new(video).with_mode(EventMode::Standby),
        Event::new(AudioMessageContent::new("325708")).with_redelivery(true),
        Event::new(FileMessageContent::new("325708", "file.txt", 2138)),
        Event::new(location),
        Event::new(sticker),
        Event::new(EventKind::MessageEdited(
            TextMessageContent::new("325708", "edited").into(),
        )),
        Event::new(UnsendDetail::new("325708")),
        Event::new(FollowDetail::new(true)).with_source(user()),
        Event::new(EventKind::Follow(None)),
        Event::new(EventKind::Unfollow),
        Event::new(EventKind::Join),
        Event::new(EventKind::Leave),
        Event::new(EventKind::MemberJoined(Members::new([user()]))),
        Event::new(EventKind::MemberLeft(Members::new([user()]))),
        Event::new(PostbackContent::new("action=buy")),
        Event::new(
            PostbackContent::new("action=sel")
                .with_params(PostbackParams::Datetime("2017-12-25T01:00".into())),
        ),
        Event::new(
            PostbackContent::new("menu").with_params(PostbackParams::RichMenuSwitch {
                new_rich_menu_alias_id: "richmenu-alias-a".into(),
                status: RichMenuSwitchStatus::Success,
            }),
        ),
        Event::new(VideoPlayComplete::new("track_id")),
        Event::new(beacon),
        Event::new(LinkContent::new(LinkResult::Ok, "xxxxxxxxxxxxxxx")),
        Event::new(MembershipContent::Joined {
            membership_id: 3189,
        }),
        Event::new(DetachedModuleContent::new(
            testkit::BOT_USER_ID,
            Some(DetachedModuleReason::BotDeleted),
        )),
        Event::new(ChatControl::new(1735689600000)),
        Event::new(EventKind::Deactivated),
        Event::new(EventKind::BotSuspended),
        Event::new(EventKind::BotResumed),
        Event::new(PnpDelivery::new("hashed-phone-number")),
    ]
}

#[test]
fn built_events_parse_back_equal() {
    let events = built_events();
    let webhook = testkit::signed_webhook(SECRET, events.clone());
    let request = WebhookParser::new(SECRET)
        .parse(&webhook.body, Some(&webhook.signature))
        .unwrap();
    assert!(request.unparsed.is_empty(), "{:?}", request.unparsed);
    assert_eq!(request.destination, testkit::BOT_USER_ID);
    assert_eq!(request.events, events);
    // Every known kind is there, and none came back unknown.
    let types: std::collections::BTreeSet<&str> =
        request.events.iter().map(Event::event_type).collect();
    assert_eq!(types.len(), 20, "{types:?}");
    assert!(
        !request
            .events
            .iter()
            .any(|e| matches!(e.kind, EventKind::Unknown(_)))
    );
}

#[test]
fn built_events_look_like_line_sent_them() {
    let event = Event::new(TextMessageContent::new("1", "hi")).with_source(Source::user("U1"));
    let json = serde_json::to_value(&event).unwrap();
    assert_eq!(json["mode"], "active");
    assert_eq!(json["deliveryContext"], json!({ "isRedelivery": false }));
    let id = json["webhookEventId"].as_str().unwrap();
    assert_eq!(id.len(), 26, "a ULID: {id}");
    assert!(
        id.bytes()
            .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
    );
    assert_ne!(
        Event::new(EventKind::Join).webhook_event_id,
        event.webhook_event_id
    );
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64;
    assert!((now - event.timestamp).abs() < 60_000);
    // `type` comes first, as LINE writes it (the parser's fast path relies on it).
    assert!(
        serde_json::to_string(&event)
            .unwrap()
            .starts_with(r#"{"type":"message""#)
    );
}

#[test]
fn a_wrong_signature_of_a_built_body_is_refused() {
    let webhook = testkit::signed_webhook("another secret", [Event::new(EventKind::Join)]);
    assert!(
        WebhookParser::new(SECRET)
            .parse(&webhook.body, Some(&webhook.signature))
            .is_err()
    );
}

#[test]
fn unknown_kinds_are_built_and_written_back() {
    let raw = json!({ "type": "reaction", "reaction": { "emoji": "👍", "messageId": "325708" } });
    let source =
        Source::Unknown(json!({ "type": "square", "squareChatId": "S1" })).with_user_id("U1");
    assert_eq!(source.user_id(), Some("U1"));
    let event = Event::new(EventKind::Unknown(raw.clone()))
        .with_source(source)
        .with_timestamp(1700000000000);
    assert_eq!(event.event_type(), "reaction");
    let json = serde_json::to_value(&event).unwrap();
    assert_eq!(json["reaction"], raw["reaction"]);
    assert_eq!(json["timestamp"], 1700000000000_i64);
    assert_eq!(
        json["source"],
        json!({ "type": "square", "squareChatId": "S1", "userId": "U1" })
    );
    // Read back, the unknown event keeps its whole object, common fields included.
    let back: Event = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(back.event_type(), "reaction");
    assert_eq!(back.user_id(), Some("U1"));
    assert_eq!(serde_json::to_value(&back).unwrap(), json);
}
