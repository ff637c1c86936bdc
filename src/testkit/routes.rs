//! The server's state and what it answers to each operation.

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::sync::Mutex;
use std::time::Duration;

use serde::de::DeserializeOwned;
use serde_json::{Value, json};

use super::http::{Outcome, WireRequest};
use super::reply::Reply;
use super::{
    BOT_USER_ID, Delivery, Fault, GROUP_ID, IMAGE_CONTENT, IMAGE_MESSAGE_ID, MEMBERSHIP_ID,
    OTHER_USER_ID, ROOM_ID, RecordedRequest, USER_ID,
};
use crate::client::{ACCEPTED_REQUEST_ID, Error, Host, REQUEST_ID};
use crate::message::Message;
use crate::richmenu::{
    CreateRichMenuAliasRequest, RichMenu, RichMenuBatchOperation, RichMenuBatchRequest,
    RichMenuBulkLinkRequest, RichMenuBulkUnlinkRequest, UpdateRichMenuAliasRequest,
};
use crate::validate::{Path, Validate, ValidationError, Violations};

struct Content {
    content_type: String,
    bytes: Vec<u8>,
}

pub(crate) struct State {
    pub(crate) token: String,
    pub(crate) secret: String,
    pub(crate) requests: Vec<RecordedRequest>,
    /// `x-line-request-id` of every answer, in order (dropped connections have none).
    pub(crate) answered_request_ids: Vec<String>,
    pub(crate) deliveries: Vec<Delivery>,
    pub(crate) faults: VecDeque<Fault>,
    counter: u64,
    reply_tokens: HashSet<String>,
    /// Retry key -> (request id, sent messages).
    retry_keys: HashMap<String, (String, Value)>,
    /// User ID -> profile JSON.
    users: BTreeMap<String, Value>,
    /// Group ID -> (name, member IDs).
    groups: BTreeMap<String, (String, Vec<String>)>,
    rooms: BTreeMap<String, Vec<String>>,
    contents: BTreeMap<String, Content>,
    rich_menus: BTreeMap<String, Value>,
    rich_menu_images: BTreeMap<String, Content>,
    default_rich_menu: Option<String>,
    aliases: BTreeMap<String, String>,
    user_rich_menus: BTreeMap<String, String>,
    /// Request id -> progress JSON (narrowcasts and rich menu batches).
    progress: BTreeMap<String, Value>,
    webhook_endpoint: Option<String>,
    /// State of the operations served by `api` (tokens, coupons, audiences, LIFF, modules).
    pub(crate) api: super::api::ApiState,
}

impl State {
    pub(crate) fn seeded(token: &str, secret: &str) -> Self {
        let mut s = State {
            token: token.to_owned(),
            secret: secret.to_owned(),
            requests: Vec::new(),
            answered_request_ids: Vec::new(),
            deliveries: Vec::new(),
            faults: VecDeque::new(),
            counter: 0,
            reply_tokens: HashSet::new(),
            retry_keys: HashMap::new(),
            users: BTreeMap::new(),
            groups: BTreeMap::new(),
            rooms: BTreeMap::new(),
            contents: BTreeMap::new(),
            rich_menus: BTreeMap::new(),
            rich_menu_images: BTreeMap::new(),
            default_rich_menu: None,
            aliases: BTreeMap::new(),
            user_rich_menus: BTreeMap::new(),
            progress: BTreeMap::new(),
            webhook_endpoint: None,
            api: super::api::ApiState::new(secret),
        };
        s.seed_user(USER_ID, "LINE taro");
        s.seed_user(OTHER_USER_ID, "LINE hanako");
        s.seed_group(GROUP_ID, "Group name", &[USER_ID, OTHER_USER_ID]);
        s.seed_room(ROOM_ID, &[USER_ID, OTHER_USER_ID]);
        s.seed_content(IMAGE_MESSAGE_ID, "image/png", IMAGE_CONTENT);
        s
    }

    pub(crate) fn seed_user(&mut self, user_id: &str, display_name: &str) {
        self.users.insert(
            user_id.to_owned(),
            json!({
                "displayName": display_name,
                "userId": user_id,
                "pictureUrl": format!("https://profile.line-scdn.net/{user_id}"),
                "statusMessage": "Hello, LINE!",
                "language": "en",
            }),
        );
    }

    pub(crate) fn seed_group(&mut self, group_id: &str, name: &str, members: &[&str]) {
        self.groups.insert(
            group_id.to_owned(),
            (
                name.to_owned(),
                members.iter().map(|m| (*m).to_owned()).collect(),
            ),
        );
    }

