//! The reduction engine: `np.add.reduce`-style folds over a set of axes, walking the input
//! in the order NumPy's iterator does (axes sorted by stride, reduced inner axes coalesced)
//! so that float sums use NumPy's pairwise summation on the same runs and agree bit for bit.

use super::pairwise::Summable;
use crate::array::dtype::DType;
use crate::array::element::Num;
use crate::array::kernels;
use crate::array::object::NdArray;
use crate::array::raw::Run;
use crate::error::PyResult;
use crate::numpy::ufunc::ops::Arith;

/// What a reduction folds with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fold {
    Add,
    Mul,
    Min,
    Max,
}

/// NumPy's buffer size: casting reductions see their input in chunks of this many items.
const BUFSIZE: usize = 8192;

/// One iteration axis: length, input byte stride, output element stride, reduced or not.
#[derive(Clone, Debug)]
struct Dim {
    n: usize,
    stride: isize,
    out_stride: usize,
    reduced: bool,
}

/// Iteration axes from outermost to innermost, as NumPy's iterator orders and coalesces
/// them for a reduction of `a` over the axes flagged in `mask`.
fn plan(a: &NdArray, mask: &[bool]) -> Vec<Dim> {
    // Output strides (elements) in C order over the kept axes.
    let mut out_strides = vec![0usize; a.ndim()];
    let mut acc = 1usize;
    for ax in (0..a.ndim()).rev() {
        if !mask[ax] {
            out_strides[ax] = acc;
            acc *= a.shape[ax];
        }
    }
    let mut dims: Vec<Dim> = (0..a.ndim())
        .filter(|&ax| a.shape[ax] != 1)
        .map(|ax| Dim {
            n: a.shape[ax],
            stride: a.strides[ax],
            out_stride: out_strides[ax],
            reduced: mask[ax],
        })
        .collect();
    // Stable sort: larger input strides outside; ties keep C order.
    dims.sort_by_key(|d| std::cmp::Reverse(d.stride.unsigned_abs()));
    let mut merged: Vec<Dim> = Vec::new();
    for d in dims {
        if let Some(last) = merged.last_mut() {
            let input_ok = last.stride == d.stride * d.n as isize;
            let output_ok = last.reduced || last.out_stride == d.out_stride * d.n;
            if last.reduced == d.reduced && input_ok && output_ok {
                last.n *= d.n;
                last.stride = d.stride;
                last.out_stride = d.out_stride;
                continue;
            }
        }
        merged.push(d);
    }
    merged
}

/// Visit every outer position: (input byte offset, output index) with the inner axis.
fn walk(dims: &[Dim], offset: isize, mut f: impl FnMut(isize, usize, &Dim)) {
    let unit = Dim {
        n: 1,
        stride: 0,
        out_stride: 0,
        reduced: true,
    };
    let Some((inner, outer)) = dims.split_last() else {
        f(offset, 0, &unit);
        return;
    };
    if outer.iter().any(|d| d.n == 0) || inner.n == 0 {
        return;
    }
    let mut idx = vec![0usize; outer.len()];
    let (mut off, mut out) = (offset, 0usize);
    let mut visited = 0usize;
    loop {
        f(off, out, inner);
        // Ctrl-C between runs (every 1024 of them: runs may be a single item each).
        visited += 1;
        if visited.is_multiple_of(1024) && crate::interrupt::pending() {
            return;
        }
        let mut ax = outer.len();
        loop {
            if ax == 0 {
                return;
            }
            ax -= 1;
            idx[ax] += 1;
            off += outer[ax].stride;
            out += outer[ax].out_stride;
            if idx[ax] < outer[ax].n {
                break;
            }
            off -= outer[ax].stride * outer[ax].n as isize;
            out -= outer[ax].out_stride * outer[ax].n;
            idx[ax] = 0;
        }
    }
}

fn combine<T: Arith>(fold: Fold, acc: T, x: T) -> T {
    match fold {
        Fold::Add => acc.add(x),
        Fold::Mul => acc.mul(x),
        Fold::Max => {
            if x.le(acc) || acc.is_nan() {
                acc
            } else {
                x
            }
        }
        Fold::Min => {
            if acc.le(x) || acc.is_nan() {
                acc
            } else {
                x
            }
        }
    }
}

/// Fold the values of `run` into `acc` (min and max need `acc` to hold a value already).
fn fold_run<T: Summable>(fold: Fold, acc: T, run: &Run<'_, T>, from: usize) -> T {
    let mut block = [<T as crate::array::raw::Pod>::zero(); CHUNK];
    let mut acc = acc;
    let mut s = from;
    while s < run.len() && !crate::interrupt::pending() {
        let m = (run.len() - s).min(CHUNK);
        run.copy_to(s, &mut block[..m]);
        acc = block[..m].iter().fold(acc, |a, &x| combine(fold, a, x));
        s += m;
    }
    acc
}

