//! The complex transcendental loops. NumPy's `npy_csin`, `npy_cacos`, … are the C
//! library's `csin`, `cacos`, … wherever libm has them (glibc on Linux), and its
//! `log2`/`log10`/`exp2`/`expm1`/`log1p` are built on them (`nc_log2` etc. in
//! `funcs.inc.src`); calling the same functions gives NumPy's results to the last bit,
//! branch cuts (`arccos(2+0j)` is `-1.3169…j`) and special values included. The
//! floating-point flags are the ones those functions raise, read from the FP environment
//! as NumPy reads them after its loop.
//!
//! `unsafe` here is only the calls into C: the functions take and return values (no
//! pointers), and the fenv calls touch this thread's own status word.
#![allow(unsafe_code)]

use super::math;
use super::ops::FpFlags;
use super::UOp;
use crate::array::element::{C32, C64};
use std::ffi::c_int;

/// C's `double complex`, which every C ABI passes and returns as this struct.
#[repr(C)]
#[derive(Clone, Copy)]
struct CDouble {
    re: f64,
    im: f64,
}

/// C's `float complex`.
#[repr(C)]
#[derive(Clone, Copy)]
struct CFloat {
    re: f32,
    im: f32,
}

extern "C" {
    fn csqrt(z: CDouble) -> CDouble;
    fn cexp(z: CDouble) -> CDouble;
    fn clog(z: CDouble) -> CDouble;
    fn csin(z: CDouble) -> CDouble;
    fn ccos(z: CDouble) -> CDouble;
    fn ctan(z: CDouble) -> CDouble;
    fn csinh(z: CDouble) -> CDouble;
    fn ccosh(z: CDouble) -> CDouble;
    fn ctanh(z: CDouble) -> CDouble;
    fn casin(z: CDouble) -> CDouble;
    fn cacos(z: CDouble) -> CDouble;
    fn catan(z: CDouble) -> CDouble;
    fn casinh(z: CDouble) -> CDouble;
    fn cacosh(z: CDouble) -> CDouble;
    fn catanh(z: CDouble) -> CDouble;
    fn cpow(x: CDouble, y: CDouble) -> CDouble;
    fn csqrtf(z: CFloat) -> CFloat;
    fn cexpf(z: CFloat) -> CFloat;
    fn clogf(z: CFloat) -> CFloat;
    fn csinf(z: CFloat) -> CFloat;
    fn ccosf(z: CFloat) -> CFloat;
    fn ctanf(z: CFloat) -> CFloat;
    fn csinhf(z: CFloat) -> CFloat;
    fn ccoshf(z: CFloat) -> CFloat;
    fn ctanhf(z: CFloat) -> CFloat;
    fn casinf(z: CFloat) -> CFloat;
    fn cacosf(z: CFloat) -> CFloat;
    fn catanf(z: CFloat) -> CFloat;
    fn casinhf(z: CFloat) -> CFloat;
    fn cacoshf(z: CFloat) -> CFloat;
    fn catanhf(z: CFloat) -> CFloat;
    fn cpowf(x: CFloat, y: CFloat) -> CFloat;
    fn feclearexcept(excepts: c_int) -> c_int;
    fn fetestexcept(excepts: c_int) -> c_int;
}

/// `<fenv.h>`'s FE_INVALID, FE_DIVBYZERO and FE_OVERFLOW.
#[cfg(any(target_arch = "x86_64", target_arch = "x86"))]
const FE: [c_int; 3] = [0x01, 0x04, 0x08];
#[cfg(not(any(target_arch = "x86_64", target_arch = "x86")))]
const FE: [c_int; 3] = [0x01, 0x02, 0x04];

/// The unary ufuncs whose complex loops are [`LibmComplex::libm`].
pub fn is_libm(op: UOp) -> bool {
    use UOp::*;
    matches!(
        op,
        Sqrt | Exp
            | Log
            | Log2
            | Log10
            | Exp2
            | Expm1
            | Log1p
            | Sin
            | Cos
            | Tan
            | Sinh
            | Cosh
            | Tanh
            | Arcsin
            | Arccos
            | Arctan
            | Arcsinh
            | Arccosh
            | Arctanh
    )
}

