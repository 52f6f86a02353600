//! NumPy's pairwise summation (`@TYPE@_pairwise_sum` in its loops): blocks of up to 128
//! items summed with eight accumulators, larger runs split in halves at multiples of 8.
//! Integers and booleans just add in order (their sums do not depend on grouping).
//!
//! The recursion only decides where the blocks start; each piece of at most 2048 items is
//! copied from the operand by `fill(start, out)` into a local array and its blocks summed
//! there with vector adds, so the loops are typed and tight whatever the operand's layout.
//! A contiguous float run skips the copy: its blocks are summed in place
//! ([`Summable::add_items`]), which is what brings a full sum to memory speed.

use crate::array::element::{Bool8, C32, C64};
use crate::array::parallel;
use crate::array::raw::{Pod, Run};
use crate::numpy::ufunc::ops::Arith;
use half::f16;
use std::cell::RefCell;

const BLOCK: usize = 128;

/// Copies items `start .. start + out.len()` of the summed run into `out` (shared between
/// threads: a long float sum adds its two top-level pairwise halves on two cores).
pub type Fill<'a, T> = dyn Fn(usize, &mut [T]) + Sync + 'a;

/// Float runs at least this long sum their pairwise halves on separate threads (the
/// halves are independent in NumPy's order too, so the result is the same).
const PAR_SUM: usize = 1 << 20;

/// Pairwise subtrees at least this long look for Ctrl-C before they start (a relaxed load
/// per 64 Ki items), so a sum over 10^10 broadcast items still stops at once.
const INTERRUPT_CHECK: usize = 1 << 16;

/// Element types a sum reduction can accumulate.
pub trait Summable: Arith {
    /// `self + sum(run[0..n])`, grouped as NumPy's add-reduce inner loop does.
    fn add_run(self, n: usize, fill: &Fill<'_, Self>) -> Self;

    /// `self + sum(run[start .. start + n])` of an operand's run, grouped as
    /// [`Summable::add_run`] groups it. Float types read a contiguous run in place.
    fn add_items(self, run: &Run<'_, Self>, start: usize, n: usize) -> Self {
        self.add_run(n, &|i, dst: &mut [Self]| run.copy_to(start + i, dst))
    }
}

/// Integer sums wrap, so grouping cannot change them: add block by block.
macro_rules! sequential {
    ($($t:ty),*) => {$(
        impl Summable for $t {
            fn add_run(self, n: usize, fill: &Fill<'_, Self>) -> Self {
                let mut block = [<$t as crate::array::raw::Pod>::zero(); 1024];
                let mut acc = self;
                let mut s = 0;
                while s < n && !crate::interrupt::pending() {
                    let m = (n - s).min(block.len());
                    fill(s, &mut block[..m]);
                    acc = block[..m].iter().fold(acc, |a, &x| a.add(x));
                    s += m;
                }
                acc
            }
        }
    )*};
}
sequential!(i8, i16, i32, i64, u8, u16, u32, u64, Bool8);

/// Runs up to this long are copied from the operand in one piece and their whole pairwise
/// tree is summed from the local copy (one fill and one SIMD dispatch per piece instead of
/// one per 128-item block). The tree's shape depends only on the run's length, so summing
/// a piece locally groups exactly as NumPy's recursion over the operand does.
const LOCAL: usize = 2048;

/// Leaves of a pairwise tree over at most [`LOCAL`] items: every leaf of a run longer than
/// [`BLOCK`] holds at least 64 items, so `LOCAL / 64` slots hold them all.
const MAX_LEAVES: usize = LOCAL / 64;

/// Appends the lengths of the pairwise tree's leaves (blocks of at most [`BLOCK`] items),
/// left to right, for a run of `n` items.
fn leaves(n: usize, out: &mut [usize; MAX_LEAVES], count: &mut usize) {
    if n <= BLOCK {
        out[*count] = n;
        *count += 1;
    } else {
        let mut n2 = n / 2;
        n2 -= n2 % 8;
        leaves(n2, out, count);
        leaves(n - n2, out, count);
    }
}

/// Adds the leaf sums back up the same tree: `sums` holds them left to right, `next` is the
/// first one this subtree of `n` items uses.
fn combine<F: std::ops::Add<Output = F> + Copy>(n: usize, sums: &[F], next: &mut usize) -> F {
    if n <= BLOCK {
        let s = sums[*next];
        *next += 1;
        s
    } else {
        let mut n2 = n / 2;
        n2 -= n2 % 8;
        let a = combine(n2, sums, next);
        a + combine(n - n2, sums, next)
    }
}

/// Float types the pairwise kernel adds in (the accumulator types).
trait Lanes: Copy + std::ops::Add<Output = Self> + std::ops::AddAssign {
    const ZERO: Self;
    const NEG_ZERO: Self;
}
impl Lanes for f64 {
    const ZERO: Self = 0.0;
    const NEG_ZERO: Self = -0.0;
}
impl Lanes for f32 {
    const ZERO: Self = 0.0;
    const NEG_ZERO: Self = -0.0;
}

thread_local! {
    static LOCAL_F64: RefCell<Vec<f64>> = const { RefCell::new(Vec::new()) };
    static LOCAL_F32: RefCell<Vec<f32>> = const { RefCell::new(Vec::new()) };
}

/// Float types with a per-thread piece buffer: a sum of a few items (`sum(axis=1)` of
/// short rows calls [`Summable::add_run`] once per row) must not zero 32 KiB each time.
trait Local: Lanes + 'static {
    fn key() -> &'static std::thread::LocalKey<RefCell<Vec<Self>>>;
}
impl Local for f64 {
    fn key() -> &'static std::thread::LocalKey<RefCell<Vec<Self>>> {
        &LOCAL_F64
    }
}
impl Local for f32 {
    fn key() -> &'static std::thread::LocalKey<RefCell<Vec<Self>>> {
        &LOCAL_F32
    }
}

