//! Views that repeat or overlap memory: `broadcast_to`, `broadcast_arrays`,
//! `broadcast_shapes`, and `numpy.lib.stride_tricks`' `as_strided` and
//! `sliding_window_view`. None of them copies; `as_strided` refuses a view that would reach
//! outside its buffer (arrsh's one deliberate difference from NumPy, which reads foreign
//! memory there).

use super::shape::normalize_axis_tuple;
use super::Family;
use crate::array::iter::broadcast_strides;
use crate::array::layout;
use crate::array::object::{ArrayRef, Base, InterfaceHolder, NdArray};
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, to_shape, truthy};
use crate::value::Value;
use std::rc::Rc;

/// `as_strided` and `sliding_window_view` live only in `numpy.lib.stride_tricks`, so they
/// are dispatched here but not listed in the `numpy` namespace.
pub const FAMILY: Family = Family {
    names: &["broadcast_to", "broadcast_arrays", "broadcast_shapes"],
    call,
};

fn call(_it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    Some(match name {
        "broadcast_to" => call_broadcast_to(&args),
        "broadcast_arrays" => call_broadcast_arrays(&args),
        "broadcast_shapes" => call_broadcast_shapes(&args),
        "as_strided" => call_as_strided(&args),
        "sliding_window_view" => call_sliding_window_view(&args),
        _ => return None,
    })
}

fn arg(a: &[Option<Value>], i: usize) -> &Value {
    a[i].as_ref().unwrap_or(&Value::None)
}

fn call_broadcast_to(args: &Args) -> PyResult<Value> {
    let a = args.bind("broadcast_to", &["array", "shape", "subok"], 2)?;
    let x = as_array(arg(&a, 0))?;
    let shape = to_shape(arg(&a, 1))?;
    broadcast_to(&x, &shape).map(|v| Value::Array(Rc::new(v)))
}

/// A read-only view with zero strides on broadcast axes. Like NumPy's, the flag may be
/// turned back on, since the memory itself is writeable.
pub fn broadcast_to(x: &ArrayRef, shape: &[i64]) -> PyResult<NdArray> {
    if shape.iter().any(|&d| d < 0) {
        return Err(PyErr::value(
            "all elements of broadcast shape must be non-negative",
        ));
    }
    let target: Vec<usize> = shape.iter().map(|&d| d as usize).collect();
    if target.is_empty() && x.ndim() > 0 {
        return Err(PyErr::value(
            "cannot broadcast a non-scalar to a scalar array",
        ));
    }
    if target.len() < x.ndim() {
        return Err(PyErr::value(
            "input operand has more dimensions than allowed by the axis remapping",
        ));
    }
    let fits = x
        .shape
        .iter()
        .rev()
        .zip(target.iter().rev())
        .all(|(&s, &t)| s == t || s == 1);
    if !fits {
        return Err(PyErr::value(format!(
            "operands could not be broadcast together with remapped shapes [original->remapped]: {}  and requested shape {}",
            layout::shape_str(&x.shape).replace(' ', ""),
            layout::shape_str(&target).replace(' ', "")
        )));
    }
    let mut strides = broadcast_strides(&x.shape, &x.strides, &target);
    // NumPy builds the result with an nditer, which gives every length-1 source axis a
    // zero stride even when the target length is also 1 (`(3, 1) -> (3, 1)` is `(8, 0)`).
    let lead = target.len() - x.ndim();
    for (i, &d) in x.shape.iter().enumerate() {
        if d == 1 {
            strides[lead + i] = 0;
        }
    }
    let v = NdArray::view(x, x.offset as isize, target, strides, x.dtype)?;
    v.writeable.set(false);
    Ok(v)
}

/// The broadcast shape of several shapes, with the error `np.broadcast` raises: it walks
/// the result's axes left to right and names the argument that fixed the axis length and
/// the first one that disagrees.
pub fn broadcast_shape(shapes: &[Vec<usize>]) -> PyResult<Vec<usize>> {
    let nd = shapes.iter().map(Vec::len).max().unwrap_or(0);
    let mut out = vec![1usize; nd];
    for (i, o) in out.iter_mut().enumerate() {
        let mut src = 0;
        for (j, s) in shapes.iter().enumerate() {
            let Some(k) = (i + s.len()).checked_sub(nd) else {
                continue;
            };
            let d = s[k];
            if d == 1 {
                continue;
            }
            if *o == 1 {
                *o = d;
                src = j;
            } else if *o != d {
                return Err(PyErr::value(format!(
                    "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg {} with shape {} and arg {} with shape {}.",
                    src,
                    layout::shape_str(&shapes[src]),
                    j,
                    layout::shape_str(s)
                )));
            }
        }
    }
    Ok(out)
}

fn call_broadcast_arrays(args: &Args) -> PyResult<Value> {
    if let Some((k, _)) = args.kw.iter().find(|(k, _)| k != "subok") {
        return Err(PyErr::type_err(format!(
            "broadcast_arrays() got an unexpected keyword argument '{}'",
            k
        )));
    }
    let arrays: Vec<ArrayRef> = args.pos.iter().map(as_array).collect::<PyResult<_>>()?;
    let shapes: Vec<Vec<usize>> = arrays.iter().map(|a| a.shape.clone()).collect();
    let shape = broadcast_shape(&shapes)?;
    let out = arrays
        .iter()
        .map(|a| {
            if a.shape == shape {
                return Ok(Value::Array(a.clone()));
            }
            let strides = broadcast_strides(&a.shape, &a.strides, &shape);
            NdArray::view(a, a.offset as isize, shape.clone(), strides, a.dtype)
                .map(|v| Value::Array(Rc::new(v)))
        })
        .collect::<PyResult<Vec<_>>>()?;
    Ok(Value::tuple(out))
}

