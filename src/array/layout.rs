//! Stride arithmetic: C/F strides for a shape, NumPy's contiguity and alignment flags, the
//! byte extent an array reaches, and the no-copy reshape rule from NumPy's `shape.c`.

use crate::error::{PyErr, PyResult};

/// The most dimensions an array may have (NumPy 2's `NPY_MAXDIMS`).
pub const MAX_DIMS: usize = 64;

/// NumPy's limit on every array, view or not (`PyArray_NewFromDescr`): the item size times
/// the product of the non-zero lengths must fit in `isize`. Holding it for each array that
/// exists keeps the later size and stride arithmetic (`size_of`, `nbytes`, `c_strides`, the
/// contiguity rules) free of overflow, so none of it needs checking. NumPy's 64-dimension
/// limit (`NPY_MAXDIMS`) is checked here too, for the same reason.
pub fn check_too_big(shape: &[usize], itemsize: usize) -> PyResult<()> {
    if shape.len() > MAX_DIMS {
        return Err(PyErr::value(format!(
            "maximum supported dimension for an ndarray is currently {}, found {}",
            MAX_DIMS,
            shape.len()
        )));
    }
    let fits = shape
        .iter()
        .filter(|&&d| d != 0)
        .try_fold(itemsize.max(1), |acc, &d| acc.checked_mul(d))
        .is_some_and(|n| n <= isize::MAX as usize);
    if fits {
        Ok(())
    } else {
        Err(PyErr::value(
            "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.",
        ))
    }
}

/// Number of elements (cannot overflow for the shape of an existing array: see
/// [`check_too_big`]).
pub fn size_of(shape: &[usize]) -> usize {
    shape.iter().product()
}

/// Strides for a freshly allocated array: NumPy 2 gives a new array with no elements
/// all-zero strides (`np.zeros((0, 3)).strides == (0, 0)`); views keep theirs.
pub fn fresh_strides(shape: &[usize], strides: Vec<isize>) -> Vec<isize> {
    if shape.contains(&0) {
        vec![0; shape.len()]
    } else {
        strides
    }
}

/// Row-major byte strides for a contiguous array.
pub fn c_strides(shape: &[usize], itemsize: usize) -> Vec<isize> {
    let mut strides = vec![0isize; shape.len()];
    let mut acc = itemsize as isize;
    for i in (0..shape.len()).rev() {
        strides[i] = acc;
        acc *= shape[i].max(1) as isize;
    }
    strides
}

/// Column-major byte strides for a contiguous array.
pub fn f_strides(shape: &[usize], itemsize: usize) -> Vec<isize> {
    let mut strides = vec![0isize; shape.len()];
    let mut acc = itemsize as isize;
    for i in 0..shape.len() {
        strides[i] = acc;
        acc *= shape[i].max(1) as isize;
    }
    strides
}

/// NumPy's C_CONTIGUOUS rule: strides of size-1 axes do not matter; empty arrays are
/// contiguous.
pub fn is_c_contiguous(shape: &[usize], strides: &[isize], itemsize: usize) -> bool {
    if shape.contains(&0) {
        return true;
    }
    let mut expected = itemsize as isize;
    for i in (0..shape.len()).rev() {
        if shape[i] != 1 {
            if strides[i] != expected {
                return false;
            }
            expected *= shape[i] as isize;
        }
    }
    true
}

/// NumPy's F_CONTIGUOUS rule (mirror of [`is_c_contiguous`]).
pub fn is_f_contiguous(shape: &[usize], strides: &[isize], itemsize: usize) -> bool {
    if shape.contains(&0) {
        return true;
    }
    let mut expected = itemsize as isize;
    for i in 0..shape.len() {
        if shape[i] != 1 {
            if strides[i] != expected {
                return false;
            }
            expected *= shape[i] as isize;
        }
    }
    true
}

/// NumPy's ALIGNED rule: the data address and every stride of an axis longer than one are
/// multiples of the dtype's alignment.
pub fn is_aligned(addr: usize, shape: &[usize], strides: &[isize], alignment: usize) -> bool {
    if shape.contains(&0) {
        return true;
    }
    let mut bits = addr;
    for (&d, &s) in shape.iter().zip(strides) {
        if d > 1 {
            bits |= s.unsigned_abs();
        }
    }
    bits.is_multiple_of(alignment)
}

/// Lowest and highest byte offset (exclusive end) reached relative to the first element.
pub fn byte_extent(shape: &[usize], strides: &[isize], itemsize: usize) -> (isize, isize) {
    if shape.contains(&0) {
        return (0, 0);
    }
    let (mut lo, mut hi) = (0isize, 0isize);
    for (&d, &s) in shape.iter().zip(strides) {
        let reach = s.saturating_mul(d as isize - 1);
        if reach < 0 {
            lo = lo.saturating_add(reach);
        } else {
            hi = hi.saturating_add(reach);
        }
    }
    (lo, hi.saturating_add(itemsize as isize))
}

