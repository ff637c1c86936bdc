//! LIFF apps: add, list, update and delete the channel's LINE Front-end Framework apps.
//!
//! ```no_run
//! use linebot::client::liff::{LiffView, LiffViewType};
//! # let client = linebot::client::Client::new("token");
//! let added = client.add_liff_app(LiffView::new(LiffViewType::Full, "https://example.com/app"))?;
//! for app in &client.get_all_liff_apps()?.apps {
//!     println!("{:?} {:?}", app.liff_id, app.view.as_ref().map(|v| &v.url));
//! }
//! client.delete_liff_app(&added.liff_id)?;
//! # Ok::<(), linebot::client::Error>(())
//! ```

use serde::{Deserialize, Serialize};

use crate::validate::{self, Path, Schemes, Validate, Violations};

/// How a LIFF app opens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum LiffViewType {
    /// 50% of the screen height.
    Compact,
    /// 80% of the screen height.
    Tall,
    /// The whole screen.
    Full,
    /// A value this version does not know.
    #[serde(untagged)]
    Unknown(String),
}

/// A LIFF app's view.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct LiffView {
    /// Size.
    pub r#type: LiffViewType,
    /// Endpoint URL (`https`).
    pub url: String,
    /// `true`: open as a module (no header action button).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub module_mode: Option<bool>,
}

impl LiffView {
    /// A view of this size opening `url`.
    pub fn new(r#type: LiffViewType, url: impl Into<String>) -> Self {
        Self {
            r#type,
            url: url.into(),
            module_mode: None,
        }
    }
}

/// Changes to a LIFF app's view: absent fields stay as they are.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct UpdateLiffView {
    /// New size.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<LiffViewType>,
    /// New endpoint URL (`https`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// New module mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub module_mode: Option<bool>,
}

/// Features of a LIFF app.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct LiffFeatures {
    /// Bluetooth LE (LINE Things).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ble: Option<bool>,
    /// The 2D code reader.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<bool>,
}

/// A permission a LIFF app asks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub enum LiffScope {
    /// `openid`
    #[serde(rename = "openid")]
    Openid,
    /// `email`
    #[serde(rename = "email")]
    Email,
    /// `profile`
    #[serde(rename = "profile")]
    Profile,
    /// `chat_message.write`
    #[serde(rename = "chat_message.write")]
    ChatMessageWrite,
    /// A value this version does not know.
    #[serde(untagged)]
    Unknown(String),
}

/// Whether the LIFF app suggests adding the LINE Official Account as a friend.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum LiffBotPrompt {
    /// In the consent screen.
    Normal,
    /// On a separate screen after consent.
    Aggressive,
    /// Never.
    None,
    /// A value this version does not know.
    #[serde(untagged)]
    Unknown(String),
}

fn check_view_url(url: &str, path: &mut Path, out: &mut Violations) {
    path.field("url", |p| {
        // LINE publishes no length limit for LIFF endpoints: only the scheme is checked.
        validate::url(url, Schemes::Https, usize::MAX, p, out)
    });
}

/// Body of `POST /liff/v1/apps`.
/// <https://developers.line.biz/en/reference/liff-server/#add-liff-app>
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AddLiffAppRequest {
    /// The view.
    pub view: LiffView,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Features.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub features: Option<LiffFeatures>,
    /// How the LIFF URL's path and query are passed to the endpoint (`concat`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permanent_link_pattern: Option<String>,
    /// Permissions (LINE's default when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Vec<LiffScope>>,
    /// Friend suggestion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bot_prompt: Option<LiffBotPrompt>,
}

impl AddLiffAppRequest {
    crate::client::declare::setter!(opt_field description String);
    crate::client::declare::setter!(opt_field features LiffFeatures);
    crate::client::declare::setter!(opt_field permanent_link_pattern String);
    crate::client::declare::setter!(opt_field bot_prompt LiffBotPrompt);

    /// Sets `scope` (replacing any earlier value).
    pub fn scope(mut self, scopes: impl IntoIterator<Item = LiffScope>) -> Self {
        self.scope = Some(scopes.into_iter().collect());
        self
    }

    /// A LIFF app with this view.
    pub fn new(view: LiffView) -> Self {
        Self {
            view,
            description: None,
            features: None,
            permanent_link_pattern: None,
            scope: None,
            bot_prompt: None,
        }
    }
}

impl Validate for AddLiffAppRequest {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        path.field("view", |p| check_view_url(&self.view.url, p, out));
    }
}

