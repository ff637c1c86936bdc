//! A blocking client for the LINE Messaging API, over `ureq` (no async runtime).
//!
//! ```no_run
//! use linebot::client::Client;
//! use linebot::message::TextMessage;
//!
//! let client = Client::from_env()?; // LINE_CHANNEL_ACCESS_TOKEN
//! let sent = client.push_message("U4af4980629...", [TextMessage::new("Hello!")])?;
//! println!("request {:?}: {} message(s)", sent.request_id(), sent.sent_messages.len());
//!
//! let profile = client.get_profile("U4af4980629...")?;
//! println!("{}", profile.display_name);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Two ways to call
//! Every LINE operation is a method named after its operation id in snake case
//! (`pushMessage` is [`Client::push_message`]). Every operation is also a request type
//! implementing [`Operation`]: the request body when the body belongs to one operation
//! ([`PushMessageRequest`](crate::message::PushMessageRequest)), otherwise a struct named
//! after the operation ([`user::GetFollowers`]). [`Client::call`] sends any of them, with
//! every optional parameter at hand, and [`Client::call_with`] adds per-call
//! [`CallOptions`] (a timeout, your own retry key):
//!
//! ```no_run
//! use linebot::client::{CallOptions, Client, RetryKey};
//! use linebot::client::user::GetFollowers;
//! use linebot::message::{PushMessageRequest, TextMessage};
//!
//! # let client = Client::new("token");
//! let first = client.get_followers()?; // required arguments only
//! if let Some(next) = &first.next {
//!     client.call(GetFollowers::new().start(next).limit(1000))?; // optional ones set
//! }
//! let push = PushMessageRequest::new("U4af4980629...", [TextMessage::new("Shh")])
//!     .notification_disabled(true);
//! let key = RetryKey::generate(); // store it with the job to retry it later yourself
//! client.call_with(&push, &CallOptions::new().retry_key(key))?;
//! # Ok::<(), linebot::client::Error>(())
//! ```
//!
//! # Signature convention
//! Every operation follows the same rules, so a method's shape can be guessed from LINE's
//! reference:
//! - **Required parameters are the method's arguments**, in this order: the path's
//!   parameters as the path names them (`/v2/bot/group/{groupId}/member/{userId}` is
//!   `(group_id, user_id)`), then the required query parameters, then the required body.
//!   A body that only carries arguments (IDs, a description, messages, a list of user IDs) is
//!   flattened into them; a body that is a document built on its own (a [`RichMenu`](crate::richmenu::RichMenu),
//!   a [`CouponCreateRequest`](coupon::CouponCreateRequest), a LIFF view or update, rich menu
//!   batch operations) is one argument. An operation on many targets takes its arguments in
//!   the order of its single-target sibling: `link_rich_menu_id_to_users(user_ids,
//!   rich_menu_id)` like `link_rich_menu_id_to_user(user_id, rich_menu_id)`.
//! - **Argument types**: strings are `impl Into<String>`, lists `impl IntoIterator` of their
//!   items (`impl Into<String>` for IDs), messages [`IntoMessages`](crate::message::IntoMessages),
//!   numeric IDs `i64`.
//! - **Optional parameters are never arguments.** The method sends the operation with them
//!   unset (LINE's defaults: the first page, the configured webhook URL, every coupon
//!   state...). To set them, build the request type with `new(required arguments)` (the
//!   same arguments as the method), chain one setter per parameter, named after it, and send
//!   it with [`Client::call`]: `client.call(GetModules::new().limit(10))`.
//! - **Setters**: a setter of a single value takes it (`&str` for strings, numbers without
//!   suffix); a setter of a list is named in the plural where LINE's name is (or LINE's own
//!   name otherwise), takes `impl IntoIterator` and replaces the list
//!   (`ListCoupon::new().status([CouponStatus::Running])`).
//!
//! # Answers
//! Every successful call answers a [`Response`]: the operation's value (read through it,
//! `profile.display_name`, or taken with [`Response::into_inner`]) with the answer's
//! [`request_id`](Response::request_id), [`accepted_request_id`](Response::accepted_request_id),
//! status and [`headers`](Response::headers). Operations without a body answer
//! `Response<()>`: their request id is still there to log.
//!
//! # Failures
//! [`Error`] tells LINE's answers (status, `x-line-request-id`, message, details, headers) from rate
//! limiting (`429`), transport failures and undecodable bodies. Requests are checked by the
//! runtime validator before they leave ([`Error::Validation`]). A list counted at run time
//! (`Messages::try_from(vec)?`) converts into [`Error::ItemCount`], so `?` works in a function
//! returning [`Error`].
//!
//! # Delivery guarantees
//! Push, multicast, narrowcast and broadcast (the *keyed sends*) carry an
//! `X-Line-Retry-Key`, generated ([`RetryKey::generate`]) unless [`CallOptions::retry_key`] gives one. LINE
//! delivers a keyed send at most once per key, for 24 hours.
//! <https://developers.line.biz/en/docs/messaging-api/retrying-api-request/>
//!
//! - **What is retried**: a keyed send, after a timeout, a broken connection or a `5xx`,
//!   with the same key on every attempt, waiting a jittered, doubling backoff, until
//!   [`RetryPolicy`]'s retries or its overall deadline run out. Nothing else is retried:
//!   replies and the other operations carry no key, so a retry could act twice.
//! - **A `2xx` is a success**: LINE has accepted the messages, even when the body of the
//!   answer is too slow, cut off or not the expected JSON. The call then returns `Ok` with
//!   its request id and what arrived in [`SendResponse::unread_body`], never an error that
//!   would invite a second send.
//! - **A `409` with `x-line-accepted-request-id`** means an earlier attempt with the same key
//!   was accepted (its answer was lost on the way back): the call returns `Ok` with
//!   [`Response::accepted_request_id`] set, and the messages went out once. A `409`
//!   without that header is an [`Error::Api`].
//! - **When a keyed send fails**, the error carries the key its attempts used
//!   ([`Error::retry_key`]), how many attempts were made and how long they took
//!   ([`Error::attempts`]). Any of them may have been delivered. To retry later (a job queue,
//!   a cron rerun), send the *same request* with *that key*, within 24 hours: LINE then
//!   delivers it only if no earlier attempt was accepted, and answers `409` otherwise. A new
//!   key, or a changed request, can deliver twice. A [`Error::Validation`] sent nothing and
//!   has no key.
//!
//! The simplest safe way: generate a [`RetryKey`] when the job is created, store it with the
//! job, and send every run of the job with it. A caller that did not can take the key from
//! the error:
//!
//! ```
//! use linebot::client::{CallOptions, Client, Error, Response, RetryKey, SendResponse};
//! use linebot::message::PushMessageRequest;
//!
//! /// Runs a queued push. `key` is stored with the job: `None` the first time, then the key
//! /// of the attempts that failed, so that a rerun cannot deliver twice.
//! fn run_job(
//!     client: &Client,
//!     push: &PushMessageRequest,
//!     key: &mut Option<RetryKey>,
//! ) -> Result<Response<SendResponse>, Error> {
//!     let mut options = CallOptions::new();
//!     if let Some(key) = key {
//!         options = options.retry_key(*key);
//!     }
//!     client.call_with(push, &options).inspect_err(|e| {
//!         if let Some(used) = e.retry_key() {
//!             *key = Some(*used);
//!         }
//!     })
//! }
//! # let _ = run_job;
//! ```
//!
//! A keyed send takes at most `(retries + 1) × timeout` plus the backoffs unless a deadline
//! bounds it: [`RetryPolicy::deadline`] for every call, [`CallOptions::deadline`] for one.
//!
//! # Testing
//! With the `testkit` feature, `linebot::testkit::LineServer` is a local LINE API server that
//! serves these operations over real HTTP, records requests and injects faults.
//!
//! # Adding an operation
//! One `operation!` block (crate-internal, see `client/declare.rs`) declares the request type,
//! its [`Operation`] impl and its `Client` method, with one doc comment (the operation id,
//! what it does, LINE's reference link) shared by the type and the method:
//!
//! ```text
//! super::operation! {
//!     /// `getGroupMembersIds`: a page of the user IDs of a group's members.
//!     /// <https://developers.line.biz/en/reference/messaging-api/#get-group-member-user-ids>
//!     Get Api "/v2/bot/group/{group_id}/members/ids" -> MembersIdsResponse;
//!     #[derive(Debug, Eq)]
//!     pub struct GetGroupMembersIds {
//!         /// Group ID.
//!         path group_id: String,
//!         /// The `next` token of the previous page.
//!         opt_query "start" start: String,
//!     }
//!     pub fn get_group_members_ids(group_id: impl Into<String>) {
//!         Self { group_id: group_id.into(), start: None }
//!     }
//! }
//! ```
//!
//! Then the response type: a serde struct tolerant of unknown fields (no
//! `deny_unknown_fields`, enums ending in `#[serde(untagged)] Unknown(String)`) listed in
//! `json_response!` (`json_response!(secret: ..)` when it carries a token), or `()`
//! (including `202 Accepted`), [`Content`] (streamed), [`SendResponse`]; the client wraps it
//! in a [`Response`] with the answer's headers. Last, a route in the testkit and a test over
//! HTTP checking method, host, path, headers and body.

