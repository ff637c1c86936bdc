//! Text messages: `text` (with LINE emojis at `$` placeholders) and `textV2` (with mentions and
//! emojis at `{key}` placeholders).
//!
//! ```
//! use linebot::message::{TextMessage, TextMessageV2};
//!
//! let text = TextMessage::new("$ Hello!").emoji(0, "5ac1bfd5040ab15980c9b435", "001");
//! let v2 = TextMessageV2::new("Welcome, {user}! {smile}")
//!     .mention_user("user", "U4af4980629...")
//!     .emoji("smile", "5ac1bfd5040ab15980c9b435", "002");
//! assert_eq!(
//!     serde_json::to_string(&text).unwrap(),
//!     r#"{"text":"$ Hello!","emojis":[{"index":0,"productId":"5ac1bfd5040ab15980c9b435","emojiId":"001"}]}"#
//! );
//! # let _ = v2;
//! ```

use crate::Str;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{QuickReply, Sender};
use crate::limits;
use crate::validate::{self, Path, Validate, Violations};

/// `text` message: <https://developers.line.biz/en/reference/messaging-api/#text-message>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TextMessage {
    /// Message text (1 to 5000 UTF-16 code units); `$` marks where each LINE emoji goes.
    pub text: Str,
    /// LINE emojis (up to 20), each replacing the `$` at its `index`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub emojis: Vec<Emoji>,
    /// Quote token of the message to quote.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote_token: Option<Str>,
    /// Quick reply buttons shown with the message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quick_reply: Option<QuickReply>,
    /// Icon and display name shown instead of the account's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender: Option<Sender>,
}

/// A LINE emoji in a text message.
/// <https://developers.line.biz/en/reference/messaging-api/#text-message>
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Emoji {
    /// Position of the `$` placeholder in the text, in UTF-16 code units from 0.
    pub index: usize,
    /// Product ID of the emoji set.
    pub product_id: Str,
    /// ID of the emoji in the set.
    pub emoji_id: Str,
}

impl TextMessage {
    /// A text message (1 to 5000 UTF-16 code units).
    pub fn new(text: impl Into<Str>) -> Self {
        Self {
            text: text.into(),
            emojis: Vec::new(),
            quote_token: None,
            quick_reply: None,
            sender: None,
        }
    }

    /// Puts the LINE emoji `emoji_id` of set `product_id` at the `$` found at `index` (UTF-16
    /// code units from 0). Up to 20 per message.
    pub fn emoji(
        mut self,
        index: usize,
        product_id: impl Into<Str>,
        emoji_id: impl Into<Str>,
    ) -> Self {
        self.emojis.push(Emoji {
            index,
            product_id: product_id.into(),
            emoji_id: emoji_id.into(),
        });
        self
    }

    /// Quotes the message whose quote token is `token`.
    pub fn quote_token(mut self, token: impl Into<Str>) -> Self {
        self.quote_token = Some(token.into());
        self
    }
}

impl Validate for TextMessage {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        path.rule("V01", |path| {
            path.field("text", |p| {
                validate::nonempty_utf16(&self.text, limits::TEXT_MAX, p, out)
            })
        });
        if !self.emojis.is_empty() {
            path.field("emojis", |p| {
                p.rule("V02", |p| {
                    validate::count(self.emojis.len(), 0, limits::TEXT_EMOJIS_MAX, p, out)
                });
                let units: Vec<u16> = self.text.encode_utf16().collect();
                for (i, e) in self.emojis.iter().enumerate() {
                    p.index(i, |p| {
                        if units.get(e.index) != Some(&u16::from(b'$')) {
                            p.rule("V27", |p| {
                                p.field("index", |p| {
                                    validate::invalid("the position of a `$` in the text", p, out)
                                })
                            });
                        }
                        p.field("productId", |p| validate::required(&e.product_id, p, out));
                        p.field("emojiId", |p| validate::required(&e.emoji_id, p, out));
                    });
                }
            });
        }
        super::validate_common(&self.quick_reply, &self.sender, path, out);
    }
}

