//! Every numeric limit LINE sets on what a bot sends, one `pub const` each, with the page that
//! states it. The builders enforce the counts at compile time; [`crate::validate`] checks the
//! rest at run time against these same constants.
//!
//! Lengths are counted the way LINE counts each field: UTF-16 code units for message text and
//! most strings, grapheme clusters for labels and template texts (see "Character counting in a
//! text", <https://developers.line.biz/en/docs/messaging-api/text-character-count/>).

/// Action label on templates (other than image carousels), quick reply buttons and rich menu
/// areas, and of camera, camera roll, location and rich menu switch actions, grapheme clusters
/// (C22, V04).
/// <https://developers.line.biz/en/reference/messaging-api/#action-object-label-spec>
pub const ACTION_LABEL_MAX: usize = 20;

/// Action label in a Flex Message (a button's, and the undisplayed label of other components'
/// actions), grapheme clusters (V04).
/// <https://developers.line.biz/en/reference/messaging-api/#action-object-label-spec>
pub const FLEX_ACTION_LABEL_MAX: usize = 40;

/// Action label in an image carousel column, grapheme clusters (V04).
/// <https://developers.line.biz/en/reference/messaging-api/#action-object-label-spec>
pub const IMAGE_CAROUSEL_ACTION_LABEL_MAX: usize = 12;

/// Postback, datetime picker and rich menu switch `data` (V05).
/// <https://developers.line.biz/en/reference/messaging-api/#postback-action>
pub const POSTBACK_DATA_MAX: usize = 300;

/// Postback `displayText`, `text` and `fillInText`, grapheme clusters (V06).
/// <https://developers.line.biz/en/reference/messaging-api/#postback-action>
pub const POSTBACK_TEXT_MAX: usize = 300;

/// Message action `text`, grapheme clusters (V06).
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

/// Actions on a buttons template (C03).
/// <https://developers.line.biz/en/reference/messaging-api/#buttons>
pub const BUTTONS_ACTIONS_MAX: usize = 4;

/// Buttons template `text` without image and title, grapheme clusters (V08).
/// <https://developers.line.biz/en/reference/messaging-api/#buttons>
pub const BUTTONS_TEXT_MAX: usize = 160;

/// Buttons template `text` when a thumbnail image or a title is set, grapheme clusters (V08).
/// <https://developers.line.biz/en/reference/messaging-api/#buttons>
pub const BUTTONS_TEXT_WITH_IMAGE_OR_TITLE_MAX: usize = 60;

/// Buttons template and carousel column `title`, grapheme clusters (V08).
/// <https://developers.line.biz/en/reference/messaging-api/#buttons>
pub const TEMPLATE_TITLE_MAX: usize = 40;

/// Actions on a confirm template: exactly this many (C04).
/// <https://developers.line.biz/en/reference/messaging-api/#confirm>
pub const CONFIRM_ACTIONS: usize = 2;

/// Confirm template `text`, grapheme clusters (V08).
/// <https://developers.line.biz/en/reference/messaging-api/#confirm>
pub const CONFIRM_TEXT_MAX: usize = 240;

/// Columns in a carousel template (C05).
/// <https://developers.line.biz/en/reference/messaging-api/#carousel>
pub const CAROUSEL_COLUMNS_MAX: usize = 10;

/// Actions on one carousel column; every column has the same number (C06).
/// <https://developers.line.biz/en/reference/messaging-api/#column-object-for-carousel>
pub const CAROUSEL_COLUMN_ACTIONS_MAX: usize = 3;

/// Carousel column `text` without image and title, grapheme clusters (V08).
/// <https://developers.line.biz/en/reference/messaging-api/#column-object-for-carousel>
pub const CAROUSEL_COLUMN_TEXT_MAX: usize = 120;

/// Carousel column `text` when a thumbnail image or a title is set, grapheme clusters (V08).
/// <https://developers.line.biz/en/reference/messaging-api/#column-object-for-carousel>
pub const CAROUSEL_COLUMN_TEXT_WITH_IMAGE_OR_TITLE_MAX: usize = 60;

/// Columns in an image carousel template (C08).
/// <https://developers.line.biz/en/reference/messaging-api/#image-carousel>
pub const IMAGE_CAROUSEL_COLUMNS_MAX: usize = 10;

/// Actions in an imagemap message (C09).
/// <https://developers.line.biz/en/reference/messaging-api/#imagemap-message>
pub const IMAGEMAP_ACTIONS_MAX: usize = 50;

/// Width of an imagemap's `baseSize`: LINE requires exactly this value.
/// <https://developers.line.biz/en/reference/messaging-api/#imagemap-message>
pub const IMAGEMAP_BASE_WIDTH: u32 = 1040;

/// Imagemap action `label`, read out by accessibility features; UTF-16 code units (V23:
/// imagemap actions are not action objects).
/// <https://developers.line.biz/en/reference/messaging-api/#imagemap-action-objects>
pub const IMAGEMAP_ACTION_LABEL_MAX: usize = 100;

/// Imagemap message action `text`.
/// <https://developers.line.biz/en/reference/messaging-api/#imagemap-message-action-object>
pub const IMAGEMAP_MESSAGE_TEXT_MAX: usize = 400;

