//! LIFF apps against the local server, over HTTP: method, host, path, headers and body of
//! every call.
#![cfg(feature = "testkit")]

use linebot::client::liff::{
    AddLiffAppRequest, LiffBotPrompt, LiffFeatures, LiffScope, LiffView, LiffViewType,
    UpdateLiffAppRequest, UpdateLiffView,
};
use linebot::client::{Error, Host};
use linebot::testkit::LineServer;
use serde_json::json;

use crate::support::{assert_call, assert_json};

#[test]
fn liff_apps_add_list_update_delete() {
    let server = LineServer::start();
    let client = server.client();
    // LINE answers 404 while there are no apps.
    assert_eq!(client.get_all_liff_apps().unwrap_err().status(), Some(404));

    let add = AddLiffAppRequest::new(LiffView::new(LiffViewType::Full, "https://example.com/app"))
        .description("Shop")
        .scope([LiffScope::Openid, LiffScope::ChatMessageWrite])
        .bot_prompt(LiffBotPrompt::Aggressive);
    let added = client.call(add).unwrap();
    let r = server.last_request().unwrap();
    assert_call(&r, "POST", Host::Api, "/liff/v1/apps");
    assert_json(
        &r,
        json!({
            "view": { "type": "full", "url": "https://example.com/app" },
            "description": "Shop",
            "scope": ["openid", "chat_message.write"],
            "botPrompt": "aggressive",
        }),
    );

    let mut update = UpdateLiffAppRequest::default();
    let mut view = UpdateLiffView::default();
    view.r#type = Some(LiffViewType::Tall);
    update.view = Some(view);
    let mut features = LiffFeatures::default();
    features.qr_code = Some(true);
    update.features = Some(features);
    client.update_liff_app(&added.liff_id, update).unwrap();
    let r = server.last_request().unwrap();
    assert_call(
        &r,
        "PUT",
        Host::Api,
        &format!("/liff/v1/apps/{}", added.liff_id),
    );
    assert_json(
        &r,
        json!({ "view": { "type": "tall" }, "features": { "qrCode": true } }),
    );

    let apps = client.get_all_liff_apps().unwrap().into_inner().apps;
    assert_eq!(apps.len(), 1);
    assert_eq!(apps[0].liff_id.as_deref(), Some(added.liff_id.as_str()));
    let view = apps[0].view.clone().unwrap();
    assert_eq!(
        (view.r#type, view.url.as_str()),
        (LiffViewType::Tall, "https://example.com/app")
    );
    assert_call(
        &server.last_request().unwrap(),
        "GET",
        Host::Api,
        "/liff/v1/apps",
    );

    client.delete_liff_app(&added.liff_id).unwrap();
    let r = server.last_request().unwrap();
    assert_call(
        &r,
        "DELETE",
        Host::Api,
        &format!("/liff/v1/apps/{}", added.liff_id),
    );
    assert_eq!(
        client.delete_liff_app(&added.liff_id).unwrap_err().status(),
        Some(404)
    );

    // An http endpoint is refused before sending.
    let err = client
        .add_liff_app(LiffView::new(LiffViewType::Compact, "http://example.com/"))
        .unwrap_err();
    let Error::Validation(v) = err else {
        panic!("{err:?}")
    };
    assert_eq!(v.paths(), ["view.url"]);
}
