//! `x[index]` and `x[index] = value` for arrays and Python containers.

use crate::array::index::{self, IndexItem};
use crate::array::object::{ArrayRef, NdArray};
use crate::error::{PyErr, PyResult};
use crate::numpy::objects::{host, host_mut, HostObject};
use crate::value::convert::to_int;
use crate::value::host::HostRef;
use crate::value::index::{array_getitem, index_items, slice_part};
use crate::value::Value;
use std::rc::Rc;

/// The array behind an `x.flat` object.
fn flat_array(o: &HostRef) -> Option<ArrayRef> {
    match host(&*o.borrow()) {
        Some(HostObject::FlatIter(a)) => Some(a.clone()),
        _ => None,
    }
}

/// Python's `obj[key]`.
pub fn getitem(obj: &Value, key: &Value) -> PyResult<Value> {
    match obj {
        Value::Array(a) if a.memmap => {
            array_getitem(a, &index_items(key)?).map(crate::numpy::io::memmap::index_result)
        }
        Value::Array(a) => array_getitem(a, &index_items(key)?),
        // A NumPy scalar indexes like a 0-d array, but only with `()`, `...` and `None`.
        Value::Scalar(d, n) => {
            let items = index_items(key)?;
            if !items
                .iter()
                .all(|i| matches!(i, IndexItem::NewAxis | IndexItem::Ellipsis))
            {
                return Err(PyErr::index("invalid index to scalar variable."));
            }
            let a = NdArray::zeros(&[], *d)?;
            a.set(&[], *n);
            array_getitem(&Rc::new(a), &items)
        }
        Value::List(_)
        | Value::Tuple(_)
        | Value::Str(_)
        | Value::Range(..)
        | Value::Bytes(_)
        | Value::ByteArray(_) => seq_getitem(obj, key),
        Value::Dict(d) => d
            .borrow()
            .get(key)?
            .cloned()
            .ok_or_else(|| crate::value::exc::key_error(key)),
        Value::Flags(a) => super::attrs::flag_item(a, key),
        Value::Object(o) if super::pymodules::deque::of(obj).is_some() => {
            super::pymodules::deque::getitem(o, key)
        }
        // A result namedtuple indexes as its tuple.
        Value::Object(o) if host(&*o.borrow()).is_some_and(|h| h.tuple_items().is_some()) => {
            let items = host(&*o.borrow())
                .and_then(|h| h.tuple_items())
                .unwrap_or_default();
            seq_getitem(&Value::tuple(items), key)
        }
        Value::Object(o) if flat_array(o).is_some() => {
            let a = flat_array(o).ok_or_else(|| PyErr::type_err("not a flatiter"))?;
            crate::numpy::flatiter::getitem(&a, key)
        }
        Value::Object(o) if matches!(host(&*o.borrow()), Some(HostObject::NdIter(_))) => {
            match host(&*o.borrow()) {
                Some(HostObject::NdIter(n)) => n.getitem(key),
                _ => Err(PyErr::type_err("not an nditer")),
            }
        }
        Value::Object(_) if crate::numpy::poly1d::is_poly(obj) => {
            match crate::numpy::poly1d::of(obj) {
                Some(p) => crate::numpy::poly1d::getitem(&p, key),
                None => Err(PyErr::type_err("not a poly1d")),
            }
        }
        Value::Object(o) if matches!(host(&*o.borrow()), Some(HostObject::Npz(_))) => {
            match host_mut(&mut *o.borrow_mut()) {
                Some(HostObject::Npz(z)) => crate::numpy::io::npz::getitem(z, key),
                _ => Err(PyErr::type_err("not an NpzFile")),
            }
        }
        other => Err(PyErr::type_err(format!(
            "'{}' object is not subscriptable",
            other.type_of().short_name()
        ))),
    }
}

