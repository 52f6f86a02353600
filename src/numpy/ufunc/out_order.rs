//! The memory order of a ufunc's new output. NumPy allocates it in the order its iterator
//! walks the inputs (`order='K'`, [`layout::iteration_axes`]): `x.T + 1` and `np.sqrt(f)`
//! of a Fortran-ordered `f` come out Fortran-ordered, with the strides NumPy prints. The
//! loops then run over the operands with their axes in that order, so each inner run is
//! contiguous in memory as NumPy's is, and the result keeps the user's axis order.

use crate::array::dtype::DType;
use crate::array::kernels;
use crate::array::layout;
use crate::array::object::NdArray;
use crate::error::PyResult;

/// The axis order (slowest first) for a new output of `shape` from `inputs`, or `None`
/// when it is plain C order (or the output is empty, which NumPy leaves in C order).
/// Each input comes with its loop type: when no input array (0-d ones aside) is converted,
/// inputs of one shape that are all Fortran-contiguous take NumPy's trivial loop, whose
/// output is Fortran-contiguous (length-1 axes included); otherwise the iterator's order.
pub fn fresh_order(shape: &[usize], inputs: &[(&NdArray, DType)]) -> Option<Vec<usize>> {
    if shape.len() < 2 || shape.contains(&0) {
        return None;
    }
    let arrays: Vec<&NdArray> = inputs
        .iter()
        .map(|&(a, _)| a)
        .filter(|a| a.ndim() > 0)
        .collect();
    let casts = inputs.iter().any(|(a, t)| a.ndim() > 0 && a.dtype != *t);
    let same_shape = arrays.iter().all(|a| a.shape == shape);
    if !casts && same_shape && !arrays.is_empty() {
        if arrays.iter().all(|a| a.is_c_contiguous()) {
            return None;
        }
        if arrays.iter().all(|a| a.is_f_contiguous()) {
            return Some((0..shape.len()).rev().collect());
        }
    }
    let arrays: Vec<&NdArray> = inputs.iter().map(|&(a, _)| a).collect();
    iterator_order(shape, &arrays)
}

/// The axis order (slowest first) NumPy's iterator gives a new array of `shape` over
/// `operands` with `order='K'` (`np.where`, the ufuncs' general loop), or `None` for C.
pub fn iterator_order(shape: &[usize], operands: &[&NdArray]) -> Option<Vec<usize>> {
    if shape.len() < 2 || shape.contains(&0) {
        return None;
    }
    let ops: Vec<(&[usize], &[isize])> = operands
        .iter()
        .map(|a| (&a.shape[..], &a.strides[..]))
        .collect();
    let axes = layout::iteration_axes(shape, &ops);
    (!axes.iter().enumerate().all(|(i, &a)| i == a)).then_some(axes)
}

/// `a` as an operand of `ndim` axes (leading length-1 axes added) with its axes taken in
/// `order`: the same memory, for the loops to walk in memory order.
pub fn permuted(a: &NdArray, ndim: usize, order: &[usize]) -> NdArray {
    let pad = ndim.saturating_sub(a.ndim());
    let shape: Vec<usize> = std::iter::repeat_n(1, pad)
        .chain(a.shape.iter().copied())
        .collect();
    let strides: Vec<isize> = std::iter::repeat_n(0, pad)
        .chain(a.strides.iter().copied())
        .collect();
    a.regeometry(
        order.iter().map(|&i| shape[i]).collect(),
        order.iter().map(|&i| strides[i]).collect(),
    )
}

/// The output the loops wrote in `order` (a fresh C-ordered array of the permuted shape)
/// with its axes put back: the user's shape, NumPy's strides.
pub fn restored(r: &NdArray, order: &[usize]) -> NdArray {
    let mut shape = vec![0; order.len()];
    let mut strides = vec![0; order.len()];
    for (k, &ax) in order.iter().enumerate() {
        shape[ax] = r.shape[k];
        strides[ax] = r.strides[k];
    }
    r.regeometry(shape, strides)
}

/// Byte strides for a new array of `shape` that is C-contiguous when its axes are taken
/// in `order` (slowest first), as NumPy's iterator allocates one.
pub fn strides_in_order(shape: &[usize], order: &[usize], itemsize: usize) -> Vec<isize> {
    let c = layout::c_strides(&permute_shape(shape, order), itemsize);
    let mut strides = vec![0; shape.len()];
    for (k, &ax) in order.iter().enumerate() {
        strides[ax] = c[k];
    }
    strides
}

/// `r` (a fresh C-ordered result) copied into an array laid out with `strides`.
pub fn relaid(r: &NdArray, strides: Vec<isize>) -> PyResult<NdArray> {
    let mut out = NdArray::for_overwrite(&r.shape, r.dtype)?;
    out.strides = strides;
    kernels::copy_into(&out, r)?;
    Ok(out)
}

/// The order's permutation of a shape.
pub fn permute_shape(shape: &[usize], order: &[usize]) -> Vec<usize> {
    order.iter().map(|&i| shape[i]).collect()
}