/// The new LIFF app's ID.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AddLiffAppResponse {
    /// LIFF ID.
    pub liff_id: String,
}

/// The channel's LIFF apps.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetAllLiffAppsResponse {
    /// The apps.
    #[serde(default)]
    pub apps: Vec<LiffApp>,
}

/// A LIFF app.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct LiffApp {
    /// LIFF ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub liff_id: Option<String>,
    /// The view.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub view: Option<LiffView>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Features.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub features: Option<LiffFeatures>,
    /// Permanent link pattern.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permanent_link_pattern: Option<String>,
    /// Permissions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Vec<LiffScope>>,
    /// Friend suggestion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bot_prompt: Option<LiffBotPrompt>,
}

/// Body of `PUT /liff/v1/apps/{liffId}`: the fields to change (absent ones stay).
/// <https://developers.line.biz/en/reference/liff-server/#update-liff-app>
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct UpdateLiffAppRequest {
    /// View changes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub view: Option<UpdateLiffView>,
    /// New name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// New features.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub features: Option<LiffFeatures>,
    /// New permanent link pattern.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permanent_link_pattern: Option<String>,
    /// New permissions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Vec<LiffScope>>,
    /// New friend suggestion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bot_prompt: Option<LiffBotPrompt>,
}

impl UpdateLiffAppRequest {
    /// No change yet: set the fields to change.
    pub fn new() -> Self {
        Self::default()
    }

    crate::client::declare::setter!(opt_field view UpdateLiffView);
    crate::client::declare::setter!(opt_field description String);
    crate::client::declare::setter!(opt_field features LiffFeatures);
    crate::client::declare::setter!(opt_field permanent_link_pattern String);
    crate::client::declare::setter!(opt_field bot_prompt LiffBotPrompt);

    /// Sets `scope` (replacing any earlier value).
    pub fn scope(mut self, scopes: impl IntoIterator<Item = LiffScope>) -> Self {
        self.scope = Some(scopes.into_iter().collect());
        self
    }
}

impl Validate for UpdateLiffAppRequest {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        if let Some(url) = self.view.as_ref().and_then(|v| v.url.as_deref()) {
            path.field("view", |p| check_view_url(url, p, out));
        }
    }
}

super::json_response!(AddLiffAppResponse, GetAllLiffAppsResponse);

super::operation! {
    /// `addLIFFApp`: adds a LIFF app opening this view; set its name, features, scopes and
    /// friend suggestion on an [`AddLiffAppRequest`].
    /// <https://developers.line.biz/en/reference/liff-server/#add-liff-app>
    Post Api "/liff/v1/apps" -> AddLiffAppResponse;
    body AddLiffAppRequest;
    pub fn add_liff_app(view: LiffView) {
        AddLiffAppRequest::new(view)
    }
}

super::operation! {
    /// `getAllLIFFApps`: every LIFF app of the channel (LINE answers 404 when there is none).
    /// <https://developers.line.biz/en/reference/liff-server/#get-all-liff-apps>
    Get Api "/liff/v1/apps" -> GetAllLiffAppsResponse;
    #[derive(Debug, Default, Eq)]
    pub struct GetAllLiffApps {}
    pub fn get_all_liff_apps() {
        Self {}
    }
}

super::operation! {
    /// `updateLIFFApp`: changes a LIFF app (the fields set in `changes`; absent ones stay).
    /// <https://developers.line.biz/en/reference/liff-server/#update-liff-app>
    Put Api "/liff/v1/apps/{liff_id}" -> ();
    #[derive(Debug, Eq)]
    pub struct UpdateLiffApp {
        /// LIFF ID.
        path liff_id: String,
        /// The changes.
        body changes: UpdateLiffAppRequest,
    }
    pub fn update_liff_app(liff_id: impl Into<String>, changes: UpdateLiffAppRequest) {
        Self { liff_id: liff_id.into(), changes }
    }
}

super::operation! {
    /// `deleteLIFFApp`: deletes a LIFF app.
    /// <https://developers.line.biz/en/reference/liff-server/#delete-liff-app>
    Delete Api "/liff/v1/apps/{liff_id}" -> ();
    #[derive(Debug, Eq)]
    pub struct DeleteLiffApp {
        /// LIFF ID.
        path liff_id: String,
    }
    pub fn delete_liff_app(liff_id: impl Into<String>) {
        Self { liff_id: liff_id.into() }
    }
}
