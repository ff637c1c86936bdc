//! Retries with `X-Line-Retry-Key`, against injected faults of the local server.

use std::time::Duration;

use linebot::client::{CallOptions, Error, RetryPolicy, TransportErrorKind};
use linebot::message::{PushMessageRequest, TextMessage};
use linebot::testkit::{self, Fault, LineServer};

fn keys(server: &LineServer) -> Vec<String> {
    server
        .requests()
        .iter()
        .map(|r| r.header("x-line-retry-key").unwrap_or("").to_owned())
        .collect()
}

#[test]
fn a_push_is_retried_after_a_500_with_the_same_key() {
    let server = LineServer::start();
    server.inject(Fault::Status(500));
    let sent = server
        .client()
        .push_message(testkit::USER_ID, [TextMessage::new("once")])
        .unwrap();
    assert!(!sent.is_already_accepted());
    let keys = keys(&server);
    assert_eq!(keys.len(), 2, "one failed attempt, one retry");
    assert!(!keys[0].is_empty());
    assert_eq!(keys[0], keys[1], "one logical call, one retry key");
    assert_eq!(server.deliveries().len(), 1);
}

#[test]
fn a_push_is_retried_after_a_dropped_connection() {
    let server = LineServer::start();
    server.inject(Fault::Disconnect);
    server
        .client()
        .push_message(testkit::USER_ID, [TextMessage::new("once")])
        .unwrap();
    let keys = keys(&server);
    assert_eq!(keys.len(), 2);
    assert_eq!(keys[0], keys[1]);
    let deliveries = server.deliveries();
    assert_eq!(deliveries.len(), 1);
    assert_eq!(deliveries[0].retry_key.as_deref(), Some(keys[0].as_str()));
}

#[test]
fn a_lost_answer_is_retried_and_reported_as_already_accepted() {
    // The first attempt is delivered but its answer is lost; the retry hits LINE's 409.
    let server = LineServer::start();
    server.inject(Fault::DisconnectAfterHandling);
    let sent = server
        .client()
        .push_message(testkit::USER_ID, [TextMessage::new("once")])
        .unwrap();
    let deliveries = server.deliveries();
    assert_eq!(deliveries.len(), 1, "delivered exactly once");
    assert!(sent.is_already_accepted());
    assert_eq!(
        sent.accepted_request_id(),
        Some(deliveries[0].request_id.as_str())
    );
    assert_eq!(
        sent.sent_messages.len(),
        1,
        "LINE's 409 lists the sent messages"
    );
    let keys = keys(&server);
    assert_eq!(keys.len(), 2);
    assert_eq!(keys[0], keys[1]);
}

#[test]
fn a_409_for_a_reused_key_is_already_accepted() {
    let server = LineServer::start();
    let client = server.client();
    let key = linebot::client::RetryKey::generate();
    let push = PushMessageRequest::new(testkit::USER_ID, [TextMessage::new("once")]);
    let options = CallOptions::new().retry_key(key);
    let first = client.call_with(&push, &options).unwrap();
    let second = client.call_with(&push, &options).unwrap();
    assert!(!first.is_already_accepted());
    assert!(second.is_already_accepted());
    assert_eq!(second.accepted_request_id(), first.request_id());
    assert_eq!(server.deliveries().len(), 1);
    assert!(
        server
            .requests()
            .iter()
            .all(|r| r.header("x-line-retry-key") == Some(key.to_string().as_str()))
    );
}

#[test]
fn a_timeout_is_retried_with_the_same_key() {
    let server = LineServer::start();
    server.inject(Fault::Delay(Duration::from_millis(400)));
    let client = server
        .client_builder()
        .timeout(Duration::from_millis(150))
        .build()
        .unwrap();
    client
        .push_message(testkit::USER_ID, [TextMessage::new("once")])
        .unwrap();
    let keys = keys(&server);
    assert_eq!(keys.len(), 2);
    assert_eq!(keys[0], keys[1]);
    // The slow first attempt was still handled by the server; the retry was deduplicated.
    std::thread::sleep(Duration::from_millis(400));
    assert_eq!(server.deliveries().len(), 1);
}

#[test]
fn retries_give_up_after_the_policy_allows() {
    let server = LineServer::start();
    for _ in 0..3 {
        server.inject(Fault::Status(503));
    }
    let client = server
        .client_builder()
        .retry(
            RetryPolicy::new()
                .max_retries(2)
                .initial_backoff(Duration::from_millis(1)),
        )
        .build()
        .unwrap();
    let err = client
        .push_message(testkit::USER_ID, [TextMessage::new("x")])
        .unwrap_err();
    assert_eq!(err.status(), Some(503));
    assert_eq!(server.requests().len(), 3);
    assert!(server.deliveries().is_empty());
}

#[test]
fn a_per_call_timeout_overrides_the_client_timeout() {
    let server = LineServer::start();
    server.inject(Fault::Delay(Duration::from_millis(300)));
    let client = server
        .client_builder()
        .retry(RetryPolicy::never())
        .build()
        .unwrap();
    let push = PushMessageRequest::new(testkit::USER_ID, [TextMessage::new("x")]);
    let err = client
        .call_with(
            &push,
            &CallOptions::new().timeout(Duration::from_millis(100)),
        )
        .unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert!(matches!(
        err,
        Error::Transport {
            kind: TransportErrorKind::Timeout,
            ..
        }
    ));
}

#[test]
fn operations_without_a_retry_key_are_not_retried() {
    let server = LineServer::start();
    let client = server.client();
    server.inject(Fault::Status(500));
    let token = server.issue_reply_token();
    let err = client
        .reply_message(token, [TextMessage::new("x")])
        .unwrap_err();
    assert_eq!(err.status(), Some(500));
    server.inject(Fault::Disconnect);
    let err = client.get_profile(testkit::USER_ID).unwrap_err();
    assert!(
        matches!(
            err,
            Error::Transport {
                kind: TransportErrorKind::Connection,
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(server.requests().len(), 2);
    assert!(
        server
            .requests()
            .iter()
            .all(|r| r.header("x-line-retry-key").is_none())
    );
}
