//! Imagemap messages: an image with tappable areas, optionally playing a video.
//!
//! The wire model is [`ImagemapMessage`] with its [`ImagemapAction`]s, a type of their own:
//! imagemap actions are message, URI or clipboard actions with an area (LINE rule C10), made by
//! [`message`], [`uri`] and [`clipboard`] in this module. A postback or any other action does
//! not fit. Build a message from an array of actions ([`ImagemapMessage::new`]) or step by
//! step ([`ImagemapMessage::builder`]), where `build()` compiles only once the base URL, alt
//! text, base size and 1 to 50 actions are set (LINE rules C24 and C09).
//!
//! ```
//! use linebot::message::imagemap::{self, ImagemapArea, ImagemapBaseSize, ImagemapMessage};
//! use linebot::validate::Validate;
//!
//! let map = ImagemapMessage::builder()
//!     .base_url(linebot::https_url!("https://example.com/imagemap/shop"))
//!     .alt_text(linebot::alt_text!("Our shop"))
//!     .base_size(ImagemapBaseSize::new(1040, 1040))
//!     .action(imagemap::uri("https://example.com/", ImagemapArea::new(0, 0, 520, 1040)))
//!     .action(imagemap::message("Hello", ImagemapArea::new(520, 0, 520, 1040)).label("Greet"))
//!     .build();
//! assert!(map.validate().is_ok());
//! ```
//!
//! ```compile_fail
//! use linebot::message::imagemap::{ImagemapArea, ImagemapBaseSize, ImagemapMessage};
//! // A postback is not an imagemap action: LINE rule C10.
//! let map = ImagemapMessage::builder().action(linebot::action::postback("x"));
//! ```

use crate::Str;
use std::marker::PhantomData;

use serde::{Deserialize, Serialize};

use super::{QuickReply, Sender};
use crate::count::{Count, CountError, CountRule, Inc};
use crate::limits::*;
use crate::validate::{self, Path, Schemes, Validate, Violations};

// ---------------------------------------------------------------------------------------------
// Wire model
// ---------------------------------------------------------------------------------------------

/// `imagemap` message: <https://developers.line.biz/en/reference/messaging-api/#imagemap-message>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ImagemapMessage {
    /// Base URL of the image (HTTPS); LINE appends `/1040`, `/700`, `/460`, `/300` or `/240`
    /// for the width it needs.
    pub base_url: Str,
    /// Alternative text, shown in notifications and chat lists (1 to 1500 characters).
    pub alt_text: Str,
    /// Size of the base image: width 1040, height to match.
    pub base_size: ImagemapBaseSize,
    /// Tappable areas (1 to 50).
    pub actions: Vec<ImagemapAction>,
    /// A video played in part of the image.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub video: Option<ImagemapVideo>,
    /// Quick reply buttons shown with the message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quick_reply: Option<QuickReply>,
    /// Icon and display name shown instead of the account's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender: Option<Sender>,
}

/// `baseSize` of an imagemap: the image's size when 1040 pixels wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImagemapBaseSize {
    /// Width: LINE requires 1040.
    pub width: u32,
    /// Height, for a width of 1040.
    pub height: u32,
}

impl ImagemapBaseSize {
    /// A base size of `width` × `height` (`width` must be 1040).
    pub const fn new(width: u32, height: u32) -> Self {
        ImagemapBaseSize { width, height }
    }
}

/// A rectangle of the imagemap, in pixels of the 1040-wide base image.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImagemapArea {
    /// Left edge.
    pub x: u32,
    /// Top edge.
    pub y: u32,
    /// Width.
    pub width: u32,
    /// Height.
    pub height: u32,
}

impl ImagemapArea {
    /// The rectangle at (`x`, `y`) of `width` × `height` pixels.
    pub const fn new(x: u32, y: u32, width: u32, height: u32) -> Self {
        ImagemapArea {
            x,
            y,
            width,
            height,
        }
    }
}

/// An imagemap action: what tapping an area does. Kinds LINE adds later deserialize into
/// [`ImagemapAction::Unknown`].
/// <https://developers.line.biz/en/reference/messaging-api/#imagemap-action-objects>
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum ImagemapAction {
    /// `message`: the user sends a text.
    #[serde(rename = "message")]
    Message(MessageImagemapAction),
    /// `uri`: opens a URI.
    #[serde(rename = "uri")]
    Uri(UriImagemapAction),
    /// `clipboard`: copies a text.
    #[serde(rename = "clipboard")]
    Clipboard(ClipboardImagemapAction),
    /// An action type this version of `linebot` does not know, kept as JSON.
    #[serde(untagged)]
    Unknown(serde_json::Value),
}

