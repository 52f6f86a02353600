//! Python's `dict`: pairs in insertion order, as Python keeps them, plus a hash index so
//! lookups and inserts are O(1) on average (a 10^5-key dict builds in linear time). Keys
//! must be hashable (`value::hash`); the pairs are readable as a slice.

use crate::error::PyResult;
use crate::value::hash::py_hash;
use crate::value::pyops::py_eq;
use crate::value::Value;

/// An index slot that holds no position.
const EMPTY: u32 = u32::MAX;

/// Which class a dict is: `dict`, or one of the `collections` subclasses, which are
/// dicts with a few behaviours of their own (a missing key of a `Counter` counts 0, a
/// `defaultdict` calls its factory, an `OrderedDict` compares in order); everything else
/// they share with `dict` through this one type.
#[derive(Clone, Debug, Default)]
pub enum DictKind {
    #[default]
    Plain,
    Counter,
    /// `defaultdict(factory)`: the factory, or `None`.
    DefaultDict(Value),
    OrderedDict,
}

#[derive(Clone, Debug, Default)]
pub struct PyDict {
    pub kind: DictKind,
    pairs: Vec<(Value, Value)>,
    /// The key hash of each pair, so probing and rebuilding the index never hash again.
    hashes: Vec<i64>,
    /// Positions in `pairs`, open-addressed by key hash and probed linearly (a power-of-two
    /// length, at most half full, empty until the first insert): a flat table of `u32`s is
    /// a quarter of the memory a map of hash to positions takes, and one probe usually
    /// finds the key.
    index: Vec<u32>,
    /// 64 minus the index length's log2: the mixed hash's top bits pick the home slot.
    shift: u32,
}

impl From<Vec<(Value, Value)>> for PyDict {
    /// Pairs from Rust code (string keys, distinct): a later equal key replaces the value.
    fn from(pairs: Vec<(Value, Value)>) -> PyDict {
        let mut d = PyDict::new();
        for (k, v) in pairs {
            let h = py_hash(&k).unwrap_or(0);
            d.insert_hashed(h, k, v);
        }
        d
    }
}

