//! The builtins that make and consume iterators: `iter next enumerate zip map filter
//! reversed sorted any all sum min max`. `iter map filter zip enumerate` are lazy
//! (`eval::lazy`), and consuming one moves its position exactly as far as Python would
//! (`any` stops at the first true item, `zip` pulls one item too many from the earlier
//! arguments).

use super::interp::Interp;
use super::lazy;
use super::pytypes;
use crate::error::{PyErr, PyResult};
use crate::value::args::Args;
use crate::value::convert::{iter_values, to_int, truthy};
use crate::value::ops::{BinOp, CmpOp};
use crate::value::{DictViewKind, Value};

pub const NAMES: &[&str] = &[
    "all",
    "any",
    "enumerate",
    "filter",
    "iter",
    "map",
    "max",
    "min",
    "next",
    "reversed",
    "sorted",
    "sum",
    "zip",
];

/// Visit the items of `v` until `f` says stop; an iterator gives up only the items
/// visited.
fn walk(
    it: &mut Interp,
    v: &Value,
    mut f: impl FnMut(&mut Interp, Value) -> PyResult<bool>,
) -> PyResult<()> {
    let mut w = super::control::Walk::of(v)?;
    while let Some(x) = w.next_value(it)? {
        if !f(it, x)? {
            break;
        }
    }
    Ok(())
}

fn kwarg<'a>(args: &'a Args, fname: &str, allowed: &[&str]) -> PyResult<Vec<Option<&'a Value>>> {
    if let Some((k, _)) = args.kw.iter().find(|(k, _)| !allowed.contains(&k.as_str())) {
        return Err(PyErr::type_err(format!(
            "{}() got an unexpected keyword argument '{}'",
            fname, k
        )));
    }
    Ok(allowed
        .iter()
        .map(|a| args.kw.iter().find(|(k, _)| k == a).map(|(_, v)| v))
        .collect())
}

/// `zip(*its, strict=False)`: lazy, pulling round by round so iterators lose what
/// Python's zip takes from them.
fn zip(args: &Args) -> PyResult<Value> {
    let strict = match kwarg(args, "zip", &["strict"])?[0] {
        Some(v) => truthy(v)?,
        None => false,
    };
    let srcs = args
        .pos
        .iter()
        .map(lazy::ZipSrc::of)
        .collect::<PyResult<_>>()?;
    Ok(Value::lazy_iter(
        "zip",
        Box::new(lazy::Zip {
            srcs,
            strict,
            last: Default::default(),
        }),
    ))
}

fn min_max(it: &mut Interp, name: &str, args: &Args) -> PyResult<Value> {
    let kw = kwarg(args, name, &["key", "default"])?;
    let key = kw[0].filter(|k| !matches!(k, Value::None)).cloned();
    let default = kw[1].cloned();
    let items = match args.pos.len() {
        0 => {
            return Err(PyErr::type_err(format!(
                "{} expected at least 1 argument, got 0",
                name
            )))
        }
        1 => lazy::values(it, &args.pos[0])?,
        _ if default.is_some() => {
            return Err(PyErr::type_err(format!(
                "Cannot specify a default for {}() with multiple positional arguments",
                name
            )))
        }
        _ => args.pos.clone(),
    };
    let Some(first) = items.first() else {
        return default.ok_or_else(|| PyErr::value(format!("{}() arg is an empty sequence", name)));
    };
    let op = if name == "min" { CmpOp::Lt } else { CmpOp::Gt };
    let rank = |it: &mut Interp, x: &Value| match &key {
        Some(f) => it.call(f, Args::new(vec![x.clone()])),
        None => Ok(x.clone()),
    };
    let mut best = first.clone();
    let mut best_rank = rank(it, first)?;
    for x in &items[1..] {
        let r = rank(it, x)?;
        let better = it.compare(op, &r, &best_rank)?;
        if truthy(&better)? {
            best = x.clone();
            best_rank = r;
        }
    }
    Ok(best)
}

