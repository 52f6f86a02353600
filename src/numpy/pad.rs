//! `np.pad(array, pad_width, mode='constant', **kwargs)` for the modes `constant`, `edge`,
//! `reflect`, `symmetric`, `wrap`, `linear_ramp`, the statistics and a padding function, with NumPy's `pad_width` forms (an int, `(n,)`,
//! `(before, after)`, one pair per axis, a dict of axes) and its errors
//! (`lib/_arraypad_impl.py`).
//!
//! NumPy pads one axis after the other, each over the full extent of the axes already
//! padded, so a later axis decides the corners. arrsh does the same: `constant` joins
//! blocks of the value before and after, the other modes gather along the axis through an
//! index map (edge: clamp; wrap: modulo the length; reflect and symmetric: the periodic
//! mirror image, period `2(n-1)` or `2n`, which is what NumPy's chunked reflection adds up
//! to for pads longer than the axis).

use super::Family;
use crate::array::dtype::DType;
use crate::array::element::Num;
use crate::array::object::{ArrayRef, NdArray};
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::numpy::linalg::np;
use crate::numpy::reduce::initial_num;
use crate::value::args::Args;
use crate::value::convert::{as_array, to_i64};
use crate::value::Value;
use std::rc::Rc;

pub const FAMILY: Family = Family {
    names: &["pad"],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    (name == "pad").then(|| pad(it, args))
}

/// NumPy's allowed keywords per mode.
const MODES: &[(&str, &[&str])] = &[
    ("empty", &[]),
    ("edge", &[]),
    ("wrap", &[]),
    ("constant", &["constant_values"]),
    ("linear_ramp", &["end_values"]),
    ("maximum", &["stat_length"]),
    ("mean", &["stat_length"]),
    ("median", &["stat_length"]),
    ("minimum", &["stat_length"]),
    ("reflect", &["reflect_type"]),
    ("symmetric", &["reflect_type"]),
];

