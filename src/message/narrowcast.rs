//! Narrowcast targeting: who receives a narrowcast (recipient), which of them (demographic
//! filter) and how many (limit).
//!
//! ```
//! use linebot::message::narrowcast::{Age, DemographicFilter, Gender, Limit, Recipient};
//! use linebot::message::{NarrowcastRequest, TextMessage};
//!
//! let request = NarrowcastRequest::new([TextMessage::new("Sale starts today")])
//!     .recipient(Recipient::and([
//!         Recipient::audience(5614991017776),
//!         Recipient::not(Recipient::redelivery("5b59b2e8-a5b8-4d5b-9b67-0ed96b5bd9b5")),
//!     ]))
//!     .filter(DemographicFilter::or([
//!         DemographicFilter::age(Some(Age::Age20), Some(Age::Age40)),
//!         DemographicFilter::gender([Gender::Female]),
//!     ]))
//!     .limit(Limit::max(1000).up_to_remaining_quota());
//! assert!(linebot::validate::Validate::validate(&request).is_ok());
//! ```

use serde::{Deserialize, Serialize};

use crate::validate::{self, Path, Validate, Violations};

/// `recipient` of a narrowcast: an audience, the recipients of an earlier narrowcast, or a
/// logical combination of recipients.
/// <https://developers.line.biz/en/reference/messaging-api/#narrowcast-recipient>
///
/// Kinds LINE adds later deserialize into [`Recipient::Unknown`], keeping their JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum Recipient {
    /// `audience`: the users of an audience.
    #[serde(rename = "audience")]
    Audience(AudienceRecipient),
    /// `redelivery`: the recipients of an earlier narrowcast.
    #[serde(rename = "redelivery")]
    Redelivery(RedeliveryRecipient),
    /// `operator`: `and`, `or` or `not` over other recipients.
    #[serde(rename = "operator")]
    Operator(OperatorRecipient),
    /// A recipient type this version of `linebot` does not know, kept as JSON.
    #[serde(untagged)]
    Unknown(serde_json::Value),
}

/// `audience` recipient.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AudienceRecipient {
    /// The audience ID.
    pub audience_group_id: i64,
}

/// `redelivery` recipient.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RedeliveryRecipient {
    /// The request ID (`X-Line-Request-Id`) of the narrowcast to send again.
    pub request_id: String,
}

/// `operator` recipient: exactly one of `and`, `or`, `not`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct OperatorRecipient {
    /// Users in every one of these recipients.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub and: Option<Vec<Recipient>>,
    /// Users in any of these recipients.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub or: Option<Vec<Recipient>>,
    /// Users not in this recipient.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not: Option<Box<Recipient>>,
}

impl Recipient {
    /// The users of the audience `audience_group_id`.
    pub fn audience(audience_group_id: i64) -> Self {
        Recipient::Audience(AudienceRecipient { audience_group_id })
    }

    /// The recipients of the narrowcast whose request ID was `request_id`.
    pub fn redelivery(request_id: impl Into<String>) -> Self {
        Recipient::Redelivery(RedeliveryRecipient {
            request_id: request_id.into(),
        })
    }

    /// Users in every one of `recipients`.
    pub fn and(recipients: impl IntoIterator<Item = Recipient>) -> Self {
        Recipient::Operator(OperatorRecipient {
            and: Some(recipients.into_iter().collect()),
            ..OperatorRecipient::default()
        })
    }

    /// Users in any of `recipients`.
    pub fn or(recipients: impl IntoIterator<Item = Recipient>) -> Self {
        Recipient::Operator(OperatorRecipient {
            or: Some(recipients.into_iter().collect()),
            ..OperatorRecipient::default()
        })
    }

    /// Users not in `recipient`.
    #[allow(clippy::should_implement_trait)]
    pub fn not(recipient: Recipient) -> Self {
        Recipient::Operator(OperatorRecipient {
            not: Some(Box::new(recipient)),
            ..OperatorRecipient::default()
        })
    }
}

