//! Users, the bot, groups and rooms against the local LINE API server, over HTTP.

use linebot::client::Error;
use linebot::client::bot::{ChatMode, MarkAsReadMode};
use linebot::client::group::GetGroupMembersIds;
use linebot::client::user::GetFollowers;
use linebot::testkit::{self, LineServer};

use crate::support::assert_get;

#[test]
fn get_profile() {
    let server = LineServer::start();
    let profile = server.client().get_profile(testkit::USER_ID).unwrap();
    assert_eq!(profile.display_name, "LINE taro");
    assert_eq!(profile.user_id, testkit::USER_ID);
    assert_eq!(profile.language.as_deref(), Some("en"));
    assert_get(
        &server.last_request().unwrap(),
        &format!("/v2/bot/profile/{}", testkit::USER_ID),
    );
}

#[test]
fn unknown_users_are_404_with_the_request_id() {
    let server = LineServer::start();
    let err = server.client().get_profile("Unobody").unwrap_err();
    let Error::Api(api) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(api.status, 404);
    assert_eq!(api.message, "Not found");
    assert!(err.request_id().is_some());
}

#[test]
fn path_parameters_are_encoded() {
    let server = LineServer::start();
    let _ = server.client().get_profile("a/b?c");
    assert_eq!(
        server.last_request().unwrap().path,
        "/v2/bot/profile/a%2Fb%3Fc"
    );
}

#[test]
fn get_followers_pages() {
    let server = LineServer::start();
    server.seed_user("U3", "third");
    let client = server.client();
    let first = client.call(GetFollowers::new().limit(2)).unwrap();
    assert_eq!(first.user_ids.len(), 2);
    let r = server.last_request().unwrap();
    assert_get(&r, "/v2/bot/followers/ids");
    assert_eq!(r.query_param("limit"), Some("2"));
    assert_eq!(r.query_param("start"), None);
    let next = first.next.clone().expect("a second page");
    let second = client
        .call(GetFollowers::new().start(&next).limit(2))
        .unwrap();
    assert_eq!(second.user_ids.len(), 1);
    assert_eq!(second.next, None);
    assert_eq!(
        server.last_request().unwrap().query_param("start"),
        Some(next.as_str())
    );
}

#[test]
fn get_bot_info() {
    let server = LineServer::start();
    let info = server.client().get_bot_info().unwrap();
    assert_eq!(info.user_id, testkit::BOT_USER_ID);
    assert_eq!(info.chat_mode, ChatMode::Bot);
    assert_eq!(info.mark_as_read_mode, MarkAsReadMode::Auto);
    assert_get(&server.last_request().unwrap(), "/v2/bot/info");
}

#[test]
fn unknown_enum_values_and_fields_are_tolerated() {
    let info: linebot::client::bot::BotInfoResponse = serde_json::from_str(
        r#"{"userId":"U","basicId":"@b","displayName":"d","chatMode":"hybrid",
            "markAsReadMode":"auto","newField":1}"#,
    )
    .unwrap();
    assert_eq!(info.chat_mode, ChatMode::Unknown("hybrid".into()));
}

#[test]
fn issue_link_token() {
    let server = LineServer::start();
    let token = server.client().issue_link_token(testkit::USER_ID).unwrap();
    assert!(!token.link_token.is_empty());
    let r = server.last_request().unwrap();
    assert_eq!(r.method, "POST");
    assert_eq!(
        r.path,
        format!("/v2/bot/user/{}/linkToken", testkit::USER_ID)
    );
    assert_eq!(r.header("content-length"), Some("0"));
}

#[test]
fn group_operations() {
    let server = LineServer::start();
    let client = server.client();
    let g = testkit::GROUP_ID;

    let summary = client.get_group_summary(g).unwrap();
    assert_eq!(summary.group_id, g);
    assert_eq!(summary.group_name, "Group name");
    assert_get(
        &server.last_request().unwrap(),
        &format!("/v2/bot/group/{g}/summary"),
    );

    assert_eq!(client.get_group_member_count(g).unwrap().count, 2);
    assert_get(
        &server.last_request().unwrap(),
        &format!("/v2/bot/group/{g}/members/count"),
    );

    let ids = client
        .call(GetGroupMembersIds::new(g).start("tok"))
        .unwrap();
    assert_eq!(ids.member_ids, [testkit::USER_ID, testkit::OTHER_USER_ID]);
    let r = server.last_request().unwrap();
    assert_get(&r, &format!("/v2/bot/group/{g}/members/ids"));
    assert_eq!(r.query_param("start"), Some("tok"));

    let member = client
        .get_group_member_profile(g, testkit::OTHER_USER_ID)
        .unwrap();
    assert_eq!(member.display_name, "LINE hanako");
    assert_get(
        &server.last_request().unwrap(),
        &format!("/v2/bot/group/{g}/member/{}", testkit::OTHER_USER_ID),
    );

    client.leave_group(g).unwrap();
    let r = server.last_request().unwrap();
    assert_eq!(
        (r.method.as_str(), r.path.as_str()),
        ("POST", format!("/v2/bot/group/{g}/leave").as_str())
    );
    assert_eq!(client.get_group_summary(g).unwrap_err().status(), Some(404));
}

#[test]
fn room_operations() {
    let server = LineServer::start();
    let client = server.client();
    let room = testkit::ROOM_ID;

    assert_eq!(client.get_room_member_count(room).unwrap().count, 2);
    assert_get(
        &server.last_request().unwrap(),
        &format!("/v2/bot/room/{room}/members/count"),
    );

    let ids = client.get_room_members_ids(room).unwrap();
    assert_eq!(ids.member_ids.len(), 2);
    assert_get(
        &server.last_request().unwrap(),
        &format!("/v2/bot/room/{room}/members/ids"),
    );

    let member = client
        .get_room_member_profile(room, testkit::USER_ID)
        .unwrap();
    assert_eq!(member.user_id, testkit::USER_ID);
    assert_get(
        &server.last_request().unwrap(),
        &format!("/v2/bot/room/{room}/member/{}", testkit::USER_ID),
    );

    client.leave_room(room).unwrap();
    let r = server.last_request().unwrap();
    assert_eq!(
        (r.method.as_str(), r.path.as_str()),
        ("POST", format!("/v2/bot/room/{room}/leave").as_str())
    );
    assert_eq!(
        client.get_room_member_count(room).unwrap_err().status(),
        Some(404)
    );
}
