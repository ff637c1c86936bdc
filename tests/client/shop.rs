//! Mission stickers (the shop API) against the local server, over HTTP: method, host, path,
//! headers and body of the call.
#![cfg(feature = "testkit")]

use linebot::client::Host;
use linebot::testkit::{self, LineServer};
use serde_json::json;

use crate::support::{assert_call, assert_json};

#[test]
fn mission_sticker() {
    let server = LineServer::start();
    let client = server.client();
    client
        .mission_sticker_v3(testkit::USER_ID, "1234", "STICKER", true)
        .unwrap();
    let r = server.last_request().unwrap();
    assert_call(&r, "POST", Host::Api, "/shop/v3/mission");
    assert_json(
        &r,
        json!({
            "to": testkit::USER_ID,
            "productId": "1234",
            "productType": "STICKER",
            "sendPresentMessage": true,
        }),
    );
}
