//! String literals checked while the crate compiles, counted exactly as `linebot`'s runtime
//! validator counts them (`validate::grapheme_len`, `validate::utf16_len`).

use proc_macro::TokenStream;
use proc_macro2::{TokenStream as TokenStream2, TokenTree};
use quote::quote;
use syn::parse::{Parse, ParseStream};
use syn::{LitInt, LitStr, Token};
use unicode_segmentation::UnicodeSegmentation;

/// Which literal macro is expanding.
#[derive(Clone, Copy)]
pub(crate) enum Kind {
    Label,
    AltText,
    PostbackData,
    MessageText,
    HttpsUrl,
}

/// `(crate path, "literal", max)`, as the `macro_rules!` wrappers in `linebot` pass them;
/// `label!` passes two limits, `(crate path, "literal", everywhere, flex)`.
struct Args {
    krate: TokenStream2,
    lit: LitStr,
    max: usize,
    flex_max: Option<usize>,
}

impl Parse for Args {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let mut krate = TokenStream2::new();
        while !input.peek(Token![,]) {
            krate.extend([input.parse::<TokenTree>()?]);
        }
        input.parse::<Token![,]>()?;
        let lit = input.parse()?;
        input.parse::<Token![,]>()?;
        let max = input.parse::<LitInt>()?.base10_parse()?;
        let flex_max = if input.parse::<Option<Token![,]>>()?.is_some() {
            Some(input.parse::<LitInt>()?.base10_parse()?)
        } else {
            None
        };
        Ok(Args {
            krate,
            lit,
            max,
            flex_max,
        })
    }
}

pub(crate) fn expand(input: TokenStream, kind: Kind) -> TokenStream {
    let args = syn::parse_macro_input!(input as Args);
    let limit = args.flex_max.unwrap_or(args.max);
    match check(&args.lit.value(), limit, kind, args.max) {
        Ok(len) => {
            let Args { krate, lit, .. } = args;
            // A label carries where it fits: every action, or flex messages only.
            let fit = if len <= args.max {
                quote!(Standard)
            } else {
                quote!(FlexOnly)
            };
            let ty = match kind {
                Kind::Label => quote!(Label::<#krate::literal::#fit>),
                Kind::AltText => quote!(AltText),
                Kind::PostbackData => quote!(PostbackData),
                Kind::MessageText => quote!(MessageText),
                Kind::HttpsUrl => quote!(HttpsUrl),
            };
            quote!(#krate::literal::#ty::__checked(#lit, #len)).into()
        }
        Err(message) => syn::Error::new(args.lit.span(), message)
            .into_compile_error()
            .into(),
    }
}

/// Grapheme clusters, as LINE counts action labels and template texts.
pub(crate) fn graphemes(s: &str) -> usize {
    s.graphemes(true).count()
}

/// UTF-16 code units, as LINE counts message texts, alt texts and postback data.
pub(crate) fn utf16(s: &str) -> usize {
    s.encode_utf16().count()
}

/// The literal's length as LINE counts it, or why it breaks the rule.
/// For labels `max` is the flex limit and `everywhere` the limit of every other action.
fn check(s: &str, max: usize, kind: Kind, everywhere: usize) -> Result<usize, String> {
    match kind {
        Kind::Label => {
            let n = graphemes(s);
            if n == 0 {
                Err(
                    "an action label holds 1 or more characters, but this one is empty \
                     (LINE rule V04)"
                        .to_owned(),
                )
            } else if n > max {
                Err(format!(
                    "an action label holds at most {max} characters (grapheme clusters) in a \
                     flex message and {everywhere} elsewhere, but this one has {n} (LINE rule \
                     V04)"
                ))
            } else {
                Ok(n)
            }
        }
        Kind::AltText => nonempty_utf16(s, max, "alt text holds", "V03"),
        Kind::MessageText => nonempty_utf16(s, max, "a text message holds", "V01"),
        Kind::PostbackData => {
            let n = utf16(s);
            if n > max {
                Err(format!(
                    "postback data holds at most {max} characters (UTF-16 code units), but \
                     this one has {n} (LINE rule V05)"
                ))
            } else {
                Ok(n)
            }
        }
        Kind::HttpsUrl => https_url(s, max),
    }
}

fn nonempty_utf16(s: &str, max: usize, what: &str, rule: &str) -> Result<usize, String> {
    let n = utf16(s);
    if n == 0 || n > max {
        let has = if n == 0 {
            "this one is empty".to_owned()
        } else {
            format!("this one has {n}")
        };
        Err(format!(
            "{what} 1 to {max} characters (UTF-16 code units), but {has} (LINE rule {rule})"
        ))
    } else {
        Ok(n)
    }
}

fn https_url(s: &str, max: usize) -> Result<usize, String> {
    let rest = s
        .get(..8)
        .filter(|scheme| scheme.eq_ignore_ascii_case("https://"))
        .map(|_| &s[8..]);
    match rest {
        Some(rest) if !rest.is_empty() && !rest.starts_with('/') => {}
        _ => {
            return Err(
                "a media URL must be an absolute https:// URL with a host (LINE rule V09)".into(),
            );
        }
    }
    if s.chars().any(|c| c == ' ' || c.is_control()) {
        return Err("a URL cannot contain spaces or control characters (LINE rule V09)".into());
    }
    let n = s.chars().count();
    if n > max {
        return Err(format!(
            "a media URL holds at most {max} characters, but this one has {n} (LINE rule V09)"
        ));
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_exact_and_limits_inclusive() {
        // 16 grapheme clusters of Thai in 21 code points.
        assert_eq!(check("ดูรายละเอียดเพิ่มเติม", 40, Kind::Label, 20), Ok(16));
        assert_eq!(check(&"👍🏽".repeat(40), 40, Kind::Label, 20), Ok(40));
        assert!(check(&"👍🏽".repeat(41), 40, Kind::Label, 20).is_err());
        assert!(check("", 40, Kind::Label, 20).is_err());
        assert_eq!(
            check(&"🍎".repeat(150), 300, Kind::PostbackData, 300),
            Ok(300)
        );
        assert!(
            check(
                &format!("{}x", "🍎".repeat(150)),
                300,
                Kind::PostbackData,
                300
            )
            .is_err()
        );
        assert_eq!(check("", 300, Kind::PostbackData, 300), Ok(0));
        assert!(check("", 5000, Kind::MessageText, 5000).is_err());
        assert!(check("", 1500, Kind::AltText, 1500).is_err());
    }

    #[test]
    fn https_urls() {
        assert!(check("https://example.com/a.png", 2000, Kind::HttpsUrl, 2000).is_ok());
        assert!(check("HTTPS://example.com/a.png", 2000, Kind::HttpsUrl, 2000).is_ok());
        for bad in [
            "http://example.com",
            "https://",
            "https:///a",
            "https://a b",
            "ftp://x",
        ] {
            assert!(check(bad, 2000, Kind::HttpsUrl, 2000).is_err(), "{bad}");
        }
        // Counted in characters, as the validator does: 2000 non-ASCII characters pass.
        let long = format!("https://example.com/{}", "é".repeat(2000 - 20));
        assert_eq!(check(&long, 2000, Kind::HttpsUrl, 2000), Ok(2000));
        assert!(check(&format!("{long}é"), 2000, Kind::HttpsUrl, 2000).is_err());
    }
}
