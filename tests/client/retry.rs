//! Retries with `X-Line-Retry-Key`, against injected faults of the local server.

use std::time::Duration;

use linebot::client::{
    CallOptions, Error, Response, RetryKey, RetryPolicy, SendResponse, TransportErrorKind,
};
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

fn assert_no_secret(err: &Error) {
    for shown in [err.to_string(), format!("{err:?}")] {
        assert!(!shown.contains(testkit::CHANNEL_ACCESS_TOKEN), "{shown}");
    }
}

#[test]
fn a_push_whose_body_is_too_slow_is_accepted_with_its_request_id() {
    let server = LineServer::start();
    server.inject(Fault::SlowBody(Duration::from_millis(800)));
    let client = server
        .client_builder()
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    let sent = client
        .push_message(testkit::USER_ID, [TextMessage::new("once")])
        .unwrap();
    let deliveries = server.deliveries();
    assert_eq!(deliveries.len(), 1);
    assert_eq!(sent.request_id(), Some(deliveries[0].request_id.as_str()));
    assert_eq!(
        server.answered_request_ids(),
        [deliveries[0].request_id.clone()],
        "a streamed answer is recorded like any other"
    );
    let unread = sent
        .into_inner()
        .unread_body
        .expect("the body that did not arrive");
    assert!(!unread.complete);
    assert!(!unread.bytes.is_empty(), "the half that arrived is kept");
    assert!(unread.reason.contains("timeout"), "{}", unread.reason);
    assert_eq!(
        server.requests().len(),
        1,
        "an accepted push is not retried"
    );
}

type Send<'a> = &'a dyn Fn() -> Result<Response<SendResponse>, Error>;