    pub(crate) fn seed_room(&mut self, room_id: &str, members: &[&str]) {
        self.rooms.insert(
            room_id.to_owned(),
            members.iter().map(|m| (*m).to_owned()).collect(),
        );
    }

    pub(crate) fn seed_content(&mut self, message_id: &str, content_type: &str, bytes: &[u8]) {
        self.contents.insert(
            message_id.to_owned(),
            Content {
                content_type: content_type.to_owned(),
                bytes: bytes.to_vec(),
            },
        );
    }

    pub(crate) fn issue_reply_token(&mut self) -> String {
        let token = uuid::Uuid::new_v4().simple().to_string();
        self.reply_tokens.insert(token.clone());
        token
    }

    fn next_id(&mut self) -> String {
        self.counter += 1;
        format!("{}", 100_000_000_000_000u64 + self.counter)
    }
}

/// Decodes a JSON body into `T`, answering LINE's `400` when it does not fit.
fn body<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, Reply> {
    serde_json::from_slice(bytes).map_err(|e| {
        Reply::json(
            400,
            json!({
                "message": "The request body has 1 error(s)",
                "details": [{ "message": e.to_string(), "property": "" }],
            }),
        )
    })
}

fn validated<T: DeserializeOwned + Validate>(bytes: &[u8]) -> Result<T, Reply> {
    let value: T = body(bytes)?;
    value.validate().map_err(|e| Reply::invalid(&e))?;
    Ok(value)
}

/// The LINE host that serves `segments`.
fn host_of(segments: &[&str]) -> Host {
    match segments {
        ["v2", "bot", "message", _, "content", ..] | ["v2", "bot", "richmenu", _, "content"] => {
            Host::ApiData
        }
        _ => super::api::host_of(segments).unwrap_or(Host::Api),
    }
}

pub(crate) fn handle(state: &Mutex<State>, request: WireRequest) -> Outcome {
    let (path_and_prefix, query_string) = request
        .target
        .split_once('?')
        .unwrap_or((request.target.as_str(), ""));
    let mut segments: Vec<&str> = path_and_prefix
        .split('/')
        .filter(|s| !s.is_empty())
        .collect();
    let host = [Host::Api, Host::ApiData, Host::Manager]
        .into_iter()
        .find(|h| segments.first() == Some(&h.default_name()));
    if host.is_some() {
        segments.remove(0);
    }
    let path = format!("/{}", segments.join("/"));
    let query: Vec<(String, String)> = url::form_urlencoded::parse(query_string.as_bytes())
        .into_owned()
        .collect();
    let recorded = RecordedRequest {
        method: request.method.clone(),
        host,
        path,
        query,
        headers: request.headers.clone(),
        body: request.body.clone(),
    };

    let fault = {
        let mut s = state.lock().unwrap_or_else(|e| e.into_inner());
        s.requests.push(recorded.clone());
        s.faults.pop_front()
    };
    let mut after = None;
    match fault {
        Some(Fault::Status(status)) => {
            return finish(Reply::error(status, "Injected fault"));
        }
        Some(Fault::RateLimited) => {
            return finish(Reply::error(429, "You have reached your monthly limit."));
        }
        Some(Fault::Reply { status, body }) => {
            return finish(Reply {
                status,
                headers: vec![("content-type".into(), "application/json".into())],
                body: body.into_bytes(),
            });
        }
        Some(Fault::HugeBody { status, len }) => return huge_body(status, len),
        Some(Fault::Delay(d)) => std::thread::sleep(d),
        Some(Fault::Disconnect) => return Outcome::Disconnect,
        Some(
            f @ (Fault::DisconnectAfterHandling | Fault::SlowBody(_) | Fault::MalformedBody(_)),
        ) => after = Some(f),
        None => {}
    }

    let reply = {
        let mut s = state.lock().unwrap_or_else(|e| e.into_inner());
        let authorized = recorded
            .header("authorization")
            .is_some_and(|a| a == format!("Bearer {}", s.token) || s.api.accepts_bearer(a));
        if !authorized && !super::api::is_public(&segments) {
            Step::Done(Reply::error(
                401,
                "Authentication failed. Confirm that the access token in the authorization header is valid.",
            ))
        } else if host.is_some_and(|h| h != host_of(&segments)) {
            Step::Done(Reply::not_found())
        } else {
            route(&mut s, &recorded, &segments)
        }
    };
    // The test webhook is posted with the state unlocked: the endpoint may call back.
    let reply = match reply {
        Step::Done(reply) => reply,
        Step::TestWebhook { endpoint, secret } => test_webhook(&endpoint, &secret),
    };
    match after {
        Some(Fault::DisconnectAfterHandling) => Outcome::Disconnect,
        Some(Fault::MalformedBody(body)) => finish(Reply {
            body: body.into_bytes(),
            ..reply
        }),
        Some(Fault::SlowBody(delay)) => {
            let Reply {
                status,
                headers,
                body,
            } = with_request_id(reply);
            Outcome::Stream {
                status,
                headers,
                len: body.len() as u64,
                write: Box::new(move |w| {
                    let (first, rest) = body.split_at(body.len() / 2);
                    w.write_all(first)?;
                    w.flush()?;
                    std::thread::sleep(delay);
                    w.write_all(rest)
                }),
            }
        }
        _ => finish(reply),
    }
}