/// `out[i] = out[i] (op) run[i]` for a run over kept (not reduced) positions: NumPy's
/// elementwise accumulation when the reduced axis is outside the inner loop.
fn accumulate_run<T: Summable>(fold: Fold, out: &mut [T], out_stride: usize, run: &Run<'_, T>) {
    let mut block = [<T as crate::array::raw::Pod>::zero(); CHUNK];
    let mut s = 0;
    while s < run.len() && !crate::interrupt::pending() {
        let m = (run.len() - s).min(CHUNK);
        run.copy_to(s, &mut block[..m]);
        if out_stride == 1 {
            let dst = &mut out[s..s + m];
            match fold {
                Fold::Add => dst
                    .iter_mut()
                    .zip(&block[..m])
                    .for_each(|(d, &x)| *d = d.add(x)),
                Fold::Mul => dst
                    .iter_mut()
                    .zip(&block[..m])
                    .for_each(|(d, &x)| *d = d.mul(x)),
                _ => dst
                    .iter_mut()
                    .zip(&block[..m])
                    .for_each(|(d, &x)| *d = combine(fold, *d, x)),
            }
        } else {
            for (i, &x) in block[..m].iter().enumerate() {
                let k = (s + i) * out_stride;
                out[k] = combine(fold, out[k], x);
            }
        }
        s += m;
    }
}

/// Items per local block in the typed loops (fits in L1 for every dtype).
const CHUNK: usize = 512;

/// Reduce `a` (already of the accumulator type `T`) over the flagged axes. Returns the
/// values of the kept axes in C order. `buffered` marks a reduction whose input NumPy
/// would cast through its buffer (pairwise sums then run per buffer-sized chunk). Min and
/// max start from the first element; sums and products from their identity.
///
/// When the two innermost iteration axes are both reduced but do not merge (a strided
/// full sum such as `x[:, ::2].sum()`) and the inner one is shorter than the buffer,
/// NumPy's iterator copies whole inner runs into its buffer, as many as fit in `BUFSIZE`
/// items, and sums each buffer pairwise: the same grouping is kept here.
pub fn reduce<T: Summable>(
    a: &NdArray,
    mask: &[bool],
    fold: Fold,
    buffered: bool,
) -> PyResult<Vec<T>> {
    match reduce_split::<T>(a, mask, fold, buffered) {
        Some(out) => Ok(out),
        None => reduce_one(a, mask, fold, buffered),
    }
}

/// A large reduction that keeps an axis runs on every core: `a` is cut along its longest
/// kept axis, each piece reduced as a whole (so every output element folds the same
/// inputs in the same order), and the pieces' outputs interleaved back into C order.
/// `None` when it does not split (or a piece failed: the caller's plain run reports it).
fn reduce_split<T: Summable>(
    a: &NdArray,
    mask: &[bool],
    fold: Fold,
    buffered: bool,
) -> Option<Vec<T>> {
    // Every piece keeps at least two positions of the axis, so no piece drops it from
    // the iteration plan (which could merge the reduced axes around it differently).
    let t = crate::array::parallel::threads();
    let ax = (0..a.ndim())
        .filter(|&ax| !mask[ax] && a.shape[ax] >= 2 * t)
        .max_by_key(|&ax| a.shape[ax])?;
    let parts = crate::array::parallel::split_read(a, ax, |p| {
        reduce_one::<T>(p, mask, fold, buffered).ok()
    })?;
    let parts: Vec<Vec<T>> = parts.into_iter().collect::<Option<_>>()?;
    let kept: Vec<usize> = (0..a.ndim()).filter(|&x| !mask[x]).collect();
    let pos = kept.iter().position(|&x| x == ax)?;
    let outer: usize = kept[..pos].iter().map(|&x| a.shape[x]).product();
    let total: usize = parts.iter().map(Vec::len).sum();
    let mut out: Vec<T> = kernels::vec_for_array(total, &[total], T::DTYPE).ok()?;
    for o in 0..outer {
        for p in &parts {
            let len = p.len() / outer.max(1);
            out.extend_from_slice(&p[o * len..(o + 1) * len]);
        }
    }
    Some(out)
}

