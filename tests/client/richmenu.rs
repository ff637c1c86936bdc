//! Rich menu operations against the local LINE API server, over HTTP.

use linebot::action;
use linebot::client::{Client, Error, Host};
use linebot::richmenu::{
    RichMenu, RichMenuArea, RichMenuBatchOperation, RichMenuBatchProgressPhase, RichMenuBounds,
    RichMenuSize,
};
use linebot::testkit::{self, LineServer};

use crate::support::assert_call;

fn menu(name: &str) -> RichMenu {
    RichMenu::new(
        RichMenuSize::HALF,
        name,
        "Menu",
        [RichMenuArea::new(
            RichMenuBounds::new(0, 0, 2500, 843),
            action::postback("menu=main"),
        )],
    )
}

/// A rich menu created on the server, for tests about what is done with it.
fn create(client: &Client, name: &str) -> String {
    client
        .create_rich_menu(menu(name))
        .unwrap()
        .into_inner()
        .rich_menu_id
}

#[test]
fn create_get_list_validate_delete() {
    let server = LineServer::start();
    let client = server.client();

    client.validate_rich_menu_object(menu("checked")).unwrap();
    let r = server.last_request().unwrap();
    assert_call(&r, "POST", Host::Api, "/v2/bot/richmenu/validate");
    assert_eq!(r.json()["name"], "checked");

    let id = client
        .create_rich_menu(menu("main"))
        .unwrap()
        .into_inner()
        .rich_menu_id;
    let r = server.last_request().unwrap();
    assert_call(&r, "POST", Host::Api, "/v2/bot/richmenu");
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(
        r.json(),
        serde_json::json!({
            "size": {"width": 2500, "height": 843},
            "selected": false,
            "name": "main",
            "chatBarText": "Menu",
            "areas": [{
                "bounds": {"x": 0, "y": 0, "width": 2500, "height": 843},
                "action": {"type": "postback", "data": "menu=main"}
            }]
        })
    );

    let got = client.get_rich_menu(&id).unwrap();
    assert_eq!(got.rich_menu_id, id);
    assert_eq!(got.name, "main");
    assert_call(
        &server.last_request().unwrap(),
        "GET",
        Host::Api,
        &format!("/v2/bot/richmenu/{id}"),
    );

    let list = client.get_rich_menu_list().unwrap();
    assert_eq!(list.richmenus.len(), 1);
    assert_call(
        &server.last_request().unwrap(),
        "GET",
        Host::Api,
        "/v2/bot/richmenu/list",
    );

    client.delete_rich_menu(&id).unwrap();
    assert_call(
        &server.last_request().unwrap(),
        "DELETE",
        Host::Api,
        &format!("/v2/bot/richmenu/{id}"),
    );
    assert_eq!(client.get_rich_menu(&id).unwrap_err().status(), Some(404));
}

#[test]
fn invalid_menus_are_refused_by_the_validator_or_by_line() {
    let server = LineServer::start();
    let mut bad = menu("x");
    bad.chat_bar_text = "a chat bar text far too long".into();
    let err = server.client().create_rich_menu(bad.clone()).unwrap_err();
    assert!(matches!(err, Error::Validation(_)), "{err:?}");
    assert!(server.requests().is_empty());

    let client = server.client_builder().validate(false).build().unwrap();
    let err = client.create_rich_menu(bad).unwrap_err();
    let api = err.api_error().expect("LINE's 400");
    assert_eq!(api.status, 400);
    assert_eq!(api.details[0].property.as_deref(), Some("chatBarText"));
}

#[test]
fn image_upload_and_download_use_api_data() {
    let server = LineServer::start();
    let client = server.client();
    let id = create(&client, "img");
    let png = b"\x89PNG\r\n\x1a\nrich menu image".to_vec();

    client
        .set_rich_menu_image(&id, "image/png", png.clone())
        .unwrap();
    let r = server.last_request().unwrap();
    assert_call(
        &r,
        "POST",
        Host::ApiData,
        &format!("/v2/bot/richmenu/{id}/content"),
    );
    assert_eq!(r.header("content-type"), Some("image/png"));
    assert_eq!(r.body, png);

    let image = client.get_rich_menu_image(&id).unwrap();
    assert_eq!(image.content_type(), Some("image/png"));
    assert_eq!(image.into_bytes().unwrap(), png);
    assert_call(
        &server.last_request().unwrap(),
        "GET",
        Host::ApiData,
        &format!("/v2/bot/richmenu/{id}/content"),
    );

    let err = client
        .set_rich_menu_image(&id, "image/gif", png)
        .unwrap_err();
    assert_eq!(err.status(), Some(415));
}

#[test]
fn default_rich_menu() {
    let server = LineServer::start();
    let client = server.client();
    let id = create(&client, "default");

    client.set_default_rich_menu(&id).unwrap();
    let r = server.last_request().unwrap();
    assert_call(
        &r,
        "POST",
        Host::Api,
        &format!("/v2/bot/user/all/richmenu/{id}"),
    );
    assert!(r.body.is_empty());

    assert_eq!(
        client
            .get_default_rich_menu_id()
            .unwrap()
            .into_inner()
            .rich_menu_id,
        id
    );
    assert_call(
        &server.last_request().unwrap(),
        "GET",
        Host::Api,
        "/v2/bot/user/all/richmenu",
    );

    client.cancel_default_rich_menu().unwrap();
    assert_call(
        &server.last_request().unwrap(),
        "DELETE",
        Host::Api,
        "/v2/bot/user/all/richmenu",
    );
    assert_eq!(
        client.get_default_rich_menu_id().unwrap_err().status(),
        Some(404)
    );
}

