//! Typed postback data: a menu of buttons whose postback data is an enum, and a webhook
//! handler that decodes the tapped button back into that enum and matches on it.
//!
//! With `LINE_CHANNEL_SECRET` and `LINE_CHANNEL_ACCESS_TOKEN` set, it serves webhooks on
//! `0.0.0.0:$PORT` (default 8080) for the real LINE platform and answers any text message
//! with the menu:
//!
//! ```text
//! LINE_CHANNEL_SECRET=... LINE_CHANNEL_ACCESS_TOKEN=... cargo run --example postback
//! ```
//!
//! Without them it runs offline against the local LINE API server (`linebot::testkit`): it
//! pushes the menu, taps two of its buttons by posting signed postback webhooks carrying the
//! data the server received, prints the bot's replies, and exits.

use std::error::Error;

use linebot::action;
use linebot::client::Client;
use linebot::message::TextMessage;
use linebot::message::template::{ButtonsTemplate, TemplateMessage};
use linebot::postback::PostbackData;
use linebot::testkit::{self, LineServer};
use linebot::webhook::{EventKind, MessageContent, WebhookParser};
use linebot::{alt_text, label};

/// What a button of the menu means. The derive writes it as `action=buy&itemid=111&qty=1`
/// and reads it back; a renamed key or variant changes both sides at once.
#[derive(Debug, Clone, PartialEq, PostbackData)]
pub enum Menu {
    /// `action=buy&itemid=..&qty=..`
    Buy {
        #[postback(rename = "itemid")]
        item: u32,
        qty: u8,
    },
    /// `action=add&itemid=..`
    #[postback(rename = "add")]
    AddToCart {
        #[postback(rename = "itemid")]
        item: u32,
    },
    /// `action=browse&category=..` and an optional `page`.
    Browse {
        category: Category,
        page: Option<u16>,
    },
}

/// A fieldless enum: a field value of its own (`category=drinks`).
#[derive(Debug, Clone, Copy, PartialEq, PostbackData)]
pub enum Category {
    /// `drinks`
    Drinks,
    /// `snacks`
    Snacks,
}

/// The menu: a buttons template whose buttons carry [`Menu`] values.
pub fn menu_message() -> TemplateMessage {
    TemplateMessage::new(
        alt_text!("Coffee stand menu"),
        ButtonsTemplate::builder("What would you like?")
            .title("Coffee stand")
            .action(
                action::postback(Menu::Buy { item: 111, qty: 1 })
                    .label(label!("Buy a latte"))
                    .display_text("A latte, please"),
            )
            .action(action::postback(Menu::AddToCart { item: 111 }).label(label!("Add to cart")))
            .action(
                action::postback(Menu::Browse {
                    category: Category::Snacks,
                    page: None,
                })
                .label(label!("Snacks")),
            )
            .build(),
    )
}

/// What the bot answers to a tapped button.
pub fn answer(menu: &Menu) -> String {
    match menu {
        Menu::Buy { item, qty } => format!("Ordered {qty} of item {item}."),
        Menu::AddToCart { item } => format!("Item {item} is in your cart."),
        Menu::Browse { category, page } => {
            format!("{category:?}, page {}.", page.unwrap_or(1))
        }
    }
}

/// Handles one webhook request: a postback is decoded into [`Menu`] and answered; a text
/// message is answered with the menu. Answers the HTTP status for LINE (200, or 400 for a
/// bad signature or body).
pub fn handle_webhook(
    parser: &WebhookParser,
    client: &Client,
    body: &[u8],
    signature: Option<&str>,
) -> u16 {
    let callback = match parser.parse(body, signature) {
        Ok(callback) => callback,
        Err(e) => {
            eprintln!("rejected webhook: {e}");
            return 400;
        }
    };
    for event in &callback.events {
        let Some(token) = event.reply_token() else {
            continue;
        };
        let sent = match &event.kind {
            EventKind::Postback(postback) => {
                let text = match postback.data_as::<Menu>() {
                    Ok(menu) => answer(&menu),
                    // Data from an older menu, or not from this bot: say so, don't guess.
                    Err(e) => format!("Sorry, I did not understand that button ({e})."),
                };
                client.reply_message(token, [TextMessage::new(text)])
            }
            EventKind::Message(MessageContent::Text(_)) => {
                client.reply_message(token, [menu_message()])
            }
            _ => continue,
        };
        if let Err(e) = sent {
            eprintln!("reply failed: {e}");
        }
    }
    200
}

