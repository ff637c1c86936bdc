//! Audiences: groups of users to narrowcast to, made from user IDs (JSON or an uploaded
//! file), from the users who opened or clicked a message, and shared ones.
//!
//! ```no_run
//! use linebot::client::audience::{Audience, AudienceGroupStatus, GetAudienceGroups};
//! # let client = linebot::client::Client::new("token");
//! let created = client.create_audience_group("Spring campaign", [Audience::new("U4af4980629...")])?;
//! // Large lists go up as a file, one ID per line:
//! client.add_user_ids_to_audience(created.audience_group_id, ["U1...", "U2..."])?;
//! let page = client.call(GetAudienceGroups::new(1).status(AudienceGroupStatus::Ready))?;
//! println!("{} audience(s)", page.total_count.unwrap_or_default());
//! # Ok::<(), linebot::client::Error>(())
//! ```

use serde::{Deserialize, Serialize};

use super::Payload;
use crate::audience::validate_description;
pub use crate::audience::{
    AddAudienceToAudienceGroupRequest, Audience, AudienceGroupCreateRoute, AudienceGroupFailedType,
    AudienceGroupJobStatus, AudienceGroupJobType, AudienceGroupPermission, AudienceGroupStatus,
    AudienceGroupType, CreateAudienceGroupRequest, CreateClickBasedAudienceGroupRequest,
    CreateImpBasedAudienceGroupRequest,
};
use crate::limits::AUDIENCE_PAGE_SIZE_MAX;
use crate::validate::{self, Path, ValidationError};

/// The new audience.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CreateAudienceGroupResponse {
    /// Audience ID.
    pub audience_group_id: i64,
    /// Where it was made (`MESSAGING_API`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_route: Option<AudienceGroupCreateRoute>,
    /// How it was made (`UPLOAD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<AudienceGroupType>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// When it was made (UNIX time, seconds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// What the channel may do with it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permission: Option<AudienceGroupPermission>,
    /// When it expires (UNIX time, seconds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire_timestamp: Option<i64>,
    /// Whether it holds IFAs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_ifa_audience: Option<bool>,
}

/// A `multipart/form-data` body under construction (RFC 7578).
struct Multipart {
    parts: Vec<(&'static str, Vec<u8>, bool)>,
}

impl Multipart {
    fn new() -> Self {
        Self { parts: Vec::new() }
    }

    fn text(mut self, name: &'static str, value: Option<&str>) -> Self {
        if let Some(v) = value {
            self.parts.push((name, v.as_bytes().to_vec(), false));
        }
        self
    }

    fn file(mut self, name: &'static str, data: &[u8]) -> Self {
        self.parts.push((name, data.to_vec(), true));
        self
    }

    /// Encodes the parts with a random boundary that none of them contains.
    fn encode(self) -> Payload<'static> {
        let boundary = loop {
            let candidate = format!("linebot-{}", uuid::Uuid::new_v4().simple());
            let b = candidate.as_bytes();
            if !self
                .parts
                .iter()
                .any(|(_, data, _)| data.windows(b.len()).any(|w| w == b))
            {
                break candidate;
            }
        };
        let mut body = Vec::new();
        for (name, data, is_file) in &self.parts {
            body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
            if *is_file {
                body.extend_from_slice(
                    format!(
                        "Content-Disposition: form-data; name=\"{name}\"; filename=\"audience.txt\"\r\nContent-Type: text/plain\r\n\r\n"
                    )
                    .as_bytes(),
                );
            } else {
                body.extend_from_slice(
                    format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n").as_bytes(),
                );
            }
            body.extend_from_slice(data);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        Payload::Multipart { boundary, body }
    }
}

/// The text file of an upload: one user ID or IFA per line.
fn id_file<S: AsRef<str>>(ids: impl IntoIterator<Item = S>) -> Vec<u8> {
    let mut file = Vec::new();
    for id in ids {
        file.extend_from_slice(id.as_ref().as_bytes());
        file.push(b'\n');
    }
    file
}

/// The new click-based audience.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CreateClickBasedAudienceGroupResponse {
    /// Audience ID.
    pub audience_group_id: i64,
    /// `CLICK`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<AudienceGroupType>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// When it was made (UNIX time, seconds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// Request ID of the message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub click_url: Option<String>,
    /// Where it was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_route: Option<AudienceGroupCreateRoute>,
    /// What the channel may do with it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permission: Option<AudienceGroupPermission>,
    /// When it expires (UNIX time, seconds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire_timestamp: Option<i64>,
    /// Whether it holds IFAs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_ifa_audience: Option<bool>,
}

