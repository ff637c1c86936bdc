//! Shop: giving a user a sticker set as a mission reward.
//!
//! ```no_run
//! use linebot::client::shop::MissionStickerRequest;
//! # let client = linebot::client::Client::new("token");
//! client.mission_sticker_v3(MissionStickerRequest::new("U4af4980629...", "1234", "STICKER", true))?;
//! # Ok::<(), linebot::client::Error>(())
//! ```

use serde::{Deserialize, Serialize};

use super::{Client, Error, Host, Method, Operation, Payload, Response};

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

impl Operation for MissionStickerRequest {
    type Response = ();
    const METHOD: Method = Method::Post;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        "/shop/v3/mission".into()
    }
    fn payload(&self) -> Result<Payload<'_>, Error> {
        Payload::json(self)
    }
}

impl Client {
    /// `missionStickerV3`: gives a user a sticker set.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn mission_sticker_v3(
        &self,
        request: MissionStickerRequest,
    ) -> Result<Response<()>, Error> {
        self.call(request)
    }
}
