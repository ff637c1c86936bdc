//! Rich menus: create, validate, get, list, delete, images, the default menu, per-user and
//! bulk links, aliases, and batch control.
//!
//! ```no_run
//! use linebot::action;
//! use linebot::richmenu::{RichMenu, RichMenuArea, RichMenuBounds, RichMenuSize};
//!
//! # let client = linebot::client::Client::new("token");
//! let menu = RichMenu::new(
//!     RichMenuSize::HALF,
//!     "main menu",
//!     "Menu",
//!     [RichMenuArea::new(RichMenuBounds::new(0, 0, 2500, 843), action::postback("menu=main"))],
//! );
//! let id = client.create_rich_menu(menu)?.into_inner().rich_menu_id;
//! client.set_rich_menu_image(&id, "image/png", std::fs::read("menu.png")?)?;
//! client.set_default_rich_menu(&id)?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use super::Payload;
use super::content::Content;
use crate::richmenu::{
    CreateRichMenuAliasRequest, RichMenu, RichMenuAliasListResponse, RichMenuAliasResponse,
    RichMenuBatchOperation, RichMenuBatchProgressResponse, RichMenuBatchRequest,
    RichMenuBulkLinkRequest, RichMenuBulkUnlinkRequest, RichMenuIdResponse, RichMenuListResponse,
    RichMenuResponse, UpdateRichMenuAliasRequest,
};

super::json_response!(
    RichMenuIdResponse,
    RichMenuResponse,
    RichMenuListResponse,
    RichMenuAliasResponse,
    RichMenuAliasListResponse,
    RichMenuBatchProgressResponse,
);

super::operation! {
    /// `createRichMenu`: creates a rich menu, answering its ID.
    /// <https://developers.line.biz/en/reference/messaging-api/#create-rich-menu>
    Post Api "/v2/bot/richmenu" -> RichMenuIdResponse;
    #[derive(Debug)]
    pub struct CreateRichMenu {
        /// The rich menu.
        body rich_menu: RichMenu,
    }
    pub fn create_rich_menu(rich_menu: RichMenu) {
        Self { rich_menu }
    }
}

super::operation! {
    /// `validateRichMenuObject`: LINE checks a rich menu without creating it.
    /// <https://developers.line.biz/en/reference/messaging-api/#validate-rich-menu-object>
    Post Api "/v2/bot/richmenu/validate" -> ();
    #[derive(Debug)]
    pub struct ValidateRichMenuObject {
        /// The rich menu.
        body rich_menu: RichMenu,
    }
    pub fn validate_rich_menu_object(rich_menu: RichMenu) {
        Self { rich_menu }
    }
}

super::operation! {
    /// `getRichMenu`: a rich menu by ID.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-rich-menu>
    Get Api "/v2/bot/richmenu/{rich_menu_id}" -> RichMenuResponse;
    #[derive(Debug, Eq)]
    pub struct GetRichMenu {
        /// Rich menu ID.
        path rich_menu_id: String,
    }
    pub fn get_rich_menu(rich_menu_id: impl Into<String>) {
        Self { rich_menu_id: rich_menu_id.into() }
    }
}

super::operation! {
    /// `getRichMenuList`: every rich menu made with the API.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-rich-menu-list>
    Get Api "/v2/bot/richmenu/list" -> RichMenuListResponse;
    #[derive(Debug, Default, Eq)]
    pub struct GetRichMenuList {
    }
    pub fn get_rich_menu_list() {
        Self {  }
    }
}

super::operation! {
    /// `deleteRichMenu`: deletes a rich menu.
    /// <https://developers.line.biz/en/reference/messaging-api/#delete-rich-menu>
    Delete Api "/v2/bot/richmenu/{rich_menu_id}" -> ();
    #[derive(Debug, Eq)]
    pub struct DeleteRichMenu {
        /// Rich menu ID.
        path rich_menu_id: String,
    }
    pub fn delete_rich_menu(rich_menu_id: impl Into<String>) {
        Self { rich_menu_id: rich_menu_id.into() }
    }
}

