//! How a bot developer pins a flex layout with insta: build the layout the bot sends, check it
//! with `validate()`, and snapshot its wire JSON. When the layout changes, `cargo insta review`
//! shows the JSON diff; the snapshot files live in `tests/flex/snapshots/`.
//!
//! Two styles:
//! * `assert_snapshot!(serde_json::to_string(..))`: the exact bytes LINE receives (key order
//!   included), on one line;
//! * `assert_json_snapshot!(..)`: pretty-printed JSON, easiest to review (insta's `json`
//!   feature).

use insta::{assert_json_snapshot, assert_snapshot};
use linebot::action;
use linebot::message::Message;
use linebot::message::flex::{self, FlexContainer, FlexMessage, units::*};
use linebot::validate::Validate;
use linebot::{color, label};

/// The bot's own layout function, as it would be in the bot's code.
fn order_confirmation(order_id: &str, total: &str) -> FlexMessage {
    let bubble = flex::bubble()
        .body(
            flex::vertical()
                .spacing(Spacing::Md)
                .push(
                    flex::text("Order confirmed")
                        .weight(Weight::Bold)
                        .size(TextSize::Lg),
                )
                .push(
                    flex::horizontal()
                        .push(flex::text("Order").color(color!("#888888")))
                        .push(flex::text(order_id).align(Align::End)),
                )
                .push(
                    flex::horizontal()
                        .push(flex::text("Total").color(color!("#888888")))
                        .push(flex::text(total).align(Align::End).weight(Weight::Bold)),
                ),
        )
        .footer(
            flex::vertical().push(
                flex::button(
                    action::uri(format!("https://example.com/orders/{order_id}"))
                        .label(label!("Track order")),
                )
                .style(ButtonStyle::Primary),
            ),
        );
    FlexMessage::new(format!("Order {order_id} confirmed: {total}"), bubble)
}

#[test]
fn order_confirmation_wire_json() {
    let message = order_confirmation("A-1024", "$42.00");
    message.validate().expect("LINE would accept it");
    // Exactly what the client sends (as a message of a request, `type` included).
    assert_snapshot!(serde_json::to_string(&Message::from(message)).unwrap());
}

#[test]
fn order_confirmation_pretty() {
    // Pretty JSON snapshots read well in review.
    assert_json_snapshot!(order_confirmation("A-1024", "$42.00"));
}

#[test]
fn layout_from_the_simulator_stays_valid() {
    // A layout designed in the Flex Message Simulator, kept as a JSON file in the bot's repo
    // (here inline), loaded into the typed model, checked, and pinned.
    let json = r##"{"type":"bubble","size":"micro","body":{"type":"box","layout":"vertical","contents":[
        {"type":"text","text":"Coupon","weight":"bold","color":"#06C755"},
        {"type":"text","text":"10% off your next order","wrap":true,"size":"sm"}]}}"##;
    let container = FlexContainer::from_json(json).expect("JSON of a flex container");
    container.validate().expect("LINE would accept it");
    assert_snapshot!(container.to_json());
}
