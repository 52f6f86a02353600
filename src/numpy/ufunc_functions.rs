//! Elementwise functions NumPy writes in Python on top of ufuncs, computed here through the
//! same ufunc calls so dtypes, errors and warnings are those of the ufuncs underneath:
//! `np.fix` (`trunc`), `np.sinc` (`sin(y) / y` with `y = pi * x`, zeros replaced by eps) and
//! `np.nan_to_num` (nan and infinities replaced, in place with `copy=False`).

use super::Family;
use crate::array::dtype::DType;
use crate::array::element::{Element, Num};
use crate::array::kernels;
use crate::array::object::{ArrayRef, NdArray};
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::numpy::ufunc::{apply_binary, apply_unary, operand, wrap, Op, Opts, UOp};
use crate::value::args::{given, Args};
use crate::value::convert::{array_from_value, truthy};
use crate::value::ops::BinOp;
use crate::value::Value;
use std::rc::Rc;

pub const FAMILY: Family = Family {
    names: &["fix", "sinc", "nan_to_num"],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    if !FAMILY.names.contains(&name) {
        return None;
    }
    Some(match name {
        "fix" => fix(it, &args),
        "sinc" => sinc(it, &args),
        _ => nan_to_num(&args),
    })
}

/// `np.fix(x, out=None)` is `np.trunc(x, out=out)` in NumPy 2.
fn fix(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let a = args.bind("fix", &["x", "out"], 1)?;
    let out = match given(&a[1]) {
        None => None,
        Some(Value::Array(o)) => Some(o.clone()),
        Some(_) => return Err(PyErr::type_err("return arrays must be of ArrayType")),
    };
    let opts = Opts {
        out: out.as_ref(),
        ..Opts::default()
    };
    apply_unary(it, UOp::Trunc, a[0].as_ref().unwrap_or(&Value::None), &opts)
}

/// The value as an array (`np.asanyarray`).
fn as_array(v: &Value) -> PyResult<ArrayRef> {
    match v {
        Value::Array(a) => Ok(a.clone()),
        other => Ok(Rc::new(array_from_value(other, None)?)),
    }
}

/// `np.sinc(x)`: `y = where(pi * x, pi * x, eps)`, then `sin(y) / y`.
fn sinc(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let a = args.bind("sinc", &["x"], 1)?;
    let x = Value::Array(as_array(a[0].as_ref().unwrap_or(&Value::None))?);
    let px = apply_binary(
        it,
        Op::Bin(BinOp::Mul),
        &Value::Float(std::f64::consts::PI),
        &x,
        &Opts::default(),
    )?;
    let px = operand(&px)?.array;
    let eps = match px.dtype {
        DType::F16 => f64::from(half::f16::EPSILON),
        DType::F32 => f64::from(f32::EPSILON),
        DType::F64 => f64::EPSILON,
        _ => 1e-20,
    };
    // `where` with a weak Python float keeps a float or complex dtype.
    let yd = if px.dtype.is_inexact() {
        px.dtype
    } else {
        DType::F64
    };
    let y = Rc::new(kernels::to_contiguous(&px, yd)?);
    crate::array::dtype::with_dtype!(yd, T, {
        let fill = T::from_num(Num::Float(eps));
        crate::numpy::ufunc::map_in_place::<T>(&y, |v| if v.to_num().is_true() { v } else { fill });
    });
    let y = wrap(y);
    let s = apply_unary(it, UOp::Sin, &y, &Opts::default())?;
    apply_binary(it, Op::Bin(BinOp::Div), &s, &y, &Opts::default())
}

/// `np.array(obj, copy=False)` of something that is no array.
const COPY_REFUSED: &str = "Unable to avoid copy while creating an array as requested.\nIf using `np.array(obj, copy=False)` replace it with `np.asarray(obj)` to allow a copy when needed (no behavior change in NumPy 1.x).\nFor more details, see https://numpy.org/devdocs/numpy_2_0_migration_guide.html#adapting-to-changes-in-the-copy-keyword.";

/// The largest finite value of a float dtype (`finfo(d).max`).
fn float_max(d: DType) -> f64 {
    match d {
        DType::F16 => f64::from(half::f16::MAX),
        DType::F32 => f64::from(f32::MAX),
        _ => f64::MAX,
    }
}

/// `np.nan_to_num(x, copy=True, nan=0.0, posinf=None, neginf=None)`.
fn nan_to_num(args: &Args) -> PyResult<Value> {
    let a = args.bind("nan_to_num", &["x", "copy", "nan", "posinf", "neginf"], 1)?;
    let copy = given(&a[1]).map(truthy).transpose()?.unwrap_or(true);
    let x = match a[0].as_ref().unwrap_or(&Value::None) {
        Value::Array(arr) if !copy => arr.clone(),
        // `x.copy()`: the copy keeps the memory order (order='K').
        Value::Array(arr) => Rc::new(crate::numpy::shape::copy_in_order(
            arr,
            arr.dtype,
            crate::array::layout::Order::K,
        )?),
        _ if !copy => return Err(PyErr::value(COPY_REFUSED)),
        other => Rc::new(array_from_value(other, None)?),
    };
    if !x.dtype.is_inexact() {
        return Ok(if x.ndim() == 0 {
            wrap(x)
        } else {
            Value::Array(x)
        });
    }
    let part = x.dtype.real_of();
    let max = float_max(part);
    let value = |v: &Option<Value>, default: f64| -> PyResult<ArrayRef> {
        match given(v) {
            None => {
                let z = NdArray::zeros(&[], part)?;
                z.set(&[], Num::Float(default));
                Ok(Rc::new(z))
            }
            Some(v) => Ok(Rc::new(kernels::to_contiguous(&operand(v)?.array, part)?)),
        }
    };
    let nan = value(&a[2], 0.0)?;
    let posinf = value(&a[3], max)?;
    let neginf = value(&a[4], -max)?;
    let parts = if x.dtype.is_complex() {
        vec![false, true]
    } else {
        vec![false]
    };
    for imag in parts {
        let d = match crate::numpy::inspect::array_real_imag(&x, imag)? {
            Value::Array(d) => d,
            _ => return Err(PyErr::type_err("nan_to_num: no real part")),
        };
        for (repl, pick) in [
            (&nan, 0u8), // nan
            (&posinf, 1),
            (&neginf, 2),
        ] {
            crate::array::dtype::with_dtype!(part, T, {
                crate::numpy::ufunc::replace_where::<T>(&d, repl, |v| {
                    let f = v.to_num().as_f64();
                    match pick {
                        0 => f.is_nan(),
                        1 => f == f64::INFINITY,
                        _ => f == f64::NEG_INFINITY,
                    }
                })?;
            });
        }
    }
    Ok(if x.ndim() == 0 {
        wrap(x)
    } else {
        Value::Array(x)
    })
}
