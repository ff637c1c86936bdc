//! The typed layer: boxes that check their children, bubbles that check their hero and size,
//! carousels that count their bubbles. Everything here produces the wire model of
//! [`component`](super::component) and [`container`](super::container).
//!
//! ```
//! use linebot::message::flex::{self, size};
//!
//! let row = flex::baseline()
//!     .push(flex::icon("https://example.com/star.png"))
//!     .push(flex::text("4.5"));
//! let page = |n: u32| flex::bubble().size(size::Micro).body(flex::vertical().push(flex::text(n.to_string())));
//! let carousel = flex::carousel().push(page(1)).push(page(2)).push(flex::bubble().body(flex::vertical().push(row)));
//! let wire = carousel.build();
//! assert_eq!(wire.contents.len(), 3);
//! ```
//!
//! Each placement rule of LINE is a trait with its own compile error:
//!
//! | rule | trait | implemented by |
//! |---|---|---|
//! | C12 | [`BaselineChild`] | [`FlexIcon`], [`FlexText`], [`FlexFiller`] |
//! | C13, C15 | [`BoxChild`] | boxes, [`FlexButton`], [`FlexImage`], [`FlexText`], [`FlexSeparator`], [`FlexFiller`] |
//! | C14 | [`NotASpan`] | every component but [`FlexSpan`] (spans go in [`FlexText::from_spans`]) |
//! | C15 | [`Hero`] | boxes, [`FlexImage`], [`FlexVideo`] |
//! | C15 | [`VideoAltContent`] | boxes, [`FlexImage`] |
//! | C16 | [`FitsSize`], [`NoVideoInCarousel`], [`CarouselBubble`] | sizes kilo, mega, giga; bubble builders without a video hero (not the wire [`Bubble`], whose type cannot tell) |
//! | C11 | [`RoomForBubble`], [`CarouselBubbles`] | 1 to 12 bubbles |
//!
//! Bubbles from a runtime list go into a carousel with `Carousel::try_from(vec)`, which checks
//! the count (1 to 12) and gives the [`Carousel`] that [`CarouselBuilder::build`] gives; a
//! helper making bubbles returns a [`BubbleBuilder`] (or `impl CarouselBubble`), and bubbles of
//! different sizes share a list as [`AnyCarouselBubble`]s.
//! | C22 | [`LabeledAction`] (with [`HasLabel`]) | button actions with a label |
//!
//! ```compile_fail
//! use linebot::message::flex;
//! // LINE rule C12: an image cannot be placed in a baseline box.
//! let b = flex::baseline().push(flex::image("https://example.com/a.png"));
//! ```

use crate::{Str, UnknownFields};
use std::marker::PhantomData;

use super::component::*;
use super::container::{Bubble, BubbleStyles, Carousel, FlexContainer};
use super::units::{Direction, Layout};
use crate::action::{self, FlexAction, HasLabel};
use crate::count::{Count, CountError, CountRule, Inc};
use crate::limits::FLEX_CAROUSEL_BUBBLES_MAX;

mod sealed {
    pub trait Sealed {}
}

/// Conversion into the wire [`FlexComponent`]; implemented by every component and typed box.
pub trait IntoComponent: sealed::Sealed {
    /// The wire form.
    fn into_component(self) -> FlexComponent;
}

/// A component that may be placed in a horizontal or vertical box (LINE rule C13).
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be placed in a horizontal or vertical box",
    label = "not allowed in a horizontal or vertical box",
    note = "LINE rules C13-C15: a horizontal or vertical box holds boxes, buttons, images, texts, separators and fillers; an icon goes in a baseline box, a span in a text's contents (`FlexText::from_spans`), a video only in a bubble's hero"
)]
pub trait BoxChild: IntoComponent {}

/// A component that may be placed in a baseline box (LINE rule C12).
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be placed in a baseline box",
    label = "a baseline box holds only icons, texts and fillers",
    note = "LINE rule C12: use a horizontal or vertical box for `{Self}`"
)]
pub trait BaselineChild: IntoComponent {}

