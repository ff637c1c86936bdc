//! Shop: giving a user a sticker set as a mission reward.
//!
//! ```no_run
//! # let client = linebot::client::Client::new("token");
//! client.mission_sticker_v3("U4af4980629...", "1234", "STICKER", true)?;
//! # Ok::<(), linebot::client::Error>(())
//! ```

use serde::{Deserialize, Serialize};

/// Body of `POST /shop/v3/mission`.
/// <https://developers.line.biz/en/reference/partner-docs/#send-mission-stickers-v3>
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct MissionStickerRequest {
    /// User ID of the recipient.
    pub to: String,
    /// Package ID of the sticker set.
    pub product_id: String,
    /// `STICKER`.
    pub product_type: String,
    /// `true`: LINE also sends a present message.
    pub send_present_message: bool,
}

impl MissionStickerRequest {
    /// Gives sticker set `product_id` (of `product_type`, `STICKER`) to user `to`.
    pub fn new(
        to: impl Into<String>,
        product_id: impl Into<String>,
        product_type: impl Into<String>,
        send_present_message: bool,
    ) -> Self {
        Self {
            to: to.into(),
            product_id: product_id.into(),
            product_type: product_type.into(),
            send_present_message,
        }
    }
}

super::operation! {
    /// `missionStickerV3` (partner API): gives a user a sticker set as a mission reward.
    /// <https://developers.line.biz/en/reference/partner-docs/#send-mission-stickers-v3>
    Post Api "/shop/v3/mission" -> ();
    body MissionStickerRequest;
    pub fn mission_sticker_v3(
        to: impl Into<String>,
        product_id: impl Into<String>,
        product_type: impl Into<String>,
        send_present_message: bool,
    ) {
        MissionStickerRequest::new(to, product_id, product_type, send_present_message)
    }
}

impl crate::validate::Validate for MissionStickerRequest {
    fn validate_at(&self, path: &mut crate::validate::Path, out: &mut crate::validate::Violations) {
        use crate::validate::required;
        path.field("to", |p| required(&self.to, p, out));
        path.field("productId", |p| required(&self.product_id, p, out));
        path.field("productType", |p| required(&self.product_type, p, out));
    }
}
