//! Memberships (paid subscriptions to the LINE Official Account): plans, a user's
//! subscriptions, members.
//!
//! ```no_run
//! # let client = linebot::client::Client::new("token");
//! for plan in &client.get_membership_list()?.memberships {
//!     let members = client.get_joined_membership_users(plan.membership_id)?;
//!     println!("{}: {} member(s)", plan.title, members.user_ids.len());
//! }
//! # Ok::<(), linebot::client::Error>(())
//! ```

use serde::{Deserialize, Serialize};

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

super::operation! {
    /// `getMembershipSubscription`: a user's membership subscriptions.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-a-users-membership-subscription-status>
    Get Api "/v2/bot/membership/subscription/{user_id}" -> GetMembershipSubscriptionResponse;
    #[derive(Debug, Eq)]
    pub struct GetMembershipSubscription {
        /// User ID.
        path user_id: String,
    }
    pub fn get_membership_subscription(user_id: impl Into<String>) {
        Self { user_id: user_id.into() }
    }
}

super::operation! {
    /// `getMembershipList`: the channel's membership plans.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-membership-plans>
    Get Api "/v2/bot/membership/list" -> MembershipListResponse;
    #[derive(Debug, Default, Eq)]
    pub struct GetMembershipList {}
    pub fn get_membership_list() {
        Self {}
    }
}

super::operation! {
    /// `getJoinedMembershipUsers`: a page of the user IDs of a plan's members; the next page
    /// starts at the answer's `next`.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-membership-user-ids>
    Get Api "/v2/bot/membership/{membership_id}/users/ids" -> GetJoinedMembershipUsersResponse;
    #[derive(Debug, Eq)]
    pub struct GetJoinedMembershipUsers {
        /// Membership plan ID.
        path membership_id: i64,
        /// The `next` token of the previous page.
        opt_query "start" start: String,
        /// Page size (default 300, at most 1000).
        opt_query "limit" limit: u32,
    }
    pub fn get_joined_membership_users(membership_id: i64) {
        Self { membership_id, start: None, limit: None }
    }
}
