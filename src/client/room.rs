//! Multi-person chats (rooms): member count, member IDs and profiles, leaving.
//!
//! ```no_run
//! # let client = linebot::client::Client::new("token");
//! let ids = client.get_room_members_ids("Ra8dbf4673c...", None)?;
//! for id in &ids.member_ids {
//!     let p = client.get_room_member_profile("Ra8dbf4673c...", id)?;
//!     println!("{}", p.display_name);
//! }
//! # Ok::<(), linebot::client::Error>(())
//! ```

use serde::{Deserialize, Serialize};

use super::group::MembersIdsResponse;
use super::{Client, Error, Host, Method, Operation, Response, encode_segment};

/// `GET /v2/bot/room/{roomId}/members/count`.
/// <https://developers.line.biz/en/reference/messaging-api/#get-members-room-count>
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetRoomMemberCount {
    /// Room ID.
    pub room_id: String,
}

impl Operation for GetRoomMemberCount {
    type Response = RoomMemberCountResponse;
    const METHOD: Method = Method::Get;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        format!(
            "/v2/bot/room/{}/members/count",
            encode_segment(&self.room_id)
        )
    }
}

/// Number of members of a room, without the bot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RoomMemberCountResponse {
    /// Member count.
    pub count: u32,
}

/// `GET /v2/bot/room/{roomId}/members/ids`: a page of member user IDs.
/// <https://developers.line.biz/en/reference/messaging-api/#get-room-member-user-ids>
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetRoomMembersIds {
    /// Room ID.
    pub room_id: String,
    /// The `next` token of the previous page.
    pub start: Option<String>,
}

impl Operation for GetRoomMembersIds {
    type Response = MembersIdsResponse;
    const METHOD: Method = Method::Get;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        format!("/v2/bot/room/{}/members/ids", encode_segment(&self.room_id))
    }
    fn query(&self) -> Vec<(&'static str, Option<String>)> {
        vec![("start", self.start.clone())]
    }
}

/// `GET /v2/bot/room/{roomId}/member/{userId}`.
/// <https://developers.line.biz/en/reference/messaging-api/#get-room-member-profile>
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetRoomMemberProfile {
    /// Room ID.
    pub room_id: String,
    /// User ID.
    pub user_id: String,
}

impl Operation for GetRoomMemberProfile {
    type Response = RoomUserProfileResponse;
    const METHOD: Method = Method::Get;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        format!(
            "/v2/bot/room/{}/member/{}",
            encode_segment(&self.room_id),
            encode_segment(&self.user_id)
        )
    }
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

/// `POST /v2/bot/room/{roomId}/leave`.
/// <https://developers.line.biz/en/reference/messaging-api/#leave-room>
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeaveRoom {
    /// Room ID.
    pub room_id: String,
}

impl Operation for LeaveRoom {
    type Response = ();
    const METHOD: Method = Method::Post;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        format!("/v2/bot/room/{}/leave", encode_segment(&self.room_id))
    }
}

super::json_response!(RoomMemberCountResponse, RoomUserProfileResponse);

impl Client {
    /// `getRoomMemberCount`: how many users are in a room.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn get_room_member_count(
        &self,
        room_id: impl Into<String>,
    ) -> Result<Response<RoomMemberCountResponse>, Error> {
        self.call(GetRoomMemberCount {
            room_id: room_id.into(),
        })
    }

    /// `getRoomMembersIds`: one page of member user IDs; pass the previous `next` as `start`.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn get_room_members_ids(
        &self,
        room_id: impl Into<String>,
        start: Option<String>,
    ) -> Result<Response<MembersIdsResponse>, Error> {
        self.call(GetRoomMembersIds {
            room_id: room_id.into(),
            start,
        })
    }

    /// `getRoomMemberProfile`: a member's profile.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn get_room_member_profile(
        &self,
        room_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Result<Response<RoomUserProfileResponse>, Error> {
        self.call(GetRoomMemberProfile {
            room_id: room_id.into(),
            user_id: user_id.into(),
        })
    }

    /// `leaveRoom`: the bot leaves the room.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn leave_room(&self, room_id: impl Into<String>) -> Result<Response<()>, Error> {
        self.call(LeaveRoom {
            room_id: room_id.into(),
        })
    }
}
