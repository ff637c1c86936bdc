//! Building the builders' large values where they go, in a vector's free slot or in a new
//! box, rather than on the stack and then copying them there.
//!
//! A value built on the stack and copied at once is read back while its stores are still
//! pending, which stalls the processor. Building the flex bench's 240-byte components and
//! 368-byte boxes in place took about 6% off `flex_carousel` (`cargo bench --bench flex`).

/// A box holding the value `make` returns, built in the box's allocation (where
/// `Box::new(make())` builds it on the stack, then copies it).
#[inline(always)]
pub(crate) fn boxed<T>(make: impl FnOnce() -> T) -> Box<T> {
    Box::write(Box::new_uninit(), make())
}

/// Appends the value `make` returns, built in the vector's free slot.
///
/// `vec.push(make())` builds the value on the stack, then copies it into the vector.
#[inline(always)]
#[allow(unsafe_code, reason = "`Vec::push_within_capacity` is not stable")]
pub(crate) fn push<T>(vec: &mut Vec<T>, make: impl FnOnce() -> T) {
    vec.reserve(1);
    let len = vec.len();
    // SAFETY: `reserve(1)` left room for one element at index `len`, which `write` fills before
    // `set_len` counts it. If `make` panics, nothing was written and the length is unchanged.
    unsafe {
        vec.as_mut_ptr().add(len).write(make());
        vec.set_len(len + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::{boxed, push};

    #[test]
    fn appends_after_the_existing_elements_and_grows() {
        let mut v = vec![String::from("a")];
        for i in 0..40 {
            push(&mut v, || i.to_string());
        }
        assert_eq!(v.len(), 41);
        assert_eq!(v[0], "a");
        assert_eq!(v[40], "39");
    }

    #[test]
    fn boxes_the_value() {
        assert_eq!(*boxed(|| [7_u64; 40]), [7; 40]);
    }

    #[test]
    fn a_panicking_make_leaves_the_vector_as_it_was() {
        let mut v = vec![String::from("a")];
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            push(&mut v, || -> String { panic!("no value") });
        }));
        assert!(result.is_err());
        assert_eq!(v, ["a"]);
    }
}
