//! Send operations against the local LINE API server, over HTTP.

use linebot::client::{Error, Host, USER_AGENT};
use linebot::message::{
    BroadcastRequest, Messages, MulticastRequest, PushMessageRequest, TextMessage,
};
use linebot::testkit::{self, LineServer, RecordedRequest};

use crate::support::assert_call;

fn assert_common(r: &RecordedRequest, method: &str, host: Host, path: &str) {
    assert_call(r, method, host, path);
    assert_eq!(r.header("user-agent"), Some(USER_AGENT));
    assert!(USER_AGENT.starts_with("linebot-rust/"));
}

fn retry_key(r: &RecordedRequest) -> uuid::Uuid {
    let key = r.header("x-line-retry-key").expect("a retry key");
    let uuid = uuid::Uuid::parse_str(key).expect("a UUID");
    assert_eq!(uuid.get_version_num(), 4);
    uuid
}

#[test]
fn reply_message_sends_the_token_and_messages() {
    let server = LineServer::start();
    let client = server.client();
    let token = server.issue_reply_token();
    let sent = client
        .reply_message(&token, [TextMessage::new("Hello")])
        .unwrap();
    assert_eq!(sent.sent_messages.len(), 1);
    assert!(sent.request_id().is_some());
    assert!(!sent.is_already_accepted());

    let r = server.last_request().unwrap();
    assert_common(&r, "POST", Host::Api, "/v2/bot/message/reply");
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(
        r.header("x-line-retry-key"),
        None,
        "reply takes no retry key"
    );
    assert_eq!(
        r.json(),
        serde_json::json!({"replyToken": token, "messages": [{"type": "text", "text": "Hello"}]})
    );
    // A reply token is good once.
    let again = client
        .reply_message(&token, [TextMessage::new("Hello")])
        .unwrap_err();
    assert_eq!(again.status(), Some(400));
}

#[test]
fn a_runtime_list_of_messages_is_sent_like_an_array() {
    let server = LineServer::start();
    let client = server.client();
    let token = server.issue_reply_token();
    let lines = [
        "Order A-1024 shipped",
        "Order A-1025 shipped",
        "Order A-1026 shipped",
    ];
    let texts: Vec<TextMessage> = lines.iter().map(|l| TextMessage::new(*l)).collect();
    let messages = Messages::try_from(texts).unwrap();
    let sent = client.reply_message(&token, messages).unwrap();
    assert_eq!(sent.sent_messages.len(), 3);
    let body = server.last_request().unwrap().json();
    assert_eq!(body["messages"][2]["text"], "Order A-1026 shipped");
}

#[test]
fn push_message_returns_request_id_and_sent_messages() {
    let server = LineServer::start();
    let client = server.client();
    let messages = Messages::builder()
        .push(TextMessage::new("one"))
        .push(TextMessage::new("two"));
    let sent = client.push_message(testkit::USER_ID, messages).unwrap();
    assert_eq!(sent.sent_messages.len(), 2);
    assert!(sent.sent_messages[0].quote_token.is_some());

    let r = server.last_request().unwrap();
    assert_common(&r, "POST", Host::Api, "/v2/bot/message/push");
    retry_key(&r);
    assert_eq!(
        r.json(),
        serde_json::json!({"to": testkit::USER_ID, "messages": [
            {"type": "text", "text": "one"}, {"type": "text", "text": "two"}]})
    );
    let deliveries = server.deliveries();
    assert_eq!(deliveries.len(), 1);
    assert_eq!(deliveries[0].texts(), ["one", "two"]);
    assert_eq!(sent.request_id(), Some(deliveries[0].request_id.as_str()));
}

#[test]
fn push_request_struct_form_carries_optional_fields() {
    let server = LineServer::start();
    let mut push = PushMessageRequest::new(testkit::USER_ID, [TextMessage::new("quiet")]);
    push.notification_disabled = Some(true);
    server.client().call(&push).unwrap();
    let r = server.last_request().unwrap();
    assert_eq!(r.json()["notificationDisabled"], true);
}