super::operation! {
    /// `setRichMenuImage`: uploads a rich menu's image (`image/jpeg` or `image/png`) to
    /// `api-data.line.me`.
    /// <https://developers.line.biz/en/reference/messaging-api/#upload-rich-menu-image>
    Post ApiData "/v2/bot/richmenu/{rich_menu_id}/content" -> ();
    #[derive(Debug, Eq)]
    pub struct SetRichMenuImage {
        /// Rich menu ID.
        path rich_menu_id: String,
        /// `image/jpeg` or `image/png`.
        field content_type: String,
        /// The image.
        field image: Vec<u8>,
    }
    payload |s| Ok(Payload::Bytes { content_type: &s.content_type, data: &s.image });
    pub fn set_rich_menu_image(
        rich_menu_id: impl Into<String>,
        content_type: impl Into<String>,
        image: impl Into<Vec<u8>>,
    ) {
        Self {
            rich_menu_id: rich_menu_id.into(),
            content_type: content_type.into(),
            image: image.into(),
        }
    }
}

super::operation! {
    /// `getRichMenuImage`: downloads a rich menu's image from `api-data.line.me`, streamed.
    /// <https://developers.line.biz/en/reference/messaging-api/#download-rich-menu-image>
    Get ApiData "/v2/bot/richmenu/{rich_menu_id}/content" -> Content;
    #[derive(Debug, Eq)]
    pub struct GetRichMenuImage {
        /// Rich menu ID.
        path rich_menu_id: String,
    }
    pub fn get_rich_menu_image(rich_menu_id: impl Into<String>) {
        Self { rich_menu_id: rich_menu_id.into() }
    }
}

super::operation! {
    /// `setDefaultRichMenu`: the menu every user without a menu of their own sees.
    /// <https://developers.line.biz/en/reference/messaging-api/#set-default-rich-menu>
    Post Api "/v2/bot/user/all/richmenu/{rich_menu_id}" -> ();
    #[derive(Debug, Eq)]
    pub struct SetDefaultRichMenu {
        /// Rich menu ID.
        path rich_menu_id: String,
    }
    pub fn set_default_rich_menu(rich_menu_id: impl Into<String>) {
        Self { rich_menu_id: rich_menu_id.into() }
    }
}

super::operation! {
    /// `getDefaultRichMenuId`: the default rich menu's ID (LINE answers 404 when none is set).
    /// <https://developers.line.biz/en/reference/messaging-api/#get-default-rich-menu-id>
    Get Api "/v2/bot/user/all/richmenu" -> RichMenuIdResponse;
    #[derive(Debug, Default, Eq)]
    pub struct GetDefaultRichMenuId {
    }
    pub fn get_default_rich_menu_id() {
        Self {  }
    }
}

super::operation! {
    /// `cancelDefaultRichMenu`: unsets the default rich menu.
    /// <https://developers.line.biz/en/reference/messaging-api/#cancel-default-rich-menu>
    Delete Api "/v2/bot/user/all/richmenu" -> ();
    #[derive(Debug, Default, Eq)]
    pub struct CancelDefaultRichMenu {
    }
    pub fn cancel_default_rich_menu() {
        Self {  }
    }
}

super::operation! {
    /// `linkRichMenuIdToUser`: the user sees this rich menu.
    /// <https://developers.line.biz/en/reference/messaging-api/#link-rich-menu-to-user>
    Post Api "/v2/bot/user/{user_id}/richmenu/{rich_menu_id}" -> ();
    #[derive(Debug, Eq)]
    pub struct LinkRichMenuIdToUser {
        /// User ID.
        path user_id: String,
        /// Rich menu ID.
        path rich_menu_id: String,
    }
    pub fn link_rich_menu_id_to_user(user_id: impl Into<String>, rich_menu_id: impl Into<String>) {
        Self { user_id: user_id.into(), rich_menu_id: rich_menu_id.into() }
    }
}

