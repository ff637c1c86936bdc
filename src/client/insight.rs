//! Insight: statistics about friends, deliveries, user interactions and rich menus.
//!
//! ```no_run
//! # let client = linebot::client::Client::new("token");
//! let followers = client.get_number_of_followers()?; // as of yesterday
//! println!("{:?}: {:?} followers", followers.status, followers.followers);
//! let demographics = client.get_friends_demographics()?;
//! for g in &demographics.genders {
//!     println!("{:?} {:.1}%", g.gender, g.percentage);
//! }
//! # Ok::<(), linebot::client::Error>(())
//! ```

use serde::{Deserialize, Serialize};

use crate::limits::AGGREGATION_UNIT_NAME_MAX;
use crate::validate::{self, Path, ValidationError};

/// Checks `yyyyMMdd` dates (UTC+9) before they are sent.
fn check_dates(dates: &[(&str, &str)]) -> Result<(), ValidationError> {
    let mut out = Vec::new();
    push_date_violations(dates, &mut out);
    validate::into_result(out)
}

/// Reports each of `dates` that is not `yyyyMMdd`.
fn push_date_violations(dates: &[(&str, &str)], out: &mut validate::Violations) {
    let mut path = Path::root();
    for (name, date) in dates {
        if date.len() != 8 || !date.bytes().all(|b| b.is_ascii_digit()) {
            path.field(name, |p| validate::invalid("a date as yyyyMMdd", p, out));
        }
    }
}

/// Checks the unit name and dates of a [`GetStatisticsPerUnit`].
fn check_statistics_per_unit(s: &GetStatisticsPerUnit) -> Result<(), ValidationError> {
    let mut errors = Vec::new();
    push_date_violations(&[("from", &s.from), ("to", &s.to)], &mut errors);
    let unit = &s.custom_aggregation_unit;
    if unit.is_empty()
        || unit.len() > AGGREGATION_UNIT_NAME_MAX
        || !unit.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
    {
        Path::root().field("customAggregationUnit", |p| {
            validate::invalid("1 to 30 characters of [a-zA-Z0-9_]", p, &mut errors)
        });
    }
    validate::into_result(errors)
}

/// Whether an insight count is ready.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum InsightStatus {
    /// Counted.
    Ready,
    /// Not counted yet.
    Unready,
    /// The date is out of the range LINE keeps.
    OutOfService,
    /// A value this version does not know.
    #[serde(untagged)]
    Unknown(String),
}

/// Friends' demographics, as percentages.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct GetFriendsDemographicsResponse {
    /// Whether the figures are available (there are enough friends).
    #[serde(default)]
    pub available: bool,
    /// By gender.
    #[serde(default)]
    pub genders: Vec<GenderTile>,
    /// By age.
    #[serde(default)]
    pub ages: Vec<AgeTile>,
    /// By area.
    #[serde(default)]
    pub areas: Vec<AreaTile>,
    /// By OS.
    #[serde(default)]
    pub app_types: Vec<AppTypeTile>,
    /// By how long they have been friends.
    #[serde(default)]
    pub subscription_periods: Vec<SubscriptionPeriodTile>,
}

/// Share of a gender.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GenderTile {
    /// `male`, `female` or `unknown`.
    pub gender: String,
    /// Percentage.
    pub percentage: f64,
}

/// Share of an age group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AgeTile {
    /// `from0to14` ... `from70`, or `unknown`.
    pub age: String,
    /// Percentage.
    pub percentage: f64,
}

/// Share of an area.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AreaTile {
    /// Area name (a prefecture, a region) or `unknown`.
    pub area: String,
    /// Percentage.
    pub percentage: f64,
}

/// Share of an OS.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AppTypeTile {
    /// `ios`, `android` or `others`.
    pub app_type: String,
    /// Percentage.
    pub percentage: f64,
}

/// Share of a friendship length.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SubscriptionPeriodTile {
    /// `within7days` ... `over365days`, or `unknown`.
    pub subscription_period: String,
    /// Percentage.
    pub percentage: f64,
}