// The JSON `#[derive(Serialize)]` writes with the attributes above, each tag a constant;
// and the kinds `validate()` reads again from `Unknown` JSON.
crate::tagged::tagged_enum!(ImagemapAction, "type", {
    Message = "message",
    Uri = "uri",
    Clipboard = "clipboard",
}, Unknown);

/// `message` imagemap action.
/// <https://developers.line.biz/en/reference/messaging-api/#imagemap-message-action-object>
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageImagemapAction {
    /// Label read out by accessibility features (up to 50 characters).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<Str>,
    /// Text sent as the user's message (up to 400 characters).
    pub text: Str,
    /// The tappable area.
    pub area: ImagemapArea,
}

/// `uri` imagemap action.
/// <https://developers.line.biz/en/reference/messaging-api/#imagemap-uri-action-object>
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UriImagemapAction {
    /// Label read out by accessibility features (up to 50 characters).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<Str>,
    /// URI opened (`http`, `https`, `line` or `tel`; up to 1000 characters).
    pub link_uri: Str,
    /// The tappable area.
    pub area: ImagemapArea,
}

/// `clipboard` imagemap action.
/// <https://developers.line.biz/en/reference/messaging-api/#imagemap-clipboard-action-object>
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ClipboardImagemapAction {
    /// Label read out by accessibility features (up to 50 characters).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<Str>,
    /// Text copied to the clipboard (1 to 1000 characters).
    pub clipboard_text: Str,
    /// The tappable area.
    pub area: ImagemapArea,
}

/// `video` of an imagemap: plays in `area`, then may show a link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ImagemapVideo {
    /// URL of the mp4 video (HTTPS).
    pub original_content_url: Str,
    /// URL of the preview image (HTTPS).
    pub preview_image_url: Str,
    /// Where the video plays.
    pub area: ImagemapArea,
    /// Link shown when the video ends.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_link: Option<ImagemapExternalLink>,
}

/// `externalLink` of an imagemap video.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ImagemapExternalLink {
    /// URI opened when the link is tapped.
    pub link_uri: Str,
    /// Label shown after the video (up to 30 characters).
    pub label: Str,
}

impl ImagemapVideo {
    /// A video at `original_content_url` with its `preview_image_url`, playing in `area`.
    pub fn new(
        original_content_url: impl Into<Str>,
        preview_image_url: impl Into<Str>,
        area: ImagemapArea,
    ) -> Self {
        ImagemapVideo {
            original_content_url: original_content_url.into(),
            preview_image_url: preview_image_url.into(),
            area,
            external_link: None,
        }
    }

    /// Shows a link labeled `label` to `link_uri` when the video ends.
    pub fn external_link(mut self, link_uri: impl Into<Str>, label: impl Into<Str>) -> Self {
        self.external_link = Some(ImagemapExternalLink {
            link_uri: link_uri.into(),
            label: label.into(),
        });
        self
    }
}

macro_rules! imagemap_actions {
    ($($t:ident => $v:ident),* $(,)?) => { $(
        impl From<$t> for ImagemapAction { fn from(a: $t) -> Self { ImagemapAction::$v(a) } }
        #[diagnostic::do_not_recommend]
        impl IntoImagemapAction for $t {
            fn into_imagemap_action(self) -> ImagemapAction { ImagemapAction::$v(self) }
        }
        impl $t {
            /// Sets the label read out by accessibility features (up to 50 characters).
            pub fn label(mut self, label: impl Into<Str>) -> Self {
                self.label = Some(label.into());
                self
            }
        }
    )* };
}
imagemap_actions!(
    MessageImagemapAction => Message, UriImagemapAction => Uri,
    ClipboardImagemapAction => Clipboard,
);

/// A message action on `area`: the user sends `text` when tapping it.
pub fn message(text: impl Into<Str>, area: ImagemapArea) -> MessageImagemapAction {
    MessageImagemapAction {
        label: None,
        text: text.into(),
        area,
    }
}

/// A URI action on `area`: tapping it opens `link_uri`.
pub fn uri(link_uri: impl Into<Str>, area: ImagemapArea) -> UriImagemapAction {
    UriImagemapAction {
        label: None,
        link_uri: link_uri.into(),
        area,
    }
}

/// A clipboard action on `area`: tapping it copies `clipboard_text`.
pub fn clipboard(clipboard_text: impl Into<Str>, area: ImagemapArea) -> ClipboardImagemapAction {
    ClipboardImagemapAction {
        label: None,
        clipboard_text: clipboard_text.into(),
        area,
    }
}