/// Imagemap video `externalLink.label`, shown after the video.
/// <https://developers.line.biz/en/reference/messaging-api/#imagemap-message>
pub const IMAGEMAP_EXTERNAL_LINK_LABEL_MAX: usize = 30;

/// Areas in a rich menu (C23).
/// <https://developers.line.biz/en/reference/messaging-api/#rich-menu-object>
pub const RICH_MENU_AREAS_MAX: usize = 20;

/// Rich menu `name`, grapheme clusters (V17).
/// <https://developers.line.biz/en/reference/messaging-api/#rich-menu-object>
pub const RICH_MENU_NAME_MAX: usize = 300;

/// Rich menu `chatBarText`, grapheme clusters (V17).
/// <https://developers.line.biz/en/reference/messaging-api/#rich-menu-object>
pub const RICH_MENU_CHAT_BAR_TEXT_MAX: usize = 14;

/// Smallest rich menu width in pixels (V39).
/// <https://developers.line.biz/en/reference/messaging-api/#size-object>
/// (changed in <https://developers.line.biz/en/news/2020/05/12/messaging-api-update-may-2020/>)
pub const RICH_MENU_WIDTH_MIN: u32 = 800;

/// Largest rich menu width in pixels (V39).
/// <https://developers.line.biz/en/reference/messaging-api/#size-object>
pub const RICH_MENU_WIDTH_MAX: u32 = 2500;

/// Smallest rich menu height in pixels (V39).
/// <https://developers.line.biz/en/reference/messaging-api/#size-object>
pub const RICH_MENU_HEIGHT_MIN: u32 = 250;

/// Smallest aspect ratio (width / height) of a rich menu (V39).
/// <https://developers.line.biz/en/reference/messaging-api/#size-object>
pub const RICH_MENU_ASPECT_RATIO_MIN: f64 = 1.45;

/// User IDs in one bulk rich menu link or unlink request (V18).
/// <https://developers.line.biz/en/reference/messaging-api/#link-rich-menu-to-users>
pub const RICH_MENU_BULK_USER_IDS_MAX: usize = 500;

/// Operations in one rich menu batch control request (V18).
/// <https://developers.line.biz/en/reference/messaging-api/#batch-control-rich-menus-of-users>
pub const RICH_MENU_BATCH_OPERATIONS_MAX: usize = 1000;

/// Rich menu batch `resumeRequestKey`, `^[a-zA-Z0-9_-]{1,100}$`.
/// <https://developers.line.biz/en/reference/messaging-api/#batch-control-rich-menus-of-users>
pub const RICH_MENU_RESUME_REQUEST_KEY_MAX: usize = 100;
/// User IDs in the `to` of one multicast request (V18).
/// <https://developers.line.biz/en/reference/messaging-api/#send-multicast-message>
pub const MULTICAST_TO_MAX: usize = 500;

/// Aggregation unit names in one multicast request's `customAggregationUnits`.
/// <https://developers.line.biz/en/reference/messaging-api/#send-multicast-message>
pub const CUSTOM_AGGREGATION_UNITS_MAX: usize = 1;

/// Length of an aggregation unit name, `^[a-zA-Z0-9_]{1,30}$`.
/// <https://developers.line.biz/en/reference/messaging-api/#send-multicast-message>
pub const AGGREGATION_UNIT_NAME_MAX: usize = 30;

/// Smallest narrowcast `limit.max` (V21).
/// <https://developers.line.biz/en/reference/messaging-api/#send-narrowcast-message>
pub const NARROWCAST_LIMIT_MAX_MIN: u32 = 1;

/// Audience and redelivery objects combined in one narrowcast `recipient` (V41).
/// <https://developers.line.biz/en/reference/messaging-api/#send-narrowcast-message>
pub const NARROWCAST_AUDIENCES_MAX: usize = 10;

/// Quick reply buttons in one message (C02).
/// <https://developers.line.biz/en/reference/messaging-api/#quick-reply>
pub const QUICK_REPLY_ITEMS_MAX: usize = 13;

/// Quick reply button `imageUrl` (V09).
/// <https://developers.line.biz/en/reference/messaging-api/#items-object>
pub const QUICK_REPLY_IMAGE_URL_MAX: usize = 2000;

/// Sender `name` (V10); the name must not contain "LINE".
/// <https://developers.line.biz/en/reference/messaging-api/#icon-nickname-switch>
pub const SENDER_NAME_MAX: usize = 20;

/// Sender `iconUrl` (V10).
/// <https://developers.line.biz/en/reference/messaging-api/#icon-nickname-switch>
pub const SENDER_ICON_URL_MAX: usize = 2000;

/// Keys of a text message (v2) `substitution`, `^[0-9a-zA-Z_]{1,20}$` (V25).
/// <https://developers.line.biz/en/reference/messaging-api/#text-message-v2>
pub const TEXT_V2_SUBSTITUTION_KEY_MAX: usize = 20;

/// Substitution objects in one text message (v2) (V25).
/// <https://developers.line.biz/en/reference/messaging-api/#text-message-v2>
pub const TEXT_V2_SUBSTITUTIONS_MAX: usize = 100;

