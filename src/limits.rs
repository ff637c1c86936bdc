//! Every numeric limit LINE sets on what a bot sends, one `pub const` each, with the page that
//! states it. The builders enforce the counts at compile time; [`crate::validate`] checks the
//! rest at run time against these same constants.
//!
//! Lengths are counted the way LINE counts each field: UTF-16 code units for message text and
//! most strings, grapheme clusters for labels and template texts (see "Character counting in a
//! text", <https://developers.line.biz/en/docs/messaging-api/text-character-count/>).

/// Action label, grapheme clusters (C22, V04).
/// <https://developers.line.biz/en/reference/messaging-api/#action-objects>
pub const ACTION_LABEL_MAX: usize = 20;

/// Action label in an image carousel column, grapheme clusters (V04).
/// <https://developers.line.biz/en/reference/messaging-api/#column-object-for-image-carousel>
pub const IMAGE_CAROUSEL_ACTION_LABEL_MAX: usize = 12;

/// Postback, datetime picker and rich menu switch `data` (V05).
/// <https://developers.line.biz/en/reference/messaging-api/#postback-action>
pub const POSTBACK_DATA_MAX: usize = 300;

/// Postback `displayText`, `text` and `fillInText` (V06).
/// <https://developers.line.biz/en/reference/messaging-api/#postback-action>
pub const POSTBACK_TEXT_MAX: usize = 300;

/// Message action `text` (V06).
/// <https://developers.line.biz/en/reference/messaging-api/#message-action>
pub const MESSAGE_ACTION_TEXT_MAX: usize = 300;

/// URI action `uri` and `altUri.desktop` (V07).
/// <https://developers.line.biz/en/reference/messaging-api/#uri-action>
pub const URI_ACTION_URI_MAX: usize = 1000;

/// Clipboard action `clipboardText` (V12).
/// <https://developers.line.biz/en/reference/messaging-api/#clipboard-action>
pub const CLIPBOARD_TEXT_MAX: usize = 1000;

/// Rich menu alias ID, `^[a-z0-9_-]{1,32}$` (V17).
/// <https://developers.line.biz/en/reference/messaging-api/#create-rich-menu-alias>
pub const RICH_MENU_ALIAS_ID_MAX: usize = 32;

/// Messages in one reply, push, multicast, narrowcast, broadcast or validate request (C01).
/// <https://developers.line.biz/en/reference/messaging-api/#send-reply-message>
pub const MESSAGES_MAX: usize = 5;

/// Alternative text of template, imagemap and flex messages (V03).
/// <https://developers.line.biz/en/reference/messaging-api/#template-messages>
pub const ALT_TEXT_MAX: usize = 1500;

/// Text message `text`, UTF-16 code units (V01).
/// <https://developers.line.biz/en/reference/messaging-api/#text-message>
pub const TEXT_MAX: usize = 5000;

/// Image, video, audio, imagemap and flex media URLs (V09).
/// <https://developers.line.biz/en/reference/messaging-api/#image-message>
pub const MEDIA_URL_MAX: usize = 2000;

/// Bubbles in a flex carousel (C11).
/// <https://developers.line.biz/en/reference/messaging-api/#f-carousel>
pub const FLEX_CAROUSEL_BUBBLES_MAX: usize = 12;

/// Largest width or height in a flex `aspectRatio` `"{width}:{height}"`; the height is at most
/// three times the width (V14).
/// <https://developers.line.biz/en/reference/messaging-api/#f-image>
pub const FLEX_ASPECT_RATIO_MAX: u32 = 100_000;

/// Flex images with `animated: true` in one message (V15).
/// <https://developers.line.biz/en/reference/messaging-api/#f-image>
pub const FLEX_ANIMATED_IMAGES_MAX: usize = 10;
