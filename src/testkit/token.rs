//! Channel access tokens on the local server: issued for [`CHANNEL_ID`] and the channel
//! secret, or for a well-formed JWT assertion naming [`CHANNEL_ID`]; verifiable and
//! revocable.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};

use super::RecordedRequest;
use super::api::{ApiState, CHANNEL_ID, Handled, empty, form, ok};
use super::reply::Reply;
use crate::client::token::CLIENT_ASSERTION_TYPE;

/// LINE's OAuth error shape.
fn oauth_error(description: &str) -> Reply {
    Reply::json(
        400,
        json!({ "error": "invalid_request", "error_description": description }),
    )
}

fn field<'a>(
    form: &'a std::collections::BTreeMap<String, String>,
    name: &str,
) -> Result<&'a str, Reply> {
    form.get(name)
        .map(String::as_str)
        .ok_or_else(|| oauth_error(&format!("{name} is required")))
}

fn check_secret(s: &ApiState, client_id: &str, client_secret: &str) -> Result<(), Reply> {
    if client_id == CHANNEL_ID && client_secret == s.channel_secret {
        Ok(())
    } else {
        Err(Reply::json(
            400,
            json!({ "error": "invalid_client", "error_description": "invalid client_id or client_secret" }),
        ))
    }
}

/// Checks an assertion's shape and claims (not its signature: the server has no
/// registered public key), answering the `token_exp` it asks for.
fn check_assertion(assertion_type: &str, assertion: &str) -> Result<i64, Reply> {
    if assertion_type != CLIENT_ASSERTION_TYPE {
        return Err(oauth_error("client_assertion_type is invalid"));
    }
    let parts: Vec<&str> = assertion.split('.').collect();
    let decode = |p: &str| -> Option<Value> {
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(p).ok()?).ok()
    };
    let (Some(header), Some(claims), true) = (
        parts.first().and_then(|p| decode(p)),
        parts.get(1).and_then(|p| decode(p)),
        parts.len() == 3 && parts[2].len() > 300,
    ) else {
        return Err(oauth_error("client_assertion is not a signed JWT"));
    };
    if header["alg"] != "RS256" || !header["kid"].is_string() {
        return Err(oauth_error("the JWT header needs alg RS256 and a kid"));
    }
    if claims["iss"] != CHANNEL_ID || claims["sub"] != CHANNEL_ID {
        return Err(oauth_error("iss and sub must be the channel ID"));
    }
    if claims["aud"] != "https://api.line.me/" || !claims["exp"].is_u64() {
        return Err(oauth_error(
            "aud must be https://api.line.me/ and exp is required",
        ));
    }
    match claims["token_exp"].as_i64() {
        Some(t) if (1..=TOKEN_EXP_MAX).contains(&t) => Ok(t),
        None => Ok(TOKEN_EXP_MAX),
        Some(_) => Err(oauth_error("token_exp must be at most 30 days")),
    }
}

/// 30 days: the longest v2.1 token and the life of a short-lived token.
const TOKEN_EXP_MAX: i64 = crate::limits::TOKEN_EXP_MAX_SECS as i64;

fn issue(s: &mut ApiState, kind: &str, expires_in: i64) -> String {
    let token = format!("testkit-{kind}-token-{}", s.next());
    s.tokens.insert(
        token.clone(),
        json!({ "client_id": CHANNEL_ID, "expires_in": expires_in, "scope": "profile chat_message.write" }),
    );
    token
}

pub(super) fn handle(s: &mut ApiState, r: &RecordedRequest, seg: &[&str]) -> Option<Handled> {
    let result = match (r.method.as_str(), seg) {
        ("POST", ["v2", "oauth", "accessToken"]) => (|| {
            let f = form(r)?;
            if field(&f, "grant_type")? != "client_credentials" {
                return Err(oauth_error("grant_type must be client_credentials"));
            }
            check_secret(s, field(&f, "client_id")?, field(&f, "client_secret")?)?;
            let token = issue(s, "short", TOKEN_EXP_MAX);
            ok(
                json!({ "access_token": token, "expires_in": TOKEN_EXP_MAX, "token_type": "Bearer" }),
            )
        })(),
        ("POST", ["v2", "oauth", "verify"]) => (|| {
            let f = form(r)?;
            verify(s, field(&f, "access_token")?)
        })(),
        ("POST", ["v2", "oauth", "revoke"]) => (|| {
            let f = form(r)?;
            s.tokens.remove(field(&f, "access_token")?);
            empty()
        })(),
        ("POST", ["oauth2", "v2.1", "token"]) => (|| {
            let f = form(r)?;
            if field(&f, "grant_type")? != "client_credentials" {
                return Err(oauth_error("grant_type must be client_credentials"));
            }
            let expires_in = check_assertion(
                field(&f, "client_assertion_type")?,
                field(&f, "client_assertion")?,
            )?;
            let token = issue(s, "v2.1", expires_in);
            let kid = format!("testkit-kid-{}", s.next());
            s.token_kids.insert(kid.clone(), token.clone());
            ok(json!({
                "access_token": token,
                "expires_in": expires_in,
                "token_type": "Bearer",
                "key_id": kid,
            }))
        })(),
        ("GET", ["oauth2", "v2.1", "verify"]) => (|| {
            let token = r
                .query_param("access_token")
                .ok_or_else(|| oauth_error("access_token is required"))?;
            verify(s, token)
        })(),
        ("POST", ["oauth2", "v2.1", "revoke"]) => (|| {
            let f = form(r)?;
            check_secret(s, field(&f, "client_id")?, field(&f, "client_secret")?)?;
            let token = field(&f, "access_token")?.to_owned();
            s.tokens.remove(&token);
            s.token_kids.retain(|_, t| *t != token);
            empty()
        })(),
        ("GET", ["oauth2", "v2.1", "tokens", "kid"]) => (|| {
            check_assertion(
                r.query_param("client_assertion_type").unwrap_or_default(),
                r.query_param("client_assertion").unwrap_or_default(),
            )?;
            ok(json!({ "kids": s.token_kids.keys().collect::<Vec<_>>() }))
        })(),
        ("POST", ["oauth2", "v3", "token"]) => (|| {
            let f = form(r)?;
            if field(&f, "grant_type")? != "client_credentials" {
                return Err(oauth_error("grant_type must be client_credentials"));
            }
            if f.contains_key("client_assertion") {
                check_assertion(
                    field(&f, "client_assertion_type")?,
                    field(&f, "client_assertion")?,
                )?;
            } else {
                check_secret(s, field(&f, "client_id")?, field(&f, "client_secret")?)?;
            }
            let token = issue(s, "stateless", 900);
            ok(json!({ "access_token": token, "expires_in": 900, "token_type": "Bearer" }))
        })(),
        _ => return None,
    };
    Some(result)
}

fn verify(s: &ApiState, token: &str) -> Handled {
    s.tokens
        .get(token)
        .cloned()
        .map(|v| Reply::json(200, v))
        .ok_or_else(|| oauth_error("access token expired"))
}
