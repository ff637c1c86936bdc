//! The runtime twin of the typed layer: every placement rule the compiler enforces for built
//! layouts (C11-C16, action contexts), plus colors (V13), aspect ratios (V14), animated images
//! (V15), HTTPS media URLs (V09) and keyword values, for containers read from JSON.

use super::aspect_ratio;
use super::color::Color;
use super::component::*;
use super::container::{BlockStyle, Bubble, Carousel, FlexContainer};
use super::units::{
    Angle, BubbleSize, Keyword, KeywordProperties, KeywordRule, Layout, is_number_with_unit,
};
use crate::action::{Action, ActionContext};
use crate::limits::{
    FLEX_ANIMATED_IMAGES_MAX, FLEX_BUBBLE_JSON_MAX_BYTES, FLEX_CAROUSEL_BUBBLES_MAX,
    FLEX_CAROUSEL_JSON_MAX_BYTES, MEDIA_URL_MAX,
};
use crate::validate::{self, Path, Schemes, Violations};

/// The length of `value` serialized as JSON, counted without storing the bytes.
fn json_len<T: serde::Serialize>(value: &T) -> usize {
    struct Counter(usize);
    impl std::io::Write for Counter {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0 += buf.len();
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut counter = Counter(0);
    // Serializing plain data into a counter cannot fail.
    let _ = serde_json::to_writer(&mut counter, value);
    counter.0
}

/// The JSON length of a bubble as LINE receives it, tagged `"type":"bubble"`, from the `len`
/// bytes its fields serialize to (plus a comma before its first field, unless it has none and
/// is `{}`).
fn tagged_bubble_len(len: usize) -> usize {
    const TAG: usize = r#""type":"bubble""#.len();
    len + TAG + usize::from(len > "{}".len())
}

/// The JSON length of a carousel whose bubbles are `bubble_lens` bytes each (tagged), derived
/// instead of serializing the carousel again: `{"type":"carousel","contents":[` and `]}`, and
/// a comma between bubbles.
fn carousel_json_len(bubble_lens: &[usize]) -> usize {
    const SHELL: usize = r#"{"type":"carousel","contents":[]}"#.len();
    SHELL + bubble_lens.len().saturating_sub(1) + bubble_lens.iter().sum::<usize>()
}

/// V31: the JSON of a bubble or a carousel, `len` bytes long, has a size limit.
fn json_size(len: usize, max: usize, p: &mut Path, out: &mut Violations) {
    if len > max {
        p.rule("V31", |p| {
            validate::invalid(
                format!("at most {max} bytes of JSON ({} KB), not {len}", max / 1024,),
                p,
                out,
            )
        });
    }
}

/// The keyword of `T` that `found` matches but for letter case (`"Vertical"` for `vertical`),
/// read from the accepted values `T` lists ("one of horizontal, vertical, baseline").
fn case_only_keyword(expected: &'static str, found: &str) -> Option<&'static str> {
    let list = expected.strip_prefix("one of ")?;
    list.split(", ")
        .map(|k| k.strip_prefix("or ").unwrap_or(k))
        .filter(|k| {
            k.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
        .find(|k| *k != found && k.eq_ignore_ascii_case(found))
}

fn keyword_str(size: &BubbleSize) -> String {
    serde_json::to_value(size)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The `type`s of the components this version models.
const COMPONENT_KINDS: &[&str] = <FlexComponent as validate::KnownKinds>::KINDS;

/// The action `type`s whose label a button shows: every kind this version models.
const ACTION_KINDS_WITH_LABEL: &[&str] = crate::action::ACTION_KINDS;

/// Where a component stands; decides which kinds are allowed there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Hero,
    HorizontalOrVertical,
    Baseline,
    /// A box whose layout this version does not know: only kinds allowed nowhere in a box
    /// (span, video) are reported.
    UnknownLayout,
    TextContents,
    VideoAlt,
}

/// Walks one container (one message), counting animated images across it.
pub(super) struct Walker<'a> {
    out: &'a mut Violations,
    animated: usize,
}

impl<'a> Walker<'a> {
    pub(super) fn new(out: &'a mut Violations) -> Self {
        Walker { out, animated: 0 }
    }

    pub(super) fn container(&mut self, c: &FlexContainer, p: &mut Path) {
        match c {
            FlexContainer::Bubble(b) => self.bubble(b, p),
            FlexContainer::Carousel(c) => self.carousel(c, p),
            FlexContainer::Unknown(v) => {
                // Built by hand from JSON of a known kind: checked as that kind.
                if let Some(kind) = v.get("type").and_then(|t| t.as_str()) {
                    let what = |kind: &str| format!("`{kind}`");
                    if let Some(c) =
                        validate::unknown_of::<FlexContainer>(kind, v, what, p, self.out)
                    {
                        self.container(&c, p);
                    }
                }
            }
        }
    }

    fn carousel(&mut self, c: &Carousel, p: &mut Path) {
        // Each bubble is serialized once: its length serves its own limit and the carousel's.
        let bubble_lens: Vec<usize> = c
            .contents
            .iter()
            .map(|b| tagged_bubble_len(json_len(b)))
            .collect();
        json_size(
            carousel_json_len(&bubble_lens),
            FLEX_CAROUSEL_JSON_MAX_BYTES,
            p,
            self.out,
        );
        // V31: one width for every bubble (an omitted size is mega).
        let size_of = |b: &Bubble| b.size.clone().unwrap_or(BubbleSize::Mega);
        if let Some(first) = c.contents.first().map(size_of) {
            p.rule("V31", |p| {
                p.field("contents", |p| {
                    for (i, b) in c.contents.iter().enumerate().skip(1) {
                        if size_of(b) != first {
                            p.index(i, |p| {
                                p.field("size", |p| {
                                    validate::invalid(
                                        format!("the size of contents[0], `{}` (the bubbles of a carousel have one width)", keyword_str(&first)),
                                        p,
                                        self.out,
                                    )
                                })
                            });
                        }
                    }
                })
            });
        }
        p.field("contents", |p| {
            p.rule("C11", |p| {
                validate::count(c.contents.len(), 1, FLEX_CAROUSEL_BUBBLES_MAX, p, self.out)
            });
            for (i, b) in c.contents.iter().enumerate() {
                p.index(i, |p| self.bubble_of_len(b, true, bubble_lens[i], p));
            }
        });
    }

    /// Checks a bubble standing alone.
    pub(super) fn bubble(&mut self, b: &Bubble, p: &mut Path) {
        self.bubble_of_len(b, false, tagged_bubble_len(json_len(b)), p)
    }

    /// Checks bubble `b`, whose JSON (tagged `"type":"bubble"`) is `json_len` bytes long.
    fn bubble_of_len(&mut self, b: &Bubble, in_carousel: bool, json_len: usize, p: &mut Path) {
        json_size(json_len, FLEX_BUBBLE_JSON_MAX_BYTES, p, self.out);
        self.keyword(&b.size, "size", p);
        // V31: no separator above the first block.
        let first_block = [
            ("header", b.header.is_some()),
            ("hero", b.hero.is_some()),
            ("body", b.body.is_some()),
            ("footer", b.footer.is_some()),
        ]
        .into_iter()
        .find_map(|(name, present)| present.then_some(name));
        if let (Some(name), Some(styles)) = (first_block, &b.styles) {
            let style = match name {
                "header" => &styles.header,
                "hero" => &styles.hero,
                "body" => &styles.body,
                _ => &styles.footer,
            };
            if style.as_ref().and_then(|s| s.separator) == Some(true) {
                p.rule("V31", |p| {
                    p.field("styles", |p| {
                        p.field(name, |p| {
                            p.field("separator", |p| {
                                validate::not_allowed(
                                    format!("a separator above the first block (`{name}`)"),
                                    p,
                                    self.out,
                                )
                            })
                        })
                    })
                });
            }
        }
        self.keyword(&b.direction, "direction", p);
        if let Some(h) = &b.header {
            p.field("header", |p| self.flex_box(h, p));
        }
        if let Some(h) = &b.hero {
            p.field("hero", |p| self.component(h, Place::Hero, p));
            if h.kind() == "video" {
                let fits = matches!(
                    b.size,
                    None | Some(BubbleSize::Kilo | BubbleSize::Mega | BubbleSize::Giga)
                );
                if !fits {
                    p.rule("C16", |p| {
                        p.field("size", |p| {
                            validate::not_allowed(
                                "a bubble with a video hero has size kilo, mega or giga",
                                p,
                                self.out,
                            )
                        })
                    });
                }
                if in_carousel {
                    p.rule("C16", |p| {
                        p.field("hero", |p| {
                            validate::not_allowed(
                                "a bubble with a video hero cannot be placed in a carousel",
                                p,
                                self.out,
                            )
                        })
                    });
                }
            }
        }
        if let Some(x) = &b.body {
            p.field("body", |p| self.flex_box(x, p));
        }
        if let Some(x) = &b.footer {
            p.field("footer", |p| self.flex_box(x, p));
        }
        if let Some(s) = &b.styles {
            p.field("styles", |p| {
                for (name, style) in [
                    ("header", &s.header),
                    ("hero", &s.hero),
                    ("body", &s.body),
                    ("footer", &s.footer),
                ] {
                    if let Some(style) = style {
                        p.field(name, |p| self.block_style(style, p));
                    }
                }
            });
        }
        self.action(&b.action, p);
    }

    fn block_style(&mut self, s: &BlockStyle, p: &mut Path) {
        self.color(&s.background_color, "backgroundColor", p);
        self.color(&s.separator_color, "separatorColor", p);
    }

    fn component(&mut self, c: &FlexComponent, place: Place, p: &mut Path) {
        self.placement(c, place, p);
        self.component_values(c, p);
    }

    /// A component's own values and children, its placement aside.
    fn component_values(&mut self, c: &FlexComponent, p: &mut Path) {
        match c {
            FlexComponent::Box(b) => self.flex_box(b, p),
            FlexComponent::Button(b) => self.button(b, p),
            FlexComponent::Image(i) => self.image(i, p),
            FlexComponent::Video(v) => self.video(v, p),
            FlexComponent::Icon(i) => self.icon(i, p),
            FlexComponent::Text(t) => self.text(t, p),
            FlexComponent::Span(s) => self.span(s, p),
            FlexComponent::Separator(s) => {
                self.keywords(s, p);
                self.color(&s.color, "color", p);
            }
            FlexComponent::Filler(_) => {}
            // A component kept as JSON: a kind LINE added later passes; a known kind is checked
            // as that kind when it parses (built by hand) and reported with serde's reason when
            // it does not; a `type` that differs from a known one only by case is reported with
            // the known spelling.
            FlexComponent::Unknown(v) => {
                let what = |kind: &str| format!("`{kind}` component");
                let known = validate::unknown_of::<FlexComponent>(c.kind(), v, what, p, self.out);
                if let Some(x) = known {
                    self.component_values(&x, p);
                }
            }
        }
    }

    /// LINE rules C12-C15: which kinds stand where.
    fn placement(&mut self, c: &FlexComponent, place: Place, p: &mut Path) {
        let kind = c.kind();
        if matches!(c, FlexComponent::Unknown(_)) && !COMPONENT_KINDS.contains(&kind) {
            // A kind this version does not know: its placement rules are unknown too.
            return;
        }
        let reason = match (place, kind) {
            (Place::Hero, "box" | "image" | "video") => return,
            (Place::Hero, _) => "the hero block holds a box, an image or a video (LINE rule C15)",
            (Place::TextContents, "span") => return,
            (Place::TextContents, _) => "a text's contents hold only spans (LINE rule C14)",
            (Place::VideoAlt, "box" | "image") => return,
            (Place::VideoAlt, _) => "a video's altContent is a box or an image (LINE rule C15)",
            (_, "span") => "a span can only be placed in a text's contents (LINE rule C14)",
            (_, "video") => "a video can only be a bubble's hero (LINE rule C15)",
            (Place::Baseline, "icon" | "text" | "filler") => return,
            (Place::Baseline, _) => {
                "a baseline box holds only icons, texts and fillers (LINE rule C12)"
            }
            (Place::HorizontalOrVertical, "icon") => {
                "an icon can only be placed in a baseline box (LINE rule C13)"
            }
            (Place::HorizontalOrVertical, _) | (Place::UnknownLayout, _) => return,
        };
        validate::not_allowed(format!("`{kind}` here: {reason}"), p, self.out);
    }

    fn flex_box(&mut self, b: &FlexBox, p: &mut Path) {
        self.keyword_value(&b.layout, "layout", p);
        let place = match b.layout {
            Layout::Baseline => Place::Baseline,
            Layout::Horizontal | Layout::Vertical => Place::HorizontalOrVertical,
            Layout::Unknown(_) => Place::UnknownLayout,
        };
        p.field("contents", |p| {
            for (i, c) in b.contents.iter().enumerate() {
                p.index(i, |p| self.component(c, place, p));
            }
        });
        self.keywords(b, p);
        self.color(&b.background_color, "backgroundColor", p);
        self.color(&b.border_color, "borderColor", p);
        self.action(&b.action, p);
        if let Some(bg) = &b.background {
            p.field("background", |p| match bg {
                Background::LinearGradient(g) => {
                    self.angle(&g.angle, p);
                    self.color(&Some(g.start_color.clone()), "startColor", p);
                    self.color(&Some(g.end_color.clone()), "endColor", p);
                    self.color(&g.center_color, "centerColor", p);
                    self.center_position(&g.center_position, p);
                }
                Background::Unknown(_) => {}
            });
        }
    }

    fn button(&mut self, b: &FlexButton, p: &mut Path) {
        p.field("action", |p| {
            b.action.validate_in(ActionContext::Flex, p, self.out);
            // The button shows its action's label: LINE requires one here (C22), of 1 to 40
            // characters (V04; the length is checked with the action).
            let known = !matches!(&b.action, Action::Unknown(_))
                || ACTION_KINDS_WITH_LABEL.contains(&b.action.kind());
            match b.action.label() {
                None if known => p.rule("C22", |p| {
                    p.field("label", |p| validate::missing(p, self.out))
                }),
                Some("") => p.rule("V04", |p| {
                    p.field("label", |p| {
                        validate::nonempty_graphemes("", 1, p, self.out)
                    })
                }),
                _ => {}
            }
        });
        self.color(&b.color, "color", p);
        self.keywords(b, p);
    }

    fn image(&mut self, i: &FlexImage, p: &mut Path) {
        self.media_url(&i.url, "url", p);
        self.keywords(i, p);
        self.ratio(&i.aspect_ratio, p);
        self.color(&i.background_color, "backgroundColor", p);
        self.action(&i.action, p);
        if i.animated == Some(true) {
            self.animated += 1;
            if self.animated > FLEX_ANIMATED_IMAGES_MAX {
                p.rule("V15", |p| {
                    p.field("animated", |p| {
                        validate::not_allowed(
                            format!(
                                "at most {FLEX_ANIMATED_IMAGES_MAX} images with `animated: true` in one message"
                            ),
                            p,
                            self.out,
                        )
                    })
                });
            }
        }
    }

    fn video(&mut self, v: &FlexVideo, p: &mut Path) {
        self.media_url(&v.url, "url", p);
        self.media_url(&v.preview_url, "previewUrl", p);
        p.field("altContent", |p| {
            self.component(&v.alt_content, Place::VideoAlt, p)
        });
        self.ratio(&v.aspect_ratio, p);
        self.action(&v.action, p);
        // V35: the player opens a URI; LINE documents no other action here.
        if let Some(a) = &v.action
            && a.kind() != "uri"
            && ACTION_KINDS_WITH_LABEL.contains(&a.kind())
        {
            p.rule("V35", |p| {
                p.field("action", |p| {
                    validate::not_allowed(
                        format!(
                            "a {} action on a video: a video's action is a URI action",
                            a.kind()
                        ),
                        p,
                        self.out,
                    )
                })
            });
        }
    }

    fn icon(&mut self, i: &FlexIcon, p: &mut Path) {
        self.media_url(&i.url, "url", p);
        self.keywords(i, p);
        // V33: icon sizes are pixels or keywords; "You can't specify a percentage".
        if let Some(super::units::IconSize::Percent(_)) = &i.size {
            p.rule("V33", |p| {
                p.field("size", |p| {
                    validate::invalid(
                        "pixels such as `20px` or one of xxs, xs, sm, md, lg, xl, xxl, 3xl, 4xl, 5xl (an icon's size is not a percentage)",
                        p,
                        self.out,
                    )
                })
            });
        }
        self.ratio(&i.aspect_ratio, p);
    }

    fn text(&mut self, t: &FlexText, p: &mut Path) {
        let has_spans = t.contents.as_ref().is_some_and(|c| !c.is_empty());
        if t.text.is_none() && !has_spans {
            p.field("text", |p| {
                validate::not_allowed(
                    "a text has `text` or spans in `contents` (LINE rule C14); this one has neither",
                    p,
                    self.out,
                )
            });
        }
        if let Some(contents) = &t.contents {
            p.field("contents", |p| {
                for (i, c) in contents.iter().enumerate() {
                    p.index(i, |p| self.component(c, Place::TextContents, p));
                }
            });
        }
        self.keywords(t, p);
        self.color(&t.color, "color", p);
        self.action(&t.action, p);
    }

    fn span(&mut self, s: &FlexSpan, p: &mut Path) {
        self.keywords(s, p);
        self.color(&s.color, "color", p);
    }

    fn action(&mut self, a: &Option<Box<Action>>, p: &mut Path) {
        if let Some(a) = a {
            p.field("action", |p| {
                a.validate_in(ActionContext::Flex, p, self.out)
            });
        }
    }

    fn media_url(&mut self, url: &str, name: &str, p: &mut Path) {
        p.rule("V09", |p| {
            p.field(name, |p| {
                validate::url(url, Schemes::Https, MEDIA_URL_MAX, p, self.out)
            })
        });
    }

    fn color(&mut self, c: &Option<Color>, name: &str, p: &mut Path) {
        if let Some(c) = c {
            p.rule("V13", |p| {
                p.field(name, |p| validate::color(c.as_str(), p, self.out))
            });
        }
    }

    fn ratio(&mut self, r: &Option<super::AspectRatio>, p: &mut Path) {
        if let Some(r) = r {
            p.rule("V14", |p| {
                p.field("aspectRatio", |p| {
                    aspect_ratio::check(r.as_str(), p, self.out)
                })
            });
        }
    }

    /// V33: `Ndeg` with 0 <= N < 360 (decimals allowed).
    fn angle(&mut self, a: &Angle, p: &mut Path) {
        let text = a.to_string();
        let ok = is_number_with_unit(&text, "deg")
            && text
                .trim_end_matches("deg")
                .parse::<f64>()
                .is_ok_and(|n| n < 360.0);
        if !ok {
            p.rule("V33", |p| {
                p.field("angle", |p| {
                    validate::invalid(
                        "an angle in degrees from `0deg` up to (not including) `360deg`, such as `90deg`",
                        p,
                        self.out,
                    )
                })
            });
        }
    }

    /// V33: a percentage from 0% to 100%.
    fn center_position(&mut self, c: &Option<super::units::Percentage>, p: &mut Path) {
        let Some(c) = c else { return };
        let text = c.to_string();
        let ok = is_number_with_unit(&text, "%")
            && text
                .trim_end_matches('%')
                .parse::<f64>()
                .is_ok_and(|n| n <= 100.0);
        if !ok {
            p.rule("V33", |p| {
                p.field("centerPosition", |p| {
                    validate::invalid("a percentage from `0%` to `100%`", p, self.out)
                })
            });
        }
    }

    /// A keyword value LINE would not accept, of an object's keyword property held as `Unknown`
    /// (a property whose type keeps such values itself).
    fn keyword<T: Keyword>(&mut self, v: &Option<T>, name: &str, p: &mut Path) {
        if let Some(v) = v {
            self.keyword_value(v, name, p);
        }
    }

    fn keyword_value<T: Keyword>(&mut self, v: &T, name: &str, p: &mut Path) {
        if let Some(s) = v.unknown() {
            self.judge(Some(s), KeywordRule::of::<T>(), name, p);
        }
    }

    /// The values of `object`'s optional keyword properties that this version does not model,
    /// kept in its `unknown_fields`: each is judged as its property's type says.
    fn keywords<T: KeywordProperties>(&mut self, object: &T, p: &mut Path) {
        let fields = object.kept();
        if fields.is_empty() {
            return;
        }
        for &(name, rule) in T::KEYWORDS {
            if let Some(v) = fields.get(name) {
                self.judge(v.as_str(), rule, name, p);
            }
        }
    }

    /// A value LINE would not accept: not a string, or not a keyword (those modelled are never
    /// judged) nor a pixel or percent value where those are allowed. Offsets, unlike paddings
    /// and margins, have no sign restriction (rule V32): LINE's own showcase "Apparel" uses
    /// `"offsetTop": "-2px"`.
    fn judge(&mut self, s: Option<&str>, rule: KeywordRule, name: &str, p: &mut Path) {
        let offset = name.starts_with("offset");
        let ok = s.is_some_and(|s| {
            let magnitude = if offset {
                s.strip_prefix('-').unwrap_or(s)
            } else {
                s
            };
            (rule.px && is_number_with_unit(magnitude, "px"))
                || (rule.percent && is_number_with_unit(magnitude, "%"))
        });
        if ok {
            return;
        }
        // Spacing values and offsets (V32) and sizes (V33) are rules of the table; other
        // keywords are the enumerations of LINE's reference.
        let table_rule = if !(rule.px || rule.percent) {
            // Plain enumerations (bubble size, button height, ...).
            None
        } else if offset || name.starts_with("padding") || matches!(name, "margin" | "spacing") {
            Some("V32")
        } else if matches!(
            name,
            "width"
                | "maxWidth"
                | "height"
                | "maxHeight"
                | "size"
                | "lineSpacing"
                | "borderWidth"
                | "cornerRadius"
                | "centerPosition"
        ) {
            Some("V33")
        } else {
            None
        };
        let expected = match s.and_then(|s| case_only_keyword(rule.expected, s)) {
            Some(k) => format!(
                "{} (did you mean `{k}`? values are case-sensitive)",
                rule.expected
            ),
            None => rule.expected.to_owned(),
        };
        let report = |p: &mut Path| p.field(name, |p| validate::invalid(expected, p, self.out));
        match table_rule {
            Some(rule) => p.rule(rule, report),
            None => report(p),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn carousel_length_derived_from_its_bubbles_matches_its_serialization() {
        let full: Bubble = serde_json::from_str(
            r#"{"size":"kilo","body":{"type":"box","layout":"vertical",
                "contents":[{"type":"text","text":"Ünïcode \"quoted\""}]}}"#,
        )
        .unwrap();
        for contents in [
            vec![],
            vec![Bubble::default()],
            vec![full.clone()],
            vec![Bubble::default(), full.clone(), Bubble::default()],
            vec![full.clone(); 12],
        ] {
            for b in &contents {
                assert_eq!(
                    tagged_bubble_len(json_len(b)),
                    serde_json::to_vec(&FlexContainer::Bubble(Box::new(b.clone())))
                        .unwrap()
                        .len(),
                    "{b:?}"
                );
            }
            let lens: Vec<usize> = contents
                .iter()
                .map(|b| tagged_bubble_len(json_len(b)))
                .collect();
            let carousel = FlexContainer::Carousel(Carousel {
                contents,
                ..Default::default()
            });
            assert_eq!(
                carousel_json_len(&lens),
                serde_json::to_vec(&carousel).unwrap().len(),
                "{carousel:?}"
            );
        }
    }

    #[test]
    fn a_carousel_over_its_limit_reports_its_serialized_length() {
        use crate::validate::Validate;
        // Two bubbles of about 26 KB each: each under 30 KB, together over 50 KB.
        let texts: Vec<serde_json::Value> = (0..320)
            .map(|_| serde_json::json!({"type": "text", "text": "x".repeat(60)}))
            .collect();
        let bubble = serde_json::json!({"type": "bubble",
            "body": {"type": "box", "layout": "vertical", "contents": texts}});
        let container: FlexContainer = serde_json::from_value(
            serde_json::json!({"type": "carousel", "contents": [bubble.clone(), bubble]}),
        )
        .unwrap();
        let len = serde_json::to_vec(&container).unwrap().len();
        let errors: Vec<String> = container
            .validate()
            .unwrap_err()
            .violations()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            errors,
            [format!(
                "(root): must be at most 51200 bytes of JSON (50 KB), not {len} (LINE rule V31)"
            )]
        );
    }
}
