//! Numbers in types, for the builders that count what they hold.
//!
//! A builder such as [`Messages`](crate::message::Messages) carries `Count<N>`
//! in its type; each push moves it to `Count<N + 1>` through [`Inc`], and a separate guard
//! trait (one per LINE rule, with its own error message) refuses the push that would break
//! the limit. Arrays use the same `Count<N>` with a guard trait on their length.
//! The successor and the guard are separate traits so that each rule's guard can carry its
//! own `#[diagnostic::on_unimplemented]` message.

/// The number `N` as a type.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Count<const N: usize>;

/// The successor of a [`Count`]: `Count<N>::Next == Count<N + 1>`.
///
/// Implemented for every count a builder can reach, so the lookup itself never fails and the
/// guard trait's message is the one the compiler shows.
pub trait Inc {
    /// `Count<N + 1>`.
    type Next;
}

macro_rules! impl_inc {
    ($($n:literal)*) => { $( impl Inc for Count<$n> { type Next = Count<{ $n + 1 }>; } )* };
}
impl_inc!(0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30
    31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50);

/// Implements a guard trait for `Count<N>` for each listed `N`, hiding the impls from rustc's
/// "the following other types implement trait" list so the rule's own message stands alone.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_counts {
    ($tr:path: $($n:literal)*) => {
        $( #[diagnostic::do_not_recommend] impl $tr for $crate::count::Count<$n> {} )*
    };
}