// ---------------------------------------------------------------------------------------------
// Compile-time rules
// ---------------------------------------------------------------------------------------------

/// An imagemap action: made by [`message`], [`uri`] or [`clipboard`] (LINE rule C10).
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an imagemap action",
    label = "not an imagemap action",
    note = "LINE rule C10: imagemap actions are message, uri and clipboard actions with an area; make them with `imagemap::message`, `imagemap::uri` or `imagemap::clipboard`"
)]
pub trait IntoImagemapAction {
    /// The wire form.
    fn into_imagemap_action(self) -> ImagemapAction;
}

#[diagnostic::do_not_recommend]
impl IntoImagemapAction for ImagemapAction {
    fn into_imagemap_action(self) -> ImagemapAction {
        self
    }
}

/// Guard for imagemap actions: 1 to 50 (LINE rule C09).
#[diagnostic::on_unimplemented(
    message = "an imagemap message takes 1 to 50 actions, but {N} were given",
    label = "1 to 50 actions",
    note = "LINE rule C09: an imagemap message has 1 to 50 actions"
)]
pub trait ImagemapActionCount<const N: usize> {}
crate::__impl_counts!(ImagemapActionCount<_>: 1..=IMAGEMAP_ACTIONS_MAX => 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20
    21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50);

/// Guard for [`ImagemapBuilder::action`]: room for one more (LINE rule C09).
#[diagnostic::on_unimplemented(
    message = "an imagemap message takes at most 50 actions",
    label = "this would be action #51",
    note = "LINE rule C09: an imagemap message has 1 to 50 actions"
)]
pub trait RoomForImagemapAction {}
crate::__impl_counts!(RoomForImagemapAction: 0..=IMAGEMAP_ACTIONS_MAX - 1 => 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19
    20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49);

const IMAGEMAP_RULE: CountRule = CountRule {
    rule: "C09",
    subject: "an imagemap message",
    items: "actions",
    min: 1,
    max: IMAGEMAP_ACTIONS_MAX,
};

/// Type-state markers of the [`ImagemapBuilder`].
pub mod state {
    /// A required field is not set yet.
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
    pub struct Unset;
    /// A required field is set.
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
    pub struct Set;
}
use state::{Set, Unset};

/// Guard for [`ImagemapBuilder::build`]: `baseUrl` is set (LINE rule C24).
#[diagnostic::on_unimplemented(
    message = "an imagemap message needs `baseUrl`: call `.base_url(..)` before `.build()`",
    label = "baseUrl not set",
    note = "LINE rule C24: every required field is set before the object can be used"
)]
pub trait BaseUrlSet {}
#[diagnostic::do_not_recommend]
impl BaseUrlSet for Set {}

/// Guard for [`ImagemapBuilder::build`]: `altText` is set (LINE rule C24).
#[diagnostic::on_unimplemented(
    message = "an imagemap message needs `altText`: call `.alt_text(..)` before `.build()`",
    label = "altText not set",
    note = "LINE rule C24: every required field is set before the object can be used"
)]
pub trait AltTextSet {}
#[diagnostic::do_not_recommend]
impl AltTextSet for Set {}

/// Guard for [`ImagemapBuilder::build`]: `baseSize` is set (LINE rule C24).
#[diagnostic::on_unimplemented(
    message = "an imagemap message needs `baseSize`: call `.base_size(..)` before `.build()`",
    label = "baseSize not set",
    note = "LINE rule C24: every required field is set before the object can be used"
)]
pub trait BaseSizeSet {}
#[diagnostic::do_not_recommend]
impl BaseSizeSet for Set {}

impl ImagemapMessage {
    /// An imagemap of the image at `base_url` with 1 to 50 `actions` (LINE rule C09).
    pub fn new<A: IntoImagemapAction, const N: usize>(
        base_url: impl Into<Str>,
        alt_text: impl Into<Str>,
        base_size: ImagemapBaseSize,
        actions: [A; N],
    ) -> Self
    where
        Count<N>: ImagemapActionCount<N>,
    {
        ImagemapMessage {
            base_url: base_url.into(),
            alt_text: alt_text.into(),
            base_size,
            actions: actions
                .into_iter()
                .map(IntoImagemapAction::into_imagemap_action)
                .collect(),
            video: None,
            quick_reply: None,
            sender: None,
        }
    }

