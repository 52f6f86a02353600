//! `mean`, `var` and `std`, written as NumPy's `_methods.py` writes them (sum in float64
//! for integers, float32 for float16, divide by an intp count, `x = a - mean; x *= x`) so
//! the results round the same way.

use super::{array_arg, axis_mask, deliver, flag, fold, fold_from, where_mask, Fold, Reduced};
use crate::array::dtype::{Casting, DType};
use crate::array::element::{Element, Num, C32, C64};
use crate::array::object::{ArrayRef, NdArray};
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::numpy::ufunc::{apply_binary, apply_unary, operand, Op, Opts, UOp};
use crate::value::args::{given, Args};
use crate::value::convert::{to_dtype, to_f64};
use crate::value::ops::BinOp;
use crate::value::Value;
use std::rc::Rc;

/// `ret = true_divide(ret, np.intp(count), out=ret, casting='unsafe')`.
fn divide_in_place(it: &mut dyn Context, ret: &ArrayRef, count: f64) -> PyResult<()> {
    let opts = Opts {
        out: Some(ret),
        casting: Casting::Unsafe,
        ..Opts::default()
    };
    let n = if count.fract() == 0.0 {
        Value::Scalar(DType::I64, Num::Int(count as i128))
    } else {
        Value::Scalar(DType::F64, Num::Float(count))
    };
    apply_binary(
        it,
        Op::Bin(BinOp::Div),
        &Value::Array(ret.clone()),
        &n,
        &opts,
    )?;
    Ok(())
}

/// `ret = true_divide(ret, count, out=ret, casting='unsafe')` with a count per result
/// element (`where=`'s `_count_reduce_items`), less `ddof` and at least 0.
fn divide_by_counts(
    it: &mut dyn Context,
    ret: &ArrayRef,
    counts: &NdArray,
    ddof: f64,
) -> PyResult<()> {
    let c: Vec<f64> = crate::array::kernels::to_vec::<f64>(counts)?
        .into_iter()
        .map(|n| (n - ddof).max(0.0))
        .collect();
    let c = NdArray::from_vec(c, &counts.shape)?;
    let opts = Opts {
        out: Some(ret),
        casting: Casting::Unsafe,
        ..Opts::default()
    };
    apply_binary(
        it,
        Op::Bin(BinOp::Div),
        &Value::Array(ret.clone()),
        &Value::Array(Rc::new(c)),
        &opts,
    )?;
    Ok(())
}

/// `where=` as given, unless it is the default `True` (which masks nothing).
fn where_given(v: Option<&Value>) -> Option<&Value> {
    v.filter(|w| !matches!(w, Value::Bool(true)))
}

/// The mask broadcast to `a`'s shape, and NumPy's `_count_reduce_items` with it: the
/// number of True entries along the reduced axes.
fn where_counts(
    w: &Value,
    a: &NdArray,
    mask: &[bool],
    keepdims: bool,
) -> PyResult<(Value, ArrayRef)> {
    let w = where_mask(w, &a.shape).map_err(|e| broadcast_to_error(e, w, &a.shape))?;
    let m = crate::value::convert::as_array(&w)?;
    let full = crate::numpy::linalg::common::broadcast(&m, &a.shape)?;
    let counts = fold(&full, mask, Fold::Add, DType::I64, keepdims)?;
    Ok((w, counts))
}

/// `np.broadcast_to(where, a.shape)`'s error, which `_count_reduce_items` raises first,
/// in place of the reduction's own broadcast error.
fn broadcast_to_error(e: PyErr, w: &Value, shape: &[usize]) -> PyErr {
    use crate::array::layout::shape_str;
    let ws = crate::value::convert::as_array(w).map(|m| m.shape.clone());
    match ws {
        Ok(ws) if ws.len() <= shape.len() && e.msg.contains("could not be broadcast") => {
            PyErr::value(format!(
                "operands could not be broadcast together with remapped shapes [original->remapped]: {}  and requested shape {}",
                shape_str(&ws).replace(' ', ""),
                shape_str(shape).replace(' ', "")
            ))
        }
        _ => e,
    }
}

