//! Joining and splitting: `concatenate stack vstack hstack` (copies into one new array),
//! `split array_split` (views of the input, like NumPy), `tile repeat` (copies).

use super::Family;
use crate::array::dtype::DType;
use crate::array::kernels;
use crate::array::layout::{c_strides, shape_str};
use crate::array::object::{ArrayRef, NdArray};
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::numpy::shape::normalize_axis;
use crate::numpy::ufunc::operand;
use crate::numpy::ufunc::out_order;
use crate::value::args::{given, Args};
use crate::value::convert::{iter_values, to_dtype, to_i64};
use crate::value::Value;
use std::rc::Rc;

pub const FAMILY: Family = Family {
    names: &[
        "concatenate",
        "stack",
        "vstack",
        "hstack",
        "split",
        "array_split",
        "tile",
        "repeat",
    ],
    call,
};

fn arrays_of(v: &Value) -> PyResult<Vec<ArrayRef>> {
    iter_values(v)?
        .iter()
        .map(|x| operand(x).map(|o| o.array))
        .collect()
}

/// A view of `a` restricted to `[start, start+len)` along `axis`.
fn slab(a: &ArrayRef, axis: usize, start: usize, len: usize) -> PyResult<NdArray> {
    let mut shape = a.shape.clone();
    shape[axis] = len;
    let offset = a.offset as isize + start as isize * a.strides[axis];
    NdArray::view(a, offset, shape, a.strides.clone(), a.dtype)
}

/// `a` seen with an extra length-1 axis at `axis`.
fn with_axis(a: &ArrayRef, axis: usize) -> PyResult<ArrayRef> {
    let mut shape = a.shape.clone();
    let mut strides = a.strides.clone();
    shape.insert(axis, 1);
    strides.insert(axis, 0);
    Ok(Rc::new(NdArray::view(
        a,
        a.offset as isize,
        shape,
        strides,
        a.dtype,
    )?))
}

/// `np.concatenate` of arrays along `axis` (None flattens them first).
pub fn concatenate(
    arrays: &[ArrayRef],
    axis: Option<i64>,
    dtype: Option<DType>,
) -> PyResult<ArrayRef> {
    let Some(first) = arrays.first() else {
        return Err(PyErr::value("need at least one array to concatenate"));
    };
    let flat: Vec<ArrayRef>;
    let (arrays, axis) = match axis {
        None => {
            flat = arrays
                .iter()
                .map(|a| {
                    let v = kernels::to_contiguous(a, a.dtype)?;
                    let n = v.size();
                    let mut v = v;
                    v.strides = c_strides(&[n], v.itemsize());
                    v.shape = vec![n];
                    Ok(Rc::new(v))
                })
                .collect::<PyResult<_>>()?;
            (flat.as_slice(), 0usize)
        }
        Some(ax) => {
            if first.ndim() == 0 {
                return Err(PyErr::value(
                    "zero-dimensional arrays cannot be concatenated",
                ));
            }
            (arrays, normalize_axis(ax, first.ndim(), None)?)
        }
    };
    let nd = arrays[0].ndim();
    for (i, a) in arrays.iter().enumerate().skip(1) {
        if a.ndim() != nd {
            return Err(PyErr::value(format!(
                "all the input arrays must have same number of dimensions, but the array at index 0 has {} dimension(s) and the array at index {} has {} dimension(s)",
                nd,
                i,
                a.ndim()
            )));
        }
        for d in 0..nd {
            if d != axis && a.shape[d] != arrays[0].shape[d] {
                return Err(PyErr::value(format!(
                    "all the input array dimensions except for the concatenation axis must match exactly, but along dimension {}, the array at index 0 has size {} and the array at index {} has size {}",
                    d, arrays[0].shape[d], i, a.shape[d]
                )));
            }
        }
    }
    let dt = dtype.unwrap_or_else(|| {
        arrays
            .iter()
            .skip(1)
            .fold(arrays[0].dtype, |d, a| DType::promote(d, a.dtype))
    });
    let mut shape = arrays[0].shape.clone();
    shape[axis] = arrays.iter().map(|a| a.shape[axis]).sum();
    let mut out = NdArray::zeros(&shape, dt)?;
    // NumPy lays the result out in the inputs' common memory order
    // (`PyArray_CreateMultiSortedStridePerm`, C order winning a conflict).
    let inputs: Vec<&NdArray> = arrays.iter().map(|a| &**a).collect();
    if let Some(o) = out_order::iterator_order(&shape, &inputs) {
        out.strides = out_order::strides_in_order(&shape, &o, dt.itemsize());
    }
    let out = Rc::new(out);
    let mut start = 0;
    for a in arrays {
        let dst = slab(&out, axis, start, a.shape[axis])?;
        kernels::copy_into(&dst, a)?;
        start += a.shape[axis];
    }
    Ok(out)
}

