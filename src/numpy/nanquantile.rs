//! `np.nanquantile` and `np.nanpercentile`, as NumPy's Python (`lib/_nanfunctions_impl.py`:
//! `_nanquantile_unchecked`, `_nanquantile_ureduce_func`, `_nanquantile_1d`): each 1-d
//! slice loses its NaNs and goes to `np.quantile` with the same method; an all-NaN slice
//! gives NaN with NumPy's "All-NaN slice encountered" warning; an empty array is
//! `np.nanmean`'s answer.

use super::Family;
use crate::error::{PyErr, PyResult};
use crate::numpy::compose::{arg, get, given_kw, np, np1};
use crate::numpy::context::Context;
use crate::numpy::quantile::reduce_axes;
use crate::numpy::shape::normalize_axis_tuple;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, truthy};
use crate::value::Value;

pub const FAMILY: Family = Family {
    names: &["nanquantile", "nanpercentile"],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    match name {
        "nanquantile" => Some(nanquantile(it, &args, false)),
        "nanpercentile" => Some(nanquantile(it, &args, true)),
        _ => None,
    }
}

fn nanquantile(it: &mut dyn Context, args: &Args, percent: bool) -> PyResult<Value> {
    let fname = if percent {
        "nanpercentile"
    } else {
        "nanquantile"
    };
    let names = [
        "a",
        "q",
        "axis",
        "out",
        "overwrite_input",
        "method",
        "keepdims",
        "*weights",
    ];
    let p = args.bind(fname, &names, 2)?;
    let a = np1(it, "asanyarray", vec![arg(&p[0])])?;
    let x = as_array(&a)?;
    if x.dtype.is_complex() {
        return Err(PyErr::type_err("a must be an array of real numbers"));
    }
    let q = if percent {
        // NumPy divides by `a.dtype.type(100)` for float arrays, by 100 otherwise.
        let hundred = if x.dtype.is_float() {
            Value::Scalar(x.dtype, crate::array::element::Num::Float(100.0))
        } else {
            Value::Int(100)
        };
        np1(it, "true_divide", vec![arg(&p[1]), hundred])?
    } else {
        arg(&p[1])
    };
    // NumPy's `weak_q = type(q) in (int, float)`: such a q reaches `np.quantile` as a
    // Python number, so the result keeps the array's float type.
    let weak = matches!(arg(&p[1]), Value::Int(_) | Value::Float(_));
    let q = np1(it, "asanyarray", vec![q])?;
    let qa = as_array(&q)?;
    let q = match (weak, qa.get(&[])) {
        (true, crate::array::element::Num::Int(i)) if qa.ndim() == 0 => Value::Int(i),
        (true, n) if qa.ndim() == 0 => Value::Float(n.as_f64()),
        _ => q,
    };
    let valid = qa
        .to_nums()?
        .iter()
        .all(|n| (0.0..=1.0).contains(&n.as_f64()));
    if !valid {
        return Err(PyErr::value(if percent {
            "Percentiles must be in the range [0, 100]"
        } else {
            "Quantiles must be in the range [0, 1]"
        }));
    }
    if given(&p[7]).is_some() {
        return Err(PyErr::not_implemented(format!(
            "arrsh: np.{}(weights=...) is not implemented yet",
            fname
        )));
    }
    let out = given(&p[3]).cloned();
    let method = given(&p[5]).cloned().unwrap_or(Value::str("linear"));
    let keepdims = given(&p[6]).map(truthy).transpose()?.unwrap_or(false);
    if x.size() == 0 {
        let kw = given_kw(&["axis", "keepdims"], &[p[2].clone(), p[6].clone()]);
        return np(it, "nanmean", vec![a], kw);
    }
    let nd = x.ndim();
    let axes = given(&p[2])
        .map(|v| normalize_axis_tuple(v, nd, None, false))
        .transpose()?;
    let (data, axis) = reduce_axes(it, &x, axes.as_deref())?;
    let r = if data.ndim() == 1 {
        one_d(it, Value::Array(data), &q, &method)?
    } else {
        let moved = np1(
            it,
            "moveaxis",
            vec![Value::Array(data), Value::Int(axis as i128), Value::Int(-1)],
        )?;
        let m = as_array(&moved)?;
        let mut rest: Vec<i128> = m.shape[..m.ndim() - 1].iter().map(|&d| d as i128).collect();
        let n = m.shape[m.ndim() - 1] as i128;
        let rows = np1(it, "reshape", vec![moved, Value::ints([-1, n])])?;
        let count = as_array(&rows)?.shape[0];
        let mut parts = Vec::with_capacity(count);
        for i in 0..count {
            let row = get(&rows, &Value::Int(i as i128))?;
            parts.push(one_d(it, row, &q, &method)?);
        }
        // apply_along_axis stores every slice's result in an array of the first one's dtype.
        let first = match parts.first() {
            Some(v) => Value::DType(as_array(v)?.dtype),
            None => Value::DType(x.dtype),
        };
        let stacked = np(
            it,
            "array",
            vec![Value::list(parts)],
            vec![("dtype", first)],
        )?;
        rest.extend(qa.shape.iter().map(|&d| d as i128));
        let shaped = np1(it, "reshape", vec![stacked, Value::ints(rest)])?;
        if qa.ndim() == 0 {
            shaped
        } else {
            // apply_along_axis puts q's axes where `axis` was; NumPy then moves
            // `[axis + i for i in range(q.ndim)]` to the front. Over several axes its
            // `axis` is -1, so for a q of two or more dimensions that list is -1, 0, 1, …
            // and NumPy moves the wrong axes: arrsh moves the same ones.
            let qnd = qa.ndim() as i128;
            let several = axes.as_ref().is_some_and(|a| a.len() > 1);
            let src = if several {
                Value::ints((0..qnd).map(|i| i - 1))
            } else {
                Value::ints((0..qnd).map(|i| i - qnd))
            };
            let dst = Value::ints(0..qnd);
            np1(it, "moveaxis", vec![shaped, src, dst])?
        }
    };
    if let Some(o) = out {
        // NumPy's `out[...] = result`.
        crate::numpy::compose::set(&o, &Value::Ellipsis, &r)?;
        return Ok(o);
    }
    if !keepdims {
        return Ok(r);
    }
    // `_ureduce`'s `r[(Ellipsis,) + index_r]`: the kept axes are r's last ones, and a new
    // length-1 axis goes in for each reduced one.
    let rshape = as_array(&r)?.shape.clone();
    let reduced = |i: usize| axes.as_ref().is_none_or(|ax| ax.contains(&i));
    let nkeep = (0..nd).filter(|&i| !reduced(i)).count();
    let lead = rshape.len().saturating_sub(nkeep);
    let mut shape: Vec<i128> = rshape[..lead].iter().map(|&d| d as i128).collect();
    let mut kept = rshape[lead..].iter();
    for i in 0..nd {
        let d = if reduced(i) { None } else { kept.next() };
        shape.push(d.map_or(1, |&d| d as i128));
    }
    let r = np(it, "reshape", vec![r, Value::ints(shape)], vec![])?;
    Ok(Value::Array(as_array(&r)?))
}

/// NumPy's `_nanquantile_1d`.
fn one_d(it: &mut dyn Context, row: Value, q: &Value, method: &Value) -> PyResult<Value> {
    let isnan = np1(it, "isnan", vec![row.clone()])?;
    let keep = np1(it, "logical_not", vec![isnan])?;
    let kept = get(&row, &keep)?;
    if as_array(&kept)?.size() == 0 {
        it.warn("RuntimeWarning", "All-NaN slice encountered");
        let shape = Value::ints(as_array(q)?.shape.iter().map(|&d| d as i128));
        let dtype = Value::DType(as_array(&row)?.dtype);
        let full = np(
            it,
            "full",
            vec![shape, Value::Float(f64::NAN)],
            vec![("dtype", dtype)],
        )?;
        return get(&full, &Value::tuple(vec![]));
    }
    np(
        it,
        "quantile",
        vec![kept, q.clone()],
        vec![("method", method.clone())],
    )
}
