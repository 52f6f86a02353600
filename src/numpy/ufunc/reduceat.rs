//! `ufunc.reduceat(array, indices, axis=0, dtype=None, out=None)`: the ufunc's reduction
//! over each `array[indices[i]:indices[i+1]]` along `axis` (just `array[indices[i]]`
//! where the next index is not larger, and to the end for the last), in the dtype the
//! ufunc's `reduce` gives, so `np.add.reduceat` of int8 is int64 as in NumPy.

use crate::array::dtype::DType;
use crate::error::{PyErr, PyResult};
use crate::numpy::compose::{np, np1};
use crate::numpy::context::Context;
use crate::numpy::shape::normalize_axis;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, iter_values, to_i64};
use crate::value::Value;

pub fn reduceat(it: &mut dyn Context, qualname: &str, name: &str, args: &Args) -> PyResult<Value> {
    let p = args.bind("reduceat", &["array", "indices", "axis", "dtype", "out"], 2)?;
    if !super::methods::is_binary(name) {
        return Err(PyErr::value("reduceat only supported for binary functions"));
    }
    let a = np1(it, "asarray", vec![p[0].clone().unwrap_or(Value::None)])?;
    let nd = as_array(&a)?.ndim();
    let axis = given(&p[2]).map(to_i64).transpose()?.unwrap_or(0);
    let axis = normalize_axis(axis, nd, None)?;
    let len = as_array(&a)?.shape[axis] as i64;
    let idx: Vec<i64> = iter_values(&np(
        it,
        "asarray",
        vec![p[1].clone().unwrap_or(Value::None)],
        vec![("dtype", Value::DType(DType::I64))],
    )?)?
    .iter()
    .map(to_i64)
    .collect::<PyResult<_>>()?;
    for &i in &idx {
        if i < 0 || i >= len {
            return Err(PyErr::index(format!(
                "index {} out-of-bounds in {}.reduceat [0, {})",
                i, name, len
            )));
        }
    }
    let mut kw = vec![("axis".to_string(), Value::Int(axis as i128))];
    if let Some(d) = given(&p[3]) {
        kw.push(("dtype".to_string(), d.clone()));
    }
    let reduce = |it: &mut dyn Context, lo: i64, hi: i64| -> PyResult<Value> {
        let r = np1(
            it,
            "arange",
            vec![Value::Int(lo as i128), Value::Int(hi as i128)],
        )?;
        let part = np(
            it,
            "take",
            vec![a.clone(), r],
            vec![("axis", Value::Int(axis as i128))],
        )?;
        let args = Args {
            pos: vec![part],
            kw: kw.clone(),
        };
        super::methods::call(it, qualname, "reduce", args)
    };
    let mut parts = Vec::new();
    for (k, &lo) in idx.iter().enumerate() {
        let hi = match idx.get(k + 1) {
            Some(&next) if next > lo => next,
            Some(_) => lo + 1,
            None => len,
        };
        parts.push(reduce(it, lo, hi)?);
    }
    let res = if parts.is_empty() {
        let empty = np1(it, "arange", vec![Value::Int(0)])?;
        let t = np(
            it,
            "take",
            vec![a.clone(), empty],
            vec![("axis", Value::Int(axis as i128))],
        )?;
        let one = if len > 0 {
            Some(reduce(it, 0, 1)?)
        } else {
            None
        };
        match one {
            Some(o) => {
                let d = np1(it, "asarray", vec![o])?;
                let dt = Value::DType(as_array(&d)?.dtype);
                np(it, "asarray", vec![t], vec![("dtype", dt)])?
            }
            None => t,
        }
    } else {
        np(
            it,
            "stack",
            vec![Value::tuple(parts)],
            vec![("axis", Value::Int(axis as i128))],
        )?
    };
    match given(&p[4]) {
        Some(out) => {
            crate::numpy::compose::set(out, &Value::Ellipsis, &res)?;
            Ok(out.clone())
        }
        None => Ok(res),
    }
}
