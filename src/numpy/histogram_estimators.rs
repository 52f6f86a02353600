//! The bin-width estimators of `np.histogram(bins='auto' | 'fd' | 'doane' | 'scott' |
//! 'rice' | 'sturges' | 'sqrt')`: NumPy's `_hist_bin_*` functions over arrsh's ufuncs and
//! reductions, with Python floats where NumPy has them (so float32 data keeps float32
//! widths under NEP 50), and `_get_bin_edges`' turn of a width into a count of bins.
//! `'stone'` (a minimisation over bin counts) is not here yet.

use crate::array::dtype::DType;
use crate::error::{PyErr, PyResult};
use crate::numpy::compose::{get, np, np1};
use crate::numpy::context::Context;
use crate::value::convert::{as_array, to_f64, truthy};
use crate::value::Value;

/// NumPy's `_hist_bin_selectors`, in its order (the order of its error message).
pub const NAMES: [&str; 8] = [
    "stone", "auto", "doane", "fd", "rice", "scott", "sqrt", "sturges",
];

fn bin(it: &mut dyn Context, name: &str, a: Value, b: Value) -> PyResult<Value> {
    np1(it, name, vec![a, b])
}

fn is_true(it: &mut dyn Context, name: &str, a: Value, b: Value) -> PyResult<bool> {
    let r = bin(it, name, a, b)?;
    truthy(&r)
}

/// `_unsigned_subtract(a, b)`: `a - b` in the unsigned twin of a signed integer result
/// type (so a range wider than the signed type still comes out right).
pub fn unsigned_subtract(it: &mut dyn Context, a: Value, b: Value) -> PyResult<Value> {
    if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
        let Some(d) = x.checked_sub(*y) else {
            return Err(PyErr::overflow("Python int too large to convert to C long"));
        };
        let wrapped = d.rem_euclid(1i128 << 64);
        return Ok(Value::Scalar(
            DType::U64,
            crate::array::element::Num::Int(wrapped),
        ));
    }
    let dt = bin(it, "result_type", a.clone(), b.clone())?;
    let unsigned = match dt {
        Value::DType(DType::I8) => Some(DType::U8),
        Value::DType(DType::I16) => Some(DType::U16),
        Value::DType(DType::I32) => Some(DType::U32),
        Value::DType(DType::I64) => Some(DType::U64),
        _ => None,
    };
    match unsigned {
        None => np(it, "subtract", vec![a, b], vec![("dtype", dt)]),
        Some(u) => np(
            it,
            "subtract",
            vec![a, b],
            vec![
                ("casting", Value::str("unsafe")),
                ("dtype", Value::DType(u)),
            ],
        ),
    }
}

fn ptp(it: &mut dyn Context, x: &Value) -> PyResult<Value> {
    let hi = np1(it, "max", vec![x.clone()])?;
    let lo = np1(it, "min", vec![x.clone()])?;
    unsigned_subtract(it, hi, lo)
}

fn sturges(it: &mut dyn Context, x: &Value, n: usize) -> PyResult<Value> {
    let l = np1(it, "log2", vec![Value::Int(n as i128)])?;
    let d = bin(it, "add", l, Value::Float(1.0))?;
    let p = ptp(it, x)?;
    bin(it, "true_divide", p, d)
}

fn sqrt(it: &mut dyn Context, x: &Value, n: usize) -> PyResult<Value> {
    let s = np1(it, "sqrt", vec![Value::Int(n as i128)])?;
    let p = ptp(it, x)?;
    bin(it, "true_divide", p, s)
}

fn fd(it: &mut dyn Context, x: &Value, n: usize) -> PyResult<Value> {
    let q = np1(it, "percentile", vec![x.clone(), Value::ints([75, 25])])?;
    let iqr = bin(
        it,
        "subtract",
        get(&q, &Value::Int(0))?,
        get(&q, &Value::Int(1))?,
    )?;
    let t = bin(it, "multiply", Value::Float(2.0), iqr)?;
    bin(it, "multiply", t, Value::Float((n as f64).powf(-1.0 / 3.0)))
}