/// `slice.indices(len)`: the clamped start, stop and step, as CPython computes them.
pub(super) fn slice_bounds(len: i128, s: &[Value; 3]) -> PyResult<(i128, i128, i128)> {
    let part = |v: &Value| -> PyResult<Option<i128>> {
        match v {
            Value::None => Ok(None),
            // Past any length: clamps as the huge value would.
            Value::BigInt(b) if b.sign() == num_bigint::Sign::Minus => Ok(Some(i128::MIN / 2)),
            Value::BigInt(_) => Ok(Some(i128::MAX / 2)),
            v => to_int(v).map(Some).map_err(|_| {
                PyErr::type_err(
                    "slice indices must be integers or None or have an __index__ method",
                )
            }),
        }
    };
    let step = part(&s[2])?.unwrap_or(1);
    if step == 0 {
        return Err(PyErr::value("slice step cannot be zero"));
    }
    let adjust = |v: Option<i128>, default: i128, lo: i128, hi: i128| match v {
        None => default,
        Some(v) => (if v < 0 { v + len } else { v }).clamp(lo, hi),
    };
    let (start, stop) = if step > 0 {
        (
            adjust(part(&s[0])?, 0, 0, len),
            adjust(part(&s[1])?, len, 0, len),
        )
    } else {
        (
            adjust(part(&s[0])?, len - 1, -1, len - 1),
            adjust(part(&s[1])?, -1, -1, len - 1),
        )
    };
    Ok((start, stop, step))
}

/// `range(...)[key]` by arithmetic: an item is an int, a slice is a range
/// (`range(10)[2:8:2]` is `range(2, 8, 2)`), and nothing is listed.
fn range_getitem(a: i128, b: i128, st: i128, key: &Value) -> PyResult<Value> {
    let n = crate::value::convert::range_len(a, b, st);
    if let Value::Slice(s) = key {
        let (start, stop, step) = slice_bounds(n, s)?;
        return Ok(Value::Range(a + start * st, a + stop * st, st * step));
    }
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i128,
        Value::BigInt(_) => {
            return Err(PyErr::index("cannot fit 'int' into an index-sized integer"))
        }
        _ => to_int(key).map_err(|_| {
            PyErr::type_err(format!(
                "range indices must be integers or slices, not {}",
                key.type_of().short_name()
            ))
        })?,
    };
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(PyErr::index("range object index out of range"));
    }
    Ok(Value::Int(a + j * st))
}

/// `obj[key]` on a list, tuple, str, bytes, bytearray or range: one item or a slice,
/// read in place (an index into a long list costs what CPython's does, not a copy of it).
fn seq_getitem(obj: &Value, key: &Value) -> PyResult<Value> {
    match obj {
        Value::Range(a, b, s) => range_getitem(*a, *b, *s, key),
        Value::List(l) => {
            let l = l.borrow();
            Ok(match seq_pick(l.len(), "list", key)? {
                Pick::One(i) => l[i].clone(),
                Pick::Many(p) => Value::list(p.map(|i| l[i].clone()).collect()),
            })
        }
        Value::Tuple(t) => Ok(match seq_pick(t.len(), "tuple", key)? {
            Pick::One(i) => t[i].clone(),
            Pick::Many(p) => Value::tuple(p.map(|i| t[i].clone()).collect()),
        }),
        Value::Str(text) if text.is_ascii() => {
            let b = text.as_bytes();
            Ok(match seq_pick(b.len(), "str", key)? {
                Pick::One(i) => Value::str(&text[i..i + 1]),
                Pick::Many(p) => Value::str(&p.map(|i| b[i] as char).collect::<String>()),
            })
        }
        Value::Str(text) => {
            // Python indexes code points; UTF-8 needs them counted out, from the nearer end.
            let n = text.chars().count();
            Ok(match seq_pick(n, "str", key)? {
                Pick::One(i) => {
                    let c = match i < n / 2 {
                        true => text.chars().nth(i),
                        false => text.chars().nth_back(n - 1 - i),
                    };
                    Value::str(c.unwrap_or_default().encode_utf8(&mut [0; 4]))
                }
                Pick::Many(p) if p.step == 1 => {
                    // The byte offsets of code points start and start + n.
                    let mut at = text.char_indices().map(|(b, _)| b).chain([text.len()]);
                    let lo = at.nth(p.start as usize).unwrap_or(text.len());
                    let hi = match p.n {
                        0 => lo,
                        n => at.nth(n - 1).unwrap_or(text.len()),
                    };
                    Value::str(&text[lo..hi])
                }
                Pick::Many(p) => {
                    let chars: Vec<char> = text.chars().collect();
                    Value::str(&p.map(|i| chars[i]).collect::<String>())
                }
            })
        }
        Value::Bytes(_) | Value::ByteArray(_) => {
            let data = crate::value::bytes_like::bytes_like(obj)
                .ok_or_else(|| PyErr::type_err("a bytes-like object is required"))?;
            let kind = obj.type_of().short_name();
            Ok(match seq_pick(data.len(), &kind, key)? {
                Pick::One(i) => Value::Int(data[i] as i128),
                Pick::Many(p) => {
                    crate::value::bytes_like::same_kind(obj, p.map(|i| data[i]).collect())
                }
            })
        }
        other => Err(PyErr::type_err(format!(
            "'{}' object is not subscriptable",
            other.type_of().short_name()
        ))),
    }
}

