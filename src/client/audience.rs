//! Audiences: groups of users to narrowcast to, made from user IDs (JSON or an uploaded
//! file), from the users who opened or clicked a message, and shared ones.
//!
//! ```no_run
//! use linebot::client::audience::{Audience, CreateAudienceGroupRequest};
//! # let client = linebot::client::Client::new("token");
//! let created = client.create_audience_group(CreateAudienceGroupRequest::new(
//!     "Spring campaign",
//!     [Audience::new("U4af4980629...")],
//! ))?;
//! // Large lists go up as a file, one ID per line:
//! client.add_user_ids_to_audience(created.audience_group_id, ["U1...", "U2..."])?;
//! let page = client.get_audience_groups(1, None)?;
//! println!("{} audience(s)", page.total_count.unwrap_or_default());
//! # Ok::<(), linebot::client::Error>(())
//! ```

use serde::{Deserialize, Serialize};

use super::{Client, Error, Host, Method, Operation, Payload, Response};
use crate::limits::{
    AUDIENCE_CLICK_URL_MAX, AUDIENCE_DESCRIPTION_MAX, AUDIENCE_PAGE_SIZE_MAX, AUDIENCES_MAX,
};
use crate::validate::{self, Path, Validate, ValidationError, Violations};

macro_rules! wire_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $wire:literal,)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[non_exhaustive]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $wire)] $variant,)*
            /// A value this version does not know.
            #[serde(untagged)]
            Unknown(String),
        }

        impl $name {
            /// The value on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $wire,)*
                    Self::Unknown(s) => s,
                }
            }
        }
    };
}

wire_enum!(
    /// How an audience was made.
    AudienceGroupType {
        /// From user IDs or IFAs.
        Upload = "UPLOAD",
        /// Users who clicked a URL in a message.
        Click = "CLICK",
        /// Users who opened a message.
        Imp = "IMP",
        /// Users with a chat tag.
        ChatTag = "CHAT_TAG",
        /// Friends from a path.
        FriendPath = "FRIEND_PATH",
        /// Reservations.
        Reservation = "RESERVATION",
        /// App events.
        AppEvent = "APP_EVENT",
        /// Video viewers.
        VideoView = "VIDEO_VIEW",
        /// Web traffic.
        Webtraffic = "WEBTRAFFIC",
        /// Image clicks.
        ImageClick = "IMAGE_CLICK",
        /// Rich menu impressions.
        RichmenuImp = "RICHMENU_IMP",
        /// Rich menu clicks.
        RichmenuClick = "RICHMENU_CLICK",
        /// POP ad impressions.
        PopAdImp = "POP_AD_IMP",
        /// Tracking tag web traffic.
        TrackingtagWebtraffic = "TRACKINGTAG_WEBTRAFFIC",
    }
);

wire_enum!(
    /// State of an audience.
    AudienceGroupStatus {
        /// Being made.
        InProgress = "IN_PROGRESS",
        /// Usable.
        Ready = "READY",
        /// Making it failed.
        Failed = "FAILED",
        /// Expired.
        Expired = "EXPIRED",
        /// Inactive.
        Inactive = "INACTIVE",
        /// Being reactivated.
        Activating = "ACTIVATING",
    }
);

wire_enum!(
    /// Why making an audience (or a job on it) failed.
    AudienceGroupFailedType {
        /// Too few users.
        AudienceGroupAudienceInsufficient = "AUDIENCE_GROUP_AUDIENCE_INSUFFICIENT",
        /// LINE's error.
        InternalError = "INTERNAL_ERROR",
    }
);

wire_enum!(
    /// What the channel may do with an audience.
    AudienceGroupPermission {
        /// Use it.
        Read = "READ",
        /// Use and change it.
        ReadWrite = "READ_WRITE",
    }
);

wire_enum!(
    /// Where an audience was made.
    AudienceGroupCreateRoute {
        /// LINE Official Account Manager.
        OaManager = "OA_MANAGER",
        /// The Messaging API.
        MessagingApi = "MESSAGING_API",
        /// LINE Points Ads.
        PointAd = "POINT_AD",
        /// LINE Ads.
        AdManager = "AD_MANAGER",
    }
);

