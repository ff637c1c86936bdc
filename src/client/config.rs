//! Client configuration: access token, base URLs, timeout, user agent, retries, validation.
//!
//! ```
//! use std::time::Duration;
//! use linebot::client::Client;
//!
//! let client = Client::builder("channel access token")
//!     .timeout(Duration::from_secs(10))
//!     .build()?;
//! assert!(!format!("{client:?}").contains("channel access token"));
//! # Ok::<(), linebot::client::Error>(())
//! ```

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use super::retry::RetryPolicy;
use super::{Client, Error, Host, Inner};

/// `https://api.line.me`: most of the Messaging API.
pub const API_BASE_URL: &str = "https://api.line.me";
/// `https://api-data.line.me`: content download and upload.
pub const API_DATA_BASE_URL: &str = "https://api-data.line.me";
/// `https://manager.line.biz`: module channel attachment.
pub const MANAGER_BASE_URL: &str = "https://manager.line.biz";
/// The timeout of a call unless configured otherwise.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// The `User-Agent` the client sends: `linebot-rust/<version>`.
pub const USER_AGENT: &str = concat!("linebot-rust/", env!("CARGO_PKG_VERSION"));

/// Builds a [`Client`]. Start with [`Client::builder`].
#[derive(Clone)]
#[must_use]
pub struct ClientBuilder {
    token: String,
    api: String,
    api_data: String,
    manager: String,
    timeout: Duration,
    user_agent: String,
    retry: RetryPolicy,
    validate: bool,
    env_proxy: bool,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("token", &"<redacted>")
            .field("api", &self.api)
            .field("api_data", &self.api_data)
            .field("manager", &self.manager)
            .field("timeout", &self.timeout)
            .field("user_agent", &self.user_agent)
            .field("retry", &self.retry)
            .field("validate", &self.validate)
            .finish()
    }
}

impl ClientBuilder {
    pub(crate) fn new(token: impl Into<String>) -> Self {
        Self {
            token: token.into(),
            api: API_BASE_URL.into(),
            api_data: API_DATA_BASE_URL.into(),
            manager: MANAGER_BASE_URL.into(),
            timeout: DEFAULT_TIMEOUT,
            user_agent: USER_AGENT.into(),
            retry: RetryPolicy::new(),
            validate: true,
            env_proxy: true,
        }
    }

    /// Sends every call, whatever its LINE host, to `url` (for example a local test server).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        let url = url.into();
        self.api.clone_from(&url);
        self.api_data.clone_from(&url);
        self.manager = url;
        self
    }

    /// Replaces `https://api.line.me`.
    pub fn api_base_url(mut self, url: impl Into<String>) -> Self {
        self.api = url.into();
        self
    }

    /// Replaces `https://api-data.line.me`.
    pub fn api_data_base_url(mut self, url: impl Into<String>) -> Self {
        self.api_data = url.into();
        self
    }

    /// Replaces `https://manager.line.biz`.
    pub fn manager_base_url(mut self, url: impl Into<String>) -> Self {
        self.manager = url.into();
        self
    }

    /// The timeout of each attempt (default 30 s). Downloads apply it to connecting and to
    /// each read, not to the whole body, so large content is not cut off.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Replaces the `User-Agent` (default `linebot-rust/<version>`).
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// How sends with a retry key are retried (see [`RetryPolicy`]).
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Whether requests are checked by the runtime validator before they are sent
    /// (default `true`). With `false`, LINE's own `400` reports the problems instead.
    pub fn validate(mut self, on: bool) -> Self {
        self.validate = on;
        self
    }

    /// Whether `HTTPS_PROXY`/`HTTP_PROXY`/`NO_PROXY` from the environment are honoured
    /// (default `true`).
    pub fn env_proxy(mut self, on: bool) -> Self {
        self.env_proxy = on;
        self
    }

    /// Builds the client.
    ///
    /// # Errors
    /// [`Error::Config`] when a base URL is not an absolute `http` or `https` URL.
    pub fn build(self) -> Result<Client, Error> {
        let mut bases = [String::new(), String::new(), String::new()];
        for (host, url) in [
            (Host::Api, &self.api),
            (Host::ApiData, &self.api_data),
            (Host::Manager, &self.manager),
        ] {
            match url::Url::parse(url) {
                Ok(u) if matches!(u.scheme(), "http" | "https") && u.has_host() => {}
                _ => {
                    return Err(Error::Config(format!(
                        "base URL for {} is not an absolute http(s) URL: {url:?}",
                        host.default_name()
                    )));
                }
            }
            bases[host as usize] = url.trim_end_matches('/').to_owned();
        }
        let mut config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .user_agent(self.user_agent.as_str())
            .max_idle_connections_per_host(8);
        if !self.env_proxy {
            config = config.proxy(None);
        }
        let agent = ureq::Agent::new_with_config(config.build());
        Ok(Client {
            inner: Arc::new(Inner {
                agent,
                authorization: format!("Bearer {}", self.token),
                bases,
                retry: self.retry,
                validate: self.validate,
            }),
            timeout: self.timeout,
        })
    }
}
