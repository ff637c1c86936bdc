//! Properties of flex objects that this version does not model: kept on every kind of object,
//! written back after the modelled ones, passed by `validate()` and named by `lint()`.

use linebot::lint::Lint;
use linebot::message::flex::units::Weight;
use linebot::message::flex::{self, FlexComponent, FlexContainer};
use serde_json::json;

use crate::support::{paths, round_trip, wire};

/// A carousel with a property LINE might add on every kind of flex object.
fn layout() -> serde_json::Value {
    json!({"type": "carousel", "x-carousel": 1, "contents": [
        {"type": "bubble", "x-bubble": true,
         "styles": {"x-styles": "s", "body": {"backgroundColor": "#ffffff", "x-block": [1]}},
         "header": {"type": "box", "layout": "vertical", "x-header": {"a": null}, "contents": [],
                    "background": {"type": "linearGradient", "angle": "90deg",
                                   "startColor": "#000000", "endColor": "#ffffff",
                                   "x-gradient": 1.5}},
         "hero": {"type": "image", "url": "https://example.com/a.png", "x-image": "i"},
         "body": {"type": "box", "layout": "vertical", "contents": [
             {"type": "text", "x-text": "t", "contents": [
                 {"type": "span", "text": "a", "x-span": "s"}]},
             {"type": "box", "layout": "baseline", "contents": [
                 {"type": "icon", "url": "https://example.com/i.png", "x-icon": 0},
                 {"type": "filler", "x-filler": 0}]},
             {"type": "separator", "x-separator": 0},
             {"type": "button", "action": {"type": "message", "label": "a", "text": "a"},
              "x-button": 0}]}}
    ]})
}

/// A bubble with a video hero (which a carousel cannot hold), the video's alternative content
/// and the video each with such a property.
fn video_bubble() -> serde_json::Value {
    json!({"type": "bubble", "hero": {
        "type": "video", "url": "https://example.com/v.mp4",
        "previewUrl": "https://example.com/v.png",
        "altContent": {"type": "image", "url": "https://example.com/v.png", "x-alt": 0},
        "aspectRatio": "16:9", "x-video": 0}})
}

/// The paths of `lint()`'s V46 warnings.
fn named(container: &FlexContainer) -> Vec<String> {
    container
        .lint()
        .iter()
        .filter(|w| w.rule() == "V46")
        .map(|w| w.path().to_owned())
        .collect()
}

#[test]
fn every_flex_object_keeps_the_properties_this_version_does_not_model() {
    let original = layout();
    let carousel: FlexContainer = serde_json::from_value(original.clone()).unwrap();

    // Read as the typed model (no component fell back to JSON), with the property beside it.
    let FlexContainer::Carousel(c) = &carousel else {
        panic!("not a carousel: {carousel:?}")
    };
    assert_eq!(c.unknown_fields.get("x-carousel"), Some(&json!(1)));
    let body = c.contents[0].body.as_deref().unwrap();
    let FlexComponent::Text(text) = &body.contents[0] else {
        panic!("not a text: {:?}", body.contents[0])
    };
    assert_eq!(text.unknown_fields.get("x-text"), Some(&json!("t")));
    assert_eq!(text.unknown_fields.len(), 1, "the tag is not kept here");

    // Written back as it came, by serde_json and by the client's writer alike; LINE accepts
    // what it knows, so a property it may not know is advice, never a refusal.
    for value in [original, video_bubble()] {
        let container: FlexContainer = serde_json::from_value(value.clone()).unwrap();
        let written: serde_json::Value = serde_json::from_str(&round_trip(&container)).unwrap();
        assert_eq!(written, value);
        assert_eq!(paths(&container), Vec::<String>::new());
    }

    assert_eq!(
        named(&carousel),
        [
            "contents[0].header.background.x-gradient",
            "contents[0].header.x-header",
            "contents[0].body.contents[0].contents[0].x-span",
            "contents[0].body.contents[0].x-text",
            "contents[0].body.contents[1].contents[0].x-icon",
            "contents[0].body.contents[1].contents[1].x-filler",
            "contents[0].body.contents[2].x-separator",
            "contents[0].body.contents[3].x-button",
            "contents[0].hero.x-image",
            "contents[0].styles.body.x-block",
            "contents[0].styles.x-styles",
            "contents[0].x-bubble",
            "x-carousel",
        ]
    );
    let video: FlexContainer = serde_json::from_value(video_bubble()).unwrap();
    assert_eq!(named(&video), ["hero.altContent.x-alt", "hero.x-video"]);
}

