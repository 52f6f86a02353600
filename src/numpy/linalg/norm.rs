//! `np.linalg.norm(x, ord=None, axis=None, keepdims=False)`, step for step as NumPy's
//! `linalg/_linalg.py` computes it (same ufuncs, same reductions, same order), so results
//! and dtypes match: integers and bools become float64 first; the default and Frobenius
//! norms over the whole array are `sqrt(x·x)`; other vector orders are reductions of
//! `abs(x)`; matrix orders reduce one axis then take the max/min over the other.
//! The singular-value norms (`ord=2`, `-2`, `'nuc'` of a matrix) need an SVD arrsh does
//! not have yet and raise NotImplementedError.

use super::np;
use crate::array::dtype::DType;
use crate::array::element::{coerce, Num};
use crate::array::kernels;
use crate::array::object::{ArrayRef, NdArray};
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::numpy::shape::normalize_axis;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, to_f64, to_i64, truthy};
use crate::value::Value;
use std::rc::Rc;

/// The `ord` argument.
enum Ord {
    Default,
    Num(f64),
    Str(String),
}

pub fn norm(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let a = args.bind("norm", &["x", "ord", "axis", "keepdims"], 1)?;
    let mut x = as_array(a[0].as_ref().unwrap_or(&Value::None))?;
    if !x.dtype.is_inexact() {
        x = Rc::new(kernels::to_contiguous(&x, DType::F64)?);
    }
    let ord = match given(&a[1]) {
        None => Ord::Default,
        Some(Value::Str(s)) => Ord::Str(s.to_string()),
        Some(v) => Ord::Num(to_f64(v)?),
    };
    let keepdims = given(&a[3]).map(truthy).transpose()?.unwrap_or(false);
    let nd = x.ndim();
    let axis: Vec<i64> = match given(&a[2]) {
        None => {
            let whole = match &ord {
                Ord::Default => true,
                Ord::Str(s) => (s == "f" || s == "fro") && nd == 2,
                Ord::Num(o) => *o == 2.0 && nd == 1,
            };
            if whole {
                return whole_array(it, &x, keepdims);
            }
            (0..nd as i64).collect()
        }
        Some(Value::Tuple(t)) => t.iter().map(to_i64).collect::<PyResult<_>>()?,
        Some(v) => vec![int_axis(v)?],
    };
    let ax = |it: &[i64]| Value::ints(it.iter().map(|&i| i as i128));
    let absx = |it: &mut dyn Context| np(it, "absolute", vec![Value::Array(x.clone())], vec![]);
    match axis.as_slice() {
        [axis0] => {
            let axv = ax(&[*axis0]);
            let kd = Value::Bool(keepdims);
            let reduce = |it: &mut dyn Context, f: &str, v: Value| {
                np(
                    it,
                    f,
                    vec![v],
                    vec![("axis", axv.clone()), ("keepdims", kd.clone())],
                )
            };
            match ord {
                Ord::Num(o) if o == f64::INFINITY => {
                    let v = absx(it)?;
                    max_or_zero(it, v, normalize_axis(*axis0, nd, None)?, keepdims)
                }
                Ord::Num(o) if o == f64::NEG_INFINITY => {
                    let v = absx(it)?;
                    reduce(it, "min", v)
                }
                Ord::Num(0.0) => {
                    let nz = np(
                        it,
                        "not_equal",
                        vec![Value::Array(x.clone()), Value::Int(0)],
                        vec![],
                    )?;
                    let nz = as_array(&nz)?;
                    let f = Rc::new(kernels::to_contiguous(&nz, x.dtype.real_of())?);
                    reduce(it, "sum", Value::Array(f))
                }
                Ord::Num(1.0) => {
                    let v = absx(it)?;
                    reduce(it, "sum", v)
                }
                Ord::Default | Ord::Num(2.0) => {
                    let s = squared_modulus(it, &x)?;
                    let r = reduce(it, "sum", s)?;
                    np(it, "sqrt", vec![r], vec![])
                }
                Ord::Str(s) => Err(PyErr::value(format!(
                    "Invalid norm order '{}' for vectors",
                    s
                ))),
                Ord::Num(o) => {
                    let v = absx(it)?;
                    let p = np(it, "power", vec![v, Value::Float(o)], vec![])?;
                    let r = reduce(it, "sum", p)?;
                    // `ret **= reciprocal(ord, dtype=ret.dtype)`: the exponent is a scalar
                    // of the result's dtype, not a weak Python float.
                    let d = dtype_of(&r);
                    let recip = Value::Scalar(d, coerce(d, Num::Float(1.0 / o)));
                    np(it, "power", vec![r, recip], vec![])
                }
            }
        }
        [r, c] => {
            let row = normalize_axis(*r, nd, None)?;
            let col = normalize_axis(*c, nd, None)?;
            if row == col {
                return Err(PyErr::value("Duplicate axes given."));
            }
            // Reduce `first` with a sum of |x|, then `second` (renumbered) with max/min.
            let sum_then = |it: &mut dyn Context, first: usize, second: usize, f: &str| {
                let v = absx(it)?;
                let s = np(
                    it,
                    "sum",
                    vec![v],
                    vec![("axis", Value::Int(first as i128))],
                )?;
                let second = if second > first { second - 1 } else { second };
                if f == "max" {
                    max_or_zero(it, s, second, false)
                } else {
                    np(it, f, vec![s], vec![("axis", Value::Int(second as i128))])
                }
            };
            let ret = match ord {
                Ord::Num(2.0) => svd_norm(it, &x, row, col, "amax")?,
                Ord::Num(-2.0) => svd_norm(it, &x, row, col, "amin")?,
                Ord::Str(s) if s == "nuc" => svd_norm(it, &x, row, col, "sum")?,
                Ord::Num(1.0) => sum_then(it, row, col, "max")?,
                Ord::Num(o) if o == f64::INFINITY => sum_then(it, col, row, "max")?,
                Ord::Num(-1.0) => sum_then(it, row, col, "min")?,
                Ord::Num(o) if o == f64::NEG_INFINITY => sum_then(it, col, row, "min")?,
                Ord::Default => frobenius(it, &x, ax(&axis))?,
                Ord::Str(s) if s == "fro" || s == "f" => frobenius(it, &x, ax(&axis))?,
                _ => return Err(PyErr::value("Invalid norm order for matrices.")),
            };
            if keepdims {
                let mut shape: Vec<i128> = x.shape.iter().map(|&d| d as i128).collect();
                shape[row] = 1;
                shape[col] = 1;
                return np(it, "reshape", vec![ret, Value::ints(shape)], vec![]);
            }
            Ok(ret)
        }
        _ => Err(PyErr::value("Improper number of dimensions to norm.")),
    }
}