/// The new impression-based audience.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CreateImpBasedAudienceGroupResponse {
    /// Audience ID.
    pub audience_group_id: i64,
    /// `IMP`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<AudienceGroupType>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// When it was made (UNIX time, seconds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// Request ID of the message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

/// An audience with its jobs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct GetAudienceDataResponse {
    /// The audience.
    pub audience_group: AudienceGroup,
    /// Its upload jobs (at most 50).
    #[serde(default)]
    pub jobs: Vec<AudienceGroupJob>,
    /// The ad account that made it (for audiences from LINE Ads).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adaccount: Option<Adaccount>,
}

/// An audience shared with the channel, with its jobs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct GetSharedAudienceDataResponse {
    /// The audience.
    pub audience_group: AudienceGroup,
    /// Its upload jobs (at most 50).
    #[serde(default)]
    pub jobs: Vec<AudienceGroupJob>,
    /// Who owns it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<DetailedOwner>,
}

/// An ad account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Adaccount {
    /// Its name.
    pub name: String,
}

/// The owner of a shared audience.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct DetailedOwner {
    /// The owner's service (`bizmanager`...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_type: Option<String>,
    /// Owner ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Owner name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// An audience.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AudienceGroup {
    /// Audience ID.
    pub audience_group_id: i64,
    /// How it was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<AudienceGroupType>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// State.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<AudienceGroupStatus>,
    /// Why making it failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failed_type: Option<AudienceGroupFailedType>,
    /// Number of users.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience_count: Option<i64>,
    /// When it was made (UNIX time, seconds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// Request ID of the message (click and impression audiences).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The URL (click audiences).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub click_url: Option<String>,
    /// Whether it holds IFAs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_ifa_audience: Option<bool>,
    /// What the channel may do with it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permission: Option<AudienceGroupPermission>,
    /// Where it was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_route: Option<AudienceGroupCreateRoute>,
}

/// An upload job on an audience.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AudienceGroupJob {
    /// Job ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience_group_job_id: Option<i64>,
    /// Audience ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience_group_id: Option<i64>,
    /// Description of the job.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Kind of job.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<AudienceGroupJobType>,
    /// State.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_status: Option<AudienceGroupJobStatus>,
    /// Why it failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failed_type: Option<AudienceGroupFailedType>,
    /// Users added.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience_count: Option<i64>,
    /// When it was made (UNIX time, seconds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
}

/// A page of audiences.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct GetAudienceGroupsResponse {
    /// The audiences.
    #[serde(default)]
    pub audience_groups: Vec<AudienceGroup>,
    /// Whether there is a next page.
    #[serde(default)]
    pub has_next_page: bool,
    /// Audiences matching the filters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<i64>,
    /// Of those, the ones the channel may change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read_write_audience_group_total_count: Option<i64>,
    /// This page's number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Page size.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
}

super::json_response!(
    CreateAudienceGroupResponse,
    CreateClickBasedAudienceGroupResponse,
    CreateImpBasedAudienceGroupResponse,
    GetAudienceDataResponse,
    GetSharedAudienceDataResponse,
    GetAudienceGroupsResponse,
);

/// Checks the page number and size of an audience list.
fn check_page(page: i64, size: Option<u32>) -> Result<(), ValidationError> {
    let mut out = Vec::new();
    let mut path = Path::root();
    if page < 1 {
        path.field("page", |p| validate::invalid("at least 1", p, &mut out));
    }
    if size.is_some_and(|s| s > AUDIENCE_PAGE_SIZE_MAX) {
        path.field("size", |p| {
            validate::invalid(format!("at most {AUDIENCE_PAGE_SIZE_MAX}"), p, &mut out)
        });
    }
    validate::into_result(out)
}

super::operation! {
    /// `createAudienceGroup`: an audience from up to 10,000 user IDs or IFAs (none: fill it
    /// later).
    /// <https://developers.line.biz/en/reference/messaging-api/#create-upload-audience-group>
    Post Api "/v2/bot/audienceGroup/upload" -> CreateAudienceGroupResponse;
    body CreateAudienceGroupRequest;
    pub fn create_audience_group(
        description: impl Into<String>,
        audiences: impl IntoIterator<Item = Audience>,
    ) {
        CreateAudienceGroupRequest::new(description, audiences)
    }
}

