//! Order statistics: `np.median` over one axis or the whole array.
//!
//! NumPy (`lib/_function_base_impl.py::_median`) partitions the data, takes the middle
//! element (odd length) or the middle two (even), and averages them with `np.mean`, so
//! integers and bools give float64 and float16/float32 keep their dtype; a nan anywhere
//! in a slice makes that slice's median nan. arrsh takes the same middles by a plain
//! selection per slice (`select_middles`, Rust's `select_nth_unstable_by` in NumPy's sort
//! order), since the median needs their values, not NumPy's order of the rest; where the
//! order can show -- `overwrite_input=True` leaves the input partitioned, and a negative
//! zero may tie with a positive one in the middle -- it runs `np.partition` (the
//! introselect port) at NumPy's kths: the middle one or two, plus the last one for
//! float/complex data, which brings a nan (nans order last) to the end of its slice for
//! the nan check. Either way the work is a selection, O(n), not a sort.

use super::Family;
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
    let fast = if overwrite || n == 0 {
        None
    } else {
        select_middles(&as_array(&data)?, axis, n)?
    };
    let Middles { part, last } = match fast {
        Some(m) => m,
        None => partitioned_middles(it, &x, &data, &a, axis, n, kth, overwrite)?,
    };
    let mut r = np(
        it,
        "mean",
        vec![part],
        vec![("axis", Value::Int(axis as i128))],
    )?;
    if let Some(last) = last {
        // NumPy's `_median_nancheck`: a nan is partitioned last, and poisons its slice.
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

/// What `median` averages and checks: the middle element or two of each slice along the
/// axis (NumPy's `take(partitioned, middle, axis)`) and, for float and complex data, one
/// element per slice that is a nan exactly when the slice holds one (NumPy's
/// `take(partitioned, -1, axis)`, the last element after nans were partitioned last).
struct Middles {
    part: Value,
    last: Option<Value>,
}

/// NumPy's own route: `np.partition` at `kth` (the introselect port, whose order is
/// NumPy's), written back into the input when `overwrite_input` asks for it.
#[allow(clippy::too_many_arguments)]
fn partitioned_middles(
    it: &mut dyn Context,
    x: &crate::array::object::ArrayRef,
    data: &Value,
    a: &[Option<Value>],
    axis: usize,
    n: usize,
    kth: Vec<i128>,
    overwrite: bool,
) -> PyResult<Middles> {
    let sorted = np(
        it,
        "partition",
        vec![data.clone(), Value::ints(kth)],
        vec![("axis", Value::Int(axis as i128))],
    )?;
    let s = as_array(&sorted)?;
    if overwrite && !matches!(given(&a[1]), Some(Value::Tuple(_))) {
        // NumPy partitions `a` itself (or its flattening, when that is a view): the
        // input is left partly sorted, exactly as `partition` orders it.
        let target = as_array(data)?;
        if std::sync::Arc::ptr_eq(&target.buffer, &x.buffer) {
            target.check_writeable()?;
            kernels::copy_into(&target, &s)?;
        }
    }
    let idx = if n == 0 {
        Value::ints(Vec::<i128>::new())
    } else {
        Value::ints(middle(n).iter().map(|&k| k as i128).collect::<Vec<_>>())
    };
    let part = np(
        it,
        "take",
        vec![sorted.clone(), idx],
        vec![("axis", Value::Int(axis as i128))],
    )?;
    let last = if s.dtype.is_inexact() && n > 0 {
        Some(np(
            it,
            "take",
            vec![sorted, Value::Int(n as i128 - 1)],
            vec![("axis", Value::Int(axis as i128))],
        )?)
    } else {
        None
    };
    Ok(Middles { part, last })
}

/// The middle index or two of a slice of `n` (NumPy's `_median` indexer).
fn middle(n: usize) -> Vec<usize> {
    if n % 2 == 1 {
        vec![n / 2]
    } else {
        vec![n / 2 - 1, n / 2]
    }
}

/// The middles by a plain selection per slice (Rust's `select_nth_unstable_by` in
/// NumPy's sort order, nans last), several times faster than the introselect port: the
/// median needs the middle values, not NumPy's order of the rest. Equal elements are
/// identical values -- except a negative and a positive zero, where which one lands in
/// the middle depends on the algorithm and shows in the mean's sign -- so float or
/// complex data holding a negative zero goes NumPy's way (None).
fn select_middles(
    data: &crate::array::object::ArrayRef,
    axis: usize,
    n: usize,
) -> PyResult<Option<Middles>> {
    use crate::array::element::{Element, Num};
    use crate::numpy::sorting::{order, restore, rows};
    use crate::numpy::ufunc::ops::Arith;
    let (src, _, ax) = rows(data, Some(&Value::Int(axis as i128)))?;
    let inexact = data.dtype.is_inexact();
    let m = middle(n).len();
    let lead = &src.shape[..src.ndim() - 1];
    let mut part_shape = lead.to_vec();
    part_shape.push(m);
    crate::array::dtype::with_dtype!(data.dtype, T, {
        let mut v = kernels::to_vec::<T>(&src)?;
        let negative_zero = |x: &T| match x.to_num() {
            Num::Float(f) => f == 0.0 && f.is_sign_negative(),
            Num::Complex(r, i) => {
                (r == 0.0 && r.is_sign_negative()) || (i == 0.0 && i.is_sign_negative())
            }
            _ => false,
        };
        if inexact && v.iter().any(negative_zero) {
            return Ok(None);
        }
        let rows_n = v.len() / n;
        let mut part: Vec<T> = Vec::with_capacity(rows_n * m);
        let mut last: Vec<T> = Vec::with_capacity(if inexact { rows_n } else { 0 });
        for row in v.chunks_mut(n) {
            if crate::interrupt::pending() {
                // Ctrl-C: NumPy's route stops at once too, and the interpreter raises.
                return Ok(None);
            }
            let k = n / 2;
            let nan = if inexact {
                row.iter().find(|x| x.is_nan()).copied()
            } else {
                None
            };
            let (left, mid, _) = row.select_nth_unstable_by(k, order::<T>);
            let mid = *mid;
            if m == 2 {
                let below = left.iter().copied().max_by(order::<T>).unwrap_or(mid);
                part.push(below);
            }
            part.push(mid);
            if inexact {
                last.push(nan.unwrap_or(mid));
            }
        }
        let part = restore(
            crate::array::object::NdArray::from_vec(part, &part_shape)?,
            ax,
        )?;
        let last = if inexact {
            let l = crate::array::object::NdArray::from_vec(last, lead)?;
            Some(Value::Array(std::rc::Rc::new(l)))
        } else {
            None
        };
        Ok(Some(Middles {
            part: Value::Array(std::rc::Rc::new(part)),
            last,
        }))
    })
}
