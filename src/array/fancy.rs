//! Advanced indexing (integer arrays, lists and boolean masks): always a copy when read,
//! and element-by-element writes when assigned, with NumPy's rule for where the broadcast
//! index axes go in the result.

use super::dtype::DType;
use super::index::{expand, normalize_int, slice_indices, IndexItem};
use super::iter::broadcast_shapes;
use super::object::NdArray;
use crate::error::{PyErr, PyResult};
use std::rc::Rc;

/// Advanced indexing: the gathered copy.
pub fn gather(a: &NdArray, items: &[IndexItem]) -> PyResult<NdArray> {
    if let Some(r) = gather_first_axis(a, items)? {
        return Ok(r);
    }
    let offsets_shape = advanced_offsets(a, items, |_| Ok(()))?;
    let (offsets, shape) = offsets_shape;
    let out = NdArray::for_overwrite(&shape, a.dtype)?;
    let isz = a.itemsize();
    let mut tmp = vec![0u8; isz];
    for (k, &off) in offsets.iter().enumerate() {
        a.buffer.read_bytes(off, &mut tmp);
        out.buffer.write_bytes(k * isz, &tmp);
    }
    Ok(out)
}

/// The common shapes of advanced indexing as typed loops: one integer array on the first
/// axis (`x[idx]`, `np.take(x, idx, axis=0)`) when the rest of each selected row is
/// contiguous, and a boolean mask of the array's own shape (`x[x % 3 == 0]`) over a 1-d
/// or C-contiguous array. `None` leaves every other index to the general path.
fn gather_first_axis(a: &NdArray, items: &[IndexItem]) -> PyResult<Option<NdArray>> {
    let Some((IndexItem::Array(ix), rest)) = items.split_first() else {
        return Ok(None);
    };
    let full = |it: &IndexItem| matches!(it, IndexItem::Slice(None, None, None));
    if a.ndim() == 0 || rest.len() + 1 != a.ndim() || !rest.iter().all(full) {
        return Ok(None);
    }
    let isz = a.itemsize();
    if ix.dtype == DType::Bool {
        if ix.shape != a.shape || (a.ndim() > 1 && !a.is_c_contiguous()) {
            return Ok(None);
        }
        let stride = if a.ndim() == 1 {
            a.strides[0]
        } else {
            isz as isize
        };
        if ix.is_c_contiguous() {
            let out = crate::array::dtype::with_dtype!(a.dtype, T, {
                compress_mask::<T>(a, stride, ix)?
            });
            return Ok(Some(out));
        }
        let mask = super::kernels::to_vec::<super::element::Bool8>(ix)?;
        let picked: Vec<usize> = mask
            .iter()
            .enumerate()
            .filter_map(|(i, b)| (b.0 != 0).then_some(i))
            .collect();
        let out = NdArray::for_overwrite(&[picked.len()], a.dtype)?;
        crate::array::dtype::with_dtype!(a.dtype, T, {
            if let (Some(src), Some(dst)) = (
                a.buffer.run::<T>(a.offset as isize, stride, a.size()),
                out.buffer.run::<T>(0, isz as isize, picked.len()),
            ) {
                super::raw::gather_run(src, &picked, dst);
            }
        });
        return Ok(Some(out));
    }
    if !ix.dtype.is_int() {
        return Ok(None);
    }
    let rows = &a.shape[1..];
    let row_len: usize = rows.iter().product();
    if !super::layout::is_c_contiguous(rows, &a.strides[1..], isz) {
        return Ok(None);
    }
    let n0 = a.shape[0];
    if row_len == 1 && ix.dtype == DType::I64 && !ix.swapped && ix.is_c_contiguous() {
        let mut shape = ix.shape.clone();
        shape.extend_from_slice(rows);
        let out = NdArray::for_overwrite(&shape, a.dtype)?;
        crate::array::dtype::with_dtype!(a.dtype, T, { gather_flat::<T>(a, ix, &out)? });
        return Ok(Some(out));
    }
    let picked = super::kernels::to_vec::<i64>(ix)?
        .into_iter()
        .map(|v| normalize_int(v, n0, 0))
        .collect::<PyResult<Vec<usize>>>()?;
    let mut shape = ix.shape.clone();
    shape.extend_from_slice(rows);
    let out = NdArray::for_overwrite(&shape, a.dtype)?;
    let s0 = a.strides[0];
    crate::array::dtype::with_dtype!(a.dtype, T, {
        if row_len == 1 {
            if let (Some(src), Some(dst)) = (
                a.buffer.run::<T>(a.offset as isize, s0, n0),
                out.buffer.run::<T>(0, isz as isize, picked.len()),
            ) {
                super::raw::gather_run(src, &picked, dst);
            }
        } else {
            let step = isz as isize;
            for (k, &j) in picked.iter().enumerate() {
                let from = a.offset as isize + j as isize * s0;
                if let (Some(src), Some(dst)) = (
                    a.buffer.run::<T>(from, step, row_len),
                    out.buffer
                        .run::<T>((k * row_len * isz) as isize, step, row_len),
                ) {
                    super::raw::map_unary(src, dst, |x: T| x);
                }
            }
        }
    });
    Ok(Some(out))
}

