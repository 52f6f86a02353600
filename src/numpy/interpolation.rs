//! `np.interp(x, xp, fp, left=None, right=None, period=None)`: NumPy's Python wrapper
//! (the `period` folding) over a port of its C `compiled_interp` — the same guessed
//! binary search, the same slope formula and the same fallbacks where the slope
//! meets an infinity, so results agree to the bit.

use super::Family;
use crate::array::dtype::DType;
use crate::array::element::{Num, C64};
use crate::array::object::NdArray;
use crate::error::{PyErr, PyResult};
use crate::numpy::compose::{get, np, np1, slice};
use crate::numpy::context::Context;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, to_f64};
use crate::value::Value;
use std::rc::Rc;

pub const FAMILY: Family = Family {
    names: &["interp"],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    (name == "interp").then(|| interp(it, &args))
}

fn floats(it: &mut dyn Context, v: &Value, dtype: &str) -> PyResult<Value> {
    np(
        it,
        "asarray",
        vec![v.clone()],
        vec![("dtype", Value::str(dtype))],
    )
}

fn interp(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("interp", &["x", "xp", "fp", "left", "right", "period"], 3)?;
    let arg = |i: usize| p[i].clone().unwrap_or(Value::None);
    let fp0 = np1(it, "asarray", vec![arg(2)])?;
    let complex = as_array(&fp0)?.dtype.is_complex();
    let fdt = if complex { "complex128" } else { "float64" };
    let (mut left, mut right) = (given(&p[3]).cloned(), given(&p[4]).cloned());
    let (mut x, mut xp, mut fp) = (arg(0), arg(1), fp0);
    if let Some(period) = given(&p[5]) {
        let period = to_f64(period)?;
        if period == 0.0 {
            return Err(PyErr::value("period must be a non-zero value"));
        }
        let period = Value::Float(period.abs());
        left = None;
        right = None;
        x = floats(it, &x, "float64")?;
        xp = floats(it, &xp, "float64")?;
        fp = floats(it, &fp, fdt)?;
        if as_array(&xp)?.ndim() != 1 || as_array(&fp)?.ndim() != 1 {
            return Err(PyErr::value("Data points must be 1-D sequences"));
        }
        if as_array(&xp)?.shape[0] != as_array(&fp)?.shape[0] {
            return Err(PyErr::value("fp and xp are not of the same length"));
        }
        x = np1(it, "remainder", vec![x, period.clone()])?;
        xp = np1(it, "remainder", vec![xp, period.clone()])?;
        let order = np1(it, "argsort", vec![xp.clone()])?;
        xp = get(&xp, &order)?;
        fp = get(&fp, &order)?;
        let last = slice(Some(-1), None);
        let first = slice(Some(0), Some(1));
        let lo = np1(it, "subtract", vec![get(&xp, &last)?, period.clone()])?;
        let hi = np1(it, "add", vec![get(&xp, &first)?, period])?;
        xp = np1(
            it,
            "concatenate",
            vec![Value::tuple(vec![lo, xp.clone(), hi])],
        )?;
        fp = np1(
            it,
            "concatenate",
            vec![Value::tuple(vec![
                get(&fp, &last)?,
                fp.clone(),
                get(&fp, &first)?,
            ])],
        )?;
    }
    let xa = as_array(&floats(it, &x, "float64")?)?;
    let xs: Vec<f64> = xa.to_nums()?.into_iter().map(Num::as_f64).collect();
    let xpv = one_d(it, &xp, "float64")?;
    let fpv = one_d(it, &fp, fdt)?;
    if xpv.is_empty() {
        return Err(PyErr::value("array of sample points is empty"));
    }
    if fpv.len() != xpv.len() {
        return Err(PyErr::value("fp and xp are not of the same length."));
    }
    let dx: Vec<f64> = xpv.iter().map(|n| n.as_f64()).collect();
    let part = |imag: bool| -> Vec<f64> {
        fpv.iter()
            .map(|n| {
                let (re, im) = n.as_complex();
                if imag {
                    im
                } else {
                    re
                }
            })
            .collect()
    };
    let edge = |v: &Option<Value>, imag: bool| -> PyResult<Option<f64>> {
        Ok(match v {
            None => None,
            Some(v) if complex => {
                let (re, im) = complex_of(v)?;
                Some(if imag { im } else { re })
            }
            Some(v) => Some(real_of(v)?),
        })
    };
    let re = interp_real(
        &xs,
        &dx,
        &part(false),
        edge(&left, false)?,
        edge(&right, false)?,
    );
    let shape = xa.shape.clone();
    let zero_d = shape.is_empty();
    if complex {
        let mut im = interp_real(
            &xs,
            &dx,
            &part(true),
            edge(&left, true)?,
            edge(&right, true)?,
        );
        // The complex loop answers a NaN point with `nan+0j` (the one-point table
        // compares instead, and gives `fp` there).
        if dx.len() > 1 {
            for (i, x) in im.iter_mut().zip(&xs) {
                if x.is_nan() {
                    *i = 0.0;
                }
            }
        }
        if zero_d {
            return Ok(Value::Scalar(DType::C128, Num::Complex(re[0], im[0])));
        }
        let v: Vec<C64> = re.iter().zip(&im).map(|(&r, &i)| C64::new(r, i)).collect();
        return Ok(Value::Array(Rc::new(NdArray::from_vec(v, &shape)?)));
    }
    if zero_d {
        return Ok(Value::Scalar(DType::F64, Num::Float(re[0])));
    }
    Ok(Value::Array(Rc::new(NdArray::from_vec(re, &shape)?)))
}

