//! Modules: attaching a module channel to a LINE Official Account, detaching it, taking and
//! releasing chat control, and listing the accounts it is attached to.
//!
//! ```no_run
//! use linebot::client::module::AcquireChatControl;
//! # let client = linebot::client::Client::new("module channel token");
//! for bot in &client.get_modules()?.bots {
//!     println!("{} {}", bot.basic_id, bot.display_name);
//! }
//! client.call(AcquireChatControl::new("U4af4980629...").expired(true).ttl(3600))?;
//! client.release_chat_control("U4af4980629...")?;
//! # Ok::<(), linebot::client::Error>(())
//! ```

use std::fmt;

use serde::{Deserialize, Serialize};

use super::{Error, Payload};
use crate::limits::CHAT_CONTROL_TTL_MAX;
use crate::validate::{self, Path, ValidationError};

/// Checks the `ttl` of an [`AcquireChatControl`].
fn check_ttl(ttl: Option<i32>) -> Result<(), ValidationError> {
    match ttl {
        Some(ttl) if !(0..=CHAT_CONTROL_TTL_MAX).contains(&ttl) => {
            let mut out = Vec::new();
            Path::root().field("ttl", |p| {
                validate::invalid(format!("0 to {CHAT_CONTROL_TTL_MAX} seconds"), p, &mut out)
            });
            Err(ValidationError::new(out))
        }
        _ => Ok(()),
    }
}

/// The form of an [`AttachModule`].
fn attach_form(s: &AttachModule) -> Result<Payload<'_>, Error> {
    let mut form = vec![
        ("grant_type", s.grant_type.as_str()),
        ("code", s.code.as_str()),
        ("redirect_uri", s.redirect_uri.as_str()),
    ];
    for (name, value) in [
        ("code_verifier", &s.code_verifier),
        ("client_id", &s.client_id),
        ("client_secret", &s.client_secret),
        ("region", &s.region),
        ("basic_search_id", &s.basic_search_id),
        ("scope", &s.scope),
        ("brand_type", &s.brand_type),
    ] {
        if let Some(v) = value {
            form.push((name, v.as_str()));
        }
    }
    Ok(Payload::Form(form))
}

impl fmt::Debug for AttachModule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AttachModule")
            .field("grant_type", &self.grant_type)
            .field("code", &"<redacted>")
            .field("redirect_uri", &self.redirect_uri)
            .field(
                "code_verifier",
                &self.code_verifier.as_ref().map(|_| "<redacted>"),
            )
            .field("client_id", &self.client_id)
            .field(
                "client_secret",
                &self.client_secret.as_ref().map(|_| "<redacted>"),
            )
            .field("region", &self.region)
            .field("basic_search_id", &self.basic_search_id)
            .field("scope", &self.scope)
            .field("brand_type", &self.brand_type)
            .finish()
    }
}

/// The account the module was attached to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AttachModuleResponse {
    /// User ID of the account's bot.
    pub bot_id: String,
    /// Granted scopes.
    pub scopes: Vec<String>,
}

/// `POST /v2/bot/channel/detach`: detaches the module channel from an account.
/// <https://developers.line.biz/en/reference/partner-docs/#unlink-detach-module-channel-by-operation-mc-admin>
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct DetachModuleRequest {
    /// User ID of the account's bot.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bot_id: Option<String>,
}

/// A page of accounts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetModulesResponse {
    /// The accounts.
    pub bots: Vec<ModuleBot>,
    /// Token for the next page; absent on the last page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
}

/// An account the module channel is attached to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ModuleBot {
    /// User ID of the account's bot.
    pub user_id: String,
    /// Basic ID (`@abc1234`).
    pub basic_id: String,
    /// Premium ID, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub premium_id: Option<String>,
    /// Display name.
    pub display_name: String,
    /// Profile image URL, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture_url: Option<String>,
}

super::json_response!(AttachModuleResponse, GetModulesResponse);

impl DetachModuleRequest {
    /// Detaches from the account the module channel's token was issued for.
    pub fn new() -> Self {
        Self::default()
    }

    /// Detaches from the account whose bot has this user ID.
    pub fn bot_id(mut self, bot_id: impl Into<String>) -> Self {
        self.bot_id = Some(bot_id.into());
        self
    }
}

