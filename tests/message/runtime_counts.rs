//! Lists known only at run time: every count-limited container converts from a `Vec` (or an
//! iterator) with the same limit the compiler enforces for arrays and pushes, and the result
//! goes wherever the compile-time result goes.

use linebot::action::{
    self, AnyFlexAction, AnyQuickReplyAction, AnyRichMenuAction, AnyTemplateAction,
};
use linebot::count::CountError;
use linebot::label;
use linebot::limits::*;
use linebot::message::flex::{self, AnyCarouselBubble, FlexMessage, size};
use linebot::message::imagemap::{self, ImagemapArea, ImagemapBaseSize, ImagemapMessage};
use linebot::message::template::{
    ButtonsTemplate, CarouselColumn, CarouselColumnBuilder, CarouselTemplate, ConfirmTemplate,
    ImageCarouselColumn, ImageCarouselTemplate, TemplateMessage, WithThumbnail,
};
use linebot::message::{
    Message, Messages, MulticastRequest, PushMessageRequest, QuickReply, QuickReplyItem,
    ReplyMessageRequest, TextMessage,
};
use linebot::richmenu::{RichMenu, RichMenuArea, RichMenuBounds, RichMenuSize};
use linebot::validate::Validate;

/// Asserts `ok` passes and `over` fails with exactly `message`.
fn at_and_over<T: std::fmt::Debug>(
    ok: Result<T, CountError>,
    over: Result<T, CountError>,
    message: &str,
) -> T {
    let err = over.expect_err("one over the limit must be refused");
    assert_eq!(err.to_string(), message);
    ok.expect("the limit itself is accepted")
}

fn texts(n: usize) -> Vec<TextMessage> {
    (0..n)
        .map(|i| TextMessage::new(format!("line {i}")))
        .collect()
}

#[test]
fn messages_of_a_request() {
    let five = at_and_over(
        Messages::try_from(texts(MESSAGES_MAX)),
        Messages::try_from(texts(MESSAGES_MAX + 1)),
        "a request takes 1 to 5 messages, but 6 were given (LINE rule C01)",
    );
    assert_eq!(
        Messages::try_from(Vec::<Message>::new())
            .unwrap_err()
            .to_string(),
        "a request takes 1 to 5 messages, but 0 were given (LINE rule C01)"
    );
    // The checked list goes wherever an array or a pushed `Messages` goes.
    let reply = ReplyMessageRequest::new("token", five.clone());
    assert_eq!(reply.messages.len(), 5);
    reply.validate().unwrap();
    let push = PushMessageRequest::new("U1", five.clone());
    let multicast = MulticastRequest::new(["U1"], five);
    assert_eq!(
        serde_json::to_value(&push.messages).unwrap(),
        serde_json::to_value(&multicast.messages).unwrap()
    );
}

fn items(n: usize) -> Vec<QuickReplyItem> {
    (0..n)
        .map(|i| QuickReplyItem::new(action::message(format!("place {i}")).label(format!("P{i}"))))
        .collect()
}

#[test]
fn quick_reply_items() {
    let quick_reply = at_and_over(
        QuickReply::try_from(items(QUICK_REPLY_ITEMS_MAX)),
        QuickReply::try_from(items(QUICK_REPLY_ITEMS_MAX + 1)),
        "a quick reply takes 1 to 13 items, but 14 were given (LINE rule C02)",
    );
    let message = TextMessage::new("Where to?").quick_reply(quick_reply);
    message.validate().unwrap();
}

fn template_actions(n: usize) -> Vec<AnyTemplateAction> {
    (0..n)
        .map(|i| {
            if i % 2 == 0 {
                action::postback(format!("pick={i}"))
                    .label(format!("Pick {i}"))
                    .into()
            } else {
                action::uri(format!("https://example.com/{i}"))
                    .label(format!("Open {i}"))
                    .into()
            }
        })
        .collect()
}

