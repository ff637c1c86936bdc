//! Channel access tokens: issue, verify and revoke them (short-lived v2, user-chosen
//! expiry v2.1 with a JWT assertion, stateless v3).
//!
//! These endpoints authenticate with the channel's credentials, not with a bearer token:
//! their operations send no `Authorization` header, so any [`Client`](super::Client) can call
//! them (even one made with an empty token).
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

use super::Payload;

#[cfg(feature = "jwt")]
mod assertion;
#[cfg(feature = "jwt")]
pub use assertion::{ASSERTION_AUDIENCE, AssertionError, AssertionSigningKey};

/// `client_assertion_type` of every JWT-authenticated call.
pub const CLIENT_ASSERTION_TYPE: &str = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

const REDACTED: &str = "<redacted>";

impl fmt::Debug for IssueChannelToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IssueChannelToken")
            .field("client_id", &self.client_id)
            .field("client_secret", &REDACTED)
            .finish()
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

impl fmt::Debug for VerifyChannelToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("VerifyChannelToken")
            .field("access_token", &REDACTED)
            .finish()
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

impl fmt::Debug for RevokeChannelToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RevokeChannelToken")
            .field("access_token", &REDACTED)
            .finish()
    }
}

impl fmt::Debug for IssueChannelTokenByJwt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IssueChannelTokenByJwt")
            .field("client_assertion", &REDACTED)
            .finish()
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

impl fmt::Debug for VerifyChannelTokenByJwt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("VerifyChannelTokenByJwt")
            .field("access_token", &REDACTED)
            .finish()
    }
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

