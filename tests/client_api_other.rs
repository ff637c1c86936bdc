//! Insight, LIFF apps, mission stickers and modules against the local server, over HTTP:
//! method, host, path, headers and body of every call.
#![cfg(feature = "testkit")]

use linebot::client::insight::InsightStatus;
use linebot::client::liff::{
    AddLiffAppRequest, LiffBotPrompt, LiffFeatures, LiffScope, LiffView, LiffViewType,
    UpdateLiffAppRequest, UpdateLiffView,
};
use linebot::client::module::AttachModule;
use linebot::client::shop::MissionStickerRequest;
use linebot::client::{Error, Host};
use linebot::testkit::{self, LineServer, RecordedRequest};
use serde_json::json;

fn assert_call(r: &RecordedRequest, method: &str, host: Host, path: &str) {
    assert_eq!(
        (r.method.as_str(), r.host, r.path.as_str()),
        (method, Some(host), path)
    );
    assert_eq!(
        r.header("authorization"),
        Some(format!("Bearer {}", testkit::CHANNEL_ACCESS_TOKEN).as_str())
    );
}

fn assert_json(r: &RecordedRequest, body: serde_json::Value) {
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(r.json(), body);
}

#[test]
fn insight_friends_and_deliveries() {
    let server = LineServer::start();
    let client = server.client();
    let demo = client.get_friends_demographics().unwrap();
    assert!(demo.available);
    assert_eq!(demo.genders.len(), 2);
    assert_eq!(demo.areas[0].area, "徳島");
    let r = server.last_request().unwrap();
    assert_call(&r, "GET", Host::Api, "/v2/bot/insight/demographic");
    assert!(r.query.is_empty() && r.body.is_empty());

    let deliveries = client.get_number_of_message_deliveries("20260131").unwrap();
    assert_eq!(deliveries.status, InsightStatus::Ready);
    assert_eq!(
        (deliveries.broadcast, deliveries.api_push, deliveries.chat),
        (Some(5385), Some(12), None)
    );
    let r = server.last_request().unwrap();
    assert_call(&r, "GET", Host::Api, "/v2/bot/insight/message/delivery");
    assert_eq!(r.query, vec![("date".to_owned(), "20260131".to_owned())]);

    let followers = client
        .get_number_of_followers(Some("20260131".into()))
        .unwrap();
    assert_eq!(followers.followers, Some(7620));
    let r = server.last_request().unwrap();
    assert_call(&r, "GET", Host::Api, "/v2/bot/insight/followers");
    assert_eq!(r.query_param("date"), Some("20260131"));
    client.get_number_of_followers(None).unwrap();
    assert!(server.last_request().unwrap().query.is_empty());

    let before = server.requests().len();
    assert!(matches!(
        client
            .get_number_of_message_deliveries("Jan 31")
            .unwrap_err(),
        Error::Validation(_)
    ));
    assert_eq!(server.requests().len(), before);
}

#[test]
fn insight_message_events_and_units() {
    let server = LineServer::start();
    let client = server.client();
    let event = client
        .get_message_event("f70dd685-499a-4231-a441-f24b8d4fba21")
        .unwrap();
    let overview = event.overview.as_ref().unwrap();
    assert_eq!(overview.delivered, Some(320));
    assert_eq!(overview.unique_media_played, None);
    assert_eq!(event.clicks[0].url, "https://line.me/");
    let r = server.last_request().unwrap();
    assert_call(&r, "GET", Host::Api, "/v2/bot/insight/message/event");
    assert_eq!(
        r.query_param("requestId"),
        Some("f70dd685-499a-4231-a441-f24b8d4fba21")
    );

    let unit = client
        .get_statistics_per_unit("promotion_a", "20260101", "20260130")
        .unwrap();
    assert_eq!(unit.overview.unique_impression, Some(40));
    assert_eq!(unit.messages[0].media_played, Some(30));
    let r = server.last_request().unwrap();
    assert_call(
        &r,
        "GET",
        Host::Api,
        "/v2/bot/insight/message/event/aggregation",
    );
    assert_eq!(
        r.query,
        [
            ("customAggregationUnit", "promotion_a"),
            ("from", "20260101"),
            ("to", "20260130")
        ]
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
    );

    let err = client
        .get_statistics_per_unit("promo-a!", "20260101", "2026013")
        .unwrap_err();
    let Error::Validation(v) = err else {
        panic!("{err:?}")
    };
    assert_eq!(v.paths(), ["to", "customAggregationUnit"]);
}

