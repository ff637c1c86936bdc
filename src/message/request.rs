//! Request bodies of the send-message endpoints: reply, push, multicast, narrowcast, broadcast,
//! LINE notification messages (PNP) and the validate-message endpoints.
//!
//! Every constructor takes its messages as `impl IntoMessages`: an array of 1 to 5 messages or
//! a [`Messages`](super::Messages) list, so a sixth message does not compile (LINE rule C01).
//! [`Validate::validate`] checks the rest, with paths such as
//! `messages[1].quickReply.items[3].action.label`.
//!
//! ```
//! use linebot::message::{MulticastRequest, ReplyMessageRequest, TextMessage};
//! use linebot::validate::Validate;
//!
//! let reply = ReplyMessageRequest::new("b60d432864f44d079f6d8efe86cf404b", [TextMessage::new("Hi")]);
//! assert_eq!(
//!     serde_json::to_string(&reply).unwrap(),
//!     r#"{"replyToken":"b60d432864f44d079f6d8efe86cf404b","messages":[{"type":"text","text":"Hi"}]}"#
//! );
//!
//! let multicast = MulticastRequest::new(Vec::<String>::new(), [TextMessage::new("Hi")]);
//! assert_eq!(multicast.validate().unwrap_err().paths(), ["to"]);
//! ```

use serde::{Deserialize, Serialize};

use super::narrowcast::{DemographicFilter, Filter, Limit, Recipient};
use super::{IntoMessages, Message};
use crate::limits;
use crate::validate::{self, Path, Validate, Violations};

/// Body of `POST /v2/bot/message/reply`.
/// <https://developers.line.biz/en/reference/messaging-api/#send-reply-message>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReplyMessageRequest {
    /// The reply token from the webhook event.
    pub reply_token: String,
    /// 1 to 5 messages.
    pub messages: Vec<Message>,
    /// `true`: the user gets no push notification.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notification_disabled: Option<bool>,
}

impl ReplyMessageRequest {
    /// A reply with 1 to 5 messages (an array or a [`Messages`](super::Messages) list).
    pub fn new(reply_token: impl Into<String>, messages: impl IntoMessages) -> Self {
        Self {
            reply_token: reply_token.into(),
            messages: messages.into_messages(),
            notification_disabled: None,
        }
    }

    /// `true`: the user gets no push notification.
    pub fn notification_disabled(mut self, disabled: bool) -> Self {
        self.notification_disabled = Some(disabled);
        self
    }
}

impl Validate for ReplyMessageRequest {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        path.field("replyToken", |p| {
            validate::required(&self.reply_token, p, out)
        });
        super::validate_messages(&self.messages, path, out);
    }
}

/// Body of `POST /v2/bot/message/push`.
/// <https://developers.line.biz/en/reference/messaging-api/#send-push-message>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PushMessageRequest {
    /// User, group or room ID.
    pub to: String,
    /// 1 to 5 messages.
    pub messages: Vec<Message>,
    /// `true`: the user gets no push notification.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notification_disabled: Option<bool>,
    /// Aggregation unit names.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_aggregation_units: Option<Vec<String>>,
}

impl PushMessageRequest {
    /// A push of 1 to 5 messages to `to`.
    pub fn new(to: impl Into<String>, messages: impl IntoMessages) -> Self {
        Self {
            to: to.into(),
            messages: messages.into_messages(),
            notification_disabled: None,
            custom_aggregation_units: None,
        }
    }

    /// `true`: the user gets no push notification.
    pub fn notification_disabled(mut self, disabled: bool) -> Self {
        self.notification_disabled = Some(disabled);
        self
    }

    /// Counts the message under these aggregation units (LINE takes one; corporate users
    /// only). Replaces any earlier units.
    pub fn custom_aggregation_units(
        mut self,
        units: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.custom_aggregation_units = Some(units.into_iter().map(Into::into).collect());
        self
    }
}

impl Validate for PushMessageRequest {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        path.field("to", |p| validate::required(&self.to, p, out));
        super::validate_messages(&self.messages, path, out);
        // V28: group chat IDs start with `C`, multi-person chat IDs with `R`.
        if self.to.starts_with(['C', 'R']) {
            path.field("messages", |p| {
                for (i, m) in self.messages.iter().enumerate() {
                    if let Message::Video(v) = m
                        && v.tracking_id.is_some()
                    {
                        p.rule("V28", |p| {
                            p.index(i, |p| {
                                p.field("trackingId", |p| {
                                    validate::not_allowed(
                                        "`trackingId` in a message to a group chat or multi-person chat",
                                        p,
                                        out,
                                    )
                                })
                            })
                        });
                    }
                }
            });
        }
    }
}

