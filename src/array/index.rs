//! Indexing: NumPy's basic indexing (ints, slices, `None`, `...`) as real views, and
//! advanced indexing (integer arrays, boolean masks) as copies, for reading and assignment.

use super::dtype::DType;
use super::object::{ArrayRef, NdArray};
use crate::error::{PyErr, PyResult};

/// One item of an index tuple after evaluation.
#[derive(Clone, Debug)]
pub enum IndexItem {
    Int(i64),
    Slice(Option<i64>, Option<i64>, Option<i64>),
    NewAxis,
    Ellipsis,
    /// An integer or boolean array (or a list converted to one).
    Array(ArrayRef),
}

/// The result of applying an index.
pub enum Indexed {
    /// Basic indexing: a view.
    View(NdArray),
    /// Every axis indexed by an integer: one element at this buffer offset.
    Element(usize),
    /// Advanced indexing: a fresh copy.
    Copy(NdArray),
}

/// Python's `slice.indices(len)`: start, step and number of elements.
pub fn slice_indices(
    len: usize,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> PyResult<(i64, i64, usize)> {
    let len = len as i64;
    // Python clamps a step below -sys.maxsize to -sys.maxsize, so `-step` cannot overflow.
    let step = step.unwrap_or(1).max(-i64::MAX);
    if step == 0 {
        return Err(PyErr::value("slice step cannot be zero"));
    }
    let adjust = |v: Option<i64>, default: i64, lo: i64, hi: i64| match v {
        None => default,
        Some(v) => {
            let v = if v < 0 { v + len } else { v };
            v.clamp(lo, hi)
        }
    };
    let (start, stop) = if step > 0 {
        (adjust(start, 0, 0, len), adjust(stop, len, 0, len))
    } else {
        (
            adjust(start, len - 1, -1, len - 1),
            adjust(stop, -1, -1, len - 1),
        )
    };
    // Written as `(distance - 1) / |step| + 1` so a huge step cannot overflow.
    let n = if step > 0 {
        if stop > start {
            (stop - start - 1) / step + 1
        } else {
            0
        }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    Ok((start, step, n as usize))
}

pub(crate) fn normalize_int(i: i64, size: usize, axis: usize) -> PyResult<usize> {
    let n = size as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(PyErr::index(format!(
            "index {} is out of bounds for axis {} with size {}",
            i, axis, size
        )));
    }
    Ok(j as usize)
}

fn too_many(ndim: usize, given: usize) -> PyErr {
    PyErr::index(format!(
        "too many indices for array: array is {}-dimensional, but {} were indexed",
        ndim, given
    ))
}

/// Number of array axes an item consumes.
fn consumes(item: &IndexItem) -> usize {
    match item {
        IndexItem::Int(_) | IndexItem::Slice(..) => 1,
        IndexItem::Array(a) if a.dtype == DType::Bool => a.ndim(),
        IndexItem::Array(_) => 1,
        IndexItem::NewAxis | IndexItem::Ellipsis => 0,
    }
}

/// Replace `...` by the right number of full slices and append trailing full slices.
pub(crate) fn expand(ndim: usize, items: &[IndexItem]) -> PyResult<Vec<IndexItem>> {
    let ellipses = items
        .iter()
        .filter(|i| matches!(i, IndexItem::Ellipsis))
        .count();
    if ellipses > 1 {
        return Err(PyErr::index(
            "an index can only have a single ellipsis ('...')",
        ));
    }
    let used: usize = items.iter().map(consumes).sum();
    if used > ndim {
        return Err(too_many(ndim, used));
    }
    let mut out = Vec::with_capacity(ndim + items.len());
    for it in items {
        if matches!(it, IndexItem::Ellipsis) {
            for _ in 0..ndim - used {
                out.push(IndexItem::Slice(None, None, None));
            }
        } else {
            out.push(it.clone());
        }
    }
    if ellipses == 0 {
        for _ in 0..ndim - used {
            out.push(IndexItem::Slice(None, None, None));
        }
    }
    Ok(out)
}

/// Apply an index to an array.
pub fn index(a: &ArrayRef, items: &[IndexItem]) -> PyResult<Indexed> {
    // NumPy returns a scalar only when every index is an integer: an `...` anywhere
    // (`z[...]` on a 0-d array, `b[1, ...]`) gives a 0-d view instead.
    let has_ellipsis = items.iter().any(|i| matches!(i, IndexItem::Ellipsis));
    let items = expand(a.ndim(), items)?;
    if items.iter().any(|i| matches!(i, IndexItem::Array(_))) {
        return super::fancy::gather(a, &items).map(Indexed::Copy);
    }
    let (offset, shape, strides, all_int) = basic_geometry(a, &items)?;
    if all_int && !has_ellipsis {
        return Ok(Indexed::Element(offset.max(0) as usize));
    }
    Ok(Indexed::View(NdArray::view(
        a, offset, shape, strides, a.dtype,
    )?))
}

/// Offset, shape and strides of a basic index; `all_int` when only integers were given and no
/// `None` (the result is then a single element).
fn basic_geometry(
    a: &NdArray,
    items: &[IndexItem],
) -> PyResult<(isize, Vec<usize>, Vec<isize>, bool)> {
    let mut offset = a.offset as isize;
    let mut shape = Vec::new();
    let mut strides = Vec::new();
    let mut axis = 0;
    let mut all_int = true;
    for it in items {
        match it {
            IndexItem::Int(i) => {
                let j = normalize_int(*i, a.shape[axis], axis)?;
                // Wrapping: only an empty array can have strides whose products overflow,
                // and its views are empty too, so their offset is never used.
                offset = offset.wrapping_add((j as isize).wrapping_mul(a.strides[axis]));
                axis += 1;
            }
            IndexItem::Slice(start, stop, step) => {
                let (s, st, n) = slice_indices(a.shape[axis], *start, *stop, *step)?;
                if n > 0 {
                    offset = offset.wrapping_add((s as isize).wrapping_mul(a.strides[axis]));
                }
                // As NumPy: an empty slice gets step 1, and the product wraps as C's does
                // (it can only overflow when at most one element is selected, where the
                // stride is never used: `x[::2**62].strides` is `(0,)` in NumPy too).
                let st = if n == 0 { 1 } else { st };
                shape.push(n);
                strides.push(a.strides[axis].wrapping_mul(st as isize));
                axis += 1;
                all_int = false;
            }
            IndexItem::NewAxis => {
                shape.push(1);
                strides.push(0);
                all_int = false;
            }
            IndexItem::Ellipsis | IndexItem::Array(_) => all_int = false,
        }
    }
    Ok((offset, shape, strides, all_int))
}

/// Is this index basic (a view) — i.e. contains no arrays?
pub fn is_basic(items: &[IndexItem]) -> bool {
    !items.iter().any(|i| matches!(i, IndexItem::Array(_)))
}

/// Geometry of a basic index as a view, for assignment targets.
pub fn basic_view(a: &ArrayRef, items: &[IndexItem]) -> PyResult<NdArray> {
    let items = expand(a.ndim(), items)?;
    let (offset, shape, strides, _) = basic_geometry(a, &items)?;
    NdArray::view(a, offset, shape, strides, a.dtype)
}