/// Elements per block of [`compress_mask`]: the mask, source and result blocks stay in L1.
const MASK_BLOCK: usize = 4096;

/// `a[mask]` for a C-contiguous boolean mask of `a`'s shape, `a`'s elements `stride`
/// apart: one pass counts the selected elements, a second copies them block by block into
/// a result sized exactly (no list of selected positions, no copy of the mask).
fn compress_mask<T: super::raw::Pod>(
    a: &NdArray,
    stride: isize,
    ix: &NdArray,
) -> PyResult<NdArray> {
    use super::element::Bool8;
    let n = a.size();
    let (Some(mask), Some(src)) = (
        ix.buffer.run::<Bool8>(ix.offset as isize, 1, n),
        a.buffer.run::<T>(a.offset as isize, stride, n),
    ) else {
        return NdArray::zeros(&[0], a.dtype);
    };
    let mut m = [Bool8(0); MASK_BLOCK];
    let mut count = 0usize;
    let mut s = 0;
    while s < n {
        let len = (n - s).min(MASK_BLOCK);
        mask.copy_to(s, &mut m[..len]);
        count += m[..len].iter().filter(|b| b.0 != 0).count();
        s += len;
    }
    let out = NdArray::for_overwrite(&[count], a.dtype)?;
    let Some(dst) = out
        .buffer
        .run::<T>(0, std::mem::size_of::<T>() as isize, count)
    else {
        return Ok(out);
    };
    let mut x = [T::zero(); MASK_BLOCK];
    let mut picked = [T::zero(); MASK_BLOCK];
    let (mut s, mut at) = (0, 0);
    while s < n && !crate::interrupt::pending() {
        let len = (n - s).min(MASK_BLOCK);
        mask.copy_to(s, &mut m[..len]);
        src.copy_to(s, &mut x[..len]);
        let mut k = 0;
        for (v, b) in x[..len].iter().zip(&m[..len]) {
            picked[k] = *v;
            k += (b.0 != 0) as usize;
        }
        dst.copy_from(at, &picked[..k]);
        at += k;
        s += len;
    }
    Ok(out)
}

/// Indices per block of [`gather_flat`] (32 KiB of them: L1-resident).
const GATHER_BLOCK: usize = 4096;

