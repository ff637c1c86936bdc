//! Channel access tokens: issue, verify and revoke them (short-lived v2, user-chosen
//! expiry v2.1 with a JWT assertion, stateless v3).
//!
//! These endpoints authenticate with the channel's credentials, not with a bearer token:
//! their operations send no `Authorization` header, so any [`Client`] can call them (even one
//! made with an empty token).
//!
//! ```no_run
//! use linebot::client::Client;
//!
//! let bootstrap = Client::new("");
//! let issued = bootstrap.issue_channel_token("1234567890", "channel secret")?;
//! let client = Client::new(issued.access_token.clone());
//! let info = client.verify_channel_token(issued.access_token.as_str())?;
//! println!("token of channel {} expires in {} s", info.client_id, info.expires_in);
//! # Ok::<(), linebot::client::Error>(())
//! ```
//!
//! Secrets (channel secrets, tokens, assertions) never appear in `Debug` output.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::{Client, Error, Host, Method, Operation, Payload, Response};

#[cfg(feature = "jwt")]
mod assertion;
#[cfg(feature = "jwt")]
pub use assertion::{ASSERTION_AUDIENCE, AssertionError, AssertionSigningKey};

/// `client_assertion_type` of every JWT-authenticated call.
pub const CLIENT_ASSERTION_TYPE: &str = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

const REDACTED: &str = "<redacted>";

/// `POST /v2/oauth/accessToken`: a short-lived channel access token (valid 30 days).
/// <https://developers.line.biz/en/reference/messaging-api/#issue-shortlived-channel-access-token>
#[derive(Clone, PartialEq, Eq)]
pub struct IssueChannelToken {
    /// Channel ID.
    pub client_id: String,
    /// Channel secret.
    pub client_secret: String,
}

impl fmt::Debug for IssueChannelToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IssueChannelToken")
            .field("client_id", &self.client_id)
            .field("client_secret", &REDACTED)
            .finish()
    }
}

impl Operation for IssueChannelToken {
    type Response = IssueShortLivedChannelAccessTokenResponse;
    const METHOD: Method = Method::Post;
    const HOST: Host = Host::Api;
    const AUTHORIZED: bool = false;
    fn path(&self) -> String {
        "/v2/oauth/accessToken".into()
    }
    fn payload(&self) -> Result<Payload<'_>, Error> {
        Ok(Payload::Form(vec![
            ("grant_type", "client_credentials"),
            ("client_id", &self.client_id),
            ("client_secret", &self.client_secret),
        ]))
    }
}

/// A short-lived channel access token.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct IssueShortLivedChannelAccessTokenResponse {
    /// The token (valid 30 days; it cannot be refreshed).
    pub access_token: String,
    /// Seconds until it expires.
    pub expires_in: i64,
    /// Always `Bearer`.
    pub token_type: String,
}

impl fmt::Debug for IssueShortLivedChannelAccessTokenResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IssueShortLivedChannelAccessTokenResponse")
            .field("access_token", &REDACTED)
            .field("expires_in", &self.expires_in)
            .field("token_type", &self.token_type)
            .finish()
    }
}

/// `POST /v2/oauth/verify`: whether a short- or long-lived token is valid.
/// <https://developers.line.biz/en/reference/messaging-api/#verify-channel-access-token>
#[derive(Clone, PartialEq, Eq)]
pub struct VerifyChannelToken {
    /// The token to check.
    pub access_token: String,
}

impl fmt::Debug for VerifyChannelToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("VerifyChannelToken")
            .field("access_token", &REDACTED)
            .finish()
    }
}

impl Operation for VerifyChannelToken {
    type Response = VerifyChannelAccessTokenResponse;
    const METHOD: Method = Method::Post;
    const HOST: Host = Host::Api;
    const AUTHORIZED: bool = false;
    fn path(&self) -> String {
        "/v2/oauth/verify".into()
    }
    fn payload(&self) -> Result<Payload<'_>, Error> {
        Ok(Payload::Form(vec![("access_token", &self.access_token)]))
    }
}

/// What a valid token belongs to and when it expires.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct VerifyChannelAccessTokenResponse {
    /// The channel the token was issued for.
    pub client_id: String,
    /// Seconds until it expires.
    pub expires_in: i64,
    /// Permissions of the token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
}

