//! The one module with `unsafe` code: aligned buffer allocation and raw strided element
//! access. Everything outside works through the checked, safe functions here.
//!
//! Why raw pointers instead of slices: NumPy views alias freely (`x[1:] += x[:-1]`), so
//! forming `&mut [T]` over a buffer while another view reads it would be undefined
//! behaviour in Rust. Every access here goes through `ptr::read_unaligned` /
//! `ptr::write_unaligned` on addresses that were bounds-checked first, and no reference to
//! buffer memory ever escapes.
#![allow(unsafe_code)]

mod global_alloc;
pub mod libm;
pub use global_alloc::SplitAllocator;

use std::ptr::NonNull;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

/// Alignment of every buffer arrsh allocates (a cache line, and enough for SIMD).
pub const BUFFER_ALIGN: usize = 64;

static NEXT_BUFFER_ID: AtomicU64 = AtomicU64::new(1);
static LIVE_BYTES: AtomicU64 = AtomicU64::new(0);
static TOTAL_ALLOCATED: AtomicU64 = AtomicU64::new(0);
static LIVE_MAPPED: AtomicU64 = AtomicU64::new(0);

/// Bytes currently held by live buffers, and bytes ever allocated (for explain mode and tests).
/// Memory maps are not allocations (their pages are the file's): see [`mapped_bytes`].
pub fn allocation_stats() -> (u64, u64) {
    (
        LIVE_BYTES.load(Ordering::Relaxed),
        TOTAL_ALLOCATED.load(Ordering::Relaxed),
    )
}

/// Bytes of files currently mapped by live buffers (`np.memmap`, `np.load(mmap_mode=...)`).
pub fn mapped_bytes() -> u64 {
    LIVE_MAPPED.load(Ordering::Relaxed)
}

/// Memory allocation failed (reported to the user as `MemoryError`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AllocError {
    pub bytes: usize,
}

/// One heap allocation from `calloc`, freed on drop: what a buffer's bytes live in, and
/// what the reuse pool ([`super::pool`]) keeps between buffers. Its bytes are always
/// initialised (zeroed by `calloc`, then whatever buffers wrote), so a reused block can be
/// read as any [`Pod`] without undefined behaviour.
#[derive(Debug)]
pub(super) struct Block {
    /// What `calloc` returned (what `free` takes).
    raw: NonNull<u8>,
    /// `raw` rounded up to [`BUFFER_ALIGN`]: the buffer's first byte.
    ptr: NonNull<u8>,
    /// Usable bytes from `ptr`.
    cap: usize,
}

// SAFETY: a `Block` owns its allocation exclusively (like `Box<[u8]>`), holds no reference
// into it, and `free` may be called from any thread: moving it between threads (the pool
// sits behind a mutex; a buffer's last `Arc` may drop on a worker) is sound.
unsafe impl Send for Block {}

impl Block {
    /// `len` zeroed bytes aligned to [`BUFFER_ALIGN`].
    ///
    /// Uses `calloc` (over-allocating to align by hand) rather than an aligned allocator:
    /// large `calloc` blocks come straight from the kernel as untouched zero pages, so a
    /// 4 GB `np.zeros` costs nothing until written, and nothing is zeroed twice.
    fn calloc(len: usize) -> Result<Block, AllocError> {
        let total = len
            .checked_add(BUFFER_ALIGN)
            .ok_or(AllocError { bytes: len })?;
        // SAFETY: calloc accepts any size; a null result is handled below.
        let raw = unsafe { libc::calloc(total, 1) } as *mut u8;
        let raw = NonNull::new(raw).ok_or(AllocError { bytes: len })?;
        let pad = (BUFFER_ALIGN - (raw.as_ptr() as usize % BUFFER_ALIGN)) % BUFFER_ALIGN;
        // SAFETY: `pad < BUFFER_ALIGN`, so `raw + pad .. raw + pad + len` lies inside the
        // `len + BUFFER_ALIGN` bytes just allocated.
        let ptr = unsafe { NonNull::new_unchecked(raw.as_ptr().add(pad)) };
        advise_huge_pages(ptr, len);
        Ok(Block {
            raw,
            ptr,
            cap: total - pad,
        })
    }

    /// [`Block::calloc`], and when the allocator says no, again after handing the pool's
    /// idle blocks back to the system: kept memory never turns into a `MemoryError`.
    fn calloc_or_release(len: usize) -> Result<Block, AllocError> {
        Block::calloc(len).or_else(|_| {
            super::pool::release_all();
            Block::calloc(len)
        })
    }

    /// Usable bytes.
    pub(super) fn cap(&self) -> usize {
        self.cap
    }
}

impl Drop for Block {
    fn drop(&mut self) {
        // SAFETY: `raw` came from `calloc` and is freed exactly once, here (a `Block` is
        // never copied).
        unsafe { libc::free(self.raw.as_ptr() as *mut libc::c_void) }
    }
}

/// A block of raw memory owned by arrsh: one aligned heap allocation, freed on drop.
///
/// The memory is only ever touched through the checked accessors below.
#[derive(Debug)]
pub struct Buffer {
    ptr: NonNull<u8>,
    storage: Storage,
    len: usize,
    id: u64,
    /// Bumped by every write (the cheap "did this buffer change?" test explain mode uses
    /// instead of hashing whole arrays).
    generation: AtomicU64,
    /// The byte range written since [`Buffer::clear_written`]: `lo >= hi` when none.
    written_lo: AtomicUsize,
    written_hi: AtomicUsize,
    /// Whether the allocation counter counts this buffer (every array buffer; not the
    /// cell a scalar operand is held in, see [`Buffer::scalar_cell`]).
    counted: bool,
}

