//! NumPy's own vectorised algorithms for float32/float64 math ufuncs, so arrsh prints the
//! bits NumPy prints on the same machine: on x86-64 with AVX-512 NumPy 2.4 dispatches
//! float64 exp/log to its AVX-512 kernels, without AVX-512 to the C library ([`target`]).
//!
//! Every kernel is plain Rust over `f32`/`f64`, with `mul_add` wherever NumPy's kernel
//! fuses: the results do not depend on the CPU. Only speed does: [`map`] runs the block
//! loop compiled a second time for AVX-512 ([`with_avx512`], 8 float64 lanes with gathers
//! for the table lookups) or, without it, through `pulp`'s runtime dispatch with AVX2 and
//! FMA (safe code; both check the CPU), so the fused multiply-adds are single
//! instructions and the loop vectorizes; without FMA `mul_add` is libm's exact `fma`.

mod exp_f64;
mod explog_f32;
mod log_f64;
mod sincos_f32;
pub mod target;

use crate::array::raw::{with_avx512, Avx512Work};

/// A math ufunc with NumPy's own kernel here.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kernel {
    Exp,
    Log,
    Sin,
    Cos,
}

/// The float types with NumPy's kernels: one block of `kernel` at a time.
pub trait NpMath: Copy {
    /// `rs[i] = kernel(xs[i])` (`rs` is as long as `xs`).
    fn block(kernel: Kernel, xs: &[Self], rs: &mut [Self]);
}

impl NpMath for f64 {
    #[inline(always)]
    fn block(kernel: Kernel, xs: &[f64], rs: &mut [f64]) {
        match kernel {
            Kernel::Exp if target::get() == target::Target::X86V4 => exp_f64::exp_block(xs, rs),
            Kernel::Log if target::get() == target::Target::X86V4 => log_f64::log_block(xs, rs),
            // Without AVX-512, NumPy's float64 exp and log are the C library's.
            Kernel::Exp => {
                for (r, &x) in rs.iter_mut().zip(xs) {
                    *r = x.exp();
                }
            }
            // ... except that a negative input gives the positive quiet nan there
            // (tests/fixtures/vmath/baseline), where the C library's is negative.
            Kernel::Log => {
                for (r, &x) in rs.iter_mut().zip(xs) {
                    *r = if x < 0.0 { f64::NAN } else { x.ln() };
                }
            }
            // NumPy's float64 sin/cos are libm's (its SIMD versions are disabled).
            Kernel::Sin => {
                for (r, &x) in rs.iter_mut().zip(xs) {
                    *r = x.sin();
                }
            }
            Kernel::Cos => {
                for (r, &x) in rs.iter_mut().zip(xs) {
                    *r = x.cos();
                }
            }
        }
    }
}

impl NpMath for f32 {
    #[inline(always)]
    fn block(kernel: Kernel, xs: &[f32], rs: &mut [f32]) {
        match kernel {
            Kernel::Exp => {
                for (r, &x) in rs.iter_mut().zip(xs) {
                    *r = explog_f32::exp(x);
                }
            }
            Kernel::Log => {
                for (r, &x) in rs.iter_mut().zip(xs) {
                    *r = explog_f32::log(x);
                }
            }
            Kernel::Sin => sincos_f32::block(false, xs, rs),
            Kernel::Cos => sincos_f32::block(true, xs, rs),
        }
    }
}

/// `rs[i] = kernel(xs[i])`, with the CPU's vector and FMA instructions when it has them:
/// AVX-512, else AVX2 with FMA through `pulp`, else plain code.
pub fn map<T: NpMath>(kernel: Kernel, xs: &[T], rs: &mut [T]) {
    if let Err(b) = with_avx512(Block { kernel, xs, rs }) {
        pulp::Arch::new().dispatch(b)
    }
}

impl<T: NpMath> Avx512Work for Block<'_, T> {
    type Output = ();

    #[inline(always)]
    fn run(self) {
        T::block(self.kernel, self.xs, self.rs)
    }
}

/// One call of [`map`], as `pulp` wants it (inlined into each target-feature copy).
struct Block<'a, T> {
    kernel: Kernel,
    xs: &'a [T],
    rs: &'a mut [T],
}

impl<T: NpMath> pulp::WithSimd for Block<'_, T> {
    type Output = ();

    #[inline(always)]
    fn with_simd<S: pulp::Simd>(self, _: S) {
        T::block(self.kernel, self.xs, self.rs)
    }
}