/// Checks that an operator holds exactly one of `and`, `or`, `not`, then checks each operand.
fn validate_operator<T: Validate>(
    and: &Option<Vec<T>>,
    or: &Option<Vec<T>>,
    not: &Option<Box<T>>,
    path: &mut Path,
    out: &mut Violations,
) {
    let set = usize::from(and.is_some()) + usize::from(or.is_some()) + usize::from(not.is_some());
    if set != 1 {
        validate::invalid(
            "an operator with exactly one of `and`, `or`, `not`",
            path,
            out,
        );
    }
    for (name, list) in [("and", and), ("or", or)] {
        if let Some(list) = list {
            path.field(name, |p| {
                validate::count(list.len(), 1, usize::MAX, p, out);
                for (i, r) in list.iter().enumerate() {
                    p.index(i, |p| r.validate_at(p, out));
                }
            });
        }
    }
    if let Some(r) = not {
        path.field("not", |p| r.validate_at(p, out));
    }
}

impl Validate for Recipient {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        match self {
            Recipient::Operator(o) => validate_operator(&o.and, &o.or, &o.not, path, out),
            Recipient::Redelivery(r) => {
                if r.request_id.is_empty() {
                    path.field("requestId", |p| validate::missing(p, out));
                }
            }
            Recipient::Unknown(v) => {
                if let Some(r) = validate::reparse_unknown::<Recipient>(
                    v,
                    &["audience", "redelivery", "operator"],
                    |r| matches!(r, Recipient::Unknown(_)),
                    path,
                    out,
                ) {
                    r.validate_at(path, out);
                }
            }
            Recipient::Audience(_) => {}
        }
    }
}

/// `filter` of a narrowcast.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Filter {
    /// Who, by demographics.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub demographic: Option<DemographicFilter>,
}

impl Validate for Filter {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        if let Some(d) = &self.demographic {
            path.field("demographic", |p| d.validate_at(p, out));
        }
    }
}

/// `filter.demographic` of a narrowcast: age, gender, app type, area, subscription period, or
/// a logical combination of these.
/// <https://developers.line.biz/en/reference/messaging-api/#narrowcast-demographic-filter>
///
/// Kinds LINE adds later deserialize into [`DemographicFilter::Unknown`], keeping their JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum DemographicFilter {
    /// `age`: `gte <= age < lt`.
    #[serde(rename = "age")]
    Age(AgeFilter),
    /// `appType`: the OS of the user's phone.
    #[serde(rename = "appType")]
    AppType(OneOf<AppType>),
    /// `area`: the region.
    #[serde(rename = "area")]
    Area(OneOf<Area>),
    /// `gender`
    #[serde(rename = "gender")]
    Gender(OneOf<Gender>),
    /// `subscriptionPeriod`: how long the user has been a friend of the account.
    #[serde(rename = "subscriptionPeriod")]
    SubscriptionPeriod(SubscriptionPeriodFilter),
    /// `operator`: `and`, `or` or `not` over other filters.
    #[serde(rename = "operator")]
    Operator(OperatorFilter),
    /// A filter type this version of `linebot` does not know, kept as JSON.
    #[serde(untagged)]
    Unknown(serde_json::Value),
}

/// `age` filter: `gte <= age < lt`; either bound may be absent.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgeFilter {
    /// Lower bound (inclusive).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gte: Option<Age>,
    /// Upper bound (exclusive).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lt: Option<Age>,
}

/// `subscriptionPeriod` filter: `gte <= period < lt`; either bound may be absent.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubscriptionPeriodFilter {
    /// Lower bound (inclusive).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gte: Option<SubscriptionPeriod>,
    /// Upper bound (exclusive).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lt: Option<SubscriptionPeriod>,
}

/// A filter matching any of the listed values (`{"oneOf": [..]}`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OneOf<T> {
    /// The values; a user matching any of them passes.
    #[serde(rename = "oneOf")]
    pub one_of: Vec<T>,
}

/// `operator` filter: exactly one of `and`, `or`, `not`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct OperatorFilter {
    /// Users passing every one of these filters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub and: Option<Vec<DemographicFilter>>,
    /// Users passing any of these filters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub or: Option<Vec<DemographicFilter>>,
    /// Users not passing this filter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not: Option<Box<DemographicFilter>>,
}

