//! Insight (followers, deliveries, message events, unit and rich menu statistics) against the
//! local server, over HTTP: method, host, path, headers and body of every call.
#![cfg(feature = "testkit")]

use linebot::client::insight::{GetNumberOfFollowers, InsightStatus};
use linebot::client::{Error, Host};
use linebot::testkit::LineServer;

use crate::support::assert_call;

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
        .call(GetNumberOfFollowers::new().date("20260131"))
        .unwrap();
    assert_eq!(followers.followers, Some(7620));
    let r = server.last_request().unwrap();
    assert_call(&r, "GET", Host::Api, "/v2/bot/insight/followers");
    assert_eq!(r.query_param("date"), Some("20260131"));
    client.get_number_of_followers().unwrap();
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
