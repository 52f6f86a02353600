//! Python's builtins that people use at a NumPy prompt, and calling type objects
//! (`int(x)`, `np.uint8(255)`).

use super::interp::{type_value, Interp};
use crate::array::element::Num;
use crate::error::{PyErr, PyResult};
use crate::format::{try_repr, try_str};
use crate::value::args::{given, Args};
use crate::value::convert::{iter_values, range_len, to_f64, to_int, truthy};
use crate::value::{PyType, Value};

/// Builtin functions answered in this file; `iterators`, `numeric`, `introspect` and
/// `dynamic` answer the others.
const FUNCS: &[&str] = &[
    "print", "len", "id", "repr", "abs", "round", "help", "mem", "format", "open", "exit", "quit",
];

/// The builtin names bound at start.
pub fn names() -> Vec<(&'static str, Value)> {
    let mut v: Vec<(&'static str, Value)> = FUNCS
        .iter()
        .chain(super::iterators::NAMES)
        .chain(super::numeric::NAMES)
        .chain(super::introspect::NAMES)
        .chain(super::dynamic::NAMES)
        .map(|n| (*n, Value::func(&format!("builtins.{}", n))))
        .collect();
    for (n, t) in [
        ("type", PyType::Type),
        ("int", PyType::Int),
        ("float", PyType::Float),
        ("complex", PyType::Complex),
        ("bool", PyType::Bool),
        ("str", PyType::Str),
        ("list", PyType::List),
        ("tuple", PyType::Tuple),
        ("dict", PyType::Dict),
        ("set", PyType::Set),
        ("range", PyType::Range),
        ("slice", PyType::Slice),
        ("bytes", PyType::Bytes),
        ("bytearray", PyType::ByteArray),
        ("frozenset", PyType::Named("frozenset")),
        ("memoryview", PyType::Memoryview),
        ("object", super::object::CLASS),
    ] {
        v.push((n, Value::Type(t)));
    }
    // `...` by name, as NumPy's einsum sublist form spells it (`[Ellipsis, 1]`).
    v.push(("Ellipsis", Value::Ellipsis));
    v
}

/// Call builtin function `name`.
pub fn call(it: &mut Interp, name: &str, args: Args) -> PyResult<Value> {
    if let Some((ty, method)) = name.split_once('.') {
        return super::pytypes::call_descriptor(it, ty, method, args);
    }
    super::builtin_arity::check(name, &args)?;
    if super::dynamic::NAMES.contains(&name) {
        return super::dynamic::call(it, name, args);
    }
    if super::iterators::NAMES.contains(&name) {
        if let Some(r) = super::iterators::call(it, name, args.clone()) {
            return r;
        }
    }
    match name {
        "mem" => crate::teach::mem::call(it, &args),
        "open" => super::pymodules::io::open(&args),
        "exit" | "quit" => Err(super::pymodules::sys::exit(args, true)),
        "print" => {
            if let Some((k, _)) = args
                .kw
                .iter()
                .find(|(k, _)| !matches!(k.as_str(), "sep" | "end" | "flush" | "file"))
            {
                return Err(PyErr::type_err(format!(
                    "'{}' is an invalid keyword argument for print()",
                    k
                )));
            }
            let file = args
                .kw
                .iter()
                .find(|(k, v)| k == "file" && !matches!(v, Value::None))
                .map(|(_, v)| v.clone());
            let sep = kw_str(&args, "sep")?.unwrap_or_else(|| " ".into());
            let end = kw_str(&args, "end")?.unwrap_or_else(|| "\n".into());
            let _words = it.formatted(&args.pos.iter().collect::<Vec<_>>())?;
            let parts: Vec<String> = args.pos.iter().map(try_str).collect::<PyResult<_>>()?;
            let text = parts.join(&sep) + &end;
            match file {
                // `print(..., file=f)` writes what it would print with `f.write`.
                Some(f) => {
                    let write = super::attrs::get_attr(it, &f, "write")?;
                    it.call(&write, Args::new(vec![Value::str(&text)]))?;
                }
                None => it.print(&text),
            }
            Ok(Value::None)
        }
        "len" => {
            let a = args.bind("len", &["obj"], 1)?;
            let v = a[0].clone().unwrap_or(Value::None);
            Ok(Value::Int(match &v {
                Value::Array(arr) => {
                    if arr.ndim() == 0 {
                        return Err(PyErr::type_err("len() of unsized object"));
                    }
                    arr.shape[0] as i128
                }
                Value::Range(a, b, s) => {
                    // CPython's length is a C ssize_t.
                    let n = range_len(*a, *b, *s);
                    if n > isize::MAX as i128 {
                        return Err(PyErr::overflow(
                            "Python int too large to convert to C ssize_t",
                        ));
                    }
                    n
                }
                Value::Object(o) if o.borrow().length().is_some() => {
                    o.borrow().length().unwrap_or(0) as i128
                }
                Value::Object(o) => match crate::numpy::objects::host(&*o.borrow()) {
                    Some(crate::numpy::objects::HostObject::FlatIter(a)) => a.size() as i128,
                    Some(crate::numpy::objects::HostObject::Result(r)) => r.items.len() as i128,
                    Some(crate::numpy::objects::HostObject::Poly1d(p)) => p.py_len()?,
                    _ => {
                        return Err(PyErr::type_err(format!(
                            "object of type '{}' has no len()",
                            v.type_of().short_name()
                        )))
                    }
                },
                Value::Str(s) => s.chars().count() as i128,
                Value::Tuple(t) => t.len() as i128,
                Value::List(l) => l.borrow().len() as i128,
                Value::Dict(d) | Value::DictView(d, _) => d.borrow().len() as i128,
                Value::Set(x) => x.borrow().len() as i128,
                Value::Bytes(b) => b.len() as i128,
                Value::ByteArray(b) => b.borrow().len() as i128,
                Value::Iter(_) => {
                    return Err(PyErr::type_err(format!(
                        "object of type '{}' has no len()",
                        v.type_of().qualname()
                    )))
                }
                other => {
                    return Err(PyErr::type_err(format!(
                        "object of type '{}' has no len()",
                        other.type_of().short_name()
                    )))
                }
            }))
        }
        "id" => {
            let a = args.bind("id", &["obj"], 1)?;
            Ok(Value::Int(
                crate::value::identity::identity(a[0].as_ref().unwrap_or(&Value::None)) as i128,
            ))
        }
        "repr" => {
            let a = args.bind("repr", &["obj"], 1)?;
            let obj = a[0].as_ref().unwrap_or(&Value::None);
            let _words = it.formatted(&[obj])?;
            Ok(Value::str(&try_repr(obj)?))
        }
        "hex" => {
            let a = args.bind("hex", &["number"], 1)?;
            let v = a[0].clone().unwrap_or(Value::None);
            let v = match v {
                Value::BigInt(_) => v,
                other => Value::Int(to_int(&other)?),
            };
            Ok(Value::str(&crate::format::spec::format_value(&v, "#x")?))
        }
        "format" => {
            let a = args.bind("format", &["value", "format_spec"], 1)?;
            let spec = match given(&a[1]) {
                None => String::new(),
                Some(Value::Str(s)) => s.to_string(),
                Some(other) => {
                    return Err(PyErr::type_err(format!(
                        "format() argument 2 must be str, not {}",
                        other.type_of().short_name()
                    )))
                }
            };
            let v = a[0].clone().unwrap_or(Value::None);
            Ok(Value::str(&crate::format::spec::format_value(&v, &spec)?))
        }
        "abs" => {
            let a = args.bind("abs", &["x"], 1)?;
            let v = a[0].clone().unwrap_or(Value::None);
            match v {
                Value::Int(_) | Value::BigInt(_) => match v {
                    Value::Int(i) if i >= 0 => Ok(v),
                    _ => it.unary(crate::value::ops::UnaryOp::Neg, &v),
                },
                Value::Bool(b) => Ok(Value::Int(b as i128)),
                Value::Float(f) => Ok(Value::Float(f.abs())),
                Value::Complex(r, i) => Ok(Value::Float(r.hypot(i))),
                Value::Array(_) | Value::Scalar(..) => {
                    crate::numpy::call(it, "numpy.absolute", Args::new(vec![v]))
                }
                other => Err(PyErr::type_err(format!(
                    "bad operand type for abs(): '{}'",
                    other.type_of().short_name()
                ))),
            }
        }
        "round" => {
            let a = args.bind("round", &["number", "ndigits"], 1)?;
            let v = a[0].clone().unwrap_or(Value::None);
            let nd = given(&a[1]).map(to_int).transpose()?;
            match (&v, nd) {
                (Value::Int(_) | Value::Bool(_), Some(n)) if n < 0 => {
                    Ok(Value::Int(round_int(to_int(&v)?, n)))
                }
                (Value::Int(_) | Value::Bool(_), _) => Ok(Value::Int(to_int(&v)?)),
                (Value::BigInt(b), Some(n)) if n < 0 => crate::value::bigint::round_to(b, -n),
                (Value::BigInt(_), _) => Ok(v.clone()),
                (Value::Float(f), None) => {
                    if !f.is_finite() {
                        return Err(if f.is_nan() {
                            PyErr::value("cannot convert float NaN to integer")
                        } else {
                            PyErr::overflow("cannot convert float infinity to integer")
                        });
                    }
                    Ok(Value::Int(f.round_ties_even() as i128))
                }
                (Value::Float(f), Some(n)) => Ok(Value::Float(round_digits(*f, n as i32))),
                (Value::Array(_) | Value::Scalar(..), _) => {
                    let mut args = Args::new(vec![v.clone()]);
                    if let Some(n) = nd {
                        args.pos.push(Value::Int(n));
                    }
                    crate::numpy::call(it, "numpy.round", args)
                }
                _ => Err(PyErr::type_err(format!(
                    "type {} doesn't define __round__ method",
                    v.type_of().short_name()
                ))),
            }
        }
        "help" => {
            let a = args.bind("help", &["request"], 0)?;
            let text = crate::format::help::help_text(a[0].as_ref().unwrap_or(&Value::None));
            it.print(&text);
            Ok(Value::None)
        }
        _ => match super::numeric::call(it, name, &args) {
            Some(r) => r,
            None => super::introspect::call(it, name, args),
        },
    }
}

/// `s.format(*args, **kwargs)`, with the interpreter's attribute and item lookups.
pub fn str_format(it: &mut Interp, s: &Value, args: Args) -> PyResult<Value> {
    let Value::Str(fmt) = s else {
        return Err(PyErr::type_err(
            "descriptor 'format' requires a 'str' object",
        ));
    };
    let shown: Vec<&Value> = args
        .pos
        .iter()
        .chain(args.kw.iter().map(|(_, v)| v))
        .collect();
    let _words = it.formatted(&shown)?;
    let text = crate::format::str_format::str_format(
        fmt,
        &args.pos,
        &args.kw,
        &mut |v, name| super::attrs::get_attr(it, v, name),
        &mut |v, key| super::subscript::getitem(v, key),
    )?;
    Ok(Value::str(&text))
}

/// `s.format_map(mapping)`.
pub fn str_format_map(it: &mut Interp, s: &str, args: Args) -> PyResult<Value> {
    let a = super::pytypes::arity::positional("str", "format_map", &args, 1, 1)?;
    let _words = it.formatted(&[&a[0]])?;
    let text = crate::format::str_format::str_format_map(
        s,
        &a[0],
        &mut |v, name| super::attrs::get_attr(it, v, name),
        &mut |v, key| super::subscript::getitem(v, key),
    )?;
    Ok(Value::str(&text))
}

fn kw_str(args: &Args, key: &str) -> PyResult<Option<String>> {
    match args.kw.iter().find(|(k, _)| k == key) {
        None => Ok(None),
        Some((_, Value::None)) => Ok(None),
        Some((_, Value::Str(s))) => Ok(Some(s.to_string())),
        Some((_, other)) => Err(PyErr::type_err(format!(
            "{} must be None or a string, not {}",
            key,
            other.type_of().short_name()
        ))),
    }
}

/// Python's `round(x, n)` for floats (correctly rounded through decimal text).
fn round_digits(f: f64, n: i32) -> f64 {
    if !f.is_finite() {
        return f;
    }
    if n >= 0 {
        let s = format!("{:.*}", n as usize, f);
        s.parse().unwrap_or(f)
    } else {
        let p = 10f64.powi(-n);
        (f / p).round_ties_even() * p
    }
}

/// `round(i, n)` for an int and negative `n`: to a multiple of 10**-n, ties to even.
fn round_int(i: i128, n: i128) -> i128 {
    let Some(p) = u32::try_from(-n).ok().and_then(|e| 10i128.checked_pow(e)) else {
        return 0;
    };
    let (q, r) = (i.div_euclid(p), i.rem_euclid(p));
    let up = match (2 * r).cmp(&p) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Equal => q % 2 != 0,
        std::cmp::Ordering::Less => false,
    };
    (q + up as i128) * p
}

