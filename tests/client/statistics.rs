//! Statistics and LINE notification messages against the local LINE API server, over HTTP.

use linebot::client::Host;
use linebot::client::message::PushMessagesByPhone;
use linebot::client::statistics::{CountStatus, GetAggregationUnitNameList};
use linebot::message::{MulticastRequest, TextMessage};
use linebot::testkit::{self, LineServer};

use crate::support::assert_get;

#[test]
fn sent_message_counts_per_day() {
    let server = LineServer::start();
    let client = server.client();
    client
        .push_message(
            testkit::USER_ID,
            [TextMessage::new("a"), TextMessage::new("b")],
        )
        .unwrap();
    client
        .reply_message(server.issue_reply_token(), [TextMessage::new("c")])
        .unwrap();

    let push = client.get_number_of_sent_push_messages("20260101").unwrap();
    assert_eq!(
        (push.status.clone(), push.success),
        (CountStatus::Ready, Some(2))
    );
    let r = server.last_request().unwrap();
    assert_get(&r, "/v2/bot/message/delivery/push");
    assert_eq!(r.query_param("date"), Some("20260101"));

    let reply = client
        .get_number_of_sent_reply_messages("20260101")
        .unwrap();
    assert_eq!(reply.success, Some(1));
    assert_get(
        &server.last_request().unwrap(),
        "/v2/bot/message/delivery/reply",
    );

    let multicast = client
        .get_number_of_sent_multicast_messages("20260101")
        .unwrap();
    assert_eq!(multicast.success, Some(0));
    assert_get(
        &server.last_request().unwrap(),
        "/v2/bot/message/delivery/multicast",
    );

    let broadcast = client
        .get_number_of_sent_broadcast_messages("20260101")
        .unwrap();
    assert_eq!(broadcast.success, Some(0));
    assert_get(
        &server.last_request().unwrap(),
        "/v2/bot/message/delivery/broadcast",
    );

    let err = client
        .get_number_of_sent_push_messages("2026-01-01")
        .unwrap_err();
    assert_eq!(
        err.api_error().unwrap().details[0].property.as_deref(),
        Some("date")
    );
}

#[test]
fn unknown_count_statuses_are_kept() {
    let r: linebot::client::statistics::NumberOfMessagesResponse =
        serde_json::from_str(r#"{"status":"recounting"}"#).unwrap();
    assert_eq!(r.status, CountStatus::Unknown("recounting".into()));
    assert_eq!(r.success, None);
}

#[test]
fn aggregation_units() {
    let server = LineServer::start();
    let client = server.client();
    client
        .call(
            MulticastRequest::new([testkit::USER_ID], [TextMessage::new("x")])
                .custom_aggregation_units(["promotion_a"]),
        )
        .unwrap();

    let usage = client.get_aggregation_unit_usage().unwrap();
    assert_eq!(usage.num_of_custom_aggregation_units, 1);
    assert_get(
        &server.last_request().unwrap(),
        "/v2/bot/message/aggregation/info",
    );

    let names = client
        .call(GetAggregationUnitNameList::new().limit(10).start("tok"))
        .unwrap();
    assert_eq!(names.custom_aggregation_units, ["promotion_a"]);
    let r = server.last_request().unwrap();
    assert_get(&r, "/v2/bot/message/aggregation/list");
    assert_eq!(r.query_param("limit"), Some("10"));
    assert_eq!(r.query_param("start"), Some("tok"));
}

#[test]
fn push_messages_by_phone_and_statistics() {
    let server = LineServer::start();
    let client = server.client();
    let hashed = "1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b";
    client
        .call(
            PushMessagesByPhone::new(hashed, [TextMessage::new("Your order shipped")])
                .delivery_tag("delivery-tag-0123456789"),
        )
        .unwrap();
    let r = server.last_request().unwrap();
    assert_eq!((r.method.as_str(), r.host), ("POST", Some(Host::Api)));
    assert_eq!(r.path, "/bot/pnp/push");
    assert_eq!(
        r.header("x-line-delivery-tag"),
        Some("delivery-tag-0123456789")
    );
    assert_eq!(r.header("x-line-retry-key"), None);
    assert_eq!(
        r.json(),
        serde_json::json!({"messages": [{"type": "text", "text": "Your order shipped"}], "to": hashed})
    );
    assert_eq!(server.deliveries()[0].kind, "pnp");

    let stats = client.get_pnp_message_statistics("20260101").unwrap();
    assert_eq!(stats.success, Some(1));
    assert_get(
        &server.last_request().unwrap(),
        "/v2/bot/message/delivery/pnp",
    );

    client
        .push_messages_by_phone(hashed, [TextMessage::new("no tag")])
        .unwrap();
    assert_eq!(
        server.last_request().unwrap().header("x-line-delivery-tag"),
        None
    );
}