impl fmt::Debug for GetsAllValidChannelAccessTokenKeyIds {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("GetsAllValidChannelAccessTokenKeyIds")
            .field("client_assertion", &REDACTED)
            .finish()
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

/// The form of a [`IssueStatelessChannelToken`].
fn stateless_form(credentials: &StatelessTokenCredentials) -> Vec<(&'static str, &str)> {
    match credentials {
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
    }
}

super::operation! {
    /// `issueChannelToken`: a short-lived channel access token (valid 30 days), for the
    /// channel's ID and secret.
    /// <https://developers.line.biz/en/reference/messaging-api/#issue-shortlived-channel-access-token>
    Post Api "/v2/oauth/accessToken" -> IssueShortLivedChannelAccessTokenResponse, AUTHORIZED = false;
    #[derive(Eq)]
    pub struct IssueChannelToken {
        /// Channel ID.
        field client_id: String,
        /// Channel secret.
        field client_secret: String,
    }
    payload |s| Ok(Payload::Form(vec![
        ("grant_type", "client_credentials"),
        ("client_id", &s.client_id),
        ("client_secret", &s.client_secret),
    ]));
    pub fn issue_channel_token(client_id: impl Into<String>, client_secret: impl Into<String>) {
        Self { client_id: client_id.into(), client_secret: client_secret.into() }
    }
}

super::operation! {
    /// `verifyChannelToken`: whether a short- or long-lived token is valid, its channel and
    /// expiry.
    /// <https://developers.line.biz/en/reference/messaging-api/#verify-channel-access-token>
    Post Api "/v2/oauth/verify" -> VerifyChannelAccessTokenResponse, AUTHORIZED = false;
    #[derive(Eq)]
    pub struct VerifyChannelToken {
        /// The token to check.
        field access_token: String,
    }
    payload |s| Ok(Payload::Form(vec![("access_token", &s.access_token)]));
    pub fn verify_channel_token(access_token: impl Into<String>) {
        Self { access_token: access_token.into() }
    }
}

super::operation! {
    /// `revokeChannelToken`: revokes a short- or long-lived token.
    /// <https://developers.line.biz/en/reference/messaging-api/#revoke-longlived-or-shortlived-channel-access-token>
    Post Api "/v2/oauth/revoke" -> (), AUTHORIZED = false;
    #[derive(Eq)]
    pub struct RevokeChannelToken {
        /// The token to revoke.
        field access_token: String,
    }
    payload |s| Ok(Payload::Form(vec![("access_token", &s.access_token)]));
    pub fn revoke_channel_token(access_token: impl Into<String>) {
        Self { access_token: access_token.into() }
    }
}

super::operation! {
    /// `issueChannelTokenByJWT`: a channel access token v2.1, with the expiry chosen in the
    /// JWT assertion (at most 30 days); make the assertion with `AssertionSigningKey`
    /// (feature `jwt`).
    /// <https://developers.line.biz/en/reference/messaging-api/#issue-channel-access-token-v2-1>
    Post Api "/oauth2/v2.1/token" -> IssueChannelAccessTokenResponse, AUTHORIZED = false;
    #[derive(Eq)]
    pub struct IssueChannelTokenByJwt {
        /// A JWT signed with the channel's assertion signing key.
        field client_assertion: String,
    }
    payload |s| Ok(Payload::Form(vec![
        ("grant_type", "client_credentials"),
        ("client_assertion_type", CLIENT_ASSERTION_TYPE),
        ("client_assertion", &s.client_assertion),
    ]));
    pub fn issue_channel_token_by_jwt(client_assertion: impl Into<String>) {
        Self { client_assertion: client_assertion.into() }
    }
}

super::operation! {
    /// `verifyChannelTokenByJWT`: whether a v2.1 token is valid, its channel, scopes and
    /// expiry.
    /// <https://developers.line.biz/en/reference/messaging-api/#verify-channel-access-token-v2-1>
    Get Api "/oauth2/v2.1/verify" -> VerifyChannelAccessTokenResponse, AUTHORIZED = false;
    #[derive(Eq)]
    pub struct VerifyChannelTokenByJwt {
        /// The token to check.
        query "access_token" access_token: String,
    }
    pub fn verify_channel_token_by_jwt(access_token: impl Into<String>) {
        Self { access_token: access_token.into() }
    }
}

super::operation! {
    /// `revokeChannelTokenByJWT`: revokes a v2.1 token, with the channel's ID and secret.
    /// <https://developers.line.biz/en/reference/messaging-api/#revoke-channel-access-token-v2-1>
    Post Api "/oauth2/v2.1/revoke" -> (), AUTHORIZED = false;
    #[derive(Eq)]
    pub struct RevokeChannelTokenByJwt {
        /// Channel ID.
        field client_id: String,
        /// Channel secret.
        field client_secret: String,
        /// The token to revoke.
        field access_token: String,
    }
    payload |s| Ok(Payload::Form(vec![
        ("client_id", &s.client_id),
        ("client_secret", &s.client_secret),
        ("access_token", &s.access_token),
    ]));
    pub fn revoke_channel_token_by_jwt(
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
        access_token: impl Into<String>,
    ) {
        Self {
            client_id: client_id.into(),
            client_secret: client_secret.into(),
            access_token: access_token.into(),
        }
    }
}

super::operation! {
    /// `getsAllValidChannelAccessTokenKeyIds`: the key IDs of every valid v2.1 token of the
    /// channel.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-all-valid-channel-access-token-key-ids-v2-1>
    Get Api "/oauth2/v2.1/tokens/kid" -> ChannelAccessTokenKeyIdsResponse, AUTHORIZED = false;
    #[derive(Eq)]
    pub struct GetsAllValidChannelAccessTokenKeyIds {
        /// [`CLIENT_ASSERTION_TYPE`].
        query "client_assertion_type" client_assertion_type: String,
        /// A JWT signed with the channel's assertion signing key.
        query "client_assertion" client_assertion: String,
    }
    pub fn gets_all_valid_channel_access_token_key_ids(client_assertion: impl Into<String>) {
        Self {
            client_assertion_type: CLIENT_ASSERTION_TYPE.into(),
            client_assertion: client_assertion.into(),
        }
    }
}

super::operation! {
    /// `issueStatelessChannelToken`: a stateless token, valid 15 minutes, that cannot be
    /// revoked.
    /// <https://developers.line.biz/en/reference/messaging-api/#issue-stateless-channel-access-token>
    Post Api "/oauth2/v3/token" -> IssueStatelessChannelAccessTokenResponse, AUTHORIZED = false;
    #[derive(Debug, Eq)]
    pub struct IssueStatelessChannelToken {
        /// The channel's credentials.
        field credentials: StatelessTokenCredentials,
    }
    payload |s| Ok(Payload::Form(stateless_form(&s.credentials)));
    pub fn issue_stateless_channel_token(credentials: StatelessTokenCredentials) {
        Self { credentials }
    }
}
