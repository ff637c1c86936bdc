//! LINE notification messages (PNP) on the local server: E.164 numbers under `+8180` are
//! reachable, others answer `422` as LINE does for users it cannot reach.

use serde::Deserialize;

use super::RecordedRequest;
use super::api::{ApiReply, Handled, empty, error, validated};
use crate::message::Message;
use crate::validate::{Path, Validate, Violations};

#[derive(Deserialize)]
struct PnpBody {
    to: String,
    messages: Vec<Message>,
}

impl Validate for PnpBody {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        crate::message::validate_messages(&self.messages, path, out);
    }
}

pub(super) fn handle(r: &RecordedRequest, seg: &[&str]) -> Option<Handled> {
    match (r.method.as_str(), seg) {
        ("POST", ["bot", "pnp", "push"]) => Some((|| {
            if let Some(tag) = r.header("x-line-delivery-tag")
                && !(16..=100).contains(&tag.chars().count())
            {
                return Err(error(
                    400,
                    "X-Line-Delivery-Tag must be 16 to 100 characters",
                ));
            }
            let body: PnpBody = validated(r)?;
            if !body.to.starts_with("+8180") {
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
