//! Macros of the [`linebot`](https://docs.rs/linebot) crate. Use them through `linebot`, which
//! re-exports them; this crate's paths are not a stable interface of their own.
//!
//! * `#[derive(PostbackData)]` (re-exported as `linebot::postback::PostbackData` under the
//!   default `derive` feature) turns an enum or a struct into postback `data` and back: see
//!   [`PostbackData`].
//! * The string literal macros `linebot::label!`, `alt_text!`, `postback_data!`,
//!   `message_text!` and `https_url!` delegate to the hidden function-like macros here, which
//!   count a literal exactly as `linebot`'s runtime validator does (grapheme clusters with
//!   `unicode-segmentation`, or UTF-16 code units) and report a literal over its limit at the
//!   literal itself.

#![warn(missing_docs)]
#![forbid(unsafe_code)]

mod literal;
mod postback;
mod serde_twin;

use proc_macro::TokenStream;

/// Derives `linebot::postback::PostbackData` (and, for an enum whose variants have no
/// fields, `linebot::postback::PostbackValue`, so it can be a field of other postback data).
///
/// The data is a query string, the form LINE's documentation writes postback data in:
///
/// * a struct encodes its fields as `key=value` pairs joined by `&`: `item=111&qty=2`;
/// * an enum first names its variant under the tag key `action`, then the variant's fields:
///   `action=buy&item=111`. Variant names are the identifiers in `snake_case` (`AddToCart`
///   becomes `add_to_cart`).
///
/// Field kinds: integers, `bool`, `char`, `String` (percent-encoded where it holds `%`, `&`,
/// `=`, `+`, `#` or control characters; a space becomes `+`), fieldless enums deriving
/// `PostbackData`, any type implementing `PostbackValue`, and `Option` of those (the key is
/// left out for `None`). Keys the type does not know are ignored when decoding, so data made by
/// hand or by another SDK decodes as long as it has the keys the type needs.
///
/// Attributes:
///
/// | where | attribute | effect |
/// |---|---|---|
/// | enum | `#[postback(tag = "kind")]` | the key naming the variant (default `action`) |
/// | variant | `#[postback(rename = "buy")]` | the variant's name in the data |
/// | field | `#[postback(rename = "itemid")]` | the field's key in the data |
/// | `String` field | `#[postback(max_len = 20)]` | at most 20 characters: longer values do not decode, and the field's encoding becomes bounded |
///
/// When every field of a variant has a bounded encoding (integers, `bool`, `char`, fieldless
/// enums, strings with `max_len`), the derive computes the longest `data` the variant can
/// encode to, and a variant that can exceed LINE's 300-character limit is a compile error
/// naming it. Other data is checked against the limit by `validate()`.
#[proc_macro_derive(PostbackData, attributes(postback))]
pub fn derive_postback_data(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    postback::derive(input)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// `linebot::label!`: `(crate path, "literal", max)`: an action label of 1 to `max` grapheme
/// clusters.
#[doc(hidden)]
#[proc_macro]
pub fn __label(input: TokenStream) -> TokenStream {
    literal::expand(input, literal::Kind::Label)
}

/// `linebot::alt_text!`: `(crate path, "literal", max)`: alt text of 1 to `max` UTF-16 code
/// units.
#[doc(hidden)]
#[proc_macro]
pub fn __alt_text(input: TokenStream) -> TokenStream {
    literal::expand(input, literal::Kind::AltText)
}

/// `linebot::postback_data!`: `(crate path, "literal", max)`: postback data of at most `max`
/// UTF-16 code units.
#[doc(hidden)]
#[proc_macro]
pub fn __postback_data(input: TokenStream) -> TokenStream {
    literal::expand(input, literal::Kind::PostbackData)
}

/// `linebot::message_text!`: `(crate path, "literal", max)`: a text message's text of 1 to
/// `max` UTF-16 code units.
#[doc(hidden)]
#[proc_macro]
pub fn __message_text(input: TokenStream) -> TokenStream {
    literal::expand(input, literal::Kind::MessageText)
}

/// `linebot::https_url!`: `(crate path, "literal", max)`: an absolute `https://` URL of at
/// most `max` characters.
#[doc(hidden)]
#[proc_macro]
pub fn __https_url(input: TokenStream) -> TokenStream {
    literal::expand(input, literal::Kind::HttpsUrl)
}

/// For `linebot`'s flex objects only: serde's derive on a private twin of the type, reached
/// through the crate-private trait `Derived`, so that the type has no public inherent
/// `serialize` or `deserialize` (see the module `serde_twin`).
#[doc(hidden)]
#[proc_macro_derive(SerdeTwin, attributes(serde))]
pub fn __derive_serde_twin(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    serde_twin::derive(input)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}
