//! The one module with `unsafe` code: aligned buffer allocation and raw strided element
//! access. Everything outside works through the checked, safe functions here.
//!
//! Why raw pointers instead of slices: NumPy views alias freely (`x[1:] += x[:-1]`), so
//! forming `&mut [T]` over a buffer while another view reads it would be undefined
//! behaviour in Rust. Every access here goes through `ptr::read_unaligned` /
//! `ptr::write_unaligned` on addresses that were bounds-checked first, and no reference to
//! buffer memory ever escapes.

use std::alloc::{self, Layout};
use std::ptr::NonNull;
use std::sync::atomic::{AtomicU64, Ordering};

/// Alignment of every buffer arrsh allocates (a cache line, and enough for SIMD).
pub const BUFFER_ALIGN: usize = 64;

/// Alignment asked of the system allocator. It is no more than `calloc` guarantees, so zeroed
/// buffers come from `calloc`, whose large blocks are fresh pages the kernel zeroes lazily
/// (a 4 GiB `np.zeros` touches no memory); a larger alignment would make the allocator
/// allocate and then `memset` every byte. [`BUFFER_ALIGN`] is reached by over-allocating.
const SYSTEM_ALIGN: usize = 16;

/// The system allocation behind a buffer of `len` bytes (room to align the start).
fn system_layout(len: usize) -> Option<Layout> {
    let size = len.checked_add(BUFFER_ALIGN)?;
    Layout::from_size_align(size, SYSTEM_ALIGN).ok()
}

static NEXT_BUFFER_ID: AtomicU64 = AtomicU64::new(1);
static LIVE_BYTES: AtomicU64 = AtomicU64::new(0);
static TOTAL_ALLOCATED: AtomicU64 = AtomicU64::new(0);

/// Bytes currently held by live buffers, and bytes ever allocated (for explain mode and tests).
pub fn allocation_stats() -> (u64, u64) {
    (
        LIVE_BYTES.load(Ordering::Relaxed),
        TOTAL_ALLOCATED.load(Ordering::Relaxed),
    )
}

/// Memory allocation failed (reported to the user as `MemoryError`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AllocError {
    pub bytes: usize,
}

/// A block of raw memory owned by arrsh: one aligned heap allocation, freed on drop.
///
/// The memory is only ever touched through the checked accessors below.
#[derive(Debug)]
pub struct Buffer {
    /// First byte of the buffer, aligned to [`BUFFER_ALIGN`].
    ptr: NonNull<u8>,
    /// Start of the system allocation (`ptr` is at most `BUFFER_ALIGN - 1` bytes after it).
    alloc: NonNull<u8>,
    len: usize,
    id: u64,
}

// SAFETY: `Buffer` owns its allocation exclusively (like `Vec<u8>`); concurrent access is
// only through raw reads and writes on disjoint ranges handed out by kernels, never through
// references, so sharing the handle between threads is sound.
unsafe impl Send for Buffer {}
// SAFETY: see `Send` above; no method hands out references into the memory.
unsafe impl Sync for Buffer {}

impl Buffer {
    /// Allocate `len` zeroed bytes aligned to [`BUFFER_ALIGN`].
    pub fn zeroed(len: usize) -> Result<Buffer, AllocError> {
        let layout = system_layout(len).ok_or(AllocError { bytes: len })?;
        // SAFETY: `layout` has a non-zero size (at least `BUFFER_ALIGN` bytes).
        let p = unsafe { alloc::alloc_zeroed(layout) };
        let alloc = NonNull::new(p).ok_or(AllocError { bytes: len })?;
        let pad = (BUFFER_ALIGN - alloc.as_ptr() as usize % BUFFER_ALIGN) % BUFFER_ALIGN;
        // SAFETY: `pad < BUFFER_ALIGN`, so `pad + len` bytes fit in the `len + BUFFER_ALIGN`
        // bytes just allocated, and the result is non-null.
        let ptr = unsafe { NonNull::new_unchecked(alloc.as_ptr().add(pad)) };
        LIVE_BYTES.fetch_add(len as u64, Ordering::Relaxed);
        TOTAL_ALLOCATED.fetch_add(len as u64, Ordering::Relaxed);
        Ok(Buffer {
            ptr,
            alloc,
            len,
            id: NEXT_BUFFER_ID.fetch_add(1, Ordering::Relaxed),
        })
    }

