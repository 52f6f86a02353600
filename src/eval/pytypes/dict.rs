//! `dict` methods and the `dict(...)` constructor (the dict itself is `value::dict`).

use super::arity::{no_args, positional};
use crate::error::{PyErr, PyResult};
use crate::value::args::Args;
use crate::value::convert::iter_values;
use crate::value::dict::PyDict;
use crate::value::lazy::{self, Caller, NoContext};
use crate::value::{DictViewKind, Value};
use std::cell::RefCell;
use std::rc::Rc;

type Dict = Rc<RefCell<PyDict>>;

pub const METHODS: &[&str] = &[
    "clear",
    "copy",
    "fromkeys",
    "get",
    "items",
    "keys",
    "pop",
    "popitem",
    "setdefault",
    "update",
    "values",
];

/// One item of `dict(pairs)` / `d.update(pairs)` as a key and a value: a 2-tuple or
/// 2-list is read in place (no list of its items is made), any other iterable is listed.
/// `i` is the item's position, for Python's messages.
fn pair_of(item: &Value, i: usize) -> PyResult<(Value, Value)> {
    let two = |kv: &[Value]| match kv {
        [k, v] => Ok((k.clone(), v.clone())),
        _ => Err(PyErr::value(format!(
            "dictionary update sequence element #{} has length {}; 2 is required",
            i,
            kv.len()
        ))),
    };
    match item {
        Value::Tuple(t) => two(t),
        Value::List(l) => two(&l.borrow()),
        other => {
            let kv = iter_values(other).map_err(|_| {
                PyErr::type_err(format!(
                    "cannot convert dictionary update sequence element #{} to a sequence",
                    i
                ))
            })?;
            two(&kv)
        }
    }
}

/// Pass the pairs of `dict(x)` / `d.update(x)` to `add` one at a time: a dict's items, or
/// the 2-item iterables of any iterable. An iterator is pulled item by item (running its
/// Python code through `cx`) and a list is read in place, so the items never sit in a
/// second list and each pair tuple is freed as soon as it is added.
fn each_pair(
    cx: &mut dyn Caller,
    v: &Value,
    mut add: impl FnMut(Value, Value) -> PyResult<()>,
) -> PyResult<()> {
    let mut i = 0;
    let mut item = |x: &Value| -> PyResult<()> {
        let (k, val) = pair_of(x, i)?;
        i += 1;
        if i % 4096 == 0 && crate::interrupt::pending() && crate::interrupt::take() {
            return Err(PyErr::keyboard_interrupt(""));
        }
        add(k, val)
    };
    match v {
        Value::Dict(d) => {
            for (k, val) in d.borrow().to_vec() {
                add(k, val)?;
            }
            Ok(())
        }
        Value::Iter(src) => {
            while let Some(x) = lazy::next(src, cx)? {
                item(&x)?;
            }
            Ok(())
        }
        Value::List(l) => {
            let mut j = 0;
            // The list is borrowed one item at a time: it may change while it is read.
            while let Some(x) = l.borrow().get(j).cloned() {
                item(&x)?;
                j += 1;
            }
            Ok(())
        }
        other => iter_values(other)?.iter().try_for_each(item),
    }
}

fn at_most_one(name: &str, args: &Args) -> PyResult<()> {
    if args.pos.len() > 1 {
        return Err(PyErr::type_err(format!(
            "{} expected at most 1 argument, got {}",
            name,
            args.pos.len()
        )));
    }
    Ok(())
}

/// The pairs `d.update(other, **kw)` adds, in order.
fn update_pairs(cx: &mut dyn Caller, args: &Args) -> PyResult<Vec<(Value, Value)>> {
    at_most_one("update", args)?;
    let mut pairs = Vec::new();
    if let Some(other) = args.pos.first() {
        each_pair(cx, other, |k, v| {
            pairs.push((k, v));
            Ok(())
        })?;
    }
    pairs.extend(args.kw.iter().map(|(k, v)| (Value::str(k), v.clone())));
    Ok(pairs)
}

/// `d.update(other)`, as `d |= other` runs it.
pub fn update(d: &Dict, other: &Value) -> PyResult<()> {
    call(d, "update", Args::new(vec![other.clone()])).map(|_| ())
}

/// `dict()`, `dict(mapping)`, `dict(pairs)`, `dict(a=1)`, `dict(x, a=1)`: the pairs go
/// straight into the new dict as they come.
pub fn dict_from_args(cx: &mut dyn Caller, args: &Args) -> PyResult<Value> {
    at_most_one("dict", args)?;
    let mut d = PyDict::new();
    if let Some(other) = args.pos.first() {
        each_pair(cx, other, |k, v| d.insert(k, v))?;
    }
    for (k, v) in &args.kw {
        d.insert(Value::str(k), v.clone())?;
    }
    Ok(Value::dict(d))
}

/// `dict.fromkeys(iterable, value=None)`.
pub fn fromkeys(args: &Args) -> PyResult<Value> {
    let a = positional("dict", "fromkeys", args, 1, 2)?;
    let value = a.get(1).cloned().unwrap_or(Value::None);
    let mut d = PyDict::new();
    for k in iter_values(&a[0])? {
        d.insert(k, value.clone())?;
    }
    Ok(Value::dict(d))
}

pub fn call(d: &Dict, name: &str, args: Args) -> PyResult<Value> {
    let view = |kind| Value::DictView(d.clone(), kind);
    match name {
        "keys" | "values" | "items" => {
            no_args("dict", name, &args)?;
            Ok(view(match name {
                "keys" => DictViewKind::Keys,
                "values" => DictViewKind::Values,
                _ => DictViewKind::Items,
            }))
        }
        "get" => {
            let a = positional("dict", "get", &args, 1, 2)?;
            let found = d.borrow().get(&a[0])?.cloned();
            Ok(found.unwrap_or_else(|| a.get(1).cloned().unwrap_or(Value::None)))
        }
        "setdefault" => {
            let a = positional("dict", "setdefault", &args, 1, 2)?;
            let found = d.borrow().get(&a[0])?.cloned();
            if let Some(v) = found {
                return Ok(v);
            }
            let v = a.get(1).cloned().unwrap_or(Value::None);
            d.borrow_mut().insert(a[0].clone(), v.clone())?;
            Ok(v)
        }
        "pop" => {
            let a = positional("dict", "pop", &args, 1, 2)?;
            let removed = d.borrow_mut().remove(&a[0])?;
            match removed {
                Some(v) => Ok(v),
                None => a
                    .get(1)
                    .cloned()
                    .ok_or_else(|| crate::value::exc::key_error(&a[0])),
            }
        }
        "popitem" => {
            no_args("dict", name, &args)?;
            let last = d.borrow_mut().pop_last();
            match last {
                Some((k, v)) => Ok(Value::tuple(vec![k, v])),
                None => Err(PyErr::key("'popitem(): dictionary is empty'")),
            }
        }
        "update" => {
            // Read the argument before borrowing `d`: `d.update(d)` is allowed.
            let pairs = update_pairs(&mut NoContext::new(), &args)?;
            let mut m = d.borrow_mut();
            for (k, v) in pairs {
                m.insert(k, v)?;
            }
            Ok(Value::None)
        }
        "copy" => {
            no_args("dict", name, &args)?;
            Ok(Value::dict(d.borrow().clone()))
        }
        "clear" => {
            no_args("dict", name, &args)?;
            d.borrow_mut().clear();
            Ok(Value::None)
        }
        "fromkeys" => fromkeys(&args),
        _ => Err(PyErr::attribute(format!(
            "'dict' object has no attribute '{}'",
            name
        ))),
    }
}
