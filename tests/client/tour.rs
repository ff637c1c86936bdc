//! Every client method once, then the headers of every request the server recorded: the
//! bearer token and user agent everywhere, a JSON content type exactly when there is a JSON
//! body, `Content-Length: 0` on bodiless POSTs, no body on GET and DELETE.

use linebot::action;
use linebot::client::{Host, USER_AGENT};
use linebot::message::TextMessage;
use linebot::richmenu::{
    RichMenu, RichMenuArea, RichMenuBatchOperation, RichMenuBounds, RichMenuSize,
};
use linebot::testkit::{self, LineServer};

fn menu() -> RichMenu {
    RichMenu::new(
        RichMenuSize::FULL,
        "tour",
        "Tour",
        [RichMenuArea::new(
            RichMenuBounds::new(0, 0, 2500, 1686),
            action::message("hi"),
        )],
    )
}

#[test]
fn every_method_sends_well_formed_requests() {
    let server = LineServer::start();
    let c = server.client();
    let (u, u2, g, room) = (
        testkit::USER_ID,
        testkit::OTHER_USER_ID,
        testkit::GROUP_ID,
        testkit::ROOM_ID,
    );
    let text = || [TextMessage::new("tour")];

    c.reply_message(server.issue_reply_token(), text()).unwrap();
    c.push_message(u, text()).unwrap();
    c.multicast([u, u2], text()).unwrap();
    let n = c.narrowcast(text()).unwrap();
    c.get_narrowcast_progress(n.request_id().unwrap()).unwrap();
    c.broadcast(text()).unwrap();
    c.get_profile(u).unwrap();
    c.get_followers().unwrap();
    c.get_bot_info().unwrap();
    c.issue_link_token(u).unwrap();
    c.get_group_summary(g).unwrap();
    c.get_group_member_count(g).unwrap();
    c.get_group_members_ids(g).unwrap();
    c.get_group_member_profile(g, u).unwrap();
    c.get_room_member_count(room).unwrap();
    c.get_room_members_ids(room).unwrap();
    c.get_room_member_profile(room, u).unwrap();
    c.get_message_content(testkit::IMAGE_MESSAGE_ID).unwrap();
    c.get_message_content_preview(testkit::IMAGE_MESSAGE_ID)
        .unwrap();
    c.get_message_content_transcoding_by_message_id(testkit::IMAGE_MESSAGE_ID)
        .unwrap();
    c.validate_rich_menu_object(menu()).unwrap();
    let id = c
        .create_rich_menu(menu())
        .unwrap()
        .into_inner()
        .rich_menu_id;
    c.set_rich_menu_image(&id, "image/jpeg", b"\xff\xd8\xff".to_vec())
        .unwrap();
    c.get_rich_menu_image(&id).unwrap();
    c.get_rich_menu(&id).unwrap();
    c.get_rich_menu_list().unwrap();
    c.set_default_rich_menu(&id).unwrap();
    c.get_default_rich_menu_id().unwrap();
    c.cancel_default_rich_menu().unwrap();
    c.link_rich_menu_id_to_user(u, &id).unwrap();
    c.get_rich_menu_id_of_user(u).unwrap();
    c.unlink_rich_menu_id_from_user(u).unwrap();
    c.link_rich_menu_id_to_users([u, u2], &id).unwrap();
    c.unlink_rich_menu_id_from_users([u, u2]).unwrap();
    c.create_rich_menu_alias("tour-alias", &id).unwrap();
    c.get_rich_menu_alias("tour-alias").unwrap();
    c.update_rich_menu_alias("tour-alias", &id).unwrap();
    c.get_rich_menu_alias_list().unwrap();
    c.delete_rich_menu_alias("tour-alias").unwrap();
    let batch = [RichMenuBatchOperation::unlink(&id)];
    c.validate_rich_menu_batch_request(batch.clone()).unwrap();
    let accepted = c.rich_menu_batch(batch).unwrap();
    c.get_rich_menu_batch_progress(accepted.request_id().unwrap())
        .unwrap();
    c.delete_rich_menu(&id).unwrap();
    c.set_webhook_endpoint("https://example.com/hook").unwrap();
    c.get_webhook_endpoint().unwrap();
    c.show_loading_animation(u).unwrap();
    c.mark_messages_as_read(u).unwrap();
    c.mark_messages_as_read_by_token("token").unwrap();
    c.leave_group(g).unwrap();
    c.leave_room(room).unwrap();

    let requests = server.requests();
    assert_eq!(
        requests.len(),
        50,
        "every method but test_webhook_endpoint (tested with a receiver)"
    );
    let bearer = format!("Bearer {}", testkit::CHANNEL_ACCESS_TOKEN);
    for r in &requests {
        let what = format!("{} {}", r.method, r.path);
        assert_eq!(r.header("authorization"), Some(bearer.as_str()), "{what}");
        assert_eq!(r.header("user-agent"), Some(USER_AGENT), "{what}");
        let data = r.path.ends_with("/content")
            || r.path.ends_with("/content/preview")
            || r.path.ends_with("/content/transcoding");
        let expected_host = if data { Host::ApiData } else { Host::Api };
        assert_eq!(r.host, Some(expected_host), "{what}");
        match r.method.as_str() {
            "GET" | "DELETE" => {
                assert!(r.body.is_empty(), "{what}");
                assert_eq!(r.header("content-type"), None, "{what}");
            }
            _ if r.body.is_empty() => {
                assert_eq!(r.header("content-length"), Some("0"), "{what}");
                assert_eq!(r.header("content-type"), None, "{what}");
            }
            _ if r.path.ends_with("/content") => {
                assert_eq!(r.header("content-type"), Some("image/jpeg"), "{what}");
            }
            _ => {
                assert_eq!(r.header("content-type"), Some("application/json"), "{what}");
                assert!(r.json().is_object(), "{what}");
            }
        }
    }
    let retry_keyed: Vec<_> = requests
        .iter()
        .filter(|r| r.header("x-line-retry-key").is_some())
        .map(|r| r.path.as_str())
        .collect();
    assert_eq!(
        retry_keyed,
        [
            "/v2/bot/message/push",
            "/v2/bot/message/multicast",
            "/v2/bot/message/narrowcast",
            "/v2/bot/message/broadcast"
        ]
    );
}
