//! A local LINE API server for tests and offline runs (feature `testkit`).
//!
//! [`LineServer::start`] listens on `127.0.0.1` (a free port) in background threads and stops
//! when dropped. It serves the Messaging API operations of [`client`](crate::client) with
//! state (rich menus, aliases, links, seeded profiles, groups, rooms and content), checks the
//! bearer token, validates bodies with this crate's validator and answers invalid ones the
//! way LINE does (`400` with `message` and `details`), deduplicates retry keys (`409`),
//! records every request, injects [`Fault`]s on demand, and posts signed webhooks.
//!
//! All three LINE hosts are served on one port, told apart by a path prefix named after the
//! host (`/api-data.line.me/v2/bot/message/.../content`); [`LineServer::client`] is configured
//! that way, so tests can assert which host a call went to. Paths without the prefix are
//! served too (for a client built with one [`base_url`](crate::client::ClientBuilder::base_url)).
//!
//! ```
//! use linebot::client::Host;
//! use linebot::message::TextMessage;
//! use linebot::testkit::{self, LineServer};
//!
//! let server = LineServer::start();
//! let client = server.client();
//! let sent = client.push_message(testkit::USER_ID, [TextMessage::new("hi")])?;
//! assert_eq!(sent.sent_messages.len(), 1);
//!
//! let request = server.last_request().unwrap();
//! assert_eq!((request.method.as_str(), request.host, request.path.as_str()),
//!            ("POST", Some(Host::Api), "/v2/bot/message/push"));
//! assert_eq!(request.json()["messages"][0]["text"], "hi");
//! assert_eq!(server.deliveries().len(), 1);
//! # Ok::<(), linebot::client::Error>(())
//! ```

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use crate::client::{Client, ClientBuilder, Host, REQUEST_ID, RetryPolicy};

mod http;
mod reply;
mod routes;
mod webhook;

// The operations beyond messaging (tokens, coupons, insight, audiences, LIFF, shop, modules),
// hooked into `routes`.
mod api;
mod audience;
mod coupon;
mod insight;
mod liff;
mod module;
mod shop;
mod token;

pub use api::{CHANNEL_ID, MODULE_BOT_ID, SHARED_AUDIENCE_ID};
pub use webhook::{SignedWebhook, signed_webhook};

use routes::State;

/// The channel access token [`LineServer::start`] accepts.
pub const CHANNEL_ACCESS_TOKEN: &str = "testkit-channel-access-token";
/// The channel secret [`LineServer::start`] signs webhooks with.
pub const CHANNEL_SECRET: &str = "testkit-channel-secret";
/// The bot's user ID (`destination` of webhooks, `userId` of the bot info).
pub const BOT_USER_ID: &str = "U00000000000000000000000000000b07";
/// A seeded user: a friend of the bot, member of [`GROUP_ID`] and [`ROOM_ID`].
pub const USER_ID: &str = "U4af4980629a1b2c3d4e5f6a7b8c9d0e1";
/// A second seeded user, member of [`GROUP_ID`] and [`ROOM_ID`].
pub const OTHER_USER_ID: &str = "U0c229f96c4a1b2c3d4e5f6a7b8c9d0e2";
/// A seeded group with two members.
pub const GROUP_ID: &str = "Ca56f94637c0a1b2c3d4e5f6a7b8c9d0e";
/// A seeded room with two members.
pub const ROOM_ID: &str = "Ra8dbf4673c0a1b2c3d4e5f6a7b8c9d0e";
/// A seeded membership plan; [`USER_ID`] subscribes to it.
pub const MEMBERSHIP_ID: i64 = 3189;
/// A seeded image message whose content ([`IMAGE_CONTENT`]) can be downloaded.
pub const IMAGE_MESSAGE_ID: &str = "325708";
/// The bytes of the seeded image content (a PNG signature and a few bytes).
pub const IMAGE_CONTENT: &[u8] = b"\x89PNG\r\n\x1a\nseeded image";

