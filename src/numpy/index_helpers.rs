//! Index arithmetic and grids: `np.unravel_index`, `np.ravel_multi_index`, `np.bincount`,
//! `np.roll`, `np.meshgrid`. Flat indices and coordinates are intp (int64), as in NumPy;
//! a 0-d result is a NumPy scalar.

use super::Family;
use crate::array::dtype::DType;
use crate::array::element::Num;
use crate::array::iter::broadcast_shapes;
use crate::array::kernels;
use crate::array::layout::{c_strides, fresh_strides};
use crate::array::object::{ArrayRef, NdArray};
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::numpy::linalg::np;
use crate::numpy::shape::{normalize_axis_tuple, values_or_one};
use crate::numpy::ufunc::wrap;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, iter_values, to_i64, truthy};
use crate::value::Value;
use std::rc::Rc;

pub const FAMILY: Family = Family {
    names: &[
        "unravel_index",
        "ravel_multi_index",
        "bincount",
        "roll",
        "meshgrid",
    ],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    Some(match name {
        "unravel_index" => unravel_index(&args),
        "ravel_multi_index" => ravel_multi_index(it, &args),
        "bincount" => bincount(it, &args),
        "roll" => roll(&args),
        "meshgrid" => meshgrid(it, &args),
        _ => return None,
    })
}

fn arg(a: &[Option<Value>], i: usize) -> &Value {
    a[i].as_ref().unwrap_or(&Value::None)
}

/// An index argument as an integer array (NumPy casts it to intp with 'same_kind').
fn int_indices(v: &Value) -> PyResult<ArrayRef> {
    let a = as_array(v)?;
    if a.size() == 0 && a.dtype == DType::F64 && !matches!(v, Value::Array(_)) {
        return Err(PyErr::type_err(
            "indices must be integral: the provided empty sequence was inferred as float. Wrap it with 'np.array(indices, dtype=np.intp)'",
        ));
    }
    if !a.dtype.is_int() && a.dtype != DType::Bool {
        return Err(PyErr::type_err("only int indices permitted"));
    }
    Ok(a)
}

fn order_c(v: &Option<Value>) -> PyResult<bool> {
    match given(v) {
        None => Ok(true),
        Some(Value::Str(s)) if s.as_ref() == "C" => Ok(true),
        Some(Value::Str(s)) if s.as_ref() == "F" => Ok(false),
        Some(Value::Str(s)) => Err(PyErr::value(format!(
            "order must be one of 'C', 'F', 'A', or 'K' (got '{}')",
            s
        ))),
        Some(_) => Err(PyErr::type_err("order must be str, not something else")),
    }
}

fn dims_arg(v: &Value) -> PyResult<Vec<usize>> {
    values_or_one(v)?
        .iter()
        .map(|d| {
            let n = to_i64(d)?;
            usize::try_from(n).map_err(|_| PyErr::value("dimensions must be non-negative"))
        })
        .collect()
}

/// Axis visiting order for C (last axis fastest) or F (first axis fastest).
fn axis_order(n: usize, c: bool) -> Vec<usize> {
    if c {
        (0..n).rev().collect()
    } else {
        (0..n).collect()
    }
}

fn int_result(values: Vec<i64>, shape: &[usize]) -> PyResult<Value> {
    Ok(wrap(Rc::new(NdArray::from_vec(values, shape)?)))
}

fn unravel_index(args: &Args) -> PyResult<Value> {
    let a = args.bind("unravel_index", &["indices", "shape", "order"], 2)?;
    let idx = int_indices(arg(&a, 0))?;
    let dims = dims_arg(arg(&a, 1))?;
    let c = order_c(&a[2])?;
    let size: usize = dims.iter().product();
    let mut coords = (0..dims.len())
        .map(|_| kernels::vec_for_array(idx.size(), &idx.shape, DType::I64))
        .collect::<PyResult<Vec<Vec<i64>>>>()?;
    for n in idx.to_nums()? {
        let Num::Int(i) = n else {
            return Err(PyErr::type_err("only int indices permitted"));
        };
        if i < 0 || i >= size as i128 {
            return Err(PyErr::value(format!(
                "index {} is out of bounds for array with size {}",
                i, size
            )));
        }
        let mut rest = i as usize;
        for ax in axis_order(dims.len(), c) {
            coords[ax].push((rest % dims[ax]) as i64);
            rest /= dims[ax];
        }
    }
    let items = coords
        .into_iter()
        .map(|v| int_result(v, &idx.shape))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(Value::tuple(items))
}

