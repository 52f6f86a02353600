//! The subscriptable helpers of `numpy.lib._index_tricks_impl`: `np.s_` and
//! `np.index_exp` (the key itself), `np.r_` and `np.c_` (concatenation along an axis
//! with slice ranges, `1j`-style point counts and the `'axis,ndmin,trans1d'` directive)
//! and `np.mgrid` / `np.ogrid` (dense and open grids) — NumPy's `__getitem__`
//! definitions over arrsh's `arange`, `linspace`, `indices` and `concatenate`. The
//! `'r'`/`'c'` directives make `np.matrix`, which arrsh does not have.

use crate::error::{PyErr, PyResult};
use crate::numpy::compose::np;
use crate::numpy::compose::np1;
use crate::numpy::context::Context;
use crate::numpy::objects::HostObject;
use crate::value::convert::{as_array, iter_values, to_f64};
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// The names of the helpers in the `numpy` namespace.
pub const NAMES: [&str; 6] = ["s_", "index_exp", "r_", "c_", "mgrid", "ogrid"];

/// `np.<name>` as an object (a fresh one per lookup).
pub fn object(name: &str) -> Option<Value> {
    let name = NAMES.iter().find(|n| **n == name)?;
    Some(Value::Object(Rc::new(RefCell::new(
        HostObject::IndexTrick(name),
    ))))
}

/// NumPy's class of each helper.
pub fn class_name(name: &str) -> &'static str {
    match name {
        "r_" => "numpy.lib._index_tricks_impl.RClass",
        "c_" => "numpy.lib._index_tricks_impl.CClass",
        "mgrid" => "numpy.lib._index_tricks_impl.MGridClass",
        "ogrid" => "numpy.lib._index_tricks_impl.OGridClass",
        _ => "numpy.lib._index_tricks_impl.IndexExpression",
    }
}

/// `helper[key]`.
pub fn getitem(it: &mut dyn Context, name: &str, key: &Value) -> PyResult<Value> {
    match name {
        "s_" => Ok(key.clone()),
        "index_exp" => Ok(match key {
            Value::Tuple(_) => key.clone(),
            k => Value::tuple(vec![k.clone()]),
        }),
        "r_" => concatenator(it, key, 0, 1, -1),
        "c_" => concatenator(it, key, -1, 2, 0),
        "mgrid" => grid(it, key, false),
        _ => grid(it, key, true),
    }
}

fn is_py_scalar(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::Float(_) | Value::Complex(..) | Value::Bool(_) | Value::Scalar(..)
    )
}

/// `array(x, copy=None, ndmin=ndmin, dtype=...)`.
fn with_ndmin(
    it: &mut dyn Context,
    x: Value,
    ndmin: usize,
    dtype: Option<&Value>,
) -> PyResult<Value> {
    let a = match dtype {
        Some(d) => np(it, "asarray", vec![x], vec![("dtype", d.clone())])?,
        None => np1(it, "asarray", vec![x])?,
    };
    let shape = as_array(&a)?.shape.clone();
    if shape.len() >= ndmin {
        return Ok(a);
    }
    let mut s: Vec<i128> = vec![1; ndmin - shape.len()];
    s.extend(shape.iter().map(|&d| d as i128));
    np1(it, "reshape", vec![a, Value::ints(s)])
}

/// A slice's parts with NumPy's defaults (start 0, step 1).
fn slice_parts(s: &[Value; 3]) -> (Value, Value, Value) {
    let start = if matches!(s[0], Value::None) {
        Value::Int(0)
    } else {
        s[0].clone()
    };
    let step = if matches!(s[2], Value::None) {
        Value::Int(1)
    } else {
        s[2].clone()
    };
    (start, s[1].clone(), step)
}

fn complex_step(v: &Value) -> Option<f64> {
    match v {
        Value::Complex(re, im) => Some(re.hypot(*im)),
        Value::Scalar(d, n) if d.is_complex() => {
            let (re, im) = n.as_complex();
            Some(re.hypot(im))
        }
        _ => None,
    }
}

