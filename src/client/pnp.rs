//! LINE notification messages (PNP): messages sent to a user by phone number.
//! Requires a LINE notification messages contract.
//!
//! ```no_run
//! use linebot::message::TextMessage;
//! # let client = linebot::client::Client::new("token");
//! client.push_messages_by_phone("+818000001234", [TextMessage::new("Your order shipped")], None)?;
//! # Ok::<(), linebot::client::Error>(())
//! ```
//!
//! Daily counts of these messages: [`Client::get_pnp_message_statistics`].

use serde::Serialize;

use super::{Client, Error, Host, Method, Operation, Payload};
use crate::message::{IntoMessages, Message};
use crate::validate::{self, Path, ValidationError};

/// Shortest `X-Line-Delivery-Tag` LINE accepts.
/// <https://developers.line.biz/en/reference/partner-docs/#send-line-notification-message>
pub const DELIVERY_TAG_MIN: usize = 16;
/// Longest `X-Line-Delivery-Tag` LINE accepts.
/// <https://developers.line.biz/en/reference/partner-docs/#send-line-notification-message>
pub const DELIVERY_TAG_MAX: usize = 100;

/// `POST /bot/pnp/push`: messages to the user with a phone number.
/// <https://developers.line.biz/en/reference/partner-docs/#send-line-notification-message>
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PushMessagesByPhone {
    /// Phone number in E.164 format (`+818000001234`); LINE hashes it.
    pub to: String,
    /// 1 to 5 messages.
    pub messages: Vec<Message>,
    /// `true`: the user gets no push notification.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notification_disabled: Option<bool>,
    /// `X-Line-Delivery-Tag` (16 to 100 characters), returned in the delivery completion
    /// webhook event.
    #[serde(skip)]
    pub delivery_tag: Option<String>,
}

impl PushMessagesByPhone {
    /// Messages to the user with phone number `to`.
    pub fn new(to: impl Into<String>, messages: impl IntoMessages) -> Self {
        Self {
            to: to.into(),
            messages: messages.into_messages(),
            notification_disabled: None,
            delivery_tag: None,
        }
    }
}

impl Operation for PushMessagesByPhone {
    type Response = ();
    const METHOD: Method = Method::Post;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        "/bot/pnp/push".into()
    }
    fn headers(&self) -> Vec<(&'static str, String)> {
        self.delivery_tag
            .iter()
            .map(|t| ("X-Line-Delivery-Tag", t.clone()))
            .collect()
    }
    fn payload(&self) -> Result<Payload<'_>, Error> {
        Payload::json(self)
    }
    fn validate(&self) -> Result<(), ValidationError> {
        let mut out = Vec::new();
        let mut path = Path::root();
        crate::message::validate_messages(&self.messages, &mut path, &mut out);
        if let Some(tag) = &self.delivery_tag {
            path.field("X-Line-Delivery-Tag", |p| {
                let n = tag.chars().count();
                if !(DELIVERY_TAG_MIN..=DELIVERY_TAG_MAX).contains(&n) {
                    validate::invalid(
                        format!("{DELIVERY_TAG_MIN} to {DELIVERY_TAG_MAX} characters, found {n}"),
                        p,
                        &mut out,
                    );
                }
            });
        }
        if out.is_empty() {
            Ok(())
        } else {
            Err(ValidationError::new(out))
        }
    }
}

impl Client {
    /// `pushMessagesByPhone`: sends `messages` to the user with phone number `to`
    /// (E.164), tagged with `delivery_tag` (`X-Line-Delivery-Tag`) if given.
    ///
    /// # Errors
    /// See [`Error`]; LINE answers 422 when the number cannot be reached.
    pub fn push_messages_by_phone(
        &self,
        to: impl Into<String>,
        messages: impl IntoMessages,
        delivery_tag: Option<String>,
    ) -> Result<(), Error> {
        let mut request = PushMessagesByPhone::new(to, messages);
        request.delivery_tag = delivery_tag;
        self.call(request)
    }
}