#[derive(Clone, Copy)]
enum Mode {
    Raise,
    Clip,
    Wrap,
}

fn clip_mode(v: &Value) -> PyResult<Mode> {
    match v {
        Value::Str(s) => match s.as_ref() {
            "raise" => Ok(Mode::Raise),
            "clip" => Ok(Mode::Clip),
            "wrap" => Ok(Mode::Wrap),
            other => Err(PyErr::value(format!(
                "clipmode must be one of 'clip', 'raise', or 'wrap' (got '{}')",
                other
            ))),
        },
        _ => Err(PyErr::type_err("clipmode not understood")),
    }
}

fn ravel_multi_index(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let a = args.bind(
        "ravel_multi_index",
        &["multi_index", "dims", "mode", "order"],
        2,
    )?;
    let dims = dims_arg(arg(&a, 1))?;
    let coords = match arg(&a, 0) {
        Value::Array(m) if m.ndim() > 0 => iter_values(arg(&a, 0))?,
        other => values_or_one(other)?,
    };
    if coords.len() != dims.len() {
        return Err(PyErr::value(format!(
            "parameter multi_index must be a sequence of length {}",
            dims.len()
        )));
    }
    let modes = match given(&a[2]) {
        None => vec![Mode::Raise; dims.len()],
        Some(Value::Tuple(t)) => t.iter().map(clip_mode).collect::<PyResult<_>>()?,
        Some(v) => vec![clip_mode(v)?; dims.len()],
    };
    if modes.len() != dims.len() {
        return Err(PyErr::value(format!(
            "parameter mode must be a sequence of length {}",
            dims.len()
        )));
    }
    let c = order_c(&a[3])?;
    let arrays = coords
        .iter()
        .map(int_indices)
        .collect::<PyResult<Vec<_>>>()?;
    let shapes: Vec<&[usize]> = arrays.iter().map(|x| x.shape.as_slice()).collect();
    let shape = broadcast_shapes(&shapes)?;
    let wide: Vec<Value> = arrays.iter().map(|x| Value::Array(x.clone())).collect();
    let Value::Tuple(b) = np(it, "broadcast_arrays", wide, vec![])? else {
        return Err(PyErr::type_err("broadcast_arrays did not return a tuple"));
    };
    let cols = b
        .iter()
        .map(|v| as_array(v).and_then(|x| x.to_nums()))
        .collect::<PyResult<Vec<_>>>()?;
    let n: usize = shape.iter().product();
    let flat_at = |k: usize| -> PyResult<i64> {
        let (mut flat, mut stride) = (0i128, 1i128);
        for ax in axis_order(dims.len(), c) {
            let d = dims[ax] as i128;
            let mut i = match cols[ax][k] {
                Num::Int(i) => i,
                Num::Bool(b) => b as i128,
                _ => return Err(PyErr::type_err("only int indices permitted")),
            };
            match modes[ax] {
                Mode::Raise if i < 0 || i >= d => {
                    return Err(PyErr::value("invalid entry in coordinates array"))
                }
                Mode::Raise => {}
                Mode::Clip => i = i.clamp(0, (d - 1).max(0)),
                Mode::Wrap if d > 0 => i = i.rem_euclid(d),
                Mode::Wrap => {}
            }
            flat += i * stride;
            stride *= d;
        }
        Ok(flat as i64)
    };
    let out = (0..n).map(flat_at).collect::<PyResult<Vec<_>>>()?;
    int_result(out, &shape)
}