/// NumPy's `_multi_svd_norm`: the singular values of the matrices on axes (row, col),
/// reduced by `op` (largest, smallest or their sum).
fn svd_norm(
    it: &mut dyn Context,
    x: &crate::array::object::ArrayRef,
    row: usize,
    col: usize,
    op: &str,
) -> PyResult<Value> {
    let axes = |a: i128, b: i128| Value::tuple(vec![Value::Int(a), Value::Int(b)]);
    let y = np(
        it,
        "moveaxis",
        vec![
            Value::Array(x.clone()),
            axes(row as i128, col as i128),
            axes(-2, -1),
        ],
        vec![],
    )?;
    let s = np(
        it,
        "linalg.svd",
        vec![y],
        vec![("compute_uv", Value::Bool(false))],
    )?;
    np(it, op, vec![s], vec![("axis", Value::Int(-1))])
}

/// `int(axis)` for a single axis, with NumPy's TypeError for anything else.
fn int_axis(v: &Value) -> PyResult<i64> {
    match v {
        Value::Float(f) if f.is_finite() => Ok(f.trunc() as i64),
        Value::Int(_) | Value::Bool(_) | Value::Scalar(..) => to_i64(v),
        _ => Err(PyErr::type_err(
            "'axis' must be None, an integer or a tuple of integers",
        )),
    }
}

fn dtype_of(v: &Value) -> DType {
    match v {
        Value::Array(a) => a.dtype,
        Value::Scalar(d, _) => *d,
        _ => DType::F64,
    }
}

/// `(x.conj() * x).real`: `re*re + im*im` for complex `x`, `x*x` otherwise.
fn squared_modulus(it: &mut dyn Context, x: &ArrayRef) -> PyResult<Value> {
    let sq = |it: &mut dyn Context, v: Value| np(it, "multiply", vec![v.clone(), v], vec![]);
    if x.dtype.is_complex() {
        let re = crate::numpy::inspect::array_real_imag(x, false)?;
        let im = crate::numpy::inspect::array_real_imag(x, true)?;
        let (r2, i2) = (sq(it, re)?, sq(it, im)?);
        np(it, "add", vec![r2, i2], vec![])
    } else {
        sq(it, Value::Array(x.clone()))
    }
}

/// `sqrt(add.reduce((x.conj() * x).real, axis=axis))`.
fn frobenius(it: &mut dyn Context, x: &ArrayRef, axis: Value) -> PyResult<Value> {
    let s = squared_modulus(it, x)?;
    let r = np(it, "sum", vec![s], vec![("axis", axis)])?;
    np(it, "sqrt", vec![r], vec![])
}

/// `sqrt(x.ravel() · x.ravel())` (complex: the dots of the real and imaginary parts).
fn whole_array(it: &mut dyn Context, x: &ArrayRef, keepdims: bool) -> PyResult<Value> {
    let flat = np(
        it,
        "ravel",
        vec![Value::Array(x.clone()), Value::str("K")],
        vec![],
    )?;
    let dot = |it: &mut dyn Context, v: Value| np(it, "dot", vec![v.clone(), v], vec![]);
    let sqnorm = if x.dtype.is_complex() {
        let f = as_array(&flat)?;
        let re = crate::numpy::inspect::array_real_imag(&f, false)?;
        let im = crate::numpy::inspect::array_real_imag(&f, true)?;
        let (a, b) = (dot(it, re)?, dot(it, im)?);
        np(it, "add", vec![a, b], vec![])?
    } else {
        dot(it, flat)?
    };
    let r = np(it, "sqrt", vec![sqnorm], vec![])?;
    if keepdims {
        let shape = Value::ints(std::iter::repeat_n(1i128, x.ndim()));
        return np(it, "reshape", vec![r, shape], vec![]);
    }
    Ok(r)
}

/// `v.max(axis=axis, keepdims=keepdims, initial=0)`: an empty axis gives zeros.
fn max_or_zero(it: &mut dyn Context, v: Value, axis: usize, keepdims: bool) -> PyResult<Value> {
    let arr = as_array(&v)?;
    if arr.shape.get(axis) == Some(&0) {
        let mut shape = arr.shape.clone();
        if keepdims {
            shape[axis] = 1;
        } else {
            shape.remove(axis);
        }
        let z = NdArray::zeros(&shape, arr.dtype)?;
        return Ok(crate::numpy::ufunc::wrap(Rc::new(z)));
    }
    np(
        it,
        "max",
        vec![v],
        vec![
            ("axis", Value::Int(axis as i128)),
            ("keepdims", Value::Bool(keepdims)),
        ],
    )
}