super::operation! {
    /// `addAudienceToAudienceGroup`: adds 1 to 10,000 user IDs or IFAs to an audience.
    /// <https://developers.line.biz/en/reference/messaging-api/#update-upload-audience-group>
    Put Api "/v2/bot/audienceGroup/upload" -> ();
    body AddAudienceToAudienceGroupRequest;
    pub fn add_audience_to_audience_group(
        audience_group_id: i64,
        audiences: impl IntoIterator<Item = Audience>,
    ) {
        AddAudienceToAudienceGroupRequest::new(audience_group_id, audiences)
    }
}

super::operation! {
    /// `createAudienceForUploadingUserIds`: an audience from a file of user IDs or IFAs, one
    /// per line, uploaded to `api-data.line.me` (for lists too long for JSON).
    /// <https://developers.line.biz/en/reference/messaging-api/#create-upload-audience-group-by-file>
    Post ApiData "/v2/bot/audienceGroup/upload/byFile" -> CreateAudienceGroupResponse;
    #[derive(Debug, Eq)]
    pub struct CreateAudienceForUploadingUserIds {
        /// Name (1 to 120 characters).
        field description: String,
        /// `true`: the IDs are IFAs, not user IDs.
        opt_field is_ifa_audience: bool,
        /// Description of this upload job.
        opt_field upload_description: String,
        /// The file: one user ID or IFA per line.
        field file: Vec<u8>,
    }
    payload |s| {
        let ifa = s.is_ifa_audience.map(|b| b.to_string());
        Ok(Multipart::new()
            .text("description", Some(&s.description))
            .text("isIfaAudience", ifa.as_deref())
            .text("uploadDescription", s.upload_description.as_deref())
            .file("file", &s.file)
            .encode())
    };
    validate |s| validate_description(&s.description);
    pub fn create_audience_for_uploading_user_ids(
        description: impl Into<String>,
        user_ids: impl IntoIterator<Item = impl AsRef<str>>,
    ) {
        Self {
            description: description.into(),
            is_ifa_audience: None,
            upload_description: None,
            file: id_file(user_ids),
        }
    }
}

super::operation! {
    /// `addUserIdsToAudience`: adds the user IDs or IFAs of a file, one per line, to an
    /// audience, uploaded to `api-data.line.me`.
    /// <https://developers.line.biz/en/reference/messaging-api/#update-upload-audience-group-by-file>
    Put ApiData "/v2/bot/audienceGroup/upload/byFile" -> ();
    #[derive(Debug, Eq)]
    pub struct AddUserIdsToAudience {
        /// Audience ID.
        field audience_group_id: i64,
        /// Description of this upload job.
        opt_field upload_description: String,
        /// The file: one user ID or IFA per line.
        field file: Vec<u8>,
    }
    payload |s| {
        let id = s.audience_group_id.to_string();
        Ok(Multipart::new()
            .text("audienceGroupId", Some(&id))
            .text("uploadDescription", s.upload_description.as_deref())
            .file("file", &s.file)
            .encode())
    };
    pub fn add_user_ids_to_audience(
        audience_group_id: i64,
        user_ids: impl IntoIterator<Item = impl AsRef<str>>,
    ) {
        Self { audience_group_id, upload_description: None, file: id_file(user_ids) }
    }
}

super::operation! {
    /// `createClickBasedAudienceGroup`: the users who clicked a URL in a broadcast or
    /// narrowcast, by its request id (any URL unless the request sets `click_url`).
    /// <https://developers.line.biz/en/reference/messaging-api/#create-click-audience-group>
    Post Api "/v2/bot/audienceGroup/click" -> CreateClickBasedAudienceGroupResponse;
    body CreateClickBasedAudienceGroupRequest;
    pub fn create_click_based_audience_group(
        description: impl Into<String>,
        request_id: impl Into<String>,
    ) {
        CreateClickBasedAudienceGroupRequest::new(description, request_id)
    }
}

super::operation! {
    /// `createImpBasedAudienceGroup`: the users who opened a broadcast or narrowcast, by its
    /// request id.
    /// <https://developers.line.biz/en/reference/messaging-api/#create-imp-audience-group>
    Post Api "/v2/bot/audienceGroup/imp" -> CreateImpBasedAudienceGroupResponse;
    body CreateImpBasedAudienceGroupRequest;
    pub fn create_imp_based_audience_group(
        description: impl Into<String>,
        request_id: impl Into<String>,
    ) {
        CreateImpBasedAudienceGroupRequest::new(description, request_id)
    }
}

