//! Content download from `api-data.line.me` against the local LINE API server, over HTTP.

use std::io::Read;

use linebot::client::Host;
use linebot::client::content::TranscodingStatus;
use linebot::testkit::{self, LineServer};

#[test]
fn get_message_content_streams_from_api_data() {
    let server = LineServer::start();
    let mut content = server
        .client()
        .get_message_content(testkit::IMAGE_MESSAGE_ID)
        .unwrap();
    assert_eq!(content.content_type(), Some("image/png"));
    assert_eq!(
        content.content_length(),
        Some(testkit::IMAGE_CONTENT.len() as u64)
    );
    let mut bytes = Vec::new();
    content.read_to_end(&mut bytes).unwrap();
    assert_eq!(bytes, testkit::IMAGE_CONTENT);

    let r = server.last_request().unwrap();
    assert_eq!(r.method, "GET");
    assert_eq!(r.host, Some(Host::ApiData));
    assert_eq!(
        r.path,
        format!("/v2/bot/message/{}/content", testkit::IMAGE_MESSAGE_ID)
    );
    assert!(r.header("authorization").is_some());
}

#[test]
fn large_content_is_not_capped() {
    let server = LineServer::start();
    let big: Vec<u8> = (0..12 * 1024 * 1024).map(|i| (i % 251) as u8).collect();
    server.seed_content("big", "video/mp4", &big);
    let content = server.client().get_message_content("big").unwrap();
    let bytes = content.into_bytes().unwrap();
    assert_eq!(
        bytes.len(),
        big.len(),
        "more than ureq's 10 MB read_to_vec cap"
    );
    assert!(bytes == big);
}

#[test]
fn preview_and_transcoding() {
    let server = LineServer::start();
    let client = server.client();
    let preview = client
        .get_message_content_preview(testkit::IMAGE_MESSAGE_ID)
        .unwrap()
        .into_bytes()
        .unwrap();
    assert!(!preview.is_empty());
    let r = server.last_request().unwrap();
    assert_eq!(r.host, Some(Host::ApiData));
    assert_eq!(
        r.path,
        format!(
            "/v2/bot/message/{}/content/preview",
            testkit::IMAGE_MESSAGE_ID
        )
    );

    let status = client
        .get_message_content_transcoding_by_message_id(testkit::IMAGE_MESSAGE_ID)
        .unwrap();
    assert_eq!(status.status, TranscodingStatus::Succeeded);
    let r = server.last_request().unwrap();
    assert_eq!((r.method.as_str(), r.host), ("GET", Some(Host::ApiData)));
    assert_eq!(
        r.path,
        format!(
            "/v2/bot/message/{}/content/transcoding",
            testkit::IMAGE_MESSAGE_ID
        )
    );
}

#[test]
fn missing_content_is_404() {
    let server = LineServer::start();
    let err = server.client().get_message_content("nope").unwrap_err();
    assert_eq!(err.status(), Some(404));
}

#[test]
fn content_on_the_wrong_host_is_404() {
    // A client whose api-data base points at the api host: LINE answers 404.
    let server = LineServer::start();
    let client = server
        .client_builder()
        .api_data_base_url(server.host_url(Host::Api))
        .build()
        .unwrap();
    let err = client
        .get_message_content(testkit::IMAGE_MESSAGE_ID)
        .unwrap_err();
    assert_eq!(err.status(), Some(404));
}