fn bincount(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let negative = || PyErr::value("'list' argument must have no negative elements");
    let a = args.bind("bincount", &["x", "weights", "minlength"], 1)?;
    let x = as_array(arg(&a, 0))?;
    // NumPy 2.4 casts an inexact array to intp under the 'safe' rule (an error); only
    // sequences of floats still pass through the deprecated conversion.
    if matches!(arg(&a, 0), Value::Array(_)) && x.dtype.is_inexact() {
        return Err(PyErr::type_err(format!(
            "Cannot cast array data from dtype('{}') to dtype('int64') according to the rule 'safe'",
            x.dtype.name()
        )));
    }
    match x.ndim() {
        0 => return Err(PyErr::value("object of too small depth for desired array")),
        1 => {}
        _ => return Err(PyErr::value(
            "setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.",
        )),
    }
    let minlength = match given(&a[2]) {
        None => 0,
        Some(v) => to_i64(v)?,
    };
    if minlength < 0 {
        return Err(PyErr::value("'minlength' must not be negative"));
    }
    if x.size() > 0 && !x.dtype.is_int() && x.dtype != DType::Bool {
        it.warn(
            "DeprecationWarning",
            "Non-integer input passed to bincount. In a future version of NumPy, this will be an error. (Deprecated NumPy 2.1)",
        );
    }
    let bins: Vec<usize> = match x.dtype {
        // Machine integers within i64: one typed vector, not a Num per element.
        DType::Bool
        | DType::I8
        | DType::I16
        | DType::I32
        | DType::I64
        | DType::U8
        | DType::U16
        | DType::U32 => {
            let v = kernels::to_vec::<i64>(&x)?;
            if v.iter().any(|&i| i < 0) {
                return Err(negative());
            }
            v.into_iter().map(|i| i as usize).collect()
        }
        _ => {
            let mut bins = kernels::vec_for_array(x.size(), &x.shape, DType::I64)?;
            for n in x.to_nums()? {
                let i = match n {
                    Num::Int(i) => i,
                    Num::Bool(b) => b as i128,
                    other => other.as_f64().trunc() as i128,
                };
                if i < 0 {
                    return Err(negative());
                }
                bins.push(i as usize);
            }
            bins
        }
    };
    let len = bins
        .iter()
        .map(|&b| b.saturating_add(1))
        .max()
        .unwrap_or(0)
        .max(minlength as usize);
    // NumPy answers an empty input with intp zeros, weights or not.
    match given(&a[1]).filter(|_| !bins.is_empty()) {
        None => {
            let mut counts = zeroed(len, 0i64)?;
            for b in bins {
                counts[b] += 1;
            }
            int_result(counts, &[len])
        }
        Some(given_w) => {
            let w = as_array(given_w)?;
            // PyArray_ContiguousFromAny(weights, NPY_DOUBLE, 1, 1)'s depth errors.
            match w.ndim() {
                0 => return Err(PyErr::value("object of too small depth for desired array")),
                1 => {}
                _ if matches!(given_w, Value::Array(_)) => {
                    return Err(PyErr::value("object too deep for desired array"))
                }
                _ => return Err(PyErr::value(
                    "setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.",
                )),
            }
            if w.dtype.is_complex() {
                return Err(PyErr::type_err(
                    "float() argument must be a string or a real number, not 'complex'",
                ));
            }
            let w = kernels::to_vec::<f64>(&w)?;
            if w.len() != bins.len() {
                return Err(PyErr::value(
                    "The weights and list don't have the same length.",
                ));
            }
            let mut sums = zeroed(len, 0f64)?;
            for (b, wt) in bins.into_iter().zip(w) {
                sums[b] += wt;
            }
            Ok(Value::Array(Rc::new(NdArray::from_vec(sums, &[len])?)))
        }
    }
}

/// `len` bins, with NumPy's MemoryError when they cannot be allocated
/// (`np.bincount([2**62])`).
fn zeroed<T: crate::array::element::Element + Clone>(len: usize, zero: T) -> PyResult<Vec<T>> {
    crate::array::layout::check_too_big(&[len], std::mem::size_of::<T>())?;
    crate::array::kernels::filled_vec(len, zero, &[len])
}

