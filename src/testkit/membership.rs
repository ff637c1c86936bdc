//! Memberships on the local server: one plan, [`MEMBERSHIP_ID`](super::MEMBERSHIP_ID), with
//! one subscriber, [`MEMBER_USER_ID`](super::MEMBER_USER_ID).

use serde_json::{Value, json};

use super::RecordedRequest;
use super::api::{Handled, MEMBER_USER_ID, MEMBERSHIP_ID, error, not_found, ok};

fn plan() -> Value {
    json!({
        "membershipId": MEMBERSHIP_ID,
        "title": "Gold",
        "description": "Early access to new items",
        "benefits": ["Early access", "Free shipping"],
        "price": 500.0,
        "currency": "JPY",
    })
}

pub(super) fn handle(r: &RecordedRequest, seg: &[&str]) -> Option<Handled> {
    let result = match (r.method.as_str(), seg) {
        ("GET", ["v2", "bot", "membership", "subscription", user]) => {
            let subscriptions = if *user == MEMBER_USER_ID {
                json!([{
                    "membership": plan(),
                    "user": {
                        "membershipNo": 1,
                        "joinedTime": 1_700_000_000,
                        "nextBillingDate": "2026-12-01",
                        "totalSubscriptionMonths": 3,
                    },
                }])
            } else {
                json!([])
            };
            ok(json!({ "subscriptions": subscriptions }))
        }
        ("GET", ["v2", "bot", "membership", "list"]) => {
            let mut p = plan();
            p["memberCount"] = json!(1);
            p["memberLimit"] = Value::Null;
            p["isInAppPurchase"] = json!(false);
            p["isPublished"] = json!(true);
            ok(json!({ "memberships": [p] }))
        }
        ("GET", ["v2", "bot", "membership", id, "users", "ids"]) => {
            if *id != MEMBERSHIP_ID.to_string() {
                Err(not_found())
            } else {
                match r.query_param("limit").map(str::parse::<u32>) {
                    Some(Ok(1..=1000)) | None => ok(json!({ "userIds": [MEMBER_USER_ID] })),
                    Some(_) => Err(error(400, "limit must be 1 to 1000")),
                }
            }
        }
        _ => return None,
    };
    Some(result)
}