/// Where a buffer's bytes live.
#[derive(Debug)]
enum Storage {
    /// A heap block (`None` only while the buffer is being dropped, when the block moves
    /// to the reuse pool or is freed).
    Heap(Option<Block>),
    /// A memory map of part of a file; `ptr` is its first byte.
    Map(memmap2::MmapMut, MapInfo),
}

/// How a file is mapped (`np.memmap`'s modes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MapMode {
    /// `'r'`: the file is never written. Mapped privately, so even a stray write (which the
    /// array layer refuses: the arrays are read-only) could only change private pages.
    ReadOnly,
    /// `'r+'` / `'w+'`: shared; writes reach the file.
    ReadWrite,
    /// `'c'`: copy-on-write; writes stay in memory.
    CopyOnWrite,
}

/// What a mapped buffer shows `info` and teaching output: the file and where in it.
#[derive(Debug, Clone)]
pub struct MapInfo {
    pub path: std::path::PathBuf,
    /// Byte offset in the file of the buffer's first byte.
    pub offset: u64,
    pub mode: MapMode,
    /// The mode as NumPy reports it (`memmap.mode`): `'w+'` maps like `'r+'` but is its own name.
    pub name: &'static str,
}

// SAFETY: `Buffer` owns its allocation exclusively (like `Vec<u8>`); concurrent access is
// only through raw reads and writes on disjoint ranges handed out by kernels, never through
// references, so sharing the handle between threads is sound.
unsafe impl Send for Buffer {}
// SAFETY: see `Send` above; no method hands out references into the memory.
unsafe impl Sync for Buffer {}

impl Buffer {
    /// Allocate `len` zeroed bytes aligned to [`BUFFER_ALIGN`] (a fresh `calloc` block,
    /// never a reused one: `np.zeros` stays lazy, see [`Block::calloc`]).
    pub fn zeroed(len: usize) -> Result<Buffer, AllocError> {
        Ok(Buffer::over(Block::calloc_or_release(len)?, len, true))
    }

    /// Allocate `len` bytes that the caller overwrites completely before anything reads
    /// them (a ufunc's or a fused pass's result, a cast copy): a block the reuse pool kept
    /// from a freed buffer of about this size when there is one, so repeated statements
    /// stop paying the kernel for fresh zeroed pages; otherwise a zeroed fresh block. A
    /// reused block still makes a new buffer: a new id, counted as allocated.
    pub fn for_overwrite(len: usize) -> Result<Buffer, AllocError> {
        let block = match super::pool::take(len) {
            Some(b) => b,
            None => Block::calloc_or_release(len)?,
        };
        Ok(Buffer::over(block, len, true))
    }

    /// A few zeroed bytes holding one scalar operand while an operation runs (`x += 10`
    /// holds the 10 here). They are the scalar's, not an array buffer, so the allocation
    /// counter leaves them out: explain mode reports `x += 10` as allocating nothing.
    pub fn scalar_cell(len: usize) -> Result<Buffer, AllocError> {
        Ok(Buffer::over(Block::calloc_or_release(len)?, len, false))
    }

    /// Working memory of one fused elementwise pass (a few blocks of a few KiB, freed when
    /// the statement ends): like a scalar's cell, not an array buffer, so the allocation
    /// counter leaves it out and a fused statement reports just its result.
    pub fn scratch(len: usize) -> Result<Buffer, AllocError> {
        Ok(Buffer::over(Block::calloc_or_release(len)?, len, false))
    }

    /// A new buffer (a new id) over the first `len` bytes of `block` (`len <= block.cap`).
    fn over(block: Block, len: usize, counted: bool) -> Buffer {
        if counted {
            LIVE_BYTES.fetch_add(len as u64, Ordering::Relaxed);
            TOTAL_ALLOCATED.fetch_add(len as u64, Ordering::Relaxed);
        }
        Buffer {
            ptr: block.ptr,
            storage: Storage::Heap(Some(block)),
            len,
            id: NEXT_BUFFER_ID.fetch_add(1, Ordering::Relaxed),
            generation: AtomicU64::new(0),
            written_lo: AtomicUsize::new(usize::MAX),
            written_hi: AtomicUsize::new(0),
            counted,
        }
    }

    /// The id the next buffer will get: every buffer with a smaller id was allocated before.
    pub fn next_id() -> u64 {
        NEXT_BUFFER_ID.load(Ordering::Relaxed)
    }