wire_enum!(
    /// Kind of job on an audience.
    AudienceGroupJobType {
        /// Users added.
        DiffAdd = "DIFF_ADD",
    }
);

wire_enum!(
    /// State of a job on an audience.
    AudienceGroupJobStatus {
        /// Waiting.
        Queued = "QUEUED",
        /// Running.
        Working = "WORKING",
        /// Done.
        Finished = "FINISHED",
        /// Failed.
        Failed = "FAILED",
    }
);

/// A user ID or IFA in an audience upload.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Audience {
    /// User ID or IFA.
    pub id: String,
}

impl Audience {
    /// The user with this ID (or IFA).
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }
}

fn check_description(d: &str, path: &mut Path, out: &mut Violations) {
    path.field("description", |p| {
        if d.is_empty() {
            validate::missing(p, out);
        }
        validate::max_chars(d, AUDIENCE_DESCRIPTION_MAX, p, out);
    });
}

/// The description rule alone (1 to 120 characters), for bodies that carry nothing else to
/// check; the local server applies it to the same bodies.
pub(crate) fn validate_description(d: &str) -> Result<(), ValidationError> {
    let mut out = Vec::new();
    check_description(d, &mut Path::root(), &mut out);
    into_result(out)
}

fn into_result(out: Violations) -> Result<(), ValidationError> {
    if out.is_empty() {
        Ok(())
    } else {
        Err(ValidationError::new(out))
    }
}

/// Body of `POST /v2/bot/audienceGroup/upload`: an audience from user IDs or IFAs.
/// <https://developers.line.biz/en/reference/messaging-api/#create-upload-audience-group>
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CreateAudienceGroupRequest {
    /// Name (1 to 120 characters).
    pub description: String,
    /// `true`: the IDs are IFAs, not user IDs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_ifa_audience: Option<bool>,
    /// Description of this upload job.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upload_description: Option<String>,
    /// At most 10,000 user IDs or IFAs (an empty audience may be filled later).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub audiences: Vec<Audience>,
}

impl CreateAudienceGroupRequest {
    /// An audience named `description` with these users.
    pub fn new(
        description: impl Into<String>,
        audiences: impl IntoIterator<Item = Audience>,
    ) -> Self {
        Self {
            description: description.into(),
            is_ifa_audience: None,
            upload_description: None,
            audiences: audiences.into_iter().collect(),
        }
    }
}

impl Validate for CreateAudienceGroupRequest {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        check_description(&self.description, path, out);
        path.field("audiences", |p| {
            validate::count(self.audiences.len(), 0, AUDIENCES_MAX, p, out)
        });
    }
}

super::body_operation! {
    CreateAudienceGroupRequest => Post Api, "/v2/bot/audienceGroup/upload", CreateAudienceGroupResponse;
}

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

/// Body of `PUT /v2/bot/audienceGroup/upload`: adds user IDs or IFAs to an audience.
/// <https://developers.line.biz/en/reference/messaging-api/#update-upload-audience-group>
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AddAudienceToAudienceGroupRequest {
    /// Audience ID.
    pub audience_group_id: i64,
    /// Description of this upload job.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upload_description: Option<String>,
    /// 1 to 10,000 user IDs or IFAs.
    pub audiences: Vec<Audience>,
}

impl AddAudienceToAudienceGroupRequest {
    /// Adds these users to the audience.
    pub fn new(audience_group_id: i64, audiences: impl IntoIterator<Item = Audience>) -> Self {
        Self {
            audience_group_id,
            upload_description: None,
            audiences: audiences.into_iter().collect(),
        }
    }
}

impl Validate for AddAudienceToAudienceGroupRequest {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        path.field("audiences", |p| {
            validate::count(self.audiences.len(), 1, AUDIENCES_MAX, p, out)
        });
    }
}

