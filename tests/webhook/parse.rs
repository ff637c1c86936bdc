//! Webhook parsing: fixtures for every event and message type, forward compatibility, the
//! benchmark bodies, and signature vectors.

use linebot::webhook::{
    BeaconEventType, CallbackRequest, ContentProviderType, DetachedModuleReason, Event, EventKind,
    EventMode, LinkResult, MembershipContent, Mentionee, MessageContent, ModuleContent,
    PostbackParams, RichMenuSwitchStatus, SIGNATURE_HEADER, Source, StickerResourceType,
    WebhookError, WebhookParser,
};

use crate::support::{SECRET, bench_data, fixture};

/// Parses a fixture through the verifying parser (signing it first), with no unparsed event.
fn parse(name: &str) -> CallbackRequest {
    let body = fixture(name);
    let signature = linebot::webhook::sign(SECRET, &body);
    let request = WebhookParser::new(SECRET)
        .parse(&body, Some(&signature))
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(request.destination, "U58b2a2055bb55bcbb37d2f2a4276b0bd");
    assert!(
        request.unparsed.is_empty(),
        "{name}: {:?}",
        request.unparsed
    );
    request
}

fn single(name: &str) -> Event {
    let mut request = parse(name);
    assert_eq!(request.events.len(), 1, "{name}");
    request.events.remove(0)
}

// --- events and messages, one fixture each -------------------------------------------------

#[test]
fn message_text() {
    let event = single("message_text");
    assert_eq!(event.event_type(), "message");
    assert_eq!(event.timestamp, 1692251666728);
    assert_eq!(event.mode, Some(EventMode::Active));
    assert_eq!(
        event.webhook_event_id.as_deref(),
        Some("01FZ74A0TDDPYRVKNK77XKC3Z1")
    );
    assert!(!event.is_redelivery());
    assert_eq!(
        event.reply_token(),
        Some("b60d432864f44d079f6d8efe86cf404b")
    );
    assert_eq!(event.user_id(), Some("U4af4980629d9f4f1a1b1fb45e1a1ba1e"));
    assert_eq!(event.text(), Some("@All @example Good Morning!! (love)"));
    let EventKind::Message(MessageContent::Text(text)) = &event.kind else {
        panic!("{event:?}")
    };
    assert_eq!(text.id, "468789577898262530");
    assert_eq!(text.emojis.len(), 1);
    assert_eq!((text.emojis[0].index, text.emojis[0].length), (29, 6));
    assert_eq!(text.emojis[0].product_id, "5ac1bfd5040ab15980c9b435");
    assert_eq!(text.emojis[0].emoji_id, "001");
    let mentionees = &text.mention.as_ref().unwrap().mentionees;
    assert!(matches!(&mentionees[0], Mentionee::All(all) if all.index == 0 && all.length == 4));
    let Mentionee::User(user) = &mentionees[1] else {
        panic!("{mentionees:?}")
    };
    assert_eq!((user.index, user.length), (5, 8));
    assert_eq!(
        user.user_id.as_deref(),
        Some("U49585cd0d5ba7e7b5dd5b1c7ac7c9a02")
    );
    assert_eq!(user.is_self, Some(false));
    assert_eq!(
        text.quoted_message_id.as_deref(),
        Some("468789532432007169")
    );
    assert!(
        text.quote_token
            .as_deref()
            .unwrap()
            .starts_with("q3Plxr4AgKd")
    );
    assert_eq!(
        event.message().unwrap().mark_as_read_token(),
        Some("30yhdy232")
    );
}

#[test]
fn message_image() {
    let event = single("message_image");
    assert_eq!(event.group_id(), Some("Ca56f94637c6b1f5b1b4b1b4b1b4b1b4b"));
    assert_eq!(event.user_id(), Some("U4af4980629d9f4f1a1b1fb45e1a1ba1e"));
    let Some(MessageContent::Image(image)) = event.message() else {
        panic!("{event:?}")
    };
    assert_eq!(image.id, "354718705033693859");
    assert_eq!(
        image.content_provider.as_ref().unwrap().provider_type,
        ContentProviderType::Line
    );
    let set = image.image_set.as_ref().unwrap();
    assert_eq!((set.index, set.total), (Some(1), Some(2)));
    assert!(set.id.starts_with("E005D41A"));
    assert!(image.quote_token.is_some());
}