#[test]
fn every_keyed_send_with_a_malformed_2xx_body_is_accepted() {
    let server = LineServer::start();
    let client = server.client();
    let sends: [(&str, Send<'_>); 4] = [
        ("push", &|| {
            client.push_message(testkit::USER_ID, [TextMessage::new("a")])
        }),
        ("multicast", &|| {
            client.multicast([testkit::USER_ID], [TextMessage::new("b")])
        }),
        ("narrowcast", &|| client.narrowcast([TextMessage::new("c")])),
        ("broadcast", &|| client.broadcast([TextMessage::new("d")])),
    ];
    for (kind, send) in sends {
        server.clear();
        server.inject(Fault::MalformedBody("<html>gateway</html>".into()));
        let sent = send().unwrap_or_else(|e| panic!("{kind}: {e}"));
        let deliveries = server.deliveries();
        assert_eq!(deliveries.len(), 1, "{kind}");
        assert_eq!(deliveries[0].kind, kind);
        assert_eq!(
            sent.request_id(),
            Some(deliveries[0].request_id.as_str()),
            "{kind}"
        );
        let unread = sent.into_inner().unread_body.expect("the malformed body");
        assert!(unread.complete, "{kind}");
        assert_eq!(unread.bytes, b"<html>gateway</html>", "{kind}");
        assert_eq!(server.requests().len(), 1, "{kind}: not retried");
    }
}

#[test]
fn a_well_formed_answer_has_nothing_unread() {
    let server = LineServer::start();
    let sent = server
        .client()
        .push_message(testkit::USER_ID, [TextMessage::new("fine")])
        .unwrap();
    assert_eq!(sent.unread_body, None);
    assert_eq!(sent.sent_messages.len(), 1);
}

#[test]
fn a_failed_push_carries_its_retry_key_and_a_later_resend_with_it_is_not_delivered_twice() {
    // Delivered, but every answer is lost: the caller sees a failure.
    let server = LineServer::start();
    server.inject(Fault::DisconnectAfterHandling);
    for _ in 0..3 {
        server.inject(Fault::Disconnect);
    }
    let client = server.client();
    let push = PushMessageRequest::new(testkit::USER_ID, [TextMessage::new("once")]);
    let err = client.call(&push).unwrap_err();
    assert_no_secret(&err);
    let key = err
        .retry_key()
        .cloned()
        .expect("the key the attempts carried");
    assert!(keys(&server).iter().all(|k| *k == key.to_string()));
    assert!(err.to_string().contains(&key.to_string()), "{err}");

    // Later (a job queue, a cron rerun): the same key, through the public API.
    let sent = client
        .call_with(&push, &CallOptions::new().retry_key(key))
        .unwrap();
    assert_eq!(
        server.last_request().unwrap().header("x-line-retry-key"),
        Some(key.to_string().as_str())
    );
    assert!(sent.is_already_accepted());
    assert_eq!(server.deliveries().len(), 1, "delivered exactly once");
}

#[test]
fn every_error_of_a_keyed_send_carries_the_key_it_used() {
    let server = LineServer::start();
    let client = server
        .client_builder()
        .retry(RetryPolicy::never())
        .build()
        .unwrap();
    let push = PushMessageRequest::new(testkit::USER_ID, [TextMessage::new("x")]);
    let faults = [
        Fault::Status(400),
        Fault::RateLimited,
        Fault::Status(500),
        Fault::Disconnect,
        Fault::Delay(Duration::from_millis(400)),
    ];
    for fault in faults {
        server.inject(fault.clone());
        let key = RetryKey::generate();
        let err = client
            .call_with(
                &push,
                &CallOptions::new()
                    .retry_key(key)
                    .timeout(Duration::from_millis(150)),
            )
            .unwrap_err();
        assert_no_secret(&err);
        assert_eq!(
            err.retry_key().map(ToString::to_string),
            Some(key.to_string()),
            "{fault:?}: {err:?}"
        );
        assert_eq!(err.attempts().map(|a| a.count), Some(1), "{fault:?}");
    }
    // Operations without a retry key have none on their errors.
    server.inject(Fault::Status(500));
    let err = client.get_profile(testkit::USER_ID).unwrap_err();
    assert_eq!(err.retry_key(), None);
}

#[test]
fn exhausted_retries_say_how_many_attempts_were_made_and_how_long_they_took() {
    let server = LineServer::start();
    for _ in 0..3 {
        server.inject(Fault::Status(503));
    }
    let client = server
        .client_builder()
        .retry(
            RetryPolicy::new()
                .max_retries(2)
                .initial_backoff(Duration::from_millis(20))
                .max_backoff(Duration::from_millis(20)),
        )
        .build()
        .unwrap();
    let err = client
        .push_message(testkit::USER_ID, [TextMessage::new("x")])
        .unwrap_err();
    assert_no_secret(&err);
    assert_eq!(err.status(), Some(503));
    let attempts = err.attempts().expect("sent");
    assert_eq!(attempts.count, 3);
    // Two backoffs of at least half of 20 ms each.
    assert!(
        attempts.elapsed >= Duration::from_millis(20),
        "{attempts:?}"
    );
    let shown = err.to_string();
    assert!(shown.contains("503"), "{shown}");
    assert!(shown.contains("3 attempts"), "{shown}");
    assert!(shown.contains(" in "), "{shown}");
}

#[test]
fn the_client_waits_jittered_backoffs_that_differ_between_runs() {
    let policy = RetryPolicy::new()
        .initial_backoff(Duration::from_millis(4))
        .max_backoff(Duration::from_millis(16));
    let server = LineServer::start();
    let client = server
        .client_builder()
        .retry(policy.clone())
        .build()
        .unwrap();
    let mut runs = Vec::new();
    for _ in 0..2 {
        for _ in 0..4 {
            server.inject(Fault::Status(503));
        }
        let err = client
            .push_message(testkit::USER_ID, [TextMessage::new("x")])
            .unwrap_err();
        let attempts = err.attempts().unwrap().clone();
        assert_eq!(attempts.count, 4);
        assert_eq!(attempts.waits.len(), 3);
        for (retry, wait) in (1..).zip(&attempts.waits) {
            assert!(policy.backoff_range(retry).contains(wait), "{attempts:?}");
        }
        assert!(
            attempts.elapsed >= attempts.waits.iter().sum(),
            "{attempts:?}"
        );
        runs.push(attempts.waits);
    }
    assert_ne!(runs[0], runs[1], "jitter");
}

#[test]
fn backoff_delays_vary_within_their_documented_bounds() {
    let policy = RetryPolicy::new()
        .initial_backoff(Duration::from_millis(100))
        .max_backoff(Duration::from_secs(1));
    for retry in 1..=5 {
        let range = policy.backoff_range(retry);
        let samples: Vec<Duration> = (0..64).map(|_| policy.backoff(retry)).collect();
        assert!(samples.iter().all(|d| range.contains(d)), "{range:?}");
        let mut distinct = samples.clone();
        distinct.sort();
        distinct.dedup();
        assert!(distinct.len() > 1, "retry {retry}: always {:?}", samples[0]);
    }
    let first = policy.backoff_range(1);
    assert_eq!(
        (*first.start(), *first.end()),
        (Duration::from_millis(50), Duration::from_millis(100))
    );
    let capped = policy.backoff_range(9);
    assert_eq!(*capped.end(), Duration::from_secs(1));
}

#[test]
fn an_overall_deadline_ends_a_slow_attempt() {
    let server = LineServer::start();
    server.inject(Fault::Delay(Duration::from_millis(1500)));
    let client = server.client(); // 5 s per attempt
    let push = PushMessageRequest::new(testkit::USER_ID, [TextMessage::new("x")]);
    let started = std::time::Instant::now();
    let err = client
        .call_with(
            &push,
            &CallOptions::new().deadline(Duration::from_millis(200)),
        )
        .unwrap_err();
    assert!(started.elapsed() < Duration::from_millis(1200), "{err}");
    assert!(err.is_timeout(), "{err:?}");
    let attempts = err.attempts().unwrap();
    assert_eq!(attempts.deadline, Some(Duration::from_millis(200)));
    assert!(err.to_string().contains("deadline"), "{err}");
    assert!(err.retry_key().is_some());
}

#[test]
fn a_deadline_bounds_operations_without_a_retry_key_too() {
    let server = LineServer::start();
    server.inject(Fault::Delay(Duration::from_millis(1500)));
    let started = std::time::Instant::now();
    let err = server
        .client()
        .call_with(
            linebot::client::user::GetProfile::new(testkit::USER_ID),
            &CallOptions::new().deadline(Duration::from_millis(150)),
        )
        .unwrap_err();
    assert!(started.elapsed() < Duration::from_millis(1200), "{err}");
    assert!(err.is_timeout(), "{err:?}");
    assert_eq!(err.retry_key(), None);
    let attempts = err.attempts().unwrap();
    assert_eq!(
        (attempts.count, attempts.deadline),
        (1, Some(Duration::from_millis(150)))
    );
}

#[test]
fn an_overall_deadline_stops_the_retries() {
    let server = LineServer::start();
    for _ in 0..20 {
        server.inject(Fault::Status(503));
    }
    let client = server
        .client_builder()
        .retry(
            RetryPolicy::new()
                .max_retries(19)
                .initial_backoff(Duration::from_millis(40))
                .max_backoff(Duration::from_millis(40))
                .deadline(Duration::from_millis(150)),
        )
        .build()
        .unwrap();
    let started = std::time::Instant::now();
    let err = client
        .push_message(testkit::USER_ID, [TextMessage::new("x")])
        .unwrap_err();
    assert!(started.elapsed() < Duration::from_millis(1000), "{err}");
    // The last 503, or the last attempt cut short by the deadline.
    assert!(err.status() == Some(503) || err.is_timeout(), "{err:?}");
    let attempts = err.attempts().unwrap();
    assert!((2..20).contains(&attempts.count), "{attempts:?}");
    assert_eq!(attempts.deadline, Some(Duration::from_millis(150)));
    assert!(
        err.to_string().contains("deadline of 150ms reached"),
        "{err}"
    );
}

#[test]
fn a_huge_error_body_keeps_the_status_request_id_and_message() {
    let server = LineServer::start();
    for _ in 0..4 {
        server.inject(Fault::HugeBody {
            status: 503,
            len: 50 << 20,
        });
    }
    let started = std::time::Instant::now();
    let err = server
        .client()
        .push_message(testkit::USER_ID, [TextMessage::new("x")])
        .unwrap_err();
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "streamed, not read whole"
    );
    assert_no_secret(&err);
    assert_eq!(err.status(), Some(503));
    assert!(err.request_id().is_some());
    let api = err.api_error().unwrap();
    assert!(
        api.message.contains("Injected fault"),
        "{}",
        api.message.len()
    );
    assert!(api.unread.is_some(), "says the body was cut");
    assert!(err.to_string().len() < 2000, "an excerpt, not the body");
    assert_eq!(err.attempts().unwrap().count, 4);
}

#[test]
fn a_success_body_over_the_cap_keeps_the_status_and_request_id() {
    let server = LineServer::start();
    server.inject(Fault::HugeBody {
        status: 200,
        len: (10 << 20) + 1,
    });
    let err = server.client().get_profile(testkit::USER_ID).unwrap_err();
    assert_no_secret(&err);
    assert_eq!(err.status(), Some(200), "{err:?}");
    assert!(err.request_id().is_some(), "{err:?}");
    assert_eq!(server.last_request_id().as_deref(), err.request_id());
    assert!(
        matches!(
            err,
            Error::ResponseBody {
                kind: TransportErrorKind::TooLarge,
                ..
            }
        ),
        "{err:?}"
    );
}

#[test]
fn a_push_whose_2xx_body_is_over_the_cap_is_accepted() {
    let server = LineServer::start();
    server.inject(Fault::HugeBody {
        status: 200,
        len: 20 << 20,
    });
    let sent = server
        .client()
        .push_message(testkit::USER_ID, [TextMessage::new("x")])
        .unwrap();
    assert!(sent.request_id().is_some());
    let unread = sent.into_inner().unread_body.unwrap();
    assert!(!unread.complete);
    assert_eq!(server.requests().len(), 1);
}
