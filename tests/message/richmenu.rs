//! Rich menu objects: exact wire JSON, round trips, unknown kinds, and the runtime rules.

use linebot::action::{self, Action};
use linebot::limits;
use linebot::richmenu::*;
use linebot::validate::Validate;

use crate::support::paths;

fn menu() -> RichMenu {
    RichMenu::builder(RichMenuSize::FULL, "Nice rich menu", "Tap to open")
        .selected(true)
        .area(
            RichMenuBounds::new(0, 0, 1250, 1686),
            action::postback("action=buy&itemid=123").display_text("Buy"),
        )
        .area(
            RichMenuBounds::new(1250, 0, 1250, 1686),
            action::rich_menu_switch("richmenu-alias-b", "richmenu-changed-to-b")
                .label(linebot::label!("Switch")),
        )
        .build()
}

#[test]
fn rich_menu_wire() {
    let m = menu();
    assert!(m.validate().is_ok(), "{:?}", m.validate());
    insta::assert_snapshot!("rich_menu", serde_json::to_string(&m).unwrap());
    let minimal = RichMenu::new(
        RichMenuSize::HALF,
        "m",
        "Menu",
        [RichMenuArea::new(
            RichMenuBounds::new(0, 0, 2500, 843),
            action::uri("https://example.com"),
        )],
    );
    assert!(minimal.validate().is_ok());
    insta::assert_snapshot!(
        "rich_menu_minimal",
        serde_json::to_string(&minimal).unwrap()
    );
    for m in [m, minimal] {
        let back: RichMenu = serde_json::from_str(&serde_json::to_string(&m).unwrap()).unwrap();
        assert_eq!(back, m);
    }
}

