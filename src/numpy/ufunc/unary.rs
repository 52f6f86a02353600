//! Typed loops of the one-input ufuncs (`negative`, `sqrt`, `isnan`, `sign`, …) and the
//! floating-point flags each raises as NumPy does (`sqrt(-1)` invalid, `log(0)` divide,
//! `exp(710)` overflow). float16 math runs in float32 and rounds back, like NumPy's loops;
//! float32/float64 `exp`, `log`, `sin` and `cos` run NumPy's own kernels ([`super::vmath`]).

use super::libm_complex::{self, LibmComplex};
use super::loops;
use super::math;
use super::ops::{Arith, Bits, FpFlags};
use super::vmath::{self, Kernel, NpMath};
use super::UOp;
use crate::array::dtype::DType;
use crate::array::element::{Bool8, Element, Num, C32, C64};
use crate::array::object::NdArray;
use crate::array::parallel;
use half::f16;

/// What a float result says about the floating-point exceptions of `op` on input `x`.
#[inline(always)]
pub(super) fn real_flags(op: UOp, x: f64, r: f64, f: &mut FpFlags) {
    match op {
        UOp::Sqrt if x < 0.0 => f.invalid = true,
        UOp::Log | UOp::Log2 | UOp::Log10 => {
            if x == 0.0 {
                f.divide = true
            } else if x < 0.0 {
                f.invalid = true
            }
        }
        UOp::Sin | UOp::Cos | UOp::Tan if x.is_infinite() => f.invalid = true,
        UOp::Exp | UOp::Square if r.is_infinite() && x.is_finite() => f.overflow = true,
        op if ieee_flags(op) => {
            // What the hardware raises: invalid for a nan out of a number (not spacing's
            // nan for inf), divide by zero at a pole, overflow for any other infinity.
            if r.is_nan() && !x.is_nan() && op != UOp::Spacing {
                f.invalid = true
            } else if r.is_infinite() && x.is_finite() {
                let pole = match op {
                    UOp::Reciprocal => x == 0.0,
                    UOp::Log1p => x == -1.0,
                    UOp::Arctanh => x.abs() == 1.0,
                    _ => false,
                };
                if pole {
                    f.divide = true
                } else {
                    f.overflow = true
                }
            }
        }
        _ => {}
    }
}

/// The ufuncs whose flags follow from input and result alone (see [`real_flags`]).
fn ieee_flags(op: UOp) -> bool {
    matches!(
        op,
        UOp::Sinh
            | UOp::Cosh
            | UOp::Arcsin
            | UOp::Arccos
            | UOp::Arccosh
            | UOp::Arctanh
            | UOp::Exp2
            | UOp::Expm1
            | UOp::Log1p
            | UOp::Deg2Rad
            | UOp::Radians
            | UOp::Rad2Deg
            | UOp::Degrees
            | UOp::Spacing
            | UOp::Reciprocal
    )
}

macro_rules! real_fn {
    ($op:expr, $x:expr) => {
        match $op {
            UOp::Sqrt => $x.sqrt(),
            UOp::Exp => $x.exp(),
            UOp::Log => $x.ln(),
            UOp::Log2 => $x.log2(),
            UOp::Log10 => $x.log10(),
            UOp::Sin => $x.sin(),
            UOp::Cos => $x.cos(),
            UOp::Tan => $x.tan(),
            UOp::Floor => $x.floor(),
            UOp::Ceil => $x.ceil(),
            UOp::Rint => $x.round_ties_even(),
            UOp::Square => $x * $x,
            UOp::Negative => -$x,
            UOp::Absolute | UOp::Fabs => $x.abs(),
            UOp::Sinh => $x.sinh(),
            UOp::Cosh => $x.cosh(),
            UOp::Tanh => $x.tanh(),
            UOp::Arcsin => $x.asin(),
            UOp::Arccos => $x.acos(),
            UOp::Arctan => $x.atan(),
            UOp::Arcsinh => $x.asinh(),
            UOp::Arccosh => $x.acosh(),
            UOp::Arctanh => $x.atanh(),
            UOp::Exp2 => $x.exp2(),
            UOp::Expm1 => $x.exp_m1(),
            UOp::Log1p => $x.ln_1p(),
            UOp::Cbrt => $x.cbrt(),
            UOp::Deg2Rad | UOp::Radians => math::deg2rad($x),
            UOp::Rad2Deg | UOp::Degrees => math::rad2deg($x),
            UOp::Spacing => math::spacing($x),
            UOp::Trunc => $x.trunc(),
            UOp::Reciprocal => 1.0 / $x,
            UOp::Sign => {
                if $x > 0.0 {
                    1.0
                } else if $x < 0.0 {
                    -1.0
                } else if $x == 0.0 {
                    0.0
                } else {
                    $x
                }
            }
            _ => $x,
        }
    };
}

