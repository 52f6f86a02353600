//! `np.trapezoid(y, x=None, dx=1.0, axis=-1)`: the trapezoidal rule as NumPy's
//! `lib/_function_base_impl.py` writes it, `(d * (y[1:] + y[:-1]) / 2.0).sum(axis)`, so
//! the sum runs in NumPy's pairwise order.

use super::Family;
use crate::error::{PyErr, PyResult};
use crate::numpy::compose::{arg, get, np, np1};
use crate::numpy::context::Context;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, to_i64};
use crate::value::Value;

pub const FAMILY: Family = Family {
    names: &["trapezoid"],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    (name == "trapezoid").then(|| trapezoid(it, &args))
}

fn trapezoid(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("trapezoid", &["y", "x", "dx", "axis"], 1)?;
    let y = np1(it, "asanyarray", vec![arg(&p[0])])?;
    let nd = as_array(&y)?.ndim();
    let axis_in = match given(&p[3]) {
        None => -1,
        Some(v) => to_i64(v)?,
    };
    if axis_in >= nd as i64 || axis_in < -(nd as i64) {
        return Err(PyErr::index("list assignment index out of range"));
    }
    let axis = axis_in.rem_euclid(nd as i64) as usize;
    let d = match given(&p[1]) {
        None => p[2].clone().unwrap_or(Value::Float(1.0)),
        Some(x) => {
            let x = np1(it, "asanyarray", vec![x.clone()])?;
            if as_array(&x)?.ndim() == 1 {
                let d = np1(it, "diff", vec![x])?;
                let mut shape = vec![1i128; nd];
                shape[axis] = as_array(&d)?.shape[0] as i128;
                np1(it, "reshape", vec![d, Value::ints(shape)])?
            } else {
                np(
                    it,
                    "diff",
                    vec![x],
                    vec![("axis", Value::Int(axis as i128))],
                )?
            }
        }
    };
    let part = |lo: Option<i128>, hi: Option<i128>| {
        let mut key = vec![crate::numpy::compose::slice(None, None); nd];
        key[axis] = crate::numpy::compose::slice(lo, hi);
        Value::tuple(key)
    };
    let upper = get(&y, &part(Some(1), None))?;
    let lower = get(&y, &part(None, Some(-1)))?;
    let s = np1(it, "add", vec![upper, lower])?;
    let t = np1(it, "multiply", vec![d, s])?;
    let h = np1(it, "true_divide", vec![t, Value::Float(2.0)])?;
    np(it, "sum", vec![h], vec![("axis", Value::Int(axis as i128))])
}
