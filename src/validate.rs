//! Runtime validation: the rules the type system cannot see.
//!
//! String lengths, URL schemes, colors, and (for objects deserialized from JSON) the count and
//! context rules the builders enforce at compile time. [`Validate::validate`] walks an object and
//! reports **every** violation at once, each with the JSON path LINE itself would name in
//! `details[].property` (for example `messages[0].template.actions[2].label`), the limit in
//! plain numbers, and the id of the broken rule in the [rule table](crate::rules)
//! ([`Violation::rule`]):
//! `quickReply.items[0].action.label: must be at most 20 characters, found 22 (LINE rule V04)`.
//!
//! It refuses only what LINE rejects. What LINE accepts but ignores or advises against (an
//! `altUri` on a quick reply, the deprecated postback `text`) is a warning of
//! [`lint`](crate::lint), which never fails validation. Kinds and values LINE may add later
//! pass; a `type` or keyword that differs from a known one only by case is reported with the
//! known spelling.
//!
//! ```
//! use linebot::validate::{Validate, Path, Violations};
//!
//! struct Greeting { text: String }
//! impl Validate for Greeting {
//!     fn validate_at(&self, path: &mut Path, out: &mut Violations) {
//!         path.field("text", |p| linebot::validate::max_utf16(&self.text, 10, p, out));
//!     }
//! }
//! let err = Greeting { text: "Hello, world!".into() }.validate().unwrap_err();
//! assert_eq!(err.violations()[0].path(), "text");
//! ```

use std::fmt;

use unicode_segmentation::UnicodeSegmentation;

/// A JSON path under construction, in LINE's notation: `messages[1].template.actions[0].label`.
///
/// Validators push a segment, check, and pop it again; [`Path::field`] and [`Path::index`] do both.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Path {
    buf: String,
    rule: Option<&'static str>,
}

impl Path {
    /// An empty path (the object being validated is the root).
    pub fn root() -> Self {
        Self::default()
    }

    /// A path that starts at `prefix` (for example `messages[0]` when a message is validated
    /// as part of a request).
    pub fn at(prefix: &str) -> Self {
        Self {
            buf: prefix.to_owned(),
            rule: None,
        }
    }

    /// Runs `f` with `id` (a rule of the [rule table](crate::rules), such as `"V04"`) as the
    /// rule every violation recorded inside names, then restores the previous one.
    pub fn rule<R>(&mut self, id: &'static str, f: impl FnOnce(&mut Path) -> R) -> R {
        let outer = self.rule.replace(id);
        let r = f(self);
        self.rule = outer;
        r
    }

    /// The rule violations recorded here name, if one was set with [`Path::rule`].
    pub fn current_rule(&self) -> Option<&'static str> {
        self.rule
    }

    /// Runs `f` with `name` appended as an object member (`.name`), then removes it.
    pub fn field<R>(&mut self, name: &str, f: impl FnOnce(&mut Path) -> R) -> R {
        let len = self.buf.len();
        if !self.buf.is_empty() {
            self.buf.push('.');
        }
        self.buf.push_str(name);
        let r = f(self);
        self.buf.truncate(len);
        r
    }

    /// Runs `f` with `[index]` appended as an array element, then removes it.
    pub fn index<R>(&mut self, index: usize, f: impl FnOnce(&mut Path) -> R) -> R {
        use std::fmt::Write as _;
        let len = self.buf.len();
        let _ = write!(self.buf, "[{index}]");
        let r = f(self);
        self.buf.truncate(len);
        r
    }

    /// The path as LINE writes it.
    pub fn as_str(&self) -> &str {
        &self.buf
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.buf)
    }
}

