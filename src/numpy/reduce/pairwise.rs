//! NumPy's pairwise summation (`@TYPE@_pairwise_sum` in its loops): blocks of up to 128
//! items summed with eight accumulators, larger runs split in halves at multiples of 8.
//! Integers and booleans just add in order (their sums do not depend on grouping).
//!
//! The recursion only decides where the blocks start; each block of at most 128 items is
//! copied from the operand by `fill(start, out)` into a local array and summed there, so the
//! loops are typed and tight whatever the operand's layout.

use crate::array::element::{Bool8, C32, C64};
use crate::array::parallel;
use crate::numpy::ufunc::ops::Arith;
use half::f16;

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

/// The pairwise sum of `n` items from `start`, read as `$t` and added in `$f`, with up to
/// `threads` threads for the subtree (each split hands half of them to each half).
macro_rules! pairwise_fn {
    ($name:ident, $t:ty, $f:ty, $load:expr) => {
        fn $name(start: usize, n: usize, fill: &Fill<'_, $t>, threads: usize) -> $f {
            if n <= BLOCK {
                let mut b = [0.0 as $f; BLOCK];
                let load = $load;
                load(start, &mut b[..n], fill);
                if n < 8 {
                    let mut res: $f = -0.0;
                    for &v in &b[..n] {
                        res += v;
                    }
                    return res;
                }
                let mut r = [0.0 as $f; 8];
                r.copy_from_slice(&b[..8]);
                let mut i = 8;
                while i < n - n % 8 {
                    for j in 0..8 {
                        r[j] += b[i + j];
                    }
                    i += 8;
                }
                let mut res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
                for &v in &b[i..n] {
                    res += v;
                }
                res
            } else if n >= INTERRUPT_CHECK && crate::interrupt::pending() {
                // Ctrl-C: the statement raises KeyboardInterrupt before this sum is used.
                0.0
            } else {
                let mut n2 = n / 2;
                n2 -= n2 % 8;
                if threads >= 2 && n >= PAR_SUM {
                    let left = threads / 2;
                    let (a, b) = std::thread::scope(|s| {
                        let h = s.spawn(|| $name(start + n2, n - n2, fill, threads - left));
                        ($name(start, n2, fill, left), h.join())
                    });
                    match b {
                        Ok(b) => a + b,
                        Err(p) => std::panic::resume_unwind(p),
                    }
                } else {
                    $name(start, n2, fill, 1) + $name(start + n2, n - n2, fill, 1)
                }
            }
        }
    };
}
// float64 and float32 blocks are filled in place; float16 through a widening copy.
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
        let m = b.len();
        fill(s, &mut raw[..m]);
        for (d, &x) in b.iter_mut().zip(&raw[..m]) {
            *d = x.to_f32();
        }
    }
);

impl Summable for f64 {
    fn add_run(self, n: usize, fill: &Fill<'_, Self>) -> Self {
        self + pairwise_f64(0, n, fill, parallel::threads())
    }
}

impl Summable for f32 {
    fn add_run(self, n: usize, fill: &Fill<'_, Self>) -> Self {
        self + pairwise_f32(0, n, fill, parallel::threads())
    }
}

impl Summable for f16 {
    fn add_run(self, n: usize, fill: &Fill<'_, Self>) -> Self {
        f16::from_f32(self.to_f32() + pairwise_f16(0, n, fill, parallel::threads()))
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
