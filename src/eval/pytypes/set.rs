//! `set` methods. The table algebra (and the order it leaves) is `value::set`'s; here are
//! the methods' argument rules: most take any iterables, which are made sets first where
//! CPython does so.

use super::arity::{no_args, positional};
use crate::error::{PyErr, PyResult};
use crate::value::args::Args;
use crate::value::convert::iter_values;
use crate::value::set::{self, PySet};
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// The methods a `frozenset` has (those that do not change the set).
pub const FROZEN_METHODS: &[&str] = &[
    "copy",
    "difference",
    "intersection",
    "isdisjoint",
    "issubset",
    "issuperset",
    "symmetric_difference",
    "union",
];

pub const METHODS: &[&str] = &[
    "add",
    "clear",
    "copy",
    "difference",
    "difference_update",
    "discard",
    "intersection",
    "intersection_update",
    "isdisjoint",
    "issubset",
    "issuperset",
    "pop",
    "remove",
    "symmetric_difference",
    "symmetric_difference_update",
    "union",
    "update",
];

/// `set(x)`: a copy of a set, a dict's keys (one resize up front), or any iterable's items.
pub fn set_from_iterable(v: &Value) -> PyResult<PySet> {
    match v {
        Value::Set(s) => Ok(s.borrow().copy()),
        Value::Dict(d) => {
            let keys: Vec<Value> = d.borrow().iter().map(|(k, _)| k.clone()).collect();
            let mut s = PySet::new();
            s.update_from_keys(keys)?;
            Ok(s)
        }
        // Read in place, not copied first: hashing and comparing items runs no Python
        // code, so nothing can change the list meanwhile.
        Value::List(l) => PySet::from_values(l.borrow().iter().cloned()),
        Value::Tuple(t) => PySet::from_values(t.iter().cloned()),
        other => PySet::from_values(iter_values(other)?),
    }
}

/// A method's argument: another set (copied, so the receiver can be borrowed mutably even
/// when it is the argument) or an iterable's items.
enum Operand {
    Set(PySet),
    Items(Vec<Value>),
}

fn operand(v: &Value) -> PyResult<Operand> {
    Ok(match v {
        Value::Set(s) => Operand::Set(s.borrow().clone()),
        Value::Dict(_) => Operand::Set(set_from_iterable(v)?),
        other => Operand::Items(iter_values(other)?),
    })
}

fn as_set(v: &Value) -> PyResult<PySet> {
    match operand(v)? {
        Operand::Set(s) => Ok(s),
        Operand::Items(items) => PySet::from_values(items),
    }
}

fn update_with(s: &mut PySet, o: Operand) -> PyResult<()> {
    match o {
        Operand::Set(x) => s.merge(&x),
        Operand::Items(items) => {
            for v in items {
                s.add(v)?;
            }
        }
    }
    Ok(())
}

fn intersect(s: &PySet, o: Operand) -> PyResult<PySet> {
    match o {
        Operand::Set(x) => Ok(set::intersection(s, &x)),
        Operand::Items(items) => {
            let mut r = PySet::new();
            for v in items {
                if s.contains(&v)? {
                    r.add(v)?;
                }
            }
            Ok(r)
        }
    }
}

fn subtract(s: &PySet, o: Operand) -> PyResult<PySet> {
    match o {
        Operand::Set(x) => Ok(set::difference(s, &x)),
        Operand::Items(items) => {
            let mut r = s.copy();
            for v in &items {
                r.discard(v)?;
            }
            Ok(r)
        }
    }
}

