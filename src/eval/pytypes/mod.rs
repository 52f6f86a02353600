//! Methods of Python's own types — `str`, `bytes`, `list`, `tuple`, `dict` (and its views), `set` —
//! with CPython 3.11's results and error messages. Methods that take a callable
//! (`list.sort(key=…)`) call back through the interpreter, which is why they live in `eval`
//! and not with NumPy's methods.

pub(in crate::eval) mod arity;
mod bytearray;
mod bytes;
mod casefold_table;
mod dict;
mod file;
mod float_hex;
mod generator;
mod int_methods;
mod list;
mod number;
mod set;
mod str;
mod tuple;

pub use self::bytes::encode as str_encode;
pub use self::dict::{dict_from_args, fromkeys, update as dict_update};
pub use self::list::{reverse_flag, sort_values, sorted_ints};
pub use self::set::{is_constant, set_from_iterable};

use super::interp::Interp;
use super::pymodules::{collections, deque, random};
use crate::error::{PyErr, PyResult};
use crate::value::args::Args;
use crate::value::{PyType, Value};

/// Does this module answer the methods of `v` (rather than NumPy's)?
pub fn owns(v: &Value) -> bool {
    type_of_methods(v).is_some()
}

/// The Python type whose methods `v` has, if it is one of Python's own.
fn type_of_methods(v: &Value) -> Option<PyType> {
    Some(match v {
        Value::Str(_) => PyType::Str,
        Value::Bytes(_) => PyType::Bytes,
        Value::ByteArray(_) => PyType::ByteArray,
        Value::List(_) => PyType::List,
        Value::Tuple(_) => PyType::Tuple,
        Value::Dict(_) => PyType::Dict,
        Value::Set(_) => PyType::Set,
        Value::Range(..) => PyType::Range,
        Value::Slice(_) => PyType::Slice,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => PyType::Int,
        Value::Float(_) => PyType::Float,
        Value::Complex(..) => PyType::Complex,
        v if generator::is_generator(v) => PyType::Iterator("generator"),
        v if deque::of(v).is_some() => deque::DEQUE,
        v if random::instance(v).is_some() => random::RANDOM,
        _ => return None,
    })
}

/// The public methods of a Python type (for `dir()`, `hasattr`, completion).
pub fn method_names(t: PyType) -> &'static [&'static str] {
    match t {
        PyType::Str => str::METHODS,
        PyType::Bytes => bytes::METHODS,
        PyType::ByteArray => bytearray::METHODS,
        PyType::List => list::METHODS,
        PyType::Tuple => tuple::METHODS,
        PyType::Dict => dict::METHODS,
        PyType::Set => set::METHODS,
        PyType::Range => &["count", "index"],
        PyType::Slice => &["indices"],
        PyType::Int | PyType::Bool => int_methods::METHODS,
        PyType::Float => number::FLOAT_METHODS,
        PyType::Complex => number::COMPLEX_METHODS,
        PyType::Iterator("generator") => generator::METHODS,
        deque::DEQUE => deque::METHODS,
        random::RANDOM => random::NAMES,
        _ => &[],
    }
}

/// A data attribute of a Python value (`x.real`, `i.denominator`, `d.maxlen`).
pub fn data_attr(v: &Value, name: &str) -> Option<Value> {
    if let Some(d) = deque::of(v) {
        return d.borrow().attr(name);
    }
    if let Some(f) = collections::data_attr(v, name) {
        return Some(f);
    }
    if let Value::Range(a, b, s) = v {
        return match name {
            "start" => Some(Value::Int(*a)),
            "stop" => Some(Value::Int(*b)),
            "step" => Some(Value::Int(*s)),
            _ => None,
        };
    }
    if let Value::Slice(parts) = v {
        let i = ["start", "stop", "step"].iter().position(|p| *p == name)?;
        return Some(parts[i].clone());
    }
    number::attr(v, name)
}

pub fn has_method(v: &Value, name: &str) -> bool {
    if let Value::Dict(d) = v {
        if collections::has_method(&d.borrow().kind, name) {
            return true;
        }
    }
    type_of_methods(v).is_some_and(|t| method_names(t).contains(&name))
}

/// `str.lower` and the like: the method of a type, called with its receiver first.
pub fn descriptor(t: PyType, name: &str) -> Option<Value> {
    method_names(t)
        .contains(&name)
        .then(|| Value::func(&format!("builtins.{}.{}", t.qualname(), name)))
}

/// Call a method descriptor (`str.lower('A')`): the first argument is the receiver.
pub fn call_descriptor(it: &mut Interp, ty: &str, name: &str, mut args: Args) -> PyResult<Value> {
    if ty == "dict" && name == "fromkeys" {
        return fromkeys(&args);
    }
    if ty == "bytes" && name == "fromhex" {
        return bytes::fromhex(ty, &args);
    }
    if ty == "bytearray" && name == "fromhex" {
        return bytes::fromhex(ty, &args).map(bytearray::retyped);
    }
    if ty == "int" && name == "from_bytes" {
        return int_methods::from_bytes(&args);
    }
    if ty == "float" && name == "fromhex" {
        return float_hex::fromhex(&args);
    }
    if args.pos.is_empty() {
        return Err(PyErr::type_err(format!(
            "unbound method {}.{}() needs an argument",
            ty, name
        )));
    }
    let recv = args.pos.remove(0);
    if recv.type_of().qualname() != ty {
        return Err(PyErr::type_err(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            name,
            ty,
            recv.type_of().tp_name()
        )));
    }
    call(it, &recv, name, args)
}

