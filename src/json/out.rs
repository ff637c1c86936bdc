//! The output buffer and JSON strings: the quotes, and serde_json's escapes (`\"`, `\\`,
//! `\b \f \n \r \t`, other controls as `\u00XX` in lowercase hex; `/`, DEL and non-ASCII written
//! as they are).
//!
//! LINE's strings are short (4 to 60 bytes) and almost never need an escape. Copying one with
//! `memcpy` costs more than the string, so the common path copies it sixteen bytes at a time into
//! room reserved once, checking the same words for escapes as it goes; the rare string that
//! needs one is written again by the byte loop.
//!
//! The buffer is kept initialized (zeros past `len`) so that all of this is safe indexing.

/// The JSON written so far: `buf[..len]`; the rest of `buf` is room.
pub(super) struct Out {
    buf: Vec<u8>,
    len: usize,
}

impl Out {
    pub(super) fn with_capacity(capacity: usize) -> Self {
        Out {
            buf: vec![0; capacity],
            len: 0,
        }
    }

    pub(super) fn into_vec(mut self) -> Vec<u8> {
        self.buf.truncate(self.len);
        self.buf
    }

    /// The next `n` bytes of the buffer, grown if needed; [`Out::advance`] keeps what was
    /// written there.
    #[inline(always)]
    fn room(&mut self, n: usize) -> &mut [u8] {
        if self.buf.len() - self.len < n {
            self.grow(n);
        }
        &mut self.buf[self.len..][..n]
    }

    #[inline(always)]
    fn advance(&mut self, n: usize) {
        self.len += n;
    }

    #[cold]
    #[inline(never)]
    fn grow(&mut self, n: usize) {
        let len = (self.len + n).max(self.buf.len() * 2);
        self.buf.resize(len, 0);
    }

    #[inline(always)]
    pub(super) fn byte(&mut self, byte: u8) {
        self.room(1)[0] = byte;
        self.advance(1);
    }

    #[inline(always)]
    pub(super) fn bytes(&mut self, bytes: &[u8]) {
        self.room(bytes.len()).copy_from_slice(bytes);
        self.advance(bytes.len());
    }

    /// Closes an array or object whose every element was followed by a comma: the last comma
    /// becomes the bracket.
    #[inline(always)]
    pub(super) fn close(&mut self, bracket: u8) {
        match self.buf[..self.len].last_mut() {
            Some(last) if *last == b',' => *last = bracket,
            _ => self.byte(bracket),
        }
    }

    /// Appends `value` as a JSON string, quotes included.
    #[inline(always)]
    pub(super) fn str(&mut self, value: &str) {
        self.quoted::<false>(value);
    }

    /// Appends `key` as an object key: the JSON string and its colon. Inlined where a derived
    /// `Serialize` names its field, the constant key folds into a few stores.
    #[inline(always)]
    pub(super) fn key(&mut self, key: &str) {
        self.quoted::<true>(key);
    }

    /// The JSON string of `value`, and a colon after it when `COLON`: the quotes (and colon)
    /// go into the same reserved room as the copy.
    #[inline(always)]
    fn quoted<const COLON: bool>(&mut self, value: &str) {
        let bytes = value.as_bytes();
        let n = bytes.len();
        let len = n + 2 + usize::from(COLON);
        let room = self.room(len);
        room[0] = b'"';
        let clean = copy_checked(&mut room[1..n + 1], bytes);
        room[n + 1] = b'"';
        if COLON {
            room[n + 2] = b':';
        }
        if clean {
            self.advance(len);
        } else {
            self.escaped(bytes);
            if COLON {
                self.byte(b':');
            }
        }
    }

    /// Appends the escaped contents of a string, without quotes.
    pub(super) fn fragment(&mut self, value: &str) {
        let bytes = value.as_bytes();
        let n = bytes.len();
        if copy_checked(self.room(n), bytes) {
            self.advance(n);
        } else {
            self.escaped_contents(bytes);
        }
    }

    #[cold]
    #[inline(never)]
    fn escaped(&mut self, bytes: &[u8]) {
        self.byte(b'"');
        self.escaped_contents(bytes);
        self.byte(b'"');
    }

    fn escaped_contents(&mut self, bytes: &[u8]) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let mut start = 0;
        for (at, &byte) in bytes.iter().enumerate() {
            let escape = ESCAPE[usize::from(byte)];
            if escape == 0 {
                continue;
            }
            self.bytes(&bytes[start..at]);
            start = at + 1;
            if escape == UU {
                self.bytes(&[
                    b'\\',
                    b'u',
                    b'0',
                    b'0',
                    HEX[usize::from(byte >> 4)],
                    HEX[usize::from(byte & 0xf)],
                ]);
            } else {
                self.bytes(&[b'\\', escape]);
            }
        }
        self.bytes(&bytes[start..]);
    }
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// For strings shorter than a block: the high bit of a byte lane is set where the byte needs
/// an escape, and may also be set in lanes above one that does (borrows): "any" is exact.
#[inline(always)]
const fn escape_lanes(x: u64) -> u64 {
    let quote = x ^ (ONES * b'"' as u64);
    let backslash = x ^ (ONES * b'\\' as u64);
    ((x.wrapping_sub(ONES * 0x20) & !x)
        | (quote.wrapping_sub(ONES) & !quote)
        | (backslash.wrapping_sub(ONES) & !backslash))
        & HIGH
}

