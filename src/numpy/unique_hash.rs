//! NumPy's hash-based unique (`_unique_hash`, behind `np.unique(x, sorted=False)` and
//! `np.unique_values`) for integer and complex arrays: the values come out in the
//! iteration order of the `std::unordered_set` NumPy fills, so the order is reproduced by
//! replaying that table — libstdc++'s singly linked node list with per-bucket "before"
//! pointers, its prime rehash policy (stl_primes.rs), and NumPy's hashes (64-bit FNV-1a of
//! the element's stored bytes; complex zeros made +0.0 first, NaNs hash 0 under
//! `equal_nan`). The first element of each group of equal ones is the one kept.

use super::stl_primes::PRIMES;

/// `HASH_TABLE_INITIAL_BUCKETS` in NumPy's unique.cpp: the bucket hint is
/// `min(size, 1024)`.
const INITIAL_BUCKETS: usize = 1024;

/// No node (an empty bucket, the end of the list).
const NIL: usize = usize::MAX;

/// The list's `_M_before_begin` node.
const BEFORE_BEGIN: usize = 0;

/// NumPy's `npy_fnv1a` (64-bit FNV-1a).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h = (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// libstdc++'s `_Prime_rehash_policy` with the default maximum load factor 1.0.
struct Policy {
    next_resize: u64,
}

impl Policy {
    /// `_M_next_bkt`: the bucket count for a hint of `n` (and the size that triggers the
    /// next growth).
    fn next_bkt(&mut self, n: u64) -> u64 {
        const FAST: [u64; 14] = [2, 2, 2, 3, 5, 5, 7, 7, 11, 11, 11, 11, 13, 13];
        if n < FAST.len() as u64 {
            if n == 0 {
                return 1;
            }
            self.next_resize = FAST[n as usize];
            return FAST[n as usize];
        }
        // lower_bound over the list from its 7th prime, the last one never passed.
        let last = PRIMES.len() - 1;
        let at = 6 + PRIMES[6..last].partition_point(|&p| p < n);
        self.next_resize = if at == last { u64::MAX } else { PRIMES[at] };
        PRIMES[at]
    }

    /// `_M_need_rehash` for one more element: the new bucket count, if it must grow.
    fn need_rehash(&mut self, buckets: u64, elements: u64) -> Option<u64> {
        if elements < self.next_resize {
            return None;
        }
        let floor = if self.next_resize == 0 { 11 } else { 0 };
        let min_buckets = (elements + 1).max(floor);
        if min_buckets >= buckets {
            return Some(self.next_bkt((min_buckets + 1).max(buckets.saturating_mul(2))));
        }
        self.next_resize = buckets;
        None
    }
}

/// The table: node `k >= 1` holds input element `element[k]` with hash code `code[k]`;
/// `next` links the single list from [`BEFORE_BEGIN`]; `buckets[b]` is the node before
/// bucket `b`'s first node.
struct Table {
    policy: Policy,
    buckets: Vec<usize>,
    next: Vec<usize>,
    code: Vec<u64>,
    element: Vec<usize>,
}

impl Table {
    fn with_hint(hint: usize) -> Table {
        let mut policy = Policy { next_resize: 0 };
        let count = policy.next_bkt(hint as u64).max(1);
        Table {
            policy,
            buckets: vec![NIL; count as usize],
            next: vec![NIL],
            code: vec![0],
            element: vec![0],
        }
    }

    fn bucket(&self, code: u64) -> usize {
        (code % self.buckets.len() as u64) as usize
    }

    /// Whether an element equal to `i` (by `same`) is already in the table.
    fn contains(&self, code: u64, i: usize, same: &impl Fn(usize, usize) -> bool) -> bool {
        let b = self.bucket(code);
        let before = self.buckets[b];
        if before == NIL {
            return false;
        }
        let mut p = self.next[before];
        while p != NIL {
            if self.code[p] == code && same(self.element[p], i) {
                return true;
            }
            p = self.next[p];
            if p != NIL && self.bucket(self.code[p]) != b {
                return false;
            }
        }
        false
    }

