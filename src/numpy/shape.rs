//! Shape manipulation that makes views whenever NumPy does: reshape, ravel, flatten,
//! transpose, swapaxes, squeeze and expand_dims.

use super::Family;
use crate::array::dtype::DType;
use crate::array::kernels;
use crate::array::layout::{self, nocopy_reshape, resolve_shape, Order};
use crate::array::object::{ArrayRef, NdArray};
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, iter_values, to_i64, to_shape, truthy};
use crate::value::Value;
use std::rc::Rc;

pub const FAMILY: Family = Family {
    names: &[
        "reshape",
        "ravel",
        "transpose",
        "swapaxes",
        "squeeze",
        "expand_dims",
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

/// NumPy's `np.reshape`/`np.transpose`/`np.squeeze` call the argument's own method, and a
/// NumPy scalar's methods turn a 0-d result back into a scalar (`np.squeeze(np.float64(6))`
/// is `np.float64(6.0)`, not `array(6.)`).
fn scalar_stays_scalar(input: &Option<Value>, r: Value) -> Value {
    match (input, &r) {
        (Some(Value::Scalar(..)), Value::Array(x)) if x.ndim() == 0 => {
            Value::Scalar(x.dtype, x.get(&[]))
        }
        _ => r,
    }
}

fn call(_it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    if !FAMILY.names.contains(&name) {
        return None;
    }
    Some((|| match name {
        "reshape" => {
            let (x, a) = first_array(&args, "reshape", &["a", "shape", "order", "*copy"], 1)?;
            let shape = given(&a[1]).ok_or_else(|| {
                PyErr::type_err("reshape() missing required argument 'shape' (pos 2)")
            })?;
            let fortran = reshape_fortran(&x, &a[2])?;
            let copy = given(&a[3]).map(truthy).transpose()?;
            reshape_copy(&x, &to_shape(shape)?, fortran, copy)
                .map(|r| scalar_stays_scalar(&a[0], Value::Array(r)))
        }
        "ravel" => {
            let (x, a) = first_array(&args, "ravel", &["a", "order"], 1)?;
            ravel(&x, order_arg(&a[1], Order::C)?).map(Value::Array)
        }
        "transpose" => {
            let (x, a) = first_array(&args, "transpose", &["a", "axes"], 1)?;
            let axes = given(&a[1]).map(to_shape).transpose()?;
            transpose(&x, axes.as_deref()).map(|r| scalar_stays_scalar(&a[0], arr(r)))
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
            // Without `axis` and with no length-1 axis, NumPy (`PyArray_Squeeze`) returns
            // the array itself, not a view: `np.squeeze(a) is a`, and it keeps OWNDATA.
            let axis = given(&a[1]);
            if axis.is_none() && !x.shape.contains(&1) {
                return Ok(scalar_stays_scalar(&a[0], Value::Array(x)));
            }
            squeeze(&x, axis).map(|r| scalar_stays_scalar(&a[0], arr(r)))
        }
        "expand_dims" => {
            let (x, a) = first_array(&args, "expand_dims", &["a", "axis"], 2)?;
            expand_dims(&x, a[1].as_ref().unwrap_or(&Value::None)).map(Value::Array)
        }
        "ndim" => Ok(Value::Int(
            first_array(&args, "ndim", &["a"], 1)?.0.ndim() as i128
        )),
        "size" => {
            // NumPy: the product of the lengths along `axis` (an int or a tuple of
            // distinct axes), or the whole size when `axis` is None.
            let (a, rest) = first_array(&args, "size", &["a", "axis"], 1)?;
            match given(&rest[1]) {
                None => Ok(Value::Int(a.size() as i128)),
                Some(ax) => {
                    let axes = normalize_axis_tuple(ax, a.ndim(), None, false)?;
                    Ok(Value::Int(
                        axes.iter().map(|&i| a.shape[i] as i128).product(),
                    ))
                }
            }
        }
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

/// Whether a reshape reads and writes in Fortran order: `order='F'`, or `'A'` on a
/// Fortran-contiguous array; `'K'` is refused as NumPy refuses it.
pub fn reshape_fortran(x: &NdArray, v: &Option<Value>) -> PyResult<bool> {
    match order_arg(v, Order::C)? {
        Order::C => Ok(false),
        Order::F => Ok(true),
        Order::A => Ok(is_fortran(x)),
        Order::K => Err(PyErr::value("order 'K' is not permitted for reshaping")),
    }
}

/// NumPy's `PyArray_ISFORTRAN`: Fortran-contiguous and not also C-contiguous.
pub fn is_fortran(x: &NdArray) -> bool {
    x.is_f_contiguous() && !x.is_c_contiguous()
}

/// An `order=` argument as one of NumPy's four memory orders (`None` gives `default`).
pub fn order_arg(v: &Option<Value>, default: Order) -> PyResult<Order> {
    match given(v) {
        None => Ok(default),
        Some(Value::Str(s)) => match s.as_ref() {
            "C" => Ok(Order::C),
            "F" => Ok(Order::F),
            "A" => Ok(Order::A),
            "K" => Ok(Order::K),
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

/// A fresh array owning a copy of `x` cast to `dtype`, laid out in `order`.
pub fn copy_in_order(x: &NdArray, dtype: DType, order: Order) -> PyResult<NdArray> {
    copy_laid_out_as(x, x, dtype, order)
}

/// A copy of `x` as `dtype`, laid out as `order` makes a copy of `like` (same shape): a
/// result computed in C order that NumPy returns in its input's memory order.
pub fn copy_laid_out_as(
    x: &NdArray,
    like: &NdArray,
    dtype: DType,
    order: Order,
) -> PyResult<NdArray> {
    // Dense strides in some order: `copy_into` writes every element.
    let mut out = NdArray::for_overwrite(&x.shape, dtype)?;
    out.strides = layout::fresh_strides(
        &x.shape,
        layout::strides_for_order(order, &like.shape, &like.strides, dtype.itemsize()),
    );
    kernels::copy_into(&out, x)?;
    Ok(out)
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

/// Items of a tuple/list argument, or the single value.
pub fn values_or_one(v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::Tuple(_) | Value::List(_) => iter_values(v),
        other => Ok(vec![other.clone()]),
    }
}

/// NumPy's `normalize_axis_tuple`: an int or a sequence of ints, each normalized, with its
/// "repeated axis" error unless duplicates are allowed.
pub fn normalize_axis_tuple(
    axis: &Value,
    ndim: usize,
    argname: Option<&str>,
    allow_duplicate: bool,
) -> PyResult<Vec<usize>> {
    let mut out = Vec::new();
    for v in values_or_one(axis)? {
        out.push(normalize_axis(to_i64(&v)?, ndim, argname)?);
    }
    if !allow_duplicate {
        for (i, a) in out.iter().enumerate() {
            if out[..i].contains(a) {
                return Err(PyErr::value(match argname {
                    Some(n) => format!("repeated axis in `{}` argument", n),
                    None => "repeated axis".to_string(),
                }));
            }
        }
    }
    Ok(out)
}

/// Reshape as a view when NumPy can, otherwise a copy (whose base is the copy, as NumPy).
pub fn reshape(x: &ArrayRef, requested: &[i64], fortran: bool) -> PyResult<ArrayRef> {
    reshape_copy(x, requested, fortran, None)
}

/// Reshape with NumPy's `copy=` argument: `Some(true)` always copies, `Some(false)` refuses
/// to copy, `None` copies only when no view is possible.
pub fn reshape_copy(
    x: &ArrayRef,
    requested: &[i64],
    fortran: bool,
    copy: Option<bool>,
) -> PyResult<ArrayRef> {
    // NumPy's quick check (`PyArray_Newshape`): a request equal to the current shape,
    // compared before any -1 is resolved, is a plain view that keeps the strides as they
    // are (zero strides of an empty array, the strides of length-1 axes).
    let same = requested.len() == x.ndim()
        && requested
            .iter()
            .zip(&x.shape)
            .all(|(&r, &d)| r >= 0 && r as u64 == d as u64);
    if same && copy != Some(true) {
        let v = NdArray::view(
            x,
            x.offset as isize,
            x.shape.clone(),
            x.strides.clone(),
            x.dtype,
        )?;
        return Ok(Rc::new(v));
    }
    let shape = resolve_shape(requested, x.size())?;
    let isz = x.itemsize();
    let view_strides = match copy {
        Some(true) => None,
        _ => nocopy_reshape(&x.shape, &x.strides, &shape, isz, fortran),
    };
    if let Some(strides) = view_strides {
        let strides = if x.size() == 0 {
            if fortran {
                layout::f_strides(&shape, isz)
            } else {
                layout::c_strides(&shape, isz)
            }
        } else {
            strides
        };
        let v = NdArray::view(x, x.offset as isize, shape, strides, x.dtype)?;
        return Ok(Rc::new(v));
    }
    if copy == Some(false) {
        return Err(PyErr::value(
            "Unable to avoid creating a copy while reshaping.",
        ));
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

/// NumPy's `PyArray_Ravel`: a view when the array is already contiguous in the requested
/// order (for `'K'`, contiguous with positive strides in some axis order), else a copy.
pub fn ravel(x: &ArrayRef, order: Order) -> PyResult<ArrayRef> {
    let order = match order {
        Order::A if is_fortran(x) => Order::F,
        Order::A => Order::C,
        Order::K if x.is_c_contiguous() => Order::C,
        Order::K if x.is_f_contiguous() => Order::F,
        o => o,
    };
    let isz = x.itemsize();
    // NumPy's `PyArray_Ravel` asks for shape `(-1,)`, which never takes reshape's
    // same-shape quick path: an empty 1-d array with zero strides ravels to fresh strides.
    match order {
        Order::C if x.is_c_contiguous() => return reshape(x, &[-1], false),
        Order::F if x.is_f_contiguous() => return reshape(x, &[-1], true),
        Order::K => {
            let mut perm: Vec<usize> = (0..x.ndim()).collect();
            perm.sort_by_key(|&i| std::cmp::Reverse(x.strides[i].unsigned_abs()));
            let mut expected = isz as isize;
            let mut contiguous = true;
            for &ax in perm.iter().rev() {
                if x.shape[ax] == 1 {
                    continue;
                }
                if x.strides[ax] != expected {
                    contiguous = false;
                    break;
                }
                expected *= x.shape[ax] as isize;
            }
            if contiguous {
                let v = NdArray::view(
                    x,
                    x.offset as isize,
                    vec![x.size()],
                    vec![isz as isize],
                    x.dtype,
                )?;
                return Ok(Rc::new(v));
            }
        }
        _ => {}
    }
    flatten(x, order).map(Rc::new)
}

/// NumPy's `PyArray_Flatten`: always a fresh 1-d copy, elements in `order`.
pub fn flatten(x: &NdArray, order: Order) -> PyResult<NdArray> {
    let order = match order {
        Order::A if is_fortran(x) => Order::F,
        Order::A => Order::C,
        o => o,
    };
    let mut out = copy_in_order(x, x.dtype, order)?;
    out.shape = vec![x.size()];
    // A fresh array: an empty one gets NumPy 2's zero stride.
    out.strides = layout::fresh_strides(&out.shape, vec![x.itemsize() as isize]);
    Ok(out)
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
                // NumPy (`PyArray_ConvertMultiAxis`) lets a single axis 0 or -1 through
                // for a 0-d array, for backwards compatibility: `z.squeeze(-1)` is `z`.
                other => {
                    let i = to_i64(other)?;
                    if nd == 0 && (i == 0 || i == -1) {
                        Vec::new()
                    } else {
                        vec![i]
                    }
                }
            };
            let mut out = Vec::new();
            for a in axes {
                let i = normalize_axis(a, nd, None)?;
                if out.contains(&i) {
                    return Err(PyErr::value("duplicate value in 'axis'"));
                }
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

/// `expand_dims` is a reshape to the shape with new length-1 axes, as in NumPy (so the new
/// axes get the strides NumPy's no-copy reshape gives them).
fn expand_dims(x: &ArrayRef, axis: &Value) -> PyResult<ArrayRef> {
    let n_new = values_or_one(axis)?.len();
    let new_axes = normalize_axis_tuple(axis, x.ndim() + n_new, None, false)?;
    let mut rest = x.shape.iter();
    let shape: Vec<i64> = (0..x.ndim() + n_new)
        .map(|i| {
            if new_axes.contains(&i) {
                1
            } else {
                rest.next().map_or(1, |&d| d as i64)
            }
        })
        .collect();
    reshape(x, &shape, false)
}