fn atleast(a: &ArrayRef, nd: usize) -> PyResult<ArrayRef> {
    let mut cur = a.clone();
    while cur.ndim() < nd {
        // atleast_2d puts a 1-d array in a row; a 0-d array becomes (1,) then (1, 1).
        cur = with_axis(&cur, 0)?;
    }
    Ok(cur)
}

fn axis_arg(v: &Option<Value>, default: Option<i64>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(default),
        Some(Value::None) => Ok(None),
        Some(x) => to_i64(x).map(Some),
    }
}

/// Section boundaries of `np.split` / `np.array_split` along an axis of length `n`.
fn boundaries(n: usize, spec: &Value, equal: bool) -> PyResult<Vec<(usize, usize)>> {
    match spec {
        Value::List(_) | Value::Tuple(_) | Value::Array(_) => {
            let mut cuts: Vec<i64> = vec![0];
            for v in iter_values(spec)? {
                cuts.push(to_i64(&v)?);
            }
            cuts.push(n as i64);
            let clamp = |i: i64| -> usize {
                let j = if i < 0 { i + n as i64 } else { i };
                j.clamp(0, n as i64) as usize
            };
            Ok(cuts
                .windows(2)
                .map(|w| {
                    let (s, e) = (clamp(w[0]), clamp(w[1]));
                    (s, e.max(s))
                })
                .collect())
        }
        other => {
            let sections = to_i64(other)?;
            if equal && sections == 0 {
                // np.split computes `N % sections` before array_split's own check.
                return Err(PyErr::zero_div("integer modulo by zero"));
            }
            if sections <= 0 {
                return Err(PyErr::value("number sections must be larger than 0."));
            }
            let sections = sections as usize;
            if equal && !n.is_multiple_of(sections) {
                return Err(PyErr::value(
                    "array split does not result in an equal division",
                ));
            }
            let (each, extra) = (n / sections, n % sections);
            // NumPy builds a list of the section sizes: MemoryError when it cannot.
            let mut out = crate::array::kernels::vec_for_list(sections)?;
            let mut start = 0;
            for k in 0..sections {
                let len = each + usize::from(k < extra);
                out.push((start, start + len));
                start += len;
            }
            Ok(out)
        }
    }
}

fn split(args: &Args, name: &str) -> PyResult<Value> {
    let p = args.bind(name, &["ary", "indices_or_sections", "axis"], 2)?;
    let a = operand(p[0].as_ref().unwrap_or(&Value::None))?.array;
    let axis = match given(&p[2]) {
        Some(v) => to_i64(v)?,
        None => 0,
    };
    // NumPy reads `ary.shape[axis]` first: a bad axis is Python's tuple IndexError.
    let nd = a.ndim() as i64;
    if axis < -nd || axis >= nd {
        return Err(PyErr::index("tuple index out of range"));
    }
    let ax = normalize_axis(axis, a.ndim(), None)?;
    let parts = boundaries(
        a.shape[ax],
        p[1].as_ref().unwrap_or(&Value::None),
        name == "split",
    )?;
    let views = parts
        .into_iter()
        .map(|(s, e)| slab(&a, ax, s, e - s).map(|v| Value::Array(Rc::new(v))))
        .collect::<PyResult<_>>()?;
    Ok(Value::list(views))
}

