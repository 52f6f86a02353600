//! Freed large buffers kept for reuse (issue 10 item 7: fresh-memory cost).
//!
//! A new 160 MB result (`y = 2*x**2 + 3*x + 1` on 2·10^7 float64) comes from `calloc` as
//! fresh pages: the kernel faults each one in and zeroes it, which measured about half of
//! the fused pass. When a statement is repeated (`x = x + 10` in a loop, `%timeit`, a
//! script's steps), the buffer it frees is the size the next one needs. So array blocks of
//! at least [`MIN_KEPT`] bytes go here when their buffer dies, and
//! [`Buffer::for_overwrite`](super::raw::Buffer::for_overwrite) (results whose every byte
//! is written before it is read) takes one back instead of asking for fresh pages.
//! `np.zeros` never does: it stays a fresh lazy `calloc`, as in NumPy.
//!
//! Bounds:
//! - a block is reused only for a request it fits within 1/32 (about 3%) of its size, so a
//!   reused result holds no more than ~3% more resident memory than a fresh one would;
//! - the pool holds at most [`cap`] bytes: the least of 2 GiB, a quarter of RAM and a
//!   quarter of the address-space limit (`ulimit -v`). Kept blocks are memory no variable
//!   shows, so they stay a fraction of what the machine (or the limit) allows, and 2 GiB
//!   is already a dozen of the 160 MB results the pool is for; beyond the cap the oldest
//!   blocks are freed first;
//! - released when idle: a block not taken back within [`IDLE_STATEMENTS`] statements is
//!   freed ([`statement_done`]), and the interactive prompt frees them all before it waits
//!   for input ([`release_all`]): a person's pause is far longer than the ~25 ms of page
//!   faults a reuse saves, and an idle shell should not sit on memory;
//! - an allocation that fails frees the pool and tries again, so kept memory never turns
//!   into a `MemoryError`.
//!
//! A reused block is a new buffer to everything that reports on memory: a new buffer id,
//! counted in the bytes allocated (explain mode, `%mem`), its own `base`; its address is
//! the real one (which the freed buffer had, as NumPy's allocator often gives too).

use super::raw::Block;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

/// Blocks smaller than this are freed at once: `malloc` recycles small blocks itself
/// (below its mmap threshold), and only large ones cost fresh pages.
pub const MIN_KEPT: usize = 1 << 20;

/// Statements a kept block waits for reuse before it is freed.
pub const IDLE_STATEMENTS: u64 = 8;

/// The kept blocks, oldest first, each with the statement count when it was kept.
#[derive(Debug, Default)]
pub(super) struct Pool {
    blocks: Vec<(Block, u64)>,
    bytes: usize,
}

impl Pool {
    /// Keep `block` (unless it is small or larger than `cap`), freeing the oldest blocks
    /// while the pool would exceed `cap`.
    pub(super) fn give(&mut self, block: Block, now: u64, cap: usize) {
        if block.cap() < MIN_KEPT || block.cap() > cap {
            return;
        }
        while self.bytes + block.cap() > cap && !self.blocks.is_empty() {
            let (old, _) = self.blocks.remove(0);
            self.bytes -= old.cap();
        }
        self.bytes += block.cap();
        self.blocks.push((block, now));
    }

    /// The smallest kept block that holds `len` bytes with at most 1/32 to spare.
    pub(super) fn take(&mut self, len: usize) -> Option<Block> {
        let i = (0..self.blocks.len())
            .filter(|&i| {
                let c = self.blocks[i].0.cap();
                c >= len && c - len <= len / 32
            })
            .min_by_key(|&i| self.blocks[i].0.cap())?;
        let (b, _) = self.blocks.remove(i);
        self.bytes -= b.cap();
        Some(b)
    }

    /// Free the blocks kept before statement `before`.
    pub(super) fn release_older(&mut self, before: u64) {
        self.blocks.retain(|(_, t)| *t >= before);
        self.bytes = self.blocks.iter().map(|(b, _)| b.cap()).sum();
    }

    pub(super) fn bytes(&self) -> usize {
        self.bytes
    }
}

static POOL: Mutex<Pool> = Mutex::new(Pool {
    blocks: Vec::new(),
    bytes: 0,
});

/// Bytes kept now (read without the lock: the per-statement check stays one load).
static KEPT: AtomicUsize = AtomicUsize::new(0);

/// Statements run so far (the pool's clock).
static STATEMENTS: AtomicU64 = AtomicU64::new(0);

fn with_pool<R>(f: impl FnOnce(&mut Pool) -> R) -> R {
    // A panic elsewhere while the lock was held leaves a consistent pool (every method
    // finishes its bookkeeping before it can panic): keep using it.
    let mut p = POOL.lock().unwrap_or_else(|e| e.into_inner());
    let r = f(&mut p);
    KEPT.store(p.bytes(), Ordering::Relaxed);
    r
}

/// The most bytes the pool keeps (see the module doc for why). `ARRSH_POOL_BYTES` sets it
/// instead (0 turns reuse off: the benchmarks compare the two).
pub fn cap() -> usize {
    static CAP: OnceLock<usize> = OnceLock::new();
    *CAP.get_or_init(|| {
        if let Some(n) = std::env::var("ARRSH_POOL_BYTES")
            .ok()
            .and_then(|v| v.trim().parse().ok())
        {
            return n;
        }
        let mut cap = 2usize << 30;
        if let Some(ram) = proc_number("/proc/meminfo", "MemTotal:").map(|k| k * 1024) {
            cap = cap.min(ram / 4);
        }
        if let Some(limit) = proc_number("/proc/self/limits", "Max address space") {
            cap = cap.min(limit / 4);
        }
        cap
    })
}

/// The first number on the line of `path` that starts with `key` (`None`: no such file,
/// line or number, e.g. "unlimited").
fn proc_number(path: &str, key: &str) -> Option<usize> {
    let text = std::fs::read_to_string(path).ok()?;
    let line = text.lines().find(|l| l.starts_with(key))?;
    line[key.len()..].split_whitespace().next()?.parse().ok()
}

/// A kept block for `len` bytes, if there is one.
pub(super) fn take(len: usize) -> Option<Block> {
    if len < MIN_KEPT || KEPT.load(Ordering::Relaxed) == 0 {
        return None;
    }
    with_pool(|p| p.take(len))
}

/// Keep a dead array buffer's block for reuse, or free it.
pub(super) fn give(block: Block) {
    if block.cap() < MIN_KEPT {
        return;
    }
    let now = STATEMENTS.load(Ordering::Relaxed);
    with_pool(|p| p.give(block, now, cap()));
}

/// A statement finished: free the blocks that waited [`IDLE_STATEMENTS`] for reuse.
pub fn statement_done() {
    let now = STATEMENTS.fetch_add(1, Ordering::Relaxed) + 1;
    if KEPT.load(Ordering::Relaxed) > 0 && now > IDLE_STATEMENTS {
        with_pool(|p| p.release_older(now - IDLE_STATEMENTS));
    }
}

/// Free every kept block (the prompt is about to wait; an allocation failed).
pub fn release_all() {
    if KEPT.load(Ordering::Relaxed) > 0 {
        with_pool(|p| p.release_older(u64::MAX));
    }
}

/// Bytes kept for reuse now (`%mem` reports them: memory no array holds).
pub fn kept_bytes() -> usize {
    KEPT.load(Ordering::Relaxed)
}
