//! Quantiles: `np.quantile` and `np.percentile` with NumPy's thirteen methods, `axis`
//! (an int or a tuple) and `keepdims`.
//!
//! This follows NumPy's Python definition step by step (`lib/_function_base_impl.py`:
//! `_quantile_unchecked`, `_ureduce`, `_quantile`, `_get_indexes`, `_lerp`) over arrsh's
//! own ufuncs, so dtypes come out as NumPy's do: a Python `int`/`float` `q` is weak (a
//! float32 array keeps float32), an array or list `q` gives float64 for linear methods;
//! integer virtual indexes (`lower`, `higher`, `nearest`, or `linear` with integer `q`)
//! take elements and keep the input's dtype. NumPy partitions at the positions it reads;
//! arrsh selects those positions (`partition::selected`: the same elements there, nans
//! last), or runs `np.partition` itself when `overwrite_input=True` leaves the input in
//! the partition's order.

use super::Family;
use crate::array::dtype::DType;
use crate::array::object::{ArrayRef, NdArray};
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::numpy::linalg::np;
use crate::numpy::shape::normalize_axis_tuple;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, truthy};
use crate::value::Value;
use std::rc::Rc;
use std::sync::Arc;

pub const FAMILY: Family = Family {
    names: &["quantile", "percentile"],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    match name {
        "quantile" => Some(quantile(it, &args, false)),
        "percentile" => Some(quantile(it, &args, true)),
        _ => None,
    }
}

/// NumPy's `_QuantileMethods`, in its order (the order of its error message).
const METHODS: &[&str] = &[
    "inverted_cdf",
    "averaged_inverted_cdf",
    "closest_observation",
    "interpolated_inverted_cdf",
    "hazen",
    "weibull",
    "linear",
    "median_unbiased",
    "normal_unbiased",
    "lower",
    "higher",
    "midpoint",
    "nearest",
];

fn arr(a: &ArrayRef) -> Value {
    Value::Array(a.clone())
}

/// `v.name(*pos)` for an array method (`astype`, `reshape`, `flatten`, `swapaxes`).
pub fn method(it: &mut dyn Context, v: &Value, name: &str, pos: Vec<Value>) -> PyResult<Value> {
    crate::numpy::methods::call(it, v, name, Args::new(pos))
}