fn real_loop<T: Element>(
    op: UOp,
    src: &NdArray,
    dst: &NdArray,
    f: &mut FpFlags,
    g: impl Fn(T) -> (T, f64, f64),
) {
    loops::unary::<T, T>(src, dst, |x| {
        let (r, xf, rf) = g(x);
        real_flags(op, xf, rf, f);
        r
    });
}

fn predicate<T: Element>(src: &NdArray, dst: &NdArray, p: impl Fn(T) -> bool) {
    loops::unary::<T, Bool8>(src, dst, |x| Bool8(p(x) as u8));
}

fn int_loop<T: Element + Arith + Bits + PartialOrd>(
    op: UOp,
    src: &NdArray,
    dst: &NdArray,
    f: &mut FpFlags,
) {
    let zero = T::from_num(Num::Int(0));
    let one = T::from_num(Num::Int(1));
    match op {
        UOp::Reciprocal => {
            let bits = 8 * std::mem::size_of::<T>() as u32;
            let signed = zero.sub(one) < zero;
            let min = T::from_num(Num::Int(math::indefinite(bits, signed)));
            loops::unary::<T, T>(src, dst, |x| math::int_reciprocal(x, min, f))
        }
        UOp::Negative => loops::unary::<T, T>(src, dst, |x| x.neg()),
        UOp::Absolute => loops::unary::<T, T>(src, dst, |x| Arith::abs(x)),
        UOp::Invert => loops::unary::<T, T>(src, dst, |x| x.not()),
        UOp::BitwiseCount => loops::unary::<T, u8>(src, dst, |x| match x.to_num() {
            Num::Int(i) => i.unsigned_abs().count_ones() as u8,
            _ => 0,
        }),
        UOp::Square => loops::unary::<T, T>(src, dst, |x| x.mul(x)),
        UOp::Sign => loops::unary::<T, T>(src, dst, |x| {
            if x > zero {
                one
            } else if x < zero {
                zero.sub(one)
            } else {
                zero
            }
        }),
        UOp::IsNan | UOp::IsInf => predicate::<T>(src, dst, |_| false),
        UOp::IsFinite => predicate::<T>(src, dst, |_| true),
        UOp::LogicalNot => predicate::<T>(src, dst, |x| x == zero),
        _ => loops::unary::<T, T>(src, dst, |x| x),
    }
}

macro_rules! float_loops {
    ($T:ty, $op:expr, $src:expr, $dst:expr, $f:expr) => {
        match $op {
            UOp::IsNan => predicate::<$T>($src, $dst, |x| x.is_nan()),
            UOp::IsInf => predicate::<$T>($src, $dst, |x| x.is_infinite()),
            UOp::IsFinite => predicate::<$T>($src, $dst, |x| x.is_finite()),
            UOp::LogicalNot => predicate::<$T>($src, $dst, |x| x == 0.0),
            UOp::Signbit => predicate::<$T>($src, $dst, |x| x.is_sign_negative()),
            UOp::Positive | UOp::Conjugate => loops::unary::<$T, $T>($src, $dst, |x| x),
            UOp::Exp => np_kernel::<$T>(UOp::Exp, Kernel::Exp, $src, $dst, $f),
            UOp::Log => np_kernel::<$T>(UOp::Log, Kernel::Log, $src, $dst, $f),
            UOp::Sin => np_kernel::<$T>(UOp::Sin, Kernel::Sin, $src, $dst, $f),
            UOp::Cos => np_kernel::<$T>(UOp::Cos, Kernel::Cos, $src, $dst, $f),
            op => float_arms!($T, op, $src, $dst, $f;
                Sqrt Log2 Log10 Tan Floor Ceil Rint Square Negative Absolute Sign
                Fabs Sinh Cosh Tanh Arcsin Arccos Arctan Arcsinh Arccosh Arctanh Exp2 Expm1
                Log1p Cbrt Deg2Rad Radians Rad2Deg Degrees Spacing Trunc Reciprocal),
        }
    };
}

