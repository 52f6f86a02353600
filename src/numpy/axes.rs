//! Views that reorder, reverse, select or add axes: `moveaxis`, `flip`/`fliplr`/`flipud`,
//! `diagonal` and `atleast_1d/2d/3d`. Each builds exactly the view NumPy builds (same
//! strides, data pointer and base), so none of them touches the data.

use super::shape::{normalize_axis, normalize_axis_tuple, reshape, transpose};
use super::Family;
use crate::array::index::{basic_view, IndexItem};
use crate::array::object::{ArrayRef, NdArray};
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, to_i64};
use crate::value::Value;
use std::rc::Rc;

pub const FAMILY: Family = Family {
    names: &[
        "moveaxis",
        "rollaxis",
        "flip",
        "fliplr",
        "flipud",
        "diagonal",
        "atleast_1d",
        "atleast_2d",
        "atleast_3d",
    ],
    call,
};

fn call(_it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    Some(match name {
        "moveaxis" => call_moveaxis(&args),
        "rollaxis" => call_rollaxis(&args),
        "flip" => call_flip(&args),
        "fliplr" | "flipud" => call_flip_lr_ud(&args, name),
        "diagonal" => call_diagonal(&args),
        "atleast_1d" | "atleast_2d" | "atleast_3d" => atleast(&args, name),
        _ => return None,
    })
}

fn arg(a: &[Option<Value>], i: usize) -> &Value {
    a[i].as_ref().unwrap_or(&Value::None)
}

fn array(v: NdArray) -> Value {
    Value::Array(Rc::new(v))
}

/// Basic indexing (slices, `None`, `...`) as a view.
fn view_of(x: &ArrayRef, items: &[IndexItem]) -> PyResult<ArrayRef> {
    basic_view(x, items).map(Rc::new)
}

fn reversed() -> IndexItem {
    IndexItem::Slice(None, None, Some(-1))
}

fn full() -> IndexItem {
    IndexItem::Slice(None, None, None)
}

/// `np.rollaxis(a, axis, start=0)`, NumPy's Python code step for step: a `start` outside
/// `-n..=n` is an AxisError with its own message, and a no-op roll is `a[...]` (a view).
fn call_rollaxis(args: &Args) -> PyResult<Value> {
    let a = args.bind("rollaxis", &["a", "axis", "start"], 2)?;
    let x = as_array(arg(&a, 0))?;
    let n = x.ndim() as i64;
    let axis = normalize_axis(to_i64(arg(&a, 1))?, x.ndim(), None)? as i64;
    let mut start = match given(&a[2]) {
        Some(v) => to_i64(v)?,
        None => 0,
    };
    if start < 0 {
        start += n;
    }
    if !(0..n + 1).contains(&start) {
        return Err(PyErr::axis(format!(
            "'start' arg requires {} <= start < {}, but {} was passed in",
            -n,
            n + 1,
            start
        )));
    }
    if axis < start {
        start -= 1;
    }
    if axis == start {
        return view_of(&x, &[IndexItem::Ellipsis]).map(Value::Array);
    }
    let mut order: Vec<i64> = (0..n).filter(|&i| i != axis).collect();
    order.insert(start as usize, axis);
    transpose(&x, Some(&order)).map(array)
}

fn call_moveaxis(args: &Args) -> PyResult<Value> {
    let a = args.bind("moveaxis", &["a", "source", "destination"], 3)?;
    let x = as_array(arg(&a, 0))?;
    let nd = x.ndim();
    let source = normalize_axis_tuple(arg(&a, 1), nd, Some("source"), false)?;
    let dest = normalize_axis_tuple(arg(&a, 2), nd, Some("destination"), false)?;
    if source.len() != dest.len() {
        return Err(PyErr::value(
            "`source` and `destination` arguments must have the same number of elements",
        ));
    }
    let mut order: Vec<usize> = (0..nd).filter(|n| !source.contains(n)).collect();
    let mut pairs: Vec<(usize, usize)> = dest.into_iter().zip(source).collect();
    pairs.sort_unstable();
    for (d, s) in pairs {
        order.insert(d.min(order.len()), s);
    }
    let perm: Vec<i64> = order.iter().map(|&i| i as i64).collect();
    transpose(&x, Some(&perm)).map(array)
}

fn call_flip(args: &Args) -> PyResult<Value> {
    let a = args.bind("flip", &["m", "axis"], 1)?;
    let x = as_array(arg(&a, 0))?;
    let items: Vec<IndexItem> = match given(&a[1]) {
        None => (0..x.ndim()).map(|_| reversed()).collect(),
        Some(axis) => {
            let axes = normalize_axis_tuple(axis, x.ndim(), None, false)?;
            (0..x.ndim())
                .map(|i| {
                    if axes.contains(&i) {
                        reversed()
                    } else {
                        full()
                    }
                })
                .collect()
        }
    };
    // NumPy indexes with `m[()]` here, which gives a scalar, not a view, for 0-d input.
    if x.ndim() == 0 {
        return Ok(Value::Scalar(x.dtype, x.get(&[])));
    }
    view_of(&x, &items).map(Value::Array)
}

