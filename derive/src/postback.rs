//! `#[derive(PostbackData)]`: see the derive's documentation in `lib.rs`.

use std::collections::HashMap;

use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::ext::IdentExt;
use syn::spanned::Spanned;
use syn::{Attribute, Data, DeriveInput, Fields, Ident, LitInt, LitStr, Type};

use crate::literal::utf16;

/// The key naming an enum's variant unless `#[postback(tag = "..")]` says otherwise; LINE's
/// documentation writes postback data as `action=buy&itemid=111`.
const DEFAULT_TAG: &str = "action";

struct Field {
    ident: Ident,
    key: String,
    ty: Type,
    max_len: Option<usize>,
}

struct Variant {
    ident: Ident,
    name: String,
    /// `None` for a unit variant.
    fields: Option<Vec<Field>>,
}

#[derive(Default)]
struct Attrs {
    rename: Option<(String, Span)>,
    tag: Option<(String, Span)>,
    max_len: Option<usize>,
}

/// Which attributes an item may carry.
#[derive(Clone, Copy, PartialEq)]
enum Place {
    Struct,
    Enum,
    Variant,
    Field,
}

fn attrs(list: &[Attribute], place: Place) -> syn::Result<Attrs> {
    let mut out = Attrs::default();
    for attr in list.iter().filter(|a| a.path().is_ident("postback")) {
        attr.parse_nested_meta(|meta| {
            let allowed = |name: &str| match place {
                Place::Struct => false,
                Place::Enum => name == "tag",
                Place::Variant => name == "rename",
                Place::Field => name == "rename" || name == "max_len",
            };
            let name = meta
                .path
                .get_ident()
                .map(ToString::to_string)
                .unwrap_or_default();
            if !allowed(&name) {
                let expected = match place {
                    Place::Struct => "a struct takes no `postback` attribute",
                    Place::Enum => "expected `tag = \"..\"` on an enum",
                    Place::Variant => "expected `rename = \"..\"` on a variant",
                    Place::Field => "expected `rename = \"..\"` or `max_len = N` on a field",
                };
                return Err(meta.error(format!("unknown postback attribute: {expected}")));
            }
            match name.as_str() {
                "max_len" => {
                    let n: LitInt = meta.value()?.parse()?;
                    out.max_len = Some(n.base10_parse()?);
                }
                _ => {
                    let s: LitStr = meta.value()?.parse()?;
                    check_word(&s.value(), s.span())?;
                    let slot = if name == "tag" {
                        &mut out.tag
                    } else {
                        &mut out.rename
                    };
                    *slot = Some((s.value(), s.span()));
                }
            }
            Ok(())
        })?;
    }
    Ok(out)
}

/// Keys and variant names are written as they are, so they may not hold what the query-string
/// form gives a meaning to.
fn check_word(s: &str, span: Span) -> syn::Result<()> {
    if s.is_empty() {
        return Err(syn::Error::new(
            span,
            "a postback data key or name cannot be empty",
        ));
    }
    if let Some(c) = s
        .chars()
        .find(|c| matches!(c, '&' | '=' | '%' | '+' | '#') || c.is_whitespace() || c.is_control())
    {
        return Err(syn::Error::new(
            span,
            format!("a postback data key or name cannot contain {c:?}"),
        ));
    }
    Ok(())
}

