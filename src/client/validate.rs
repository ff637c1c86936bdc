//! Validating messages with LINE without sending them: the five validate endpoints check a
//! message list as reply, push, multicast, narrowcast or broadcast would.
//!
//! ```no_run
//! use linebot::message::TextMessage;
//! # let client = linebot::client::Client::new("token");
//! client.validate_push([TextMessage::new("Is this valid?")])?;
//! # Ok::<(), linebot::client::Error>(())
//! ```
//!
//! Our own runtime validator runs first (unless turned off with
//! [`ClientBuilder::validate`](super::ClientBuilder::validate)); these endpoints add LINE's
//! word on anything it cannot know.

use super::{Client, Error, Host, Method, Operation, Payload};
use crate::message::{IntoMessages, ValidateMessageRequest};
use crate::validate::{Validate, ValidationError};

macro_rules! validate_op {
    ($(#[$doc:meta])* $name:ident, $path:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq)]
        pub struct $name(pub ValidateMessageRequest);

        impl $name {
            /// Validates `messages` (an array or a [`Messages`](crate::message::Messages) list).
            pub fn new(messages: impl IntoMessages) -> Self {
                Self(ValidateMessageRequest::new(messages))
            }
        }

        impl From<ValidateMessageRequest> for $name {
            fn from(request: ValidateMessageRequest) -> Self {
                Self(request)
            }
        }

        impl Operation for $name {
            type Response = ();
            const METHOD: Method = Method::Post;
            const HOST: Host = Host::Api;
            fn path(&self) -> String {
                $path.into()
            }
            fn payload(&self) -> Result<Payload<'_>, Error> {
                Payload::json(&self.0)
            }
            fn validate(&self) -> Result<(), ValidationError> {
                Validate::validate(&self.0)
            }
        }
    };
}

validate_op!(
    /// `POST /v2/bot/message/validate/reply`.
    /// <https://developers.line.biz/en/reference/messaging-api/#validate-message-objects-of-reply-message>
    ValidateReply,
    "/v2/bot/message/validate/reply"
);
validate_op!(
    /// `POST /v2/bot/message/validate/push`.
    /// <https://developers.line.biz/en/reference/messaging-api/#validate-message-objects-of-push-message>
    ValidatePush,
    "/v2/bot/message/validate/push"
);
validate_op!(
    /// `POST /v2/bot/message/validate/multicast`.
    /// <https://developers.line.biz/en/reference/messaging-api/#validate-message-objects-of-multicast-message>
    ValidateMulticast,
    "/v2/bot/message/validate/multicast"
);
validate_op!(
    /// `POST /v2/bot/message/validate/narrowcast`.
    /// <https://developers.line.biz/en/reference/messaging-api/#validate-message-objects-of-narrowcast-message>
    ValidateNarrowcast,
    "/v2/bot/message/validate/narrowcast"
);
validate_op!(
    /// `POST /v2/bot/message/validate/broadcast`.
    /// <https://developers.line.biz/en/reference/messaging-api/#validate-message-objects-of-broadcast-message>
    ValidateBroadcast,
    "/v2/bot/message/validate/broadcast"
);

impl Client {
    /// `validateReply`: whether LINE would accept `messages` in a reply.
    ///
    /// # Errors
    /// [`Error::Api`] with LINE's details when it would not; see [`Error`].
    pub fn validate_reply(&self, messages: impl IntoMessages) -> Result<(), Error> {
        self.call(ValidateReply::new(messages))
    }

    /// `validatePush`: whether LINE would accept `messages` in a push.
    ///
    /// # Errors
    /// [`Error::Api`] with LINE's details when it would not; see [`Error`].
    pub fn validate_push(&self, messages: impl IntoMessages) -> Result<(), Error> {
        self.call(ValidatePush::new(messages))
    }

    /// `validateMulticast`: whether LINE would accept `messages` in a multicast.
    ///
    /// # Errors
    /// [`Error::Api`] with LINE's details when it would not; see [`Error`].
    pub fn validate_multicast(&self, messages: impl IntoMessages) -> Result<(), Error> {
        self.call(ValidateMulticast::new(messages))
    }

    /// `validateNarrowcast`: whether LINE would accept `messages` in a narrowcast.
    ///
    /// # Errors
    /// [`Error::Api`] with LINE's details when it would not; see [`Error`].
    pub fn validate_narrowcast(&self, messages: impl IntoMessages) -> Result<(), Error> {
        self.call(ValidateNarrowcast::new(messages))
    }

    /// `validateBroadcast`: whether LINE would accept `messages` in a broadcast.
    ///
    /// # Errors
    /// [`Error::Api`] with LINE's details when it would not; see [`Error`].
    pub fn validate_broadcast(&self, messages: impl IntoMessages) -> Result<(), Error> {
        self.call(ValidateBroadcast::new(messages))
    }
}