#[test]
fn multicast_broadcast_and_narrowcast_with_progress() {
    let server = LineServer::start();
    let client = server.client();

    client
        .multicast(
            [testkit::USER_ID, testkit::OTHER_USER_ID],
            [TextMessage::new("to both")],
        )
        .unwrap();
    let r = server.last_request().unwrap();
    assert_common(&r, "POST", Host::Api, "/v2/bot/message/multicast");
    retry_key(&r);
    assert_eq!(
        r.json()["to"],
        serde_json::json!([testkit::USER_ID, testkit::OTHER_USER_ID])
    );

    client.broadcast([TextMessage::new("to all")]).unwrap();
    let r = server.last_request().unwrap();
    assert_common(&r, "POST", Host::Api, "/v2/bot/message/broadcast");
    retry_key(&r);
    assert_eq!(
        r.json(),
        serde_json::json!({"messages": [{"type": "text", "text": "to all"}]})
    );

    let sent = client.narrowcast([TextMessage::new("some")]).unwrap();
    let r = server.last_request().unwrap();
    assert_common(&r, "POST", Host::Api, "/v2/bot/message/narrowcast");
    retry_key(&r);
    let request_id = sent
        .request_id()
        .expect("narrowcast answers a request id")
        .to_owned();

    let progress = client.get_narrowcast_progress(&request_id).unwrap();
    assert_eq!(
        progress.phase,
        linebot::client::message::NarrowcastPhase::Succeeded
    );
    let r = server.last_request().unwrap();
    assert_common(&r, "GET", Host::Api, "/v2/bot/message/progress/narrowcast");
    assert_eq!(r.query_param("requestId"), Some(request_id.as_str()));
    assert!(r.body.is_empty());

    // Each logical call has its own key.
    let keys: std::collections::HashSet<_> = server
        .requests()
        .iter()
        .filter_map(|r| r.header("x-line-retry-key").map(str::to_owned))
        .collect();
    assert_eq!(keys.len(), 3);
    assert_eq!(server.deliveries().len(), 3);

    // The raw request-struct forms work too.
    client
        .call(MulticastRequest::new(
            [testkit::USER_ID],
            [TextMessage::new("x")],
        ))
        .unwrap();
    client
        .call(BroadcastRequest::new([TextMessage::new("y")]))
        .unwrap();
    assert_eq!(server.deliveries().len(), 5);
}

#[test]
fn invalid_messages_are_rejected_before_sending() {
    let server = LineServer::start();
    let err = server
        .client()
        .push_message(testkit::USER_ID, [TextMessage::new("x".repeat(5001))])
        .unwrap_err();
    let Error::Validation(v) = &err else {
        panic!("expected a validation error, got {err:?}")
    };
    assert_eq!(v.paths(), ["messages[0].text"]);
    assert!(server.requests().is_empty(), "nothing was sent");
}

#[test]
fn with_validation_off_line_answers_400_with_details() {
    let server = LineServer::start();
    let client = server.client_builder().validate(false).build().unwrap();
    let err = client
        .push_message(testkit::USER_ID, [TextMessage::new("x".repeat(5001))])
        .unwrap_err();
    let Error::Api(api) = &err else {
        panic!("expected an API error, got {err:?}")
    };
    assert_eq!(api.status, 400);
    assert_eq!(api.message, "The request body has 1 error(s)");
    assert_eq!(api.details.len(), 1);
    assert_eq!(api.details[0].property.as_deref(), Some("messages[0].text"));
    assert!(api.request_id.is_some());
    assert!(err.to_string().contains("messages[0].text"), "{err}");
    assert!(server.deliveries().is_empty());
}

#[test]
fn a_wrong_token_gets_401_and_the_token_is_never_shown() {
    let server = LineServer::start();
    let client = server
        .client_builder()
        .api_base_url(server.host_url(Host::Api))
        .build()
        .unwrap();
    let bad = linebot::client::Client::builder("wrong-secret-token")
        .base_url(server.base_url())
        .env_proxy(false)
        .build()
        .unwrap();
    let err = bad
        .push_message(testkit::USER_ID, [TextMessage::new("hi")])
        .unwrap_err();
    assert_eq!(err.status(), Some(401));
    assert!(err.to_string().contains("Authentication failed"));
    assert!(!format!("{bad:?}").contains("wrong-secret-token"));
    assert!(!format!("{err:?}").contains("wrong-secret-token"));
    // Without the host prefix, the server routes by path alone.
    assert_eq!(server.last_request().unwrap().host, None);
    assert!(client.get_bot_info().is_ok());
}

