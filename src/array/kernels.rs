//! Whole-array copy, cast and fill kernels built on the raw strided runs.

use super::dtype::with_dtype;
use super::dtype::DType;
use super::element::{Element, Num};
use super::iter::{broadcast_strides, for_each_run, Geo};
use super::layout;
use super::object::NdArray;
use super::raw::{map_unary, Buffer, Run};
use crate::error::{PyErr, PyResult};

/// Do two arrays possibly touch the same bytes? (Same buffer and overlapping extents.)
pub fn may_overlap(a: &NdArray, b: &NdArray) -> bool {
    if !std::sync::Arc::ptr_eq(&a.buffer, &b.buffer) {
        return false;
    }
    let (alo, ahi) = layout::byte_extent(&a.shape, &a.strides, a.itemsize());
    let (blo, bhi) = layout::byte_extent(&b.shape, &b.strides, b.itemsize());
    if a.size() == 0 || b.size() == 0 {
        return false;
    }
    let (a0, a1) = (a.offset as isize + alo, a.offset as isize + ahi);
    let (b0, b1) = (b.offset as isize + blo, b.offset as isize + bhi);
    a0 < b1 && b0 < a1
}

/// Same buffer, same first element, same geometry: elementwise in-place is safe unbuffered.
pub fn same_geometry(a: &NdArray, b: &NdArray, b_strides: &[isize]) -> bool {
    std::sync::Arc::ptr_eq(&a.buffer, &b.buffer) && a.offset == b.offset && a.strides == b_strides
}

/// Copy `src` into `dst` (broadcasting `src` to `dst`'s shape) converting dtypes with
/// unsafe-cast semantics. Overlapping memory is handled by copying `src` first.
pub fn copy_into(dst: &NdArray, src: &NdArray) -> PyResult<()> {
    if src.swapped || dst.swapped {
        return copy_swapping(dst, src);
    }
    let sstrides = broadcast_strides(&src.shape, &src.strides, &dst.shape);
    if src.dtype == dst.dtype && src.size() > 0 && same_geometry(dst, src, &sstrides) {
        // Self-assignment (the `x[::2] = x[::2] + ...` step of `x[::2] += 1`): nothing to
        // move, as NumPy's PyArray_AssignArray notices too.
        return Ok(());
    }
    if may_overlap(dst, src) && !same_geometry(dst, src, &sstrides) {
        let tmp = to_contiguous(src, src.dtype)?;
        return copy_into(dst, &tmp);
    }
    // Large copies and casts run on every core (disjoint pieces of `dst`).
    if super::parallel::split(&[src], dst, |ins, d| copy_plain(d, &ins[0])).is_none() {
        copy_plain(dst, src);
    }
    Ok(())
}

/// Side of the square tiles of [`copy_tiled`] (32 x 32 float64 is 8 KiB: L1-resident).
const TILE: usize = 32;

/// The copy loop of [`copy_into`] once overlap and byte order are dealt with.
fn copy_plain(dst: &NdArray, src: &NdArray) {
    let sstrides = broadcast_strides(&src.shape, &src.strides, &dst.shape);
    if let Some(t) = transposed_2d(dst, &sstrides) {
        with_dtype!(src.dtype, A, {
            with_dtype!(dst.dtype, B, { copy_tiled::<A, B>(dst, src, &sstrides, t) })
        });
        return;
    }
    // Walk both in the destination's memory order (NumPy's iterator order), so a
    // Fortran-ordered copy runs along contiguous columns rather than across them.
    let mut shape = dst.shape.clone();
    let mut dstrides = dst.strides.clone();
    let mut sstrides = sstrides;
    if dst.ndim() >= 2 {
        let order = super::layout::iteration_axes(
            &dst.shape,
            &[(&dst.shape, &dst.strides), (&dst.shape, &sstrides)],
        );
        if order.iter().enumerate().any(|(i, &a)| i != a) {
            shape = order.iter().map(|&i| dst.shape[i]).collect();
            dstrides = order.iter().map(|&i| dst.strides[i]).collect();
            sstrides = order.iter().map(|&i| sstrides[i]).collect();
        }
    }
    let ops = [
        Geo {
            offset: src.offset as isize,
            strides: sstrides,
        },
        Geo {
            offset: dst.offset as isize,
            strides: dstrides,
        },
    ];
    let (sb, db) = (&src.buffer, &dst.buffer);
    with_dtype!(src.dtype, A, {
        with_dtype!(dst.dtype, B, {
            for_each_run(&shape, &ops, |off, st, n| {
                if let (Some(r), Some(w)) =
                    (sb.run::<A>(off[0], st[0], n), db.run::<B>(off[1], st[1], n))
                {
                    map_unary(r, w, |x: A| B::from_num(x.to_num()));
                }
            })
        })
    });
}