#[test]
fn message_video() {
    let event = single("message_video");
    assert_eq!(event.room_id(), Some("Ra8dbf4673c4c812cd491258042226c99"));
    let Some(MessageContent::Video(video)) = event.message() else {
        panic!("{event:?}")
    };
    assert_eq!(video.duration, Some(60000));
    let provider = video.content_provider.as_ref().unwrap();
    assert_eq!(provider.provider_type, ContentProviderType::External);
    assert_eq!(
        provider.original_content_url.as_deref(),
        Some("https://example.com/original.mp4")
    );
    assert_eq!(
        provider.preview_image_url.as_deref(),
        Some("https://example.com/preview.jpg")
    );
}

#[test]
fn message_audio() {
    let event = single("message_audio");
    let Some(MessageContent::Audio(audio)) = event.message() else {
        panic!("{event:?}")
    };
    assert_eq!(audio.id, "325708");
    assert_eq!(audio.duration, Some(60000));
    assert_eq!(
        audio.content_provider.as_ref().unwrap().provider_type,
        ContentProviderType::Line
    );
    assert_eq!(audio.mark_as_read_token.as_deref(), Some("30yhdy232"));
}

#[test]
fn message_file() {
    let event = single("message_file");
    let Some(MessageContent::File(file)) = event.message() else {
        panic!("{event:?}")
    };
    assert_eq!(
        (file.file_name.as_deref(), file.file_size),
        (Some("file.txt"), Some(2138))
    );
}

#[test]
fn message_location() {
    let event = single("message_location");
    let Some(MessageContent::Location(location)) = event.message() else {
        panic!("{event:?}")
    };
    assert_eq!(location.title.as_deref(), Some("my location"));
    assert_eq!(
        location.address.as_deref(),
        Some("日本、〒102-8282 東京都千代田区紀尾井町1番3号")
    );
    assert_eq!(
        (location.latitude, location.longitude),
        (35.67966, 139.73669)
    );
}

#[test]
fn message_sticker() {
    let event = single("message_sticker");
    let Some(MessageContent::Sticker(sticker)) = event.message() else {
        panic!("{event:?}")
    };
    assert_eq!(
        (sticker.package_id.as_str(), sticker.sticker_id.as_str()),
        ("12287", "738839")
    );
    assert_eq!(
        sticker.sticker_resource_type,
        Some(StickerResourceType::Message)
    );
    assert_eq!(sticker.keywords.len(), 5);
    assert_eq!(
        sticker.text.as_deref(),
        Some("Let's hang out this weekend!")
    );
    assert_eq!(
        sticker.quoted_message_id.as_deref(),
        Some("468789532432007169")
    );
}

#[test]
fn message_edited() {
    let event = single("message_edited");
    assert_eq!(event.event_type(), "messageEdited");
    assert!(matches!(
        event.kind,
        EventKind::MessageEdited(MessageContent::Text(_))
    ));
    assert_eq!(event.text(), Some("Hello, edited world"));
    assert!(event.reply_token().is_some());
}

#[test]
fn unsend() {
    let event = single("unsend");
    assert!(matches!(&event.kind, EventKind::Unsend(u) if u.message_id == "325708"));
    assert_eq!(event.reply_token(), None);
}

#[test]
fn follow_and_unfollow() {
    let event = single("follow");
    assert!(matches!(&event.kind, EventKind::Follow(Some(f)) if !f.is_unblocked));
    let event = single("unfollow");
    assert_eq!(event.kind, EventKind::Unfollow);
    assert_eq!(event.user_id(), Some("U4af4980629d9f4f1a1b1fb45e1a1ba1e"));
}

#[test]
fn join_and_leave() {
    let event = single("join");
    assert_eq!(event.kind, EventKind::Join);
    assert_eq!(event.group_id(), Some("Ca56f94637c6b1f5b1b4b1b4b1b4b1b4b"));
    assert_eq!(event.user_id(), None);
    let event = single("leave");
    assert_eq!(event.kind, EventKind::Leave);
    assert_eq!(event.reply_token(), None);
}

#[test]
fn member_joined_and_left() {
    let event = single("member_joined");
    let EventKind::MemberJoined(joined) = &event.kind else {
        panic!("{event:?}")
    };
    assert_eq!(
        joined.user_ids().collect::<Vec<_>>(),
        [
            "U4af4980629d9f4f1a1b1fb45e1a1ba1e",
            "U91eeaf62d9f4f1a1b1fb45e1a1ba1e2"
        ]
    );
    let event = single("member_left");
    let EventKind::MemberLeft(left) = &event.kind else {
        panic!("{event:?}")
    };
    assert!(matches!(&left.members[..], [Source::User(u)] if u.user_id.is_some()));
}

