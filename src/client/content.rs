//! Content users sent (images, videos, audio, files), from `api-data.line.me`, streamed.
//!
//! ```no_run
//! use std::{fs::File, io};
//! # let client = linebot::client::Client::new("token");
//! let mut content = client.get_message_content("325708")?;
//! println!("{:?}, {:?} bytes", content.content_type(), content.content_length());
//! io::copy(&mut content, &mut File::create("received.bin")?)?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::io::{self, Read};

use serde::{Deserialize, Serialize};

use super::{
    Client, Error, FromResponse, Host, Method, Operation, RawResponse, Response, encode_segment,
};

/// A binary body being downloaded: read it like a file. There is no size cap; the client's
/// timeout bounds connecting and each read, not the whole transfer.
pub struct Content {
    content_type: Option<String>,
    content_length: Option<u64>,
    reader: Box<dyn Read + Send>,
}

impl std::fmt::Debug for Content {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Content")
            .field("content_type", &self.content_type)
            .field("content_length", &self.content_length)
            .finish_non_exhaustive()
    }
}

impl Content {
    /// `Content-Type` of the content (`image/jpeg`...).
    pub fn content_type(&self) -> Option<&str> {
        self.content_type.as_deref()
    }

    /// `Content-Length`, when LINE sent one.
    pub fn content_length(&self) -> Option<u64> {
        self.content_length
    }

    /// Reads everything into memory.
    ///
    /// # Errors
    /// An I/O error if the transfer breaks.
    pub fn into_bytes(mut self) -> io::Result<Vec<u8>> {
        let mut out = Vec::new();
        self.reader.read_to_end(&mut out)?;
        Ok(out)
    }
}

impl Response<Content> {
    /// Reads everything into memory ([`Content::into_bytes`] without the answer's headers).
    ///
    /// # Errors
    /// An I/O error if the transfer breaks.
    pub fn into_bytes(self) -> io::Result<Vec<u8>> {
        self.into_inner().into_bytes()
    }
}

impl Read for Content {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.reader.read(buf)
    }
}

impl FromResponse for Content {
    const STREAMED: bool = true;
    fn from_response(response: RawResponse) -> Result<Self, Error> {
        Ok(Content {
            content_type: response.header("content-type").map(str::to_owned),
            content_length: response
                .header("content-length")
                .and_then(|v| v.parse().ok()),
            reader: Box::new(response.into_reader()),
        })
    }
}

/// `GET /v2/bot/message/{messageId}/content` on `api-data.line.me`.
/// <https://developers.line.biz/en/reference/messaging-api/#get-content>
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetMessageContent {
    /// Message ID.
    pub message_id: String,
}

impl Operation for GetMessageContent {
    type Response = Content;
    const METHOD: Method = Method::Get;
    const HOST: Host = Host::ApiData;
    fn path(&self) -> String {
        format!(
            "/v2/bot/message/{}/content",
            encode_segment(&self.message_id)
        )
    }
}

/// `GET /v2/bot/message/{messageId}/content/preview` on `api-data.line.me`.
/// <https://developers.line.biz/en/reference/messaging-api/#get-image-or-video-preview>
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetMessageContentPreview {
    /// Message ID of an image or video.
    pub message_id: String,
}

impl Operation for GetMessageContentPreview {
    type Response = Content;
    const METHOD: Method = Method::Get;
    const HOST: Host = Host::ApiData;
    fn path(&self) -> String {
        format!(
            "/v2/bot/message/{}/content/preview",
            encode_segment(&self.message_id)
        )
    }
}

/// `GET /v2/bot/message/{messageId}/content/transcoding` on `api-data.line.me`.
/// <https://developers.line.biz/en/reference/messaging-api/#verify-video-or-audio-preparation-status>
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetMessageContentTranscodingByMessageId {
    /// Message ID of a video or audio.
    pub message_id: String,
}

impl Operation for GetMessageContentTranscodingByMessageId {
    type Response = GetMessageContentTranscodingResponse;
    const METHOD: Method = Method::Get;
    const HOST: Host = Host::ApiData;
    fn path(&self) -> String {
        format!(
            "/v2/bot/message/{}/content/transcoding",
            encode_segment(&self.message_id)
        )
    }
}

/// Whether a video or audio is ready to download.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetMessageContentTranscodingResponse {
    /// The preparation status.
    pub status: TranscodingStatus,
}

/// Preparation status of a video or audio.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum TranscodingStatus {
    /// Still preparing.
    Processing,
    /// Ready: download it.
    Succeeded,
    /// Preparation failed.
    Failed,
    /// A value this version does not know.
    #[serde(untagged)]
    Unknown(String),
}

super::json_response!(GetMessageContentTranscodingResponse);

impl Client {
    /// `getMessageContent`: the image, video, audio or file a user sent, streamed.
    ///
    /// # Errors
    /// See [`Error`]; errors while reading come from [`Content`]'s `Read`.
    pub fn get_message_content(
        &self,
        message_id: impl Into<String>,
    ) -> Result<Response<Content>, Error> {
        self.call(GetMessageContent {
            message_id: message_id.into(),
        })
    }

    /// `getMessageContentPreview`: a preview image of an image or video, streamed.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn get_message_content_preview(
        &self,
        message_id: impl Into<String>,
    ) -> Result<Response<Content>, Error> {
        self.call(GetMessageContentPreview {
            message_id: message_id.into(),
        })
    }

    /// `getMessageContentTranscodingByMessageId`: whether a video or audio is ready.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn get_message_content_transcoding_by_message_id(
        &self,
        message_id: impl Into<String>,
    ) -> Result<Response<GetMessageContentTranscodingResponse>, Error> {
        self.call(GetMessageContentTranscodingByMessageId {
            message_id: message_id.into(),
        })
    }
}
