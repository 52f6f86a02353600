//! `a[i] = v`, `a[i:j:k] = v`, `del a[i]` and `del a[i:j:k]` on Python lists, with
//! CPython's `list_ass_subscript` rules: a step-1 slice takes any iterable and resizes
//! the list (`a[5:1] = 'xy'` inserts at 5), an extended slice takes exactly as many
//! items as it selects, and the right side is copied before the list changes, so
//! `a[1:2] = a` sees the old list.

use super::subscript::slice_bounds;
use crate::error::{PyErr, PyResult};
use crate::value::convert::{iter_values, to_int};
use crate::value::Value;
use std::cell::RefCell;

type List = RefCell<Vec<Value>>;

/// The items of the right side of a slice assignment, with CPython's message (`what`)
/// when it is not iterable at all.
fn assigned_items(value: &Value, what: &str) -> PyResult<Vec<Value>> {
    iter_values(value).map_err(|e| {
        if e.class == "TypeError" && e.msg.ends_with("object is not iterable") {
            PyErr::type_err(what)
        } else {
            e
        }
    })
}

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

/// A list index as CPython reads it: an int (or anything with `__index__`), a huge int
/// an IndexError, anything else a TypeError naming the index type.
fn list_index(n: usize, key: &Value) -> PyResult<usize> {
    let i = match key {
        Value::BigInt(_) => {
            return Err(PyErr::index("cannot fit 'int' into an index-sized integer"))
        }
        Value::Int(i) if i64::try_from(*i).is_err() => {
            return Err(PyErr::index("cannot fit 'int' into an index-sized integer"))
        }
        _ => to_int(key).map_err(|_| {
            PyErr::type_err(format!(
                "list indices must be integers or slices, not {}",
                key.type_of().short_name()
            ))
        })?,
    };
    let n = n as i128;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(PyErr::index("list assignment index out of range"));
    }
    Ok(j as usize)
}

/// `a[key] = value` for a list `a`.
pub fn setitem(l: &List, key: &Value, value: &Value) -> PyResult<()> {
    let Value::Slice(s) = key else {
        let j = list_index(l.borrow().len(), key)?;
        l.borrow_mut()[j] = value.clone();
        return Ok(());
    };
    let len = l.borrow().len() as i128;
    let (start, stop, step) = slice_bounds(len, s)?;
    if step == 1 {
        // Copied first: the right side may be the list itself.
        let items = assigned_items(value, "can only assign an iterable")?;
        let lo = start.clamp(0, len) as usize;
        let hi = stop.clamp(lo as i128, len) as usize;
        l.borrow_mut().splice(lo..hi, items);
        return Ok(());
    }
    let items = assigned_items(value, "must assign iterable to extended slice")?;
    let n = slice_len(start, stop, step);
    if items.len() as i128 != n {
        return Err(PyErr::value(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
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

/// `del a[key]` for a list `a`.
pub fn delitem(l: &List, key: &Value) -> PyResult<()> {
    let Value::Slice(s) = key else {
        let j = list_index(l.borrow().len(), key)?;
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
