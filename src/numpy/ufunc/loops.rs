//! Typed elementwise loops over N-d operands: broadcasting strides, merging contiguous axes
//! and handing 1-d runs to the raw kernels. Operands have already been cast to the loop's
//! input type; the output has the loop's output type.

use crate::array::element::Element;
use crate::array::iter::{broadcast_strides, for_each_run, Geo};
use crate::array::object::NdArray;
use crate::array::raw;

/// `out = f(a, b)` elementwise, `a` and `b` broadcast to `out`'s shape.
pub fn binary<T: Element, U: Element, O: Element>(
    a: &NdArray,
    b: &NdArray,
    out: &NdArray,
    mut f: impl FnMut(T, U) -> O,
) {
    let ops = [
        Geo {
            offset: a.offset as isize,
            strides: broadcast_strides(&a.shape, &a.strides, &out.shape),
        },
        Geo {
            offset: b.offset as isize,
            strides: broadcast_strides(&b.shape, &b.strides, &out.shape),
        },
        Geo {
            offset: out.offset as isize,
            strides: out.strides.clone(),
        },
    ];
    for_each_run(&out.shape, &ops, |off, st, n| {
        if let (Some(ra), Some(rb), Some(ro)) = (
            a.buffer.run::<T>(off[0], st[0], n),
            b.buffer.run::<U>(off[1], st[1], n),
            out.buffer.run::<O>(off[2], st[2], n),
        ) {
            raw::map_binary(ra, rb, ro, &mut f);
        }
    });
}

/// `out = f(a)` elementwise, `a` broadcast to `out`'s shape.
pub fn unary<T: Element, O: Element>(a: &NdArray, out: &NdArray, mut f: impl FnMut(T) -> O) {
    let ops = [
        Geo {
            offset: a.offset as isize,
            strides: broadcast_strides(&a.shape, &a.strides, &out.shape),
        },
        Geo {
            offset: out.offset as isize,
            strides: out.strides.clone(),
        },
    ];
    for_each_run(&out.shape, &ops, |off, st, n| {
        if let (Some(ra), Some(ro)) = (
            a.buffer.run::<T>(off[0], st[0], n),
            out.buffer.run::<O>(off[1], st[1], n),
        ) {
            raw::map_unary(ra, ro, &mut f);
        }
    });
}

/// Items per block in [`unary_blocks`]: small enough for L1, large enough to amortize.
const BLOCK: usize = 256;

/// `f(inputs, outputs)` over blocks of at most [`BLOCK`] items, `a` broadcast to `out`'s
/// shape. Each block is copied into a local array, mapped there (a loop over plain Rust
/// arrays, which the compiler vectorizes) and written back, so a kernel can also inspect
/// its inputs and results per block (floating-point flags) without per-element dispatch.
/// Every block is read completely before it is written (in-place use is safe).
pub fn unary_blocks<T: Element, O: Element>(
    a: &NdArray,
    out: &NdArray,
    mut f: impl FnMut(&[T], &mut [O]),
) {
    let ops = [
        Geo {
            offset: a.offset as isize,
            strides: broadcast_strides(&a.shape, &a.strides, &out.shape),
        },
        Geo {
            offset: out.offset as isize,
            strides: out.strides.clone(),
        },
    ];
    let mut xs = [T::zero(); BLOCK];
    let mut rs = [O::zero(); BLOCK];
    for_each_run(&out.shape, &ops, |off, st, n| {
        if let (Some(ra), Some(ro)) = (
            a.buffer.run::<T>(off[0], st[0], n),
            out.buffer.run::<O>(off[1], st[1], n),
        ) {
            let mut s = 0;
            while s < n && !crate::interrupt::pending() {
                let m = (n - s).min(BLOCK);
                ra.copy_to(s, &mut xs[..m]);
                f(&xs[..m], &mut rs[..m]);
                ro.copy_from(s, &rs[..m]);
                s += m;
            }
        }
    });
}

/// Visit every element of `a` in C order (for reductions).
pub fn for_each<T: Element>(a: &NdArray, mut f: impl FnMut(T)) {
    let ops = [Geo {
        offset: a.offset as isize,
        strides: a.strides.clone(),
    }];
    for_each_run(&a.shape, &ops, |off, st, n| {
        if let Some(r) = a.buffer.run::<T>(off[0], st[0], n) {
            raw::fold(r, (), |(), x| f(x));
        }
    });
}
