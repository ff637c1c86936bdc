//! The typed postback example, end to end: the menu is pushed to the local LINE API server,
//! its buttons are tapped with the data the server received, and the bot's handler decodes
//! each into the example's enum and answers it.

#[allow(dead_code)]
#[path = "../../examples/postback.rs"]
mod postback_bot;

use linebot::postback::PostbackData;
use linebot::testkit::{self, LineServer};
use linebot::webhook::WebhookParser;
use postback_bot::{Category, Menu};

#[test]
fn the_bot_decodes_each_tapped_button_into_its_enum() {
    let replies = postback_bot::run_offline(&[0, 1, 2]).unwrap();
    assert_eq!(
        replies,
        [
            "Ordered 1 of item 111.",
            "Item 111 is in your cart.",
            "Snacks, page 1.",
        ]
    );
}

#[test]
fn the_menu_carries_the_encoded_data_and_validates() {
    use linebot::validate::Validate;
    let menu = postback_bot::menu_message();
    menu.validate().unwrap();
    let json = serde_json::to_value(&menu).unwrap();
    let data: Vec<&str> = json["template"]["actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["data"].as_str().unwrap())
        .collect();
    assert_eq!(
        data,
        [
            "action=buy&itemid=111&qty=1",
            "action=add&itemid=111",
            "action=browse&category=snacks",
        ]
    );
    assert_eq!(
        Menu::from_postback_data(data[2]),
        Ok(Menu::Browse {
            category: Category::Snacks,
            page: None
        })
    );
}

#[test]
fn data_the_bot_does_not_know_is_answered_with_the_reason() {
    let line = LineServer::start();
    let parser = WebhookParser::new(testkit::CHANNEL_SECRET);
    let body = postback_bot::postback_webhook(
        &line.issue_reply_token(),
        testkit::USER_ID,
        "action=buy&itemid=111",
    );
    let signature = linebot::webhook::sign(testkit::CHANNEL_SECRET, &body);
    let status = postback_bot::handle_webhook(&parser, &line.client(), &body, Some(&signature));
    assert_eq!(status, 200);
    let reply = line
        .deliveries()
        .into_iter()
        .find(|d| d.kind == "reply")
        .unwrap();
    assert_eq!(
        reply.texts(),
        ["Sorry, I did not understand that button (postback data has no `qty` key)."]
    );
}
