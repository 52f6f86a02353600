//! `np.unwrap` (phase unwrapping) and `np.i0` (the modified Bessel function of order 0):
//! NumPy's Python definitions (`lib/_function_base_impl.py`) over arrsh's ufuncs — `i0`
//! as Cephes' Chebyshev series in NumPy's coefficients, evaluated in the input's float
//! dtype, so float32 stays float32 as in NumPy.

use super::Family;
use crate::array::dtype::DType;
use crate::error::{PyErr, PyResult};
use crate::numpy::compose::{get, np, np1, set, slice};
use crate::numpy::context::Context;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, to_i64};
use crate::value::Value;

pub const FAMILY: Family = Family {
    names: &["unwrap", "i0"],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    Some(match name {
        "unwrap" => unwrap(it, &args),
        "i0" => i0(it, &args),
        _ => return None,
    })
}

fn bin(it: &mut dyn Context, name: &str, a: Value, b: Value) -> PyResult<Value> {
    np1(it, name, vec![a, b])
}

/// `np.unwrap(p, discont=None, axis=-1, *, period=2*pi)`.
fn unwrap(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let q = args.bind("unwrap", &["p", "discont", "axis", "*period"], 1)?;
    let p = np1(it, "asarray", vec![q[0].clone().unwrap_or(Value::None)])?;
    let nd = as_array(&p)?.ndim();
    let axis = match given(&q[2]) {
        None => -1,
        Some(v) => to_i64(v)?,
    };
    let dd = np(
        it,
        "diff",
        vec![p.clone()],
        vec![("axis", Value::Int(axis as i128))],
    )?;
    let period = given(&q[3])
        .cloned()
        .unwrap_or(Value::Float(2.0 * std::f64::consts::PI));
    let discont = match given(&q[1]) {
        Some(d) => d.clone(),
        None => half(it, &period)?,
    };
    let dtype = bin(it, "result_type", dd.clone(), period.clone())?;
    let (high, ambiguous) =
        if let (true, Value::Int(i)) = (matches!(dtype, Value::DType(d) if d.is_int()), &period) {
            (Value::Int(i.div_euclid(2)), i.rem_euclid(2) == 0)
        } else if matches!(dtype, Value::DType(d) if d.is_int()) {
            let r = bin(it, "divmod", period.clone(), Value::Int(2))?;
            let Value::Tuple(qr) = r else {
                return Err(PyErr::runtime("divmod gave no pair"));
            };
            let rem0 = bin(it, "equal", qr[1].clone(), Value::Int(0))?;
            (qr[0].clone(), crate::value::convert::truthy(&rem0)?)
        } else {
            (half(it, &period)?, true)
        };
    let low = match &high {
        Value::Int(i) => Value::Int(-i),
        Value::Float(f) => Value::Float(-f),
        _ => np1(it, "negative", vec![high.clone()])?,
    };
    let shifted = bin(it, "subtract", dd.clone(), low.clone())?;
    let m = bin(it, "remainder", shifted, period)?;
    let ddmod = bin(it, "add", m, low.clone())?;
    if ambiguous {
        let at_low = bin(it, "equal", ddmod.clone(), low)?;
        let pos = bin(it, "greater", dd.clone(), Value::Int(0))?;
        let w = bin(it, "logical_and", at_low, pos)?;
        np(it, "copyto", vec![ddmod.clone(), high], vec![("where", w)])?;
    }
    let correct = bin(it, "subtract", ddmod, dd.clone())?;
    let ad = np1(it, "absolute", vec![dd])?;
    let small = bin(it, "less", ad, discont)?;
    np(
        it,
        "copyto",
        vec![correct.clone(), Value::Int(0)],
        vec![("where", small)],
    )?;
    let up = np(it, "array", vec![p.clone()], vec![("dtype", dtype)])?;
    let axis_u = crate::numpy::shape::normalize_axis(axis, nd, None)?;
    let mut key = vec![slice(None, None); nd];
    key[axis_u] = slice(Some(1), None);
    let key = Value::tuple(key);
    let cs = np(
        it,
        "cumsum",
        vec![correct],
        vec![("axis", Value::Int(axis as i128))],
    )?;
    let v = bin(it, "add", get(&p, &key)?, cs)?;
    set(&up, &key, &v)?;
    Ok(up)
}

/// `period / 2` as Python evaluates it (a Python float for a Python number).
fn half(it: &mut dyn Context, period: &Value) -> PyResult<Value> {
    match period {
        Value::Int(i) => Ok(Value::Float(*i as f64 / 2.0)),
        Value::Float(f) => Ok(Value::Float(f / 2.0)),
        _ => bin(it, "true_divide", period.clone(), Value::Int(2)),
    }
}