/// A 2-d copy whose destination runs along its last axis while the source is (nearly)
/// contiguous along the first (`x.T.copy()`, `ascontiguousarray` of a transpose, `astype`
/// of one): a plain row-by-row loop reads the source a whole cache line per element, so
/// the copy goes tile by tile instead. Returns `(rows, cols)`.
fn transposed_2d(dst: &NdArray, sstrides: &[isize]) -> Option<(usize, usize)> {
    if dst.ndim() != 2 || dst.shape[0] < TILE || dst.shape[1] < TILE {
        return None;
    }
    let (s0, s1) = (sstrides[0].unsigned_abs(), sstrides[1].unsigned_abs());
    let d1 = dst.strides[1].unsigned_abs();
    (s1 > s0 && s1 > 4 * TILE * dst.itemsize() && d1 < s1 && sstrides[0] != 0)
        .then_some((dst.shape[0], dst.shape[1]))
}

/// [`copy_plain`] through `TILE x TILE` tiles: each tile's source columns (runs along the
/// first axis, contiguous in memory) are read into a local block, then written out row
/// by row with the cast, so both sides touch whole cache lines.
fn copy_tiled<A: Element, B: Element>(
    dst: &NdArray,
    src: &NdArray,
    sstrides: &[isize],
    (rows, cols): (usize, usize),
) {
    let mut block = [[A::zero(); TILE]; TILE];
    let mut row = [B::zero(); TILE];
    let (so, doff) = (src.offset as isize, dst.offset as isize);
    for i0 in (0..rows).step_by(TILE) {
        if crate::interrupt::pending() {
            return;
        }
        let h = TILE.min(rows - i0);
        for j0 in (0..cols).step_by(TILE) {
            let w = TILE.min(cols - j0);
            for (j, col) in block.iter_mut().enumerate().take(w) {
                let start = so + i0 as isize * sstrides[0] + (j0 + j) as isize * sstrides[1];
                if let Some(r) = src.buffer.run::<A>(start, sstrides[0], h) {
                    r.copy_to(0, &mut col[..h]);
                }
            }
            for i in 0..h {
                for (slot, col) in row.iter_mut().zip(&block).take(w) {
                    *slot = B::from_num(col[i].to_num());
                }
                let start =
                    doff + (i0 + i) as isize * dst.strides[0] + j0 as isize * dst.strides[1];
                if let Some(r) = dst.buffer.run::<B>(start, dst.strides[1], w) {
                    r.copy_from(0, &row[..w]);
                }
            }
        }
    }
}

/// [`copy_into`] when either side has non-native byte order: the bytes cross over through
/// a native temporary that is swapped in place, so the casting loops stay native.
fn copy_swapping(dst: &NdArray, src: &NdArray) -> PyResult<()> {
    let native_src;
    let src = if src.swapped {
        let tmp = NdArray::zeros(&src.shape, src.dtype)?;
        copy_into(&tmp, &src.raw_bytes_view())?;
        super::byteorder::swap_buffer(&tmp.buffer, 0, tmp.nbytes(), tmp.dtype);
        native_src = tmp;
        &native_src
    } else {
        src
    };
    if !dst.swapped {
        return copy_into(dst, src);
    }
    let tmp = NdArray::zeros(&dst.shape, dst.dtype)?;
    copy_into(&tmp, src)?;
    super::byteorder::swap_buffer(&tmp.buffer, 0, tmp.nbytes(), tmp.dtype);
    copy_into(&dst.raw_bytes_view(), &tmp)
}

/// A new C-contiguous array with `src`'s values cast to `dtype`.
pub fn to_contiguous(src: &NdArray, dtype: super::dtype::DType) -> PyResult<NdArray> {
    // `copy_into` writes every element.
    let out = NdArray::for_overwrite(&src.shape, dtype)?;
    copy_into(&out, src)?;
    Ok(out)
}

/// A new Fortran-ordered array with `src`'s values cast to `dtype`.
pub fn to_fortran(src: &NdArray, dtype: super::dtype::DType) -> PyResult<NdArray> {
    let mut out = NdArray::for_overwrite(&src.shape, dtype)?;
    out.strides =
        layout::fresh_strides(&src.shape, layout::f_strides(&src.shape, dtype.itemsize()));
    copy_into(&out, src)?;
    Ok(out)
}

/// Fill every element of `dst` with one value.
pub fn fill(dst: &NdArray, value: Num) {
    if dst.swapped {
        // Through a native temporary and the swapping copy.
        if let Ok(tmp) = NdArray::zeros(&[], dst.dtype) {
            tmp.set(&[], value);
            let _ = copy_into(dst, &tmp);
        }
        return;
    }
    let ops = [Geo {
        offset: dst.offset as isize,
        strides: dst.strides.clone(),
    }];
    let db = &dst.buffer;
    with_dtype!(dst.dtype, B, {
        let v = B::from_num(value);
        for_each_run(&dst.shape, &ops, |off, st, n| {
            if let Some(w) = db.run::<B>(off[0], st[0], n) {
                map_unary(w, w, |_: B| v);
            }
        })
    });
}

