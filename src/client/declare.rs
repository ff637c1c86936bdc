//! `operation!`: one declaration per LINE operation, yielding its request type, its
//! [`Operation`](super::Operation) impl and its [`Client`](super::Client) method.
//!
//! ```text
//! operation! {
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
//! The first line is the method, host, path (parameters as `{field}`) and answer, then
//! optional constants (`RETRY_KEY = true`, `AUTHORIZED = false`). Each field has a kind:
//!
//! | kind | field type | sent as | setter |
//! |---|---|---|---|
//! | `path` | `T` | `{field}` in the path, percent-encoded | |
//! | `query "name"` | `T` | `?name=` | |
//! | `opt_query "name"` | `Option<T>` | `?name=` when set | `field(impl Param<T>)` |
//! | `list_query "name"` | `Vec<T>` | `?name=` once per element | `field(impl IntoIterator)` |
//! | `body` | `T` | the JSON body, validated | |
//! | `opt_header "name"` | `Option<T>` | header `name` when set | `field(impl Param<T>)` |
//! | `field` | `T` | by the `payload` clause | |
//! | `opt_field` | `Option<T>` | by the `payload` clause | `field(impl Param<T>)` |
//!
//! The function's arguments are the required parameters; its block builds the request
//! (it becomes the request type's `new`, and the method sends `new(..)`). A request whose
//! body type belongs to it alone is declared `body Type;` instead of a struct, with a block
//! building that type. A `payload |s| expr;` clause after the struct replaces the JSON body
//! (forms, bytes, multipart); a `validate |s| expr;` clause checks what the fields' kinds do
//! not (dates, formats).

/// A request parameter's query string values.
pub(crate) trait ToQuery {
    /// Appends `name=value` pairs (none for an absent value).
    fn push_to(&self, name: &'static str, out: &mut Vec<(&'static str, Option<String>)>);
}

macro_rules! to_query_display {
    ($($t:ty),*) => {$(
        impl ToQuery for $t {
            fn push_to(&self, name: &'static str, out: &mut Vec<(&'static str, Option<String>)>) {
                out.push((name, Some(self.to_string())));
            }
        }
    )*};
}
to_query_display!(String, i64, i32, u32, bool);

impl<T: ToQuery> ToQuery for Option<T> {
    fn push_to(&self, name: &'static str, out: &mut Vec<(&'static str, Option<String>)>) {
        if let Some(v) = self {
            v.push_to(name, out);
        }
    }
}

impl<T: ToQuery> ToQuery for Vec<T> {
    fn push_to(&self, name: &'static str, out: &mut Vec<(&'static str, Option<String>)>) {
        for v in self {
            v.push_to(name, out);
        }
    }
}

/// Implements [`ToQuery`] for enums by their serde name (`RUNNING`...).
macro_rules! to_query_serde {
    ($($t:ty),* $(,)?) => {$(
        impl $crate::client::declare::ToQuery for $t {
            fn push_to(&self, name: &'static str, out: &mut Vec<(&'static str, Option<String>)>) {
                let wire = serde_json::to_value(self)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned));
                out.push((name, wire));
            }
        }
    )*};
}

/// What a setter accepts for a parameter of type `T`: the value itself, or a `&str` for a
/// `String` (unlike `Into`, an integer literal needs no suffix).
pub trait Param<T> {
    /// The parameter's value.
    fn into_param(self) -> T;
}

impl<T> Param<T> for T {
    fn into_param(self) -> T {
        self
    }
}

impl Param<String> for &str {
    fn into_param(self) -> String {
        self.to_owned()
    }
}

impl Param<String> for &String {
    fn into_param(self) -> String {
        self.clone()
    }
}

/// A path parameter's segment.
pub(crate) trait ToSegment {
    fn segment(&self) -> String;
}

impl ToSegment for String {
    fn segment(&self) -> String {
        super::encode_segment(self)
    }
}

impl ToSegment for i64 {
    fn segment(&self) -> String {
        self.to_string()
    }
}

/// Fills `{name}` in a path template.
pub(crate) fn fill(path: &mut String, name: &str, value: &impl ToSegment) {
    let placeholder = format!("{{{name}}}");
    if let Some(at) = path.find(&placeholder) {
        path.replace_range(at..at + placeholder.len(), &value.segment());
    }
}