    /// How many writes reached this buffer so far.
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::Relaxed)
    }

    /// The byte range `lo..hi` written since the last [`Buffer::clear_written`], if any.
    pub fn written(&self) -> Option<(usize, usize)> {
        let (lo, hi) = (
            self.written_lo.load(Ordering::Relaxed),
            self.written_hi.load(Ordering::Relaxed),
        );
        (lo < hi).then_some((lo, hi))
    }

    /// Forget the written range (explain mode does this before each statement).
    pub fn clear_written(&self) {
        self.written_lo.store(usize::MAX, Ordering::Relaxed);
        self.written_hi.store(0, Ordering::Relaxed);
    }

    /// Record a write of bytes `lo..hi`. Plain relaxed loads and stores, no read-modify-write
    /// instructions: buffers are written from one thread, and the cost per element write
    /// stays a few moves.
    #[inline(always)]
    fn mark_written(&self, lo: usize, hi: usize) {
        let g = self.generation.load(Ordering::Relaxed);
        self.generation.store(g.wrapping_add(1), Ordering::Relaxed);
        if lo < self.written_lo.load(Ordering::Relaxed) {
            self.written_lo.store(lo, Ordering::Relaxed);
        }
        if hi > self.written_hi.load(Ordering::Relaxed) {
            self.written_hi.store(hi, Ordering::Relaxed);
        }
    }

    /// Record that bytes `lo..hi` are about to be written. A kernel split across threads
    /// calls this once for its whole output first, so the pieces' own marks (which fall
    /// inside) never race to widen the range.
    pub fn mark_extent_written(&self, lo: usize, hi: usize) {
        self.mark_written(lo, hi.min(self.len));
    }

    /// Allocate a buffer holding a copy of `bytes`.
    pub fn from_bytes(bytes: &[u8]) -> Result<Buffer, AllocError> {
        let b = Buffer::zeroed(bytes.len())?;
        b.write_bytes(0, bytes);
        Ok(b)
    }

    /// Map `len` bytes of `file` starting at `offset` (any offset: `memmap2` aligns the
    /// mapping to a page and hides the difference). Costs no memory until pages are touched.
    pub fn map_file(
        file: &std::fs::File,
        offset: u64,
        len: usize,
        info: MapInfo,
    ) -> std::io::Result<Buffer> {
        let mut opts = memmap2::MmapOptions::new();
        opts.offset(offset).len(len);
        // SAFETY: memmap2's contract is that the file is not truncated or changed by another
        // process while mapped; arrsh cannot promise that for files it does not own, exactly
        // like NumPy's memmap. All accesses still go through the bounds-checked raw reads and
        // writes of this module (no references into the map), and a read-only open uses a
        // private mapping, so arrsh itself never writes to a file it was asked only to read.
        let mut map = unsafe {
            match info.mode {
                MapMode::ReadWrite => opts.map_mut(file)?,
                MapMode::ReadOnly | MapMode::CopyOnWrite => opts.map_copy(file)?,
            }
        };
        let ptr = NonNull::new(map.as_mut_ptr()).ok_or(std::io::ErrorKind::InvalidInput)?;
        LIVE_MAPPED.fetch_add(len as u64, Ordering::Relaxed);
        Ok(Buffer {
            ptr,
            storage: Storage::Map(map, info),
            len,
            id: NEXT_BUFFER_ID.fetch_add(1, Ordering::Relaxed),
            generation: AtomicU64::new(0),
            written_lo: AtomicUsize::new(usize::MAX),
            written_hi: AtomicUsize::new(0),
            // A mapping is counted apart, in `mapped_bytes`.
            counted: false,
        })
    }

    /// The file this buffer maps, if it is a memory map.
    pub fn map_info(&self) -> Option<&MapInfo> {
        match &self.storage {
            Storage::Map(_, info) => Some(info),
            Storage::Heap(_) => None,
        }
    }

    /// Write a shared map's changed pages back to its file (`memmap.flush()`).
    pub fn flush(&self) -> std::io::Result<()> {
        match &self.storage {
            Storage::Map(map, info) if info.mode == MapMode::ReadWrite => map.flush(),
            _ => Ok(()),
        }
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
        self.mark_written(offset, offset + data.len());
        // SAFETY: the destination range is inside the allocation (checked above); `data` is a
        // Rust slice, which cannot point into this buffer because no reference to buffer
        // memory is ever created.
        unsafe {
            std::ptr::copy_nonoverlapping(data.as_ptr(), self.ptr.as_ptr().add(offset), data.len())
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
        self.mark_written(offset, offset + std::mem::size_of::<T>());
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

/// Allocations at least this large ask the kernel for transparent huge pages, as NumPy
/// does: far fewer page faults on first touch and TLB misses in the kernels.
const HUGE_PAGE_THRESHOLD: usize = 4 << 20;

/// `madvise(MADV_HUGEPAGE)` on the page-aligned interior of a large allocation.
fn advise_huge_pages(ptr: NonNull<u8>, len: usize) {
    #[cfg(target_os = "linux")]
    if len >= HUGE_PAGE_THRESHOLD {
        const PAGE: usize = 4096;
        let start = (ptr.as_ptr() as usize).div_ceil(PAGE) * PAGE;
        let end = (ptr.as_ptr() as usize + len) / PAGE * PAGE;
        if end > start {
            // SAFETY: [start, end) lies inside the allocation we own; madvise only changes
            // the kernel's paging policy for it and never touches its contents. A failure is
            // harmless (the hint is just not applied), so the result is ignored.
            unsafe {
                libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_HUGEPAGE);
            }
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = (ptr, len);
}

impl Drop for Buffer {
    fn drop(&mut self) {
        match &mut self.storage {
            // A map is released by its own drop.
            Storage::Map(..) => {
                LIVE_MAPPED.fetch_sub(self.len as u64, Ordering::Relaxed);
            }
            Storage::Heap(block) => {
                if self.counted {
                    LIVE_BYTES.fetch_sub(self.len as u64, Ordering::Relaxed);
                }
                // An array buffer's block may be kept for reuse; anything else (and what
                // the pool does not keep) is freed by the block's own drop.
                if let (Some(b), true) = (block.take(), self.counted) {
                    super::pool::give(b);
                }
            }
        }
    }
}

/// A `T` from its native bytes (`bytes.len()` must be `size_of::<T>()`; otherwise zero).
pub fn pod_from_bytes<T: Pod>(bytes: &[u8]) -> T {
    if bytes.len() != std::mem::size_of::<T>() {
        return T::zero();
    }
    // SAFETY: `bytes` holds exactly size_of::<T>() readable bytes (checked above), `T: Pod`
    // accepts any bit pattern, and `read_unaligned` has no alignment requirement.
    unsafe { std::ptr::read_unaligned(bytes.as_ptr() as *const T) }
}

/// The native bytes of `value` into `out` (`out.len()` must be `size_of::<T>()`).
pub fn pod_to_bytes<T: Pod>(value: T, out: &mut [u8]) {
    if out.len() != std::mem::size_of::<T>() {
        return;
    }
    // SAFETY: `out` has room for exactly size_of::<T>() bytes (checked above); the write is
    // unaligned-safe and `out` is a distinct Rust slice.
    unsafe { std::ptr::write_unaligned(out.as_mut_ptr() as *mut T, value) }
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

// SAFETY: `Bool8` is a transparent wrapper of `u8`; every bit pattern is valid (which is
// why bools are stored as bytes rather than Rust `bool`).
unsafe impl Pod for super::element::Bool8 {
    fn zero() -> Self {
        super::element::Bool8(0)
    }
}

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

    /// Record that this run is about to be written (its byte extent).
    fn mark_written(&self) {
        self.mark_range_written(0, self.n);
    }

    /// Record that elements `start .. start + n` of the run are about to be written.
    fn mark_range_written(&self, start: usize, n: usize) {
        if n == 0 {
            return;
        }
        let first = self.offset + self.stride * start as isize;
        let last = first + self.stride * (n as isize - 1);
        let (lo, hi) = (first.min(last), first.max(last));
        self.buf
            .mark_written(lo as usize, hi as usize + std::mem::size_of::<T>());
    }

    /// Copy elements `start .. start + out.len()` of the run into `out` (a memcpy when the
    /// run is contiguous). Typed loops (reductions, gathers) pull their operands into small
    /// local blocks this way: one bounds check per block, no per-element dispatch. Indices
    /// past the run's end are left untouched in `out`.
    #[inline]
    pub fn copy_to(&self, start: usize, out: &mut [T]) {
        let n = out.len().min(self.n.saturating_sub(start));
        let base = self.ptr() as *const u8;
        let size = std::mem::size_of::<T>() as isize;
        if self.stride == size {
            // SAFETY: elements start..start+n lie inside the bounds-checked run (n was clamped
            // to the run's length); `out` is Rust-owned memory that cannot overlap a buffer.
            unsafe {
                std::ptr::copy_nonoverlapping(
                    base.offset(start as isize * size),
                    out.as_mut_ptr() as *mut u8,
                    n * size as usize,
                )
            }
        } else {
            for (i, slot) in out[..n].iter_mut().enumerate() {
                // SAFETY: index start+i < self.n, inside the bounds-checked run; an unaligned
                // raw read that creates no reference.
                *slot = unsafe {
                    std::ptr::read_unaligned(
                        base.offset((start + i) as isize * self.stride) as *const T
                    )
                };
            }
        }
    }

    /// Write `src` over elements `start .. start + src.len()` of the run (a memcpy when
    /// the run is contiguous); items that would fall past the run's end are dropped.
    #[inline]
    pub fn copy_from(&self, start: usize, src: &[T]) {
        let n = src.len().min(self.n.saturating_sub(start));
        self.mark_range_written(start, n);
        let base = self.ptr() as *mut u8;
        let size = std::mem::size_of::<T>() as isize;
        if self.stride == size {
            // SAFETY: elements start..start+n lie inside the bounds-checked run (n was clamped
            // to the run's length); `src` is Rust-owned memory that cannot overlap a buffer.
            unsafe {
                std::ptr::copy_nonoverlapping(
                    src.as_ptr() as *const u8,
                    base.offset(start as isize * size),
                    n * size as usize,
                )
            }
        } else {
            for (i, &v) in src[..n].iter().enumerate() {
                // SAFETY: index start+i < self.n, inside the bounds-checked run; an unaligned
                // raw write that creates no reference.
                unsafe {
                    std::ptr::write_unaligned(
                        base.offset((start + i) as isize * self.stride) as *mut T,
                        v,
                    )
                };
            }
        }
    }

    /// Whether the run's elements are adjacent in memory (unit stride).
    pub fn is_contiguous(&self) -> bool {
        self.stride == std::mem::size_of::<T>() as isize
    }

    /// Elements `i .. i + N` of a contiguous run as an array, read in place with one
    /// unaligned load: typed loops (the pairwise sum) read a contiguous operand this way
    /// instead of copying it out first. `None` when the run is strided or the elements
    /// pass its end.
    #[inline(always)]
    pub fn chunk<const N: usize>(&self, i: usize) -> Option<[T; N]> {
        if !self.is_contiguous() || i.checked_add(N).is_none_or(|end| end > self.n) {
            return None;
        }
        // SAFETY: the run is contiguous and `i + N <= n`, so the N elements lie inside the
        // bounds-checked run; an unaligned raw read of plain data that creates no reference.
        Some(unsafe { std::ptr::read_unaligned(self.ptr().wrapping_add(i) as *const [T; N]) })
    }

    fn ptr(&self) -> *mut T {
        // SAFETY (of later uses): `Buffer::run` checked that offset + i*stride stays inside the
        // allocation for every i < n.
        self.buf.ptr.as_ptr().wrapping_offset(self.offset) as *mut T
    }
}

/// Strided loops look at the Ctrl-C flag once per this many elements.
const STRIDED_CHECK: isize = 4096;

/// Contiguous loops check the Ctrl-C flag once per segment of this many elements.
const SEGMENT: usize = 1 << 16;

/// The contiguous unary loop. `ps`/`pd` must be runs bounds-checked for `n` elements of
/// unit stride. When source and destination are the same memory (in place) the loop uses
/// one pointer, so the compiler needs no aliasing check to vectorize it.
#[inline(always)]
fn unary_blocks<A: Pod, O: Pod>(ps: *const A, pd: *mut O, n: usize, f: &mut impl FnMut(A) -> O) {
    let same = std::ptr::eq(ps as *const u8, pd as *const u8)
        && std::mem::size_of::<A>() == std::mem::size_of::<O>();
    let mut start = 0;
    while start < n && !crate::interrupt::pending() {
        let end = n.min(start + SEGMENT);
        if same {
            for i in start..end {
                // SAFETY: `i < n`, inside the bounds-checked run; element i is read before
                // its own slot is written, with unaligned raw accesses and no references.
                unsafe {
                    let p = pd.add(i);
                    let a = std::ptr::read_unaligned(p as *const A);
                    std::ptr::write_unaligned(p, f(a));
                }
            }
        } else {
            for i in start..end {
                // SAFETY: `i < n` for both bounds-checked runs; raw unaligned accesses.
                unsafe {
                    let a = std::ptr::read_unaligned(ps.add(i));
                    std::ptr::write_unaligned(pd.add(i), f(a));
                }
            }
        }
        start = end;
    }
}

/// [`unary_blocks`] compiled for AVX2, so the compiler can use 256-bit vectors.
///
/// # Safety
/// The CPU must support AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn unary_blocks_avx2<A: Pod, O: Pod>(
    ps: *const A,
    pd: *mut O,
    n: usize,
    f: &mut impl FnMut(A) -> O,
) {
    unary_blocks(ps, pd, n, f)
}

/// [`unary_blocks`] compiled for AVX-512 (512-bit vectors: on such CPUs NumPy's own loops
/// use them, and memory-speed loops over small integers need them to keep up).
///
/// # Safety
/// The CPU must support the features enabled here ([`has_avx512`]).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f,avx512dq,avx512vl,avx512bw,avx2,fma,bmi1,bmi2,lzcnt,popcnt")]
unsafe fn unary_blocks_avx512<A: Pod, O: Pod>(
    ps: *const A,
    pd: *mut O,
    n: usize,
    f: &mut impl FnMut(A) -> O,
) {
    unary_blocks(ps, pd, n, f)
}

/// The contiguous binary loop (`b` either contiguous or one broadcast scalar). The runs
/// must be bounds-checked for `n` elements of unit stride (`b` for one element when
/// `b_scalar`). In-place operations (`a` is the destination) use one pointer for both, so
/// the compiler vectorizes without an aliasing check.
#[inline(always)]
fn binary_blocks<A: Pod, B: Pod, O: Pod>(
    pa: *const A,
    pb: *const B,
    b_scalar: bool,
    pd: *mut O,
    n: usize,
    f: &mut impl FnMut(A, B) -> O,
) {
    let same = std::ptr::eq(pa as *const u8, pd as *const u8)
        && std::mem::size_of::<A>() == std::mem::size_of::<O>();
    // SAFETY: a run of n > 0 elements (callers return early for n == 0) holds element 0.
    let y = unsafe { std::ptr::read_unaligned(pb) };
    let mut start = 0;
    while start < n && !crate::interrupt::pending() {
        let end = n.min(start + SEGMENT);
        match (same, b_scalar) {
            (true, true) => {
                for i in start..end {
                    // SAFETY: `i < n` inside the bounds-checked runs; raw unaligned accesses,
                    // element i read before its slot is written.
                    unsafe {
                        let p = pd.add(i);
                        let x = std::ptr::read_unaligned(p as *const A);
                        std::ptr::write_unaligned(p, f(x, y));
                    }
                }
            }
            (true, false) => {
                for i in start..end {
                    // SAFETY: as above.
                    unsafe {
                        let p = pd.add(i);
                        let x = std::ptr::read_unaligned(p as *const A);
                        let b = std::ptr::read_unaligned(pb.add(i));
                        std::ptr::write_unaligned(p, f(x, b));
                    }
                }
            }
            (false, true) => {
                for i in start..end {
                    // SAFETY: as above.
                    unsafe {
                        let x = std::ptr::read_unaligned(pa.add(i));
                        std::ptr::write_unaligned(pd.add(i), f(x, y));
                    }
                }
            }
            (false, false) => {
                for i in start..end {
                    // SAFETY: as above.
                    unsafe {
                        let x = std::ptr::read_unaligned(pa.add(i));
                        let b = std::ptr::read_unaligned(pb.add(i));
                        std::ptr::write_unaligned(pd.add(i), f(x, b));
                    }
                }
            }
        }
        start = end;
    }
}

/// [`binary_blocks`] compiled for AVX2.
///
/// # Safety
/// The CPU must support AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn binary_blocks_avx2<A: Pod, B: Pod, O: Pod>(
    pa: *const A,
    pb: *const B,
    b_scalar: bool,
    pd: *mut O,
    n: usize,
    f: &mut impl FnMut(A, B) -> O,
) {
    binary_blocks(pa, pb, b_scalar, pd, n, f)
}

/// [`binary_blocks`] compiled for AVX-512 (see [`unary_blocks_avx512`]).
///
/// # Safety
/// The CPU must support the features enabled here ([`has_avx512`]).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f,avx512dq,avx512vl,avx512bw,avx2,fma,bmi1,bmi2,lzcnt,popcnt")]
unsafe fn binary_blocks_avx512<A: Pod, B: Pod, O: Pod>(
    pa: *const A,
    pb: *const B,
    b_scalar: bool,
    pd: *mut O,
    n: usize,
    f: &mut impl FnMut(A, B) -> O,
) {
    binary_blocks(pa, pb, b_scalar, pd, n, f)
}

/// Work compiled a second time with AVX-512 (x86-64-v4) enabled, for [`with_avx512`]: the
/// body must be `#[inline(always)]` so that it is inlined into, and vectorized with, the
/// target-feature function (as `pulp`'s `WithSimd`, whose stable release stops at AVX2).
pub trait Avx512Work {
    type Output;
    fn run(self) -> Self::Output;
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f,avx512dq,avx512vl,avx512bw,avx2,fma,bmi1,bmi2,lzcnt,popcnt")]
fn avx512_imp<W: Avx512Work>(w: W) -> W::Output {
    w.run()
}

/// Cleared by [`allow_avx512`]`(false)`: tests run the other copy on an AVX-512 machine.
static AVX512_ALLOWED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(true);

/// Let [`with_avx512`] use AVX-512 (the default) or not: tests check that the AVX2 and
/// plain copies give the same bits.
pub fn allow_avx512(on: bool) {
    AVX512_ALLOWED.store(on, Ordering::Relaxed);
}

/// Whether [`with_avx512`] runs its AVX-512 copy: the CPU has the features (`std` caches
/// the check) and tests have not turned it off.
pub fn has_avx512() -> bool {
    if !AVX512_ALLOWED.load(Ordering::Relaxed) {
        return false;
    }
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::is_x86_feature_detected as has;
        has!("avx512f")
            && has!("avx512dq")
            && has!("avx512vl")
            && has!("avx512bw")
            && has!("avx2")
            && has!("fma")
            && has!("bmi1")
            && has!("bmi2")
            && has!("lzcnt")
            && has!("popcnt")
    }
    #[cfg(not(target_arch = "x86_64"))]
    false
}

/// Run `w` compiled for AVX-512 when the CPU has it, `Err(w)` (not run) otherwise. The
/// work is safe Rust whatever the features: only its speed changes (the compiler keeps
/// every operation's IEEE result, and `mul_add` is a fused multiply-add either way).
pub fn with_avx512<W: Avx512Work>(w: W) -> Result<W::Output, W> {
    #[cfg(target_arch = "x86_64")]
    if has_avx512() {
        // SAFETY: every feature `avx512_imp` enables was detected on this CPU just above,
        // which is the only requirement of calling a `#[target_feature]` function.
        return Ok(unsafe { avx512_imp(w) });
    }
    Err(w)
}

/// Apply `f` elementwise: `dst[i] = f(src[i])`. Source and destination may be the same
/// memory (in-place operations): contiguous runs are processed in blocks copied to the
/// stack, so the compiler sees no aliasing and vectorizes the loop; each block is read
/// completely before it is written back.
pub fn map_unary<A: Pod, O: Pod>(src: Run<A>, dst: Run<O>, mut f: impl FnMut(A) -> O) {
    dst.mark_written();
    let n = src.n.min(dst.n);
    let (ps, pd) = (src.ptr(), dst.ptr());
    let (ss, sd) = (src.stride, dst.stride);
    let (za, zo) = (
        std::mem::size_of::<A>() as isize,
        std::mem::size_of::<O>() as isize,
    );
    if ss == za && sd == zo {
        #[cfg(target_arch = "x86_64")]
        if has_avx512() {
            // SAFETY: the CPU has every feature `unary_blocks_avx512` enables (checked just
            // above), which is all it requires beyond the run invariants it documents.
            unsafe { unary_blocks_avx512(ps as *const A, pd, n, &mut f) };
            return;
        }
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the CPU supports AVX2 (checked just above), which is all
            // `unary_blocks_avx2` requires beyond the run invariants it documents.
            unsafe { unary_blocks_avx2(ps as *const A, pd, n, &mut f) };
            return;
        }
        unary_blocks(ps as *const A, pd, n, &mut f);
    } else {
        for i in 0..n as isize {
            if i % STRIDED_CHECK == 0 && crate::interrupt::pending() {
                return;
            }
            // SAFETY: both runs were bounds-checked for n elements with these strides; the
            // accesses are unaligned raw reads and writes that create no references.
            unsafe {
                let a = std::ptr::read_unaligned((ps as *const u8).offset(i * ss) as *const A);
                std::ptr::write_unaligned((pd as *mut u8).offset(i * sd) as *mut O, f(a));
            }
        }
    }
}