/// A LINE-shaped error body padded to `len` bytes, written in chunks as the client reads it.
fn huge_body(status: u16, len: u64) -> Outcome {
    const HEAD: &[u8] = br#"{"message":"Injected fault","padding":""#;
    const TAIL: &[u8] = br#""}"#;
    let len = len.max((HEAD.len() + TAIL.len()) as u64);
    let headers = with_request_id(Reply::error(status, "")).headers;
    Outcome::Stream {
        status,
        headers,
        len,
        write: Box::new(move |w| {
            w.write_all(HEAD)?;
            let chunk = [b'x'; 64 * 1024];
            let mut left = len - (HEAD.len() + TAIL.len()) as u64;
            while left > 0 {
                let n = left.min(chunk.len() as u64) as usize;
                w.write_all(&chunk[..n])?;
                left -= n as u64;
            }
            w.write_all(TAIL)
        }),
    }
}

fn finish(reply: Reply) -> Outcome {
    let Reply {
        status,
        headers,
        body,
    } = with_request_id(reply);
    Outcome::Reply {
        status,
        headers,
        body,
    }
}

/// The reply with an `x-line-request-id`, a fresh one unless the route chose it.
fn with_request_id(mut reply: Reply) -> Reply {
    if !reply.headers.iter().any(|(k, _)| k == REQUEST_ID) {
        reply.headers.push((
            REQUEST_ID.into(),
            uuid::Uuid::new_v4().hyphenated().to_string(),
        ));
    }
    reply
}

/// What to answer, or the one answer that needs the state unlocked first.
enum Step {
    Done(Reply),
    TestWebhook { endpoint: String, secret: String },
}

fn route(s: &mut State, r: &RecordedRequest, seg: &[&str]) -> Step {
    if r.method == "POST" && seg == ["v2", "bot", "channel", "webhook", "test"] {
        let endpoint = if r.body.is_empty() {
            Ok(json!({}))
        } else {
            body::<Value>(&r.body)
        }
        .and_then(|v| {
            v["endpoint"]
                .as_str()
                .map(str::to_owned)
                .or_else(|| s.webhook_endpoint.clone())
                .ok_or_else(|| Reply::error(400, "webhook endpoint is not set"))
        });
        return match endpoint {
            Ok(endpoint) => Step::TestWebhook {
                endpoint,
                secret: s.secret.clone(),
            },
            Err(reply) => Step::Done(reply),
        };
    }
    Step::Done(route_inner(s, r, seg).unwrap_or_else(|e| e))
}

/// Posts an empty signed webhook to `endpoint`, answering how it went.
fn test_webhook(endpoint: &str, secret: &str) -> Reply {
    let callback = json!({ "destination": BOT_USER_ID, "events": [] }).to_string();
    let (success, status, reason) = match post_signed(endpoint, secret, callback.as_bytes()) {
        Ok(status) => (status == 200, i64::from(status), "OK".to_owned()),
        Err(e) => (false, -1, e.to_string()),
    };
    Reply::ok(json!({
        "success": success,
        "timestamp": "2026-01-01T00:00:00.000Z",
        "statusCode": status,
        "reason": reason,
        "detail": status.to_string(),
    }))
}