fn pad(it: &mut dyn Context, args: Args) -> PyResult<Value> {
    let split = Args {
        pos: args.pos.clone(),
        kw: args
            .kw
            .iter()
            .filter(|(k, _)| matches!(k.as_str(), "array" | "pad_width" | "mode"))
            .cloned()
            .collect(),
    };
    let p = split.bind("pad", &["array", "pad_width", "mode"], 2)?;
    let extra: Vec<&(String, Value)> = args
        .kw
        .iter()
        .filter(|(k, _)| !matches!(k.as_str(), "array" | "pad_width" | "mode"))
        .collect();
    let a = as_array(p[0].as_ref().unwrap_or(&Value::None))?;
    let nd = a.ndim();
    let widths = pad_pairs(p[1].as_ref().unwrap_or(&Value::None), nd)?;
    let mode = match &p[2] {
        None => "constant".to_string(),
        Some(Value::Str(s)) => s.to_string(),
        Some(f @ (Value::Func(_) | Value::Method(_) | Value::Function(_))) => {
            return pad_with_function(it, &a, &widths, f, &extra);
        }
        Some(other) => {
            return Err(PyErr::value(format!(
                "mode '{}' is not supported",
                crate::format::str_of(other)
            )))
        }
    };
    let Some((_, allowed)) = MODES.iter().find(|(m, _)| *m == mode) else {
        return Err(PyErr::value(format!("mode '{}' is not supported", mode)));
    };
    let bad: Vec<String> = extra
        .iter()
        .filter(|(k, _)| !allowed.contains(&k.as_str()))
        .map(|(k, _)| format!("'{}'", k))
        .collect();
    if !bad.is_empty() {
        return Err(PyErr::value(format!(
            "unsupported keyword arguments for mode '{}': {{{}}}",
            mode,
            bad.join(", ")
        )));
    }
    let kwarg = |name: &str| {
        extra
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    };
    if mode == "empty" {
        return Err(PyErr::not_implemented(
            "arrsh: np.pad(mode='empty') is not implemented yet",
        ));
    }
    if mode == "constant" {
        let values = kwarg("constant_values").unwrap_or(Value::Int(0));
        let values = value_pairs(&values, nd)?;
        return constant(it, &a, &widths, &values);
    }
    let odd = matches!(mode.as_str(), "reflect" | "symmetric")
        && matches!(kwarg("reflect_type"), Some(Value::Str(s)) if &*s == "odd");
    if a.size() == 0 {
        for (axis, &(b, e)) in widths.iter().enumerate() {
            if a.shape[axis] == 0 && (b > 0 || e > 0) {
                return Err(PyErr::value(format!(
                    "can't extend empty axis {} using modes other than 'constant' or 'empty'",
                    axis
                )));
            }
        }
    }
    if a.size() == 0 {
        return copy_result(it, pad_zeros(&a, &widths)?);
    }
    let stat_lengths = match kwarg("stat_length") {
        Some(v) if !matches!(v, Value::None) => Some(pad_pairs(&v, nd)?),
        _ => None,
    };
    let end_values = match kwarg("end_values") {
        Some(v) => value_pairs(&v, nd)?,
        None => vec![(Value::Int(0), Value::Int(0)); nd],
    };
    let mut cur = Value::Array(a.clone());
    for (axis, &(before, after)) in widths.iter().enumerate() {
        let n = a.shape[axis];
        if matches!(mode.as_str(), "maximum" | "minimum" | "mean" | "median") {
            let lengths = stat_lengths.as_ref().map(|l| l[axis]);
            // NumPy takes the statistics of every axis, padded or not, so a zero
            // `stat_length` fails even where nothing is added.
            let (ll, rl) = lengths.unwrap_or((n, n));
            check_stat_length(ll.min(n), rl.min(n), &mode)?;
            if before > 0 || after > 0 {
                cur = stat_pad(it, &cur, axis, (before, after), lengths, &mode)?;
            }
            continue;
        }
        if mode == "linear_ramp" {
            let ends = end_values
                .get(axis)
                .cloned()
                .unwrap_or((Value::Int(0), Value::Int(0)));
            cur = linear_ramp(it, &cur, axis, (before, after), &ends)?;
            continue;
        }
        if before == 0 && after == 0 {
            continue;
        }
        if odd && n > 1 {
            cur = reflect_odd(it, &cur, axis, (before, after), n, mode == "symmetric")?;
            continue;
        }
        let map: Vec<i64> = (0..before + n + after)
            .map(|i| source_index(&mode, i as i64 - before as i64, n as i64))
            .collect();
        let idx = Value::Array(Rc::new(NdArray::from_vec(map, &[before + n + after])?));
        cur = np(
            it,
            "take",
            vec![cur, idx],
            vec![("axis", Value::Int(axis as i128))],
        )?;
    }
    copy_result(it, cur)
}

/// `mode=function`: NumPy's zero-padded array, then `function(vector, pad_width[axis],
/// axis, kwargs)` on every 1-d line along each axis in turn (a writable view it fills in
/// place, as NumPy's `pad` calls it through `ndindex`).
fn pad_with_function(
    it: &mut dyn Context,
    a: &ArrayRef,
    widths: &[(usize, usize)],
    function: &Value,
    extra: &[&(String, Value)],
) -> PyResult<Value> {
    let zeros = vec![(Value::Int(0), Value::Int(0)); a.ndim()];
    let padded = constant(it, a, widths, &zeros)?;
    let mut kwargs = crate::value::dict::PyDict::new();
    for (k, v) in extra {
        kwargs.insert(Value::str(k), v.clone())?;
    }
    let kwargs = Value::dict(kwargs);
    let nd = a.ndim() as i128;
    for (axis, &(before, after)) in widths.iter().enumerate() {
        let view = np(
            it,
            "moveaxis",
            vec![padded.clone(), Value::Int(axis as i128), Value::Int(nd - 1)],
            vec![],
        )?;
        let shape = as_array(&view)?.shape.clone();
        let width = Value::ints([before as i128, after as i128]);
        for idx in super::iteration::c_order(&shape[..shape.len() - 1])? {
            let mut key: Vec<Value> = idx.iter().map(|&i| Value::Int(i as i128)).collect();
            key.push(Value::Ellipsis);
            let line = crate::numpy::compose::get(&view, &Value::tuple(key))?;
            let call = vec![
                line,
                width.clone(),
                Value::Int(axis as i128),
                kwargs.clone(),
            ];
            it.call(function, Args::new(call))?;
        }
    }
    Ok(padded)
}

