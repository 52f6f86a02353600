//! Python's `dict`: pairs in insertion order, as Python keeps them, plus a hash index so
//! lookups and inserts are O(1) on average (a 10^5-key dict builds in linear time). Keys
//! must be hashable (`value::hash`); the pairs are readable as a slice.

use crate::error::PyResult;
use crate::value::hash::py_hash;
use crate::value::pyops::py_eq;
use crate::value::Value;
use std::collections::HashMap;

#[derive(Clone, Debug, Default)]
pub struct PyDict {
    pairs: Vec<(Value, Value)>,
    /// Positions in `pairs` by key hash (several when hashes collide).
    index: HashMap<i64, Vec<usize>>,
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
                self.index.entry(hash).or_default().push(self.pairs.len());
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
        if let Some(slots) = self.index.get_mut(&hash) {
            slots.retain(|&p| p != removed);
            if slots.is_empty() {
                self.index.remove(&hash);
            }
        }
        if removed < self.pairs.len() {
            for slots in self.index.values_mut() {
                for p in slots.iter_mut() {
                    if *p > removed {
                        *p -= 1;
                    }
                }
            }
        }
    }

    pub fn clear(&mut self) {
        self.pairs.clear();
        self.index.clear();
    }
}