/// A fault the server injects into the next request (see [`LineServer::inject`]).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Fault {
    /// Answer with this status and a LINE-shaped error body, without handling the request.
    Status(u16),
    /// Answer `429 Too Many Requests`, without handling the request.
    RateLimited,
    /// Wait, then handle the request normally.
    Delay(Duration),
    /// Close the connection without answering and without handling the request.
    Disconnect,
    /// Handle the request (a send is delivered), then close the connection without answering:
    /// the answer is lost on the way back.
    DisconnectAfterHandling,
    /// Answer with this status and this body (as JSON), without handling the request.
    Reply {
        /// The status.
        status: u16,
        /// The body, sent with `Content-Type: application/json` whatever it is.
        body: String,
    },
    /// Handle the request (a send is delivered), answer its status and headers at once, then
    /// send half of the body, wait this long, and send the rest: a body slower than the
    /// client's timeout.
    SlowBody(Duration),
    /// Handle the request (a send is delivered), then answer its status and headers with this
    /// body instead of the real one (for example one that is not the JSON the client expects).
    MalformedBody(String),
    /// Answer with this status and a LINE-shaped JSON error body (`message` "Injected fault")
    /// padded to `len` bytes, streamed as it is written (never held in memory), without
    /// handling the request.
    HugeBody {
        /// The status.
        status: u16,
        /// The body's length in bytes (at least the length of the JSON around the padding).
        len: u64,
    },
}

/// A request the server received.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct RecordedRequest {
    /// `GET`, `POST`...
    pub method: String,
    /// The LINE host the request was addressed to (from the path prefix), if any.
    pub host: Option<Host>,
    /// The path, without the host prefix and the query.
    pub path: String,
    /// Query parameters, decoded.
    pub query: Vec<(String, String)>,
    /// Headers, names lowercased, in order.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Vec<u8>,
}

impl RecordedRequest {
    /// A header's value (name case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.as_str())
    }

    /// A query parameter's value.
    pub fn query_param(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The body as JSON (`Null` when it is not JSON).
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or(serde_json::Value::Null)
    }
}

/// A send the server accepted: what a LINE user would have received.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Delivery {
    /// `reply`, `push`, `multicast`, `narrowcast`, `broadcast` or `pnp`.
    pub kind: String,
    /// The `x-line-request-id` the server answered with.
    pub request_id: String,
    /// The `X-Line-Retry-Key` it carried.
    pub retry_key: Option<String>,
    /// The request body.
    pub body: serde_json::Value,
}

impl Delivery {
    /// The texts of the delivered text messages, in order.
    pub fn texts(&self) -> Vec<String> {
        self.body["messages"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|m| m["text"].as_str().map(str::to_owned))
            .collect()
    }
}

/// A local LINE API server. See the [module docs](self).
pub struct LineServer {
    state: Arc<Mutex<State>>,
    listener: http::Listener,
}

impl std::fmt::Debug for LineServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LineServer")
            .field("addr", &self.listener.addr())
            .finish_non_exhaustive()
    }
}

impl LineServer {
    /// Starts a server accepting [`CHANNEL_ACCESS_TOKEN`] and signing with [`CHANNEL_SECRET`],
    /// seeded with [`USER_ID`], [`OTHER_USER_ID`], [`GROUP_ID`], [`ROOM_ID`] and
    /// [`IMAGE_MESSAGE_ID`].
    ///
    /// # Panics
    /// If no port on 127.0.0.1 can be bound (a broken test machine).
    pub fn start() -> Self {
        Self::with_credentials(CHANNEL_ACCESS_TOKEN, CHANNEL_SECRET)
    }

    /// Starts a server with your own token and channel secret.
    ///
    /// # Panics
    /// If no port on 127.0.0.1 can be bound.
    pub fn with_credentials(channel_access_token: &str, channel_secret: &str) -> Self {
        let state = Arc::new(Mutex::new(State::seeded(
            channel_access_token,
            channel_secret,
        )));
        let handler_state = Arc::clone(&state);
        let listener = http::Listener::start(Arc::new(move |request| {
            let outcome = routes::handle(&handler_state, request);
            // Streamed answers (`Fault::SlowBody`, `Fault::HugeBody`) carry theirs too.
            if let http::Outcome::Reply { headers, .. } | http::Outcome::Stream { headers, .. } =
                &outcome
            {
                let id = headers.iter().find(|(k, _)| k == REQUEST_ID);
                if let Some((_, id)) = id {
                    let mut s = handler_state.lock().unwrap_or_else(|e| e.into_inner());
                    s.answered_request_ids.push(id.clone());
                }
            }
            outcome
        }))
        .expect("bind 127.0.0.1:0");
        Self { state, listener }
    }