/// NumPy's `_get_linear_ramps` for one axis: `linspace(end_value, edge, width,
/// endpoint=False, dtype=a.dtype, axis=axis)` on each side (the right one reversed), written
/// out as `linspace` computes it for array end points.
fn linear_ramp(
    it: &mut dyn Context,
    cur: &Value,
    axis: usize,
    (before, after): (usize, usize),
    (end_before, end_after): &(Value, Value),
) -> PyResult<Value> {
    let c = as_array(cur)?;
    let n = c.shape[axis];
    let dtype = c.dtype;
    let ramp = |it: &mut dyn Context, end: &Value, edge_at: usize, num: usize| {
        let edge = range_take(it, cur, axis, vec![edge_at as i64])?;
        let edge = np(it, "squeeze", vec![edge], axis_kw(axis))?;
        let start = np(it, "asanyarray", vec![end.clone()], vec![])?;
        let start = np(it, "multiply", vec![start, Value::Float(1.0)], vec![])?;
        let stop = np(it, "multiply", vec![edge, Value::Float(1.0)], vec![])?;
        let dt = np(
            it,
            "result_type",
            vec![start.clone(), stop.clone(), Value::Float(num as f64)],
            vec![],
        )?;
        let delta = np(it, "subtract", vec![stop, start.clone()], vec![])?;
        let mut shape = vec![Value::Int(-1)];
        shape.extend((0..as_array(&delta)?.ndim()).map(|_| Value::Int(1)));
        let y = np(
            it,
            "arange",
            vec![Value::Int(0), Value::Int(num as i128)],
            vec![("dtype", dt)],
        )?;
        let y = np(it, "reshape", vec![y, Value::tuple(shape)], vec![])?;
        let div = Value::Int(num as i128);
        let y = if num > 0 {
            let step = np(it, "true_divide", vec![delta.clone(), div.clone()], vec![])?;
            let zero = np(it, "equal", vec![step.clone(), Value::Int(0)], vec![])?;
            if crate::value::convert::truthy(&np(it, "any", vec![zero], vec![])?)? {
                let y = np(it, "true_divide", vec![y, div], vec![])?;
                np(it, "multiply", vec![y, delta], vec![])?
            } else {
                np(it, "multiply", vec![y, step], vec![])?
            }
        } else {
            np(it, "multiply", vec![y, delta], vec![])?
        };
        let mut y = np(it, "add", vec![y, start], vec![])?;
        if axis != 0 {
            y = np(
                it,
                "moveaxis",
                vec![y, Value::Int(0), Value::Int(axis as i128)],
                vec![],
            )?;
        }
        if dtype.is_int() {
            y = np(it, "floor", vec![y], vec![])?;
        }
        crate::numpy::quantile::method(it, &y, "astype", vec![Value::DType(dtype)])
    };
    let left = ramp(it, end_before, 0, before)?;
    let right = ramp(it, end_after, n - 1, after)?;
    let reversed: Vec<i64> = (0..after as i64).rev().collect();
    let right = range_take(it, &right, axis, reversed)?;
    let parts = vec![left, cur.clone(), right];
    np(it, "concatenate", vec![Value::list(parts)], axis_kw(axis))
}

/// The padded shape, all zeros: what `_pad_simple` leaves when there is nothing to copy
/// from (an empty array whose empty axes are not extended).
fn pad_zeros(a: &NdArray, widths: &[(usize, usize)]) -> PyResult<Value> {
    let shape: Vec<usize> = a
        .shape
        .iter()
        .zip(widths)
        .map(|(&n, &(b, e))| n + b + e)
        .collect();
    Ok(Value::Array(Rc::new(NdArray::zeros(&shape, a.dtype)?)))
}

fn axis_kw(axis: usize) -> Vec<(&'static str, Value)> {
    vec![("axis", Value::Int(axis as i128))]
}

