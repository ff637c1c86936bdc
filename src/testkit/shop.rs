//! Mission stickers on the local server: any complete request is accepted.

use super::RecordedRequest;
use super::api::{Handled, body, empty};
use crate::client::shop::MissionStickerRequest;

pub(super) fn handle(r: &RecordedRequest, seg: &[&str]) -> Option<Handled> {
    match (r.method.as_str(), seg) {
        ("POST", ["shop", "v3", "mission"]) => {
            Some(body::<MissionStickerRequest>(r).and_then(|_| empty()))
        }
        _ => None,
    }
}
