//! `np.average(a, axis, weights, returned, keepdims)`: NumPy's Python definition
//! (`lib/_function_base_impl.py::average`, `_weights_are_valid`) over arrsh's `mean`,
//! `sum` and `multiply`, so the result dtype follows `np.result_type(a, weights)` (with
//! float64 for integer and bool data) and the errors are NumPy's.

use super::Family;
use crate::array::dtype::DType;
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::numpy::linalg::np;
use crate::numpy::quantile::method;
use crate::numpy::shape::normalize_axis_tuple;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, truthy};
use crate::value::Value;

pub const FAMILY: Family = Family {
    names: &["average"],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    (name == "average").then(|| average(it, &args))
}

fn ints(v: impl IntoIterator<Item = usize>) -> Value {
    Value::ints(v.into_iter().map(|d| d as i128))
}

fn average(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind(
        "average",
        &["a", "axis", "weights", "returned", "*keepdims"],
        1,
    )?;
    let a = as_array(p[0].as_ref().unwrap_or(&Value::None))?;
    let av = Value::Array(a.clone());
    let axes = given(&p[1])
        .map(|v| normalize_axis_tuple(v, a.ndim(), Some("axis"), false))
        .transpose()?;
    let axis_v = match &axes {
        None => Value::None,
        Some(ax) => ints(ax.iter().copied()),
    };
    let mut kw: Vec<(&str, Value)> = Vec::new();
    if let Some(k) = &p[4] {
        kw.push(("keepdims", k.clone()));
    }
    let returned = given(&p[3]).map(truthy).transpose()?.unwrap_or(false);
    let (avg, scl) = match given(&p[2]) {
        None => {
            let mut mkw = vec![("axis", axis_v)];
            mkw.extend(kw.iter().cloned());
            let avg = np(it, "mean", vec![av], mkw)?;
            let avg_arr = as_array(&avg)?;
            if avg_arr.size() == 0 {
                return Err(PyErr::zero_div("division by zero"));
            }
            let ratio = a.size() as f64 / avg_arr.size() as f64;
            let scl = it.call(
                &Value::Type(crate::value::PyType::Scalar(avg_arr.dtype)),
                Args::new(vec![Value::Float(ratio)]),
            )?;
            (avg, scl)
        }
        Some(w) => {
            let wgt = weights_valid(it, w, &a, axes.as_deref())?;
            let wd = as_array(&wgt)?.dtype;
            let result = if a.dtype.is_int() || a.dtype == DType::Bool {
                DType::promote(DType::promote(a.dtype, wd), DType::F64)
            } else {
                DType::promote(a.dtype, wd)
            };
            let mut skw = vec![("axis", axis_v.clone()), ("dtype", Value::DType(result))];
            skw.extend(kw.iter().cloned());
            let scl = np(it, "sum", vec![wgt.clone()], skw)?;
            let zero = np(it, "equal", vec![scl.clone(), Value::Float(0.0)], vec![])?;
            if crate::numpy::ufunc::any_true(&zero)? {
                return Err(PyErr::zero_div("Weights sum to zero, can't be normalized"));
            }
            let prod = np(
                it,
                "multiply",
                vec![av, wgt],
                vec![("dtype", Value::DType(result))],
            )?;
            let mut skw = vec![("axis", axis_v)];
            skw.extend(kw.iter().cloned());
            let total = np(it, "sum", vec![prod], skw)?;
            let avg = np(it, "true_divide", vec![total, scl.clone()], vec![])?;
            (avg, scl)
        }
    };
    if !returned {
        return Ok(avg);
    }
    let avg_shape = as_array(&avg)?.shape.clone();
    let scl = if as_array(&scl)?.shape != avg_shape {
        let b = np(it, "broadcast_to", vec![scl, ints(avg_shape)], vec![])?;
        method(it, &b, "copy", vec![])?
    } else {
        scl
    };
    Ok(Value::tuple(vec![avg, scl]))
}

/// NumPy's `_weights_are_valid`: weights of `a`'s shape, or of the shape of the reduced
/// axes (then transposed into axis order and reshaped to broadcast against `a`).
fn weights_valid(
    it: &mut dyn Context,
    w: &Value,
    a: &crate::array::object::NdArray,
    axes: Option<&[usize]>,
) -> PyResult<Value> {
    let wa = as_array(w)?;
    if wa.shape == a.shape {
        return Ok(Value::Array(wa));
    }
    let Some(axes) = axes else {
        return Err(PyErr::type_err(
            "Axis must be specified when shapes of a and weights differ.",
        ));
    };
    let along: Vec<usize> = axes.iter().map(|&ax| a.shape[ax]).collect();
    if wa.shape != along {
        return Err(PyErr::value(
            "Shape of weights must be consistent with shape of a along specified axis.",
        ));
    }
    let mut order: Vec<usize> = (0..axes.len()).collect();
    order.sort_by_key(|&i| axes[i]);
    let t = np(it, "transpose", vec![Value::Array(wa), ints(order)], vec![])?;
    let shape = (0..a.ndim()).map(|ax| if axes.contains(&ax) { a.shape[ax] } else { 1 });
    np(it, "reshape", vec![t, ints(shape)], vec![])
}