/// Guard for every box: a span is not a box child of any layout (LINE rule C14). Spans pass
/// [`BoxChild`] and [`BaselineChild`] so that this guard, which names the right rule, is the
/// error a span in a box gives.
#[diagnostic::on_unimplemented(
    message = "a span cannot be placed in a box: spans go in a text's `contents`",
    label = "a span outside a text",
    note = "LINE rule C14: a span goes only in a text's `contents`: `flex::FlexText::from_spans([flex::span(..)])`"
)]
pub trait NotASpan {}

/// A component that may be a bubble's hero: a box, an image or a video (LINE rule C15).
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a bubble's hero",
    label = "not a box, an image or a video",
    note = "LINE rule C15: the hero block holds a box, an image or a video"
)]
pub trait Hero: IntoComponent {
    /// [`VideoHero`] for a video, [`NoVideoHero`] otherwise.
    type Kind;
}

/// The alternative content of a video: a box or an image (LINE rule C15).
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a video's alternative content",
    label = "not a box or an image",
    note = "LINE rule C15: a video's `altContent` is a box or an image"
)]
pub trait VideoAltContent: IntoComponent {}

/// A bubble's header, body or footer: a box.
#[diagnostic::on_unimplemented(
    message = "a bubble's header, body and footer are boxes, not `{Self}`",
    label = "not a box",
    note = "put `{Self}` in a box: `flex::vertical().push(..)`"
)]
pub trait Block: sealed::Sealed {
    /// The wire box.
    fn into_box(self) -> Box<FlexBox>;
}

