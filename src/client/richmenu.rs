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

use super::content::Content;
use super::{Client, Error, Host, Method, Operation, Payload, Response, encode_segment};
use crate::richmenu::{
    CreateRichMenuAliasRequest, RichMenu, RichMenuAliasListResponse, RichMenuAliasResponse,
    RichMenuBatchProgressResponse, RichMenuBatchRequest, RichMenuBulkLinkRequest,
    RichMenuBulkUnlinkRequest, RichMenuIdResponse, RichMenuListResponse, RichMenuResponse,
    UpdateRichMenuAliasRequest,
};
use crate::validate::{Validate, ValidationError};

super::json_response!(
    RichMenuIdResponse,
    RichMenuResponse,
    RichMenuListResponse,
    RichMenuAliasResponse,
    RichMenuAliasListResponse,
    RichMenuBatchProgressResponse,
);

// `POST /v2/bot/richmenu/alias` (create an alias), `POST /v2/bot/richmenu/bulk/link` and
// `.../bulk/unlink` (asynchronous, 202): the bodies belong to one operation each.
// <https://developers.line.biz/en/reference/messaging-api/#create-rich-menu-alias>
// <https://developers.line.biz/en/reference/messaging-api/#link-rich-menu-to-users>
// <https://developers.line.biz/en/reference/messaging-api/#unlink-rich-menu-from-users>
super::body_operation! {
    CreateRichMenuAliasRequest => Post Api, "/v2/bot/richmenu/alias", ();
    RichMenuBulkLinkRequest => Post Api, "/v2/bot/richmenu/bulk/link", ();
    RichMenuBulkUnlinkRequest => Post Api, "/v2/bot/richmenu/bulk/unlink", ();
}

super::json_body!(
    /// `POST /v2/bot/richmenu`: creates a rich menu.
    /// <https://developers.line.biz/en/reference/messaging-api/#create-rich-menu>
    CreateRichMenu(RichMenu) => Post Api, "/v2/bot/richmenu", RichMenuIdResponse
);
super::json_body!(
    /// `POST /v2/bot/richmenu/validate`: LINE checks a rich menu without creating it.
    /// <https://developers.line.biz/en/reference/messaging-api/#validate-rich-menu-object>
    ValidateRichMenuObject(RichMenu) => Post Api, "/v2/bot/richmenu/validate", ()
);
super::json_body!(
    /// `POST /v2/bot/richmenu/batch`: replaces or unlinks the rich menus of many users; follow
    /// it with [`GetRichMenuBatchProgress`] using the answer's request id.
    /// <https://developers.line.biz/en/reference/messaging-api/#batch-control-rich-menus-of-users>
    RichMenuBatch(RichMenuBatchRequest) => Post Api, "/v2/bot/richmenu/batch", ()
);
super::json_body!(
    /// `POST /v2/bot/richmenu/validate/batch`: LINE checks a batch request without running it.
    /// <https://developers.line.biz/en/reference/messaging-api/#validate-batch-control-rich-menus-request>
    ValidateRichMenuBatchRequest(RichMenuBatchRequest) => Post Api, "/v2/bot/richmenu/validate/batch", ()
);