/// `POST /v2/oauth/revoke`: revokes a short- or long-lived token.
/// <https://developers.line.biz/en/reference/messaging-api/#revoke-longlived-or-shortlived-channel-access-token>
#[derive(Clone, PartialEq, Eq)]
pub struct RevokeChannelToken {
    /// The token to revoke.
    pub access_token: String,
}

impl fmt::Debug for RevokeChannelToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RevokeChannelToken")
            .field("access_token", &REDACTED)
            .finish()
    }
}

impl Operation for RevokeChannelToken {
    type Response = ();
    const METHOD: Method = Method::Post;
    const HOST: Host = Host::Api;
    const AUTHORIZED: bool = false;
    fn path(&self) -> String {
        "/v2/oauth/revoke".into()
    }
    fn payload(&self) -> Result<Payload<'_>, Error> {
        Ok(Payload::Form(vec![("access_token", &self.access_token)]))
    }
}

/// `POST /oauth2/v2.1/token`: a token with the expiry chosen in the JWT assertion
/// (at most 30 days).
/// <https://developers.line.biz/en/reference/messaging-api/#issue-channel-access-token-v2-1>
#[derive(Clone, PartialEq, Eq)]
pub struct IssueChannelTokenByJwt {
    /// A JWT signed with the channel's assertion signing key (see
    /// `AssertionSigningKey`, feature `jwt`).
    pub client_assertion: String,
}

impl fmt::Debug for IssueChannelTokenByJwt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IssueChannelTokenByJwt")
            .field("client_assertion", &REDACTED)
            .finish()
    }
}

impl Operation for IssueChannelTokenByJwt {
    type Response = IssueChannelAccessTokenResponse;
    const METHOD: Method = Method::Post;
    const HOST: Host = Host::Api;
    const AUTHORIZED: bool = false;
    fn path(&self) -> String {
        "/oauth2/v2.1/token".into()
    }
    fn payload(&self) -> Result<Payload<'_>, Error> {
        Ok(Payload::Form(vec![
            ("grant_type", "client_credentials"),
            ("client_assertion_type", CLIENT_ASSERTION_TYPE),
            ("client_assertion", &self.client_assertion),
        ]))
    }
}

/// A channel access token v2.1 and its key ID.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct IssueChannelAccessTokenResponse {
    /// The token.
    pub access_token: String,
    /// Seconds until it expires.
    pub expires_in: i64,
    /// Always `Bearer`.
    pub token_type: String,
    /// The key ID that identifies the token (to revoke it later without keeping it).
    pub key_id: String,
}

impl fmt::Debug for IssueChannelAccessTokenResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IssueChannelAccessTokenResponse")
            .field("access_token", &REDACTED)
            .field("expires_in", &self.expires_in)
            .field("token_type", &self.token_type)
            .field("key_id", &self.key_id)
            .finish()
    }
}

/// `GET /oauth2/v2.1/verify`: whether a v2.1 token is valid.
/// <https://developers.line.biz/en/reference/messaging-api/#verify-channel-access-token-v2-1>
#[derive(Clone, PartialEq, Eq)]
pub struct VerifyChannelTokenByJwt {
    /// The token to check.
    pub access_token: String,
}

impl fmt::Debug for VerifyChannelTokenByJwt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("VerifyChannelTokenByJwt")
            .field("access_token", &REDACTED)
            .finish()
    }
}

impl Operation for VerifyChannelTokenByJwt {
    type Response = VerifyChannelAccessTokenResponse;
    const METHOD: Method = Method::Get;
    const HOST: Host = Host::Api;
    const AUTHORIZED: bool = false;
    fn path(&self) -> String {
        "/oauth2/v2.1/verify".into()
    }
    fn query(&self) -> Vec<(&'static str, Option<String>)> {
        vec![("access_token", Some(self.access_token.clone()))]
    }
}

/// `POST /oauth2/v2.1/revoke`: revokes a v2.1 token.
/// <https://developers.line.biz/en/reference/messaging-api/#revoke-channel-access-token-v2-1>
#[derive(Clone, PartialEq, Eq)]
pub struct RevokeChannelTokenByJwt {
    /// Channel ID.
    pub client_id: String,
    /// Channel secret.
    pub client_secret: String,
    /// The token to revoke.
    pub access_token: String,
}

