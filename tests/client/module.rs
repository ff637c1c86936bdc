//! Modules (attach, list, control, detach) against the local server, over HTTP: method, host,
//! path, headers and body of every call.
#![cfg(feature = "testkit")]

use linebot::client::module::{AcquireChatControl, AttachModule, DetachModuleRequest, GetModules};
use linebot::client::{Error, Host};
use linebot::testkit::{self, LineServer};
use serde_json::json;

use crate::support::{assert_call, assert_json};

#[test]
fn modules_attach_list_control_detach() {
    let server = LineServer::start();
    let client = server.client();
    let attach = AttachModule::new(
        "auth-code",
        "https://example.com/callback",
        testkit::CHANNEL_ID,
        testkit::CHANNEL_SECRET,
    );
    assert!(!format!("{attach:?}").contains(testkit::CHANNEL_SECRET));
    let attached = client.call(attach).unwrap();
    assert_eq!(attached.scopes, ["message:send", "message:receive"]);
    let r = server.last_request().unwrap();
    assert_eq!(
        (r.method.as_str(), r.host, r.path.as_str()),
        ("POST", Some(Host::Manager), "/module/auth/v1/token")
    );
    assert_eq!(r.header("authorization"), None);
    assert_eq!(
        r.header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    let form: Vec<(String, String)> = url::form_urlencoded::parse(&r.body).into_owned().collect();
    assert_eq!(
        form,
        [
            ("grant_type", "authorization_code"),
            ("code", "auth-code"),
            ("redirect_uri", "https://example.com/callback"),
            ("client_id", testkit::CHANNEL_ID),
            ("client_secret", testkit::CHANNEL_SECRET),
        ]
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
    );

    let page = client.call(GetModules::new().limit(1)).unwrap();
    assert_eq!(page.bots.len(), 1);
    let r = server.last_request().unwrap();
    assert_call(&r, "GET", Host::Api, "/v2/bot/list");
    assert_eq!(r.query_param("limit"), Some("1"));
    let rest = client
        .call(GetModules::new().start(page.next.as_deref().unwrap()))
        .unwrap();
    assert_eq!(
        server.last_request().unwrap().query_param("start"),
        page.next.as_deref()
    );
    let mut ids: Vec<_> = page
        .bots
        .iter()
        .chain(&rest.bots)
        .map(|b| b.user_id.clone())
        .collect();
    ids.sort();
    let mut expected = vec![attached.bot_id.clone(), testkit::MODULE_BOT_ID.to_owned()];
    expected.sort();
    assert_eq!(ids, expected);

    client
        .call(
            AcquireChatControl::new(testkit::USER_ID)
                .expired(true)
                .ttl(3600),
        )
        .unwrap();
    let r = server.last_request().unwrap();
    assert_call(
        &r,
        "POST",
        Host::Api,
        &format!("/v2/bot/chat/{}/control/acquire", testkit::USER_ID),
    );
    assert_json(&r, json!({ "expired": true, "ttl": 3600 }));
    client.release_chat_control(testkit::USER_ID).unwrap();
    let r = server.last_request().unwrap();
    assert_call(
        &r,
        "POST",
        Host::Api,
        &format!("/v2/bot/chat/{}/control/release", testkit::USER_ID),
    );
    assert_eq!(r.header("content-length"), Some("0"));
    assert_eq!(
        client
            .release_chat_control(testkit::USER_ID)
            .unwrap_err()
            .status(),
        Some(400)
    );
    assert!(matches!(
        client
            .call(
                AcquireChatControl::new(testkit::USER_ID)
                    .expired(true)
                    .ttl(40_000_000)
            )
            .unwrap_err(),
        Error::Validation(_)
    ));

    client
        .call(DetachModuleRequest::new().bot_id(&attached.bot_id))
        .unwrap();
    let r = server.last_request().unwrap();
    assert_call(&r, "POST", Host::Api, "/v2/bot/channel/detach");
    assert_json(&r, json!({ "botId": attached.bot_id }));
    assert_eq!(client.get_modules().unwrap().bots.len(), 1);
}
