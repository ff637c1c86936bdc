//! A small blocking webhook server: verifies `x-line-signature`, parses the events and prints
//! them.
//!
//! ```text
//! LINE_CHANNEL_SECRET=... WEBHOOK_ADDR=127.0.0.1:8000 cargo run --example webhook_server
//! ```
//!
//! `WEBHOOK_ADDR` defaults to `127.0.0.1:8000`. Put a TLS-terminating proxy in front of it and
//! set the webhook URL in the LINE Developers Console to `https://your.host/callback`.

use std::io::Read;

use linebot::webhook::{
    CallbackRequest, EventKind, MessageContent, SIGNATURE_HEADER, WebhookError, WebhookParser,
};
use tiny_http::{Method, Request, Response, Server};

fn main() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let secret = std::env::var("LINE_CHANNEL_SECRET")
        .map_err(|_| "set LINE_CHANNEL_SECRET to the channel secret")?;
    let addr = std::env::var("WEBHOOK_ADDR").unwrap_or_else(|_| "127.0.0.1:8000".to_owned());
    let server = Server::http(&addr)?;
    println!("listening on http://{}/callback", server.server_addr());
    let parser = WebhookParser::new(&secret);
    for request in server.incoming_requests() {
        for line in handle(&parser, request) {
            println!("{line}");
        }
    }
    Ok(())
}

/// Answers one request and describes what it got, one line per event (or the rejection).
///
/// 200 for a verified webhook request (LINE retries or flags anything else), 401 for a bad
/// signature, 413 for an oversized body, 400 for a body that is not a webhook request, 404/405
/// off `/callback`.
pub fn handle(parser: &WebhookParser, mut request: Request) -> Vec<String> {
    if request.url() != "/callback" {
        respond(request, 404, "not found");
        return vec!["404 not found".to_owned()];
    }
    if *request.method() != Method::Post {
        respond(request, 405, "method not allowed");
        return vec!["405 method not allowed".to_owned()];
    }
    let signature = request
        .headers()
        .iter()
        .find(|h| h.field.equiv(SIGNATURE_HEADER))
        .map(|h| h.value.as_str().to_owned());

    // Read at most one byte over the limit: enough to know the body is too large.
    let limit = parser.body_size_limit();
    let mut body = Vec::new();
    if let Err(error) = request
        .as_reader()
        .take(limit as u64 + 1)
        .read_to_end(&mut body)
    {
        respond(request, 400, "cannot read the body");
        return vec![format!("400 cannot read the body: {error}")];
    }

    match parser.parse(&body, signature.as_deref()) {
        Ok(callback) => {
            respond(request, 200, "OK");
            describe(&callback)
        }
        Err(error) => {
            let status = match error {
                WebhookError::MissingSignature
                | WebhookError::MalformedSignature { .. }
                | WebhookError::SignatureMismatch => 401,
                WebhookError::BodyTooLarge { .. } => 413,
                _ => 400,
            };
            respond(request, status, &error.to_string());
            vec![format!("{status} {error}")]
        }
    }
}

fn respond(request: Request, status: u16, text: &str) {
    // The client may have hung up; nothing useful to do about it here.
    let _ = request.respond(Response::from_string(text).with_status_code(status));
}

/// One line per event: what a real bot would dispatch on.
fn describe(callback: &CallbackRequest) -> Vec<String> {
    let mut lines: Vec<String> = callback
        .events
        .iter()
        .map(|event| {
            let who = event.user_id().unwrap_or("someone");
            match &event.kind {
                EventKind::Message(MessageContent::Text(text)) => {
                    format!("text from {who}: {:?}", text.text)
                }
                EventKind::Message(message) => {
                    format!("message {} from {who}", message.id().unwrap_or("?"))
                }
                EventKind::Follow(_) => format!("follow by {who}"),
                EventKind::Unfollow => format!("unfollow by {who}"),
                EventKind::Postback(postback) => format!("postback from {who}: {}", postback.data),
                EventKind::Unknown(raw) => format!("unknown event: {raw}"),
                _ => format!("{} event", event.event_type()),
            }
        })
        .collect();
    lines.extend(
        callback
            .unparsed
            .iter()
            .map(|bad| format!("event {} not parsed: {}", bad.index, bad.error)),
    );
    if lines.is_empty() {
        lines.push("no events (webhook URL verification)".to_owned());
    }
    lines
}