macro_rules! component_kinds {
    ($($t:ty: [$($tr:ident),*]);* $(;)?) => { $(
        impl sealed::Sealed for $t {}
        $( #[diagnostic::do_not_recommend] impl $tr for $t {} )*
    )* };
}
component_kinds!(
    FlexBox: [BoxChild, VideoAltContent];
    FlexButton: [BoxChild];
    FlexImage: [BoxChild, VideoAltContent];
    FlexVideo: [];
    FlexIcon: [BaselineChild];
    FlexText: [BoxChild, BaselineChild];
    FlexSpan: [BoxChild, BaselineChild];
    FlexSeparator: [BoxChild];
    FlexFiller: [BoxChild, BaselineChild];
);

macro_rules! wire_into_component {
    ($($t:ident),*) => { $(
        impl IntoComponent for $t {
            fn into_component(self) -> FlexComponent { FlexComponent::from(self) }
        }
    )* };
}
wire_into_component!(
    FlexBox,
    FlexButton,
    FlexImage,
    FlexVideo,
    FlexIcon,
    FlexText,
    FlexSpan,
    FlexSeparator,
    FlexFiller
);

macro_rules! not_a_span {
    ($($t:ty),*) => { $( #[diagnostic::do_not_recommend] impl NotASpan for $t {} )* };
}
not_a_span!(
    FlexBox,
    FlexButton,
    FlexImage,
    FlexVideo,
    FlexIcon,
    FlexText,
    FlexSeparator,
    FlexFiller,
    HorizontalBox,
    VerticalBox,
    BaselineBox
);

#[diagnostic::do_not_recommend]
impl Hero for FlexBox {
    type Kind = NoVideoHero;
}
#[diagnostic::do_not_recommend]
impl Hero for FlexImage {
    type Kind = NoVideoHero;
}
#[diagnostic::do_not_recommend]
impl Hero for FlexVideo {
    type Kind = VideoHero;
}
impl Block for FlexBox {
    fn into_box(self) -> Box<FlexBox> {
        Box::new(self)
    }
}

// ---------------------------------------------------------------------------------------------
// Components
// ---------------------------------------------------------------------------------------------

/// A text showing `text`. For styled runs, use [`FlexText::from_spans`].
pub fn text(text: impl Into<Str>) -> FlexText {
    FlexText::new(text)
}

/// A span for [`FlexText::from_spans`] (spans go nowhere else, LINE rule C14).
pub fn span(text: impl Into<Str>) -> FlexSpan {
    FlexSpan::new(text)
}

/// An image at `url` (HTTPS).
pub fn image(url: impl Into<Str>) -> FlexImage {
    FlexImage::new(url)
}

/// An icon at `url` (HTTPS); icons go in baseline boxes.
pub fn icon(url: impl Into<Str>) -> FlexIcon {
    FlexIcon::new(url)
}

/// A separator line.
pub fn separator() -> FlexSeparator {
    FlexSeparator::default()
}

/// Empty space.
pub fn filler() -> FlexFiller {
    FlexFiller::default()
}

/// A video at `url` with its preview image, shown as `alt_content` (a box or an image) where
/// LINE cannot play it. Videos go only in the hero of a kilo, mega or giga bubble outside a
/// carousel (LINE rules C15, C16).
pub fn video(
    url: impl Into<Str>,
    preview_url: impl Into<Str>,
    alt_content: impl VideoAltContent,
) -> FlexVideo {
    FlexVideo {
        unknown_fields: UnknownFields::new(),
        url: url.into(),
        preview_url: preview_url.into(),
        alt_content: Box::new(alt_content.into_component()),
        aspect_ratio: None,
        action: None,
    }
}

/// An action with a label: a flex button shows its action's label, so LINE requires one
/// (the label rows of <https://developers.line.biz/en/reference/messaging-api/#action-objects>).
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a typed action",
    label = "expected an action made by `linebot::action`"
)]
pub trait LabeledAction {}

macro_rules! labeled {
    ($($ty:ident [$($p:ident),*]),* $(,)?) => { $(
        impl<L: HasLabel $(, $p)*> LabeledAction for action::$ty<L $(, $p)*> {}
    )* };
}
// Made only from labeled template actions.
impl LabeledAction for action::AnyTemplateAction {}
labeled!(
    Postback[E, K], Message[], Uri[], DatetimePicker[], Camera[], CameraRoll[], Location[],
    RichMenuSwitch[], Clipboard[],
);

/// A button running `action`, which shows its label. Any action flex messages accept, with a
/// label (URI actions may carry `altUri.desktop` here).
///
/// ```
/// use linebot::{action, label, message::flex};
/// let b = flex::button(
///     action::uri("https://example.com/app").label(label!("Open")).alt_uri_desktop("https://example.com"),
/// );
/// # let _ = b;
/// ```
///
/// Without a label it does not compile (the button would be blank):
///
/// ```compile_fail
/// use linebot::{action, message::flex};
/// let b = flex::button(action::uri("https://example.com"));
/// ```
pub fn button<A: FlexAction + LabeledAction>(action: A) -> FlexButton {
    FlexButton::new(action.into_action())
}

// ---------------------------------------------------------------------------------------------
// Boxes
// ---------------------------------------------------------------------------------------------

macro_rules! typed_box {
    (
        $(#[$doc:meta])*
        $name:ident, $ctor:ident, $layout:ident, $child:ident, $ctor_doc:literal
    ) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq)]
        #[must_use]
        pub struct $name {
            // Boxed from the start: a box is large, and builders move it at every call.
            wire: Box<FlexBox>,
        }

        #[doc = $ctor_doc]
        pub fn $ctor() -> $name {
            $name { wire: crate::in_place::boxed(|| FlexBox::new(Layout::$layout)) }
        }

        impl $name {
            /// Appends a child; the compiler refuses kinds this layout does not hold.
            pub fn push<C: $child + NotASpan>(mut self, child: C) -> Self {
                crate::in_place::push(&mut self.wire.contents, || child.into_component());
                self
            }

            /// What happens when the box is tapped.
            pub fn action(mut self, action: impl FlexAction) -> Self {
                self.wire.action = Some(crate::in_place::boxed(|| action.into_action()));
                self
            }

            /// The wire form.
            pub fn into_wire(self) -> FlexBox {
                *self.wire
            }
        }

        super::component::with_box_fields!(box_setters!($name));
        super::component::unknown_field_setter!($name => wire.unknown_fields);

        impl sealed::Sealed for $name {}
        impl IntoComponent for $name {
            fn into_component(self) -> FlexComponent {
                FlexComponent::Box(self.wire)
            }
        }
        #[diagnostic::do_not_recommend]
        impl BoxChild for $name {}
        #[diagnostic::do_not_recommend]
        impl VideoAltContent for $name {}
        #[diagnostic::do_not_recommend]
        impl Hero for $name {
            type Kind = NoVideoHero;
        }
        impl Block for $name {
            fn into_box(self) -> Box<FlexBox> {
                self.wire
            }
        }
        impl From<$name> for FlexBox {
            fn from(b: $name) -> FlexBox {
                *b.wire
            }
        }
        impl From<$name> for FlexComponent {
            fn from(b: $name) -> FlexComponent {
                FlexComponent::Box(b.wire)
            }
        }
    };
}

