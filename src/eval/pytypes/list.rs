//! `list` methods, and the stable sort `list.sort` and `sorted` share.

use super::arity::{keywords, no_args, positional};
use crate::error::{PyErr, PyResult};
use crate::eval::interp::Interp;
use crate::value::args::Args;
use crate::value::convert::{iter_values, to_i64, truthy};
use crate::value::ops::CmpOp;
use crate::value::pyops::py_eq;
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

pub const METHODS: &[&str] = &[
    "append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse",
    "sort",
];

pub fn call(
    it: &mut Interp,
    l: &Rc<RefCell<Vec<Value>>>,
    name: &str,
    args: Args,
) -> PyResult<Value> {
    match name {
        "append" => {
            let a = positional("list", "append", &args, 1, 1)?;
            l.borrow_mut().extend(a);
            Ok(Value::None)
        }
        "extend" => {
            let a = positional("list", "extend", &args, 1, 1)?;
            let items = iter_values(&a[0])?;
            l.borrow_mut().extend(items);
            Ok(Value::None)
        }
        "insert" => {
            let a = positional("list", "insert", &args, 2, 2)?;
            let mut v = l.borrow_mut();
            let j = insert_position(v.len(), to_i64(&a[0])?);
            v.insert(j, a[1].clone());
            Ok(Value::None)
        }
        "pop" => {
            let a = positional("list", "pop", &args, 0, 1)?;
            let mut v = l.borrow_mut();
            let i = a.first().map(to_i64).transpose()?.unwrap_or(-1);
            if v.is_empty() {
                return Err(PyErr::index("pop from empty list"));
            }
            let j = pop_position(v.len(), i)?;
            Ok(v.remove(j))
        }
        "remove" => {
            let a = positional("list", "remove", &args, 1, 1)?;
            let mut v = l.borrow_mut();
            match v.iter().position(|x| py_eq(x, &a[0])) {
                Some(i) => {
                    v.remove(i);
                    Ok(Value::None)
                }
                None => Err(PyErr::value("list.remove(x): x not in list")),
            }
        }
        "index" => {
            let a = positional("list", "index", &args, 1, 3)?;
            let v = l.borrow();
            let range = super::clamp_range(v.len(), a.get(1), a.get(2))?;
            range
                .and_then(|(lo, hi)| {
                    v[lo..hi]
                        .iter()
                        .position(|x| py_eq(x, &a[0]))
                        .map(|i| i + lo)
                })
                .map(|i| Value::Int(i as i128))
                .ok_or_else(|| {
                    PyErr::value(format!("{} is not in list", crate::format::repr(&a[0])))
                })
        }
        "count" => {
            let a = positional("list", "count", &args, 1, 1)?;
            let n = l.borrow().iter().filter(|x| py_eq(x, &a[0])).count();
            Ok(Value::Int(n as i128))
        }
        "copy" => {
            no_args("list", name, &args)?;
            Ok(Value::list(l.borrow().clone()))
        }
        "clear" => {
            no_args("list", name, &args)?;
            l.borrow_mut().clear();
            Ok(Value::None)
        }
        "reverse" => {
            no_args("list", name, &args)?;
            l.borrow_mut().reverse();
            Ok(Value::None)
        }
        "sort" => {
            let a = keywords("sort", &args, &["*key", "*reverse"], 0)?;
            // CPython empties the list while sorting; arrsh sorts a copy and puts it back.
            let items = std::mem::take(&mut *l.borrow_mut());
            let sorted = sort_values(it, items.clone(), a[0].as_ref(), a[1].as_ref());
            *l.borrow_mut() = match &sorted {
                Ok(v) => v.clone(),
                Err(_) => items,
            };
            sorted.map(|_| Value::None)
        }
        _ => Err(PyErr::attribute(format!(
            "'list' object has no attribute '{}'",
            name
        ))),
    }
}

/// Python's stable sort by `<` (of the keys, when `key` is given), reversed by `reverse`
/// without losing stability. Lists of only ints, only floats (no NaN) or only strings sort
/// natively (without a key, the items themselves, in place); anything else compares
/// through the interpreter (NumPy scalars, tuples).
pub fn sort_values(
    it: &mut Interp,
    mut items: Vec<Value>,
    key: Option<&Value>,
    reverse: Option<&Value>,
) -> PyResult<Vec<Value>> {
    let reverse = reverse_flag(reverse)?;
    let key = key.filter(|f| !matches!(f, Value::None));
    if key.is_none() {
        if let Some(sorted) = sorted_ints(&items, reverse) {
            return Ok(sorted);
        }
        if let Some(kind) = native_kind(&items) {
            // Reversing before and after a stable sort keeps equal items in their order.
            if reverse {
                items.reverse();
            }
            sort_native(&mut items, kind, |v| v);
            if reverse {
                items.reverse();
            }
            return Ok(items);
        }
    }
    let keys = match key {
        Some(f) => {
            let mut ks = Vec::with_capacity(items.len());
            for x in &items {
                ks.push(it.call(f, Args::new(vec![x.clone()]))?);
            }
            ks
        }
        None => items.clone(),
    };
    let mut order: Vec<usize> = (0..items.len()).collect();
    if reverse {
        order.reverse();
    }
    match native_kind(&keys) {
        Some(kind) => {
            let mut keyed: Vec<(&Value, usize)> = order.iter().map(|&i| (&keys[i], i)).collect();
            sort_native(&mut keyed, kind, |k| k.0);
            order = keyed.into_iter().map(|(_, i)| i).collect();
        }
        None => merge_sort(it, &keys, &mut order)?,
    }
    if reverse {
        order.reverse();
    }
    Ok(order.into_iter().map(|i| items[i].clone()).collect())
}