/// A float from Python's float() spellings (`'1.5'`, `' nan '`, `'-Infinity'`).
fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim().to_ascii_lowercase();
    match t.trim_start_matches(['+', '-']) {
        "nan" => Some(f64::NAN),
        "inf" | "infinity" => Some(if t.starts_with('-') {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        }),
        _ => t.replace('_', "").parse::<f64>().ok(),
    }
}

/// Python's `complex('1+2j')`: an optional real part, an optional imaginary part ending in
/// `j`, optionally in parentheses.
fn parse_complex(s: &str) -> PyResult<(f64, f64)> {
    let bad = || PyErr::value("complex() arg is a malformed string");
    let mut t = s.trim();
    if let Some(inner) = t.strip_prefix('(').and_then(|x| x.strip_suffix(')')) {
        t = inner.trim();
    }
    let part = |x: &str| match x {
        "" | "+" => Some(1.0),
        "-" => Some(-1.0),
        _ => parse_float(x),
    };
    let Some(body) = t.strip_suffix(['j', 'J']) else {
        return parse_float(t).map(|r| (r, 0.0)).ok_or_else(bad);
    };
    let b = body.as_bytes();
    let split = (1..b.len())
        .rev()
        .find(|&k| matches!(b[k], b'+' | b'-') && !matches!(b[k - 1], b'e' | b'E'));
    match split {
        Some(k) => Ok((
            parse_float(&body[..k]).ok_or_else(bad)?,
            part(&body[k..]).ok_or_else(bad)?,
        )),
        None => Ok((0.0, part(body).ok_or_else(bad)?)),
    }
}