/// What is wrong with one value. Carries the numbers, so callers can react without parsing text.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ViolationKind {
    /// A string is longer than its limit, counted the way LINE counts that field.
    TooLong {
        /// The limit.
        max: usize,
        /// The length found.
        actual: usize,
        /// How characters were counted.
        unit: CountUnit,
    },
    /// A string is shorter than its minimum (usually: empty where text is required).
    TooShort {
        /// The minimum.
        min: usize,
        /// The length found.
        actual: usize,
        /// How characters were counted.
        unit: CountUnit,
    },
    /// An array holds more items than allowed.
    TooMany {
        /// The limit.
        max: usize,
        /// The number found.
        actual: usize,
    },
    /// An array holds fewer items than required.
    TooFew {
        /// The minimum.
        min: usize,
        /// The number found.
        actual: usize,
    },
    /// A required field is missing.
    Missing,
    /// A value is not of the required form (URL scheme, color, date format, pattern...).
    Invalid {
        /// What was expected, in words.
        expected: String,
    },
    /// An object or field is not allowed where it stands (a camera action on a template
    /// button, a video outside a bubble's hero...).
    NotAllowed {
        /// Why, in words.
        reason: String,
    },
}

/// How a string length was counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountUnit {
    /// UTF-16 code units (an emoji such as 🍎 counts 2): LINE's rule for message text.
    Utf16,
    /// Grapheme clusters (what a reader sees as one character): LINE's rule for labels and
    /// template texts.
    Grapheme,
    /// Unicode scalar values (Rust `char`s).
    Char,
}

impl fmt::Display for CountUnit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CountUnit::Utf16 => "UTF-16 code units",
            CountUnit::Grapheme => "characters",
            CountUnit::Char => "characters",
        })
    }
}

/// One broken rule at one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    path: String,
    kind: ViolationKind,
    rule: Option<&'static str>,
}

impl Violation {
    /// A violation at `path`, of the rule `path` names (see [`Path::rule`]).
    pub fn new(path: &Path, kind: ViolationKind) -> Self {
        Self {
            path: path.as_str().to_owned(),
            kind,
            rule: path.rule,
        }
    }

    /// The id of the broken rule in the [rule table](crate::rules) (`"V04"`), when known.
    pub fn rule(&self) -> Option<&'static str> {
        self.rule
    }

    /// The JSON path of the offending value, as LINE names it.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// What is wrong.
    pub fn kind(&self) -> &ViolationKind {
        &self.kind
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.is_empty() {
            "(root)"
        } else {
            &self.path
        };
        match &self.kind {
            ViolationKind::TooLong { max, actual, unit } => {
                write!(f, "{path}: must be at most {max} {unit}, found {actual}")
            }
            ViolationKind::TooShort {
                min: 1, actual: 0, ..
            } => write!(f, "{path}: must not be empty"),
            ViolationKind::TooShort { min, actual, unit } => {
                write!(f, "{path}: must be at least {min} {unit}, found {actual}")
            }
            ViolationKind::TooMany { max, actual } => {
                write!(f, "{path}: at most {max} items allowed, found {actual}")
            }
            ViolationKind::TooFew { min, actual } => {
                write!(f, "{path}: at least {min} items required, found {actual}")
            }
            ViolationKind::Missing => write!(f, "{path}: required, but missing"),
            ViolationKind::Invalid { expected } => write!(f, "{path}: must be {expected}"),
            ViolationKind::NotAllowed { reason } => write!(f, "{path}: not allowed: {reason}"),
        }?;
        match self.rule {
            Some(rule) => write!(f, " (LINE rule {rule})"),
            None => Ok(()),
        }
    }
}

/// The violations collected during one validation.
pub type Violations = Vec<Violation>;

/// Every rule an object broke, each with its JSON path. Returned by [`Validate::validate`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{} validation error(s): {}", .violations.len(), DisplayList(.violations))]
pub struct ValidationError {
    violations: Vec<Violation>,
}

struct DisplayList<'a>(&'a [Violation]);

impl fmt::Display for DisplayList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, v) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{v}")?;
        }
        Ok(())
    }
}

impl ValidationError {
    /// Wraps a non-empty list of violations.
    pub fn new(violations: Vec<Violation>) -> Self {
        Self { violations }
    }

    /// The violations, in the order the object was walked.
    pub fn violations(&self) -> &[Violation] {
        &self.violations
    }

