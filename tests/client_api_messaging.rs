//! Statistics, message validation, PNP, memberships and coupons against the local server,
//! over HTTP: method, host, path, headers and body of every call.
#![cfg(feature = "testkit")]

use linebot::client::coupon::{
    AcquisitionCondition, CashBackPriceInfo, CouponCreateRequest, CouponReward, CouponStatus,
    CouponTimezone, CouponVisibility, DiscountPriceInfo,
};
use linebot::client::membership::Currency;
use linebot::client::pnp::hash_phone_number;
use linebot::client::statistics::{CountStatus, QuotaType};
use linebot::client::{Error, Host};
use linebot::message::TextMessage;
use linebot::testkit::{self, LineServer, RecordedRequest};
use serde_json::json;

fn assert_call(r: &RecordedRequest, method: &str, path: &str) {
    assert_eq!(
        (r.method.as_str(), r.host, r.path.as_str()),
        (method, Some(Host::Api), path)
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
fn quota_and_consumption() {
    let server = LineServer::start();
    let client = server.client();
    let quota = client.get_message_quota().unwrap();
    assert_eq!(
        (quota.r#type, quota.value),
        (QuotaType::Limited, Some(1000))
    );
    let r = server.last_request().unwrap();
    assert_call(&r, "GET", "/v2/bot/message/quota");
    assert!(r.body.is_empty() && r.query.is_empty());

    let used = client.get_message_quota_consumption().unwrap();
    assert_eq!(used.total_usage, 42);
    assert_call(
        &server.last_request().unwrap(),
        "GET",
        "/v2/bot/message/quota/consumption",
    );
}

#[test]
fn sent_message_counts_per_kind() {
    let server = LineServer::start();
    let client = server.client();
    type Count = fn(
        &linebot::client::Client,
        String,
    ) -> Result<linebot::client::statistics::NumberOfMessagesResponse, Error>;
    let calls: [(Count, &str, i64); 5] = [
        (|c, d| c.get_number_of_sent_reply_messages(d), "reply", 100),
        (|c, d| c.get_number_of_sent_push_messages(d), "push", 200),
        (
            |c, d| c.get_number_of_sent_multicast_messages(d),
            "multicast",
            300,
        ),
        (
            |c, d| c.get_number_of_sent_broadcast_messages(d),
            "broadcast",
            400,
        ),
        (|c, d| c.get_pnp_message_statistics(d), "pnp", 500),
    ];
    for (call, kind, base) in calls {
        let count = call(&client, "20260105".into()).unwrap();
        assert_eq!(
            (count.status, count.success),
            (CountStatus::Ready, Some(base + 5))
        );
        let r = server.last_request().unwrap();
        assert_call(&r, "GET", &format!("/v2/bot/message/delivery/{kind}"));
        assert_eq!(r.query, vec![("date".to_owned(), "20260105".to_owned())]);

        // A malformed date never leaves the client.
        let before = server.requests().len();
        let err = call(&client, "2026-01-05".into()).unwrap_err();
        let Error::Validation(v) = err else {
            panic!("expected a validation error, got {err:?}")
        };
        assert_eq!(v.paths(), ["date"]);
        assert_eq!(server.requests().len(), before);
    }
}

#[test]
fn aggregation_units() {
    let server = LineServer::start();
    let client = server.client();
    let usage = client.get_aggregation_unit_usage().unwrap();
    assert_eq!(usage.num_of_custom_aggregation_units, 2);
    assert_call(
        &server.last_request().unwrap(),
        "GET",
        "/v2/bot/message/aggregation/info",
    );

    let first = client
        .get_aggregation_unit_name_list(Some(1), None)
        .unwrap();
    assert_eq!(first.custom_aggregation_units, ["promotion_a"]);
    let r = server.last_request().unwrap();
    assert_call(&r, "GET", "/v2/bot/message/aggregation/list");
    assert_eq!(r.query_param("limit"), Some("1"));
    assert_eq!(r.query_param("start"), None);
    let second = client
        .get_aggregation_unit_name_list(Some(1), first.next.clone())
        .unwrap();
    assert_eq!(second.custom_aggregation_units, ["promotion_b"]);
    assert_eq!(second.next, None);
    assert_eq!(
        server.last_request().unwrap().query_param("start"),
        Some("1")
    );
}

#[test]
fn validate_endpoints() {
    let server = LineServer::start();
    let client = server.client();
    type Validate = fn(&linebot::client::Client, [TextMessage; 1]) -> Result<(), Error>;
    let calls: [(Validate, &str); 5] = [
        (|c, m| c.validate_reply(m), "reply"),
        (|c, m| c.validate_push(m), "push"),
        (|c, m| c.validate_multicast(m), "multicast"),
        (|c, m| c.validate_narrowcast(m), "narrowcast"),
        (|c, m| c.validate_broadcast(m), "broadcast"),
    ];
    for (call, kind) in calls {
        call(&client, [TextMessage::new("Hello")]).unwrap();
        let r = server.last_request().unwrap();
        assert_call(&r, "POST", &format!("/v2/bot/message/validate/{kind}"));
        assert_json(
            &r,
            json!({ "messages": [{ "type": "text", "text": "Hello" }] }),
        );

        // Our validator stops an empty text before it is sent...
        let before = server.requests().len();
        let err = call(&client, [TextMessage::new("")]).unwrap_err();
        assert!(matches!(err, Error::Validation(_)), "{err:?}");
        assert_eq!(server.requests().len(), before);
    }
    // ...and with our validator off, the server's answers LINE's 400 with the path.
    let unchecked = server.client_builder().validate(false).build().unwrap();
    let err = unchecked.validate_push([TextMessage::new("")]).unwrap_err();
    let api = err.api_error().expect("LINE's 400");
    assert_eq!(api.status, 400);
    assert_eq!(api.details[0].property.as_deref(), Some("messages[0].text"));
}

#[test]
fn push_by_phone_with_delivery_tag() {
    let server = LineServer::start();
    let client = server.client();
    // LINE's own example of the hashing.
    let to = hash_phone_number("+818000001234");
    assert_eq!(
        to,
        "d41e0ad70dddfeb68f149ad6fc61574b9c5780ab7bcb2fba5517771ffbb2409c"
    );
    assert_eq!(testkit::PNP_PHONE_NUMBER, "+818000001234");
    let tag = "delivery-tag-0123456789";
    client
        .push_messages_by_phone(to.as_str(), [TextMessage::new("Shipped")], Some(tag.into()))
        .unwrap();
    let r = server.last_request().unwrap();
    assert_call(&r, "POST", "/bot/pnp/push");
    assert_eq!(r.header("x-line-delivery-tag"), Some(tag));
    assert_json(
        &r,
        json!({ "messages": [{ "type": "text", "text": "Shipped" }], "to": to }),
    );

    client
        .push_messages_by_phone(to.as_str(), [TextMessage::new("No tag")], None)
        .unwrap();
    assert_eq!(
        server.last_request().unwrap().header("x-line-delivery-tag"),
        None
    );

    // A raw number or a tag shorter than 16 characters never leaves the client.
    let before = server.requests().len();
    let err = client
        .push_messages_by_phone(
            "+818000001234",
            [TextMessage::new("x")],
            Some("short".into()),
        )
        .unwrap_err();
    let Error::Validation(v) = err else {
        panic!("{err:?}")
    };
    assert_eq!(v.paths(), ["to", "X-Line-Delivery-Tag"]);
    assert_eq!(server.requests().len(), before);

    // A number LINE cannot reach: 422.
    let err = client
        .push_messages_by_phone(
            hash_phone_number("+15550100"),
            [TextMessage::new("x")],
            None,
        )
        .unwrap_err();
    assert_eq!(err.status(), Some(422));
}

#[test]
fn memberships() {
    let server = LineServer::start();
    let client = server.client();
    let plans = client.get_membership_list().unwrap();
    assert_eq!(plans.memberships.len(), 1);
    let plan = &plans.memberships[0];
    assert_eq!(plan.membership_id, testkit::MEMBERSHIP_ID);
    assert_eq!(
        (plan.currency.clone(), plan.member_limit),
        (Currency::Jpy, None)
    );
    assert_call(
        &server.last_request().unwrap(),
        "GET",
        "/v2/bot/membership/list",
    );

    let subs = client
        .get_membership_subscription(testkit::MEMBER_USER_ID)
        .unwrap();
    assert_eq!(subs.subscriptions.len(), 1);
    assert_eq!(subs.subscriptions[0].user.total_subscription_months, 3);
    assert_call(
        &server.last_request().unwrap(),
        "GET",
        &format!(
            "/v2/bot/membership/subscription/{}",
            testkit::MEMBER_USER_ID
        ),
    );
    assert!(
        client
            .get_membership_subscription(testkit::OTHER_USER_ID)
            .unwrap()
            .subscriptions
            .is_empty()
    );

    let users = client
        .get_joined_membership_users(testkit::MEMBERSHIP_ID, Some("token".into()), Some(10))
        .unwrap();
    assert_eq!(users.user_ids, [testkit::MEMBER_USER_ID]);
    let r = server.last_request().unwrap();
    assert_call(
        &r,
        "GET",
        &format!("/v2/bot/membership/{}/users/ids", testkit::MEMBERSHIP_ID),
    );
    assert_eq!(r.query_param("start"), Some("token"));
    assert_eq!(r.query_param("limit"), Some("10"));
    assert_eq!(
        client
            .get_joined_membership_users(1, None, None)
            .unwrap_err()
            .status(),
        Some(404)
    );
}

fn coupon(title: &str) -> CouponCreateRequest {
    let mut c = CouponCreateRequest::new(
        title,
        1_767_225_600,
        1_769_904_000,
        CouponVisibility::Public,
        CouponTimezone::AsiaTokyo,
    );
    c.reward = Some(CouponReward::Discount {
        price_info: Some(DiscountPriceInfo::Percentage { percentage: 10 }),
    });
    c
}

#[test]
fn coupons_create_list_detail_close() {
    let server = LineServer::start();
    let client = server.client();
    let created = client.create_coupon(coupon("10% off")).unwrap();
    let r = server.last_request().unwrap();
    assert_call(&r, "POST", "/v2/bot/coupon");
    assert_json(
        &r,
        json!({
            "acquisitionCondition": { "type": "normal" },
            "endTimestamp": 1_769_904_000,
            "maxUseCountPerTicket": 1,
            "startTimestamp": 1_767_225_600,
            "title": "10% off",
            "reward": { "type": "discount", "priceInfo": { "type": "percentage", "percentage": 10 } },
            "visibility": "PUBLIC",
            "timezone": "ASIA_TOKYO",
        }),
    );

    let mut lottery = coupon("Lottery");
    lottery.acquisition_condition = AcquisitionCondition::Lottery {
        lottery_probability: Some(50),
        max_acquire_count: Some(100),
    };
    lottery.reward = Some(CouponReward::CashBack {
        price_info: Some(CashBackPriceInfo::Fixed {
            fixed_amount: Some(500),
            currency: None,
        }),
    });
    let second = client.create_coupon(lottery).unwrap();
    assert_eq!(
        server.last_request().unwrap().json()["acquisitionCondition"],
        json!({ "type": "lottery", "lotteryProbability": 50, "maxAcquireCount": 100 })
    );

    let detail = client.get_coupon_detail(&created.coupon_id).unwrap();
    assert_eq!(detail.title.as_deref(), Some("10% off"));
    assert_eq!(detail.status, Some(CouponStatus::Running));
    assert_eq!(detail.timezone, Some(CouponTimezone::AsiaTokyo));
    assert_call(
        &server.last_request().unwrap(),
        "GET",
        &format!("/v2/bot/coupon/{}", created.coupon_id),
    );

    let page = client.list_coupon(vec![], None, Some(1)).unwrap();
    assert_eq!(page.items.len(), 1);
    assert_eq!(page.items[0].coupon_id, created.coupon_id);
    let r = server.last_request().unwrap();
    assert_call(&r, "GET", "/v2/bot/coupon");
    assert_eq!(r.query_param("limit"), Some("1"));
    let rest = client.list_coupon(vec![], page.next, Some(1)).unwrap();
    assert_eq!(rest.items[0].coupon_id, second.coupon_id);
    assert_eq!(rest.next, None);

    client.close_coupon(&created.coupon_id).unwrap();
    let r = server.last_request().unwrap();
    assert_call(
        &r,
        "PUT",
        &format!("/v2/bot/coupon/{}/close", created.coupon_id),
    );
    assert!(r.body.is_empty());
    assert_eq!(
        client
            .close_coupon(&created.coupon_id)
            .unwrap_err()
            .status(),
        Some(410)
    );
    assert_eq!(
        client.get_coupon_detail("nope").unwrap_err().status(),
        Some(404)
    );

    let closed = client
        .list_coupon(vec![CouponStatus::Closed, CouponStatus::Draft], None, None)
        .unwrap();
    assert_eq!(closed.items.len(), 1);
    let r = server.last_request().unwrap();
    let statuses: Vec<_> = r
        .query
        .iter()
        .filter(|(k, _)| k == "status")
        .map(|(_, v)| v.as_str())
        .collect();
    assert_eq!(statuses, ["CLOSED", "DRAFT"]);
}

#[test]
fn coupon_rules_checked_before_sending() {
    let server = LineServer::start();
    let client = server.client();
    let mut bad = coupon(&"x".repeat(61));
    bad.reward = Some(CouponReward::Discount {
        price_info: Some(DiscountPriceInfo::Percentage { percentage: 100 }),
    });
    bad.max_use_count_per_ticket = 2;
    let Error::Validation(v) = client.create_coupon(bad.clone()).unwrap_err() else {
        panic!()
    };
    assert_eq!(
        v.paths(),
        [
            "title",
            "maxUseCountPerTicket",
            "reward.priceInfo.percentage"
        ]
    );
    assert!(server.requests().is_empty());
    // The server applies the same rules when the client's validator is off.
    let unchecked = server.client_builder().validate(false).build().unwrap();
    let api = unchecked.create_coupon(bad).unwrap_err();
    assert_eq!(api.status(), Some(400));
}