#[test]
fn a_property_set_by_hand_is_written_after_the_modelled_ones() {
    let mut text = flex::text("Hi").weight(Weight::Bold);
    assert!(text.unknown_fields.is_empty());
    text.unknown_fields.insert("fontFeature", "tnum");
    assert_eq!(
        wire(&FlexComponent::from(text.clone())),
        r#"{"type":"text","text":"Hi","weight":"bold","fontFeature":"tnum"}"#
    );
    // Standing alone (no tag), the same order.
    assert_eq!(
        wire(&text),
        r#"{"text":"Hi","weight":"bold","fontFeature":"tnum"}"#
    );
    // Removed again, the component is what the builder made.
    text.unknown_fields.remove("fontFeature");
    assert_eq!(text, flex::text("Hi").weight(Weight::Bold));
}

/// Every optional keyword property of every component, with a value this version models.
fn every_keyword_property() -> serde_json::Value {
    let place = json!({"margin": "md", "position": "relative", "offsetTop": "1px",
        "offsetBottom": "2px", "offsetStart": "5%", "offsetEnd": "none"});
    let with = |mut base: serde_json::Value, more: serde_json::Value| {
        for (k, v) in more
            .as_object()
            .unwrap()
            .iter()
            .chain(place.as_object().unwrap())
        {
            base[k] = v.clone();
        }
        base
    };
    json!([
        with(json!({"type": "box", "layout": "vertical", "contents": []}), json!({
            "spacing": "sm", "borderWidth": "light", "cornerRadius": "4px", "width": "10px",
            "maxWidth": "50%", "height": "10px", "maxHeight": "20%", "paddingAll": "md",
            "paddingTop": "1px", "paddingBottom": "1%", "paddingStart": "xs",
            "paddingEnd": "none", "justifyContent": "center", "alignItems": "flex-end"})),
        with(json!({"type": "button", "action": {"type": "message", "label": "a", "text": "a"}}),
            json!({"style": "link", "gravity": "top", "height": "sm",
                   "adjustMode": "shrink-to-fit"})),
        with(json!({"type": "image", "url": "https://example.com/a.png"}), json!({
            "align": "start", "gravity": "bottom", "size": "full", "aspectMode": "cover"})),
        with(json!({"type": "text", "text": "a"}), json!({
            "size": "xl", "align": "end", "gravity": "center", "weight": "bold",
            "style": "italic", "decoration": "underline", "lineSpacing": "4px",
            "adjustMode": "shrink-to-fit"})),
        {"type": "box", "layout": "baseline", "contents": [
            with(json!({"type": "icon", "url": "https://example.com/i.png"}),
                 json!({"size": "sm"}))]},
        {"type": "text", "contents": [{"type": "span", "text": "a", "size": "sm",
            "weight": "regular", "style": "normal", "decoration": "line-through"}]},
        {"type": "separator", "margin": "xxl"},
    ])
}

#[test]
fn every_keyword_property_with_a_modelled_value_is_read_into_its_field() {
    for value in every_keyword_property().as_array().unwrap() {
        let c: FlexComponent = serde_json::from_value(value.clone()).unwrap();
        let mut all = vec![&c];
        match &c {
            FlexComponent::Box(b) => all.extend(&b.contents),
            FlexComponent::Text(t) => all.extend(t.contents.iter().flatten()),
            _ => {}
        }
        for c in all {
            let fields = c.unknown_fields().expect("read as its typed kind");
            assert!(fields.is_empty(), "{c:?} kept {fields:?}");
        }
        let written: serde_json::Value = serde_json::from_str(&round_trip(&c)).unwrap();
        assert_eq!(&written, value);
    }
}