use std::io::Read;
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde::de::DeserializeOwned;
use ureq::http;

mod config;
pub(crate) mod declare;
mod error;
mod response;
mod retry;

pub mod bot;
pub mod chat;
pub mod content;
pub mod group;
pub mod membership;
pub mod message;
pub mod richmenu;
pub mod room;
pub mod statistics;
pub mod user;
pub mod webhook;

// Beyond messaging: audiences, coupons, insight, LIFF, modules, phone-number push, shop, tokens.
pub mod audience;
pub mod coupon;
pub mod insight;
pub mod liff;
pub mod module;
pub mod pnp;
pub mod shop;
pub mod token;

pub use config::{
    API_BASE_URL, API_DATA_BASE_URL, ClientBuilder, DEFAULT_TIMEOUT, MANAGER_BASE_URL, USER_AGENT,
};
pub use content::Content;
pub use declare::Param;
pub use error::{ApiError, BoxError, Error, ErrorDetail, TransportErrorKind};
pub use message::{SendResponse, SentMessage};
pub use response::{ACCEPTED_REQUEST_ID, Headers, REQUEST_ID, RETRY_KEY, Response};
pub use retry::{Attempts, ParseRetryKeyError, RetryKey, RetryPolicy};

use crate::validate::ValidationError;

/// A blocking LINE Messaging API client. Cheap to clone (clones share connections).
///
/// The access token never appears in `Debug` output.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
    timeout: Duration,
}

