//! Order statistics: `np.median` over one axis or the whole array.
//!
//! NumPy (`lib/_function_base_impl.py::_median`) partitions the data, takes the middle
//! element (odd length) or the middle two (even), and averages them with `np.mean`, so
//! integers and bools give float64 and float16/float32 keep their dtype; a nan anywhere
//! in a slice makes that slice's median nan. arrsh does the same: `np.partition` (the
//! introselect port) at NumPy's kths -- the middle one or two, plus the last one for
//! float/complex data, which brings a nan (nans order last) to the end of its slice for
//! the nan check -- so the work is a selection, O(n), not a sort.

use super::Family;
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::numpy::linalg::np;
use crate::numpy::shape::normalize_axis;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, to_i64, truthy};
use crate::value::Value;

pub const FAMILY: Family = Family {
    names: &["median"],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    (name == "median").then(|| median(it, &args))
}

fn median(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let a = args.bind(
        "median",
        &["a", "axis", "out", "overwrite_input", "keepdims"],
        1,
    )?;
    let x = as_array(a[0].as_ref().unwrap_or(&Value::None))?;
    if given(&a[2]).is_some() {
        return Err(PyErr::not_implemented(
            "arrsh: np.median(out=...) is not implemented yet",
        ));
    }
    let keepdims = given(&a[4]).map(truthy).transpose()?.unwrap_or(false);
    let (data, axis) = match given(&a[1]) {
        None => (
            np(it, "ravel", vec![Value::Array(x.clone())], vec![])?,
            0usize,
        ),
        Some(Value::Tuple(_)) => {
            return Err(PyErr::not_implemented(
                "arrsh: np.median over a tuple of axes is not implemented yet",
            ))
        }
        Some(v) => (
            Value::Array(x.clone()),
            normalize_axis(to_i64(v)?, x.ndim(), None)?,
        ),
    };
    let n = as_array(&data)?.shape[axis];
    // NumPy's kth list: the middle one or two, then -1 where nans are possible.
    let mut kth: Vec<i128> = if n % 2 == 1 {
        vec![(n / 2) as i128]
    } else {
        vec![(n / 2) as i128 - 1, (n / 2) as i128]
    };
    if x.dtype.is_inexact() {
        kth.push(-1);
    }
    let sorted = np(
        it,
        "partition",
        vec![data, Value::ints(kth)],
        vec![("axis", Value::Int(axis as i128))],
    )?;
    let s = as_array(&sorted)?;
    let middle: Vec<i128> = if n % 2 == 1 {
        vec![(n / 2) as i128]
    } else {
        vec![(n / 2) as i128 - 1, (n / 2) as i128]
    };
    let idx = if n == 0 {
        Value::ints(Vec::<i128>::new())
    } else {
        Value::ints(middle)
    };
    let part = np(
        it,
        "take",
        vec![sorted.clone(), idx],
        vec![("axis", Value::Int(axis as i128))],
    )?;
    let mut r = np(
        it,
        "mean",
        vec![part],
        vec![("axis", Value::Int(axis as i128))],
    )?;
    if s.dtype.is_inexact() && n > 0 {
        // NumPy's `_median_nancheck`: a nan is partitioned last, and poisons its slice.
        let last = np(
            it,
            "take",
            vec![sorted, Value::Int(n as i128 - 1)],
            vec![("axis", Value::Int(axis as i128))],
        )?;
        let isnan = np(it, "isnan", vec![last], vec![])?;
        let nan = Value::Float(f64::NAN);
        r = np(it, "where", vec![isnan, nan, r], vec![])?;
        r = match r {
            Value::Array(a) => crate::numpy::ufunc::wrap(a),
            other => other,
        };
    }
    if keepdims {
        let mut shape: Vec<i128> = x.shape.iter().map(|&d| d as i128).collect();
        match given(&a[1]) {
            None => shape.iter_mut().for_each(|d| *d = 1),
            Some(_) => shape[axis] = 1,
        }
        return np(it, "reshape", vec![r, Value::ints(shape)], vec![]);
    }
    Ok(r)
}