/// The raw bytes of an array in C order (`tobytes`).
pub fn to_bytes(a: &NdArray) -> PyResult<Vec<u8>> {
    // Byte for byte: a non-native array's bytes stay as they are stored.
    let c = if a.is_c_contiguous() {
        None
    } else {
        Some(to_contiguous(&a.raw_bytes_view(), a.dtype)?)
    };
    let src = c.as_ref().unwrap_or(a);
    // Fallible: a lazily zeroed multi-GiB array costs nothing until copied here, and a
    // failed `vec!` would abort the shell instead of raising MemoryError.
    let mut out = Vec::new();
    out.try_reserve_exact(src.nbytes()).map_err(|_| {
        super::object::memory_error(
            &[src.nbytes()],
            super::dtype::DType::U8,
            src.nbytes() as u128,
        )
    })?;
    out.resize(src.nbytes(), 0u8);
    src.buffer.read_bytes(src.offset, &mut out);
    Ok(out)
}

/// A new owning array from raw bytes.
pub fn from_bytes(
    bytes: &[u8],
    shape: Vec<usize>,
    dtype: super::dtype::DType,
) -> PyResult<NdArray> {
    let buf = Buffer::from_bytes(bytes)
        .map_err(|_| super::object::memory_error(&shape, dtype, bytes.len() as u128))?;
    Ok(NdArray::owning(std::sync::Arc::new(buf), shape, dtype))
}

/// `len` copies of `value`, the elements of an array of `shape`, or NumPy's MemoryError for
/// that shape and `T`'s dtype: the one fallible path for Rust-owned work arrays, since a
/// failed `vec!` aborts the shell instead of raising.
pub fn filled_vec<T: Element>(len: usize, value: T, shape: &[usize]) -> PyResult<Vec<T>> {
    let mut out = Vec::new();
    out.try_reserve_exact(len).map_err(|_| {
        super::object::memory_error(shape, T::DTYPE, len as u128 * T::DTYPE.itemsize() as u128)
    })?;
    out.resize(len, value);
    Ok(out)
}

/// An empty `Vec` with room for `len` items of a work array NumPy would allocate as an array
/// of `shape` and `dtype`, or NumPy's MemoryError for that array: a failed `with_capacity`
/// aborts the shell (zero-stride views claim 10^12 elements without owning memory).
pub fn vec_for_array<T>(len: usize, shape: &[usize], dtype: DType) -> PyResult<Vec<T>> {
    let mut out = Vec::new();
    out.try_reserve_exact(len).map_err(|_| {
        super::object::memory_error(shape, dtype, len as u128 * dtype.itemsize() as u128)
    })?;
    Ok(out)
}

/// An empty `Vec` with room for `len` Python objects (a list, a tuple, a range's items), or
/// Python's bare `MemoryError` when it cannot be had.
pub fn vec_for_list<T>(len: usize) -> PyResult<Vec<T>> {
    let mut out = Vec::new();
    out.try_reserve_exact(len).map_err(|_| PyErr::memory(""))?;
    Ok(out)
}

/// Read all elements as `T` in C order (for algorithms that need owned data).
pub fn to_vec<T: Element>(a: &NdArray) -> PyResult<Vec<T>> {
    let item = std::mem::size_of::<T>() as isize;
    if a.dtype == T::DTYPE && !a.swapped && a.is_c_contiguous() {
        // Already C-ordered native `T`: one copy, not two.
        if let Some(r) = a.buffer.run::<T>(a.offset as isize, item, a.size()) {
            return copy_out(&r, &a.shape);
        }
    }
    let c = to_contiguous(a, T::DTYPE)?;
    match c.buffer.run::<T>(0, item, c.size()) {
        Some(r) => copy_out(&r, &c.shape),
        None => filled_vec(c.size(), T::zero(), &c.shape),
    }
}

/// Items copied between two looks at the Ctrl-C flag in whole-array copies.
pub const COPY_CHECK: usize = 1 << 20;

/// The items of `r` as a `Vec` (fallible: this doubles the memory of an array that just
/// fit), copied in pieces that stay in cache while each is zeroed and overwritten. Ctrl-C
/// between pieces raises `KeyboardInterrupt` here (a gigabyte copy takes a large part of a
/// second), so no caller ever sees a short `Vec`.
fn copy_out<T: Element>(r: &Run<'_, T>, shape: &[usize]) -> PyResult<Vec<T>> {
    const PIECE: usize = 1 << 14;
    let mut out = vec_for_array(r.len(), shape, T::DTYPE)?;
    while out.len() < r.len() {
        if out.len() % COPY_CHECK == 0 && crate::interrupt::pending() && crate::interrupt::take() {
            return Err(PyErr::keyboard_interrupt(""));
        }
        let start = out.len();
        out.resize((start + PIECE).min(r.len()), T::zero());
        r.copy_to(start, &mut out[start..]);
    }
    Ok(out)
}