#[test]
fn responses_parse() {
    // The example of `GET /v2/bot/richmenu/list` in LINE's OpenAPI file.
    let json = r#"{"richmenus":[{"richMenuId":"richmenu-88c05ef6921ae53f8b58a25f3a65faf7","size":{"width":2500,"height":1686},"selected":false,"name":"nice rich menu","chatBarText":"click","areas":[{"bounds":{"x":0,"y":0,"width":2500,"height":1686},"action":{"type":"postback","data":"action=buy&itemid=123"}}]}]}"#;
    let list: RichMenuListResponse = serde_json::from_str(json).unwrap();
    assert_eq!(serde_json::to_string(&list).unwrap(), json);
    let menu = &list.richmenus[0];
    assert!(menu.validate().is_ok());
    assert!(matches!(menu.areas[0].action, Action::Postback(_)));
    let again = menu.clone().into_rich_menu();
    assert_eq!(again.name, "nice rich menu");

    let id: RichMenuIdResponse = serde_json::from_str(r#"{"richMenuId":"r-1"}"#).unwrap();
    assert_eq!(id.rich_menu_id, "r-1");

    let aliases = r#"{"aliases":[{"richMenuAliasId":"richmenu-alias-a","richMenuId":"richmenu-862e6ad6c267d2ddf3f42bc78554f6a4"}]}"#;
    let list: RichMenuAliasListResponse = serde_json::from_str(aliases).unwrap();
    assert_eq!(serde_json::to_string(&list).unwrap(), aliases);

    let progress = r#"{"phase":"succeeded","acceptedTime":"2023-06-08T10:15:30.121Z","completedTime":"2023-06-08T10:15:31.000Z"}"#;
    let p: RichMenuBatchProgressResponse = serde_json::from_str(progress).unwrap();
    assert_eq!(p.phase, RichMenuBatchProgressPhase::Succeeded);
    assert_eq!(serde_json::to_string(&p).unwrap(), progress);
    let p: RichMenuBatchProgressResponse =
        serde_json::from_str(r#"{"phase":"paused","acceptedTime":"t"}"#).unwrap();
    assert_eq!(
        p.phase,
        RichMenuBatchProgressPhase::Unknown("paused".into())
    );
    assert_eq!(
        serde_json::to_string(&p).unwrap(),
        r#"{"phase":"paused","acceptedTime":"t"}"#
    );
}

#[test]
fn request_bodies_wire() {
    let create = CreateRichMenuAliasRequest::new("richmenu-alias-a", "richmenu-1");
    let update = UpdateRichMenuAliasRequest::new("richmenu-2");
    let link = RichMenuBulkLinkRequest::new("richmenu-1", ["U1", "U2"]);
    let unlink = RichMenuBulkUnlinkRequest::new(["U1"]);
    let batch = RichMenuBatchRequest::new([
        RichMenuBatchOperation::link("richmenu-1", "richmenu-2"),
        RichMenuBatchOperation::unlink("richmenu-3"),
        RichMenuBatchOperation::UnlinkAll,
    ])
    .resume_request_key("retry-key_1");
    assert!(create.validate().is_ok());
    assert!(update.validate().is_ok());
    assert!(link.validate().is_ok());
    assert!(unlink.validate().is_ok());
    // The wire form of every operation kind in one body; LINE takes `unlinkAll` only alone
    // (rule V40), which validate() reports on the operations it is combined with.
    assert_eq!(
        batch.validate().unwrap_err().paths(),
        ["operations[0]", "operations[1]"]
    );
    let twice = RichMenuBatchRequest::new([
        RichMenuBatchOperation::link("richmenu-1", "richmenu-2"),
        RichMenuBatchOperation::unlink("richmenu-1"),
    ]);
    assert_eq!(
        twice.validate().unwrap_err().paths(),
        ["operations[1].from"]
    );
    assert!(
        RichMenuBatchRequest::new([RichMenuBatchOperation::UnlinkAll])
            .validate()
            .is_ok()
    );
    insta::assert_snapshot!(
        "rich_menu_requests",
        [
            serde_json::to_string(&create).unwrap(),
            serde_json::to_string(&update).unwrap(),
            serde_json::to_string(&link).unwrap(),
            serde_json::to_string(&unlink).unwrap(),
            serde_json::to_string(&batch).unwrap(),
        ]
        .join("\n")
    );
    let back: RichMenuBatchRequest =
        serde_json::from_str(&serde_json::to_string(&batch).unwrap()).unwrap();
    assert_eq!(back, batch);
    let minimal = RichMenuBatchRequest::new([RichMenuBatchOperation::UnlinkAll]);
    assert_eq!(
        serde_json::to_string(&minimal).unwrap(),
        r#"{"operations":[{"type":"unlinkAll"}]}"#
    );
}

#[test]
fn unknown_batch_operation_is_kept() {
    let json = r#"{"operations":[{"type":"swap","a":"1","b":"2"}]}"#;
    let batch: RichMenuBatchRequest = serde_json::from_str(json).unwrap();
    assert!(matches!(
        batch.operations[0],
        RichMenuBatchOperation::Unknown(_)
    ));
    // Kept as data (a `Value` does not keep key order, so compare values).
    assert_eq!(
        serde_json::to_value(&batch).unwrap(),
        serde_json::from_str::<serde_json::Value>(json).unwrap()
    );
}

#[test]
fn v17_texts_and_alias() {
    let mut m = menu();
    m.chat_bar_text = "あ".repeat(limits::RICH_MENU_CHAT_BAR_TEXT_MAX);
    m.name = "a".repeat(limits::RICH_MENU_NAME_MAX);
    assert!(m.validate().is_ok());
    m.chat_bar_text.push('a');
    m.name.push('a');
    assert_eq!(paths(&m), ["name", "chatBarText"]);

    let alias = |id: &str| CreateRichMenuAliasRequest::new(id, "richmenu-1");
    assert!(alias(&"a".repeat(32)).validate().is_ok());
    assert!(alias("abc_-09").validate().is_ok());
    assert_eq!(paths(&alias(&"a".repeat(33))), ["richMenuAliasId"]);
    assert_eq!(paths(&alias("Upper")), ["richMenuAliasId"]);
    assert_eq!(paths(&alias("")), ["richMenuAliasId"]);
}

#[test]
fn v18_bulk_and_batch_counts() {
    let ids = |n: usize| (0..n).map(|i| format!("U{i}")).collect::<Vec<_>>();
    assert!(
        RichMenuBulkLinkRequest::new("r", ids(500))
            .validate()
            .is_ok()
    );
    assert_eq!(
        paths(&RichMenuBulkLinkRequest::new("r", ids(501))),
        ["userIds"]
    );
    assert_eq!(
        paths(&RichMenuBulkLinkRequest::new("r", ids(0))),
        ["userIds"]
    );
    assert!(RichMenuBulkUnlinkRequest::new(ids(500)).validate().is_ok());
    assert_eq!(
        paths(&RichMenuBulkUnlinkRequest::new(ids(501))),
        ["userIds"]
    );

    let ops = |n: usize| (0..n).map(|i| RichMenuBatchOperation::unlink(format!("r{i}")));
    assert!(RichMenuBatchRequest::new(ops(1000)).validate().is_ok());
    assert_eq!(paths(&RichMenuBatchRequest::new(ops(1001))), ["operations"]);
    let keyed = |k: &str| RichMenuBatchRequest::new(ops(1)).resume_request_key(k);
    assert!(keyed(&"a".repeat(100)).validate().is_ok());
    assert_eq!(paths(&keyed(&"a".repeat(101))), ["resumeRequestKey"]);
    assert_eq!(paths(&keyed("no spaces")), ["resumeRequestKey"]);
}

#[test]
fn areas_and_size_from_json() {
    // C23 at run time: 21 areas; a camera action (quick reply only) in an area.
    let area = r#"{"bounds":{"x":0,"y":0,"width":100,"height":100},"action":{"type":"postback","data":"d"}}"#;
    let areas = vec![area; 21].join(",");
    let json = format!(
        r#"{{"size":{{"width":2500,"height":843}},"selected":false,"name":"n","chatBarText":"c","areas":[{areas}]}}"#
    );
    let m: RichMenu = serde_json::from_str(&json).unwrap();
    assert_eq!(paths(&m), ["areas"]);

    let json = r#"{"size":{"width":700,"height":200},"selected":false,"name":"n","chatBarText":"c","areas":[{"bounds":{"x":0,"y":0,"width":0,"height":100},"action":{"type":"camera"}}]}"#;
    let m: RichMenu = serde_json::from_str(json).unwrap();
    assert_eq!(
        paths(&m),
        [
            "size.width",
            "size.height",
            "areas[0].bounds.width",
            "areas[0].action",
            "areas[0].action.label"
        ]
    );
    let json = r#"{"size":{"width":2500,"height":843},"selected":false,"name":"n","chatBarText":"c","areas":[]}"#;
    let m: RichMenu = serde_json::from_str(json).unwrap();
    assert_eq!(paths(&m), ["areas"]);
}

#[test]
fn malformed_known_operation_is_reported() {
    let json = r#"{"operations":[{"type":"unlinkAll"},{"type":"link","from":"r-1"}]}"#;
    let batch: RichMenuBatchRequest = serde_json::from_str(json).unwrap();
    let e = batch.validate().unwrap_err();
    assert_eq!(e.paths(), ["operations[1]"]);
    assert!(e.to_string().contains("missing field `to`"), "{e}");
}