struct Inner {
    agent: ureq::Agent,
    authorization: String,
    /// Indexed by `Host as usize`, without a trailing slash.
    bases: [String; 3],
    retry: RetryPolicy,
    validate: bool,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("token", &"<redacted>")
            .field("base_urls", &self.inner.bases)
            .field("timeout", &self.timeout)
            .field("retry", &self.inner.retry)
            .field("validate", &self.inner.validate)
            .finish()
    }
}

/// The LINE host an operation is served by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Host {
    /// `api.line.me`
    Api = 0,
    /// `api-data.line.me` (content upload and download)
    ApiData = 1,
    /// `manager.line.biz`
    Manager = 2,
}

impl Host {
    /// The host's name in production (`api.line.me`...).
    pub fn default_name(self) -> &'static str {
        match self {
            Host::Api => "api.line.me",
            Host::ApiData => "api-data.line.me",
            Host::Manager => "manager.line.biz",
        }
    }
}

/// The HTTP method of an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// `PUT`
    Put,
    /// `DELETE`
    Delete,
}

impl Method {
    fn as_http(self) -> http::Method {
        match self {
            Method::Get => http::Method::GET,
            Method::Post => http::Method::POST,
            Method::Put => http::Method::PUT,
            Method::Delete => http::Method::DELETE,
        }
    }
}

/// A request body, ready to send.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Payload<'a> {
    /// No body.
    Empty,
    /// `application/json`.
    Json(Vec<u8>),
    /// Raw bytes with their content type (image upload).
    Bytes {
        /// `Content-Type`, for example `image/png`.
        content_type: &'a str,
        /// The bytes.
        data: &'a [u8],
    },
    /// `application/x-www-form-urlencoded` pairs.
    Form(Vec<(&'a str, &'a str)>),
    /// `multipart/form-data`, already encoded with `boundary` (audience file upload).
    Multipart {
        /// The boundary between parts (absent from every part).
        boundary: String,
        /// The encoded parts.
        body: Vec<u8>,
    },
}