fn quantile(it: &mut dyn Context, args: &Args, percent: bool) -> PyResult<Value> {
    let fname = if percent { "percentile" } else { "quantile" };
    let p = args.bind(
        fname,
        &[
            "a",
            "q",
            "axis",
            "out",
            "overwrite_input",
            "method",
            "keepdims",
            "*weights",
        ],
        2,
    )?;
    let a = as_array(p[0].as_ref().unwrap_or(&Value::None))?;
    if a.dtype.is_complex() {
        return Err(PyErr::type_err("a must be an array of real numbers"));
    }
    let qv = p[1].clone().unwrap_or(Value::None);
    // NumPy: `weak_q = type(q) in (int, float)`.
    let weak = matches!(qv, Value::Int(_) | Value::Float(_));
    let q = if percent {
        np(it, "true_divide", vec![qv, Value::Int(100)], vec![])?
    } else {
        qv
    };
    let q = as_array(&q)?;
    let valid = q.to_nums()?.iter().all(|n| {
        let x = n.as_f64();
        (0.0..=1.0).contains(&x)
    });
    if !valid {
        return Err(PyErr::value(if percent {
            "Percentiles must be in the range [0, 100]"
        } else {
            "Quantiles must be in the range [0, 1]"
        }));
    }
    let method_name = match given(&p[5]) {
        None => "linear".to_string(),
        Some(Value::Str(s)) => s.to_string(),
        Some(other) => crate::format::repr(other),
    };
    if given(&p[7]).is_some() {
        if method_name != "inverted_cdf" {
            return Err(PyErr::value(format!(
                "Only method 'inverted_cdf' supports weights. Got: {}.",
                method_name
            )));
        }
        return Err(PyErr::not_implemented(format!(
            "arrsh: np.{}(weights=...) is not implemented yet",
            fname
        )));
    }
    let out = match given(&p[3]) {
        None => None,
        Some(Value::Array(o)) => Some(o.clone()),
        Some(_) => return Err(PyErr::type_err("return arrays must be of ArrayType")),
    };
    let keepdims = given(&p[6]).map(truthy).transpose()?.unwrap_or(false);
    let nd = a.ndim();
    let axes = given(&p[2])
        .map(|v| normalize_axis_tuple(v, nd, None, false))
        .transpose()?;
    let overwrite = given(&p[4]).map(truthy).transpose()?.unwrap_or(false);
    // `overwrite_input=True` lets NumPy partition the input itself (its flattening by
    // `ravel`, a view where it can be, when there is no axis).
    let (data, axis) = match &axes {
        None if overwrite => (as_array(&np(it, "ravel", vec![arr(&a)], vec![])?)?, 0),
        _ => reduce_axes(it, &a, axes.as_deref())?,
    };
    if q.ndim() > 2 {
        return Err(PyErr::value("q must be a scalar or 1d"));
    }
    let Some(&method) = METHODS.iter().find(|m| **m == method_name) else {
        let keys: Vec<String> = METHODS.iter().map(|m| format!("'{}'", m)).collect();
        return Err(PyErr::value(format!(
            "{} is not a valid method. Use one of: dict_keys([{}])",
            match given(&p[5]) {
                Some(Value::Str(s)) => format!("'{}'", s),
                _ => method_name.clone(),
            },
            keys.join(", ")
        )));
    };
    let overwritten = overwrite.then_some(&a);
    let r = quantile_along(it, &data, &q, axis, method, weak, overwritten)?;
    if let Some(o) = out {
        // The result is written into `out` (cast as a ufunc's `out=` is) and `out` returned.
        let r = as_array(&r)?;
        if r.size() != o.size() {
            return Err(PyErr::value(format!(
                "output array has the wrong shape: {} instead of {}",
                crate::array::layout::shape_str(&o.shape),
                crate::array::layout::shape_str(&r.shape)
            )));
        }
        o.check_writeable()?;
        let r = np(
            it,
            "reshape",
            vec![arr(&r), Value::ints(o.shape.iter().map(|&d| d as i128))],
            vec![],
        )?;
        crate::array::kernels::copy_into(&o, &*as_array(&r)?)?;
        return Ok(arr(&o));
    }
    if !keepdims {
        return Ok(r);
    }
    let mut shape: Vec<i128> = q.shape.iter().map(|&d| d as i128).collect();
    for (i, &d) in a.shape.iter().enumerate() {
        let reduced = axes.as_ref().is_none_or(|ax| ax.contains(&i));
        shape.push(if reduced { 1 } else { d as i128 });
    }
    // `r[(Ellipsis,) + index_r]`: an array even when every axis was reduced.
    let r = np(it, "reshape", vec![r, Value::ints(shape)], vec![])?;
    Ok(Value::Array(as_array(&r)?))
}

/// NumPy's `_ureduce` for one reduced axis: no axis flattens the array; several axes are
/// moved to the end (kept axes swapped to the front) and merged into one.
pub fn reduce_axes(
    it: &mut dyn Context,
    a: &ArrayRef,
    axes: Option<&[usize]>,
) -> PyResult<(ArrayRef, usize)> {
    let nd = a.ndim();
    match axes {
        None => Ok((as_array(&method(it, &arr(a), "flatten", vec![])?)?, 0)),
        Some([one]) => Ok((a.clone(), *one)),
        Some(axes) => {
            let keep: Vec<usize> = (0..nd).filter(|i| !axes.contains(i)).collect();
            let mut v = arr(a);
            for (i, &s) in keep.iter().enumerate() {
                v = method(
                    it,
                    &v,
                    "swapaxes",
                    vec![Value::Int(i as i128), Value::Int(s as i128)],
                )?;
            }
            let x = as_array(&v)?;
            let mut shape: Vec<i128> = x.shape[..keep.len()].iter().map(|&d| d as i128).collect();
            shape.push(-1);
            let r = as_array(&np(it, "reshape", vec![v, Value::ints(shape)], vec![])?)?;
            let last = r.ndim() - 1;
            Ok((r, last))
        }
    }
}