#[test]
fn a_keyword_value_this_version_does_not_model_is_kept_and_judged() {
    let json = json!({"type": "text", "text": "a", "margin": "12.5px", "size": "12abc",
                      "weight": "semibold", "offsetTop": "-2.5px"});
    let c: FlexComponent = serde_json::from_value(json.clone()).unwrap();
    let FlexComponent::Text(t) = &c else {
        panic!("not a text: {c:?}")
    };
    assert_eq!(
        (&t.margin, &t.size, &t.weight, &t.offset_top),
        (&None, &None, &None, &None)
    );
    assert_eq!(t.unknown_fields.get("margin"), Some(&json!("12.5px")));
    // Written back as it came.
    let written: serde_json::Value = serde_json::from_str(&round_trip(&c)).unwrap();
    assert_eq!(written, json);
    // Judged by validate() as the property's type says: decimal pixels and negative offsets
    // pass, the rest is reported where it stands; none is an unknown property for lint().
    let bubble = FlexContainer::from_json(
        &json!({"type": "bubble", "body": {"type": "box", "layout": "vertical",
                "contents": [json]}})
        .to_string(),
    )
    .unwrap();
    assert_eq!(
        paths(&bubble),
        ["body.contents[0].size", "body.contents[0].weight"]
    );
    assert!(bubble.lint().iter().all(|w| w.rule() != "V46"));
}

#[test]
fn the_builders_set_unknown_fields_in_their_chain() {
    use linebot::message::flex::units::Spacing;

    let bubble = flex::bubble()
        .body(
            flex::vertical()
                .spacing(Spacing::Sm)
                .unknown_field("x-box", 1)
                .push(flex::text("a").unknown_field("margin", "12.5px")),
        )
        .unknown_field("x-bubble", true)
        .build();
    assert_eq!(
        wire(&bubble),
        r#"{"body":{"type":"box","layout":"vertical","contents":[{"type":"text","text":"a","margin":"12.5px"}],"spacing":"sm","x-box":1},"x-bubble":true}"#
    );
    // Read back, the keyword value stays where it was set, and validate() accepts it.
    let back: linebot::message::flex::Bubble = serde_json::from_str(&wire(&bubble)).unwrap();
    assert_eq!(back, bubble);
    assert_eq!(paths(&FlexContainer::from(bubble)), Vec::<String>::new());

    // Set by its field too, the property would be written twice: lint() says so.
    let twice = FlexContainer::from(
        flex::bubble()
            .body(
                flex::vertical().push(
                    flex::text("a")
                        .margin(Spacing::Md)
                        .unknown_field("margin", "12.5px"),
                ),
            )
            .build(),
    );
    let warnings = twice.lint();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0].path(), "body.contents[0].margin");
    assert!(
        warnings[0].message().contains("written twice"),
        "{warnings:?}"
    );
}

/// `FlexText::deserialize(d)` and `FlexText::serialize(&t, s)`, as serde users write them, are
/// the trait impls that keep unknown fields and lift keyword values into their fields: no
/// inherent function of the same name shadows them.
#[test]
fn the_types_serde_functions_are_the_ones_that_keep_unknown_fields() {
    use linebot::message::flex::FlexText;
    use linebot::message::flex::units::{Margin, TextSize};
    use serde::{Deserialize, Serialize};

    let text = r##"{"text":"Total","size":"xl","margin":"12.5px","colour":"#111111"}"##;
    let read = FlexText::deserialize(&mut serde_json::Deserializer::from_str(text)).unwrap();
    assert_eq!(read.size, Some(TextSize::Xl));
    assert_eq!(read.margin, None::<Margin>);
    assert_eq!(read.unknown_fields.get("margin"), Some(&json!("12.5px")));
    assert_eq!(read.unknown_fields.get("colour"), Some(&json!("#111111")));

    let mut written = Vec::new();
    FlexText::serialize(&read, &mut serde_json::Serializer::new(&mut written)).unwrap();
    assert_eq!(String::from_utf8(written).unwrap(), text);
}