/// What a sequence index selects: one position, or a slice's positions in order.
enum Pick {
    One(usize),
    Many(SlicePositions),
}

/// The positions of a clamped slice: `n` of them from `start` by `step`.
struct SlicePositions {
    start: i64,
    step: i64,
    n: usize,
}

impl SlicePositions {
    fn map<T>(self, f: impl FnMut(usize) -> T) -> impl Iterator<Item = T> {
        let SlicePositions { start, step, n } = self;
        (0..n)
            .map(move |k| (start + k as i64 * step) as usize)
            .map(f)
    }
}

/// The position(s) `key` selects in a sequence of `len` items of type `kind`, with
/// CPython's errors for each type's index.
fn seq_pick(len: usize, kind: &str, key: &Value) -> PyResult<Pick> {
    if let Value::Slice(s) = key {
        let (start, step, n) = index::slice_indices(
            len,
            slice_part(&s[0])?,
            slice_part(&s[1])?,
            slice_part(&s[2])?,
        )?;
        return Ok(Pick::Many(SlicePositions { start, step, n }));
    }
    // Past a C ssize_t (i64 here) an index cannot even be tried.
    let huge = match key {
        Value::Int(i) => i64::try_from(*i).is_err(),
        Value::BigInt(_) => true,
        _ => false,
    };
    if huge {
        return Err(PyErr::index("cannot fit 'int' into an index-sized integer"));
    }
    // CPython's wording differs per type (unicodeobject.c, bytesobject.c).
    let i = to_int(key).map_err(|_| {
        let got = key.type_of().short_name();
        PyErr::type_err(match kind {
            "str" => format!("string indices must be integers, not '{got}'"),
            "bytes" => format!("byte indices must be integers or slices, not {got}"),
            _ => format!("{kind} indices must be integers or slices, not {got}"),
        })
    })?;
    let n = len as i128;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(PyErr::index(match kind {
            "str" => "string index out of range".to_string(),
            "bytes" => "index out of range".to_string(),
            _ => format!("{kind} index out of range"),
        }));
    }
    Ok(Pick::One(j as usize))
}

/// Python's `obj[key] = value`.
pub fn setitem(obj: &Value, key: &Value, value: &Value) -> PyResult<()> {
    match obj {
        Value::Array(a) => {
            a.check_writeable()?;
            crate::teach::facts::note_setitem(a);
            crate::value::index::array_setitem(a, key, value)
        }
        Value::List(l) => super::list_slices::setitem(&super::list_slices::LIST, l, key, value),
        Value::ByteArray(b) => {
            super::list_slices::setitem(&super::list_slices::BYTEARRAY, b, key, value)
        }
        Value::Dict(d) => d.borrow_mut().insert(key.clone(), value.clone()),
        Value::Flags(a) => super::attrs::set_flag(a, &crate::format::str_of(key), value),
        Value::Object(o) if super::pymodules::deque::of(obj).is_some() => {
            super::pymodules::deque::setitem(o, key, Some(value))
        }
        Value::Object(o) if flat_array(o).is_some() => {
            let a = flat_array(o).ok_or_else(|| PyErr::type_err("not a flatiter"))?;
            crate::numpy::flatiter::setitem(&a, key, value)
        }
        Value::Object(o) if matches!(host(&*o.borrow()), Some(HostObject::NdIter(_))) => {
            match host(&*o.borrow()) {
                Some(HostObject::NdIter(n)) => n.setitem(key, value),
                _ => Err(PyErr::type_err("not an nditer")),
            }
        }
        other => Err(PyErr::type_err(format!(
            "'{}' object does not support item assignment",
            match other {
                Value::Scalar(..) => other.type_of().qualname(),
                _ => other.type_of().short_name(),
            }
        ))),
    }
}