#[test]
fn postback_params() {
    let request = parse("postback");
    let params: Vec<_> = request
        .events
        .iter()
        .map(|event| match &event.kind {
            EventKind::Postback(postback) => postback.params.clone(),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        params,
        [
            None,
            Some(PostbackParams::Date("2017-12-25".into())),
            Some(PostbackParams::Time("01:00".into())),
            Some(PostbackParams::Datetime("2017-12-25T01:00".into())),
            Some(PostbackParams::RichMenuSwitch {
                new_rich_menu_alias_id: "richmenu-alias-b".into(),
                status: RichMenuSwitchStatus::Success,
            }),
        ]
    );
    assert_eq!(
        request.events[0].postback_data(),
        Some("action=buy&itemid=111")
    );
}

#[test]
fn video_play_complete() {
    let event = single("video_play_complete");
    assert!(matches!(&event.kind, EventKind::VideoPlayComplete(v) if v.tracking_id == "track-id"));
}

#[test]
fn beacon_dm_is_decoded() {
    let event = single("beacon");
    let EventKind::Beacon(beacon) = &event.kind else {
        panic!("{event:?}")
    };
    assert_eq!(beacon.hwid, "d41d8cd98f");
    assert_eq!(beacon.beacon_type, BeaconEventType::Enter);
    assert_eq!(
        beacon.dm.as_deref(),
        Some(&[0x12, 0x34, 0x56, 0x78, 0x90, 0xab, 0xcd, 0xef][..])
    );
}

#[test]
fn account_link() {
    let event = single("account_link");
    assert!(matches!(
        &event.kind,
        EventKind::AccountLink(link) if link.result == LinkResult::Ok && link.nonce == "xxxxxxxxxxxxxxx"
    ));
}

#[test]
fn membership() {
    let kinds: Vec<_> = parse("membership")
        .events
        .into_iter()
        .map(|e| e.kind)
        .collect();
    assert_eq!(
        kinds,
        [
            EventKind::Membership(MembershipContent::Joined {
                membership_id: 3189
            }),
            EventKind::Membership(MembershipContent::Left {
                membership_id: 3189
            }),
            EventKind::Membership(MembershipContent::Renewed {
                membership_id: 3189
            }),
        ]
    );
}

#[test]
fn module_attached_and_detached() {
    let request = parse("module");
    assert_eq!(request.events[0].source, None);
    let EventKind::Module(ModuleContent::Attached(attached)) = &request.events[0].kind else {
        panic!("{:?}", request.events[0])
    };
    assert_eq!(attached.bot_id, "U111111111111111111111111111111111");
    assert_eq!(attached.scopes, ["message:send", "message:receive"]);
    let EventKind::Module(ModuleContent::Detached(detached)) = &request.events[1].kind else {
        panic!("{:?}", request.events[1])
    };
    assert_eq!(detached.reason, Some(DetachedModuleReason::BotDeleted));
}

#[test]
fn chat_control_events() {
    let event = single("activated");
    assert!(matches!(&event.kind, EventKind::Activated(Some(c)) if c.expire_at == 1735689600000));
    assert_eq!(single("deactivated").kind, EventKind::Deactivated);
    assert_eq!(single("bot_suspended").kind, EventKind::BotSuspended);
    assert_eq!(single("bot_resumed").kind, EventKind::BotResumed);
}

#[test]
fn delivery() {
    let event = single("delivery");
    assert!(matches!(&event.kind, EventKind::Delivery(d) if d.data.starts_with("9ad2a2da")));
}

#[test]
fn verification_request_has_no_events() {
    let request = parse("verification");
    assert!(request.events.is_empty());
}

#[test]
fn every_event_type_has_a_fixture() {
    let names = [
        "message_text",
        "message_image",
        "message_video",
        "message_audio",
        "message_file",
        "message_location",
        "message_sticker",
        "message_edited",
        "unsend",
        "follow",
        "unfollow",
        "join",
        "leave",
        "member_joined",
        "member_left",
        "postback",
        "video_play_complete",
        "beacon",
        "account_link",
        "membership",
        "module",
        "activated",
        "deactivated",
        "bot_suspended",
        "bot_resumed",
        "delivery",
    ];
    let mut types: Vec<String> = names
        .iter()
        .flat_map(|name| parse(name).events)
        .map(|event| {
            assert!(!matches!(event.kind, EventKind::Unknown(_)), "{event:?}");
            event.event_type().to_owned()
        })
        .collect();
    types.sort();
    types.dedup();
    // The 19 event types of webhook.yml, plus messageEdited.
    assert_eq!(types.len(), 20, "{types:?}");
}

// --- tolerance ----------------------------------------------------------------------------

#[test]
fn missing_newer_fields_do_not_fail() {
    let request = parse("legacy");
    assert_eq!(request.events.len(), 3);
    for event in &request.events {
        assert_eq!(event.mode, None);
        assert_eq!(event.webhook_event_id, None);
        assert_eq!(event.delivery_context, None);
        assert!(!event.is_redelivery());
    }
    assert_eq!(request.events[0].text(), Some("Hello, world"));
    assert_eq!(request.events[0].message().unwrap().quote_token(), None);
    let Some(MessageContent::Sticker(sticker)) = request.events[1].message() else {
        panic!()
    };
    assert!(sticker.keywords.is_empty() && sticker.quote_token.is_none());
}

#[test]
fn unknown_types_and_values_are_kept() {
    let request = parse("unknown");
    let events = &request.events;
    assert_eq!(events.len(), 13);

    // An unknown event type: the whole object kept, the common fields still read.
    let EventKind::Unknown(raw) = &events[0].kind else {
        panic!("{:?}", events[0])
    };
    assert_eq!(events[0].event_type(), "reaction");
    assert_eq!(raw["reaction"]["emoji"], "👍");
    assert_eq!(raw["type"], "reaction");
    assert_eq!(
        events[0].reply_token(),
        Some("b60d432864f44d079f6d8efe86cf404b")
    );
    assert!(events[0].is_redelivery());

    // An unknown source type and an unknown message type.
    assert_eq!(events[1].mode, Some(EventMode::Standby));
    let Some(Source::Unknown(source)) = &events[1].source else {
        panic!("{:?}", events[1])
    };
    assert_eq!(source["squareChatId"], "S1234");
    assert_eq!(
        events[1].user_id(),
        Some("U4af4980629d9f4f1a1b1fb45e1a1ba1e")
    );
    let Some(message @ MessageContent::Unknown(raw)) = events[1].message() else {
        panic!("{:?}", events[1])
    };
    assert_eq!(raw["type"], "poll");
    assert_eq!(raw["options"][1], "sushi");
    assert_eq!(message.id(), Some("325709"));

    // Unknown enum values.
    assert_eq!(events[2].mode, Some(EventMode::Unknown("dormant".into())));
    let Some(MessageContent::Sticker(sticker)) = events[2].message() else {
        panic!("{:?}", events[2])
    };
    assert_eq!(
        sticker.sticker_resource_type,
        Some(StickerResourceType::Unknown("HOLOGRAM".into()))
    );
    assert_eq!(
        sticker.sticker_resource_type.as_ref().unwrap().as_str(),
        "HOLOGRAM"
    );

    // An unknown mentionee type.
    let Some(MessageContent::Text(text)) = events[3].message() else {
        panic!("{:?}", events[3])
    };
    let Mentionee::Unknown(raw) = &text.mention.as_ref().unwrap().mentionees[0] else {
        panic!("{text:?}")
    };
    assert_eq!(
        (raw["type"].as_str(), raw["length"].as_u64()),
        (Some("bots"), Some(5))
    );

    let Some(MessageContent::Image(image)) = events[4].message() else {
        panic!("{:?}", events[4])
    };
    assert_eq!(
        image.content_provider.as_ref().unwrap().provider_type,
        ContentProviderType::Unknown("cdn".into())
    );

    // Unknown membership and module types.
    let EventKind::Membership(MembershipContent::Unknown(raw)) = &events[5].kind else {
        panic!("{:?}", events[5])
    };
    assert_eq!(raw["toMembershipId"], 3190);
    let EventKind::Module(ModuleContent::Unknown(raw)) = &events[6].kind else {
        panic!("{:?}", events[6])
    };
    assert_eq!(raw["type"], "paused");

    // More unknown enum values.
    assert!(matches!(&events[7].kind,
        EventKind::Beacon(b) if b.beacon_type == BeaconEventType::Unknown("leave".into()) && b.dm.is_none()));
    assert!(matches!(&events[8].kind,
        EventKind::AccountLink(l) if l.result == LinkResult::Unknown("pending".into())));
    assert!(matches!(&events[9].kind,
        EventKind::Module(ModuleContent::Detached(d))
            if d.reason == Some(DetachedModuleReason::Unknown("contract_ended".into()))));
    let EventKind::Postback(postback) = &events[10].kind else {
        panic!("{:?}", events[10])
    };
    assert_eq!(
        postback.params,
        Some(PostbackParams::RichMenuSwitch {
            new_rich_menu_alias_id: "richmenu-alias-b".into(),
            status: RichMenuSwitchStatus::Unknown("THROTTLED".into()),
        })
    );
    let EventKind::Postback(postback) = &events[11].kind else {
        panic!("{:?}", events[11])
    };
    let Some(PostbackParams::Unknown(params)) = &postback.params else {
        panic!("{postback:?}")
    };
    assert_eq!(params["color"], "#ff0000");

    // `type` after the other keys, at every level.
    assert_eq!(events[12].text(), Some("type is not the first key"));
    assert_eq!(
        events[12].user_id(),
        Some("U4af4980629d9f4f1a1b1fb45e1a1ba1e")
    );
}

#[test]
fn a_malformed_event_does_not_discard_the_others() {
    let request = CallbackRequest::from_slice(&fixture("partly_malformed")).unwrap();
    let types: Vec<_> = request.events.iter().map(Event::event_type).collect();
    assert_eq!(types, ["follow", "unfollow"]);
    let unparsed: Vec<_> = request.unparsed.iter().map(|u| u.index).collect();
    assert_eq!(unparsed, [1, 2, 3]);
    assert!(
        request.unparsed[0]
            .error
            .contains("missing field `message`"),
        "{:?}",
        request.unparsed[0]
    );
    assert!(
        request.unparsed[1].error.contains("invalid type"),
        "{:?}",
        request.unparsed[1]
    );
    assert!(request.unparsed[1].raw.contains("yesterday"));
    assert_eq!(request.unparsed[2].raw, r#""not an event""#);
}

#[test]
fn malformed_known_values_are_errors_not_panics() {
    let body = br#"{"destination":"U1","events":[
        {"type":"beacon","timestamp":1,"beacon":{"hwid":"x","type":"enter","dm":"abc"}},
        {"type":"beacon","timestamp":2,"beacon":{"hwid":"x","type":"enter","dm":"zz"}},
        {"type":"beacon","timestamp":3,"beacon":{"hwid":"x","type":"enter","dm":null}},
        {"type":7,"timestamp":4},
        {"timestamp":5},
        {"timestamp":6,"type":["message"]}
    ]}"#;
    let request = CallbackRequest::from_slice(body).unwrap();
    assert_eq!(request.events.len(), 1);
    assert!(matches!(&request.events[0].kind, EventKind::Beacon(b) if b.dm.is_none()));
    let errors: Vec<_> = request.unparsed.iter().map(|u| u.error.as_str()).collect();
    assert!(
        errors[0].contains("even number of hex digits"),
        "{errors:?}"
    );
    assert!(errors[1].contains("hexadecimal"), "{errors:?}");
    assert!(errors[2].contains("expected a string"), "{errors:?}");
    assert!(errors[3].contains("missing field `type`"), "{errors:?}");
    assert!(errors[4].contains("invalid type"), "{errors:?}");
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let body = format!(
        r#"{{"destination":"U1","events":[{{"type":"follow","timestamp":1,"follow":{{"isUnblocked":true}}}},{{"type":"reaction","timestamp":2,"x":{deep}}}]}}"#
    );
    let request = CallbackRequest::from_slice(body.as_bytes()).unwrap();
    assert_eq!(request.events.len(), 1);
    assert_eq!(request.unparsed.len(), 1);
    assert!(
        request.unparsed[0].error.contains("recursion limit"),
        "{}",
        request.unparsed[0].error
    );
}