/// Runs `f` with this thread's piece buffer of [`LOCAL`] items (a fresh one if the
/// thread's is somehow in use already).
fn with_local<F: Local, R>(f: impl FnOnce(&mut [F]) -> R) -> R {
    F::key().with(|cell| match cell.try_borrow_mut() {
        Ok(mut buf) => {
            buf.resize(LOCAL, F::ZERO);
            f(&mut buf)
        }
        Err(_) => f(&mut [F::ZERO; LOCAL]),
    })
}

/// Where a leaf's items come from: the local copy of a piece, or a contiguous run of the
/// operand read in place.
trait Items<F> {
    fn one(&self, i: usize) -> F;
    fn eight(&self, i: usize) -> [F; 8];
}

impl<F: Lanes> Items<F> for [F] {
    #[inline(always)]
    fn one(&self, i: usize) -> F {
        self[i]
    }
    #[inline(always)]
    fn eight(&self, i: usize) -> [F; 8] {
        let mut r = [F::ZERO; 8];
        r.copy_from_slice(&self[i..i + 8]);
        r
    }
}

impl<F: Lanes + Pod> Items<F> for Run<'_, F> {
    // Callers check that the run is contiguous and holds every item they ask for, so
    // the zeros of an impossible `None` are never added.
    #[inline(always)]
    fn one(&self, i: usize) -> F {
        self.chunk::<1>(i).map_or(F::ZERO, |[v]| v)
    }
    #[inline(always)]
    fn eight(&self, i: usize) -> [F; 8] {
        self.chunk::<8>(i).unwrap_or([F::ZERO; 8])
    }
}

/// One leaf, items `at .. at + n` of `b`, as NumPy's `pairwise_sum` sums a block of at
/// most 128 items: below 8 items in order from -0.0; otherwise eight accumulators (lane
/// `j` adds items `j, j+8, ...`, which the compiler turns into vector adds), combined as
/// ((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7)), then the tail in order.
#[inline(always)]
fn leaf<F: Lanes, B: Items<F> + ?Sized>(b: &B, at: usize, n: usize) -> F {
    if n < 8 {
        let mut res = F::NEG_ZERO;
        for i in at..at + n {
            res += b.one(i);
        }
        return res;
    }
    let mut r = b.eight(at);
    let body = n - n % 8;
    let mut i = at + 8;
    while i < at + body {
        let c = b.eight(i);
        for j in 0..8 {
            r[j] += c[j];
        }
        i += 8;
    }
    let mut res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
    for i in at + body..at + n {
        res += b.one(i);
    }
    res
}