impl validate::Validate for DetachModuleRequest {
    fn validate_at(&self, path: &mut Path, out: &mut validate::Violations) {
        if let Some(id) = &self.bot_id {
            path.field("botId", |p| validate::required(id, p, out));
        }
    }
}

super::operation! {
    /// `attachModule`: attaches the module channel to an account, with the authorization
    /// code received at `redirect_uri`, authenticated by the module channel's ID and
    /// secret (on `manager.line.biz`, without the bearer token).
    /// <https://developers.line.biz/en/reference/partner-docs/#link-attach-by-operation-module-channel-provider>
    Post Manager "/module/auth/v1/token" -> AttachModuleResponse, AUTHORIZED = false;
    #[derive(Default, Eq)]
    pub struct AttachModule {
        /// `authorization_code`.
        field grant_type: String,
        /// The authorization code.
        field code: String,
        /// The redirect URI of the authorization request.
        field redirect_uri: String,
        /// PKCE code verifier.
        opt_field code_verifier: String,
        /// Module channel ID (instead of Basic authentication).
        opt_field client_id: String,
        /// Module channel secret (instead of Basic authentication).
        opt_field client_secret: String,
        /// Region of the account (`JP`, `TH`, `TW`).
        opt_field region: String,
        /// Basic ID of the account.
        opt_field basic_search_id: String,
        /// Scopes, space-separated.
        opt_field scope: String,
        /// Brand type.
        opt_field brand_type: String,
    }
    payload |s| attach_form(s);
    pub fn attach_module(
        code: impl Into<String>,
        redirect_uri: impl Into<String>,
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
    ) {
        Self {
            grant_type: "authorization_code".into(),
            code: code.into(),
            redirect_uri: redirect_uri.into(),
            client_id: Some(client_id.into()),
            client_secret: Some(client_secret.into()),
            ..Self::default()
        }
    }
}

super::operation! {
    /// `detachModule`: detaches the module channel from an account.
    /// <https://developers.line.biz/en/reference/partner-docs/#unlink-detach-module-channel-by-operation-mc-admin>
    Post Api "/v2/bot/channel/detach" -> ();
    body DetachModuleRequest;
    pub fn detach_module() {
        DetachModuleRequest::new()
    }
}

super::operation! {
    /// `acquireChatControl`: takes chat control from the primary channel (for good, unless
    /// the request sets `expired` and `ttl`).
    /// <https://developers.line.biz/en/reference/partner-docs/#acquire-control-api>
    Post Api "/v2/bot/chat/{chat_id}/control/acquire" -> ();
    #[derive(Debug, Eq, Serialize)]
    #[serde(rename_all = "camelCase")]
    pub struct AcquireChatControl {
        /// User, group or room ID of the chat.
        #[serde(skip)]
        path chat_id: String,
        /// `true`: control returns to the primary channel after `ttl`.
        #[serde(skip_serializing_if = "Option::is_none")]
        opt_field expired: bool,
        /// Seconds until control returns (at most one year).
        #[serde(skip_serializing_if = "Option::is_none")]
        opt_field ttl: i32,
    }
    payload |s| Payload::json(s);
    validate |s| check_ttl(s.ttl);
    pub fn acquire_chat_control(chat_id: impl Into<String>) {
        Self { chat_id: chat_id.into(), expired: None, ttl: None }
    }
}

super::operation! {
    /// `releaseChatControl`: hands chat control back to the primary channel.
    /// <https://developers.line.biz/en/reference/partner-docs/#release-control-api>
    Post Api "/v2/bot/chat/{chat_id}/control/release" -> ();
    #[derive(Debug, Eq)]
    pub struct ReleaseChatControl {
        /// User, group or room ID of the chat.
        path chat_id: String,
    }
    pub fn release_chat_control(chat_id: impl Into<String>) {
        Self { chat_id: chat_id.into() }
    }
}

super::operation! {
    /// `getModules`: a page of the accounts the module channel is attached to; the next
    /// page starts at the answer's `next`.
    /// <https://developers.line.biz/en/reference/partner-docs/#get-multiple-bot-info-api>
    Get Api "/v2/bot/list" -> GetModulesResponse;
    #[derive(Debug, Default, Eq)]
    pub struct GetModules {
        /// The `next` token of the previous page.
        opt_query "start" start: String,
        /// Page size (at most 100, the default).
        opt_query "limit" limit: u32,
    }
    pub fn get_modules() {
        Self { start: None, limit: None }
    }
}
