//! Shape manipulation that makes views whenever NumPy does: reshape, ravel, flatten,
//! transpose, swapaxes, squeeze, expand_dims, broadcast_to and as_strided.

use super::Family;
use crate::array::kernels;
use crate::array::layout::{self, nocopy_reshape, resolve_shape};
use crate::array::object::{ArrayRef, NdArray};
use crate::error::{PyErr, PyResult};
use crate::eval::args::{given, Args};
use crate::eval::convert::{as_array, iter_values, to_i64, to_shape, truthy};
use crate::eval::interp::Interp;
use crate::eval::value::Value;
use std::rc::Rc;

pub const FAMILY: Family = Family {
    names: &[
        "reshape",
        "ravel",
        "transpose",
        "swapaxes",
        "squeeze",
        "expand_dims",
        "broadcast_to",
        "ndim",
        "shape",
        "size",
    ],
    call,
};

fn arr(v: NdArray) -> Value {
    Value::Array(Rc::new(v))
}

fn first_array(
    args: &Args,
    fname: &str,
    params: &[&str],
    required: usize,
) -> PyResult<(ArrayRef, Vec<Option<Value>>)> {
    let a = args.bind(fname, params, required)?;
    let x = as_array(a[0].as_ref().unwrap_or(&Value::None))?;
    Ok((x, a))
}

fn call(_it: &mut Interp, name: &str, args: Args) -> Option<PyResult<Value>> {
    if !FAMILY.names.contains(&name) {
        return None;
    }
    Some((|| match name {
        "reshape" => {
            let (x, a) = first_array(
                &args,
                "reshape",
                &["a", "shape", "order", "*newshape", "*copy"],
                1,
            )?;
            let shape = given(&a[1]).or(given(&a[3])).ok_or_else(|| {
                PyErr::type_err("reshape() missing required argument 'shape' (pos 2)")
            })?;
            reshape(&x, &to_shape(shape)?, order_f(&a[2])?).map(Value::Array)
        }
        "ravel" => {
            let (x, a) = first_array(&args, "ravel", &["a", "order"], 1)?;
            reshape(&x, &[-1], order_f(&a[1])?).map(Value::Array)
        }
        "transpose" => {
            let (x, a) = first_array(&args, "transpose", &["a", "axes"], 1)?;
            let axes = given(&a[1]).map(to_shape).transpose()?;
            transpose(&x, axes.as_deref()).map(arr)
        }
        "swapaxes" => {
            let (x, a) = first_array(&args, "swapaxes", &["a", "axis1", "axis2"], 3)?;
            let i = normalize_axis(
                to_i64(a[1].as_ref().unwrap_or(&Value::None))?,
                x.ndim(),
                Some("axis1"),
            )?;
            let j = normalize_axis(
                to_i64(a[2].as_ref().unwrap_or(&Value::None))?,
                x.ndim(),
                Some("axis2"),
            )?;
            let mut perm: Vec<i64> = (0..x.ndim() as i64).collect();
            perm.swap(i, j);
            transpose(&x, Some(&perm)).map(arr)
        }
        "squeeze" => {
            let (x, a) = first_array(&args, "squeeze", &["a", "axis"], 1)?;
            squeeze(&x, given(&a[1])).map(arr)
        }
        "expand_dims" => {
            let (x, a) = first_array(&args, "expand_dims", &["a", "axis"], 2)?;
            expand_dims(&x, a[1].as_ref().unwrap_or(&Value::None)).map(arr)
        }
        "broadcast_to" => {
            let (x, a) = first_array(&args, "broadcast_to", &["array", "shape", "subok"], 2)?;
            let shape = to_shape(a[1].as_ref().unwrap_or(&Value::None))?;
            broadcast_to(&x, &shape).map(arr)
        }
        "ndim" => Ok(Value::Int(
            first_array(&args, "ndim", &["a"], 1)?.0.ndim() as i128
        )),
        "size" => Ok(Value::Int(
            first_array(&args, "size", &["a", "axis"], 1)?.0.size() as i128,
        )),
        "shape" => Ok(Value::ints(
            first_array(&args, "shape", &["a"], 1)?
                .0
                .shape
                .iter()
                .map(|&d| d as i128),
        )),
        _ => Err(PyErr::attribute(format!(
            "module 'numpy' has no attribute '{}'",
            name
        ))),
    })())
}