super::operation! {
    /// `updateAudienceGroupDescription`: renames an audience (1 to 120 characters).
    /// <https://developers.line.biz/en/reference/messaging-api/#set-description-audience-group>
    Put Api "/v2/bot/audienceGroup/{audience_group_id}/updateDescription" -> ();
    #[derive(Debug, Eq, Serialize)]
    #[serde(rename_all = "camelCase")]
    pub struct UpdateAudienceGroupDescription {
        /// Audience ID.
        #[serde(skip)]
        path audience_group_id: i64,
        /// New name (1 to 120 characters).
        field description: String,
    }
    payload |s| Payload::json(s);
    validate |s| validate_description(&s.description);
    pub fn update_audience_group_description(
        audience_group_id: i64,
        description: impl Into<String>,
    ) {
        Self { audience_group_id, description: description.into() }
    }
}

super::operation! {
    /// `deleteAudienceGroup`: deletes an audience.
    /// <https://developers.line.biz/en/reference/messaging-api/#delete-audience-group>
    Delete Api "/v2/bot/audienceGroup/{audience_group_id}" -> ();
    #[derive(Debug, Eq)]
    pub struct DeleteAudienceGroup {
        /// Audience ID.
        path audience_group_id: i64,
    }
    pub fn delete_audience_group(audience_group_id: i64) {
        Self { audience_group_id }
    }
}

super::operation! {
    /// `getAudienceData`: an audience with its upload jobs.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-audience-group>
    Get Api "/v2/bot/audienceGroup/{audience_group_id}" -> GetAudienceDataResponse;
    #[derive(Debug, Eq)]
    pub struct GetAudienceData {
        /// Audience ID.
        path audience_group_id: i64,
    }
    pub fn get_audience_data(audience_group_id: i64) {
        Self { audience_group_id }
    }
}

super::operation! {
    /// `getAudienceGroups`: a page of the channel's audiences (pages from 1), filtered by
    /// the request's `description`, `status`, `create_route`.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-audience-groups>
    Get Api "/v2/bot/audienceGroup/list" -> GetAudienceGroupsResponse;
    #[derive(Debug, Eq)]
    pub struct GetAudienceGroups {
        /// Page number, from 1.
        query "page" page: i64,
        /// Only audiences whose name contains this (case-insensitive).
        opt_query "description" description: String,
        /// Only audiences in this state.
        opt_query "status" status: AudienceGroupStatus,
        /// Page size (at most 40, default 20).
        opt_query "size" size: u32,
        /// `true`: include audiences shared by LINE Ads accounts.
        opt_query "includesExternalPublicGroups" includes_external_public_groups: bool,
        /// Only audiences made there.
        opt_query "createRoute" create_route: AudienceGroupCreateRoute,
    }
    validate |s| check_page(s.page, s.size);
    pub fn get_audience_groups(page: i64) {
        Self {
            page,
            description: None,
            status: None,
            size: None,
            includes_external_public_groups: None,
            create_route: None,
        }
    }
}

super::operation! {
    /// `getSharedAudienceData`: an audience shared in the business manager.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-shared-audience>
    Get Api "/v2/bot/audienceGroup/shared/{audience_group_id}" -> GetSharedAudienceDataResponse;
    #[derive(Debug, Eq)]
    pub struct GetSharedAudienceData {
        /// Audience ID.
        path audience_group_id: i64,
    }
    pub fn get_shared_audience_data(audience_group_id: i64) {
        Self { audience_group_id }
    }
}

super::operation! {
    /// `getSharedAudienceGroups`: a page of the audiences shared in the business manager
    /// (pages from 1), filtered by the request's `description`, `status`, `create_route`.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-shared-audience-list>
    Get Api "/v2/bot/audienceGroup/shared/list" -> GetAudienceGroupsResponse;
    #[derive(Debug, Eq)]
    pub struct GetSharedAudienceGroups {
        /// Page number, from 1.
        query "page" page: i64,
        /// Only audiences whose name contains this (case-insensitive).
        opt_query "description" description: String,
        /// Only audiences in this state.
        opt_query "status" status: AudienceGroupStatus,
        /// Page size (at most 40, default 20).
        opt_query "size" size: u32,
        /// `true`: include audiences the channel owns too.
        opt_query "includesOwnedAudienceGroups" includes_owned_audience_groups: bool,
        /// Only audiences made there.
        opt_query "createRoute" create_route: AudienceGroupCreateRoute,
    }
    validate |s| check_page(s.page, s.size);
    pub fn get_shared_audience_groups(page: i64) {
        Self {
            page,
            description: None,
            status: None,
            size: None,
            includes_owned_audience_groups: None,
            create_route: None,
        }
    }
}
