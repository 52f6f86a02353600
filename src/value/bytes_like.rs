//! Bytes-like values (`bytes` and `bytearray`) read as one byte slice, so the operators and
//! the bytes methods serve both types with one implementation.

use super::Value;
use crate::error::{PyErr, PyResult};
use std::cell::Ref;
use std::ops::Deref;

/// The bytes of a `bytes` or a (borrowed) `bytearray`.
pub enum BytesRef<'a> {
    Bytes(&'a [u8]),
    ByteArray(Ref<'a, Vec<u8>>),
}

impl Deref for BytesRef<'_> {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            BytesRef::Bytes(b) => b,
            BytesRef::ByteArray(b) => b,
        }
    }
}

/// The bytes of `v` if it is bytes-like.
pub fn bytes_like(v: &Value) -> Option<BytesRef<'_>> {
    match v {
        Value::Bytes(b) => Some(BytesRef::Bytes(b)),
        Value::ByteArray(b) => Some(BytesRef::ByteArray(b.borrow())),
        _ => None,
    }
}

/// A byte string of the same type as `like`: `bytearray` results for a `bytearray`
/// operand, `bytes` otherwise (`bytearray(b'a') + b'b'` is a bytearray, `b'a' +
/// bytearray(b'b')` is bytes).
pub fn same_kind(like: &Value, data: Vec<u8>) -> Value {
    match like {
        Value::ByteArray(_) => Value::bytearray(data),
        _ => Value::Bytes(std::rc::Rc::new(data)),
    }
}

/// `a + b` with `a` bytes-like: the bytes of both, of `a`'s type.
pub fn concat(a: &Value, b: &Value) -> PyResult<Value> {
    let (Some(x), Some(y)) = (bytes_like(a), bytes_like(b)) else {
        return Err(PyErr::type_err(format!(
            "can't concat {} to {}",
            b.type_of().short_name(),
            a.type_of().short_name()
        )));
    };
    let mut v = fallible_vec(x.len().saturating_add(y.len()))?;
    v.extend_from_slice(&x);
    v.extend_from_slice(&y);
    Ok(same_kind(a, v))
}

/// `seq * n` for a bytes-like `seq`: an empty result for `n <= 0`, MemoryError when the
/// result cannot be allocated (CPython's bytes say OverflowError past `isize::MAX`).
pub fn repeat(seq: &Value, n: i128) -> PyResult<Value> {
    let Some(x) = bytes_like(seq) else {
        return Err(PyErr::type_err("can only repeat bytes-like objects"));
    };
    // CPython takes the count as a C ssize_t first.
    let n = i64::try_from(n.max(0))
        .map_err(|_| PyErr::overflow("cannot fit 'int' into an index-sized integer"))?
        as usize;
    let total = x.len().checked_mul(n).filter(|&t| t <= isize::MAX as usize);
    let total = match (total, seq) {
        (Some(t), _) => t,
        (None, Value::ByteArray(_)) => return Err(PyErr::memory("")),
        (None, _) => return Err(PyErr::overflow("repeated bytes are too long")),
    };
    let mut v = fallible_vec(total)?;
    for _ in 0..n {
        if v.len() == total {
            break;
        }
        v.extend_from_slice(&x);
    }
    Ok(same_kind(seq, v))
}

/// A copy of `b`, or MemoryError.
pub fn fallible_copy(b: &[u8]) -> PyResult<Vec<u8>> {
    let mut v = fallible_vec(b.len())?;
    v.extend_from_slice(b);
    Ok(v)
}

/// An empty vector with room for `n` bytes, or MemoryError.
pub fn fallible_vec(n: usize) -> PyResult<Vec<u8>> {
    let mut v = Vec::new();
    v.try_reserve_exact(n).map_err(|_| PyErr::memory(""))?;
    Ok(v)
}