    /// Allocate a buffer holding a copy of `bytes`.
    pub fn from_bytes(bytes: &[u8]) -> Result<Buffer, AllocError> {
        let b = Buffer::zeroed(bytes.len())?;
        b.write_bytes(0, bytes);
        Ok(b)
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// A stable identity for teaching output ("buffer #3").
    pub fn id(&self) -> u64 {
        self.id
    }

    /// The real address of the first byte, as NumPy's `data pointer` shows it.
    pub fn addr(&self) -> usize {
        self.ptr.as_ptr() as usize
    }

    fn in_bounds(&self, offset: usize, n: usize) -> bool {
        offset.checked_add(n).is_some_and(|end| end <= self.len)
    }

    /// Copy `out.len()` bytes starting at `offset` into `out`. Out-of-range reads yield zeros
    /// (the array layer guarantees they never happen; this keeps a bug from becoming UB).
    pub fn read_bytes(&self, offset: usize, out: &mut [u8]) {
        if !self.in_bounds(offset, out.len()) {
            out.fill(0);
            return;
        }
        // SAFETY: the range [offset, offset+len) lies inside the allocation (checked above),
        // and `out` is a distinct Rust-owned slice, so the regions cannot overlap.
        unsafe {
            std::ptr::copy_nonoverlapping(
                self.ptr.as_ptr().add(offset),
                out.as_mut_ptr(),
                out.len(),
            )
        }
    }

    /// Write `data` at `offset`; writes outside the buffer are ignored (see `read_bytes`).
    pub fn write_bytes(&self, offset: usize, data: &[u8]) {
        if !self.in_bounds(offset, data.len()) {
            return;
        }
        // SAFETY: the destination range is inside the allocation (checked above); `data` is a
        // Rust slice, which cannot point into this buffer because no reference to buffer
        // memory is ever created.
        unsafe {
            std::ptr::copy_nonoverlapping(data.as_ptr(), self.ptr.as_ptr().add(offset), data.len())
        }
    }

    /// Copy `n` bytes within or between buffers, correct for overlapping ranges (memmove).
    pub fn copy_within(src: &Buffer, src_off: usize, dst: &Buffer, dst_off: usize, n: usize) {
        if !src.in_bounds(src_off, n) || !dst.in_bounds(dst_off, n) {
            return;
        }
        // SAFETY: both ranges are inside their allocations (checked above); `copy` handles
        // overlap when `src` and `dst` are the same buffer.
        unsafe {
            std::ptr::copy(
                src.ptr.as_ptr().add(src_off),
                dst.ptr.as_ptr().add(dst_off),
                n,
            )
        }
    }

    /// Read one element of plain-old-data type `T` at a byte offset (any alignment).
    pub fn read<T: Pod>(&self, offset: usize) -> T {
        if !self.in_bounds(offset, std::mem::size_of::<T>()) {
            return T::zero();
        }
        // SAFETY: in bounds (checked above); `T: Pod` means every bit pattern is a valid `T`;
        // `read_unaligned` has no alignment requirement.
        unsafe { std::ptr::read_unaligned(self.ptr.as_ptr().add(offset) as *const T) }
    }

    /// Write one element of type `T` at a byte offset (any alignment).
    pub fn write<T: Pod>(&self, offset: usize, value: T) {
        if !self.in_bounds(offset, std::mem::size_of::<T>()) {
            return;
        }
        // SAFETY: in bounds (checked above); `write_unaligned` has no alignment requirement
        // and no reference to the destination exists.
        unsafe { std::ptr::write_unaligned(self.ptr.as_ptr().add(offset) as *mut T, value) }
    }

    /// A strided 1-d run of `n` elements of `T` starting at byte `offset`, or `None` when any
    /// element would fall outside the buffer.
    pub fn run<T: Pod>(&self, offset: isize, stride: isize, n: usize) -> Option<Run<'_, T>> {
        if n == 0 {
            return Some(Run {
                buf: self,
                offset: 0,
                stride: 0,
                n: 0,
                _t: std::marker::PhantomData,
            });
        }
        let size = std::mem::size_of::<T>() as isize;
        let last = offset.checked_add(stride.checked_mul(n as isize - 1)?)?;
        let (lo, hi) = if last < offset {
            (last, offset)
        } else {
            (offset, last)
        };
        if lo < 0 || (hi + size) as usize > self.len {
            return None;
        }
        Some(Run {
            buf: self,
            offset,
            stride,
            n,
            _t: std::marker::PhantomData,
        })
    }
}

impl Drop for Buffer {
    fn drop(&mut self) {
        LIVE_BYTES.fetch_sub(self.len as u64, Ordering::Relaxed);
        if let Some(layout) = system_layout(self.len) {
            // SAFETY: `alloc` came from `alloc_zeroed` with exactly this layout and is freed
            // once.
            unsafe { alloc::dealloc(self.alloc.as_ptr(), layout) }
        }
    }
}

/// Types for which every bit pattern is a valid value, so raw memory may be read as them.
///
/// # Safety
/// Implementors must be `Copy`, contain no padding-sensitive invariants and accept any bits.
pub unsafe trait Pod: Copy + Send + Sync + 'static {
    fn zero() -> Self;
}

macro_rules! pod {
    ($($t:ty => $z:expr),*) => {$(
        // SAFETY: a primitive numeric type (or a repr(C)/transparent wrapper of them): any
        // bit pattern is a valid value.
        unsafe impl Pod for $t { fn zero() -> Self { $z } }
    )*};
}
pod!(u8 => 0, i8 => 0, u16 => 0, i16 => 0, u32 => 0, i32 => 0, u64 => 0, i64 => 0,
     f32 => 0.0, f64 => 0.0, half::f16 => half::f16::ZERO,
     num_complex::Complex<f32> => num_complex::Complex::new(0.0, 0.0),
     num_complex::Complex<f64> => num_complex::Complex::new(0.0, 0.0));

