//! Coupons: create, list, look up and close the account's coupons.
//!
//! ```no_run
//! use linebot::client::coupon::{
//!     AcquisitionCondition, CouponCreateRequest, CouponReward, CouponTimezone, CouponVisibility,
//!     DiscountPriceInfo,
//! };
//! # let client = linebot::client::Client::new("token");
//! let mut coupon = CouponCreateRequest::new(
//!     "10% off everything",
//!     1_767_225_600,
//!     1_769_904_000,
//!     CouponVisibility::Public,
//!     CouponTimezone::AsiaTokyo,
//! );
//! coupon.reward = Some(CouponReward::Discount {
//!     price_info: Some(DiscountPriceInfo::Percentage { percentage: 10 }),
//! });
//! coupon.acquisition_condition = AcquisitionCondition::Normal;
//! let created = client.create_coupon(coupon)?;
//! let detail = client.get_coupon_detail(&created.coupon_id)?;
//! println!("{:?}", detail.status);
//! client.close_coupon(&created.coupon_id)?;
//! # Ok::<(), linebot::client::Error>(())
//! ```
//!
//! Send a coupon with [`CouponMessage`](crate::message::CouponMessage).

use serde::{Deserialize, Serialize};

pub use crate::coupon::{
    AcquisitionCondition, CashBackPriceInfo, CouponCreateRequest, CouponReward, CouponStatus,
    CouponTimezone, CouponVisibility, DiscountPriceInfo,
};

/// The new coupon's ID.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CouponCreateResponse {
    /// Coupon ID.
    pub coupon_id: String,
}

/// A page of coupons.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MessagingApiPagerCouponListResponse {
    /// Coupons.
    pub items: Vec<CouponListResponse>,
    /// Token for the next page; absent on the last page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
}

/// A coupon in a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CouponListResponse {
    /// Coupon ID.
    pub coupon_id: String,
    /// Title.
    pub title: String,
}

/// A coupon's details.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CouponResponse {
    /// Coupon ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coupon_id: Option<String>,
    /// How users get it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acquisition_condition: Option<AcquisitionCondition>,
    /// Barcode image URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub barcode_image_url: Option<String>,
    /// Redemption code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coupon_code: Option<String>,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// End of validity (UNIX time, seconds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_timestamp: Option<i64>,
    /// Main image URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    /// Most coupons issued in total.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_acquire_count: Option<i64>,
    /// Times one ticket can be used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_use_count_per_ticket: Option<i32>,
    /// Most tickets per user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_ticket_per_user: Option<i64>,
    /// Start of validity (UNIX time, seconds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_timestamp: Option<i64>,
    /// Title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Conditions of use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage_condition: Option<String>,
    /// What it gives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reward: Option<CouponReward>,
    /// Who can see it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visibility: Option<CouponVisibility>,
    /// Time zone of the timestamps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<CouponTimezone>,
    /// When it was created (UNIX time, seconds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_timestamp: Option<i64>,
    /// Its state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<CouponStatus>,
}

super::json_response!(
    CouponCreateResponse,
    MessagingApiPagerCouponListResponse,
    CouponResponse
);

super::declare::to_query_serde!(CouponStatus);

super::operation! {
    /// `createCoupon`: creates a coupon ([`Error::Validation`](super::Error::Validation)
    /// for a title, description or percentage out of range).
    /// <https://developers.line.biz/en/reference/messaging-api/#create-coupon>
    Post Api "/v2/bot/coupon" -> CouponCreateResponse;
    body CouponCreateRequest;
    pub fn create_coupon(coupon: CouponCreateRequest) {
        coupon
    }
}

super::operation! {
    /// `listCoupon`: a page of coupons (every state unless the request sets `status`); the
    /// next page starts at the answer's `next`.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-coupons-list>
    Get Api "/v2/bot/coupon" -> MessagingApiPagerCouponListResponse;
    #[derive(Debug, Default, Eq)]
    pub struct ListCoupon {
        /// Only coupons in these states (all when empty).
        list_query "status" status: CouponStatus,
        /// The `next` token of the previous page.
        opt_query "start" start: String,
        /// Page size (1 to 100, default 20).
        opt_query "limit" limit: u32,
    }
    pub fn list_coupon() {
        Self::default()
    }
}

super::operation! {
    /// `getCouponDetail`: a coupon's details (LINE answers 404 for an unknown coupon).
    /// <https://developers.line.biz/en/reference/messaging-api/#get-coupon>
    Get Api "/v2/bot/coupon/{coupon_id}" -> CouponResponse;
    #[derive(Debug, Eq)]
    pub struct GetCouponDetail {
        /// Coupon ID.
        path coupon_id: String,
    }
    pub fn get_coupon_detail(coupon_id: impl Into<String>) {
        Self { coupon_id: coupon_id.into() }
    }
}

super::operation! {
    /// `closeCoupon`: ends a coupon; it cannot be reopened (LINE answers 410 for a coupon
    /// already closed).
    /// <https://developers.line.biz/en/reference/messaging-api/#discontinue-coupon>
    Put Api "/v2/bot/coupon/{coupon_id}/close" -> ();
    #[derive(Debug, Eq)]
    pub struct CloseCoupon {
        /// Coupon ID.
        path coupon_id: String,
    }
    pub fn close_coupon(coupon_id: impl Into<String>) {
        Self { coupon_id: coupon_id.into() }
    }
}
