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

/// Number of members of a group, without the bot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupMemberCountResponse {
    /// Member count.
    pub count: u32,
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

super::json_response!(
    GroupSummaryResponse,
    GroupMemberCountResponse,
    MembersIdsResponse,
    GroupUserProfileResponse,
);

super::operation! {
    /// `getGroupSummary`: a group's ID, name and icon.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-group-summary>
    Get Api "/v2/bot/group/{group_id}/summary" -> GroupSummaryResponse;
    #[derive(Debug, Eq)]
    pub struct GetGroupSummary {
        /// Group ID.
        path group_id: String,
    }
    pub fn get_group_summary(group_id: impl Into<String>) {
        Self { group_id: group_id.into() }
    }
}

super::operation! {
    /// `getGroupMemberCount`: how many users are in a group.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-members-group-count>
    Get Api "/v2/bot/group/{group_id}/members/count" -> GroupMemberCountResponse;
    #[derive(Debug, Eq)]
    pub struct GetGroupMemberCount {
        /// Group ID.
        path group_id: String,
    }
    pub fn get_group_member_count(group_id: impl Into<String>) {
        Self { group_id: group_id.into() }
    }
}

super::operation! {
    /// `getGroupMembersIds`: a page of the user IDs of a group's members; the next page
    /// starts at the answer's `next`.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-group-member-user-ids>
    Get Api "/v2/bot/group/{group_id}/members/ids" -> MembersIdsResponse;
    #[derive(Debug, Eq)]
    pub struct GetGroupMembersIds {
        /// Group ID.
        path group_id: String,
        /// The `next` token of the previous page.
        opt_query "start" start: String,
    }
    pub fn get_group_members_ids(group_id: impl Into<String>) {
        Self { group_id: group_id.into(), start: None }
    }
}

super::operation! {
    /// `getGroupMemberProfile`: the profile of a group member.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-group-member-profile>
    Get Api "/v2/bot/group/{group_id}/member/{user_id}" -> GroupUserProfileResponse;
    #[derive(Debug, Eq)]
    pub struct GetGroupMemberProfile {
        /// Group ID.
        path group_id: String,
        /// User ID.
        path user_id: String,
    }
    pub fn get_group_member_profile(group_id: impl Into<String>, user_id: impl Into<String>) {
        Self { group_id: group_id.into(), user_id: user_id.into() }
    }
}

super::operation! {
    /// `leaveGroup`: the bot leaves a group.
    /// <https://developers.line.biz/en/reference/messaging-api/#leave-group>
    Post Api "/v2/bot/group/{group_id}/leave" -> ();
    #[derive(Debug, Eq)]
    pub struct LeaveGroup {
        /// Group ID.
        path group_id: String,
    }
    pub fn leave_group(group_id: impl Into<String>) {
        Self { group_id: group_id.into() }
    }
}