/// `np.roll(a, shift, axis=None)`: element `i` of the result along each rolled axis is
/// element `(i - shift) mod n` of `a`; without an axis the flattened array is rolled.
fn roll(args: &Args) -> PyResult<Value> {
    let a = args.bind("roll", &["a", "shift", "axis"], 2)?;
    let x = as_array(arg(&a, 0))?;
    let shift_items = values_or_one(arg(&a, 1))?;
    let (work, axes) = match given(&a[2]) {
        None => {
            let mut flat = kernels::to_contiguous(&x, x.dtype)?;
            flat.shape = vec![x.size()];
            flat.strides = vec![x.itemsize() as isize];
            (Rc::new(flat), vec![0usize])
        }
        Some(ax) => (x.clone(), normalize_axis_tuple(ax, x.ndim(), None, true)?),
    };
    let (ns, na) = (shift_items.len(), axes.len());
    if ns != na && ns != 1 && na != 1 {
        return Err(PyErr::value(format!(
            "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape ({},) and arg 1 with shape ({},).",
            ns, na
        )));
    }
    if work.ndim() == 0 {
        // NumPy's roll zips the per-axis index pairs of a 0-d array, of which there are
        // none (so `np.fft.fftshift` of a 0-d array fails the same way).
        return Err(PyErr::value(
            "not enough values to unpack (expected 2, got 0)",
        ));
    }
    let mut shifts = vec![0i128; work.ndim()];
    // Broadcast length of the two lists: a single shift or axis repeats; an empty one wins.
    let n = if ns == 1 { na } else { ns };
    for k in 0..n {
        let sh = to_i64(&shift_items[if ns == 1 { 0 } else { k }])?;
        shifts[axes[if na == 1 { 0 } else { k }]] += sh as i128;
    }
    let res = NdArray::zeros(&work.shape, work.dtype)?;
    let mut src = vec![0usize; work.ndim()];
    NdArray::for_each_index(&work.shape, |i| {
        for (ax, &n) in work.shape.iter().enumerate() {
            let n = n as i128;
            src[ax] = (i[ax] as i128 - shifts[ax]).rem_euclid(n) as usize;
        }
        res.set(i, work.get(&src));
    });
    let mut res = res;
    if given(&a[2]).is_none() {
        // Rolled flat, returned in `a`'s shape (C order).
        res.strides = fresh_strides(&x.shape, c_strides(&x.shape, x.itemsize()));
        res.shape = x.shape.clone();
    }
    Ok(Value::Array(Rc::new(res)))
}

/// `np.meshgrid(*xi, copy=True, sparse=False, indexing='xy')`, as NumPy writes it:
/// each input becomes a vector along its own axis (the first two swapped for 'xy'), then
/// they are broadcast against each other unless `sparse`, and copied if `copy`.
fn meshgrid(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let mut copy = true;
    let mut sparse = false;
    let mut xy = true;
    for (k, v) in &args.kw {
        match k.as_str() {
            "copy" => copy = truthy(v)?,
            "sparse" => sparse = truthy(v)?,
            "indexing" => {
                xy = match v {
                    Value::Str(s) if s.as_ref() == "xy" => true,
                    Value::Str(s) if s.as_ref() == "ij" => false,
                    _ => {
                        return Err(PyErr::value(
                            "Valid values for `indexing` are 'xy' and 'ij'.",
                        ))
                    }
                }
            }
            other => {
                return Err(PyErr::type_err(format!(
                    "meshgrid() got an unexpected keyword argument '{}'",
                    other
                )))
            }
        }
    }
    let n = args.pos.len();
    let mut out = Vec::with_capacity(n);
    for (i, v) in args.pos.iter().enumerate() {
        let mut shape = vec![1i128; n];
        let along = if xy && n > 1 && i < 2 { 1 - i } else { i };
        shape[along] = -1;
        out.push(np(
            it,
            "reshape",
            vec![Value::Array(as_array(v)?), Value::ints(shape)],
            vec![],
        )?);
    }
    if !sparse && n > 0 {
        let Value::Tuple(b) = np(it, "broadcast_arrays", out, vec![])? else {
            return Err(PyErr::type_err("broadcast_arrays did not return a tuple"));
        };
        out = b.as_ref().clone();
    }
    if copy {
        out = out
            .into_iter()
            .map(|v| np(it, "copy", vec![v], vec![]))
            .collect::<PyResult<_>>()?;
    }
    Ok(Value::tuple(out))
}
