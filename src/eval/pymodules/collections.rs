//! Python's `collections`: `Counter`, `defaultdict` and `OrderedDict` are dicts
//! (`value::dict::DictKind` says which), so indexing, iteration, `len`, `in`, views and
//! the dict methods are `dict`'s; this file has what they add — their constructors, the
//! missing-key rules, `Counter`'s counting methods and arithmetic, `OrderedDict`'s
//! `move_to_end` and `popitem(last=)` — written after `Lib/collections/__init__.py`, with
//! counts added and compared by the interpreter's operators. `deque` is in `deque`.

use crate::error::{PyErr, PyResult};
use crate::eval::interp::Interp;
use crate::value::args::Args;
use crate::value::convert::{to_int, truthy};
use crate::value::dict::{DictKind, PyDict};
use crate::value::ops::{BinOp, CmpOp, UnaryOp};
use crate::value::{PyType, Value};
use std::cell::RefCell;
use std::rc::Rc;

pub const NAMES: &[&str] = &["Counter", "OrderedDict", "defaultdict", "deque"];

const COUNTER: PyType = PyType::Named("collections.Counter");
const DEFAULTDICT: PyType = PyType::Named("collections.defaultdict");
const ORDERED: PyType = PyType::Named("collections.OrderedDict");

type Dict = Rc<RefCell<PyDict>>;

/// The most elements `Counter.elements()` lists.
const ELEMENTS_LIMIT: i128 = 10_000_000;

/// `collections.name`: the class.
pub fn class(name: &str) -> Option<Value> {
    Some(Value::Type(match name {
        "Counter" => COUNTER,
        "defaultdict" => DEFAULTDICT,
        "OrderedDict" => ORDERED,
        "deque" => super::deque::DEQUE,
        _ => return None,
    }))
}

/// Is `t` one of the dict subclasses here?
pub fn is_dict_class(t: PyType) -> bool {
    matches!(t, COUNTER | DEFAULTDICT | ORDERED)
}

/// The methods each class adds to dict's.
fn own_methods(kind: &DictKind) -> &'static [&'static str] {
    match kind {
        DictKind::Counter => &["elements", "most_common", "subtract", "total"],
        DictKind::OrderedDict => &["move_to_end"],
        _ => &[],
    }
}

/// The public names `dir()` lists for instances of these classes (deque's too): dict's
/// methods and their own.
pub fn dir_names(t: PyType) -> Option<Vec<&'static str>> {
    let dict = crate::eval::pytypes::method_names(PyType::Dict);
    let (base, own): (&[&str], &[&str]) = match t {
        COUNTER => (dict, own_methods(&DictKind::Counter)),
        DEFAULTDICT => (dict, &["default_factory"]),
        ORDERED => (dict, own_methods(&DictKind::OrderedDict)),
        super::deque::DEQUE => (super::deque::METHODS, &["maxlen"]),
        _ => return None,
    };
    Some(base.iter().chain(own).copied().collect())
}

pub fn has_method(kind: &DictKind, name: &str) -> bool {
    own_methods(kind).contains(&name)
}

/// `d.default_factory` of a defaultdict.
pub fn data_attr(v: &Value, name: &str) -> Option<Value> {
    match v {
        Value::Dict(d) if name == "default_factory" => match &d.borrow().kind {
            DictKind::DefaultDict(f) => Some(f.clone()),
            _ => None,
        },
        _ => None,
    }
}

fn with_kind(v: Value, kind: DictKind) -> Value {
    if let Value::Dict(d) = &v {
        d.borrow_mut().kind = kind;
    }
    v
}

