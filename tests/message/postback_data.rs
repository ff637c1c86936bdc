//! `#[derive(PostbackData)]`: the encoding, decoding (errors name the key), the round trip
//! for generated values of every field kind, and decoding arbitrary strings without panicking.

use linebot::action::{self, Action};
use linebot::postback::{PostbackData, PostbackDataError};
use linebot::validate::Validate;
use proptest::prelude::*;

#[derive(Debug, Clone, PartialEq, PostbackData)]
enum Size {
    Small,
    #[postback(rename = "L")]
    Large,
    ExtraLarge,
}

/// Every field kind the derive supports.
#[derive(Debug, Clone, PartialEq, PostbackData)]
enum Menu {
    Buy {
        #[postback(rename = "itemid")]
        item: u32,
        qty: u8,
    },
    Numbers {
        a: i8,
        b: i16,
        c: i32,
        d: i64,
        e: i128,
        f: u16,
        g: u64,
        h: u128,
        i: usize,
        j: isize,
    },
    Texts {
        note: String,
        #[postback(max_len = 20)]
        name: String,
        maybe: Option<String>,
        initial: char,
    },
    Flags {
        gift: bool,
        size: Size,
        size_maybe: Option<Size>,
        count: Option<u64>,
    },
    Refresh,
}

#[derive(Debug, Clone, PartialEq, PostbackData)]
#[postback(tag = "kind")]
enum Tagged {
    #[postback(rename = "go")]
    Go { action: String },
}

#[derive(Debug, Clone, PartialEq, PostbackData)]
struct Page {
    page: u16,
    #[postback(rename = "q")]
    query: Option<String>,
}

#[test]
fn encodes_as_query_strings() {
    let buy = Menu::Buy { item: 111, qty: 2 };
    assert_eq!(buy.to_postback_data(), "action=buy&itemid=111&qty=2");
    assert_eq!(Menu::Refresh.to_postback_data(), "action=refresh");
    assert_eq!(Size::ExtraLarge.to_postback_data(), "action=extra_large");
    assert_eq!(
        Page {
            page: 3,
            query: None
        }
        .to_postback_data(),
        "page=3"
    );
    assert_eq!(
        Page {
            page: 3,
            query: Some("a&b=c 100%+#".into())
        }
        .to_postback_data(),
        "page=3&q=a%26b%3Dc+100%25%2B%23"
    );
    let flags = Menu::Flags {
        gift: true,
        size: Size::Large,
        size_maybe: None,
        count: Some(0),
    };
    assert_eq!(
        flags.to_postback_data(),
        "action=flags&gift=true&size=L&count=0"
    );
    assert_eq!(
        Tagged::Go { action: "x".into() }.to_postback_data(),
        "kind=go&action=x"
    );
}

#[test]
fn non_ascii_text_is_kept_not_escaped() {
    let texts = Menu::Texts {
        note: "ดูรายละเอียด".into(),
        name: "🍎".into(),
        maybe: Some(String::new()),
        initial: 'é',
    };
    let data = texts.to_postback_data();
    assert_eq!(
        data,
        "action=texts&note=ดูรายละเอียด&name=🍎&maybe=&initial=é"
    );
    assert_eq!(Menu::from_postback_data(&data), Ok(texts));
}

#[test]
fn decodes_data_written_by_hand_or_other_sdks() {
    // Percent-encoded UTF-8 and `+` for spaces, key order, unknown keys: all fine.
    let data = "qty=1&utm=line&itemid=111&action=buy";
    assert_eq!(
        Menu::from_postback_data(data),
        Ok(Menu::Buy { item: 111, qty: 1 })
    );
    let data = "page=2&q=%E0%B8%94%E0%B8%B9+more";
    assert_eq!(
        Page::from_postback_data(data),
        Ok(Page {
            page: 2,
            query: Some("ดู more".into())
        })
    );
}

