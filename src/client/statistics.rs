//! Delivery statistics: sent message counts per day and aggregation units.
//!
//! ```no_run
//! # let client = linebot::client::Client::new("token");
//! let pushes = client.get_number_of_sent_push_messages("20260101")?;
//! println!("{:?}: {:?}", pushes.status, pushes.success);
//! # Ok::<(), linebot::client::Error>(())
//! ```

use serde::{Deserialize, Serialize};

use super::{Client, Error, Host, Method, Operation, Response};

/// Declares a `GET` of a per-day sent message count.
macro_rules! sent_count {
    ($($(#[$doc:meta])* $name:ident => $path:literal;)*) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct $name {
            /// The day, `yyyyMMdd`, in UTC+9.
            pub date: String,
        }
        impl Operation for $name {
            type Response = NumberOfMessagesResponse;
            const METHOD: Method = Method::Get;
            const HOST: Host = Host::Api;
            fn path(&self) -> String {
                $path.into()
            }
            fn query(&self) -> Vec<(&'static str, Option<String>)> {
                vec![("date", Some(self.date.clone()))]
            }
        }
    )*};
}

sent_count! {
    /// `GET /v2/bot/message/delivery/reply`.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-number-of-reply-messages>
    GetNumberOfSentReplyMessages => "/v2/bot/message/delivery/reply";
    /// `GET /v2/bot/message/delivery/push`.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-number-of-push-messages>
    GetNumberOfSentPushMessages => "/v2/bot/message/delivery/push";
    /// `GET /v2/bot/message/delivery/multicast`.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-number-of-multicast-messages>
    GetNumberOfSentMulticastMessages => "/v2/bot/message/delivery/multicast";
    /// `GET /v2/bot/message/delivery/broadcast`.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-number-of-broadcast-messages>
    GetNumberOfSentBroadcastMessages => "/v2/bot/message/delivery/broadcast";
    /// `GET /v2/bot/message/delivery/pnp` (partner API: LINE notification messages).
    /// <https://developers.line.biz/en/reference/partner-docs/#get-number-of-sent-line-notification-messages>
    GetPnpMessageStatistics => "/v2/bot/message/delivery/pnp";
}

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

super::bodiless!(
    /// `GET /v2/bot/message/aggregation/info`.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-number-of-units-used-this-month>
    GetAggregationUnitUsage {} => Get Api, |_s| "/v2/bot/message/aggregation/info".into(), GetAggregationUnitUsageResponse
);

/// Number of aggregation units used this month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct GetAggregationUnitUsageResponse {
    /// Units used.
    pub num_of_custom_aggregation_units: i64,
}

/// `GET /v2/bot/message/aggregation/list`: a page of unit names.
/// <https://developers.line.biz/en/reference/messaging-api/#get-name-list-of-units-used-this-month>
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GetAggregationUnitNameList {
    /// Page size.
    pub limit: Option<u32>,
    /// The `next` token of the previous page.
    pub start: Option<String>,
}

impl Operation for GetAggregationUnitNameList {
    type Response = GetAggregationUnitNameListResponse;
    const METHOD: Method = Method::Get;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        "/v2/bot/message/aggregation/list".into()
    }
    fn query(&self) -> Vec<(&'static str, Option<String>)> {
        vec![
            ("limit", self.limit.map(|l| l.to_string())),
            ("start", self.start.clone()),
        ]
    }
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

impl Client {
    /// `getNumberOfSentReplyMessages` on `date` (`yyyyMMdd`, UTC+9).
    ///
    /// # Errors
    /// See [`Error`].
    pub fn get_number_of_sent_reply_messages(
        &self,
        date: impl Into<String>,
    ) -> Result<Response<NumberOfMessagesResponse>, Error> {
        self.call(GetNumberOfSentReplyMessages { date: date.into() })
    }

    /// `getNumberOfSentPushMessages` on `date` (`yyyyMMdd`, UTC+9).
    ///
    /// # Errors
    /// See [`Error`].
    pub fn get_number_of_sent_push_messages(
        &self,
        date: impl Into<String>,
    ) -> Result<Response<NumberOfMessagesResponse>, Error> {
        self.call(GetNumberOfSentPushMessages { date: date.into() })
    }

    /// `getNumberOfSentMulticastMessages` on `date` (`yyyyMMdd`, UTC+9).
    ///
    /// # Errors
    /// See [`Error`].
    pub fn get_number_of_sent_multicast_messages(
        &self,
        date: impl Into<String>,
    ) -> Result<Response<NumberOfMessagesResponse>, Error> {
        self.call(GetNumberOfSentMulticastMessages { date: date.into() })
    }

    /// `getNumberOfSentBroadcastMessages` on `date` (`yyyyMMdd`, UTC+9).
    ///
    /// # Errors
    /// See [`Error`].
    pub fn get_number_of_sent_broadcast_messages(
        &self,
        date: impl Into<String>,
    ) -> Result<Response<NumberOfMessagesResponse>, Error> {
        self.call(GetNumberOfSentBroadcastMessages { date: date.into() })
    }

    /// `getPNPMessageStatistics`: LINE notification messages sent on `date` (`yyyyMMdd`).
    ///
    /// # Errors
    /// See [`Error`].
    pub fn get_pnp_message_statistics(
        &self,
        date: impl Into<String>,
    ) -> Result<Response<NumberOfMessagesResponse>, Error> {
        self.call(GetPnpMessageStatistics { date: date.into() })
    }

    /// `getAggregationUnitUsage`: aggregation units used this month.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn get_aggregation_unit_usage(
        &self,
    ) -> Result<Response<GetAggregationUnitUsageResponse>, Error> {
        self.call(GetAggregationUnitUsage {})
    }

    /// `getAggregationUnitNameList`: a page of unit names used this month.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn get_aggregation_unit_name_list(
        &self,
        limit: Option<u32>,
        start: Option<String>,
    ) -> Result<Response<GetAggregationUnitNameListResponse>, Error> {
        self.call(GetAggregationUnitNameList { limit, start })
    }
}
