//! Drives the `webhook_server` example's handler over real HTTP on 127.0.0.1.

#[allow(dead_code)]
#[path = "../../examples/webhook_server.rs"]
mod webhook_server;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::mpsc;

use linebot::webhook::WebhookParser;

use crate::support::{SECRET, bench_data};

/// Sends a raw HTTP/1.1 POST and returns the status code.
fn post(addr: &str, path: &str, body: &[u8], signature: Option<&str>) -> u16 {
    let mut stream = TcpStream::connect(addr).unwrap();
    let mut head = format!(
        "POST {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    if let Some(signature) = signature {
        head.push_str(&format!("X-Line-Signature: {signature}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).unwrap();
    stream.write_all(body).unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    response
        .split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or_else(|| panic!("no status line in {response:?}"))
}

#[test]
fn example_server_verifies_and_parses() {
    let server = tiny_http::Server::http("127.0.0.1:0").unwrap();
    let addr = server.server_addr().to_ip().unwrap().to_string();
    let (lines_tx, lines_rx) = mpsc::channel();
    let requests = 5;
    let handle = std::thread::spawn(move || {
        let parser = WebhookParser::new(SECRET).max_body_size(4096);
        for _ in 0..requests {
            let request = server.recv().unwrap();
            lines_tx
                .send(webhook_server::handle(&parser, request))
                .unwrap();
        }
    });

    let body = bench_data("webhook_1.json");
    let signature = "S3pa9C+Htqvxg7ucWAV3S0qC2Ny+WI7iMeHLbVUDpb4=";

    assert_eq!(post(&addr, "/callback", &body, Some(signature)), 200);
    assert_eq!(
        lines_rx.recv().unwrap(),
        ["text from Ud811f756ef56ab8fba4998611e829ea8: \"Hello, world\""]
    );

    assert_eq!(post(&addr, "/callback", &body, None), 401);
    assert!(lines_rx.recv().unwrap()[0].contains("no x-line-signature"));

    let mut tampered = body.clone();
    tampered[100] ^= 1;
    assert_eq!(post(&addr, "/callback", &tampered, Some(signature)), 401);
    assert!(lines_rx.recv().unwrap()[0].contains("does not match"));

    let big = vec![b' '; 5000];
    let big_signature = linebot::webhook::sign(SECRET, &big);
    assert_eq!(post(&addr, "/callback", &big, Some(&big_signature)), 413);
    assert!(lines_rx.recv().unwrap()[0].starts_with("413"));

    let verification = br#"{"destination":"U58b2a2055bb55bcbb37d2f2a4276b0bd","events":[]}"#;
    let verification_signature = linebot::webhook::sign(SECRET, verification);
    assert_eq!(
        post(
            &addr,
            "/callback",
            verification,
            Some(&verification_signature)
        ),
        200
    );
    assert_eq!(
        lines_rx.recv().unwrap(),
        ["no events (webhook URL verification)"]
    );

    handle.join().unwrap();
}