macro_rules! box_setters {
    ($ty:ident { $( $(#[$d:meta])* $name:ident: $t:ty ),* $(,)? }) => {
        impl $ty { $(
            $(#[$d])*
            pub fn $name(mut self, value: impl Into<$t>) -> Self {
                self.wire.$name = Some(value.into());
                self
            }
        )* }
    };
}

typed_box!(
    /// A box laying out its children side by side: boxes, buttons, images, texts, separators
    /// and fillers (LINE rule C13).
    HorizontalBox, horizontal, Horizontal, BoxChild,
    "A box laying out its children side by side."
);
typed_box!(
    /// A box laying out its children top to bottom: boxes, buttons, images, texts, separators
    /// and fillers (LINE rule C13).
    VerticalBox, vertical, Vertical, BoxChild,
    "A box laying out its children top to bottom."
);
typed_box!(
    /// A box aligning icons, texts and fillers on a common text baseline (LINE rule C12).
    BaselineBox, baseline, Baseline, BaselineChild,
    "A box aligning icons, texts and fillers on their baseline."
);

// ---------------------------------------------------------------------------------------------
// Bubbles
// ---------------------------------------------------------------------------------------------

/// Type-state of a bubble: its hero is not a video.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NoVideoHero;
/// Type-state of a bubble: its hero is a video.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct VideoHero;

/// Bubble sizes as types, for [`BubbleBuilder::size`]: a video hero needs kilo, mega or giga
/// (LINE rule C16), which the compiler can only check if the size is known to it.
pub mod size {
    use super::super::units::BubbleSize;

    /// A bubble size known to the compiler.
    pub trait SizeKind: super::sealed::Sealed {
        /// The wire value (`None`: LINE's default, mega).
        fn wire() -> Option<BubbleSize>;
    }

    macro_rules! sizes {
        ($($name:ident => $wire:expr, $doc:literal;)*) => { $(
            #[doc = $doc]
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct $name;
            impl super::sealed::Sealed for $name {}
            impl SizeKind for $name {
                fn wire() -> Option<BubbleSize> { $wire }
            }
        )* };
    }
    sizes!(
        Unset => None, "No size set: LINE's default, mega.";
        Nano => Some(BubbleSize::Nano), "`nano`";
        Micro => Some(BubbleSize::Micro), "`micro`";
        Deca => Some(BubbleSize::Deca), "`deca`";
        Hecto => Some(BubbleSize::Hecto), "`hecto`";
        Kilo => Some(BubbleSize::Kilo), "`kilo`";
        Mega => Some(BubbleSize::Mega), "`mega`";
        Giga => Some(BubbleSize::Giga), "`giga`";
    );
}
use size::SizeKind;

/// A hero that fits a bubble of size `S`: anything but a video fits every size; a video needs
/// kilo, mega or giga (LINE rule C16).
#[diagnostic::on_unimplemented(
    message = "a bubble with a video hero has size kilo, mega or giga",
    label = "this bubble is smaller than kilo",
    note = "LINE rule C16: use `size::Kilo`, `size::Mega` or `size::Giga` (or no size: mega) for a video hero"
)]
pub trait FitsSize<S> {}
#[diagnostic::do_not_recommend]
impl<S: SizeKind> FitsSize<S> for NoVideoHero {}
macro_rules! video_sizes {
    ($($s:ident),*) => { $( #[diagnostic::do_not_recommend] impl FitsSize<size::$s> for VideoHero {} )* };
}
video_sizes!(Unset, Kilo, Mega, Giga);

/// A bubble builder; [`bubble`] makes one. `H` records whether the hero is a video, `S` the
/// size, so that LINE rule C16 is checked by the compiler.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct BubbleBuilder<H = NoVideoHero, S = size::Unset> {
    wire: Bubble,
    _state: PhantomData<(H, S)>,
}

super::component::unknown_field_setter!(generic [H, S] BubbleBuilder<H, S> => wire.unknown_fields);

/// An empty bubble: add a header, hero, body and footer.
pub fn bubble() -> BubbleBuilder {
    BubbleBuilder {
        wire: Bubble::default(),
        _state: PhantomData,
    }
}

impl<H, S> BubbleBuilder<H, S> {
    /// The header block.
    pub fn header(mut self, block: impl Block) -> Self {
        self.wire.header = Some(block.into_box());
        self
    }

    /// The hero block: a box, an image or a video (LINE rule C15). A video needs size kilo,
    /// mega or giga (the default) and keeps the bubble out of carousels (LINE rule C16).
    pub fn hero<C: Hero>(self, hero: C) -> BubbleBuilder<C::Kind, S>
    where
        C::Kind: FitsSize<S>,
    {
        let mut wire = self.wire;
        wire.hero = Some(hero.into_component());
        BubbleBuilder {
            wire,
            _state: PhantomData,
        }
    }

    /// The body block.
    pub fn body(mut self, block: impl Block) -> Self {
        self.wire.body = Some(block.into_box());
        self
    }

    /// The footer block.
    pub fn footer(mut self, block: impl Block) -> Self {
        self.wire.footer = Some(block.into_box());
        self
    }

    /// The size, as a type of [`size`]: `bubble().size(size::Kilo)`.
    pub fn size<Z: SizeKind>(self, _size: Z) -> BubbleBuilder<H, Z>
    where
        H: FitsSize<Z>,
    {
        let mut wire = self.wire;
        wire.size = Z::wire();
        BubbleBuilder {
            wire,
            _state: PhantomData,
        }
    }

    /// Text direction and order of horizontal box children.
    pub fn direction(mut self, direction: Direction) -> Self {
        self.wire.direction = Some(direction);
        self
    }

    /// Styles of the blocks.
    pub fn styles(mut self, styles: BubbleStyles) -> Self {
        self.wire.styles = Some(styles);
        self
    }

    /// What happens when the bubble is tapped.
    pub fn action(mut self, action: impl FlexAction) -> Self {
        self.wire.action = Some(crate::in_place::boxed(|| action.into_action()));
        self
    }

    /// The wire form.
    pub fn build(self) -> Bubble {
        self.wire
    }
}

// ---------------------------------------------------------------------------------------------
// Carousels
// ---------------------------------------------------------------------------------------------

/// Guard: a bubble with a video hero stays out of carousels (LINE rule C16).
#[diagnostic::on_unimplemented(
    message = "a bubble with a video hero cannot be placed in a carousel",
    label = "this bubble's hero is a video",
    note = "LINE rule C16: send a video bubble on its own, not inside a carousel"
)]
pub trait NoVideoInCarousel {}
#[diagnostic::do_not_recommend]
impl NoVideoInCarousel for NoVideoHero {}

/// A bubble that may go into a carousel: a [`BubbleBuilder`] whose hero is not a video (LINE
/// rule C16), or an [`AnyCarouselBubble`].
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a bubble builder that may go in a carousel",
    label = "a carousel holds bubbles made with `flex::bubble()`",
    note = "pass the `BubbleBuilder` itself, not the `Bubble` its `build()` returns: its type says whether the hero is a video (LINE rule C16)"
)]
pub trait CarouselBubble {
    /// The wire bubble.
    fn into_bubble(self) -> Bubble;
}
impl<H: NoVideoInCarousel, S> CarouselBubble for BubbleBuilder<H, S> {
    fn into_bubble(self) -> Bubble {
        self.wire
    }
}
// No impl for the wire `Bubble`: its type does not say whether its hero is a video (LINE rule
// C16), so a built bubble goes in a carousel only through the runtime path (`Carousel` from
// JSON or its fields, then `validate`).

