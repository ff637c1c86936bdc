//! Memberships (paid subscriptions to the LINE Official Account): plans, a user's
//! subscriptions, and members' user IDs.
//!
//! ```no_run
//! # let client = linebot::client::Client::new("token");
//! for plan in client.get_membership_list()?.memberships {
//!     let members = client.get_joined_membership_users(plan.membership_id, None, None)?;
//!     println!("{}: {} member(s) on this page", plan.title, members.user_ids.len());
//! }
//! # Ok::<(), linebot::client::Error>(())
//! ```

use serde::{Deserialize, Serialize};

use super::{Client, Error, Host, Method, Operation, encode_segment};

/// `GET /v2/bot/membership/subscription/{userId}`.
/// <https://developers.line.biz/en/reference/messaging-api/#get-a-users-membership-subscription-status>
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetMembershipSubscription {
    /// User ID.
    pub user_id: String,
}

impl Operation for GetMembershipSubscription {
    type Response = GetMembershipSubscriptionResponse;
    const METHOD: Method = Method::Get;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        format!(
            "/v2/bot/membership/subscription/{}",
            encode_segment(&self.user_id)
        )
    }
}

/// A user's membership subscriptions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetMembershipSubscriptionResponse {
    /// Subscriptions (empty when the user has none).
    pub subscriptions: Vec<Subscription>,
}

/// One subscription: the plan and the user's standing in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Subscription {
    /// The plan.
    pub membership: SubscribedMembershipPlan,
    /// The user's membership.
    pub user: SubscribedMembershipUser,
}

/// A plan a user subscribes to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SubscribedMembershipPlan {
    /// Membership ID.
    pub membership_id: i64,
    /// Plan name.
    pub title: String,
    /// Plan description.
    pub description: String,
    /// Benefits.
    pub benefits: Vec<String>,
    /// Monthly price.
    pub price: f64,
    /// Currency of the price.
    pub currency: Currency,
}

/// A user's standing in a plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SubscribedMembershipUser {
    /// Membership number.
    pub membership_no: i64,
    /// When the user joined (UNIX time, seconds).
    pub joined_time: i64,
    /// Next billing date (`yyyy-MM-dd`).
    pub next_billing_date: String,
    /// Months subscribed in total.
    pub total_subscription_months: i64,
}

/// Currency of a membership price.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Currency {
    /// Japanese yen.
    #[serde(rename = "JPY")]
    Jpy,
    /// New Taiwan dollar.
    #[serde(rename = "TWD")]
    Twd,
    /// Thai baht.
    #[serde(rename = "THB")]
    Thb,
    /// A value this version does not know.
    #[serde(untagged)]
    Unknown(String),
}

/// `GET /v2/bot/membership/list`.
/// <https://developers.line.biz/en/reference/messaging-api/#get-membership-plans>
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GetMembershipList;

impl Operation for GetMembershipList {
    type Response = MembershipListResponse;
    const METHOD: Method = Method::Get;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        "/v2/bot/membership/list".into()
    }
}

/// The account's membership plans.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MembershipListResponse {
    /// Plans.
    pub memberships: Vec<Membership>,
}

/// A membership plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Membership {
    /// Membership ID.
    pub membership_id: i64,
    /// Plan name.
    pub title: String,
    /// Plan description.
    pub description: String,
    /// Benefits.
    pub benefits: Vec<String>,
    /// Monthly price.
    pub price: f64,
    /// Currency of the price.
    pub currency: Currency,
    /// Number of members.
    pub member_count: i64,
    /// Maximum number of members (`null`: no limit).
    pub member_limit: Option<i64>,
    /// Whether the plan is sold as an in-app purchase.
    pub is_in_app_purchase: bool,
    /// Whether the plan is published.
    pub is_published: bool,
}

/// `GET /v2/bot/membership/{membershipId}/users/ids`: members of a plan, a page at a time.
/// <https://developers.line.biz/en/reference/messaging-api/#get-membership-user-ids>
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetJoinedMembershipUsers {
    /// Membership ID.
    pub membership_id: i64,
    /// The `next` token of the previous page.
    pub start: Option<String>,
    /// Page size (1 to 1000, default 300).
    pub limit: Option<u32>,
}

impl Operation for GetJoinedMembershipUsers {
    type Response = GetJoinedMembershipUsersResponse;
    const METHOD: Method = Method::Get;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        format!("/v2/bot/membership/{}/users/ids", self.membership_id)
    }
    fn query(&self) -> Vec<(&'static str, Option<String>)> {
        vec![
            ("start", self.start.clone()),
            ("limit", self.limit.map(|l| l.to_string())),
        ]
    }
}

/// A page of member user IDs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct GetJoinedMembershipUsersResponse {
    /// User IDs.
    pub user_ids: Vec<String>,
    /// Token for the next page; absent on the last page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
}

super::json_response!(
    GetMembershipSubscriptionResponse,
    MembershipListResponse,
    GetJoinedMembershipUsersResponse,
);

impl Client {
    /// `getMembershipSubscription`: the plans a user subscribes to.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn get_membership_subscription(
        &self,
        user_id: impl Into<String>,
    ) -> Result<GetMembershipSubscriptionResponse, Error> {
        self.call(GetMembershipSubscription {
            user_id: user_id.into(),
        })
    }

    /// `getMembershipList`: the account's membership plans.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn get_membership_list(&self) -> Result<MembershipListResponse, Error> {
        self.call(GetMembershipList)
    }

    /// `getJoinedMembershipUsers`: one page of a plan's members.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn get_joined_membership_users(
        &self,
        membership_id: i64,
        start: Option<String>,
        limit: Option<u32>,
    ) -> Result<GetJoinedMembershipUsersResponse, Error> {
        self.call(GetJoinedMembershipUsers {
            membership_id,
            start,
            limit,
        })
    }
}
