//! Both cores for large elementwise work (issue 10 item 3): an output of at least
//! [`MIN_SPLIT`] elements is cut along one axis into disjoint pieces, one per thread, and
//! the same kernel runs on each piece with the matching pieces of its inputs. Every output
//! element is still computed from the same input elements by the same code, so results
//! are identical to a single-threaded run; only kernels without cross-element state (or
//! whose state, like floating-point flags, merges by OR) may be split.
//!
//! Arrays hold `Rc`s and `Cell`s and cannot cross threads, so a piece travels as its
//! geometry ([`Piece`]: the shared buffer, offset, shape, strides, dtype) and is rebuilt
//! into a plain owning-style `NdArray` on its thread.

use super::dtype::DType;
use super::iter::broadcast_strides;
use super::layout;
use super::object::{Base, NdArray};
use super::raw::Buffer;
use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// Outputs smaller than this many elements run on the calling thread: starting a thread
/// costs tens of microseconds, about what a 2^18-element pass takes on one core.
pub const MIN_SPLIT: usize = 1 << 18;

/// Threads kernels may use (0: not decided yet; then the machine's parallelism, at most 8).
static THREADS: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    /// Set while this thread runs one piece of a split kernel: pieces never split again.
    static IN_PIECE: Cell<bool> = const { Cell::new(false) };
}

/// How many threads a large kernel may use from here (1 inside a piece of a split one).
pub fn threads() -> usize {
    if IN_PIECE.with(Cell::get) {
        return 1;
    }
    match THREADS.load(Ordering::Relaxed) {
        0 => {
            let n = std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1)
                .clamp(1, 8);
            THREADS.store(n, Ordering::Relaxed);
            n
        }
        n => n,
    }
}

/// Set the thread count for large kernels: 1 turns splitting off (tests compare the
/// two), 0 goes back to the machine's parallelism.
pub fn set_threads(n: usize) {
    THREADS.store(n, Ordering::Relaxed);
}

/// The geometry of one piece of an operand, which can cross threads.
struct Piece {
    buffer: Arc<Buffer>,
    offset: usize,
    shape: Vec<usize>,
    strides: Vec<isize>,
    dtype: DType,
}

impl Piece {
    fn array(&self) -> NdArray {
        NdArray {
            buffer: self.buffer.clone(),
            offset: self.offset,
            shape: self.shape.clone(),
            strides: self.strides.clone(),
            dtype: self.dtype,
            base: Base::Owner,
            writeable: Cell::new(true),
            may_write: true,
            swapped: false,
            memmap: false,
        }
    }
}

/// The axis to cut and the pieces' ranges along it, or `None` when `out` is too small,
/// one thread is configured, or no axis is long enough.
fn plan(out: &NdArray, size: usize) -> Option<(usize, Vec<(usize, usize)>)> {
    let t = threads();
    if t < 2 || size < MIN_SPLIT || out.swapped || inputs_unsplittable(out) {
        return None;
    }
    // The outermost axis in memory (largest stride) keeps each piece one block of memory.
    let axis = (0..out.ndim())
        .filter(|&ax| out.shape[ax] >= t)
        .max_by_key(|&ax| (out.strides[ax].unsigned_abs(), std::cmp::Reverse(ax)))?;
    let n = out.shape[axis];
    let ranges = (0..t)
        .map(|i| (n * i / t, n * (i + 1) / t))
        .filter(|(a, b)| b > a)
        .collect();
    Some((axis, ranges))
}

/// Zero-stride outputs (broadcast views written through `out=`) write one element from
/// several positions: their order matters, so they never split.
fn inputs_unsplittable(out: &NdArray) -> bool {
    out.strides
        .iter()
        .zip(&out.shape)
        .any(|(&s, &n)| s == 0 && n > 1)
}