#[test]
fn bodies_that_are_not_webhook_requests_are_rejected() {
    for (body, expected) in [
        (&b"not json"[..], "expected ident"),
        (b"{\"events\":[]}", "missing field `destination`"),
        (b"{\"destination\":\"U1\"}", "missing field `events`"),
        (b"{\"destination\":\"U1\",\"events\":{}}", "invalid type"),
        (b"[]", "expected a webhook request object"),
        (b"", "EOF"),
    ] {
        let error = CallbackRequest::from_slice(body).unwrap_err();
        assert!(
            matches!(&error, WebhookError::InvalidBody { message } if message.contains(expected)),
            "{error}"
        );
    }
    assert_eq!(
        CallbackRequest::from_slice(b"{\"destination\":\"\xff\"}"),
        Err(WebhookError::NotUtf8 { offset: 16 })
    );
}

// --- the benchmark bodies -----------------------------------------------------------------

#[test]
fn benchmark_bodies_parse_into_known_events() {
    let parser = WebhookParser::new(SECRET);
    for (name, signature, count) in [
        (
            "webhook_1.json",
            "S3pa9C+Htqvxg7ucWAV3S0qC2Ny+WI7iMeHLbVUDpb4=",
            1,
        ),
        (
            "webhook_100.json",
            "8r+0686hj2Tj01BcAaOp9iNgWYsNTRehBGy+YsY9nGk=",
            100,
        ),
    ] {
        let body = bench_data(name);
        let request = parser.parse(&body, Some(signature)).unwrap();
        assert_eq!(request.events.len(), count, "{name}");
        assert!(
            request.unparsed.is_empty(),
            "{name}: {:?}",
            request.unparsed
        );
        for event in &request.events {
            assert!(!matches!(event.kind, EventKind::Unknown(_)), "{event:?}");
            assert!(
                !matches!(event.source, Some(Source::Unknown(_)) | None),
                "{event:?}"
            );
            if let Some(message) = event.message() {
                assert!(!matches!(message, MessageContent::Unknown(_)), "{event:?}");
            }
        }
    }
    let request = parser
        .parse(
            &bench_data("webhook_100.json"),
            Some("8r+0686hj2Tj01BcAaOp9iNgWYsNTRehBGy+YsY9nGk="),
        )
        .unwrap();
    let count = |t: &str| {
        request
            .events
            .iter()
            .filter(|e| e.event_type() == t)
            .count()
    };
    assert_eq!(count("message"), 30);
    for t in [
        "follow",
        "postback",
        "join",
        "memberJoined",
        "unsend",
        "beacon",
        "videoPlayComplete",
    ] {
        assert_eq!(count(t), 10, "{t}");
    }
    assert_eq!(
        request.events.iter().filter(|e| e.is_redelivery()).count(),
        1
    );
    assert!(
        request
            .events
            .iter()
            .any(|e| e.text() == Some("予約をお願いします 🍣🍺 明日の19時に4名です"))
    );
    assert!(request.events.iter().any(|e| matches!(&e.kind,
        EventKind::Postback(p) if matches!(p.params, Some(PostbackParams::Datetime(_))))));
    assert!(request.events.iter().any(|e| matches!(&e.kind,
        EventKind::Beacon(b) if b.dm.is_some())));
}