/// `order='F'` (true) or 'C'/'A'/'K'/None (false).
pub fn order_f(v: &Option<Value>) -> PyResult<bool> {
    match given(v) {
        None => Ok(false),
        Some(Value::Str(s)) => match s.as_ref() {
            "C" | "A" | "K" => Ok(false),
            "F" => Ok(true),
            _ => Err(PyErr::value(format!(
                "order must be one of 'C', 'F', 'A', or 'K' (got '{}')",
                s
            ))),
        },
        Some(o) => Err(PyErr::type_err(format!(
            "order must be str, not {}",
            o.type_of().short_name()
        ))),
    }
}

/// NumPy's axis normalization with its AxisError text.
pub fn normalize_axis(axis: i64, ndim: usize, prefix: Option<&str>) -> PyResult<usize> {
    let n = ndim as i64;
    if axis < -n || axis >= n {
        let msg = format!(
            "axis {} is out of bounds for array of dimension {}",
            axis, ndim
        );
        return Err(PyErr::axis(match prefix {
            Some(p) => format!("{}: {}", p, msg),
            None => msg,
        }));
    }
    Ok(if axis < 0 {
        (axis + n) as usize
    } else {
        axis as usize
    })
}

/// Reshape as a view when NumPy can, otherwise a copy (whose base is the copy, as NumPy).
pub fn reshape(x: &ArrayRef, requested: &[i64], fortran: bool) -> PyResult<ArrayRef> {
    let mut req = requested.to_vec();
    // NumPy treats any negative value as "unknown".
    let negs = req.iter().filter(|&&d| d < 0).count();
    if negs == 1 {
        for d in req.iter_mut() {
            if *d < 0 {
                *d = -1;
            }
        }
    }
    let shape = resolve_shape(&req, x.size())?;
    let isz = x.itemsize();
    if let Some(strides) = nocopy_reshape(&x.shape, &x.strides, &shape, isz, fortran) {
        if x.size() == 0 {
            let s = if fortran {
                layout::f_strides(&shape, isz)
            } else {
                layout::c_strides(&shape, isz)
            };
            return Ok(Rc::new(NdArray::view(
                x,
                x.offset as isize,
                shape,
                s,
                x.dtype,
            )?));
        }
        return Ok(Rc::new(NdArray::view(
            x,
            x.offset as isize,
            shape,
            strides,
            x.dtype,
        )?));
    }
    // Copy in the requested order, then view the copy.
    let copy = Rc::new(if fortran {
        kernels::to_fortran(x, x.dtype)?
    } else {
        kernels::to_contiguous(x, x.dtype)?
    });
    let strides = if fortran {
        layout::f_strides(&shape, isz)
    } else {
        layout::c_strides(&shape, isz)
    };
    Ok(Rc::new(NdArray::view(&copy, 0, shape, strides, x.dtype)?))
}

pub fn transpose(x: &ArrayRef, axes: Option<&[i64]>) -> PyResult<NdArray> {
    let nd = x.ndim();
    let perm: Vec<usize> = match axes {
        None => (0..nd).rev().collect(),
        Some(ax) => {
            if ax.len() != nd {
                return Err(PyErr::value("axes don't match array"));
            }
            let mut seen = vec![false; nd];
            let mut p = Vec::with_capacity(nd);
            for &a in ax {
                let i = normalize_axis(a, nd, None)?;
                if seen[i] {
                    return Err(PyErr::value("repeated axis in transpose"));
                }
                seen[i] = true;
                p.push(i);
            }
            p
        }
    };
    let shape = perm.iter().map(|&i| x.shape[i]).collect();
    let strides = perm.iter().map(|&i| x.strides[i]).collect();
    NdArray::view(x, x.offset as isize, shape, strides, x.dtype)
}