    /// `_M_rehash_aux` for unique keys: relink every node into `count` buckets.
    fn rehash(&mut self, count: usize) {
        let mut buckets = vec![NIL; count];
        let mut p = self.next[BEFORE_BEGIN];
        self.next[BEFORE_BEGIN] = NIL;
        let mut begin_bucket = 0;
        while p != NIL {
            let after = self.next[p];
            let b = (self.code[p] % count as u64) as usize;
            if buckets[b] == NIL {
                self.next[p] = self.next[BEFORE_BEGIN];
                self.next[BEFORE_BEGIN] = p;
                buckets[b] = BEFORE_BEGIN;
                if self.next[p] != NIL {
                    buckets[begin_bucket] = p;
                }
                begin_bucket = b;
            } else {
                self.next[p] = self.next[buckets[b]];
                self.next[buckets[b]] = p;
            }
            p = after;
        }
        self.buckets = buckets;
    }

    /// `_M_insert_unique_node`: grow if needed, then put the node first in its bucket.
    fn insert(&mut self, code: u64, i: usize) {
        let elements = (self.next.len() - 1) as u64;
        if let Some(count) = self.policy.need_rehash(self.buckets.len() as u64, elements) {
            self.rehash(count as usize);
        }
        let node = self.next.len();
        self.next.push(NIL);
        self.code.push(code);
        self.element.push(i);
        let b = self.bucket(code);
        if self.buckets[b] != NIL {
            let before = self.buckets[b];
            self.next[node] = self.next[before];
            self.next[before] = node;
        } else {
            self.next[node] = self.next[BEFORE_BEGIN];
            self.next[BEFORE_BEGIN] = node;
            if self.next[node] != NIL {
                let nb = self.bucket(self.code[self.next[node]]);
                self.buckets[nb] = node;
            }
            self.buckets[b] = BEFORE_BEGIN;
        }
    }

    fn iteration_order(&self) -> Vec<usize> {
        let mut out = Vec::with_capacity(self.next.len() - 1);
        let mut p = self.next[BEFORE_BEGIN];
        while p != NIL {
            out.push(self.element[p]);
            p = self.next[p];
        }
        out
    }
}

/// The positions of the elements NumPy's table keeps, in its iteration order, for `n`
/// elements with hash codes `code(i)` and equality `same(i, j)`.
fn table_order(
    n: usize,
    code: impl Fn(usize) -> u64,
    same: impl Fn(usize, usize) -> bool,
) -> Vec<usize> {
    let mut t = Table::with_hint(n.min(INITIAL_BUCKETS));
    for i in 0..n {
        let c = code(i);
        if !t.contains(c, i, &same) {
            t.insert(c, i);
        }
    }
    t.iteration_order()
}

/// For an integer array's stored bytes (`itemsize` each, C order): the kept positions in
/// NumPy's order.
pub fn integer_order(stored: &[u8], itemsize: usize) -> Vec<usize> {
    let item = |i: usize| &stored[i * itemsize..(i + 1) * itemsize];
    table_order(
        stored.len() / itemsize.max(1),
        |i| fnv1a(item(i)),
        |i, j| item(i) == item(j),
    )
}

/// For a complex array's stored bytes (`itemsize` 8 or 16): the kept positions in
/// NumPy's order. Its hash and equality read the stored bytes as native numbers, as
/// NumPy's `hash_complex`/`equal_complex` do.
pub fn complex_order(stored: &[u8], itemsize: usize, equal_nan: bool) -> Vec<usize> {
    let half = itemsize / 2;
    let part = |i: usize, k: usize| -> f64 {
        let b = &stored[i * itemsize + k * half..i * itemsize + (k + 1) * half];
        match half {
            4 => f32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as f64,
            _ => f64::from_ne_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]),
        }
    };
    let is_nan = |i: usize| part(i, 0).is_nan() || part(i, 1).is_nan();
    let code = |i: usize| -> u64 {
        if equal_nan && is_nan(i) {
            return 0;
        }
        let mut b = stored[i * itemsize..(i + 1) * itemsize].to_vec();
        for k in 0..2 {
            if part(i, k) == 0.0 {
                b[k * half..(k + 1) * half].fill(0);
            }
        }
        fnv1a(&b)
    };
    let same = |i: usize, j: usize| -> bool {
        match (is_nan(i), is_nan(j)) {
            (true, true) => equal_nan,
            (false, false) => part(i, 0) == part(j, 0) && part(i, 1) == part(j, 1),
            _ => false,
        }
    };
    table_order(stored.len() / itemsize.max(1), code, same)
}