super::bodiless!(
    /// `GET /v2/bot/richmenu/{richMenuId}`.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-rich-menu>
    GetRichMenu {
        /// Rich menu ID.
        rich_menu_id
    } => Get Api, |s| format!("/v2/bot/richmenu/{}", encode_segment(&s.rich_menu_id)), RichMenuResponse
);
super::bodiless!(
    /// `DELETE /v2/bot/richmenu/{richMenuId}`.
    /// <https://developers.line.biz/en/reference/messaging-api/#delete-rich-menu>
    DeleteRichMenu {
        /// Rich menu ID.
        rich_menu_id
    } => Delete Api, |s| format!("/v2/bot/richmenu/{}", encode_segment(&s.rich_menu_id)), ()
);
super::bodiless!(
    /// `GET /v2/bot/richmenu/list`.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-rich-menu-list>
    GetRichMenuList {} => Get Api, |_s| "/v2/bot/richmenu/list".into(), RichMenuListResponse
);
super::bodiless!(
    /// `GET /v2/bot/richmenu/{richMenuId}/content` on `api-data.line.me`: the image, streamed.
    /// <https://developers.line.biz/en/reference/messaging-api/#download-rich-menu-image>
    GetRichMenuImage {
        /// Rich menu ID.
        rich_menu_id
    } => Get ApiData, |s| format!("/v2/bot/richmenu/{}/content", encode_segment(&s.rich_menu_id)), Content
);
super::bodiless!(
    /// `POST /v2/bot/user/all/richmenu/{richMenuId}`.
    /// <https://developers.line.biz/en/reference/messaging-api/#set-default-rich-menu>
    SetDefaultRichMenu {
        /// Rich menu ID.
        rich_menu_id
    } => Post Api, |s| format!("/v2/bot/user/all/richmenu/{}", encode_segment(&s.rich_menu_id)), ()
);
super::bodiless!(
    /// `GET /v2/bot/user/all/richmenu`.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-default-rich-menu-id>
    GetDefaultRichMenuId {} => Get Api, |_s| "/v2/bot/user/all/richmenu".into(), RichMenuIdResponse
);
super::bodiless!(
    /// `DELETE /v2/bot/user/all/richmenu`.
    /// <https://developers.line.biz/en/reference/messaging-api/#cancel-default-rich-menu>
    CancelDefaultRichMenu {} => Delete Api, |_s| "/v2/bot/user/all/richmenu".into(), ()
);
super::bodiless!(
    /// `GET /v2/bot/richmenu/alias/{richMenuAliasId}`.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-rich-menu-alias-by-id>
    GetRichMenuAlias {
        /// Alias ID.
        rich_menu_alias_id
    } => Get Api, |s| format!("/v2/bot/richmenu/alias/{}", encode_segment(&s.rich_menu_alias_id)), RichMenuAliasResponse
);
super::bodiless!(
    /// `DELETE /v2/bot/richmenu/alias/{richMenuAliasId}`.
    /// <https://developers.line.biz/en/reference/messaging-api/#delete-rich-menu-alias>
    DeleteRichMenuAlias {
        /// Alias ID.
        rich_menu_alias_id
    } => Delete Api, |s| format!("/v2/bot/richmenu/alias/{}", encode_segment(&s.rich_menu_alias_id)), ()
);
super::bodiless!(
    /// `GET /v2/bot/richmenu/alias/list`.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-rich-menu-alias-list>
    GetRichMenuAliasList {} => Get Api, |_s| "/v2/bot/richmenu/alias/list".into(), RichMenuAliasListResponse
);
super::bodiless!(
    /// `GET /v2/bot/user/{userId}/richmenu`.
    /// <https://developers.line.biz/en/reference/messaging-api/#get-rich-menu-id-of-user>
    GetRichMenuIdOfUser {
        /// User ID.
        user_id
    } => Get Api, |s| format!("/v2/bot/user/{}/richmenu", encode_segment(&s.user_id)), RichMenuIdResponse
);
super::bodiless!(
    /// `DELETE /v2/bot/user/{userId}/richmenu`.
    /// <https://developers.line.biz/en/reference/messaging-api/#unlink-rich-menu-from-user>
    UnlinkRichMenuIdFromUser {
        /// User ID.
        user_id
    } => Delete Api, |s| format!("/v2/bot/user/{}/richmenu", encode_segment(&s.user_id)), ()
);
super::bodiless!(
    /// `POST /v2/bot/user/{userId}/richmenu/{richMenuId}`.
    /// <https://developers.line.biz/en/reference/messaging-api/#link-rich-menu-to-user>
    LinkRichMenuIdToUser {
        /// User ID.
        user_id,
        /// Rich menu ID.
        rich_menu_id
    } => Post Api, |s| format!(
        "/v2/bot/user/{}/richmenu/{}",
        encode_segment(&s.user_id),
        encode_segment(&s.rich_menu_id)
    ), ()
);

/// `POST /v2/bot/richmenu/alias/{richMenuAliasId}`: points an alias at another rich menu.
/// <https://developers.line.biz/en/reference/messaging-api/#update-rich-menu-alias>
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UpdateRichMenuAlias {
    /// Alias ID.
    pub rich_menu_alias_id: String,
    /// The new target.
    pub body: UpdateRichMenuAliasRequest,
}

impl Operation for UpdateRichMenuAlias {
    type Response = ();
    const METHOD: Method = Method::Post;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        format!(
            "/v2/bot/richmenu/alias/{}",
            encode_segment(&self.rich_menu_alias_id)
        )
    }
    fn payload(&self) -> Result<Payload<'_>, Error> {
        Payload::json(&self.body)
    }
    fn validate(&self) -> Result<(), ValidationError> {
        Validate::validate(&self.body)
    }
}

