//! Questions about types and values, and the small conversions built on them:
//! `np.iscomplexobj`, `np.isrealobj`, `np.isscalar`, `np.isfortran`,
//! `np.asarray_chkfinite`, `np.real_if_close`, `np.angle`, `np.sort_complex`,
//! `np.trim_zeros`, `np.hsplit`/`vsplit`/`dsplit` and `np.array_equiv` — NumPy's Python
//! definitions.

use super::Family;
use crate::array::dtype::DType;
use crate::error::{PyErr, PyResult};
use crate::numpy::compose::{get, given_kw, np, np1, slice};
use crate::numpy::context::Context;
use crate::numpy::shape::normalize_axis_tuple;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, to_f64, truthy};
use crate::value::Value;

pub const FAMILY: Family = Family {
    names: &[
        "iscomplexobj",
        "isrealobj",
        "isscalar",
        "isfortran",
        "asarray_chkfinite",
        "real_if_close",
        "angle",
        "sort_complex",
        "trim_zeros",
        "dsplit",
        "hsplit",
        "vsplit",
        "array_equiv",
    ],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    Some(match name {
        "iscomplexobj" | "isrealobj" => (|| {
            let p = args.bind(name, &["x"], 1)?;
            let c = dtype_of(it, &arg(&p[0]))?.is_complex();
            Ok(Value::Bool(c == (name == "iscomplexobj")))
        })(),
        "isscalar" => (|| {
            let p = args.bind(name, &["element"], 1)?;
            Ok(Value::Bool(matches!(
                arg(&p[0]),
                Value::Bool(_)
                    | Value::Int(_)
                    | Value::BigInt(_)
                    | Value::Float(_)
                    | Value::Complex(..)
                    | Value::Str(_)
                    | Value::Bytes(_)
                    | Value::Scalar(..)
            )))
        })(),
        "isfortran" => (|| {
            let p = args.bind(name, &["a"], 1)?;
            let v = arg(&p[0]);
            // A NumPy scalar's flags are a 0-d array's: C and F contiguous at once.
            if matches!(v, Value::Scalar(..)) {
                return Ok(Value::Bool(false));
            }
            let Value::Array(a) = &v else {
                return Err(PyErr::attribute(format!(
                    "'{}' object has no attribute 'flags'",
                    v.type_of().short_name()
                )));
            };
            Ok(Value::Bool(a.is_f_contiguous() && !a.is_c_contiguous()))
        })(),
        "asarray_chkfinite" => (|| {
            let p = args.bind(name, &["a", "dtype", "order"], 1)?;
            let kw = given_kw(&["dtype", "order"], &p[1..]);
            let a = np(it, "asarray", vec![arg(&p[0])], kw)?;
            if as_array(&a)?.dtype.is_inexact() {
                let f = np1(it, "isfinite", vec![a.clone()])?;
                if !truthy(&np1(it, "all", vec![f])?)? {
                    return Err(PyErr::value("array must not contain infs or NaNs"));
                }
            }
            Ok(a)
        })(),
        "real_if_close" => real_if_close(it, &args),
        "angle" => angle(it, &args),
        "sort_complex" => (|| {
            let p = args.bind(name, &["a"], 1)?;
            let b = np1(it, "array", vec![arg(&p[0])])?;
            let b = np1(it, "sort", vec![b])?;
            let d = as_array(&b)?.dtype;
            if d.is_complex() {
                return Ok(b);
            }
            let to = if matches!(d, DType::I8 | DType::I16 | DType::U8 | DType::U16) {
                DType::C64
            } else {
                DType::C128
            };
            np(it, "asarray", vec![b], vec![("dtype", Value::DType(to))])
        })(),
        "trim_zeros" => trim_zeros(it, &args),
        "dsplit" | "hsplit" | "vsplit" => (|| {
            let p = args.bind(name, &["ary", "indices_or_sections"], 2)?;
            let a = np1(it, "asarray", vec![arg(&p[0])])?;
            let nd = as_array(&a)?.ndim();
            let (least, axis) = match name {
                "dsplit" => (3, 2),
                "vsplit" => (2, 0),
                // hsplit splits a 1-d array along its only axis.
                _ => (1, if nd > 1 { 1 } else { 0 }),
            };
            if nd < least {
                return Err(PyErr::value(format!(
                    "{} only works on arrays of {} or more dimensions",
                    name, least
                )));
            }
            np1(it, "split", vec![arg(&p[0]), arg(&p[1]), Value::Int(axis)])
        })(),
        "array_equiv" => (|| {
            // False when either is no array or they do not broadcast; else all equal.
            let p = args.bind(name, &["a1", "a2"], 2)?;
            let (Ok(x), Ok(y)) = (
                np1(it, "asarray", vec![arg(&p[0])]),
                np1(it, "asarray", vec![arg(&p[1])]),
            ) else {
                return Ok(Value::Bool(false));
            };
            if np(
                it,
                "broadcast_shapes",
                vec![shape_of(&x)?, shape_of(&y)?],
                vec![],
            )
            .is_err()
            {
                return Ok(Value::Bool(false));
            }
            let eq = np(it, "equal", vec![x, y], vec![])?;
            let all = np1(it, "all", vec![eq])?;
            Ok(Value::Bool(truthy(&all)?))
        })(),
        _ => return None,
    })
}

/// An array's shape as a tuple.
fn shape_of(a: &Value) -> PyResult<Value> {
    Ok(Value::ints(as_array(a)?.shape.iter().map(|&d| d as i128)))
}

fn arg(v: &Option<Value>) -> Value {
    v.clone().unwrap_or(Value::None)
}