fn route_inner(s: &mut State, r: &RecordedRequest, seg: &[&str]) -> Result<Reply, Reply> {
    match (r.method.as_str(), seg) {
        (
            "POST",
            [
                "v2",
                "bot",
                "message",
                kind @ ("reply" | "push" | "multicast" | "narrowcast" | "broadcast"),
            ],
        ) => send(s, r, kind),
        ("GET", ["v2", "bot", "message", "progress", "narrowcast"]) => progress(s, r),
        (
            "POST",
            [
                "v2",
                "bot",
                "message",
                "validate",
                "reply" | "push" | "multicast" | "narrowcast" | "broadcast",
            ],
        ) => {
            let value: Value = body(&r.body)?;
            let messages: Vec<Message> = serde_json::from_value(value["messages"].clone())
                .map_err(|e| {
                    Reply::json(
                        400,
                        json!({
                            "message": "The request body has 1 error(s)",
                            "details": [{ "message": e.to_string(), "property": "messages" }],
                        }),
                    )
                })?;
            let mut out = Violations::new();
            crate::message::validate_messages(&messages, &mut Path::root(), &mut out);
            if out.is_empty() {
                Ok(Reply::empty())
            } else {
                Err(Reply::invalid(&ValidationError::new(out)))
            }
        }
        (
            "GET",
            [
                "v2",
                "bot",
                "message",
                "delivery",
                kind @ ("reply" | "push" | "multicast" | "broadcast" | "pnp"),
            ],
        ) => {
            let date = r.query_param("date").unwrap_or_default();
            if date.len() != 8 || !date.bytes().all(|b| b.is_ascii_digit()) {
                return Err(Reply::json(
                    400,
                    json!({
                        "message": "The request parameter has 1 error(s)",
                        "details": [{ "message": "must be yyyyMMdd", "property": "date" }],
                    }),
                ));
            }
            let sent: usize = s
                .deliveries
                .iter()
                .filter(|d| d.kind == *kind)
                .map(|d| d.body["messages"].as_array().map_or(0, Vec::len))
                .sum();
            Ok(Reply::ok(json!({ "status": "ready", "success": sent })))
        }
        ("GET", ["v2", "bot", "message", "aggregation", "info"]) => Ok(Reply::ok(
            json!({ "numOfCustomAggregationUnits": aggregation_units(s).len() }),
        )),
        ("GET", ["v2", "bot", "message", "aggregation", "list"]) => Ok(Reply::ok(json!({
            "customAggregationUnits": aggregation_units(s),
        }))),
        ("POST", ["bot", "pnp", "push"]) => send(s, r, "pnp"),
        ("GET", ["v2", "bot", "message", "quota"]) => {
            Ok(Reply::ok(json!({ "type": "limited", "value": 1000 })))
        }
        ("GET", ["v2", "bot", "message", "quota", "consumption"]) => {
            let used: usize = s
                .deliveries
                .iter()
                .map(|d| d.body["messages"].as_array().map_or(0, Vec::len))
                .sum();
            Ok(Reply::ok(json!({ "totalUsage": used })))
        }
        ("GET", ["v2", "bot", "message", id, "content"]) => content(s, id),
        ("GET", ["v2", "bot", "message", id, "content", "preview"]) => content(s, id),
        ("GET", ["v2", "bot", "message", id, "content", "transcoding"]) => {
            match s.contents.contains_key(*id) {
                true => Ok(Reply::ok(json!({ "status": "succeeded" }))),
                false => Err(Reply::not_found()),
            }
        }
        ("POST", ["v2", "bot", "message", "markAsRead"]) => {
            let v: Value = body(&r.body)?;
            match v["chat"]["userId"].as_str() {
                Some(_) => Ok(Reply::empty()),
                None => Err(Reply::json(
                    400,
                    json!({
                        "message": "The request body has 1 error(s)",
                        "details": [{ "message": "must be specified", "property": "chat.userId" }],
                    }),
                )),
            }
        }
        ("POST", ["v2", "bot", "chat", "markAsRead"]) => {
            let v: Value = body(&r.body)?;
            match v["markAsReadToken"].as_str() {
                Some(t) if !t.is_empty() => Ok(Reply::empty()),
                _ => Err(Reply::error(400, "Invalid markAsReadToken")),
            }
        }
        ("POST", ["v2", "bot", "chat", "loading", "start"]) => {
            let v: Value = body(&r.body)?;
            let seconds_ok = match &v["loadingSeconds"] {
                Value::Null => true,
                n => n
                    .as_u64()
                    .is_some_and(|n| (5..=60).contains(&n) && n % 5 == 0),
            };
            if v["chatId"].as_str().is_none() || !seconds_ok {
                Err(Reply::error(400, "The request body has 1 error(s)"))
            } else {
                Ok(Reply::json(202, json!({})))
            }
        }
        ("GET", ["v2", "bot", "profile", id]) => s
            .users
            .get(*id)
            .cloned()
            .map(Reply::ok)
            .ok_or_else(Reply::not_found),
        ("GET", ["v2", "bot", "followers", "ids"]) => {
            let start: usize = r
                .query_param("start")
                .and_then(|v| v.parse().ok())
                .unwrap_or(0);
            let limit: usize = r
                .query_param("limit")
                .and_then(|v| v.parse().ok())
                .unwrap_or(300);
            let ids: Vec<&String> = s.users.keys().collect();
            let page: Vec<&&String> = ids.iter().skip(start).take(limit).collect();
            let mut v = json!({ "userIds": page });
            if start + limit < ids.len() {
                v["next"] = json!((start + limit).to_string());
            }
            Ok(Reply::ok(v))
        }
        ("GET", ["v2", "bot", "membership", "list"]) => Ok(Reply::ok(json!({
            "memberships": [membership_plan(true)],
        }))),
        ("GET", ["v2", "bot", "membership", "subscription", user]) => {
            if !s.users.contains_key(*user) {
                return Err(Reply::not_found());
            }
            let subscriptions = if *user == USER_ID {
                vec![json!({
                    "membership": membership_plan(false),
                    "user": {
                        "membershipNo": 1,
                        "joinedTime": 1_707_214_784,
                        "nextBillingDate": "2026-02-08",
                        "totalSubscriptionMonths": 1,
                    },
                })]
            } else {
                Vec::new()
            };
            Ok(Reply::ok(json!({ "subscriptions": subscriptions })))
        }
        ("GET", ["v2", "bot", "membership", id, "users", "ids"]) => {
            if *id != MEMBERSHIP_ID.to_string() {
                return Err(Reply::not_found());
            }
            Ok(Reply::ok(json!({ "userIds": [USER_ID] })))
        }
        ("GET", ["v2", "bot", "info"]) => Ok(Reply::ok(json!({
            "userId": BOT_USER_ID,
            "basicId": "@216ru0test",
            "displayName": "testkit bot",
            "pictureUrl": "https://profile.line-scdn.net/bot",
            "chatMode": "bot",
            "markAsReadMode": "auto",
        }))),
        ("POST", ["v2", "bot", "user", id, "linkToken"]) => match s.users.contains_key(*id) {
            true => Ok(Reply::ok(
                json!({ "linkToken": uuid::Uuid::new_v4().simple().to_string() }),
            )),
            false => Err(Reply::not_found()),
        },
        ("GET" | "POST", ["v2", "bot", kind @ ("group" | "room"), id, rest @ ..]) => {
            chat(s, r, kind, id, rest)
        }
        (_, ["v2", "bot", "richmenu", ..] | ["v2", "bot", "user", ..]) => richmenu(s, r, seg),
        (_, ["v2", "bot", "channel", "webhook", ..]) => webhook(s, r, seg),
        _ => super::api::route(&mut s.api, r, seg).ok_or_else(Reply::not_found),
    }
}

