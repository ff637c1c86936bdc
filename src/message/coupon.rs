//! Coupon messages. (Skeleton: the owning issue completes it.)

use serde::{Deserialize, Serialize};

use super::{QuickReply, Sender};
use crate::validate::{Path, Validate, Violations};

/// `coupon` message: <https://developers.line.biz/en/reference/messaging-api/#coupon-message>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CouponMessage {
    /// Coupon ID.
    pub coupon_id: String,
    /// Quick reply buttons shown with the message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quick_reply: Option<QuickReply>,
    /// Icon and display name shown instead of the account's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender: Option<Sender>,
}

impl Validate for CouponMessage {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        super::validate_common(&self.quick_reply, &self.sender, path, out);
    }
}