/// `AddToCart` -> `add_to_cart`.
fn snake_case(ident: &Ident) -> String {
    let s = ident.unraw().to_string();
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            let after_lower = i > 0 && (chars[i - 1].is_lowercase() || chars[i - 1].is_numeric());
            let before_lower = i > 0
                && chars[i - 1].is_uppercase()
                && chars.get(i + 1).is_some_and(|n| n.is_lowercase());
            if after_lower || before_lower {
                out.push('_');
            }
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

fn fields(fields: &Fields, what: &str) -> syn::Result<Option<Vec<Field>>> {
    match fields {
        Fields::Unit => Ok(None),
        Fields::Unnamed(f) => Err(syn::Error::new(
            f.span(),
            format!(
                "{what} needs named fields: postback data is `key=value` pairs, and a field's \
                 name is its key"
            ),
        )),
        Fields::Named(named) => {
            let mut out = Vec::new();
            let mut seen: HashMap<String, Ident> = HashMap::new();
            for f in &named.named {
                let ident = f.ident.clone().expect("named field");
                let a = attrs(&f.attrs, Place::Field)?;
                let (key, span) = a
                    .rename
                    .unwrap_or_else(|| (ident.unraw().to_string(), ident.span()));
                check_word(&key, span)?;
                if let Some(other) = seen.get(&key) {
                    return Err(syn::Error::new(
                        span,
                        format!("postback data key `{key}` is already the key of field `{other}`"),
                    ));
                }
                seen.insert(key.clone(), ident.clone());
                out.push(Field {
                    ident,
                    key,
                    ty: f.ty.clone(),
                    max_len: a.max_len,
                });
            }
            Ok(Some(out))
        }
    }
}

pub(crate) fn derive(input: DeriveInput) -> syn::Result<TokenStream> {
    if !input.generics.params.is_empty() {
        return Err(syn::Error::new(
            input.generics.span(),
            "#[derive(PostbackData)] does not support generic types",
        ));
    }
    let name = &input.ident;
    match &input.data {
        Data::Struct(s) => {
            attrs(&input.attrs, Place::Struct)?;
            let fields = fields(&s.fields, "a struct deriving PostbackData")?;
            Ok(derive_struct(name, fields))
        }
        Data::Enum(e) => {
            let a = attrs(&input.attrs, Place::Enum)?;
            let tag = a.tag.map_or_else(|| DEFAULT_TAG.to_owned(), |(tag, _)| tag);
            if e.variants.is_empty() {
                return Err(syn::Error::new(
                    name.span(),
                    "#[derive(PostbackData)] needs an enum with at least one variant",
                ));
            }
            let mut variants = Vec::new();
            let mut seen: HashMap<String, Ident> = HashMap::new();
            for v in &e.variants {
                let a = attrs(&v.attrs, Place::Variant)?;
                let (vname, span) = a
                    .rename
                    .unwrap_or_else(|| (snake_case(&v.ident), v.ident.span()));
                check_word(&vname, span)?;
                if let Some(other) = seen.get(&vname) {
                    return Err(syn::Error::new(
                        span,
                        format!("`{vname}` already names variant `{other}` in the postback data"),
                    ));
                }
                seen.insert(vname.clone(), v.ident.clone());
                let fields = fields(&v.fields, "a variant of postback data")?;
                if let Some(f) = fields.iter().flatten().find(|f| f.key == tag) {
                    return Err(syn::Error::new(
                        f.ident.span(),
                        format!(
                            "postback data key `{tag}` is already the tag naming the variant: \
                             rename the field or set `#[postback(tag = \"..\")]` on the enum"
                        ),
                    ));
                }
                variants.push(Variant {
                    ident: v.ident.clone(),
                    name: vname,
                    fields,
                });
            }
            Ok(derive_enum(name, &tag, &variants))
        }
        Data::Union(u) => Err(syn::Error::new(
            u.union_token.span(),
            "#[derive(PostbackData)] works on structs and enums, not unions",
        )),
    }
}

/// `Option<usize>`: the longest encoding of a field's value, or `None` if unbounded.
fn value_len(f: &Field) -> TokenStream {
    let ty = &f.ty;
    match f.max_len {
        // Each character escapes to at most 3 UTF-16 units (`%26`); other characters are kept.
        Some(n) => {
            let n = n * 3;
            quote!(::core::option::Option::Some(#n))
        }
        None => {
            quote_spanned!(ty.span()=> <#ty as ::linebot::postback::PostbackValue>::MAX_LEN)
        }
    }
}

/// Longest encoding of `prefix` (already counted as `start`) followed by `fields`.
fn variant_len(start: usize, first_has_separator: bool, fields: &[Field]) -> TokenStream {
    let parts = fields.iter().enumerate().map(|(i, f)| {
        let separator = usize::from(i > 0 || first_has_separator);
        let overhead = separator + utf16(&f.key) + 1;
        let value = value_len(f);
        quote!(::linebot::postback::__private::field_len(#overhead, #value))
    });
    quote!(::linebot::postback::__private::sum(#start, &[#(#parts),*]))
}

/// `access(i, ident)`: how the generated code reaches field `i`, named `ident`.
fn write_fields(fields: &[Field], access: impl Fn(usize, &Ident) -> TokenStream) -> TokenStream {
    let writes = fields.iter().enumerate().map(|(i, f)| {
        let key = &f.key;
        let value = access(i, &f.ident);
        quote!(__w.field(#key, #value);)
    });
    quote!(#(#writes)*)
}

fn read_fields(fields: &[Field]) -> TokenStream {
    let reads = fields.iter().map(|f| {
        let ident = &f.ident;
        let key = &f.key;
        let ty = &f.ty;
        match f.max_len {
            Some(n) => quote!(#ident: __pairs.text_field::<#ty>(#key, #n)?,),
            None => quote!(#ident: __pairs.field::<#ty>(#key)?,),
        }
    });
    quote!(#(#reads)*)
}

/// The statement refusing a variant that can encode to more than 300 characters; it runs
/// where `MAX_LEN` is computed.
fn check_limit(name: &Ident, lens: &[(String, TokenStream)]) -> TokenStream {
    let names = lens.iter().map(|(n, _)| n);
    let lens = lens.iter().map(|(_, l)| l);
    quote! {
        ::linebot::postback::__private::check_limit(
            stringify!(#name),
            &[#((#names, #lens)),*],
        );
    }
}

/// One bound per field type: an unsupported type is then one error, naming the type deriving
/// and marking the field, instead of one for each place the generated code uses it. Each bound
/// is written `for<'__field>` so that rustc checks it where the impl is used (the `MAX_LEN`
/// constant, always) rather than refusing a bound on a concrete type in the impl itself, which
/// reports the same error twice and points the user at an unstable feature. Field types may be
/// less public than the type deriving, hence `allow(private_bounds)` where this is used.
fn bounds<'a>(fields: impl Iterator<Item = &'a Field>) -> TokenStream {
    let bounds = fields.map(|f| {
        let ty = &f.ty;
        let text = f.max_len.map(|_| {
            quote_spanned!(ty.span()=> for<'__field> #ty: ::linebot::postback::__private::Text,)
        });
        quote_spanned!(ty.span()=> for<'__field> #ty: ::linebot::postback::PostbackValue, #text)
    });
    quote!(where #(#bounds)*)
}

/// Evaluates `MAX_LEN` while the crate compiles (an associated constant is evaluated only
/// when used), so the 300-character check fails `cargo check`.
fn force_max_len(name: &Ident) -> TokenStream {
    quote! {
        const _: ::core::option::Option<usize> =
            <#name as ::linebot::postback::PostbackData>::MAX_LEN;
    }
}

fn derive_struct(name: &Ident, fields: Option<Vec<Field>>) -> TokenStream {
    let fields = fields.unwrap_or_default();
    let len = variant_len(0, false, &fields);
    let check = check_limit(name, &[(name.to_string(), len.clone())]);
    let force = force_max_len(name);
    let bounds = bounds(fields.iter());
    let writes = write_fields(&fields, |_, ident| quote!(&self.#ident));
    let reads = read_fields(&fields);
    let unused = fields.is_empty().then(|| quote!(let _ = &__pairs;));
    quote! {
        #[allow(private_bounds)]
        impl ::linebot::postback::PostbackData for #name #bounds {
            const MAX_LEN: ::core::option::Option<usize> = {
                #check
                #len
            };

            fn to_postback_data(&self) -> ::std::string::String {
                let mut __w = ::linebot::postback::__private::Writer::new();
                #writes
                __w.finish()
            }

            fn from_postback_data(
                data: &str,
            ) -> ::core::result::Result<Self, ::linebot::postback::PostbackDataError> {
                let __pairs = ::linebot::postback::__private::Pairs::new(data);
                #unused
                ::core::result::Result::Ok(Self { #reads })
            }
        }
        #force
    }
}

fn derive_enum(name: &Ident, tag: &str, variants: &[Variant]) -> TokenStream {
    let tag_len = utf16(tag) + 1;
    let lens: Vec<(String, TokenStream)> = variants
        .iter()
        .map(|v| {
            let start = tag_len + utf16(&v.name);
            let fields = v.fields.as_deref().unwrap_or_default();
            (
                format!("{name}::{}", v.ident),
                variant_len(start, true, fields),
            )
        })
        .collect();
    let check = check_limit(name, &lens);
    let all_lens = lens.iter().map(|(_, l)| l);
    let names: Vec<&String> = variants.iter().map(|v| &v.name).collect();

    let write_arms = variants.iter().map(|v| {
        let ident = &v.ident;
        let vname = &v.name;
        match &v.fields {
            None => quote!(Self::#ident => __w.tag(#tag, #vname),),
            Some(fields) => {
                // Bound to generated names, so a field called `__w` cannot shadow the writer.
                let local = |i: usize| quote::format_ident!("__field{}", i);
                let idents = fields.iter().map(|f| &f.ident);
                let locals = (0..fields.len()).map(local);
                let writes = write_fields(fields, |i, _| {
                    let l = local(i);
                    quote!(#l)
                });
                quote!(Self::#ident { #(#idents: #locals),* } => { __w.tag(#tag, #vname); #writes })
            }
        }
    });
    let read_arms = variants.iter().map(|v| {
        let ident = &v.ident;
        let vname = &v.name;
        match &v.fields {
            None => quote!(#vname => ::core::result::Result::Ok(Self::#ident),),
            Some(fields) => {
                let reads = read_fields(fields);
                quote!(#vname => ::core::result::Result::Ok(Self::#ident { #reads }),)
            }
        }
    });

    let value_impl = variants.iter().all(|v| v.fields.is_none()).then(|| {
        let longest = variants.iter().map(|v| utf16(&v.name)).max().unwrap_or(0);
        let idents: Vec<&Ident> = variants.iter().map(|v| &v.ident).collect();
        let names2 = &names;
        quote! {
            impl ::linebot::postback::PostbackValue for #name {
                const MAX_LEN: ::core::option::Option<usize> =
                    ::core::option::Option::Some(#longest);

                fn write_value(&self, out: &mut ::std::string::String) {
                    out.push_str(match self { #(Self::#idents => #names2,)* });
                }

                fn read_value(
                    raw: &str,
                ) -> ::core::result::Result<Self, ::linebot::postback::InvalidValue> {
                    match raw {
                        #(#names2 => ::core::result::Result::Ok(Self::#idents),)*
                        _ => ::core::result::Result::Err(
                            ::linebot::postback::InvalidValue::one_of(&[#(#names),*]),
                        ),
                    }
                }
            }
        }
    });

    let force = force_max_len(name);
    let bounds = bounds(variants.iter().flat_map(|v| v.fields.iter().flatten()));
    quote! {
        #[allow(private_bounds)]
        impl ::linebot::postback::PostbackData for #name #bounds {
            const MAX_LEN: ::core::option::Option<usize> = {
                #check
                ::linebot::postback::__private::longest(&[#(#all_lens),*])
            };

            fn to_postback_data(&self) -> ::std::string::String {
                let mut __w = ::linebot::postback::__private::Writer::new();
                match self { #(#write_arms)* }
                __w.finish()
            }

            fn from_postback_data(
                data: &str,
            ) -> ::core::result::Result<Self, ::linebot::postback::PostbackDataError> {
                let __pairs = ::linebot::postback::__private::Pairs::new(data);
                let __tag = __pairs.tag(#tag)?;
                match &*__tag {
                    #(#read_arms)*
                    _ => ::core::result::Result::Err(
                        ::linebot::postback::__private::unknown_variant(
                            #tag, &__tag, &[#(#names),*],
                        ),
                    ),
                }
            }
        }
        #value_impl
        #force
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variant_names_default_to_snake_case() {
        let cases = [
            ("Buy", "buy"),
            ("AddToCart", "add_to_cart"),
            ("HTTPGet", "http_get"),
            ("Page2Next", "page2_next"),
            ("already_snake", "already_snake"),
        ];
        for (ident, want) in cases {
            let ident = Ident::new(ident, Span::call_site());
            assert_eq!(snake_case(&ident), want);
        }
    }

    #[test]
    fn keys_may_not_hold_query_string_syntax() {
        for bad in ["", "a&b", "a=b", "100%", "a+b", "#x", "a b", "a\nb"] {
            assert!(check_word(bad, Span::call_site()).is_err(), "{bad:?}");
        }
        for good in ["itemid", "item_id", "item-id", "商品", "a.b"] {
            assert!(check_word(good, Span::call_site()).is_ok(), "{good:?}");
        }
    }
}
