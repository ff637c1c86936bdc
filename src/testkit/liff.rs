//! LIFF apps on the local server: added (after validation), listed (`404` when there are
//! none, as LINE answers), updated field by field, and deleted.

use serde_json::{Value, json};

use super::RecordedRequest;
use super::api::{ApiState, Handled, empty, not_found, ok, validated};
use crate::client::liff::{AddLiffAppRequest, UpdateLiffAppRequest};

fn merge(target: &mut Value, changes: Value) {
    if let (Some(t), Value::Object(c)) = (target.as_object_mut(), changes) {
        for (k, v) in c {
            match t.get_mut(&k) {
                Some(existing) if existing.is_object() && v.is_object() => merge(existing, v),
                _ => {
                    t.insert(k, v);
                }
            }
        }
    }
}

pub(super) fn handle(s: &mut ApiState, r: &RecordedRequest, seg: &[&str]) -> Option<Handled> {
    let result = match (r.method.as_str(), seg) {
        ("POST", ["liff", "v1", "apps"]) => (|| {
            let request: AddLiffAppRequest = validated(r)?;
            let id = format!("1234567890-testkit{}", s.next());
            let mut app = serde_json::to_value(&request).unwrap_or_default();
            app["liffId"] = json!(id);
            s.liff_apps.insert(id.clone(), app);
            ok(json!({ "liffId": id }))
        })(),
        ("GET", ["liff", "v1", "apps"]) => {
            if s.liff_apps.is_empty() {
                Err(not_found())
            } else {
                ok(json!({ "apps": s.liff_apps.values().collect::<Vec<_>>() }))
            }
        }
        ("PUT", ["liff", "v1", "apps", id]) => (|| {
            let request: UpdateLiffAppRequest = validated(r)?;
            let app = s.liff_apps.get_mut(*id).ok_or_else(not_found)?;
            merge(app, serde_json::to_value(&request).unwrap_or_default());
            empty()
        })(),
        ("DELETE", ["liff", "v1", "apps", id]) => match s.liff_apps.remove(*id) {
            Some(_) => empty(),
            None => Err(not_found()),
        },
        _ => return None,
    };
    Some(result)
}
