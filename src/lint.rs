//! Warnings: what LINE accepts but advises against, or ignores.
//!
//! [`validate()`](crate::validate::Validate::validate) refuses only what LINE's reference says
//! LINE rejects. Some things are legal but useless or discouraged: an `altUri.desktop` on a quick
//! reply button (LINE: it "doesn't work" there), the deprecated postback `text`, a quick reply
//! postback without `displayText` (tapping it shows nothing in the chat), a `line://` URL, flex
//! positioning the layout guide advises against. [`Lint::lint`] reports those as [`Warning`]s,
//! each with the JSON path and the id of its rule in the [rule table](crate::rules). A warning
//! never fails `validate()`; a bot may send the message as it is.
//!
//! ```
//! use linebot::lint::Lint;
//! use linebot::message::Message;
//! use linebot::validate::Validate;
//!
//! let message: Message = serde_json::from_str(
//!     r#"{"type":"text","text":"Pick one","quickReply":{"items":[{"type":"action",
//!         "action":{"type":"postback","label":"Small","data":"size=s"}}]}}"#,
//! )?;
//! assert!(message.validate().is_ok());
//! let warnings = message.lint();
//! assert_eq!(warnings.len(), 1);
//! assert_eq!(warnings[0].path(), "quickReply.items[0].action.displayText");
//! assert_eq!(warnings[0].rule(), "C19");
//! # Ok::<(), serde_json::Error>(())
//! ```

use std::fmt;

use crate::action::{Action, ActionContext};
use crate::message::flex::component::{Background, FlexBox, FlexComponent};
use crate::message::flex::container::{Bubble, BubbleStyles, FlexContainer};
use crate::message::flex::units::{KeywordProperties, Layout, Position};
use crate::message::template::Template;
use crate::message::{
    BroadcastRequest, FlexMessage, Message, MulticastRequest, NarrowcastRequest,
    PnpMessagesRequest, PushMessageRequest, QuickReply, ReplyMessageRequest, TemplateMessage,
    ValidateMessageRequest,
};
use crate::richmenu::RichMenu;
use crate::validate::Path;

/// One piece of advice at one place. Unlike a
/// [`Violation`](crate::validate::Violation), it does not stop LINE from accepting the request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    path: String,
    rule: &'static str,
    message: String,
}

impl Warning {
    /// A warning at `path`, under rule `rule` of the [rule table](crate::rules).
    pub fn new(path: &Path, rule: &'static str, message: impl Into<String>) -> Self {
        Warning {
            path: path.as_str().to_owned(),
            rule,
            message: message.into(),
        }
    }

    /// The JSON path of the value concerned, in LINE's notation.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The id of the rule in the [rule table](crate::rules), such as `"C21"`.
    pub fn rule(&self) -> &'static str {
        self.rule
    }

    /// What LINE does with the value, and what to do instead.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.is_empty() {
            "(root)"
        } else {
            &self.path
        };
        write!(f, "{path}: {} (LINE rule {})", self.message, self.rule)
    }
}

/// An object that can be checked for advice that is not a refusal.
///
/// Implementors write [`Lint::lint_at`]; callers use [`Lint::lint`].
pub trait Lint {
    /// Appends every warning found in `self` to `out`, with paths relative to `path`.
    fn lint_at(&self, path: &mut Path, out: &mut Vec<Warning>);

    /// Every warning, in the order the object was walked (empty when there is nothing to say).
    fn lint(&self) -> Vec<Warning> {
        let mut out = Vec::new();
        self.lint_at(&mut Path::root(), &mut out);
        out
    }
}

impl<T: Lint + ?Sized> Lint for &T {
    fn lint_at(&self, path: &mut Path, out: &mut Vec<Warning>) {
        (**self).lint_at(path, out)
    }
}

impl<T: Lint> Lint for [T] {
    fn lint_at(&self, path: &mut Path, out: &mut Vec<Warning>) {
        for (i, x) in self.iter().enumerate() {
            path.index(i, |p| x.lint_at(p, out));
        }
    }
}

impl<T: Lint> Lint for Vec<T> {
    fn lint_at(&self, path: &mut Path, out: &mut Vec<Warning>) {
        self.as_slice().lint_at(path, out)
    }
}

/// Lints an action standing in `ctx`. Where an action stands decides what is useless there, so
/// containers call this; [`Lint`] for a bare [`Action`] knows no context.
pub fn lint_action(action: &Action, ctx: ActionContext, path: &mut Path, out: &mut Vec<Warning>) {
    action_at(action, Some(ctx), path, out)
}