/// A bubble of any size allowed in a carousel: made only from a [`BubbleBuilder`] whose hero
/// is not a video (LINE rule C16), so bubbles of different sizes fit one list.
///
/// ```
/// use linebot::message::flex::{self, size, AnyCarouselBubble};
///
/// let bubbles: Vec<AnyCarouselBubble> = vec![
///     flex::bubble().size(size::Micro).into(),
///     flex::bubble().size(size::Kilo).into(),
/// ];
/// let carousel = flex::Carousel::try_from(bubbles)?;
/// assert_eq!(carousel.contents.len(), 2);
/// # Ok::<(), linebot::count::CountError>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct AnyCarouselBubble(Bubble);

impl AnyCarouselBubble {
    /// The wire form.
    pub fn into_wire(self) -> Bubble {
        self.0
    }
}

impl<H: NoVideoInCarousel, S> From<BubbleBuilder<H, S>> for AnyCarouselBubble {
    fn from(b: BubbleBuilder<H, S>) -> Self {
        AnyCarouselBubble(b.wire)
    }
}

#[diagnostic::do_not_recommend]
impl CarouselBubble for AnyCarouselBubble {
    fn into_bubble(self) -> Bubble {
        self.0
    }
}

impl IntoFlexContainer for AnyCarouselBubble {
    fn into_container(self) -> FlexContainer {
        FlexContainer::Bubble(Box::new(self.0))
    }
}

