//! `np.convolve` and `np.correlate`: NumPy's `multiarray.correlate2` (`c[k] = sum_n
//! a[n+k] * conj(v[n])`) over the common dtype of both inputs, the longer sequence
//! outermost, each output a running sum in the order of `v` (as the C loop's `dot` adds),
//! so integer dtypes wrap and bools OR their ANDs as NumPy's do.

use super::Family;
use crate::error::{PyErr, PyResult};
use crate::numpy::compose::{get, np, np1, set, slice};
use crate::numpy::context::Context;
use crate::value::args::Args;
use crate::value::convert::as_array;
use crate::value::Value;

pub const FAMILY: Family = Family {
    names: &["convolve", "correlate"],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    Some(match name {
        "convolve" => convolve(it, &args),
        "correlate" => correlate(it, &args),
        _ => return None,
    })
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Valid,
    Same,
    Full,
}

/// NumPy's `PyArray_CorrelatemodeConverter`: the three names, 0/1/2, nothing else.
fn mode(v: &Option<Value>, default: Mode) -> PyResult<Mode> {
    let Some(v) = v else { return Ok(default) };
    let from_int = |i: i128| match i {
        0 => Ok(Mode::Valid),
        1 => Ok(Mode::Same),
        2 => Ok(Mode::Full),
        _ => Err(PyErr::value(
            "integer convolve/correlate mode must be 0, 1, or 2",
        )),
    };
    match v {
        Value::Str(s) => match &**s {
            "valid" => Ok(Mode::Valid),
            "same" => Ok(Mode::Same),
            "full" => Ok(Mode::Full),
            _ if s.starts_with(['v', 'V', 's', 'S', 'f', 'F']) => Err(PyErr::value(
                "Use one of 'valid', 'same', or 'full' for convolve/correlate mode",
            )),
            _ => Err(PyErr::value(format!(
                "mode must be one of 'valid', 'same', or 'full' (got {})",
                crate::format::repr(v)
            ))),
        },
        Value::Int(i) => from_int(*i),
        Value::Scalar(d, crate::array::element::Num::Int(i)) if d.is_int() => from_int(*i),
        _ => Err(PyErr::type_err("convolve/correlate mode not understood")),
    }
}

/// One operand as NumPy's C conversion takes it: exactly one dimension, with the
/// messages it gives (they differ for arrays and nested sequences).
fn operand(it: &mut dyn Context, x: &Value) -> PyResult<Value> {
    let a = np1(it, "asarray", vec![x.clone()])?;
    if as_array(&a)?.ndim() == 0 {
        return Err(PyErr::value("object of too small depth for desired array"));
    }
    if as_array(&a)?.ndim() > 1 {
        return Err(PyErr::value(if matches!(x, Value::Array(_)) {
            "object too deep for desired array"
        } else {
            "setting an array element with a sequence. The requested array would exceed \
             the maximum number of dimension of 1."
        }));
    }
    Ok(a)
}

fn len(v: &Value) -> PyResult<usize> {
    Ok(as_array(v)?.shape[0])
}

/// `np.convolve(a, v, mode='full')`: `correlate(a, v[::-1])` with the longer first.
fn convolve(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("convolve", &["a", "v", "mode"], 2)?;
    let mut a = np1(it, "atleast_1d", vec![p[0].clone().unwrap_or(Value::None)])?;
    let mut v = np1(it, "atleast_1d", vec![p[1].clone().unwrap_or(Value::None)])?;
    if len(&a)? == 0 {
        return Err(PyErr::value("a cannot be empty"));
    }
    if len(&v)? == 0 {
        return Err(PyErr::value("v cannot be empty"));
    }
    if len(&v)? > len(&a)? {
        std::mem::swap(&mut a, &mut v);
    }
    // `multiarray.correlate(a, v[::-1], mode)` converts its mode before its operands.
    let m = mode(&p[2], Mode::Full)?;
    if as_array(&a)?.ndim() > 1 || as_array(&v)?.ndim() > 1 {
        return Err(PyErr::value("object too deep for desired array"));
    }
    let rev = get(
        &v,
        &Value::Slice(std::rc::Rc::new([Value::None, Value::None, Value::Int(-1)])),
    )?;
    correlate_arrays(it, a, rev, m, false)
}

/// `np.correlate(a, v, mode='valid')`.
fn correlate(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("correlate", &["a", "v", "mode"], 2)?;
    // `correlate2`'s argument parsing converts the mode before the operands.
    let m = mode(&p[2], Mode::Valid)?;
    let a = operand(it, p[0].as_ref().unwrap_or(&Value::None))?;
    let v = operand(it, p[1].as_ref().unwrap_or(&Value::None))?;
    if len(&a)? == 0 {
        return Err(PyErr::value("first array argument cannot be empty"));
    }
    if len(&v)? == 0 {
        return Err(PyErr::value("second array argument cannot be empty"));
    }
    correlate_arrays(it, a, v, m, true)
}

/// `_pyarray_correlate`: the longer operand first (the result reversed when they were
/// swapped), `v` conjugated for `correlate`, then the mode's window of the full result.
fn correlate_arrays(
    it: &mut dyn Context,
    a: Value,
    v: Value,
    m: Mode,
    conjugate: bool,
) -> PyResult<Value> {
    let dt = np1(it, "result_type", vec![a.clone(), v.clone()])?;
    let a = np(it, "asarray", vec![a], vec![("dtype", dt.clone())])?;
    let mut v = np(it, "asarray", vec![v], vec![("dtype", dt.clone())])?;
    if conjugate && as_array(&v)?.dtype.is_complex() {
        v = np1(it, "conjugate", vec![v])?;
    }
    let (n1, n2) = (len(&a)?, len(&v)?);
    let (long, short, inverted) = if n1 < n2 { (v, a, true) } else { (a, v, false) };
    let (n1, n) = (n1.max(n2), n1.min(n2));
    // The full result: output `i` pairs long[i + j - (n - 1)] with short[j].
    let full = n1 + n - 1;
    let out = np(
        it,
        "zeros",
        vec![Value::Int(full as i128)],
        vec![("dtype", dt)],
    )?;
    for j in 0..n {
        let w = get(&short, &Value::Int(j as i128))?;
        let term = np1(it, "multiply", vec![long.clone(), w])?;
        let lo = (n - 1 - j) as i128;
        let window = slice(Some(lo), Some(lo + n1 as i128));
        let sum = np1(it, "add", vec![get(&out, &window)?, term])?;
        set(&out, &window, &sum)?;
    }
    let (skip, length) = match m {
        Mode::Full => (0, full),
        Mode::Same => ((n - 1) - n / 2, n1),
        Mode::Valid => (n - 1, n1 - n + 1),
    };
    let mut res = get(
        &out,
        &slice(Some(skip as i128), Some((skip + length) as i128)),
    )?;
    if inverted {
        res = get(
            &res,
            &Value::Slice(std::rc::Rc::new([Value::None, Value::None, Value::Int(-1)])),
        )?;
    }
    np1(it, "ascontiguousarray", vec![res])
}
