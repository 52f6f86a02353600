//! The contraction loop of `np.einsum`, summing in NumPy's order so every printed digit is
//! NumPy's. NumPy's `c_einsum` (what `np.einsum` runs unless `optimize=` asks for BLAS)
//! iterates with `nditer` over the output labels then the summed labels (sorted), orders
//! those axes by the operands' strides (smallest innermost, C order on ties, negative
//! strides not flipped), coalesces mergeable axes and hands each innermost run to a
//! sum-of-products kernel:
//! - a run along an output axis adds one product to each output element
//!   (`out = a*b + out`, a rounded product then a rounded sum: NumPy's baseline has no FMA),
//!   so an element accumulates its products one at a time in iteration order;
//! - a run along summed axes is summed first and its sum added to the output element: two
//!   contiguous float32/float64 operands by NumPy's 128-bit dot kernel (four vectors a
//!   step, nested multiply-adds), a contiguous operand times a repeated one as the
//!   repeated value times the run's sum, otherwise one product at a time;
//! - which run the kernel sees depends on the loop NumPy picks: one or two operands over
//!   2 or 3 coalesced axes without casts run unbuffered (the run is the innermost coalesced
//!   axis); the rest go through nditer's buffers, which hand the kernel the innermost
//!   summed axes flattened, in runs of 8192 elements (each run's sum added to the output
//!   in turn), operands without a single stride over them read from a contiguous copy.
//!
//! Measured against NumPy 2.4.6 by `tools/gen_einsum_cases.py`.

use crate::array::element::{Bool8, C32, C64};
use crate::array::raw::Pod;
use crate::numpy::ufunc::ops::Arith;
use half::f16;

/// NumPy's `NPY_BUFSIZE`: a single-axis iteration reaches the kernel in runs this long.
const BUFSIZE: usize = 8192;

/// An element type as NumPy's sum-of-products kernels treat it.
pub trait SumProd: Copy {
    /// The type the kernels compute in (float32 for float16).
    type A: Arith;
    /// Lanes of NumPy's baseline (128-bit) SIMD kernels; 0 where it uses scalar loops.
    const LANES: usize;
    /// NumPy has the two-operand specializations (it has none for complex types).
    const BINARY: bool;
    fn up(self) -> Self::A;
    fn down(a: Self::A) -> Self;
}

macro_rules! same {
    ($($t:ty => $lanes:expr, $binary:expr);*) => {$(
        impl SumProd for $t {
            type A = $t;
            const LANES: usize = $lanes;
            const BINARY: bool = $binary;
            #[inline(always)]
            fn up(self) -> $t { self }
            #[inline(always)]
            fn down(a: $t) -> $t { a }
        }
    )*};
}
same!(Bool8 => 0, true; i8 => 0, true; i16 => 0, true; i32 => 0, true; i64 => 0, true;
      u8 => 0, true; u16 => 0, true; u32 => 0, true; u64 => 0, true;
      f32 => 4, true; f64 => 2, true; C32 => 0, false; C64 => 0, false);

impl SumProd for f16 {
    type A = f32;
    const LANES: usize = 0;
    const BINARY: bool = true;
    #[inline(always)]
    fn up(self) -> f32 {
        self.to_f32()
    }
    #[inline(always)]
    fn down(a: f32) -> f16 {
        f16::from_f32(a)
    }
}

/// One operand: its elements in C order in the work dtype, the element step of that copy
/// along every label (0 where the operand lacks the label or broadcasts it), and the byte
/// stride of the operand as given along every label (what NumPy orders the axes by).
pub struct Term<T> {
    pub data: Vec<T>,
    pub step: Vec<usize>,
    pub bytes: Vec<isize>,
    /// The operand is cast to the work dtype (NumPy reads it through a contiguous buffer).
    pub cast: bool,
}

fn zero<T: SumProd>() -> T::A {
    <T::A as Pod>::zero()
}

/// NumPy's horizontal sum of a 2- or 4-lane vector (SSE3 `hadd` for four lanes).
fn hsum<A: Arith>(v: &[A]) -> A {
    match v {
        [a, b] => a.add(*b),
        [a, b, c, d] => a.add(*b).add(c.add(*d)),
        _ => v.iter().fold(<A as Pod>::zero(), |s, x| s.add(*x)),
    }
}