#[test]
fn errors_name_the_missing_or_malformed_key() {
    let err = Menu::from_postback_data("action=buy&qty=1").unwrap_err();
    assert_eq!(err, PostbackDataError::Missing { key: "itemid" });
    assert_eq!(err.to_string(), "postback data has no `itemid` key");

    let err = Menu::from_postback_data("action=buy&itemid=abc&qty=1").unwrap_err();
    assert_eq!(err.key(), "itemid");
    assert_eq!(
        err.to_string(),
        "postback data key `itemid` holds `abc`: expected an integer from 0 to 4294967295"
    );

    let err = Menu::from_postback_data("action=sell").unwrap_err();
    assert_eq!(
        err.to_string(),
        "postback data key `action` holds `sell`: expected one of `buy`, `numbers`, `texts`, \
         `flags`, `refresh`"
    );
    assert_eq!(
        Menu::from_postback_data("itemid=1").unwrap_err(),
        PostbackDataError::Missing { key: "action" }
    );

    let err = Menu::from_postback_data("action=flags&gift=yes&size=L").unwrap_err();
    assert_eq!(
        err.to_string(),
        "postback data key `gift` holds `yes`: expected `true` or `false`"
    );
    let err = Menu::from_postback_data("action=flags&gift=1&size=XL").unwrap_err();
    assert_eq!(
        err.to_string(),
        "postback data key `size` holds `XL`: expected one of `small`, `L`, `extra_large`"
    );

    let long = "n".repeat(21);
    let err =
        Menu::from_postback_data(&format!("action=texts&note=&name={long}&initial=x")).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("postback data key `name` holds `{long}`: expected at most 20 characters")
    );
}

#[test]
fn max_len_covers_bounded_types_only() {
    assert_eq!(
        <Size as PostbackData>::MAX_LEN,
        Some("action=extra_large".len())
    );
    assert_eq!(<Page as PostbackData>::MAX_LEN, None, "an unbounded string");
    #[derive(PostbackData)]
    struct Bounded {
        #[allow(dead_code)]
        id: u32,
        #[allow(dead_code)]
        #[postback(max_len = 10)]
        name: Option<String>,
    }
    // "id=" + 10 digits + "&name=" + 10 characters escaped to at most 3 units each.
    assert_eq!(Bounded::MAX_LEN, Some(3 + 10 + 6 + 30));
}

#[test]
fn the_postback_action_takes_typed_data_and_strings() {
    let typed = action::postback(Menu::Buy { item: 111, qty: 2 }).label(linebot::label!("Buy"));
    let Action::Postback(wire) = Action::from(typed) else {
        panic!("a postback action")
    };
    assert_eq!(wire.data, "action=buy&itemid=111&qty=2");

    let plain = action::postback("a=b").into_wire();
    assert_eq!(plain.data, "a=b");
    let owned = action::postback(format!("item={}", 7)).into_wire();
    assert_eq!(owned.data, "item=7");
    let literal = action::postback(linebot::postback_data!("x=1")).into_wire();
    assert_eq!(literal.data, "x=1");

    // Unbounded data is held to LINE's 300 characters by validate().
    let long = Page {
        page: 1,
        query: Some("q".repeat(300)),
    };
    let action = Action::from(action::postback(long).label(linebot::label!("Search")));
    let err = action.validate().unwrap_err().to_string();
    assert!(err.contains("data"), "{err}");
}

#[test]
fn the_webhook_postback_decodes_into_the_type() {
    let body = r#"{"destination":"U0","events":[{"type":"postback","mode":"active",
        "timestamp":1,"webhookEventId":"01H","deliveryContext":{"isRedelivery":false},
        "source":{"type":"user","userId":"U1"},"replyToken":"r",
        "postback":{"data":"action=buy&itemid=111&qty=3"}}]}"#;
    let callback: linebot::webhook::CallbackRequest = body.parse().unwrap();
    let linebot::webhook::EventKind::Postback(postback) = &callback.events[0].kind else {
        panic!("a postback event")
    };
    assert_eq!(
        postback.data_as::<Menu>(),
        Ok(Menu::Buy { item: 111, qty: 3 })
    );
    assert_eq!(
        postback.data_as::<Page>().unwrap_err(),
        PostbackDataError::Missing { key: "page" }
    );
}

fn size() -> impl Strategy<Value = Size> {
    prop_oneof![Just(Size::Small), Just(Size::Large), Just(Size::ExtraLarge)]
}

fn menu() -> impl Strategy<Value = Menu> {
    let numbers = (
        any::<i8>(),
        any::<i16>(),
        any::<i32>(),
        any::<i64>(),
        any::<i128>(),
        any::<u16>(),
        any::<u64>(),
        any::<u128>(),
        any::<usize>(),
        any::<isize>(),
    )
        .prop_map(|(a, b, c, d, e, f, g, h, i, j)| Menu::Numbers {
            a,
            b,
            c,
            d,
            e,
            f,
            g,
            h,
            i,
            j,
        });
    let texts = (
        any::<String>(),
        "(.|[&=%+# ]){0,20}",
        proptest::option::of(any::<String>()),
        any::<char>(),
    )
        .prop_map(|(note, name, maybe, initial)| Menu::Texts {
            note,
            name,
            maybe,
            initial,
        });
    let flags = (
        any::<bool>(),
        size(),
        proptest::option::of(size()),
        proptest::option::of(any::<u64>()),
    )
        .prop_map(|(gift, size, size_maybe, count)| Menu::Flags {
            gift,
            size,
            size_maybe,
            count,
        });
    prop_oneof![
        (any::<u32>(), any::<u8>()).prop_map(|(item, qty)| Menu::Buy { item, qty }),
        numbers,
        texts,
        flags,
        Just(Menu::Refresh),
    ]
}

