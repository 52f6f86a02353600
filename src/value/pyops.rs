//! Python's own arithmetic and comparisons on Python values (ints, floats, complex, strings,
//! lists, tuples). Anything involving an array or NumPy scalar goes to the ufunc layer.

use crate::error::{PyErr, PyResult};
use crate::value::bigint;
use crate::value::bytes_like::bytes_like;
use crate::value::ops::{BinOp, CmpOp, UnaryOp};
use crate::value::Value;
use num_bigint::BigInt;

fn unsupported(op: &str, a: &Value, b: &Value) -> PyErr {
    // CPython names `**` with the builtin that shares its slot.
    let op = if op == "**" { "** or pow()" } else { op };
    PyErr::type_err(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        op,
        a.type_of().short_name(),
        b.type_of().short_name()
    ))
}

fn int_of(v: &Value) -> Option<i128> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i128),
        _ => None,
    }
}

fn float_of(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        _ => int_of(v).map(|i| i as f64),
    }
}

fn complex_of(v: &Value) -> Option<(f64, f64)> {
    match v {
        Value::Complex(r, i) => Some((*r, *i)),
        _ => float_of(v).map(|f| (f, 0.0)),
    }
}

fn python_floor_div(a: i128, b: i128) -> i128 {
    let q = a / b;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

fn python_mod(a: i128, b: i128) -> i128 {
    let r = a % b;
    if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    }
}

/// Python's float `%` (result has the sign of the divisor).
pub fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 && ((m < 0.0) != (b < 0.0)) {
        m + b
    } else if m == 0.0 {
        0.0f64.copysign(b)
    } else {
        m
    }
}

/// Python's float `//`.
pub fn float_floordiv(a: f64, b: f64) -> f64 {
    let m = float_mod(a, b);
    let d = (a - m) / b;
    if d == 0.0 {
        0.0f64.copysign(a / b)
    } else {
        let f = d.floor();
        if d - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    }
}

fn int_pow(a: i128, b: i128) -> PyResult<Value> {
    if b < 0 {
        if a == 0 {
            return Err(PyErr::zero_div("0.0 cannot be raised to a negative power"));
        }
        return Ok(Value::Float((a as f64).powf(b as f64)));
    }
    let big = || bigint::pow(&BigInt::from(a), &BigInt::from(b));
    let mut result: i128 = 1;
    let mut base = a;
    let mut e = b;
    while e > 0 {
        if e & 1 == 1 {
            let Some(r) = result.checked_mul(base) else {
                return big();
            };
            result = r;
        }
        e >>= 1;
        if e > 0 {
            let Some(sq) = base.checked_mul(base) else {
                return big();
            };
            base = sq;
        }
    }
    Ok(Value::Int(result))
}

/// `items * n` for lists and tuples; MemoryError (not an abort) when it cannot be allocated.
fn repeat_items(items: &[Value], n: usize) -> PyResult<Vec<Value>> {
    let total = items
        .len()
        .checked_mul(n)
        .ok_or_else(|| PyErr::memory(""))?;
    let mut out = Vec::new();
    out.try_reserve_exact(total)
        .map_err(|_| PyErr::memory(""))?;
    for _ in 0..n {
        out.extend(items.iter().cloned());
    }
    Ok(out)
}

fn is_set_like(v: &Value) -> bool {
    matches!(v, Value::Set(_) | Value::DictView(..))
}

/// A set, or a dict's keys or items view, as the operand of `| & - ^` and of the subset
/// comparisons (views take part as the set of what they yield).
fn set_operand(v: &Value) -> PyResult<Option<super::set::PySet>> {
    Ok(match v {
        Value::Set(s) => Some(s.borrow().clone()),
        Value::DictView(_, super::DictViewKind::Keys | super::DictViewKind::Items) => Some(
            super::set::PySet::from_values(super::convert::iter_values(v)?)?,
        ),
        _ => None,
    })
}

