//! Message statistics: the monthly quota and its consumption, numbers of sent messages per
//! day, and custom aggregation units.
//!
//! ```no_run
//! # let client = linebot::client::Client::new("token");
//! let quota = client.get_message_quota()?;
//! let used = client.get_message_quota_consumption()?;
//! println!("{:?} {:?}, used {}", quota.r#type, quota.value, used.total_usage);
//! let pushes = client.get_number_of_sent_push_messages("20260131")?;
//! println!("{:?}: {:?}", pushes.status, pushes.success);
//! # Ok::<(), linebot::client::Error>(())
//! ```

use serde::{Deserialize, Serialize};

use super::{Client, Error, Host, Method, Operation};
use crate::validate::{self, Path, ValidationError};

/// `GET /v2/bot/message/quota`.
/// <https://developers.line.biz/en/reference/messaging-api/#get-quota>
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GetMessageQuota;

impl Operation for GetMessageQuota {
    type Response = MessageQuotaResponse;
    const METHOD: Method = Method::Get;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        "/v2/bot/message/quota".into()
    }
}

/// The monthly message quota.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MessageQuotaResponse {
    /// Whether a quota is set.
    pub r#type: QuotaType,
    /// The quota, when `type` is `limited`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<i64>,
}

/// Whether the channel has a monthly message quota.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum QuotaType {
    /// No quota.
    None,
    /// A quota is set (`value`).
    Limited,
    /// A value this version does not know.
    #[serde(untagged)]
    Unknown(String),
}

/// `GET /v2/bot/message/quota/consumption`.
/// <https://developers.line.biz/en/reference/messaging-api/#get-consumption>
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GetMessageQuotaConsumption;

impl Operation for GetMessageQuotaConsumption {
    type Response = QuotaConsumptionResponse;
    const METHOD: Method = Method::Get;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        "/v2/bot/message/quota/consumption".into()
    }
}

/// Messages sent this month that count against the quota.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct QuotaConsumptionResponse {
    /// Number of messages.
    pub total_usage: i64,
}

/// The number of messages sent on one day, once LINE has counted them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct NumberOfMessagesResponse {
    /// Whether the count is ready.
    pub status: CountStatus,
    /// Number of messages (when `status` is `ready`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success: Option<i64>,
}

/// Whether a daily count is available.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CountStatus {
    /// Counted.
    Ready,
    /// Not counted yet.
    Unready,
    /// Withheld: too few recipients to protect their privacy.
    UnavailableForPrivacy,
    /// The date is out of the range LINE keeps.
    OutOfService,
    /// A value this version does not know.
    #[serde(untagged)]
    Unknown(String),
}

/// Checks a `yyyyMMdd` date (UTC+9) before it is sent.
pub(crate) fn check_date(name: &str, date: &str, path: &mut Path, out: &mut validate::Violations) {
    if date.len() != 8 || !date.bytes().all(|b| b.is_ascii_digit()) {
        path.field(name, |p| validate::invalid("a date as yyyyMMdd", p, out));
    }
}

/// Runs date checks as an operation's validation.
pub(crate) fn check_dates(dates: &[(&str, &str)]) -> Result<(), ValidationError> {
    let mut out = Vec::new();
    let mut path = Path::root();
    for (name, date) in dates {
        check_date(name, date, &mut path, &mut out);
    }
    if out.is_empty() {
        Ok(())
    } else {
        Err(ValidationError::new(out))
    }
}

macro_rules! sent_count {
    ($(#[$doc:meta])* $name:ident, $path:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct $name {
            /// The day, as `yyyyMMdd` (UTC+9).
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
            fn validate(&self) -> Result<(), ValidationError> {
                check_dates(&[("date", &self.date)])
            }
        }
    };
}

sent_count!(
    /// `GET /v2/bot/message/delivery/reply`: reply messages sent on a day.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-number-of-reply-messages>
    GetNumberOfSentReplyMessages,
    "/v2/bot/message/delivery/reply"
);
sent_count!(
    /// `GET /v2/bot/message/delivery/push`: push messages sent on a day.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-number-of-push-messages>
    GetNumberOfSentPushMessages,
    "/v2/bot/message/delivery/push"
);
sent_count!(
    /// `GET /v2/bot/message/delivery/multicast`: multicast messages sent on a day.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-number-of-multicast-messages>
    GetNumberOfSentMulticastMessages,
    "/v2/bot/message/delivery/multicast"
);
sent_count!(
    /// `GET /v2/bot/message/delivery/broadcast`: broadcast messages sent on a day.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-number-of-broadcast-messages>
    GetNumberOfSentBroadcastMessages,
    "/v2/bot/message/delivery/broadcast"
);
sent_count!(
    /// `GET /v2/bot/message/delivery/pnp`: messages sent by phone number (PNP) on a day.
    /// <https://developers.line.biz/en/reference/partner-docs/#get-number-of-sent-line-notification-messages>
    GetPnpMessageStatistics,
    "/v2/bot/message/delivery/pnp"
);

