//! Coupons: the body of `createCoupon` and the values a coupon is made of, checked by
//! [`Validate`]. Send it with [`Client::create_coupon`](crate::client::Client::create_coupon);
//! the answers are in [`client::coupon`](crate::client::coupon).

use serde::{Deserialize, Serialize};

use crate::limits::{COUPON_DESCRIPTION_MAX, COUPON_TITLE_MAX, COUPON_USAGE_CONDITION_MAX};
use crate::validate::{self, Path, Validate, Violations};

/// Body of `POST /v2/bot/coupon`.
/// <https://developers.line.biz/en/reference/messaging-api/#create-coupon>
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CouponCreateRequest {
    /// How users get the coupon.
    pub acquisition_condition: AcquisitionCondition,
    /// Barcode image URL, for redemption in store.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub barcode_image_url: Option<String>,
    /// Code the user shows to redeem the coupon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coupon_code: Option<String>,
    /// Description (at most 1000 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// End of validity (UNIX time, seconds).
    pub end_timestamp: i64,
    /// Main image URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    /// Times one ticket can be used: `1`, or `-1` for no limit.
    pub max_use_count_per_ticket: i32,
    /// Start of validity (UNIX time, seconds).
    pub start_timestamp: i64,
    /// Title (1 to 60 characters).
    pub title: String,
    /// Conditions of use (at most 100 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage_condition: Option<String>,
    /// What the coupon gives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reward: Option<CouponReward>,
    /// Who can see the coupon.
    pub visibility: CouponVisibility,
    /// Time zone of the timestamps.
    pub timezone: CouponTimezone,
}

impl CouponCreateRequest {
    crate::client::declare::setter!(opt_field barcode_image_url String);
    crate::client::declare::setter!(opt_field coupon_code String);
    crate::client::declare::setter!(opt_field description String);
    crate::client::declare::setter!(opt_field image_url String);
    crate::client::declare::setter!(opt_field usage_condition String);
    crate::client::declare::setter!(opt_field reward CouponReward);

    /// How users get the coupon (everyone by default).
    pub fn acquisition_condition(mut self, condition: AcquisitionCondition) -> Self {
        self.acquisition_condition = condition;
        self
    }

    /// How many times a user may use it.
    pub fn max_use_count_per_ticket(mut self, count: i32) -> Self {
        self.max_use_count_per_ticket = count;
        self
    }

    /// A coupon anyone can get (`normal` acquisition), usable once per ticket.
    pub fn new(
        title: impl Into<String>,
        start_timestamp: i64,
        end_timestamp: i64,
        visibility: CouponVisibility,
        timezone: CouponTimezone,
    ) -> Self {
        Self {
            acquisition_condition: AcquisitionCondition::Normal,
            barcode_image_url: None,
            coupon_code: None,
            description: None,
            end_timestamp,
            image_url: None,
            max_use_count_per_ticket: 1,
            start_timestamp,
            title: title.into(),
            usage_condition: None,
            reward: None,
            visibility,
            timezone,
        }
    }
}

fn percent(value: i32, path: &mut Path, out: &mut Violations) {
    if !(1..=99).contains(&value) {
        validate::invalid(format!("an integer from 1 to 99, found {value}"), path, out);
    }
}

impl Validate for CouponCreateRequest {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        path.field("title", |p| {
            validate::max_chars(&self.title, COUPON_TITLE_MAX, p, out);
            if self.title.is_empty() {
                validate::missing(p, out);
            }
        });
        if let Some(d) = &self.description {
            path.field("description", |p| {
                validate::max_chars(d, COUPON_DESCRIPTION_MAX, p, out)
            });
        }
        if let Some(u) = &self.usage_condition {
            path.field("usageCondition", |p| {
                validate::max_chars(u, COUPON_USAGE_CONDITION_MAX, p, out)
            });
        }
        if !matches!(self.max_use_count_per_ticket, 1 | -1) {
            path.field("maxUseCountPerTicket", |p| {
                validate::invalid("1, or -1 for no limit", p, out)
            });
        }
        path.field("acquisitionCondition", |p| {
            if let AcquisitionCondition::Lottery {
                lottery_probability: Some(prob),
                ..
            } = &self.acquisition_condition
            {
                p.field("lotteryProbability", |p| percent(*prob, p, out));
            }
        });
        let price_percentage = match &self.reward {
            Some(CouponReward::CashBack {
                price_info: Some(CashBackPriceInfo::Percentage { percentage }),
            })
            | Some(CouponReward::Discount {
                price_info: Some(DiscountPriceInfo::Percentage { percentage }),
            }) => Some(*percentage),
            _ => None,
        };
        if let Some(pc) = price_percentage {
            path.field("reward", |p| {
                p.field("priceInfo", |p| {
                    p.field("percentage", |p| percent(pc, p, out))
                })
            });
        }
    }
}

/// How users get a coupon.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "camelCase")]
#[non_exhaustive]
pub enum AcquisitionCondition {
    /// Anyone who opens it gets it.
    Normal,
    /// A lottery.
    #[serde(rename_all = "camelCase")]
    Lottery {
        /// Chance of winning, 1 to 99 percent.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        lottery_probability: Option<i32>,
        /// Most coupons issued in total (`-1`: no limit).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max_acquire_count: Option<i32>,
    },
    /// Given for referrals (only in LINE's answers).
    Referral,
    /// A kind this version does not know, kept as received.
    #[serde(untagged)]
    Unknown(serde_json::Value),
}