// --- signatures ---------------------------------------------------------------------------

/// Raw non-ASCII characters and an escaped emoji (surrogate pair): the MAC covers the bytes as
/// sent; the text unescapes. Signature computed independently (Python `hmac`).
const NON_ASCII_BODY: &str = r#"{"destination":"U58b2a2055bb55bcbb37d2f2a4276b0bd","events":[{"type":"message","replyToken":"b60d432864f44d079f6d8efe86cf404b","mode":"active","timestamp":1700000000000,"source":{"type":"user","userId":"U4af4980629d9f4f1a1b1fb45e1a1ba1e"},"webhookEventId":"01HBQAQ3ZB7AKDBRW8TB3X5JXY","deliveryContext":{"isRedelivery":false},"message":{"type":"text","id":"325708","quoteToken":"q3Plxr4AgKd","text":"寿司 \ud83c\udf63 と ビール 🍺"}}]}"#;
const NON_ASCII_SIGNATURE: &str = "EZ8HvfJ7xQillJzyD2RC+Pm4sGZb4b/gcjuO5CPEG6Q=";

#[test]
fn signature_vectors() {
    let parser = WebhookParser::new(SECRET);
    let request = parser
        .parse(NON_ASCII_BODY.as_bytes(), Some(NON_ASCII_SIGNATURE))
        .unwrap();
    assert_eq!(request.events[0].text(), Some("寿司 🍣 と ビール 🍺"));
    assert_eq!(
        linebot::webhook::sign(SECRET, NON_ASCII_BODY.as_bytes()),
        NON_ASCII_SIGNATURE
    );
    // The empty body and the bench README's 1 MiB body.
    assert_eq!(
        parser.verify(b"", Some("F0y7bJCSOaxW7pPUBacLiyrbR1f78/cNGvayYgp55a0=")),
        Ok(())
    );
    let body_1mb = b"0123456789abcdef".repeat(65_536);
    assert_eq!(
        parser.verify(
            &body_1mb,
            Some("iKkTEK+9HcU6Dtom3FBnWhGOwqPf3dC4s1YLv1qlH2o=")
        ),
        Ok(())
    );
    // A header with surrounding spaces still verifies.
    assert_eq!(
        parser.verify(
            NON_ASCII_BODY.as_bytes(),
            Some(&format!(" {NON_ASCII_SIGNATURE} "))
        ),
        Ok(())
    );
}