    /// Consumes the error, returning the violations.
    pub fn into_violations(self) -> Vec<Violation> {
        self.violations
    }

    /// The JSON paths of all violations, in order (handy in tests).
    pub fn paths(&self) -> Vec<&str> {
        self.violations.iter().map(Violation::path).collect()
    }
}

/// An object whose rules can be checked at run time.
///
/// Implementors write [`Validate::validate_at`]; callers use [`Validate::validate`].
pub trait Validate {
    /// Appends every violation found in `self` to `out`, with paths relative to `path`.
    fn validate_at(&self, path: &mut Path, out: &mut Violations);

    /// Checks every rule, returning all violations at once.
    ///
    /// # Errors
    /// [`ValidationError`] listing every violation with its JSON path.
    fn validate(&self) -> Result<(), ValidationError> {
        let mut out = Vec::new();
        self.validate_at(&mut Path::root(), &mut out);
        into_result(out)
    }
}

/// `Ok` when nothing was found, otherwise the violations as one error.
pub(crate) fn into_result(out: Violations) -> Result<(), ValidationError> {
    if out.is_empty() {
        Ok(())
    } else {
        Err(ValidationError::new(out))
    }
}

impl<T: Validate + ?Sized> Validate for &T {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        (**self).validate_at(path, out)
    }
}

impl<T: Validate> Validate for Option<T> {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        if let Some(v) = self {
            v.validate_at(path, out)
        }
    }
}

impl<T: Validate> Validate for Box<T> {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        (**self).validate_at(path, out)
    }
}

/// Length of `s` in UTF-16 code units, as LINE counts message text.
pub fn utf16_len(s: &str) -> usize {
    // Every char is 1 or 2 code units; ASCII-only strings are the common, fast case.
    if s.is_ascii() {
        s.len()
    } else {
        s.encode_utf16().count()
    }
}

/// Length of `s` in extended grapheme clusters, as LINE counts labels and template texts.
pub fn grapheme_len(s: &str) -> usize {
    // In ASCII only "\r\n" joins two chars into one cluster.
    if s.is_ascii() {
        s.len() - s.matches("\r\n").count()
    } else {
        s.graphemes(true).count()
    }
}

fn check_len(
    actual: usize,
    min: usize,
    max: usize,
    unit: CountUnit,
    path: &Path,
    out: &mut Violations,
) {
    if actual > max {
        out.push(Violation::new(
            path,
            ViolationKind::TooLong { max, actual, unit },
        ));
    } else if actual < min {
        out.push(Violation::new(
            path,
            ViolationKind::TooShort { min, actual, unit },
        ));
    }
}

/// Checks that `s` has at most `max` UTF-16 code units.
pub fn max_utf16(s: &str, max: usize, path: &Path, out: &mut Violations) {
    check_len(utf16_len(s), 0, max, CountUnit::Utf16, path, out)
}

/// Checks that `s` has 1 to `max` UTF-16 code units.
pub fn nonempty_utf16(s: &str, max: usize, path: &Path, out: &mut Violations) {
    check_len(utf16_len(s), 1, max, CountUnit::Utf16, path, out)
}

/// Checks that `s` has at most `max` grapheme clusters.
pub fn max_graphemes(s: &str, max: usize, path: &Path, out: &mut Violations) {
    check_len(grapheme_len(s), 0, max, CountUnit::Grapheme, path, out)
}

/// Checks that `s` has 1 to `max` grapheme clusters.
pub fn nonempty_graphemes(s: &str, max: usize, path: &Path, out: &mut Violations) {
    check_len(grapheme_len(s), 1, max, CountUnit::Grapheme, path, out)
}

/// Checks that `s` has at most `max` chars (Unicode scalar values).
pub fn max_chars(s: &str, max: usize, path: &Path, out: &mut Violations) {
    check_len(s.chars().count(), 0, max, CountUnit::Char, path, out)
}

/// Checks an item count against `min..=max`.
pub fn count(actual: usize, min: usize, max: usize, path: &Path, out: &mut Violations) {
    if actual > max {
        out.push(Violation::new(path, ViolationKind::TooMany { max, actual }));
    } else if actual < min {
        out.push(Violation::new(path, ViolationKind::TooFew { min, actual }));
    }
}