/// Apply `f` elementwise over two sources: `dst[i] = f(a[i], b[i])` (aliasing allowed, as
/// in [`map_unary`]); a source with stride 0 (a broadcast scalar) is read once.
pub fn map_binary<A: Pod, B: Pod, O: Pod>(
    a: Run<A>,
    b: Run<B>,
    dst: Run<O>,
    mut f: impl FnMut(A, B) -> O,
) {
    let n = a.n.min(b.n).min(dst.n);
    if n == 0 {
        return;
    }
    dst.mark_written();
    let (pa, pb, pd) = (a.ptr(), b.ptr(), dst.ptr());
    let (sa, sb, sd) = (a.stride, b.stride, dst.stride);
    let (za, zb, zo) = (
        std::mem::size_of::<A>() as isize,
        std::mem::size_of::<B>() as isize,
        std::mem::size_of::<O>() as isize,
    );
    if sa == za && (sb == zb || sb == 0) && sd == zo {
        let b_scalar = sb == 0;
        #[cfg(target_arch = "x86_64")]
        if has_avx512() {
            // SAFETY: the CPU has every feature `binary_blocks_avx512` enables (checked just
            // above); the runs satisfy `binary_blocks`' requirements (contiguous,
            // bounds-checked for n elements).
            unsafe {
                binary_blocks_avx512(pa as *const A, pb as *const B, b_scalar, pd, n, &mut f)
            };
            return;
        }
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the CPU supports AVX2 (checked just above); the runs satisfy
            // `binary_blocks`' requirements (contiguous, bounds-checked for n elements).
            unsafe { binary_blocks_avx2(pa as *const A, pb as *const B, b_scalar, pd, n, &mut f) };
            return;
        }
        binary_blocks(pa as *const A, pb as *const B, b_scalar, pd, n, &mut f);
    } else {
        let (mut qa, mut qb, mut qd) = (pa as *const u8, pb as *const u8, pd as *mut u8);
        let mut done = 0;
        while done < n && !crate::interrupt::pending() {
            let end = n.min(done + STRIDED_CHECK as usize);
            for _ in done..end {
                // SAFETY: bounds-checked runs: the pointers visit exactly elements 0..n at
                // these byte strides; unaligned raw accesses, no references.
                unsafe {
                    let x = std::ptr::read_unaligned(qa as *const A);
                    let y = std::ptr::read_unaligned(qb as *const B);
                    std::ptr::write_unaligned(qd as *mut O, f(x, y));
                    qa = qa.wrapping_offset(sa);
                    qb = qb.wrapping_offset(sb);
                    qd = qd.wrapping_offset(sd);
                }
            }
            done = end;
        }
    }
}

