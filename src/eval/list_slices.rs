//! `a[i] = v`, `a[i:j:k] = v`, `del a[i]` and `del a[i:j:k]` on Python lists and
//! bytearrays, with CPython's `list_ass_subscript` rules (which `bytearray_ass_subscript`
//! follows): a step-1 slice takes any iterable and resizes the sequence (`a[5:1] = 'xy'`
//! inserts at 5), an extended slice takes exactly as many items as it selects, and the
//! right side is copied before the sequence changes, so `a[1:2] = a` sees the old one.
//! The two types differ only in their words and in what an item may be ([`Seq`]).

use super::subscript::slice_bounds;
use crate::error::{PyErr, PyResult};
use crate::value::convert::{iter_values_or, to_int};
use crate::value::Value;
use std::cell::RefCell;

/// What a mutable sequence type brings to its item and slice assignment.
pub struct Seq<T> {
    /// The type's name in its messages (`list indices must be ...`).
    pub name: &'static str,
    /// The IndexError of an item assignment out of range.
    pub out_of_range: &'static str,
    /// What an extended slice assignment's size error calls the right side.
    pub assigned: &'static str,
    /// One item as assigned (`bytearray`'s must be an int in range).
    pub item: fn(&Value) -> PyResult<T>,
    /// The right side of a slice assignment; `extended` for a step other than 1.
    pub items: fn(&Value, bool) -> PyResult<Vec<T>>,
}

/// Lists: any item, any iterable on the right.
pub const LIST: Seq<Value> = Seq {
    name: "list",
    out_of_range: "list assignment index out of range",
    assigned: "sequence",
    item: |v| Ok(v.clone()),
    items: |v, extended| {
        iter_values_or(v, || {
            PyErr::type_err(if extended {
                "must assign iterable to extended slice"
            } else {
                "can only assign an iterable"
            })
        })
    },
};

/// Bytearrays: bytes in range(0, 256), from bytes-like objects or iterables of ints (not
/// str, nor an int).
pub const BYTEARRAY: Seq<u8> = Seq {
    name: "bytearray",
    out_of_range: "bytearray index out of range",
    assigned: "bytes",
    item: super::bytes_ctor::byte,
    items: |v, _| {
        if let Some(b) = crate::value::bytes_like::bytes_like(v) {
            return crate::value::bytes_like::fallible_copy(&b);
        }
        let bad = || {
            PyErr::type_err("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        };
        if matches!(
            v,
            Value::Str(_) | Value::Int(_) | Value::Bool(_) | Value::BigInt(_)
        ) {
            return Err(bad());
        }
        let items = iter_values_or(v, bad)?;
        items.iter().map(super::bytes_ctor::byte).collect()
    },
};

/// How many positions `start, start+step, ...` a clamped slice selects (`slice.indices`
/// then `len(range(...))`).
fn slice_len(start: i128, stop: i128, step: i128) -> i128 {
    if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && stop < start {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    }
}

/// An index as CPython reads it: an int (or anything with `__index__`), a huge int an
/// IndexError, anything else a TypeError naming the index type.
fn seq_index<T>(seq: &Seq<T>, n: usize, key: &Value) -> PyResult<usize> {
    let i = match key {
        Value::BigInt(_) => {
            return Err(PyErr::index("cannot fit 'int' into an index-sized integer"))
        }
        Value::Int(i) if i64::try_from(*i).is_err() => {
            return Err(PyErr::index("cannot fit 'int' into an index-sized integer"))
        }
        _ => to_int(key).map_err(|_| {
            PyErr::type_err(format!(
                "{} indices must be integers or slices, not {}",
                seq.name,
                key.type_of().short_name()
            ))
        })?,
    };
    let n = n as i128;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(PyErr::index(seq.out_of_range));
    }
    Ok(j as usize)
}

/// `a[key] = value` for a list or bytearray `a`.
pub fn setitem<T>(seq: &Seq<T>, l: &RefCell<Vec<T>>, key: &Value, value: &Value) -> PyResult<()> {
    let Value::Slice(s) = key else {
        let j = seq_index(seq, l.borrow().len(), key)?;
        let x = (seq.item)(value)?;
        l.borrow_mut()[j] = x;
        return Ok(());
    };
    let len = l.borrow().len() as i128;
    let (start, stop, step) = slice_bounds(len, s)?;
    if step == 1 {
        // Copied first: the right side may be the list itself.
        let items = (seq.items)(value, false)?;
        let lo = start.clamp(0, len) as usize;
        let hi = stop.clamp(lo as i128, len) as usize;
        l.borrow_mut().splice(lo..hi, items);
        return Ok(());
    }
    let items = (seq.items)(value, true)?;
    let n = slice_len(start, stop, step);
    if items.len() as i128 != n {
        return Err(PyErr::value(format!(
            "attempt to assign {} of size {} to extended slice of size {}",
            seq.assigned,
            items.len(),
            n
        )));
    }
    let mut v = l.borrow_mut();
    for (k, x) in items.into_iter().enumerate() {
        v[(start + k as i128 * step) as usize] = x;
    }
    Ok(())
}

/// `del a[key]` for a list or bytearray `a`.
pub fn delitem<T>(seq: &Seq<T>, l: &RefCell<Vec<T>>, key: &Value) -> PyResult<()> {
    let Value::Slice(s) = key else {
        let j = seq_index(seq, l.borrow().len(), key)?;
        l.borrow_mut().remove(j);
        return Ok(());
    };
    let len = l.borrow().len() as i128;
    let (start, stop, step) = slice_bounds(len, s)?;
    let n = slice_len(start, stop, step);
    if n == 0 {
        return Ok(());
    }
    // The selected positions in increasing order, whichever way the slice runs.
    let (first, step) = if step < 0 {
        (start + step * (n - 1), -step)
    } else {
        (start, step)
    };
    let mut v = l.borrow_mut();
    if step == 1 {
        v.drain(first as usize..(first + n) as usize);
        return Ok(());
    }
    let mut k = 0usize;
    v.retain(|_| {
        let i = k as i128;
        k += 1;
        !(i >= first && (i - first) % step == 0 && (i - first) / step < n)
    });
    Ok(())
}
