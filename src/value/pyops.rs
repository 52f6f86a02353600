//! Python's own arithmetic and comparisons on Python values (ints, floats, complex, strings,
//! lists, tuples). Anything involving an array or NumPy scalar goes to the ufunc layer.

use crate::error::{PyErr, PyResult};
use crate::value::ops::{BinOp, CmpOp, UnaryOp};
use crate::value::Value;

fn unsupported(op: &str, a: &Value, b: &Value) -> PyErr {
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

fn overflow() -> PyErr {
    PyErr::overflow("integer result too large for arrsh (128-bit Python ints)")
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
    let mut result: i128 = 1;
    let mut base = a;
    let mut e = b;
    while e > 0 {
        if e & 1 == 1 {
            result = result.checked_mul(base).ok_or_else(overflow)?;
        }
        e >>= 1;
        if e > 0 {
            base = base.checked_mul(base).ok_or_else(overflow)?;
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

/// `a op b` for Python values.
pub fn binary(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    use BinOp::*;
    if matches!(op, Or | And | Sub | Xor) && is_set_like(a) && is_set_like(b) {
        if let (Some(x), Some(y)) = (set_operand(a)?, set_operand(b)?) {
            use super::set;
            return Ok(Value::set(match op {
                Or => set::union(&x, &y),
                And => set::intersection(&x, &y),
                Sub => set::difference(&x, &y),
                _ => set::symmetric_difference(&x, &y),
            }));
        }
    }
    // Sequences.
    match (op, a, b) {
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
            Value::List(_) | Value::Tuple(_) | Value::Str(_),
            Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Float(_),
        ) => {
            return Err(PyErr::type_err(format!(
                "can't multiply sequence by non-int of type '{}'",
                b.type_of().short_name()
            )))
        }
        (Mul, Value::List(_) | Value::Tuple(_) | Value::Str(_), Value::Int(_) | Value::Bool(_))
        | (Mul, Value::Int(_) | Value::Bool(_), Value::List(_) | Value::Tuple(_) | Value::Str(_)) =>
        {
            let (seq, n) = if int_of(b).is_some() {
                (a, int_of(b).unwrap_or(0))
            } else {
                (b, int_of(a).unwrap_or(0))
            };
            let n = usize::try_from(n.max(0))
                .map_err(|_| PyErr::overflow("cannot fit 'int' into an index-sized integer"))?;
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
    // Integers (and bools).
    if let (Some(x), Some(y)) = (int_of(a), int_of(b)) {
        let both_bool = matches!((a, b), (Value::Bool(_), Value::Bool(_)));
        return Ok(match op {
            Add => Value::Int(x.checked_add(y).ok_or_else(overflow)?),
            Sub => Value::Int(x.checked_sub(y).ok_or_else(overflow)?),
            Mul => Value::Int(x.checked_mul(y).ok_or_else(overflow)?),
            Div => {
                if y == 0 {
                    return Err(PyErr::zero_div("division by zero"));
                }
                Value::Float(x as f64 / y as f64)
            }
            FloorDiv => {
                if y == 0 {
                    return Err(PyErr::zero_div("integer division or modulo by zero"));
                }
                Value::Int(python_floor_div(x, y))
            }
            Mod => {
                if y == 0 {
                    return Err(PyErr::zero_div("integer modulo by zero"));
                }
                Value::Int(python_mod(x, y))
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
                if y >= 127 || (x != 0 && x.leading_zeros() <= y as u32 + 1 && x > 0) {
                    if x == 0 {
                        Value::Int(0)
                    } else {
                        return Err(overflow());
                    }
                } else {
                    Value::Int(x.checked_shl(y as u32).ok_or_else(overflow)?)
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
        (UnaryOp::Neg, Value::Int(i)) => Value::Int(i.checked_neg().ok_or_else(overflow)?),
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

/// Python `==` between Python values (arrays are handled by the ufunc layer).
pub fn py_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::None, Value::None) | (Value::Ellipsis, Value::Ellipsis) => true,
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::Bytes(x), Value::Bytes(y)) => x == y,
        (Value::Tuple(x), Value::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| py_eq(p, q))
        }
        (Value::List(x), Value::List(y)) => {
            let (x, y) = (x.borrow(), y.borrow());
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| py_eq(p, q))
        }
        (Value::DType(x), Value::DType(y)) => x == y,
        (Value::Object(_), _) | (_, Value::Object(_))
            if crate::numpy::byteorder::dtype_eq(a, b).is_some() =>
        {
            crate::numpy::byteorder::dtype_eq(a, b).unwrap_or(false)
        }
        (Value::DType(d), other) | (other, Value::DType(d)) => super::convert::to_dtype(other)
            .map(|o| o == *d)
            .unwrap_or(false),
        (Value::Type(x), Value::Type(y)) => x == y,
        (Value::Module(x), Value::Module(y)) => x == y,
        (Value::Func(x), Value::Func(y)) => x == y,
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
            let (x, y) = (x.borrow(), y.borrow());
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).ok().flatten().is_some_and(|v2| py_eq(v, v2)))
        }
        (Value::DictView(_, super::DictViewKind::Keys | super::DictViewKind::Items), _)
        | (_, Value::DictView(_, super::DictViewKind::Keys | super::DictViewKind::Items)) => {
            match (set_operand(a), set_operand(b)) {
                (Ok(Some(x)), Ok(Some(y))) => super::set::set_eq(&x, &y),
                _ => false,
            }
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
    }
}

/// One Python comparison between Python values.
pub fn compare(op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
    use std::cmp::Ordering;
    match op {
        CmpOp::Eq => return Ok(py_eq(a, b)),
        CmpOp::Ne => return Ok(!py_eq(a, b)),
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
                Value::Set(x) => x.borrow().contains(a)?,
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
                    let mut it = it.borrow_mut();
                    let mut found = false;
                    while let Some(x) = it.next_item() {
                        if py_eq(&x, a) {
                            found = true;
                            break;
                        }
                    }
                    found
                }
                other => super::convert::iter_values(other)?
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
    let ord: Option<Ordering> = match (a, b) {
        (Value::Str(x), Value::Str(y)) => Some(x.cmp(y)),
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