impl Operation for AddAudienceToAudienceGroupRequest {
    type Response = ();
    const METHOD: Method = Method::Put;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        "/v2/bot/audienceGroup/upload".into()
    }
    fn payload(&self) -> Result<Payload<'_>, Error> {
        Payload::json(self)
    }
    fn validate(&self) -> Result<(), ValidationError> {
        Validate::validate(self)
    }
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

/// `POST /v2/bot/audienceGroup/upload/byFile` on `api-data.line.me`: an audience from a
/// text file of user IDs or IFAs, one per line (for lists too long for JSON).
/// <https://developers.line.biz/en/reference/messaging-api/#create-upload-audience-group-by-file>
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateAudienceForUploadingUserIds {
    /// Name (1 to 120 characters).
    pub description: String,
    /// `true`: the IDs are IFAs, not user IDs.
    pub is_ifa_audience: Option<bool>,
    /// Description of this upload job.
    pub upload_description: Option<String>,
    /// The file: one user ID or IFA per line.
    pub file: Vec<u8>,
}

impl CreateAudienceForUploadingUserIds {
    /// An audience named `description` with these user IDs.
    pub fn new<S: AsRef<str>>(
        description: impl Into<String>,
        user_ids: impl IntoIterator<Item = S>,
    ) -> Self {
        Self {
            description: description.into(),
            is_ifa_audience: None,
            upload_description: None,
            file: id_file(user_ids),
        }
    }
}

impl Operation for CreateAudienceForUploadingUserIds {
    type Response = CreateAudienceGroupResponse;
    const METHOD: Method = Method::Post;
    const HOST: Host = Host::ApiData;
    fn path(&self) -> String {
        "/v2/bot/audienceGroup/upload/byFile".into()
    }
    fn payload(&self) -> Result<Payload<'_>, Error> {
        let ifa = self.is_ifa_audience.map(|b| b.to_string());
        Ok(Multipart::new()
            .text("description", Some(&self.description))
            .text("isIfaAudience", ifa.as_deref())
            .text("uploadDescription", self.upload_description.as_deref())
            .file("file", &self.file)
            .encode())
    }
    fn validate(&self) -> Result<(), ValidationError> {
        validate_description(&self.description)
    }
}

/// `PUT /v2/bot/audienceGroup/upload/byFile` on `api-data.line.me`: adds the user IDs or
/// IFAs of a text file (one per line) to an audience.
/// <https://developers.line.biz/en/reference/messaging-api/#update-upload-audience-group-by-file>
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddUserIdsToAudience {
    /// Audience ID.
    pub audience_group_id: i64,
    /// Description of this upload job.
    pub upload_description: Option<String>,
    /// The file: one user ID or IFA per line.
    pub file: Vec<u8>,
}

impl AddUserIdsToAudience {
    /// Adds these user IDs to the audience.
    pub fn new<S: AsRef<str>>(
        audience_group_id: i64,
        user_ids: impl IntoIterator<Item = S>,
    ) -> Self {
        Self {
            audience_group_id,
            upload_description: None,
            file: id_file(user_ids),
        }
    }
}

impl Operation for AddUserIdsToAudience {
    type Response = ();
    const METHOD: Method = Method::Put;
    const HOST: Host = Host::ApiData;
    fn path(&self) -> String {
        "/v2/bot/audienceGroup/upload/byFile".into()
    }
    fn payload(&self) -> Result<Payload<'_>, Error> {
        let id = self.audience_group_id.to_string();
        Ok(Multipart::new()
            .text("audienceGroupId", Some(&id))
            .text("uploadDescription", self.upload_description.as_deref())
            .file("file", &self.file)
            .encode())
    }
}

/// Body of `POST /v2/bot/audienceGroup/click`: users who clicked a URL in a broadcast or
/// narrowcast.
/// <https://developers.line.biz/en/reference/messaging-api/#create-click-audience-group>
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CreateClickBasedAudienceGroupRequest {
    /// Name (1 to 120 characters).
    pub description: String,
    /// Request ID of the broadcast or narrowcast.
    pub request_id: String,
    /// Only users who clicked this URL (all URLs when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub click_url: Option<String>,
}