/// Body of `POST /v2/bot/message/multicast`: the same messages to up to 500 users.
/// <https://developers.line.biz/en/reference/messaging-api/#send-multicast-message>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MulticastRequest {
    /// 1 to 5 messages.
    pub messages: Vec<Message>,
    /// 1 to 500 user IDs.
    pub to: Vec<String>,
    /// `true`: the users get no push notification.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notification_disabled: Option<bool>,
    /// At most one aggregation unit name (`^[a-zA-Z0-9_]{1,30}$`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_aggregation_units: Option<Vec<String>>,
}

impl MulticastRequest {
    /// 1 to 5 messages to the users `to` (1 to 500 user IDs, checked by
    /// [`Validate::validate`], rule V18).
    pub fn new<S: Into<String>>(
        to: impl IntoIterator<Item = S>,
        messages: impl IntoMessages,
    ) -> Self {
        Self {
            messages: messages.into_messages(),
            to: to.into_iter().map(Into::into).collect(),
            notification_disabled: None,
            custom_aggregation_units: None,
        }
    }

    /// `true`: the users get no push notification.
    pub fn notification_disabled(mut self, disabled: bool) -> Self {
        self.notification_disabled = Some(disabled);
        self
    }

    /// Counts the messages under these aggregation units (LINE takes one; corporate users
    /// only). Replaces any earlier units.
    pub fn custom_aggregation_units(
        mut self,
        units: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.custom_aggregation_units = Some(units.into_iter().map(Into::into).collect());
        self
    }
}

/// The audience and redelivery objects in a recipient, operators walked through.
fn audiences(r: &Recipient) -> usize {
    match r {
        Recipient::Audience(_) | Recipient::Redelivery(_) => 1,
        Recipient::Operator(o) => {
            o.and
                .iter()
                .chain(o.or.iter())
                .flatten()
                .map(audiences)
                .sum::<usize>()
                + o.not.as_deref().map_or(0, audiences)
        }
        _ => 0,
    }
}

/// V26 and V30: mentions and quote tokens work only in reply and push messages.
fn reply_or_push_only(messages: &[Message], path: &mut Path, out: &mut Violations) {
    path.field("messages", |p| {
        for (i, m) in messages.iter().enumerate() {
            p.index(i, |p| {
                let quoted = match m {
                    Message::Text(t) => t.quote_token.is_some(),
                    Message::TextV2(t) => t.quote_token.is_some(),
                    Message::Sticker(t) => t.quote_token.is_some(),
                    _ => false,
                };
                if quoted {
                    p.rule("V30", |p| {
                        p.field("quoteToken", |p| {
                            validate::not_allowed(
                                "a quote token works only in reply and push messages",
                                p,
                                out,
                            )
                        })
                    });
                }
                if let Message::TextV2(t) = m {
                    for (key, s) in &t.substitution {
                        if matches!(s, super::text::Substitution::Mention(_)) {
                            p.rule("V26", |p| {
                                p.field("substitution", |p| {
                                    p.field(key, |p| {
                                        validate::not_allowed(
                                            "mentions work only in reply and push messages",
                                            p,
                                            out,
                                        )
                                    })
                                })
                            });
                        }
                    }
                }
            });
        }
    });
}

impl Validate for MulticastRequest {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        super::validate_messages(&self.messages, path, out);
        reply_or_push_only(&self.messages, path, out);
        path.field("to", |p| {
            p.rule("V18", |p| {
                validate::count(self.to.len(), 1, limits::MULTICAST_TO_MAX, p, out)
            });
            for (i, id) in self.to.iter().enumerate() {
                p.index(i, |p| validate::required(id, p, out));
            }
        });
        if let Some(units) = &self.custom_aggregation_units {
            path.field("customAggregationUnits", |p| {
                p.rule("V43", |p| {
                    validate::count(units.len(), 0, limits::CUSTOM_AGGREGATION_UNITS_MAX, p, out)
                });
                for (i, unit) in units.iter().enumerate() {
                    p.index(i, |p| validate_aggregation_unit(unit, p, out));
                }
            });
        }
    }
}

/// Body of `POST /v2/bot/message/narrowcast`: messages to an audience, filtered by
/// demographics, up to a limit.
/// <https://developers.line.biz/en/reference/messaging-api/#send-narrowcast-message>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NarrowcastRequest {
    /// 1 to 5 messages.
    pub messages: Vec<Message>,
    /// Who receives the messages (absent: every friend).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recipient: Option<Recipient>,
    /// Which of them, by demographics.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filter: Option<Filter>,
    /// How many at most.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<Limit>,
    /// `true`: the users get no push notification.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notification_disabled: Option<bool>,
}

impl NarrowcastRequest {
    /// 1 to 5 messages to every friend; narrow it with [`recipient`](Self::recipient),
    /// [`filter`](Self::filter) and [`limit`](Self::limit).
    pub fn new(messages: impl IntoMessages) -> Self {
        Self {
            messages: messages.into_messages(),
            recipient: None,
            filter: None,
            limit: None,
            notification_disabled: None,
        }
    }

