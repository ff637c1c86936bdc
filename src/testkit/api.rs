//! The local server's side of the operations beyond messaging: channel access tokens, coupons,
//! insight, audiences, LIFF, shop and modules. `routes` calls [`route`] for every path it does not serve itself.

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde_json::{Value, json};

use super::RecordedRequest;
use super::reply::Reply;
use crate::client::Host;
use crate::validate::Validate;

/// The channel ID the local server issues tokens for (with [`CHANNEL_SECRET`](super::CHANNEL_SECRET)).
pub const CHANNEL_ID: &str = "1234567890";
/// The account a module channel is attached to on the local server.
pub const MODULE_BOT_ID: &str = "U0000000000000000000000000000b0a1";
/// An audience shared with the channel on the local server.
pub const SHARED_AUDIENCE_ID: i64 = 9_000_001;

pub(crate) type Handled = Result<Reply, Reply>;

pub(crate) fn ok(value: Value) -> Handled {
    Ok(Reply::json(200, value))
}

pub(crate) fn empty() -> Handled {
    ok(json!({}))
}

pub(crate) fn error(status: u16, message: &str) -> Reply {
    Reply::error(status, message)
}

pub(crate) fn not_found() -> Reply {
    error(404, "Not found")
}

/// A JSON body, or LINE's `400`.
pub(crate) fn body<T: DeserializeOwned>(r: &RecordedRequest) -> Result<T, Reply> {
    serde_json::from_slice(&r.body).map_err(|e| {
        Reply::json(
            400,
            json!({
                "message": "The request body has 1 error(s)",
                "details": [{ "message": e.to_string(), "property": "" }],
            }),
        )
    })
}

/// A JSON body that our validator accepts, or LINE's `400`.
pub(crate) fn validated<T: DeserializeOwned + Validate>(r: &RecordedRequest) -> Result<T, Reply> {
    let value: T = body(r)?;
    value.validate().map_err(|e| Reply::invalid(&e))?;
    Ok(value)
}

/// The pairs of an `application/x-www-form-urlencoded` body.
pub(crate) fn form(r: &RecordedRequest) -> Result<BTreeMap<String, String>, Reply> {
    if !r
        .header("content-type")
        .is_some_and(|c| c.starts_with("application/x-www-form-urlencoded"))
    {
        return Err(error(
            400,
            "Content-Type must be application/x-www-form-urlencoded",
        ));
    }
    Ok(url::form_urlencoded::parse(&r.body).into_owned().collect())
}

/// One part of a `multipart/form-data` body.
pub(crate) struct Part {
    pub(crate) name: String,
    pub(crate) filename: Option<String>,
    pub(crate) data: Vec<u8>,
}

/// The parts of a `multipart/form-data` body.
pub(crate) fn multipart(r: &RecordedRequest) -> Result<Vec<Part>, Reply> {
    let bad = |m: &str| error(400, m);
    let boundary = r
        .header("content-type")
        .filter(|c| c.starts_with("multipart/form-data"))
        .and_then(|c| c.split("boundary=").nth(1))
        .map(|b| b.trim_matches('"').to_owned())
        .ok_or_else(|| bad("Content-Type must be multipart/form-data with a boundary"))?;
    let delimiter = format!("--{boundary}").into_bytes();
    let body = &r.body;
    let mut starts = Vec::new();
    let mut i = 0;
    while i + delimiter.len() <= body.len() {
        if body[i..].starts_with(&delimiter) {
            starts.push(i);
            i += delimiter.len();
        } else {
            i += 1;
        }
    }
    let mut parts = Vec::new();
    for pair in starts.windows(2) {
        let chunk = &body[pair[0] + delimiter.len()..pair[1]];
        let chunk = chunk
            .strip_prefix(b"\r\n")
            .ok_or_else(|| bad("malformed part"))?;
        let chunk = chunk
            .strip_suffix(b"\r\n")
            .ok_or_else(|| bad("malformed part"))?;
        let split = chunk
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .ok_or_else(|| bad("part without headers"))?;
        let head = String::from_utf8_lossy(&chunk[..split]).into_owned();
        let data = chunk[split + 4..].to_vec();
        let disposition = head
            .lines()
            .find(|l| {
                l.to_ascii_lowercase()
                    .starts_with("content-disposition: form-data")
            })
            .ok_or_else(|| bad("part without Content-Disposition"))?;
        let param = |key: &str| {
            disposition
                .split(';')
                .map(str::trim)
                .find_map(|p| p.strip_prefix(&format!("{key}=\"")))
                .and_then(|v| v.strip_suffix('"'))
                .map(str::to_owned)
        };
        parts.push(Part {
            name: param("name").ok_or_else(|| bad("part without a name"))?,
            filename: param("filename"),
            data,
        });
    }
    if !starts
        .last()
        .is_some_and(|&s| body[s + delimiter.len()..].starts_with(b"--"))
    {
        return Err(bad("multipart body without its closing delimiter"));
    }
    Ok(parts)
}

