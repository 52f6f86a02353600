//! `np.cov` and `np.corrcoef`: NumPy's Python definitions (`lib/_function_base_impl.py`)
//! over arrsh's `average`, `dot` and ufuncs, so dtypes (float64 unless complex or asked),
//! weights, warnings and errors are NumPy's.

use super::Family;
use crate::array::dtype::DType;
use crate::array::element::Num;
use crate::error::{PyErr, PyResult};
use crate::numpy::compose::{get, np, np1, set, slice};
use crate::numpy::context::Context;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, to_f64, truthy};
use crate::value::Value;

pub const FAMILY: Family = Family {
    names: &["cov", "corrcoef"],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    Some(match name {
        "cov" => (|| {
            let p = args.bind(
                "cov",
                &[
                    "m", "y", "rowvar", "bias", "ddof", "fweights", "aweights", "*dtype",
                ],
                1,
            )?;
            cov(it, &p)
        })(),
        "corrcoef" => corrcoef(it, &args),
        _ => return None,
    })
}

fn ndim(v: &Value) -> PyResult<usize> {
    Ok(as_array(v)?.ndim())
}

/// `x[:, None]` (rows) or `x[None, :]` (columns).
fn column(x: &Value, rows: bool) -> PyResult<Value> {
    let all = slice(None, None);
    get(
        x,
        &Value::tuple(if rows {
            vec![all, Value::None]
        } else {
            vec![Value::None, all]
        }),
    )
}

fn flag(v: &Option<Value>, default: bool) -> PyResult<bool> {
    given(v)
        .map(truthy)
        .transpose()
        .map(|b| b.unwrap_or(default))
}

/// A weight vector: float64, 1-d, one per observation, none negative.
fn weights(it: &mut dyn Context, v: &Value, n: usize, what: &str) -> PyResult<Value> {
    let w = np(
        it,
        "asarray",
        vec![v.clone()],
        vec![("dtype", Value::DType(DType::F64))],
    )?;
    let a = as_array(&w)?;
    if what == "fweights" {
        let vals = a.to_nums()?;
        if vals
            .iter()
            .any(|x| x.as_f64() != x.as_f64().round_ties_even())
        {
            return Err(PyErr::type_err("fweights must be integer"));
        }
    }
    if a.ndim() > 1 {
        return Err(PyErr::runtime(format!(
            "cannot handle multidimensional {}",
            what
        )));
    }
    if a.ndim() == 0 || a.shape[0] != n {
        return Err(PyErr::runtime(format!(
            "incompatible numbers of samples and {}",
            what
        )));
    }
    if a.to_nums()?.iter().any(|x| x.as_f64() < 0.0) {
        return Err(PyErr::value(format!("{} cannot be negative", what)));
    }
    Ok(w)
}

