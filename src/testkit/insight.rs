//! Insight on the local server: fixed figures in LINE's shapes, with LINE's `400` for
//! malformed dates and the privacy-threshold answer for rich menus without clicks.

use serde_json::json;

use super::RecordedRequest;
use super::api::{Handled, error, ok};
use super::reply::Reply;

fn date_ok(d: Option<&str>) -> bool {
    d.is_some_and(|d| d.len() == 8 && d.bytes().all(|b| b.is_ascii_digit()))
}

fn period(r: &RecordedRequest) -> Result<(&str, &str), Reply> {
    match (r.query_param("from"), r.query_param("to")) {
        (Some(from), Some(to)) if date_ok(Some(from)) && date_ok(Some(to)) && from <= to => {
            Ok((from, to))
        }
        _ => Err(error(
            400,
            "The 'from' or 'to' parameter is missing or invalid",
        )),
    }
}

pub(super) fn handle(r: &RecordedRequest, seg: &[&str]) -> Option<Handled> {
    let result = match (r.method.as_str(), seg) {
        ("GET", ["v2", "bot", "insight", "demographic"]) => ok(json!({
            "available": true,
            "genders": [{ "gender": "female", "percentage": 52.5 }, { "gender": "male", "percentage": 47.5 }],
            "ages": [{ "age": "from20to24", "percentage": 100.0 }],
            "areas": [{ "area": "徳島", "percentage": 100.0 }],
            "appTypes": [{ "appType": "ios", "percentage": 60.0 }, { "appType": "android", "percentage": 40.0 }],
            "subscriptionPeriods": [{ "subscriptionPeriod": "over365days", "percentage": 100.0 }],
        })),
        ("GET", ["v2", "bot", "insight", "message", "delivery"]) => {
            if date_ok(r.query_param("date")) {
                ok(json!({ "status": "ready", "broadcast": 5385, "targeting": 522, "apiPush": 12 }))
            } else {
                Err(error(400, "The value for the 'date' parameter is invalid"))
            }
        }
        ("GET", ["v2", "bot", "insight", "followers"]) => match r.query_param("date") {
            d @ Some(_) if !date_ok(d) => {
                Err(error(400, "The value for the 'date' parameter is invalid"))
            }
            _ => ok(
                json!({ "status": "ready", "followers": 7620, "targetedReaches": 5848, "blocks": 237 }),
            ),
        },
        ("GET", ["v2", "bot", "insight", "message", "event"]) => match r.query_param("requestId") {
            Some(id) if !id.is_empty() => ok(json!({
                "overview": {
                    "requestId": id, "timestamp": 1_568_214_000, "delivered": 320,
                    "uniqueImpression": 82, "uniqueClick": 51,
                    "uniqueMediaPlayed": null, "uniqueMediaPlayed100Percent": null,
                },
                "messages": [{ "seq": 1, "impression": 136, "mediaPlayed": null }],
                "clicks": [{ "seq": 1, "url": "https://line.me/", "click": 41, "uniqueClick": 30, "uniqueClickOfRequest": 30 }],
            })),
            _ => Err(error(400, "requestId is required")),
        },
        ("GET", ["v2", "bot", "insight", "message", "event", "aggregation"]) => {
            match (r.query_param("customAggregationUnit"), period(r)) {
                (Some(unit), Ok(_)) if !unit.is_empty() => ok(json!({
                    "overview": { "uniqueImpression": 40, "uniqueClick": 30, "uniqueMediaPlayed": 25, "uniqueMediaPlayed100Percent": null },
                    "messages": [{ "seq": 1, "impression": 42, "mediaPlayed": 30, "uniqueMediaPlayed": 25 }],
                    "clicks": [{ "seq": 1, "url": "https://example.com/", "click": 35, "uniqueClick": 25, "uniqueClickOfRequest": null }],
                })),
                (_, Err(e)) => Err(e),
                _ => Err(error(400, "customAggregationUnit is required")),
            }
        }
        (
            "GET",
            [
                "v2",
                "bot",
                "insight",
                "richmenu",
                id,
                kind @ ("summary" | "daily"),
            ],
        ) => {
            match period(r) {
                Err(e) => Err(e),
                Ok(_) if !id.starts_with("richmenu-") => Err(error(404, "Not found")),
                // Below the privacy threshold: only the ID.
                Ok(_) if id.ends_with("quiet") => ok(json!({ "richMenuId": id })),
                Ok((from, to)) => {
                    let bounds = json!({ "x": 0, "y": 0, "width": 1250, "height": 843 });
                    let metrics = if *kind == "summary" {
                        json!({ "count": 567, "uniqueUsers": 300 })
                    } else {
                        json!([
                            { "date": from, "count": 300, "uniqueUsers": 200 },
                            { "date": to, "count": 267, "uniqueUsers": 150 },
                        ])
                    };
                    ok(json!({
                        "richMenuId": id, "metricsFrom": from, "metricsTo": to,
                        "impression": { "metrics": metrics },
                        "clicks": [{ "bounds": bounds, "metrics": metrics }],
                    }))
                }
            }
        }
        _ => return None,
    };
    Some(result)
}