/// A stored audience.
pub(crate) struct StoredAudience {
    pub(crate) group: Value,
    pub(crate) jobs: Vec<Value>,
    pub(crate) user_ids: Vec<String>,
}

/// State of the operations of this module.
pub(crate) struct ApiState {
    pub(crate) channel_secret: String,
    pub(crate) counter: i64,
    /// Issued token -> its `verify` answer (without `expires_in` changes).
    pub(crate) tokens: BTreeMap<String, Value>,
    /// Key ID -> v2.1 token.
    pub(crate) token_kids: BTreeMap<String, String>,
    pub(crate) audiences: BTreeMap<i64, StoredAudience>,
    pub(crate) coupons: BTreeMap<String, Value>,
    pub(crate) liff_apps: BTreeMap<String, Value>,
    /// Chat ID -> the acquire request.
    pub(crate) chat_control: BTreeMap<String, Value>,
    /// Bot user ID -> module bot.
    pub(crate) module_bots: BTreeMap<String, Value>,
}

impl ApiState {
    pub(crate) fn new(channel_secret: &str) -> Self {
        let mut module_bots = BTreeMap::new();
        module_bots.insert(
            MODULE_BOT_ID.to_owned(),
            json!({ "userId": MODULE_BOT_ID, "basicId": "@testkit", "displayName": "Testkit OA" }),
        );
        Self {
            channel_secret: channel_secret.to_owned(),
            counter: 0,
            tokens: BTreeMap::new(),
            token_kids: BTreeMap::new(),
            audiences: BTreeMap::new(),
            coupons: BTreeMap::new(),
            liff_apps: BTreeMap::new(),
            chat_control: BTreeMap::new(),
            module_bots,
        }
    }

    /// Whether `authorization` carries a token this server issued and has not revoked.
    pub(crate) fn accepts_bearer(&self, authorization: &str) -> bool {
        authorization
            .strip_prefix("Bearer ")
            .is_some_and(|t| self.tokens.contains_key(t))
    }

    pub(crate) fn next(&mut self) -> i64 {
        self.counter += 1;
        self.counter
    }
}

/// Paths that authenticate with channel credentials instead of a bearer token.
pub(crate) fn is_public(segments: &[&str]) -> bool {
    matches!(
        segments,
        ["v2", "oauth", ..] | ["oauth2", ..] | ["module", "auth", ..]
    )
}

/// The LINE host serving `segments`, for the paths of this module not on `api.line.me`.
pub(crate) fn host_of(segments: &[&str]) -> Option<Host> {
    match segments {
        ["v2", "bot", "audienceGroup", "upload", "byFile"] => Some(Host::ApiData),
        ["module", "auth", "v1", "token"] => Some(Host::Manager),
        _ => None,
    }
}

/// Serves `r` if its path belongs to this module.
pub(crate) fn route(s: &mut ApiState, r: &RecordedRequest, seg: &[&str]) -> Option<Reply> {
    let handled = super::token::handle(s, r, seg)
        .or_else(|| super::coupon::handle(s, r, seg))
        .or_else(|| super::insight::handle(r, seg))
        .or_else(|| super::audience::handle(s, r, seg))
        .or_else(|| super::liff::handle(s, r, seg))
        .or_else(|| super::shop::handle(r, seg))
        .or_else(|| super::module::handle(s, r, seg))?;
    Some(handled.unwrap_or_else(|e| e))
}
