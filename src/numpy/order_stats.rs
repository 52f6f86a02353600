//! Order statistics: `np.median` over one axis or the whole array.
//!
//! NumPy (`lib/_function_base_impl.py::_median`) partitions the data, takes the middle
//! element (odd length) or the middle two (even), and averages them with `np.mean`, so
//! integers and bools give float64 and float16/float32 keep their dtype; a nan anywhere
//! in a slice makes that slice's median nan. arrsh does the same at NumPy's kths -- the
//! middle one or two, plus the last one for float/complex data, which brings a nan (nans
//! order last) to the end of its slice for the nan check -- so the work is a selection,
//! O(n), not a sort: `partition::selected` (a plain selection) where only those positions
//! are read, `np.partition` (the introselect port, NumPy's order) when
//! `overwrite_input=True` leaves the input partitioned.

use super::{partition, Family};
use crate::array::kernels;
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
    let keepdims = given(&a[4]).map(truthy).transpose()?.unwrap_or(false);
    let (data, axis) = match given(&a[1]) {
        None => (
            np(it, "ravel", vec![Value::Array(x.clone())], vec![])?,
            0usize,
        ),
        // NumPy's `_ureduce`: the reduced axes moved last and merged into one.
        Some(t @ Value::Tuple(_)) => {
            let nd = x.ndim();
            let mut axes = Vec::new();
            for v in crate::value::convert::iter_values(t)? {
                let d = normalize_axis(to_i64(&v)?, nd, None)?;
                if axes.contains(&d) {
                    return Err(PyErr::value("repeated axis"));
                }
                axes.push(d);
            }
            let keep: Vec<usize> = (0..nd).filter(|d| !axes.contains(d)).collect();
            let perm: Vec<i128> = keep.iter().chain(&axes).map(|&d| d as i128).collect();
            let moved = np(
                it,
                "transpose",
                vec![Value::Array(x.clone()), Value::ints(perm)],
                vec![],
            )?;
            // `-1` as NumPy writes it (so an empty kept axis is its reshape error).
            let shape: Vec<i128> = keep
                .iter()
                .map(|&d| x.shape[d] as i128)
                .chain([-1])
                .collect();
            (
                np(it, "reshape", vec![moved, Value::ints(shape)], vec![])?,
                keep.len(),
            )
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
    let overwrite = given(&a[3]).map(truthy).transpose()?.unwrap_or(false);
    // Only the kth positions are read, unless the input keeps the partition's order.
    let fast = match overwrite {
        false => partition::selected(&as_array(&data)?, &Value::ints(kth.clone()), axis)?,
        true => None,
    };
    let sorted = match fast {
        Some(r) => Value::Array(std::rc::Rc::new(r)),
        None => np(
            it,
            "partition",
            vec![data.clone(), Value::ints(kth)],
            vec![("axis", Value::Int(axis as i128))],
        )?,
    };
    let s = as_array(&sorted)?;
    if overwrite && !matches!(given(&a[1]), Some(Value::Tuple(_))) {
        // NumPy partitions `a` itself (or its flattening, when that is a view): the
        // input is left partly sorted, exactly as `partition` orders it.
        let target = as_array(&data)?;
        if std::sync::Arc::ptr_eq(&target.buffer, &x.buffer) {
            target.check_writeable()?;
            kernels::copy_into(&target, &s)?;
        }
    }
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
            Some(t @ Value::Tuple(_)) => {
                for v in crate::value::convert::iter_values(t)? {
                    shape[normalize_axis(to_i64(&v)?, x.ndim(), None)?] = 1;
                }
            }
            Some(_) => shape[axis] = 1,
        }
        r = np(it, "reshape", vec![r, Value::ints(shape)], vec![])?;
    }
    match given(&a[2]) {
        None => Ok(r),
        // `out=`: the result stored into it (NumPy's mean(..., out=out)), and out returned.
        Some(out) => {
            np(it, "copyto", vec![out.clone(), r], vec![])?;
            Ok(out.clone())
        }
    }
}