/// Whether any count is at most `limit`.
fn any_at_most(counts: &NdArray, limit: f64) -> PyResult<bool> {
    Ok(crate::array::kernels::to_vec::<f64>(counts)?
        .iter()
        .any(|&n| n <= limit))
}

fn items(a: &NdArray, mask: &[bool]) -> usize {
    (0..a.ndim())
        .filter(|&ax| mask[ax])
        .map(|ax| a.shape[ax])
        .product()
}

/// The dtype `mean` accumulates in when `dtype=` is not given.
fn mean_dtype(d: DType) -> DType {
    match d {
        d if d.is_int() || d == DType::Bool => DType::F64,
        DType::F16 => DType::F32,
        d => d,
    }
}

pub fn mean(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind(
        "mean",
        &["a", "axis", "dtype", "out", "keepdims", "*where"],
        1,
    )?;
    let a = array_arg(&p[0])?;
    let mask = axis_mask(given(&p[1]), a.ndim())?;
    let keepdims = flag(&p[4])?;
    let n = items(&a, &mask);
    let masked = where_given(given(&p[5]))
        .map(|w| where_counts(w, &a, &mask, keepdims))
        .transpose()?;
    let empty = match &masked {
        Some((_, counts)) => any_at_most(counts, 0.0)?,
        None => n == 0,
    };
    if empty {
        it.warn("RuntimeWarning", "Mean of empty slice.");
    }
    // `_mean` passes float64 for integers and float32 for float16; otherwise no dtype, so
    // an `out=` array picks the loop.
    let acc = match given(&p[2]) {
        Some(d) => to_dtype(d)?,
        None if mean_dtype(a.dtype) != a.dtype => mean_dtype(a.dtype),
        None => super::loop_dtype_for_out(a.dtype, given(&p[3]), a.dtype),
    };
    let red = Reduced {
        in_shape: &a.shape,
        mask: &mask,
        keepdims,
    };
    red.check_out(given(&p[3]), "add")?;
    let ret = match &masked {
        Some((w, _)) => fold_from(it, &a, &mask, Fold::Add, acc, keepdims, None, Some(w))?,
        None => fold(&a, &mask, Fold::Add, acc, keepdims)?,
    };
    let ret = super::in_input_order(ret, &a, &mask, keepdims)?;
    // NumPy's `_mean`: the sum goes into `out` first, and is divided there, in `out`'s
    // dtype (so float16 data summed in float32 keeps float32's digits in a float64 `out`).
    let out = given(&p[3]);
    let ret = match out {
        Some(o) => match deliver(ret, Some(o), "add")? {
            Value::Array(o) => o,
            other => return Ok(other),
        },
        None => ret,
    };
    match &masked {
        Some((_, counts)) => divide_by_counts(it, &ret, counts, 0.0)?,
        None => divide_in_place(it, &ret, n as f64)?,
    }
    if out.is_some() {
        return Ok(Value::Array(ret));
    }
    let ret = if given(&p[2]).is_none() && a.dtype == DType::F16 {
        Rc::new(crate::array::kernels::to_contiguous(&ret, DType::F16)?)
    } else {
        ret
    };
    deliver(ret, None, "add")
}

/// `|x|**2` of a complex array as its real dtype: `re*re + im*im`, NumPy's fast path.
fn abs2(x: &NdArray) -> PyResult<NdArray> {
    fn go<T: Element, R: Element>(
        x: &NdArray,
        parts: impl Fn(T) -> (R, R),
        f: impl Fn(R, R) -> R,
    ) -> PyResult<NdArray> {
        let v = crate::array::kernels::to_vec::<T>(x)?;
        let out: Vec<R> = v
            .into_iter()
            .map(|z| {
                let (re, im) = parts(z);
                f(re, im)
            })
            .collect();
        NdArray::from_vec(out, &x.shape)
    }
    match x.dtype {
        DType::C64 => go::<C32, f32>(x, |z| (z.re, z.im), |r, i| r * r + i * i),
        _ => go::<C64, f64>(x, |z| (z.re, z.im), |r, i| r * r + i * i),
    }
}