/// NumPy's `sum_of_arr`: the sum of a contiguous run.
fn sum_run<T: SumProd>(x: &[T]) -> T::A {
    let l = T::LANES;
    if l == 0 {
        let mut acc = zero::<T>();
        let mut i = 0;
        while x.len() - i > 4 {
            let a01 = x[i].up().add(x[i + 1].up());
            let a23 = x[i + 2].up().add(x[i + 3].up());
            acc = acc.add(a01.add(a23));
            i += 4;
        }
        for v in &x[i..] {
            acc = acc.add(v.up());
        }
        return acc;
    }
    let mut v = [zero::<T>(); 4];
    let mut blocks = x.chunks_exact(4 * l);
    for c in &mut blocks {
        for j in 0..l {
            let a01 = c[j].up().add(c[l + j].up());
            let a23 = c[2 * l + j].up().add(c[3 * l + j].up());
            v[j] = a01.add(a23).add(v[j]);
        }
    }
    for c in blocks.remainder().chunks(l) {
        for (j, vj) in v.iter_mut().enumerate().take(l) {
            let a = c.get(j).map_or(zero::<T>(), |e| e.up());
            *vj = a.add(*vj);
        }
    }
    hsum(&v[..l])
}

/// NumPy's `sum_of_products_contig_contig_outstride0_two`: the dot product of two
/// contiguous runs.
fn dot_run<T: SumProd>(a: &[T], b: &[T]) -> T::A {
    let l = T::LANES;
    let p = |i: usize| a[i].up().mul(b[i].up());
    if l == 0 {
        let mut acc = zero::<T>();
        let mut i = 0;
        while a.len() - i >= 4 {
            acc = acc.add(p(i).add(p(i + 1)).add(p(i + 2)).add(p(i + 3)));
            i += 4;
        }
        for k in i..a.len() {
            acc = acc.add(p(k));
        }
        return acc;
    }
    let mut v = [zero::<T>(); 4];
    let full = a.len() / (4 * l) * (4 * l);
    for s in (0..full).step_by(4 * l) {
        for (j, vj) in v.iter_mut().enumerate().take(l) {
            let ab3 = p(s + 3 * l + j).add(*vj);
            let ab2 = p(s + 2 * l + j).add(ab3);
            let ab1 = p(s + l + j).add(ab2);
            *vj = p(s + j).add(ab1);
        }
    }
    for s in (full..a.len()).step_by(l) {
        for (j, vj) in v.iter_mut().enumerate().take(l) {
            let x = if s + j < a.len() {
                p(s + j)
            } else {
                zero::<T>()
            };
            *vj = x.add(*vj);
        }
    }
    hsum(&v[..l])
}

/// The sum one run of summed axes adds to its output element, by NumPy's kernel for the
/// run's strides (`contig[k]`: operand k is contiguous along the run, `still[k]`: it
/// repeats one value).
fn run_sum<T: SumProd>(runs: &[&[T]], contig: &[bool], still: &[bool]) -> T::A {
    match runs {
        [x] if contig[0] => sum_run(x),
        [a, b] if T::BINARY && contig[0] && contig[1] => dot_run(a, b),
        [a, b] if T::BINARY && still[0] && contig[1] && !a.is_empty() => a[0].up().mul(sum_run(b)),
        [a, b] if T::BINARY && contig[0] && still[1] && !b.is_empty() => b[0].up().mul(sum_run(a)),
        _ => {
            let mut acc = zero::<T>();
            for i in 0..runs[0].len() {
                acc = acc.add(product(runs, i));
            }
            acc
        }
    }
}

#[inline(always)]
fn product<T: SumProd>(runs: &[&[T]], i: usize) -> T::A {
    let mut p = runs[0][i].up();
    for r in &runs[1..] {
        p = p.mul(r[i].up());
    }
    p
}