/// A sample-point sequence as the C code takes it: cast safely to `dtype`, 1-d.
fn one_d(it: &mut dyn Context, v: &Value, dtype: &str) -> PyResult<Vec<Num>> {
    let a = as_array(&floats(it, v, dtype)?)?;
    if a.ndim() > 1 {
        return Err(PyErr::value(if matches!(v, Value::Array(_)) {
            "object too deep for desired array"
        } else {
            "setting an array element with a sequence. The requested array would exceed \
             the maximum number of dimension of 1."
        }));
    }
    a.to_nums()
}

/// `left=`/`right=` as `PyFloat_AsDouble` reads them.
fn real_of(v: &Value) -> PyResult<f64> {
    match v {
        Value::Complex(..) | Value::Scalar(DType::C64 | DType::C128, _) => {
            Err(PyErr::type_err("must be real number, not complex"))
        }
        Value::Str(_) => Err(PyErr::type_err("must be real number, not str")),
        _ => to_f64(v),
    }
}

fn complex_of(v: &Value) -> PyResult<(f64, f64)> {
    match v {
        Value::Complex(re, im) => Ok((*re, *im)),
        Value::Scalar(_, n) => Ok(n.as_complex()),
        _ => Ok((real_of(v)?, 0.0)),
    }
}

/// `compiled_interp`'s loop for one real component.
fn interp_real(
    xs: &[f64],
    dx: &[f64],
    dy: &[f64],
    left: Option<f64>,
    right: Option<f64>,
) -> Vec<f64> {
    let n = dx.len();
    let lval = left.unwrap_or(dy[0]);
    let rval = right.unwrap_or(dy[n - 1]);
    if n == 1 {
        let (xp, fp) = (dx[0], dy[0]);
        return xs
            .iter()
            .map(|&x| {
                if x < xp {
                    lval
                } else if x > xp {
                    rval
                } else {
                    fp
                }
            })
            .collect();
    }
    let slope = |j: usize| (dy[j + 1] - dy[j]) / (dx[j + 1] - dx[j]);
    let mut j: isize = 0;
    xs.iter()
        .map(|&x| {
            if x.is_nan() {
                return x;
            }
            j = search_with_guess(x, dx, j);
            if j == -1 {
                lval
            } else if j == n as isize {
                rval
            } else if j == n as isize - 1 {
                dy[j as usize]
            } else {
                let k = j as usize;
                if dx[k] == x {
                    return dy[k];
                }
                let s = slope(k);
                let mut r = s * (x - dx[k]) + dy[k];
                if r.is_nan() {
                    r = s * (x - dx[k + 1]) + dy[k + 1];
                    if r.is_nan() && dy[k] == dy[k + 1] {
                        r = dy[k];
                    }
                }
                r
            }
        })
        .collect()
}

/// NumPy's `binary_search_with_guess`: the index `i` with `arr[i] <= key < arr[i+1]`,
/// -1 below the range and `len` above it, trying the previous answer's neighbours first.
fn search_with_guess(key: f64, arr: &[f64], guess: isize) -> isize {
    const CACHE: isize = 8;
    let len = arr.len() as isize;
    let at = |i: isize| arr[i as usize];
    if key > at(len - 1) {
        return len;
    } else if key < at(0) {
        return -1;
    }
    if len <= 4 {
        let mut i = 1;
        while i < len && key >= at(i) {
            i += 1;
        }
        return i - 1;
    }
    let guess = guess.min(len - 3).max(1);
    let (mut imin, mut imax) = (0, len);
    if key < at(guess) {
        if key < at(guess - 1) {
            imax = guess - 1;
            if guess > CACHE && key >= at(guess - CACHE) {
                imin = guess - CACHE;
            }
        } else {
            return guess - 1;
        }
    } else if key < at(guess + 1) {
        return guess;
    } else if key < at(guess + 2) {
        return guess + 1;
    } else {
        imin = guess + 2;
        if guess < len - CACHE - 1 && key < at(guess + CACHE) {
            imax = guess + CACHE;
        }
    }
    while imin < imax {
        let imid = imin + ((imax - imin) >> 1);
        if key >= at(imid) {
            imin = imid + 1;
        } else {
            imax = imid;
        }
    }
    imin - 1
}