/// Records that a required field is missing.
pub fn missing(path: &Path, out: &mut Violations) {
    out.push(Violation::new(path, ViolationKind::Missing));
}

/// Records a required string that is empty (LINE rejects an empty ID or token as missing).
pub fn required(s: &str, path: &Path, out: &mut Violations) {
    if s.is_empty() {
        missing(path, out);
    }
}

/// Checks an object kept as JSON because it did not deserialize into a known kind: if its
/// `type` is one of `known`, it is a malformed object of that kind (a required field missing
/// or of the wrong type), which LINE rejects; a truly new kind passes.
///
/// For kinds that have a type of their own, [`well_formed`] says more (serde's reason); this
/// serves enum variants that have none.
pub fn unknown_kind(value: &serde_json::Value, known: &[&str], path: &Path, out: &mut Violations) {
    if let Some(kind) = value.get("type").and_then(|t| t.as_str())
        && known.contains(&kind)
    {
        invalid(
            format!(
                "a well-formed `{kind}` object (a required field is missing or has the wrong type)"
            ),
            path,
            out,
        );
    }
}

/// Checks an `Unknown` variant of the enum `T` (kept as JSON) against the kinds `known`: JSON
/// that parses as a known variant of `T` (built by hand) is returned, to be checked as its kind;
/// a known kind that does not parse is recorded as malformed; a `type` that differs from a known
/// one only by case is recorded with the known spelling; a new kind passes. `is_unknown` tells
/// whether a parsed `T` is still the `Unknown` variant.
pub fn reparse_unknown<T: serde::de::DeserializeOwned>(
    value: &serde_json::Value,
    known: &[&'static str],
    is_unknown: impl Fn(&T) -> bool,
    path: &mut Path,
    out: &mut Violations,
) -> Option<T> {
    let kind = value.get("type").and_then(|t| t.as_str())?;
    if known.contains(&kind) {
        match T::deserialize(value) {
            Ok(t) if !is_unknown(&t) => return Some(t),
            _ => unknown_kind(value, known, path, out),
        }
    } else if let Some(k) = case_only_misspelling(kind, known) {
        misspelled_kind(kind, k, path, out);
    }
    None
}

/// Records a value that does not have the required form.
pub fn invalid(expected: impl Into<String>, path: &Path, out: &mut Violations) {
    out.push(Violation::new(
        path,
        ViolationKind::Invalid {
            expected: expected.into(),
        },
    ));
}

/// Records an object that is not allowed where it stands.
pub fn not_allowed(reason: impl Into<String>, path: &Path, out: &mut Violations) {
    out.push(Violation::new(
        path,
        ViolationKind::NotAllowed {
            reason: reason.into(),
        },
    ));
}

/// The URL schemes a URL field accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Schemes {
    /// `https` only: image, video, audio, imagemap and flex media URLs.
    Https,
    /// `http`, `https`, `line` or `tel`: URI actions.
    UriAction,
    /// Any scheme: URI actions in rich menus and Flex Messages, which may open another app by
    /// its own URL scheme ("Use LINE features with the LINE URL scheme").
    AnyApp,
}

impl Schemes {
    fn accepts(self, scheme: &str) -> bool {
        match self {
            Schemes::Https => scheme == "https",
            Schemes::UriAction => matches!(scheme, "http" | "https" | "line" | "tel"),
            Schemes::AnyApp => true,
        }
    }

    fn describe(self) -> &'static str {
        match self {
            Schemes::Https => "an absolute https URL",
            Schemes::UriAction => "an absolute URL with scheme http, https, line or tel",
            Schemes::AnyApp => "an absolute URL",
        }
    }
}

/// Checks that `s` is an absolute URL of an accepted scheme and at most `max` characters.
pub fn url(s: &str, schemes: Schemes, max: usize, path: &Path, out: &mut Violations) {
    check_len(s.chars().count(), 1, max, CountUnit::Char, path, out);
    if s.is_empty() {
        return;
    }
    match url::Url::parse(s) {
        Ok(u) if schemes.accepts(u.scheme()) => {}
        _ => invalid(schemes.describe(), path, out),
    }
}