fn action_at(action: &Action, ctx: Option<ActionContext>, path: &mut Path, out: &mut Vec<Warning>) {
    match action {
        Action::Postback(a) => {
            if a.text.is_some() {
                let message = if ctx == Some(ActionContext::QuickReply) {
                    "`text` is deprecated and shouldn't be used with quick reply buttons: use `displayText`"
                } else {
                    "`text` is deprecated: use `displayText`"
                };
                path.field("text", |p| out.push(Warning::new(p, "C19", message)));
            }
            if ctx == Some(ActionContext::QuickReply)
                && a.display_text.is_none()
                && a.text.is_none()
            {
                path.field("displayText", |p| {
                    out.push(Warning::new(
                        p,
                        "C19",
                        "without `displayText`, tapping this quick reply button shows nothing in the chat",
                    ))
                });
            }
        }
        Action::Uri(a) => {
            if a.uri.starts_with("line://") {
                path.field("uri", |p| {
                    out.push(Warning::new(
                        p,
                        "V07",
                        "the `line://` scheme is deprecated: use the `https://line.me/R/` form of the URL",
                    ))
                });
            }
            if a.alt_uri.is_some() {
                let message = match ctx {
                    Some(ActionContext::QuickReply) => {
                        "`altUri.desktop` doesn't work on quick reply buttons: LINE ignores it"
                    }
                    Some(ActionContext::Flex) | None => return,
                    Some(_) => {
                        "`altUri.desktop` is documented for Flex Messages only: it may have no effect here"
                    }
                };
                path.field("altUri", |p| out.push(Warning::new(p, "C21", message)));
            }
        }
        // Built by hand from JSON of a known kind: linted as that kind.
        Action::Unknown(v) => {
            if let Ok(known) = <Action as serde::Deserialize>::deserialize(v)
                && !matches!(known, Action::Unknown(_))
            {
                action_at(&known, ctx, path, out);
            }
        }
        _ => {}
    }
}

impl Lint for Action {
    /// Advice that holds wherever the action stands (the deprecated postback `text`, `line://`).
    fn lint_at(&self, path: &mut Path, out: &mut Vec<Warning>) {
        action_at(self, None, path, out)
    }
}

impl Lint for QuickReply {
    fn lint_at(&self, path: &mut Path, out: &mut Vec<Warning>) {
        path.field("items", |p| {
            for (i, item) in self.items.iter().enumerate() {
                p.index(i, |p| {
                    p.field("action", |p| {
                        lint_action(&item.action, ActionContext::QuickReply, p, out)
                    })
                });
            }
        });
    }
}

fn quick_reply(q: &Option<QuickReply>, path: &mut Path, out: &mut Vec<Warning>) {
    if let Some(q) = q {
        path.field("quickReply", |p| q.lint_at(p, out));
    }
}

impl Lint for Message {
    fn lint_at(&self, path: &mut Path, out: &mut Vec<Warning>) {
        match self {
            Message::Text(m) => quick_reply(&m.quick_reply, path, out),
            Message::TextV2(m) => quick_reply(&m.quick_reply, path, out),
            Message::Sticker(m) => quick_reply(&m.quick_reply, path, out),
            Message::Image(m) => quick_reply(&m.quick_reply, path, out),
            Message::Video(m) => quick_reply(&m.quick_reply, path, out),
            Message::Audio(m) => quick_reply(&m.quick_reply, path, out),
            Message::Location(m) => quick_reply(&m.quick_reply, path, out),
            Message::Imagemap(m) => quick_reply(&m.quick_reply, path, out),
            Message::Coupon(m) => quick_reply(&m.quick_reply, path, out),
            Message::Template(m) => m.lint_at(path, out),
            Message::Flex(m) => m.lint_at(path, out),
            // Kinds this version does not model: nothing known to advise.
            _ => {}
        }
    }
}

impl Lint for TemplateMessage {
    fn lint_at(&self, path: &mut Path, out: &mut Vec<Warning>) {
        path.field("template", |p| self.template.lint_at(p, out));
        quick_reply(&self.quick_reply, path, out);
    }
}

fn template_actions(
    default_action: &Option<Action>,
    actions: &[Action],
    path: &mut Path,
    out: &mut Vec<Warning>,
) {
    if let Some(a) = default_action {
        path.field("defaultAction", |p| {
            lint_action(a, ActionContext::Template, p, out)
        });
    }
    path.field("actions", |p| {
        for (i, a) in actions.iter().enumerate() {
            p.index(i, |p| lint_action(a, ActionContext::Template, p, out));
        }
    });
}

