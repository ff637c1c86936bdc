//! What every successful call answers: the decoded value with the answer's request ids and
//! headers.
//!
//! ```no_run
//! use linebot::client::Client;
//!
//! # let client = Client::new("token");
//! // The common case reads like the value itself...
//! let profile = client.get_profile("U4af4980629...")?;
//! println!("{}", profile.display_name);
//! // ...and every answer, `()` ones included, carries what LINE support asks for.
//! let left = client.leave_group("C1234...")?;
//! println!("request {:?}", left.request_id());
//! # Ok::<(), linebot::client::Error>(())
//! ```

use std::fmt;
use std::io::{self, Read};
use std::ops::{Deref, DerefMut};

use ureq::http::HeaderMap;

/// `x-line-request-id`: LINE's id of one answer, to quote when asking LINE about a call.
pub const REQUEST_ID: &str = "x-line-request-id";
/// `x-line-accepted-request-id`: on a `409` to a send with a retry key, the request id of
/// the earlier attempt LINE had accepted.
pub const ACCEPTED_REQUEST_ID: &str = "x-line-accepted-request-id";
/// `x-line-retry-key`: the request header carrying a send's [`RetryKey`](super::RetryKey), so
/// that LINE delivers a retried send once.
pub const RETRY_KEY: &str = "x-line-retry-key";

/// The headers of one of LINE's answers, read by name (case-insensitive).
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Headers(HeaderMap);

impl Headers {
    pub(crate) fn new(map: HeaderMap) -> Self {
        Headers(map)
    }

    /// The first value of header `name` (any case), if present and valid UTF-8.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.get(name).and_then(|v| v.to_str().ok())
    }

    /// Every value of header `name` (any case) that is valid UTF-8, in order.
    pub fn get_all<'a>(&'a self, name: &str) -> impl Iterator<Item = &'a str> + 'a {
        self.0
            .get_all(name)
            .into_iter()
            .filter_map(|v| v.to_str().ok())
    }

    /// Whether header `name` (any case) is present.
    pub fn contains(&self, name: &str) -> bool {
        self.0.contains_key(name)
    }

    /// Every header as `(lowercase name, value)`, values that are not valid UTF-8 left out.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0
            .iter()
            .filter_map(|(k, v)| v.to_str().ok().map(|v| (k.as_str(), v)))
    }

    /// The number of header values.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there is no header at all.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `x-line-request-id`.
    pub fn request_id(&self) -> Option<&str> {
        self.get(REQUEST_ID)
    }

    /// `x-line-accepted-request-id`.
    pub fn accepted_request_id(&self) -> Option<&str> {
        self.get(ACCEPTED_REQUEST_ID)
    }
}

impl fmt::Debug for Headers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

/// A successful answer: the operation's value `T` (reached through `Deref`, or taken with
/// [`Response::into_inner`]) and the answer's status, request ids and headers.
///
/// `client.push_message(..)?` reads as before; `response.request_id()` is there for logs.
/// Fields are read through the response (`profile.display_name`); to move one out, take the
/// value first (`client.create_rich_menu(menu)?.into_inner().rich_menu_id`).
#[derive(Clone)]
pub struct Response<T> {
    value: T,
    status: u16,
    headers: Headers,
}

impl<T> Response<T> {
    pub(crate) fn new(value: T, status: u16, headers: Headers) -> Self {
        Response {
            value,
            status,
            headers,
        }
    }

    /// `x-line-request-id` of the answer: log it, LINE support asks for it.
    pub fn request_id(&self) -> Option<&str> {
        self.headers.request_id()
    }

    /// `x-line-accepted-request-id`: set when LINE answered `409` to a send because an
    /// earlier attempt with the same retry key had been accepted. The messages were then sent
    /// exactly once, by that earlier request.
    pub fn accepted_request_id(&self) -> Option<&str> {
        self.headers.accepted_request_id()
    }

    /// Whether LINE reported that an earlier attempt with the same retry key had already
    /// been accepted (`409` with `x-line-accepted-request-id`).
    pub fn is_already_accepted(&self) -> bool {
        self.status == 409 && self.accepted_request_id().is_some()
    }

    /// The HTTP status (`200`, `202`, or `409` for an already accepted send).
    pub fn status(&self) -> u16 {
        self.status
    }

    /// Header `name` (any case) of the answer, if present and valid UTF-8.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name)
    }

    /// All headers of the answer.
    pub fn headers(&self) -> &Headers {
        &self.headers
    }

    /// The value, without the answer's metadata.
    pub fn into_inner(self) -> T {
        self.value
    }

    /// The value and the headers.
    pub fn into_parts(self) -> (T, Headers) {
        (self.value, self.headers)
    }

    /// The same answer with its value transformed.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Response<U> {
        Response {
            value: f(self.value),
            status: self.status,
            headers: self.headers,
        }
    }
}

impl<T> Deref for Response<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T> DerefMut for Response<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.value
    }
}

impl<T> AsRef<T> for Response<T> {
    fn as_ref(&self) -> &T {
        &self.value
    }
}

impl<T: fmt::Debug> fmt::Debug for Response<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Response")
            .field("value", &self.value)
            .field("status", &self.status)
            .field("request_id", &self.request_id())
            .finish_non_exhaustive()
    }
}

/// Compares the value only: `assert_eq!(client.get_profile(id)?, expected)`.
impl<T: PartialEq> PartialEq<T> for Response<T> {
    fn eq(&self, other: &T) -> bool {
        self.value == *other
    }
}

/// A streamed answer ([`Content`](super::Content)) reads like the stream itself.
impl<R: Read> Read for Response<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.value.read(buf)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ureq::http::HeaderValue;

    fn headers() -> Headers {
        let mut map = HeaderMap::new();
        map.insert(REQUEST_ID, HeaderValue::from_static("req-1"));
        map.append("x-multi", HeaderValue::from_static("a"));
        map.append("x-multi", HeaderValue::from_static("b"));
        Headers::new(map)
    }

    #[test]
    fn headers_are_read_by_name_in_any_case() {
        let h = headers();
        assert_eq!(h.get("X-Line-Request-Id"), Some("req-1"));
        assert_eq!(h.request_id(), Some("req-1"));
        assert_eq!(h.get_all("x-multi").collect::<Vec<_>>(), ["a", "b"]);
        assert!(h.contains("X-MULTI"));
        assert_eq!(h.get("absent"), None);
        assert_eq!(h.len(), 3);
    }

    #[test]
    fn a_response_reads_like_its_value_and_keeps_its_request_id() {
        let r = Response::new(String::from("value"), 200, headers());
        assert_eq!(r.len(), 5);
        assert_eq!(r, String::from("value"));
        assert_eq!(r.request_id(), Some("req-1"));
        assert!(!r.is_already_accepted());
        let r = r.map(|s| s.len());
        assert_eq!(r.into_inner(), 5);
    }
}