/// `cur[lo:hi]` along `axis`, as an index array for `take`.
fn range_take(it: &mut dyn Context, cur: &Value, axis: usize, idx: Vec<i64>) -> PyResult<Value> {
    let n = idx.len();
    let idx = Value::Array(Rc::new(NdArray::from_vec(idx, &[n])?));
    np(it, "take", vec![cur.clone(), idx], axis_kw(axis))
}

/// `len` copies of a keepdims statistic along `axis`.
fn repeat_block(it: &mut dyn Context, stat: &Value, axis: usize, len: usize) -> PyResult<Value> {
    range_take(it, stat, axis, vec![0; len])
}

/// A maximum or minimum of no values is NumPy's ValueError.
fn check_stat_length(ll: usize, rl: usize, mode: &str) -> PyResult<()> {
    if (ll == 0 || rl == 0) && matches!(mode, "maximum" | "minimum") {
        return Err(PyErr::value("stat_length of 0 yields no value for padding"));
    }
    Ok(())
}

/// NumPy's `_get_stats` + `_set_pad_area`: the statistic of the first / last
/// `stat_length` original values (all of them by default), rounded for integer arrays.
fn stat_pad(
    it: &mut dyn Context,
    cur: &Value,
    axis: usize,
    (before, after): (usize, usize),
    lengths: Option<(usize, usize)>,
    mode: &str,
) -> PyResult<Value> {
    let c = as_array(cur)?;
    let n = c.shape[axis];
    let (ll, rl) = lengths.unwrap_or((n, n));
    let (ll, rl) = (ll.min(n), rl.min(n));
    check_stat_length(ll, rl, mode)?;
    let f = match mode {
        "maximum" => "amax",
        "minimum" => "amin",
        other => other,
    };
    let dtype = c.dtype;
    let stat = |it: &mut dyn Context, idx: Vec<i64>| -> PyResult<Value> {
        let part = range_take(it, cur, axis, idx)?;
        let mut kw = axis_kw(axis);
        kw.push(("keepdims", Value::Bool(true)));
        let mut v = np(it, f, vec![part], kw)?;
        if dtype.is_int() {
            v = np(it, "around", vec![v], vec![])?;
        }
        let v = crate::numpy::quantile::method(it, &v, "astype", vec![Value::DType(dtype)])?;
        Ok(Value::Array(as_array(&v)?))
    };
    let left = stat(it, (0..ll as i64).collect())?;
    let right = if ll == n && rl == n {
        left.clone()
    } else {
        stat(it, ((n - rl) as i64..n as i64).collect())?
    };
    let parts = vec![
        repeat_block(it, &left, axis, before)?,
        cur.clone(),
        repeat_block(it, &right, axis, after)?,
    ];
    np(it, "concatenate", vec![Value::list(parts)], axis_kw(axis))
}

/// NumPy's `_set_reflect_both` loop with `reflect_type='odd'`: each step mirrors up to one
/// period of the values already in place and negates it about the edge value
/// (`2 * edge - chunk`), growing the filled area until both pads are done.
fn reflect_odd(
    it: &mut dyn Context,
    cur: &Value,
    axis: usize,
    (mut left, mut right): (usize, usize),
    period: usize,
    include_edge: bool,
) -> PyResult<Value> {
    let mut v = cur.clone();
    while left > 0 || right > 0 {
        let len = as_array(&v)?.shape[axis];
        let (old, edge) = if include_edge {
            (len / period * period, 1usize)
        } else {
            ((len - 1) / (period - 1) * (period - 1), 0usize)
        };
        let mut parts = Vec::new();
        if left > 0 {
            let k = old.min(left);
            let idx: Vec<i64> = (0..k).map(|i| (k - edge - i) as i64).collect();
            let chunk = range_take(it, &v, axis, idx)?;
            let e = range_take(it, &v, axis, vec![0])?;
            let twice = np(it, "multiply", vec![Value::Int(2), e], vec![])?;
            parts.push(np(it, "subtract", vec![twice, chunk], vec![])?);
            left -= k;
        }
        parts.push(v.clone());
        if right > 0 {
            let k = old.min(right);
            let last = len as i64 - 1;
            let idx: Vec<i64> = (0..k).map(|i| last - 1 + edge as i64 - i as i64).collect();
            let chunk = range_take(it, &v, axis, idx)?;
            let e = range_take(it, &v, axis, vec![last])?;
            let twice = np(it, "multiply", vec![Value::Int(2), e], vec![])?;
            parts.push(np(it, "subtract", vec![twice, chunk], vec![])?);
            right -= k;
        }
        let joined = np(it, "concatenate", vec![Value::list(parts)], axis_kw(axis))?;
        let dtype = as_array(cur)?.dtype;
        v = crate::numpy::quantile::method(it, &joined, "astype", vec![Value::DType(dtype)])?;
    }
    Ok(v)
}