impl DemographicFilter {
    /// Users with `gte <= age < lt` (`None`: no bound on that side).
    pub fn age(gte: Option<Age>, lt: Option<Age>) -> Self {
        DemographicFilter::Age(AgeFilter { gte, lt })
    }

    /// Users whose phone runs one of `app_types`.
    pub fn app_type(app_types: impl IntoIterator<Item = AppType>) -> Self {
        DemographicFilter::AppType(OneOf {
            one_of: app_types.into_iter().collect(),
        })
    }

    /// Users living in one of `areas`.
    pub fn area(areas: impl IntoIterator<Item = Area>) -> Self {
        DemographicFilter::Area(OneOf {
            one_of: areas.into_iter().collect(),
        })
    }

    /// Users of one of `genders`.
    pub fn gender(genders: impl IntoIterator<Item = Gender>) -> Self {
        DemographicFilter::Gender(OneOf {
            one_of: genders.into_iter().collect(),
        })
    }

    /// Users who have been friends for `gte <= period < lt` (`None`: no bound on that side).
    pub fn subscription_period(
        gte: Option<SubscriptionPeriod>,
        lt: Option<SubscriptionPeriod>,
    ) -> Self {
        DemographicFilter::SubscriptionPeriod(SubscriptionPeriodFilter { gte, lt })
    }

    /// Users passing every one of `filters`.
    pub fn and(filters: impl IntoIterator<Item = DemographicFilter>) -> Self {
        DemographicFilter::Operator(OperatorFilter {
            and: Some(filters.into_iter().collect()),
            ..OperatorFilter::default()
        })
    }

    /// Users passing any of `filters`.
    pub fn or(filters: impl IntoIterator<Item = DemographicFilter>) -> Self {
        DemographicFilter::Operator(OperatorFilter {
            or: Some(filters.into_iter().collect()),
            ..OperatorFilter::default()
        })
    }

    /// Users not passing `filter`.
    #[allow(clippy::should_implement_trait)]
    pub fn not(filter: DemographicFilter) -> Self {
        DemographicFilter::Operator(OperatorFilter {
            not: Some(Box::new(filter)),
            ..OperatorFilter::default()
        })
    }
}

impl Validate for DemographicFilter {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        fn nonempty<T>(o: &OneOf<T>, path: &mut Path, out: &mut Violations) {
            path.field("oneOf", |p| {
                validate::count(o.one_of.len(), 1, usize::MAX, p, out)
            });
        }
        match self {
            DemographicFilter::Operator(o) => validate_operator(&o.and, &o.or, &o.not, path, out),
            DemographicFilter::Age(a) => {
                if a.gte.is_none() && a.lt.is_none() {
                    path.rule("V41", |p| {
                        validate::invalid("an age filter with `gte`, `lt` or both", p, out)
                    });
                }
                if let (Some(gte), Some(lt)) = (
                    a.gte.as_ref().and_then(Age::years),
                    a.lt.as_ref().and_then(Age::years),
                ) && gte >= lt
                {
                    path.field("lt", |p| validate::invalid("an age above `gte`", p, out));
                }
            }
            DemographicFilter::SubscriptionPeriod(s) => {
                if let (Some(gte), Some(lt)) = (
                    s.gte.as_ref().and_then(SubscriptionPeriod::days),
                    s.lt.as_ref().and_then(SubscriptionPeriod::days),
                ) && gte >= lt
                {
                    path.field("lt", |p| {
                        validate::invalid("a period longer than `gte`", p, out)
                    });
                }
            }
            DemographicFilter::AppType(o) => nonempty(o, path, out),
            DemographicFilter::Area(o) => nonempty(o, path, out),
            DemographicFilter::Gender(o) => nonempty(o, path, out),
            DemographicFilter::Unknown(v) => {
                if let Some(f) = validate::reparse_unknown::<DemographicFilter>(
                    v,
                    &[
                        "age",
                        "appType",
                        "area",
                        "gender",
                        "subscriptionPeriod",
                        "operator",
                    ],
                    |f| matches!(f, DemographicFilter::Unknown(_)),
                    path,
                    out,
                ) {
                    f.validate_at(path, out);
                }
            }
        }
    }
}

