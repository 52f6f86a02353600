//! The complex transcendental loops. NumPy's `npy_csin`, `npy_cacos`, … are the C
//! library's `csin`, `cacos`, … wherever libm has them (glibc on Linux), and its
//! `log2`/`log10`/`exp2`/`expm1`/`log1p` are built on them (`nc_log2` etc. in
//! `funcs.inc.src`); calling the same functions gives NumPy's results to the last bit,
//! branch cuts (`arccos(2+0j)` is `-1.3169…j`) and special values included. The
//! floating-point flags are the ones those functions raise, read from the FP environment
//! as NumPy reads them after its loop.
//!
//! The C calls themselves are `array::raw::libm`'s safe wrappers (the crate's one home of
//! `unsafe`).

use super::math;
use super::ops::FpFlags;
use super::UOp;
use crate::array::element::{C32, C64};
use crate::array::raw::libm::*;
use std::ffi::c_int;

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
    clear_fp_flags(all);
    body();
    let raised = test_fp_flags(all);
    clear_fp_flags(all);
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
                let r = {
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
                let r = $pow($C { re: x.re, im: x.im }, $C { re: y.re, im: y.im });
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