/// Calling one of the classes; None for other types.
pub fn construct(it: &mut Interp, t: PyType, args: &Args) -> Option<PyResult<Value>> {
    Some(match t {
        COUNTER => (|| {
            if args.pos.len() > 1 {
                return Err(PyErr::type_err(format!(
                    "Counter.__init__() takes from 1 to 2 positional arguments but {} were given",
                    args.pos.len() + 1
                )));
            }
            let c = Rc::new(RefCell::new(PyDict::of_kind(DictKind::Counter)));
            count_in(it, &c, args, BinOp::Add)?;
            Ok(Value::Dict(c))
        })(),
        DEFAULTDICT => (|| {
            let (factory, rest) = match args.pos.split_first() {
                Some((f, rest)) => (f.clone(), rest.to_vec()),
                None => (Value::None, Vec::new()),
            };
            if !matches!(factory, Value::None) && !crate::eval::introspect::is_callable(&factory) {
                return Err(PyErr::type_err("first argument must be callable or None"));
            }
            let inner = Args {
                pos: rest,
                kw: args.kw.clone(),
            };
            let d = crate::eval::pytypes::dict_from_args(it, &inner)?;
            Ok(with_kind(d, DictKind::DefaultDict(factory)))
        })(),
        ORDERED => (|| {
            if args.pos.len() > 1 {
                return Err(PyErr::type_err(format!(
                    "expected at most 1 argument, got {}",
                    args.pos.len()
                )));
            }
            let d = crate::eval::pytypes::dict_from_args(it, args)?;
            Ok(with_kind(d, DictKind::OrderedDict))
        })(),
        _ => return super::deque::construct(it, t, args),
    })
}

/// `d[key]` for a key `d` lacks: a Counter's 0, a defaultdict's `factory()` (stored),
/// else None (the KeyError is the caller's).
pub fn missing(it: &mut Interp, d: &Dict, key: &Value) -> Option<PyResult<Value>> {
    let factory = match &d.borrow().kind {
        DictKind::Counter => return Some(Ok(Value::Int(0))),
        DictKind::DefaultDict(f) if !matches!(f, Value::None) => f.clone(),
        _ => return None,
    };
    Some(it.call(&factory, Args::default()).and_then(|v| {
        d.borrow_mut().insert(key.clone(), v.clone())?;
        Ok(v)
    }))
}

/// `self[elem] = self.get(elem, 0) op n`.
fn add_count(it: &mut Interp, c: &Dict, elem: Value, op: BinOp, n: &Value) -> PyResult<()> {
    let cur = c.borrow().get(&elem)?.cloned().unwrap_or(Value::Int(0));
    let new = it.binary(op, &cur, n)?;
    c.borrow_mut().insert(elem, new)
}

/// `Counter.update` (`op` Add) or `Counter.subtract` (Sub) with `(iterable=None, /,
/// **kwds)`: a mapping's counts, or one per element of an iterable.
fn count_in(it: &mut Interp, c: &Dict, args: &Args, op: BinOp) -> PyResult<()> {
    if let Some(src) = args.pos.first() {
        match src {
            Value::None => {}
            Value::Dict(m) => {
                let pairs = m.borrow().to_vec();
                // `update` of an empty Counter is dict's: the values are taken as they are.
                if op == BinOp::Add && c.borrow().is_empty() {
                    let mut d = c.borrow_mut();
                    for (k, v) in pairs {
                        d.insert(k, v)?;
                    }
                } else {
                    for (k, v) in pairs {
                        // `count + self.get(elem, 0)` for update, `self.get(elem, 0) - count`.
                        if op == BinOp::Add {
                            let cur = c.borrow().get(&k)?.cloned().unwrap_or(Value::Int(0));
                            let new = it.binary(BinOp::Add, &v, &cur)?;
                            c.borrow_mut().insert(k, new)?;
                        } else {
                            add_count(it, c, k, op, &v)?;
                        }
                    }
                }
            }
            other => {
                for elem in crate::eval::lazy::values(it, other)? {
                    add_count(it, c, elem, op, &Value::Int(1))?;
                }
            }
        }
    }
    if !args.kw.is_empty() {
        let mut kw = PyDict::new();
        for (k, v) in &args.kw {
            kw.insert(Value::str(k), v.clone())?;
        }
        count_in(it, c, &Args::new(vec![Value::dict(kw)]), op)?;
    }
    Ok(())
}

