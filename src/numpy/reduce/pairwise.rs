//! NumPy's pairwise summation (`@TYPE@_pairwise_sum` in its loops): blocks of up to 128
//! items summed with eight accumulators, larger runs split in halves at multiples of 8.
//! Integers and booleans just add in order (their sums do not depend on grouping).

use crate::array::element::{Bool8, C32, C64};
use crate::numpy::ufunc::ops::Arith;
use half::f16;

const BLOCK: usize = 128;

/// Element types a sum reduction can accumulate.
pub trait Summable: Arith {
    /// `self + sum(get(0..n))`, grouped as NumPy's add-reduce inner loop does.
    fn add_sum(self, n: usize, get: &dyn Fn(usize) -> Self) -> Self;
}

macro_rules! sequential {
    ($($t:ty),*) => {$(
        impl Summable for $t {
            fn add_sum(self, n: usize, get: &dyn Fn(usize) -> Self) -> Self {
                (0..n).fold(self, |acc, i| acc.add(get(i)))
            }
        }
    )*};
}
sequential!(i8, i16, i32, i64, u8, u16, u32, u64, Bool8);

macro_rules! pairwise_fn {
    ($name:ident, $t:ty) => {
        /// Pairwise sum of `n` values read through `get` (in `$t` arithmetic).
        fn $name(n: usize, get: &dyn Fn(usize) -> $t) -> $t {
            if n < 8 {
                let mut res: $t = -0.0;
                for i in 0..n {
                    res += get(i);
                }
                res
            } else if n <= BLOCK {
                let mut r = [0.0 as $t; 8];
                for (j, slot) in r.iter_mut().enumerate() {
                    *slot = get(j);
                }
                let mut i = 8;
                while i < n - n % 8 {
                    for (j, slot) in r.iter_mut().enumerate() {
                        *slot += get(i + j);
                    }
                    i += 8;
                }
                let mut res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
                while i < n {
                    res += get(i);
                    i += 1;
                }
                res
            } else {
                let mut n2 = n / 2;
                n2 -= n2 % 8;
                $name(n2, get) + $name(n - n2, &|i| get(n2 + i))
            }
        }
    };
}
pairwise_fn!(pairwise_f64, f64);
pairwise_fn!(pairwise_f32, f32);

impl Summable for f64 {
    fn add_sum(self, n: usize, get: &dyn Fn(usize) -> Self) -> Self {
        self + pairwise_f64(n, get)
    }
}

impl Summable for f32 {
    fn add_sum(self, n: usize, get: &dyn Fn(usize) -> Self) -> Self {
        self + pairwise_f32(n, get)
    }
}

/// float16 sums accumulate in float32 and round once at the end.
impl Summable for f16 {
    fn add_sum(self, n: usize, get: &dyn Fn(usize) -> Self) -> Self {
        f16::from_f32(self.to_f32() + pairwise_f32(n, &|i| get(i).to_f32()))
    }
}

/// Complex pairwise sums run over the interleaved floats (`2n` of them), so blocks hold
/// four complex values and the first split is at a multiple of four.
macro_rules! complex_sum {
    ($t:ty, $f:ty, $name:ident) => {
        fn $name(n: usize, get: &dyn Fn(usize) -> $t) -> ($f, $f) {
            let nf = 2 * n;
            if nf < 8 {
                let (mut rr, mut ri): ($f, $f) = (-0.0, -0.0);
                for i in 0..n {
                    let z = get(i);
                    rr += z.re;
                    ri += z.im;
                }
                (rr, ri)
            } else if nf <= BLOCK {
                let mut r = [0.0 as $f; 8];
                for j in 0..4 {
                    let z = get(j);
                    r[2 * j] = z.re;
                    r[2 * j + 1] = z.im;
                }
                let mut i = 8;
                while i < nf - nf % 8 {
                    for j in 0..4 {
                        let z = get(i / 2 + j);
                        r[2 * j] += z.re;
                        r[2 * j + 1] += z.im;
                    }
                    i += 8;
                }
                let mut rr = (r[0] + r[2]) + (r[4] + r[6]);
                let mut ri = (r[1] + r[3]) + (r[5] + r[7]);
                while i < nf {
                    let z = get(i / 2);
                    rr += z.re;
                    ri += z.im;
                    i += 2;
                }
                (rr, ri)
            } else {
                let mut n2 = nf / 2;
                n2 -= n2 % 8;
                let (a, b) = $name(n2 / 2, get);
                let (c, d) = $name(n - n2 / 2, &|i| get(n2 / 2 + i));
                (a + c, b + d)
            }
        }

        impl Summable for $t {
            fn add_sum(self, n: usize, get: &dyn Fn(usize) -> Self) -> Self {
                let (rr, ri) = $name(n, get);
                <$t>::new(self.re + rr, self.im + ri)
            }
        }
    };
}
complex_sum!(C32, f32, pairwise_c32);
complex_sum!(C64, f64, pairwise_c64);
