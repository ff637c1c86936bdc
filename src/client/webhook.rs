//! The channel's webhook endpoint: set, get, test.
//!
//! ```no_run
//! # let client = linebot::client::Client::new("token");
//! client.set_webhook_endpoint("https://example.com/callback")?;
//! let test = client.test_webhook_endpoint()?;
//! println!("{} {}", test.status_code, test.reason);
//! # Ok::<(), linebot::client::Error>(())
//! ```

use serde::{Deserialize, Serialize};

use crate::validate::{self, Path, Schemes, Validate, Violations};

/// Longest webhook URL LINE accepts.
/// <https://developers.line.biz/en/reference/messaging-api/#set-webhook-endpoint-url>
pub const WEBHOOK_ENDPOINT_MAX: usize = 500;

/// The webhook URL and whether webhooks are on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetWebhookEndpointResponse {
    /// Webhook URL.
    pub endpoint: String,
    /// Whether LINE sends webhooks.
    pub active: bool,
}

/// Body of `PUT /v2/bot/channel/webhook/endpoint`.
/// <https://developers.line.biz/en/reference/messaging-api/#set-webhook-endpoint-url>
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SetWebhookEndpointRequest {
    /// An `https` URL of at most 500 characters.
    pub endpoint: String,
}

impl SetWebhookEndpointRequest {
    /// Sets the webhook URL to `endpoint`.
    pub fn new(endpoint: impl Into<String>) -> Self {
        Self {
            endpoint: endpoint.into(),
        }
    }
}

impl Validate for SetWebhookEndpointRequest {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        path.field("endpoint", |p| {
            validate::url(&self.endpoint, Schemes::Https, WEBHOOK_ENDPOINT_MAX, p, out)
        });
    }
}

/// Body of `POST /v2/bot/channel/webhook/test`.
/// <https://developers.line.biz/en/reference/messaging-api/#test-webhook-endpoint>
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TestWebhookEndpointRequest {
    /// The URL to test; the configured one when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<String>,
}

impl TestWebhookEndpointRequest {
    /// Tests the configured webhook URL.
    pub fn new() -> Self {
        Self::default()
    }

    /// Tests this URL instead of the configured one.
    pub fn endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.endpoint = Some(endpoint.into());
        self
    }
}

impl Validate for TestWebhookEndpointRequest {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        if let Some(e) = &self.endpoint {
            path.field("endpoint", |p| {
                validate::url(e, Schemes::Https, WEBHOOK_ENDPOINT_MAX, p, out)
            });
        }
    }
}

/// How the webhook URL answered LINE's test.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct TestWebhookEndpointResponse {
    /// Whether the URL answered 200.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// When the test ran (ISO 8601).
    pub timestamp: String,
    /// The status the URL answered (0 or negative without an answer).
    pub status_code: i32,
    /// Reason for the answer.
    pub reason: String,
    /// Details.
    pub detail: String,
}

super::json_response!(GetWebhookEndpointResponse, TestWebhookEndpointResponse);

super::operation! {
    /// `getWebhookEndpoint`: the webhook URL and whether it is active.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-webhook-endpoint-information>
    Get Api "/v2/bot/channel/webhook/endpoint" -> GetWebhookEndpointResponse;
    #[derive(Debug, Default, Eq)]
    pub struct GetWebhookEndpoint {}
    pub fn get_webhook_endpoint() {
        Self {}
    }
}

super::operation! {
    /// `setWebhookEndpoint`: sets the webhook URL (`https`, at most 500 characters).
    /// <https://developers.line.biz/en/reference/messaging-api/#set-webhook-endpoint-url>
    Put Api "/v2/bot/channel/webhook/endpoint" -> ();
    body SetWebhookEndpointRequest;
    pub fn set_webhook_endpoint(endpoint: impl Into<String>) {
        SetWebhookEndpointRequest::new(endpoint)
    }
}

super::operation! {
    /// `testWebhookEndpoint`: LINE posts a test webhook to the configured URL (or another
    /// one, set on the request) and reports how it answered.
    /// <https://developers.line.biz/en/reference/messaging-api/#test-webhook-endpoint>
    Post Api "/v2/bot/channel/webhook/test" -> TestWebhookEndpointResponse;
    body TestWebhookEndpointRequest;
    pub fn test_webhook_endpoint() {
        TestWebhookEndpointRequest::new()
    }
}