impl Payload<'_> {
    /// Serializes `value` as JSON ([`crate::json::to_vec`]: the bytes `serde_json` writes).
    ///
    /// # Errors
    /// [`Error::Encode`] if `value`'s `Serialize` impl fails.
    pub fn json(value: &impl serde::Serialize) -> Result<Self, Error> {
        crate::json::to_vec(value)
            .map(Payload::Json)
            .map_err(|e| Error::Encode(e.into()))
    }
}

/// One LINE API operation: where it goes, what it sends and what it answers.
///
/// Implemented by every request type in [`client`](self)'s submodules; implement it yourself
/// to call an endpoint this crate does not cover yet, and send it with [`Client::call`].
///
/// ```
/// use linebot::client::{Host, Method, Operation};
/// use linebot::client::user::UserProfileResponse;
///
/// struct MyGetProfile(String);
/// impl Operation for MyGetProfile {
///     type Response = UserProfileResponse;
///     const METHOD: Method = Method::Get;
///     const HOST: Host = Host::Api;
///     fn path(&self) -> String {
///         format!("/v2/bot/profile/{}", linebot::client::encode_segment(&self.0))
///     }
/// }
/// ```
pub trait Operation {
    /// What the operation answers.
    type Response: FromResponse;
    /// The HTTP method.
    const METHOD: Method;
    /// The LINE host.
    const HOST: Host;
    /// Whether the operation accepts `X-Line-Retry-Key`. Only such operations are retried.
    const RETRY_KEY: bool = false;
    /// Whether the call carries the channel access token (`Authorization: Bearer`). The
    /// endpoints that issue tokens authenticate otherwise and set this to `false`.
    const AUTHORIZED: bool = true;

    /// The path, starting with `/`, with path parameters encoded ([`encode_segment`]).
    fn path(&self) -> String;

    /// Query parameters; `None` values are left out.
    fn query(&self) -> Vec<(&'static str, Option<String>)> {
        Vec::new()
    }

    /// Extra headers (such as `X-Line-Delivery-Tag`).
    fn headers(&self) -> Vec<(&'static str, String)> {
        Vec::new()
    }

    /// The body.
    ///
    /// # Errors
    /// [`Error::Encode`] when the body cannot be serialized.
    fn payload(&self) -> Result<Payload<'_>, Error> {
        Ok(Payload::Empty)
    }

    /// Checks the request with the runtime validator before it is sent.
    ///
    /// # Errors
    /// Every rule the request breaks.
    fn validate(&self) -> Result<(), ValidationError> {
        Ok(())
    }
}

impl<O: Operation + ?Sized> Operation for &O {
    type Response = O::Response;
    const METHOD: Method = O::METHOD;
    const HOST: Host = O::HOST;
    const RETRY_KEY: bool = O::RETRY_KEY;
    const AUTHORIZED: bool = O::AUTHORIZED;
    fn path(&self) -> String {
        (**self).path()
    }
    fn query(&self) -> Vec<(&'static str, Option<String>)> {
        (**self).query()
    }
    fn headers(&self) -> Vec<(&'static str, String)> {
        (**self).headers()
    }
    fn payload(&self) -> Result<Payload<'_>, Error> {
        (**self).payload()
    }
    fn validate(&self) -> Result<(), ValidationError> {
        (**self).validate()
    }
}

/// Percent-encodes one path segment (a user ID, a rich menu alias...), so that it cannot
/// change the path.
pub fn encode_segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A successful (or `409 already accepted`) HTTP answer, before decoding.
pub struct RawResponse {
    status: u16,
    headers: Headers,
    body: ureq::Body,
}

impl std::fmt::Debug for RawResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RawResponse")
            .field("status", &self.status)
            .field("headers", &self.headers)
            .finish_non_exhaustive()
    }
}