/// An age bound of the `age` filter.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Age {
    /// `age_15`
    #[serde(rename = "age_15")]
    Age15,
    /// `age_20`
    #[serde(rename = "age_20")]
    Age20,
    /// `age_25`
    #[serde(rename = "age_25")]
    Age25,
    /// `age_30`
    #[serde(rename = "age_30")]
    Age30,
    /// `age_35`
    #[serde(rename = "age_35")]
    Age35,
    /// `age_40`
    #[serde(rename = "age_40")]
    Age40,
    /// `age_45`
    #[serde(rename = "age_45")]
    Age45,
    /// `age_50`
    #[serde(rename = "age_50")]
    Age50,
    /// `age_55`
    #[serde(rename = "age_55")]
    Age55,
    /// `age_60`
    #[serde(rename = "age_60")]
    Age60,
    /// `age_65`
    #[serde(rename = "age_65")]
    Age65,
    /// `age_70`
    #[serde(rename = "age_70")]
    Age70,
    /// A value this version does not know, kept as sent.
    #[serde(untagged)]
    Unknown(String),
}

impl Age {
    /// The age in years, for known values.
    pub fn years(&self) -> Option<u32> {
        Some(match self {
            Age::Age15 => 15,
            Age::Age20 => 20,
            Age::Age25 => 25,
            Age::Age30 => 30,
            Age::Age35 => 35,
            Age::Age40 => 40,
            Age::Age45 => 45,
            Age::Age50 => 50,
            Age::Age55 => 55,
            Age::Age60 => 60,
            Age::Age65 => 65,
            Age::Age70 => 70,
            Age::Unknown(_) => return None,
        })
    }
}

/// A bound of the `subscriptionPeriod` filter.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum SubscriptionPeriod {
    /// `day_7`
    #[serde(rename = "day_7")]
    Day7,
    /// `day_30`
    #[serde(rename = "day_30")]
    Day30,
    /// `day_90`
    #[serde(rename = "day_90")]
    Day90,
    /// `day_180`
    #[serde(rename = "day_180")]
    Day180,
    /// `day_365`
    #[serde(rename = "day_365")]
    Day365,
    /// A value this version does not know, kept as sent.
    #[serde(untagged)]
    Unknown(String),
}

impl SubscriptionPeriod {
    /// The period in days, for known values.
    pub fn days(&self) -> Option<u32> {
        Some(match self {
            SubscriptionPeriod::Day7 => 7,
            SubscriptionPeriod::Day30 => 30,
            SubscriptionPeriod::Day90 => 90,
            SubscriptionPeriod::Day180 => 180,
            SubscriptionPeriod::Day365 => 365,
            SubscriptionPeriod::Unknown(_) => return None,
        })
    }
}

/// A value of the `appType` filter.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum AppType {
    /// `ios`
    #[serde(rename = "ios")]
    Ios,
    /// `android`
    #[serde(rename = "android")]
    Android,
    /// A value this version does not know, kept as sent.
    #[serde(untagged)]
    Unknown(String),
}

/// A value of the `gender` filter.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Gender {
    /// `male`
    #[serde(rename = "male")]
    Male,
    /// `female`
    #[serde(rename = "female")]
    Female,
    /// A value this version does not know, kept as sent.
    #[serde(untagged)]
    Unknown(String),
}

