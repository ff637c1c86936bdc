//! No error of a token operation shows a token or secret: malformed token answers from the
//! local server, one test per operation, checked in `Display` and `Debug`.
#![cfg(feature = "testkit")]

use linebot::client::token::StatelessTokenCredentials;
use linebot::client::{Client, Error, Response};
use linebot::testkit::{self, Fault, LineServer};

const SECRET: &str = "SECRET-TOKEN-42";

/// Answers that fail to decode: `typed` fields (numbers, lists) given the secret as a string,
/// which plain serde messages quote; the secret where a string is expected under `field`, as
/// a map; cut off after the secret; not JSON at all.
fn malformed(field: &str, typed: &[&str]) -> Vec<String> {
    let mut bodies = vec![
        format!("{{\"{field}\":{{\"{SECRET}\":1}}}}"),
        format!("{{\"{field}\":\"{SECRET}\""),
        format!("{SECRET} <html>"),
    ];
    if !typed.is_empty() {
        let pairs: Vec<String> = typed
            .iter()
            .map(|f| format!("\"{f}\":\"{SECRET}\""))
            .collect();
        bodies.push(format!("{{{}}}", pairs.join(",")));
    }
    bodies
}

fn check<T: std::fmt::Debug>(
    server: &LineServer,
    (field, typed): (&str, &[&str]),
    call: impl Fn(&Client) -> Result<Response<T>, Error>,
) {
    let client = server.client();
    for body in malformed(field, typed) {
        server.inject(Fault::Reply {
            status: 200,
            body: body.clone(),
        });
        let e = call(&client).expect_err(&body);
        let Error::Decode {
            status,
            body: kept,
            request_id,
            ..
        } = &e
        else {
            panic!("expected a decode error, got {e:?}")
        };
        assert_eq!(*status, 200);
        assert_eq!(*kept, None, "the body of a token answer is never kept");
        assert_eq!(request_id.as_deref(), server.last_request_id().as_deref());
        let shown = format!("{e} | {e:?} | {e:#?}");
        assert!(!shown.contains(SECRET), "{body} -> {shown}");
        assert!(shown.contains("withheld"), "{shown}");
        let mut source = std::error::Error::source(&e);
        while let Some(s) = source {
            assert!(!format!("{s} {s:?}").contains(SECRET), "{s:?}");
            source = s.source();
        }
    }
}

#[test]
fn issue_channel_token() {
    let server = LineServer::start();
    check(&server, ("access_token", &["expires_in"]), |c| {
        c.issue_channel_token(testkit::CHANNEL_ID, testkit::CHANNEL_SECRET)
    });
}

#[test]
fn verify_channel_token() {
    let server = LineServer::start();
    check(&server, ("client_id", &["expires_in"]), |c| {
        c.verify_channel_token("a token")
    });
}

#[test]
fn issue_channel_token_by_jwt() {
    let server = LineServer::start();
    check(&server, ("access_token", &["expires_in"]), |c| {
        c.issue_channel_token_by_jwt("a.signed.jwt")
    });
}

#[test]
fn verify_channel_token_by_jwt() {
    let server = LineServer::start();
    check(&server, ("client_id", &["expires_in"]), |c| {
        c.verify_channel_token_by_jwt("a token")
    });
}

#[test]
fn gets_all_valid_channel_access_token_key_ids() {
    let server = LineServer::start();
    check(&server, ("kids", &["kids"]), |c| {
        c.gets_all_valid_channel_access_token_key_ids("a.signed.jwt")
    });
}

#[test]
fn issue_stateless_channel_token() {
    let server = LineServer::start();
    check(&server, ("access_token", &["expires_in"]), |c| {
        c.issue_stateless_channel_token(StatelessTokenCredentials::ClientSecret {
            client_id: testkit::CHANNEL_ID.into(),
            client_secret: testkit::CHANNEL_SECRET.into(),
        })
    });
}

#[test]
fn issue_link_token() {
    let server = LineServer::start();
    check(&server, ("linkToken", &[]), |c| {
        c.issue_link_token(testkit::USER_ID)
    });
}

#[test]
fn a_token_in_a_query_is_not_shown_by_transport_errors() {
    // Nothing listens on a port the server has just given back.
    let url = LineServer::start().base_url();
    let client = Client::builder("")
        .base_url(url)
        .env_proxy(false)
        .build()
        .unwrap();
    let e = client.verify_channel_token_by_jwt(SECRET).unwrap_err();
    assert!(matches!(e, Error::Transport { .. }), "{e:?}");
    let shown = format!("{e} | {e:?}");
    assert!(!shown.contains(SECRET), "{shown}");
}