#[test]
fn buttons_and_confirm_actions() {
    let buttons = at_and_over(
        ButtonsTemplate::try_new("Pick", template_actions(BUTTONS_ACTIONS_MAX)),
        ButtonsTemplate::try_new("Pick", template_actions(BUTTONS_ACTIONS_MAX + 1)),
        "a buttons template takes 1 to 4 actions, but 5 were given (LINE rule C03)",
    )
    .title("Menu");
    TemplateMessage::new("Pick", buttons).validate().unwrap();

    let confirm = at_and_over(
        ConfirmTemplate::try_new("Sure?", template_actions(CONFIRM_ACTIONS)),
        ConfirmTemplate::try_new("Sure?", template_actions(CONFIRM_ACTIONS + 1)),
        "a confirm template takes exactly 2 actions, but 3 were given (LINE rule C04)",
    );
    assert_eq!(
        ConfirmTemplate::try_new("Sure?", template_actions(1))
            .unwrap_err()
            .count(),
        1
    );
    TemplateMessage::new("Sure?", confirm).validate().unwrap();
}

fn product_column(i: usize) -> CarouselColumnBuilder<2, WithThumbnail> {
    CarouselColumn::builder(format!("Product {i}"))
        .thumbnail_image_url(format!("https://example.com/{i}.jpg"))
        .action(action::postback(format!("buy={i}")).label(label!("Buy")))
        .action(action::uri(format!("https://example.com/p/{i}")).label(label!("Details")))
}

#[test]
fn carousel_columns() {
    let columns = |n: usize| (0..n).map(product_column).collect::<Vec<_>>();
    let carousel = at_and_over(
        CarouselTemplate::try_from(columns(CAROUSEL_COLUMNS_MAX)),
        CarouselTemplate::try_from(columns(CAROUSEL_COLUMNS_MAX + 1)),
        "a carousel template takes 1 to 10 columns, but 11 were given (LINE rule C05)",
    );
    TemplateMessage::new("Products", carousel)
        .validate()
        .unwrap();
}

#[test]
fn image_carousel_columns() {
    let columns = |n: usize| {
        (0..n)
            .map(|i| {
                ImageCarouselColumn::new(
                    format!("https://example.com/{i}.jpg"),
                    action::postback(format!("view={i}")),
                )
            })
            .collect::<Vec<_>>()
    };
    let carousel = at_and_over(
        ImageCarouselTemplate::try_from(columns(IMAGE_CAROUSEL_COLUMNS_MAX)),
        ImageCarouselTemplate::try_from(columns(IMAGE_CAROUSEL_COLUMNS_MAX + 1)),
        "an image carousel template takes 1 to 10 columns, but 11 were given (LINE rule C08)",
    );
    TemplateMessage::new("Photos", carousel).validate().unwrap();
}

#[test]
fn imagemap_actions() {
    let actions = |n: usize| {
        (0..n).map(|i| {
            imagemap::message(
                format!("tile {i}"),
                ImagemapArea::new(i as u32 * 20, 0, 20, 20),
            )
        })
    };
    let size = ImagemapBaseSize::new(IMAGEMAP_BASE_WIDTH, 1040);
    let url = "https://example.com/map";
    let map = at_and_over(
        ImagemapMessage::try_new(url, "Tiles", size, actions(IMAGEMAP_ACTIONS_MAX)),
        ImagemapMessage::try_new(url, "Tiles", size, actions(IMAGEMAP_ACTIONS_MAX + 1)),
        "an imagemap message takes 1 to 50 actions, but 51 were given (LINE rule C09)",
    );
    map.validate().unwrap();
}

fn page(i: usize) -> flex::BubbleBuilder {
    flex::bubble().body(flex::vertical().push(flex::text(format!("Page {i}"))))
}

#[test]
fn flex_carousel_bubbles() {
    let bubbles = |n: usize| (0..n).map(page).collect::<Vec<_>>();
    let carousel = at_and_over(
        flex::Carousel::try_from(bubbles(FLEX_CAROUSEL_BUBBLES_MAX)),
        flex::Carousel::try_from(bubbles(FLEX_CAROUSEL_BUBBLES_MAX + 1)),
        "a flex carousel takes 1 to 12 bubbles, but 13 were given (LINE rule C11)",
    );
    // The same wire type the array and push paths give.
    let built = flex::Carousel::builder()
        .push(page(0))
        .push(page(1))
        .build();
    assert_eq!(built, flex::Carousel::new([page(0), page(1)]));
    assert_eq!(built.contents[1], carousel.contents[1]);
    FlexMessage::new("Pages", carousel).validate().unwrap();

    // Bubbles of different sizes share one list through `AnyCarouselBubble`.
    let mixed: Vec<AnyCarouselBubble> = vec![page(0).size(size::Micro).into(), page(1).into()];
    assert_eq!(flex::Carousel::try_from(mixed).unwrap().contents.len(), 2);
}

