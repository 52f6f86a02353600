//! Differences and running totals: `np.diff`, `np.ptp`, `np.cumulative_sum` — NumPy's
//! Python definitions (`lib/_function_base_impl.py`, `_core/_methods.py`,
//! `_core/fromnumeric.py`) over arrsh's ufuncs and reductions.

use super::Family;
use crate::array::object::{ArrayRef, NdArray};
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::numpy::linalg::np;
use crate::numpy::shape::normalize_axis;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, to_i64, truthy};
use crate::value::Value;
use std::rc::Rc;

pub const FAMILY: Family = Family {
    names: &["diff", "ptp", "cumulative_sum"],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    Some(match name {
        "diff" => diff(it, &args),
        "ptp" => ptp(it, &args),
        "cumulative_sum" => cumulative_sum(it, &args),
        _ => return None,
    })
}

fn arr(a: &ArrayRef) -> Value {
    Value::Array(a.clone())
}

/// `a[lo:hi]` along `axis` (a view; `hi` is an exclusive end no greater than the length).
fn slice_axis(a: &ArrayRef, axis: usize, lo: usize, hi: usize) -> PyResult<ArrayRef> {
    let mut shape = a.shape.clone();
    let hi = hi.max(lo);
    shape[axis] = hi - lo;
    let offset = a.offset as isize + lo as isize * a.strides[axis];
    Ok(Rc::new(NdArray::view(
        a,
        offset,
        shape,
        a.strides.clone(),
        a.dtype,
    )?))
}

/// `np.diff(a, n=1, axis=-1, prepend=, append=)`: `n` times `a[1:] - a[:-1]` along `axis`
/// (`not_equal` for bools); a 0-d `prepend`/`append` is broadcast to one slice.
fn diff(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let a = args.bind("diff", &["a", "n", "axis", "prepend", "append"], 1)?;
    let orig = a[0].clone().unwrap_or(Value::None);
    let n = match given(&a[1]) {
        None => 1,
        Some(v) => to_i64(v)?,
    };
    if n == 0 {
        return Ok(orig);
    }
    if n < 0 {
        return Err(PyErr::value(format!(
            "order must be non-negative but got {}",
            n
        )));
    }
    let mut x = as_array(&orig)?;
    if x.ndim() == 0 {
        return Err(PyErr::value(
            "diff requires input that is at least one dimensional",
        ));
    }
    let axis_arg = match given(&a[2]) {
        None => -1,
        Some(v) => to_i64(v)?,
    };
    let axis = normalize_axis(axis_arg, x.ndim(), None)?;
    // `None` is a real value for prepend/append in NumPy only when given; arrsh treats
    // an explicit None like "not given" (NumPy's default is a private sentinel).
    let edge = |it: &mut dyn Context, v: &Value| -> PyResult<Value> {
        let e = as_array(v)?;
        if e.ndim() > 0 {
            return Ok(arr(&e));
        }
        let mut shape: Vec<i128> = x.shape.iter().map(|&d| d as i128).collect();
        shape[axis] = 1;
        np(
            it,
            "broadcast_to",
            vec![arr(&e), Value::ints(shape)],
            vec![],
        )
    };
    let mut parts = Vec::new();
    if let Some(p) = given(&a[3]) {
        parts.push(edge(it, p)?);
    }
    parts.push(arr(&x));
    if let Some(p) = given(&a[4]) {
        parts.push(edge(it, p)?);
    }
    if parts.len() > 1 {
        let joined = np(
            it,
            "concatenate",
            vec![Value::list(parts), Value::Int(axis as i128)],
            vec![],
        )?;
        x = as_array(&joined)?;
    }
    let op = if x.dtype == crate::array::dtype::DType::Bool {
        "not_equal"
    } else {
        "subtract"
    };
    for k in 0..n {
        let len = x.shape[axis];
        // Once the axis is empty every further difference is the same empty array; NumPy
        // still loops `n` times, which for `n = 10**12` only looks like a hang.
        if k > 0 && len == 0 {
            break;
        }
        let hi = slice_axis(&x, axis, 1.min(len), len)?;
        let lo = slice_axis(&x, axis, 0, len.saturating_sub(1))?;
        let r = np(it, op, vec![arr(&hi), arr(&lo)], vec![])?;
        x = as_array(&r)?;
    }
    Ok(arr(&x))
}

/// `np.ptp(a, axis=None, out=None, keepdims=False)`: `max - min` with NumPy's `subtract`
/// (so int8 wraps around and bools raise).
fn ptp(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let a = args.bind("ptp", &["a", "axis", "out", "keepdims"], 1)?;
    let x = a[0].clone().unwrap_or(Value::None);
    let mut kw = Vec::new();
    if let Some(ax) = given(&a[1]) {
        kw.push(("axis", ax.clone()));
    }
    if let Some(k) = given(&a[3]) {
        kw.push(("keepdims", Value::Bool(truthy(k)?)));
    }
    let hi = np(it, "max", vec![x.clone()], kw.clone())?;
    let lo = np(it, "min", vec![x], kw)?;
    let out = match given(&a[2]) {
        Some(o) => vec![("out", o.clone())],
        None => vec![],
    };
    np(it, "subtract", vec![hi, lo], out)
}

/// `np.cumulative_sum(x, /, *, axis=None, dtype=None, out=None, include_initial=False)`:
/// `add.accumulate` (which promotes like `cumsum`), with a leading zero slice when
/// `include_initial`.
fn cumulative_sum(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let a = args.bind(
        "cumulative_sum",
        &["x", "*axis", "*dtype", "*out", "*include_initial"],
        1,
    )?;
    let x = np(
        it,
        "atleast_1d",
        vec![a[0].clone().unwrap_or(Value::None)],
        vec![],
    )?;
    let xa = as_array(&x)?;
    let axis = match given(&a[1]) {
        None if xa.ndim() >= 2 => {
            return Err(PyErr::value(
                "For arrays which have more than one dimension ``axis`` argument is required.",
            ))
        }
        None => 0,
        Some(v) => normalize_axis(to_i64(v)?, xa.ndim(), None)?,
    };
    let initial = given(&a[4]).map(truthy).transpose()?.unwrap_or(false);
    let mut kw = vec![("axis", Value::Int(axis as i128))];
    if let Some(d) = given(&a[2]) {
        kw.push(("dtype", d.clone()));
    }
    if initial && given(&a[3]).is_some() {
        return Err(PyErr::not_implemented(
            "arrsh: cumulative_sum with both out= and include_initial=True is not implemented yet",
        ));
    }
    if let Some(o) = given(&a[3]) {
        kw.push(("out", o.clone()));
    }
    let res = np(it, "cumsum", vec![x], kw)?;
    if !initial {
        return Ok(res);
    }
    let r = as_array(&res)?;
    let mut shape = r.shape.clone();
    shape[axis] = 1;
    let zeros = Value::Array(Rc::new(NdArray::zeros(&shape, r.dtype)?));
    np(
        it,
        "concatenate",
        vec![Value::list(vec![zeros, res]), Value::Int(axis as i128)],
        vec![],
    )
}