/// `GET /v2/bot/message/aggregation/info`.
/// <https://developers.line.biz/en/reference/messaging-api/#get-the-number-of-unit-name-types-assigned-during-this-month>
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GetAggregationUnitUsage;

impl Operation for GetAggregationUnitUsage {
    type Response = GetAggregationUnitUsageResponse;
    const METHOD: Method = Method::Get;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        "/v2/bot/message/aggregation/info".into()
    }
}

/// How many aggregation unit names were used this month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct GetAggregationUnitUsageResponse {
    /// Number of unit names.
    pub num_of_custom_aggregation_units: i64,
}

/// `GET /v2/bot/message/aggregation/list`: unit names used this month, a page at a time.
/// <https://developers.line.biz/en/reference/messaging-api/#get-a-list-of-unit-names-assigned-during-this-month>
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GetAggregationUnitNameList {
    /// Page size (at most 100).
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

/// A page of aggregation unit names.
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
    MessageQuotaResponse,
    QuotaConsumptionResponse,
    NumberOfMessagesResponse,
    GetAggregationUnitUsageResponse,
    GetAggregationUnitNameListResponse,
);

impl Client {
    /// `getMessageQuota`: the monthly message quota.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn get_message_quota(&self) -> Result<MessageQuotaResponse, Error> {
        self.call(GetMessageQuota)
    }

    /// `getMessageQuotaConsumption`: messages sent this month that count against the quota.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn get_message_quota_consumption(&self) -> Result<QuotaConsumptionResponse, Error> {
        self.call(GetMessageQuotaConsumption)
    }

    /// `getNumberOfSentReplyMessages`: reply messages sent on `date` (`yyyyMMdd`, UTC+9).
    ///
    /// # Errors
    /// See [`Error`]; [`Error::Validation`] for a malformed date.
    pub fn get_number_of_sent_reply_messages(
        &self,
        date: impl Into<String>,
    ) -> Result<NumberOfMessagesResponse, Error> {
        self.call(GetNumberOfSentReplyMessages { date: date.into() })
    }

    /// `getNumberOfSentPushMessages`: push messages sent on `date` (`yyyyMMdd`, UTC+9).
    ///
    /// # Errors
    /// See [`Error`]; [`Error::Validation`] for a malformed date.
    pub fn get_number_of_sent_push_messages(
        &self,
        date: impl Into<String>,
    ) -> Result<NumberOfMessagesResponse, Error> {
        self.call(GetNumberOfSentPushMessages { date: date.into() })
    }

    /// `getNumberOfSentMulticastMessages`: multicast messages sent on `date` (`yyyyMMdd`,
    /// UTC+9).
    ///
    /// # Errors
    /// See [`Error`]; [`Error::Validation`] for a malformed date.
    pub fn get_number_of_sent_multicast_messages(
        &self,
        date: impl Into<String>,
    ) -> Result<NumberOfMessagesResponse, Error> {
        self.call(GetNumberOfSentMulticastMessages { date: date.into() })
    }

    /// `getNumberOfSentBroadcastMessages`: broadcast messages sent on `date` (`yyyyMMdd`,
    /// UTC+9).
    ///
    /// # Errors
    /// See [`Error`]; [`Error::Validation`] for a malformed date.
    pub fn get_number_of_sent_broadcast_messages(
        &self,
        date: impl Into<String>,
    ) -> Result<NumberOfMessagesResponse, Error> {
        self.call(GetNumberOfSentBroadcastMessages { date: date.into() })
    }

    /// `getPNPMessageStatistics`: messages sent by phone number on `date` (`yyyyMMdd`,
    /// UTC+9).
    ///
    /// # Errors
    /// See [`Error`]; [`Error::Validation`] for a malformed date.
    pub fn get_pnp_message_statistics(
        &self,
        date: impl Into<String>,
    ) -> Result<NumberOfMessagesResponse, Error> {
        self.call(GetPnpMessageStatistics { date: date.into() })
    }

    /// `getAggregationUnitUsage`: aggregation unit names used this month.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn get_aggregation_unit_usage(&self) -> Result<GetAggregationUnitUsageResponse, Error> {
        self.call(GetAggregationUnitUsage)
    }

    /// `getAggregationUnitNameList`: one page of aggregation unit names used this month.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn get_aggregation_unit_name_list(
        &self,
        limit: Option<u32>,
        start: Option<String>,
    ) -> Result<GetAggregationUnitNameListResponse, Error> {
        self.call(GetAggregationUnitNameList { limit, start })
    }
}
