//! Audiences on the local server: made from JSON or uploaded files, grown by later
//! uploads (each one a job), renamed, deleted, listed with LINE's filters and paging; one
//! shared audience, [`SHARED_AUDIENCE_ID`](super::SHARED_AUDIENCE_ID).

use serde_json::{Value, json};

use super::RecordedRequest;
use super::api::{
    ApiState, Handled, SHARED_AUDIENCE_ID, StoredAudience, body, error, multipart, not_found, ok,
    validated,
};
use super::reply::Reply;
use crate::audience::validate_description;
use crate::client::audience::{
    AddAudienceToAudienceGroupRequest, CreateAudienceGroupRequest,
    CreateClickBasedAudienceGroupRequest, CreateImpBasedAudienceGroupRequest,
};
use crate::limits::AUDIENCE_PAGE_SIZE_MAX;

const CREATED: i64 = 1_700_000_000;

fn accepted(v: Value) -> Handled {
    Ok(Reply::json(202, v))
}

fn create(
    s: &mut ApiState,
    kind: &str,
    description: &str,
    is_ifa: bool,
    extra: Value,
    user_ids: Vec<String>,
) -> Value {
    let id = 1000 + s.next();
    let mut group = json!({
        "audienceGroupId": id,
        "type": kind,
        "description": description,
        "status": "READY",
        "audienceCount": user_ids.len(),
        "created": CREATED,
        "isIfaAudience": is_ifa,
        "permission": "READ_WRITE",
        "createRoute": "MESSAGING_API",
    });
    if let (Some(g), Value::Object(e)) = (group.as_object_mut(), extra) {
        g.extend(e);
    }
    let jobs = if kind == "UPLOAD" {
        vec![job(id, s.next(), None, user_ids.len())]
    } else {
        Vec::new()
    };
    s.audiences.insert(
        id,
        StoredAudience {
            group: group.clone(),
            jobs,
            user_ids,
        },
    );
    group["expireTimestamp"] = json!(CREATED + 180 * 86_400);
    group
}

fn job(group_id: i64, job_id: i64, description: Option<&str>, count: usize) -> Value {
    json!({
        "audienceGroupJobId": job_id,
        "audienceGroupId": group_id,
        "description": description.unwrap_or_default(),
        "type": "DIFF_ADD",
        "jobStatus": "FINISHED",
        "audienceCount": count,
        "created": CREATED,
    })
}

fn add(s: &mut ApiState, id: i64, upload_description: Option<&str>, ids: Vec<String>) -> Handled {
    let job_id = s.next();
    let stored = s.audiences.get_mut(&id).ok_or_else(not_found)?;
    if stored.group["type"] != "UPLOAD" {
        return Err(error(400, "Only audiences made by upload can be added to"));
    }
    stored
        .jobs
        .push(job(id, job_id, upload_description, ids.len()));
    stored.user_ids.extend(ids);
    stored.group["audienceCount"] = json!(stored.user_ids.len());
    accepted(json!({}))
}

