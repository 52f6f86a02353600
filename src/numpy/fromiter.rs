//! `np.fromiter(iter, dtype, count=-1, *, like=None)`: a 1-d array from the items of any
//! iterable (lists, ranges, iterators and generator expressions). With a `count`, only
//! that many items are taken, so an iterator keeps the rest, as NumPy leaves it.

use super::Family;
use crate::array::dtype::DType;
use crate::array::object::NdArray;
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::value::args::{given, Args};
use crate::value::convert::{element_num, iter_values, to_dtype, to_i64};
use crate::value::Value;
use std::rc::Rc;

pub const FAMILY: Family = Family {
    names: &["fromiter"],
    call,
};

fn call(cx: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    (name == "fromiter").then(|| fromiter(cx, &args))
}

/// The first `count` items (all when `None`), consuming only those of an iterator.
fn take(cx: &mut dyn Context, v: &Value, count: Option<usize>) -> PyResult<Vec<Value>> {
    match (v, count) {
        (Value::Iter(i), Some(n)) => {
            let mut items = Vec::new();
            while items.len() < n {
                match crate::value::lazy::next(i, cx)? {
                    Some(x) => items.push(x),
                    None => break,
                }
            }
            Ok(items)
        }
        (Value::Iter(i), None) => crate::value::lazy::rest(i, cx),
        (_, None) => iter_values(v),
        (_, Some(n)) => Ok(iter_values(v)?.into_iter().take(n).collect()),
    }
}

fn fromiter(cx: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("fromiter", &["iter", "dtype", "count", "*like"], 0)?;
    let Some(src) = p[0].clone() else {
        return Err(PyErr::type_err(
            "fromiter() missing required argument 'iter' (pos 1)",
        ));
    };
    let Some(dt) = p[1].clone() else {
        return Err(PyErr::type_err(
            "fromiter() missing required argument 'dtype' (pos 2)",
        ));
    };
    let dt = match dt {
        Value::None => DType::F64,
        d => to_dtype(&d)?,
    };
    let count = match given(&p[2]) {
        None => -1,
        Some(c) => to_i64(c)?,
    };
    // NumPy reads a negative count other than -1 as "no items".
    let want = match count {
        -1 => None,
        c if c < 0 => Some(0),
        c => Some(c as usize),
    };
    let items = take(cx, &src, want)?;
    if let Some(n) = want {
        if items.len() < n {
            return Err(PyErr::value(format!(
                "iterator too short: Expected {} but iterator had only {} items.",
                n,
                items.len()
            )));
        }
    }
    let out = NdArray::zeros(&[items.len()], dt)?;
    for (k, item) in items.iter().enumerate() {
        if let Value::List(_) | Value::Tuple(_) | Value::Array(_) = item {
            let is_seq = !matches!(item, Value::Array(a) if a.ndim() == 0);
            if is_seq {
                return Err(if dt.is_int() || dt == DType::Bool {
                    PyErr::type_err(format!(
                        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                        item.type_of().short_name()
                    ))
                } else {
                    PyErr::value("setting an array element with a sequence.")
                });
            }
        }
        let n = match item {
            Value::None if dt.is_inexact() => crate::array::element::Num::Float(f64::NAN),
            other => element_num(other, dt)?,
        };
        out.set(&[k], n);
    }
    Ok(Value::Array(Rc::new(out)))
}