/// Parse a Python int literal string (`int('42')`), of any size.
fn parse_int(s: &str, base: u32) -> PyResult<Value> {
    let bad = || {
        PyErr::value(format!(
            "invalid literal for int() with base {}: {}",
            base,
            crate::format::str_repr(s)
        ))
    };
    let t = s.trim();
    let (neg, body) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    // Underscores only between digits, as in literals.
    if body.is_empty() || body.starts_with('_') || body.ends_with('_') || body.contains("__") {
        return Err(bad());
    }
    // A prefix that names the base (`0x` for 16, any of them for base 0).
    let lower = body.to_ascii_lowercase();
    let prefixed = [("0x", 16), ("0o", 8), ("0b", 2)]
        .into_iter()
        .find(|(p, b)| lower.starts_with(p) && (base == *b || base == 0));
    let (base, body) = match prefixed {
        Some((p, b)) => (b, body[p.len()..].trim_start_matches('_')),
        None if base == 0 => {
            if body.len() > 1 && body.starts_with('0') && body.chars().any(|c| c != '0' && c != '_')
            {
                return Err(bad());
            }
            (10, body)
        }
        None => (base, body),
    };
    if body.is_empty() {
        return Err(bad());
    }
    let digits = body.replace('_', "");
    if digits.starts_with(['+', '-']) {
        return Err(bad());
    }
    if let Ok(i) = i128::from_str_radix(&digits, base) {
        return Ok(Value::Int(if neg { -i } else { i }));
    }
    let b = crate::value::bigint::parse_digits(&digits, base)?.ok_or_else(bad)?;
    Ok(crate::value::bigint::normalize(if neg { -b } else { b }))
}