impl RawResponse {
    /// The HTTP status.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// A header's value, if present and valid UTF-8.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name)
    }

    /// `x-line-request-id`.
    pub fn request_id(&self) -> Option<&str> {
        self.headers.request_id()
    }

    /// The whole body (at most 10 MiB; use [`RawResponse::into_reader`] for content).
    ///
    /// # Errors
    /// [`Error::ResponseBody`] (with the status and request id) if the body is larger, is
    /// cut off or is too slow.
    pub fn bytes(&mut self) -> Result<Vec<u8>, Error> {
        let (bytes, unread) = self.read_up_to(BODY_LIMIT);
        match unread {
            None => Ok(bytes),
            Some((kind, source)) => Err(Error::ResponseBody {
                status: self.status,
                request_id: self.request_id().map(str::to_owned),
                kind,
                source,
            }),
        }
    }

    /// Reads at most `limit` bytes of the body, keeping what arrived when the rest could
    /// not be read (and why). Stops at the limit without draining the rest: the connection
    /// is then dropped rather than reused.
    pub(crate) fn read_up_to(
        &mut self,
        limit: u64,
    ) -> (Vec<u8>, Option<(TransportErrorKind, BoxError)>) {
        let mut bytes = Vec::new();
        let read = self
            .body
            .as_reader()
            .take(limit.saturating_add(1))
            .read_to_end(&mut bytes);
        let unread = match read {
            Err(e) => match transport_error(ureq::Error::from(e)) {
                Error::Transport { kind, source, .. } => Some((kind, source)),
                other => Some((TransportErrorKind::Other, other.into())),
            },
            Ok(_) if bytes.len() as u64 > limit => {
                bytes.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
                Some((
                    TransportErrorKind::TooLarge,
                    format!("over {limit} bytes").into(),
                ))
            }
            Ok(_) => None,
        };
        (bytes, unread)
    }

    /// The body decoded as JSON. An empty body decodes as `{}`.
    ///
    /// # Errors
    /// [`Error::Decode`] (keeping the body) if it is not the expected JSON.
    pub fn json<T: DeserializeOwned>(&mut self) -> Result<T, Error> {
        self.decode(false)
    }

    /// Like [`RawResponse::json`], for answers that carry a secret (an access token): a
    /// failure keeps neither the body nor the decoder's message (which can quote a value),
    /// only where in the body decoding failed.
    ///
    /// # Errors
    /// [`Error::Decode`] without the body if it is not the expected JSON.
    pub fn json_secret<T: DeserializeOwned>(&mut self) -> Result<T, Error> {
        self.decode(true)
    }

    fn decode<T: DeserializeOwned>(&mut self, secret: bool) -> Result<T, Error> {
        let bytes = self.bytes()?;
        decode(&bytes).map_err(|e| Error::Decode {
            status: self.status,
            request_id: self.request_id().map(str::to_owned),
            body: (!secret).then(|| String::from_utf8_lossy(&bytes).into_owned()),
            source: if secret {
                error::Withheld::from(&e).into()
            } else {
                e.into()
            },
        })
    }

    /// The body as a stream, without a size cap.
    pub fn into_reader(self) -> impl Read + Send + 'static {
        self.body.into_reader()
    }
}

/// Decodes a JSON body; an empty body decodes as `{}`.
pub(crate) fn decode<T: DeserializeOwned>(bytes: &[u8]) -> serde_json::Result<T> {
    let slice: &[u8] = if bytes.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        bytes
    };
    serde_json::from_slice(slice)
}

/// A success body that could not be read or decoded, on an answer that still counts as a
/// success: a send LINE accepted (see [`SendResponse::unread_body`]).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct UnreadBody {
    /// What arrived: the whole body when `complete`, else its start.
    pub bytes: Vec<u8>,
    /// Whether the whole body arrived (it was then not the expected JSON); `false` when it
    /// was cut off, too slow, or larger than 10 MiB.
    pub complete: bool,
    /// Why it was not read or decoded.
    pub reason: String,
}

/// Decodes an operation's answer.
pub trait FromResponse: Sized {
    /// Whether the answer is streamed: then the timeout bounds connecting and each read,
    /// not the whole body.
    const STREAMED: bool = false;

    /// Decodes a successful answer.
    ///
    /// # Errors
    /// [`Error::Decode`] when the body is not what was expected.
    fn from_response(response: RawResponse) -> Result<Self, Error>;
}