pub fn var(it: &mut dyn Context, args: &Args, std: bool) -> PyResult<Value> {
    let name = if std { "std" } else { "var" };
    let p = args.bind(
        name,
        &[
            "a",
            "axis",
            "dtype",
            "out",
            "ddof",
            "keepdims",
            "*where",
            "*mean",
            "*correction",
        ],
        1,
    )?;
    let a = array_arg(&p[0])?;
    let mask = axis_mask(given(&p[1]), a.ndim())?;
    let keepdims = flag(&p[5])?;
    let ddof = match (given(&p[4]), given(&p[8])) {
        (Some(d), _) | (None, Some(d)) => to_f64(d)?,
        _ => 0.0,
    };
    let n = items(&a, &mask);
    // `where=`: the mask with the counts for the mean (kept dims) and for the result.
    let masked = match where_given(given(&p[6])) {
        Some(w) => {
            let (wv, kept) = where_counts(w, &a, &mask, true)?;
            let (_, counts) = where_counts(w, &a, &mask, keepdims)?;
            Some((wv, kept, counts))
        }
        None => None,
    };
    let too_few = match &masked {
        Some((_, _, counts)) => any_at_most(counts, ddof)?,
        None => ddof >= n as f64,
    };
    if too_few {
        it.warn("RuntimeWarning", "Degrees of freedom <= 0 for slice");
    }
    let dtype = match given(&p[2]) {
        Some(d) => Some(to_dtype(d)?),
        None => (a.dtype.is_int() || a.dtype == DType::Bool).then_some(DType::F64),
    };
    Reduced {
        in_shape: &a.shape,
        mask: &mask,
        keepdims,
    }
    .check_out(given(&p[3]), "add")?;
    let acc = dtype.unwrap_or(a.dtype);
    let mean = match &masked {
        Some((w, kept, _)) => {
            let mean = fold_from(it, &a, &mask, Fold::Add, acc, true, None, Some(w))?;
            divide_by_counts(it, &mean, kept, 0.0)?;
            mean
        }
        None => {
            let mean = fold(&a, &mask, Fold::Add, acc, true)?;
            divide_in_place(it, &mean, n as f64)?;
            mean
        }
    };
    // NumPy's `arrmean` is laid out in the input's order, and so `arr - arrmean` is too.
    let mean = super::in_input_order(mean, &a, &mask, true)?;
    let diff = apply_binary(
        it,
        Op::Bin(BinOp::Sub),
        &Value::Array(a.clone()),
        &Value::Array(mean),
        &Opts::default(),
    )?;
    let x = operand(&diff)?.array;
    let sq = if x.dtype.is_complex() {
        Rc::new(abs2(&x)?)
    } else {
        apply_binary(
            it,
            Op::Bin(BinOp::Mul),
            &Value::Array(x.clone()),
            &Value::Array(x.clone()),
            &Opts {
                out: Some(&x),
                ..Opts::default()
            },
        )?;
        x
    };
    let acc2 = dtype.unwrap_or(sq.dtype);
    let ret = match &masked {
        Some((w, _, counts)) => {
            let ret = fold_from(it, &sq, &mask, Fold::Add, acc2, keepdims, None, Some(w))?;
            divide_by_counts(it, &ret, counts, ddof)?;
            ret
        }
        None => {
            let ret = fold(&sq, &mask, Fold::Add, acc2, keepdims)?;
            divide_in_place(it, &ret, (n as f64 - ddof).max(0.0))?;
            ret
        }
    };
    let ret = super::in_input_order(ret, &sq, &mask, keepdims)?;
    if std {
        // NumPy takes the root in `out` itself (`um.sqrt(ret, out=ret)`), so an `out` the
        // float result cannot be cast to (same_kind) fails there.
        if let Some(Value::Array(o)) = given(&p[3]) {
            if !ret.dtype.can_cast(o.dtype, Casting::SameKind) {
                return Err(PyErr::ufunc_type(format!(
                    "Cannot cast ufunc 'sqrt' output from dtype('{}') to dtype('{}') with casting rule 'same_kind'",
                    ret.dtype.name(),
                    o.dtype.name()
                )));
            }
        }
        apply_unary(
            it,
            UOp::Sqrt,
            &Value::Array(ret.clone()),
            &Opts {
                out: Some(&ret),
                ..Opts::default()
            },
        )?;
    }
    deliver(ret, given(&p[3]), "add")
}