impl fmt::Debug for RevokeChannelTokenByJwt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RevokeChannelTokenByJwt")
            .field("client_id", &self.client_id)
            .field("client_secret", &REDACTED)
            .field("access_token", &REDACTED)
            .finish()
    }
}

impl Operation for RevokeChannelTokenByJwt {
    type Response = ();
    const METHOD: Method = Method::Post;
    const HOST: Host = Host::Api;
    const AUTHORIZED: bool = false;
    fn path(&self) -> String {
        "/oauth2/v2.1/revoke".into()
    }
    fn payload(&self) -> Result<Payload<'_>, Error> {
        Ok(Payload::Form(vec![
            ("client_id", &self.client_id),
            ("client_secret", &self.client_secret),
            ("access_token", &self.access_token),
        ]))
    }
}

/// `GET /oauth2/v2.1/tokens/kid`: key IDs of every valid v2.1 token of the channel.
/// <https://developers.line.biz/en/reference/messaging-api/#get-all-valid-channel-access-token-key-ids-v2-1>
#[derive(Clone, PartialEq, Eq)]
pub struct GetsAllValidChannelAccessTokenKeyIds {
    /// A JWT signed with the channel's assertion signing key.
    pub client_assertion: String,
}

impl fmt::Debug for GetsAllValidChannelAccessTokenKeyIds {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("GetsAllValidChannelAccessTokenKeyIds")
            .field("client_assertion", &REDACTED)
            .finish()
    }
}

impl Operation for GetsAllValidChannelAccessTokenKeyIds {
    type Response = ChannelAccessTokenKeyIdsResponse;
    const METHOD: Method = Method::Get;
    const HOST: Host = Host::Api;
    const AUTHORIZED: bool = false;
    fn path(&self) -> String {
        "/oauth2/v2.1/tokens/kid".into()
    }
    fn query(&self) -> Vec<(&'static str, Option<String>)> {
        vec![
            ("client_assertion_type", Some(CLIENT_ASSERTION_TYPE.into())),
            ("client_assertion", Some(self.client_assertion.clone())),
        ]
    }
}

/// Key IDs of the valid v2.1 tokens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ChannelAccessTokenKeyIdsResponse {
    /// The key IDs.
    pub kids: Vec<String>,
}

/// How a stateless token request proves it comes from the channel.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum StatelessTokenCredentials {
    /// The channel ID and secret.
    ClientSecret {
        /// Channel ID.
        client_id: String,
        /// Channel secret.
        client_secret: String,
    },
    /// A JWT signed with the channel's assertion signing key.
    JwtAssertion(String),
}

impl fmt::Debug for StatelessTokenCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::ClientSecret { client_id, .. } => f
                .debug_struct("ClientSecret")
                .field("client_id", client_id)
                .field("client_secret", &REDACTED)
                .finish(),
            Self::JwtAssertion(_) => f.debug_tuple("JwtAssertion").field(&REDACTED).finish(),
        }
    }
}

/// `POST /oauth2/v3/token`: a stateless token, valid 15 minutes, that cannot be revoked.
/// <https://developers.line.biz/en/reference/messaging-api/#issue-stateless-channel-access-token>
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssueStatelessChannelToken {
    /// The channel's credentials.
    pub credentials: StatelessTokenCredentials,
}

impl Operation for IssueStatelessChannelToken {
    type Response = IssueStatelessChannelAccessTokenResponse;
    const METHOD: Method = Method::Post;
    const HOST: Host = Host::Api;
    const AUTHORIZED: bool = false;
    fn path(&self) -> String {
        "/oauth2/v3/token".into()
    }
    fn payload(&self) -> Result<Payload<'_>, Error> {
        Ok(Payload::Form(match &self.credentials {
            StatelessTokenCredentials::ClientSecret {
                client_id,
                client_secret,
            } => vec![
                ("grant_type", "client_credentials"),
                ("client_id", client_id),
                ("client_secret", client_secret),
            ],
            StatelessTokenCredentials::JwtAssertion(assertion) => vec![
                ("grant_type", "client_credentials"),
                ("client_assertion_type", CLIENT_ASSERTION_TYPE),
                ("client_assertion", assertion),
            ],
        }))
    }
}