/// `POST /v2/bot/richmenu/{richMenuId}/content` on `api-data.line.me`: uploads the image
/// (JPEG or PNG).
/// <https://developers.line.biz/en/reference/messaging-api/#upload-rich-menu-image>
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetRichMenuImage {
    /// Rich menu ID.
    pub rich_menu_id: String,
    /// `image/jpeg` or `image/png`.
    pub content_type: String,
    /// The image.
    pub image: Vec<u8>,
}

impl Operation for SetRichMenuImage {
    type Response = ();
    const METHOD: Method = Method::Post;
    const HOST: Host = Host::ApiData;
    fn path(&self) -> String {
        format!(
            "/v2/bot/richmenu/{}/content",
            encode_segment(&self.rich_menu_id)
        )
    }
    fn payload(&self) -> Result<Payload<'_>, Error> {
        Ok(Payload::Bytes {
            content_type: &self.content_type,
            data: &self.image,
        })
    }
}

/// `GET /v2/bot/richmenu/progress/batch`.
/// <https://developers.line.biz/en/reference/messaging-api/#get-batch-control-rich-menus-progress-status>
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetRichMenuBatchProgress {
    /// Request id of the [`RichMenuBatch`] call.
    pub request_id: String,
}

impl Operation for GetRichMenuBatchProgress {
    type Response = RichMenuBatchProgressResponse;
    const METHOD: Method = Method::Get;
    const HOST: Host = Host::Api;
    fn path(&self) -> String {
        "/v2/bot/richmenu/progress/batch".into()
    }
    fn query(&self) -> Vec<(&'static str, Option<String>)> {
        vec![("requestId", Some(self.request_id.clone()))]
    }
}

