//! The builtins that make and consume iterators: `iter next enumerate zip map filter
//! reversed sorted any all sum min max`. Iterators are eager (`value::PyIter`), but
//! consuming one moves its position exactly as far as Python would (`any` stops at the
//! first true item, `zip` pulls one item too many from the earlier arguments).

use super::interp::Interp;
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

/// The class of `iter(v)`'s result.
fn iter_kind(v: &Value) -> PyResult<&'static str> {
    Ok(match v {
        Value::List(_) => "list_iterator",
        Value::Tuple(_) => "tuple_iterator",
        Value::Str(s) if s.is_ascii() => "str_ascii_iterator",
        Value::Str(_) => "str_iterator",
        Value::Range(..) => "range_iterator",
        Value::Set(_) => "set_iterator",
        Value::Dict(_) | Value::DictView(_, DictViewKind::Keys) => "dict_keyiterator",
        Value::DictView(_, DictViewKind::Values) => "dict_valueiterator",
        Value::DictView(_, DictViewKind::Items) => "dict_itemiterator",
        Value::Bytes(_) => "bytes_iterator",
        _ => "iterator",
    })
}

/// `iter(v)`: an iterator is its own iterator.
pub fn make_iter(v: &Value) -> PyResult<Value> {
    if let Value::Iter(_) = v {
        return Ok(v.clone());
    }
    let items = iter_values(v)?;
    Ok(Value::iter(iter_kind(v)?, items))
}

/// Visit the items of `v` until `f` says stop; an iterator gives up only the items
/// visited.
fn walk(v: &Value, mut f: impl FnMut(Value) -> PyResult<bool>) -> PyResult<()> {
    if let Value::Range(start, stop, step) = v {
        // A range is walked without being materialized (`sum(range(10**8))`).
        let n = crate::value::convert::range_len(*start, *stop, *step);
        for k in 0..n {
            if !f(Value::Int(start + k * step))? {
                break;
            }
        }
        return Ok(());
    }
    if let Value::Iter(src) = v {
        loop {
            let next = src.borrow_mut().next_item();
            match next {
                Some(x) => {
                    if !f(x)? {
                        return Ok(());
                    }
                }
                None => return Ok(()),
            }
        }
    }
    for x in iter_values(v)? {
        if !f(x)? {
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

/// `zip(*its, strict=False)`, pulling round by round so iterators lose what Python's
/// zip takes from them.
fn zip(args: &Args) -> PyResult<Value> {
    let strict = match kwarg(args, "zip", &["strict"])?[0] {
        Some(v) => truthy(v)?,
        None => false,
    };
    let mut sources: Vec<Value> = Vec::new();
    for a in &args.pos {
        sources.push(make_iter(a)?);
    }
    let pull = |v: &Value| match v {
        Value::Iter(i) => i.borrow_mut().next_item(),
        _ => None,
    };
    let mut out = Vec::new();
    if sources.is_empty() {
        return Ok(Value::iter("zip", out));
    }
    loop {
        let mut row = Vec::with_capacity(sources.len());
        for (j, s) in sources.iter().enumerate() {
            match pull(s) {
                Some(x) => row.push(x),
                None => {
                    if strict {
                        if j > 0 {
                            return Err(PyErr::value(format!(
                                "zip() argument {} is shorter than {}",
                                j + 1,
                                earlier(j)
                            )));
                        }
                        for (k, rest) in sources.iter().enumerate().skip(1) {
                            if pull(rest).is_some() {
                                return Err(PyErr::value(format!(
                                    "zip() argument {} is longer than {}",
                                    k + 1,
                                    earlier(k)
                                )));
                            }
                        }
                    }
                    return Ok(Value::iter("zip", out));
                }
            }
        }
        out.push(Value::tuple(row));
    }
}

/// "argument 1" or "arguments 1-k": the arguments before the (k+1)-th.
fn earlier(k: usize) -> String {
    if k == 1 {
        "argument 1".into()
    } else {
        format!("arguments 1-{}", k)
    }
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
        1 => iter_values(&args.pos[0])?,
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
        "iter" => args
            .bind("iter", &["object"], 1)
            .and_then(|a| make_iter(a[0].as_ref().unwrap_or(&Value::None))),
        "next" => next(&args),
        "enumerate" => (|| {
            let a = args.bind("enumerate", &["iterable", "start"], 1)?;
            let start = match &a[1] {
                Some(v) => to_int(v)?,
                None => 0,
            };
            let items = iter_values(a[0].as_ref().unwrap_or(&Value::None))?;
            let out = items
                .into_iter()
                .enumerate()
                .map(|(i, x)| Value::tuple(vec![Value::Int(start + i as i128), x]))
                .collect();
            Ok(Value::iter("enumerate", out))
        })(),
        "zip" => zip(&args),
        "map" => (|| {
            if args.pos.len() < 2 {
                return Err(PyErr::type_err("map() must have at least two arguments."));
            }
            kwarg(&args, "map", &[])?;
            let f = args.pos[0].clone();
            let cols: Vec<Vec<Value>> = args.pos[1..]
                .iter()
                .map(iter_values)
                .collect::<PyResult<_>>()?;
            let n = cols.iter().map(|c| c.len()).min().unwrap_or(0);
            let mut out = Vec::with_capacity(n);
            for i in 0..n {
                let row = cols.iter().map(|c| c[i].clone()).collect();
                out.push(it.call(&f, Args::new(row))?);
            }
            Ok(Value::iter("map", out))
        })(),
        "filter" => (|| {
            if args.pos.len() != 2 {
                return Err(PyErr::type_err(format!(
                    "filter expected 2 arguments, got {}",
                    args.pos.len()
                )));
            }
            let f = args.pos[0].clone();
            let mut out = Vec::new();
            for x in iter_values(&args.pos[1])? {
                let keep = match &f {
                    Value::None => truthy(&x)?,
                    f => {
                        let r = it.call(f, Args::new(vec![x.clone()]))?;
                        truthy(&r)?
                    }
                };
                if keep {
                    out.push(x);
                }
            }
            Ok(Value::iter("filter", out))
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
                Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) | Value::Array(_) => "reversed",
                other => {
                    return Err(PyErr::type_err(format!(
                        "'{}' object is not reversible",
                        other.type_of().short_name()
                    )))
                }
            };
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
            let items = iter_values(&args.pos[0])?;
            pytypes::sort_values(it, items, kw[0], kw[1]).map(Value::list)
        })(),
        "any" | "all" => (|| {
            let a = args.bind(name, &["iterable"], 1)?;
            let want = name == "any";
            let mut res = !want;
            walk(a[0].as_ref().unwrap_or(&Value::None), |x| {
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
            walk(a[0].as_ref().unwrap_or(&Value::None), |x| {
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
fn next(args: &Args) -> PyResult<Value> {
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
    let Value::Iter(src) = v else {
        return Err(PyErr::type_err(format!(
            "'{}' object is not an iterator",
            v.type_of().short_name()
        )));
    };
    let item = src.borrow_mut().next_item();
    match (item, args.pos.get(1)) {
        (Some(x), _) => Ok(x),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(PyErr::new("StopIteration", "")),
    }
}