#[test]
fn rate_limiting_is_its_own_error() {
    let server = LineServer::start();
    server.inject(testkit::Fault::RateLimited);
    let err = server
        .client()
        .push_message(testkit::USER_ID, [TextMessage::new("hi")])
        .unwrap_err();
    assert!(err.is_rate_limited(), "{err:?}");
    assert!(matches!(err, Error::RateLimited(_)));
    assert_eq!(err.status(), Some(429));
    assert_eq!(server.requests().len(), 1, "a 429 is not retried");
}

#[test]
fn validate_message_operations() {
    let server = LineServer::start();
    let client = server.client();
    client.validate_reply([TextMessage::new("r")]).unwrap();
    client.validate_push([TextMessage::new("p")]).unwrap();
    client.validate_multicast([TextMessage::new("m")]).unwrap();
    client.validate_narrowcast([TextMessage::new("n")]).unwrap();
    client.validate_broadcast([TextMessage::new("b")]).unwrap();
    let requests = server.requests();
    let kinds = ["reply", "push", "multicast", "narrowcast", "broadcast"];
    assert_eq!(requests.len(), kinds.len());
    for (r, kind) in requests.iter().zip(kinds) {
        assert_common(
            r,
            "POST",
            Host::Api,
            &format!("/v2/bot/message/validate/{kind}"),
        );
        assert_eq!(r.header("content-type"), Some("application/json"));
        assert_eq!(r.header("x-line-retry-key"), None);
        assert_eq!(
            r.json(),
            serde_json::json!({"messages": [{"type": "text", "text": &kind[..1]}]})
        );
    }
    assert!(server.deliveries().is_empty(), "validation sends nothing");

    // LINE's own findings, with the validator off.
    let client = server.client_builder().validate(false).build().unwrap();
    let err = client
        .validate_push([TextMessage::new("x".repeat(5001))])
        .unwrap_err();
    let api = err.api_error().unwrap();
    assert_eq!(api.status, 400);
    assert_eq!(api.details[0].property.as_deref(), Some("messages[0].text"));
}

#[test]
fn message_quota_and_consumption() {
    use linebot::client::message::QuotaType;
    let server = LineServer::start();
    let client = server.client();
    let quota = client.get_message_quota().unwrap();
    assert_eq!(quota.quota_type, QuotaType::Limited);
    assert_eq!(quota.value, Some(1000));
    assert_common(
        &server.last_request().unwrap(),
        "GET",
        Host::Api,
        "/v2/bot/message/quota",
    );

    client
        .push_message(
            testkit::USER_ID,
            [TextMessage::new("a"), TextMessage::new("b")],
        )
        .unwrap();
    let used = client.get_message_quota_consumption().unwrap();
    assert_eq!(used.total_usage, 2);
    assert_common(
        &server.last_request().unwrap(),
        "GET",
        Host::Api,
        "/v2/bot/message/quota/consumption",
    );
}

/// Broadcasts one text per line: the count check and the call share one `?`.
fn broadcast_lines(client: &linebot::client::Client, lines: &[&str]) -> Result<(), Error> {
    let texts: Vec<TextMessage> = lines.iter().map(|l| TextMessage::new(*l)).collect();
    client.broadcast(Messages::try_from(texts)?)?;
    Ok(())
}

#[test]
fn a_runtime_count_error_converts_into_a_client_error_and_sends_nothing() {
    let server = LineServer::start();
    let client = server.client();
    let e = broadcast_lines(&client, &["1", "2", "3", "4", "5", "6"]).unwrap_err();
    assert!(matches!(e, Error::ItemCount(_)), "{e:?}");
    assert_eq!(
        e.to_string(),
        "request not built: a request takes 1 to 5 messages, but 6 were given (LINE rule C01)"
    );
    assert_eq!(e.status(), None);
    assert!(server.requests().is_empty());

    broadcast_lines(&client, &["1", "2"]).unwrap();
    assert_eq!(server.requests().len(), 1);
}