    /// An imagemap of the image at `base_url` with the `actions` of a list known only at run
    /// time (1 to 50, LINE rule C09). Each action is an imagemap action by its type (C10).
    ///
    /// # Errors
    /// [`CountError`] naming rule C09 when there are no actions or more than 50.
    pub fn try_new<A: IntoImagemapAction>(
        base_url: impl Into<Str>,
        alt_text: impl Into<Str>,
        base_size: ImagemapBaseSize,
        actions: impl IntoIterator<Item = A>,
    ) -> Result<Self, CountError> {
        let actions: Vec<ImagemapAction> = actions
            .into_iter()
            .map(IntoImagemapAction::into_imagemap_action)
            .collect();
        IMAGEMAP_RULE.check(actions.len())?;
        Ok(ImagemapMessage {
            base_url: base_url.into(),
            alt_text: alt_text.into(),
            base_size,
            actions,
            video: None,
            quick_reply: None,
            sender: None,
        })
    }

    /// Starts an imagemap; `build()` compiles once the base URL, alt text, base size and 1 to
    /// 50 actions are set.
    pub fn builder() -> ImagemapBuilder {
        ImagemapBuilder {
            wire: ImagemapMessage {
                base_url: Str::EMPTY,
                alt_text: Str::EMPTY,
                base_size: ImagemapBaseSize::new(IMAGEMAP_BASE_WIDTH, 0),
                actions: Vec::new(),
                video: None,
                quick_reply: None,
                sender: None,
            },
            _state: PhantomData,
        }
    }

    /// Plays `video` in part of the image.
    pub fn video(mut self, video: ImagemapVideo) -> Self {
        self.video = Some(video);
        self
    }
}

/// An [`ImagemapMessage`] under construction: which required fields are set (`U` base URL,
/// `T` alt text, `S` base size) and how many actions `C` it has, in the type.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ImagemapBuilder<U = Unset, T = Unset, S = Unset, C = Count<0>> {
    wire: ImagemapMessage,
    _state: PhantomData<(U, T, S, C)>,
}

impl<U, T, S, C> ImagemapBuilder<U, T, S, C> {
    fn into_state<U2, T2, S2, C2>(self) -> ImagemapBuilder<U2, T2, S2, C2> {
        ImagemapBuilder {
            wire: self.wire,
            _state: PhantomData,
        }
    }

    /// Base URL of the image (HTTPS), without the trailing width.
    pub fn base_url(mut self, base_url: impl Into<Str>) -> ImagemapBuilder<Set, T, S, C> {
        self.wire.base_url = base_url.into();
        self.into_state()
    }

    /// Alternative text (1 to 1500 characters).
    pub fn alt_text(mut self, alt_text: impl Into<Str>) -> ImagemapBuilder<U, Set, S, C> {
        self.wire.alt_text = alt_text.into();
        self.into_state()
    }

    /// Size of the base image (width 1040).
    pub fn base_size(mut self, base_size: ImagemapBaseSize) -> ImagemapBuilder<U, T, Set, C> {
        self.wire.base_size = base_size;
        self.into_state()
    }

    /// Adds a tappable area. The 51st does not compile (LINE rule C09); only message, URI and
    /// clipboard actions fit (C10).
    pub fn action(mut self, action: impl IntoImagemapAction) -> ImagemapBuilder<U, T, S, C::Next>
    where
        C: Inc + RoomForImagemapAction,
    {
        self.wire.actions.push(action.into_imagemap_action());
        self.into_state()
    }

    /// Plays `video` in part of the image.
    pub fn video(mut self, video: ImagemapVideo) -> Self {
        self.wire.video = Some(video);
        self
    }

    /// Shows 1 to 13 quick reply buttons with the message (LINE rule C02).
    pub fn quick_reply(mut self, quick_reply: impl crate::message::IntoQuickReply) -> Self {
        self.wire.quick_reply = Some(quick_reply.into_quick_reply());
        self
    }

    /// Shows another icon and display name instead of the account's.
    pub fn sender(mut self, sender: Sender) -> Self {
        self.wire.sender = Some(sender);
        self
    }
}

impl<U, T, S, const N: usize> ImagemapBuilder<U, T, S, Count<N>> {
    /// The message; needs the base URL, alt text and base size (LINE rule C24) and 1 to 50
    /// actions (C09).
    pub fn build(self) -> ImagemapMessage
    where
        U: BaseUrlSet,
        T: AltTextSet,
        S: BaseSizeSet,
        Count<N>: ImagemapActionCount<N>,
    {
        self.wire
    }
}

// ---------------------------------------------------------------------------------------------
// Runtime rules
// ---------------------------------------------------------------------------------------------