impl CreateClickBasedAudienceGroupRequest {
    /// Users who clicked any URL of the message sent by `request_id`.
    pub fn new(description: impl Into<String>, request_id: impl Into<String>) -> Self {
        Self {
            description: description.into(),
            request_id: request_id.into(),
            click_url: None,
        }
    }
}

impl Validate for CreateClickBasedAudienceGroupRequest {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        check_description(&self.description, path, out);
        if let Some(u) = &self.click_url {
            path.field("clickUrl", |p| {
                validate::max_chars(u, AUDIENCE_CLICK_URL_MAX, p, out)
            });
        }
    }
}

super::body_operation! {
    CreateClickBasedAudienceGroupRequest => Post Api, "/v2/bot/audienceGroup/click", CreateClickBasedAudienceGroupResponse;
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

/// Body of `POST /v2/bot/audienceGroup/imp`: users who opened a broadcast or narrowcast.
/// <https://developers.line.biz/en/reference/messaging-api/#create-imp-audience-group>
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CreateImpBasedAudienceGroupRequest {
    /// Name (1 to 120 characters).
    pub description: String,
    /// Request ID of the broadcast or narrowcast.
    pub request_id: String,
}

impl CreateImpBasedAudienceGroupRequest {
    /// Users who opened the message sent by `request_id`.
    pub fn new(description: impl Into<String>, request_id: impl Into<String>) -> Self {
        Self {
            description: description.into(),
            request_id: request_id.into(),
        }
    }
}

impl Operation for CreateImpBasedAudienceGroupRequest {
    type Response = CreateImpBasedAudienceGroupResponse;
    const METHOD: Method = Method::Post;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        "/v2/bot/audienceGroup/imp".into()
    }
    fn payload(&self) -> Result<Payload<'_>, Error> {
        Payload::json(self)
    }
    fn validate(&self) -> Result<(), ValidationError> {
        validate_description(&self.description)
    }
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

/// `PUT /v2/bot/audienceGroup/{audienceGroupId}/updateDescription`.
/// <https://developers.line.biz/en/reference/messaging-api/#set-description-audience-group>
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateAudienceGroupDescription {
    /// Audience ID.
    #[serde(skip)]
    pub audience_group_id: i64,
    /// New name (1 to 120 characters).
    pub description: String,
}

impl Operation for UpdateAudienceGroupDescription {
    type Response = ();
    const METHOD: Method = Method::Put;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        format!(
            "/v2/bot/audienceGroup/{}/updateDescription",
            self.audience_group_id
        )
    }
    fn payload(&self) -> Result<Payload<'_>, Error> {
        Payload::json(self)
    }
    fn validate(&self) -> Result<(), ValidationError> {
        validate_description(&self.description)
    }
}

/// `DELETE /v2/bot/audienceGroup/{audienceGroupId}`.
/// <https://developers.line.biz/en/reference/messaging-api/#delete-audience-group>
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeleteAudienceGroup {
    /// Audience ID.
    pub audience_group_id: i64,
}

impl Operation for DeleteAudienceGroup {
    type Response = ();
    const METHOD: Method = Method::Delete;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        format!("/v2/bot/audienceGroup/{}", self.audience_group_id)
    }
}

/// `GET /v2/bot/audienceGroup/{audienceGroupId}`.
/// <https://developers.line.biz/en/reference/messaging-api/#get-audience-group>
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GetAudienceData {
    /// Audience ID.
    pub audience_group_id: i64,
}

impl Operation for GetAudienceData {
    type Response = GetAudienceDataResponse;
    const METHOD: Method = Method::Get;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        format!("/v2/bot/audienceGroup/{}", self.audience_group_id)
    }
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

/// Filters of an audience list: everything but the page number.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct AudienceGroupFilter {
    /// Only audiences whose name contains this (case-insensitive).
    pub description: Option<String>,
    /// Only audiences in this state.
    pub status: Option<AudienceGroupStatus>,
    /// Page size (at most 40, default 20).
    pub size: Option<u32>,
    /// Only audiences made there.
    pub create_route: Option<AudienceGroupCreateRoute>,
}

