//! Coupons on the local server: created (after validation), listed with status filters and
//! paging, looked up, and closed once (`410` the second time).

use serde_json::{Value, json};

use super::RecordedRequest;
use super::api::{ApiState, Handled, error, not_found, ok, validated};
use super::reply::Reply;
use crate::client::coupon::CouponCreateRequest;

pub(super) fn handle(s: &mut ApiState, r: &RecordedRequest, seg: &[&str]) -> Option<Handled> {
    let result = match (r.method.as_str(), seg) {
        ("POST", ["v2", "bot", "coupon"]) => (|| {
            let request: CouponCreateRequest = validated(r)?;
            let id = format!("testkit-coupon-{}", s.next());
            let mut stored = serde_json::to_value(&request).unwrap_or_default();
            stored["couponId"] = json!(id);
            stored["createdTimestamp"] = json!(1_700_000_000);
            stored["status"] = json!("RUNNING");
            s.coupons.insert(id.clone(), stored);
            ok(json!({ "couponId": id }))
        })(),
        ("GET", ["v2", "bot", "coupon"]) => (|| {
            let statuses: Vec<&str> = r
                .query
                .iter()
                .filter(|(k, _)| k == "status")
                .map(|(_, v)| v.as_str())
                .collect();
            let limit = match r.query_param("limit").map(str::parse::<usize>) {
                None => 20,
                Some(Ok(n @ 1..=100)) => n,
                Some(_) => return Err(error(400, "limit must be 1 to 100")),
            };
            let start: usize = r
                .query_param("start")
                .and_then(|s| s.parse().ok())
                .unwrap_or(0);
            let matching: Vec<&Value> = s
                .coupons
                .values()
                .filter(|c| statuses.is_empty() || statuses.iter().any(|st| c["status"] == *st))
                .collect();
            let items: Vec<Value> = matching
                .iter()
                .skip(start)
                .take(limit)
                .map(|c| json!({ "couponId": c["couponId"], "title": c["title"] }))
                .collect();
            let next = start + items.len();
            let mut page = json!({ "items": items });
            if next < matching.len() {
                page["next"] = json!(next.to_string());
            }
            ok(page)
        })(),
        ("GET", ["v2", "bot", "coupon", id]) => s
            .coupons
            .get(*id)
            .cloned()
            .map(|c| Reply::json(200, c))
            .ok_or_else(not_found),
        ("PUT", ["v2", "bot", "coupon", id, "close"]) => match s.coupons.get_mut(*id) {
            None => Err(not_found()),
            Some(c) if c["status"] == "CLOSED" => Err(error(410, "The coupon is already closed")),
            Some(c) => {
                c["status"] = json!("CLOSED");
                super::api::empty()
            }
        },
        _ => return None,
    };
    Some(result)
}