/// [`reduce`] on the calling thread.
fn reduce_one<T: Summable>(
    a: &NdArray,
    mask: &[bool],
    fold: Fold,
    buffered: bool,
) -> PyResult<Vec<T>> {
    let out_shape: Vec<usize> = (0..a.ndim())
        .filter(|&ax| !mask[ax])
        .map(|ax| a.shape[ax])
        .collect();
    let out_size: usize = out_shape.iter().product();
    let identity = match fold {
        Fold::Mul => T::from_num(Num::Int(1)),
        _ => T::from_num(Num::Int(0)),
    };
    // Fallible: a zero-stride view reduced along a short axis can ask for 10^12 results.
    let mut out = kernels::filled_vec(out_size, identity, &out_shape)?;
    let mut seen = kernels::vec_for_array(out_size, &out_shape, DType::Bool)?;
    seen.resize(out_size, fold == Fold::Add || fold == Fold::Mul);
    let mut dims = plan(a, mask);
    let buf = &a.buffer;
    let k = dims.len();
    let rows = (fold == Fold::Add && !buffered && k >= 2)
        .then(|| (dims[k - 2].clone(), dims[k - 1].clone()))
        .filter(|(o, i)| o.reduced && i.reduced && i.n < BUFSIZE);
    if let Some((outer, inner)) = rows {
        // The remaining axes are all outer positions: close them with a unit inner axis.
        dims.truncate(k - 2);
        dims.push(Dim {
            n: 1,
            stride: 0,
            out_stride: 0,
            reduced: true,
        });
        let per = BUFSIZE / inner.n.max(1);
        let mut block: Vec<T> = Vec::with_capacity(per * inner.n);
        walk(&dims, a.offset as isize, |off, o, _| {
            let mut r = 0;
            while r < outer.n {
                let r1 = (r + per).min(outer.n);
                block.clear();
                block.resize((r1 - r) * inner.n, identity);
                for (row, dst) in (r..r1).zip(block.chunks_mut(inner.n)) {
                    let start = off + row as isize * outer.stride;
                    if let Some(run) = buf.run::<T>(start, inner.stride, inner.n) {
                        run.copy_to(0, dst);
                    }
                }
                out[o] = out[o].add_run(block.len(), &|s, dst: &mut [T]| {
                    dst.copy_from_slice(&block[s..s + dst.len()])
                });
                r = r1;
            }
        });
        return Ok(out);
    }
    walk(&dims, a.offset as isize, |off, o, inner| {
        let Some(run) = buf.run::<T>(off, inner.stride, inner.n) else {
            return;
        };
        if inner.reduced {
            let mut start = 0;
            if !seen[o] {
                let mut first = [identity];
                run.copy_to(0, &mut first);
                out[o] = first[0];
                seen[o] = true;
                start = 1;
            }
            if fold == Fold::Add {
                let chunk = if buffered { BUFSIZE } else { inner.n.max(1) };
                let mut s = start;
                while s < inner.n {
                    let e = (s + chunk).min(inner.n);
                    out[o] = out[o].add_items(&run, s, e - s);
                    s = e;
                }
            } else {
                out[o] = fold_run(fold, out[o], &run, start);
            }
        } else if !seen[o] {
            // Every position of a kept run is first seen together (distinct runs cover
            // disjoint output positions), so the whole run starts the accumulation.
            let os = inner.out_stride;
            let mut block = [identity; CHUNK];
            let mut s = 0;
            while s < inner.n {
                let m = (inner.n - s).min(CHUNK);
                run.copy_to(s, &mut block[..m]);
                for (i, &x) in block[..m].iter().enumerate() {
                    out[o + (s + i) * os] = x;
                    seen[o + (s + i) * os] = true;
                }
                s += m;
            }
        } else {
            accumulate_run(fold, &mut out[o..], inner.out_stride, &run);
        }
    });
    Ok(out)
}

/// Cast an array to `dtype` keeping its memory order (so the reduction order is unchanged).
pub fn cast_keep_order(
    a: &NdArray,
    dtype: crate::array::dtype::DType,
) -> crate::error::PyResult<NdArray> {
    let c = crate::array::kernels::to_contiguous(a, dtype)?;
    Ok(same_order(a, c))
}

/// Re-lay a C-contiguous copy `c` of `a` so its strides follow `a`'s stride order.
fn same_order(a: &NdArray, c: NdArray) -> NdArray {
    let mut order: Vec<usize> = (0..a.ndim()).collect();
    order.sort_by_key(|&ax| std::cmp::Reverse(a.strides[ax].unsigned_abs()));
    if order.iter().enumerate().all(|(i, &ax)| i == ax) {
        return c;
    }
    let isz = c.itemsize() as isize;
    let shape: Vec<usize> = order.iter().map(|&ax| a.shape[ax]).collect();
    let tmp = NdArray::zeros(&shape, c.dtype);
    let Ok(tmp) = tmp else {
        return c;
    };
    let mut strides = vec![0isize; a.ndim()];
    let mut acc = isz;
    for &ax in order.iter().rev() {
        strides[ax] = acc;
        acc *= a.shape[ax] as isize;
    }
    let relaid = NdArray {
        strides,
        shape: a.shape.clone(),
        ..tmp
    };
    if crate::array::kernels::copy_into(&relaid, &c).is_err() {
        return c;
    }
    relaid
}
