//! Non-native byte order (`>i4` on this little-endian machine): swapping element bytes.
//!
//! NumPy makes byte order part of the dtype. arrsh keeps the fourteen native element types
//! for every kernel and marks a non-native array with `NdArray::swapped`; single elements
//! are read and written here with their bytes reversed, and whole arrays cross over through
//! a swapping copy (`kernels::copy_into`), so results of arithmetic are native, as NumPy's.

use super::dtype::with_dtype;
use super::dtype::DType;
use super::element::{Element, Num};
use super::raw::{pod_from_bytes, pod_to_bytes, Buffer};

/// Reverse the bytes of every element of `dtype` in `bytes` (complex numbers swap each
/// half, as NumPy's `byteswap` does).
pub fn swap_in_place(bytes: &mut [u8], dtype: DType) {
    let unit = if dtype.is_complex() {
        dtype.itemsize() / 2
    } else {
        dtype.itemsize()
    };
    if unit > 1 {
        bytes.chunks_exact_mut(unit).for_each(|c| c.reverse());
    }
}

/// The element at byte `offset`, stored with its bytes reversed.
pub fn read_swapped(buf: &Buffer, offset: usize, dtype: DType) -> Num {
    let n = dtype.itemsize();
    let mut b = [0u8; 16];
    buf.read_bytes(offset, &mut b[..n]);
    swap_in_place(&mut b[..n], dtype);
    with_dtype!(dtype, T, { pod_from_bytes::<T>(&b[..n]).to_num() })
}

/// Store `value` at byte `offset` with its bytes reversed.
pub fn write_swapped(buf: &Buffer, offset: usize, dtype: DType, value: Num) {
    let n = dtype.itemsize();
    let mut b = [0u8; 16];
    with_dtype!(dtype, T, {
        pod_to_bytes::<T>(T::from_num(value), &mut b[..n])
    });
    swap_in_place(&mut b[..n], dtype);
    buf.write_bytes(offset, &b[..n]);
}

/// Reverse the element bytes of a whole buffer in place, a block at a time.
pub fn swap_buffer(buf: &Buffer, offset: usize, len: usize, dtype: DType) {
    const BLOCK: usize = 1 << 16;
    let step = BLOCK - BLOCK % dtype.itemsize().max(1);
    let mut tmp = vec![0u8; step.min(len)];
    let mut at = 0;
    while at < len {
        let n = step.min(len - at);
        buf.read_bytes(offset + at, &mut tmp[..n]);
        swap_in_place(&mut tmp[..n], dtype);
        buf.write_bytes(offset + at, &tmp[..n]);
        at += n;
    }
}

/// A fresh native array turned into a non-native one holding the same values (its bytes
/// swapped in place: nobody else sees this buffer yet).
pub fn into_swapped(a: super::object::NdArray) -> super::object::NdArray {
    if a.dtype.itemsize() == 1 || a.swapped {
        return a;
    }
    let c = if a.is_c_contiguous() || a.is_f_contiguous() {
        a
    } else {
        match super::kernels::to_contiguous(&a, a.dtype) {
            Ok(c) => c,
            Err(_) => return a,
        }
    };
    let (lo, _) = super::layout::byte_extent(&c.shape, &c.strides, c.itemsize());
    let start = (c.offset as isize + lo).max(0) as usize;
    swap_buffer(&c.buffer, start, c.nbytes(), c.dtype);
    super::object::NdArray { swapped: true, ..c }
}

/// `dtype.str` as a header writes it: `<i8`, `>f4`, `|u1`.
pub fn descr(dtype: DType, swapped: bool) -> String {
    let native = if cfg!(target_endian = "little") {
        '<'
    } else {
        '>'
    };
    let other = if native == '<' { '>' } else { '<' };
    let order = if dtype.itemsize() == 1 {
        '|'
    } else if swapped {
        other
    } else {
        native
    };
    format!("{}{}{}", order, dtype.kind_char(), dtype.itemsize())
}

/// `str(dtype)`: the name for a native dtype, the type string (`>i4`) otherwise.
pub fn dtype_str(d: DType, swapped: bool) -> String {
    if swapped && d.itemsize() > 1 {
        descr(d, true)
    } else {
        d.name().to_string()
    }
}