/// Serves webhooks with `tiny_http`, `requests` of them or forever.
pub fn serve(
    server: &tiny_http::Server,
    parser: &WebhookParser,
    client: &Client,
    requests: Option<usize>,
) {
    for (served, mut request) in server.incoming_requests().enumerate() {
        let mut body = Vec::new();
        let status = if request.as_reader().read_to_end(&mut body).is_ok() {
            let signature = request
                .headers()
                .iter()
                .find(|h| h.field.equiv("x-line-signature"))
                .map(|h| h.value.as_str().to_owned());
            handle_webhook(parser, client, &body, signature.as_deref())
        } else {
            400
        };
        let _ = request.respond(tiny_http::Response::empty(status));
        if requests.is_some_and(|n| served + 1 >= n) {
            return;
        }
    }
}

/// A webhook body with one postback event from `user_id`, as LINE sends it when the user taps
/// a button whose data is `data`.
pub fn postback_webhook(reply_token: &str, user_id: &str, data: &str) -> Vec<u8> {
    serde_json::json!({
        "destination": "U0123456789abcdef0123456789abcdef",
        "events": [{
            "type": "postback",
            "mode": "active",
            "timestamp": 1_700_000_000_000u64,
            "webhookEventId": "01HZZZZZZZZZZZZZZZZZZZZZZZ",
            "deliveryContext": { "isRedelivery": false },
            "source": { "type": "user", "userId": user_id },
            "replyToken": reply_token,
            "postback": { "data": data },
        }],
    })
    .to_string()
    .into_bytes()
}

/// The offline run: pushes the menu to the local LINE API server, then taps the buttons at
/// `taps` (indices into the menu's actions) with the data the server received. Returns the
/// bot's reply to each tap.
pub fn run_offline(taps: &[usize]) -> Result<Vec<String>, Box<dyn Error + Send + Sync>> {
    let line = LineServer::start();
    let client = line.client();
    client.push_message(testkit::USER_ID, [menu_message()])?;
    let pushed = line
        .deliveries()
        .into_iter()
        .find(|d| d.kind == "push")
        .ok_or("the menu was not delivered")?;
    let actions = pushed.body["messages"][0]["template"]["actions"]
        .as_array()
        .cloned()
        .unwrap_or_default();

    let parser = WebhookParser::new(testkit::CHANNEL_SECRET);
    let webhook_server = tiny_http::Server::http("127.0.0.1:0")?;
    let url = format!("http://{}/callback", webhook_server.server_addr());
    let bot_client = line.client();
    let requests = taps.len();
    let bot = std::thread::spawn(move || {
        serve(&webhook_server, &parser, &bot_client, Some(requests));
    });

    let mut replies = Vec::new();
    for &tap in taps {
        let data = actions
            .get(tap)
            .and_then(|a| a["data"].as_str())
            .ok_or("no postback button there")?;
        let body = postback_webhook(&line.issue_reply_token(), testkit::USER_ID, data);
        let status = line.post_webhook(&url, &body)?;
        if status != 200 {
            return Err(format!("the bot answered the webhook with {status}").into());
        }
        let reply = line
            .deliveries()
            .into_iter()
            .filter(|d| d.kind == "reply")
            .nth(replies.len())
            .ok_or("the bot did not reply")?;
        replies.extend(reply.texts());
    }
    bot.join().map_err(|_| "the bot thread panicked")?;
    Ok(replies)
}

fn main() -> Result<(), Box<dyn Error + Send + Sync>> {
    match (
        std::env::var("LINE_CHANNEL_SECRET"),
        std::env::var("LINE_CHANNEL_ACCESS_TOKEN"),
    ) {
        (Ok(secret), Ok(token)) => {
            let port = std::env::var("PORT").unwrap_or_else(|_| "8080".into());
            let server = tiny_http::Server::http(format!("0.0.0.0:{port}"))?;
            println!("postback bot listening on :{port}; send it any text to get the menu");
            serve(
                &server,
                &WebhookParser::new(&secret),
                &Client::new(token),
                None,
            );
            Ok(())
        }
        _ => {
            println!(
                "LINE_CHANNEL_SECRET / LINE_CHANNEL_ACCESS_TOKEN not set: running offline against the local LINE API server"
            );
            for reply in run_offline(&[0, 2])? {
                println!("bot replied: {reply}");
            }
            Ok(())
        }
    }
}