/// `AxisConcatenator.__getitem__`.
fn concatenator(
    it: &mut dyn Context,
    key: &Value,
    mut axis: i64,
    mut ndmin: usize,
    mut trans1d: i64,
) -> PyResult<Value> {
    if let Value::Str(_) = key {
        return Err(PyErr::not_implemented(
            "arrsh has no np.matrix (the string forms of np.r_/np.c_ make one)",
        ));
    }
    let items = match key {
        Value::Tuple(t) => t.to_vec(),
        k => vec![k.clone()],
    };
    let mut objs = Vec::new();
    let mut types = Vec::new();
    for (k, item) in items.iter().enumerate() {
        let newobj = match item {
            Value::Slice(s) => {
                let (start, stop, step) = slice_parts(s);
                let mut o = match complex_step(&step) {
                    Some(size) => np(
                        it,
                        "linspace",
                        vec![start, stop],
                        vec![("num", Value::Int(size as i128))],
                    )?,
                    None => np1(it, "arange", vec![start, stop, step])?,
                };
                if ndmin > 1 {
                    o = with_ndmin(it, o, ndmin, None)?;
                    if trans1d != -1 {
                        o = np1(
                            it,
                            "swapaxes",
                            vec![o, Value::Int(-1), Value::Int(trans1d as i128)],
                        )?;
                    }
                }
                o
            }
            Value::Str(s) => {
                if k != 0 {
                    return Err(PyErr::value("special directives must be the first entry."));
                }
                if &**s == "r" || &**s == "c" {
                    return Err(PyErr::not_implemented(
                        "arrsh has no np.matrix (the 'r' and 'c' directives make one)",
                    ));
                }
                if s.contains(',') {
                    let parts: Vec<&str> = s.split(',').collect();
                    let ints: Option<Vec<i64>> = parts
                        .iter()
                        .take(3)
                        .map(|p| p.trim().parse().ok())
                        .collect();
                    match ints {
                        Some(v) if v.len() >= 2 => {
                            axis = v[0];
                            ndmin = v[1].max(0) as usize;
                            if parts.len() == 3 {
                                trans1d = v[2];
                            }
                        }
                        _ => {
                            return Err(PyErr::value(format!(
                                "unknown special directive {}",
                                crate::format::repr(item)
                            )))
                        }
                    }
                    continue;
                }
                match s.trim().parse::<i64>() {
                    Ok(a) => axis = a,
                    Err(_) => return Err(PyErr::value("unknown special directive")),
                }
                continue;
            }
            v if is_py_scalar(v) => {
                objs.push(v.clone());
                types.push(v.clone());
                continue;
            }
            v => {
                let item_nd = as_array(&np1(it, "asarray", vec![v.clone()])?)?.ndim();
                let mut o = with_ndmin(it, v.clone(), ndmin, None)?;
                if trans1d != -1 && item_nd < ndmin {
                    let k2 = (ndmin - item_nd) as i64;
                    let mut k1 = trans1d;
                    if k1 < 0 {
                        k1 += k2 + 1;
                    }
                    let def: Vec<i128> = (0..ndmin as i128).collect();
                    let (k1, k2) = (k1.clamp(0, ndmin as i64) as usize, k2 as usize);
                    let mut axes: Vec<i128> = def[..k1].to_vec();
                    axes.extend_from_slice(&def[k2..]);
                    if k1 < k2 {
                        axes.extend_from_slice(&def[k1..k2]);
                    }
                    o = np1(it, "transpose", vec![o, Value::ints(axes)])?;
                }
                o
            }
        };
        types.push(Value::DType(as_array(&newobj)?.dtype));
        objs.push(newobj);
    }
    if !types.is_empty() {
        let dt = np1(it, "result_type", types)?;
        objs = objs
            .into_iter()
            .map(|o| with_ndmin(it, o, ndmin, Some(&dt)))
            .collect::<PyResult<_>>()?;
    }
    np(
        it,
        "concatenate",
        vec![Value::tuple(objs)],
        vec![("axis", Value::Int(axis as i128))],
    )
}

/// Python's `(a - b) / c` on numbers.
fn py_div(a: &Value, b: &Value, c: f64) -> PyResult<f64> {
    let (a, b) = (to_f64(a)?, to_f64(b)?);
    if c == 0.0 {
        return Err(PyErr::zero_div("division by zero"));
    }
    Ok((a - b) / c)
}