/// Guard for [`CarouselBuilder::push`]: at most 12 bubbles (LINE rule C11).
#[diagnostic::on_unimplemented(
    message = "a flex carousel holds at most 12 bubbles",
    label = "this would be bubble #13",
    note = "LINE rule C11: a carousel holds 1 to 12 bubbles; send the rest in another message"
)]
pub trait RoomForBubble {}
crate::__impl_counts!(RoomForBubble: 0..=FLEX_CAROUSEL_BUBBLES_MAX - 1
    => 0 1 2 3 4 5 6 7 8 9 10 11);

/// Guard for finished carousels and bubble arrays: 1 to 12 bubbles (LINE rule C11).
#[diagnostic::on_unimplemented(
    message = "a flex carousel holds 1 to 12 bubbles, but {N} were given",
    label = "1 to 12 bubbles",
    note = "LINE rule C11: a carousel holds 1 to 12 bubbles"
)]
pub trait CarouselBubbles<const N: usize> {}
crate::__impl_counts!(CarouselBubbles<_>: 1..=FLEX_CAROUSEL_BUBBLES_MAX
    => 1 2 3 4 5 6 7 8 9 10 11 12);

const CAROUSEL_RULE: CountRule = CountRule {
    rule: "C11",
    subject: "a flex carousel",
    items: "bubbles",
    min: 1,
    max: FLEX_CAROUSEL_BUBBLES_MAX,
};

impl Carousel {
    /// A carousel of 1 to 12 `bubbles` given as an array (LINE rule C11), none with a video
    /// hero (C16): `Carousel::new([a, b])`. Same as `carousel_of([a, b]).build()`.
    pub fn new<B: CarouselBubble, const N: usize>(bubbles: [B; N]) -> Self
    where
        Count<N>: CarouselBubbles<N>,
    {
        carousel_of(bubbles).build()
    }

    /// Starts a carousel; push 1 to 12 bubbles with [`CarouselBuilder::push`]. Same as
    /// [`carousel`].
    pub fn builder() -> CarouselBuilder {
        carousel()
    }
}

impl<B: CarouselBubble> TryFrom<Vec<B>> for Carousel {
    type Error = CountError;

    /// A carousel of the bubbles of a list known only at run time (1 to 12, LINE rule C11).
    /// Each bubble's hero is not a video by its type (C16).
    ///
    /// # Errors
    /// [`CountError`] naming rule C11 when there are no bubbles or more than 12.
    fn try_from(bubbles: Vec<B>) -> Result<Self, CountError> {
        CAROUSEL_RULE.check(bubbles.len())?;
        Ok(Carousel {
            unknown_fields: UnknownFields::new(),
            contents: bubbles
                .into_iter()
                .map(CarouselBubble::into_bubble)
                .collect(),
        })
    }
}

