//! A stable sort that Ctrl-C can stop: long slices are sorted in runs of 2^20 elements
//! (the standard library's stable sort) and the runs merged pairwise, with the interrupt
//! flag looked at between runs and every 2^16 merged elements. A stable sort's result is
//! unique for a given order, so this gives exactly what one `sort_by` call gives; a
//! 10^8-element sort stops within a few milliseconds instead of running for seconds.
//! Interrupted, the slice is left in some permutation of its elements, and the caller's
//! statement fails with `KeyboardInterrupt` before its result is used.

use std::cmp::Ordering;

/// Slices up to this long are sorted by one `sort_by` call (a few tens of milliseconds).
const RUN: usize = 1 << 20;
/// Elements merged between two looks at the interrupt flag.
const CHECK: usize = 1 << 16;

pub fn sort_by<T: Copy>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    if v.len() <= RUN {
        v.sort_by(&cmp);
        return;
    }
    for run in v.chunks_mut(RUN) {
        if crate::interrupt::pending() {
            return;
        }
        run.sort_by(&cmp);
    }
    // The merge buffer; without memory for it, one uninterruptible sort.
    let mut buf: Vec<T> = Vec::new();
    if buf.try_reserve_exact(v.len()).is_err() {
        v.sort_by(&cmp);
        return;
    }
    for piece in v.chunks(RUN) {
        if crate::interrupt::pending() {
            return;
        }
        buf.extend_from_slice(piece);
    }
    // Each pass merges pairs of sorted runs of `width` from one slice into the other.
    let mut width = RUN;
    let mut in_buf = false;
    while width < v.len() {
        let (src, dst): (&[T], &mut [T]) = if in_buf {
            (&buf[..], &mut *v)
        } else {
            (&*v, &mut buf[..])
        };
        if !merge_pass(src, dst, width, &cmp) {
            return;
        }
        in_buf = !in_buf;
        width *= 2;
    }
    if in_buf {
        v.copy_from_slice(&buf);
    }
}

/// One pass; false if Ctrl-C interrupted it.
fn merge_pass<T: Copy>(
    src: &[T],
    dst: &mut [T],
    width: usize,
    cmp: &impl Fn(&T, &T) -> Ordering,
) -> bool {
    let mut start = 0;
    while start < src.len() {
        let mid = (start + width).min(src.len());
        let end = (start + 2 * width).min(src.len());
        if !merge(&src[start..mid], &src[mid..end], &mut dst[start..end], cmp) {
            return false;
        }
        start = end;
    }
    true
}

/// Merge sorted `a` and `b` into `out`, `a`'s element first on ties (stability).
fn merge<T: Copy>(a: &[T], b: &[T], out: &mut [T], cmp: &impl Fn(&T, &T) -> Ordering) -> bool {
    let (mut i, mut j) = (0, 0);
    for (k, o) in out.iter_mut().enumerate() {
        if k % CHECK == 0 && crate::interrupt::pending() {
            return false;
        }
        let take_b = i == a.len() || (j < b.len() && cmp(&b[j], &a[i]) == Ordering::Less);
        if take_b {
            *o = b[j];
            j += 1;
        } else {
            *o = a[i];
            i += 1;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs and merges give what one stable `sort_by` gives, ties (equal keys) included.
    #[test]
    fn equals_one_stable_sort() {
        let n = 3 * RUN + 12_345;
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        let v: Vec<(u32, usize)> = (0..n)
            .map(|i| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                ((x % 1000) as u32, i)
            })
            .collect();
        let by_key = |a: &(u32, usize), b: &(u32, usize)| a.0.cmp(&b.0);
        let mut want = v.clone();
        want.sort_by(by_key);
        let mut got = v;
        sort_by(&mut got, by_key);
        assert!(got == want);
    }
}
