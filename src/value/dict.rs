//! Python's `dict`: pairs in insertion order, as Python keeps them, plus a hash index so
//! lookups and inserts are O(1) on average (a 10^5-key dict builds in linear time). Keys
//! must be hashable (`value::hash`); the pairs are readable as a slice.

use crate::error::PyResult;
use crate::value::hash::py_hash;
use crate::value::pyops::py_eq;
use crate::value::Value;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The index's hasher: its keys are already Python hashes, so one multiply mixes them
/// enough (SipHash would cost more than the rest of an insert).
#[derive(Default)]
struct Mix(u64);

impl Hasher for Mix {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ b as u64).wrapping_mul(0x9E3779B97F4A7C15);
        }
    }
    fn write_i64(&mut self, i: i64) {
        self.0 = (i as u64).wrapping_mul(0x9E3779B97F4A7C15).rotate_left(29);
    }
}

/// Where the keys of one hash are: almost always one position.
#[derive(Clone, Debug)]
enum Slots {
    One(usize),
    Many(Vec<usize>),
}

impl Slots {
    fn as_slice(&self) -> &[usize] {
        match self {
            Slots::One(i) => std::slice::from_ref(i),
            Slots::Many(v) => v,
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct PyDict {
    pairs: Vec<(Value, Value)>,
    /// Positions in `pairs` by key hash.
    index: HashMap<i64, Slots, BuildHasherDefault<Mix>>,
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

    fn find(&self, hash: i64, key: &Value) -> Option<usize> {
        self.index
            .get(&hash)?
            .as_slice()
            .iter()
            .copied()
            .find(|&i| py_eq(&self.pairs[i].0, key))
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
        match self.find(hash, &key) {
            Some(i) => self.pairs[i].1 = value,
            None => {
                let at = self.pairs.len();
                match self.index.get_mut(&hash) {
                    None => {
                        self.index.insert(hash, Slots::One(at));
                    }
                    Some(Slots::One(first)) => {
                        let first = *first;
                        self.index.insert(hash, Slots::Many(vec![first, at]));
                    }
                    Some(Slots::Many(v)) => v.push(at),
                }
                self.pairs.push((key, value));
            }
        }
    }

    /// `d.pop(key)`: the value, if the key was there. Later positions shift down, which
    /// costs O(len) (removing the last pair is O(1)).
    pub fn remove(&mut self, key: &Value) -> PyResult<Option<Value>> {
        let h = py_hash(key)?;
        let Some(i) = self.find(h, key) else {
            return Ok(None);
        };
        let (_, v) = self.pairs.remove(i);
        self.reindex_after_removal(h, i);
        Ok(Some(v))
    }

    /// `d.popitem()`: the last pair.
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let (k, v) = self.pairs.pop()?;
        let h = py_hash(&k).unwrap_or(0);
        self.reindex_after_removal(h, self.pairs.len());
        Some((k, v))
    }

    fn reindex_after_removal(&mut self, hash: i64, removed: usize) {
        match self.index.get_mut(&hash) {
            Some(Slots::Many(v)) => {
                v.retain(|&p| p != removed);
                if v.len() == 1 {
                    let only = v[0];
                    self.index.insert(hash, Slots::One(only));
                }
            }
            Some(Slots::One(_)) => {
                self.index.remove(&hash);
            }
            None => {}
        }
        if removed < self.pairs.len() {
            let shift = |p: &mut usize| {
                if *p > removed {
                    *p -= 1;
                }
            };
            for slots in self.index.values_mut() {
                match slots {
                    Slots::One(p) => shift(p),
                    Slots::Many(v) => v.iter_mut().for_each(shift),
                }
            }
        }
    }

    pub fn clear(&mut self) {
        self.pairs.clear();
        self.index.clear();
    }
}
