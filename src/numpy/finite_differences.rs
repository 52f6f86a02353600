//! `np.gradient` (second-order central differences inside, first- or second-order
//! one-sided ones at the edges, uniform or per-point spacing) and `np.ediff1d`: NumPy's
//! Python definitions (`lib/_function_base_impl.py`, `lib/_arraysetops_impl.py`) over
//! arrsh's ufuncs. Scalar spacings stay Python numbers where NumPy's do, so a float32
//! array keeps float32 under NEP 50.

use super::Family;
use crate::array::dtype::DType;
use crate::error::{PyErr, PyResult};
use crate::numpy::compose::{get, np, np1, set, slice};
use crate::numpy::context::Context;
use crate::numpy::shape::normalize_axis_tuple;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, to_f64, to_i64, truthy};
use crate::value::Value;

pub const FAMILY: Family = Family {
    names: &["gradient", "ediff1d"],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    Some(match name {
        "gradient" => gradient(it, &args),
        "ediff1d" => ediff1d(it, &args),
        _ => return None,
    })
}

fn is_py_number(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_))
}

/// `k / d` or `k * d` for a float constant `k`, as Python evaluates it: a Python float
/// when `d` is a Python number, NumPy's ufunc otherwise.
fn scaled(it: &mut dyn Context, k: f64, d: &Value, divide: bool) -> PyResult<Value> {
    if is_py_number(d) {
        let x = to_f64(d)?;
        if divide {
            if x == 0.0 {
                return Err(PyErr::zero_div("float division by zero"));
            }
            return Ok(Value::Float(k / x));
        }
        return Ok(Value::Float(k * x));
    }
    let name = if divide { "true_divide" } else { "multiply" };
    np1(it, name, vec![Value::Float(k), d.clone()])
}

fn bin(it: &mut dyn Context, name: &str, a: Value, b: Value) -> PyResult<Value> {
    np1(it, name, vec![a, b])
}

/// The index tuple selecting `item` along `axis` and everything elsewhere.
fn along(nd: usize, axis: usize, item: Value) -> Value {
    let mut key = vec![slice(None, None); nd];
    key[axis] = item;
    Value::tuple(key)
}

/// `a * f[k2] + b * f[k3] + c * f[k4]`.
fn combo(it: &mut dyn Context, f: &Value, coef: [Value; 3], keys: [&Value; 3]) -> PyResult<Value> {
    let [a, b, c] = coef;
    let t1 = bin(it, "multiply", a, get(f, keys[0])?)?;
    let t2 = bin(it, "multiply", b, get(f, keys[1])?)?;
    let t3 = bin(it, "multiply", c, get(f, keys[2])?)?;
    let s = bin(it, "add", t1, t2)?;
    bin(it, "add", s, t3)
}

