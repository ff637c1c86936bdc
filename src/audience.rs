//! Audiences: the bodies of the audience operations that carry JSON, the values audiences are
//! described with, and their checks ([`Validate`]). The operations and their answers are in
//! [`client::audience`](crate::client::audience).

use serde::{Deserialize, Serialize};

use crate::limits::{AUDIENCE_CLICK_URL_MAX, AUDIENCE_DESCRIPTION_MAX, AUDIENCES_MAX};
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

        impl crate::client::declare::ToQuery for $name {
            fn push_to(&self, name: &'static str, out: &mut Vec<(&'static str, Option<String>)>) {
                out.push((name, Some(self.as_str().to_owned())));
            }
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
    validate::into_result(out)
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
    crate::client::declare::setter!(opt_field is_ifa_audience bool);
    crate::client::declare::setter!(opt_field upload_description String);

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
    crate::client::declare::setter!(opt_field upload_description String);

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
    crate::client::declare::setter!(opt_field click_url String);

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

impl Validate for CreateImpBasedAudienceGroupRequest {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        check_description(&self.description, path, out);
    }
}