impl Validate for ImagemapMessage {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        path.rule("V09", |path| {
            path.field("baseUrl", |p| {
                validate::url(&self.base_url, Schemes::Https, MEDIA_URL_MAX, p, out)
            })
        });
        path.rule("V03", |path| {
            path.field("altText", |p| {
                validate::nonempty_utf16(&self.alt_text, ALT_TEXT_MAX, p, out)
            })
        });
        path.rule("V24", |path| {
            path.field("baseSize", |p| {
                if self.base_size.width != IMAGEMAP_BASE_WIDTH {
                    p.field("width", |p| validate::invalid("1040", p, out));
                }
                if self.base_size.height == 0 {
                    p.field("height", |p| validate::invalid("at least 1", p, out));
                }
            })
        });
        path.field("actions", |p| {
            p.rule("C09", |p| {
                validate::count(self.actions.len(), 1, IMAGEMAP_ACTIONS_MAX, p, out)
            });
            for (i, a) in self.actions.iter().enumerate() {
                p.index(i, |p| a.validate_at(p, out));
            }
        });
        if let Some(v) = &self.video {
            path.field("video", |p| v.validate_at(p, out));
        }
        super::validate_common(&self.quick_reply, &self.sender, path, out);
    }
}

/// Action types LINE defines that an imagemap does not accept (LINE rule C10). Other unknown
/// types may be ones LINE added later, and are kept without complaint.
const NOT_IMAGEMAP_ACTIONS: [&str; 6] = [
    "postback",
    "datetimepicker",
    "camera",
    "cameraRoll",
    "location",
    "richmenuswitch",
];

impl Validate for ImagemapAction {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        let label = match self {
            ImagemapAction::Message(a) => {
                path.field("text", |p| {
                    validate::nonempty_utf16(&a.text, IMAGEMAP_MESSAGE_TEXT_MAX, p, out)
                });
                &a.label
            }
            ImagemapAction::Uri(a) => {
                path.rule("V23", |path| {
                    path.field("linkUri", |p| {
                        validate::url(&a.link_uri, Schemes::UriAction, URI_ACTION_URI_MAX, p, out)
                    })
                });
                &a.label
            }
            ImagemapAction::Clipboard(a) => {
                path.field("clipboardText", |p| {
                    validate::nonempty_utf16(&a.clipboard_text, CLIPBOARD_TEXT_MAX, p, out)
                });
                &a.label
            }
            ImagemapAction::Unknown(v) => {
                let kind = v.get("type").and_then(|t| t.as_str()).unwrap_or("");
                // A known kind is checked as that kind when built by hand, and reported with
                // serde's reason when it does not parse.
                let what = |kind: &str| format!("imagemap {kind} action");
                let known = validate::unknown_of::<ImagemapAction>(kind, v, what, path, out);
                if let Some(a) = known {
                    return a.validate_at(path, out);
                }
                if NOT_IMAGEMAP_ACTIONS.contains(&kind) {
                    path.rule("C10", |path| validate::not_allowed(
                        format!(
                            "a {kind} action cannot be used in an imagemap (only message, uri and clipboard)"
                        ),
                        path,
                        out,
                    ));
                }
                return;
            }
        };
        // Imagemap actions are not action objects: their label counts UTF-16 code units (V23).
        if let Some(l) = label {
            path.rule("V23", |p| {
                p.field("label", |p| {
                    validate::max_utf16(l, IMAGEMAP_ACTION_LABEL_MAX, p, out)
                })
            });
        }
    }
}

impl Validate for ImagemapVideo {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        path.rule("V09", |path| {
            path.field("originalContentUrl", |p| {
                validate::url(
                    &self.original_content_url,
                    Schemes::Https,
                    MEDIA_URL_MAX,
                    p,
                    out,
                )
            })
        });
        path.rule("V09", |path| {
            path.field("previewImageUrl", |p| {
                validate::url(
                    &self.preview_image_url,
                    Schemes::Https,
                    MEDIA_URL_MAX,
                    p,
                    out,
                )
            })
        });
        if let Some(link) = &self.external_link {
            path.field("externalLink", |p| {
                p.rule("V24", |p| {
                    p.field("linkUri", |p| {
                        validate::url(
                            &link.link_uri,
                            Schemes::UriAction,
                            URI_ACTION_URI_MAX,
                            p,
                            out,
                        )
                    })
                });
                p.rule("V24", |p| {
                    p.field("label", |p| {
                        validate::nonempty_utf16(
                            &link.label,
                            IMAGEMAP_EXTERNAL_LINK_LABEL_MAX,
                            p,
                            out,
                        )
                    })
                });
            });
        }
    }
}
