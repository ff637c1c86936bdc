//! An echo bot: a webhook server that verifies LINE's signature, parses the events and replies
//! to every text message with the same text.
//!
//! With `LINE_CHANNEL_SECRET` and `LINE_CHANNEL_ACCESS_TOKEN` set, it serves webhooks on
//! `0.0.0.0:$PORT` (default 8080) for the real LINE platform:
//!
//! ```text
//! LINE_CHANNEL_SECRET=... LINE_CHANNEL_ACCESS_TOKEN=... cargo run --example echo_bot
//! ```
//!
//! Without them it runs offline: it starts the local LINE API server (`linebot::testkit`),
//! sends itself a signed text webhook, prints the reply the local server received, and exits.

use std::error::Error;

use linebot::client::Client;
use linebot::message::TextMessage;
use linebot::testkit::{self, LineServer};
use linebot::webhook::{EventKind, MessageContent, WebhookParser};

/// Handles one webhook request: verifies and parses the body, echoes each text message.
/// Answers the HTTP status for LINE (200, or 400 for a bad signature or body).
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
        if let (EventKind::Message(MessageContent::Text(text)), Some(token)) =
            (&event.kind, event.reply_token())
            && let Err(e) = client.reply_message(token, [TextMessage::new(text.text.clone())])
        {
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

/// The offline run: the local LINE API server, the echo bot, one signed text webhook.
/// Returns the texts of the reply the local server received.
pub fn run_offline(text: &str) -> Result<Vec<String>, Box<dyn Error + Send + Sync>> {
    let line = LineServer::start();
    let client = line.client();
    let parser = WebhookParser::new(testkit::CHANNEL_SECRET);
    let webhook_server = tiny_http::Server::http("127.0.0.1:0")?;
    let url = format!("http://{}/callback", webhook_server.server_addr());

    let bot = std::thread::spawn(move || serve(&webhook_server, &parser, &client, Some(1)));
    let body = line.text_message_webhook(testkit::USER_ID, text);
    let status = line.post_webhook(&url, &body)?;
    bot.join().map_err(|_| "the bot thread panicked")?;
    if status != 200 {
        return Err(format!("the bot answered the webhook with {status}").into());
    }
    let reply = line
        .deliveries()
        .into_iter()
        .find(|d| d.kind == "reply")
        .ok_or("the bot did not reply")?;
    Ok(reply.texts())
}

fn main() -> Result<(), Box<dyn Error + Send + Sync>> {
    match (
        std::env::var("LINE_CHANNEL_SECRET"),
        std::env::var("LINE_CHANNEL_ACCESS_TOKEN"),
    ) {
        (Ok(secret), Ok(token)) => {
            let port = std::env::var("PORT").unwrap_or_else(|_| "8080".into());
            let server = tiny_http::Server::http(format!("0.0.0.0:{port}"))?;
            println!(
                "echo bot listening on :{port}; set the webhook URL to https://<your host>/callback"
            );
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
            let texts = run_offline("Hello, echo bot!")?;
            println!("user sent:   \"Hello, echo bot!\"");
            println!("bot replied: {texts:?}");
            Ok(())
        }
    }
}