/// Checks that `s` is an RGB color `#RRGGBB` (the form template image backgrounds take).
pub fn rgb_color(s: &str, path: &Path, out: &mut Violations) {
    if !(s.len() == 7 && is_color(s)) {
        invalid("an RGB color `#RRGGBB`", path, out);
    }
}

/// Checks a value kept as raw JSON (an `Unknown` variant) whose `type` names a kind this crate
/// knows: it only lands there when it does not parse as that kind, so this records why, in
/// serde's words (`missing field \`text\``), instead of letting it pass as "unknown".
pub fn well_formed<T: serde::de::DeserializeOwned>(
    value: &serde_json::Value,
    what: &str,
    path: &Path,
    out: &mut Violations,
) {
    if let Err(e) = T::deserialize(value) {
        invalid(format!("a well-formed {what} ({e})"), path, out);
    }
}

/// Reads a value kept as raw JSON (an `Unknown` variant) whose `type` names a kind this crate
/// knows, as that kind. Built by hand (`Action::Unknown(json!(..))`), it may be well-formed: then
/// it is returned, to be checked as its kind. Otherwise the reason it does not parse is recorded,
/// as [`well_formed`] does, and `None` returned.
pub fn known_kind<T: serde::de::DeserializeOwned>(
    value: &serde_json::Value,
    what: &str,
    path: &Path,
    out: &mut Violations,
) -> Option<T> {
    match T::deserialize(value) {
        Ok(t) => Some(t),
        Err(e) => {
            invalid(format!("a well-formed {what} ({e})"), path, out);
            None
        }
    }
}

/// An internally tagged enum whose `Unknown` variant may hold the JSON of a kind this version
/// models: one that did not parse, or one built by hand (`Action::Unknown(json!(..))`). Written
/// by the same macro, from the same list of kinds, as the enum's `Serialize`.
pub(crate) trait KnownKinds: Sized {
    /// The `type`s of the kinds this version models.
    const KINDS: &'static [&'static str];

    /// `value`, whose `type` is `kind`, read as that kind; `None` when `kind` is not one of
    /// [`KINDS`](Self::KINDS), or when the JSON does not parse (then recorded, as
    /// [`known_kind`] does, as not a well-formed `what`).
    fn known(
        kind: &str,
        value: &serde_json::Value,
        what: &str,
        path: &Path,
        out: &mut Violations,
    ) -> Option<Self>;
}

/// Checks the JSON of an `Unknown` variant of `T` whose `type` is `kind`. A kind this version
/// models is read as that kind and returned, to be checked as such (when it does not parse, the
/// reason is recorded, naming it `what(kind)`, and `None` returned); a `type` that differs from a
/// known one only by letter case is recorded with the known spelling; a kind LINE added later
/// passes.
pub(crate) fn unknown_of<T: KnownKinds>(
    kind: &str,
    value: &serde_json::Value,
    what: impl FnOnce(&str) -> String,
    path: &mut Path,
    out: &mut Violations,
) -> Option<T> {
    if T::KINDS.contains(&kind) {
        return T::known(kind, value, &what(kind), path, out);
    }
    if let Some(known) = case_only_misspelling(kind, T::KINDS) {
        misspelled_kind(kind, known, path, out);
    }
    None
}