/// Call method `name` of a Python value.
pub fn call(it: &mut Interp, recv: &Value, name: &str, args: Args) -> PyResult<Value> {
    let consumes = match recv {
        Value::Str(_) | Value::Bytes(_) => name == "join",
        Value::ByteArray(_) => matches!(name, "join" | "extend"),
        Value::List(_) => name == "extend",
        Value::Dict(_) => name == "update",
        Value::Set(_) => !matches!(name, "add" | "discard" | "remove"),
        _ => false,
    };
    let args = if consumes {
        super::lazy::listed(it, args)?
    } else {
        args
    };
    if file::is_file(recv) {
        return file::call(it, recv, name, args);
    }
    if let Value::Dict(d) = recv {
        if let Some(r) = collections::call_method(it, d, name, &args) {
            return r;
        }
    }
    if let Some(d) = deque::of(recv) {
        return deque::call_method(it, d, name, args);
    }
    if let Some(g) = random::instance(recv) {
        return random::call_with(it, &g, name, args);
    }
    match recv {
        // `str.format` looks attributes and items up, which takes the interpreter.
        Value::Str(_) if name == "format" => super::builtins::str_format(it, recv, args),
        Value::Str(s) if name == "format_map" => super::builtins::str_format_map(it, s, args),
        Value::Str(s) if name == "encode" => bytes::encode(s, &args),
        Value::Str(s) => str::call(s, name, args),
        Value::Bytes(b) => bytes::call("bytes", b, name, args),
        Value::ByteArray(b) => bytearray::call(b, name, args),
        Value::List(l) => list::call(it, l, name, args),
        Value::Tuple(t) => tuple::call(t, name, args),
        Value::Dict(d) => dict::call(d, name, args),
        Value::Set(s) if s.borrow().frozen && !set::FROZEN_METHODS.contains(&name) => Err(
            PyErr::attribute(format!("'frozenset' object has no attribute '{}'", name)),
        ),
        Value::Set(s) => {
            let r = set::call(s, name, args)?;
            // A frozenset's `union`, `copy`, … are frozensets.
            if s.borrow().frozen {
                if let Value::Set(out) = &r {
                    out.borrow_mut().frozen = true;
                }
            }
            Ok(r)
        }
        Value::Range(a, b, st) => range_call(*a, *b, *st, name, &args),
        Value::Slice(parts) if name == "indices" => {
            let a = arity::positional("slice", "indices", &args, 1, 1)?;
            let len = crate::value::convert::to_int(&a[0])?;
            if len < 0 {
                return Err(PyErr::value("length should not be negative"));
            }
            let (start, stop, step) = super::subscript::slice_bounds(len, parts)?;
            Ok(Value::tuple(vec![
                Value::Int(start),
                Value::Int(stop),
                Value::Int(step),
            ]))
        }
        Value::Iter(g) if generator::is_generator(recv) => generator::call(it, g, name, args),
        Value::Int(_)
        | Value::Bool(_)
        | Value::BigInt(_)
        | Value::Float(_)
        | Value::Complex(..) => number::call(recv, name, args),
        other => Err(PyErr::attribute(format!(
            "'{}' object has no attribute '{}'",
            other.type_of().tp_name(),
            name
        ))),
    }
}

/// Python's slice-style `start`/`end` arguments (`str.find(sub, 2, -1)`) on a length:
/// `None` when the range starts past the end or past its own end (nothing can match).
fn clamp_range(
    n: usize,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<Option<(usize, usize)>> {
    let n = n as i128;
    let fix = |v: Option<&Value>, default: i128| -> PyResult<i128> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => {
                let i = crate::value::convert::to_int(v).map_err(|_| {
                    PyErr::type_err(
                        "slice indices must be integers or None or have an __index__ method",
                    )
                })?;
                Ok(if i < 0 { (i + n).max(0) } else { i })
            }
        }
    };
    let (s, e) = (fix(start, 0)?, fix(end, n)?.min(n));
    if s > n || s > e {
        return Ok(None);
    }
    Ok(Some((s as usize, e as usize)))
}

/// `range.count(x)` and `range.index(x)`, by arithmetic for ints.
fn range_call(a: i128, b: i128, st: i128, name: &str, args: &Args) -> PyResult<Value> {
    if args.pos.len() != 1 || !args.kw.is_empty() {
        return Err(PyErr::type_err(format!(
            "range.{}() takes exactly one argument ({} given)",
            name,
            args.pos.len() + args.kw.len()
        )));
    }
    let x = &args.pos[0];
    let n = crate::value::convert::range_len(a, b, st);
    let pos = match x {
        Value::Int(i) => Some(*i),
        Value::Bool(v) => Some(*v as i128),
        _ => None,
    }
    .filter(|i| (i - a) % st == 0 && (0..n).contains(&((i - a) / st)))
    .map(|i| (i - a) / st);
    match (name, pos) {
        ("count", p) => Ok(Value::Int(p.is_some() as i128)),
        ("index", Some(p)) => Ok(Value::Int(p)),
        ("index", None) => Err(PyErr::value(format!(
            "{} is not in range",
            crate::format::repr(x)
        ))),
        _ => Err(PyErr::attribute(format!(
            "'range' object has no attribute '{}'",
            name
        ))),
    }
}
