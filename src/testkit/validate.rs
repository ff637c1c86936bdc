//! Message validation on the local server: the body is checked by this crate's runtime
//! validator, as the send endpoints check theirs.

use super::RecordedRequest;
use super::api::{Handled, empty, validated};
use crate::message::ValidateMessageRequest;

pub(super) fn handle(r: &RecordedRequest, seg: &[&str]) -> Option<Handled> {
    match (r.method.as_str(), seg) {
        (
            "POST",
            [
                "v2",
                "bot",
                "message",
                "validate",
                "reply" | "push" | "multicast" | "narrowcast" | "broadcast",
            ],
        ) => Some(validated::<ValidateMessageRequest>(r).and_then(|_| empty())),
        _ => None,
    }
}
