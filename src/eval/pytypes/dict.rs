//! `dict` methods, lookups and the `dict(...)` constructor. A dict keeps its pairs in
//! insertion order, as Python's does; keys must be hashable.

use super::{no_args, positional};
use crate::error::{PyErr, PyResult};
use crate::value::args::Args;
use crate::value::convert::iter_values;
use crate::value::hash::py_hash;
use crate::value::pyops::py_eq;
use crate::value::{DictViewKind, Value};
use std::cell::RefCell;
use std::rc::Rc;

type Pairs = Rc<RefCell<Vec<(Value, Value)>>>;

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

/// `d[key]` if present (TypeError for an unhashable key).
pub fn dict_lookup(d: &[(Value, Value)], key: &Value) -> PyResult<Option<Value>> {
    py_hash(key)?;
    Ok(d.iter()
        .find(|(k, _)| py_eq(k, key))
        .map(|(_, v)| v.clone()))
}

/// `d[key] = value`: replaces the value of an equal key in place, else appends.
pub fn dict_set(d: &mut Vec<(Value, Value)>, key: Value, value: Value) -> PyResult<()> {
    py_hash(&key)?;
    match d.iter_mut().find(|(k, _)| py_eq(k, &key)) {
        Some(slot) => slot.1 = value,
        None => d.push((key, value)),
    }
    Ok(())
}

/// The pairs of `dict(x)` / `d.update(x)`: a dict, or an iterable of 2-item iterables.
fn pairs_of(v: &Value) -> PyResult<Vec<(Value, Value)>> {
    if let Value::Dict(d) = v {
        return Ok(d.borrow().clone());
    }
    let mut out = Vec::new();
    for (i, item) in iter_values(v)?.iter().enumerate() {
        let kv = iter_values(item).map_err(|_| {
            PyErr::type_err(format!(
                "cannot convert dictionary update sequence element #{} to a sequence",
                i
            ))
        })?;
        if kv.len() != 2 {
            return Err(PyErr::value(format!(
                "dictionary update sequence element #{} has length {}; 2 is required",
                i,
                kv.len()
            )));
        }
        out.push((kv[0].clone(), kv[1].clone()));
    }
    Ok(out)
}

/// `d.update(other, **kw)` into `d`.
fn update(d: &mut Vec<(Value, Value)>, name: &str, args: &Args) -> PyResult<()> {
    if args.pos.len() > 1 {
        return Err(PyErr::type_err(format!(
            "{} expected at most 1 argument, got {}",
            name,
            args.pos.len()
        )));
    }
    if let Some(other) = args.pos.first() {
        for (k, v) in pairs_of(other)? {
            dict_set(d, k, v)?;
        }
    }
    for (k, v) in &args.kw {
        dict_set(d, Value::str(k), v.clone())?;
    }
    Ok(())
}

/// `dict()`, `dict(mapping)`, `dict(pairs)`, `dict(a=1)`, `dict(x, a=1)`.
pub fn dict_from_args(args: &Args) -> PyResult<Value> {
    let mut d = Vec::new();
    update(&mut d, "dict", args)?;
    Ok(Value::Dict(Rc::new(RefCell::new(d))))
}

/// `dict.fromkeys(iterable, value=None)`.
pub fn fromkeys(args: &Args) -> PyResult<Value> {
    let a = positional("fromkeys", args, 1, 2)?;
    let value = a.get(1).cloned().unwrap_or(Value::None);
    let mut d = Vec::new();
    for k in iter_values(&a[0])? {
        dict_set(&mut d, k, value.clone())?;
    }
    Ok(Value::Dict(Rc::new(RefCell::new(d))))
}

pub fn call(d: &Pairs, name: &str, args: Args) -> PyResult<Value> {
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
            let a = positional("get", &args, 1, 2)?;
            Ok(dict_lookup(&d.borrow(), &a[0])?
                .unwrap_or_else(|| a.get(1).cloned().unwrap_or(Value::None)))
        }
        "setdefault" => {
            let a = positional("setdefault", &args, 1, 2)?;
            if let Some(v) = dict_lookup(&d.borrow(), &a[0])? {
                return Ok(v);
            }
            let v = a.get(1).cloned().unwrap_or(Value::None);
            d.borrow_mut().push((a[0].clone(), v.clone()));
            Ok(v)
        }
        "pop" => {
            let a = positional("pop", &args, 1, 2)?;
            py_hash(&a[0])?;
            let mut m = d.borrow_mut();
            match m.iter().position(|(k, _)| py_eq(k, &a[0])) {
                Some(i) => Ok(m.remove(i).1),
                None => a
                    .get(1)
                    .cloned()
                    .ok_or_else(|| PyErr::key(crate::format::repr(&a[0]))),
            }
        }
        "popitem" => {
            no_args("dict", name, &args)?;
            match d.borrow_mut().pop() {
                Some((k, v)) => Ok(Value::tuple(vec![k, v])),
                None => Err(PyErr::key("'popitem(): dictionary is empty'")),
            }
        }
        "update" => {
            // Read the argument before borrowing `d`: `d.update(d)` is allowed.
            let mut m = d.borrow().clone();
            update(&mut m, "update", &args)?;
            *d.borrow_mut() = m;
            Ok(Value::None)
        }
        "copy" => {
            no_args("dict", name, &args)?;
            Ok(Value::Dict(Rc::new(RefCell::new(d.borrow().clone()))))
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