/// The leaf sums of one piece (items `at ..` of `items`), compiled for the CPU's vector
/// width by `pulp`.
struct LeafSums<'a, F, B: ?Sized> {
    items: &'a B,
    at: usize,
    lens: &'a [usize],
    sums: &'a mut [F],
}

impl<F: Lanes, B: Items<F> + ?Sized> pulp::WithSimd for LeafSums<'_, F, B> {
    type Output = ();

    #[inline(always)]
    fn with_simd<S: pulp::Simd>(self, _: S) {
        let mut at = self.at;
        for (s, &len) in self.sums.iter_mut().zip(self.lens) {
            *s = leaf(self.items, at, len);
            at += len;
        }
    }
}

/// The pairwise sum of a piece of at most [`LOCAL`] items, `at .. at + n` of `items`.
fn pairwise_local<F: Lanes, B: Items<F> + ?Sized>(items: &B, at: usize, n: usize) -> F {
    if n <= BLOCK {
        return leaf(items, at, n);
    }
    let mut lens = [0usize; MAX_LEAVES];
    let mut count = 0;
    leaves(n, &mut lens, &mut count);
    let mut sums = [F::ZERO; MAX_LEAVES];
    pulp::Arch::new().dispatch(LeafSums {
        items,
        at,
        lens: &lens[..count],
        sums: &mut sums[..count],
    });
    combine(n, &sums[..count], &mut 0)
}

/// The pairwise sum of items `start .. start + n` of a contiguous run, read in place, with
/// up to `threads` threads (as the piece-copying kernels below split their work).
fn pairwise_in_place<F: Lanes + Pod + Sync>(
    run: &Run<'_, F>,
    start: usize,
    n: usize,
    threads: usize,
) -> F {
    if n <= LOCAL {
        return pairwise_local(run, start, n);
    }
    if n >= INTERRUPT_CHECK && crate::interrupt::pending() {
        // Ctrl-C: the statement raises KeyboardInterrupt before this sum is used.
        return F::ZERO;
    }
    let mut n2 = n / 2;
    n2 -= n2 % 8;
    if threads >= 2 && n >= PAR_SUM {
        let left = threads / 2;
        let (a, b) = std::thread::scope(|s| {
            let h = s.spawn(|| pairwise_in_place(run, start + n2, n - n2, threads - left));
            (pairwise_in_place(run, start, n2, left), h.join())
        });
        match b {
            Ok(b) => a + b,
            Err(p) => std::panic::resume_unwind(p),
        }
    } else {
        let a = pairwise_in_place(run, start, n2, 1);
        a + pairwise_in_place(run, start + n2, n - n2, 1)
    }
}