/// A stateless channel access token.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct IssueStatelessChannelAccessTokenResponse {
    /// The token (opaque: do not parse it).
    pub access_token: String,
    /// Seconds until it expires (about 900).
    pub expires_in: i64,
    /// Always `Bearer`.
    pub token_type: String,
}

impl fmt::Debug for IssueStatelessChannelAccessTokenResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IssueStatelessChannelAccessTokenResponse")
            .field("access_token", &REDACTED)
            .field("expires_in", &self.expires_in)
            .field("token_type", &self.token_type)
            .finish()
    }
}

// Their bodies hold tokens: a decode error keeps nothing of them.
super::json_response!(
    secret: IssueShortLivedChannelAccessTokenResponse,
    VerifyChannelAccessTokenResponse,
    IssueChannelAccessTokenResponse,
    ChannelAccessTokenKeyIdsResponse,
    IssueStatelessChannelAccessTokenResponse,
);

impl Client {
    /// `issueChannelToken`: a short-lived channel access token from the channel ID and
    /// secret.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn issue_channel_token(
        &self,
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
    ) -> Result<Response<IssueShortLivedChannelAccessTokenResponse>, Error> {
        self.call(IssueChannelToken {
            client_id: client_id.into(),
            client_secret: client_secret.into(),
        })
    }

    /// `verifyChannelToken`: whether a short- or long-lived token is valid.
    ///
    /// # Errors
    /// See [`Error`]; LINE answers 400 for an invalid or expired token.
    pub fn verify_channel_token(
        &self,
        access_token: impl Into<String>,
    ) -> Result<Response<VerifyChannelAccessTokenResponse>, Error> {
        self.call(VerifyChannelToken {
            access_token: access_token.into(),
        })
    }

    /// `revokeChannelToken`: revokes a short- or long-lived token.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn revoke_channel_token(
        &self,
        access_token: impl Into<String>,
    ) -> Result<Response<()>, Error> {
        self.call(RevokeChannelToken {
            access_token: access_token.into(),
        })
    }

    /// `issueChannelTokenByJWT`: a v2.1 token, authenticated by a signed JWT assertion.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn issue_channel_token_by_jwt(
        &self,
        client_assertion: impl Into<String>,
    ) -> Result<Response<IssueChannelAccessTokenResponse>, Error> {
        self.call(IssueChannelTokenByJwt {
            client_assertion: client_assertion.into(),
        })
    }

    /// `verifyChannelTokenByJWT`: whether a v2.1 token is valid.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn verify_channel_token_by_jwt(
        &self,
        access_token: impl Into<String>,
    ) -> Result<Response<VerifyChannelAccessTokenResponse>, Error> {
        self.call(VerifyChannelTokenByJwt {
            access_token: access_token.into(),
        })
    }

    /// `revokeChannelTokenByJWT`: revokes a v2.1 token.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn revoke_channel_token_by_jwt(
        &self,
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
        access_token: impl Into<String>,
    ) -> Result<Response<()>, Error> {
        self.call(RevokeChannelTokenByJwt {
            client_id: client_id.into(),
            client_secret: client_secret.into(),
            access_token: access_token.into(),
        })
    }

    /// `getsAllValidChannelAccessTokenKeyIds`: key IDs of every valid v2.1 token.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn gets_all_valid_channel_access_token_key_ids(
        &self,
        client_assertion: impl Into<String>,
    ) -> Result<Response<ChannelAccessTokenKeyIdsResponse>, Error> {
        self.call(GetsAllValidChannelAccessTokenKeyIds {
            client_assertion: client_assertion.into(),
        })
    }

    /// `issueStatelessChannelToken`: a 15-minute token that needs no revoking.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn issue_stateless_channel_token(
        &self,
        credentials: StatelessTokenCredentials,
    ) -> Result<Response<IssueStatelessChannelAccessTokenResponse>, Error> {
        self.call(IssueStatelessChannelToken { credentials })
    }
}
