//! Memberships (paid subscriptions to the LINE Official Account): plans, a user's
//! subscriptions, members.
//!
//! ```no_run
//! # let client = linebot::client::Client::new("token");
//! for plan in &client.get_membership_list()?.memberships {
//!     let members = client.get_joined_membership_users(plan.membership_id, None, None)?;
//!     println!("{}: {} member(s)", plan.title, members.user_ids.len());
//! }
//! # Ok::<(), linebot::client::Error>(())
//! ```

use serde::{Deserialize, Serialize};

use super::{Client, Error, Host, Method, Operation, Response, encode_segment};

super::bodiless!(
    /// `GET /v2/bot/membership/subscription/{userId}`: a user's subscriptions.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-a-users-membership-subscription-status>
    GetMembershipSubscription {
        /// User ID.
        user_id
    } => Get Api, |s| format!("/v2/bot/membership/subscription/{}", encode_segment(&s.user_id)), GetMembershipSubscriptionResponse
);
super::bodiless!(
    /// `GET /v2/bot/membership/list`: the membership plans.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-membership-plans>
    GetMembershipList {} => Get Api, |_s| "/v2/bot/membership/list".into(), MembershipListResponse
);

/// `GET /v2/bot/membership/{membershipId}/users/ids`: a page of member user IDs.
/// <https://developers.line.biz/en/reference/messaging-api/#get-membership-user-ids>
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetJoinedMembershipUsers {
    /// Membership plan ID.
    pub membership_id: i64,
    /// The `next` token of the previous page.
    pub start: Option<String>,
    /// Page size (default 300, at most 1000).
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

/// A user's membership subscriptions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetMembershipSubscriptionResponse {
    /// Subscriptions (empty when none).
    pub subscriptions: Vec<Subscription>,
}

/// One subscription: the plan and the user's side of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Subscription {
    /// The plan.
    pub membership: SubscribedMembershipPlan,
    /// The user's subscription.
    pub user: SubscribedMembershipUser,
}

/// A plan as seen from a subscription.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SubscribedMembershipPlan {
    /// Plan ID.
    pub membership_id: i64,
    /// Plan name.
    pub title: String,
    /// Plan description.
    #[serde(default)]
    pub description: String,
    /// Perks.
    pub benefits: Vec<String>,
    /// Monthly fee (`1500.00`).
    pub price: f64,
    /// Currency of the price.
    pub currency: Currency,
}

/// A user's side of a subscription.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SubscribedMembershipUser {
    /// Member number in the plan.
    pub membership_no: i64,
    /// When the user subscribed (UNIX seconds).
    pub joined_time: i64,
    /// Next payment date, `yyyy-MM-dd`, UTC+9.
    pub next_billing_date: String,
    /// Months subscribed since the last (re)subscription.
    pub total_subscription_months: i64,
}

/// The membership plans.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MembershipListResponse {
    /// Plans (empty when none).
    pub memberships: Vec<Membership>,
}

/// A membership plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Membership {
    /// Plan ID.
    pub membership_id: i64,
    /// Plan name.
    pub title: String,
    /// Plan description.
    #[serde(default)]
    pub description: String,
    /// Perks.
    pub benefits: Vec<String>,
    /// Monthly fee.
    pub price: f64,
    /// Currency of the price.
    pub currency: Currency,
    /// Current members.
    pub member_count: i64,
    /// Member limit (`None`: unlimited).
    #[serde(default)]
    pub member_limit: Option<i64>,
    /// Whether the plan is sold in app.
    pub is_in_app_purchase: bool,
    /// Whether the plan is published.
    pub is_published: bool,
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
    /// A currency this version does not know.
    #[serde(untagged)]
    Unknown(String),
}

/// A page of member user IDs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct GetJoinedMembershipUsersResponse {
    /// User IDs.
    pub user_ids: Vec<String>,
    /// Token for the next page (valid 24 hours); absent on the last page.
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
    ) -> Result<Response<GetMembershipSubscriptionResponse>, Error> {
        self.call(GetMembershipSubscription {
            user_id: user_id.into(),
        })
    }

    /// `getMembershipList`: the membership plans.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn get_membership_list(&self) -> Result<Response<MembershipListResponse>, Error> {
        self.call(GetMembershipList {})
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
    ) -> Result<Response<GetJoinedMembershipUsersResponse>, Error> {
        self.call(GetJoinedMembershipUsers {
            membership_id,
            start,
            limit,
        })
    }
}