fn call_broadcast_shapes(args: &Args) -> PyResult<Value> {
    if let Some((k, _)) = args.kw.first() {
        return Err(PyErr::type_err(format!(
            "broadcast_shapes() got an unexpected keyword argument '{}'",
            k
        )));
    }
    let shapes = args
        .pos
        .iter()
        .map(|v| {
            to_shape(v)?
                .into_iter()
                .map(|d| {
                    usize::try_from(d)
                        .map_err(|_| PyErr::value("negative dimensions are not allowed"))
                })
                .collect::<PyResult<Vec<usize>>>()
        })
        .collect::<PyResult<Vec<_>>>()?;
    let shape = broadcast_shape(&shapes)?;
    Ok(Value::ints(shape.iter().map(|&d| d as i128)))
}

fn call_as_strided(args: &Args) -> PyResult<Value> {
    let a = args.bind(
        "as_strided",
        &["x", "shape", "strides", "subok", "writeable"],
        1,
    )?;
    let x = as_array(arg(&a, 0))?;
    let writeable = given(&a[4]).map(truthy).transpose()?.unwrap_or(true);
    let v = as_strided(&x, given(&a[1]), given(&a[2]), writeable)?;
    Ok(Value::Array(Rc::new(v)))
}

/// `as_strided(x, shape, strides, writeable=)`. Missing strides come from
/// `x.__array_interface__`: C strides for the new shape when `x` is C-contiguous, else
/// `x.strides`. A result made read-only here can never be made writeable again.
pub fn as_strided(
    x: &ArrayRef,
    shape: Option<&Value>,
    strides: Option<&Value>,
    writeable: bool,
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
        None if x.is_c_contiguous() => layout::c_strides(&shape, x.itemsize()),
        None => x.strides.clone(),
    };
    if strides.len() != shape.len() {
        return Err(PyErr::value("mismatch in length of strides and shape"));
    }
    let mut v = NdArray::view(x, x.offset as isize, shape, strides, x.dtype)?;
    // NumPy's result is a view of a `DummyArray` wrapping `x`'s `__array_interface__`.
    v.base = Base::Interface(Rc::new(InterfaceHolder { array: x.clone() }));
    if !writeable {
        v.writeable.set(false);
        v.may_write = false;
    }
    Ok(v)
}

fn call_sliding_window_view(args: &Args) -> PyResult<Value> {
    let a = args.bind(
        "sliding_window_view",
        &["x", "window_shape", "axis", "*subok", "*writeable"],
        2,
    )?;
    let x = as_array(arg(&a, 0))?;
    let window = to_shape(arg(&a, 1))?;
    let writeable = given(&a[4]).map(truthy).transpose()?.unwrap_or(false);
    sliding_window_view(&x, &window, given(&a[2]), writeable).map(|v| Value::Array(Rc::new(v)))
}

/// Every window of `window` elements along `axis` (all axes when `None`) as a new trailing
/// axis, built with `as_strided` exactly as NumPy does.
pub fn sliding_window_view(
    x: &ArrayRef,
    window: &[i64],
    axis: Option<&Value>,
    writeable: bool,
) -> PyResult<NdArray> {
    if window.iter().any(|&w| w < 0) {
        return Err(PyErr::value(
            "`window_shape` cannot contain negative values",
        ));
    }
    let axes: Vec<usize> = match axis {
        None => {
            if window.len() != x.ndim() {
                return Err(PyErr::value(format!(
                    "Since axis is `None`, must provide window_shape for all dimensions of `x`; got {} window_shape elements and `x.ndim` is {}.",
                    window.len(),
                    x.ndim()
                )));
            }
            (0..x.ndim()).collect()
        }
        Some(v) => {
            let axes = normalize_axis_tuple(v, x.ndim(), None, true)?;
            if window.len() != axes.len() {
                return Err(PyErr::value(format!(
                    "Must provide matching length window_shape and axis; got {} window_shape elements and {} axes elements.",
                    window.len(),
                    axes.len()
                )));
            }
            axes
        }
    };
    let mut shape = x.shape.clone();
    let mut strides = x.strides.clone();
    for (&ax, &w) in axes.iter().zip(window) {
        let w = w as usize;
        if shape[ax] < w {
            return Err(PyErr::value(
                "window shape cannot be larger than input array shape",
            ));
        }
        // A zero-length window fits one more time than the axis is long, as in NumPy.
        shape[ax] = shape[ax] + 1 - w;
        strides.push(x.strides[ax]);
    }
    shape.extend(window.iter().map(|&w| w as usize));
    let shape_v = Value::ints(shape.iter().map(|&d| d as i128));
    let strides_v = Value::ints(strides.iter().map(|&s| s as i128));
    as_strided(x, Some(&shape_v), Some(&strides_v), writeable)
}