/// Fold over a run: `acc = f(acc, src[i])`.
pub fn fold<A: Pod, Acc>(src: Run<A>, init: Acc, mut f: impl FnMut(Acc, A) -> Acc) -> Acc {
    let p = src.ptr();
    let mut acc = init;
    for i in 0..src.n as isize {
        if i % STRIDED_CHECK == 0 && crate::interrupt::pending() {
            break;
        }
        // SAFETY: the run was bounds-checked for n elements at this stride.
        let a = unsafe {
            std::ptr::read_unaligned((p as *const u8).offset(i * src.stride) as *const A)
        };
        acc = f(acc, a);
    }
    acc
}

/// The gather loop: `dst[k] = src[idx[k]]` for every `k` (an index at or past `src`'s
/// length leaves `dst[k]` untouched; callers validate indices first and report errors).
pub fn gather_run<T: Pod>(src: Run<T>, idx: &[usize], dst: Run<T>) {
    let n = idx.len().min(dst.n);
    dst.mark_range_written(0, n);
    let (ps, pd) = (src.ptr() as *const u8, dst.ptr() as *mut u8);
    let mut done = 0;
    while done < n && !crate::interrupt::pending() {
        let end = n.min(done + SEGMENT);
        for (k, &j) in idx.iter().enumerate().take(end).skip(done) {
            if j < src.n {
                // SAFETY: j < src.n and k < dst.n, so both addresses lie inside their
                // bounds-checked runs; unaligned raw accesses that create no references.
                unsafe {
                    let v =
                        std::ptr::read_unaligned(ps.offset(j as isize * src.stride) as *const T);
                    std::ptr::write_unaligned(pd.offset(k as isize * dst.stride) as *mut T, v);
                }
            }
        }
        done = end;
    }
}