/// One monomorphized [`float_op`] per listed op (so no loop dispatches on `op`).
macro_rules! float_arms {
    ($T:ty, $op:expr, $src:expr, $dst:expr, $f:expr; $($name:ident)*) => {
        match $op {
            $(UOp::$name => float_op::<$T>(UOp::$name, $src, $dst, $f, |x: $T| real_fn!(UOp::$name, x)),)*
            op => real_loop::<$T>(op, $src, $dst, $f, |x| (x, x as f64, x as f64)),
        }
    };
}

/// A float32/float64 loop for one op: results block by block (a tight loop the compiler
/// vectorizes), then the block's floating-point flags from its inputs and results.
#[inline(always)]
fn float_op<T: Element + Into<f64>>(
    op: UOp,
    src: &NdArray,
    dst: &NdArray,
    f: &mut FpFlags,
    g: impl Fn(T) -> T,
) {
    let flags = ieee_flags(op)
        || matches!(
            op,
            UOp::Sqrt | UOp::Log2 | UOp::Log10 | UOp::Tan | UOp::Square
        );
    if !flags {
        // Nothing to inspect afterwards: straight from the input to the output, through
        // the contiguous (AVX2/AVX-512) loops where the runs allow, not via local blocks.
        loops::unary::<T, T>(src, dst, g);
        return;
    }
    loops::unary_blocks::<T, T>(src, dst, |xs, rs| {
        for (r, &x) in rs.iter_mut().zip(xs) {
            *r = g(x);
        }
        for (&x, &r) in xs.iter().zip(rs.iter()) {
            real_flags(op, x.into(), r.into(), f);
        }
    });
}

/// A float32/float64 loop through one of NumPy's own kernels ([`vmath`]), then the
/// block's floating-point flags as [`float_op`] finds them.
fn np_kernel<T: math::Float + NpMath>(
    op: UOp,
    kernel: Kernel,
    src: &NdArray,
    dst: &NdArray,
    f: &mut FpFlags,
) {
    loops::unary_blocks::<T, T>(src, dst, |xs, rs| {
        vmath::map(kernel, xs, rs);
        // Exp, log, sin and cos raise flags only with an infinite or nan result.
        if math::any_nonfinite(rs) {
            for (&x, &r) in xs.iter().zip(rs.iter()) {
                real_flags(op, x.into(), r.into(), f);
            }
        }
    });
}

macro_rules! complex_loops {
    ($T:ty, $R:ty, $op:expr, $src:expr, $dst:expr, $f:expr) => {
        match $op {
            UOp::IsNan => predicate::<$T>($src, $dst, |x| x.re.is_nan() || x.im.is_nan()),
            UOp::IsInf => predicate::<$T>($src, $dst, |x| x.re.is_infinite() || x.im.is_infinite()),
            UOp::IsFinite => predicate::<$T>($src, $dst, |x| x.re.is_finite() && x.im.is_finite()),
            UOp::LogicalNot => predicate::<$T>($src, $dst, |x| x.re == 0.0 && x.im == 0.0),
            UOp::Absolute => loops::unary::<$T, $R>($src, $dst, |x| {
                // NumPy's SIMD cabsolute: larger * sqrt(1 + (smaller/larger)^2) with a
                // fused multiply-add (NumPy fuses wherever the CPU has FMA, i.e. on any
                // x86-64-v3 or ARM64 machine), not libm's hypot.
                let (a, b) = (x.re.abs(), x.im.abs());
                if a.is_infinite() || b.is_infinite() {
                    <$R>::INFINITY
                } else if a.is_nan() || b.is_nan() {
                    <$R>::NAN
                } else {
                    let (l, s) = if a >= b { (a, b) } else { (b, a) };
                    if l == 0.0 {
                        0.0
                    } else {
                        let r = s / l;
                        r.mul_add(r, 1.0).sqrt() * l
                    }
                }
            }),
            op if libm_complex::is_libm(op) => {
                let raised = libm_complex::with_flags(|| {
                    loops::unary::<$T, $T>($src, $dst, |x| <$T as LibmComplex>::libm(op, x))
                });
                $f = $f.merge(raised);
            }
            op => loops::unary::<$T, $T>($src, $dst, |x| match op {
                UOp::Negative => -x,
                UOp::Conjugate => x.conj(),
                UOp::Reciprocal => {
                    let r = math::complex_reciprocal(x);
                    if (r.re.is_nan() || r.im.is_nan()) && !(x.re.is_nan() || x.im.is_nan()) {
                        $f.invalid = true;
                    }
                    r
                }
                UOp::Rint => <$T>::new(x.re.round_ties_even(), x.im.round_ties_even()),
                UOp::Square => x * x,
                UOp::Sign => {
                    let n = x.norm();
                    if n == 0.0 {
                        <$T>::new(0.0, 0.0)
                    } else {
                        x / n
                    }
                }
                _ => x,
            }),
        }
    };
}

