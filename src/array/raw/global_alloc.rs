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

/// The alignment every mimalloc block of at least this size has: on 64-bit targets its size
/// classes are multiples of two words (`MI_MAX_ALIGN_SIZE`, asserted in its `alloc.c`).
const MI_ALIGN: usize = 16;

/// What mimalloc is asked for: the size rounded up to a multiple of the alignment, so a
/// 16-aligned layout asks for at least 16 bytes.
fn padded(layout: Layout) -> Layout {
    layout.pad_to_align()
}

/// `padded` for a size given alone (a `realloc`'s new size, below `LARGE`).
fn padded_size(size: usize, align: usize) -> usize {
    size.next_multiple_of(align)
}

/// Whether mimalloc's plain `mi_malloc` already gives `layout`'s alignment. Most
/// interpreter objects are 16-aligned (a `Value` holds an `i128`); `mi_malloc_aligned`,
/// which the `mimalloc` crate calls for every layout, takes a slow over-allocating path for
/// them whenever a page's free list runs out (about 4 of 13,000 instructions a one-line
/// statement costs, and the interior pointers it leaves make every later free in that page
/// slower too).
fn plain(layout: Layout) -> bool {
    layout.align() <= MI_ALIGN
}

// SAFETY: every block is allocated and freed by the same allocator, chosen by its size
// alone; `dealloc`/`realloc` receive the layout the block was made with (the GlobalAlloc
// contract), so the choice is the same at both ends. A `realloc` that crosses the boundary
// allocates in the other allocator, copies, and frees the old block.
unsafe impl GlobalAlloc for SplitAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's layout has a non-zero size (GlobalAlloc contract), passed on;
        // `mi_malloc` of the padded size returns a block aligned as `plain` says.
        unsafe {
            if !small(layout.size()) {
                System.alloc(layout)
            } else if plain(layout) {
                libmimalloc_sys::mi_malloc(padded(layout).size()) as *mut u8
            } else {
                mimalloc::MiMalloc.alloc(layout)
            }
        }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as in `alloc`.
        unsafe {
            if !small(layout.size()) {
                System.alloc_zeroed(layout)
            } else if plain(layout) {
                libmimalloc_sys::mi_zalloc(padded(layout).size()) as *mut u8
            } else {
                mimalloc::MiMalloc.alloc_zeroed(layout)
            }
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `alloc` with this layout, so from the allocator that
        // `small(layout.size())` names; `mi_free` frees plain and aligned blocks alike.
        unsafe {
            if small(layout.size()) {
                libmimalloc_sys::mi_free(ptr as *mut std::ffi::c_void)
            } else {
                System.dealloc(ptr, layout)
            }
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if small(layout.size()) == small(new_size) {
            // SAFETY: same allocator at both sizes; the caller's guarantees pass through
            // (a plain layout's block stays plain: `mi_realloc` of a padded size).
            return unsafe {
                if !small(new_size) {
                    System.realloc(ptr, layout, new_size)
                } else if plain(layout) {
                    let size = padded_size(new_size, layout.align());
                    libmimalloc_sys::mi_realloc(ptr as *mut std::ffi::c_void, size) as *mut u8
                } else {
                    mimalloc::MiMalloc.realloc(ptr, layout, new_size)
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

    /// Plain blocks have the alignment their layout asks for, at every small size.
    #[test]
    fn plain_blocks_are_aligned() {
        let a = SplitAllocator;
        for align in [1, 2, 4, 8, 16] {
            for size in (align..600).step_by(align) {
                let layout = Layout::from_size_align(size, align).unwrap();
                // SAFETY: test of the allocator itself; sizes are non-zero, layouts match.
                unsafe {
                    let p = a.alloc(layout);
                    assert!(!p.is_null() && (p as usize).is_multiple_of(align));
                    let q = a.realloc(p, layout, size * 2);
                    assert!(!q.is_null() && (q as usize).is_multiple_of(align));
                    a.dealloc(q, Layout::from_size_align(size * 2, align).unwrap());
                }
            }
        }
    }

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