super::operation! {
    /// `unlinkRichMenuIdFromUser`: removes a user's rich menu.
    /// <https://developers.line.biz/en/reference/messaging-api/#unlink-rich-menu-from-user>
    Delete Api "/v2/bot/user/{user_id}/richmenu" -> ();
    #[derive(Debug, Eq)]
    pub struct UnlinkRichMenuIdFromUser {
        /// User ID.
        path user_id: String,
    }
    pub fn unlink_rich_menu_id_from_user(user_id: impl Into<String>) {
        Self { user_id: user_id.into() }
    }
}

super::operation! {
    /// `getRichMenuIdOfUser`: the rich menu linked to a user (LINE answers 404 when none is).
    /// <https://developers.line.biz/en/reference/messaging-api/#get-rich-menu-id-of-user>
    Get Api "/v2/bot/user/{user_id}/richmenu" -> RichMenuIdResponse;
    #[derive(Debug, Eq)]
    pub struct GetRichMenuIdOfUser {
        /// User ID.
        path user_id: String,
    }
    pub fn get_rich_menu_id_of_user(user_id: impl Into<String>) {
        Self { user_id: user_id.into() }
    }
}

super::operation! {
    /// `linkRichMenuIdToUsers`: links a rich menu to up to 500 users, asynchronously (`202`),
    /// in the argument order of [`Client::link_rich_menu_id_to_user`](super::Client::link_rich_menu_id_to_user).
    /// <https://developers.line.biz/en/reference/messaging-api/#link-rich-menu-to-users>
    Post Api "/v2/bot/richmenu/bulk/link" -> ();
    body RichMenuBulkLinkRequest;
    pub fn link_rich_menu_id_to_users(
        user_ids: impl IntoIterator<Item = impl Into<String>>,
        rich_menu_id: impl Into<String>,
    ) {
        RichMenuBulkLinkRequest::new(rich_menu_id, user_ids)
    }
}

super::operation! {
    /// `unlinkRichMenuIdFromUsers`: removes the rich menus of up to 500 users,
    /// asynchronously (`202`).
    /// <https://developers.line.biz/en/reference/messaging-api/#unlink-rich-menu-from-users>
    Post Api "/v2/bot/richmenu/bulk/unlink" -> ();
    body RichMenuBulkUnlinkRequest;
    pub fn unlink_rich_menu_id_from_users(user_ids: impl IntoIterator<Item = impl Into<String>>) {
        RichMenuBulkUnlinkRequest::new(user_ids)
    }
}

super::operation! {
    /// `createRichMenuAlias`: names a rich menu with an alias (for rich menu switch actions).
    /// <https://developers.line.biz/en/reference/messaging-api/#create-rich-menu-alias>
    Post Api "/v2/bot/richmenu/alias" -> ();
    body CreateRichMenuAliasRequest;
    pub fn create_rich_menu_alias(
        rich_menu_alias_id: impl Into<String>,
        rich_menu_id: impl Into<String>,
    ) {
        CreateRichMenuAliasRequest::new(rich_menu_alias_id, rich_menu_id)
    }
}

super::operation! {
    /// `getRichMenuAlias`: an alias and the rich menu it names.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-rich-menu-alias-by-id>
    Get Api "/v2/bot/richmenu/alias/{rich_menu_alias_id}" -> RichMenuAliasResponse;
    #[derive(Debug, Eq)]
    pub struct GetRichMenuAlias {
        /// Alias ID.
        path rich_menu_alias_id: String,
    }
    pub fn get_rich_menu_alias(rich_menu_alias_id: impl Into<String>) {
        Self { rich_menu_alias_id: rich_menu_alias_id.into() }
    }
}

