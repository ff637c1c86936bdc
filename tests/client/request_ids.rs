//! Every answer exposes the `x-line-request-id` the server sent, one test per API area, unit
//! answers included; headers are readable by name on success and on `ApiError`.
#![cfg(feature = "testkit")]

use linebot::action;
use linebot::client::audience::Audience;
use linebot::client::coupon::{
    CouponCreateRequest, CouponReward, CouponTimezone, CouponVisibility, DiscountPriceInfo,
};
use linebot::client::liff::{LiffView, LiffViewType, UpdateLiffAppRequest};
use linebot::client::{Error, Response};
use linebot::message::{BroadcastRequest, TextMessage};
use linebot::richmenu::{RichMenu, RichMenuArea, RichMenuBounds, RichMenuSize};
use linebot::testkit::{self, LineServer};

/// Unwraps an answer and checks its request id is the one the server just sent.
fn same<T: std::fmt::Debug>(
    server: &LineServer,
    answer: Result<Response<T>, Error>,
) -> Response<T> {
    let answer = answer.unwrap();
    let sent = server
        .last_request_id()
        .expect("the server answered a request id");
    assert_eq!(answer.request_id(), Some(sent.as_str()), "{answer:?}");
    assert_eq!(answer.header("X-LINE-REQUEST-ID"), Some(sent.as_str()));
    answer
}

fn menu() -> RichMenu {
    RichMenu::new(
        RichMenuSize::HALF,
        "ids",
        "Menu",
        [RichMenuArea::new(
            RichMenuBounds::new(0, 0, 2500, 843),
            action::postback("menu=ids"),
        )],
    )
}

#[test]
fn messages() {
    let server = LineServer::start();
    let c = server.client();
    let hi = || [TextMessage::new("hi")];
    same(&server, c.reply_message(server.issue_reply_token(), hi()));
    let pushed = same(&server, c.push_message(testkit::USER_ID, hi()));
    assert_eq!(pushed.status(), 200);
    assert_eq!(pushed.accepted_request_id(), None);
    same(&server, c.multicast([testkit::USER_ID], hi()));
    same(&server, c.call(BroadcastRequest::new(hi())));
    let narrow = same(&server, c.narrowcast(hi()));
    let id = narrow.request_id().unwrap().to_owned();
    same(&server, c.get_narrowcast_progress(id));
    same(&server, c.validate_reply(hi()));
    same(&server, c.validate_push(hi()));
    same(&server, c.validate_multicast(hi()));
    same(&server, c.validate_narrowcast(hi()));
    same(&server, c.validate_broadcast(hi()));
    same(&server, c.get_message_quota());
    same(&server, c.get_message_quota_consumption());
    same(&server, c.push_messages_by_phone("a".repeat(64), hi()));
}

#[test]
fn content() {
    let server = LineServer::start();
    let c = server.client();
    let content = same(&server, c.get_message_content(testkit::IMAGE_MESSAGE_ID));
    assert_eq!(content.header("content-type"), Some("image/png"));
    assert_eq!(content.into_bytes().unwrap(), testkit::IMAGE_CONTENT);
    same(
        &server,
        c.get_message_content_preview(testkit::IMAGE_MESSAGE_ID),
    );
    same(
        &server,
        c.get_message_content_transcoding_by_message_id(testkit::IMAGE_MESSAGE_ID),
    );
}

#[test]
fn users_groups_and_rooms() {
    let server = LineServer::start();
    let c = server.client();
    same(&server, c.get_profile(testkit::USER_ID));
    same(&server, c.get_followers());
    same(&server, c.issue_link_token(testkit::USER_ID));
    same(&server, c.get_bot_info());
    same(&server, c.get_group_summary(testkit::GROUP_ID));
    same(&server, c.get_group_member_count(testkit::GROUP_ID));
    same(&server, c.get_group_members_ids(testkit::GROUP_ID));
    same(
        &server,
        c.get_group_member_profile(testkit::GROUP_ID, testkit::USER_ID),
    );
    same(&server, c.leave_group(testkit::GROUP_ID));
    same(&server, c.get_room_member_count(testkit::ROOM_ID));
    same(&server, c.get_room_members_ids(testkit::ROOM_ID));
    same(
        &server,
        c.get_room_member_profile(testkit::ROOM_ID, testkit::USER_ID),
    );
    same(&server, c.leave_room(testkit::ROOM_ID));
}

#[test]
fn rich_menus() {
    let server = LineServer::start();
    let c = server.client();
    same(&server, c.validate_rich_menu_object(menu()));
    let id = same(&server, c.create_rich_menu(menu()))
        .into_inner()
        .rich_menu_id;
    same(
        &server,
        c.set_rich_menu_image(&id, "image/png", b"png".to_vec()),
    );
    same(&server, c.get_rich_menu_image(&id));
    same(&server, c.get_rich_menu(&id));
    same(&server, c.get_rich_menu_list());
    same(&server, c.set_default_rich_menu(&id));
    same(&server, c.get_default_rich_menu_id());
    same(&server, c.cancel_default_rich_menu());
    same(&server, c.link_rich_menu_id_to_user(testkit::USER_ID, &id));
    same(&server, c.get_rich_menu_id_of_user(testkit::USER_ID));
    same(&server, c.unlink_rich_menu_id_from_user(testkit::USER_ID));
    let bulk = same(
        &server,
        c.link_rich_menu_id_to_users([testkit::USER_ID], &id),
    );
    assert_eq!(bulk.status(), 202);
    same(&server, c.create_rich_menu_alias("alias-ids", &id));
    same(&server, c.update_rich_menu_alias("alias-ids", &id));
    same(&server, c.get_rich_menu_alias("alias-ids"));
    same(&server, c.get_rich_menu_alias_list());
    same(&server, c.delete_rich_menu_alias("alias-ids"));
    same(&server, c.delete_rich_menu(&id));
}

