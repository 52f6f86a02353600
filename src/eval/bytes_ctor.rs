//! `bytes(...)` and `bytearray(...)`: one reading of the source for both types, with
//! CPython's errors, which differ between them only in the type named and in the range
//! message (`bytes must be in range(0, 256)` against `byte must be ...`).

use super::pytypes::arity::{bad_type, keywords};
use crate::error::{PyErr, PyResult};
use crate::value::args::Args;
use crate::value::bytes_like::{bytes_like, fallible_copy, fallible_vec};
use crate::value::convert::{iter_values_or, to_int};
use crate::value::{PyType, Value};

/// The bytes of `bytes(source, encoding, errors)` or `bytearray(...)` (`ty` says which).
pub fn source_bytes(ty: PyType, args: &Args) -> PyResult<Vec<u8>> {
    let name = ty.qualname();
    let a = keywords(&name, args, &["source", "encoding", "errors"], 0)?;
    for (i, what) in [(1, "encoding"), (2, "errors")] {
        if let Some(v) = a[i].as_ref().filter(|v| !matches!(v, Value::Str(_))) {
            return Err(PyErr::type_err(format!(
                "{}() argument '{}' must be str, not {}",
                name,
                what,
                bad_type(v)
            )));
        }
    }
    let Some(src) = &a[0] else {
        return match (&a[1], &a[2]) {
            (Some(_), _) => Err(PyErr::type_err("encoding without a string argument")),
            (None, Some(_)) => Err(PyErr::type_err("errors without a string argument")),
            (None, None) => Ok(Vec::new()),
        };
    };
    if let Value::Str(s) = src {
        if a[1].is_none() {
            return Err(PyErr::type_err("string argument without an encoding"));
        }
        let kw = [(1, "encoding"), (2, "errors")]
            .iter()
            .filter_map(|&(i, k)| a[i].clone().map(|v| (k.to_string(), v)))
            .collect();
        return match super::pytypes::str_encode(s, &Args { pos: vec![], kw })? {
            Value::Bytes(b) => Ok(b.to_vec()),
            _ => Ok(Vec::new()),
        };
    }
    match (&a[1], &a[2]) {
        (Some(_), _) => return Err(PyErr::type_err("encoding without a string argument")),
        (None, Some(_)) => return Err(PyErr::type_err("errors without a string argument")),
        (None, None) => {}
    }
    if let Some(b) = bytes_like(src) {
        return fallible_copy(&b);
    }
    match src {
        Value::Array(x) | Value::Memory(x) => return crate::array::kernels::to_bytes(x),
        Value::BigInt(_) => {
            return Err(PyErr::overflow(
                "cannot fit 'int' into an index-sized integer",
            ))
        }
        Value::Int(_) | Value::Bool(_) => {
            let n = to_int(src)?;
            if n < 0 {
                return Err(PyErr::value("negative count"));
            }
            let n = usize::try_from(n)
                .ok()
                .filter(|&n| n <= isize::MAX as usize)
                .ok_or_else(|| PyErr::overflow("cannot fit 'int' into an index-sized integer"))?;
            let mut out = fallible_vec(n)?;
            out.resize(n, 0);
            return Ok(out);
        }
        _ => {}
    }
    let items = iter_values_or(src, || {
        PyErr::type_err(format!(
            "cannot convert '{}' object to {}",
            src.type_of().short_name(),
            name
        ))
    })?;
    let range = if ty == PyType::Bytes {
        "bytes must be in range(0, 256)"
    } else {
        "byte must be in range(0, 256)"
    };
    let mut out = fallible_vec(items.len())?;
    for x in &items {
        out.push(byte_value(x, range)?);
    }
    Ok(out)
}

/// One byte of a bytearray or bytes item: an int (or `__index__` object) in 0..256, with
/// `range_msg` outside it.
pub fn byte_value(x: &Value, range_msg: &str) -> PyResult<u8> {
    let i = match x {
        Value::BigInt(_) => return Err(PyErr::value(range_msg)),
        _ => to_int(x).map_err(|_| {
            PyErr::type_err(format!(
                "'{}' object cannot be interpreted as an integer",
                x.type_of().short_name()
            ))
        })?,
    };
    u8::try_from(i).map_err(|_| PyErr::value(range_msg))
}

/// A bytearray item: [`byte_value`] with bytearray's range message.
pub fn byte(x: &Value) -> PyResult<u8> {
    byte_value(x, "byte must be in range(0, 256)")
}