impl std::ops::Deref for PyDict {
    type Target = [(Value, Value)];
    fn deref(&self) -> &[(Value, Value)] {
        &self.pairs
    }
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict::default()
    }

    /// An empty dict of class `kind`.
    pub fn of_kind(kind: DictKind) -> PyDict {
        PyDict {
            kind,
            ..PyDict::default()
        }
    }

    /// The slot a hash's probe starts at: a multiplicative mix, so keys such as
    /// multiples of 1024 (whose Python hash is themselves) still spread.
    fn home(&self, hash: i64) -> usize {
        ((hash as u64).wrapping_mul(0x9E3779B97F4A7C15) >> self.shift) as usize
    }

    /// The index slot holding the position of `key`, if it is there.
    fn slot_of(&self, hash: i64, key: &Value) -> Option<usize> {
        if self.index.is_empty() {
            return None;
        }
        let mask = self.index.len() - 1;
        let mut i = self.home(hash);
        loop {
            let p = self.index[i];
            if p == EMPTY {
                return None;
            }
            let p = p as usize;
            if self.hashes[p] == hash && py_eq(&self.pairs[p].0, key) {
                return Some(i);
            }
            i = (i + 1) & mask;
        }
    }

    fn find(&self, hash: i64, key: &Value) -> Option<usize> {
        self.slot_of(hash, key).map(|i| self.index[i] as usize)
    }

    /// Rebuild the index for `pairs.len()` pairs at most half full.
    fn reindex(&mut self) {
        let mut size = 8;
        while size < 2 * (self.pairs.len() + 1) {
            size *= 2;
        }
        self.index.clear();
        self.index.resize(size, EMPTY);
        self.shift = 64 - size.trailing_zeros();
        for p in 0..self.pairs.len() {
            self.place(self.hashes[p], p);
        }
    }

    /// Put position `p` in the first free slot of its hash's probe.
    fn place(&mut self, hash: i64, p: usize) {
        let mask = self.index.len() - 1;
        let mut i = self.home(hash);
        while self.index[i] != EMPTY {
            i = (i + 1) & mask;
        }
        self.index[i] = p as u32;
    }

    /// Empty index slot `i`, moving later entries of the probe run back so every key stays
    /// reachable from its home slot (deletion without tombstones).
    fn clear_slot(&mut self, mut i: usize) {
        let mask = self.index.len() - 1;
        let mut j = i;
        loop {
            j = (j + 1) & mask;
            let p = self.index[j];
            if p == EMPTY {
                break;
            }
            let home = self.home(self.hashes[p as usize]);
            // Entry j may fill slot i unless its home lies cyclically in (i, j].
            let stays = if i <= j {
                i < home && home <= j
            } else {
                i < home || home <= j
            };
            if !stays {
                self.index[i] = p;
                i = j;
            }
        }
        self.index[i] = EMPTY;
    }

    /// `d[key]`, or None (TypeError for an unhashable key).
    pub fn get(&self, key: &Value) -> PyResult<Option<&Value>> {
        let h = py_hash(key)?;
        Ok(self.find(h, key).map(|i| &self.pairs[i].1))
    }

    pub fn contains(&self, key: &Value) -> PyResult<bool> {
        Ok(self.get(key)?.is_some())
    }

    /// `d[key] = value`: an equal key keeps its place (and its first spelling, as `1`
    /// stays when `1.0` is assigned), a new one goes last.
    pub fn insert(&mut self, key: Value, value: Value) -> PyResult<()> {
        let h = py_hash(&key)?;
        self.insert_hashed(h, key, value);
        Ok(())
    }

    fn insert_hashed(&mut self, hash: i64, key: Value, value: Value) {
        if let Some(i) = self.find(hash, &key) {
            self.pairs[i].1 = value;
            return;
        }
        self.pairs.push((key, value));
        self.hashes.push(hash);
        if 2 * (self.pairs.len() + 1) > self.index.len() {
            self.reindex();
        } else {
            self.place(hash, self.pairs.len() - 1);
        }
    }

    /// `d.pop(key)`: the value, if the key was there. Later positions shift down, which
    /// costs O(len) (removing the last pair is O(1)).
    pub fn remove(&mut self, key: &Value) -> PyResult<Option<Value>> {
        let h = py_hash(key)?;
        let Some(slot) = self.slot_of(h, key) else {
            return Ok(None);
        };
        let p = self.index[slot] as usize;
        self.clear_slot(slot);
        let (_, v) = self.pairs.remove(p);
        self.hashes.remove(p);
        if p < self.pairs.len() {
            for q in self.index.iter_mut() {
                if *q != EMPTY && *q as usize > p {
                    *q -= 1;
                }
            }
        }
        Ok(Some(v))
    }

    /// `d.popitem()`: the last pair.
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let last = self.pairs.len().checked_sub(1)?;
        let h = self.hashes[last];
        let mask = self.index.len() - 1;
        let mut i = self.home(h);
        while self.index[i] as usize != last {
            i = (i + 1) & mask;
        }
        self.clear_slot(i);
        self.hashes.pop();
        self.pairs.pop()
    }

    /// `OrderedDict.move_to_end(key, last=False)`: the pair goes first. O(len).
    pub fn move_to_front(&mut self, key: &Value) -> PyResult<bool> {
        let Some(v) = self.remove(key)? else {
            return Ok(false);
        };
        let h = py_hash(key)?;
        self.pairs.insert(0, (key.clone(), v));
        self.hashes.insert(0, h);
        self.reindex();
        Ok(true)
    }

    /// Remove the first pair (`OrderedDict.popitem(last=False)`).
    pub fn pop_first(&mut self) -> PyResult<Option<(Value, Value)>> {
        let Some(k) = self.pairs.first().map(|(k, _)| k.clone()) else {
            return Ok(None);
        };
        Ok(self.remove(&k)?.map(|v| (k, v)))
    }

    pub fn clear(&mut self) {
        self.pairs.clear();
        self.hashes.clear();
        self.index.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(v: &Value) -> i128 {
        match v {
            Value::Int(i) => *i,
            _ => -1,
        }
    }

    // Removals in the middle of probe runs (keys 1024 apart share home slots' neighbourhoods)
    // must leave every other key findable and the pairs in insertion order.
    #[test]
    fn removal_keeps_keys_reachable_and_order() {
        let mut d = PyDict::new();
        let keys: Vec<i128> = (0..300).map(|i| (i % 7) * 1024 + i).collect();
        for &k in &keys {
            assert!(d.insert(Value::Int(k), Value::Int(-k)).is_ok());
        }
        for &k in keys.iter().step_by(3) {
            assert!(matches!(d.remove(&Value::Int(k)), Ok(Some(_))));
        }
        while d.len() > 150 {
            assert!(d.pop_last().is_some());
        }
        let kept: Vec<i128> = keys
            .iter()
            .enumerate()
            .filter(|(i, _)| i % 3 != 0)
            .map(|(_, &k)| k)
            .take(150)
            .collect();
        assert_eq!(d.iter().map(|(k, _)| int(k)).collect::<Vec<_>>(), kept);
        for &k in &keys {
            let want = kept.contains(&k).then_some(-k);
            assert_eq!(d.get(&Value::Int(k)).ok().flatten().map(int), want);
        }
    }
}