/// `a op b` when both are small ints or both floats and the result needs no other rule
/// (no overflow out of i128, no division): what loops do most, answered before the
/// general dispatch. `None` sends the operands down the general path.
#[inline]
pub fn fast_binary(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    use BinOp::*;
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => match op {
            Add => x.checked_add(*y).map(Value::Int),
            Sub => x.checked_sub(*y).map(Value::Int),
            Mul => x.checked_mul(*y).map(Value::Int),
            And => Some(Value::Int(x & y)),
            Or => Some(Value::Int(x | y)),
            Xor => Some(Value::Int(x ^ y)),
            Mod if *y > 0 => Some(Value::Int(x.rem_euclid(*y))),
            FloorDiv if *y > 0 => Some(Value::Int(x.div_euclid(*y))),
            _ => None,
        },
        (Value::Float(x), Value::Float(y)) => match op {
            Add => Some(Value::Float(x + y)),
            Sub => Some(Value::Float(x - y)),
            Mul => Some(Value::Float(x * y)),
            Div if *y != 0.0 => Some(Value::Float(x / y)),
            _ => None,
        },
        _ => None,
    }
}

/// `a op b` for two ints or two floats compared by value (exact; a NaN is unequal and
/// unordered, as in Python); `None` for everything else.
#[inline]
pub fn fast_compare(op: CmpOp, a: &Value, b: &Value) -> Option<bool> {
    fn by<T: PartialOrd>(op: CmpOp, x: T, y: T) -> Option<bool> {
        Some(match op {
            CmpOp::Lt => x < y,
            CmpOp::Le => x <= y,
            CmpOp::Gt => x > y,
            CmpOp::Ge => x >= y,
            CmpOp::Eq => x == y,
            CmpOp::Ne => x != y,
            _ => return None,
        })
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => by(op, x, y),
        (Value::Float(x), Value::Float(y)) => by(op, x, y),
        _ => None,
    }
}