#[test]
fn statistics_and_insight() {
    let server = LineServer::start();
    let c = server.client();
    same(&server, c.get_number_of_sent_reply_messages("20260131"));
    same(&server, c.get_number_of_sent_push_messages("20260131"));
    same(&server, c.get_aggregation_unit_usage());
    same(&server, c.get_aggregation_unit_name_list());
    same(&server, c.get_friends_demographics());
    same(&server, c.get_number_of_message_deliveries("20260131"));
    same(&server, c.get_number_of_followers());
}

#[test]
fn webhook_settings_chat_and_membership() {
    let server = LineServer::start();
    let c = server.client();
    same(
        &server,
        c.set_webhook_endpoint("https://example.com/callback"),
    );
    same(&server, c.get_webhook_endpoint());
    same(&server, c.show_loading_animation(testkit::USER_ID));
    same(&server, c.mark_messages_as_read(testkit::USER_ID));
    same(&server, c.get_membership_list());
    same(&server, c.get_membership_subscription(testkit::USER_ID));
}

#[test]
fn channel_access_tokens() {
    let server = LineServer::start();
    let c = server.client();
    let issued = same(
        &server,
        c.issue_channel_token(testkit::CHANNEL_ID, testkit::CHANNEL_SECRET),
    );
    same(
        &server,
        c.verify_channel_token(issued.access_token.as_str()),
    );
    same(
        &server,
        c.revoke_channel_token(issued.access_token.as_str()),
    );
}

#[test]
fn audiences() {
    let server = LineServer::start();
    let c = server.client();
    let created = same(
        &server,
        c.create_audience_group("ids", [Audience::new(testkit::USER_ID)]),
    );
    let id = created.audience_group_id;
    same(
        &server,
        c.add_audience_to_audience_group(id, [Audience::new("U3")]),
    );
    same(&server, c.update_audience_group_description(id, "renamed"));
    same(&server, c.get_audience_data(id));
    same(&server, c.get_audience_groups(1));
    same(
        &server,
        c.create_click_based_audience_group("clicked", "req-1"),
    );
    same(&server, c.delete_audience_group(id));
}

#[test]
fn coupons_liff_shop_and_modules() {
    let server = LineServer::start();
    let c = server.client();
    let mut coupon = CouponCreateRequest::new(
        "ids",
        1_767_225_600,
        1_769_904_000,
        CouponVisibility::Public,
        CouponTimezone::AsiaTokyo,
    );
    coupon.reward = Some(CouponReward::Discount {
        price_info: Some(DiscountPriceInfo::Percentage { percentage: 10 }),
    });
    let coupon_id = same(&server, c.create_coupon(coupon))
        .into_inner()
        .coupon_id;
    same(&server, c.get_coupon_detail(&coupon_id));
    same(&server, c.list_coupon());
    same(&server, c.close_coupon(&coupon_id));

    let view = LiffView::new(LiffViewType::Full, "https://example.com/liff");
    let liff_id = same(&server, c.add_liff_app(view)).into_inner().liff_id;
    same(
        &server,
        c.update_liff_app(&liff_id, UpdateLiffAppRequest::default()),
    );
    same(&server, c.get_all_liff_apps());
    same(&server, c.delete_liff_app(&liff_id));

    same(
        &server,
        c.mission_sticker_v3(testkit::USER_ID, "6325", "STICKER", false),
    );

    same(
        &server,
        c.attach_module(
            "auth-code",
            "https://example.com/callback",
            testkit::CHANNEL_ID,
            testkit::CHANNEL_SECRET,
        ),
    );
    same(&server, c.get_modules());
    same(&server, c.acquire_chat_control(testkit::USER_ID));
    same(&server, c.release_chat_control(testkit::USER_ID));
    same(&server, c.detach_module());
}

#[test]
fn errors_keep_the_request_id_and_every_header() {
    let server = LineServer::start();
    let e = server.client().get_profile("Unobody").unwrap_err();
    let sent = server.last_request_id().unwrap();
    let api = e.api_error().expect("LINE's error answer");
    assert_eq!(api.status, 404);
    assert_eq!(api.request_id.as_deref(), Some(sent.as_str()));
    assert_eq!(api.headers.get("X-Line-Request-Id"), Some(sent.as_str()));
    assert_eq!(api.headers.get("content-type"), Some("application/json"));
    assert!(
        api.headers
            .iter()
            .any(|(name, _)| name == "x-line-request-id")
    );
}

#[test]
fn webhook_endpoint_test() {
    let server = LineServer::start();
    let c = server.client();
    // An https URL on a local port nothing listens on: the test webhook fails to connect,
    // locally, and LINE's answer says so.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    same(
        &server,
        c.set_webhook_endpoint(format!("https://127.0.0.1:{port}/callback")),
    );
    let tested = same(&server, c.test_webhook_endpoint());
    assert_eq!(tested.success, Some(false));
    assert!(
        server
            .last_request()
            .unwrap()
            .json()
            .get("endpoint")
            .is_none()
    );
}
