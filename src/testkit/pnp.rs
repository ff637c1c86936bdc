//! LINE notification messages (PNP) on the local server: the phone number
//! [`PNP_PHONE_NUMBER`](super::PNP_PHONE_NUMBER) is registered to LINE; other hashed numbers
//! answer `422` as LINE does for users it cannot reach, and anything but a SHA-256 hex digest
//! answers `400`.

use super::RecordedRequest;
use super::api::{ApiReply, Handled, PNP_PHONE_NUMBER, empty, error, validated};
use crate::client::pnp::hash_phone_number;
use crate::limits::{PNP_DELIVERY_TAG_MAX, PNP_DELIVERY_TAG_MIN};
use crate::message::PnpMessagesRequest;

pub(super) fn handle(r: &RecordedRequest, seg: &[&str]) -> Option<Handled> {
    match (r.method.as_str(), seg) {
        ("POST", ["bot", "pnp", "push"]) => Some((|| {
            if let Some(tag) = r.header("x-line-delivery-tag")
                && !(PNP_DELIVERY_TAG_MIN..=PNP_DELIVERY_TAG_MAX).contains(&tag.chars().count())
            {
                return Err(error(
                    400,
                    "X-Line-Delivery-Tag must be 16 to 100 characters",
                ));
            }
            let body: PnpMessagesRequest = validated(r)?;
            if body.to.len() != 64 || !body.to.bytes().all(|b| b.is_ascii_hexdigit()) {
                return Err(error(400, "to must be a SHA-256 hashed phone number"));
            }
            if body.to != hash_phone_number(PNP_PHONE_NUMBER) {
                return Err(ApiReply::Json(
                    422,
                    serde_json::json!({ "message": "Failed to send messages" }),
                ));
            }
            empty()
        })()),
        _ => None,
    }
}