/// Run unary `op` from `src` (already of the loop dtype `lt`) into `dst` (the output dtype),
/// split across threads when `dst` is large (every loop here is elementwise, with no state
/// but the floating-point flags, which merge).
pub fn run(op: UOp, lt: DType, src: &NdArray, dst: &NdArray) -> FpFlags {
    match parallel::split(&[src], dst, |ins, out| run_one(op, lt, &ins[0], out)) {
        Some(parts) => parts.into_iter().fold(FpFlags::default(), FpFlags::merge),
        None => run_one(op, lt, src, dst),
    }
}

/// [`run`] on the calling thread.
pub(super) fn run_one(op: UOp, lt: DType, src: &NdArray, dst: &NdArray) -> FpFlags {
    let mut f = FpFlags::default();
    match lt {
        DType::Bool => match op {
            UOp::Invert | UOp::LogicalNot => {
                loops::unary::<Bool8, Bool8>(src, dst, |x| Bool8((x.0 == 0) as u8))
            }
            UOp::IsNan | UOp::IsInf => predicate::<Bool8>(src, dst, |_| false),
            UOp::IsFinite => predicate::<Bool8>(src, dst, |_| true),
            _ => loops::unary::<Bool8, Bool8>(src, dst, |x| Bool8((x.0 != 0) as u8)),
        },
        DType::I8 => int_loop::<i8>(op, src, dst, &mut f),
        DType::I16 => int_loop::<i16>(op, src, dst, &mut f),
        DType::I32 => int_loop::<i32>(op, src, dst, &mut f),
        DType::I64 => int_loop::<i64>(op, src, dst, &mut f),
        DType::U8 => int_loop::<u8>(op, src, dst, &mut f),
        DType::U16 => int_loop::<u16>(op, src, dst, &mut f),
        DType::U32 => int_loop::<u32>(op, src, dst, &mut f),
        DType::U64 => int_loop::<u64>(op, src, dst, &mut f),
        DType::F16 => match op {
            UOp::IsNan => predicate::<f16>(src, dst, |x| x.is_nan()),
            UOp::IsInf => predicate::<f16>(src, dst, |x| x.is_infinite()),
            UOp::IsFinite => predicate::<f16>(src, dst, |x| x.is_finite()),
            UOp::LogicalNot => predicate::<f16>(src, dst, |x| x.to_f32() == 0.0),
            UOp::Signbit => predicate::<f16>(src, dst, |x| x.is_sign_negative()),
            UOp::Positive | UOp::Conjugate => loops::unary::<f16, f16>(src, dst, |x| x),
            UOp::Negative => loops::unary::<f16, f16>(src, dst, |x| -x),
            UOp::Spacing => loops::unary::<f16, f16>(src, dst, |x| {
                // npy_half_spacing: invalid for nan and inf, overflow past the maximum.
                let r = math::half_spacing(x);
                if !x.is_finite() {
                    f.invalid = true;
                } else if r.is_infinite() {
                    f.overflow = true;
                }
                r
            }),
            op => real_loop::<f16>(op, src, dst, &mut f, |x| {
                let y = x.to_f32();
                let r = f16::from_f32(real_fn!(op, y));
                (r, y as f64, r.to_f64())
            }),
        },
        DType::F32 => float_loops!(f32, op, src, dst, &mut f),
        DType::F64 => float_loops!(f64, op, src, dst, &mut f),
        DType::C64 => complex_loops!(C32, f32, op, src, dst, f),
        DType::C128 => complex_loops!(C64, f64, op, src, dst, f),
    }
    f
}