fn doane(it: &mut dyn Context, x: &Value, n: usize) -> PyResult<Value> {
    if n > 2 {
        let nf = n as f64;
        let sg1 = (6.0 * (nf - 2.0) / ((nf + 1.0) * (nf + 3.0))).sqrt();
        let sigma = np1(it, "std", vec![x.clone()])?;
        if is_true(it, "greater", sigma.clone(), Value::Float(0.0))? {
            let mean = np1(it, "mean", vec![x.clone()])?;
            let t = bin(it, "subtract", x.clone(), mean)?;
            let t = bin(it, "true_divide", t, sigma)?;
            let t = bin(it, "power", t, Value::Int(3))?;
            let g1 = np1(it, "mean", vec![t])?;
            let l = np1(it, "log2", vec![Value::Int(n as i128)])?;
            let ag = np1(it, "absolute", vec![g1])?;
            let r = bin(it, "true_divide", ag, Value::Float(sg1))?;
            let r = bin(it, "add", Value::Float(1.0), r)?;
            let l2 = np1(it, "log2", vec![r])?;
            let d = bin(it, "add", Value::Float(1.0), l)?;
            let d = bin(it, "add", d, l2)?;
            let p = ptp(it, x)?;
            return bin(it, "true_divide", p, d);
        }
    }
    Ok(Value::Float(0.0))
}

/// Python's `max(a, b)` / `min(a, b)`: the first unless the second compares beyond it.
fn pick(it: &mut dyn Context, a: Value, b: Value, larger: bool) -> PyResult<Value> {
    let op = if larger { "greater" } else { "less" };
    Ok(if is_true(it, op, b.clone(), a.clone())? {
        b
    } else {
        a
    })
}

/// The bin width estimator `name` of NumPy for the (non-empty, flattened) data `x`.
fn width(it: &mut dyn Context, name: &str, x: &Value) -> PyResult<Value> {
    let n = as_array(x)?.size();
    match name {
        "sqrt" => sqrt(it, x, n),
        "sturges" => sturges(it, x, n),
        "rice" => {
            let p = ptp(it, x)?;
            bin(
                it,
                "true_divide",
                p,
                Value::Float(2.0 * (n as f64).powf(1.0 / 3.0)),
            )
        }
        "scott" => {
            let k = (24.0 * std::f64::consts::PI.powf(0.5) / n as f64).powf(1.0 / 3.0);
            let s = np1(it, "std", vec![x.clone()])?;
            bin(it, "multiply", Value::Float(k), s)
        }
        "doane" => doane(it, x, n),
        "fd" => fd(it, x, n),
        "auto" => {
            let f = fd(it, x, n)?;
            let st = sturges(it, x, n)?;
            let sq = sqrt(it, x, n)?;
            let half = bin(it, "true_divide", sq, Value::Int(2))?;
            let corrected = pick(it, f, half, true)?;
            pick(it, corrected, st, false)
        }
        _ => Err(PyErr::not_implemented(format!(
            "arrsh does not implement the histogram bin estimator '{}' yet",
            name
        ))),
    }
}

/// How many equal bins estimator `name` asks for over `[first, last]` (`a` already
/// restricted to the range).
pub fn bin_count(
    it: &mut dyn Context,
    name: &str,
    a: &Value,
    first: &Value,
    last: &Value,
) -> PyResult<usize> {
    if as_array(a)?.size() == 0 {
        return Ok(1);
    }
    let mut w = width(it, name, a)?;
    if !truthy(&w)? {
        return Ok(1);
    }
    if as_array(a)?.dtype.is_int() && is_true(it, "less", w.clone(), Value::Int(1))? {
        w = Value::Int(1);
    }
    let delta = unsigned_subtract(it, last.clone(), first.clone())?;
    let q = bin(it, "true_divide", delta, w)?;
    let c = to_f64(&np1(it, "ceil", vec![q])?)?;
    if c.is_nan() {
        return Err(PyErr::value("cannot convert float NaN to integer"));
    }
    if c.is_infinite() {
        return Err(PyErr::overflow("cannot convert float infinity to integer"));
    }
    Ok(c as usize)
}