/// `out[k] = a[ix[k]]` for a C-contiguous int64 index array and one element per selected
/// row: the indices are read, checked and used block by block straight from their buffer
/// (no converted copy of the whole index array), on every core for a large gather (the
/// random reads are latency-bound, so two cores fetch nearly twice as fast). The first
/// index out of bounds in C order raises NumPy's IndexError.
fn gather_flat<T: super::raw::Pod>(a: &NdArray, ix: &NdArray, out: &NdArray) -> PyResult<()> {
    let (n0, total) = (a.shape[0], ix.size());
    let isz = std::mem::size_of::<T>();
    let (Some(src), Some(idx), Some(_)) = (
        a.buffer.run::<T>(a.offset as isize, a.strides[0], n0),
        ix.buffer.run::<i64>(ix.offset as isize, 8, total),
        out.buffer.run::<T>(0, isz as isize, total),
    ) else {
        return Ok(());
    };
    let obuf: &super::raw::Buffer = &out.buffer;
    // One piece: elements lo..hi; the first bad index value met, if any.
    let piece = |lo: usize, hi: usize| -> Option<i64> {
        let mut raw = [0i64; GATHER_BLOCK];
        let mut picked = [0usize; GATHER_BLOCK];
        let mut s = lo;
        while s < hi && !crate::interrupt::pending() {
            let m = (hi - s).min(GATHER_BLOCK);
            idx.copy_to(s, &mut raw[..m]);
            for (p, &v) in picked.iter_mut().zip(&raw[..m]) {
                let j = if v < 0 { v.wrapping_add(n0 as i64) } else { v };
                if j < 0 || j >= n0 as i64 {
                    return Some(v);
                }
                *p = j as usize;
            }
            let d = obuf.run::<T>((s * isz) as isize, isz as isize, m)?;
            super::raw::gather_run(src, &picked[..m], d);
            s += m;
        }
        None
    };
    let t = super::parallel::threads();
    let bad = if t >= 2 && total >= super::parallel::MIN_SPLIT {
        // The whole output is marked written here, so the pieces never race to widen it.
        obuf.mark_extent_written(0, total * isz);
        let ranges: Vec<(usize, usize)> = (0..t)
            .map(|i| (total * i / t, total * (i + 1) / t))
            .collect();
        super::parallel::run_ranges(&ranges, |&(lo, hi)| piece(lo, hi))
            .into_iter()
            .flatten()
            .next()
    } else {
        piece(0, total)
    };
    match bad {
        Some(v) => normalize_int(v, n0, 0).map(|_| ()),
        None => Ok(()),
    }
}

/// One array-indexed axis of the source.
struct AdvAxis {
    axis: usize,
    stride: isize,
    size: usize,
    values: Vec<i64>,
    shape: Vec<usize>,
}