pub fn call(s: &Rc<RefCell<PySet>>, name: &str, args: Args) -> PyResult<Value> {
    let others = |args: &Args| -> PyResult<Vec<Operand>> {
        if !args.kw.is_empty() {
            return Err(PyErr::type_err(format!(
                "set.{}() takes no keyword arguments",
                name
            )));
        }
        args.pos.iter().map(operand).collect()
    };
    let one =
        |args: &Args| -> PyResult<Value> { Ok(positional("set", name, args, 1, 1)?.remove(0)) };
    match name {
        "add" => {
            let v = one(&args)?;
            s.borrow_mut().add(v)?;
            Ok(Value::None)
        }
        "remove" => {
            let v = one(&args)?;
            if s.borrow_mut().discard(&v)? {
                Ok(Value::None)
            } else {
                Err(crate::value::exc::key_error(&v))
            }
        }
        "discard" => {
            let v = one(&args)?;
            s.borrow_mut().discard(&v)?;
            Ok(Value::None)
        }
        "pop" => {
            no_args("set", name, &args)?;
            s.borrow_mut().pop()
        }
        "clear" => {
            no_args("set", name, &args)?;
            s.borrow_mut().clear();
            Ok(Value::None)
        }
        "copy" => {
            no_args("set", name, &args)?;
            Ok(Value::set(s.borrow().copy()))
        }
        "update" => {
            for o in others(&args)? {
                update_with(&mut s.borrow_mut(), o)?;
            }
            Ok(Value::None)
        }
        "union" => {
            let mut r = s.borrow().copy();
            for o in others(&args)? {
                update_with(&mut r, o)?;
            }
            Ok(Value::set(r))
        }
        "intersection" | "intersection_update" => {
            let mut r = s.borrow().clone();
            let ops = others(&args)?;
            if ops.is_empty() {
                r = r.copy();
            }
            for o in ops {
                r = intersect(&r, o)?;
            }
            if name == "intersection" {
                return Ok(Value::set(r));
            }
            *s.borrow_mut() = r;
            Ok(Value::None)
        }
        "difference" => {
            let mut ops = others(&args)?.into_iter();
            let mut r = match ops.next() {
                Some(first) => subtract(&s.borrow(), first)?,
                None => s.borrow().copy(),
            };
            for o in ops {
                r = subtract(&r, o)?;
            }
            Ok(Value::set(r))
        }
        "difference_update" => {
            for o in others(&args)? {
                let items = match o {
                    Operand::Set(x) => x.items(),
                    Operand::Items(items) => items,
                };
                let mut m = s.borrow_mut();
                for v in &items {
                    m.discard(v)?;
                }
            }
            Ok(Value::None)
        }
        "symmetric_difference" => {
            let mut r = as_set(&one(&args)?)?;
            set::symmetric_update(&mut r, &s.borrow());
            Ok(Value::set(r))
        }
        "symmetric_difference_update" => {
            let o = as_set(&one(&args)?)?;
            set::symmetric_update(&mut s.borrow_mut(), &o);
            Ok(Value::None)
        }
        "issubset" => {
            let o = as_set(&one(&args)?)?;
            Ok(Value::Bool(set::is_subset(&s.borrow(), &o)))
        }
        "issuperset" => {
            let o = as_set(&one(&args)?)?;
            Ok(Value::Bool(set::is_subset(&o, &s.borrow())))
        }
        "isdisjoint" => {
            let o = as_set(&one(&args)?)?;
            let me = s.borrow();
            let disjoint = o.entries().all(|(h, v)| !me.contains_hashed(h, v));
            Ok(Value::Bool(disjoint))
        }
        _ => Err(PyErr::attribute(format!(
            "'set' object has no attribute '{}'",
            name
        ))),
    }
}

/// Is this element of a set display a constant CPython folds (a literal, a signed number,
/// a tuple of constants)? A display of three or more of them becomes a frozenset
/// constant, which decides the set's order (`value::set::PySet::from_display`).
pub fn is_constant(e: &crate::syntax::ast::Expr) -> bool {
    use crate::syntax::ast::ExprKind as K;
    match &e.kind {
        K::Int(_)
        | K::Float(_)
        | K::Imag(_)
        | K::Str(_)
        | K::Bytes(_)
        | K::NoneLit
        | K::True
        | K::False
        | K::Ellipsis => true,
        K::Unary(_, x) => matches!(x.kind, K::Int(_) | K::Float(_) | K::Imag(_)),
        K::Tuple(items) => items.iter().all(is_constant),
        _ => false,
    }
}
