//! Python's `set`, laid out as CPython 3.11's `setobject.c` lays it out: an open-addressing
//! table probed linearly (9 slots) then by perturbation, with dummies left by deletions,
//! grown at 60% fill. Iteration walks the table, so `{3, 1, 2}` prints `{1, 2, 3}` and
//! every add, discard, pop and resize leaves the same order CPython shows; membership is a
//! hash lookup, not a scan.

use crate::error::{PyErr, PyResult};
use crate::value::hash::py_hash;
use crate::value::pyops::py_eq;
use crate::value::Value;

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// A table slot that was never used (zero, so a new table is one `calloc`).
const EMPTY: u32 = 0;
/// The flag of a deleted slot: searches go past it; an insert reuses the last one it passed.
/// It keeps its entry's position, so a reused dummy reuses that entry too.
const DUMMY: u32 = 1 << 31;

/// CPython's table, with the items kept beside it: a slot holds `EMPTY`, or one plus the
/// position of its entry in `hashes`/`keys` (with `DUMMY` set once deleted). A slot of four
/// bytes instead of the item itself keeps a large table small (10^5 items: 1 MiB of slots
/// and 4 MiB of items, where slots of a hash and a `Value` took 12 MiB), which is what
/// building one costs in fresh pages. Every non-empty slot owns exactly one entry, so the
/// entries never outgrow the table's fill; iteration still walks the slots in table order.
/// (Positions fit in 31 bits: 2^31 entries would take 80 GiB.)
#[derive(Clone, Debug)]
pub struct PySet {
    table: Vec<u32>,
    /// The hash and the item of each entry (an item deleted from the set is `None` here).
    hashes: Vec<i64>,
    keys: Vec<Value>,
    /// Active plus dummy slots (the number of entries).
    fill: usize,
    /// Active slots (the set's length).
    used: usize,
    /// Where `pop` starts looking.
    finger: usize,
    /// A `frozenset`: hashable, and its methods do not change it.
    pub frozen: bool,
}

impl Default for PySet {
    fn default() -> Self {
        PySet::new()
    }
}

/// The entry position of an active slot.
fn active(slot: u32) -> Option<usize> {
    (slot != EMPTY && slot & DUMMY == 0).then(|| slot as usize - 1)
}

impl PySet {
    pub fn new() -> PySet {
        PySet {
            table: vec![EMPTY; MINSIZE],
            hashes: Vec::new(),
            keys: Vec::new(),
            fill: 0,
            used: 0,
            finger: 0,
            frozen: false,
        }
    }

    /// `set(items)`: each item added in turn (TypeError for an unhashable one).
    pub fn from_values(items: impl IntoIterator<Item = Value>) -> PyResult<PySet> {
        let items = items.into_iter();
        let mut s = PySet::new();
        // Room for the entries only: the table grows as CPython's does, which decides the
        // order.
        let n = items.size_hint().0;
        let room = s.hashes.try_reserve(n).and_then(|_| s.keys.try_reserve(n));
        room.map_err(|_| PyErr::memory(""))?;
        for v in items {
            s.add(v)?;
        }
        Ok(s)
    }