/// For an index containing arrays: the byte offset (in `a`'s buffer) of every selected
/// element in result C order, and the result shape, following NumPy's placement rule for
/// the broadcast advanced axes.
pub fn advanced_offsets(
    a: &NdArray,
    items: &[IndexItem],
    check_shape: impl FnOnce(&[usize]) -> PyResult<()>,
) -> PyResult<(Vec<usize>, Vec<usize>)> {
    // Turn boolean arrays into one integer index per axis they cover, and ints into 0-d
    // index arrays (NumPy treats them as advanced when arrays are present).
    enum Adv {
        Basic(IndexItem),
        Ints {
            shape: Vec<usize>,
            values: Vec<i64>,
            /// False for a 0-d boolean index, which indexes no axis of `a`.
            consumes: bool,
        },
    }
    let mut parts: Vec<Adv> = Vec::new();
    let mut axis = 0usize;
    for it in items {
        match it {
            IndexItem::Array(arr) if arr.dtype == DType::Bool && arr.ndim() == 0 => {
                // A 0-d boolean adds a length-1 (True) or length-0 (False) axis and
                // consumes none.
                let n = usize::from(arr.get(&[]).is_true());
                parts.push(Adv::Ints {
                    shape: vec![n],
                    values: vec![0; n],
                    consumes: false,
                });
            }
            IndexItem::Array(arr) if arr.dtype == DType::Bool => {
                let nd = arr.ndim();
                let covered = &a.shape[axis..axis + nd];
                let ashape: Vec<usize> = if arr.ndim() == 0 {
                    vec![1]
                } else {
                    arr.shape.clone()
                };
                // NumPy checks only the boolean axes of nonzero length: an empty mask
                // (`x[[0], []]`) selects nothing whatever the axis it meets.
                let bad = ashape
                    .iter()
                    .zip(covered)
                    .position(|(&x, &y)| x != y && x > 0);
                if let Some(dim_bad) = bad {
                    return Err(PyErr::index(format!(
                        "boolean index did not match indexed array along axis {}; size of axis is {} but size of corresponding boolean axis is {}",
                        axis + dim_bad,
                        covered[dim_bad],
                        ashape[dim_bad]
                    )));
                }
                let mut coords: Vec<Vec<i64>> = vec![Vec::new(); nd];
                let mut k = 0;
                let vals = arr.to_nums()?;
                NdArray::for_each_index(&ashape, |idx| {
                    if vals.get(k).is_some_and(|v| v.is_true()) {
                        for (d, &i) in idx.iter().enumerate() {
                            coords[d].push(i as i64);
                        }
                    }
                    k += 1;
                });
                for c in coords {
                    parts.push(Adv::Ints {
                        shape: vec![c.len()],
                        values: c,
                        consumes: true,
                    });
                }
                axis += nd;
            }
            IndexItem::Array(arr) => {
                if !arr.dtype.is_int() {
                    return Err(PyErr::index(
                        "arrays used as indices must be of integer (or boolean) type",
                    ));
                }
                let values = arr
                    .to_nums()?
                    .into_iter()
                    .map(|n| n.as_f64() as i64)
                    .collect::<Vec<_>>();
                let values = match arr.dtype {
                    DType::U64 | DType::I64 => arr
                        .to_nums()?
                        .into_iter()
                        .map(|n| match n {
                            super::element::Num::Int(i) => i as i64,
                            _ => 0,
                        })
                        .collect(),
                    _ => values,
                };
                parts.push(Adv::Ints {
                    shape: arr.shape.clone(),
                    values,
                    consumes: true,
                });
                axis += 1;
            }
            IndexItem::Int(i) => {
                parts.push(Adv::Ints {
                    shape: vec![],
                    values: vec![*i],
                    consumes: true,
                });
                axis += 1;
            }
            IndexItem::Slice(..) => {
                parts.push(Adv::Basic(it.clone()));
                axis += 1;
            }
            other => parts.push(Adv::Basic(other.clone())),
        }
    }
    // Integer indices are applied (and bounds-checked) before the arrays broadcast.
    let mut ax = 0usize;
    for p in &parts {
        match p {
            Adv::Ints {
                shape,
                values,
                consumes,
            } => {
                if shape.is_empty() && *consumes {
                    if let Some(&v) = values.first() {
                        normalize_int(v, a.shape[ax], ax)?;
                    }
                }
                ax += usize::from(*consumes);
            }
            Adv::Basic(IndexItem::Slice(..)) => ax += 1,
            Adv::Basic(_) => {}
        }
    }
    // Broadcast the advanced index arrays.
    let adv_shapes: Vec<&[usize]> = parts
        .iter()
        .filter_map(|p| match p {
            Adv::Ints { shape, .. } => Some(shape.as_slice()),
            _ => None,
        })
        .collect();
    let bshape = broadcast_shapes(&adv_shapes).map_err(|_| {
        // NumPy lists the index arrays' shapes but not those of plain integers (which
        // broadcast with anything and so are never the cause).
        let listed: Vec<String> = parts
            .iter()
            .filter_map(|p| match p {
                Adv::Ints { shape, .. } if !shape.is_empty() => {
                    Some(super::layout::shape_str(shape).replace(' ', ""))
                }
                _ => None,
            })
            .collect();
        PyErr::index(format!(
            "shape mismatch: indexing arrays could not be broadcast together with shapes {} ",
            listed.join(" ")
        ))
    })?;
    // Are the advanced parts adjacent?
    let positions: Vec<usize> = parts
        .iter()
        .enumerate()
        .filter_map(|(i, p)| matches!(p, Adv::Ints { .. }).then_some(i))
        .collect();
    let adjacent = positions.windows(2).all(|w| w[1] == w[0] + 1);
    // Describe each output axis: either an advanced block or a basic axis with (n, stride).
    struct BasicAxis {
        n: usize,
        start_off: isize,
        stride: isize,
    }
    let mut basic_axes: Vec<(usize, BasicAxis)> = Vec::new(); // (position in parts, axis)
    let mut adv_axes: Vec<AdvAxis> = Vec::new();
    let mut ax = 0usize;
    for (pi, p) in parts.iter().enumerate() {
        match p {
            Adv::Basic(IndexItem::Slice(s, e, st)) => {
                let (start, step, n) = slice_indices(a.shape[ax], *s, *e, *st)?;
                basic_axes.push((
                    pi,
                    BasicAxis {
                        n,
                        // Wrapping as NumPy's C arithmetic: a huge step on an axis of
                        // length one never multiplies into an element that is read.
                        start_off: if n > 0 {
                            (start as isize).wrapping_mul(a.strides[ax])
                        } else {
                            0
                        },
                        stride: (step as isize).wrapping_mul(a.strides[ax]),
                    },
                ));
                ax += 1;
            }
            Adv::Basic(IndexItem::NewAxis) => basic_axes.push((
                pi,
                BasicAxis {
                    n: 1,
                    start_off: 0,
                    stride: 0,
                },
            )),
            Adv::Basic(_) => {}
            Adv::Ints {
                shape,
                values,
                consumes,
            } => {
                let (stride, size) = if *consumes {
                    (a.strides[ax], a.shape[ax])
                } else {
                    (0, 1)
                };
                adv_axes.push(AdvAxis {
                    axis: ax,
                    stride,
                    size,
                    values: values.clone(),
                    shape: shape.clone(),
                });
                ax += usize::from(*consumes);
            }
        }
    }
    let first_adv = positions.first().copied().unwrap_or(0);
    let before: Vec<&BasicAxis> = if adjacent {
        basic_axes
            .iter()
            .filter(|(p, _)| *p < first_adv)
            .map(|(_, b)| b)
            .collect()
    } else {
        vec![]
    };
    let after: Vec<&BasicAxis> = if adjacent {
        basic_axes
            .iter()
            .filter(|(p, _)| *p > first_adv)
            .map(|(_, b)| b)
            .collect()
    } else {
        basic_axes.iter().map(|(_, b)| b).collect()
    };
    let mut shape: Vec<usize> = before.iter().map(|b| b.n).collect();
    shape.extend(&bshape);
    shape.extend(after.iter().map(|b| b.n));
    // NumPy checks an assigned value's shape against the result before the indices.
    check_shape(&shape)?;
    // Validate indices (NumPy reports the first bad one, array by array), unless they
    // broadcast to nothing: then NumPy reads none of them.
    if bshape.iter().product::<usize>() > 0 {
        for adv in &adv_axes {
            for &v in &adv.values {
                normalize_int(v, adv.size, adv.axis)?;
            }
        }
    }
    let total: usize = shape.iter().product();
    let mut offsets = Vec::new();
    offsets
        .try_reserve(total)
        .map_err(|_| PyErr::memory("Unable to allocate the index result"))?;
    let base_off = a.offset as isize + basic_axes.iter().map(|(_, b)| b.start_off).sum::<isize>();
    let nb = before.len();
    let nbs = bshape.len();
    NdArray::for_each_index(&shape, |idx| {
        let mut off = base_off;
        for (k, b) in before.iter().enumerate() {
            off += idx[k] as isize * b.stride;
        }
        let bidx = &idx[nb..nb + nbs];
        for adv in &adv_axes {
            // Broadcast index into this index array's own shape.
            let lead = nbs - adv.shape.len();
            let mut flat = 0usize;
            for (d, &n) in adv.shape.iter().enumerate() {
                let i = if n == 1 { 0 } else { bidx[lead + d] };
                flat = flat * n + i;
            }
            let v = adv.values.get(flat).copied().unwrap_or(0);
            let j = if v < 0 { v + adv.size as i64 } else { v };
            off += j as isize * adv.stride;
        }
        for (k, b) in after.iter().enumerate() {
            off += idx[nb + nbs + k] as isize * b.stride;
        }
        offsets.push(off.max(0) as usize);
    });
    Ok((offsets, shape))
}

