//! `bytearray` methods: the mutating ones (`append extend insert pop remove clear copy
//! reverse`) here; every other is the bytes method run on the bytearray's bytes, its
//! bytes results made bytearrays, as CPython's bytearray methods return.

use super::arity::{no_args, positional};
use super::bytes;
use super::list::{insert_position, pop_position};
use crate::error::{PyErr, PyResult};
use crate::eval::bytes_ctor::byte;
use crate::value::args::Args;
use crate::value::bytes_like::{bytes_like, fallible_copy};
use crate::value::convert::{iter_values_or, to_i64};
use crate::value::Value;
use std::cell::RefCell;

pub const METHODS: &[&str] = &[
    "append",
    "capitalize",
    "center",
    "clear",
    "copy",
    "count",
    "decode",
    "endswith",
    "expandtabs",
    "extend",
    "find",
    "fromhex",
    "hex",
    "index",
    "insert",
    "isalnum",
    "isalpha",
    "isdigit",
    "islower",
    "isspace",
    "istitle",
    "isupper",
    "join",
    "ljust",
    "lower",
    "lstrip",
    "partition",
    "pop",
    "remove",
    "removeprefix",
    "removesuffix",
    "replace",
    "reverse",
    "rfind",
    "rindex",
    "rjust",
    "rpartition",
    "rsplit",
    "rstrip",
    "split",
    "splitlines",
    "startswith",
    "strip",
    "swapcase",
    "title",
    "upper",
    "zfill",
];

/// A bytes method's result as the bytearray method's: bytes become bytearrays, inside
/// lists and tuples too (`split`, `partition`).
pub fn retyped(v: Value) -> Value {
    match v {
        Value::Bytes(b) => Value::bytearray(b.to_vec()),
        Value::List(l) => {
            let items = l.borrow().iter().cloned().map(retyped).collect();
            Value::list(items)
        }
        Value::Tuple(t) => Value::tuple(t.iter().cloned().map(retyped).collect()),
        other => other,
    }
}

/// The bytes `bytearray.extend(x)` appends: a bytes-like object's, or an iterable's ints.
fn extension(x: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(x) {
        return fallible_copy(&b);
    }
    let items = iter_values_or(x, || {
        PyErr::type_err(format!(
            "can't extend bytearray with {}",
            x.type_of().short_name()
        ))
    })?;
    items.iter().map(byte).collect()
}

/// Grow `v` by `extra` bytes' room, MemoryError when that cannot be had.
fn reserve(v: &mut Vec<u8>, extra: usize) -> PyResult<()> {
    v.try_reserve(extra).map_err(|_| PyErr::memory(""))
}

pub fn call(b: &RefCell<Vec<u8>>, name: &str, args: Args) -> PyResult<Value> {
    const TY: &str = "bytearray";
    match name {
        "append" => {
            let a = positional(TY, name, &args, 1, 1)?;
            let x = byte(&a[0])?;
            let mut v = b.borrow_mut();
            reserve(&mut v, 1)?;
            v.push(x);
        }
        "extend" => {
            let a = positional(TY, name, &args, 1, 1)?;
            // Read first: the argument may be this bytearray.
            let more = extension(&a[0])?;
            let mut v = b.borrow_mut();
            reserve(&mut v, more.len())?;
            v.extend_from_slice(&more);
        }
        "insert" => {
            let a = positional(TY, name, &args, 2, 2)?;
            let i = to_i64(&a[0])?;
            let x = byte(&a[1])?;
            let mut v = b.borrow_mut();
            reserve(&mut v, 1)?;
            let j = insert_position(v.len(), i);
            v.insert(j, x);
        }
        "pop" => {
            let a = positional(TY, name, &args, 0, 1)?;
            let i = a.first().map(to_i64).transpose()?.unwrap_or(-1);
            let mut v = b.borrow_mut();
            if v.is_empty() {
                return Err(PyErr::index("pop from empty bytearray"));
            }
            let j = pop_position(v.len(), i)?;
            return Ok(Value::Int(v.remove(j) as i128));
        }
        "remove" => {
            let a = positional(TY, name, &args, 1, 1)?;
            let x = byte(&a[0])?;
            let mut v = b.borrow_mut();
            let i = v
                .iter()
                .position(|&c| c == x)
                .ok_or_else(|| PyErr::value("value not found in bytearray"))?;
            v.remove(i);
        }
        "clear" | "reverse" => {
            no_args(TY, name, &args)?;
            let mut v = b.borrow_mut();
            if name == "clear" {
                v.clear();
            } else {
                v.reverse();
            }
        }
        "copy" => {
            no_args(TY, name, &args)?;
            return Ok(Value::bytearray(fallible_copy(&b.borrow())?));
        }
        "fromhex" => return bytes::fromhex(TY, &args).map(retyped),
        _ => return bytes::call(TY, &b.borrow(), name, args).map(retyped),
    }
    Ok(Value::None)
}
