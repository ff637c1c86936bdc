//! The channel's webhook endpoint: set, get, test.
//!
//! ```no_run
//! # let client = linebot::client::Client::new("token");
//! client.set_webhook_endpoint("https://example.com/callback")?;
//! let test = client.test_webhook_endpoint(None)?;
//! println!("{} {}", test.status_code, test.reason);
//! # Ok::<(), linebot::client::Error>(())
//! ```

use serde::{Deserialize, Serialize};

use super::{Client, Error, Host, Method, Operation, Payload, Response};
use crate::validate::{self, Path, Schemes, Validate, ValidationError, Violations};

/// Longest webhook URL LINE accepts.
/// <https://developers.line.biz/en/reference/messaging-api/#set-webhook-endpoint-url>
pub const WEBHOOK_ENDPOINT_MAX: usize = 500;

/// `GET /v2/bot/channel/webhook/endpoint`.
/// <https://developers.line.biz/en/reference/messaging-api/#get-webhook-endpoint-information>
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GetWebhookEndpoint;

impl Operation for GetWebhookEndpoint {
    type Response = GetWebhookEndpointResponse;
    const METHOD: Method = Method::Get;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        "/v2/bot/channel/webhook/endpoint".into()
    }
}

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

impl Operation for SetWebhookEndpointRequest {
    type Response = ();
    const METHOD: Method = Method::Put;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        "/v2/bot/channel/webhook/endpoint".into()
    }
    fn payload(&self) -> Result<Payload<'_>, Error> {
        Payload::json(self)
    }
    fn validate(&self) -> Result<(), ValidationError> {
        Validate::validate(self)
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

impl Validate for TestWebhookEndpointRequest {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        if let Some(e) = &self.endpoint {
            path.field("endpoint", |p| {
                validate::url(e, Schemes::Https, WEBHOOK_ENDPOINT_MAX, p, out)
            });
        }
    }
}

super::body_operation! {
    TestWebhookEndpointRequest => Post Api, "/v2/bot/channel/webhook/test", TestWebhookEndpointResponse;
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

impl Client {
    /// `setWebhookEndpoint`: sets the webhook URL.
    ///
    /// # Errors
    /// See [`Error`]; [`Error::Validation`] for a URL that is not `https` or too long.
    pub fn set_webhook_endpoint(&self, endpoint: impl Into<String>) -> Result<Response<()>, Error> {
        self.call(SetWebhookEndpointRequest::new(endpoint))
    }

    /// `getWebhookEndpoint`: the webhook URL and whether it is active.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn get_webhook_endpoint(&self) -> Result<Response<GetWebhookEndpointResponse>, Error> {
        self.call(GetWebhookEndpoint)
    }

    /// `testWebhookEndpoint`: LINE sends a test webhook to `endpoint` (or the configured URL).
    ///
    /// # Errors
    /// See [`Error`].
    pub fn test_webhook_endpoint(
        &self,
        endpoint: Option<String>,
    ) -> Result<Response<TestWebhookEndpointResponse>, Error> {
        self.call(TestWebhookEndpointRequest { endpoint })
    }
}