/// The known spelling of `found` when it differs from one of `known` only by letter case
/// (`"Postback"` for `"postback"`): LINE's type names and keywords are case-sensitive, so such a
/// value is a typo, not a kind LINE added later.
pub fn case_only_misspelling(found: &str, known: &[&'static str]) -> Option<&'static str> {
    known
        .iter()
        .find(|k| **k != found && k.eq_ignore_ascii_case(found))
        .copied()
}

/// Records the `type` of an `Unknown` object that differs from a known kind only by letter case.
pub fn misspelled_kind(found: &str, known: &'static str, path: &mut Path, out: &mut Violations) {
    path.field("type", |p| {
        invalid(
            format!(
                "`{known}`: type names are case-sensitive, and `{found}` is not a kind LINE knows"
            ),
            p,
            out,
        )
    });
}

/// Records a keyword value that is none of `known` (an `Unknown` variant of a keyword enum such
/// as `imageAspectRatio` or `inputOption`), naming the known spelling of a case-only typo.
pub fn keyword(found: &str, known: &[&'static str], path: &Path, out: &mut Violations) {
    let list = known
        .iter()
        .map(|k| format!("`{k}`"))
        .collect::<Vec<_>>()
        .join(", ");
    let expected = match case_only_misspelling(found, known) {
        Some(k) => format!("one of {list} (did you mean `{k}`? values are case-sensitive)"),
        None => format!("one of {list}, not `{found}`"),
    };
    invalid(expected, path, out);
}

/// Whether `s` is a color LINE accepts: `#RRGGBB` or `#RRGGBBAA` in hexadecimal digits (rule V13).
/// Usable in constants.
pub const fn is_color(s: &str) -> bool {
    let b = s.as_bytes();
    if !(b.len() == 7 || b.len() == 9) || b[0] != b'#' {
        return false;
    }
    let mut i = 1;
    while i < b.len() {
        if !b[i].is_ascii_hexdigit() {
            return false;
        }
        i += 1;
    }
    true
}

/// Checks that `s` is a color: `#RRGGBB` or `#RRGGBBAA` (rule V13).
pub fn color(s: &str, path: &Path, out: &mut Violations) {
    if !is_color(s) {
        invalid(
            "a color `#RRGGBB` or `#RRGGBBAA` in hexadecimal digits",
            path,
            out,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_nest_and_unwind() {
        let mut p = Path::at("messages");
        let s = p.index(1, |p| {
            p.field("template", |p| {
                p.field("actions", |p| {
                    p.index(0, |p| p.field("label", |p| p.to_string()))
                })
            })
        });
        assert_eq!(s, "messages[1].template.actions[0].label");
        assert_eq!(p.as_str(), "messages");
    }

    #[test]
    fn counting_follows_line() {
        assert_eq!(utf16_len("🍎"), 2);
        assert_eq!(grapheme_len("🍎"), 1);
        assert_eq!(grapheme_len("👨‍👩‍👧"), 1);
        assert_eq!(utf16_len("abc"), 3);
        assert_eq!(grapheme_len("e\u{301}"), 1);
        assert_eq!(grapheme_len("a\r\nb"), 3);
    }

    #[test]
    fn url_schemes() {
        let mut out = Vec::new();
        let p = Path::at("u");
        url(
            "https://example.com/a.png",
            Schemes::Https,
            2000,
            &p,
            &mut out,
        );
        url("tel:+81312345678", Schemes::UriAction, 1000, &p, &mut out);
        assert!(out.is_empty(), "{out:?}");
        url(
            "http://example.com/a.png",
            Schemes::Https,
            2000,
            &p,
            &mut out,
        );
        url("ftp://example.com", Schemes::UriAction, 1000, &p, &mut out);
        url("not a url", Schemes::UriAction, 1000, &p, &mut out);
        assert_eq!(out.len(), 3);
    }

    #[test]
    fn colors() {
        for ok in ["#ffffff", "#00B900", "#12345678"] {
            assert!(is_color(ok), "{ok}");
        }
        for bad in ["ffffff", "#fff", "#fffffg", "#1234567", "#123456789", ""] {
            assert!(!is_color(bad), "{bad}");
        }
    }

    #[test]
    fn error_lists_every_violation() {
        let p = Path::at("a");
        let mut out = Vec::new();
        max_utf16("hello", 3, &p, &mut out);
        count(6, 1, 5, &p, &mut out);
        let e = ValidationError::new(out);
        assert_eq!(
            e.to_string(),
            "2 validation error(s): a: must be at most 3 UTF-16 code units, found 5; a: at most 5 items allowed, found 6"
        );
    }
}