/// Runs `body` (a loop of C math calls) and returns the invalid, divide-by-zero and
/// overflow flags it raised.
pub fn with_flags(body: impl FnOnce()) -> FpFlags {
    let all = FE[0] | FE[1] | FE[2];
    // SAFETY: fenv calls on this thread's own floating-point status word.
    let raised = unsafe {
        feclearexcept(all);
        body();
        let r = fetestexcept(all);
        feclearexcept(all);
        r
    };
    FpFlags {
        invalid: raised & FE[0] != 0,
        divide: raised & FE[1] != 0,
        overflow: raised & FE[2] != 0,
    }
}

/// One complex type's C functions.
pub trait LibmComplex: Sized + Copy {
    /// `op(z)` for an `op` of [`is_libm`] (any other `op` gives `z`).
    fn libm(op: UOp, z: Self) -> Self;
    /// C's `cpow`, the last case of NumPy's `npy_cpow`.
    fn cpow(x: Self, y: Self) -> Self;
}

macro_rules! libm_complex {
    ($T:ty, $C:ident, $f:ty, $log2e:expr, $log10e:expr, $ln2:expr,
     [$sqrt:ident, $exp:ident, $log:ident, $sin:ident, $cos:ident, $tan:ident,
      $sinh:ident, $cosh:ident, $tanh:ident, $asin:ident, $acos:ident, $atan:ident,
      $asinh:ident, $acosh:ident, $atanh:ident, $pow:ident]) => {
        impl LibmComplex for $T {
            fn libm(op: UOp, z: Self) -> Self {
                let c = $C { re: z.re, im: z.im };
                // SAFETY: pure C math functions of a value argument, no pointers.
                let r = unsafe {
                    match op {
                        UOp::Sqrt => $sqrt(c),
                        UOp::Exp => $exp(c),
                        UOp::Log => $log(c),
                        UOp::Log2 | UOp::Log10 => {
                            let l = $log(c);
                            let k: $f = if op == UOp::Log2 { $log2e } else { $log10e };
                            $C {
                                re: l.re * k,
                                im: l.im * k,
                            }
                        }
                        UOp::Exp2 => $exp($C {
                            re: z.re * $ln2,
                            im: z.im * $ln2,
                        }),
                        UOp::Sin => $sin(c),
                        UOp::Cos => $cos(c),
                        UOp::Tan => $tan(c),
                        UOp::Sinh => $sinh(c),
                        UOp::Cosh => $cosh(c),
                        UOp::Tanh => $tanh(c),
                        UOp::Arcsin => $asin(c),
                        UOp::Arccos => $acos(c),
                        UOp::Arctan => $atan(c),
                        UOp::Arcsinh => $asinh(c),
                        UOp::Arccosh => $acosh(c),
                        UOp::Arctanh => $atanh(c),
                        UOp::Expm1 => return math::complex_expm1(z),
                        UOp::Log1p => return math::complex_log1p(z),
                        _ => return z,
                    }
                };
                <$T>::new(r.re, r.im)
            }

            fn cpow(x: Self, y: Self) -> Self {
                // SAFETY: as above.
                let r = unsafe { $pow($C { re: x.re, im: x.im }, $C { re: y.re, im: y.im }) };
                <$T>::new(r.re, r.im)
            }
        }
    };
}

libm_complex!(
    C64,
    CDouble,
    f64,
    std::f64::consts::LOG2_E,
    std::f64::consts::LOG10_E,
    std::f64::consts::LN_2,
    [
        csqrt, cexp, clog, csin, ccos, ctan, csinh, ccosh, ctanh, casin, cacos, catan, casinh,
        cacosh, catanh, cpow
    ]
);
libm_complex!(
    C32,
    CFloat,
    f32,
    std::f32::consts::LOG2_E,
    std::f32::consts::LOG10_E,
    std::f32::consts::LN_2,
    [
        csqrtf, cexpf, clogf, csinf, ccosf, ctanf, csinhf, ccoshf, ctanhf, casinf, cacosf, catanf,
        casinhf, cacoshf, catanhf, cpowf
    ]
);