#[test]
fn signature_failures_are_distinct() {
    let parser = WebhookParser::new(SECRET);
    let body = NON_ASCII_BODY.as_bytes();
    assert_eq!(
        parser.parse(body, None),
        Err(WebhookError::MissingSignature)
    );
    // Signed with another secret.
    assert_eq!(
        parser.verify(body, Some("8JybKUMeUszwLft225PfHmkPxTfYOPpX8HWkB3bYlVA=")),
        Err(WebhookError::SignatureMismatch)
    );
    // The body changed by one byte (the escaped emoji written raw, as a re-serializer would).
    let reserialized = NON_ASCII_BODY.replace(r"\ud83c\udf63", "🍣");
    assert_eq!(
        parser.verify(reserialized.as_bytes(), Some(NON_ASCII_SIGNATURE)),
        Err(WebhookError::SignatureMismatch)
    );
    for malformed in [
        "",
        "not base64!",
        "EZ8HvfJ7xQillJzyD2RC+Pm4sGZb4b/gcjuO5CPEG6Q", // no padding
        "EZ8HvfJ7xQillJzyD2RC-Pm4sGZb4b_gcjuO5CPEG6Q=", // URL-safe alphabet
        "EZ8HvfJ7xQillJzyD2RC+Pm4sGZb4b/gcjuO5CPE",    // 30 bytes
        "EZ8HvfJ7xQillJzyD2RC+Pm4sGZb4b/gcjuO5CPEG6QEZ8Hv", // 36 bytes
        "EZ8HvfJ7xQillJzyD2RC+Pm4sGZb4b/gcjuO5CPEG6Q="
            .repeat(1000)
            .as_str(),
    ] {
        assert!(
            matches!(
                parser.verify(body, Some(malformed)),
                Err(WebhookError::MalformedSignature { .. })
            ),
            "{malformed:?}"
        );
    }
}