impl Lint for Template {
    fn lint_at(&self, path: &mut Path, out: &mut Vec<Warning>) {
        match self {
            Template::Buttons(t) => template_actions(&t.default_action, &t.actions, path, out),
            Template::Confirm(t) => template_actions(&None, &t.actions, path, out),
            Template::Carousel(t) => path.field("columns", |p| {
                for (i, c) in t.columns.iter().enumerate() {
                    p.index(i, |p| {
                        template_actions(&c.default_action, &c.actions, p, out)
                    });
                }
            }),
            Template::ImageCarousel(t) => path.field("columns", |p| {
                for (i, c) in t.columns.iter().enumerate() {
                    p.index(i, |p| {
                        p.field("action", |p| {
                            lint_action(&c.action, ActionContext::ImageCarousel, p, out)
                        })
                    });
                }
            }),
            _ => {}
        }
    }
}

impl Lint for FlexMessage {
    fn lint_at(&self, path: &mut Path, out: &mut Vec<Warning>) {
        path.field("contents", |p| self.contents.lint_at(p, out));
        quick_reply(&self.quick_reply, path, out);
    }
}

impl Lint for FlexContainer {
    fn lint_at(&self, path: &mut Path, out: &mut Vec<Warning>) {
        match self {
            FlexContainer::Bubble(b) => b.lint_at(path, out),
            FlexContainer::Carousel(c) => {
                path.field("contents", |p| c.contents.lint_at(p, out));
                unknown_fields(c, path, out);
            }
            _ => {}
        }
    }
}

impl Lint for Bubble {
    /// Rule V34: the layout guide says the first child of a block can't be
    /// `position: absolute`, and children of a baseline box can't use `gravity` or
    /// `offsetBottom`. LINE's own showcase does both and LINE accepts it, so these are warnings.
    fn lint_at(&self, path: &mut Path, out: &mut Vec<Warning>) {
        for (name, block) in [
            ("header", &self.header),
            ("body", &self.body),
            ("footer", &self.footer),
        ] {
            if let Some(b) = block {
                path.field(name, |p| {
                    first_child_absolute(b, p, out);
                    flex_box(b, p, out);
                });
            }
        }
        if let Some(hero) = &self.hero {
            path.field("hero", |p| {
                if let FlexComponent::Box(b) = hero {
                    first_child_absolute(b, p, out);
                }
                component(hero, false, p, out);
            });
        }
        if let Some(a) = &self.action {
            path.field("action", |p| lint_action(a, ActionContext::Flex, p, out));
        }
        if let Some(styles) = &self.styles {
            path.field("styles", |p| block_styles(styles, p, out));
        }
        unknown_fields(self, path, out);
    }
}

/// Rule V46: a property of a flex object that this version does not model is sent as it came;
/// a misspelt one lands there too, so each is named. (A value this version does not model of a
/// keyword property it does model is kept there too, and judged by `validate()`.)
fn unknown_fields<T: KeywordProperties>(object: &T, path: &mut Path, out: &mut Vec<Warning>) {
    for (name, _) in object.kept().iter() {
        if T::KEYWORDS.iter().any(|(keyword, _)| *keyword == name) {
            if object.is_set(name) {
                path.field(name, |p| {
                    out.push(Warning::new(
                        p,
                        "V46",
                        format!(
                            "`{name}` is written twice, by its field and among the unknown fields; unset one of them"
                        ),
                    ))
                });
            }
            continue;
        }
        path.field(name, |p| {
            out.push(Warning::new(
                p,
                "V46",
                format!(
                    "`{name}` is not a property this version models: it is sent as it is; check its spelling against LINE's reference"
                ),
            ))
        });
    }
}

fn block_styles(styles: &BubbleStyles, path: &mut Path, out: &mut Vec<Warning>) {
    for (name, style) in [
        ("header", &styles.header),
        ("hero", &styles.hero),
        ("body", &styles.body),
        ("footer", &styles.footer),
    ] {
        if let Some(style) = style {
            path.field(name, |p| unknown_fields(style, p, out));
        }
    }
    unknown_fields(styles, path, out);
}

fn first_child_absolute(block: &FlexBox, path: &mut Path, out: &mut Vec<Warning>) {
    let absolute = match block.contents.first() {
        Some(FlexComponent::Box(b)) => b.position == Some(Position::Absolute),
        Some(FlexComponent::Button(b)) => b.position == Some(Position::Absolute),
        Some(FlexComponent::Image(i)) => i.position == Some(Position::Absolute),
        Some(FlexComponent::Icon(i)) => i.position == Some(Position::Absolute),
        Some(FlexComponent::Text(t)) => t.position == Some(Position::Absolute),
        _ => false,
    };
    if absolute {
        path.field("contents", |p| {
            p.index(0, |p| {
                p.field("position", |p| {
                    out.push(Warning::new(
                        p,
                        "V34",
                        "the layout guide says the first child of a block can't be `absolute`; it may not be placed as intended",
                    ))
                })
            })
        });
    }
}