/// Try to reshape without copying (NumPy's `_attempt_nocopy_reshape`): returns the new
/// strides, or `None` when the data cannot be viewed in the new shape.
pub fn nocopy_reshape(
    old_shape: &[usize],
    old_strides: &[isize],
    new_shape: &[usize],
    itemsize: usize,
    fortran: bool,
) -> Option<Vec<isize>> {
    // An array without elements is contiguous in any shape (NumPy never reaches its
    // stride-matching loop for one, which would not terminate on a zero length).
    if old_shape.contains(&0) || new_shape.contains(&0) {
        return Some(if fortran {
            f_strides(new_shape, itemsize)
        } else {
            c_strides(new_shape, itemsize)
        });
    }
    // Drop axes of length one: they carry no stride information.
    let (olddims, oldstrides): (Vec<usize>, Vec<isize>) = old_shape
        .iter()
        .zip(old_strides)
        .filter(|(&d, _)| d != 1)
        .map(|(&d, &s)| (d, s))
        .unzip();
    let newnd = new_shape.len();
    let mut newstrides = vec![0isize; newnd];
    let oldnd = olddims.len();
    let (mut oi, mut oj, mut ni, mut nj) = (0usize, 1usize, 0usize, 1usize);
    while ni < newnd && oi < oldnd {
        let mut np_ = new_shape[ni];
        let mut op = olddims[oi];
        // The two shapes have the same (non-zero) size; should a caller break that, give
        // up (copy) instead of indexing past the end or overflowing.
        while np_ != op {
            if np_ < op {
                np_ = np_.checked_mul(*new_shape.get(nj)?)?;
                nj += 1;
            } else {
                op = op.checked_mul(*olddims.get(oj)?)?;
                oj += 1;
            }
        }
        // Check that the old axes being merged are contiguous with each other.
        for ok in oi..oj - 1 {
            if fortran {
                if oldstrides[ok + 1] != olddims[ok] as isize * oldstrides[ok] {
                    return None;
                }
            } else if oldstrides[ok] != olddims[ok + 1] as isize * oldstrides[ok + 1] {
                return None;
            }
        }
        // Compute the new strides for this group.
        if fortran {
            newstrides[ni] = oldstrides[oi];
            for nk in ni + 1..nj {
                newstrides[nk] = newstrides[nk - 1] * new_shape[nk - 1] as isize;
            }
        } else {
            newstrides[nj - 1] = oldstrides[oj - 1];
            for nk in (ni + 1..nj).rev() {
                newstrides[nk - 1] = newstrides[nk] * new_shape[nk] as isize;
            }
        }
        ni = nj;
        nj += 1;
        oi = oj;
        oj += 1;
    }
    // Trailing axes of length one get a stride that keeps the array contiguous-looking.
    let last_stride = if ni >= 1 {
        if fortran {
            newstrides[ni - 1] * new_shape[ni - 1] as isize
        } else {
            newstrides[ni - 1]
        }
    } else {
        itemsize as isize
    };
    for s in newstrides.iter_mut().skip(ni) {
        *s = last_stride;
    }
    Some(newstrides)
}

/// Resolve a requested shape against a total size, with NumPy's errors. Any negative
/// length means "unknown" (NumPy accepts `-2` as well as `-1`); at most one is allowed.
pub fn resolve_shape(requested: &[i64], size: usize) -> PyResult<Vec<usize>> {
    let mismatch = || {
        PyErr::value(format!(
            "cannot reshape array of size {} into shape {}",
            size,
            requested_shape_str(requested)
        ))
    };
    let mut unknown = None;
    let mut known: usize = 1;
    for (i, &d) in requested.iter().enumerate() {
        if d < 0 {
            if unknown.is_some() {
                return Err(PyErr::value("can only specify one unknown dimension"));
            }
            unknown = Some(i);
        } else {
            // NumPy's `_fix_unknown_dimension`: a product overflowing intp cannot match.
            known = match known.checked_mul(d as usize) {
                Some(k) if k <= isize::MAX as usize => k,
                _ => return Err(mismatch()),
            };
        }
    }
    let mut shape: Vec<usize> = requested.iter().map(|&d| d.max(0) as usize).collect();
    if let Some(i) = unknown {
        if known == 0 || !size.is_multiple_of(known) {
            return Err(mismatch());
        }
        shape[i] = size / known;
    } else if known != size {
        return Err(mismatch());
    }
    Ok(shape)
}

