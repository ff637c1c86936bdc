//! Message validation on the local server: the body is checked by this crate's runtime
//! validator, as the send endpoints check theirs.

use serde::Deserialize;

use super::RecordedRequest;
use super::api::{Handled, empty, validated};
use crate::message::Message;
use crate::validate::{Path, Validate, Violations};

#[derive(Deserialize)]
pub(crate) struct MessagesBody {
    messages: Vec<Message>,
}

impl Validate for MessagesBody {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        crate::message::validate_messages(&self.messages, path, out);
    }
}

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
        ) => Some(validated::<MessagesBody>(r).and_then(|_| empty())),
        _ => None,
    }
}