/// The unsafe accessors on small buffers: what `tests/scripts/miri.sh` runs under Miri to
/// check them for undefined behaviour (aliasing, bounds, alignment, leaks).
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zeroed_buffers_are_aligned_zero_and_bounds_checked() {
        let b = Buffer::zeroed(24).unwrap();
        assert_eq!(b.addr() % BUFFER_ALIGN, 0);
        assert_eq!(b.read::<u64>(16), 0);
        // Out of range: reads give zero, writes are dropped.
        b.write::<u64>(20, 7);
        assert_eq!(b.read::<u64>(20), 0);
        assert!(b.run::<u64>(0, 8, 4).is_none());
        assert!(b.run::<u64>(16, -8, 3).is_some());
        assert!(b.run::<u64>(8, -8, 3).is_none());
        assert!(Buffer::zeroed(usize::MAX).is_err());
    }

    #[test]
    fn unaligned_reads_and_writes_round_trip() {
        let b = Buffer::from_bytes(&[1, 2, 3, 4, 5, 6, 7, 8, 9]).unwrap();
        b.write::<u32>(1, 0xdead_beef);
        assert_eq!(b.read::<u32>(1), 0xdead_beef);
        let mut out = [0u8; 2];
        b.read_bytes(7, &mut out);
        assert_eq!(out, [8, 9]);
        b.write_bytes(7, &[1, 1]);
        // from_bytes wrote 0..9 first.
        assert_eq!(b.written(), Some((0, 9)));
        let mut bytes = [0u8; 8];
        pod_to_bytes(2.5f64, &mut bytes);
        assert_eq!(pod_from_bytes::<f64>(&bytes), 2.5);
    }

    #[test]
    fn strided_runs_copy_both_ways() {
        let b = Buffer::zeroed(8 * 6).unwrap();
        let r = b.run::<i64>(40, -16, 3).unwrap();
        r.copy_from(0, &[1, 2, 3]);
        let mut out = [0i64; 3];
        r.copy_to(0, &mut out);
        assert_eq!(out, [1, 2, 3]);
        assert_eq!(b.read::<i64>(8), 3);
        let c = b.run::<i64>(0, 8, 6).unwrap();
        let mut all = [0i64; 6];
        c.copy_to(0, &mut all);
        assert_eq!(all, [0, 3, 0, 2, 0, 1]);
    }

    #[test]
    fn chunks_read_contiguous_runs_in_place_and_refuse_the_rest() {
        // Eight f64 at an odd byte offset: every load is unaligned.
        let mut bytes = vec![0u8; 1];
        for x in 1..=9 {
            bytes.extend_from_slice(&f64::from(x).to_ne_bytes());
        }
        let b = Buffer::from_bytes(&bytes).unwrap();
        let r = b.run::<f64>(1, 8, 9).unwrap();
        assert!(r.is_contiguous());
        assert_eq!(
            r.chunk::<8>(1),
            Some([2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0])
        );
        assert_eq!(r.chunk::<1>(8), Some([9.0]));
        assert_eq!(r.chunk::<8>(2), None);
        assert_eq!(r.chunk::<1>(usize::MAX), None);
        let strided = b.run::<f64>(1, 16, 4).unwrap();
        assert!(!strided.is_contiguous());
        assert_eq!(strided.chunk::<1>(0), None);
    }

    #[test]
    fn in_place_and_overlapping_maps() {
        let b = Buffer::zeroed(8 * 5).unwrap();
        let all = b.run::<i64>(0, 8, 5).unwrap();
        all.copy_from(0, &[1, 2, 3, 4, 5]);
        // Two overlapping views of one buffer: the kernel runs element by element in order
        // (each sum sees the one just written); the ufunc layer copies first where NumPy's
        // semantics need it.
        let (dst, src) = (
            b.run::<i64>(8, 8, 4).unwrap(),
            b.run::<i64>(0, 8, 4).unwrap(),
        );
        map_binary(dst, src, dst, |x, y| x + y);
        let mut out = [0i64; 5];
        all.copy_to(0, &mut out);
        assert_eq!(out, [1, 3, 6, 10, 15]);
        map_unary(all, all, |x: i64| -x);
        all.copy_to(0, &mut out);
        assert_eq!(out, [-1, -3, -6, -10, -15]);
        // A broadcast scalar operand (stride 0) and a reversed destination.
        let one = b.run::<i64>(0, 0, 5).unwrap();
        let rev = b.run::<i64>(32, -8, 5).unwrap();
        map_binary(one, one, rev, |x, y| x * y);
        all.copy_to(0, &mut out);
        assert_eq!(out, [1, 1, 1, 1, 1]);
        assert_eq!(fold(all, 0i64, |a, x| a + x), 5);
    }

    /// A block's way through the reuse pool: kept when its buffer dies, taken back only
    /// for a request it fits closely, as a new buffer (new id, counted again) over the same
    /// memory with the old bytes; small, idle and over-cap blocks are freed.
    #[test]
    fn kept_blocks_make_new_buffers() {
        use super::super::pool::{Pool, MIN_KEPT};
        let len = MIN_KEPT + 4096;
        let mut first = Buffer::over(Block::calloc(len).unwrap(), len, true);
        first.write::<u64>(8, 7);
        let (addr, id) = (first.addr(), first.id());
        let Storage::Heap(slot) = &mut first.storage else {
            panic!("a heap buffer")
        };
        let block = slot.take().unwrap();
        let cap = block.cap();
        drop(first);
        let mut pool = Pool::default();
        pool.give(block, 0, usize::MAX);
        assert_eq!(pool.bytes(), cap);
        // Too small to hold the request, or too much to spare: not taken.
        assert!(pool.take(cap + 1).is_none());
        assert!(pool.take(len / 2).is_none());
        let total = allocation_stats().1;
        let again = Buffer::over(pool.take(len - 100).unwrap(), len - 100, true);
        assert_eq!(pool.bytes(), 0);
        assert_eq!((again.addr(), again.len()), (addr, len - 100));
        assert!(again.id() > id);
        assert_eq!(again.read::<u64>(8), 7);
        assert!(allocation_stats().1 >= total + len as u64 - 100);

        pool.give(Block::calloc(MIN_KEPT / 2).unwrap(), 0, usize::MAX);
        assert_eq!(pool.bytes(), 0);
        let blocks: Vec<Block> = (0..3).map(|_| Block::calloc(MIN_KEPT).unwrap()).collect();
        let caps: Vec<usize> = blocks.iter().map(Block::cap).collect();
        for (t, b) in blocks.into_iter().enumerate() {
            pool.give(b, t as u64, 2 * MIN_KEPT + 2 * BUFFER_ALIGN);
        }
        assert_eq!(pool.bytes(), caps[1] + caps[2], "the oldest went first");
        pool.release_older(2);
        assert_eq!(pool.bytes(), caps[2]);
        pool.release_older(3);
        assert_eq!(pool.bytes(), 0);
    }

    #[test]
    fn gathers_skip_indices_past_the_run() {
        let src = Buffer::from_bytes(&[10, 20, 30]).unwrap();
        let dst = Buffer::zeroed(4).unwrap();
        let (s, d) = (
            src.run::<u8>(0, 1, 3).unwrap(),
            dst.run::<u8>(3, -1, 4).unwrap(),
        );
        gather_run(s, &[2, 0, 9, 1], d);
        let mut out = [0u8; 4];
        dst.read_bytes(0, &mut out);
        assert_eq!(out, [20, 0, 10, 30]);
    }
}