#[test]
fn insight_rich_menus() {
    let server = LineServer::start();
    let client = server.client();
    let id = "richmenu-0123456789abcdef0123456789abcdef";
    let summary = client
        .get_rich_menu_insight_summary(id, "20260213", "20260215")
        .unwrap();
    assert_eq!(summary.impression.as_ref().unwrap().metrics.count, 567);
    assert_eq!(summary.clicks[0].bounds.width, 1250);
    let r = server.last_request().unwrap();
    assert_call(
        &r,
        "GET",
        Host::Api,
        &format!("/v2/bot/insight/richmenu/{id}/summary"),
    );
    assert_eq!(r.query_param("from"), Some("20260213"));
    assert_eq!(r.query_param("to"), Some("20260215"));

    let daily = client
        .get_rich_menu_insight_daily(id, "20260213", "20260215")
        .unwrap();
    let impression = daily.impression.as_ref().unwrap();
    assert_eq!(impression.metrics.len(), 2);
    assert_eq!(impression.metrics[1].date, "20260215");
    assert_call(
        &server.last_request().unwrap(),
        "GET",
        Host::Api,
        &format!("/v2/bot/insight/richmenu/{id}/daily"),
    );

    // Below the privacy threshold LINE answers only the ID.
    let quiet = client
        .get_rich_menu_insight_summary("richmenu-quiet", "20260213", "20260215")
        .unwrap();
    assert_eq!(
        (
            quiet.rich_menu_id.as_str(),
            quiet.impression.clone(),
            quiet.clicks.len()
        ),
        ("richmenu-quiet", None, 0)
    );
    assert_eq!(
        client
            .get_rich_menu_insight_daily("nope", "20260213", "20260215")
            .unwrap_err()
            .status(),
        Some(404)
    );
}