fn send(s: &mut State, r: &RecordedRequest, kind: &str) -> Result<Reply, Reply> {
    let value: Value = body(&r.body)?;
    let messages: Vec<Message> = match value.get("messages") {
        Some(m) => serde_json::from_value(m.clone()).map_err(|e| {
            Reply::json(
                400,
                json!({
                    "message": "The request body has 1 error(s)",
                    "details": [{ "message": e.to_string(), "property": "messages" }],
                }),
            )
        })?,
        None => Vec::new(),
    };
    let mut out = Violations::new();
    let mut path = Path::root();
    crate::message::validate_messages(&messages, &mut path, &mut out);
    let required = match kind {
        "reply" => Some("replyToken"),
        "push" | "pnp" => Some("to"),
        _ => None,
    };
    if let Some(field) = required
        && value[field].as_str().is_none_or(str::is_empty)
    {
        path.field(field, |p| crate::validate::missing(p, &mut out));
    }
    if kind == "multicast" {
        let n = value["to"].as_array().map_or(0, Vec::len);
        path.field("to", |p| {
            crate::validate::count(n, 1, crate::limits::MULTICAST_TO_MAX, p, &mut out)
        });
    }
    if !out.is_empty() {
        return Err(Reply::invalid(&ValidationError::new(out)));
    }
    if kind == "reply" {
        let token = value["replyToken"].as_str().unwrap_or_default();
        if !s.reply_tokens.remove(token) {
            return Err(Reply::error(400, "Invalid reply token"));
        }
    }
    if kind == "push"
        && !s
            .users
            .contains_key(value["to"].as_str().unwrap_or_default())
        && !s
            .groups
            .contains_key(value["to"].as_str().unwrap_or_default())
        && !s
            .rooms
            .contains_key(value["to"].as_str().unwrap_or_default())
    {
        return Err(Reply::error(400, "Failed to send messages"));
    }
    let retry_key = r.header(crate::client::RETRY_KEY).map(str::to_owned);
    if let Some(key) = &retry_key {
        if uuid::Uuid::parse_str(key).is_err() {
            return Err(Reply::error(400, "The retry key is invalid"));
        }
        if let Some((accepted, sent)) = s.retry_keys.get(key) {
            let mut reply = Reply::json(
                409,
                json!({ "message": "The retry key is already accepted", "sentMessages": sent }),
            );
            reply
                .headers
                .push((ACCEPTED_REQUEST_ID.into(), accepted.clone()));
            return Err(reply);
        }
    }
    let request_id = uuid::Uuid::new_v4().hyphenated().to_string();
    let sent: Vec<Value> = messages
        .iter()
        .map(|m| {
            let id = s.next_id();
            match m {
                Message::Text(_)
                | Message::TextV2(_)
                | Message::Sticker(_)
                | Message::Image(_)
                | Message::Video(_) => json!({ "id": id, "quoteToken": format!("q{id}") }),
                _ => json!({ "id": id }),
            }
        })
        .collect();
    if let Some(key) = &retry_key {
        s.retry_keys.insert(
            key.clone(),
            (request_id.clone(), Value::Array(sent.clone())),
        );
    }
    s.deliveries.push(Delivery {
        kind: kind.to_owned(),
        request_id: request_id.clone(),
        retry_key,
        body: value,
    });
    let mut reply = match kind {
        "reply" | "push" => Reply::ok(json!({ "sentMessages": sent })),
        "narrowcast" => {
            s.progress.insert(
                request_id.clone(),
                json!({
                    "phase": "succeeded",
                    "successCount": 1,
                    "failureCount": 0,
                    "targetCount": 1,
                    "acceptedTime": "2026-01-01T00:00:00.000Z",
                    "completedTime": "2026-01-01T00:00:01.000Z",
                }),
            );
            Reply::json(202, json!({}))
        }
        _ => Reply::empty(),
    };
    // The id a later progress query uses; `finish` must not invent another one.
    reply.headers.push((REQUEST_ID.into(), request_id));
    Ok(reply)
}