#[test]
fn body_size_limit() {
    let body = b"0123456789abcdef".repeat(65_536);
    let signature = "iKkTEK+9HcU6Dtom3FBnWhGOwqPf3dC4s1YLv1qlH2o=";
    let parser = WebhookParser::new(SECRET);
    assert_eq!(
        parser.body_size_limit(),
        linebot::webhook::DEFAULT_MAX_BODY_SIZE
    );
    let small = WebhookParser::new(SECRET).max_body_size(body.len() - 1);
    assert_eq!(
        small.verify(&body, Some(signature)),
        Err(WebhookError::BodyTooLarge {
            size: 1_048_576,
            limit: 1_048_575
        })
    );
    let exact = WebhookParser::new(SECRET).max_body_size(body.len());
    assert_eq!(exact.verify(&body, Some(signature)), Ok(()));
}

#[test]
fn secrets_and_macs_stay_out_of_debug_and_errors() {
    let parser = WebhookParser::new(SECRET);
    let debug = format!("{parser:?}");
    assert!(
        !debug.contains(SECRET) && debug.contains("redacted"),
        "{debug}"
    );
    let expected_mac = linebot::webhook::sign(SECRET, b"{}");
    let errors = [
        parser.verify(b"{}", Some(NON_ASCII_SIGNATURE)).unwrap_err(),
        parser.verify(b"{}", Some("!!")).unwrap_err(),
        parser.verify(b"{}", None).unwrap_err(),
    ];
    for error in errors {
        for text in [error.to_string(), format!("{error:?}")] {
            assert!(!text.contains(SECRET), "{text}");
            assert!(!text.contains(&expected_mac), "{text}");
            assert!(!text.contains(NON_ASCII_SIGNATURE), "{text}");
        }
    }
    assert_eq!(SIGNATURE_HEADER, "x-line-signature");
}

