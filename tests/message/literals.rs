//! The literal macros count exactly as the runtime validator: for each tricky string, the
//! count the macro computed at compile time equals the validator's count, and the literal is
//! accepted at compile time because the validator accepts it at run time. (Literals over a
//! limit fail to compile: `tests/ui/literal_*.rs`.)

use linebot::literal::Label;
use linebot::validate::{grapheme_len, utf16_len};
use linebot::{alt_text, label, message_text, postback_data};

/// `(label!(s), message_text!(s), alt_text!(s), postback_data!(s), s)` for each literal.
macro_rules! table {
    ($($s:literal),* $(,)?) => {
        [$((label!($s), message_text!($s), alt_text!($s), postback_data!($s), $s)),*]
    };
}

#[test]
fn compile_time_and_run_time_counts_agree_on_tricky_text() {
    let rows = table![
        // Thai: vowel and tone marks above and below the consonant.
        "ดูรายละเอียดเพิ่มเติม",
        "ดูรายละเอียดเพิ่มเติมครับ!",
        "น้ำ",
        // Devanagari: conjuncts joined by virama, spacing vowel signs.
        "नमस्ते",
        "हिन्दी",
        "क्षत्रिय",
        "अनुच्छेदविस्तारपूर्वकजानकारीदेखें",
        // Other Indic and Southeast Asian scripts.
        "தமிழ்",
        "কৃষ্ণ",
        "ကမ္ဘာ",
        // Hangul: conjoining jamo (one syllable from three code points) and precomposed.
        "\u{1100}\u{1161}\u{11A8}",
        "한국어",
        // Emoji: ZWJ families, flags (and an unpaired regional indicator), keycaps,
        // skin tones, a variation selector, a tag sequence.
        "👨‍👩‍👧‍👦",
        "👩‍❤️‍💋‍👨",
        "🇯🇵🇺🇸🇹🇭",
        "🇯🇵🇺",
        "1️⃣2️⃣#️⃣",
        "👍🏽👋🏿",
        "❤️",
        "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}",
        // Combining marks, Arabic harakat, Japanese dakuten, CR LF.
        "e\u{301}\u{302}",
        "مَرْحَبًا",
        "か\u{3099}",
        "a\r\nb",
        "Buy",
    ];
    for (label, text, alt, data, s) in rows {
        assert_eq!(label.len(), grapheme_len(s), "label!({s:?})");
        assert!(Label::check(s).is_ok(), "the validator accepts {s:?} too");
        assert_eq!(label.as_str(), s);
        assert_eq!(text.len(), utf16_len(s), "message_text!({s:?})");
        assert_eq!(alt.len(), utf16_len(s), "alt_text!({s:?})");
        assert_eq!(data.len(), utf16_len(s), "postback_data!({s:?})");
    }
}

#[test]
fn a_thai_label_of_16_grapheme_clusters_is_accepted() {
    // 21 code points, 16 grapheme clusters: the limit counts clusters.
    let see_more = label!("ดูรายละเอียดเพิ่มเติม");
    assert_eq!(see_more.len(), 16);
    assert_eq!(see_more.as_str().chars().count(), 21);
    let boundary = label!("ดูรายละเอียดเพิ่มเติมครับ!");
    assert_eq!(boundary.len(), linebot::limits::ACTION_LABEL_MAX);
}

#[test]
fn a_label_of_21_to_40_characters_goes_on_flex_actions_and_validates() {
    use linebot::action;
    use linebot::literal::FlexOnly;
    use linebot::message::flex::{self, FlexMessage};
    use linebot::validate::Validate;

    // 28 characters: over the 20 of templates, within the 40 of flex messages.
    let long: Label<FlexOnly> = label!("See every detail of the plan");
    assert_eq!(long.len(), 28);
    let thai: Label<FlexOnly> = label!("ดูรายละเอียดเพิ่มเติมครับผม");
    assert_eq!(thai.len(), 21);
    let card = flex::bubble().footer(
        flex::vertical()
            .push(flex::button(
                action::uri("https://example.com/plan").label(long),
            ))
            .push(flex::button(action::message("more").label(thai))),
    );
    FlexMessage::new("Plan", card).validate().unwrap();
}