/// The iteration builtin `name`, if it is one.
pub fn call(it: &mut Interp, name: &str, args: Args) -> Option<PyResult<Value>> {
    Some(match name {
        "iter" => args.bind("iter", &["object"], 1).and_then(|a| match &a[0] {
            // An object that is its own iterator (a file) is what `iter` returns.
            Some(o @ Value::Object(h)) if h.borrow().is_iterator() => Ok(o.clone()),
            other => lazy::make_iter(other.as_ref().unwrap_or(&Value::None)),
        }),
        "next" => next(it, &args),
        "enumerate" => (|| {
            let a = args.bind("enumerate", &["iterable", "start"], 1)?;
            let n = match &a[1] {
                Some(v) => Value::Int(to_int(v)?),
                None => Value::Int(0),
            };
            let src = lazy::src_of(a[0].as_ref().unwrap_or(&Value::None))?;
            Ok(Value::lazy_iter(
                "enumerate",
                Box::new(lazy::Enumerate {
                    src,
                    n,
                    last: Default::default(),
                }),
            ))
        })(),
        "zip" => zip(&args),
        "map" => (|| {
            if args.pos.len() < 2 {
                return Err(PyErr::type_err("map() must have at least two arguments."));
            }
            kwarg(&args, "map", &[])?;
            let f = args.pos[0].clone();
            let srcs = args.pos[1..]
                .iter()
                .map(lazy::src_of)
                .collect::<PyResult<_>>()?;
            Ok(Value::lazy_iter("map", Box::new(lazy::Map { f, srcs })))
        })(),
        "filter" => (|| {
            if args.pos.len() != 2 {
                return Err(PyErr::type_err(format!(
                    "filter expected 2 arguments, got {}",
                    args.pos.len()
                )));
            }
            kwarg(&args, "filter", &[])?;
            let f = args.pos[0].clone();
            let src = lazy::src_of(&args.pos[1])?;
            Ok(Value::lazy_iter(
                "filter",
                Box::new(lazy::Filter {
                    f,
                    src,
                    negate: false,
                }),
            ))
        })(),
        "reversed" => (|| {
            let a = args.bind("reversed", &["sequence"], 1)?;
            let v = a[0].clone().unwrap_or(Value::None);
            let kind = match &v {
                Value::List(_) => "list_reverseiterator",
                Value::Range(..) => "range_iterator",
                Value::Dict(_) | Value::DictView(_, DictViewKind::Keys) => {
                    "dict_reversekeyiterator"
                }
                Value::DictView(_, DictViewKind::Values) => "dict_reversevalueiterator",
                Value::DictView(_, DictViewKind::Items) => "dict_reverseitemiterator",
                Value::Tuple(_)
                | Value::Str(_)
                | Value::Bytes(_)
                | Value::ByteArray(_)
                | Value::Array(_) => "reversed",
                d if super::pymodules::deque::of(d).is_some() => {
                    "_collections._deque_reverse_iterator"
                }
                other => {
                    return Err(PyErr::type_err(format!(
                        "'{}' object is not reversible",
                        other.type_of().short_name()
                    )))
                }
            };
            if let Value::Range(a, b, s) = v {
                let n = crate::value::convert::range_len(a, b, s);
                return Ok(lazy::range_iter(a + (n - 1).max(0) * s, -s, n));
            }
            if let Value::List(l) = &v {
                return Ok(lazy::reversed_list(l));
            }
            let mut items = iter_values(&v)?;
            items.reverse();
            Ok(Value::iter(kind, items))
        })(),
        "sorted" => (|| {
            if args.pos.len() != 1 {
                return Err(PyErr::type_err(format!(
                    "sorted expected 1 argument, got {}",
                    args.pos.len()
                )));
            }
            let kw = kwarg(&args, "sort", &["key", "reverse"])?;
            // A list of ints sorts from the list itself, without copying its items first.
            if let (Value::List(l), None | Some(Value::None)) = (&args.pos[0], kw[0]) {
                let reverse = pytypes::reverse_flag(kw[1])?;
                if let Some(sorted) = pytypes::sorted_ints(&l.borrow(), reverse) {
                    return Ok(Value::list(sorted));
                }
            }
            let items = lazy::values(it, &args.pos[0])?;
            pytypes::sort_values(it, items, kw[0], kw[1]).map(Value::list)
        })(),
        "any" | "all" => (|| {
            let a = args.bind(name, &["iterable"], 1)?;
            let want = name == "any";
            let mut res = !want;
            walk(it, a[0].as_ref().unwrap_or(&Value::None), |_, x| {
                if truthy(&x)? == want {
                    res = want;
                    return Ok(false);
                }
                Ok(true)
            })?;
            Ok(Value::Bool(res))
        })(),
        "sum" => (|| {
            let a = args.bind("sum", &["iterable", "start"], 1)?;
            let mut acc = a[1].clone().unwrap_or(Value::Int(0));
            match &acc {
                Value::Str(_) => {
                    return Err(PyErr::type_err(
                        "sum() can't sum strings [use ''.join(seq) instead]",
                    ))
                }
                Value::Bytes(_) => {
                    return Err(PyErr::type_err(
                        "sum() can't sum bytes [use b''.join(seq) instead]",
                    ))
                }
                _ => {}
            }
            walk(it, a[0].as_ref().unwrap_or(&Value::None), |it, x| {
                acc = it.binary(BinOp::Add, &acc, &x)?;
                Ok(true)
            })?;
            Ok(acc)
        })(),
        "min" | "max" => min_max(it, name, &args),
        _ => return None,
    })
}

/// `next(it[, default])`.
fn next(it: &mut Interp, args: &Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_err("next() takes no keyword arguments"));
    }
    let (Some(v), 1..=2) = (args.pos.first(), args.pos.len()) else {
        return Err(PyErr::type_err(format!(
            "next expected at {}, got {}",
            if args.pos.is_empty() {
                "least 1 argument"
            } else {
                "most 2 arguments"
            },
            args.pos.len()
        )));
    };
    if let Value::Object(o) = v {
        if o.borrow().is_iterator() {
            let item = o.borrow_mut().next_item()?;
            return match (item, args.pos.get(1)) {
                (Some(x), _) => Ok(x),
                (None, Some(d)) => Ok(d.clone()),
                (None, None) => Err(super::generator::stop_iteration(None)),
            };
        }
    }
    let Value::Iter(src) = v else {
        return Err(PyErr::type_err(format!(
            "'{}' object is not an iterator",
            v.type_of().short_name()
        )));
    };
    let item = crate::value::lazy::next(src, it)?;
    match (item, args.pos.get(1)) {
        (Some(x), _) => Ok(x),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => {
            let value = src.borrow_mut().returned.take();
            Err(super::generator::stop_iteration(value))
        }
    }
}
