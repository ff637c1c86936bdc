//! Multi-person chats (rooms): member count, member IDs and profiles, leaving.
//!
//! ```no_run
//! # let client = linebot::client::Client::new("token");
//! let ids = client.get_room_members_ids("Ra8dbf4673c...")?;
//! for id in &ids.member_ids {
//!     let p = client.get_room_member_profile("Ra8dbf4673c...", id)?;
//!     println!("{}", p.display_name);
//! }
//! # Ok::<(), linebot::client::Error>(())
//! ```

use serde::{Deserialize, Serialize};

use super::group::MembersIdsResponse;

/// Number of members of a room, without the bot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RoomMemberCountResponse {
    /// Member count.
    pub count: u32,
}

/// A room member's profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct RoomUserProfileResponse {
    /// Display name.
    pub display_name: String,
    /// User ID.
    pub user_id: String,
    /// Profile image URL, if set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture_url: Option<String>,
}

super::json_response!(RoomMemberCountResponse, RoomUserProfileResponse);

super::operation! {
    /// `getRoomMemberCount`: how many users are in a room.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-members-room-count>
    Get Api "/v2/bot/room/{room_id}/members/count" -> RoomMemberCountResponse;
    #[derive(Debug, Eq)]
    pub struct GetRoomMemberCount {
        /// Room ID.
        path room_id: String,
    }
    pub fn get_room_member_count(room_id: impl Into<String>) {
        Self { room_id: room_id.into() }
    }
}

super::operation! {
    /// `getRoomMembersIds`: a page of the user IDs of a room's members; the next page starts
    /// at the answer's `next`.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-room-member-user-ids>
    Get Api "/v2/bot/room/{room_id}/members/ids" -> MembersIdsResponse;
    #[derive(Debug, Eq)]
    pub struct GetRoomMembersIds {
        /// Room ID.
        path room_id: String,
        /// The `next` token of the previous page.
        opt_query "start" start: String,
    }
    pub fn get_room_members_ids(room_id: impl Into<String>) {
        Self { room_id: room_id.into(), start: None }
    }
}

super::operation! {
    /// `getRoomMemberProfile`: the profile of a room member.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-room-member-profile>
    Get Api "/v2/bot/room/{room_id}/member/{user_id}" -> RoomUserProfileResponse;
    #[derive(Debug, Eq)]
    pub struct GetRoomMemberProfile {
        /// Room ID.
        path room_id: String,
        /// User ID.
        path user_id: String,
    }
    pub fn get_room_member_profile(room_id: impl Into<String>, user_id: impl Into<String>) {
        Self { room_id: room_id.into(), user_id: user_id.into() }
    }
}

super::operation! {
    /// `leaveRoom`: the bot leaves a room.
    /// <https://developers.line.biz/en/reference/messaging-api/#leave-room>
    Post Api "/v2/bot/room/{room_id}/leave" -> ();
    #[derive(Debug, Eq)]
    pub struct LeaveRoom {
        /// Room ID.
        path room_id: String,
    }
    pub fn leave_room(room_id: impl Into<String>) {
        Self { room_id: room_id.into() }
    }
}