    /// Sends to `recipient` only.
    pub fn recipient(mut self, recipient: Recipient) -> Self {
        self.recipient = Some(recipient);
        self
    }

    /// Sends to users passing the demographic filter `demographic` only.
    pub fn filter(mut self, demographic: DemographicFilter) -> Self {
        self.filter = Some(Filter {
            demographic: Some(demographic),
        });
        self
    }

    /// Sends to at most as many users as `limit` says.
    pub fn limit(mut self, limit: Limit) -> Self {
        self.limit = Some(limit);
        self
    }

    /// `true`: the users get no push notification.
    pub fn notification_disabled(mut self, disabled: bool) -> Self {
        self.notification_disabled = Some(disabled);
        self
    }
}

impl Validate for NarrowcastRequest {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        super::validate_messages(&self.messages, path, out);
        reply_or_push_only(&self.messages, path, out);
        if let Some(r) = &self.recipient {
            path.field("recipient", |p| {
                r.validate_at(p, out);
                let n = audiences(r);
                if n > limits::NARROWCAST_AUDIENCES_MAX {
                    p.rule("V41", |p| {
                        validate::invalid(
                            format!(
                                "a recipient with at most {} audiences and redelivery request IDs combined, not {n}",
                                limits::NARROWCAST_AUDIENCES_MAX
                            ),
                            p,
                            out,
                        )
                    });
                }
            });
        }
        if let Some(f) = &self.filter {
            path.field("filter", |p| f.validate_at(p, out));
        }
        if let Some(l) = &self.limit {
            path.field("limit", |p| l.validate_at(p, out));
        }
    }
}

/// Body of `POST /v2/bot/message/broadcast`: messages to every friend.
/// <https://developers.line.biz/en/reference/messaging-api/#send-broadcast-message>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BroadcastRequest {
    /// 1 to 5 messages.
    pub messages: Vec<Message>,
    /// `true`: the users get no push notification.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notification_disabled: Option<bool>,
}

impl BroadcastRequest {
    /// 1 to 5 messages to every friend of the account.
    pub fn new(messages: impl IntoMessages) -> Self {
        Self {
            messages: messages.into_messages(),
            notification_disabled: None,
        }
    }

    /// `true`: the users get no push notification.
    pub fn notification_disabled(mut self, disabled: bool) -> Self {
        self.notification_disabled = Some(disabled);
        self
    }
}

impl Validate for BroadcastRequest {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        super::validate_messages(&self.messages, path, out);
        reply_or_push_only(&self.messages, path, out);
    }
}

/// Body of the validate-message endpoints (`POST /v2/bot/message/validate/{reply,push,
/// multicast,narrowcast,broadcast}`): LINE checks the messages without sending them.
/// <https://developers.line.biz/en/reference/messaging-api/#validate-message-objects-of-reply-message>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ValidateMessageRequest {
    /// 1 to 5 messages.
    pub messages: Vec<Message>,
}

impl ValidateMessageRequest {
    /// 1 to 5 messages for LINE to check.
    pub fn new(messages: impl IntoMessages) -> Self {
        Self {
            messages: messages.into_messages(),
        }
    }
}

impl Validate for ValidateMessageRequest {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        super::validate_messages(&self.messages, path, out);
    }
}

/// Body of `POST /bot/pnp/push`: a LINE notification message to a phone number.
/// <https://developers.line.biz/en/reference/partner-docs/#send-line-notification-message>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PnpMessagesRequest {
    /// 1 to 5 messages.
    pub messages: Vec<Message>,
    /// The phone number in E.164 format, hashed with SHA-256 (lowercase hex).
    pub to: String,
    /// `true`: the user gets no push notification.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notification_disabled: Option<bool>,
}

impl PnpMessagesRequest {
    /// 1 to 5 messages to the user whose hashed phone number is `to`.
    pub fn new(to: impl Into<String>, messages: impl IntoMessages) -> Self {
        Self {
            messages: messages.into_messages(),
            to: to.into(),
            notification_disabled: None,
        }
    }

    /// `true`: the user gets no push notification.
    pub fn notification_disabled(mut self, disabled: bool) -> Self {
        self.notification_disabled = Some(disabled);
        self
    }
}

impl Validate for PnpMessagesRequest {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        super::validate_messages(&self.messages, path, out);
        path.field("to", |p| validate::required(&self.to, p, out));
    }
}

/// An aggregation unit name: `^[a-zA-Z0-9_]{1,30}$`.
fn validate_aggregation_unit(unit: &str, path: &Path, out: &mut Violations) {
    let ok = (1..=limits::AGGREGATION_UNIT_NAME_MAX).contains(&unit.len())
        && unit.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    if !ok {
        validate::invalid("1 to 30 characters of a-z, A-Z, 0-9 or `_`", path, out);
    }
}