impl FromResponse for () {
    fn from_response(mut response: RawResponse) -> Result<Self, Error> {
        // Drained so that the connection can be reused.
        response.bytes().map(drop)
    }
}

/// Implements [`FromResponse`] as JSON decoding for response types; after `secret:`, for
/// answers carrying a secret, whose decode errors keep nothing of the body.
macro_rules! json_response {
    (secret: $($t:ty),* $(,)?) => {
        $(impl $crate::client::FromResponse for $t {
            fn from_response(mut response: $crate::client::RawResponse) -> Result<Self, $crate::client::Error> {
                response.json_secret()
            }
        })*
    };
    ($($t:ty),* $(,)?) => {
        $(impl $crate::client::FromResponse for $t {
            fn from_response(mut response: $crate::client::RawResponse) -> Result<Self, $crate::client::Error> {
                response.json()
            }
        })*
    };
}
pub(crate) use json_response;

pub(crate) use declare::operation;

/// Options for one call: see [`Client::call_with`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct CallOptions {
    /// Replaces the client's timeout for this call (each attempt).
    pub timeout: Option<Duration>,
    /// Replaces the retry policy's overall deadline for this call: the longest the whole
    /// call may take, retries and waits included (see [`RetryPolicy`]). For a download it
    /// bounds the wait for the answer to start, not the reading of the content.
    pub deadline: Option<Duration>,
    /// The `X-Line-Retry-Key` of this logical call (only for operations that take one).
    /// Generated ([`RetryKey::generate`]) when `None`.
    pub retry_key: Option<RetryKey>,
}

impl CallOptions {
    /// No options.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the timeout.
    pub fn timeout(mut self, d: Duration) -> Self {
        self.timeout = Some(d);
        self
    }

    /// Sets the overall deadline.
    pub fn deadline(mut self, d: Duration) -> Self {
        self.deadline = Some(d);
        self
    }

    /// Sets the retry key.
    pub fn retry_key(mut self, key: RetryKey) -> Self {
        self.retry_key = Some(key);
        self
    }
}

impl Client {
    /// A client for the given channel access token, with the defaults: LINE's production
    /// hosts, a 30 s timeout, validation on, three retries for sends with a retry key.
    pub fn new(channel_access_token: impl Into<String>) -> Self {
        ClientBuilder::new(channel_access_token)
            .build()
            .expect("the default configuration is valid")
    }

    /// A client for the token in the environment variable `LINE_CHANNEL_ACCESS_TOKEN`
    /// ([`ACCESS_TOKEN_VAR`]), with the defaults of [`Client::new`]: one line to start a
    /// script.
    ///
    /// ```no_run
    /// let client = linebot::client::Client::from_env()?;
    /// # Ok::<(), linebot::client::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::Config`] naming the variable when it is not set, empty or not valid UTF-8.
    pub fn from_env() -> Result<Self, Error> {
        token_from(ACCESS_TOKEN_VAR, std::env::var_os(ACCESS_TOKEN_VAR)).map(Client::new)
    }

    /// A builder to configure base URLs, timeout, retries and validation.
    pub fn builder(channel_access_token: impl Into<String>) -> ClientBuilder {
        ClientBuilder::new(channel_access_token)
    }

    /// The same client with another timeout (for example for a large download).
    /// Connections are shared.
    #[must_use]
    pub fn with_timeout(&self, timeout: Duration) -> Client {
        Client {
            inner: Arc::clone(&self.inner),
            timeout,
        }
    }

    /// The base URL calls to `host` go to.
    pub fn base_url(&self, host: Host) -> &str {
        &self.inner.bases[host as usize]
    }