fn squeeze(x: &ArrayRef, axis: Option<&Value>) -> PyResult<NdArray> {
    let nd = x.ndim();
    let drop: Vec<usize> = match axis {
        None => (0..nd).filter(|&i| x.shape[i] == 1).collect(),
        Some(v) => {
            let axes = match v {
                Value::Tuple(_) | Value::List(_) => iter_values(v)?
                    .iter()
                    .map(to_i64)
                    .collect::<PyResult<Vec<_>>>()?,
                other => vec![to_i64(other)?],
            };
            let mut out = Vec::new();
            for a in axes {
                let i = normalize_axis(a, nd, None)?;
                if x.shape[i] != 1 {
                    return Err(PyErr::value(
                        "cannot select an axis to squeeze out which has size not equal to one",
                    ));
                }
                out.push(i);
            }
            out
        }
    };
    let keep: Vec<usize> = (0..nd).filter(|i| !drop.contains(i)).collect();
    NdArray::view(
        x,
        x.offset as isize,
        keep.iter().map(|&i| x.shape[i]).collect(),
        keep.iter().map(|&i| x.strides[i]).collect(),
        x.dtype,
    )
}

fn expand_dims(x: &ArrayRef, axis: &Value) -> PyResult<NdArray> {
    let axes = match axis {
        Value::Tuple(_) | Value::List(_) => iter_values(axis)?
            .iter()
            .map(to_i64)
            .collect::<PyResult<Vec<_>>>()?,
        other => vec![to_i64(other)?],
    };
    let out_nd = x.ndim() + axes.len();
    let mut new_axes = Vec::new();
    for a in axes {
        let i = normalize_axis(a, out_nd, None)?;
        if new_axes.contains(&i) {
            return Err(PyErr::value("repeated axis"));
        }
        new_axes.push(i);
    }
    let mut shape = Vec::with_capacity(out_nd);
    let mut strides = Vec::with_capacity(out_nd);
    let mut src = 0;
    for i in 0..out_nd {
        if new_axes.contains(&i) {
            shape.push(1);
            strides.push(0);
        } else {
            shape.push(x.shape[src]);
            strides.push(x.strides[src]);
            src += 1;
        }
    }
    NdArray::view(x, x.offset as isize, shape, strides, x.dtype)
}

/// A read-only view with zero strides on broadcast axes.
pub fn broadcast_to(x: &ArrayRef, shape: &[i64]) -> PyResult<NdArray> {
    if shape.iter().any(|&d| d < 0) {
        return Err(PyErr::value(
            "all elements of broadcast shape must be non-negative",
        ));
    }
    let target: Vec<usize> = shape.iter().map(|&d| d as usize).collect();
    let ok = target.len() >= x.ndim()
        && x.shape
            .iter()
            .rev()
            .zip(target.iter().rev())
            .all(|(&s, &t)| s == t || s == 1);
    if !ok {
        let orig = layout::shape_str(&x.shape).replace(' ', "");
        let req = layout::shape_str(&target).replace(' ', "");
        return Err(PyErr::value(format!(
            "operands could not be broadcast together with remapped shapes [original->remapped]: {}  and requested shape {}",
            orig, req
        )));
    }
    let strides = crate::array::iter::broadcast_strides(&x.shape, &x.strides, &target);
    let mut v = NdArray::view(x, x.offset as isize, target, strides, x.dtype)?;
    v.writeable.set(false);
    v.may_write = false;
    Ok(v)
}

/// `as_strided(x, shape, strides, subok, writeable)`; refuses views reaching outside the
/// buffer (NumPy would read foreign memory).
pub fn as_strided(
    x: &ArrayRef,
    shape: Option<&Value>,
    strides: Option<&Value>,
    writeable: Option<&Value>,
) -> PyResult<NdArray> {
    let shape: Vec<usize> = match shape {
        Some(v) => to_shape(v)?
            .into_iter()
            .map(|d| {
                usize::try_from(d).map_err(|_| PyErr::value("negative dimensions are not allowed"))
            })
            .collect::<PyResult<_>>()?,
        None => x.shape.clone(),
    };
    let strides: Vec<isize> = match strides {
        Some(v) => to_shape(v)?.into_iter().map(|s| s as isize).collect(),
        None => {
            if shape.len() == x.ndim() {
                x.strides.clone()
            } else {
                layout::c_strides(&shape, x.itemsize())
            }
        }
    };
    if strides.len() != shape.len() {
        return Err(PyErr::value("mismatch in length of strides and shape"));
    }
    let v = NdArray::view(x, x.offset as isize, shape, strides, x.dtype)?;
    if let Some(w) = writeable {
        if !truthy(w)? {
            v.writeable.set(false);
        }
    }
    Ok(v)
}
