//! Users: profiles, followers, account link tokens.
//!
//! ```no_run
//! # let client = linebot::client::Client::new("token");
//! let profile = client.get_profile("U4af4980629...")?;
//! let mut page = client.get_followers(None, Some(1000))?;
//! while let Some(next) = page.next.take() {
//!     page = client.get_followers(Some(next), Some(1000))?;
//! }
//! # let _ = profile;
//! # Ok::<(), linebot::client::Error>(())
//! ```

use serde::{Deserialize, Serialize};

use super::{Client, Error, Host, Method, Operation, Response, encode_segment};

/// `GET /v2/bot/profile/{userId}`.
/// <https://developers.line.biz/en/reference/messaging-api/#get-profile>
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetProfile {
    /// User ID.
    pub user_id: String,
}

impl Operation for GetProfile {
    type Response = UserProfileResponse;
    const METHOD: Method = Method::Get;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        format!("/v2/bot/profile/{}", encode_segment(&self.user_id))
    }
}

/// A user's profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct UserProfileResponse {
    /// Display name.
    pub display_name: String,
    /// User ID.
    pub user_id: String,
    /// Profile image URL (absent without an image).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture_url: Option<String>,
    /// Status message (absent without one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_message: Option<String>,
    /// BCP 47 language tag (absent until the user consents to the privacy policy).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

/// `GET /v2/bot/followers/ids`: user IDs of friends, a page at a time.
/// <https://developers.line.biz/en/reference/messaging-api/#get-follower-ids>
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GetFollowers {
    /// The `next` token of the previous page.
    pub start: Option<String>,
    /// Page size (default 300, at most 1000).
    pub limit: Option<u32>,
}

impl Operation for GetFollowers {
    type Response = GetFollowersResponse;
    const METHOD: Method = Method::Get;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        "/v2/bot/followers/ids".into()
    }
    fn query(&self) -> Vec<(&'static str, Option<String>)> {
        vec![
            ("start", self.start.clone()),
            ("limit", self.limit.map(|l| l.to_string())),
        ]
    }
}

/// A page of follower IDs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct GetFollowersResponse {
    /// User IDs.
    pub user_ids: Vec<String>,
    /// Token for the next page; absent on the last page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
}

/// `POST /v2/bot/user/{userId}/linkToken`: a token to link the user's account with yours.
/// <https://developers.line.biz/en/reference/messaging-api/#issue-link-token>
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssueLinkToken {
    /// User ID.
    pub user_id: String,
}

impl Operation for IssueLinkToken {
    type Response = IssueLinkTokenResponse;
    const METHOD: Method = Method::Post;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        format!("/v2/bot/user/{}/linkToken", encode_segment(&self.user_id))
    }
}

/// A link token (valid for 10 minutes, once).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct IssueLinkTokenResponse {
    /// The token.
    pub link_token: String,
}

super::json_response!(UserProfileResponse, GetFollowersResponse);
super::json_response!(secret: IssueLinkTokenResponse);

impl Client {
    /// `getProfile`: a user's display name, picture, status message and language.
    ///
    /// # Errors
    /// See [`Error`]; LINE answers 404 for users who are not friends.
    pub fn get_profile(
        &self,
        user_id: impl Into<String>,
    ) -> Result<Response<UserProfileResponse>, Error> {
        self.call(GetProfile {
            user_id: user_id.into(),
        })
    }

    /// `getFollowers`: one page of friends' user IDs; pass the previous page's `next` as
    /// `start`.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn get_followers(
        &self,
        start: Option<String>,
        limit: Option<u32>,
    ) -> Result<Response<GetFollowersResponse>, Error> {
        self.call(GetFollowers { start, limit })
    }

    /// `issueLinkToken`: a link token for account linking.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn issue_link_token(
        &self,
        user_id: impl Into<String>,
    ) -> Result<Response<IssueLinkTokenResponse>, Error> {
        self.call(IssueLinkToken {
            user_id: user_id.into(),
        })
    }
}
