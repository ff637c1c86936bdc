//! Message statistics on the local server: a fixed quota and usage, daily counts that are
//! `ready` for any valid past date, and two aggregation units.

use serde_json::json;

use super::RecordedRequest;
use super::api::{Handled, error, ok};

/// Daily counts answer `ready` with a count derived from the date, so tests can tell days
/// apart; a malformed date gets LINE's `400`.
fn daily(r: &RecordedRequest, base: i64) -> Handled {
    let date = r.query_param("date").unwrap_or_default();
    if date.len() != 8 || !date.bytes().all(|b| b.is_ascii_digit()) {
        return Err(error(400, "The value for the 'date' parameter is invalid"));
    }
    let day: i64 = date[6..].parse().unwrap_or_default();
    ok(json!({ "status": "ready", "success": base + day }))
}

pub(super) fn handle(r: &RecordedRequest, seg: &[&str]) -> Option<Handled> {
    let result = match (r.method.as_str(), seg) {
        ("GET", ["v2", "bot", "message", "quota"]) => {
            ok(json!({ "type": "limited", "value": 1000 }))
        }
        ("GET", ["v2", "bot", "message", "quota", "consumption"]) => {
            ok(json!({ "totalUsage": 42 }))
        }
        ("GET", ["v2", "bot", "message", "delivery", kind]) => match *kind {
            "reply" => daily(r, 100),
            "push" => daily(r, 200),
            "multicast" => daily(r, 300),
            "broadcast" => daily(r, 400),
            "pnp" => daily(r, 500),
            _ => return None,
        },
        ("GET", ["v2", "bot", "message", "aggregation", "info"]) => {
            ok(json!({ "numOfCustomAggregationUnits": 2 }))
        }
        ("GET", ["v2", "bot", "message", "aggregation", "list"]) => {
            // Pages of one name, so that paging can be tested.
            let units = ["promotion_a", "promotion_b"];
            let start: usize = r
                .query_param("start")
                .and_then(|s| s.parse().ok())
                .unwrap_or(0);
            let limit: usize = r
                .query_param("limit")
                .and_then(|s| s.parse().ok())
                .unwrap_or(100);
            let page: Vec<_> = units.iter().skip(start).take(limit).collect();
            let next = start + page.len();
            if next < units.len() {
                ok(json!({ "customAggregationUnits": page, "next": next.to_string() }))
            } else {
                ok(json!({ "customAggregationUnits": page }))
            }
        }
        _ => return None,
    };
    Some(result)
}