fn flex_box(b: &FlexBox, path: &mut Path, out: &mut Vec<Warning>) {
    let baseline = b.layout == Layout::Baseline;
    path.field("contents", |p| {
        for (i, c) in b.contents.iter().enumerate() {
            p.index(i, |p| component(c, baseline, p, out));
        }
    });
    if let Some(a) = &b.action {
        path.field("action", |p| lint_action(a, ActionContext::Flex, p, out));
    }
    if let Some(Background::LinearGradient(g)) = &b.background {
        path.field("background", |p| unknown_fields(g, p, out));
    }
    unknown_fields(b, path, out);
}

fn component(c: &FlexComponent, in_baseline: bool, path: &mut Path, out: &mut Vec<Warning>) {
    let (gravity, offset_bottom, action) = match c {
        FlexComponent::Box(b) => {
            flex_box(b, path, out);
            return;
        }
        FlexComponent::Text(t) => (
            t.gravity.is_some(),
            t.offset_bottom.is_some(),
            t.action.as_deref(),
        ),
        FlexComponent::Icon(i) => (false, i.offset_bottom.is_some(), None),
        FlexComponent::Button(b) => (
            b.gravity.is_some(),
            b.offset_bottom.is_some(),
            Some(&b.action),
        ),
        FlexComponent::Image(i) => (
            i.gravity.is_some(),
            i.offset_bottom.is_some(),
            i.action.as_deref(),
        ),
        FlexComponent::Video(v) => {
            path.field("altContent", |p| component(&v.alt_content, false, p, out));
            (false, false, v.action.as_deref())
        }
        _ => (false, false, None),
    };
    if let FlexComponent::Text(t) = c
        && let Some(spans) = &t.contents
    {
        path.field("contents", |p| {
            for (i, span) in spans.iter().enumerate() {
                p.index(i, |p| component(span, false, p, out));
            }
        });
    }
    match c {
        FlexComponent::Button(b) => unknown_fields(b, path, out),
        FlexComponent::Image(i) => unknown_fields(i, path, out),
        FlexComponent::Video(v) => unknown_fields(v, path, out),
        FlexComponent::Icon(i) => unknown_fields(i, path, out),
        FlexComponent::Text(t) => unknown_fields(t, path, out),
        FlexComponent::Span(s) => unknown_fields(s, path, out),
        FlexComponent::Separator(s) => unknown_fields(s, path, out),
        FlexComponent::Filler(f) => unknown_fields(f, path, out),
        // A box is linted by `flex_box`, a component held as JSON keeps everything.
        _ => {}
    }
    if in_baseline && gravity {
        path.field("gravity", |p| {
            out.push(Warning::new(
                p,
                "V34",
                "a child of a baseline box can't use `gravity`: LINE ignores it",
            ))
        });
    }
    if in_baseline && offset_bottom {
        path.field("offsetBottom", |p| {
            out.push(Warning::new(
                p,
                "V34",
                "the layout guide says a child of a baseline box can't use `offsetBottom`",
            ))
        });
    }
    if let Some(a) = action {
        path.field("action", |p| lint_action(a, ActionContext::Flex, p, out));
    }
}

impl Lint for RichMenu {
    fn lint_at(&self, path: &mut Path, out: &mut Vec<Warning>) {
        path.field("areas", |p| {
            for (i, area) in self.areas.iter().enumerate() {
                p.index(i, |p| {
                    p.field("action", |p| {
                        lint_action(&area.action, ActionContext::RichMenu, p, out)
                    })
                });
            }
        });
    }
}