/// `np.cov(m, y=None, rowvar=True, bias=False, ddof=None, fweights=None, aweights=None,
/// *, dtype=None)`.
fn cov(it: &mut dyn Context, p: &[Option<Value>]) -> PyResult<Value> {
    let ddof = match given(&p[4]) {
        None => None,
        Some(v) => {
            let f = to_f64(v)?;
            if f != f.trunc() {
                return Err(PyErr::value("ddof must be integer"));
            }
            Some(f as i64)
        }
    };
    let m = np1(it, "asarray", vec![p[0].clone().unwrap_or(Value::None)])?;
    if ndim(&m)? > 2 {
        return Err(PyErr::value("m has more than 2 dimensions"));
    }
    let y = match given(&p[1]) {
        None => None,
        Some(y) => {
            let y = np1(it, "asarray", vec![y.clone()])?;
            if ndim(&y)? > 2 {
                return Err(PyErr::value("y has more than 2 dimensions"));
            }
            Some(y)
        }
    };
    let dtype = match given(&p[7]) {
        Some(d) => d.clone(),
        None => {
            let mut parts = vec![m.clone()];
            parts.extend(y.clone());
            parts.push(Value::DType(DType::F64));
            np1(it, "result_type", parts)?
        }
    };
    let rowvar = flag(&p[2], true)?;
    let copy = np(it, "array", vec![m.clone()], vec![("dtype", dtype.clone())])?;
    let mut x = np1(it, "atleast_2d", vec![copy])?;
    if !rowvar && ndim(&m)? != 1 {
        x = np1(it, "transpose", vec![x])?;
    }
    if as_array(&x)?.shape[0] == 0 {
        let e = np1(it, "array", vec![Value::list(vec![])])?;
        return np1(it, "reshape", vec![e, Value::ints([0, 0])]);
    }
    if let Some(y) = y {
        let y = np(it, "asarray", vec![y], vec![("dtype", dtype)])?;
        let mut y = np1(it, "atleast_2d", vec![y])?;
        if !rowvar && as_array(&y)?.shape[0] != 1 {
            y = np1(it, "transpose", vec![y])?;
        }
        x = np(
            it,
            "concatenate",
            vec![Value::tuple(vec![x, y])],
            vec![("axis", Value::Int(0))],
        )?;
    }
    let ddof = ddof.unwrap_or(if flag(&p[3], false)? { 0 } else { 1 });
    let n = as_array(&x)?.shape[1];
    let fw = given(&p[5])
        .map(|v| weights(it, v, n, "fweights"))
        .transpose()?;
    let aw = given(&p[6])
        .map(|v| weights(it, v, n, "aweights"))
        .transpose()?;
    let w = match (&fw, &aw) {
        (None, None) => None,
        (Some(f), None) => Some(f.clone()),
        (None, Some(a)) => Some(a.clone()),
        (Some(f), Some(a)) => Some(np1(it, "multiply", vec![f.clone(), a.clone()])?),
    };
    let mut kw = vec![("axis", Value::Int(1)), ("returned", Value::Bool(true))];
    if let Some(w) = &w {
        kw.push(("weights", w.clone()));
    }
    let r = np(it, "average", vec![x.clone()], kw)?;
    let Value::Tuple(pair) = r else {
        return Err(PyErr::runtime("average(returned=True) gave no pair"));
    };
    let avg = pair[0].clone();
    let w_sum = first_float(&pair[1])?;
    let mut fact = match (&w, &aw) {
        (None, _) => (n as i64 - ddof) as f64,
        _ if ddof == 0 => w_sum,
        (Some(_), None) => w_sum - ddof as f64,
        (Some(w), Some(a)) => {
            // Python's built-in `sum`: left to right.
            let prod = np1(it, "multiply", vec![w.clone(), a.clone()])?;
            let s: f64 = as_array(&prod)?.to_nums()?.iter().map(|v| v.as_f64()).sum();
            w_sum - ddof as f64 * s / w_sum
        }
    };
    if fact <= 0.0 {
        it.warn("RuntimeWarning", "Degrees of freedom <= 0 for slice");
        fact = 0.0;
    }
    // `X -= avg[:, None]`: in place, so the residuals keep X's dtype.
    np(
        it,
        "subtract",
        vec![x.clone(), column(&avg, true)?],
        vec![("out", x.clone())],
    )?;
    let xt = match &w {
        None => np1(it, "transpose", vec![x.clone()])?,
        Some(w) => {
            let xw = np1(it, "multiply", vec![x.clone(), w.clone()])?;
            np1(it, "transpose", vec![xw])?
        }
    };
    let xt = np1(it, "conjugate", vec![xt])?;
    let c = np1(it, "dot", vec![x, xt])?;
    let scale = np1(it, "true_divide", vec![Value::Int(1), Value::Float(fact)])?;
    np(
        it,
        "multiply",
        vec![c.clone(), scale],
        vec![("out", c.clone())],
    )?;
    np1(it, "squeeze", vec![c])
}

/// `w_sum[0]` as a float (the sums of weights are real).
fn first_float(v: &Value) -> PyResult<f64> {
    let a = as_array(v)?;
    Ok(a.to_nums()?
        .first()
        .copied()
        .unwrap_or(Num::Float(0.0))
        .as_f64())
}

/// `np.corrcoef(x, y=None, rowvar=True, *, dtype=None)`: the covariance scaled by the
/// standard deviations, clipped to [-1, 1] (real and imaginary parts separately).
fn corrcoef(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("corrcoef", &["x", "y", "rowvar", "*dtype"], 1)?;
    let slots = vec![
        p[0].clone(),
        p[1].clone(),
        p[2].clone(),
        None,
        None,
        None,
        None,
        p[3].clone(),
    ];
    let c = cov(it, &slots)?;
    if ndim(&c)? == 0 {
        return np1(it, "true_divide", vec![c.clone(), c]);
    }
    let d = np1(it, "diag", vec![c.clone()])?;
    let re = np1(it, "real", vec![d])?;
    let sd = np1(it, "sqrt", vec![re])?;
    for rows in [true, false] {
        let s = column(&sd, rows)?;
        np(
            it,
            "true_divide",
            vec![c.clone(), s],
            vec![("out", c.clone())],
        )?;
    }
    let clip =
        |it: &mut dyn Context, v: Value| np1(it, "clip", vec![v, Value::Int(-1), Value::Int(1)]);
    if !as_array(&c)?.dtype.is_complex() {
        return clip(it, c);
    }
    let all = Value::Ellipsis;
    for part in ["real", "imag"] {
        let view = np1(it, part, vec![c.clone()])?;
        let clipped = clip(it, view.clone())?;
        set(&view, &all, &clipped)?;
    }
    Ok(c)
}