/// What a coupon gives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "camelCase")]
#[non_exhaustive]
pub enum CouponReward {
    /// Money back.
    #[serde(rename_all = "camelCase")]
    CashBack {
        /// How much.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        price_info: Option<CashBackPriceInfo>,
    },
    /// A discount.
    #[serde(rename_all = "camelCase")]
    Discount {
        /// How much.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        price_info: Option<DiscountPriceInfo>,
    },
    /// Something free.
    Free,
    /// A gift.
    Gift,
    /// Anything else.
    Others,
    /// A kind this version does not know, kept as received.
    #[serde(untagged)]
    Unknown(serde_json::Value),
}

/// How much money back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "camelCase")]
#[non_exhaustive]
pub enum CashBackPriceInfo {
    /// A fixed amount.
    #[serde(rename_all = "camelCase")]
    Fixed {
        /// The amount.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        fixed_amount: Option<i64>,
        /// Its currency (in LINE's answers).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        currency: Option<String>,
    },
    /// A percentage of the price.
    Percentage {
        /// 1 to 99.
        percentage: i32,
    },
    /// A kind this version does not know, kept as received.
    #[serde(untagged)]
    Unknown(serde_json::Value),
}

/// How much discount.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "camelCase")]
#[non_exhaustive]
pub enum DiscountPriceInfo {
    /// A fixed amount off.
    #[serde(rename_all = "camelCase")]
    Fixed {
        /// The amount.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        fixed_amount: Option<i64>,
        /// Its currency (in LINE's answers).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        currency: Option<String>,
    },
    /// A percentage off.
    Percentage {
        /// 1 to 99.
        percentage: i32,
    },
    /// The prices before and after the discount.
    #[serde(rename_all = "camelCase")]
    Explicit {
        /// Price after the discount.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        price_after_discount: Option<i64>,
        /// Price before.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        original_price: Option<i64>,
        /// Their currency (in LINE's answers).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        currency: Option<String>,
    },
    /// A kind this version does not know, kept as received.
    #[serde(untagged)]
    Unknown(serde_json::Value),
}

/// Who can see a coupon.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[non_exhaustive]
pub enum CouponVisibility {
    /// Only people with the link or message.
    Unlisted,
    /// Everyone.
    Public,
    /// Private (only in LINE's answers).
    Private,
    /// A value this version does not know.
    #[serde(untagged)]
    Unknown(String),
}

/// State of a coupon.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[non_exhaustive]
pub enum CouponStatus {
    /// Not yet running.
    Draft,
    /// Running.
    Running,
    /// Closed.
    Closed,
    /// A value this version does not know.
    #[serde(untagged)]
    Unknown(String),
}

macro_rules! timezones {
    ($($variant:ident = $wire:literal),* $(,)?) => {
        /// Time zone of a coupon's timestamps.
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
        #[non_exhaustive]
        pub enum CouponTimezone {
            $(
                #[doc = concat!("`", $wire, "`")]
                #[serde(rename = $wire)]
                $variant,
            )*
            /// A value this version does not know.
            #[serde(untagged)]
            Unknown(String),
        }
    };
}

timezones! {
    EtcGmtMinus12 = "ETC_GMT_MINUS_12",
    EtcGmtMinus11 = "ETC_GMT_MINUS_11",
    PacificHonolulu = "PACIFIC_HONOLULU",
    AmericaAnchorage = "AMERICA_ANCHORAGE",
    AmericaLosAngeles = "AMERICA_LOS_ANGELES",
    AmericaPhoenix = "AMERICA_PHOENIX",
    AmericaChicago = "AMERICA_CHICAGO",
    AmericaNewYork = "AMERICA_NEW_YORK",
    AmericaCaracas = "AMERICA_CARACAS",
    AmericaSantiago = "AMERICA_SANTIAGO",
    AmericaStJohns = "AMERICA_ST_JOHNS",
    AmericaSaoPaulo = "AMERICA_SAO_PAULO",
    EtcGmtMinus2 = "ETC_GMT_MINUS_2",
    AtlanticCapeVerde = "ATLANTIC_CAPE_VERDE",
    EuropeLondon = "EUROPE_LONDON",
    EuropeParis = "EUROPE_PARIS",
    EuropeIstanbul = "EUROPE_ISTANBUL",
    EuropeMoscow = "EUROPE_MOSCOW",
    AsiaTehran = "ASIA_TEHRAN",
    AsiaTbilisi = "ASIA_TBILISI",
    AsiaKabul = "ASIA_KABUL",
    AsiaTashkent = "ASIA_TASHKENT",
    AsiaColombo = "ASIA_COLOMBO",
    AsiaKathmandu = "ASIA_KATHMANDU",
    AsiaAlmaty = "ASIA_ALMATY",
    AsiaRangoon = "ASIA_RANGOON",
    AsiaBangkok = "ASIA_BANGKOK",
    AsiaTaipei = "ASIA_TAIPEI",
    AsiaTokyo = "ASIA_TOKYO",
    AustraliaDarwin = "AUSTRALIA_DARWIN",
    AustraliaSydney = "AUSTRALIA_SYDNEY",
    AsiaVladivostok = "ASIA_VLADIVOSTOK",
    EtcGmtPlus12 = "ETC_GMT_PLUS_12",
    PacificTongatapu = "PACIFIC_TONGATAPU",
}