fn file_ids(data: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(data)
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

fn shared_group() -> Value {
    json!({
        "audienceGroupId": SHARED_AUDIENCE_ID,
        "type": "CLICK",
        "description": "Shared by the business manager",
        "status": "READY",
        "audienceCount": 1234,
        "created": CREATED,
        "permission": "READ",
        "createRoute": "OA_MANAGER",
    })
}

fn page(r: &RecordedRequest, groups: Vec<Value>) -> Handled {
    let page: i64 = match r.query_param("page").map(str::parse) {
        Some(Ok(p)) if p >= 1 => p,
        _ => return Err(error(400, "page must be 1 or more")),
    };
    let size: i64 = match r.query_param("size").map(str::parse) {
        None => 20,
        Some(Ok(n)) if (1..=i64::from(AUDIENCE_PAGE_SIZE_MAX)).contains(&n) => n,
        Some(_) => {
            let message = format!("size must be 1 to {AUDIENCE_PAGE_SIZE_MAX}");
            return Err(error(400, &message));
        }
    };
    let matching: Vec<Value> = groups
        .into_iter()
        .filter(|g| {
            r.query_param("description").is_none_or(|d| {
                g["description"]
                    .as_str()
                    .unwrap_or_default()
                    .to_lowercase()
                    .contains(&d.to_lowercase())
            })
        })
        .filter(|g| r.query_param("status").is_none_or(|st| g["status"] == st))
        .filter(|g| {
            r.query_param("createRoute")
                .is_none_or(|c| g["createRoute"] == c)
        })
        .collect();
    let total = matching.len() as i64;
    let read_write = matching
        .iter()
        .filter(|g| g["permission"] == "READ_WRITE")
        .count();
    let items: Vec<Value> = matching
        .into_iter()
        .skip(((page - 1) * size) as usize)
        .take(size as usize)
        .collect();
    ok(json!({
        "audienceGroups": items,
        "hasNextPage": page * size < total,
        "totalCount": total,
        "readWriteAudienceGroupTotalCount": read_write,
        "page": page,
        "size": size,
    }))
}

pub(super) fn handle(s: &mut ApiState, r: &RecordedRequest, seg: &[&str]) -> Option<Handled> {
    let result = match (r.method.as_str(), seg) {
        ("POST", ["v2", "bot", "audienceGroup", "upload"]) => (|| {
            let q: CreateAudienceGroupRequest = validated(r)?;
            let ids = q.audiences.into_iter().map(|a| a.id).collect();
            let group = create(
                s,
                "UPLOAD",
                &q.description,
                q.is_ifa_audience.unwrap_or(false),
                json!({}),
                ids,
            );
            accepted(group)
        })(),
        ("PUT", ["v2", "bot", "audienceGroup", "upload"]) => (|| {
            let q: AddAudienceToAudienceGroupRequest = validated(r)?;
            let ids = q.audiences.into_iter().map(|a| a.id).collect();
            add(s, q.audience_group_id, q.upload_description.as_deref(), ids)
        })(),
        ("POST", ["v2", "bot", "audienceGroup", "upload", "byFile"]) => (|| {
            let parts = multipart(r)?;
            let text = |name: &str| {
                parts
                    .iter()
                    .find(|p| p.name == name && p.filename.is_none())
                    .map(|p| String::from_utf8_lossy(&p.data).into_owned())
            };
            let description = text("description").unwrap_or_default();
            validate_description(&description).map_err(|e| Reply::invalid(&e))?;
            let file = parts
                .iter()
                .find(|p| p.name == "file" && p.filename.is_some())
                .ok_or_else(|| error(400, "file is required"))?;
            let is_ifa = text("isIfaAudience").as_deref() == Some("true");
            let group = create(
                s,
                "UPLOAD",
                &description,
                is_ifa,
                json!({}),
                file_ids(&file.data),
            );
            accepted(group)
        })(),
        ("PUT", ["v2", "bot", "audienceGroup", "upload", "byFile"]) => (|| {
            let parts = multipart(r)?;
            let text = |name: &str| {
                parts
                    .iter()
                    .find(|p| p.name == name && p.filename.is_none())
                    .map(|p| String::from_utf8_lossy(&p.data).into_owned())
            };
            let id: i64 = text("audienceGroupId")
                .and_then(|v| v.parse().ok())
                .ok_or_else(|| error(400, "audienceGroupId is required"))?;
            let file = parts
                .iter()
                .find(|p| p.name == "file" && p.filename.is_some())
                .ok_or_else(|| error(400, "file is required"))?;
            let ids = file_ids(&file.data);
            add(s, id, text("uploadDescription").as_deref(), ids)
        })(),
        ("POST", ["v2", "bot", "audienceGroup", "click"]) => (|| {
            let q: CreateClickBasedAudienceGroupRequest = validated(r)?;
            let extra = json!({ "requestId": q.request_id, "clickUrl": q.click_url });
            let group = create(s, "CLICK", &q.description, false, extra, Vec::new());
            accepted(group)
        })(),
        ("POST", ["v2", "bot", "audienceGroup", "imp"]) => (|| {
            let q: CreateImpBasedAudienceGroupRequest = body(r)?;
            validate_description(&q.description).map_err(|e| Reply::invalid(&e))?;
            let extra = json!({ "requestId": q.request_id });
            let group = create(s, "IMP", &q.description, false, extra, Vec::new());
            accepted(group)
        })(),
        ("GET", ["v2", "bot", "audienceGroup", "list"]) => {
            let groups = s.audiences.values().map(|a| a.group.clone()).collect();
            page(r, groups)
        }
        ("GET", ["v2", "bot", "audienceGroup", "shared", "list"]) => {
            let mut groups = vec![shared_group()];
            if r.query_param("includesOwnedAudienceGroups") == Some("true") {
                groups.extend(s.audiences.values().map(|a| a.group.clone()));
            }
            page(r, groups)
        }
        ("GET", ["v2", "bot", "audienceGroup", "shared", id]) => {
            if *id == SHARED_AUDIENCE_ID.to_string() {
                ok(json!({
                    "audienceGroup": shared_group(),
                    "jobs": [],
                    "owner": { "serviceType": "bizmanager", "id": "testkit-owner", "name": "Testkit Inc." },
                }))
            } else {
                Err(not_found())
            }
        }
        ("PUT", ["v2", "bot", "audienceGroup", id, "updateDescription"]) => (|| {
            let b: Value = body(r)?;
            let d = b["description"].as_str().unwrap_or_default();
            validate_description(d).map_err(|e| Reply::invalid(&e))?;
            let stored = id
                .parse::<i64>()
                .ok()
                .and_then(|id| s.audiences.get_mut(&id))
                .ok_or_else(not_found)?;
            stored.group["description"] = json!(d);
            super::api::empty()
        })(),
        ("DELETE", ["v2", "bot", "audienceGroup", id]) => {
            match id
                .parse::<i64>()
                .ok()
                .and_then(|id| s.audiences.remove(&id))
            {
                Some(_) => super::api::empty(),
                None => Err(not_found()),
            }
        }
        ("GET", ["v2", "bot", "audienceGroup", id]) => {
            match id.parse::<i64>().ok().and_then(|id| s.audiences.get(&id)) {
                Some(a) => ok(json!({ "audienceGroup": a.group, "jobs": a.jobs })),
                None => Err(not_found()),
            }
        }
        _ => return None,
    };
    Some(result)
}
