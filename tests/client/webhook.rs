//! Webhook endpoint settings and chat indicators against the local LINE API server, plus the
//! server's signed webhooks.

use linebot::client::chat::ShowLoadingAnimationRequest;
use linebot::client::webhook::TestWebhookEndpointRequest;
use linebot::client::{Error, Host};
use linebot::testkit::{self, LineServer};
use linebot::webhook::WebhookParser;

#[test]
fn set_and_get_webhook_endpoint() {
    let server = LineServer::start();
    let client = server.client();
    client
        .set_webhook_endpoint("https://example.com/callback")
        .unwrap();
    let r = server.last_request().unwrap();
    assert_eq!((r.method.as_str(), r.host), ("PUT", Some(Host::Api)));
    assert_eq!(r.path, "/v2/bot/channel/webhook/endpoint");
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(
        r.json(),
        serde_json::json!({"endpoint": "https://example.com/callback"})
    );

    let endpoint = client.get_webhook_endpoint().unwrap();
    assert_eq!(endpoint.endpoint, "https://example.com/callback");
    assert!(endpoint.active);
    let r = server.last_request().unwrap();
    assert_eq!(
        (r.method.as_str(), r.path.as_str()),
        ("GET", "/v2/bot/channel/webhook/endpoint")
    );

    let err = client
        .set_webhook_endpoint("http://example.com/callback")
        .unwrap_err();
    let Error::Validation(v) = err else {
        panic!("expected a validation error")
    };
    assert_eq!(v.paths(), ["endpoint"]);

    // Sent anyway (validation off), the local server refuses it the way LINE does.
    let unchecked = server.client_builder().validate(false).build().unwrap();
    let err = unchecked
        .set_webhook_endpoint("http://example.com/callback")
        .unwrap_err();
    let Error::Api(api) = err else {
        panic!("expected LINE's 400, got {err:?}")
    };
    assert_eq!(api.status, 400);
    assert_eq!(api.details.len(), 1);
    assert_eq!(api.details[0].property.as_deref(), Some("endpoint"));
    assert_eq!(
        client.get_webhook_endpoint().unwrap().endpoint,
        "https://example.com/callback",
        "a refused URL does not replace the endpoint"
    );
}

#[test]
fn test_webhook_endpoint_posts_a_signed_webhook() {
    let server = LineServer::start();
    let receiver = tiny_http::Server::http("127.0.0.1:0").unwrap();
    let url = format!("http://{}/callback", receiver.server_addr());
    let bot_client = server.client();
    let handle = std::thread::spawn(move || {
        let mut request = receiver.recv().unwrap();
        // A bot may call the API while handling a webhook, the test webhook included.
        bot_client.get_bot_info().unwrap();
        let mut body = Vec::new();
        request.as_reader().read_to_end(&mut body).unwrap();
        let signature = request
            .headers()
            .iter()
            .find(|h| h.field.equiv("x-line-signature"))
            .map(|h| h.value.as_str().to_owned());
        let verified = WebhookParser::new(testkit::CHANNEL_SECRET)
            .parse(&body, signature.as_deref())
            .is_ok();
        request.respond(tiny_http::Response::empty(200)).unwrap();
        verified
    });
    // A local http URL: LINE wants https, so the validator is off for this call.
    let client = server.client_builder().validate(false).build().unwrap();
    let result = client
        .call(TestWebhookEndpointRequest::new().endpoint(&url))
        .unwrap();
    assert!(
        handle.join().unwrap(),
        "the test webhook carried a valid signature"
    );
    assert_eq!(result.success, Some(true));
    assert_eq!(result.status_code, 200);
    // The bot's own call arrived while the test was under way.
    let requests = server.requests();
    let paths: Vec<_> = requests.iter().map(|r| r.path.as_str()).collect();
    assert_eq!(paths, ["/v2/bot/channel/webhook/test", "/v2/bot/info"]);
    assert_eq!(requests[0].method, "POST");
    assert_eq!(requests[0].host, Some(Host::Api));
    assert_eq!(requests[0].json(), serde_json::json!({ "endpoint": url }));
}

#[test]
fn post_webhook_signs_with_the_channel_secret() {
    let server = LineServer::start();
    let receiver = tiny_http::Server::http("127.0.0.1:0").unwrap();
    let url = format!("http://{}/", receiver.server_addr());
    let handle = std::thread::spawn(move || {
        let mut request = receiver.recv().unwrap();
        let mut body = Vec::new();
        request.as_reader().read_to_end(&mut body).unwrap();
        let signature = request
            .headers()
            .iter()
            .find(|h| h.field.equiv("x-line-signature"))
            .map(|h| h.value.as_str().to_owned());
        request.respond(tiny_http::Response::empty(200)).unwrap();
        (body, signature)
    });
    let body = server.text_message_webhook(testkit::USER_ID, "hello");
    assert_eq!(server.post_webhook(&url, &body).unwrap(), 200);
    let (received, signature) = handle.join().unwrap();
    assert_eq!(received, body);
    assert_eq!(
        signature.as_deref(),
        Some(linebot::webhook::sign(testkit::CHANNEL_SECRET, &body).as_str())
    );
    let callback = WebhookParser::new(testkit::CHANNEL_SECRET)
        .parse(&received, signature.as_deref())
        .unwrap();
    assert_eq!(callback.events.len(), 1);
    assert_eq!(callback.events[0].user_id(), Some(testkit::USER_ID));
}

#[test]
fn show_loading_animation() {
    let server = LineServer::start();
    let client = server.client();
    client
        .call(ShowLoadingAnimationRequest::new(testkit::USER_ID).loading_seconds(20))
        .unwrap();
    let r = server.last_request().unwrap();
    assert_eq!((r.method.as_str(), r.host), ("POST", Some(Host::Api)));
    assert_eq!(r.path, "/v2/bot/chat/loading/start");
    assert_eq!(
        r.json(),
        serde_json::json!({"chatId": testkit::USER_ID, "loadingSeconds": 20})
    );
    let err = client
        .call(ShowLoadingAnimationRequest::new(testkit::USER_ID).loading_seconds(7))
        .unwrap_err();
    let Error::Validation(v) = err else {
        panic!("expected a validation error")
    };
    assert_eq!(v.paths(), ["loadingSeconds"]);
}

#[test]
fn mark_messages_as_read_both_forms() {
    let server = LineServer::start();
    let client = server.client();
    client.mark_messages_as_read(testkit::USER_ID).unwrap();
    let r = server.last_request().unwrap();
    assert_eq!(
        (r.method.as_str(), r.path.as_str()),
        ("POST", "/v2/bot/message/markAsRead")
    );
    assert_eq!(
        r.json(),
        serde_json::json!({"chat": {"userId": testkit::USER_ID}})
    );

    client
        .mark_messages_as_read_by_token("nz0x74mZT2mRn")
        .unwrap();
    let r = server.last_request().unwrap();
    assert_eq!(
        (r.method.as_str(), r.path.as_str()),
        ("POST", "/v2/bot/chat/markAsRead")
    );
    assert_eq!(
        r.json(),
        serde_json::json!({"markAsReadToken": "nz0x74mZT2mRn"})
    );
    assert_eq!(r.host, Some(Host::Api));
}