/// `a op b` for Python values.
pub fn binary(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    use BinOp::*;
    if matches!(op, Or | And | Sub | Xor) && is_set_like(a) && is_set_like(b) {
        if let (Some(x), Some(y)) = (set_operand(a)?, set_operand(b)?) {
            use super::set;
            let mut r = match op {
                Or => set::union(&x, &y),
                And => set::intersection(&x, &y),
                Sub => set::difference(&x, &y),
                _ => set::symmetric_difference(&x, &y),
            };
            // The result has the left operand's type (`frozenset | set` is a frozenset).
            r.frozen = x.frozen;
            return Ok(Value::set(r));
        }
    }
    // Sequences.
    match (op, a, b) {
        // `d1 | d2`: a copy of d1 updated from d2 (both must be dicts).
        (Or, Value::Dict(x), Value::Dict(y)) => {
            let mut d = x.borrow().clone();
            for (k, v) in y.borrow().iter() {
                d.insert(k.clone(), v.clone())?;
            }
            return Ok(Value::dict(d));
        }
        (Add, Value::Str(x), Value::Str(y)) => return Ok(Value::str(&format!("{}{}", x, y))),
        (Add, Value::List(x), Value::List(y)) => {
            let mut v = x.borrow().clone();
            v.extend(y.borrow().iter().cloned());
            return Ok(Value::list(v));
        }
        (Add, Value::Tuple(x), Value::Tuple(y)) => {
            let mut v = x.as_ref().clone();
            v.extend(y.iter().cloned());
            return Ok(Value::tuple(v));
        }
        (Add, Value::Bytes(_) | Value::ByteArray(_), _) => return super::bytes_like::concat(a, b),
        (Mul, Value::Bytes(_) | Value::ByteArray(_), Value::Int(_) | Value::Bool(_)) => {
            return super::bytes_like::repeat(a, int_of(b).unwrap_or(0))
        }
        (Mul, Value::Int(_) | Value::Bool(_), Value::Bytes(_) | Value::ByteArray(_)) => {
            return super::bytes_like::repeat(b, int_of(a).unwrap_or(0))
        }
        (Add, Value::Str(_) | Value::List(_) | Value::Tuple(_), _) => {
            return Err(PyErr::type_err(format!(
                "can only concatenate {} (not \"{}\") to {}",
                a.type_of().short_name(),
                b.type_of().short_name(),
                a.type_of().short_name()
            )))
        }
        (
            Mul,
            Value::List(_)
            | Value::Tuple(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::ByteArray(_),
            Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Float(_),
        ) => {
            return Err(PyErr::type_err(format!(
                "can't multiply sequence by non-int of type '{}'",
                b.type_of().short_name()
            )))
        }
        (
            Mul,
            Value::List(_)
            | Value::Tuple(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::ByteArray(_),
            Value::BigInt(_),
        )
        | (
            Mul,
            Value::BigInt(_),
            Value::List(_)
            | Value::Tuple(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::ByteArray(_),
        ) => {
            return Err(PyErr::overflow(
                "cannot fit 'int' into an index-sized integer",
            ))
        }
        (Mul, Value::List(_) | Value::Tuple(_) | Value::Str(_), Value::Int(_) | Value::Bool(_))
        | (Mul, Value::Int(_) | Value::Bool(_), Value::List(_) | Value::Tuple(_) | Value::Str(_)) =>
        {
            let (seq, n) = if int_of(b).is_some() {
                (a, int_of(b).unwrap_or(0))
            } else {
                (b, int_of(a).unwrap_or(0))
            };
            // CPython takes the count as a C ssize_t first.
            let n = usize::try_from(n.max(0))
                .ok()
                .filter(|&n| n <= isize::MAX as usize)
                .ok_or_else(|| PyErr::overflow("cannot fit 'int' into an index-sized integer"))?;
            return Ok(match seq {
                Value::Str(s) => {
                    let total = s
                        .len()
                        .checked_mul(n)
                        .filter(|&t| t <= isize::MAX as usize)
                        .ok_or_else(|| PyErr::overflow("repeated string is too long"))?;
                    let mut out = String::new();
                    out.try_reserve_exact(total)
                        .map_err(|_| PyErr::memory(""))?;
                    for _ in 0..n {
                        out.push_str(s);
                    }
                    Value::str(&out)
                }
                Value::List(l) => Value::list(repeat_items(&l.borrow(), n)?),
                Value::Tuple(t) => Value::tuple(repeat_items(t, n)?),
                _ => return Err(unsupported(op.symbol(), a, b)),
            });
        }
        _ => {}
    }
    // Integers (and bools): i128 first, the big-int path when a result leaves it.
    if let (Some(x), Some(y)) = (int_of(a), int_of(b)) {
        let both_bool = matches!((a, b), (Value::Bool(_), Value::Bool(_)));
        let big = || bigint::binary(op, &BigInt::from(x), &BigInt::from(y));
        return Ok(match op {
            Add => x.checked_add(y).map(Value::Int).map_or_else(big, Ok)?,
            Sub => x.checked_sub(y).map(Value::Int).map_or_else(big, Ok)?,
            Mul => x.checked_mul(y).map(Value::Int).map_or_else(big, Ok)?,
            Div => {
                if y == 0 {
                    return Err(PyErr::zero_div("division by zero"));
                }
                // Exact operands give a correctly rounded quotient; larger ones take the
                // exact big-int division.
                if float_exact(x) && float_exact(y) {
                    Value::Float(x as f64 / y as f64)
                } else {
                    return big();
                }
            }
            FloorDiv => {
                if y == 0 {
                    return Err(PyErr::zero_div("integer division or modulo by zero"));
                }
                if x == i128::MIN && y == -1 {
                    return big();
                }
                Value::Int(python_floor_div(x, y))
            }
            Mod => {
                if y == 0 {
                    return Err(PyErr::zero_div("integer modulo by zero"));
                }
                if y == -1 {
                    Value::Int(0)
                } else {
                    Value::Int(python_mod(x, y))
                }
            }
            Pow => return int_pow(x, y),
            And if both_bool => Value::Bool(x & y != 0),
            Or if both_bool => Value::Bool(x | y != 0),
            Xor if both_bool => Value::Bool(x ^ y != 0),
            And => Value::Int(x & y),
            Or => Value::Int(x | y),
            Xor => Value::Int(x ^ y),
            LShift => {
                if y < 0 {
                    return Err(PyErr::value("negative shift count"));
                }
                // Fits when the shifted value keeps its sign bit clear of overflow.
                let room = if x >= 0 {
                    x.leading_zeros()
                } else {
                    (!x).leading_zeros()
                };
                if x == 0 {
                    Value::Int(0)
                } else if y < room as i128 - 1 {
                    Value::Int(x << y)
                } else {
                    return big();
                }
            }
            RShift => {
                if y < 0 {
                    return Err(PyErr::value("negative shift count"));
                }
                Value::Int(x >> y.min(127))
            }
            MatMul => return Err(unsupported("@", a, b)),
        });
    }
    if let (Some(x), Some(y)) = (bigint::big_of(a), bigint::big_of(b)) {
        if op == MatMul {
            return Err(unsupported("@", a, b));
        }
        return bigint::binary(op, &x, &y);
    }
    // A big int meets a float or complex: as a float, or Python's OverflowError.
    if let Value::BigInt(big) = a {
        return binary(op, &Value::Float(bigint::to_f64(big)?), b);
    }
    if let Value::BigInt(big) = b {
        return binary(op, a, &Value::Float(bigint::to_f64(big)?));
    }
    // Floats.
    if let (Some(x), Some(y)) = (float_of(a), float_of(b)) {
        return Ok(Value::Float(match op {
            Add => x + y,
            Sub => x - y,
            Mul => x * y,
            Div => {
                if y == 0.0 {
                    return Err(PyErr::zero_div("float division by zero"));
                }
                x / y
            }
            FloorDiv => {
                if y == 0.0 {
                    return Err(PyErr::zero_div("float floor division by zero"));
                }
                float_floordiv(x, y)
            }
            Mod => {
                if y == 0.0 {
                    return Err(PyErr::zero_div("float modulo by zero"));
                }
                float_mod(x, y)
            }
            Pow => {
                if x == 0.0 && y < 0.0 {
                    return Err(PyErr::zero_div("0.0 cannot be raised to a negative power"));
                }
                if x < 0.0 && y.fract() != 0.0 {
                    let (r, i) = complex_pow((x, 0.0), (y, 0.0));
                    return Ok(Value::Complex(r, i));
                }
                let r = x.powf(y);
                if r.is_infinite() && x.is_finite() && y.is_finite() {
                    return Err(PyErr::overflow("(34, 'Numerical result out of range')"));
                }
                r
            }
            _ => return Err(unsupported(op.symbol(), a, b)),
        }));
    }
    // Complex.
    if let (Some(x), Some(y)) = (complex_of(a), complex_of(b)) {
        let (r, i) = match op {
            Add => (x.0 + y.0, x.1 + y.1),
            Sub => (x.0 - y.0, x.1 - y.1),
            Mul => (x.0 * y.0 - x.1 * y.1, x.0 * y.1 + x.1 * y.0),
            Div => {
                if y.0 == 0.0 && y.1 == 0.0 {
                    return Err(PyErr::zero_div("complex division by zero"));
                }
                complex_div(x, y)
            }
            Pow => complex_pow(x, y),
            _ => return Err(unsupported(op.symbol(), a, b)),
        };
        return Ok(Value::Complex(r, i));
    }
    Err(unsupported(op.symbol(), a, b))
}

pub fn complex_div(x: (f64, f64), y: (f64, f64)) -> (f64, f64) {
    let num = num_complex::Complex::new(x.0, x.1) / num_complex::Complex::new(y.0, y.1);
    (num.re, num.im)
}

pub fn complex_pow(x: (f64, f64), y: (f64, f64)) -> (f64, f64) {
    if y == (0.0, 0.0) {
        return (1.0, 0.0);
    }
    if x == (0.0, 0.0) {
        return (0.0, 0.0);
    }
    let r = num_complex::Complex::new(x.0, x.1).powc(num_complex::Complex::new(y.0, y.1));
    (r.re, r.im)
}

/// Unary `-x`, `+x`, `~x` on Python values.
pub fn unary(op: UnaryOp, v: &Value) -> PyResult<Value> {
    let name = v.type_of().short_name();
    Ok(match (op, v) {
        (UnaryOp::Neg, Value::Int(i)) => match i.checked_neg() {
            Some(n) => Value::Int(n),
            None => bigint::normalize(-BigInt::from(*i)),
        },
        (UnaryOp::Neg, Value::BigInt(b)) => bigint::normalize(-b.as_ref().clone()),
        (UnaryOp::Pos, Value::BigInt(_)) => v.clone(),
        (UnaryOp::Invert, Value::BigInt(b)) => bigint::normalize(!b.as_ref().clone()),
        (UnaryOp::Neg, Value::Bool(b)) => Value::Int(-(*b as i128)),
        (UnaryOp::Neg, Value::Float(f)) => Value::Float(-f),
        (UnaryOp::Neg, Value::Complex(r, i)) => Value::Complex(-r, -i),
        (UnaryOp::Pos, Value::Int(i)) => Value::Int(*i),
        (UnaryOp::Pos, Value::Bool(b)) => Value::Int(*b as i128),
        (UnaryOp::Pos, Value::Float(_) | Value::Complex(..)) => v.clone(),
        (UnaryOp::Invert, Value::Int(i)) => Value::Int(!i),
        (UnaryOp::Invert, Value::Bool(b)) => Value::Int(!(*b as i128)),
        (op, _) => {
            let sym = match op {
                UnaryOp::Neg => "unary -",
                UnaryOp::Pos => "unary +",
                UnaryOp::Invert => "unary ~",
            };
            return Err(PyErr::type_err(format!(
                "bad operand type for {}: '{}'",
                sym, name
            )));
        }
    })
}

/// How deep `==` follows nested containers before Python's RecursionError (CPython's
/// default recursion limit).
const EQ_DEPTH: usize = 1000;

/// Python `==` between Python values (arrays are handled by the ufunc layer); containers
/// nested past Python's recursion limit compare unequal here, and raise in [`compare`].
pub fn py_eq(a: &Value, b: &Value) -> bool {
    eq_within(a, b, 0).unwrap_or(false)
}

/// Items of two sequences equal pairwise, each pair tested for identity first as CPython's
/// `PyObject_RichCompareBool` does (so a list that contains itself equals itself).
fn items_eq(x: &[Value], y: &[Value], depth: usize) -> PyResult<bool> {
    if x.len() != y.len() {
        return Ok(false);
    }
    for (p, q) in x.iter().zip(y.iter()) {
        if !(same_container(p, q) || eq_within(p, q, depth + 1)?) {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `sub in hay` for a bytes-like `hay`: a subsequence test for bytes-like `sub`, a byte
/// test for an int.
fn bytes_contain(hay: &Value, sub: &Value) -> PyResult<bool> {
    let hay = bytes_like(hay).ok_or_else(|| PyErr::type_err("not bytes-like"))?;
    if let Some(sub) = bytes_like(sub) {
        return Ok(sub.is_empty() || hay.windows(sub.len()).any(|w| w == &*sub));
    }
    match int_of(sub) {
        Some(x) if (0..256).contains(&x) => Ok(hay.contains(&(x as u8))),
        Some(_) => Err(PyErr::value("byte must be in range(0, 256)")),
        None => Err(PyErr::type_err(format!(
            "a bytes-like object is required, not '{}'",
            sub.type_of().short_name()
        ))),
    }
}

fn same_container(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::List(x), Value::List(y)) => std::rc::Rc::ptr_eq(x, y),
        (Value::Tuple(x), Value::Tuple(y)) => std::rc::Rc::ptr_eq(x, y),
        _ => false,
    }
}

/// `a == b` as a host object on either side defines it (see `host::Host::eq_value`).
fn host_eq(a: &Value, b: &Value) -> Option<bool> {
    let own = |x: &Value, y: &Value| match x {
        Value::Object(o) => o.borrow().eq_value(y),
        _ => None,
    };
    own(a, b).or_else(|| own(b, a))
}

fn eq_within(a: &Value, b: &Value, depth: usize) -> PyResult<bool> {
    if depth > EQ_DEPTH {
        return Err(PyErr::new(
            "RecursionError",
            "maximum recursion depth exceeded in comparison",
        ));
    }
    Ok(match (a, b) {
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::None, Value::None) | (Value::Ellipsis, Value::Ellipsis) => true,
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::Bytes(_) | Value::ByteArray(_), Value::Bytes(_) | Value::ByteArray(_)) => {
            bytes_like(a).as_deref() == bytes_like(b).as_deref()
        }
        (Value::Tuple(x), Value::Tuple(y)) => std::rc::Rc::ptr_eq(x, y) || items_eq(x, y, depth)?,
        (Value::List(x), Value::List(y)) => {
            std::rc::Rc::ptr_eq(x, y) || items_eq(&x.borrow(), &y.borrow(), depth)?
        }
        (Value::Slice(x), Value::Slice(y)) => {
            std::rc::Rc::ptr_eq(x, y) || items_eq(&x[..], &y[..], depth)?
        }
        (Value::DType(x), Value::DType(y)) => x == y,
        (Value::Object(_), _) | (_, Value::Object(_)) if host_eq(a, b).is_some() => {
            host_eq(a, b).unwrap_or(false)
        }
        (Value::DType(d), other) | (other, Value::DType(d)) => super::convert::to_dtype(other)
            .map(|o| o == *d)
            .unwrap_or(false),
        (Value::Type(x), Value::Type(y)) => x == y,
        (Value::Module(x), Value::Module(y)) => x == y,
        (Value::Func(_), Value::Func(_)) => a.is(b),
        (Value::Range(a1, b1, c1), Value::Range(a2, b2, c2)) => {
            let (n1, n2) = (
                super::convert::range_len(*a1, *b1, *c1),
                super::convert::range_len(*a2, *b2, *c2),
            );
            // Ranges are equal when they yield the same numbers.
            n1 == n2 && (n1 == 0 || (a1 == a2 && (n1 == 1 || c1 == c2)))
        }
        (Value::Set(x), Value::Set(y)) => super::set::set_eq(&x.borrow(), &y.borrow()),
        (Value::Dict(x), Value::Dict(y)) => {
            use super::dict::DictKind;
            let (x, y) = (x.borrow(), y.borrow());
            match (&x.kind, &y.kind) {
                // Two OrderedDicts are equal only in the same order.
                (DictKind::OrderedDict, DictKind::OrderedDict) => {
                    x.len() == y.len()
                        && x.iter()
                            .zip(y.iter())
                            .all(|(a, b)| py_eq(&a.0, &b.0) && py_eq(&a.1, &b.1))
                }
                // Two Counters: a missing element counts 0 (3.10's `Counter.__eq__`).
                (DictKind::Counter, DictKind::Counter) => {
                    let zero = Value::Int(0);
                    let within = |p: &super::dict::PyDict, q: &super::dict::PyDict| {
                        p.iter()
                            .all(|(k, v)| py_eq(v, q.get(k).ok().flatten().unwrap_or(&zero)))
                    };
                    within(&x, &y) && within(&y, &x)
                }
                _ => {
                    x.len() == y.len()
                        && x.iter()
                            .all(|(k, v)| y.get(k).ok().flatten().is_some_and(|v2| py_eq(v, v2)))
                }
            }
        }
        (Value::DictView(_, super::DictViewKind::Keys | super::DictViewKind::Items), _)
        | (_, Value::DictView(_, super::DictViewKind::Keys | super::DictViewKind::Items)) => {
            match (set_operand(a), set_operand(b)) {
                (Ok(Some(x)), Ok(Some(y))) => super::set::set_eq(&x, &y),
                _ => false,
            }
        }
        (Value::BigInt(_), _) | (_, Value::BigInt(_)) => exact_eq(a, b),
        (Value::Int(i), Value::Float(_) | Value::Complex(..))
        | (Value::Float(_) | Value::Complex(..), Value::Int(i))
            if !float_exact(*i) =>
        {
            exact_eq(a, b)
        }
        _ => match (super::convert::to_num(a), super::convert::to_num(b)) {
            (Some(x), Some(y)) => {
                let (xr, xi) = x.as_complex();
                let (yr, yi) = y.as_complex();
                match (x, y) {
                    (crate::array::element::Num::Int(p), crate::array::element::Num::Int(q)) => {
                        p == q
                    }
                    _ => xr == yr && xi == yi,
                }
            }
            _ => a.is(b),
        },
    })
}

/// One Python comparison between Python values.
pub fn compare(op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
    use std::cmp::Ordering;
    match op {
        CmpOp::Eq => return eq_within(a, b, 0),
        CmpOp::Ne => return eq_within(a, b, 0).map(|e| !e),
        CmpOp::Is => return Ok(a.is(b)),
        CmpOp::IsNot => return Ok(!a.is(b)),
        CmpOp::In | CmpOp::NotIn => {
            let found = match b {
                Value::Str(s) => match a {
                    Value::Str(sub) => s.contains(sub.as_ref()),
                    _ => {
                        return Err(PyErr::type_err(format!(
                            "'in <string>' requires string as left operand, not {}",
                            a.type_of().short_name()
                        )))
                    }
                },
                Value::Dict(d) | Value::DictView(d, super::DictViewKind::Keys) => {
                    d.borrow().contains(a)?
                }
                Value::Bytes(_) | Value::ByteArray(_) => bytes_contain(b, a)?,
                Value::Set(x) => x.borrow().contains(a)?,
                // Searched in place, up to the first match.
                Value::List(l) => l.borrow().iter().any(|x| py_eq(x, a)),
                Value::Tuple(t) => t.iter().any(|x| py_eq(x, a)),
                // `x in range(...)` for an int is arithmetic, as in CPython.
                Value::Range(start, stop, step) if int_of(a).is_some() => {
                    let x = int_of(a).unwrap_or(0);
                    let inside = if *step > 0 {
                        *start <= x && x < *stop
                    } else {
                        *stop < x && x <= *start
                    };
                    inside && (x - start) % step == 0
                }
                // `x in it` consumes the iterator up to the first match.
                Value::Iter(it) => {
                    let mut cx = super::lazy::NoContext::new();
                    let mut found = false;
                    while let Some(x) = super::lazy::next(it, &mut cx)? {
                        if py_eq(&x, a) {
                            found = true;
                            break;
                        }
                    }
                    found
                }
                // CPython's `in` names the container, not the iteration.
                other => super::convert::iter_values_or(other, || {
                    PyErr::type_err(format!(
                        "argument of type '{}' is not iterable",
                        other.type_of().tp_name()
                    ))
                })?
                .iter()
                .any(|x| py_eq(x, a)),
            };
            return Ok(if op == CmpOp::In { found } else { !found });
        }
        _ => {}
    }
    if is_set_like(a) && is_set_like(b) {
        if let (Some(x), Some(y)) = (set_operand(a)?, set_operand(b)?) {
            use super::set::is_subset;
            return Ok(match op {
                CmpOp::Le => is_subset(&x, &y),
                CmpOp::Lt => x.len() < y.len() && is_subset(&x, &y),
                CmpOp::Ge => is_subset(&y, &x),
                _ => y.len() < x.len() && is_subset(&y, &x),
            });
        }
    }
    // Slices order as the tuples (start, stop, step).
    if let (Value::Slice(x), Value::Slice(y)) = (a, b) {
        return compare(op, &Value::tuple(x.to_vec()), &Value::tuple(y.to_vec()));
    }
    let ord: Option<Ordering> = match (a, b) {
        (Value::Str(x), Value::Str(y)) => Some(x.cmp(y)),
        (Value::Bytes(_) | Value::ByteArray(_), Value::Bytes(_) | Value::ByteArray(_)) => {
            bytes_like(a)
                .as_deref()
                .partial_cmp(&bytes_like(b).as_deref())
        }
        (Value::Tuple(_), Value::Tuple(_)) | (Value::List(_), Value::List(_)) => {
            let (x, y) = (
                super::convert::iter_values(a)?,
                super::convert::iter_values(b)?,
            );
            let mut res = Some(x.len().cmp(&y.len()));
            for (p, q) in x.iter().zip(y.iter()) {
                if !py_eq(p, q) {
                    res = if compare(CmpOp::Lt, p, q)? {
                        Some(Ordering::Less)
                    } else {
                        Some(Ordering::Greater)
                    };
                    break;
                }
            }
            res
        }
        (Value::BigInt(_), Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_))
        | (Value::Int(_) | Value::Bool(_) | Value::Float(_), Value::BigInt(_)) => big_cmp(a, b),
        (Value::Int(i), Value::Float(_)) | (Value::Float(_), Value::Int(i)) if !float_exact(*i) => {
            big_cmp(a, b)
        }
        _ => match (int_of(a), int_of(b)) {
            (Some(x), Some(y)) => Some(x.cmp(&y)),
            _ => match (float_of(a), float_of(b)) {
                (Some(x), Some(y)) => x.partial_cmp(&y),
                _ => {
                    let sym = match op {
                        CmpOp::Lt => "<",
                        CmpOp::Le => "<=",
                        CmpOp::Gt => ">",
                        _ => ">=",
                    };
                    return Err(PyErr::type_err(format!(
                        "'{}' not supported between instances of '{}' and '{}'",
                        sym,
                        a.type_of().short_name(),
                        b.type_of().short_name()
                    )));
                }
            },
        },
    };
    Ok(match (op, ord) {
        (_, None) => false,
        (CmpOp::Lt, Some(o)) => o == Ordering::Less,
        (CmpOp::Le, Some(o)) => o != Ordering::Greater,
        (CmpOp::Gt, Some(o)) => o == Ordering::Greater,
        (_, Some(o)) => o != Ordering::Less,
    })
}

/// `==` of an int with a number, compared exactly (no rounding of the int to a float).
fn exact_eq(a: &Value, b: &Value) -> bool {
    let imag_zero =
        !matches!((a, b), (Value::Complex(_, i), _) | (_, Value::Complex(_, i)) if *i != 0.0);
    imag_zero && big_cmp(a, b) == Some(std::cmp::Ordering::Equal)
}

/// Whether an int converts to a float exactly (|i| ≤ 2^53), so comparing through f64 is exact.
fn float_exact(i: i128) -> bool {
    i.unsigned_abs() <= 1 << 53
}

/// Exact order of two Python numbers when one is a big int (Python compares ints and
/// floats exactly, never by rounding the int); None for nan or a non-number.
fn big_cmp(a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
    let real = |v: &Value| match v {
        Value::Complex(r, _) => Some(Value::Float(*r)),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) => Some(v.clone()),
        _ => None,
    };
    let (a, b) = (real(a)?, real(b)?);
    match (bigint::big_of(&a), bigint::big_of(&b)) {
        (Some(x), Some(y)) => Some(x.cmp(&y)),
        (Some(x), None) => int_float_cmp(&x, float_of(&b)?),
        (None, Some(y)) => int_float_cmp(&y, float_of(&a)?).map(|o| o.reverse()),
        (None, None) => None,
    }
}