/// `x.dtype`, or `asarray(x).dtype` for what has none.
fn dtype_of(it: &mut dyn Context, x: &Value) -> PyResult<DType> {
    match x {
        Value::Array(a) => Ok(a.dtype),
        Value::Scalar(d, _) => Ok(*d),
        Value::DType(d) => Ok(*d),
        // What arrsh cannot make a numeric array of (strings, None, objects) has a
        // string or object dtype in NumPy: not complex either way.
        _ => Ok(np1(it, "asarray", vec![x.clone()])
            .and_then(|a| Ok(as_array(&a)?.dtype))
            .unwrap_or(DType::F64)),
    }
}

/// `np.real_if_close(a, tol=100)`: the real part when every imaginary part is within
/// `tol` machine epsilons (or `tol` itself when it is at most 1) of zero.
fn real_if_close(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("real_if_close", &["a", "tol"], 1)?;
    let a = np1(it, "asanyarray", vec![arg(&p[0])])?;
    let d = as_array(&a)?.dtype;
    if !d.is_complex() {
        return Ok(a);
    }
    let mut tol = given(&p[1]).map(to_f64).transpose()?.unwrap_or(100.0);
    if tol > 1.0 {
        let eps = if d == DType::C64 {
            f32::EPSILON as f64
        } else {
            f64::EPSILON
        };
        tol *= eps;
    }
    let im = np1(it, "imag", vec![a.clone()])?;
    let ab = np1(it, "absolute", vec![im])?;
    let small = np1(it, "less", vec![ab, Value::Float(tol)])?;
    if truthy(&np1(it, "all", vec![small])?)? {
        return np1(it, "real", vec![a]);
    }
    Ok(a)
}

/// `np.angle(z, deg=False)`: `arctan2(z.imag, z.real)` (of `0, z` for real input).
fn angle(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("angle", &["z", "deg"], 1)?;
    let z = np1(it, "asanyarray", vec![arg(&p[0])])?;
    let (im, re) = if as_array(&z)?.dtype.is_complex() {
        (np1(it, "imag", vec![z.clone()])?, np1(it, "real", vec![z])?)
    } else {
        (Value::Int(0), z)
    };
    let a = np1(it, "arctan2", vec![im, re])?;
    if given(&p[1]).map(truthy).transpose()?.unwrap_or(false) {
        return np1(
            it,
            "multiply",
            vec![a, Value::Float(180.0 / std::f64::consts::PI)],
        );
    }
    Ok(a)
}

/// `np.trim_zeros(filt, trim='fb', axis=None)`: the smallest box holding every nonzero
/// (on the chosen axes and ends), sliced from `filt` itself (a list stays a list).
fn trim_zeros(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("trim_zeros", &["filt", "trim", "axis"], 1)?;
    let filt = arg(&p[0]);
    let f = np1(it, "asarray", vec![filt.clone()])?;
    let trim = match given(&p[1]) {
        None => "fb".to_string(),
        Some(Value::Str(s)) => s.to_lowercase(),
        Some(v) => {
            return Err(PyErr::attribute(format!(
                "'{}' object has no attribute 'lower'",
                v.type_of().short_name()
            )))
        }
    };
    if !["fb", "bf", "f", "b"].contains(&trim.as_str()) {
        return Err(PyErr::value(format!(
            "unexpected character(s) in `trim`: {}",
            crate::format::repr(&Value::str(&trim))
        )));
    }
    let nd = as_array(&f)?.ndim();
    let axes: Vec<usize> = match given(&p[2]) {
        None => (0..nd).collect(),
        Some(a) => normalize_axis_tuple(a, nd, Some("axis"), false)?,
    };
    if axes.is_empty() {
        return Ok(filt);
    }
    let nz = np1(it, "argwhere", vec![f.clone()])?;
    let bounds: Vec<(Option<i128>, Option<i128>)> = if as_array(&nz)?.size() == 0 {
        vec![(Some(0), Some(0)); nd]
    } else {
        let lo = np(it, "min", vec![nz.clone()], vec![("axis", Value::Int(0))])?;
        let hi = np(it, "max", vec![nz], vec![("axis", Value::Int(0))])?;
        let lo = as_array(&lo)?.to_nums()?;
        let hi = as_array(&hi)?.to_nums()?;
        (0..nd)
            .map(|ax| {
                let s = trim.contains('f').then(|| lo[ax].as_f64() as i128);
                let e = trim.contains('b').then(|| hi[ax].as_f64() as i128 + 1);
                (s, e)
            })
            .collect()
    };
    let key: Vec<Value> = (0..nd)
        .map(|ax| {
            if axes.contains(&ax) {
                slice(bounds[ax].0, bounds[ax].1)
            } else {
                slice(None, None)
            }
        })
        .collect();
    match &filt {
        Value::Array(_) if nd == 1 => get(&filt, &key[0]),
        Value::Array(_) => get(&filt, &Value::tuple(key)),
        Value::List(l) if nd == 1 => {
            let items = l.borrow().clone();
            Ok(Value::list(slice_items(&items, bounds[0])))
        }
        Value::Tuple(t) if nd == 1 => Ok(Value::tuple(slice_items(t, bounds[0]))),
        _ => get(&f, &Value::tuple(key)),
    }
}

fn slice_items(items: &[Value], (s, e): (Option<i128>, Option<i128>)) -> Vec<Value> {
    let n = items.len();
    let s = s.map_or(0, |s| (s.max(0) as usize).min(n));
    let e = e.map_or(n, |e| (e.max(0) as usize).min(n));
    items[s..e.max(s)].to_vec()
}
