//! Coupon messages: send a coupon made with the coupon API.
//!
//! ```
//! use linebot::message::CouponMessage;
//! let coupon = CouponMessage::new("01JYNW8JMQVFBNHM8DK9BX4Y8K").delivery_tag("spring_sale");
//! assert_eq!(
//!     serde_json::to_string(&coupon).unwrap(),
//!     r#"{"couponId":"01JYNW8JMQVFBNHM8DK9BX4Y8K","deliveryTag":"spring_sale"}"#
//! );
//! ```

use crate::Str;
use serde::{Deserialize, Serialize};

use super::{QuickReply, Sender};
use crate::limits;
use crate::validate::{self, Path, Validate, Violations};

/// `coupon` message: <https://developers.line.biz/en/reference/messaging-api/#coupon-message>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CouponMessage {
    /// Coupon ID.
    pub coupon_id: Str,
    /// Delivery route tag, for analysis in LINE Official Account Manager (up to 30 characters).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delivery_tag: Option<Str>,
    /// Quick reply buttons shown with the message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quick_reply: Option<QuickReply>,
    /// Icon and display name shown instead of the account's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender: Option<Sender>,
}

impl CouponMessage {
    /// The coupon `coupon_id`.
    pub fn new(coupon_id: impl Into<Str>) -> Self {
        Self {
            coupon_id: coupon_id.into(),
            delivery_tag: None,
            quick_reply: None,
            sender: None,
        }
    }

    /// Tags the delivery route with `tag` (up to 30 characters).
    pub fn delivery_tag(mut self, tag: impl Into<Str>) -> Self {
        self.delivery_tag = Some(tag.into());
        self
    }
}

impl Validate for CouponMessage {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        path.field("couponId", |p| validate::required(&self.coupon_id, p, out));
        if let Some(tag) = &self.delivery_tag {
            path.rule("V29", |p| {
                p.field("deliveryTag", |p| {
                    validate::nonempty_utf16(tag, limits::COUPON_DELIVERY_TAG_MAX, p, out);
                    if !tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                        validate::invalid("characters of a-z, A-Z, 0-9 and `_`", p, out);
                    }
                })
            });
        }
        super::validate_common(&self.quick_reply, &self.sender, path, out);
    }
}