    /// Sends any operation.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn call<O: Operation>(&self, operation: O) -> Result<Response<O::Response>, Error> {
        self.call_with(operation, &CallOptions::new())
    }

    /// Sends any operation with per-call options.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn call_with<O: Operation>(
        &self,
        operation: O,
        options: &CallOptions,
    ) -> Result<Response<O::Response>, Error> {
        if self.inner.validate {
            operation.validate()?;
        }
        let payload = operation.payload()?;
        let url = self.url(O::HOST, &operation.path(), &operation.query());
        let headers = operation.headers();
        let retry_key = O::RETRY_KEY.then(|| options.retry_key.unwrap_or_else(RetryKey::generate));
        let key_header = retry_key.map(|k| k.to_string());
        let timeout = options.timeout.unwrap_or(self.timeout);
        let policy = &self.inner.retry;
        let retries = if O::RETRY_KEY { policy.retries() } else { 0 };
        let deadline = options.deadline.or(policy.call_deadline());
        let started = Instant::now();
        let mut count = 0;
        let mut waits = Vec::new();
        loop {
            count += 1;
            let left = deadline.map(|d| d.saturating_sub(started.elapsed()));
            let attempt_timeout = left.map_or(timeout, |left| left.min(timeout));
            let outcome = self.send_once::<O::Response>(&Attempt {
                method: O::METHOD,
                authorized: O::AUTHORIZED,
                url: &url,
                payload: &payload,
                headers: &headers,
                retry_key: key_header.as_deref(),
                timeout: attempt_timeout,
            });
            let timed_out = matches!(
                outcome,
                Err(Error::Transport {
                    kind: TransportErrorKind::Timeout,
                    ..
                })
            );
            let mut deadline_reached = timed_out && attempt_timeout < timeout;
            let retryable = match &outcome {
                Ok(r) => r.status >= 500,
                Err(Error::Transport { kind, .. }) => {
                    matches!(
                        kind,
                        TransportErrorKind::Timeout | TransportErrorKind::Connection
                    )
                }
                Err(_) => false,
            };
            if retryable && count <= retries && !deadline_reached {
                let wait = policy.backoff(count);
                if deadline.is_none_or(|d| started.elapsed() + wait < d) {
                    std::thread::sleep(wait);
                    waits.push(wait);
                    continue;
                }
                deadline_reached = true;
            }
            let attempts = Attempts {
                retry_key,
                count,
                elapsed: started.elapsed(),
                waits,
                deadline: deadline.filter(|_| deadline_reached),
            };
            let mut response = outcome.map_err(|e| e.with_attempts(attempts.clone()))?;
            let accepted = retry_key.is_some()
                && response.status == 409
                && response.header(ACCEPTED_REQUEST_ID).is_some();
            if (200..300).contains(&response.status) || accepted {
                let status = response.status;
                let headers = response.headers.clone();
                return O::Response::from_response(response)
                    .map(|value| Response::new(value, status, headers));
            }
            let (body, unread) = response.read_up_to(ERROR_BODY_LIMIT);
            let mut api = ApiError::from_parts(response.status, response.headers, &body);
            api.unread = unread.map(|(kind, source)| format!("{kind} ({source})"));
            let error = if api.status == 429 {
                Error::RateLimited(Box::new(api))
            } else {
                Error::Api(Box::new(api))
            };
            return Err(error.with_attempts(attempts));
        }
    }

    fn run<R: FromResponse, S: ureq::AsSendBody>(
        &self,
        request: http::Request<S>,
        timeout: Duration,
    ) -> Result<http::Response<ureq::Body>, Error> {
        let configured = self.inner.agent.configure_request(request);
        let request = if R::STREAMED {
            configured
                .timeout_connect(Some(timeout))
                .timeout_recv_response(Some(timeout))
                .timeout_per_read(Some(timeout))
                .build()
        } else {
            configured.timeout_global(Some(timeout)).build()
        };
        self.inner.agent.run(request).map_err(transport_error)
    }

    fn url(&self, host: Host, path: &str, query: &[(&'static str, Option<String>)]) -> String {
        let mut url = format!("{}{}", self.base_url(host), path);
        let mut q = url::form_urlencoded::Serializer::new(String::new());
        let mut any = false;
        for (k, v) in query {
            if let Some(v) = v {
                q.append_pair(k, v);
                any = true;
            }
        }
        if any {
            url.push('?');
            url.push_str(&q.finish());
        }
        url
    }

    fn send_once<R: FromResponse>(&self, attempt: &Attempt<'_>) -> Result<RawResponse, Error> {
        let Attempt {
            method,
            authorized,
            url,
            payload,
            headers,
            retry_key,
            timeout,
        } = *attempt;
        let mut builder = http::Request::builder().method(method.as_http()).uri(url);
        if authorized {
            builder = builder.header("authorization", &self.inner.authorization);
        }
        if let Some(key) = retry_key {
            builder = builder.header(RETRY_KEY, key);
        }
        for (k, v) in headers {
            builder = builder.header(*k, v);
        }
        let form;
        let body: &[u8] = match payload {
            Payload::Empty => &[],
            Payload::Json(bytes) => {
                builder = builder.header("content-type", "application/json");
                bytes
            }
            Payload::Bytes { content_type, data } => {
                builder = builder.header("content-type", *content_type);
                data
            }
            Payload::Form(pairs) => {
                builder = builder.header("content-type", "application/x-www-form-urlencoded");
                form = url::form_urlencoded::Serializer::new(String::new())
                    .extend_pairs(pairs)
                    .finish();
                form.as_bytes()
            }
            Payload::Multipart { boundary, body } => {
                builder = builder.header(
                    "content-type",
                    format!("multipart/form-data; boundary={boundary}"),
                );
                body
            }
        };
        let response = if matches!(payload, Payload::Empty)
            && matches!(method, Method::Get | Method::Delete)
        {
            let request = builder
                .body(())
                .map_err(|e| Error::transport(TransportErrorKind::Other, e))?;
            self.run::<R, _>(request, timeout)
        } else {
            // A bodyless POST still sends `Content-Length: 0`: LINE answers 411 without it.
            let request = builder
                .body(body)
                .map_err(|e| Error::transport(TransportErrorKind::Other, e))?;
            self.run::<R, _>(request, timeout)
        }?;
        let (parts, body) = response.into_parts();
        Ok(RawResponse {
            status: parts.status.as_u16(),
            headers: Headers::new(parts.headers),
            body,
        })
    }
}

/// The environment variable [`Client::from_env`] reads the channel access token from.
pub const ACCESS_TOKEN_VAR: &str = "LINE_CHANNEL_ACCESS_TOKEN";

/// The token in environment variable `name`, whose value is `value`.
fn token_from(name: &str, value: Option<std::ffi::OsString>) -> Result<String, Error> {
    let problem = match value.map(std::ffi::OsString::into_string) {
        Some(Ok(token)) if !token.trim().is_empty() => return Ok(token.trim().to_owned()),
        Some(Ok(_)) => "is empty",
        Some(Err(_)) => "is not valid UTF-8",
        None => "is not set",
    };
    Err(Error::Config(format!(
        "environment variable {name} {problem}: set it to the channel access token"
    )))
}

/// One HTTP exchange of a call (a call makes several when it is retried).
struct Attempt<'a> {
    method: Method,
    authorized: bool,
    url: &'a str,
    payload: &'a Payload<'a>,
    headers: &'a [(&'static str, String)],
    retry_key: Option<&'a str>,
    timeout: Duration,
}