/// `reverse=` of `sort`/`sorted`: CPython reads it as an int (`reverse=None` is a
/// TypeError), not by truth.
pub fn reverse_flag(v: Option<&Value>) -> PyResult<bool> {
    match v {
        Some(v) => Ok(crate::value::convert::to_int(v)? != 0),
        None => Ok(false),
    }
}

/// `items` sorted when every one is a plain `int` (no bools, which must keep their
/// place among equal ints): their values sort as machine integers, with no `Value` moved
/// or compared, and equal ints are indistinguishable so the sort need not be stable.
pub fn sorted_ints(items: &[Value], reverse: bool) -> Option<Vec<Value>> {
    if !items.iter().all(|v| matches!(v, Value::Int(_))) {
        return None;
    }
    let mut ints: Vec<i128> = Vec::new();
    ints.try_reserve_exact(items.len()).ok()?;
    ints.extend(items.iter().filter_map(|v| match v {
        Value::Int(i) => Some(*i),
        _ => None,
    }));
    if reverse {
        ints.sort_unstable_by(|a, b| b.cmp(a));
    } else {
        ints.sort_unstable();
    }
    Some(ints.into_iter().map(Value::Int).collect())
}

/// The plain kinds of keys that sort without the interpreter.
#[derive(Clone, Copy)]
enum Native {
    Int,
    Str,
    Float,
}

/// Which plain kind all of `keys` are, if any.
fn native_kind(keys: &[Value]) -> Option<Native> {
    if keys
        .iter()
        .all(|k| matches!(k, Value::Int(_) | Value::Bool(_)))
    {
        return Some(Native::Int);
    }
    if keys.iter().all(|k| matches!(k, Value::Str(_))) {
        return Some(Native::Str);
    }
    // total_cmp would order -0.0 before 0.0, which Python treats as equal: leave those
    // to the general sort.
    let all_float = keys.iter().all(|k| match k {
        Value::Float(f) => !f.is_nan() && *f != 0.0,
        Value::Int(i) => i.unsigned_abs() < 1 << 53,
        Value::Bool(_) => true,
        _ => false,
    });
    all_float.then_some(Native::Float)
}

/// Stable sort of `xs` by the key each one names (all of kind `kind`).
fn sort_native<T>(xs: &mut [T], kind: Native, key: impl Fn(&T) -> &Value) {
    match kind {
        Native::Int => {
            let int = |v: &Value| match v {
                Value::Int(i) => *i,
                Value::Bool(b) => *b as i128,
                _ => 0,
            };
            xs.sort_by_key(|x| int(key(x)));
        }
        Native::Str => {
            // UTF-8 byte order is code point order, which is how Python compares str.
            xs.sort_by(|a, b| str_of(key(a)).cmp(str_of(key(b))));
        }
        Native::Float => {
            let f = |v: &Value| crate::value::convert::to_f64(v).unwrap_or(0.0);
            xs.sort_by(|a, b| f(key(a)).total_cmp(&f(key(b))));
        }
    }
}

fn str_of(v: &Value) -> &str {
    match v {
        Value::Str(s) => s,
        _ => "",
    }
}

/// A stable merge sort whose only comparison is `keys[a] < keys[b]` through the
/// interpreter, so its errors are Python's (`'<' not supported between …`).
fn merge_sort(it: &mut Interp, keys: &[Value], order: &mut [usize]) -> PyResult<()> {
    let lt = |it: &mut Interp, a: usize, b: usize| -> PyResult<bool> {
        let r = it.compare(CmpOp::Lt, &keys[a], &keys[b])?;
        truthy(&r)
    };
    // Binary insertion sort for short runs, as CPython does below 64 items.
    let n = order.len();
    if n <= 64 {
        for i in 1..n {
            let pivot = order[i];
            let (mut lo, mut hi) = (0, i);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if lt(it, pivot, order[mid])? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            order[lo..=i].rotate_right(1);
        }
        return Ok(());
    }
    let mid = n / 2;
    merge_sort(it, keys, &mut order[..mid])?;
    merge_sort(it, keys, &mut order[mid..])?;
    let (left, right) = (order[..mid].to_vec(), order[mid..].to_vec());
    let (mut i, mut j, mut k) = (0, 0, 0);
    while i < left.len() && j < right.len() {
        if lt(it, right[j], left[i])? {
            order[k] = right[j];
            j += 1;
        } else {
            order[k] = left[i];
            i += 1;
        }
        k += 1;
    }
    for &x in left[i..].iter().chain(&right[j..]) {
        order[k] = x;
        k += 1;
    }
    Ok(())
}

/// Where `insert(i, x)` puts `x` in a sequence of `len` items: a negative `i` counts from
/// the end, and either end clamps (list and bytearray alike).
pub(super) fn insert_position(len: usize, i: i64) -> usize {
    let n = len as i64;
    (if i < 0 { (i + n).max(0) } else { i.min(n) }) as usize
}

/// The item `pop(i)` takes from a non-empty sequence of `len` items, or CPython's
/// IndexError.
pub(super) fn pop_position(len: usize, i: i64) -> PyResult<usize> {
    let n = len as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(PyErr::index("pop index out of range"));
    }
    Ok(j as usize)
}