/// The keys of the `{key}` placeholders of a text (v2), in order; `{{` and `}}` are literal
/// braces. `Err` holds the byte offset of an unpaired brace.
fn placeholders(text: &str) -> Result<Vec<&str>, usize> {
    let b = text.as_bytes();
    let mut keys = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'{' if b.get(i + 1) == Some(&b'{') => i += 2,
            b'}' if b.get(i + 1) == Some(&b'}') => i += 2,
            b'{' => {
                let end = text[i + 1..].find(['{', '}']).map(|j| i + 1 + j);
                match end {
                    Some(j) if b[j] == b'}' => {
                        keys.push(&text[i + 1..j]);
                        i = j + 1;
                    }
                    _ => return Err(i),
                }
            }
            b'}' => return Err(i),
            _ => i += 1,
        }
    }
    Ok(keys)
}

/// `textV2` message: text with `{key}` placeholders, each replaced by the mention or emoji in
/// `substitution[key]`.
/// <https://developers.line.biz/en/reference/messaging-api/#text-message-v2>
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TextMessageV2 {
    /// Message text with `{key}` placeholders (1 to 5000 UTF-16 code units).
    pub text: Str,
    /// What each placeholder stands for, by key.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub substitution: BTreeMap<Str, Substitution>,
    /// Quote token of the message to quote.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote_token: Option<Str>,
    /// Quick reply buttons shown with the message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quick_reply: Option<QuickReply>,
    /// Icon and display name shown instead of the account's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender: Option<Sender>,
}

/// What a `{key}` placeholder of a `textV2` message stands for.
///
/// Kinds LINE adds later deserialize into [`Substitution::Unknown`], keeping their JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum Substitution {
    /// `mention`: <https://developers.line.biz/en/reference/messaging-api/#text-message-v2-mention-object>
    #[serde(rename = "mention")]
    Mention(MentionSubstitution),
    /// `emoji`: <https://developers.line.biz/en/reference/messaging-api/#text-message-v2-emoji-object>
    #[serde(rename = "emoji")]
    Emoji(EmojiSubstitution),
    /// A substitution type this version of `linebot` does not know, kept as JSON.
    #[serde(untagged)]
    Unknown(serde_json::Value),
}

/// A mention in a `textV2` message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MentionSubstitution {
    /// Who is mentioned.
    pub mentionee: Mentionee,
}

/// Who a mention points at.
///
/// Kinds LINE adds later deserialize into [`Mentionee::Unknown`], keeping their JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum Mentionee {
    /// `user`: one user of the group or room.
    #[serde(rename = "user")]
    User {
        /// The user's ID.
        #[serde(rename = "userId")]
        user_id: Str,
    },
    /// `all`: everyone in the group or room.
    #[serde(rename = "all")]
    All,
    /// A mentionee type this version of `linebot` does not know, kept as JSON.
    #[serde(untagged)]
    Unknown(serde_json::Value),
}

/// A LINE emoji in a `textV2` message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EmojiSubstitution {
    /// Product ID of the emoji set.
    pub product_id: Str,
    /// ID of the emoji in the set.
    pub emoji_id: Str,
}

impl TextMessageV2 {
    /// A `textV2` message; `{key}` placeholders in `text` are filled by
    /// [`mention_user`](Self::mention_user), [`mention_all`](Self::mention_all) and
    /// [`emoji`](Self::emoji).
    pub fn new(text: impl Into<Str>) -> Self {
        Self {
            text: text.into(),
            substitution: BTreeMap::new(),
            quote_token: None,
            quick_reply: None,
            sender: None,
        }
    }

    /// Replaces `{key}` with `substitution`.
    pub fn substitution(mut self, key: impl Into<Str>, substitution: Substitution) -> Self {
        self.substitution.insert(key.into(), substitution);
        self
    }

    /// Replaces `{key}` with a mention of the user `user_id`.
    pub fn mention_user(self, key: impl Into<Str>, user_id: impl Into<Str>) -> Self {
        self.substitution(
            key,
            Substitution::Mention(MentionSubstitution {
                mentionee: Mentionee::User {
                    user_id: user_id.into(),
                },
            }),
        )
    }

    /// Replaces `{key}` with a mention of everyone in the group or room.
    pub fn mention_all(self, key: impl Into<Str>) -> Self {
        self.substitution(
            key,
            Substitution::Mention(MentionSubstitution {
                mentionee: Mentionee::All,
            }),
        )
    }

    /// Replaces `{key}` with the LINE emoji `emoji_id` of set `product_id`.
    pub fn emoji(
        self,
        key: impl Into<Str>,
        product_id: impl Into<Str>,
        emoji_id: impl Into<Str>,
    ) -> Self {
        self.substitution(
            key,
            Substitution::Emoji(EmojiSubstitution {
                product_id: product_id.into(),
                emoji_id: emoji_id.into(),
            }),
        )
    }