#[test]
fn per_user_and_bulk_links() {
    let server = LineServer::start();
    let client = server.client();
    let id = create(&client, "users");
    let (u1, u2) = (testkit::USER_ID, testkit::OTHER_USER_ID);

    client.link_rich_menu_id_to_user(u1, &id).unwrap();
    assert_call(
        &server.last_request().unwrap(),
        "POST",
        Host::Api,
        &format!("/v2/bot/user/{u1}/richmenu/{id}"),
    );

    assert_eq!(
        client
            .get_rich_menu_id_of_user(u1)
            .unwrap()
            .into_inner()
            .rich_menu_id,
        id
    );
    assert_call(
        &server.last_request().unwrap(),
        "GET",
        Host::Api,
        &format!("/v2/bot/user/{u1}/richmenu"),
    );

    client.unlink_rich_menu_id_from_user(u1).unwrap();
    assert_call(
        &server.last_request().unwrap(),
        "DELETE",
        Host::Api,
        &format!("/v2/bot/user/{u1}/richmenu"),
    );
    assert_eq!(
        client.get_rich_menu_id_of_user(u1).unwrap_err().status(),
        Some(404)
    );

    let accepted = client.link_rich_menu_id_to_users([u1, u2], &id).unwrap();
    assert!(accepted.request_id().is_some());
    let r = server.last_request().unwrap();
    assert_call(&r, "POST", Host::Api, "/v2/bot/richmenu/bulk/link");
    assert_eq!(
        r.json(),
        serde_json::json!({"richMenuId": id, "userIds": [u1, u2]})
    );
    assert_eq!(
        client
            .get_rich_menu_id_of_user(u2)
            .unwrap()
            .into_inner()
            .rich_menu_id,
        id
    );

    client.unlink_rich_menu_id_from_users([u1, u2]).unwrap();
    let r = server.last_request().unwrap();
    assert_call(&r, "POST", Host::Api, "/v2/bot/richmenu/bulk/unlink");
    assert_eq!(r.json(), serde_json::json!({"userIds": [u1, u2]}));
    assert!(client.get_rich_menu_id_of_user(u2).is_err());
}

#[test]
fn aliases() {
    let server = LineServer::start();
    let client = server.client();
    let a = create(&client, "a");
    let b = create(&client, "b");

    client
        .create_rich_menu_alias("richmenu-alias-a", &a)
        .unwrap();
    let r = server.last_request().unwrap();
    assert_call(&r, "POST", Host::Api, "/v2/bot/richmenu/alias");
    assert_eq!(
        r.json(),
        serde_json::json!({"richMenuAliasId": "richmenu-alias-a", "richMenuId": a})
    );
    let dup = client
        .create_rich_menu_alias("richmenu-alias-a", &a)
        .unwrap_err();
    assert_eq!(dup.status(), Some(400));

    let alias = client.get_rich_menu_alias("richmenu-alias-a").unwrap();
    assert_eq!(alias.rich_menu_id, a);
    assert_call(
        &server.last_request().unwrap(),
        "GET",
        Host::Api,
        "/v2/bot/richmenu/alias/richmenu-alias-a",
    );

    client
        .update_rich_menu_alias("richmenu-alias-a", &b)
        .unwrap();
    let r = server.last_request().unwrap();
    assert_call(
        &r,
        "POST",
        Host::Api,
        "/v2/bot/richmenu/alias/richmenu-alias-a",
    );
    assert_eq!(r.json(), serde_json::json!({"richMenuId": b}));

    let list = client.get_rich_menu_alias_list().unwrap();
    assert_eq!(list.aliases.len(), 1);
    assert_eq!(list.aliases[0].rich_menu_id, b);
    assert_call(
        &server.last_request().unwrap(),
        "GET",
        Host::Api,
        "/v2/bot/richmenu/alias/list",
    );

    client.delete_rich_menu_alias("richmenu-alias-a").unwrap();
    assert_call(
        &server.last_request().unwrap(),
        "DELETE",
        Host::Api,
        "/v2/bot/richmenu/alias/richmenu-alias-a",
    );
    assert!(
        client
            .get_rich_menu_alias_list()
            .unwrap()
            .aliases
            .is_empty()
    );
}

#[test]
fn batch_control_and_progress() {
    let server = LineServer::start();
    let client = server.client();
    let a = create(&client, "a");
    let b = create(&client, "b");
    client
        .link_rich_menu_id_to_user(testkit::USER_ID, &a)
        .unwrap();

    let operations = [RichMenuBatchOperation::link(&a, &b)];
    client
        .validate_rich_menu_batch_request(operations.clone())
        .unwrap();
    let r = server.last_request().unwrap();
    assert_call(&r, "POST", Host::Api, "/v2/bot/richmenu/validate/batch");
    assert_eq!(
        r.json(),
        serde_json::json!({"operations": [{"type": "link", "from": a, "to": b}]})
    );

    let accepted = client.rich_menu_batch(operations).unwrap();
    assert_call(
        &server.last_request().unwrap(),
        "POST",
        Host::Api,
        "/v2/bot/richmenu/batch",
    );
    let request_id = accepted
        .request_id()
        .expect("a request id to follow the batch")
        .to_owned();

    let progress = client.get_rich_menu_batch_progress(&request_id).unwrap();
    assert_eq!(progress.phase, RichMenuBatchProgressPhase::Succeeded);
    let r = server.last_request().unwrap();
    assert_call(&r, "GET", Host::Api, "/v2/bot/richmenu/progress/batch");
    assert_eq!(r.query_param("requestId"), Some(request_id.as_str()));

    assert_eq!(
        client
            .get_rich_menu_id_of_user(testkit::USER_ID)
            .unwrap()
            .rich_menu_id,
        b
    );
}