/// A carousel counting its bubbles in its type; [`carousel`] or [`carousel_of`] makes one.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct CarouselBuilder<C = Count<0>> {
    wire: Carousel,
    _count: PhantomData<C>,
}

/// An empty carousel: push 1 to 12 bubbles (a thirteenth does not compile).
pub fn carousel() -> CarouselBuilder {
    CarouselBuilder {
        wire: Carousel {
            unknown_fields: UnknownFields::new(),
            contents: Vec::with_capacity(crate::limits::FLEX_CAROUSEL_BUBBLES_MAX),
        },
        _count: PhantomData,
    }
}

/// A carousel of 1 to 12 bubbles given as an array (`std::array::from_fn` builds one in a loop).
pub fn carousel_of<B: CarouselBubble, const N: usize>(bubbles: [B; N]) -> CarouselBuilder<Count<N>>
where
    Count<N>: CarouselBubbles<N>,
{
    CarouselBuilder {
        wire: Carousel {
            unknown_fields: UnknownFields::new(),
            contents: bubbles
                .into_iter()
                .map(CarouselBubble::into_bubble)
                .collect(),
        },
        _count: PhantomData,
    }
}

impl<C: Inc> CarouselBuilder<C> {
    /// Appends a bubble. The thirteenth does not compile (LINE rule C11), nor does a bubble
    /// with a video hero (LINE rule C16).
    pub fn push<B: CarouselBubble>(mut self, bubble: B) -> CarouselBuilder<C::Next>
    where
        C: RoomForBubble,
    {
        crate::in_place::push(&mut self.wire.contents, || bubble.into_bubble());
        CarouselBuilder {
            wire: self.wire,
            _count: PhantomData,
        }
    }
}

impl<const N: usize> CarouselBuilder<Count<N>> {
    /// The wire form; needs at least one bubble (LINE rule C11).
    pub fn build(self) -> Carousel
    where
        Count<N>: CarouselBubbles<N>,
    {
        self.wire
    }
}

// ---------------------------------------------------------------------------------------------
// Containers
// ---------------------------------------------------------------------------------------------

/// What a flex message may contain: a bubble, or a carousel of 1 to 12 bubbles.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a flex container",
    label = "expected a bubble or a carousel of 1 to 12 bubbles",
    note = "LINE rule C11: a carousel holds 1 to 12 bubbles"
)]
pub trait IntoFlexContainer {
    /// The wire container.
    fn into_container(self) -> FlexContainer;
}

impl<H, S> IntoFlexContainer for BubbleBuilder<H, S> {
    fn into_container(self) -> FlexContainer {
        FlexContainer::Bubble(Box::new(self.wire))
    }
}
impl<const N: usize> IntoFlexContainer for CarouselBuilder<Count<N>>
where
    Count<N>: CarouselBubbles<N>,
{
    fn into_container(self) -> FlexContainer {
        FlexContainer::Carousel(self.wire)
    }
}
impl IntoFlexContainer for Bubble {
    fn into_container(self) -> FlexContainer {
        FlexContainer::Bubble(Box::new(self))
    }
}
impl IntoFlexContainer for Carousel {
    fn into_container(self) -> FlexContainer {
        FlexContainer::Carousel(self)
    }
}
impl IntoFlexContainer for FlexContainer {
    fn into_container(self) -> FlexContainer {
        self
    }
}

impl<H, S> From<BubbleBuilder<H, S>> for FlexContainer {
    fn from(b: BubbleBuilder<H, S>) -> Self {
        b.into_container()
    }
}
impl<const N: usize> From<CarouselBuilder<Count<N>>> for FlexContainer
where
    Count<N>: CarouselBubbles<N>,
{
    fn from(c: CarouselBuilder<Count<N>>) -> Self {
        c.into_container()
    }
}