    /// Quotes the message whose quote token is `token`.
    pub fn quote_token(mut self, token: impl Into<Str>) -> Self {
        self.quote_token = Some(token.into());
        self
    }
}

impl TextMessageV2 {
    /// V25: at most 100 substitution objects, 20 of them mentions and 20 emojis.
    fn validate_substitution_counts(&self, path: &mut Path, out: &mut Violations) {
        let mentions = self
            .substitution
            .values()
            .filter(|s| matches!(s, Substitution::Mention(_)))
            .count();
        let emojis = self
            .substitution
            .values()
            .filter(|s| matches!(s, Substitution::Emoji(_)))
            .count();
        path.field("substitution", |p| {
            validate::count(
                self.substitution.len(),
                0,
                limits::TEXT_V2_SUBSTITUTIONS_MAX,
                p,
                out,
            );
            if mentions > limits::TEXT_V2_MENTIONS_MAX {
                validate::invalid(
                    format!(
                        "at most {} mentions, not {mentions}",
                        limits::TEXT_V2_MENTIONS_MAX
                    ),
                    p,
                    out,
                );
            }
            if emojis > limits::TEXT_V2_EMOJIS_MAX {
                validate::invalid(
                    format!(
                        "at most {} emojis, not {emojis}",
                        limits::TEXT_V2_EMOJIS_MAX
                    ),
                    p,
                    out,
                );
            }
        });
    }
}

/// One `substitution` entry; an `Unknown` one built by hand from a known kind is checked as
/// that kind.
fn check_substitution(s: &Substitution, p: &mut Path, out: &mut Violations) {
    match s {
        Substitution::Mention(m) => p.field("mentionee", |p| match &m.mentionee {
            Mentionee::User { user_id } => {
                p.field("userId", |p| validate::required(user_id, p, out))
            }
            Mentionee::Unknown(v) => {
                let known = validate::reparse_unknown::<Mentionee>(
                    v,
                    &["user", "all"],
                    |m| matches!(m, Mentionee::Unknown(_)),
                    p,
                    out,
                );
                if let Some(Mentionee::User { user_id }) = known {
                    p.field("userId", |p| validate::required(&user_id, p, out))
                }
            }
            Mentionee::All => {}
        }),
        Substitution::Emoji(e) => {
            p.field("productId", |p| validate::required(&e.product_id, p, out));
            p.field("emojiId", |p| validate::required(&e.emoji_id, p, out));
        }
        Substitution::Unknown(v) => {
            if let Some(known) = validate::reparse_unknown::<Substitution>(
                v,
                &["mention", "emoji"],
                |s| matches!(s, Substitution::Unknown(_)),
                p,
                out,
            ) {
                check_substitution(&known, p, out);
            }
        }
    }
}

impl Validate for TextMessageV2 {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        path.field("text", |p| {
            p.rule("V25", |p| {
                validate::nonempty_utf16(&self.text, limits::TEXT_MAX, p, out)
            });
            p.rule("V25", |p| match placeholders(&self.text) {
                Ok(keys) => {
                    for key in keys {
                        if !self.substitution.contains_key(key) {
                            validate::invalid(
                                format!("text whose placeholder `{{{key}}}` has an entry in `substitution` (write `{{{{` and `}}}}` for literal braces)"),
                                p,
                                out,
                            );
                        }
                    }
                }
                Err(at) => validate::invalid(
                    format!("text whose `{{` and `}}` come in pairs (unpaired brace at UTF-8 byte {at}; write `{{{{` and `}}}}` for literal braces)"),
                    p,
                    out,
                ),
            });
        });
        path.rule("V25", |p| self.validate_substitution_counts(p, out));
        if !self.substitution.is_empty() {
            path.field("substitution", |p| {
                for (key, s) in &self.substitution {
                    let key_ok = (1..=limits::TEXT_V2_SUBSTITUTION_KEY_MAX).contains(&key.len())
                        && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
                    if !key_ok {
                        p.rule("V25", |p| {
                            p.field(key, |p| {
                                validate::invalid(
                                    "a key of 1 to 20 characters of 0-9, a-z, A-Z and `_`",
                                    p,
                                    out,
                                )
                            })
                        });
                    }
                    p.field(key, |p| check_substitution(s, p, out));
                }
            });
        }
        super::validate_common(&self.quick_reply, &self.sender, path, out);
    }
}