/// The most of a success body the client reads (as `ureq` does by default).
pub(crate) const BODY_LIMIT: u64 = 10 << 20;

/// The most of an error body the client reads: LINE's error bodies are a few KiB at most,
/// and a retry should not wait for megabytes it would throw away.
const ERROR_BODY_LIMIT: u64 = 64 << 10;

pub(crate) fn transport_error(e: ureq::Error) -> Error {
    let kind = match &e {
        ureq::Error::Timeout(_) => TransportErrorKind::Timeout,
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => {
            TransportErrorKind::Timeout
        }
        ureq::Error::Io(_)
        | ureq::Error::ConnectionFailed
        | ureq::Error::HostNotFound
        | ureq::Error::Protocol(_) => TransportErrorKind::Connection,
        _ => TransportErrorKind::Other,
    };
    Error::transport(kind, e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_token_variable_is_named_when_it_is_missing_or_empty() {
        for value in [None, Some(""), Some("  ")] {
            let e = token_from(ACCESS_TOKEN_VAR, value.map(Into::into)).unwrap_err();
            assert!(matches!(e, Error::Config(_)));
            assert!(e.to_string().contains("LINE_CHANNEL_ACCESS_TOKEN"), "{e}");
        }
        assert_eq!(
            token_from(ACCESS_TOKEN_VAR, Some("tok\n".into())).unwrap(),
            "tok"
        );
    }
}
