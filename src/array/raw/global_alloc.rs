//! The process's allocator, installed by the `arrsh` binary: mimalloc for small blocks,
//! the system's malloc for large ones.
//!
//! Why two: the interpreter makes tens of small allocations per statement (AST nodes,
//! values, names), where glibc's malloc/free cost a third of a one-line statement and
//! mimalloc about half that. But mimalloc maps its memory with `MAP_NORESERVE`, so the
//! kernel's overcommit check never refuses it: `'a' * 10**12` would get a terabyte and then
//! touch it page by page instead of raising `MemoryError` at once. glibc's large blocks are
//! plain `mmap`s that the kernel refuses up front, as it does for NumPy. Array buffers do
//! not come through here at all ([`super::Block`] calls `calloc` itself).
#![allow(unsafe_code)]

use std::alloc::{GlobalAlloc, Layout, System};

/// Blocks of this size and above go to the system allocator.
const LARGE: usize = 256 * 1024;

/// See the module documentation.
pub struct SplitAllocator;

fn small(size: usize) -> bool {
    size < LARGE
}

// SAFETY: every block is allocated and freed by the same allocator, chosen by its size
// alone; `dealloc`/`realloc` receive the layout the block was made with (the GlobalAlloc
// contract), so the choice is the same at both ends. A `realloc` that crosses the boundary
// allocates in the other allocator, copies, and frees the old block.
unsafe impl GlobalAlloc for SplitAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's layout has a non-zero size (GlobalAlloc contract), passed on.
        unsafe {
            if small(layout.size()) {
                mimalloc::MiMalloc.alloc(layout)
            } else {
                System.alloc(layout)
            }
        }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as in `alloc`.
        unsafe {
            if small(layout.size()) {
                mimalloc::MiMalloc.alloc_zeroed(layout)
            } else {
                System.alloc_zeroed(layout)
            }
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `alloc` with this layout, so from the allocator that
        // `small(layout.size())` names.
        unsafe {
            if small(layout.size()) {
                mimalloc::MiMalloc.dealloc(ptr, layout)
            } else {
                System.dealloc(ptr, layout)
            }
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if small(layout.size()) == small(new_size) {
            // SAFETY: same allocator at both sizes; the caller's guarantees pass through.
            return unsafe {
                if small(new_size) {
                    mimalloc::MiMalloc.realloc(ptr, layout, new_size)
                } else {
                    System.realloc(ptr, layout, new_size)
                }
            };
        }
        let Ok(new_layout) = Layout::from_size_align(new_size, layout.align()) else {
            return std::ptr::null_mut();
        };
        // SAFETY: `new_layout` has a non-zero size (the caller's `new_size`); on success
        // both blocks are valid for `min(old, new)` bytes and do not overlap, and the old
        // block is freed with the layout it was allocated with.
        unsafe {
            let new = self.alloc(new_layout);
            if !new.is_null() {
                std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
            new
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Blocks grown and shrunk across the boundary keep their bytes and free cleanly.
    #[test]
    fn realloc_across_the_boundary_keeps_bytes() {
        let a = SplitAllocator;
        let layout = Layout::from_size_align(100, 8).unwrap();
        // SAFETY: test of the allocator itself; sizes are non-zero, layouts match.
        unsafe {
            let p = a.alloc(layout);
            assert!(!p.is_null());
            for i in 0..100 {
                *p.add(i) = i as u8;
            }
            let q = a.realloc(p, layout, LARGE * 2);
            assert!(!q.is_null());
            let big = Layout::from_size_align(LARGE * 2, 8).unwrap();
            assert!((0..100).all(|i| *q.add(i) == i as u8));
            let r = a.realloc(q, big, 50);
            assert!((0..50).all(|i| *r.add(i) == i as u8));
            a.dealloc(r, Layout::from_size_align(50, 8).unwrap());
        }
    }
}