fn tile(args: &Args) -> PyResult<Value> {
    let p = args.bind("tile", &["A", "reps"], 2)?;
    let a = operand(p[0].as_ref().unwrap_or(&Value::None))?.array;
    let reps: Vec<i64> = match p[1].as_ref().unwrap_or(&Value::None) {
        v @ (Value::List(_) | Value::Tuple(_)) => iter_values(v)?
            .iter()
            .map(to_i64)
            .collect::<PyResult<_>>()?,
        v => vec![to_i64(v)?],
    };
    if reps.iter().any(|&r| r < 0) {
        return Err(PyErr::value("negative dimensions are not allowed"));
    }
    let reps: Vec<usize> = reps.into_iter().map(|r| r as usize).collect();
    let nd = reps.len().max(a.ndim());
    let a = atleast(&a, nd)?;
    let reps: Vec<usize> = std::iter::repeat_n(1, nd - reps.len())
        .chain(reps)
        .collect();
    // Interleave (rep, size) axes with zero strides on the rep axes, copy, then merge.
    let mut shape = Vec::with_capacity(2 * nd);
    let mut strides = Vec::with_capacity(2 * nd);
    for (d, &r) in reps.iter().enumerate() {
        shape.extend([r, a.shape[d]]);
        strides.extend([0, a.strides[d]]);
    }
    let view = NdArray::view(&a, a.offset as isize, shape, strides, a.dtype)?;
    let mut out = kernels::to_contiguous(&view, a.dtype)?;
    let final_shape: Vec<usize> = (0..nd).map(|d| reps[d] * a.shape[d]).collect();
    out.strides =
        crate::array::layout::fresh_strides(&final_shape, c_strides(&final_shape, out.itemsize()));
    out.shape = final_shape;
    Ok(Value::Array(Rc::new(out)))
}

pub fn repeat(args: &Args) -> PyResult<Value> {
    let p = args.bind("repeat", &["a", "repeats", "axis"], 2)?;
    let a = operand(p[0].as_ref().unwrap_or(&Value::None))?.array;
    let reps_val = p[1].as_ref().unwrap_or(&Value::None);
    let reps_arr = operand(reps_val)?.array;
    // Repeats convert to intp under the 'safe' rule (a bare Python float is let through).
    if !matches!(reps_val, Value::Float(_)) && !reps_arr.dtype.can_cast_safe(DType::I64) {
        return Err(PyErr::type_err(format!(
            "Cannot cast array data from dtype('{}') to dtype('int64') according to the rule 'safe'",
            reps_arr.dtype.name()
        )));
    }
    let reps: Vec<i64> = reps_arr
        .to_nums()?
        .into_iter()
        .map(|n| n.as_f64() as i64)
        .collect();
    let (src, ax) = match given(&p[2]) {
        None => {
            let mut c = kernels::to_contiguous(&a, a.dtype)?;
            let n = c.size();
            c.strides = c_strides(&[n], c.itemsize());
            c.shape = vec![n];
            (Rc::new(c), 0usize)
        }
        Some(v) => {
            let ax = normalize_axis(to_i64(v)?, a.ndim(), None)?;
            (a.clone(), ax)
        }
    };
    let n = src.shape[ax];
    if reps_arr.ndim() > 1 || (reps.len() != 1 && reps.len() != n) {
        return Err(PyErr::value(format!(
            "operands could not be broadcast together with shape {} {}",
            shape_str(&[n]).replace(' ', ""),
            shape_str(&reps_arr.shape).replace(' ', "")
        )));
    }
    let count = |i: usize| reps[if reps.len() == 1 { 0 } else { i }];
    // NumPy checks the counts it uses: a broadcast count only when there is something to
    // repeat, with a different message from a per-item list.
    if reps.len() == 1 && n > 0 && reps[0] < 0 {
        return Err(PyErr::value("negative dimensions are not allowed"));
    }
    if reps.len() > 1 && reps.iter().any(|&r| r < 0) {
        return Err(PyErr::value("repeats may not contain negative values."));
    }
    let mut shape = src.shape.clone();
    // A total beyond usize (`np.repeat(x, 1e308)`) is NumPy's too-big-array error.
    shape[ax] = (0..n)
        .try_fold(0usize, |acc, i| acc.checked_add(count(i) as usize))
        .ok_or_else(|| {
            PyErr::value(
                "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.",
            )
        })?;
    let out = Rc::new(NdArray::zeros(&shape, src.dtype)?);
    let mut pos = 0;
    for i in 0..n {
        let piece = slab(&src, ax, i, 1)?;
        for _ in 0..count(i) {
            kernels::copy_into(&slab(&out, ax, pos, 1)?, &piece)?;
            pos += 1;
        }
    }
    Ok(Value::Array(out))
}

