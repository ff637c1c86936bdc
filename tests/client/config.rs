//! Client configuration and error reporting, against the local LINE API server.

use linebot::client::{Client, Error, Host};
use linebot::testkit::{self, Fault, LineServer};

#[test]
fn an_undecodable_answer_keeps_the_body() {
    let server = LineServer::start();
    server.inject(Fault::Reply {
        status: 200,
        body: "{\"displayName\": 42}".into(),
    });
    let err = server.client().get_profile(testkit::USER_ID).unwrap_err();
    let Error::Decode {
        status,
        body,
        request_id,
        ..
    } = &err
    else {
        panic!("expected a decode error, got {err:?}")
    };
    assert_eq!(*status, 200);
    assert_eq!(body.as_deref(), Some("{\"displayName\": 42}"));
    assert!(request_id.is_some());
    assert!(err.to_string().contains("{\"displayName\": 42}"));
}

#[test]
fn an_error_body_that_is_not_json_becomes_the_message() {
    let server = LineServer::start();
    server.inject(Fault::Reply {
        status: 502,
        body: "<html>bad gateway</html>".into(),
    });
    let err = server.client().get_bot_info().unwrap_err();
    let api = err.api_error().unwrap();
    assert_eq!(api.status, 502);
    assert_eq!(api.message, "<html>bad gateway</html>");
    assert!(api.details.is_empty());
    assert_eq!(server.requests().len(), 1, "GETs are not retried");
}

#[test]
fn unknown_fields_in_answers_are_ignored() {
    let server = LineServer::start();
    server.inject(Fault::Reply {
        status: 200,
        body: r#"{"displayName":"A","userId":"U1","brandNewField":{"x":1}}"#.into(),
    });
    let profile = server.client().get_profile("U1").unwrap();
    assert_eq!(profile.display_name, "A");
    assert_eq!(profile.picture_url, None);
}

#[test]
fn base_urls_are_checked_and_overridable() {
    let err = Client::builder("t")
        .api_base_url("not a url")
        .build()
        .unwrap_err();
    assert!(matches!(err, Error::Config(_)), "{err:?}");
    assert!(!err.to_string().contains("\"t\""));

    let client = Client::new("t");
    assert_eq!(client.base_url(Host::Api), "https://api.line.me");
    assert_eq!(client.base_url(Host::ApiData), "https://api-data.line.me");
    assert_eq!(client.base_url(Host::Manager), "https://manager.line.biz");

    let client = Client::builder("t")
        .base_url("http://127.0.0.1:9/")
        .build()
        .unwrap();
    for host in [Host::Api, Host::ApiData, Host::Manager] {
        assert_eq!(client.base_url(host), "http://127.0.0.1:9");
    }
}

#[test]
fn the_token_is_redacted_in_debug() {
    let builder = Client::builder("super-secret-token");
    assert!(!format!("{builder:?}").contains("super-secret-token"));
    let client = builder.build().unwrap();
    let debug = format!("{client:?}");
    assert!(!debug.contains("super-secret-token"));
    assert!(debug.contains("<redacted>"));
}

#[test]
fn a_refused_connection_is_a_transport_error() {
    // Bind a port, then free it: nothing listens there any more.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let client = Client::builder("t")
        .base_url(format!("http://127.0.0.1:{port}"))
        .env_proxy(false)
        .build()
        .unwrap();
    let err = client.get_bot_info().unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert_eq!(err.status(), None);
}

#[test]
fn with_timeout_shares_the_client() {
    let server = LineServer::start();
    server.inject(Fault::Delay(std::time::Duration::from_millis(300)));
    let client = server.client();
    let err = client
        .with_timeout(std::time::Duration::from_millis(50))
        .get_bot_info()
        .unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert!(client.get_bot_info().is_ok());
}

/// An operation this crate does not define, declared by a user.
struct IssueStatelessToken {
    client_id: String,
    client_secret: String,
}

impl linebot::client::Operation for IssueStatelessToken {
    type Response = ();
    const METHOD: linebot::client::Method = linebot::client::Method::Post;
    const HOST: Host = Host::Api;
    const AUTHORIZED: bool = false;
    fn path(&self) -> String {
        "/oauth2/v3/token".into()
    }
    fn query(&self) -> Vec<(&'static str, Option<String>)> {
        vec![("unused", None), ("trace", Some("a b&c".into()))]
    }
    fn headers(&self) -> Vec<(&'static str, String)> {
        vec![("x-line-delivery-tag", "tag-1".into())]
    }
    fn payload(&self) -> Result<linebot::client::Payload<'_>, Error> {
        Ok(linebot::client::Payload::Form(vec![
            ("grant_type", "client_credentials"),
            ("client_id", &self.client_id),
            ("client_secret", &self.client_secret),
        ]))
    }
}

#[test]
fn custom_operations_go_through_call() {
    let server = LineServer::start();
    let err = server
        .client()
        .call(IssueStatelessToken {
            client_id: "1234".into(),
            client_secret: "s&cret".into(),
        })
        .unwrap_err();
    // The local server serves this endpoint and refuses these credentials (they are not its
    // channel's): what matters is the request.
    assert_eq!(err.status(), Some(400));
    let r = server.last_request().unwrap();
    assert_eq!(r.method, "POST");
    assert_eq!(r.path, "/oauth2/v3/token");
    assert_eq!(r.header("authorization"), None, "AUTHORIZED = false");
    assert_eq!(r.query, [("trace".to_owned(), "a b&c".to_owned())]);
    assert_eq!(r.header("x-line-delivery-tag"), Some("tag-1"));
    assert_eq!(
        r.header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(
        r.body,
        b"grant_type=client_credentials&client_id=1234&client_secret=s%26cret"
    );
}

// Checked at compile time: clients, errors and the server cross threads, content can move.
const _: () = {
    const fn send_sync<T: Send + Sync + 'static>() {}
    const fn send<T: Send>() {}
    send_sync::<Client>();
    send_sync::<Error>();
    send_sync::<LineServer>();
    send::<linebot::client::Content>();
};