/// The seeded membership plan, as listed (`true`) or as subscribed.
fn membership_plan(listed: bool) -> Value {
    let mut plan = json!({
        "membershipId": MEMBERSHIP_ID,
        "title": "Basic Plan",
        "description": "Members only",
        "benefits": ["Members Only Messages"],
        "price": 500.0,
        "currency": "JPY",
    });
    if listed {
        plan["memberCount"] = json!(1);
        plan["memberLimit"] = Value::Null;
        plan["isInAppPurchase"] = json!(true);
        plan["isPublished"] = json!(true);
    }
    plan
}

fn aggregation_units(s: &State) -> Vec<String> {
    let mut units: Vec<String> = s
        .deliveries
        .iter()
        .filter_map(|d| d.body["customAggregationUnits"].as_array())
        .flatten()
        .filter_map(|u| u.as_str().map(str::to_owned))
        .collect();
    units.sort();
    units.dedup();
    units
}

fn progress(s: &mut State, r: &RecordedRequest) -> Result<Reply, Reply> {
    let id = r.query_param("requestId").unwrap_or_default();
    s.progress
        .get(id)
        .cloned()
        .map(Reply::ok)
        .ok_or_else(Reply::not_found)
}

fn content(s: &mut State, id: &str) -> Result<Reply, Reply> {
    s.contents
        .get(id)
        .map(|c| Reply::bytes(&c.content_type, c.bytes.clone()))
        .ok_or_else(Reply::not_found)
}

fn chat(
    s: &mut State,
    r: &RecordedRequest,
    kind: &str,
    id: &str,
    rest: &[&str],
) -> Result<Reply, Reply> {
    let (name, members) = match kind {
        "group" => s.groups.get(id).map(|(n, m)| (Some(n.clone()), m.clone())),
        _ => s.rooms.get(id).map(|m| (None, m.clone())),
    }
    .ok_or_else(Reply::not_found)?;
    match (r.method.as_str(), rest) {
        ("GET", ["summary"]) if kind == "group" => Ok(Reply::ok(json!({
            "groupId": id,
            "groupName": name,
            "pictureUrl": format!("https://profile.line-scdn.net/{id}"),
        }))),
        ("GET", ["members", "count"]) => Ok(Reply::ok(json!({ "count": members.len() }))),
        ("GET", ["members", "ids"]) => Ok(Reply::ok(json!({ "memberIds": members }))),
        ("GET", ["member", user]) if members.iter().any(|m| m == user) => {
            let p = s.users.get(*user).ok_or_else(Reply::not_found)?;
            Ok(Reply::ok(json!({
                "displayName": p["displayName"],
                "userId": user,
                "pictureUrl": p["pictureUrl"],
            })))
        }
        ("POST", ["leave"]) => {
            match kind {
                "group" => s.groups.remove(id),
                _ => s.rooms.remove(id).map(|m| (String::new(), m)),
            };
            Ok(Reply::empty())
        }
        _ => Err(Reply::not_found()),
    }
}

