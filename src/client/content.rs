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

use super::{Error, FromResponse, RawResponse, Response};

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

super::operation! {
    /// `getMessageContent`: the image, video, audio or file a user sent, streamed from
    /// `api-data.line.me` (errors while reading come from [`Content`]'s `Read`).
    /// <https://developers.line.biz/en/reference/messaging-api/#get-content>
    Get ApiData "/v2/bot/message/{message_id}/content" -> Content;
    #[derive(Debug, Eq)]
    pub struct GetMessageContent {
        /// Message ID.
        path message_id: String,
    }
    pub fn get_message_content(message_id: impl Into<String>) {
        Self { message_id: message_id.into() }
    }
}

super::operation! {
    /// `getMessageContentPreview`: a preview image of an image or video, streamed from
    /// `api-data.line.me`.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-image-or-video-preview>
    Get ApiData "/v2/bot/message/{message_id}/content/preview" -> Content;
    #[derive(Debug, Eq)]
    pub struct GetMessageContentPreview {
        /// Message ID of an image or video.
        path message_id: String,
    }
    pub fn get_message_content_preview(message_id: impl Into<String>) {
        Self { message_id: message_id.into() }
    }
}

super::operation! {
    /// `getMessageContentTranscodingByMessageId`: whether a video or audio is ready to
    /// download.
    /// <https://developers.line.biz/en/reference/messaging-api/#verify-video-or-audio-preparation-status>
    Get ApiData "/v2/bot/message/{message_id}/content/transcoding" -> GetMessageContentTranscodingResponse;
    #[derive(Debug, Eq)]
    pub struct GetMessageContentTranscodingByMessageId {
        /// Message ID of a video or audio.
        path message_id: String,
    }
    pub fn get_message_content_transcoding_by_message_id(message_id: impl Into<String>) {
        Self { message_id: message_id.into() }
    }
}
