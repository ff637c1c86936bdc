//! Coupons against the local server, over HTTP: method, host, path, headers and body of every
//! call.
#![cfg(feature = "testkit")]

use linebot::client::coupon::{
    AcquisitionCondition, CashBackPriceInfo, CouponCreateRequest, CouponReward, CouponStatus,
    CouponTimezone, CouponVisibility, DiscountPriceInfo, ListCoupon,
};
use linebot::client::{Error, Host};
use linebot::testkit::LineServer;
use serde_json::json;

use crate::support::{assert_call, assert_json};

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
    assert_call(&r, "POST", Host::Api, "/v2/bot/coupon");
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
        Host::Api,
        &format!("/v2/bot/coupon/{}", created.coupon_id),
    );

    let page = client.call(ListCoupon::new().limit(1)).unwrap();
    assert_eq!(page.items.len(), 1);
    assert_eq!(page.items[0].coupon_id, created.coupon_id);
    let r = server.last_request().unwrap();
    assert_call(&r, "GET", Host::Api, "/v2/bot/coupon");
    assert_eq!(r.query_param("limit"), Some("1"));
    let rest = client
        .call(
            ListCoupon::new()
                .start(page.next.as_deref().unwrap())
                .limit(1),
        )
        .unwrap();
    assert_eq!(rest.items[0].coupon_id, second.coupon_id);
    assert_eq!(rest.next, None);

    client.close_coupon(&created.coupon_id).unwrap();
    let r = server.last_request().unwrap();
    assert_call(
        &r,
        "PUT",
        Host::Api,
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
        .call(ListCoupon::new().status([CouponStatus::Closed, CouponStatus::Draft]))
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

#[test]
fn values_from_the_future_are_kept() {
    let detail: linebot::client::coupon::CouponResponse = serde_json::from_value(json!({
        "couponId": "c1",
        "reward": { "type": "points", "amount": 3 },
        "acquisitionCondition": { "type": "referral" },
        "visibility": "FRIENDS_ONLY",
        "timezone": "MARS_OLYMPUS",
        "status": "ARCHIVED",
    }))
    .unwrap();
    assert_eq!(
        detail.reward,
        Some(CouponReward::Unknown(
            json!({ "type": "points", "amount": 3 })
        ))
    );
    assert_eq!(
        detail.acquisition_condition,
        Some(AcquisitionCondition::Referral)
    );
    assert_eq!(
        detail.visibility,
        Some(CouponVisibility::Unknown("FRIENDS_ONLY".into()))
    );
    assert_eq!(
        detail.timezone,
        Some(CouponTimezone::Unknown("MARS_OLYMPUS".into()))
    );
    assert_eq!(
        detail.status,
        Some(CouponStatus::Unknown("ARCHIVED".into()))
    );
    // And they serialize back unchanged.
    assert_eq!(
        serde_json::to_value(&detail).unwrap()["reward"],
        json!({ "type": "points", "amount": 3 })
    );
}