/// Where output position `i` (counted from the first original element) reads from, for an
/// axis of length `n`.
fn source_index(mode: &str, i: i64, n: i64) -> i64 {
    match mode {
        "edge" => i.clamp(0, n - 1),
        "wrap" => i.rem_euclid(n),
        "symmetric" => {
            let j = i.rem_euclid(2 * n);
            if j >= n {
                2 * n - 1 - j
            } else {
                j
            }
        }
        _ => {
            // reflect; a single element is extended like `edge` (NumPy's legacy rule).
            if n == 1 {
                return 0;
            }
            let j = i.rem_euclid(2 * (n - 1));
            if j >= n {
                2 * (n - 1) - j
            } else {
                j
            }
        }
    }
}

/// A fresh array (NumPy's `pad` never returns a view of its input).
fn copy_result(it: &mut dyn Context, v: Value) -> PyResult<Value> {
    let a = as_array(&v)?;
    let r = crate::numpy::quantile::method(it, &Value::Array(a), "copy", vec![])?;
    Ok(match r {
        Value::Scalar(d, n) => {
            let z = NdArray::zeros(&[], d)?;
            z.set(&[], n);
            Value::Array(Rc::new(z))
        }
        other => other,
    })
}

fn constant(
    it: &mut dyn Context,
    a: &ArrayRef,
    widths: &[(usize, usize)],
    values: &[(Value, Value)],
) -> PyResult<Value> {
    let mut cur = Value::Array(a.clone());
    for (axis, (&(before, after), (vb, va))) in widths.iter().zip(values).enumerate() {
        if before == 0 && after == 0 {
            continue;
        }
        let shape = as_array(&cur)?.shape.clone();
        let block = |len: usize, v: &Value, it: &mut dyn Context| -> PyResult<Value> {
            let mut s = shape.clone();
            s[axis] = len;
            let z = NdArray::zeros(&s, a.dtype)?;
            crate::array::kernels::fill(&z, element(it, v, a.dtype)?);
            Ok(Value::Array(Rc::new(z)))
        };
        let parts = vec![block(before, vb, it)?, cur, block(after, va, it)?];
        cur = np(
            it,
            "concatenate",
            vec![Value::list(parts)],
            vec![("axis", Value::Int(axis as i128))],
        )?;
    }
    copy_result(it, cur)
}

/// A constant as an element of `dt`, as NumPy's `padded[...] = value` stores it (a complex
/// value into a real array keeps its real part, with NumPy's ComplexWarning).
fn element(it: &mut dyn Context, v: &Value, dt: DType) -> PyResult<Num> {
    if !dt.is_complex() {
        if let Some(Num::Complex(re, _)) = crate::value::convert::to_num(v) {
            it.warn(
                "ComplexWarning",
                "Casting complex values to real discards the imaginary part",
            );
            return initial_num(&Value::Float(re), dt);
        }
    }
    // A float stored into an integer array is cast (truncated, wrapping) as setitem does;
    // a Python int must fit.
    if let Some(Num::Float(x)) = crate::value::convert::to_num(v) {
        if dt.is_int() && x.is_finite() {
            return Ok(Num::Float(x));
        }
    }
    initial_num(v, dt)
}

