//! Membership operations against the local LINE API server, over HTTP.

use linebot::client::membership::{Currency, GetJoinedMembershipUsers};
use linebot::testkit::{self, LineServer};

use crate::support::assert_get;

#[test]
fn membership_plans_subscriptions_and_members() {
    let server = LineServer::start();
    let client = server.client();

    let plans = client.get_membership_list().unwrap();
    assert_eq!(plans.memberships.len(), 1);
    let plan = &plans.memberships[0];
    assert_eq!(plan.membership_id, testkit::MEMBERSHIP_ID);
    assert_eq!(plan.currency, Currency::Jpy);
    assert_eq!(plan.member_limit, None);
    assert_get(&server.last_request().unwrap(), "/v2/bot/membership/list");

    let subs = client
        .get_membership_subscription(testkit::USER_ID)
        .unwrap();
    assert_eq!(subs.subscriptions.len(), 1);
    assert_eq!(subs.subscriptions[0].user.membership_no, 1);
    assert_eq!(subs.subscriptions[0].membership.price, 500.0);
    assert_get(
        &server.last_request().unwrap(),
        &format!("/v2/bot/membership/subscription/{}", testkit::USER_ID),
    );
    let none = client
        .get_membership_subscription(testkit::OTHER_USER_ID)
        .unwrap();
    assert!(none.subscriptions.is_empty());

    let members = client
        .call(
            GetJoinedMembershipUsers::new(testkit::MEMBERSHIP_ID)
                .start("tok")
                .limit(100),
        )
        .unwrap();
    assert_eq!(members.user_ids, [testkit::USER_ID]);
    let r = server.last_request().unwrap();
    assert_get(
        &r,
        &format!("/v2/bot/membership/{}/users/ids", testkit::MEMBERSHIP_ID),
    );
    assert_eq!(r.query_param("start"), Some("tok"));
    assert_eq!(r.query_param("limit"), Some("100"));
    assert_eq!(
        client.get_joined_membership_users(1).unwrap_err().status(),
        Some(404)
    );
}

#[test]
fn unknown_currencies_are_kept() {
    let plan: linebot::client::membership::SubscribedMembershipPlan = serde_json::from_str(
        r#"{"membershipId":1,"title":"t","benefits":["b"],"price":1.5,"currency":"KRW"}"#,
    )
    .unwrap();
    assert_eq!(plan.currency, Currency::Unknown("KRW".into()));
}
