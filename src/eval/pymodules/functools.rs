//! Python's `functools`: `reduce`.

use crate::error::{PyErr, PyResult};
use crate::eval::interp::Interp;
use crate::value::args::Args;
use crate::value::convert::iter_values;
use crate::value::Value;

pub const NAMES: &[&str] = &["reduce"];

pub fn call(it: &mut Interp, name: &str, args: Args) -> PyResult<Value> {
    match name {
        "reduce" => {
            if !args.kw.is_empty() {
                return Err(PyErr::type_err("reduce() takes no keyword arguments"));
            }
            let n = args.pos.len();
            if !(2..=3).contains(&n) {
                return Err(PyErr::type_err(format!(
                    "reduce expected at {} arguments, got {}",
                    if n < 2 { "least 2" } else { "most 3" },
                    n
                )));
            }
            let f = &args.pos[0];
            let mut items = iter_values(&args.pos[1])?.into_iter();
            let mut acc = match args.pos.get(2) {
                Some(init) => init.clone(),
                None => items.next().ok_or_else(|| {
                    PyErr::type_err("reduce() of empty iterable with no initial value")
                })?,
            };
            for x in items {
                acc = it.call(f, Args::new(vec![acc, x]))?;
            }
            Ok(acc)
        }
        _ => Err(PyErr::attribute(format!(
            "module 'functools' has no attribute '{}'",
            name
        ))),
    }
}