/// The piece of `a` (broadcast to `shape`) covering `range` of `axis`.
fn piece(a: &NdArray, shape: &[usize], axis: usize, range: (usize, usize)) -> Piece {
    let strides = broadcast_strides(&a.shape, &a.strides, shape);
    let offset = a.offset as isize + strides[axis] * range.0 as isize;
    let mut shape = shape.to_vec();
    shape[axis] = range.1 - range.0;
    Piece {
        buffer: a.buffer.clone(),
        offset: offset.max(0) as usize,
        shape,
        strides,
        dtype: a.dtype,
    }
}

/// Run `work(inputs, out)` on disjoint pieces of `out` (and the matching pieces of
/// `inputs`, broadcast to `out`'s shape) on [`threads`] threads, returning each piece's
/// result in order; `None` (nothing run) when the output is too small to split, so the
/// caller runs `work` itself. Inputs must not overlap `out` except in exactly the same
/// geometry (the ufunc layer buffers every other overlap first), and every input must
/// be in native byte order.
pub fn split<R: Send>(
    inputs: &[&NdArray],
    out: &NdArray,
    work: impl Fn(&[NdArray], &NdArray) -> R + Sync,
) -> Option<Vec<R>> {
    if inputs.iter().any(|a| a.swapped) {
        return None;
    }
    let (axis, ranges) = plan(out, out.size())?;
    // Mark the whole output written once, here: the pieces' own marks then fall inside
    // this range, so the threads never race to widen it.
    let (lo, hi) = layout::byte_extent(&out.shape, &out.strides, out.itemsize());
    out.buffer.mark_extent_written(
        (out.offset as isize + lo).max(0) as usize,
        (out.offset as isize + hi).max(0) as usize,
    );
    let jobs: Vec<(Vec<Piece>, Piece)> = ranges
        .iter()
        .map(|&r| {
            let ins = inputs
                .iter()
                .map(|a| piece(a, &out.shape, axis, r))
                .collect();
            (ins, piece(out, &out.shape, axis, r))
        })
        .collect();
    run_pieces(&jobs, |(ins, o)| {
        let arrays: Vec<NdArray> = ins.iter().map(Piece::array).collect();
        work(&arrays, &o.array())
    })
}

/// Run `work` on the pieces of `a` along `axis` (one per thread), for kernels that only
/// read `a` (reductions over the other axes); `None` when `a` is too small or `axis` too
/// short to split.
pub fn split_read<R: Send>(
    a: &NdArray,
    axis: usize,
    work: impl Fn(&NdArray) -> R + Sync,
) -> Option<Vec<R>> {
    let t = threads();
    if t < 2 || a.size() < MIN_SPLIT || a.swapped || a.shape.get(axis)? < &t {
        return None;
    }
    let n = a.shape[axis];
    let jobs: Vec<Piece> = (0..t)
        .map(|i| (n * i / t, n * (i + 1) / t))
        .filter(|(lo, hi)| hi > lo)
        .map(|r| piece(a, &a.shape, axis, r))
        .collect();
    run_pieces(&jobs, |p| work(&p.array()))
}

/// `work` on every job on its own thread (the first on this one), for kernels that split
/// their work themselves; the results in job order.
pub fn run_ranges<J: Sync, R: Send>(jobs: &[J], work: impl Fn(&J) -> R + Sync) -> Vec<R> {
    run_pieces(jobs, work).unwrap_or_default()
}

/// `work` on every job, the first on this thread and the others on scoped threads, each
/// marked as a piece; the results in job order.
fn run_pieces<J: Sync, R: Send>(jobs: &[J], work: impl Fn(&J) -> R + Sync) -> Option<Vec<R>> {
    let run = |j: &J| {
        let was = IN_PIECE.with(|c| c.replace(true));
        let r = work(j);
        IN_PIECE.with(|c| c.set(was));
        r
    };
    let (first, rest) = jobs.split_first()?;
    Some(std::thread::scope(|s| {
        let handles: Vec<_> = rest.iter().map(|j| s.spawn(|| run(j))).collect();
        let mut results = vec![run(first)];
        for h in handles {
            match h.join() {
                Ok(r) => results.push(r),
                Err(p) => std::panic::resume_unwind(p),
            }
        }
        results
    }))
}
