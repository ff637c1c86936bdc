//! `#[derive(SerdeTwin)]`, used by `linebot` itself: serde's derive for a type that writes its
//! own `Serialize` and `Deserialize` around the derived code, without giving the type public
//! inherent `serialize` and `deserialize` functions.
//!
//! `#[serde(remote = "Self")]` on the type would put the derived code in inherent functions of
//! the type itself, public where the type is, and `Type::deserialize(d)` names an inherent
//! function before a trait method: a user's call would skip what the trait impl adds. Here the
//! derive goes on a private twin with the same fields and serde attributes (`remote` pointing
//! at the type, renamed to the type's name), and the type reaches the twin's functions through
//! `linebot`'s crate-private trait `Derived`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::{Attribute, Data, DeriveInput, Fields};

pub(crate) fn derive(input: DeriveInput) -> syn::Result<TokenStream> {
    let name = &input.ident;
    let Data::Struct(data) = &input.data else {
        return Err(syn::Error::new_spanned(
            name,
            "SerdeTwin derives structs only",
        ));
    };
    let Fields::Named(fields) = &data.fields else {
        return Err(syn::Error::new_spanned(
            name,
            "SerdeTwin derives structs with named fields only",
        ));
    };
    if !input.generics.params.is_empty() {
        return Err(syn::Error::new_spanned(
            &input.generics,
            "SerdeTwin derives structs without generics only",
        ));
    }
    let twin = format_ident!("__{}Serde", name);
    let name_str = name.to_string();
    let container = serde_attributes(&input.attrs);
    let fields = fields.named.iter().map(|field| {
        let attrs = serde_attributes(&field.attrs);
        let (ident, ty) = (&field.ident, &field.ty);
        quote! { #(#attrs)* #ident: #ty }
    });
    Ok(quote! {
        #[derive(::serde::Serialize, ::serde::Deserialize)]
        #[serde(remote = #name_str, rename = #name_str)]
        #(#container)*
        #[allow(dead_code, reason = "only its derived functions are used")]
        struct #twin { #(#fields),* }

        impl crate::message::flex::units::Derived for #name {
            #[inline(always)]
            fn derived_serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                #twin::serialize(self, serializer)
            }

            #[inline(always)]
            fn derived_deserialize<'de, D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                #twin::deserialize(deserializer)
            }
        }
    })
}

fn serde_attributes(attrs: &[Attribute]) -> Vec<&Attribute> {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("serde"))
        .collect()
}