/// `int(f)` for a finite float: truncated, of any size.
fn float_to_int(f: f64) -> Value {
    crate::value::bigint::from_whole_float(f.trunc())
}

/// `str(b, encoding='utf-8', errors='strict')`: bytes decoded, as `b.decode(...)`.
fn decode_to_str(it: &mut Interp, args: &Args) -> PyResult<Value> {
    let a = super::pytypes::arity::keywords("str", args, &["object", "encoding", "errors"], 0)?;
    for (i, what) in [(1, "encoding"), (2, "errors")] {
        if let Some(v) = &a[i] {
            if !matches!(v, Value::Str(_)) {
                return Err(PyErr::type_err(format!(
                    "str() argument '{}' must be str, not {}",
                    what,
                    super::pytypes::arity::bad_type(v)
                )));
            }
        }
    }
    let obj = a[0]
        .clone()
        .unwrap_or(Value::Bytes(std::rc::Rc::new(Vec::new())));
    match obj {
        Value::Bytes(_) => {
            let kw = [(1, "encoding"), (2, "errors")]
                .iter()
                .filter_map(|&(i, k)| a[i].clone().map(|v| (k.to_string(), v)))
                .collect();
            super::pytypes::call(it, &obj, "decode", Args { pos: vec![], kw })
        }
        Value::Str(_) => Err(PyErr::type_err("decoding str is not supported")),
        other => Err(PyErr::type_err(format!(
            "decoding to str: need a bytes-like object, {} found",
            other.type_of().short_name()
        ))),
    }
}