/// `out[ob + t*os] = (product of the operands at base + t*step) + out[...]` for t < n.
fn add_products<T: SumProd>(
    terms: &[Term<T>],
    base: &[usize],
    step: &[usize],
    out: &mut [T],
    (ob, os, n): (usize, usize, usize),
) {
    if let ([a, b], 1) = (terms, os) {
        let o = &mut out[ob..ob + n];
        let (pa, pb) = (base[0], base[1]);
        match (step[0], step[1]) {
            (0, 1) => {
                let v = a.data[pa].up();
                for (o, x) in o.iter_mut().zip(&b.data[pb..pb + n]) {
                    *o = T::down(v.mul(x.up()).add(o.up()));
                }
            }
            (1, 0) => {
                let v = b.data[pb].up();
                for (o, x) in o.iter_mut().zip(&a.data[pa..pa + n]) {
                    *o = T::down(x.up().mul(v).add(o.up()));
                }
            }
            (1, 1) => {
                for ((o, x), y) in o
                    .iter_mut()
                    .zip(&a.data[pa..pa + n])
                    .zip(&b.data[pb..pb + n])
                {
                    *o = T::down(x.up().mul(y.up()).add(o.up()));
                }
            }
            _ => {
                for (t, o) in o.iter_mut().enumerate() {
                    let p = a.data[pa + t * step[0]]
                        .up()
                        .mul(b.data[pb + t * step[1]].up());
                    *o = T::down(p.add(o.up()));
                }
            }
        }
        return;
    }
    for t in 0..n {
        let mut p = terms[0].data[base[0] + t * step[0]].up();
        for (k, term) in terms.iter().enumerate().skip(1) {
            p = p.mul(term.data[base[k] + t * step[k]].up());
        }
        let o = &mut out[ob + t * os];
        *o = T::down(p.add(o.up()));
    }
}

/// NumPy's `npyiter_find_best_axis_ordering`: a stable insertion sort of the axes (given
/// innermost first) by the operands' byte strides, an operand with a zero stride on
/// either axis abstaining and the first deciding operand winning a conflict in favour of
/// C order.
fn nditer_order(mut perm: Vec<usize>, strides: &[&[isize]]) -> Vec<usize> {
    for i0 in 1..perm.len() {
        let j0 = perm[i0];
        let mut ipos = i0;
        for i1 in (0..i0).rev() {
            let j1 = perm[i1];
            let (mut ambig, mut swap) = (true, false);
            for s in strides {
                if s[j0] != 0 && s[j1] != 0 {
                    if s[j1].unsigned_abs() <= s[j0].unsigned_abs() {
                        swap = false;
                    } else if ambig {
                        swap = true;
                    }
                    ambig = false;
                }
            }
            if !ambig {
                if swap {
                    ipos = i1;
                } else {
                    break;
                }
            }
        }
        if ipos != i0 {
            perm[ipos..=i0].rotate_right(1);
        }
    }
    perm
}

