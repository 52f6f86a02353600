//! Number sequences spaced on a log scale: `np.logspace` and `np.geomspace`, as
//! NumPy's `_core/function_base.py` builds them from `linspace` and `power` (geomspace
//! puts the exact end points back in place of their round trip through log10).

use super::Family;
use crate::error::{PyErr, PyResult};
use crate::numpy::compose::{arg, given_kw, np, np1, set};
use crate::numpy::context::Context;
use crate::value::args::{given, Args};
use crate::value::convert::{to_i64, truthy};
use crate::value::Value;

pub const FAMILY: Family = Family {
    names: &["logspace", "geomspace"],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    Some(match name {
        "logspace" => logspace(it, &args),
        "geomspace" => geomspace(it, &args),
        _ => return None,
    })
}

/// `np.logspace(start, stop, num=50, endpoint=True, base=10.0, dtype=None, axis=0)`:
/// `power(base, linspace(start, stop, num, endpoint))`.
fn logspace(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let names = ["start", "stop", "num", "endpoint", "base", "dtype", "axis"];
    let p = args.bind("logspace", &names, 2)?;
    let kw = given_kw(
        &["num", "endpoint", "axis"],
        &[p[2].clone(), p[3].clone(), p[6].clone()],
    );
    let y = np(it, "linspace", vec![arg(&p[0]), arg(&p[1])], kw)?;
    let base = p[4].clone().unwrap_or(Value::Float(10.0));
    let base = np1(it, "array", vec![base])?;
    let axis = p[6].clone().unwrap_or(Value::Int(0));
    let base = np1(it, "expand_dims", vec![base, axis])?;
    let r = np1(it, "power", vec![base, y])?;
    match given(&p[5]) {
        None => Ok(r),
        Some(d) => np(it, "asarray", vec![r], vec![("dtype", d.clone())]),
    }
}

/// `np.geomspace(start, stop, num=50, endpoint=True, dtype=None, axis=0)`.
fn geomspace(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let names = ["start", "stop", "num", "endpoint", "dtype", "axis"];
    let p = args.bind("geomspace", &names, 2)?;
    let start = np1(it, "asanyarray", vec![arg(&p[0])])?;
    let start = np1(it, "multiply", vec![start, Value::Float(1.0)])?;
    let stop = np1(it, "asanyarray", vec![arg(&p[1])])?;
    let stop = np1(it, "multiply", vec![stop, Value::Float(1.0)])?;
    for v in [&start, &stop] {
        let z = np1(it, "equal", vec![v.clone(), Value::Int(0)])?;
        if truthy(&np1(it, "any", vec![z])?)? {
            return Err(PyErr::value("Geometric sequence cannot include zero"));
        }
    }
    let num = match given(&p[2]) {
        None => 50,
        Some(v) => to_i64(v)?,
    };
    let endpoint = match given(&p[3]) {
        None => true,
        Some(v) => truthy(v)?,
    };
    // `zeros((), dtype)`: a requested dtype takes part in the working type, so
    // `dtype=complex` computes on the complex plane.
    let zero = match given(&p[4]) {
        None => np1(it, "zeros", vec![Value::tuple(vec![])])?,
        Some(d) => np1(it, "zeros", vec![Value::tuple(vec![]), d.clone()])?,
    };
    let dt = np1(
        it,
        "result_type",
        vec![start.clone(), stop.clone(), Value::Float(num as f64), zero],
    )?;
    let start = np(it, "asarray", vec![start], vec![("dtype", dt.clone())])?;
    let stop = np(it, "asarray", vec![stop], vec![("dtype", dt.clone())])?;
    let sign = np1(it, "sign", vec![start.clone()])?;
    let start = np1(it, "true_divide", vec![start, sign.clone()])?;
    let stop = np1(it, "true_divide", vec![stop, sign.clone()])?;
    let log_start = np1(it, "log10", vec![start.clone()])?;
    let log_stop = np1(it, "log10", vec![stop.clone()])?;
    let result = np(
        it,
        "logspace",
        vec![log_start, log_stop],
        vec![
            ("num", Value::Int(num as i128)),
            ("endpoint", Value::Bool(endpoint)),
            ("base", Value::Float(10.0)),
            ("dtype", dt),
        ],
    )?;
    if num > 0 {
        set(&result, &Value::Int(0), &start)?;
        if num > 1 && endpoint {
            set(&result, &Value::Int(-1), &stop)?;
        }
    }
    let mut result = np1(it, "multiply", vec![result, sign])?;
    if let Some(ax) = given(&p[5]) {
        if to_i64(ax)? != 0 {
            result = np1(it, "moveaxis", vec![result, Value::Int(0), ax.clone()])?;
        }
    }
    match given(&p[4]) {
        None => Ok(result),
        Some(d) => np(it, "asarray", vec![result], vec![("dtype", d.clone())]),
    }
}