/// Messages sent on a day, by kind (present once `status` is `ready`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct GetNumberOfMessageDeliveriesResponse {
    /// Whether the counts are ready.
    pub status: InsightStatus,
    /// Broadcasts from LINE Official Account Manager.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub broadcast: Option<i64>,
    /// Targeted messages from LINE Official Account Manager.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub targeting: Option<i64>,
    /// Auto-responses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_response: Option<i64>,
    /// Greeting messages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub welcome_response: Option<i64>,
    /// Chat messages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chat: Option<i64>,
    /// Broadcasts through the API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_broadcast: Option<i64>,
    /// Pushes through the API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_push: Option<i64>,
    /// Multicasts through the API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_multicast: Option<i64>,
    /// Narrowcasts through the API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_narrowcast: Option<i64>,
    /// Replies through the API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_reply: Option<i64>,
}

/// Friend counts (present once `status` is `ready`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct GetNumberOfFollowersResponse {
    /// Whether the counts are ready.
    pub status: InsightStatus,
    /// Users who added the account (blocked ones included).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub followers: Option<i64>,
    /// Friends reachable by targeted messages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub targeted_reaches: Option<i64>,
    /// Users who blocked the account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blocks: Option<i64>,
}

/// Interaction statistics of a narrowcast or broadcast.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct GetMessageEventResponse {
    /// Totals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overview: Option<MessageEventOverview>,
    /// Per bubble.
    #[serde(default)]
    pub messages: Vec<MessageStatistics>,
    /// Per URL.
    #[serde(default)]
    pub clicks: Vec<ClickStatistics>,
}

/// Totals of a narrowcast or broadcast. Counts too small to share are `None`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct MessageEventOverview {
    /// Request ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// When it was sent (UNIX time, seconds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<i64>,
    /// Messages delivered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivered: Option<i64>,
    /// Users who saw at least one bubble.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unique_impression: Option<i64>,
    /// Users who opened any URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unique_click: Option<i64>,
    /// Users who started any video or audio.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unique_media_played: Option<i64>,
    /// Users who played any video or audio to the end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unique_media_played100_percent: Option<i64>,
}

/// Statistics of one bubble. Counts too small to share are `None`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct MessageStatistics {
    /// Bubble number.
    pub seq: i32,
    /// Times the bubble was shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub impression: Option<i64>,
    /// Users the bubble was shown to (per-unit statistics only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unique_impression: Option<i64>,
    /// Times its video or audio started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_played: Option<i64>,
    /// ... and reached 25%.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_played25_percent: Option<i64>,
    /// ... and reached 50%.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_played50_percent: Option<i64>,
    /// ... and reached 75%.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_played75_percent: Option<i64>,
    /// ... and reached the end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_played100_percent: Option<i64>,
    /// Users who started its video or audio.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unique_media_played: Option<i64>,
    /// ... and reached 25%.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unique_media_played25_percent: Option<i64>,
    /// ... and reached 50%.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unique_media_played50_percent: Option<i64>,
    /// ... and reached 75%.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unique_media_played75_percent: Option<i64>,
    /// ... and reached the end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unique_media_played100_percent: Option<i64>,
}

/// Statistics of one URL. Counts too small to share are `None`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ClickStatistics {
    /// URL number.
    pub seq: i64,
    /// The URL.
    #[serde(default)]
    pub url: String,
    /// Times it was opened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub click: Option<i64>,
    /// Users who opened it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unique_click: Option<i64>,
    /// Users who opened it through any link in the message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unique_click_of_request: Option<i64>,
}

/// Interaction statistics of a custom aggregation unit.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct GetStatisticsPerUnitResponse {
    /// Totals.
    pub overview: UnitOverview,
    /// Per bubble.
    pub messages: Vec<MessageStatistics>,
    /// Per URL.
    pub clicks: Vec<ClickStatistics>,
}

/// Totals of a custom aggregation unit. Counts too small to share are `None`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct UnitOverview {
    /// Users who saw at least one bubble.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unique_impression: Option<i64>,
    /// Users who opened any URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unique_click: Option<i64>,
    /// Users who started any video or audio.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unique_media_played: Option<i64>,
    /// Users who played any video or audio to the end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unique_media_played100_percent: Option<i64>,
}

