//! Modules: attaching a module channel to a LINE Official Account, detaching it, taking and
//! releasing chat control, and listing the accounts it is attached to.
//!
//! ```no_run
//! # let client = linebot::client::Client::new("module channel token");
//! let page = client.get_modules(None, Some(100))?;
//! for bot in &page.bots {
//!     println!("{} {}", bot.basic_id, bot.display_name);
//! }
//! client.acquire_chat_control("U4af4980629...", Some(false), Some(3600))?;
//! client.release_chat_control("U4af4980629...")?;
//! # Ok::<(), linebot::client::Error>(())
//! ```

use std::fmt;

use serde::{Deserialize, Serialize};

use super::{Client, Error, Host, Method, Operation, Payload, Response, encode_segment};
use crate::limits::CHAT_CONTROL_TTL_MAX;
use crate::validate::{self, Path, ValidationError};

/// `POST /module/auth/v1/token` on `manager.line.biz`: attaches the module channel to an
/// account, with the authorization code from the attach redirect.
/// <https://developers.line.biz/en/reference/partner-docs/#link-attach-by-operation-module-channel-provider>
#[derive(Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct AttachModule {
    /// `authorization_code`.
    pub grant_type: String,
    /// The authorization code.
    pub code: String,
    /// The redirect URI of the authorization request.
    pub redirect_uri: String,
    /// PKCE code verifier.
    pub code_verifier: Option<String>,
    /// Module channel ID (instead of Basic authentication).
    pub client_id: Option<String>,
    /// Module channel secret (instead of Basic authentication).
    pub client_secret: Option<String>,
    /// Region of the account (`JP`, `TH`, `TW`).
    pub region: Option<String>,
    /// Basic ID of the account.
    pub basic_search_id: Option<String>,
    /// Scopes, space-separated.
    pub scope: Option<String>,
    /// Brand type.
    pub brand_type: Option<String>,
}

impl AttachModule {
    /// Attaches with `code` received at `redirect_uri`, authenticated by the module
    /// channel's ID and secret.
    pub fn new(
        code: impl Into<String>,
        redirect_uri: impl Into<String>,
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
    ) -> Self {
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

impl Operation for AttachModule {
    type Response = AttachModuleResponse;
    const METHOD: Method = Method::Post;
    const HOST: Host = Host::Manager;
    // Authenticated by the module channel's ID and secret (or Basic), not a bearer token.
    const AUTHORIZED: bool = false;
    fn path(&self) -> String {
        "/module/auth/v1/token".into()
    }
    fn payload(&self) -> Result<Payload<'_>, Error> {
        let mut form = vec![
            ("grant_type", self.grant_type.as_str()),
            ("code", self.code.as_str()),
            ("redirect_uri", self.redirect_uri.as_str()),
        ];
        for (name, value) in [
            ("code_verifier", &self.code_verifier),
            ("client_id", &self.client_id),
            ("client_secret", &self.client_secret),
            ("region", &self.region),
            ("basic_search_id", &self.basic_search_id),
            ("scope", &self.scope),
            ("brand_type", &self.brand_type),
        ] {
            if let Some(v) = value {
                form.push((name, v.as_str()));
            }
        }
        Ok(Payload::Form(form))
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

impl Operation for DetachModuleRequest {
    type Response = ();
    const METHOD: Method = Method::Post;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        "/v2/bot/channel/detach".into()
    }
    fn payload(&self) -> Result<Payload<'_>, Error> {
        Payload::json(self)
    }
}

/// `POST /v2/bot/chat/{chatId}/control/acquire`: takes chat control from the primary
/// channel.
/// <https://developers.line.biz/en/reference/partner-docs/#acquire-control-api>
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AcquireChatControl {
    /// User, group or room ID of the chat.
    #[serde(skip)]
    pub chat_id: String,
    /// `true`: control returns to the primary channel after `ttl`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expired: Option<bool>,
    /// Seconds until control returns (at most one year).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ttl: Option<i32>,
}

impl Operation for AcquireChatControl {
    type Response = ();
    const METHOD: Method = Method::Post;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        format!(
            "/v2/bot/chat/{}/control/acquire",
            encode_segment(&self.chat_id)
        )
    }
    fn payload(&self) -> Result<Payload<'_>, Error> {
        Payload::json(self)
    }
    fn validate(&self) -> Result<(), ValidationError> {
        match self.ttl {
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
}

/// `POST /v2/bot/chat/{chatId}/control/release`: hands chat control back to the primary
/// channel.
/// <https://developers.line.biz/en/reference/partner-docs/#release-control-api>
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReleaseChatControl {
    /// User, group or room ID of the chat.
    pub chat_id: String,
}

impl Operation for ReleaseChatControl {
    type Response = ();
    const METHOD: Method = Method::Post;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        format!(
            "/v2/bot/chat/{}/control/release",
            encode_segment(&self.chat_id)
        )
    }
}

/// `GET /v2/bot/list`: accounts the module channel is attached to, a page at a time.
/// <https://developers.line.biz/en/reference/partner-docs/#get-multiple-bot-info-api>
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GetModules {
    /// The `next` token of the previous page.
    pub start: Option<String>,
    /// Page size (at most 100, the default).
    pub limit: Option<u32>,
}

impl Operation for GetModules {
    type Response = GetModulesResponse;
    const METHOD: Method = Method::Get;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        "/v2/bot/list".into()
    }
    fn query(&self) -> Vec<(&'static str, Option<String>)> {
        vec![
            ("start", self.start.clone()),
            ("limit", self.limit.map(|l| l.to_string())),
        ]
    }
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

impl Client {
    /// `attachModule`: attaches the module channel to an account (on `manager.line.biz`).
    ///
    /// # Errors
    /// See [`Error`].
    pub fn attach_module(
        &self,
        request: AttachModule,
    ) -> Result<Response<AttachModuleResponse>, Error> {
        self.call(request)
    }

    /// `detachModule`: detaches the module channel from the account `bot_id`.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn detach_module(&self, bot_id: Option<String>) -> Result<Response<()>, Error> {
        self.call(DetachModuleRequest { bot_id })
    }

    /// `acquireChatControl`: takes control of a chat, for `ttl` seconds when `expired` is
    /// `true`.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn acquire_chat_control(
        &self,
        chat_id: impl Into<String>,
        expired: Option<bool>,
        ttl: Option<i32>,
    ) -> Result<Response<()>, Error> {
        self.call(AcquireChatControl {
            chat_id: chat_id.into(),
            expired,
            ttl,
        })
    }

    /// `releaseChatControl`: hands a chat back to the primary channel.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn release_chat_control(&self, chat_id: impl Into<String>) -> Result<Response<()>, Error> {
        self.call(ReleaseChatControl {
            chat_id: chat_id.into(),
        })
    }

    /// `getModules`: one page of accounts the module channel is attached to.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn get_modules(
        &self,
        start: Option<String>,
        limit: Option<u32>,
    ) -> Result<Response<GetModulesResponse>, Error> {
        self.call(GetModules { start, limit })
    }
}