#[test]
fn rich_menu_areas() {
    let areas = |n: usize| {
        (0..n).map(|i| {
            RichMenuArea::new(
                RichMenuBounds::new(i as u32 * 100, 0, 100, 100),
                action::postback(format!("area={i}")),
            )
        })
    };
    let menu = at_and_over(
        RichMenu::try_new(
            RichMenuSize::FULL,
            "grid",
            "Menu",
            areas(RICH_MENU_AREAS_MAX),
        ),
        RichMenu::try_new(
            RichMenuSize::FULL,
            "grid",
            "Menu",
            areas(RICH_MENU_AREAS_MAX + 1),
        ),
        "a rich menu takes 1 to 20 areas, but 21 were given (LINE rule C23)",
    );
    menu.validate().unwrap();
}

#[test]
fn mixed_kinds_keep_their_placement_in_one_list() {
    // Arrays of mixed kinds: the first element fixes the type.
    let buttons = ButtonsTemplate::new(
        "Pick",
        [
            AnyTemplateAction::from(action::postback("a").label(label!("A"))),
            action::message("b").label(label!("B")).into(),
            action::datetime_picker("c", action::DatetimeMode::Date)
                .label(label!("C"))
                .into(),
        ],
    );
    assert_eq!(
        buttons.actions.iter().map(|a| a.kind()).collect::<Vec<_>>(),
        ["postback", "message", "datetimepicker"]
    );
    // Quick reply only kinds fit a quick reply list.
    let quick: Vec<AnyQuickReplyAction> = vec![
        action::camera().label(label!("Camera")).into(),
        action::location().label(label!("Location")).into(),
        action::postback("p").label(label!("Post")).into(),
    ];
    let quick_reply = QuickReply::try_from(
        quick
            .into_iter()
            .map(QuickReplyItem::new)
            .collect::<Vec<_>>(),
    )
    .unwrap();
    assert_eq!(quick_reply.items[0].action.kind(), "camera");
    // Rich menu lists take the unlabeled switch action.
    let menu: Vec<AnyRichMenuAction> = vec![
        action::rich_menu_switch("menu-b", "to=b").into(),
        action::postback("shop").into(),
    ];
    let areas = menu
        .into_iter()
        .enumerate()
        .map(|(i, a)| RichMenuArea::new(RichMenuBounds::new(i as u32 * 1250, 0, 1250, 843), a));
    RichMenu::try_new(RichMenuSize::HALF, "m", "Menu", areas)
        .unwrap()
        .validate()
        .unwrap();
    // Flex lists take unlabeled actions and `altUri`.
    let flex_actions: Vec<AnyFlexAction> = vec![
        action::uri("https://example.com")
            .alt_uri_desktop("https://example.com/pc")
            .into(),
        action::message("hi").into(),
    ];
    let boxes: Vec<_> = flex_actions
        .into_iter()
        .map(|a| flex::vertical().action(a).push(flex::text("tap")))
        .collect();
    assert_eq!(boxes.len(), 2);
    // A template action list also fits quick replies and flex buttons (it is labeled and
    // holds no quick-reply-only or rich-menu-only kind).
    let shared = template_actions(2);
    let buttons: Vec<_> = shared.iter().cloned().map(flex::button).collect();
    assert_eq!(buttons[1].action.kind(), "uri");
    let items: Vec<_> = shared.into_iter().map(QuickReplyItem::new).collect();
    QuickReply::try_from(items).unwrap();
}

#[test]
fn quick_reply_rules_that_are_not_refusals_compile() {
    // C19: LINE does not require `displayText` on a quick reply postback (only that it and
    // `text` are exclusive); C21: `altUri` on a quick reply has no effect but is not refused.
    let quick_reply = QuickReply::builder()
        .action(action::postback("rate=5").label(label!("Five")))
        .action(
            action::uri("https://example.com/app")
                .label(label!("Open"))
                .alt_uri_desktop("https://example.com/desktop"),
        )
        .build();
    assert_eq!(
        serde_json::to_string(&quick_reply.items[0].action).unwrap(),
        r#"{"type":"postback","label":"Five","data":"rate=5"}"#
    );
}