/// A rich menu's statistics over a period. Below LINE's privacy threshold only
/// `rich_menu_id` is present.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct GetRichMenuInsightSummaryResponse {
    /// Rich menu ID.
    pub rich_menu_id: String,
    /// First day actually covered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metrics_from: Option<String>,
    /// Last day actually covered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metrics_to: Option<String>,
    /// Impressions of the whole menu.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub impression: Option<RichMenuImpression<RichMenuMetrics>>,
    /// Clicks per tappable area.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub clicks: Vec<RichMenuClick<RichMenuMetrics>>,
}

/// Impressions of a whole rich menu.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RichMenuImpression<M> {
    /// The counts (one total, or one per day).
    pub metrics: M,
}

/// Clicks on one tappable area.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RichMenuClick<M> {
    /// The area.
    pub bounds: RichMenuInsightBounds,
    /// The counts (one total, or one per day).
    pub metrics: M,
}

/// A tappable area: top-left corner, width and height.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RichMenuInsightBounds {
    /// Left.
    pub x: i32,
    /// Top.
    pub y: i32,
    /// Width.
    pub width: i32,
    /// Height.
    pub height: i32,
}

/// Events and (approximate) unique users over the whole period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct RichMenuMetrics {
    /// Impressions or clicks.
    pub count: i64,
    /// Approximate number of users.
    pub unique_users: i64,
}

/// Events and (approximate) unique users on one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct RichMenuDailyMetrics {
    /// The day, `yyyyMMdd` (UTC+9).
    pub date: String,
    /// Impressions or clicks.
    pub count: i64,
    /// Approximate number of users.
    pub unique_users: i64,
}

/// A rich menu's statistics per day. Below LINE's privacy threshold only `rich_menu_id` is
/// present.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct GetRichMenuInsightDailyResponse {
    /// Rich menu ID.
    pub rich_menu_id: String,
    /// First day actually covered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metrics_from: Option<String>,
    /// Last day actually covered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metrics_to: Option<String>,
    /// Impressions of the whole menu, per day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub impression: Option<RichMenuImpression<Vec<RichMenuDailyMetrics>>>,
    /// Clicks per tappable area, per day.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub clicks: Vec<RichMenuClick<Vec<RichMenuDailyMetrics>>>,
}

super::json_response!(
    GetFriendsDemographicsResponse,
    GetNumberOfMessageDeliveriesResponse,
    GetNumberOfFollowersResponse,
    GetMessageEventResponse,
    GetStatisticsPerUnitResponse,
    GetRichMenuInsightSummaryResponse,
    GetRichMenuInsightDailyResponse,
);

super::operation! {
    /// `getFriendsDemographics`: the share of friends by gender, age, area, OS and
    /// friendship length.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-demographic>
    Get Api "/v2/bot/insight/demographic" -> GetFriendsDemographicsResponse;
    #[derive(Debug, Default, Eq)]
    pub struct GetFriendsDemographics {}
    pub fn get_friends_demographics() {
        Self {}
    }
}

super::operation! {
    /// `getNumberOfMessageDeliveries`: messages sent on a day, by kind.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-number-of-delivery-messages>
    Get Api "/v2/bot/insight/message/delivery" -> GetNumberOfMessageDeliveriesResponse;
    #[derive(Debug, Eq)]
    pub struct GetNumberOfMessageDeliveries {
        /// The day, as `yyyyMMdd` (UTC+9).
        query "date" date: String,
    }
    validate |s| check_dates(&[("date", &s.date)]);
    pub fn get_number_of_message_deliveries(date: impl Into<String>) {
        Self { date: date.into() }
    }
}

super::operation! {
    /// `getNumberOfFollowers`: friends, targeted reaches and blocks on or before a day
    /// (yesterday unless the request sets `date`).
    /// <https://developers.line.biz/en/reference/messaging-api/#get-number-of-followers>
    Get Api "/v2/bot/insight/followers" -> GetNumberOfFollowersResponse;
    #[derive(Debug, Default, Eq)]
    pub struct GetNumberOfFollowers {
        /// The day, as `yyyyMMdd` (UTC+9); LINE's default is yesterday.
        opt_query "date" date: String,
    }
    validate |s| match &s.date {
        Some(d) => check_dates(&[("date", d)]),
        None => Ok(()),
    };
    pub fn get_number_of_followers() {
        Self { date: None }
    }
}