/// `nd_grid.__getitem__`: a grid of the slices' ranges (`n*1j` steps count points).
fn grid(it: &mut dyn Context, key: &Value, sparse: bool) -> PyResult<Value> {
    let Value::Tuple(keys) = key else {
        return single_range(it, key);
    };
    let mut size = Vec::new();
    let mut nums = vec![Value::Int(0)];
    let mut parts = Vec::new();
    for k in keys.iter() {
        let Value::Slice(s) = k else {
            return Err(PyErr::attribute(format!(
                "'{}' object has no attribute 'step'",
                k.type_of().short_name()
            )));
        };
        let (start, stop, step) = slice_parts(s);
        if matches!(stop, Value::None) {
            return Err(PyErr::type_err(
                "unsupported operand type(s) for -: 'NoneType' and 'int'",
            ));
        }
        let step_num = match complex_step(&step) {
            Some(m) => {
                size.push(m as i128);
                Value::Float(m)
            }
            None => {
                let n = py_div(&stop, &start, to_f64(&step)?)?.ceil();
                size.push(if n.is_finite() { n as i128 } else { 0 });
                step.clone()
            }
        };
        nums.extend([start.clone(), stop.clone(), step_num]);
        parts.push((start, stop, step));
    }
    let typ = np1(it, "result_type", nums)?;
    let size: Vec<i128> = size.into_iter().map(|s| s.max(0)).collect();
    let mut nn: Vec<Value> = if sparse {
        size.iter()
            .map(|&n| {
                np(
                    it,
                    "arange",
                    vec![Value::Int(n)],
                    vec![("dtype", typ.clone())],
                )
            })
            .collect::<PyResult<_>>()?
    } else {
        let g = np(
            it,
            "indices",
            vec![Value::ints(size.clone())],
            vec![("dtype", typ.clone())],
        )?;
        iter_values(&g)?
    };
    for (k, (start, stop, step)) in parts.iter().enumerate() {
        let step = match complex_step(step) {
            Some(m) => {
                let n = m as i64;
                if n != 1 {
                    Value::Float(py_div(stop, start, (n - 1) as f64)?)
                } else {
                    Value::Int(1)
                }
            }
            None => step.clone(),
        };
        let t = np1(it, "multiply", vec![nn[k].clone(), step])?;
        let t = np1(it, "add", vec![t, start.clone()])?;
        nn[k] = np(it, "asarray", vec![t], vec![("dtype", typ.clone())])?;
    }
    if sparse {
        let nd = size.len();
        let out = nn
            .into_iter()
            .enumerate()
            .map(|(k, v)| {
                let mut s = vec![1i128; nd];
                s[k] = -1;
                np1(it, "reshape", vec![v, Value::ints(s)])
            })
            .collect::<PyResult<_>>()?;
        return Ok(Value::tuple(out));
    }
    np1(it, "array", vec![Value::tuple(nn)])
}

/// `mgrid[start:stop:step]` with one slice: a 1-d range.
fn single_range(it: &mut dyn Context, key: &Value) -> PyResult<Value> {
    let Value::Slice(s) = key else {
        return Err(PyErr::attribute(format!(
            "'{}' object has no attribute 'step'",
            key.type_of().short_name()
        )));
    };
    let start = if matches!(s[0], Value::None) {
        Value::Int(0)
    } else {
        s[0].clone()
    };
    let (stop, step) = (s[1].clone(), s[2].clone());
    match complex_step(&step) {
        Some(m) => {
            let length = m as i64;
            let step = if length != 1 {
                Value::Float(py_div(&stop, &start, (length - 1) as f64)?)
            } else {
                Value::Int(1)
            };
            let typ = np1(
                it,
                "result_type",
                vec![start.clone(), stop, Value::Float(m)],
            )?;
            let r = np(
                it,
                "arange",
                vec![Value::Int(0), Value::Int(length as i128), Value::Int(1)],
                vec![("dtype", typ)],
            )?;
            let r = np1(it, "multiply", vec![r, step])?;
            np1(it, "add", vec![r, start])
        }
        None => np1(it, "arange", vec![start, stop, step]),
    }
}