fn call_flip_lr_ud(args: &Args, name: &str) -> PyResult<Value> {
    let a = args.bind(name, &["m"], 1)?;
    let x = as_array(arg(&a, 0))?;
    let items = if name == "fliplr" {
        if x.ndim() < 2 {
            return Err(PyErr::value("Input must be >= 2-d."));
        }
        vec![full(), reversed()]
    } else {
        if x.ndim() < 1 {
            return Err(PyErr::value("Input must be >= 1-d."));
        }
        vec![reversed(), IndexItem::Ellipsis]
    };
    view_of(&x, &items).map(Value::Array)
}

fn call_diagonal(args: &Args) -> PyResult<Value> {
    let a = args.bind("diagonal", &["a", "offset", "axis1", "axis2"], 1)?;
    let x = as_array(arg(&a, 0))?;
    let int_or = |i: usize, d: i64| given(&a[i]).map(to_i64).transpose().map(|v| v.unwrap_or(d));
    diagonal(&x, int_or(1, 0)?, int_or(2, 0)?, int_or(3, 1)?).map(array)
}

/// NumPy's `PyArray_Diagonal`: drop both axes and append one whose stride is the sum of
/// theirs, starting `offset` steps along the second (or, if negative, the first) axis.
/// The view is read-only, as in NumPy.
pub fn diagonal(x: &ArrayRef, offset: i64, axis1: i64, axis2: i64) -> PyResult<NdArray> {
    let nd = x.ndim();
    if nd < 2 {
        return Err(PyErr::value(
            "diag requires an array of at least two dimensions",
        ));
    }
    let ax1 = normalize_axis(axis1, nd, Some("axis1"))?;
    let ax2 = normalize_axis(axis2, nd, Some("axis2"))?;
    if ax1 == ax2 {
        return Err(PyErr::value("axis1 and axis2 cannot be the same"));
    }
    // In i128 so that any i64 offset (even -2**63) is just "too far": an empty diagonal.
    let (mut dim1, mut dim2) = (x.shape[ax1] as i128, x.shape[ax2] as i128);
    let (s1, s2) = (x.strides[ax1], x.strides[ax2]);
    let offset = offset as i128;
    let (steps, step_stride) = if offset >= 0 {
        dim2 -= offset;
        (offset, s2)
    } else {
        dim1 += offset;
        (-offset, s1)
    };
    let len = dim1.min(dim2).max(0);
    // `steps < len(axis)` when the diagonal is not empty. Wrapping arithmetic: only an
    // empty array (another axis of length 0) can have strides whose products overflow,
    // and then the view is empty and its offset unused.
    let start = if len == 0 {
        x.offset as isize
    } else {
        (x.offset as isize).wrapping_add((steps as isize).wrapping_mul(step_stride))
    };
    let keep = (0..nd).filter(|&i| i != ax1 && i != ax2);
    let mut shape: Vec<usize> = keep.clone().map(|i| x.shape[i]).collect();
    let mut strides: Vec<isize> = keep.map(|i| x.strides[i]).collect();
    shape.push(len as usize);
    strides.push(s1.wrapping_add(s2));
    let v = NdArray::view(x, start, shape, strides, x.dtype)?;
    v.writeable.set(false);
    Ok(v)
}

/// `atleast_Nd(*arys)`: one array back for one argument, a tuple for several.
fn atleast(args: &Args, name: &str) -> PyResult<Value> {
    if let Some((k, _)) = args.kw.first() {
        return Err(PyErr::type_err(format!(
            "{}() got an unexpected keyword argument '{}'",
            name, k
        )));
    }
    let out = args
        .pos
        .iter()
        .map(|v| {
            let x = as_array(v)?;
            let r = match name {
                "atleast_1d" => atleast_1d(&x),
                "atleast_2d" => atleast_2d(&x),
                _ => atleast_3d(&x),
            };
            r.map(Value::Array)
        })
        .collect::<PyResult<Vec<_>>>()?;
    Ok(match <[Value; 1]>::try_from(out) {
        Ok([one]) => one,
        Err(many) => Value::tuple(many),
    })
}

fn atleast_1d(x: &ArrayRef) -> PyResult<ArrayRef> {
    match x.ndim() {
        0 => reshape(x, &[1], false),
        _ => Ok(x.clone()),
    }
}

fn atleast_2d(x: &ArrayRef) -> PyResult<ArrayRef> {
    match x.ndim() {
        0 => reshape(x, &[1, 1], false),
        1 => view_of(x, &[IndexItem::NewAxis, full()]),
        _ => Ok(x.clone()),
    }
}

fn atleast_3d(x: &ArrayRef) -> PyResult<ArrayRef> {
    match x.ndim() {
        0 => reshape(x, &[1, 1, 1], false),
        1 => view_of(x, &[IndexItem::NewAxis, full(), IndexItem::NewAxis]),
        2 => view_of(x, &[full(), full(), IndexItem::NewAxis]),
        _ => Ok(x.clone()),
    }
}
