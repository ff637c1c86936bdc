//! Users: profiles, followers, account link tokens.
//!
//! ```no_run
//! use linebot::client::user::GetFollowers;
//! # let client = linebot::client::Client::new("token");
//! let profile = client.get_profile("U4af4980629...")?;
//! let mut page = client.get_followers()?.into_inner();
//! while let Some(next) = page.next.take() {
//!     page = client.call(GetFollowers::new().start(next).limit(1000))?.into_inner();
//! }
//! # let _ = profile;
//! # Ok::<(), linebot::client::Error>(())
//! ```

use serde::{Deserialize, Serialize};

super::operation! {
    /// `getProfile`: a user's display name, picture, status message and language (LINE
    /// answers 404 for users who are not friends).
    /// <https://developers.line.biz/en/reference/messaging-api/#get-profile>
    Get Api "/v2/bot/profile/{user_id}" -> UserProfileResponse;
    #[derive(Debug, Eq)]
    pub struct GetProfile {
        /// User ID.
        path user_id: String,
    }
    pub fn get_profile(user_id: impl Into<String>) {
        Self { user_id: user_id.into() }
    }
}

super::operation! {
    /// `getFollowers`: a page of friends' user IDs; the next page starts at the answer's
    /// `next`.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-follower-ids>
    Get Api "/v2/bot/followers/ids" -> GetFollowersResponse;
    #[derive(Debug, Eq)]
    pub struct GetFollowers {
        /// The `next` token of the previous page.
        opt_query "start" start: String,
        /// Page size (default 300, at most 1000).
        opt_query "limit" limit: u32,
    }
    pub fn get_followers() {
        Self { start: None, limit: None }
    }
}

super::operation! {
    /// `issueLinkToken`: a token to link the user's account with yours (valid 10 minutes,
    /// once).
    /// <https://developers.line.biz/en/reference/messaging-api/#issue-link-token>
    Post Api "/v2/bot/user/{user_id}/linkToken" -> IssueLinkTokenResponse;
    #[derive(Debug, Eq)]
    pub struct IssueLinkToken {
        /// User ID.
        path user_id: String,
    }
    pub fn issue_link_token(user_id: impl Into<String>) {
        Self { user_id: user_id.into() }
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