/// Sum the products of `terms` over every label into `out` (zeroed, C order over the
/// first `n_out` labels), in NumPy's order. `itemsize` is the work dtype's. Stops early
/// (leaving `out` partial) when Ctrl-C is pending; the caller's statement then fails.
pub fn contract<T: SumProd>(
    terms: &[Term<T>],
    sizes: &[usize],
    n_out: usize,
    itemsize: isize,
    out: &mut [T],
) {
    if sizes.contains(&0) || terms.is_empty() {
        return;
    }
    let axes: Vec<usize> = (0..sizes.len()).filter(|&a| sizes[a] != 1).collect();
    let strides: Vec<&[isize]> = terms.iter().map(|t| t.bytes.as_slice()).collect();
    // perm[0] is the innermost axis.
    let perm = nditer_order(axes.iter().rev().copied().collect(), &strides);
    // NumPy allocates the output in iteration order; arrsh writes it in C order.
    let mut np_out = vec![0isize; sizes.len()];
    let mut c_out = vec![0usize; sizes.len()];
    let mut acc = 1;
    for &a in perm.iter().filter(|&&a| a < n_out) {
        np_out[a] = acc;
        acc *= sizes[a] as isize;
    }
    let mut acc = 1;
    for a in (0..n_out).rev() {
        c_out[a] = if sizes[a] == 1 { 0 } else { acc };
        acc *= sizes[a];
    }
    let nop = terms.len();
    let mut base = vec![0usize; nop];
    let Some(&inner) = perm.first() else {
        // Every axis has length 1: one product.
        let p = product(&terms.iter().map(|t| &t.data[..1]).collect::<Vec<_>>(), 0);
        out[0] = T::down(p.add(out[0].up()));
        return;
    };
    // nditer's coalescing: adjacent axes whose strides chain for every operand merge.
    let chains = |i: usize, o: usize| {
        terms
            .iter()
            .all(|t| t.bytes[i] * sizes[i] as isize == t.bytes[o])
            && np_out[i] * sizes[i] as isize == np_out[o]
    };
    let groups = 1
        + (1..perm.len())
            .filter(|&g| !chains(perm[g - 1], perm[g]))
            .count();
    // `c_einsum`'s unbuffered loops take one or two operands over 2 or 3 coalesced axes
    // with no cast; everything else goes through the buffered iterator, which feeds the
    // kernel the innermost summed axes flattened, in runs of the buffer size, copying an
    // operand that has no single stride over them.
    let buffered = nop > 2 || !(2..=3).contains(&groups) || terms.iter().any(|t| t.cast);
    let summed_run = inner >= n_out;
    let mut group = 1;
    let mut run_len = sizes[inner];
    if buffered {
        while group < perm.len() && perm[group] >= n_out {
            run_len *= sizes[perm[group]];
            group += 1;
        }
    } else {
        while group < perm.len() && chains(perm[group - 1], perm[group]) {
            run_len *= sizes[perm[group]];
            group += 1;
        }
    }
    let chunk = if buffered { BUFSIZE } else { run_len };
    let outer: Vec<usize> = if summed_run {
        perm[group..].iter().rev().copied().collect()
    } else {
        perm[1..].iter().rev().copied().collect()
    };
    // The stride the kernel sees along the run: the operand's own when it has one over
    // the whole run, else the contiguous buffer's.
    let run_stride = |t: &Term<T>| {
        let single = (1..group)
            .all(|g| t.bytes[perm[g - 1]] * sizes[perm[g - 1]] as isize == t.bytes[perm[g]]);
        match t.bytes[inner] {
            0 if single => 0,
            s if single && !t.cast => s,
            _ => itemsize,
        }
    };
    let contig: Vec<bool> = terms.iter().map(|t| run_stride(t) == itemsize).collect();
    let still: Vec<bool> = terms.iter().map(|t| run_stride(t) == 0).collect();
    let run_axes: Vec<usize> = perm[..group].iter().rev().copied().collect();
    let mut scratch: Vec<Vec<T>> = vec![Vec::new(); nop];
    let inner_step: Vec<usize> = terms.iter().map(|t| t.step[inner]).collect();
    // The odometer over the outer axes (last fastest), with every operand's offset and the
    // output's kept up to date as it turns.
    let mut idx = vec![0usize; outer.len()];
    let mut ob = 0usize;
    let mut visited = 0usize;
    loop {
        if summed_run {
            for (k, t) in terms.iter().enumerate() {
                gather(t, base[k], &run_axes, sizes, &mut scratch[k]);
            }
            let mut s = 0;
            while s < run_len {
                let e = (s + chunk).min(run_len);
                let runs: Vec<&[T]> = scratch.iter().map(|v| &v[s..e]).collect();
                let sum = run_sum(&runs, &contig, &still);
                out[ob] = T::down(out[ob].up().add(sum));
                s = e;
            }
        } else {
            add_products(
                terms,
                &base,
                &inner_step,
                out,
                (ob, c_out[inner], sizes[inner]),
            );
        }
        visited += 1;
        if visited.is_multiple_of(256) && crate::interrupt::pending() {
            return;
        }
        let mut d = outer.len();
        loop {
            if d == 0 {
                return;
            }
            d -= 1;
            let a = outer[d];
            idx[d] += 1;
            if idx[d] < sizes[a] {
                for (b, t) in base.iter_mut().zip(terms) {
                    *b += t.step[a];
                }
                ob += c_out[a];
                break;
            }
            idx[d] = 0;
            let back = sizes[a] - 1;
            for (b, t) in base.iter_mut().zip(terms) {
                *b -= t.step[a] * back;
            }
            ob -= c_out[a] * back;
        }
    }
}

/// The elements of `t` along the run's axes (outermost first) from `base`, into `buf`.
fn gather<T: SumProd>(t: &Term<T>, base: usize, axes: &[usize], sizes: &[usize], buf: &mut Vec<T>) {
    buf.clear();
    if let [a] = axes {
        let (n, s) = (sizes[*a], t.step[*a]);
        if s == 1 {
            buf.extend_from_slice(&t.data[base..base + n]);
        } else {
            buf.extend((0..n).map(|i| t.data[base + i * s]));
        }
        return;
    }
    let mut idx = vec![0usize; axes.len()];
    loop {
        let off: usize = axes.iter().zip(&idx).map(|(&a, &i)| i * t.step[a]).sum();
        buf.push(t.data[base + off]);
        let mut d = axes.len();
        loop {
            if d == 0 {
                return;
            }
            d -= 1;
            idx[d] += 1;
            if idx[d] < sizes[axes[d]] {
                break;
            }
            idx[d] = 0;
        }
    }
}
