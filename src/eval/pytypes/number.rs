//! Methods and data attributes of Python's `int` (and `bool`), `float` and `complex`.

use super::arity::no_args;
use crate::error::{PyErr, PyResult};
use crate::value::args::Args;
use crate::value::Value;

pub const FLOAT_METHODS: &[&str] = &[
    "as_integer_ratio",
    "conjugate",
    "fromhex",
    "hex",
    "is_integer",
];
pub const COMPLEX_METHODS: &[&str] = &["conjugate"];

/// `x.real`, `x.imag`, `i.numerator`, `i.denominator`.
pub fn attr(v: &Value, name: &str) -> Option<Value> {
    match (v, name) {
        (Value::Int(_) | Value::Bool(_), "real" | "numerator") => {
            crate::value::convert::to_int(v).ok().map(Value::Int)
        }
        (Value::Int(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
        (Value::Int(_) | Value::Bool(_), "denominator") => Some(Value::Int(1)),
        (Value::Float(f), "real") => Some(Value::Float(*f)),
        (Value::Float(_), "imag") => Some(Value::Float(0.0)),
        (Value::Complex(r, _), "real") => Some(Value::Float(*r)),
        (Value::Complex(_, i), "imag") => Some(Value::Float(*i)),
        _ => None,
    }
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>`, `0x0.0p+0` for zero.
fn float_hex(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{}0x0.0p+0", sign);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    format!("{}0x{}.{:013x}p{:+}", sign, lead, mant, e)
}

pub fn call(v: &Value, name: &str, args: Args) -> PyResult<Value> {
    let type_name = v.type_of().short_name();
    // A class method, called through an instance as CPython allows.
    if let (Value::Float(_), "fromhex") = (v, name) {
        return super::float_hex::fromhex(&args);
    }
    if let Value::Int(_) | Value::Bool(_) | Value::BigInt(_) = v {
        return super::int_methods::call(v, name, args);
    }
    no_args(&type_name, name, &args)?;
    match (v, name) {
        (Value::Float(f), "is_integer") => Ok(Value::Bool(f.is_finite() && f.fract() == 0.0)),
        (Value::Float(f), "conjugate") => Ok(Value::Float(*f)),
        (Value::Float(f), "hex") => Ok(Value::str(&float_hex(*f))),
        (Value::Float(f), "as_integer_ratio") => super::float_hex::ratio(*f),
        (Value::Complex(r, i), "conjugate") => Ok(Value::Complex(*r, -i)),
        _ => Err(PyErr::attribute(format!(
            "'{}' object has no attribute '{}'",
            type_name, name
        ))),
    }
}