    /// A set display `{a, b, c}`. CPython 3.11 folds a display of three or more constants
    /// (literals, tuples of them) into a frozenset constant and copies that into a new set,
    /// which can leave another order than adding the items one by one (`{8, 16, 24, 0, 5,
    /// 40, 48}` is `{0, 16, 48, 5, 8, 24, 40}` but `set([8, 16, 24, 0, 5, 40, 48])` is
    /// `{0, 5, 8, 40, 16, 48, 24}`); other displays add their items in order.
    pub fn from_display(items: Vec<Value>, all_constant: bool) -> PyResult<PySet> {
        let folded = all_constant && items.len() >= 3;
        let built = PySet::from_values(items)?;
        if !folded {
            return Ok(built);
        }
        let mut s = PySet::new();
        s.merge(&built);
        Ok(s)
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// The items in iteration order.
    pub fn iter(&self) -> impl Iterator<Item = &Value> {
        self.entries().map(|(_, v)| v)
    }

    pub fn items(&self) -> Vec<Value> {
        self.iter().cloned().collect()
    }

    /// The items with their hashes, in table order.
    pub fn entries(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.table
            .iter()
            .filter_map(|&s| active(s).map(|e| (self.hashes[e], &self.keys[e])))
    }

    /// The slot holding `v`, or else the first empty slot of its probe sequence and the
    /// last dummy passed on the way there.
    fn lookup(&self, hash: i64, v: &Value) -> Result<usize, (usize, Option<usize>)> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut dummy = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                let s = self.table[j];
                if s == EMPTY {
                    return Err((j, dummy));
                }
                if s & DUMMY != 0 {
                    dummy = Some(j);
                    continue;
                }
                let e = s as usize - 1;
                if self.hashes[e] == hash && py_eq(&self.keys[e], v) {
                    return Ok(j);
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    pub fn contains(&self, v: &Value) -> PyResult<bool> {
        let h = py_hash(v)?;
        Ok(self.contains_hashed(h, v))
    }

    pub fn contains_hashed(&self, hash: i64, v: &Value) -> bool {
        self.lookup(hash, v).is_ok()
    }

    /// `s.add(v)`.
    pub fn add(&mut self, v: Value) -> PyResult<()> {
        let h = py_hash(&v)?;
        self.add_hashed(h, v);
        Ok(())
    }

    /// A new entry; the slot value that points at it.
    fn push_entry(&mut self, hash: i64, v: Value) -> u32 {
        self.hashes.push(hash);
        self.keys.push(v);
        self.keys.len() as u32
    }

    pub fn add_hashed(&mut self, hash: i64, v: Value) {
        let Err((slot, dummy)) = self.lookup(hash, &v) else {
            return;
        };
        // CPython 3.11 reuses the last dummy its probe passed, without a resize check.
        if let Some(d) = dummy {
            let s = self.table[d] & !DUMMY;
            let e = s as usize - 1;
            self.hashes[e] = hash;
            self.keys[e] = v;
            self.table[d] = s;
            self.used += 1;
            return;
        }
        self.table[slot] = self.push_entry(hash, v);
        self.fill += 1;
        self.used += 1;
        if self.fill * 5 >= self.mask() * 3 {
            let target = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(target);
        }
    }

    /// `s.discard(v)`: whether it was there.
    pub fn discard(&mut self, v: &Value) -> PyResult<bool> {
        let h = py_hash(v)?;
        Ok(self.discard_hashed(h, v))
    }

    pub fn discard_hashed(&mut self, hash: i64, v: &Value) -> bool {
        match self.lookup(hash, v) {
            Ok(slot) => {
                self.take_slot(slot);
                true
            }
            Err(_) => false,
        }
    }

    /// Turn active slot `slot` into a dummy, handing back its item.
    fn take_slot(&mut self, slot: usize) -> Value {
        let s = self.table[slot];
        self.table[slot] = s | DUMMY;
        self.used -= 1;
        std::mem::replace(&mut self.keys[s as usize - 1], Value::None)
    }

    /// `s.pop()`: the next item from the finger on, or KeyError.
    pub fn pop(&mut self) -> PyResult<Value> {
        if self.used == 0 {
            return Err(PyErr::key("'pop from an empty set'"));
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while active(self.table[i]).is_none() {
            i = if i == mask { 0 } else { i + 1 };
        }
        self.finger = i + 1;
        Ok(self.take_slot(i))
    }

    pub fn clear(&mut self) {
        self.table = vec![EMPTY; MINSIZE];
        self.hashes = Vec::new();
        self.keys = Vec::new();
        self.fill = 0;
        self.used = 0;
    }

    /// Rebuild into the smallest table larger than `minused`, dropping dummies: the items
    /// go into the new table in the old table's order, as CPython moves them.
    fn resize(&mut self, minused: usize) {
        let mut size = MINSIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![EMPTY; size]);
        if self.fill == self.used {
            // No dummies: every entry stays where it is.
            for s in old.into_iter().filter(|&s| s != EMPTY) {
                self.place(self.hashes[s as usize - 1], s);
            }
            return;
        }
        let hashes = std::mem::take(&mut self.hashes);
        let mut keys = std::mem::take(&mut self.keys);
        self.hashes.reserve(self.used);
        self.keys.reserve(self.used);
        self.fill = self.used;
        for e in old.into_iter().filter_map(active) {
            let v = std::mem::replace(&mut keys[e], Value::None);
            self.insert_clean(hashes[e], v);
        }
    }

    /// Place an item known to be absent in a table without dummies.
    fn insert_clean(&mut self, hash: i64, v: Value) {
        let s = self.push_entry(hash, v);
        self.place(hash, s);
    }

    /// Put slot value `s` in the first empty slot of `hash`'s probe sequence.
    fn place(&mut self, hash: i64, s: u32) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                if self.table[j] == EMPTY {
                    self.table[j] = s;
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// `s |= other` for another set (CPython's `set_merge`, including its shortcuts, which
    /// decide the order of the result).
    pub fn merge(&mut self, other: &PySet) {
        if other.used == 0 {
            return;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            self.table = other.table.clone();
            self.hashes = other.hashes.clone();
            self.keys = other.keys.clone();
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            self.hashes.reserve(other.used);
            self.keys.reserve(other.used);
            for (h, v) in other.entries() {
                self.insert_clean(h, v.clone());
            }
            return;
        }
        for (h, v) in other.entries() {
            self.add_hashed(h, v.clone());
        }
    }

    /// Add the keys of a dict of `n` keys: one resize up front, as `set_update_internal`
    /// does for a dict.
    pub fn update_from_keys(&mut self, keys: Vec<Value>) -> PyResult<()> {
        let n = keys.len();
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
        for k in keys {
            self.add(k)?;
        }
        Ok(())
    }

    /// `s.copy()`.
    pub fn copy(&self) -> PySet {
        let mut s = PySet::new();
        s.merge(self);
        s
    }
}

/// Python `==` between sets.
pub fn set_eq(a: &PySet, b: &PySet) -> bool {
    a.len() == b.len() && a.entries().all(|(h, v)| b.contains_hashed(h, v))
}

/// `a <= b`.
pub fn is_subset(a: &PySet, b: &PySet) -> bool {
    a.len() <= b.len() && a.entries().all(|(h, v)| b.contains_hashed(h, v))
}

/// `a | b` (CPython's `set_or`: a copy of `a`, then `b` merged in).
pub fn union(a: &PySet, b: &PySet) -> PySet {
    let mut r = a.copy();
    r.merge(b);
    r
}

/// `a & b` (`set_intersection`: walks the smaller set, the second one on a tie).
pub fn intersection(a: &PySet, b: &PySet) -> PySet {
    let (big, small) = if b.len() > a.len() { (b, a) } else { (a, b) };
    let mut r = PySet::new();
    for (h, v) in small.entries() {
        if big.contains_hashed(h, v) {
            r.add_hashed(h, v.clone());
        }
    }
    r
}

/// `a - b` (`set_difference`: a copy with `b`'s items discarded when `a` is more than four
/// times larger, otherwise the items of `a` not in `b`, added one by one).
pub fn difference(a: &PySet, b: &PySet) -> PySet {
    if (a.len() >> 2) > b.len() {
        let mut r = a.copy();
        for (h, v) in b.entries() {
            r.discard_hashed(h, v);
        }
        return r;
    }
    let mut r = PySet::new();
    for (h, v) in a.entries() {
        if !b.contains_hashed(h, v) {
            r.add_hashed(h, v.clone());
        }
    }
    r
}

/// `a ^= b` (`set_symmetric_difference_update`).
pub fn symmetric_update(a: &mut PySet, b: &PySet) {
    for (h, v) in b.entries() {
        if !a.discard_hashed(h, v) {
            a.add_hashed(h, v.clone());
        }
    }
}

/// `a ^ b` (`set_symmetric_difference`: a copy of `b`, updated with `a`).
pub fn symmetric_difference(a: &PySet, b: &PySet) -> PySet {
    let mut r = b.copy();
    symmetric_update(&mut r, a);
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ints(v: &[i128]) -> Vec<Value> {
        v.iter().map(|&i| Value::Int(i)).collect()
    }

    fn order(s: &PySet) -> Vec<i128> {
        s.iter()
            .map(|v| match v {
                Value::Int(i) => *i,
                _ => -1,
            })
            .collect()
    }

    // Orders printed by CPython 3.11 for `{8, 16, 24, 0, 5, 40, 48}`, `{x, 16, …}` with
    // `x = 8` (not folded) and `set([8, 16, 24, 0, 5, 40, 48])`.
    #[test]
    fn displays_fold_constants_as_cpython() {
        let items = [8, 16, 24, 0, 5, 40, 48];
        let folded = PySet::from_display(ints(&items), true).ok();
        let plain = PySet::from_display(ints(&items), false).ok();
        let added = PySet::from_values(ints(&items)).ok();
        assert_eq!(
            folded.as_ref().map(order),
            Some(vec![0, 16, 48, 5, 8, 24, 40])
        );
        assert_eq!(
            plain.as_ref().map(order),
            Some(vec![0, 5, 8, 40, 16, 48, 24])
        );
        assert_eq!(
            added.as_ref().map(order),
            Some(vec![0, 5, 8, 40, 16, 48, 24])
        );
    }

    // CPython 3.11: `s = set(range(20))`, discard every third, add 100, 33 and 64, pop
    // (gives 1), add 200..260, discard 200..250, add 8 and 1024: `list(s)` and
    // `list(s.copy())` printed. Dummy slots are reused and dropped by a resize on the way.
    #[test]
    fn deletions_and_resizes_keep_cpython_order() {
        let mut s = PySet::from_values(ints(&(0..20).collect::<Vec<_>>())).ok();
        let Some(s) = s.as_mut() else {
            panic!("set of ints");
        };
        for i in (0..20).step_by(3) {
            assert_eq!(s.discard(&Value::Int(i)).ok(), Some(true));
        }
        for i in [100, 33, 64] {
            assert!(s.add(Value::Int(i)).is_ok());
        }
        assert!(matches!(s.pop(), Ok(Value::Int(1))));
        for i in 200..260 {
            assert!(s.add(Value::Int(i)).is_ok());
        }
        for i in 200..250 {
            assert_eq!(s.discard(&Value::Int(i)).ok(), Some(true));
        }
        for i in [8, 1024] {
            assert!(s.add(Value::Int(i)).is_ok());
        }
        let expected = [
            1024, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 33, 64, 100, 250, 251, 252, 253, 254,
            255, 256, 257, 258, 259,
        ];
        assert_eq!(order(s), expected.to_vec());
        assert_eq!(s.len(), expected.len());
        // `list(s.copy())`: the copy inserts into a fresh table, so its order differs.
        let copied = [
            1024, 64, 2, 256, 4, 5, 257, 7, 8, 258, 10, 11, 259, 13, 14, 16, 17, 19, 33, 100, 250,
            251, 252, 253, 254, 255,
        ];
        assert_eq!(order(&s.copy()), copied.to_vec());
    }
}