fn gradient(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let mut axis = None;
    let mut edge_order = 1i64;
    for (k, v) in &args.kw {
        match k.as_str() {
            "axis" => axis = Some(v.clone()),
            "edge_order" => edge_order = to_i64(v)?,
            _ => {
                return Err(PyErr::type_err(format!(
                    "gradient() got an unexpected keyword argument '{}'",
                    k
                )))
            }
        }
    }
    let Some(f0) = args.pos.first() else {
        return Err(PyErr::type_err(
            "gradient() missing 1 required positional argument: 'f'",
        ));
    };
    let mut f = np1(it, "asanyarray", vec![f0.clone()])?;
    let fa = as_array(&f)?;
    let nd = fa.ndim();
    let axes: Vec<usize> = match given(&axis) {
        None => (0..nd).collect(),
        Some(a) => normalize_axis_tuple(a, nd, None, false)?,
    };
    let varargs = &args.pos[1..];
    let mut dx: Vec<Value> = Vec::new();
    let scalar = |v: &Value| -> PyResult<bool> {
        Ok(is_py_number(v) || matches!(v, Value::Scalar(..)) || as_array(v)?.ndim() == 0)
    };
    if varargs.is_empty() {
        dx = vec![Value::Float(1.0); axes.len()];
    } else if varargs.len() == 1 && scalar(&varargs[0])? {
        dx = vec![varargs[0].clone(); axes.len()];
    } else if varargs.len() == axes.len() {
        for (i, d) in varargs.iter().enumerate() {
            let dist = np1(it, "asanyarray", vec![d.clone()])?;
            let da = as_array(&dist)?;
            if da.ndim() == 0 {
                dx.push(d.clone());
                continue;
            }
            if da.ndim() != 1 {
                return Err(PyErr::value("distances must be either scalars or 1d"));
            }
            if da.shape[0] != fa.shape[axes[i]] {
                return Err(PyErr::value(
                    "when 1d, distances must match the length of the corresponding dimension",
                ));
            }
            let dist = if da.dtype.is_int() {
                np(
                    it,
                    "asarray",
                    vec![dist],
                    vec![("dtype", Value::DType(DType::F64))],
                )?
            } else {
                dist
            };
            let diffx = np1(it, "diff", vec![dist])?;
            let first = get(&diffx, &Value::Int(0))?;
            let same = bin(it, "equal", diffx.clone(), first.clone())?;
            let all = np1(it, "all", vec![same])?;
            dx.push(if truthy(&all)? { first } else { diffx });
        }
    } else {
        return Err(PyErr::type_err("invalid number of arguments"));
    }
    if edge_order > 2 {
        return Err(PyErr::value("'edge_order' greater than 2 not supported"));
    }
    let otype = if fa.dtype.is_inexact() {
        fa.dtype
    } else {
        if fa.dtype.is_int() {
            f = np(
                it,
                "asarray",
                vec![f],
                vec![("dtype", Value::DType(DType::F64))],
            )?;
        }
        DType::F64
    };
    let mut outs = Vec::new();
    for (&ax, axdx) in axes.iter().zip(&dx) {
        if (fa.shape[ax] as i64) < edge_order + 1 {
            return Err(PyErr::value(
                "Shape of array too small to calculate a numerical gradient, at least \
                 (edge_order + 1) elements are required.",
            ));
        }
        let out = np(
            it,
            "empty_like",
            vec![f.clone()],
            vec![("dtype", Value::DType(otype))],
        )?;
        let uniform = is_py_number(axdx) || as_array(axdx)?.ndim() == 0;
        let k = |item: Value| along(nd, ax, item);
        let interior = k(slice(Some(1), Some(-1)));
        let lo = k(slice(None, Some(-2)));
        let hi = k(slice(Some(2), None));
        let part = |i: i128| Value::Int(i);
        let dxs = |lo: Option<i128>, hi: Option<i128>| get(axdx, &slice(lo, hi));
        if uniform {
            let d = bin(it, "subtract", get(&f, &hi)?, get(&f, &lo)?)?;
            let two = scaled(it, 2.0, axdx, false)?;
            let v = bin(it, "true_divide", d, two)?;
            set(&out, &interior, &v)?;
        } else {
            let dx1 = dxs(Some(0), Some(-1))?;
            let dx2 = dxs(Some(1), None)?;
            let s = bin(it, "add", dx1.clone(), dx2.clone())?;
            let neg = np1(it, "negative", vec![dx2.clone()])?;
            let p12 = bin(it, "multiply", dx1.clone(), s.clone())?;
            let a = bin(it, "true_divide", neg, p12)?;
            let num = bin(it, "subtract", dx2.clone(), dx1.clone())?;
            let den = bin(it, "multiply", dx1.clone(), dx2.clone())?;
            let b = bin(it, "true_divide", num, den)?;
            let p21 = bin(it, "multiply", dx2, s)?;
            let c = bin(it, "true_divide", dx1, p21)?;
            let mut shape = vec![1i128; nd];
            shape[ax] = -1;
            let mut coef = Vec::new();
            for x in [a, b, c] {
                coef.push(np1(it, "reshape", vec![x, Value::ints(shape.clone())])?);
            }
            let [a, b, c]: [Value; 3] = coef
                .try_into()
                .map_err(|_| PyErr::runtime("gradient: three coefficients"))?;
            let v = combo(it, &f, [a, b, c], [&lo, &interior, &hi])?;
            set(&out, &interior, &v)?;
        }
        if edge_order == 1 {
            let d0 = if uniform {
                axdx.clone()
            } else {
                get(axdx, &part(0))?
            };
            let v = bin(it, "subtract", get(&f, &k(part(1)))?, get(&f, &k(part(0)))?)?;
            let v = bin(it, "true_divide", v, d0)?;
            set(&out, &k(part(0)), &v)?;
            let dn = if uniform {
                axdx.clone()
            } else {
                get(axdx, &part(-1))?
            };
            let v = bin(
                it,
                "subtract",
                get(&f, &k(part(-1)))?,
                get(&f, &k(part(-2)))?,
            )?;
            let v = bin(it, "true_divide", v, dn)?;
            set(&out, &k(part(-1)), &v)?;
        } else {
            let coef = if uniform {
                [
                    scaled(it, -1.5, axdx, true)?,
                    scaled(it, 2.0, axdx, true)?,
                    scaled(it, -0.5, axdx, true)?,
                ]
            } else {
                let dx1 = get(axdx, &part(0))?;
                let dx2 = get(axdx, &part(1))?;
                let s = bin(it, "add", dx1.clone(), dx2.clone())?;
                let t = scaled(it, 2.0, &dx1, false)?;
                let t = bin(it, "add", t, dx2.clone())?;
                let t = np1(it, "negative", vec![t])?;
                let p = bin(it, "multiply", dx1.clone(), s.clone())?;
                let a = bin(it, "true_divide", t, p)?;
                let d = bin(it, "multiply", dx1.clone(), dx2.clone())?;
                let b = bin(it, "true_divide", s.clone(), d)?;
                let n = np1(it, "negative", vec![dx1])?;
                let p = bin(it, "multiply", dx2, s)?;
                let c = bin(it, "true_divide", n, p)?;
                [a, b, c]
            };
            let v = combo(it, &f, coef, [&k(part(0)), &k(part(1)), &k(part(2))])?;
            set(&out, &k(part(0)), &v)?;
            let coef = if uniform {
                [
                    scaled(it, 0.5, axdx, true)?,
                    scaled(it, -2.0, axdx, true)?,
                    scaled(it, 1.5, axdx, true)?,
                ]
            } else {
                let dx1 = get(axdx, &part(-2))?;
                let dx2 = get(axdx, &part(-1))?;
                let s = bin(it, "add", dx1.clone(), dx2.clone())?;
                let p = bin(it, "multiply", dx1.clone(), s.clone())?;
                let a = bin(it, "true_divide", dx2.clone(), p)?;
                let s2 = bin(it, "add", dx2.clone(), dx1.clone())?;
                let n = np1(it, "negative", vec![s2])?;
                let d = bin(it, "multiply", dx1.clone(), dx2.clone())?;
                let b = bin(it, "true_divide", n, d)?;
                let t = scaled(it, 2.0, &dx2, false)?;
                let t = bin(it, "add", t, dx1)?;
                let p = bin(it, "multiply", dx2, s)?;
                let c = bin(it, "true_divide", t, p)?;
                [a, b, c]
            };
            let v = combo(it, &f, coef, [&k(part(-3)), &k(part(-2)), &k(part(-1))])?;
            set(&out, &k(part(-1)), &v)?;
        }
        outs.push(out);
    }
    if outs.len() == 1 {
        return Ok(outs.remove(0));
    }
    Ok(Value::tuple(outs))
}