/// A method a class adds or changes; None when dict's own answers.
pub fn call_method(it: &mut Interp, d: &Dict, name: &str, args: &Args) -> Option<PyResult<Value>> {
    let kind = d.borrow().kind.clone();
    Some(match (&kind, name) {
        (DictKind::Counter, "update" | "subtract") => (|| {
            if args.pos.len() > 1 {
                return Err(PyErr::type_err(format!(
                    "Counter.{}() takes from 1 to 2 positional arguments but {} were given",
                    name,
                    args.pos.len() + 1
                )));
            }
            let op = if name == "update" {
                BinOp::Add
            } else {
                BinOp::Sub
            };
            count_in(it, d, args, op)?;
            Ok(Value::None)
        })(),
        (DictKind::Counter, "most_common") => (|| {
            let a = bind(args, "Counter.most_common", &["n"])?;
            let order = sorted_by_count(it, d)?;
            let n = match &a[0] {
                None | Some(Value::None) => order.len(),
                Some(n) => to_int(n)?.clamp(0, order.len() as i128) as usize,
            };
            Ok(Value::list(
                order
                    .into_iter()
                    .take(n)
                    .map(|(k, v)| Value::tuple(vec![k, v]))
                    .collect(),
            ))
        })(),
        (DictKind::Counter, "elements") => (|| {
            bind(args, "Counter.elements", &[])?;
            let mut out = Vec::new();
            for (k, v) in d.borrow().to_vec() {
                let n = to_int(&v)?;
                // The elements are listed at once (CPython chains them lazily).
                if n > 0 && out.len() as i128 + n > ELEMENTS_LIMIT {
                    return Err(PyErr::memory(""));
                }
                for _ in 0..n.max(0) {
                    out.push(k.clone());
                }
            }
            Ok(Value::iter("itertools.chain", out))
        })(),
        (DictKind::Counter, "total") => (|| {
            bind(args, "Counter.total", &[])?;
            let mut acc = Value::Int(0);
            let values: Vec<Value> = d.borrow().iter().map(|(_, v)| v.clone()).collect();
            for v in values {
                acc = it.binary(BinOp::Add, &acc, &v)?;
            }
            Ok(acc)
        })(),
        (DictKind::Counter, "fromkeys") => Err(PyErr::not_implemented(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.",
        )),
        (DictKind::OrderedDict, "move_to_end") => (|| {
            let a = args.bind("move_to_end", &["key", "last"], 1)?;
            let key = a[0].clone().unwrap_or(Value::None);
            let last = a[1].as_ref().map(truthy).transpose()?.unwrap_or(true);
            let found = if last {
                let v = d.borrow_mut().remove(&key)?;
                match v {
                    Some(v) => {
                        d.borrow_mut().insert(key.clone(), v)?;
                        true
                    }
                    None => false,
                }
            } else {
                d.borrow_mut().move_to_front(&key)?
            };
            if !found {
                return Err(crate::value::exc::key_error(&key));
            }
            Ok(Value::None)
        })(),
        (DictKind::OrderedDict, "popitem") => (|| {
            let a = args.bind("popitem", &["last"], 0)?;
            let last = a[0].as_ref().map(truthy).transpose()?.unwrap_or(true);
            let pair = if last {
                d.borrow_mut().pop_last()
            } else {
                d.borrow_mut().pop_first()?
            };
            pair.map(|(k, v)| Value::tuple(vec![k, v]))
                .ok_or_else(|| PyErr::key("'dictionary is empty'"))
        })(),
        _ => return None,
    })
}

/// Keyword-or-positional arguments, all optional, with Argument Clinic's messages.
fn bind(args: &Args, fname: &str, params: &[&str]) -> PyResult<Vec<Option<Value>>> {
    if args.pos.len() > params.len() {
        return Err(PyErr::type_err(if params.is_empty() {
            format!(
                "{}() takes 1 positional argument but {} were given",
                fname,
                args.pos.len() + 1
            )
        } else {
            format!(
                "{}() takes from 1 to {} positional arguments but {} were given",
                fname,
                params.len() + 1,
                args.pos.len() + 1
            )
        }));
    }
    args.bind(fname, params, 0)
}

/// `sorted(self.items(), key=itemgetter(1), reverse=True)`.
fn sorted_by_count(it: &mut Interp, d: &Dict) -> PyResult<Vec<(Value, Value)>> {
    let pairs = d.borrow().to_vec();
    let items: Vec<Value> = pairs
        .into_iter()
        .map(|(k, v)| Value::tuple(vec![k, v]))
        .collect();
    let key = super::operator::item_getter(Value::Int(1));
    let sorted =
        crate::eval::pytypes::sort_values(it, items, Some(&key), Some(&Value::Bool(true)))?;
    Ok(sorted
        .into_iter()
        .filter_map(|t| match t {
            Value::Tuple(kv) if kv.len() == 2 => Some((kv[0].clone(), kv[1].clone())),
            _ => None,
        })
        .collect())
}