/// A requested shape as NumPy's reshape error prints it (`convert_shape_to_string`):
/// no spaces, leading unknown lengths dropped, later ones written `newaxis`.
fn requested_shape_str(requested: &[i64]) -> String {
    let first = requested.iter().position(|&d| d >= 0);
    let Some(first) = first else {
        return "()".to_string();
    };
    let parts: Vec<String> = requested[first..]
        .iter()
        .map(|&d| {
            if d < 0 {
                "newaxis".to_string()
            } else {
                d.to_string()
            }
        })
        .collect();
    if requested.len() == 1 {
        format!("({},)", parts[0])
    } else {
        format!("({})", parts.join(","))
    }
}

/// A Python-style shape tuple: `(3,)`, `(2, 3)`, `()`.
pub fn shape_str(shape: &[usize]) -> String {
    tuple_str(shape.iter().map(|d| d.to_string()))
}

/// Format items as a Python tuple repr.
pub fn tuple_str(items: impl IntoIterator<Item = String>) -> String {
    let v: Vec<String> = items.into_iter().collect();
    match v.len() {
        1 => format!("({},)", v[0]),
        _ => format!("({})", v.join(", ")),
    }
}

/// The axes from the slowest-varying to the fastest in which NumPy's iterator walks
/// `operands` (each `(shape, byte strides)`, broadcast to `shape`), as
/// `npyiter_find_best_axis_ordering` sorts them for `order='K'`: a stable insertion sort
/// from the smallest stride to the largest, where a pair of axes is compared only by the
/// operands that vary along both (a length-1 or broadcast axis has stride 0) and any
/// operand asking to keep C order wins a conflict. A new ufunc output is laid out in
/// this order, so `np.exp(x.T)` is Fortran-ordered like `x.T`.
pub fn iteration_axes(shape: &[usize], operands: &[(&[usize], &[isize])]) -> Vec<usize> {
    let nd = shape.len();
    // The stride of operand `op` along axis `ax` of `shape`, 0 where it does not vary.
    let stride = |ax: usize, op: usize| -> isize {
        let (s, st) = operands[op];
        match (ax + s.len()).checked_sub(nd) {
            Some(i) if s[i] != 1 => st[i],
            _ => 0,
        }
    };
    // NumPy's axis data runs from the last axis to the first: entry k is axis nd-1-k.
    let mut perm: Vec<usize> = (0..nd).collect();
    for i0 in 1..nd {
        let j0 = perm[i0];
        let mut ipos = i0;
        for i1 in (0..i0).rev() {
            let j1 = perm[i1];
            let (mut ambiguous, mut swap) = (true, false);
            for op in 0..operands.len() {
                let (s0, s1) = (stride(nd - 1 - j0, op), stride(nd - 1 - j1, op));
                if s0 != 0 && s1 != 0 {
                    if s1.unsigned_abs() <= s0.unsigned_abs() {
                        swap = false;
                    } else if ambiguous {
                        swap = true;
                    }
                    ambiguous = false;
                }
            }
            if !ambiguous {
                if swap {
                    ipos = i1;
                } else {
                    break;
                }
            }
        }
        if ipos != i0 {
            let v = perm.remove(i0);
            perm.insert(ipos, v);
        }
    }
    perm.iter().rev().map(|&k| nd - 1 - k).collect()
}

/// NumPy's memory-order argument (`order='C'|'F'|'A'|'K'`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    C,
    F,
    /// Fortran if the source is Fortran-contiguous (and not C-contiguous), else C.
    A,
    /// Keep the source's axis order in memory as closely as possible.
    K,
}

/// Strides for a fresh contiguous array of `shape` laid out in `order` relative to a source
/// with `src_strides` (NumPy's `PyArray_NewLikeArray`: for `K`, axes are ordered by
/// decreasing absolute source stride, ties kept in C order).
pub fn strides_for_order(
    order: Order,
    shape: &[usize],
    src_strides: &[isize],
    itemsize: usize,
) -> Vec<isize> {
    let c = is_c_contiguous(shape, src_strides, itemsize);
    let f = is_f_contiguous(shape, src_strides, itemsize);
    match order {
        Order::C => c_strides(shape, itemsize),
        Order::F => f_strides(shape, itemsize),
        Order::A if f && !c => f_strides(shape, itemsize),
        Order::A => c_strides(shape, itemsize),
        Order::K if c => c_strides(shape, itemsize),
        Order::K if f => f_strides(shape, itemsize),
        Order::K => {
            let mut perm: Vec<usize> = (0..shape.len()).collect();
            perm.sort_by_key(|&i| std::cmp::Reverse(src_strides[i].unsigned_abs()));
            let permuted: Vec<usize> = perm.iter().map(|&i| shape[i]).collect();
            let pstrides = c_strides(&permuted, itemsize);
            let mut out = vec![0isize; shape.len()];
            for (k, &i) in perm.iter().enumerate() {
                out[i] = pstrides[k];
            }
            out
        }
    }
}
