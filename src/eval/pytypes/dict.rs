//! `dict` methods and the `dict(...)` constructor (the dict itself is `value::dict`).

use super::{no_args, positional};
use crate::error::{PyErr, PyResult};
use crate::value::args::Args;
use crate::value::convert::iter_values;
use crate::value::dict::PyDict;
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

/// The pairs of `dict(x)` / `d.update(x)`: a dict, or an iterable of 2-item iterables.
fn pairs_of(v: &Value) -> PyResult<Vec<(Value, Value)>> {
    if let Value::Dict(d) = v {
        return Ok(d.borrow().to_vec());
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

/// The pairs `d.update(other, **kw)` adds, in order.
fn update_pairs(name: &str, args: &Args) -> PyResult<Vec<(Value, Value)>> {
    if args.pos.len() > 1 {
        return Err(PyErr::type_err(format!(
            "{} expected at most 1 argument, got {}",
            name,
            args.pos.len()
        )));
    }
    let mut pairs = match args.pos.first() {
        Some(other) => pairs_of(other)?,
        None => Vec::new(),
    };
    pairs.extend(args.kw.iter().map(|(k, v)| (Value::str(k), v.clone())));
    Ok(pairs)
}

/// `dict()`, `dict(mapping)`, `dict(pairs)`, `dict(a=1)`, `dict(x, a=1)`.
pub fn dict_from_args(args: &Args) -> PyResult<Value> {
    let mut d = PyDict::new();
    for (k, v) in update_pairs("dict", args)? {
        d.insert(k, v)?;
    }
    Ok(Value::dict(d))
}

/// `dict.fromkeys(iterable, value=None)`.
pub fn fromkeys(args: &Args) -> PyResult<Value> {
    let a = positional("fromkeys", args, 1, 2)?;
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
            let a = positional("get", &args, 1, 2)?;
            let found = d.borrow().get(&a[0])?.cloned();
            Ok(found.unwrap_or_else(|| a.get(1).cloned().unwrap_or(Value::None)))
        }
        "setdefault" => {
            let a = positional("setdefault", &args, 1, 2)?;
            let found = d.borrow().get(&a[0])?.cloned();
            if let Some(v) = found {
                return Ok(v);
            }
            let v = a.get(1).cloned().unwrap_or(Value::None);
            d.borrow_mut().insert(a[0].clone(), v.clone())?;
            Ok(v)
        }
        "pop" => {
            let a = positional("pop", &args, 1, 2)?;
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
            let pairs = update_pairs("update", &args)?;
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