const I0A: [f64; 30] = [
    -4.4153416464793395e-18,
    3.3307945188222384e-17,
    -2.431279846547955e-16,
    1.715391285555133e-15,
    -1.1685332877993451e-14,
    7.676185498604936e-14,
    -4.856446783111929e-13,
    2.95505266312964e-12,
    -1.726826291441556e-11,
    9.675809035373237e-11,
    -5.189795601635263e-10,
    2.6598237246823866e-09,
    -1.300025009986248e-08,
    6.046995022541919e-08,
    -2.670793853940612e-07,
    1.1173875391201037e-06,
    -4.4167383584587505e-06,
    1.6448448070728896e-05,
    -5.754195010082104e-05,
    0.00018850288509584165,
    -0.0005763755745385824,
    0.0016394756169413357,
    -0.004324309995050576,
    0.010546460394594998,
    -0.02373741480589947,
    0.04930528423967071,
    -0.09490109704804764,
    0.17162090152220877,
    -0.3046826723431984,
    0.6767952744094761,
];

const I0B: [f64; 25] = [
    -7.233180487874754e-18,
    -4.830504485944182e-18,
    4.46562142029676e-17,
    3.461222867697461e-17,
    -2.8276239805165836e-16,
    -3.425485619677219e-16,
    1.7725601330565263e-15,
    3.8116806693526224e-15,
    -9.554846698828307e-15,
    -4.150569347287222e-14,
    1.54008621752141e-14,
    3.8527783827421426e-13,
    7.180124451383666e-13,
    -1.7941785315068062e-12,
    -1.3215811840447713e-11,
    -3.1499165279632416e-11,
    1.1889147107846439e-11,
    4.94060238822497e-10,
    3.3962320257083865e-09,
    2.266668990498178e-08,
    2.0489185894690638e-07,
    2.8913705208347567e-06,
    6.889758346916825e-05,
    0.0033691164782556943,
    0.8044904110141088,
];

/// `_chbevl`: Clenshaw's recurrence for a Chebyshev series at `x` (an array).
fn chbevl(it: &mut dyn Context, x: &Value, vals: &[f64]) -> PyResult<Value> {
    let mut b0 = Value::Float(vals[0]);
    let mut b1 = Value::Float(0.0);
    let mut b2 = Value::Float(0.0);
    for &v in &vals[1..] {
        b2 = b1;
        b1 = b0;
        let t = bin(it, "multiply", x.clone(), b1.clone())?;
        let t = bin(it, "subtract", t, b2.clone())?;
        b0 = bin(it, "add", t, Value::Float(v))?;
    }
    let d = bin(it, "subtract", b0, b2)?;
    bin(it, "multiply", Value::Float(0.5), d)
}

/// `np.i0(x)`: `exp(x) * chbevl(x/2 - 2, A)` up to 8, `exp(x) * chbevl(32/x - 2, B) /
/// sqrt(x)` above, on `|x|` (NumPy's `piecewise`, so the result is always an array).
fn i0(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("i0", &["x"], 1)?;
    let mut x = np1(it, "asanyarray", vec![p[0].clone().unwrap_or(Value::None)])?;
    let dt = as_array(&x)?.dtype;
    if dt.is_complex() {
        return Err(PyErr::type_err("i0 not supported for complex values"));
    }
    if !dt.is_float() {
        x = np(
            it,
            "asarray",
            vec![x],
            vec![("dtype", Value::DType(DType::F64))],
        )?;
    }
    let x = np1(it, "absolute", vec![x])?;
    let out = np1(it, "zeros_like", vec![x.clone()])?;
    let low = bin(it, "less_equal", x.clone(), Value::Float(8.0))?;
    let high = np1(it, "logical_not", vec![low.clone()])?;
    let xl = get(&x, &low)?;
    let t = bin(it, "true_divide", xl.clone(), Value::Float(2.0))?;
    let t = bin(it, "subtract", t, Value::Int(2))?;
    let c = chbevl(it, &t, &I0A)?;
    let e = np1(it, "exp", vec![xl])?;
    let v = bin(it, "multiply", e, c)?;
    set(&out, &low, &v)?;
    let xh = get(&x, &high)?;
    let t = bin(it, "true_divide", Value::Float(32.0), xh.clone())?;
    let t = bin(it, "subtract", t, Value::Float(2.0))?;
    let c = chbevl(it, &t, &I0B)?;
    let e = np1(it, "exp", vec![xh.clone()])?;
    let v = bin(it, "multiply", e, c)?;
    let s = np1(it, "sqrt", vec![xh])?;
    let v = bin(it, "true_divide", v, s)?;
    set(&out, &high, &v)?;
    Ok(out)
}
