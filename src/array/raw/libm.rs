//! The C library's complex math functions and its floating-point status word, behind
//! safe wrappers: NumPy's complex loops are these functions (see
//! `numpy::ufunc::libm_complex`), and calling them is `unsafe` only because they are
//! foreign. They take and return values (no pointers), and the fenv calls touch the
//! calling thread's own status word, so every wrapper is sound for every input.
#![allow(unsafe_code)]

use std::ffi::c_int;

/// C's `double complex`, which every C ABI passes and returns as this struct.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct CDouble {
    pub re: f64,
    pub im: f64,
}

/// C's `float complex`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct CFloat {
    pub re: f32,
    pub im: f32,
}

mod ffi {
    use super::{CDouble, CFloat};
    use std::ffi::c_int;
    extern "C" {
        pub fn csqrt(z: CDouble) -> CDouble;
        pub fn cexp(z: CDouble) -> CDouble;
        pub fn clog(z: CDouble) -> CDouble;
        pub fn csin(z: CDouble) -> CDouble;
        pub fn ccos(z: CDouble) -> CDouble;
        pub fn ctan(z: CDouble) -> CDouble;
        pub fn csinh(z: CDouble) -> CDouble;
        pub fn ccosh(z: CDouble) -> CDouble;
        pub fn ctanh(z: CDouble) -> CDouble;
        pub fn casin(z: CDouble) -> CDouble;
        pub fn cacos(z: CDouble) -> CDouble;
        pub fn catan(z: CDouble) -> CDouble;
        pub fn casinh(z: CDouble) -> CDouble;
        pub fn cacosh(z: CDouble) -> CDouble;
        pub fn catanh(z: CDouble) -> CDouble;
        pub fn cpow(x: CDouble, y: CDouble) -> CDouble;
        pub fn csqrtf(z: CFloat) -> CFloat;
        pub fn cexpf(z: CFloat) -> CFloat;
        pub fn clogf(z: CFloat) -> CFloat;
        pub fn csinf(z: CFloat) -> CFloat;
        pub fn ccosf(z: CFloat) -> CFloat;
        pub fn ctanf(z: CFloat) -> CFloat;
        pub fn csinhf(z: CFloat) -> CFloat;
        pub fn ccoshf(z: CFloat) -> CFloat;
        pub fn ctanhf(z: CFloat) -> CFloat;
        pub fn casinf(z: CFloat) -> CFloat;
        pub fn cacosf(z: CFloat) -> CFloat;
        pub fn catanf(z: CFloat) -> CFloat;
        pub fn casinhf(z: CFloat) -> CFloat;
        pub fn cacoshf(z: CFloat) -> CFloat;
        pub fn catanhf(z: CFloat) -> CFloat;
        pub fn cpowf(x: CFloat, y: CFloat) -> CFloat;
        pub fn feclearexcept(excepts: c_int) -> c_int;
        pub fn fetestexcept(excepts: c_int) -> c_int;
    }
}

/// Safe wrappers of one-argument C functions of the same name.
macro_rules! unary {
    ($C:ident: $($name:ident),*) => {$(
        #[doc = concat!("C's `", stringify!($name), "`.")]
        pub fn $name(z: $C) -> $C {
            // SAFETY: a pure C math function of a value argument, no pointers or state.
            unsafe { ffi::$name(z) }
        }
    )*};
}

unary!(CDouble: csqrt, cexp, clog, csin, ccos, ctan, csinh, ccosh, ctanh, casin, cacos, catan, casinh, cacosh, catanh);
unary!(CFloat: csqrtf, cexpf, clogf, csinf, ccosf, ctanf, csinhf, ccoshf, ctanhf, casinf, cacosf, catanf, casinhf, cacoshf, catanhf);

/// C's `cpow`.
pub fn cpow(x: CDouble, y: CDouble) -> CDouble {
    // SAFETY: a pure C math function of value arguments.
    unsafe { ffi::cpow(x, y) }
}

/// C's `cpowf`.
pub fn cpowf(x: CFloat, y: CFloat) -> CFloat {
    // SAFETY: a pure C math function of value arguments.
    unsafe { ffi::cpowf(x, y) }
}

/// Clears the `excepts` flags of this thread's floating-point status word.
pub fn clear_fp_flags(excepts: c_int) {
    // SAFETY: fenv call on this thread's own status word; any flag mask is valid.
    unsafe {
        ffi::feclearexcept(excepts);
    }
}

/// Which of the `excepts` flags are raised in this thread's status word.
pub fn test_fp_flags(excepts: c_int) -> c_int {
    // SAFETY: as for [`clear_fp_flags`].
    unsafe { ffi::fetestexcept(excepts) }
}
