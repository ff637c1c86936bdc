//! Location messages.
//!
//! ```
//! use linebot::message::LocationMessage;
//! let office = LocationMessage::new(
//!     "LY Corporation",
//!     "1-3 Kioicho, Chiyoda-ku, Tokyo",
//!     35.67966,
//!     139.73669,
//! );
//! assert!(linebot::validate::Validate::validate(&office).is_ok());
//! ```

use crate::Str;
use serde::{Deserialize, Serialize};

use super::{QuickReply, Sender};
use crate::limits;
use crate::validate::{self, Path, Validate, Violations};

/// `location` message: <https://developers.line.biz/en/reference/messaging-api/#location-message>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LocationMessage {
    /// Title (1 to 100 characters).
    pub title: Str,
    /// Address (1 to 100 characters).
    pub address: Str,
    /// Latitude in degrees.
    pub latitude: f64,
    /// Longitude in degrees.
    pub longitude: f64,
    /// Quick reply buttons shown with the message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quick_reply: Option<QuickReply>,
    /// Icon and display name shown instead of the account's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender: Option<Sender>,
}

impl LocationMessage {
    /// The place `title` at `address`, at `latitude`, `longitude` (degrees).
    pub fn new(
        title: impl Into<Str>,
        address: impl Into<Str>,
        latitude: f64,
        longitude: f64,
    ) -> Self {
        Self {
            title: title.into(),
            address: address.into(),
            latitude,
            longitude,
            quick_reply: None,
            sender: None,
        }
    }
}

impl Validate for LocationMessage {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        path.rule("V11", |path| {
            path.field("title", |p| {
                validate::nonempty_utf16(&self.title, limits::LOCATION_TITLE_MAX, p, out)
            })
        });
        path.rule("V11", |path| {
            path.field("address", |p| {
                validate::nonempty_utf16(&self.address, limits::LOCATION_ADDRESS_MAX, p, out)
            })
        });
        if !(-90.0..=90.0).contains(&self.latitude) {
            path.field("latitude", |p| {
                validate::invalid("a latitude between -90 and 90", p, out)
            });
        }
        if !(-180.0..=180.0).contains(&self.longitude) {
            path.field("longitude", |p| {
                validate::invalid("a longitude between -180 and 180", p, out)
            });
        }
        super::validate_common(&self.quick_reply, &self.sender, path, out);
    }
}