/// The pairwise sum of `n` items from `start`, read as `$t` and added in `$f`, with up to
/// `threads` threads for the subtree (each split hands half of them to each half). `local`
/// is the thread's piece buffer of [`LOCAL`] items.
macro_rules! pairwise_fn {
    ($name:ident, $t:ty, $f:ty, $load:expr) => {
        fn $name(
            start: usize,
            n: usize,
            fill: &Fill<'_, $t>,
            threads: usize,
            local: &mut [$f],
        ) -> $f {
            if n <= LOCAL {
                let load = $load;
                load(start, &mut local[..n], fill);
                pairwise_local(&local[..n], 0, n)
            } else if n >= INTERRUPT_CHECK && crate::interrupt::pending() {
                // Ctrl-C: the statement raises KeyboardInterrupt before this sum is used.
                0.0
            } else {
                let mut n2 = n / 2;
                n2 -= n2 % 8;
                if threads >= 2 && n >= PAR_SUM {
                    let left = threads / 2;
                    let (a, b) = std::thread::scope(|s| {
                        let h = s.spawn(|| {
                            with_local(|own| $name(start + n2, n - n2, fill, threads - left, own))
                        });
                        ($name(start, n2, fill, left, local), h.join())
                    });
                    match b {
                        Ok(b) => a + b,
                        Err(p) => std::panic::resume_unwind(p),
                    }
                } else {
                    let a = $name(start, n2, fill, 1, local);
                    a + $name(start + n2, n - n2, fill, 1, local)
                }
            }
        }
    };
}
// float64 and float32 pieces are filled in place; float16 through a widening copy.
pairwise_fn!(
    pairwise_f64,
    f64,
    f64,
    |s, b: &mut [f64], fill: &Fill<'_, f64>| fill(s, b)
);
pairwise_fn!(
    pairwise_f32,
    f32,
    f32,
    |s, b: &mut [f32], fill: &Fill<'_, f32>| fill(s, b)
);
// float16 sums accumulate in float32 and round once at the end.
pairwise_fn!(
    pairwise_f16,
    f16,
    f32,
    |s, b: &mut [f32], fill: &Fill<'_, f16>| {
        let mut raw = [f16::ZERO; BLOCK];
        for (k, piece) in b.chunks_mut(BLOCK).enumerate() {
            let raw = &mut raw[..piece.len()];
            fill(s + k * BLOCK, raw);
            for (d, &x) in piece.iter_mut().zip(raw.iter()) {
                *d = x.to_f32();
            }
        }
    }
);

impl Summable for f64 {
    fn add_run(self, n: usize, fill: &Fill<'_, Self>) -> Self {
        self + with_local(|b| pairwise_f64(0, n, fill, parallel::threads(), b))
    }

    fn add_items(self, run: &Run<'_, Self>, start: usize, n: usize) -> Self {
        if run.is_contiguous() && start + n <= run.len() {
            return self + pairwise_in_place(run, start, n, parallel::threads());
        }
        self.add_run(n, &|i, dst: &mut [Self]| run.copy_to(start + i, dst))
    }
}

impl Summable for f32 {
    fn add_run(self, n: usize, fill: &Fill<'_, Self>) -> Self {
        self + with_local(|b| pairwise_f32(0, n, fill, parallel::threads(), b))
    }

    fn add_items(self, run: &Run<'_, Self>, start: usize, n: usize) -> Self {
        if run.is_contiguous() && start + n <= run.len() {
            return self + pairwise_in_place(run, start, n, parallel::threads());
        }
        self.add_run(n, &|i, dst: &mut [Self]| run.copy_to(start + i, dst))
    }
}

impl Summable for f16 {
    fn add_run(self, n: usize, fill: &Fill<'_, Self>) -> Self {
        f16::from_f32(
            self.to_f32() + with_local(|b| pairwise_f16(0, n, fill, parallel::threads(), b)),
        )
    }
}