/// A region of the `area` filter: Japanese prefectures (`jp_*`), Taiwanese cities and counties
/// (`tw_*`), Thai regions (`th_*`) and Indonesian areas (`id_*`).
/// <https://developers.line.biz/en/reference/messaging-api/#narrowcast-demographic-filter>
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Area {
    /// `jp_01`: 北海道 // Hokkaido
    #[serde(rename = "jp_01")]
    Hokkaido,
    /// `jp_02`: 青森県 // Aomori
    #[serde(rename = "jp_02")]
    Aomori,
    /// `jp_03`: 岩手県 // Iwate
    #[serde(rename = "jp_03")]
    Iwate,
    /// `jp_04`: 宮城県 // Miyagi
    #[serde(rename = "jp_04")]
    Miyagi,
    /// `jp_05`: 秋田県 // Akita
    #[serde(rename = "jp_05")]
    Akita,
    /// `jp_06`: 山形県 // Yamagata
    #[serde(rename = "jp_06")]
    Yamagata,
    /// `jp_07`: 福島県 // Fukushima
    #[serde(rename = "jp_07")]
    Fukushima,
    /// `jp_08`: 茨城県 // Ibaraki
    #[serde(rename = "jp_08")]
    Ibaraki,
    /// `jp_09`: 栃木県 // Tochigi
    #[serde(rename = "jp_09")]
    Tochigi,
    /// `jp_10`: 群馬県 // Gunma
    #[serde(rename = "jp_10")]
    Gunma,
    /// `jp_11`: 埼玉県 // Saitama
    #[serde(rename = "jp_11")]
    Saitama,
    /// `jp_12`: 千葉県 // Chiba
    #[serde(rename = "jp_12")]
    Chiba,
    /// `jp_13`: 東京都 // Tokyo
    #[serde(rename = "jp_13")]
    Tokyo,
    /// `jp_14`: 神奈川県 // Kanagawa
    #[serde(rename = "jp_14")]
    Kanagawa,
    /// `jp_15`: 新潟県 // Niigata
    #[serde(rename = "jp_15")]
    Niigata,
    /// `jp_16`: 富山県 // Toyama
    #[serde(rename = "jp_16")]
    Toyama,
    /// `jp_17`: 石川県 // Ishikawa
    #[serde(rename = "jp_17")]
    Ishikawa,
    /// `jp_18`: 福井県 // Fukui
    #[serde(rename = "jp_18")]
    Fukui,
    /// `jp_19`: 山梨県 // Yamanashi
    #[serde(rename = "jp_19")]
    Yamanashi,
    /// `jp_20`: 長野県 // Nagano
    #[serde(rename = "jp_20")]
    Nagano,
    /// `jp_21`: 岐阜県 // Gifu
    #[serde(rename = "jp_21")]
    Gifu,
    /// `jp_22`: 静岡県 // Shizuoka
    #[serde(rename = "jp_22")]
    Shizuoka,
    /// `jp_23`: 愛知県 // Aichi
    #[serde(rename = "jp_23")]
    Aichi,
    /// `jp_24`: 三重県 // Mie
    #[serde(rename = "jp_24")]
    Mie,
    /// `jp_25`: 滋賀県 // Shiga
    #[serde(rename = "jp_25")]
    Shiga,
    /// `jp_26`: 京都府 // Kyoto
    #[serde(rename = "jp_26")]
    Kyoto,
    /// `jp_27`: 大阪府 // Osaka
    #[serde(rename = "jp_27")]
    Osaka,
    /// `jp_28`: 兵庫県 // Hyougo
    #[serde(rename = "jp_28")]
    Hyougo,
    /// `jp_29`: 奈良県 // Nara
    #[serde(rename = "jp_29")]
    Nara,
    /// `jp_30`: 和歌山県 // Wakayama
    #[serde(rename = "jp_30")]
    Wakayama,
    /// `jp_31`: 鳥取県 // Tottori
    #[serde(rename = "jp_31")]
    Tottori,
    /// `jp_32`: 島根県 // Shimane
    #[serde(rename = "jp_32")]
    Shimane,
    /// `jp_33`: 岡山県 // Okayama
    #[serde(rename = "jp_33")]
    Okayama,
    /// `jp_34`: 広島県 // Hiroshima
    #[serde(rename = "jp_34")]
    Hiroshima,
    /// `jp_35`: 山口県 // Yamaguchi
    #[serde(rename = "jp_35")]
    Yamaguchi,
    /// `jp_36`: 徳島県 // Tokushima
    #[serde(rename = "jp_36")]
    Tokushima,
    /// `jp_37`: 香川県 // Kagawa
    #[serde(rename = "jp_37")]
    Kagawa,
    /// `jp_38`: 愛媛県 // Ehime
    #[serde(rename = "jp_38")]
    Ehime,
    /// `jp_39`: 高知県 // Kouchi
    #[serde(rename = "jp_39")]
    Kouchi,
    /// `jp_40`: 福岡県 // Fukuoka
    #[serde(rename = "jp_40")]
    Fukuoka,
    /// `jp_41`: 佐賀県 // Saga
    #[serde(rename = "jp_41")]
    Saga,
    /// `jp_42`: 長崎県 // Nagasaki
    #[serde(rename = "jp_42")]
    Nagasaki,
    /// `jp_43`: 熊本県 // Kumamoto
    #[serde(rename = "jp_43")]
    Kumamoto,
    /// `jp_44`: 大分県 // Oita
    #[serde(rename = "jp_44")]
    Oita,
    /// `jp_45`: 宮崎県 // Miyazaki
    #[serde(rename = "jp_45")]
    Miyazaki,
    /// `jp_46`: 鹿児島県 // Kagoshima
    #[serde(rename = "jp_46")]
    Kagoshima,
    /// `jp_47`: 沖縄県 // Okinawa
    #[serde(rename = "jp_47")]
    Okinawa,
    /// `tw_01`: 台北市 // Taipei City
    #[serde(rename = "tw_01")]
    TaipeiCity,
    /// `tw_02`: 新北市 // New Taipei City
    #[serde(rename = "tw_02")]
    NewTaipeiCity,
    /// `tw_03`: 桃園市 // Taoyuan City
    #[serde(rename = "tw_03")]
    TaoyuanCity,
    /// `tw_04`: 台中市 // Taichung City
    #[serde(rename = "tw_04")]
    TaichungCity,
    /// `tw_05`: 台南市 // Tainan City
    #[serde(rename = "tw_05")]
    TainanCity,
    /// `tw_06`: 高雄市 // Kaohsiung City
    #[serde(rename = "tw_06")]
    KaohsiungCity,
    /// `tw_07`: 基隆市 // Keelung City
    #[serde(rename = "tw_07")]
    KeelungCity,
    /// `tw_08`: 新竹市 // Hsinchu City
    #[serde(rename = "tw_08")]
    HsinchuCity,
    /// `tw_09`: 嘉義市 // Chiayi City
    #[serde(rename = "tw_09")]
    ChiayiCity,
    /// `tw_10`: 新竹県 // Hsinchu County
    #[serde(rename = "tw_10")]
    HsinchuCounty,
    /// `tw_11`: 苗栗県 // Miaoli County
    #[serde(rename = "tw_11")]
    MiaoliCounty,
    /// `tw_12`: 彰化県 // Changhua County
    #[serde(rename = "tw_12")]
    ChanghuaCounty,
    /// `tw_13`: 南投県 // Nantou County
    #[serde(rename = "tw_13")]
    NantouCounty,
    /// `tw_14`: 雲林県 // Yunlin County
    #[serde(rename = "tw_14")]
    YunlinCounty,
    /// `tw_15`: 嘉義県 // Chiayi County
    #[serde(rename = "tw_15")]
    ChiayiCounty,
    /// `tw_16`: 屏東県 // Pingtung County
    #[serde(rename = "tw_16")]
    PingtungCounty,
    /// `tw_17`: 宜蘭県 // Yilan County
    #[serde(rename = "tw_17")]
    YilanCounty,
    /// `tw_18`: 花蓮県 // Hualien County
    #[serde(rename = "tw_18")]
    HualienCounty,
    /// `tw_19`: 台東県 // Taitung County
    #[serde(rename = "tw_19")]
    TaitungCounty,
    /// `tw_20`: 澎湖県 // Penghu County
    #[serde(rename = "tw_20")]
    PenghuCounty,
    /// `tw_21`: 金門県 // Kinmen County
    #[serde(rename = "tw_21")]
    KinmenCounty,
    /// `tw_22`: 連江県 // Lienchiang County
    #[serde(rename = "tw_22")]
    LienchiangCounty,
    /// `th_01`: バンコク // Bangkok
    #[serde(rename = "th_01")]
    Bangkok,
    /// `th_02`: パタヤ // Pattaya
    #[serde(rename = "th_02")]
    Pattaya,
    /// `th_03`: 北部 // Northern
    #[serde(rename = "th_03")]
    ThailandNorthern,
    /// `th_04`: 中央部 // Central
    #[serde(rename = "th_04")]
    ThailandCentral,
    /// `th_05`: 南部 // Southern
    #[serde(rename = "th_05")]
    ThailandSouthern,
    /// `th_06`: 東部 // Eastern
    #[serde(rename = "th_06")]
    ThailandEastern,
    /// `th_07`: 東北部 // NorthEastern
    #[serde(rename = "th_07")]
    ThailandNortheastern,
    /// `th_08`: 西部 // Western
    #[serde(rename = "th_08")]
    ThailandWestern,
    /// `id_01`: バリ // Bali
    #[serde(rename = "id_01")]
    Bali,
    /// `id_02`: バンドン // Bandung
    #[serde(rename = "id_02")]
    Bandung,
    /// `id_03`: バンジャルマシン // Banjarmasin
    #[serde(rename = "id_03")]
    Banjarmasin,
    /// `id_04`: ジャボデタベック (ジャカルタ首都圏) // Jabodetabek
    #[serde(rename = "id_04")]
    Jabodetabek,
    /// `id_05`: その他のエリア // Lainnya
    #[serde(rename = "id_05")]
    IndonesiaOther,
    /// `id_06`: マカッサル // Makassar
    #[serde(rename = "id_06")]
    Makassar,
    /// `id_07`: メダン // Medan
    #[serde(rename = "id_07")]
    Medan,
    /// `id_08`: パレンバン // Palembang
    #[serde(rename = "id_08")]
    Palembang,
    /// `id_09`: サマリンダ // Samarinda
    #[serde(rename = "id_09")]
    Samarinda,
    /// `id_10`: スマラン // Semarang
    #[serde(rename = "id_10")]
    Semarang,
    /// `id_11`: スラバヤ // Surabaya
    #[serde(rename = "id_11")]
    Surabaya,
    /// `id_12`: ジョグジャカルタ // Yogyakarta
    #[serde(rename = "id_12")]
    Yogyakarta,
    /// A value this version does not know, kept as sent.
    #[serde(untagged)]
    Unknown(String),
}