/// NumPy's `_as_pairs(pad_width, ndim, as_index=True)`: integer kind only, then one value,
/// a (before, after) pair, or a per-axis table broadcast to `(ndim, 2)`.
fn pad_pairs(v: &Value, nd: usize) -> PyResult<Vec<(usize, usize)>> {
    let v = match v {
        Value::Dict(d) => {
            let mut seq = vec![Value::ints([0, 0]); nd];
            for (k, w) in d.borrow().iter() {
                let ax = crate::numpy::shape::normalize_axis(to_i64(k)?, nd, None)?;
                seq[ax] = match w {
                    Value::Tuple(_) => w.clone(),
                    other => Value::tuple(vec![other.clone(), other.clone()]),
                };
            }
            Value::list(seq)
        }
        other => other.clone(),
    };
    let x = as_array(&v)?;
    if x.dtype.kind_char() != 'i' {
        return Err(PyErr::type_err("`pad_width` must be of integral type."));
    }
    let vals: Vec<i64> = x.to_nums()?.iter().map(|n| n.as_f64() as i64).collect();
    let negative = || PyErr::value("index can't contain negative values");
    let small = x.ndim() < 3 && (vals.len() == 1 || vals.len() == 2 && x.shape != [2, 1]);
    if small && vals.iter().any(|&w| w < 0) {
        return Err(negative());
    }
    let pairs: Vec<(i64, i64)> = if x.ndim() < 3 && vals.len() == 1 {
        vec![(vals[0], vals[0]); nd]
    } else if x.ndim() < 3 && vals.len() == 2 && x.shape != [2, 1] {
        vec![(vals[0], vals[1]); nd]
    } else {
        if vals.iter().any(|&w| w < 0) {
            return Err(negative());
        }
        broadcast_pairs(&x.shape, nd)?
            .into_iter()
            .map(|(i, j)| (vals[i], vals[j]))
            .collect()
    };
    if pairs.iter().any(|&(b, e)| b < 0 || e < 0) {
        return Err(negative());
    }
    Ok(pairs
        .into_iter()
        .map(|(b, e)| (b as usize, e as usize))
        .collect())
}

/// Flat indexes of `np.broadcast_to(x, (nd, 2))[k]` for each axis `k`, or NumPy's error.
fn broadcast_pairs(shape: &[usize], nd: usize) -> PyResult<Vec<(usize, usize)>> {
    let target = [nd, 2];
    let fits = shape.len() <= 2
        && shape
            .iter()
            .rev()
            .zip(target.iter().rev())
            .all(|(&s, &t)| s == t || s == 1);
    if !fits {
        return Err(PyErr::value(format!(
            "operands could not be broadcast together with remapped shapes [original->remapped]: {}  and requested shape {}",
            crate::array::layout::shape_str(shape).replace(' ', ""),
            crate::array::layout::shape_str(&target).replace(' ', "")
        )));
    }
    let (rows, cols) = match shape {
        [] => (1, 1),
        [c] => (1, *c),
        [r, c] => (*r, *c),
        _ => (1, 1),
    };
    Ok((0..nd)
        .map(|k| {
            let r = if rows == 1 { 0 } else { k };
            let at = |c: usize| r * cols + if cols == 1 { 0 } else { c };
            (at(0), at(1))
        })
        .collect())
}

/// `_as_pairs(constant_values, ndim)`: the same shapes as `pad_width`, any numbers; a list
/// table is given back as Python numbers (NumPy's `tolist()`), so an out-of-range int is
/// NumPy's OverflowError either way.
fn value_pairs(v: &Value, nd: usize) -> PyResult<Vec<(Value, Value)>> {
    if let Value::None = v {
        return Ok(vec![(Value::None, Value::None); nd]);
    }
    let x = as_array(v)?;
    let vals: Vec<Value> = x
        .to_nums()?
        .into_iter()
        .map(|n| crate::value::convert::num_to_py(x.dtype, n))
        .collect();
    if x.ndim() < 3 && vals.len() == 1 {
        return Ok(vec![(vals[0].clone(), vals[0].clone()); nd]);
    }
    if x.ndim() < 3 && vals.len() == 2 && x.shape != [2, 1] {
        return Ok(vec![(vals[0].clone(), vals[1].clone()); nd]);
    }
    Ok(broadcast_pairs(&x.shape, nd)?
        .into_iter()
        .map(|(i, j)| (vals[i].clone(), vals[j].clone()))
        .collect())
}