proptest! {
    #[test]
    fn encode_then_decode_gives_the_value_back(value in menu()) {
        let data = value.to_postback_data();
        prop_assert_eq!(Menu::from_postback_data(&data), Ok(value));
    }

    #[test]
    fn bounded_variants_stay_within_max_len(item in any::<u32>(), qty in any::<u8>(),
        gift in any::<bool>(), size in size(), count in proptest::option::of(any::<u64>())) {
        #[derive(PostbackData)]
        enum Bounded {
            Buy { item: u32, qty: u8 },
            Flags { gift: bool, size: Size, count: Option<u64> },
        }
        let max = Bounded::MAX_LEN.unwrap();
        for v in [Bounded::Buy { item, qty }, Bounded::Flags { gift, size: size.clone(), count }] {
            prop_assert!(v.to_postback_data().encode_utf16().count() <= max);
        }
    }

    #[test]
    fn decoding_any_string_never_panics(data in any::<String>()) {
        let _ = Menu::from_postback_data(&data);
        let _ = Page::from_postback_data(&data);
        let _ = Tagged::from_postback_data(&data);
    }

    #[test]
    fn decoding_near_valid_data_never_panics(
        data in "(action=(buy|texts|flags|numbers)&)?((itemid|qty|note|name|maybe|initial|gift|size|count|[a-j])=(%[0-9A-Fa-f]{0,2}|[0-9]{0,40}|-|true|L|.){0,3}&?){0,12}"
    ) {
        let _ = Menu::from_postback_data(&data);
    }
}

#[test]
fn field_names_do_not_clash_with_generated_code() {
    #[derive(Debug, PartialEq, PostbackData)]
    enum Odd {
        Go {
            __w: u8,
            data: String,
            __pairs: bool,
        },
    }
    let v = Odd::Go {
        __w: 1,
        data: "d".into(),
        __pairs: true,
    };
    let data = v.to_postback_data();
    assert_eq!(data, "action=go&__w=1&data=d&__pairs=true");
    assert_eq!(Odd::from_postback_data(&data), Ok(v));
}

#[test]
fn raw_identifiers_are_keys_without_their_prefix() {
    #[derive(Debug, PartialEq, PostbackData)]
    struct Filter {
        r#type: u8,
    }
    assert_eq!(Filter { r#type: 2 }.to_postback_data(), "type=2");
}

#[test]
fn a_bounded_type_of_exactly_300_characters_compiles() {
    // "tx=" and 99 characters escaping to at most 3 each: 300, LINE's limit. One more character
    // and the derive refuses the type (tests/ui/derive/postback_too_long.rs).
    #[derive(Debug, PartialEq, PostbackData)]
    struct Exact {
        #[postback(rename = "tx", max_len = 99)]
        text: String,
    }
    assert_eq!(Exact::MAX_LEN, Some(300));
    let worst = Exact {
        text: "&".repeat(99),
    };
    assert_eq!(worst.to_postback_data().len(), 300);
    assert_eq!(
        Exact::from_postback_data(&worst.to_postback_data()),
        Ok(worst)
    );
}

#[test]
fn datetime_pickers_and_rich_menu_switches_take_typed_data_too() {
    let picker = action::datetime_picker(
        Page {
            page: 1,
            query: None,
        },
        action::DatetimeMode::Date,
    )
    .into_wire();
    assert_eq!(picker.data, "page=1");
    let switch = action::rich_menu_switch("menu-b", Menu::Refresh).into_wire();
    assert_eq!(switch.data, "action=refresh");
    assert_eq!(
        action::datetime_picker("d", action::DatetimeMode::Time)
            .into_wire()
            .data,
        "d"
    );
}

/// A public type may hold fields of private types: the derive's bounds stay warning-free.
mod private_field_types {
    #![deny(warnings)]
    use linebot::postback::PostbackData;

    #[derive(Debug, PartialEq, PostbackData)]
    enum Size {
        Small,
    }

    #[derive(Debug, PartialEq, PostbackData)]
    pub struct Order {
        size: Size,
    }

    #[test]
    fn round_trip() {
        let order = Order { size: Size::Small };
        assert_eq!(order.to_postback_data(), "size=small");
        assert_eq!(Order::from_postback_data("size=small"), Ok(order));
    }
}