/// Calling a type object: `int(x)`, `float('1.5')`, `np.uint8(255)`, `list(range(3))`.
pub fn construct(it: &mut Interp, t: PyType, args: Args) -> PyResult<Value> {
    let args = match t {
        // `dict(it)` pulls its pairs one at a time itself.
        PyType::List
        | PyType::Tuple
        | PyType::Set
        | PyType::Named("frozenset")
        | PyType::Bytes
        | PyType::ByteArray => super::lazy::listed(it, args)?,
        _ => args,
    };
    if let Some(r) = super::pymodules::io::construct(t, &args) {
        return r;
    }
    if let Some(r) = super::pymodules::collections::construct(it, t, &args) {
        return r;
    }
    if let Some(r) = super::pymodules::random::construct(t, &args) {
        return r;
    }
    let first = args.pos.first().cloned();
    match t {
        super::object::CLASS => super::object::construct(&args),
        PyType::Type => {
            let a = args.bind("type", &["object"], 1)?;
            Ok(type_value(a[0].as_ref().unwrap_or(&Value::None)))
        }
        PyType::Int if args.pos.len() == 2 || args.kw.iter().any(|(k, _)| k == "base") => {
            let a = args.bind("int", &["x", "base"], 1)?;
            let base = to_int(a[1].as_ref().unwrap_or(&Value::Int(10)))?;
            if base != 0 && !(2..=36).contains(&base) {
                return Err(PyErr::value("int() base must be >= 2 and <= 36, or 0"));
            }
            match &a[0] {
                Some(Value::Str(s)) => parse_int(s, base as u32),
                _ => Err(PyErr::type_err("int() can't convert non-string with explicit base")),
            }
        }
        PyType::Int => match first {
            None => Ok(Value::Int(0)),
            Some(Value::Str(s)) => {
                let base = match args.pos.get(1) {
                    Some(b) => to_int(b)?,
                    None => 10,
                };
                if base != 0 && !(2..=36).contains(&base) {
                    return Err(PyErr::value("int() base must be >= 2 and <= 36, or 0"));
                }
                parse_int(&s, base as u32)
            }
            Some(v @ Value::BigInt(_)) => Ok(v),
            Some(Value::Float(f)) => {
                if f.is_nan() {
                    Err(PyErr::value("cannot convert float NaN to integer"))
                } else if f.is_infinite() {
                    Err(PyErr::overflow("cannot convert float infinity to integer"))
                } else {
                    Ok(float_to_int(f))
                }
            }
            Some(v @ (Value::Scalar(..) | Value::Array(_))) => {
                let f = match crate::value::convert::to_num(&v).or_else(|| single_num(&v)) {
                    Some(Num::Int(i)) => return Ok(Value::Int(i)),
                    Some(Num::Bool(b)) => return Ok(Value::Int(b as i128)),
                    Some(n) => n.as_f64(),
                    None => return Err(only_size1("int")),
                };
                construct(it, PyType::Int, Args::new(vec![Value::Float(f)]))
            }
            Some(v) => Ok(Value::Int(to_int(&v).map_err(|_| {
                PyErr::type_err(format!(
                    "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                    v.type_of().short_name()
                ))
            })?)),
        },
        PyType::Float => match first {
            None => Ok(Value::Float(0.0)),
            Some(Value::Str(s)) => Ok(Value::Float(parse_float(&s).ok_or_else(|| {
                PyErr::value(format!(
                    "could not convert string to float: {}",
                    crate::format::str_repr(&s)
                ))
            })?)),
            Some(v @ Value::Array(_)) => Ok(Value::Float(single_num(&v).ok_or_else(|| only_size1("float"))?.as_f64())),
            Some(Value::BigInt(b)) => Ok(Value::Float(crate::value::bigint::to_f64(&b)?)),
            Some(v) => Ok(Value::Float(to_f64(&v).map_err(|_| {
                PyErr::type_err(format!(
                    "float() argument must be a string or a real number, not '{}'",
                    v.type_of().short_name()
                ))
            })?)),
        },
        PyType::Complex => {
            let a = args.bind("complex", &["real", "imag"], 0)?;
            if let Some(Value::Str(text)) = given(&a[0]) {
                if given(&a[1]).is_some() {
                    return Err(PyErr::type_err(
                        "complex() can't take second arg if first is a string",
                    ));
                }
                let (r, i) = parse_complex(text)?;
                return Ok(Value::Complex(r, i));
            }
            let re = match given(&a[0]) {
                Some(v) => crate::value::convert::to_num(v).ok_or_else(|| {
                    PyErr::type_err(format!(
                        "complex() first argument must be a string or a number, not '{}'",
                        v.type_of().short_name()
                    ))
                })?,
                None => Num::Float(0.0),
            };
            let Some(im) = given(&a[1]) else {
                return Ok(Value::Complex(re.as_complex().0, re.as_complex().1));
            };
            let im = crate::value::convert::to_num(im).ok_or_else(|| {
                PyErr::type_err(format!(
                    "complex() second argument must be a number, not '{}'",
                    im.type_of().short_name()
                ))
            })?;
            // CPython's complex_new: a part is added only when an argument is complex,
            // so complex(0, -0.0) keeps its negative zero imaginary part.
            let (mut r, mut i) = (re.as_complex().0, im.as_complex().0);
            if let Num::Complex(_, ii) = im {
                r -= ii;
            }
            if let Num::Complex(_, ri) = re {
                i += ri;
            }
            Ok(Value::Complex(r, i))
        }
        PyType::Bool => Ok(Value::Bool(match first {
            None => false,
            Some(v) => truthy(&v)?,
        })),
        PyType::Str if args.pos.len() > 1 || !args.kw.is_empty() => decode_to_str(it, &args),
        PyType::Str => Ok(Value::str(&match first {
            Some(v) => {
                let _words = it.formatted(&[&v])?;
                try_str(&v)?
            }
            None => String::new(),
        })),
        PyType::List => Ok(Value::list(match first {
            None => vec![],
            Some(v) => iter_values(&v)?,
        })),
        PyType::Tuple => Ok(Value::tuple(match first {
            None => vec![],
            Some(v) => iter_values(&v)?,
        })),
        PyType::Dict => super::pytypes::dict_from_args(it, &args),
        PyType::Set | PyType::Named("frozenset") => {
            let name = if t == PyType::Set { "set" } else { "frozenset" };
            if !args.kw.is_empty() {
                return Err(PyErr::type_err(format!("{}() takes no keyword arguments", name)));
            }
            if args.pos.len() > 1 {
                return Err(PyErr::type_err(format!(
                    "{} expected at most 1 argument, got {}",
                    name,
                    args.pos.len()
                )));
            }
            let mut s = match first {
                None => crate::value::set::PySet::new(),
                Some(v) => super::pytypes::set_from_iterable(&v)?,
            };
            s.frozen = t != PyType::Set;
            Ok(Value::set(s))
        }
        PyType::Iterator(class) if super::pymodules::owns(class) => {
            super::pymodules::call(it, class, args)
        }
        PyType::Range => {
            super::builtin_arity::positional("range", args.pos.len(), 1, 3)?;
            let ints: Vec<i128> = args.pos.iter().map(to_int).collect::<PyResult<_>>()?;
            let (a, b, s) = match ints.as_slice() {
                [b] => (0, *b, 1),
                [a, b] => (*a, *b, 1),
                [a, b, s] => (*a, *b, *s),
                _ => return Err(PyErr::type_err("range expected at most 3 arguments")),
            };
            if s == 0 {
                return Err(PyErr::value("range() arg 3 must not be zero"));
            }
            Ok(Value::Range(a, b, s))
        }
        PyType::Slice => {
            let mut p = args.pos.clone();
            let parts = match p.len() {
                1 => [Value::None, p.remove(0), Value::None],
                2 => [p.remove(0), p.remove(0), Value::None],
                3 => [p.remove(0), p.remove(0), p.remove(0)],
                n => return Err(PyErr::type_err(format!("slice expected at most 3 arguments, got {}", n))),
            };
            Ok(Value::Slice(std::rc::Rc::new(parts)))
        }
        // `bytes(b)` of a bytes object is that object.
        PyType::Bytes => match first {
            Some(Value::Bytes(b)) if args.pos.len() == 1 && args.kw.is_empty() => Ok(Value::Bytes(b)),
            _ => Ok(Value::Bytes(std::rc::Rc::new(super::bytes_ctor::source_bytes(t, &args)?))),
        },
        PyType::ByteArray => Ok(Value::bytearray(super::bytes_ctor::source_bytes(t, &args)?)),
        PyType::Memoryview => match first {
            Some(Value::Array(a)) => Ok(Value::Memory(a)),
            Some(Value::Memory(a)) => Ok(Value::Memory(a)),
            _ => Err(PyErr::type_err("memoryview: a bytes-like object is required")),
        },
        // `np.dtypes.Float64DType()` is the dtype instance.
        PyType::DTypeClass(d) if args.pos.is_empty() && args.kw.is_empty() => Ok(Value::DType(d)),
        PyType::Scalar(d) => crate::numpy::creation::scalar_ctor(it, d, args),
        PyType::Memmap => crate::numpy::io::memmap::memmap(&args),
        PyType::NdArray => Err(PyErr::type_err("use np.array(), np.zeros() or np.empty() to create arrays")),
        other => Err(PyErr::type_err(format!("cannot create '{}' instances", other.qualname()))),
    }
}

fn single_num(v: &Value) -> Option<Num> {
    match v {
        Value::Array(a) if a.size() == 1 => Some(a.get(&vec![0; a.ndim()])),
        Value::Scalar(_, n) => Some(*n),
        _ => None,
    }
}

fn only_size1(_what: &str) -> PyErr {
    PyErr::type_err("only length-1 arrays can be converted to Python scalars")
}