macro_rules! lint_requests {
    ($($t:ty),* $(,)?) => { $(
        impl Lint for $t {
            fn lint_at(&self, path: &mut Path, out: &mut Vec<Warning>) {
                path.field("messages", |p| self.messages.lint_at(p, out));
            }
        }
    )* };
}
lint_requests!(
    ReplyMessageRequest,
    PushMessageRequest,
    MulticastRequest,
    NarrowcastRequest,
    BroadcastRequest,
    ValidateMessageRequest,
    PnpMessagesRequest,
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::Validate;

    fn message(json: &str) -> Message {
        serde_json::from_str(json).unwrap()
    }

    fn lines(w: &[Warning]) -> Vec<String> {
        w.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn quick_reply_advice_is_a_warning_not_a_refusal() {
        let m = message(
            r#"{"type":"text","text":"Pick","quickReply":{"items":[
                {"type":"action","action":{"type":"postback","label":"A","data":"a","text":"A"}},
                {"type":"action","action":{"type":"postback","label":"B","data":"b"}},
                {"type":"action","action":{"type":"uri","label":"C","uri":"https://example.com",
                    "altUri":{"desktop":"https://example.com/pc"}}},
                {"type":"action","action":{"type":"postback","label":"D","data":"d","displayText":"D"}}
            ]}}"#,
        );
        assert!(m.validate().is_ok(), "{:?}", m.validate());
        assert_eq!(
            lines(&m.lint()),
            [
                "quickReply.items[0].action.text: `text` is deprecated and shouldn't be used with quick reply buttons: use `displayText` (LINE rule C19)",
                "quickReply.items[1].action.displayText: without `displayText`, tapping this quick reply button shows nothing in the chat (LINE rule C19)",
                "quickReply.items[2].action.altUri: `altUri.desktop` doesn't work on quick reply buttons: LINE ignores it (LINE rule C21)",
            ]
        );
    }

    #[test]
    fn alt_uri_is_quiet_in_flex_and_noted_elsewhere() {
        let flex = message(
            r#"{"type":"flex","altText":"a","contents":{"type":"bubble","body":{"type":"box",
                "layout":"vertical","contents":[{"type":"button","action":{"type":"uri",
                "label":"Web","uri":"https://example.com","altUri":{"desktop":"https://example.com/pc"}}}]}}}"#,
        );
        assert!(flex.lint().is_empty(), "{:?}", flex.lint());
        let buttons = message(
            r#"{"type":"template","altText":"a","template":{"type":"buttons","text":"t",
                "actions":[{"type":"uri","label":"Web","uri":"line://nv/profile",
                "altUri":{"desktop":"https://example.com/pc"}}]}}"#,
        );
        assert!(buttons.validate().is_ok());
        let w = buttons.lint();
        assert_eq!(
            w.iter().map(|w| (w.path(), w.rule())).collect::<Vec<_>>(),
            [
                ("template.actions[0].uri", "V07"),
                ("template.actions[0].altUri", "C21")
            ]
        );
    }

    #[test]
    fn a_known_action_built_as_unknown_is_linted_as_its_kind() {
        let a = Action::Unknown(serde_json::json!({"type": "postback", "label": "B", "data": "b"}));
        let mut out = Vec::new();
        lint_action(
            &a,
            ActionContext::QuickReply,
            &mut Path::at("action"),
            &mut out,
        );
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].path(), "action.displayText");
    }

    #[test]
    fn flex_positioning_advice_is_a_warning() {
        let container: FlexContainer = serde_json::from_str(
            r#"{"type":"bubble","body":{"type":"box","layout":"vertical","contents":[
                {"type":"box","layout":"vertical","position":"absolute","contents":[]},
                {"type":"box","layout":"baseline","contents":[
                    {"type":"text","text":"x","gravity":"center","offsetBottom":"2px"}]}]}}"#,
        )
        .unwrap();
        assert!(container.validate().is_ok(), "{:?}", container.validate());
        let w = container.lint();
        assert_eq!(
            w.iter().map(|w| (w.path(), w.rule())).collect::<Vec<_>>(),
            [
                ("body.contents[0].position", "V34"),
                ("body.contents[1].contents[0].gravity", "V34"),
                ("body.contents[1].contents[0].offsetBottom", "V34"),
            ]
        );
    }

    #[test]
    fn requests_and_rich_menus_are_walked() {
        let push: PushMessageRequest = serde_json::from_str(
            r#"{"to":"U1","messages":[{"type":"text","text":"a"},{"type":"text","text":"b",
            "quickReply":{"items":[{"type":"action","action":{"type":"postback","label":"B","data":"b"}}]}}]}"#,
        )
        .unwrap();
        assert_eq!(
            push.lint()[0].path(),
            "messages[1].quickReply.items[0].action.displayText"
        );
        let menu: RichMenu = serde_json::from_str(
            r#"{"size":{"width":2500,"height":843},"selected":false,"name":"m","chatBarText":"Menu",
            "areas":[{"bounds":{"x":0,"y":0,"width":100,"height":100},
            "action":{"type":"uri","uri":"https://example.com","altUri":{"desktop":"https://example.com/pc"}}}]}"#,
        )
        .unwrap();
        assert!(menu.validate().is_ok());
        assert_eq!(
            lines(&menu.lint()),
            [
                "areas[0].action.altUri: `altUri.desktop` is documented for Flex Messages only: it may have no effect here (LINE rule C21)"
            ]
        );
    }
}