/// A bounds-checked strided run of elements inside one buffer.
#[derive(Clone, Copy)]
pub struct Run<'a, T: Pod> {
    buf: &'a Buffer,
    offset: isize,
    stride: isize,
    n: usize,
    _t: std::marker::PhantomData<T>,
}

impl<T: Pod> Run<'_, T> {
    pub fn len(&self) -> usize {
        self.n
    }
    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    fn ptr(&self) -> *mut T {
        // SAFETY (of later uses): `Buffer::run` checked that offset + i*stride stays inside the
        // allocation for every i < n.
        self.buf.ptr.as_ptr().wrapping_offset(self.offset) as *mut T
    }
}

/// Apply `f` elementwise: `dst[i] = f(src[i])`. Source and destination may alias; each
/// element is read before its own slot is written, as NumPy's unbuffered loops do.
pub fn map_unary<A: Pod, O: Pod>(src: Run<A>, dst: Run<O>, mut f: impl FnMut(A) -> O) {
    let n = src.n.min(dst.n);
    let (ps, pd) = (src.ptr(), dst.ptr());
    let (ss, sd) = (src.stride, dst.stride);
    let (za, zo) = (
        std::mem::size_of::<A>() as isize,
        std::mem::size_of::<O>() as isize,
    );
    if ss == za && sd == zo {
        for i in 0..n {
            // SAFETY: both runs were bounds-checked for n elements with these strides; reads
            // and writes are unaligned raw accesses that create no references.
            unsafe {
                let a = std::ptr::read_unaligned((ps as *const A).add(i));
                std::ptr::write_unaligned(pd.add(i), f(a));
            }
        }
    } else {
        for i in 0..n as isize {
            // SAFETY: as above, with the general byte strides.
            unsafe {
                let a = std::ptr::read_unaligned((ps as *const u8).offset(i * ss) as *const A);
                std::ptr::write_unaligned((pd as *mut u8).offset(i * sd) as *mut O, f(a));
            }
        }
    }
}

/// Apply `f` elementwise over two sources: `dst[i] = f(a[i], b[i])` (aliasing allowed, as
/// in [`map_unary`]).
pub fn map_binary<A: Pod, B: Pod, O: Pod>(
    a: Run<A>,
    b: Run<B>,
    dst: Run<O>,
    mut f: impl FnMut(A, B) -> O,
) {
    let n = a.n.min(b.n).min(dst.n);
    let (pa, pb, pd) = (a.ptr(), b.ptr(), dst.ptr());
    let (sa, sb, sd) = (a.stride, b.stride, dst.stride);
    let (za, zb, zo) = (
        std::mem::size_of::<A>() as isize,
        std::mem::size_of::<B>() as isize,
        std::mem::size_of::<O>() as isize,
    );
    if sa == za && sb == zb && sd == zo {
        for i in 0..n {
            // SAFETY: all three runs were bounds-checked for n elements at these strides.
            unsafe {
                let x = std::ptr::read_unaligned((pa as *const A).add(i));
                let y = std::ptr::read_unaligned((pb as *const B).add(i));
                std::ptr::write_unaligned(pd.add(i), f(x, y));
            }
        }
    } else if sa == za && sb == 0 && sd == zo {
        // SAFETY: the run holds at least one element when n > 0 (checked in `Buffer::run`).
        let y = if n > 0 {
            unsafe { std::ptr::read_unaligned(pb as *const B) }
        } else {
            return;
        };
        for i in 0..n {
            // SAFETY: as above; `a` and `dst` are contiguous runs of n elements.
            unsafe {
                let x = std::ptr::read_unaligned((pa as *const A).add(i));
                std::ptr::write_unaligned(pd.add(i), f(x, y));
            }
        }
    } else {
        for i in 0..n as isize {
            // SAFETY: bounds-checked runs, general byte strides, unaligned raw accesses.
            unsafe {
                let x = std::ptr::read_unaligned((pa as *const u8).offset(i * sa) as *const A);
                let y = std::ptr::read_unaligned((pb as *const u8).offset(i * sb) as *const B);
                std::ptr::write_unaligned((pd as *mut u8).offset(i * sd) as *mut O, f(x, y));
            }
        }
    }
}

/// Fold over a run: `acc = f(acc, src[i])`.
pub fn fold<A: Pod, Acc>(src: Run<A>, init: Acc, mut f: impl FnMut(Acc, A) -> Acc) -> Acc {
    let p = src.ptr();
    let mut acc = init;
    for i in 0..src.n as isize {
        // SAFETY: the run was bounds-checked for n elements at this stride.
        let a = unsafe {
            std::ptr::read_unaligned((p as *const u8).offset(i * src.stride) as *const A)
        };
        acc = f(acc, a);
    }
    acc
}