/// `np.ediff1d(ary, to_end=None, to_begin=None)`: differences of the flattened array in
/// its own dtype, with the ends cast to it (if `same_kind` allows).
fn ediff1d(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("ediff1d", &["ary", "to_end", "to_begin"], 1)?;
    let a = np1(it, "asanyarray", vec![p[0].clone().unwrap_or(Value::None)])?;
    let a = np1(it, "ravel", vec![a])?;
    let dt = Value::DType(as_array(&a)?.dtype);
    let lo = get(&a, &slice(None, Some(-1)))?;
    let hi = get(&a, &slice(Some(1), None))?;
    if given(&p[1]).is_none() && given(&p[2]).is_none() {
        return bin(it, "subtract", hi, lo);
    }
    let end = |it: &mut dyn Context, v: &Option<Value>, name: &str| -> PyResult<Option<Value>> {
        let Some(v) = given(v) else { return Ok(None) };
        let v = np1(it, "asanyarray", vec![v.clone()])?;
        let ok = np(
            it,
            "can_cast",
            vec![v.clone(), dt.clone()],
            vec![("casting", Value::str("same_kind"))],
        )?;
        if !truthy(&ok)? {
            return Err(PyErr::type_err(format!(
                "dtype of `{}` must be compatible with input `ary` under the `same_kind` rule.",
                name
            )));
        }
        let v = np1(it, "ravel", vec![v])?;
        Ok(Some(np(
            it,
            "asarray",
            vec![v],
            vec![("dtype", dt.clone())],
        )?))
    };
    let begin = end(it, &p[2], "to_begin")?;
    let tail = end(it, &p[1], "to_end")?;
    let diff = bin(it, "subtract", hi, lo)?;
    let diff = np(it, "asarray", vec![diff], vec![("dtype", dt.clone())])?;
    let mut parts: Vec<Value> = begin.into_iter().collect();
    parts.push(diff);
    parts.extend(tail);
    np1(it, "concatenate", vec![Value::tuple(parts)])
}