#[test]
fn liff_apps_add_list_update_delete() {
    let server = LineServer::start();
    let client = server.client();
    // LINE answers 404 while there are no apps.
    assert_eq!(client.get_all_liff_apps().unwrap_err().status(), Some(404));

    let mut add =
        AddLiffAppRequest::new(LiffView::new(LiffViewType::Full, "https://example.com/app"));
    add.description = Some("Shop".into());
    add.scope = Some(vec![LiffScope::Openid, LiffScope::ChatMessageWrite]);
    add.bot_prompt = Some(LiffBotPrompt::Aggressive);
    let added = client.add_liff_app(add).unwrap();
    let r = server.last_request().unwrap();
    assert_call(&r, "POST", Host::Api, "/liff/v1/apps");
    assert_json(
        &r,
        json!({
            "view": { "type": "full", "url": "https://example.com/app" },
            "description": "Shop",
            "scope": ["openid", "chat_message.write"],
            "botPrompt": "aggressive",
        }),
    );

    let mut update = UpdateLiffAppRequest::default();
    let mut view = UpdateLiffView::default();
    view.r#type = Some(LiffViewType::Tall);
    update.view = Some(view);
    let mut features = LiffFeatures::default();
    features.qr_code = Some(true);
    update.features = Some(features);
    client.update_liff_app(&added.liff_id, update).unwrap();
    let r = server.last_request().unwrap();
    assert_call(
        &r,
        "PUT",
        Host::Api,
        &format!("/liff/v1/apps/{}", added.liff_id),
    );
    assert_json(
        &r,
        json!({ "view": { "type": "tall" }, "features": { "qrCode": true } }),
    );

    let apps = client.get_all_liff_apps().unwrap().into_inner().apps;
    assert_eq!(apps.len(), 1);
    assert_eq!(apps[0].liff_id.as_deref(), Some(added.liff_id.as_str()));
    let view = apps[0].view.clone().unwrap();
    assert_eq!(
        (view.r#type, view.url.as_str()),
        (LiffViewType::Tall, "https://example.com/app")
    );
    assert_call(
        &server.last_request().unwrap(),
        "GET",
        Host::Api,
        "/liff/v1/apps",
    );

    client.delete_liff_app(&added.liff_id).unwrap();
    let r = server.last_request().unwrap();
    assert_call(
        &r,
        "DELETE",
        Host::Api,
        &format!("/liff/v1/apps/{}", added.liff_id),
    );
    assert_eq!(
        client.delete_liff_app(&added.liff_id).unwrap_err().status(),
        Some(404)
    );

    // An http endpoint is refused before sending.
    let err = client
        .add_liff_app(AddLiffAppRequest::new(LiffView::new(
            LiffViewType::Compact,
            "http://example.com/",
        )))
        .unwrap_err();
    let Error::Validation(v) = err else {
        panic!("{err:?}")
    };
    assert_eq!(v.paths(), ["view.url"]);
}

#[test]
fn mission_sticker() {
    let server = LineServer::start();
    let client = server.client();
    client
        .mission_sticker_v3(MissionStickerRequest::new(
            testkit::USER_ID,
            "1234",
            "STICKER",
            true,
        ))
        .unwrap();
    let r = server.last_request().unwrap();
    assert_call(&r, "POST", Host::Api, "/shop/v3/mission");
    assert_json(
        &r,
        json!({
            "to": testkit::USER_ID,
            "productId": "1234",
            "productType": "STICKER",
            "sendPresentMessage": true,
        }),
    );
}

#[test]
fn modules_attach_list_control_detach() {
    let server = LineServer::start();
    let client = server.client();
    let attach = AttachModule::new(
        "auth-code",
        "https://example.com/callback",
        testkit::CHANNEL_ID,
        testkit::CHANNEL_SECRET,
    );
    assert!(!format!("{attach:?}").contains(testkit::CHANNEL_SECRET));
    let attached = client.attach_module(attach).unwrap();
    assert_eq!(attached.scopes, ["message:send", "message:receive"]);
    let r = server.last_request().unwrap();
    assert_eq!(
        (r.method.as_str(), r.host, r.path.as_str()),
        ("POST", Some(Host::Manager), "/module/auth/v1/token")
    );
    assert_eq!(r.header("authorization"), None);
    assert_eq!(
        r.header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    let form: Vec<(String, String)> = url::form_urlencoded::parse(&r.body).into_owned().collect();
    assert_eq!(
        form,
        [
            ("grant_type", "authorization_code"),
            ("code", "auth-code"),
            ("redirect_uri", "https://example.com/callback"),
            ("client_id", testkit::CHANNEL_ID),
            ("client_secret", testkit::CHANNEL_SECRET),
        ]
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
    );

    let page = client.get_modules(None, Some(1)).unwrap();
    assert_eq!(page.bots.len(), 1);
    let r = server.last_request().unwrap();
    assert_call(&r, "GET", Host::Api, "/v2/bot/list");
    assert_eq!(r.query_param("limit"), Some("1"));
    let rest = client.get_modules(page.next.clone(), None).unwrap();
    assert_eq!(
        server.last_request().unwrap().query_param("start"),
        page.next.as_deref()
    );
    let mut ids: Vec<_> = page
        .bots
        .iter()
        .chain(&rest.bots)
        .map(|b| b.user_id.clone())
        .collect();
    ids.sort();
    let mut expected = vec![attached.bot_id.clone(), testkit::MODULE_BOT_ID.to_owned()];
    expected.sort();
    assert_eq!(ids, expected);

    client
        .acquire_chat_control(testkit::USER_ID, Some(true), Some(3600))
        .unwrap();
    let r = server.last_request().unwrap();
    assert_call(
        &r,
        "POST",
        Host::Api,
        &format!("/v2/bot/chat/{}/control/acquire", testkit::USER_ID),
    );
    assert_json(&r, json!({ "expired": true, "ttl": 3600 }));
    client.release_chat_control(testkit::USER_ID).unwrap();
    let r = server.last_request().unwrap();
    assert_call(
        &r,
        "POST",
        Host::Api,
        &format!("/v2/bot/chat/{}/control/release", testkit::USER_ID),
    );
    assert_eq!(r.header("content-length"), Some("0"));
    assert_eq!(
        client
            .release_chat_control(testkit::USER_ID)
            .unwrap_err()
            .status(),
        Some(400)
    );
    assert!(matches!(
        client
            .acquire_chat_control(testkit::USER_ID, Some(true), Some(40_000_000))
            .unwrap_err(),
        Error::Validation(_)
    ));

    client.detach_module(Some(attached.bot_id.clone())).unwrap();
    let r = server.last_request().unwrap();
    assert_call(&r, "POST", Host::Api, "/v2/bot/channel/detach");
    assert_json(&r, json!({ "botId": attached.bot_id }));
    assert_eq!(client.get_modules(None, None).unwrap().bots.len(), 1);
}