fn richmenu(s: &mut State, r: &RecordedRequest, seg: &[&str]) -> Result<Reply, Reply> {
    let exists = |s: &State, id: &str| {
        if s.rich_menus.contains_key(id) {
            Ok(())
        } else {
            Err(Reply::not_found())
        }
    };
    match (r.method.as_str(), seg) {
        ("POST", ["v2", "bot", "richmenu"]) => {
            let menu: RichMenu = validated(&r.body)?;
            let id = format!("richmenu-{}", uuid::Uuid::new_v4().simple());
            let mut v = serde_json::to_value(&menu).unwrap_or_default();
            v["richMenuId"] = json!(id);
            s.rich_menus.insert(id.clone(), v);
            Ok(Reply::ok(json!({ "richMenuId": id })))
        }
        ("POST", ["v2", "bot", "richmenu", "validate"]) => {
            validated::<RichMenu>(&r.body)?;
            Ok(Reply::empty())
        }
        ("GET", ["v2", "bot", "richmenu", "list"]) => Ok(Reply::ok(json!({
            "richmenus": s.rich_menus.values().collect::<Vec<_>>(),
        }))),
        ("POST", ["v2", "bot", "richmenu", "alias"]) => {
            let a: CreateRichMenuAliasRequest = validated(&r.body)?;
            exists(s, &a.rich_menu_id).map_err(|_| Reply::error(400, "richmenu not found"))?;
            if s.aliases.contains_key(&a.rich_menu_alias_id) {
                return Err(Reply::error(400, "conflict richmenu alias id"));
            }
            s.aliases.insert(a.rich_menu_alias_id, a.rich_menu_id);
            Ok(Reply::empty())
        }
        ("GET", ["v2", "bot", "richmenu", "alias", "list"]) => Ok(Reply::ok(json!({
            "aliases": s.aliases.iter().map(|(a, m)| json!({ "richMenuAliasId": a, "richMenuId": m })).collect::<Vec<_>>(),
        }))),
        ("GET", ["v2", "bot", "richmenu", "alias", alias]) => s
            .aliases
            .get(*alias)
            .map(|m| Reply::ok(json!({ "richMenuAliasId": alias, "richMenuId": m })))
            .ok_or_else(Reply::not_found),
        ("POST", ["v2", "bot", "richmenu", "alias", alias]) => {
            let u: UpdateRichMenuAliasRequest = validated(&r.body)?;
            exists(s, &u.rich_menu_id).map_err(|_| Reply::error(400, "richmenu not found"))?;
            match s.aliases.get_mut(*alias) {
                Some(m) => {
                    *m = u.rich_menu_id;
                    Ok(Reply::empty())
                }
                None => Err(Reply::error(400, "richmenu alias not found")),
            }
        }
        ("DELETE", ["v2", "bot", "richmenu", "alias", alias]) => match s.aliases.remove(*alias) {
            Some(_) => Ok(Reply::empty()),
            None => Err(Reply::error(400, "richmenu alias not found")),
        },
        ("POST", ["v2", "bot", "richmenu", "bulk", "link"]) => {
            let b: RichMenuBulkLinkRequest = validated(&r.body)?;
            exists(s, &b.rich_menu_id)?;
            for u in b.user_ids {
                s.user_rich_menus.insert(u, b.rich_menu_id.clone());
            }
            Ok(Reply::json(202, json!({})))
        }
        ("POST", ["v2", "bot", "richmenu", "bulk", "unlink"]) => {
            let b: RichMenuBulkUnlinkRequest = validated(&r.body)?;
            for u in b.user_ids {
                s.user_rich_menus.remove(&u);
            }
            Ok(Reply::json(202, json!({})))
        }
        ("POST", ["v2", "bot", "richmenu", "validate", "batch"]) => {
            validated::<RichMenuBatchRequest>(&r.body)?;
            Ok(Reply::empty())
        }
        ("POST", ["v2", "bot", "richmenu", "batch"]) => {
            let b: RichMenuBatchRequest = validated(&r.body)?;
            for op in b.operations {
                match op {
                    RichMenuBatchOperation::Link { from, to } => {
                        for m in s.user_rich_menus.values_mut().filter(|m| **m == from) {
                            m.clone_from(&to);
                        }
                    }
                    RichMenuBatchOperation::Unlink { from } => {
                        s.user_rich_menus.retain(|_, m| *m != from)
                    }
                    RichMenuBatchOperation::UnlinkAll => s.user_rich_menus.clear(),
                    _ => {}
                }
            }
            let request_id = uuid::Uuid::new_v4().hyphenated().to_string();
            s.progress.insert(
                request_id.clone(),
                json!({
                    "phase": "succeeded",
                    "acceptedTime": "2026-01-01T00:00:00.000Z",
                    "completedTime": "2026-01-01T00:00:01.000Z",
                }),
            );
            let mut reply = Reply::json(202, json!({}));
            reply.headers.push((REQUEST_ID.into(), request_id));
            Ok(reply)
        }
        ("GET", ["v2", "bot", "richmenu", "progress", "batch"]) => progress(s, r),
        ("GET", ["v2", "bot", "richmenu", id, "content"]) => s
            .rich_menu_images
            .get(*id)
            .map(|c| Reply::bytes(&c.content_type, c.bytes.clone()))
            .ok_or_else(Reply::not_found),
        ("POST", ["v2", "bot", "richmenu", id, "content"]) => {
            exists(s, id)?;
            let ct = r.header("content-type").unwrap_or_default().to_owned();
            if ct != "image/png" && ct != "image/jpeg" {
                return Err(Reply::error(415, "Unsupported Media Type"));
            }
            if r.body.is_empty() {
                return Err(Reply::error(400, "Image is empty"));
            }
            s.rich_menu_images.insert(
                (*id).to_owned(),
                Content {
                    content_type: ct,
                    bytes: r.body.clone(),
                },
            );
            Ok(Reply::empty())
        }
        ("GET", ["v2", "bot", "richmenu", id]) => s
            .rich_menus
            .get(*id)
            .cloned()
            .map(Reply::ok)
            .ok_or_else(Reply::not_found),
        ("DELETE", ["v2", "bot", "richmenu", id]) => {
            s.rich_menus.remove(*id).ok_or_else(Reply::not_found)?;
            s.rich_menu_images.remove(*id);
            Ok(Reply::empty())
        }
        ("POST", ["v2", "bot", "user", "all", "richmenu", id]) => {
            exists(s, id)?;
            s.default_rich_menu = Some((*id).to_owned());
            Ok(Reply::empty())
        }
        ("GET", ["v2", "bot", "user", "all", "richmenu"]) => s
            .default_rich_menu
            .clone()
            .map(|id| Reply::ok(json!({ "richMenuId": id })))
            .ok_or_else(|| Reply::error(404, "no default richmenu")),
        ("DELETE", ["v2", "bot", "user", "all", "richmenu"]) => {
            s.default_rich_menu = None;
            Ok(Reply::empty())
        }
        ("POST", ["v2", "bot", "user", user, "richmenu", id]) => {
            exists(s, id)?;
            s.user_rich_menus
                .insert((*user).to_owned(), (*id).to_owned());
            Ok(Reply::empty())
        }
        ("GET", ["v2", "bot", "user", user, "richmenu"]) => s
            .user_rich_menus
            .get(*user)
            .map(|id| Reply::ok(json!({ "richMenuId": id })))
            .ok_or_else(|| Reply::error(404, "the user has no richmenu")),
        ("DELETE", ["v2", "bot", "user", user, "richmenu"]) => {
            s.user_rich_menus.remove(*user);
            Ok(Reply::empty())
        }
        _ => Err(Reply::not_found()),
    }
}