    /// `http://127.0.0.1:<port>`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.listener.addr())
    }

    /// The base URL standing in for a LINE host: `http://127.0.0.1:<port>/<host name>`.
    pub fn host_url(&self, host: Host) -> String {
        format!("{}/{}", self.base_url(), host.default_name())
    }

    /// A client builder pointed at this server (all three hosts), with its token, no proxy,
    /// a 5 s timeout and retries that wait 1 ms.
    pub fn client_builder(&self) -> ClientBuilder {
        let token = self.lock().token.clone();
        Client::builder(token)
            .api_base_url(self.host_url(Host::Api))
            .api_data_base_url(self.host_url(Host::ApiData))
            .manager_base_url(self.host_url(Host::Manager))
            .env_proxy(false)
            .timeout(Duration::from_secs(5))
            .retry(
                RetryPolicy::new()
                    .initial_backoff(Duration::from_millis(1))
                    .max_backoff(Duration::from_millis(5)),
            )
    }

    /// A client pointed at this server (see [`LineServer::client_builder`]).
    pub fn client(&self) -> Client {
        self.client_builder()
            .build()
            .expect("the testkit configuration is valid")
    }

    /// Every request received so far, in order.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.lock().requests.clone()
    }

    /// The last request received.
    pub fn last_request(&self) -> Option<RecordedRequest> {
        self.lock().requests.last().cloned()
    }

    /// The `x-line-request-id` of the last answer the server sent.
    pub fn last_request_id(&self) -> Option<String> {
        self.lock().answered_request_ids.last().cloned()
    }

    /// The `x-line-request-id` of every answer so far, in order (a dropped connection
    /// answers none).
    pub fn answered_request_ids(&self) -> Vec<String> {
        self.lock().answered_request_ids.clone()
    }

    /// Forgets the recorded requests, answers and deliveries.
    pub fn clear(&self) {
        let mut s = self.lock();
        s.requests.clear();
        s.answered_request_ids.clear();
        s.deliveries.clear();
    }

    /// Every send accepted so far (retries that LINE would deduplicate are not repeated).
    pub fn deliveries(&self) -> Vec<Delivery> {
        self.lock().deliveries.clone()
    }

    /// Queues a fault; each request consumes the oldest queued fault.
    pub fn inject(&self, fault: Fault) {
        self.lock().faults.push_back(fault);
    }

    /// Adds (or replaces) a user: a friend of the bot with this display name.
    pub fn seed_user(&self, user_id: &str, display_name: &str) {
        self.lock().seed_user(user_id, display_name);
    }

    /// Adds (or replaces) a group with these members (seeded users).
    pub fn seed_group(&self, group_id: &str, group_name: &str, member_ids: &[&str]) {
        self.lock().seed_group(group_id, group_name, member_ids);
    }

    /// Adds (or replaces) a room with these members (seeded users).
    pub fn seed_room(&self, room_id: &str, member_ids: &[&str]) {
        self.lock().seed_room(room_id, member_ids);
    }

    /// Adds (or replaces) the content of a message sent by a user.
    pub fn seed_content(&self, message_id: &str, content_type: &str, bytes: &[u8]) {
        self.lock().seed_content(message_id, content_type, bytes);
    }

    /// A fresh reply token the server accepts once (as LINE does with a webhook's token).
    pub fn issue_reply_token(&self) -> String {
        self.lock().issue_reply_token()
    }

    /// A webhook body with one text message event from `user_id`, carrying a fresh reply
    /// token this server accepts. For other events, build them
    /// ([`Event::new`](crate::webhook::Event::new), with a token from
    /// [`issue_reply_token`](Self::issue_reply_token)) and sign them with
    /// [`signed_webhook`](Self::signed_webhook).
    pub fn text_message_webhook(&self, user_id: &str, text: &str) -> Vec<u8> {
        let reply_token = self.issue_reply_token();
        let event = webhook::text_message_event(&reply_token, user_id, text);
        self.signed_webhook([event]).body
    }

    /// The body LINE would post for `events`, signed with this server's channel secret
    /// ([`CHANNEL_SECRET`]); [`post_webhook`](Self::post_webhook) posts a body.
    pub fn signed_webhook(
        &self,
        events: impl IntoIterator<Item = crate::webhook::Event>,
    ) -> SignedWebhook {
        let secret = self.lock().secret.clone();
        signed_webhook(&secret, events)
    }

    /// POSTs `body` to `url` as LINE does: `Content-Type: application/json` and an
    /// `x-line-signature` made with the channel secret. Answers the status the URL answered.
    ///
    /// # Errors
    /// [`crate::client::Error::Transport`] when `url` cannot be reached.
    pub fn post_webhook(&self, url: &str, body: &[u8]) -> Result<u16, crate::client::Error> {
        let secret = self.lock().secret.clone();
        routes::post_signed(url, &secret, body)
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}
