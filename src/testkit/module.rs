//! Modules on the local server: attaching (with the channel's credentials and any code)
//! adds an account to [`getModules`](crate::client::Client::get_modules), detaching removes
//! it, and chat control is recorded per chat.

use serde_json::{Value, json};

use super::RecordedRequest;
use super::api::{ApiState, CHANNEL_ID, Handled, body, empty, error, form, not_found, ok};
use super::reply::Reply;
use crate::limits::CHAT_CONTROL_TTL_MAX;

pub(super) fn handle(s: &mut ApiState, r: &RecordedRequest, seg: &[&str]) -> Option<Handled> {
    let result = match (r.method.as_str(), seg) {
        ("POST", ["module", "auth", "v1", "token"]) => (|| {
            let f = form(r)?;
            let get = |k: &str| f.get(k).map(String::as_str).unwrap_or_default();
            if get("grant_type") != "authorization_code" || get("code").is_empty() {
                return Err(error(
                    400,
                    "grant_type must be authorization_code, with a code",
                ));
            }
            if get("redirect_uri").is_empty() {
                return Err(error(400, "redirect_uri is required"));
            }
            if get("client_id") != CHANNEL_ID || get("client_secret") != s.channel_secret {
                return Err(Reply::json(401, json!({ "message": "invalid client" })));
            }
            let bot_id = format!("U{:032x}", s.next());
            s.module_bots.insert(
                bot_id.clone(),
                json!({ "userId": bot_id, "basicId": format!("@attached{}", s.counter), "displayName": "Attached OA" }),
            );
            ok(json!({ "bot_id": bot_id, "scopes": ["message:send", "message:receive"] }))
        })(),
        ("POST", ["v2", "bot", "channel", "detach"]) => (|| {
            let b: Value = body(r)?;
            let id = b["botId"].as_str().unwrap_or(super::api::MODULE_BOT_ID);
            s.module_bots.remove(id).ok_or_else(not_found)?;
            empty()
        })(),
        ("POST", ["v2", "bot", "chat", chat, "control", "acquire"]) => (|| {
            let b: Value = if r.body.is_empty() {
                json!({})
            } else {
                body(r)?
            };
            if b["ttl"]
                .as_i64()
                .is_some_and(|t| !(0..=i64::from(CHAT_CONTROL_TTL_MAX)).contains(&t))
            {
                return Err(error(400, "ttl must be at most 31536000"));
            }
            s.chat_control.insert((*chat).to_owned(), b);
            empty()
        })(),
        ("POST", ["v2", "bot", "chat", chat, "control", "release"]) => {
            match s.chat_control.remove(*chat) {
                Some(_) => empty(),
                None => Err(error(400, "The chat is not under this module's control")),
            }
        }
        ("GET", ["v2", "bot", "list"]) => (|| {
            let limit = match r.query_param("limit").map(str::parse::<usize>) {
                None => 100,
                Some(Ok(n @ 1..=100)) => n,
                Some(_) => return Err(error(400, "limit must be at most 100")),
            };
            let start: usize = r
                .query_param("start")
                .and_then(|s| s.parse().ok())
                .unwrap_or(0);
            let bots: Vec<&Value> = s.module_bots.values().skip(start).take(limit).collect();
            let next = start + bots.len();
            let mut page = json!({ "bots": bots });
            if next < s.module_bots.len() {
                page["next"] = json!(next.to_string());
            }
            ok(page)
        })(),
        _ => return None,
    };
    Some(result)
}