/// `limit` of a narrowcast: how many users at most.
/// <https://developers.line.biz/en/reference/messaging-api/#send-narrowcast-message>
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Limit {
    /// At most this many users (at least 1), chosen at random.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<u32>,
    /// `true`: send only within the remaining message quota.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub up_to_remaining_quota: Option<bool>,
    /// `true`: cancel rather than deliver to part of the audience; needs
    /// `upToRemainingQuota = true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub forbid_partial_delivery: Option<bool>,
}

impl Limit {
    /// At most `max` users (at least 1).
    pub fn max(max: u32) -> Self {
        Limit {
            max: Some(max),
            ..Limit::default()
        }
    }

    /// No fixed maximum; use [`Limit::up_to_remaining_quota`].
    pub fn new() -> Self {
        Limit::default()
    }

    /// Sends only within the remaining message quota.
    pub fn up_to_remaining_quota(mut self) -> Self {
        self.up_to_remaining_quota = Some(true);
        self
    }

    /// Cancels the narrowcast rather than deliver it to part of the audience. Sets
    /// `upToRemainingQuota` too, which LINE requires with it (rule V21).
    pub fn forbid_partial_delivery(mut self) -> Self {
        self.up_to_remaining_quota = Some(true);
        self.forbid_partial_delivery = Some(true);
        self
    }
}

impl Validate for Limit {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        if let Some(max) = self.max {
            path.field("max", |p| {
                if max < crate::limits::NARROWCAST_LIMIT_MAX_MIN {
                    validate::invalid("at least 1", p, out);
                }
            });
        }
        if self.forbid_partial_delivery == Some(true) && self.up_to_remaining_quota != Some(true) {
            path.field("forbidPartialDelivery", |p| {
                validate::not_allowed(
                    "`forbidPartialDelivery` needs `upToRemainingQuota = true`",
                    p,
                    out,
                )
            });
        }
    }
}