/// Exact order of an int and a float.
fn int_float_cmp(i: &BigInt, f: f64) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fl = f.floor();
    let fb = num_traits::FromPrimitive::from_f64(fl).map(|b: BigInt| b)?;
    Some(match i.cmp(&fb) {
        Ordering::Equal if f > fl => Ordering::Less,
        o => o,
    })
}

/// A `Counter`'s pairs by descending count, equal counts in insertion order (what
/// `most_common()` and the repr list), or None when the counts do not compare with `<`.
/// A merge sort of its own: `<` through `compare` may be no total order (nan counts),
/// which `slice::sort_by` is allowed to panic on.
pub fn by_count(d: &super::dict::PyDict) -> Option<Vec<&(Value, Value)>> {
    let mut order: Vec<&(Value, Value)> = d.iter().collect();
    let n = order.len();
    let mut merged = Vec::with_capacity(n);
    let mut width = 1;
    while width < n {
        merged.clear();
        for start in (0..n).step_by(2 * width) {
            let (mid, end) = ((start + width).min(n), (start + 2 * width).min(n));
            let (mut i, mut j) = (start, mid);
            while i < mid && j < end {
                // The right one goes first only when its count is larger (stable).
                if compare(CmpOp::Lt, &order[i].1, &order[j].1).ok()? {
                    merged.push(order[j]);
                    j += 1;
                } else {
                    merged.push(order[i]);
                    i += 1;
                }
            }
            merged.extend_from_slice(&order[i..mid]);
            merged.extend_from_slice(&order[j..end]);
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    Some(order)
}