/// `shape` less the leading length-1 axes beyond `ndim` axes: a value may carry extra
/// leading ones (`x[[0, 1]] = [[5, 6]]`), which NumPy's assignment drops.
fn without_leading_ones(shape: &[usize], ndim: usize) -> &[usize] {
    let extra = shape.len().saturating_sub(ndim);
    let ones = shape[..extra].iter().take_while(|&&d| d == 1).count();
    &shape[ones..]
}

/// Assign `value` through an advanced index. Elements are written in index order, so a
/// repeated index keeps the last value (`x[[0, 0]] = [1, 2]` leaves 2), as in NumPy.
pub fn assign_advanced(a: &NdArray, items: &[IndexItem], value: &NdArray) -> PyResult<()> {
    // A lone boolean mask of the array's rank is NumPy's boolean-assignment path, with its
    // own checks of the value (0-d or 1-d; one value or one per true element).
    if let [IndexItem::Array(m)] = items {
        if m.dtype == super::dtype::DType::Bool && m.ndim() == a.ndim() && m.shape == a.shape {
            if value.ndim() > 1 {
                return Err(PyErr::type_err(format!(
                    "NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input has {} dimensions",
                    value.ndim()
                )));
            }
            if let Some(&n) = value.shape.first() {
                let count = super::kernels::to_vec::<super::element::Bool8>(m)?
                    .iter()
                    .filter(|b| b.0 != 0)
                    .count();
                if n != 1 && n != count {
                    return Err(PyErr::value(format!(
                        "NumPy boolean array indexing assignment cannot assign {} input values to the {} output values where the mask is true",
                        n, count
                    )));
                }
            }
        }
    }
    let items = expand(a.ndim(), items)?;
    let (offsets, shape) = advanced_offsets(a, &items, |shape| {
        let fits = broadcast_shapes(&[without_leading_ones(&value.shape, shape.len()), shape])
            .is_ok_and(|s| s == shape);
        if fits {
            Ok(())
        } else {
            Err(PyErr::value(format!(
                "shape mismatch: value array of shape {} could not be broadcast to indexing result of shape {}",
                super::layout::shape_str(&value.shape).replace(' ', ""),
                super::layout::shape_str(shape).replace(' ', "")
            )))
        }
    })?;
    // A converted, broadcast copy in result order: safe even if `value` views `a`.
    let src = Rc::new(super::kernels::to_contiguous(value, a.dtype)?);
    let lead = src.ndim() - without_leading_ones(&src.shape, shape.len()).len();
    let strides = super::iter::broadcast_strides(&src.shape[lead..], &src.strides[lead..], &shape);
    let view = NdArray::view(&src, 0, shape.clone(), strides, src.dtype)?;
    let isz = a.itemsize();
    let mut tmp = vec![0u8; isz];
    let mut k = 0;
    NdArray::for_each_index(&shape, |idx| {
        view.buffer.read_bytes(view.offset_of(idx), &mut tmp);
        if let Some(&off) = offsets.get(k) {
            a.buffer.write_bytes(off, &tmp);
        }
        k += 1;
    });
    Ok(())
}