/// Complex pairwise sums run over the interleaved floats (`2n` of them), so blocks hold
/// four complex values and the first split is at a multiple of four.
macro_rules! complex_sum {
    ($t:ty, $f:ty, $name:ident) => {
        fn $name(start: usize, n: usize, fill: &Fill<'_, $t>) -> ($f, $f) {
            let nf = 2 * n;
            if nf <= BLOCK {
                let mut z = [<$t>::new(0.0, 0.0); BLOCK / 2];
                fill(start, &mut z[..n]);
                if nf < 8 {
                    let (mut rr, mut ri): ($f, $f) = (-0.0, -0.0);
                    for v in &z[..n] {
                        rr += v.re;
                        ri += v.im;
                    }
                    return (rr, ri);
                }
                let mut r = [0.0 as $f; 8];
                for j in 0..4 {
                    r[2 * j] = z[j].re;
                    r[2 * j + 1] = z[j].im;
                }
                let mut i = 8;
                while i < nf - nf % 8 {
                    for j in 0..4 {
                        let v = z[i / 2 + j];
                        r[2 * j] += v.re;
                        r[2 * j + 1] += v.im;
                    }
                    i += 8;
                }
                let mut rr = (r[0] + r[2]) + (r[4] + r[6]);
                let mut ri = (r[1] + r[3]) + (r[5] + r[7]);
                for v in &z[i / 2..n] {
                    rr += v.re;
                    ri += v.im;
                }
                (rr, ri)
            } else if n >= INTERRUPT_CHECK && crate::interrupt::pending() {
                (0.0, 0.0)
            } else {
                let mut n2 = nf / 2;
                n2 -= n2 % 8;
                let (a, b) = $name(start, n2 / 2, fill);
                let (c, d) = $name(start + n2 / 2, n - n2 / 2, fill);
                (a + c, b + d)
            }
        }

        impl Summable for $t {
            fn add_run(self, n: usize, fill: &Fill<'_, Self>) -> Self {
                let (rr, ri) = $name(0, n, fill);
                <$t>::new(self.re + rr, self.im + ri)
            }
        }
    };
}
complex_sum!(C32, f32, pairwise_c32);
complex_sum!(C64, f64, pairwise_c64);

#[cfg(test)]
mod tests {
    use super::*;

    /// NumPy's `pairwise_sum` as written in its loops, one item at a time.
    fn reference<F: Lanes>(b: &[F]) -> F {
        let n = b.len();
        if n < 8 {
            b.iter().fold(F::NEG_ZERO, |a, &v| a + v)
        } else if n <= BLOCK {
            let mut r = [F::ZERO; 8];
            r.copy_from_slice(&b[..8]);
            let mut i = 8;
            while i < n - n % 8 {
                for j in 0..8 {
                    r[j] += b[i + j];
                }
                i += 8;
            }
            let mut res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for &v in &b[i..] {
                res += v;
            }
            res
        } else {
            let mut n2 = n / 2;
            n2 -= n2 % 8;
            reference(&b[..n2]) + reference(&b[n2..])
        }
    }

    /// Values of very different magnitudes, so that any other grouping changes the bits.
    fn values(n: usize) -> Vec<f64> {
        let mut s: u64 = 0x9e37_79b9_7f4a_7c15;
        (0..n)
            .map(|_| {
                s = s
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let m = (s >> 11) as f64 / (1u64 << 53) as f64 - 0.5;
                m * 10f64.powi(((s >> 3) % 17) as i32 - 8)
            })
            .collect()
    }

    #[test]
    fn float_sums_group_as_numpy() {
        let lens = (0..300).chain([2047, 2048, 2049, 4096, 5000, 8192, 100_003, (1 << 21) + 17]);
        for n in lens {
            let v = values(n);
            let fill = |s: usize, out: &mut [f64]| out.copy_from_slice(&v[s..s + out.len()]);
            let want = 0.0 + reference(&v);
            assert_eq!(
                0.0f64.add_run(n, &fill).to_bits(),
                want.to_bits(),
                "n = {n}"
            );
            // The same items read in place from an array buffer, at an odd byte offset
            // (unaligned) and starting past a few leading items.
            let lead = 3;
            let mut bytes = vec![0u8; 1];
            for x in std::iter::repeat_n(1.0f64, lead).chain(v.iter().copied()) {
                bytes.extend_from_slice(&x.to_ne_bytes());
            }
            let buf = crate::array::raw::Buffer::from_bytes(&bytes).expect("small buffer");
            let run = buf.run::<f64>(1, 8, lead + n).expect("in bounds");
            assert_eq!(
                0.0f64.add_items(&run, lead, n).to_bits(),
                want.to_bits(),
                "in place, n = {n}"
            );
            let v32: Vec<f32> = v.iter().map(|&x| x as f32).collect();
            let fill = |s: usize, out: &mut [f32]| out.copy_from_slice(&v32[s..s + out.len()]);
            let want = 0.0 + reference(&v32);
            assert_eq!(
                0.0f32.add_run(n, &fill).to_bits(),
                want.to_bits(),
                "f32 n = {n}"
            );
        }
    }
}
