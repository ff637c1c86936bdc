//! Numbers in types, for the builders that count what they hold, and the error a list
//! counted at run time gives.
//!
//! A builder such as [`Messages`](crate::message::Messages) carries `Count<N>`
//! in its type; each push moves it to `Count<N + 1>` through [`Inc`], and a separate guard
//! trait (one per LINE rule, with its own error message) refuses the push that would break
//! the limit. Arrays use the same `Count<N>` with a guard trait on their length. The successor
//! and the guard are separate traits so that the compiler reports the guard's message rather
//! than a generic "method exists but its trait bounds were not satisfied"; each guard names its
//! rule of the [rule table](crate::rules) (C01, C02, ...) and its limit.
//!
//! Lists whose length is known only at run time (rows from a database, items a user saved)
//! go through the fallible conversions of each container (`TryFrom<Vec<_>>` or `try_new`),
//! which check the same limit and return a [`CountError`]:
//!
//! ```
//! use linebot::message::{QuickReply, QuickReplyItem};
//! use linebot::action;
//!
//! let places = ["Home", "Office", "Gym"];
//! let items: Vec<QuickReplyItem> = places
//!     .iter()
//!     .map(|p| QuickReplyItem::new(action::message(*p).label(*p)))
//!     .collect();
//! let quick_reply = QuickReply::try_from(items)?;
//! assert_eq!(quick_reply.items.len(), 3);
//!
//! let err = QuickReply::try_from(Vec::new()).unwrap_err();
//! assert_eq!(err.to_string(), "a quick reply takes 1 to 13 items, but 0 were given (LINE rule C02)");
//! # Ok::<(), linebot::count::CountError>(())
//! ```

use std::fmt;

/// The number `N` as a type.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Count<const N: usize>;

/// A count checked at run time: within the rule's limits, but not known to the compiler.
///
/// [`Messages<Checked>`](crate::message::Messages) is what `Messages::try_from(vec)` gives; it
/// goes wherever a message list with a compile-time count goes, but takes no more pushes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Checked;

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

/// A list that breaks a LINE count rule, found when a runtime list was converted into a
/// container (`QuickReply::try_from(vec)`, `ButtonsTemplate::try_new(..)`, ...).
///
/// It names the rule, the limits and the count in plain numbers; the same rule refuses the
/// same count at compile time when the list is an array or built with pushes.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "{} takes {} {}, but {count} were given (LINE rule {})",
    .broken.subject, Range(.broken.min, .broken.max), .broken.items, .broken.rule
)]
pub struct CountError {
    broken: CountRule,
    count: usize,
}

struct Range(usize, usize);

impl fmt::Display for Range {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0 == self.1 {
            write!(f, "exactly {}", self.0)
        } else {
            write!(f, "{} to {}", self.0, self.1)
        }
    }
}

impl CountError {
    /// The rule's id in the crate's rule table, such as `"C11"`.
    pub fn rule(&self) -> &'static str {
        self.broken.rule
    }

    /// The fewest items the container takes.
    pub fn min(&self) -> usize {
        self.broken.min
    }

    /// The most items the container takes.
    pub fn max(&self) -> usize {
        self.broken.max
    }

    /// How many items were given.
    pub fn count(&self) -> usize {
        self.count
    }
}

/// One count rule: the container, what it holds and its limits, checked against a runtime
/// length by [`CountRule::check`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CountRule {
    pub(crate) rule: &'static str,
    pub(crate) subject: &'static str,
    pub(crate) items: &'static str,
    pub(crate) min: usize,
    pub(crate) max: usize,
}

impl CountRule {
    pub(crate) fn check(self, count: usize) -> Result<(), CountError> {
        if (self.min..=self.max).contains(&count) {
            Ok(())
        } else {
            Err(CountError {
                broken: self,
                count,
            })
        }
    }
}

/// Fails the build unless `list` is exactly `first..=last`: ties the counts a guard trait is
/// implemented for to the limit constant of [`crate::limits`] it enforces.
#[doc(hidden)]
pub const fn __assert_counts(list: &[usize], first: usize, last: usize) {
    assert!(
        !list.is_empty() && list[0] == first && list[list.len() - 1] == last,
        "a count guard's range disagrees with its limit constant"
    );
    let mut i = 1;
    while i < list.len() {
        assert!(
            list[i] == list[i - 1] + 1,
            "a count guard's range has a gap"
        );
        i += 1;
    }
}

/// Implements a guard trait for `Count<N>` for each listed `N`, hiding the impls from rustc's
/// "the following other types implement trait" list so the rule's own message stands alone.
///
/// `Trait: first..=last => n n n` implements `Trait for Count<n>`; `Trait<_>: ..` implements
/// `Trait<n> for Count<n>` (a trait with a const parameter, so its message can print the
/// count as a plain number). Either form fails the build unless the listed counts are exactly
/// `first..=last`, where `last` is written with the limit constant.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_counts {
    ($tr:ident<_>: $first:literal ..= $last:expr => $($n:literal)*) => {
        $( #[diagnostic::do_not_recommend] impl $tr<$n> for $crate::count::Count<$n> {} )*
        const _: () = $crate::count::__assert_counts(&[$($n),*], $first, $last);
    };
    ($tr:ident: $first:literal ..= $last:expr => $($n:literal)*) => {
        $( #[diagnostic::do_not_recommend] impl $tr for $crate::count::Count<$n> {} )*
        const _: () = $crate::count::__assert_counts(&[$($n),*], $first, $last);
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn count_errors_name_rule_limits_and_count_in_plain_numbers() {
        let rule = CountRule {
            rule: "C04",
            subject: "a confirm template",
            items: "actions",
            min: 2,
            max: 2,
        };
        assert!(rule.check(2).is_ok());
        let err = rule.check(3).unwrap_err();
        assert_eq!(
            err.to_string(),
            "a confirm template takes exactly 2 actions, but 3 were given (LINE rule C04)"
        );
        assert_eq!(
            (err.rule(), err.min(), err.max(), err.count()),
            ("C04", 2, 2, 3)
        );
    }

    #[test]
    #[should_panic(expected = "disagrees with its limit constant")]
    fn a_guard_list_short_of_its_constant_is_refused() {
        __assert_counts(&[1, 2, 3], 1, 4);
    }

    #[test]
    #[should_panic(expected = "has a gap")]
    fn a_guard_list_with_a_gap_is_refused() {
        __assert_counts(&[1, 2, 4], 1, 4);
    }
}
