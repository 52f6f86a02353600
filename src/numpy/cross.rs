//! `np.cross(a, b, axisa=-1, axisb=-1, axisc=-1, axis=None)`: NumPy's definition
//! (`_core/numeric.py`) — vectors moved to the last axis, both cast to their promoted
//! dtype, each component a product difference in that dtype (a missing third component
//! counts as zero), the result's vector axis moved to `axisc`. 2-vectors warn as NumPy 2
//! deprecates them.

use super::Family;
use crate::error::{PyErr, PyResult};
use crate::numpy::compose::{get, np, np1};
use crate::numpy::context::Context;
use crate::numpy::shape::normalize_axis;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, to_i64};
use crate::value::Value;

pub const FAMILY: Family = Family {
    names: &["cross"],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    (name == "cross").then(|| cross(it, &args))
}

fn int_or(v: &Option<Value>, default: i64) -> PyResult<i64> {
    given(v)
        .map(to_i64)
        .transpose()
        .map(|x| x.unwrap_or(default))
}

fn cross(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("cross", &["a", "b", "axisa", "axisb", "axisc", "axis"], 2)?;
    let (mut axa, mut axb, mut axc) = (int_or(&p[2], -1)?, int_or(&p[3], -1)?, int_or(&p[4], -1)?);
    if let Some(ax) = given(&p[5]) {
        let ax = to_i64(ax)?;
        (axa, axb, axc) = (ax, ax, ax);
    }
    let a = np1(it, "asarray", vec![p[0].clone().unwrap_or(Value::None)])?;
    let b = np1(it, "asarray", vec![p[1].clone().unwrap_or(Value::None)])?;
    let (na, nb) = (as_array(&a)?.ndim(), as_array(&b)?.ndim());
    if na < 1 || nb < 1 {
        return Err(PyErr::value("At least one array has zero dimension"));
    }
    let axa = normalize_axis(axa, na, Some("axisa"))?;
    let axb = normalize_axis(axb, nb, Some("axisb"))?;
    let a = np1(
        it,
        "moveaxis",
        vec![a, Value::Int(axa as i128), Value::Int(-1)],
    )?;
    let b = np1(
        it,
        "moveaxis",
        vec![b, Value::Int(axb as i128), Value::Int(-1)],
    )?;
    let la = *as_array(&a)?.shape.last().unwrap_or(&0);
    let lb = *as_array(&b)?.shape.last().unwrap_or(&0);
    if !(la == 2 || la == 3) || !(lb == 2 || lb == 3) {
        return Err(PyErr::value(
            "incompatible dimensions for cross product\n(dimension must be 2 or 3)",
        ));
    }
    if la == 2 || lb == 2 {
        it.warn(
            "DeprecationWarning",
            "Arrays of 2-dimensional vectors are deprecated. Use arrays of 3-dimensional \
             vectors instead. (deprecated in NumPy 2.0)",
        );
    }
    let comp = |x: &Value, i: i128| get(x, &Value::tuple(vec![Value::Ellipsis, Value::Int(i)]));
    let shape = np1(
        it,
        "broadcast_shapes",
        vec![
            Value::ints(as_array(&comp(&a, 0)?)?.shape.iter().map(|&d| d as i128)),
            Value::ints(as_array(&comp(&b, 0)?)?.shape.iter().map(|&d| d as i128)),
        ],
    )?;
    let three = la == 3 || lb == 3;
    if three {
        let nd = crate::value::convert::iter_values(&shape)?.len() + 1;
        axc = normalize_axis(axc, nd, Some("axisc"))? as i64;
    }
    let dt = np1(
        it,
        "promote_types",
        vec![
            Value::DType(as_array(&a)?.dtype),
            Value::DType(as_array(&b)?.dtype),
        ],
    )?;
    let a = np(it, "asarray", vec![a], vec![("dtype", dt.clone())])?;
    let b = np(it, "asarray", vec![b], vec![("dtype", dt)])?;
    let mul = |it: &mut dyn Context, x: Value, y: Value| np1(it, "multiply", vec![x, y]);
    let sub = |it: &mut dyn Context, x: Value, y: Value| np1(it, "subtract", vec![x, y]);
    let (a0, a1) = (comp(&a, 0)?, comp(&a, 1)?);
    let (b0, b1) = (comp(&b, 0)?, comp(&b, 1)?);
    let m01 = mul(it, a0.clone(), b1.clone())?;
    let m10 = mul(it, a1.clone(), b0.clone())?;
    let cp2 = sub(it, m01, m10)?;
    if !three {
        let z = np1(it, "broadcast_to", vec![cp2.clone(), shape_of(&cp2)?])?;
        return np1(it, "array", vec![z]);
    }
    let (cp0, cp1) = match (la, lb) {
        (2, _) => {
            let b2 = comp(&b, 2)?;
            let c0 = mul(it, a1, b2.clone())?;
            let c1 = mul(it, a0, b2)?;
            (c0, np1(it, "negative", vec![c1])?)
        }
        (_, 2) => {
            let a2 = comp(&a, 2)?;
            let c0 = mul(it, a2.clone(), b1)?;
            (np1(it, "negative", vec![c0])?, mul(it, a2, b0)?)
        }
        _ => {
            let (a2, b2) = (comp(&a, 2)?, comp(&b, 2)?);
            let x = mul(it, a1, b2.clone())?;
            let y = mul(it, a2.clone(), b1)?;
            let c0 = sub(it, x, y)?;
            let x = mul(it, a2, b0)?;
            let y = mul(it, a0, b2)?;
            (c0, sub(it, x, y)?)
        }
    };
    let cp = np(
        it,
        "stack",
        vec![Value::tuple(vec![cp0, cp1, cp2])],
        vec![("axis", Value::Int(-1))],
    )?;
    np1(
        it,
        "moveaxis",
        vec![cp, Value::Int(-1), Value::Int(axc as i128)],
    )
}

fn shape_of(v: &Value) -> PyResult<Value> {
    Ok(Value::ints(as_array(v)?.shape.iter().map(|&d| d as i128)))
}
