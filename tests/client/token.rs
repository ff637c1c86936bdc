//! Channel access token operations against the local server, over HTTP; JWT assertions
//! signed with a fixed test key and checked against openssl's signature.
#![cfg(all(feature = "testkit", feature = "jwt"))]

use std::time::{Duration, UNIX_EPOCH};

use linebot::client::token::{AssertionError, AssertionSigningKey, StatelessTokenCredentials};
use linebot::client::{Client, Host};
use linebot::testkit::{self, LineServer, RecordedRequest};

const KEY_PEM: &str = include_str!("../keys/assertion_key.pem");
const KEY_PKCS1_PEM: &str = include_str!("../keys/assertion_key.pkcs1.pem");
const KEY_JWK: &str = include_str!("../keys/assertion_key.jwk.json");
const EXPECTED_JWT: &str = include_str!("../keys/assertion_expected.jwt");

fn form(r: &RecordedRequest) -> Vec<(String, String)> {
    // Token endpoints authenticate with credentials: no bearer token goes out.
    assert_eq!(r.header("authorization"), None);
    assert_eq!(
        r.header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    url::form_urlencoded::parse(&r.body).into_owned().collect()
}

fn pairs(p: &[(&str, &str)]) -> Vec<(String, String)> {
    p.iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

fn assertion() -> String {
    AssertionSigningKey::from_pem("test-kid", KEY_PEM)
        .unwrap()
        .client_assertion(testkit::CHANNEL_ID, Duration::from_secs(86_400))
        .unwrap()
}

/// A client without a valid bearer token: token endpoints authenticate with credentials.
fn anonymous(server: &LineServer) -> Client {
    Client::builder("")
        .base_url(server.host_url(Host::Api))
        .env_proxy(false)
        .build()
        .unwrap()
}

#[test]
fn assertion_matches_openssl_byte_for_byte() {
    let at = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
    for key in [
        AssertionSigningKey::from_pem("test-kid", KEY_PEM).unwrap(),
        AssertionSigningKey::from_pem("test-kid", KEY_PKCS1_PEM).unwrap(),
        AssertionSigningKey::from_jwk("test-kid", KEY_JWK).unwrap(),
    ] {
        let jwt = key
            .client_assertion_at("1234567890", Duration::from_secs(86_400), at)
            .unwrap();
        assert_eq!(jwt, EXPECTED_JWT.trim());
    }
}

#[test]
fn assertion_rules_and_key_errors() {
    let key = AssertionSigningKey::from_pem("kid", KEY_PEM).unwrap();
    assert_eq!(
        key.client_assertion("1", Duration::from_secs(31 * 86_400)),
        Err(AssertionError::TokenExpTooLong {
            max: 2_592_000,
            actual: 2_678_400
        })
    );
    assert!(!format!("{key:?}").contains("MII"));
    assert!(matches!(
        AssertionSigningKey::from_pem("kid", "-----BEGIN PRIVATE KEY-----\nnot base64!\n"),
        Err(AssertionError::InvalidKey(_))
    ));
    assert!(matches!(
        AssertionSigningKey::from_jwk("kid", r#"{"kty":"EC"}"#),
        Err(AssertionError::InvalidKey(_))
    ));
}

#[test]
fn short_lived_token_issue_verify_revoke() {
    let server = LineServer::start();
    let client = anonymous(&server);
    let issued = client
        .issue_channel_token(testkit::CHANNEL_ID, testkit::CHANNEL_SECRET)
        .unwrap();
    assert_eq!(issued.token_type, "Bearer");
    assert_eq!(issued.expires_in, 2_592_000);
    assert!(!format!("{issued:?}").contains(&issued.access_token));
    let r = server.last_request().unwrap();
    assert_eq!(
        (r.method.as_str(), r.host, r.path.as_str()),
        ("POST", Some(Host::Api), "/v2/oauth/accessToken")
    );
    assert_eq!(
        form(&r),
        pairs(&[
            ("grant_type", "client_credentials"),
            ("client_id", testkit::CHANNEL_ID),
            ("client_secret", testkit::CHANNEL_SECRET),
        ])
    );

    let info = client
        .verify_channel_token(issued.access_token.as_str())
        .unwrap();
    assert_eq!(info.client_id, testkit::CHANNEL_ID);
    let r = server.last_request().unwrap();
    assert_eq!(
        (r.method.as_str(), r.path.as_str()),
        ("POST", "/v2/oauth/verify")
    );
    assert_eq!(form(&r), pairs(&[("access_token", &issued.access_token)]));

    // The server accepts the tokens it issued, until they are revoked.
    let bot = Client::builder(issued.access_token.clone())
        .base_url(server.host_url(Host::Api))
        .env_proxy(false)
        .build()
        .unwrap();
    bot.get_message_quota().unwrap();

    client
        .revoke_channel_token(issued.access_token.as_str())
        .unwrap();
    let r = server.last_request().unwrap();
    assert_eq!(
        (r.method.as_str(), r.path.as_str()),
        ("POST", "/v2/oauth/revoke")
    );
    assert_eq!(form(&r), pairs(&[("access_token", &issued.access_token)]));
    assert_eq!(bot.get_message_quota().unwrap_err().status(), Some(401));
    let err = client
        .verify_channel_token(issued.access_token.as_str())
        .unwrap_err();
    assert_eq!(err.status(), Some(400));

    let err = client
        .issue_channel_token(testkit::CHANNEL_ID, "wrong secret")
        .unwrap_err();
    assert_eq!(err.status(), Some(400));
}

#[test]
fn v2_1_token_with_jwt_assertion() {
    let server = LineServer::start();
    let client = anonymous(&server);
    let jwt = assertion();
    let issued = client.issue_channel_token_by_jwt(jwt.as_str()).unwrap();
    assert_eq!(issued.expires_in, 86_400);
    assert!(!format!("{issued:?}").contains(&issued.access_token));
    let r = server.last_request().unwrap();
    assert_eq!(
        (r.method.as_str(), r.host, r.path.as_str()),
        ("POST", Some(Host::Api), "/oauth2/v2.1/token")
    );
    assert_eq!(
        form(&r),
        pairs(&[
            ("grant_type", "client_credentials"),
            (
                "client_assertion_type",
                "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
            ),
            ("client_assertion", &jwt),
        ])
    );

    let info = client
        .verify_channel_token_by_jwt(issued.access_token.as_str())
        .unwrap();
    assert_eq!(info.client_id, testkit::CHANNEL_ID);
    let r = server.last_request().unwrap();
    assert_eq!(
        (r.method.as_str(), r.path.as_str()),
        ("GET", "/oauth2/v2.1/verify")
    );
    assert_eq!(
        r.query_param("access_token"),
        Some(issued.access_token.as_str())
    );
    assert_eq!(r.header("authorization"), None);
    assert!(r.body.is_empty());

    let kids = client
        .gets_all_valid_channel_access_token_key_ids(jwt.as_str())
        .unwrap();
    assert_eq!(kids.kids, vec![issued.key_id.clone()]);
    let r = server.last_request().unwrap();
    assert_eq!(
        (r.method.as_str(), r.path.as_str()),
        ("GET", "/oauth2/v2.1/tokens/kid")
    );
    assert_eq!(
        r.query_param("client_assertion_type"),
        Some("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
    );
    assert_eq!(r.query_param("client_assertion"), Some(jwt.as_str()));
    assert_eq!(r.header("authorization"), None);

    client
        .revoke_channel_token_by_jwt(
            testkit::CHANNEL_ID,
            testkit::CHANNEL_SECRET,
            issued.access_token.as_str(),
        )
        .unwrap();
    let r = server.last_request().unwrap();
    assert_eq!(
        (r.method.as_str(), r.path.as_str()),
        ("POST", "/oauth2/v2.1/revoke")
    );
    assert_eq!(
        form(&r),
        pairs(&[
            ("client_id", testkit::CHANNEL_ID),
            ("client_secret", testkit::CHANNEL_SECRET),
            ("access_token", &issued.access_token),
        ])
    );
    let kids = client
        .gets_all_valid_channel_access_token_key_ids(jwt.as_str())
        .unwrap();
    assert!(kids.kids.is_empty());

    // An assertion for another channel is refused.
    let other = AssertionSigningKey::from_pem("test-kid", KEY_PEM)
        .unwrap()
        .client_assertion("999", Duration::from_secs(60))
        .unwrap();
    assert_eq!(
        client
            .issue_channel_token_by_jwt(other)
            .unwrap_err()
            .status(),
        Some(400)
    );
}

#[test]
fn stateless_token_by_secret_and_by_assertion() {
    let server = LineServer::start();
    let client = anonymous(&server);
    let by_secret = client
        .issue_stateless_channel_token(StatelessTokenCredentials::ClientSecret {
            client_id: testkit::CHANNEL_ID.into(),
            client_secret: testkit::CHANNEL_SECRET.into(),
        })
        .unwrap();
    assert_eq!(by_secret.expires_in, 900);
    let r = server.last_request().unwrap();
    assert_eq!(
        (r.method.as_str(), r.host, r.path.as_str()),
        ("POST", Some(Host::Api), "/oauth2/v3/token")
    );
    assert_eq!(
        form(&r),
        pairs(&[
            ("grant_type", "client_credentials"),
            ("client_id", testkit::CHANNEL_ID),
            ("client_secret", testkit::CHANNEL_SECRET),
        ])
    );

    let jwt = assertion();
    let credentials = StatelessTokenCredentials::JwtAssertion(jwt.clone());
    assert!(!format!("{credentials:?}").contains(&jwt));
    client.issue_stateless_channel_token(credentials).unwrap();
    let r = server.last_request().unwrap();
    assert_eq!(
        form(&r),
        pairs(&[
            ("grant_type", "client_credentials"),
            (
                "client_assertion_type",
                "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
            ),
            ("client_assertion", &jwt),
        ])
    );
}
