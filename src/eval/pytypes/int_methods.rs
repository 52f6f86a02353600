//! The methods of Python ints, of any size: `bit_length`, `bit_count`, `conjugate`,
//! `as_integer_ratio`, `to_bytes` and the class method `int.from_bytes`, with CPython
//! 3.11's defaults (`length=1, byteorder='big'`) and errors.

use super::arity::{keywords, no_args};
use crate::error::{PyErr, PyResult};
use crate::value::args::Args;
use crate::value::bigint::{big_of, normalize};
use crate::value::convert::{iter_values, to_i64};
use crate::value::Value;
use num_bigint::{BigInt, Sign};
use num_traits::Signed;
use std::rc::Rc;

pub const METHODS: &[&str] = &[
    "as_integer_ratio",
    "bit_count",
    "bit_length",
    "conjugate",
    "from_bytes",
    "to_bytes",
];

/// Method `name` of the int `v` (a bool is an int here, as in Python).
pub fn call(v: &Value, name: &str, args: Args) -> PyResult<Value> {
    let Some(i) = big_of(v) else {
        return Err(PyErr::type_err("an int is required"));
    };
    match name {
        "to_bytes" => return to_bytes(&i, &args),
        "from_bytes" => return from_bytes(&args),
        _ => {}
    }
    no_args("int", name, &args)?;
    Ok(match name {
        "bit_length" => Value::Int(i.bits() as i128),
        "bit_count" => Value::Int(i.magnitude().count_ones() as i128),
        "conjugate" => normalize(i),
        _ => Value::tuple(vec![normalize(i), Value::Int(1)]),
    })
}

/// `byteorder` as `true` for big-endian.
fn big_endian(v: Option<&Value>) -> PyResult<bool> {
    match v {
        None => Ok(true),
        Some(Value::Str(s)) if &**s == "big" => Ok(true),
        Some(Value::Str(s)) if &**s == "little" => Ok(false),
        Some(Value::Str(_)) => Err(PyErr::value("byteorder must be either 'little' or 'big'")),
        Some(other) => Err(PyErr::type_err(format!(
            "to_bytes() argument 'byteorder' must be str, not {}",
            other.type_of().short_name()
        ))),
    }
}

fn signed(v: Option<&Value>) -> PyResult<bool> {
    v.map(crate::value::convert::truthy)
        .transpose()
        .map(|s| s.unwrap_or(false))
}

/// `i.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn to_bytes(i: &BigInt, args: &Args) -> PyResult<Value> {
    let a = keywords("to_bytes", args, &["length", "byteorder", "*signed"], 0)?;
    let length = match &a[0] {
        Some(v) => to_i64(v)?,
        None => 1,
    };
    if length < 0 {
        return Err(PyErr::value("length argument must be non-negative"));
    }
    let big = big_endian(a[1].as_ref())?;
    let signed = signed(a[2].as_ref())?;
    if !signed && i.is_negative() {
        return Err(PyErr::overflow("can't convert negative int to unsigned"));
    }
    // Two's complement, little-endian, as short as the value allows.
    let mut bytes = i.to_signed_bytes_le();
    let fill = if i.is_negative() { 0xff } else { 0 };
    if !signed && bytes.len() > 1 && bytes.last() == Some(&0) {
        bytes.pop();
    }
    if i.sign() == Sign::NoSign {
        bytes.clear();
    }
    let length = length as usize;
    if bytes.len() > length {
        return Err(PyErr::overflow("int too big to convert"));
    }
    bytes.resize(length, fill);
    if big {
        bytes.reverse();
    }
    Ok(Value::Bytes(Rc::new(bytes)))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
pub fn from_bytes(args: &Args) -> PyResult<Value> {
    let a = keywords("from_bytes", args, &["bytes", "byteorder", "*signed"], 1)?;
    let data: Vec<u8> = match a[0].as_ref().unwrap_or(&Value::None) {
        Value::Bytes(b) => b.to_vec(),
        v @ (Value::List(_) | Value::Tuple(_) | Value::Range(..) | Value::Iter(_)) => {
            iter_values(v)?
                .iter()
                .map(|x| {
                    let n = crate::value::convert::to_int(x)?;
                    u8::try_from(n).map_err(|_| PyErr::value("bytes must be in range(0, 256)"))
                })
                .collect::<PyResult<_>>()?
        }
        other => {
            return Err(PyErr::type_err(format!(
                "cannot convert '{}' object to bytes",
                other.type_of().short_name()
            )))
        }
    };
    let big = big_endian(a[1].as_ref())?;
    let signed = signed(a[2].as_ref())?;
    let v = match (big, signed) {
        (true, true) => BigInt::from_signed_bytes_be(&data),
        (false, true) => BigInt::from_signed_bytes_le(&data),
        (true, false) => BigInt::from_bytes_be(Sign::Plus, &data),
        (false, false) => BigInt::from_bytes_le(Sign::Plus, &data),
    };
    Ok(normalize(v))
}