impl Client {
    /// `createRichMenu`: creates a rich menu, answering its ID.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn create_rich_menu(
        &self,
        rich_menu: RichMenu,
    ) -> Result<Response<RichMenuIdResponse>, Error> {
        self.call(CreateRichMenu(rich_menu))
    }

    /// `validateRichMenuObject`: LINE checks a rich menu without creating it.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn validate_rich_menu_object(&self, rich_menu: RichMenu) -> Result<Response<()>, Error> {
        self.call(ValidateRichMenuObject(rich_menu))
    }

    /// `getRichMenu`: a rich menu by ID.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn get_rich_menu(
        &self,
        rich_menu_id: impl Into<String>,
    ) -> Result<Response<RichMenuResponse>, Error> {
        self.call(GetRichMenu {
            rich_menu_id: rich_menu_id.into(),
        })
    }

    /// `getRichMenuList`: every rich menu made with the API.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn get_rich_menu_list(&self) -> Result<Response<RichMenuListResponse>, Error> {
        self.call(GetRichMenuList {})
    }

    /// `deleteRichMenu`.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn delete_rich_menu(&self, rich_menu_id: impl Into<String>) -> Result<Response<()>, Error> {
        self.call(DeleteRichMenu {
            rich_menu_id: rich_menu_id.into(),
        })
    }

    /// `setRichMenuImage`: uploads the menu's image (`image/jpeg` or `image/png`).
    ///
    /// # Errors
    /// See [`Error`].
    pub fn set_rich_menu_image(
        &self,
        rich_menu_id: impl Into<String>,
        content_type: impl Into<String>,
        image: impl Into<Vec<u8>>,
    ) -> Result<Response<()>, Error> {
        self.call(SetRichMenuImage {
            rich_menu_id: rich_menu_id.into(),
            content_type: content_type.into(),
            image: image.into(),
        })
    }

    /// `getRichMenuImage`: downloads the menu's image, streamed.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn get_rich_menu_image(
        &self,
        rich_menu_id: impl Into<String>,
    ) -> Result<Response<Content>, Error> {
        self.call(GetRichMenuImage {
            rich_menu_id: rich_menu_id.into(),
        })
    }

    /// `setDefaultRichMenu`: the menu every user without a per-user menu sees.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn set_default_rich_menu(
        &self,
        rich_menu_id: impl Into<String>,
    ) -> Result<Response<()>, Error> {
        self.call(SetDefaultRichMenu {
            rich_menu_id: rich_menu_id.into(),
        })
    }

    /// `getDefaultRichMenuId`.
    ///
    /// # Errors
    /// See [`Error`]; 404 when no default is set.
    pub fn get_default_rich_menu_id(&self) -> Result<Response<RichMenuIdResponse>, Error> {
        self.call(GetDefaultRichMenuId {})
    }

    /// `cancelDefaultRichMenu`.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn cancel_default_rich_menu(&self) -> Result<Response<()>, Error> {
        self.call(CancelDefaultRichMenu {})
    }

    /// `linkRichMenuIdToUser`: the user sees this menu.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn link_rich_menu_id_to_user(
        &self,
        user_id: impl Into<String>,
        rich_menu_id: impl Into<String>,
    ) -> Result<Response<()>, Error> {
        self.call(LinkRichMenuIdToUser {
            user_id: user_id.into(),
            rich_menu_id: rich_menu_id.into(),
        })
    }

    /// `unlinkRichMenuIdFromUser`.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn unlink_rich_menu_id_from_user(
        &self,
        user_id: impl Into<String>,
    ) -> Result<Response<()>, Error> {
        self.call(UnlinkRichMenuIdFromUser {
            user_id: user_id.into(),
        })
    }

    /// `getRichMenuIdOfUser`: the menu linked to a user.
    ///
    /// # Errors
    /// See [`Error`]; 404 when none is linked.
    pub fn get_rich_menu_id_of_user(
        &self,
        user_id: impl Into<String>,
    ) -> Result<Response<RichMenuIdResponse>, Error> {
        self.call(GetRichMenuIdOfUser {
            user_id: user_id.into(),
        })
    }

    /// `linkRichMenuIdToUsers`: links a menu to up to 500 users (asynchronously).
    ///
    /// # Errors
    /// See [`Error`].
    pub fn link_rich_menu_id_to_users(
        &self,
        request: RichMenuBulkLinkRequest,
    ) -> Result<Response<()>, Error> {
        self.call(request)
    }

    /// `unlinkRichMenuIdFromUsers`: unlinks the menus of up to 500 users (asynchronously).
    ///
    /// # Errors
    /// See [`Error`].
    pub fn unlink_rich_menu_id_from_users(
        &self,
        request: RichMenuBulkUnlinkRequest,
    ) -> Result<Response<()>, Error> {
        self.call(request)
    }

    /// `createRichMenuAlias`.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn create_rich_menu_alias(
        &self,
        rich_menu_alias_id: impl Into<String>,
        rich_menu_id: impl Into<String>,
    ) -> Result<Response<()>, Error> {
        self.call(CreateRichMenuAliasRequest::new(
            rich_menu_alias_id,
            rich_menu_id,
        ))
    }

    /// `getRichMenuAlias`.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn get_rich_menu_alias(
        &self,
        rich_menu_alias_id: impl Into<String>,
    ) -> Result<Response<RichMenuAliasResponse>, Error> {
        self.call(GetRichMenuAlias {
            rich_menu_alias_id: rich_menu_alias_id.into(),
        })
    }

    /// `updateRichMenuAlias`: points an alias at another rich menu.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn update_rich_menu_alias(
        &self,
        rich_menu_alias_id: impl Into<String>,
        rich_menu_id: impl Into<String>,
    ) -> Result<Response<()>, Error> {
        self.call(UpdateRichMenuAlias {
            rich_menu_alias_id: rich_menu_alias_id.into(),
            body: UpdateRichMenuAliasRequest::new(rich_menu_id),
        })
    }

    /// `deleteRichMenuAlias`.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn delete_rich_menu_alias(
        &self,
        rich_menu_alias_id: impl Into<String>,
    ) -> Result<Response<()>, Error> {
        self.call(DeleteRichMenuAlias {
            rich_menu_alias_id: rich_menu_alias_id.into(),
        })
    }

    /// `getRichMenuAliasList`.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn get_rich_menu_alias_list(&self) -> Result<Response<RichMenuAliasListResponse>, Error> {
        self.call(GetRichMenuAliasList {})
    }

    /// `richMenuBatch`: replaces or unlinks many users' menus; check on it with
    /// [`Client::get_rich_menu_batch_progress`] and the answer's request id.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn rich_menu_batch(&self, request: RichMenuBatchRequest) -> Result<Response<()>, Error> {
        self.call(RichMenuBatch(request))
    }

    /// `validateRichMenuBatchRequest`: LINE checks a batch request without running it.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn validate_rich_menu_batch_request(
        &self,
        request: RichMenuBatchRequest,
    ) -> Result<Response<()>, Error> {
        self.call(ValidateRichMenuBatchRequest(request))
    }

    /// `getRichMenuBatchProgress`: the status of a [`Client::rich_menu_batch`] call.
    ///
    /// # Errors
    /// See [`Error`].
    pub fn get_rich_menu_batch_progress(
        &self,
        request_id: impl Into<String>,
    ) -> Result<Response<RichMenuBatchProgressResponse>, Error> {
        self.call(GetRichMenuBatchProgress {
            request_id: request_id.into(),
        })
    }
}