macro_rules! operation {
    // A request type of its own.
    (
        $(#[$doc:meta])*
        $method:ident $host:ident $path:literal -> $resp:ty $(, $flag:ident = $val:expr)*;
        $(#[$sattr:meta])*
        pub struct $name:ident {
            $( $(#[$fdoc:meta])* $kind:ident $($wire:literal)? $field:ident : $fty:ty ),* $(,)?
        }
        $(payload |$ps:ident| $payload:expr;)?
        $(validate |$vs:ident| $validate:expr;)?
        pub fn $fname:ident ( $($arg:ident : $aty:ty),* $(,)? ) $build:block
    ) => {
        $(#[$doc])*
        $(#[$sattr])*
        #[derive(Clone, PartialEq)]
        #[non_exhaustive]
        pub struct $name {
            $( $(#[$fdoc])* pub $field: $crate::client::declare::field_ty!($kind $fty), )*
        }

        impl $name {
            /// The request with its required parameters; set optional ones with the setters
            /// and send it with [`Client::call`](crate::client::Client::call).
            #[allow(clippy::new_without_default)]
            pub fn new($($arg: $aty),*) -> Self $build

            $( $crate::client::declare::setter!($kind $field $fty); )*
        }

        impl $crate::client::Operation for $name {
            type Response = $resp;
            const METHOD: $crate::client::Method = $crate::client::Method::$method;
            const HOST: $crate::client::Host = $crate::client::Host::$host;
            $(const $flag: bool = $val;)*
            #[allow(unused_mut)]
            fn path(&self) -> String {
                let mut path = String::from($path);
                $( $crate::client::declare::part!(path $kind self path.$field); )*
                path
            }
            #[allow(unused_mut)]
            fn query(&self) -> Vec<(&'static str, Option<String>)> {
                let mut query = Vec::new();
                $( $crate::client::declare::part!(query $kind $($wire)? self query.$field); )*
                query
            }
            #[allow(unused_mut)]
            fn headers(&self) -> Vec<(&'static str, String)> {
                let mut headers = Vec::new();
                $( $crate::client::declare::part!(header $kind $($wire)? self headers.$field); )*
                headers
            }
            fn payload(&self) -> Result<$crate::client::Payload<'_>, $crate::client::Error> {
                $( let $ps = self; return $payload; )?
                #[allow(unreachable_code)]
                {
                    $( $crate::client::declare::part!(payload $kind self $field); )*
                    Ok($crate::client::Payload::Empty)
                }
            }
            fn validate(&self) -> Result<(), $crate::validate::ValidationError> {
                $( let $vs = self; return $validate; )?
                #[allow(unreachable_code)]
                {
                    $( $crate::client::declare::part!(validate $kind self $field); )*
                    Ok(())
                }
            }
        }

        $crate::client::declare::operation!(@method $name $resp; $(#[$doc])*; $fname($($arg: $aty),*));
    };

    // The request body is the request type (a model type of its own).
    (
        $(#[$doc:meta])*
        $method:ident $host:ident $path:literal -> $resp:ty $(, $flag:ident = $val:expr)*;
        body $name:ty;
        pub fn $fname:ident ( $($arg:ident : $aty:ty),* $(,)? ) $build:block
    ) => {
        impl $crate::client::Operation for $name {
            type Response = $resp;
            const METHOD: $crate::client::Method = $crate::client::Method::$method;
            const HOST: $crate::client::Host = $crate::client::Host::$host;
            $(const $flag: bool = $val;)*
            fn path(&self) -> String {
                $path.into()
            }
            fn payload(&self) -> Result<$crate::client::Payload<'_>, $crate::client::Error> {
                $crate::client::Payload::json(self)
            }
            fn validate(&self) -> Result<(), $crate::validate::ValidationError> {
                $crate::validate::Validate::validate(self)
            }
        }

        impl $crate::client::Client {
            $(#[$doc])*
            ///
            #[doc = concat!("As a request: [`", stringify!($name), "`], to set optional parameters or send it with [`CallOptions`](crate::client::CallOptions).")]
            ///
            /// # Errors
            /// See [`Error`](crate::client::Error).
            pub fn $fname(&self, $($arg: $aty),*) -> Result<$crate::client::Response<$resp>, $crate::client::Error> {
                let request: $name = $build;
                self.call(request)
            }
        }
    };

    (@method $name:ident $resp:ty; $(#[$doc:meta])*; $fname:ident($($arg:ident : $aty:ty),*)) => {
        impl $crate::client::Client {
            $(#[$doc])*
            ///
            #[doc = concat!("As a request: [`", stringify!($name), "`], to set optional parameters or send it with [`CallOptions`](crate::client::CallOptions).")]
            ///
            /// # Errors
            /// See [`Error`](crate::client::Error).
            pub fn $fname(&self, $($arg: $aty),*) -> Result<$crate::client::Response<$resp>, $crate::client::Error> {
                self.call($name::new($($arg),*))
            }
        }
    };
}

/// The Rust type of a field of kind `kind` declared with type `T`.
macro_rules! field_ty {
    (opt_query $t:ty) => { Option<$t> };
    (opt_header $t:ty) => { Option<$t> };
    (opt_field $t:ty) => { Option<$t> };
    (list_query $t:ty) => { Vec<$t> };
    ($kind:ident $t:ty) => { $t };
}

/// The setter of an optional field.
macro_rules! setter {
    (opt_query $field:ident $t:ty) => {
        #[doc = concat!("Sets `", stringify!($field), "`.")]
        pub fn $field(mut self, value: impl $crate::client::Param<$t>) -> Self {
            self.$field = Some(value.into_param());
            self
        }
    };
    (opt_field $field:ident $t:ty) => {
        $crate::client::declare::setter!(opt_query $field $t);
    };
    (opt_header $field:ident $t:ty) => {
        $crate::client::declare::setter!(opt_query $field $t);
    };
    (list_query $field:ident $t:ty) => {
        #[doc = concat!("Sets `", stringify!($field), "` (replacing any earlier value).")]
        pub fn $field(mut self, values: impl IntoIterator<Item = impl $crate::client::Param<$t>>) -> Self {
            self.$field = values.into_iter().map($crate::client::Param::into_param).collect();
            self
        }
    };
    ($kind:ident $field:ident $t:ty) => {};
}

/// What a field of kind `kind` contributes to the path, query, headers, body, validation.
macro_rules! part {
    (path path $s:ident $out:ident.$field:ident) => {
        $crate::client::declare::fill(&mut $out, stringify!($field), &$s.$field)
    };
    (path $kind:ident $s:ident $out:ident.$field:ident) => {};

    (query query $wire:literal $s:ident $out:ident.$field:ident) => {
        $crate::client::declare::ToQuery::push_to(&$s.$field, $wire, &mut $out)
    };
    (query opt_query $wire:literal $s:ident $out:ident.$field:ident) => {
        $crate::client::declare::ToQuery::push_to(&$s.$field, $wire, &mut $out)
    };
    (query list_query $wire:literal $s:ident $out:ident.$field:ident) => {
        $crate::client::declare::ToQuery::push_to(&$s.$field, $wire, &mut $out)
    };
    (query $kind:ident $($wire:literal)? $s:ident $out:ident.$field:ident) => {};

    (header opt_header $wire:literal $s:ident $out:ident.$field:ident) => {
        if let Some(v) = &$s.$field {
            $out.push(($wire, v.clone()));
        }
    };
    (header $kind:ident $($wire:literal)? $s:ident $out:ident.$field:ident) => {};

    (payload body $s:ident $field:ident) => {
        return $crate::client::Payload::json(&$s.$field)
    };
    (payload $kind:ident $s:ident $field:ident) => {};

    (validate body $s:ident $field:ident) => {
        return $crate::validate::Validate::validate(&$s.$field)
    };
    (validate $kind:ident $s:ident $field:ident) => {};
}

pub(crate) use {field_ty, operation, part, setter, to_query_serde};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::Operation;
    use crate::client::coupon::{CouponStatus, ListCoupon};
    use crate::client::group::GetGroupMemberProfile;

    #[test]
    fn path_parameters_are_encoded_into_their_placeholders() {
        let op = GetGroupMemberProfile::new("C1/../x", "U?a=b");
        assert_eq!(op.path(), "/v2/bot/group/C1%2F..%2Fx/member/U%3Fa%3Db");
        let mut path = String::from("/a/{id}/b");
        fill(&mut path, "id", &42i64);
        assert_eq!(path, "/a/42/b");
    }

    #[test]
    fn optional_and_list_parameters_are_sent_only_when_set() {
        assert!(ListCoupon::new().query().is_empty());
        let q = ListCoupon::new()
            .status([CouponStatus::Running, CouponStatus::Closed])
            .limit(5)
            .query();
        assert_eq!(
            q,
            [
                ("status", Some("RUNNING".to_owned())),
                ("status", Some("CLOSED".to_owned())),
                ("limit", Some("5".to_owned())),
            ]
        );
    }
}