/// `(n - 1) * q` and the other methods' virtual indexes, with NumPy's dtypes (`n` is a
/// Python int; integer methods cast to `intp`).
fn virtual_index(it: &mut dyn Context, method: &str, n: usize, q: &ArrayRef) -> PyResult<Value> {
    let n1 = Value::Int(n as i128 - 1);
    let qv = arr(q);
    let scaled = |it: &mut dyn Context, k: Value| np(it, "multiply", vec![k, qv.clone()], vec![]);
    let intp = Value::DType(DType::I64);
    Ok(match method {
        "linear" => scaled(it, n1)?,
        "lower" | "higher" | "nearest" => {
            let m = scaled(it, n1)?;
            let f = match method {
                "lower" => "floor",
                "higher" => "ceil",
                _ => "around",
            };
            let r = np(it, f, vec![m], vec![])?;
            method_of(it, &r, "astype", vec![intp])?
        }
        "midpoint" => {
            let m = scaled(it, n1)?;
            let lo = np(it, "floor", vec![m.clone()], vec![])?;
            let hi = np(it, "ceil", vec![m], vec![])?;
            let s = np(it, "add", vec![lo, hi], vec![])?;
            np(it, "multiply", vec![Value::Float(0.5), s], vec![])?
        }
        "averaged_inverted_cdf" => {
            let m = scaled(it, Value::Int(n as i128))?;
            np(it, "subtract", vec![m, Value::Int(1)], vec![])?
        }
        "inverted_cdf" | "closest_observation" => {
            let m = scaled(it, Value::Int(n as i128))?;
            let mut idx = np(it, "subtract", vec![m, Value::Int(1)], vec![])?;
            if method == "closest_observation" {
                idx = np(it, "subtract", vec![idx, Value::Float(0.5)], vec![])?;
            }
            let idx = as_array(&idx)?;
            let odd_rule = method == "closest_observation";
            let vals: Vec<i64> = idx
                .to_nums()?
                .iter()
                .map(|x| {
                    let x = x.as_f64();
                    let prev = x.floor();
                    let gamma = x - prev;
                    let take_prev = gamma == 0.0 && (!odd_rule || prev.rem_euclid(2.0) == 1.0);
                    let r = if take_prev { prev } else { prev + 1.0 };
                    (r as i64).max(0)
                })
                .collect();
            Value::Array(Rc::new(NdArray::from_vec(vals, &idx.shape)?))
        }
        _ => {
            let (alpha, beta): (f64, f64) = match method {
                "interpolated_inverted_cdf" => (0.0, 1.0),
                "hazen" => (0.5, 0.5),
                "weibull" => (0.0, 0.0),
                "median_unbiased" => (1.0 / 3.0, 1.0 / 3.0),
                _ => (3.0 / 8.0, 3.0 / 8.0),
            };
            // NumPy passes ints for interpolated_inverted_cdf and weibull: keep Python's
            // int arithmetic there so a float32 `q` stays float32 either way.
            let py = |x: f64, ints: bool| {
                if ints {
                    Value::Int(x as i128)
                } else {
                    Value::Float(x)
                }
            };
            let ints = alpha.fract() == 0.0 && beta.fract() == 0.0;
            let m = scaled(it, Value::Int(n as i128))?;
            let k = np(
                it,
                "multiply",
                vec![qv.clone(), py(1.0 - alpha - beta, ints)],
                vec![],
            )?;
            let k = np(it, "add", vec![py(alpha, ints), k], vec![])?;
            let s = np(it, "add", vec![m, k], vec![])?;
            np(it, "subtract", vec![s, Value::Int(1)], vec![])?
        }
    })
}