super::operation! {
    /// `updateRichMenuAlias`: points an alias at another rich menu.
    /// <https://developers.line.biz/en/reference/messaging-api/#update-rich-menu-alias>
    Post Api "/v2/bot/richmenu/alias/{rich_menu_alias_id}" -> ();
    #[derive(Debug, Eq)]
    pub struct UpdateRichMenuAlias {
        /// Alias ID.
        path rich_menu_alias_id: String,
        /// The new target.
        body body: UpdateRichMenuAliasRequest,
    }
    pub fn update_rich_menu_alias(
        rich_menu_alias_id: impl Into<String>,
        rich_menu_id: impl Into<String>,
    ) {
        Self {
            rich_menu_alias_id: rich_menu_alias_id.into(),
            body: UpdateRichMenuAliasRequest::new(rich_menu_id),
        }
    }
}

super::operation! {
    /// `deleteRichMenuAlias`: deletes an alias (not the rich menu).
    /// <https://developers.line.biz/en/reference/messaging-api/#delete-rich-menu-alias>
    Delete Api "/v2/bot/richmenu/alias/{rich_menu_alias_id}" -> ();
    #[derive(Debug, Eq)]
    pub struct DeleteRichMenuAlias {
        /// Alias ID.
        path rich_menu_alias_id: String,
    }
    pub fn delete_rich_menu_alias(rich_menu_alias_id: impl Into<String>) {
        Self { rich_menu_alias_id: rich_menu_alias_id.into() }
    }
}

super::operation! {
    /// `getRichMenuAliasList`: every alias.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-rich-menu-alias-list>
    Get Api "/v2/bot/richmenu/alias/list" -> RichMenuAliasListResponse;
    #[derive(Debug, Default, Eq)]
    pub struct GetRichMenuAliasList {
    }
    pub fn get_rich_menu_alias_list() {
        Self {  }
    }
}

super::operation! {
    /// `richMenuBatch`: replaces or unlinks the rich menus of many users, asynchronously
    /// (`202`); follow it with [`Client::get_rich_menu_batch_progress`](super::Client::get_rich_menu_batch_progress)
    /// and the answer's request id. A `resumeRequestKey` goes on the request.
    /// <https://developers.line.biz/en/reference/messaging-api/#batch-control-rich-menus-of-users>
    Post Api "/v2/bot/richmenu/batch" -> ();
    #[derive(Debug)]
    pub struct RichMenuBatch {
        /// The operations.
        body request: RichMenuBatchRequest,
    }
    pub fn rich_menu_batch(operations: impl IntoIterator<Item = RichMenuBatchOperation>) {
        Self { request: RichMenuBatchRequest::new(operations) }
    }
}

super::operation! {
    /// `validateRichMenuBatchRequest`: LINE checks a batch without running it.
    /// <https://developers.line.biz/en/reference/messaging-api/#validate-batch-control-rich-menus-request>
    Post Api "/v2/bot/richmenu/validate/batch" -> ();
    #[derive(Debug)]
    pub struct ValidateRichMenuBatchRequest {
        /// The operations.
        body request: RichMenuBatchRequest,
    }
    pub fn validate_rich_menu_batch_request(
        operations: impl IntoIterator<Item = RichMenuBatchOperation>,
    ) {
        Self { request: RichMenuBatchRequest::new(operations) }
    }
}

super::operation! {
    /// `getRichMenuBatchProgress`: the status of a [`Client::rich_menu_batch`](super::Client::rich_menu_batch)
    /// call, by its request id.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-batch-control-rich-menus-progress-status>
    Get Api "/v2/bot/richmenu/progress/batch" -> RichMenuBatchProgressResponse;
    #[derive(Debug, Eq)]
    pub struct GetRichMenuBatchProgress {
        /// Request id of the batch call.
        query "requestId" request_id: String,
    }
    pub fn get_rich_menu_batch_progress(request_id: impl Into<String>) {
        Self { request_id: request_id.into() }
    }
}
