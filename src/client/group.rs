//! Group chats: summary, member count, member IDs and profiles, leaving.
//!
//! ```no_run
//! # let client = linebot::client::Client::new("token");
//! let summary = client.get_group_summary("Ca56f94637c...")?;
//! let count = client.get_group_member_count("Ca56f94637c...")?.count;
//! println!("{}: {count} members", summary.group_name);
//! # Ok::<(), linebot::client::Error>(())
//! ```

use serde::{Deserialize, Serialize};

use super::{Client, Error, Host, Method, Operation, Response, encode_segment};

/// `GET /v2/bot/group/{groupId}/summary`.
/// <https://developers.line.biz/en/reference/messaging-api/#get-group-summary>
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetGroupSummary {
    /// Group ID.
    pub group_id: String,
}

impl Operation for GetGroupSummary {
    type Response = GroupSummaryResponse;
    const METHOD: Method = Method::Get;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        format!("/v2/bot/group/{}/summary", encode_segment(&self.group_id))
    }
}

/// A group's ID, name and icon.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct GroupSummaryResponse {
    /// Group ID.
    pub group_id: String,
    /// Group name.
    pub group_name: String,
    /// Group icon URL, if set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture_url: Option<String>,
}

/// `GET /v2/bot/group/{groupId}/members/count`.
/// <https://developers.line.biz/en/reference/messaging-api/#get-members-group-count>
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetGroupMemberCount {
    /// Group ID.
    pub group_id: String,
}

impl Operation for GetGroupMemberCount {
    type Response = GroupMemberCountResponse;
    const METHOD: Method = Method::Get;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        format!(
            "/v2/bot/group/{}/members/count",
            encode_segment(&self.group_id)
        )
    }
}

/// Number of members of a group, without the bot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupMemberCountResponse {
    /// Member count.
    pub count: u32,
}

/// `GET /v2/bot/group/{groupId}/members/ids`: a page of member user IDs.
/// <https://developers.line.biz/en/reference/messaging-api/#get-group-member-user-ids>
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetGroupMembersIds {
    /// Group ID.
    pub group_id: String,
    /// The `next` token of the previous page.
    pub start: Option<String>,
}

impl Operation for GetGroupMembersIds {
    type Response = MembersIdsResponse;
    const METHOD: Method = Method::Get;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        format!(
            "/v2/bot/group/{}/members/ids",
            encode_segment(&self.group_id)
        )
    }
    fn query(&self) -> Vec<(&'static str, Option<String>)> {
        vec![("start", self.start.clone())]
    }
}

/// A page of member user IDs (groups and rooms).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct MembersIdsResponse {
    /// User IDs.
    pub member_ids: Vec<String>,
    /// Token for the next page; absent on the last page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
}

/// `GET /v2/bot/group/{groupId}/member/{userId}`.
/// <https://developers.line.biz/en/reference/messaging-api/#get-group-member-profile>
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetGroupMemberProfile {
    /// Group ID.
    pub group_id: String,
    /// User ID.
    pub user_id: String,
}

impl Operation for GetGroupMemberProfile {
    type Response = GroupUserProfileResponse;
    const METHOD: Method = Method::Get;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        format!(
            "/v2/bot/group/{}/member/{}",
            encode_segment(&self.group_id),
            encode_segment(&self.user_id)
        )
    }
}

/// A group member's profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct GroupUserProfileResponse {
    /// Display name.
    pub display_name: String,
    /// User ID.
    pub user_id: String,
    /// Profile image URL, if set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture_url: Option<String>,
}

/// `POST /v2/bot/group/{groupId}/leave`.
/// <https://developers.line.biz/en/reference/messaging-api/#leave-group>
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeaveGroup {
    /// Group ID.
    pub group_id: String,
}

impl Operation for LeaveGroup {
    type Response = ();
    const METHOD: Method = Method::Post;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        format!("/v2/bot/group/{}/leave", encode_segment(&self.group_id))
    }
}

super::json_response!(
    GroupSummaryResponse,
    GroupMemberCountResponse,
    MembersIdsResponse,
    GroupUserProfileResponse,
);

impl Client {
    /// `getGroupSummary`: a group's name and icon.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn get_group_summary(
        &self,
        group_id: impl Into<String>,
    ) -> Result<Response<GroupSummaryResponse>, Error> {
        self.call(GetGroupSummary {
            group_id: group_id.into(),
        })
    }

    /// `getGroupMemberCount`: how many users are in a group.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn get_group_member_count(
        &self,
        group_id: impl Into<String>,
    ) -> Result<Response<GroupMemberCountResponse>, Error> {
        self.call(GetGroupMemberCount {
            group_id: group_id.into(),
        })
    }

    /// `getGroupMembersIds`: one page of member user IDs; pass the previous `next` as `start`.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn get_group_members_ids(
        &self,
        group_id: impl Into<String>,
        start: Option<String>,
    ) -> Result<Response<MembersIdsResponse>, Error> {
        self.call(GetGroupMembersIds {
            group_id: group_id.into(),
            start,
        })
    }

    /// `getGroupMemberProfile`: a member's profile.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn get_group_member_profile(
        &self,
        group_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Result<Response<GroupUserProfileResponse>, Error> {
        self.call(GetGroupMemberProfile {
            group_id: group_id.into(),
            user_id: user_id.into(),
        })
    }

    /// `leaveGroup`: the bot leaves the group.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn leave_group(&self, group_id: impl Into<String>) -> Result<Response<()>, Error> {
        self.call(LeaveGroup {
            group_id: group_id.into(),
        })
    }
}