fn call(_it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    if !FAMILY.names.contains(&name) {
        return None;
    }
    Some((|| -> PyResult<Value> {
        match name {
            "concatenate" => {
                let p = args.bind(name, &["arrays", "axis", "out", "*dtype", "*casting"], 1)?;
                let arrays = arrays_of(p[0].as_ref().unwrap_or(&Value::None))?;
                let dtype = given(&p[3]).map(to_dtype).transpose()?;
                let casting = crate::numpy::ufunc::casting_arg(given(&p[4]))?;
                // Every input must cast to the result (`out`'s dtype, or `dtype=`) under
                // the casting rule, as NumPy checks before copying.
                let target = match (given(&p[2]), dtype) {
                    (Some(Value::Array(o)), _) => Some(o.dtype),
                    (_, d) => d,
                };
                if let Some(t) = target {
                    if let Some(a) = arrays.iter().find(|a| !a.dtype.can_cast(t, casting)) {
                        return Err(PyErr::type_err(format!(
                            "Cannot cast array data from dtype('{}') to dtype('{}') according to the rule '{}'",
                            a.dtype.name(),
                            t.name(),
                            casting.name()
                        )));
                    }
                }
                let r = concatenate(&arrays, axis_arg(&p[1], Some(0))?, dtype)?;
                match given(&p[2]) {
                    Some(Value::Array(o)) => {
                        if o.shape != r.shape {
                            return Err(PyErr::value("Output array is the wrong shape"));
                        }
                        kernels::copy_into(o, &r)?;
                        Ok(Value::Array(o.clone()))
                    }
                    _ => Ok(Value::Array(r)),
                }
            }
            "stack" => {
                let p = args.bind(name, &["arrays", "axis", "out", "*dtype", "*casting"], 1)?;
                let arrays = arrays_of(p[0].as_ref().unwrap_or(&Value::None))?;
                let Some(first) = arrays.first() else {
                    return Err(PyErr::value("need at least one array to stack"));
                };
                if arrays.iter().any(|a| a.shape != first.shape) {
                    return Err(PyErr::value("all input arrays must have the same shape"));
                }
                let axis = axis_arg(&p[1], Some(0))?.unwrap_or(0);
                let ax = normalize_axis(axis, first.ndim() + 1, None)?;
                let expanded = arrays
                    .iter()
                    .map(|a| with_axis(a, ax))
                    .collect::<PyResult<Vec<_>>>()?;
                let dtype = given(&p[3]).map(to_dtype).transpose()?;
                Ok(Value::Array(concatenate(
                    &expanded,
                    Some(ax as i64),
                    dtype,
                )?))
            }
            "vstack" | "hstack" => {
                let p = args.bind(name, &["tup", "*dtype", "*casting"], 1)?;
                let arrays = arrays_of(p[0].as_ref().unwrap_or(&Value::None))?;
                let dtype = given(&p[1]).map(to_dtype).transpose()?;
                if name == "vstack" {
                    let arrs = arrays
                        .iter()
                        .map(|a| atleast(a, 2))
                        .collect::<PyResult<Vec<_>>>()?;
                    Ok(Value::Array(concatenate(&arrs, Some(0), dtype)?))
                } else {
                    let arrs = arrays
                        .iter()
                        .map(|a| atleast(a, 1))
                        .collect::<PyResult<Vec<_>>>()?;
                    let axis = if arrs.first().is_some_and(|a| a.ndim() == 1) {
                        0
                    } else {
                        1
                    };
                    Ok(Value::Array(concatenate(&arrs, Some(axis), dtype)?))
                }
            }
            "split" | "array_split" => split(&args, name),
            "tile" => tile(&args),
            _ => repeat(&args),
        }
    })())
}
