//! Delivery statistics: sent message counts per day and aggregation units.
//!
//! ```no_run
//! # let client = linebot::client::Client::new("token");
//! let pushes = client.get_number_of_sent_push_messages("20260101")?;
//! println!("{:?}: {:?}", pushes.status, pushes.success);
//! # Ok::<(), linebot::client::Error>(())
//! ```

use serde::{Deserialize, Serialize};

/// How many messages were sent on a day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct NumberOfMessagesResponse {
    /// Whether the count is available.
    pub status: CountStatus,
    /// The count (status `ready` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success: Option<i64>,
}

/// Whether a day's count is available.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CountStatus {
    /// Counted.
    Ready,
    /// Not counted yet (usually takes a day).
    Unready,
    /// Fewer than 20 messages: withheld for privacy.
    UnavailableForPrivacy,
    /// Before counting started (2018-03-31).
    OutOfService,
    /// A value this version does not know.
    #[serde(untagged)]
    Unknown(String),
}

/// Number of aggregation units used this month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct GetAggregationUnitUsageResponse {
    /// Units used.
    pub num_of_custom_aggregation_units: i64,
}

/// A page of aggregation unit names used this month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct GetAggregationUnitNameListResponse {
    /// Unit names.
    pub custom_aggregation_units: Vec<String>,
    /// Token for the next page; absent on the last page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
}

super::json_response!(
    NumberOfMessagesResponse,
    GetAggregationUnitUsageResponse,
    GetAggregationUnitNameListResponse,
);

super::operation! {
    /// `getNumberOfSentReplyMessages`: reply messages sent on a day (`yyyyMMdd`, UTC+9).
    /// <https://developers.line.biz/en/reference/messaging-api/#get-number-of-reply-messages>
    Get Api "/v2/bot/message/delivery/reply" -> NumberOfMessagesResponse;
    #[derive(Debug, Eq)]
    pub struct GetNumberOfSentReplyMessages {
        /// The day, `yyyyMMdd`, in UTC+9.
        query "date" date: String,
    }
    pub fn get_number_of_sent_reply_messages(date: impl Into<String>) {
        Self { date: date.into() }
    }
}

super::operation! {
    /// `getNumberOfSentPushMessages`: push messages sent on a day (`yyyyMMdd`, UTC+9).
    /// <https://developers.line.biz/en/reference/messaging-api/#get-number-of-push-messages>
    Get Api "/v2/bot/message/delivery/push" -> NumberOfMessagesResponse;
    #[derive(Debug, Eq)]
    pub struct GetNumberOfSentPushMessages {
        /// The day, `yyyyMMdd`, in UTC+9.
        query "date" date: String,
    }
    pub fn get_number_of_sent_push_messages(date: impl Into<String>) {
        Self { date: date.into() }
    }
}

super::operation! {
    /// `getNumberOfSentMulticastMessages`: multicast messages sent on a day (`yyyyMMdd`, UTC+9).
    /// <https://developers.line.biz/en/reference/messaging-api/#get-number-of-multicast-messages>
    Get Api "/v2/bot/message/delivery/multicast" -> NumberOfMessagesResponse;
    #[derive(Debug, Eq)]
    pub struct GetNumberOfSentMulticastMessages {
        /// The day, `yyyyMMdd`, in UTC+9.
        query "date" date: String,
    }
    pub fn get_number_of_sent_multicast_messages(date: impl Into<String>) {
        Self { date: date.into() }
    }
}

super::operation! {
    /// `getNumberOfSentBroadcastMessages`: broadcast messages sent on a day (`yyyyMMdd`, UTC+9).
    /// <https://developers.line.biz/en/reference/messaging-api/#get-number-of-broadcast-messages>
    Get Api "/v2/bot/message/delivery/broadcast" -> NumberOfMessagesResponse;
    #[derive(Debug, Eq)]
    pub struct GetNumberOfSentBroadcastMessages {
        /// The day, `yyyyMMdd`, in UTC+9.
        query "date" date: String,
    }
    pub fn get_number_of_sent_broadcast_messages(date: impl Into<String>) {
        Self { date: date.into() }
    }
}

super::operation! {
    /// `getPNPMessageStatistics`: LINE notification messages (partner API) sent on a day (`yyyyMMdd`, UTC+9).
    /// <https://developers.line.biz/en/reference/partner-docs/#get-number-of-sent-line-notification-messages>
    Get Api "/v2/bot/message/delivery/pnp" -> NumberOfMessagesResponse;
    #[derive(Debug, Eq)]
    pub struct GetPnpMessageStatistics {
        /// The day, `yyyyMMdd`, in UTC+9.
        query "date" date: String,
    }
    pub fn get_pnp_message_statistics(date: impl Into<String>) {
        Self { date: date.into() }
    }
}

super::operation! {
    /// `getAggregationUnitUsage`: how many aggregation units were used this month.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-number-of-units-used-this-month>
    Get Api "/v2/bot/message/aggregation/info" -> GetAggregationUnitUsageResponse;
    #[derive(Debug, Default, Eq)]
    pub struct GetAggregationUnitUsage {}
    pub fn get_aggregation_unit_usage() {
        Self {}
    }
}

super::operation! {
    /// `getAggregationUnitNameList`: a page of the aggregation unit names used this month;
    /// the next page starts at the answer's `next`.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-name-list-of-units-used-this-month>
    Get Api "/v2/bot/message/aggregation/list" -> GetAggregationUnitNameListResponse;
    #[derive(Debug, Default, Eq)]
    pub struct GetAggregationUnitNameList {
        /// The `next` token of the previous page.
        opt_query "start" start: String,
        /// Page size (at most 100).
        opt_query "limit" limit: u32,
    }
    pub fn get_aggregation_unit_name_list() {
        Self { start: None, limit: None }
    }
}
