//! `tuple` methods.

use super::arity::positional;
use crate::error::{PyErr, PyResult};
use crate::value::args::Args;
use crate::value::pyops::py_eq;
use crate::value::Value;

pub const METHODS: &[&str] = &["count", "index"];

pub fn call(t: &[Value], name: &str, args: Args) -> PyResult<Value> {
    match name {
        "count" => {
            let a = positional("tuple", "count", &args, 1, 1)?;
            Ok(Value::Int(
                t.iter().filter(|x| py_eq(x, &a[0])).count() as i128
            ))
        }
        "index" => {
            let a = positional("tuple", "index", &args, 1, 3)?;
            super::clamp_range(t.len(), a.get(1), a.get(2))?
                .and_then(|(lo, hi)| {
                    t[lo..hi]
                        .iter()
                        .position(|x| py_eq(x, &a[0]))
                        .map(|i| i + lo)
                })
                .map(|i| Value::Int(i as i128))
                .ok_or_else(|| PyErr::value("tuple.index(x): x not in tuple"))
        }
        _ => Err(PyErr::attribute(format!(
            "'tuple' object has no attribute '{}'",
            name
        ))),
    }
}