fn webhook(s: &mut State, r: &RecordedRequest, seg: &[&str]) -> Result<Reply, Reply> {
    match (r.method.as_str(), seg) {
        ("PUT", ["v2", "bot", "channel", "webhook", "endpoint"]) => {
            let request: crate::client::webhook::SetWebhookEndpointRequest = validated(&r.body)?;
            s.webhook_endpoint = Some(request.endpoint);
            Ok(Reply::empty())
        }
        ("GET", ["v2", "bot", "channel", "webhook", "endpoint"]) => Ok(Reply::ok(json!({
            "endpoint": s.webhook_endpoint.clone().unwrap_or_default(),
            "active": s.webhook_endpoint.is_some(),
        }))),
        _ => Err(Reply::not_found()),
    }
}

/// POSTs a webhook body with its `x-line-signature`.
pub(crate) fn post_signed(url: &str, secret: &str, body: &[u8]) -> Result<u16, Error> {
    let agent = ureq::Agent::new_with_config(
        ureq::Agent::config_builder()
            .http_status_as_error(false)
            .proxy(None)
            .timeout_global(Some(Duration::from_secs(10)))
            .build(),
    );
    let response = agent
        .post(url)
        .header("content-type", "application/json")
        .header("x-line-signature", crate::webhook::sign(secret, body))
        .header("user-agent", "LineBotWebhook/2.0")
        .send(body)
        .map_err(crate::client::transport_error)?;
    Ok(response.status().as_u16())
}
