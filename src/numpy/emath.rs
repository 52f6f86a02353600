//! `np.emath` (`numpy.lib.scimath`): `sqrt`, `log`, `log2`, `log10`,
//! `logn`, `power`, `arccos`, `arcsin`, `arctanh` that return complex
//! results where the real function has none.
//!
//! As in NumPy, nothing is computed here: a real input with a negative
//! element (or one outside `[-1, 1]` for the inverse trig functions) is cast
//! to complex first (`complex64` for float32 and the small integer types,
//! else `complex128`) and the ordinary ufunc does the rest.

use super::context::Context;
use super::Family;
use crate::array::dtype::DType;
use crate::array::kernels;
use crate::error::PyResult;
use crate::value::args::Args;
use crate::value::convert::as_array;
use crate::value::Value;
use std::rc::Rc;

pub const NAMES: &[&str] = &[
    "sqrt", "log", "log2", "log10", "logn", "power", "arccos", "arcsin", "arctanh",
];

pub const FAMILY: Family = Family { names: &[], call };

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    let short = name.strip_prefix("emath.")?;
    if !NAMES.contains(&short) {
        return None;
    }
    Some(emath(it, short, &args))
}

/// Which inputs must become complex.
#[derive(Clone, Copy)]
enum Fix {
    /// `_fix_real_lt_zero`: negative reals.
    Negative,
    /// `_fix_real_abs_gt_1`: reals outside `[-1, 1]`.
    AbsAbove1,
    /// `_fix_int_lt_zero`: negative integers become float (`x * 1.0`).
    NegativeInt,
}

/// NumPy's `_tocomplex` target for a real dtype.
fn complex_for(d: DType) -> DType {
    match d {
        DType::F32 | DType::I8 | DType::I16 | DType::U8 | DType::U16 | DType::C64 => DType::C64,
        _ => DType::C128,
    }
}

fn fix(v: &Value, how: Fix) -> PyResult<Value> {
    let a = as_array(v)?;
    if a.dtype.is_complex() {
        return Ok(Value::Array(a));
    }
    let vals = a.to_nums()?;
    let hit = |f: &dyn Fn(f64) -> bool| vals.iter().any(|n| f(n.as_f64()));
    let target = match how {
        Fix::Negative if hit(&|x| x < 0.0) => complex_for(a.dtype),
        Fix::AbsAbove1 if hit(&|x| x.abs() > 1.0) => complex_for(a.dtype),
        Fix::NegativeInt if a.dtype.is_int() && hit(&|x| x < 0.0) => DType::F64,
        _ => return Ok(Value::Array(a)),
    };
    Ok(Value::Array(Rc::new(kernels::to_contiguous(&a, target)?)))
}

fn ufunc(it: &mut dyn Context, name: &str, args: Vec<Value>) -> PyResult<Value> {
    super::call(it, &format!("numpy.{name}"), Args::new(args))
}

fn emath(it: &mut dyn Context, name: &str, args: &Args) -> PyResult<Value> {
    let none = Value::None;
    match name {
        "logn" => {
            let a = args.bind("logn", &["n", "x"], 2)?;
            let x = fix(a[1].as_ref().unwrap_or(&none), Fix::Negative)?;
            let n = fix(a[0].as_ref().unwrap_or(&none), Fix::Negative)?;
            let lx = ufunc(it, "log", vec![x])?;
            let ln = ufunc(it, "log", vec![n])?;
            ufunc(it, "divide", vec![lx, ln])
        }
        "power" => {
            let a = args.bind("power", &["x", "p"], 2)?;
            let x = fix(a[0].as_ref().unwrap_or(&none), Fix::Negative)?;
            let p = fix(a[1].as_ref().unwrap_or(&none), Fix::NegativeInt)?;
            ufunc(it, "power", vec![x, p])
        }
        _ => {
            let a = args.bind(name, &["x"], 1)?;
            let how = if name.starts_with("arc") {
                Fix::AbsAbove1
            } else {
                Fix::Negative
            };
            let x = fix(a[0].as_ref().unwrap_or(&none), how)?;
            ufunc(it, name, vec![x])
        }
    }
}
