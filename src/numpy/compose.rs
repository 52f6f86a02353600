//! Writing NumPy's Python definitions in Rust: calling `np.*`, indexing and slicing
//! values as the Python source does, so a routine reads like NumPy's own code and gets
//! every dtype, promotion and error rule from the functions it calls.

use crate::error::PyResult;
use crate::numpy::context::Context;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, truthy};
use crate::value::index::{array_getitem, array_setitem, index_items};
use crate::value::Value;
use std::rc::Rc;

pub use crate::numpy::linalg::np;

/// `np.<name>(*pos)`.
pub fn np1(it: &mut dyn Context, name: &str, pos: Vec<Value>) -> PyResult<Value> {
    np(it, name, pos, vec![])
}

/// `arr[key]`
pub fn get(arr: &Value, key: &Value) -> PyResult<Value> {
    let a = as_array(arr)?;
    array_getitem(&a, &index_items(key)?)
}

/// `arr[key] = value`
pub fn set(arr: &Value, key: &Value, value: &Value) -> PyResult<()> {
    let a = as_array(arr)?;
    a.check_writeable()?;
    array_setitem(&a, key, value)
}

/// The slice `lo:hi` (None for an open end).
pub fn slice(lo: Option<i128>, hi: Option<i128>) -> Value {
    let v = |x: Option<i128>| x.map(Value::Int).unwrap_or(Value::None);
    Value::Slice(Rc::new([v(lo), v(hi), Value::None]))
}

/// A flag argument: missing or None is `default`, anything else by its truth.
pub fn flag(v: &Option<Value>, default: bool) -> PyResult<bool> {
    Ok(match given(v) {
        None => default,
        Some(x) => truthy(x)?,
    })
}

/// The argument in a bound slot (None when missing).
pub fn arg(v: &Option<Value>) -> Value {
    v.clone().unwrap_or(Value::None)
}

/// Keyword arguments for the slots that were given (not None), in order.
pub fn given_kw<'a>(names: &[&'a str], slots: &[Option<Value>]) -> Vec<(&'a str, Value)> {
    names
        .iter()
        .zip(slots)
        .filter_map(|(n, s)| given(s).map(|v| (*n, v.clone())))
        .collect()
}

/// Call a method of a value, as `x.name(*pos)` does.
pub fn method(it: &mut dyn Context, recv: &Value, name: &str, pos: Vec<Value>) -> PyResult<Value> {
    it.call(&Value::method(recv.clone(), name), Args::new(pos))
}