fn counter_of(v: &Value) -> Option<&Dict> {
    match v {
        Value::Dict(d) if matches!(d.borrow().kind, DictKind::Counter) => Some(d),
        _ => None,
    }
}

fn positive(it: &mut Interp, v: &Value) -> PyResult<bool> {
    let r = it.compare(CmpOp::Gt, v, &Value::Int(0))?;
    truthy(&r)
}

/// `Counter op Counter` for `+ - | &` (a new Counter of the positive results, in
/// `collections`' order); None when neither side is a Counter or the operator is not
/// one of these.
pub fn binary(it: &mut Interp, op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    if !matches!(op, BinOp::Add | BinOp::Sub | BinOp::Or | BinOp::And) {
        return None;
    }
    let (x, y) = match (counter_of(a), counter_of(b)) {
        (Some(x), Some(y)) => (x, y),
        (None, None) => return None,
        _ if op == BinOp::Or => return None,
        _ => {
            return Some(Err(PyErr::type_err(format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                op.symbol(),
                a.type_of().tp_name(),
                b.type_of().tp_name()
            ))))
        }
    };
    Some(combine(it, op, x, y, false))
}

/// The pairs of `x op y` (`in_place`: `x op= y`, whose `-=` keeps no negated counts of
/// `y`'s new elements).
fn combine(it: &mut Interp, op: BinOp, x: &Dict, y: &Dict, in_place: bool) -> PyResult<Value> {
    let (xs, ys) = (x.borrow().to_vec(), y.borrow().clone());
    let zero = Value::Int(0);
    let mut out = PyDict::of_kind(DictKind::Counter);
    for (elem, count) in &xs {
        let other = ys.get(elem)?.cloned().unwrap_or(zero.clone());
        let new = match op {
            BinOp::Add | BinOp::Sub => it.binary(op, count, &other)?,
            // `|` keeps the larger count, `&` the smaller.
            _ => {
                let less = truthy(&it.compare(CmpOp::Lt, count, &other)?)?;
                if less == (op == BinOp::Or) {
                    other
                } else {
                    count.clone()
                }
            }
        };
        if positive(it, &new)? {
            out.insert(elem.clone(), new)?;
        }
    }
    if op != BinOp::And && !(in_place && op == BinOp::Sub) {
        let xd = x.borrow().clone();
        for (elem, count) in ys.iter() {
            if xd.contains(elem)? {
                continue;
            }
            let new = if op == BinOp::Sub {
                it.binary(BinOp::Sub, &zero, count)?
            } else {
                count.clone()
            };
            if positive(it, &new)? {
                out.insert(elem.clone(), new)?;
            }
        }
    }
    Ok(Value::dict(out))
}

/// `c op= other` for a Counter and a Counter: `c` takes the result in place.
pub fn inplace(it: &mut Interp, op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    let x = counter_of(a)?;
    let y = counter_of(b)?;
    if !matches!(op, BinOp::Add | BinOp::Sub | BinOp::Or | BinOp::And) {
        return None;
    }
    Some(combine(it, op, x, y, true).map(|r| {
        if let Value::Dict(new) = &r {
            let pairs = std::mem::take(&mut *new.borrow_mut());
            *x.borrow_mut() = pairs;
        }
        a.clone()
    }))
}

/// `+c` and `-c`: the positive counts, or the negated negative ones.
pub fn unary(it: &mut Interp, op: UnaryOp, v: &Value) -> Option<PyResult<Value>> {
    let c = counter_of(v)?;
    if op == UnaryOp::Invert {
        return None;
    }
    Some((|| {
        let mut out = PyDict::of_kind(DictKind::Counter);
        for (elem, count) in c.borrow().to_vec() {
            let new = if op == UnaryOp::Neg {
                it.binary(BinOp::Sub, &Value::Int(0), &count)?
            } else {
                count
            };
            if positive(it, &new)? {
                out.insert(elem, new)?;
            }
        }
        Ok(Value::dict(out))
    })())
}