impl AudienceGroupFilter {
    fn query(&self) -> Vec<(&'static str, Option<String>)> {
        vec![
            ("description", self.description.clone()),
            (
                "status",
                self.status.as_ref().map(|s| s.as_str().to_owned()),
            ),
            ("size", self.size.map(|s| s.to_string())),
            (
                "createRoute",
                self.create_route.as_ref().map(|s| s.as_str().to_owned()),
            ),
        ]
    }

    fn check(&self, page: i64) -> Result<(), ValidationError> {
        let mut out = Vec::new();
        let mut path = Path::root();
        if page < 1 {
            path.field("page", |p| validate::invalid("at least 1", p, &mut out));
        }
        if self.size.is_some_and(|s| s > AUDIENCE_PAGE_SIZE_MAX) {
            path.field("size", |p| validate::invalid("at most 40", p, &mut out));
        }
        into_result(out)
    }
}

/// `GET /v2/bot/audienceGroup/list`: the channel's audiences, a page at a time.
/// <https://developers.line.biz/en/reference/messaging-api/#get-audience-groups>
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GetAudienceGroups {
    /// Page number, from 1.
    pub page: i64,
    /// Filters and page size.
    pub filter: AudienceGroupFilter,
    /// `true`: include audiences shared by LINE Ads accounts.
    pub includes_external_public_groups: Option<bool>,
}

impl Operation for GetAudienceGroups {
    type Response = GetAudienceGroupsResponse;
    const METHOD: Method = Method::Get;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        "/v2/bot/audienceGroup/list".into()
    }
    fn query(&self) -> Vec<(&'static str, Option<String>)> {
        let mut q = vec![("page", Some(self.page.to_string()))];
        q.extend(self.filter.query());
        q.push((
            "includesExternalPublicGroups",
            self.includes_external_public_groups.map(|b| b.to_string()),
        ));
        q
    }
    fn validate(&self) -> Result<(), ValidationError> {
        self.filter.check(self.page)
    }
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

/// `GET /v2/bot/audienceGroup/shared/{audienceGroupId}`: an audience shared in the business
/// manager.
/// <https://developers.line.biz/en/reference/messaging-api/#get-shared-audience>
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GetSharedAudienceData {
    /// Audience ID.
    pub audience_group_id: i64,
}

impl Operation for GetSharedAudienceData {
    type Response = GetSharedAudienceDataResponse;
    const METHOD: Method = Method::Get;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        format!("/v2/bot/audienceGroup/shared/{}", self.audience_group_id)
    }
}

/// `GET /v2/bot/audienceGroup/shared/list`: audiences shared in the business manager, a
/// page at a time.
/// <https://developers.line.biz/en/reference/messaging-api/#get-shared-audience-list>
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GetSharedAudienceGroups {
    /// Page number, from 1.
    pub page: i64,
    /// Filters and page size.
    pub filter: AudienceGroupFilter,
    /// `true`: include audiences the channel owns too.
    pub includes_owned_audience_groups: Option<bool>,
}

impl Operation for GetSharedAudienceGroups {
    type Response = GetAudienceGroupsResponse;
    const METHOD: Method = Method::Get;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        "/v2/bot/audienceGroup/shared/list".into()
    }
    fn query(&self) -> Vec<(&'static str, Option<String>)> {
        let mut q = vec![("page", Some(self.page.to_string()))];
        q.extend(self.filter.query());
        q.push((
            "includesOwnedAudienceGroups",
            self.includes_owned_audience_groups.map(|b| b.to_string()),
        ));
        q
    }
    fn validate(&self) -> Result<(), ValidationError> {
        self.filter.check(self.page)
    }
}

super::json_response!(
    CreateAudienceGroupResponse,
    CreateClickBasedAudienceGroupResponse,
    CreateImpBasedAudienceGroupResponse,
    GetAudienceDataResponse,
    GetSharedAudienceDataResponse,
    GetAudienceGroupsResponse,
);