super::operation! {
    /// `getMessageEvent`: how users interacted with a narrowcast or broadcast, by its
    /// request id.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-message-event>
    Get Api "/v2/bot/insight/message/event" -> GetMessageEventResponse;
    #[derive(Debug, Eq)]
    pub struct GetMessageEvent {
        /// The request ID of the narrowcast or broadcast.
        query "requestId" request_id: String,
    }
    pub fn get_message_event(request_id: impl Into<String>) {
        Self { request_id: request_id.into() }
    }
}

super::operation! {
    /// `getStatisticsPerUnit`: interactions with pushes and multicasts sent with a custom
    /// aggregation unit, over up to 30 days.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-statistics-per-unit>
    Get Api "/v2/bot/insight/message/event/aggregation" -> GetStatisticsPerUnitResponse;
    #[derive(Debug, Eq)]
    pub struct GetStatisticsPerUnit {
        /// The unit name (case-sensitive, `[a-zA-Z0-9_]{1,30}`).
        query "customAggregationUnit" custom_aggregation_unit: String,
        /// First day, `yyyyMMdd` (UTC+9).
        query "from" from: String,
        /// Last day, `yyyyMMdd` (UTC+9).
        query "to" to: String,
    }
    validate |s| check_statistics_per_unit(s);
    pub fn get_statistics_per_unit(
        custom_aggregation_unit: impl Into<String>,
        from: impl Into<String>,
        to: impl Into<String>,
    ) {
        Self {
            custom_aggregation_unit: custom_aggregation_unit.into(),
            from: from.into(),
            to: to.into(),
        }
    }
}

super::operation! {
    /// `getRichMenuInsightSummary`: a rich menu's impressions and clicks per area over a
    /// period (`to` at most 396 days after `from`).
    /// <https://developers.line.biz/en/reference/messaging-api/#get-rich-menu-insight-summary>
    Get Api "/v2/bot/insight/richmenu/{rich_menu_id}/summary" -> GetRichMenuInsightSummaryResponse;
    #[derive(Debug, Eq)]
    pub struct GetRichMenuInsightSummary {
        /// Rich menu ID.
        path rich_menu_id: String,
        /// First day, `yyyyMMdd` (UTC+9).
        query "from" from: String,
        /// Last day, `yyyyMMdd` (UTC+9), at most 396 days after `from`.
        query "to" to: String,
    }
    validate |s| check_dates(&[("from", &s.from), ("to", &s.to)]);
    pub fn get_rich_menu_insight_summary(
        rich_menu_id: impl Into<String>,
        from: impl Into<String>,
        to: impl Into<String>,
    ) {
        Self { rich_menu_id: rich_menu_id.into(), from: from.into(), to: to.into() }
    }
}

super::operation! {
    /// `getRichMenuInsightDaily`: a rich menu's impressions and clicks per area and per day
    /// (`to` at most 99 days after `from`).
    /// <https://developers.line.biz/en/reference/messaging-api/#get-rich-menu-insight-daily>
    Get Api "/v2/bot/insight/richmenu/{rich_menu_id}/daily" -> GetRichMenuInsightDailyResponse;
    #[derive(Debug, Eq)]
    pub struct GetRichMenuInsightDaily {
        /// Rich menu ID.
        path rich_menu_id: String,
        /// First day, `yyyyMMdd` (UTC+9).
        query "from" from: String,
        /// Last day, `yyyyMMdd` (UTC+9), at most 99 days after `from`.
        query "to" to: String,
    }
    validate |s| check_dates(&[("from", &s.from), ("to", &s.to)]);
    pub fn get_rich_menu_insight_daily(
        rich_menu_id: impl Into<String>,
        from: impl Into<String>,
        to: impl Into<String>,
    ) {
        Self { rich_menu_id: rich_menu_id.into(), from: from.into(), to: to.into() }
    }
}