/// Whether any byte of a block needs an escape. Written as three separate passes of plain
/// comparisons so that LLVM turns each into one SSE2 compare (x86_64 baseline) or NEON one.
#[inline(always)]
fn block_needs_escape<const N: usize>(block: &[u8; N]) -> bool {
    let mut any = false;
    for &b in block {
        any |= b < 0x20;
    }
    for &b in block {
        any |= b == b'"';
    }
    for &b in block {
        any |= b == b'\\';
    }
    any
}

#[inline(always)]
fn block<const N: usize>(bytes: &[u8], at: usize) -> [u8; N] {
    let mut block = [0; N];
    block.copy_from_slice(&bytes[at..at + N]);
    block
}

/// Past this length `memcpy` beats copying blocks.
const LONG: usize = 64;

/// Copies `src` into `dst` (of the same length) and tells whether no byte needs an escape.
///
/// Fixed-size blocks compile to plain loads and stores where `copy_from_slice(src)` would call
/// `memcpy`; the tail is one block overlapping the one before.
#[inline(always)]
fn copy_checked(dst: &mut [u8], src: &[u8]) -> bool {
    let n = src.len();
    let dst = &mut dst[..n];
    if n >= 16 {
        if n > LONG {
            dst.copy_from_slice(src);
            return !needs_escape(src);
        }
        let last: [u8; 16] = block(src, n - 16);
        let mut escape = block_needs_escape(&last);
        let mut at = 0;
        while at + 16 < n {
            let b: [u8; 16] = block(src, at);
            escape |= block_needs_escape(&b);
            dst[at..at + 16].copy_from_slice(&b);
            at += 16;
        }
        dst[n - 16..].copy_from_slice(&last);
        !escape
    } else if n >= 8 {
        let (low, high): ([u8; 8], [u8; 8]) = (block(src, 0), block(src, n - 8));
        dst[..8].copy_from_slice(&low);
        dst[n - 8..].copy_from_slice(&high);
        escape_lanes(u64::from_le_bytes(low)) | escape_lanes(u64::from_le_bytes(high)) == 0
    } else if n >= 4 {
        let (low, high): ([u8; 4], [u8; 4]) = (block(src, 0), block(src, n - 4));
        dst[..4].copy_from_slice(&low);
        dst[n - 4..].copy_from_slice(&high);
        let x = u64::from(u32::from_le_bytes(low)) | u64::from(u32::from_le_bytes(high)) << 32;
        escape_lanes(x) == 0
    } else if n > 0 {
        // Three bytes at most: first, middle and last are all of them.
        let (a, b, c) = (src[0], src[n / 2], src[n - 1]);
        dst[0] = a;
        dst[n / 2] = b;
        dst[n - 1] = c;
        ESCAPE[usize::from(a)] | ESCAPE[usize::from(b)] | ESCAPE[usize::from(c)] == 0
    } else {
        true
    }
}

/// Whether any byte of a long string needs an escape.
fn needs_escape(bytes: &[u8]) -> bool {
    let mut blocks = bytes.chunks_exact(16);
    let mut escape = false;
    for b in &mut blocks {
        escape |= block_needs_escape::<16>(&block(b, 0));
    }
    escape
        || blocks
            .remainder()
            .iter()
            .any(|&b| ESCAPE[usize::from(b)] != 0)
}

const BB: u8 = b'b';
const TT: u8 = b't';
const NN: u8 = b'n';
const FF: u8 = b'f';
const RR: u8 = b'r';
const QU: u8 = b'"';
const BS: u8 = b'\\';
const UU: u8 = b'u';
const __: u8 = 0;

/// The letter after the backslash for each byte that needs an escape (`u` for `\u00XX`), 0
/// for the bytes written as they are: the table serde_json writes by.
#[rustfmt::skip]
static ESCAPE: [u8; 256] = [
    //   1   2   3   4   5   6   7   8   9   A   B   C   D   E   F
    UU, UU, UU, UU, UU, UU, UU, UU, BB, TT, NN, UU, FF, RR, UU, UU, // 0
    UU, UU, UU, UU, UU, UU, UU, UU, UU, UU, UU, UU, UU, UU, UU, UU, // 1
    __, __, QU, __, __, __, __, __, __, __, __, __, __, __, __, __, // 2
    __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, // 3
    __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, // 4
    __, __, __, __, __, __, __, __, __, __, __, __, BS, __, __, __, // 5
    __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, // 6
    __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, // 7
    __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, // 8
    __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, // 9
    __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, // A
    __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, // B
    __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, // C
    __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, // D
    __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, // E
    __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, // F
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The word check agrees with the table on every byte, in every lane, next to every other
    /// kind of byte (the borrows of one lane must never hide or invent an escape in another),
    /// at every length the short paths take, and copies every byte.
    #[test]
    fn copy_checked_agrees_with_the_table() {
        for byte in 0..=255u8 {
            for neighbour in [0u8, 0x1f, 0x20, b'"', b'\\', b'a', 0x7f, 0x80, 0xff] {
                for len in 0..=40 {
                    for at in 0..len {
                        let mut src = vec![neighbour; len];
                        src[at] = byte;
                        let expected = src.iter().all(|&b| ESCAPE[usize::from(b)] == 0);
                        let mut dst = vec![0xaa; len];
                        assert_eq!(copy_checked(&mut dst, &src), expected, "{src:?}");
                        assert_eq!(dst, src);
                    }
                }
            }
        }
    }

    #[test]
    fn long_strings_are_checked_to_the_last_byte() {
        for len in LONG + 1..LONG + 40 {
            for at in [0, len / 2, len - 1] {
                let mut src = vec![b'a'; len];
                assert!(copy_checked(&mut vec![0; len], &src));
                src[at] = b'\n';
                assert!(!copy_checked(&mut vec![0; len], &src));
            }
        }
    }
}