impl Client {
    /// `createAudienceGroup`: an audience from up to 10,000 user IDs or IFAs.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn create_audience_group(
        &self,
        request: CreateAudienceGroupRequest,
    ) -> Result<Response<CreateAudienceGroupResponse>, Error> {
        self.call(request)
    }

    /// `addAudienceToAudienceGroup`: adds up to 10,000 user IDs or IFAs to an audience.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn add_audience_to_audience_group(
        &self,
        audience_group_id: i64,
        audiences: impl IntoIterator<Item = Audience>,
    ) -> Result<Response<()>, Error> {
        self.call(AddAudienceToAudienceGroupRequest::new(
            audience_group_id,
            audiences,
        ))
    }

    /// `createAudienceForUploadingUserIds`: an audience from user IDs, uploaded as a file.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn create_audience_for_uploading_user_ids<S: AsRef<str>>(
        &self,
        description: impl Into<String>,
        user_ids: impl IntoIterator<Item = S>,
    ) -> Result<Response<CreateAudienceGroupResponse>, Error> {
        self.call(CreateAudienceForUploadingUserIds::new(
            description,
            user_ids,
        ))
    }

    /// `addUserIdsToAudience`: adds user IDs, uploaded as a file, to an audience.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn add_user_ids_to_audience<S: AsRef<str>>(
        &self,
        audience_group_id: i64,
        user_ids: impl IntoIterator<Item = S>,
    ) -> Result<Response<()>, Error> {
        self.call(AddUserIdsToAudience::new(audience_group_id, user_ids))
    }

    /// `createClickBasedAudienceGroup`: users who clicked a URL in the message sent by
    /// `request_id`.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn create_click_based_audience_group(
        &self,
        request: CreateClickBasedAudienceGroupRequest,
    ) -> Result<Response<CreateClickBasedAudienceGroupResponse>, Error> {
        self.call(request)
    }

    /// `createImpBasedAudienceGroup`: users who opened the message sent by `request_id`.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn create_imp_based_audience_group(
        &self,
        description: impl Into<String>,
        request_id: impl Into<String>,
    ) -> Result<Response<CreateImpBasedAudienceGroupResponse>, Error> {
        self.call(CreateImpBasedAudienceGroupRequest::new(
            description,
            request_id,
        ))
    }

    /// `updateAudienceGroupDescription`: renames an audience.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn update_audience_group_description(
        &self,
        audience_group_id: i64,
        description: impl Into<String>,
    ) -> Result<Response<()>, Error> {
        self.call(UpdateAudienceGroupDescription {
            audience_group_id,
            description: description.into(),
        })
    }

    /// `deleteAudienceGroup`: deletes an audience.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn delete_audience_group(&self, audience_group_id: i64) -> Result<Response<()>, Error> {
        self.call(DeleteAudienceGroup { audience_group_id })
    }

    /// `getAudienceData`: an audience and its jobs.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn get_audience_data(
        &self,
        audience_group_id: i64,
    ) -> Result<Response<GetAudienceDataResponse>, Error> {
        self.call(GetAudienceData { audience_group_id })
    }

    /// `getAudienceGroups`: page `page` (from 1) of the channel's audiences.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn get_audience_groups(
        &self,
        page: i64,
        filter: Option<AudienceGroupFilter>,
    ) -> Result<Response<GetAudienceGroupsResponse>, Error> {
        self.call(GetAudienceGroups {
            page,
            filter: filter.unwrap_or_default(),
            includes_external_public_groups: None,
        })
    }

    /// `getSharedAudienceData`: a shared audience and its jobs.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn get_shared_audience_data(
        &self,
        audience_group_id: i64,
    ) -> Result<Response<GetSharedAudienceDataResponse>, Error> {
        self.call(GetSharedAudienceData { audience_group_id })
    }

    /// `getSharedAudienceGroups`: page `page` (from 1) of the audiences shared with the
    /// channel.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn get_shared_audience_groups(
        &self,
        page: i64,
        filter: Option<AudienceGroupFilter>,
    ) -> Result<Response<GetAudienceGroupsResponse>, Error> {
        self.call(GetSharedAudienceGroups {
            page,
            filter: filter.unwrap_or_default(),
            includes_owned_audience_groups: None,
        })
    }
}