fn method_of(it: &mut dyn Context, v: &Value, name: &str, pos: Vec<Value>) -> PyResult<Value> {
    let a = as_array(v)?;
    let r = method(it, &arr(&a), name, pos)?;
    Ok(match r {
        Value::Array(x) => crate::numpy::ufunc::wrap(x),
        other => other,
    })
}

/// NumPy's `_quantile` over one axis of `data`; the q dimensions come first.
fn quantile_along(
    it: &mut dyn Context,
    data: &ArrayRef,
    q: &ArrayRef,
    axis: usize,
    method: &str,
    weak: bool,
    overwritten: Option<&ArrayRef>,
) -> PyResult<Value> {
    let n = data.shape[axis];
    let moved = if axis != 0 {
        np(
            it,
            "moveaxis",
            vec![arr(data), Value::Int(axis as i128), Value::Int(0)],
            vec![],
        )?
    } else {
        arr(data)
    };
    let moved = as_array(&moved)?;
    let vi = virtual_index(it, method, n, q)?;
    let via = as_array(&vi)?;
    let int_vi = via.dtype.is_int();
    let discrete = matches!(
        method,
        "inverted_cdf" | "closest_observation" | "lower" | "higher" | "nearest"
    );
    let take_path = discrete || (method == "linear" && int_vi);
    let inexact = moved.dtype.is_inexact();
    if n == 0 {
        // The first read of the empty axis fails: the nan check's `arr[-1]` for floats,
        // else `take` (no interpolation) or `arr[previous_indexes]` (clipped to 0).
        return Err(PyErr::index(if inexact {
            "index -1 is out of bounds for axis 0 with size 0"
        } else if take_path {
            "cannot do a non-empty take from an empty axes."
        } else {
            "index 0 is out of bounds for axis 0 with size 0"
        }));
    }
    // `_get_indexes`: floor and floor + 1, clamped to the ends; nan indexes take the last
    // element (a nan, after the partition).
    let mut prev = Vec::with_capacity(via.size());
    let mut next = Vec::with_capacity(via.size());
    if !take_path {
        for x in via.to_nums()? {
            let x = x.as_f64();
            let (p, q) = if (x.is_nan() && inexact) || x >= (n as f64) - 1.0 {
                (-1, -1)
            } else if x < 0.0 {
                (0, 0)
            } else {
                let f = x.floor() as i64;
                (f, f + 1)
            };
            prev.push(p);
            next.push(q);
        }
    }
    // NumPy partitions (it does not sort) at the indexes it reads: the virtual indexes
    // (plus -1 for the nan check), or `np.unique` of 0, -1 and both neighbours.
    let kth: Vec<i128> = if take_path {
        let mut k: Vec<i128> = via
            .to_nums()?
            .into_iter()
            .map(|x| x.as_f64() as i128)
            .collect();
        if inexact {
            k.push(-1);
        }
        k
    } else {
        let mut k: Vec<i128> = [0, -1]
            .into_iter()
            .chain(prev.iter().chain(&next).map(|&i| i as i128))
            .collect();
        k.sort_unstable();
        k.dedup();
        k
    };
    // Only the kth positions are read, unless the input keeps the partition's order.
    let fast = match overwritten {
        None => super::partition::selected(&moved, &Value::ints(kth.clone()), 0)?,
        Some(_) => None,
    };
    let sorted = match fast {
        Some(r) => Value::Array(Rc::new(r)),
        None => np(
            it,
            "partition",
            vec![arr(&moved), Value::ints(kth)],
            vec![("axis", Value::Int(0))],
        )?,
    };
    if let Some(input) = overwritten.filter(|i| Arc::ptr_eq(&i.buffer, &moved.buffer)) {
        // NumPy partitioned the input in place: leave it as `partition` ordered it.
        input.check_writeable()?;
        crate::array::kernels::copy_into(&moved, &*as_array(&sorted)?)?;
    }
    let axis0 = || vec![("axis", Value::Int(0))];
    let mut result = if take_path {
        np(it, "take", vec![sorted.clone(), vi], axis0())?
    } else {
        let prev = Value::Array(Rc::new(NdArray::from_vec(prev, &via.shape)?));
        let next = Value::Array(Rc::new(NdArray::from_vec(next, &via.shape)?));
        let previous = np(it, "take", vec![sorted.clone(), prev.clone()], axis0())?;
        let following = np(it, "take", vec![sorted.clone(), next], axis0())?;
        let mut gamma = np(it, "subtract", vec![vi.clone(), prev], vec![])?;
        match method {
            "midpoint" => {
                let whole = np(it, "remainder", vec![vi.clone(), Value::Int(1)], vec![])?;
                let whole = np(it, "equal", vec![whole, Value::Int(0)], vec![])?;
                gamma = np(
                    it,
                    "where",
                    vec![whole, Value::Float(0.0), Value::Float(0.5)],
                    vec![],
                )?;
            }
            "averaged_inverted_cdf" => {
                let zero = np(it, "equal", vec![gamma, Value::Int(0)], vec![])?;
                gamma = np(
                    it,
                    "where",
                    vec![zero, Value::Float(0.5), Value::Float(1.0)],
                    vec![],
                )?;
            }
            _ => {}
        }
        let gamma = method_of(it, &gamma, "astype", vec![Value::DType(via.dtype)])?;
        let gamma = if weak {
            Value::Float(as_array(&gamma)?.get(&[]).as_f64())
        } else {
            let mut shape: Vec<i128> = via.shape.iter().map(|&d| d as i128).collect();
            shape.extend(std::iter::repeat_n(1, moved.ndim().saturating_sub(1)));
            np(it, "reshape", vec![gamma, Value::ints(shape)], vec![])?
        };
        lerp(it, previous, following, gamma)?
    };
    if moved.dtype.is_inexact() {
        // The nan check: a slice whose last sorted element is nan gives nan.
        let last = np(it, "take", vec![sorted, Value::Int(-1)], axis0())?;
        let nans = np(it, "isnan", vec![last.clone()], vec![])?;
        if crate::numpy::ufunc::any_true(&nans)? {
            let r = as_array(&result)?;
            result = if r.ndim() == 0 {
                last
            } else {
                let w = np(it, "where", vec![nans, last, arr(&r)], vec![])?;
                method_of(it, &w, "astype", vec![Value::DType(r.dtype)])?
            };
        }
    }
    Ok(result)
}

/// NumPy's `_lerp(a, b, t)`: `a + (b - a) * t`, or `b - (b - a) * (1 - t)` where
/// `t >= 0.5`, in the dtype the first form gives.
fn lerp(it: &mut dyn Context, a: Value, b: Value, t: Value) -> PyResult<Value> {
    let diff = np(it, "subtract", vec![b.clone(), a.clone()], vec![])?;
    let scaled = np(it, "multiply", vec![diff.clone(), t.clone()], vec![])?;
    let first = np(it, "add", vec![a, scaled], vec![])?;
    let one_minus = match &t {
        // `1 - t` of a Python float is a Python float (weak), not an np.float64.
        Value::Float(x) => Value::Float(1.0 - x),
        other => np(it, "subtract", vec![Value::Int(1), other.clone()], vec![])?,
    };
    let back = np(it, "multiply", vec![diff, one_minus], vec![])?;
    let second = np(it, "subtract", vec![b, back], vec![])?;
    let upper = np(it, "greater_equal", vec![t, Value::Float(0.5)], vec![])?;
    let dtype = as_array(&first)?.dtype;
    let r = np(it, "where", vec![upper, second, first], vec![])?;
    method_of(it, &r, "astype", vec![Value::DType(dtype)])
}