/// Mentions substituted in one text message (v2) (V25).
/// <https://developers.line.biz/en/reference/messaging-api/#text-message-v2-mention-object>
pub const TEXT_V2_MENTIONS_MAX: usize = 20;

/// LINE emojis substituted in one text message (v2) (V25).
/// <https://developers.line.biz/en/reference/messaging-api/#text-message-v2-emoji-object>
pub const TEXT_V2_EMOJIS_MAX: usize = 20;

/// LINE emojis in one text message's `emojis` (V02).
/// <https://developers.line.biz/en/reference/messaging-api/#text-message>
pub const TEXT_EMOJIS_MAX: usize = 20;

/// Location message `title` (V11).
/// <https://developers.line.biz/en/reference/messaging-api/#location-message>
pub const LOCATION_TITLE_MAX: usize = 100;

/// Location message `address` (V11).
/// <https://developers.line.biz/en/reference/messaging-api/#location-message>
pub const LOCATION_ADDRESS_MAX: usize = 100;

/// Coupon message `deliveryTag`, `^[a-zA-Z0-9_]{1,30}$` (V29).
/// <https://developers.line.biz/en/reference/messaging-api/#coupon-message>
pub const COUPON_DELIVERY_TAG_MAX: usize = 30;

/// Video message `trackingId`.
/// <https://developers.line.biz/en/reference/messaging-api/#video-message>
pub const VIDEO_TRACKING_ID_MAX: usize = 100;
/// Bubbles in a flex carousel (C11).
/// <https://developers.line.biz/en/reference/messaging-api/#f-carousel>
pub const FLEX_CAROUSEL_BUBBLES_MAX: usize = 12;

/// Size of the JSON of one flex bubble, in bytes (30 KB; counted as 1024-byte KB, the reading
/// that refuses less) (V31).
/// <https://developers.line.biz/en/reference/messaging-api/#bubble>
pub const FLEX_BUBBLE_JSON_MAX_BYTES: usize = 30 * 1024;

/// Size of the JSON of one flex carousel, in bytes (50 KB, as for bubbles) (V31).
/// <https://developers.line.biz/en/reference/messaging-api/#f-carousel>
pub const FLEX_CAROUSEL_JSON_MAX_BYTES: usize = 50 * 1024;

/// Largest width or height in a flex `aspectRatio` `"{width}:{height}"`; the height is at most
/// three times the width (V14).
/// <https://developers.line.biz/en/reference/messaging-api/#f-image>
pub const FLEX_ASPECT_RATIO_MAX: u32 = 100_000;

/// Flex images with `animated: true` in one message (V15).
/// <https://developers.line.biz/en/reference/messaging-api/#f-image>
pub const FLEX_ANIMATED_IMAGES_MAX: usize = 10;

// Limits of the coupon, audience, module and token operations.

/// Coupon `title`, in characters (1 to 60).
/// <https://developers.line.biz/en/reference/messaging-api/#create-coupon>
pub const COUPON_TITLE_MAX: usize = 60;

/// Coupon `description`, in characters.
/// <https://developers.line.biz/en/reference/messaging-api/#create-coupon>
pub const COUPON_DESCRIPTION_MAX: usize = 1000;

/// Coupon `usageCondition`, in characters.
/// <https://developers.line.biz/en/reference/messaging-api/#create-coupon>
pub const COUPON_USAGE_CONDITION_MAX: usize = 100;

/// Audience `description`, in characters (1 to 120).
/// <https://developers.line.biz/en/reference/messaging-api/#create-upload-audience-group>
pub const AUDIENCE_DESCRIPTION_MAX: usize = 120;

/// User IDs or IFAs in one JSON audience upload.
/// <https://developers.line.biz/en/reference/messaging-api/#create-upload-audience-group>
pub const AUDIENCES_MAX: usize = 10_000;

/// Click audience `clickUrl`.
/// <https://developers.line.biz/en/reference/messaging-api/#create-click-audience-group>
pub const AUDIENCE_CLICK_URL_MAX: usize = 2000;

/// Page size of the audience lists.
/// <https://developers.line.biz/en/reference/messaging-api/#get-audience-groups>
pub const AUDIENCE_PAGE_SIZE_MAX: u32 = 40;

/// Chat control `ttl`, in seconds (one year).
/// <https://developers.line.biz/en/reference/partner-docs/#acquire-control-api>
pub const CHAT_CONTROL_TTL_MAX: i32 = 31_536_000;

/// Lifetime (`token_exp`) a channel access token v2.1 may ask for: 30 days, in seconds.
/// <https://developers.line.biz/en/docs/messaging-api/generate-json-web-token/#generate-jwt>
pub const TOKEN_EXP_MAX_SECS: u64 = 30 * 24 * 60 * 60;

/// How long a JWT assertion may stay valid (`exp` after now): 30 minutes, in seconds.
/// <https://developers.line.biz/en/docs/messaging-api/generate-json-web-token/#generate-jwt>
pub const ASSERTION_LIFETIME_MAX_SECS: u64 = 30 * 60;