#[test]
fn postback_params_of_every_shape_are_read_or_kept() {
    let params = |json: &str| {
        let body = format!(
            r#"{{"destination":"U1","events":[{{"type":"postback","timestamp":1,"postback":{{"data":"a=1","params":{json}}}}}]}}"#
        );
        let request = CallbackRequest::from_slice(body.as_bytes()).unwrap();
        assert!(request.unparsed.is_empty(), "{:?}", request.unparsed);
        let EventKind::Postback(postback) = &request.events[0].kind else {
            panic!("{:?}", request.events[0])
        };
        // What was kept writes back as sent.
        let written = serde_json::to_value(&postback.params).unwrap();
        assert_eq!(
            written,
            serde_json::from_str::<serde_json::Value>(json).unwrap()
        );
        postback.params.clone().unwrap()
    };
    assert_eq!(
        params(r#"{"date":"2017-12-25"}"#),
        PostbackParams::Date("2017-12-25".into())
    );
    assert_eq!(
        params(r#"{"status":"SUCCESS","newRichMenuAliasId":"richmenu-alias-a"}"#),
        PostbackParams::RichMenuSwitch {
            new_rich_menu_alias_id: "richmenu-alias-a".into(),
            status: RichMenuSwitchStatus::Success,
        }
    );
    let long = "a rich menu alias id longer than twenty-two bytes \\\"quoted\\\"";
    assert!(matches!(
        params(&format!(r#"{{"newRichMenuAliasId":"{long}","status":"FAILED"}}"#)),
        PostbackParams::RichMenuSwitch { new_rich_menu_alias_id, .. }
            if new_rich_menu_alias_id == "a rich menu alias id longer than twenty-two bytes \"quoted\""
    ));
    for kept in [
        "{}",
        r#"{"date":20171225}"#,
        r#"{"time":"01:00","tz":"+09:00"}"#,
        r#"{"newRichMenuAliasId":"a","status":null}"#,
        r#"{"date":"2017-12-25","time":"01:00","datetime":"2017-12-25T01:00"}"#,
        r#"{"a":[1,2.5,{"b":true}],"c":-3,"d":"e","f":{"g":null}}"#,
    ] {
        assert!(matches!(params(kept), PostbackParams::Unknown(_)), "{kept}");
    }
}

#[test]
fn a_body_with_more_events_than_its_size_suggests_parses_them_all() {
    // Events far smaller than LINE's, beside top-level keys this version does not know.
    let events = vec![r#"{"type":"join","timestamp":1}"#; 500].join(",");
    let body = format!(r#"{{"x":[1,{{"y":2}}],"events":[{events}],"destination":"U1","z":null}}"#);
    let request = CallbackRequest::from_slice(body.as_bytes()).unwrap();
    assert_eq!(request.events.len(), 500);
    assert!(request.unparsed.is_empty());
    assert_eq!(request.destination, "U1");

    let duplicate = br#"{"destination":"U1","events":[],"events":[]}"#;
    let error = CallbackRequest::from_slice(duplicate)
        .unwrap_err()
        .to_string();
    assert!(error.contains("duplicate field `events`"), "{error}");
}

#[test]
fn sticker_keywords_are_kept_however_many() {
    for count in [0, 1, 15, 16, 17, 40] {
        let keywords: Vec<String> = (0..count).map(|i| format!("keyword {i}")).collect();
        let body = serde_json::json!({"destination": "U1", "events": [{
            "type": "message", "timestamp": 1,
            "message": {"type": "sticker", "id": "1", "packageId": "446", "stickerId": "1988",
                        "keywords": keywords}
        }]});
        let request = CallbackRequest::from_slice(&serde_json::to_vec(&body).unwrap()).unwrap();
        let Some(linebot::webhook::MessageContent::Sticker(sticker)) = request.events[0].message()
        else {
            panic!("{request:?}")
        };
        assert_eq!(sticker.keywords, keywords, "{count} keywords");
    }
    let body = br#"{"destination":"U1","events":[{"type":"message","timestamp":1,"message":{"type":"sticker","id":"1","packageId":"1","stickerId":"2","keywords":["a",3]}}]}"#;
    let request = CallbackRequest::from_slice(body).unwrap();
    assert!(
        request.unparsed[0].error.contains("expected a string"),
        "{:?}",
        request.unparsed
    );
}

#[test]
fn events_and_sources_check_their_keys_as_derived_types_do() {
    let body = br#"{"destination":"U1","events":[
        {"type":"follow","timestamp":1,"timestamp":2},
        {"type":"follow","timestamp":1,"source":{"type":"group","userId":"U2"}},
        {"type":"follow","timestamp":1,"source":{"type":"room","roomId":"R1","roomId":"R2"}},
        {"type":"follow","timestamp":1,"source":{"type":"user","userId":null,"groupId":7}},
        {"timestamp":1,"source":{"groupId":"C1","type":"group","extra":[1]},"type":"join","replyToken":null},
        {"type":"message","timestamp":1}
    ]}"#;
    let request = CallbackRequest::from_slice(body).unwrap();
    let errors: Vec<_> = request.unparsed.iter().map(|u| u.error.as_str()).collect();
    assert_eq!(
        request.unparsed.iter().map(|u| u.index).collect::<Vec<_>>(),
        [0, 1, 2, 5]
    );
    assert!(
        errors[0].contains("duplicate field `timestamp`"),
        "{errors:?}"
    );
    assert!(errors[1].contains("missing field `groupId`"), "{errors:?}");
    assert!(errors[2].contains("duplicate field `roomId`"), "{errors:?}");
    assert!(errors[3].contains("missing field `message`"), "{errors:?}");
    let [user, join] = &request.events[..] else {
        panic!("{:?}", request.events)
    };
    assert!(matches!(user.source, Some(Source::User(_))), "{user:?}");
    assert_eq!(user.user_id(), None);
    assert_eq!(join.event_type(), "join");
    assert_eq!(join.group_id(), Some("C1"));
    assert_eq!(join.reply_token(), None);
}
