//! Typed loops of the two-input ufuncs: arithmetic, comparisons, bitwise operations,
//! `minimum`/`maximum`/`fmin`/`fmax` (NaN rules as NumPy's), `arctan2`, `hypot` and the
//! logical functions.

use super::loops;
use super::math::{self, Float};
use super::ops::{Arith, Bits, FpFlags};
use super::scalar_divide::{ScalarDivide, U64Div};
use super::Op;
use crate::array::dtype::DType;
use crate::array::element::{Bool8, Element, Num, C32, C64};
use crate::array::object::NdArray;
use crate::array::parallel;
use crate::value::ops::{BinOp, CmpOp};
use half::f16;

/// Loops every dtype has: arithmetic, comparisons, extrema and logical functions.
fn common<T: Arith>(op: Op, a: &NdArray, b: &NdArray, out: &NdArray, f: &mut FpFlags) {
    fn cmp<T: Element>(a: &NdArray, b: &NdArray, out: &NdArray, p: impl Fn(T, T) -> bool) {
        loops::binary::<T, T, Bool8>(a, b, out, |x, y| Bool8(p(x, y) as u8));
    }
    fn same<T: Element>(a: &NdArray, b: &NdArray, out: &NdArray, g: impl FnMut(T, T) -> T) {
        loops::binary::<T, T, T>(a, b, out, g);
    }
    match op {
        Op::Bin(BinOp::Add) => same::<T>(a, b, out, |x, y| x.add(y)),
        Op::Bin(BinOp::Sub) => same::<T>(a, b, out, |x, y| x.sub(y)),
        Op::Bin(BinOp::Mul) => same::<T>(a, b, out, |x, y| x.mul(y)),
        Op::Bin(BinOp::Div) => same::<T>(a, b, out, |x, y| x.div(y, f)),
        Op::Bin(BinOp::FloorDiv) => same::<T>(a, b, out, |x, y| x.floordiv(y, f)),
        Op::Bin(BinOp::Mod) => same::<T>(a, b, out, |x, y| x.rem(y, f)),
        Op::Bin(BinOp::Pow) | Op::FloatPower => same::<T>(a, b, out, |x, y| Arith::pow(x, y, f)),
        Op::Cmp(CmpOp::Eq) => cmp::<T>(a, b, out, |x, y| x == y),
        Op::Cmp(CmpOp::Ne) => cmp::<T>(a, b, out, |x, y| x != y),
        Op::Cmp(CmpOp::Lt) => cmp::<T>(a, b, out, |x, y| x.lt(y)),
        Op::Cmp(CmpOp::Le) => cmp::<T>(a, b, out, |x, y| x.le(y)),
        Op::Cmp(CmpOp::Gt) => cmp::<T>(a, b, out, |x, y| y.lt(x)),
        Op::Cmp(_) => cmp::<T>(a, b, out, |x, y| y.le(x)),
        Op::Max => same::<T>(a, b, out, |x, y| if y.le(x) || x.is_nan() { x } else { y }),
        Op::Min => same::<T>(a, b, out, |x, y| if x.le(y) || x.is_nan() { x } else { y }),
        Op::FMax => same::<T>(a, b, out, |x, y| if y.le(x) || y.is_nan() { x } else { y }),
        Op::FMin => same::<T>(a, b, out, |x, y| if x.le(y) || y.is_nan() { x } else { y }),
        Op::LogicalAnd => cmp::<T>(a, b, out, |x, y| {
            x.to_num().is_true() && y.to_num().is_true()
        }),
        Op::LogicalOr => cmp::<T>(a, b, out, |x, y| {
            x.to_num().is_true() || y.to_num().is_true()
        }),
        Op::LogicalXor => cmp::<T>(a, b, out, |x, y| {
            x.to_num().is_true() != y.to_num().is_true()
        }),
        _ => {}
    }
}

/// An integer element's value.
fn int_of<T: Element>(x: T) -> i128 {
    match x.to_num() {
        Num::Int(i) => i,
        n => n.as_f64() as i128,
    }
}

/// `b`'s one value, when it is a single positive divisor broadcast everywhere, with its
/// divider.
fn scalar_divisor<T: Element + ScalarDivide>(b: &NdArray) -> Option<(T, U64Div)> {
    if b.size() == 0 || b.swapped || b.strides.iter().any(|&s| s != 0) {
        return None;
    }
    let d = b.buffer.read::<T>(b.offset);
    T::divider(d).map(|dv| (d, dv))
}

fn integer<T: Arith + Bits + ScalarDivide>(
    op: Op,
    a: &NdArray,
    b: &NdArray,
    out: &NdArray,
    f: &mut FpFlags,
) {
    let divide = matches!(op, Op::Bin(BinOp::Mod | BinOp::FloorDiv));
    if let Some((d, dv)) = divide.then(|| scalar_divisor::<T>(b)).flatten() {
        // libdivide's multiply-and-shift, as NumPy: no hardware divide per element.
        return if op == Op::Bin(BinOp::Mod) {
            loops::binary::<T, T, T>(a, b, out, |x, _| x.floor_divmod(&dv, d).1)
        } else {
            loops::binary::<T, T, T>(a, b, out, |x, _| x.floor_divmod(&dv, d).0)
        };
    }
    match op {
        Op::Bin(BinOp::And) => loops::binary::<T, T, T>(a, b, out, |x, y| x.and(y)),
        Op::Bin(BinOp::Or) => loops::binary::<T, T, T>(a, b, out, |x, y| x.or(y)),
        Op::Bin(BinOp::Xor) => loops::binary::<T, T, T>(a, b, out, |x, y| x.xor(y)),
        Op::Bin(BinOp::LShift) => loops::binary::<T, T, T>(a, b, out, |x, y| x.shl(y)),
        Op::Bin(BinOp::RShift) => loops::binary::<T, T, T>(a, b, out, |x, y| x.shr(y)),
        Op::FMod => loops::binary::<T, T, T>(a, b, out, |x, y| {
            // C's truncating `%`; NumPy gives 0 for a zero divisor (and MIN % -1).
            let (x, y) = (int_of(x), int_of(y));
            if y == 0 {
                f.divide = true;
                return T::from_num(Num::Int(0));
            }
            T::from_num(Num::Int(x % y))
        }),
        Op::Gcd => loops::binary::<T, T, T>(a, b, out, |x, y| {
            T::from_num(Num::Int(math::gcd(int_of(x), int_of(y))))
        }),
        Op::Lcm => loops::binary::<T, T, T>(a, b, out, |x, y| {
            T::from_num(Num::Int(math::lcm(int_of(x), int_of(y))))
        }),
        _ => common::<T>(op, a, b, out, f),
    }
}

/// The floating-point flags of a float-only ufunc, from its inputs and result: invalid
/// for a nan out of non-nan inputs, overflow for an infinity out of finite ones.
#[inline(always)]
pub(super) fn result_flags<T: Float>(x: T, y: T, r: T, f: &mut FpFlags) {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        f.invalid = true;
    } else if r.is_infinite() && x.is_finite() && y.is_finite() {
        f.overflow = true;
    }
}

/// `op` as a float32/float64 kernel (`None`: not a float-only op).
fn float_kernel<T: Float>(op: Op) -> Option<fn(T, T, &mut FpFlags) -> T> {
    Some(match op {
        Op::Arctan2 => |x: T, y: T, _: &mut FpFlags| x.atan2(y),
        Op::Hypot => |x: T, y: T, _: &mut FpFlags| x.hypot(y),
        Op::CopySign => |x: T, y: T, _: &mut FpFlags| x.copysign(y),
        Op::Heaviside => |x: T, y: T, _: &mut FpFlags| math::heaviside(x, y),
        Op::LogAddExp => |x: T, y: T, f: &mut FpFlags| {
            let r = math::logaddexp(x, y);
            result_flags(x, y, r, f);
            r
        },
        Op::LogAddExp2 => |x: T, y: T, f: &mut FpFlags| {
            let r = math::logaddexp2(x, y);
            result_flags(x, y, r, f);
            r
        },
        Op::NextAfter => math::nextafter::<T>,
        Op::FMod => |x: T, y: T, f: &mut FpFlags| {
            let r = x % y;
            result_flags(x, y, r, f);
            r
        },
        _ => return None,
    })
}

/// `ldexp(x, e)` with an int64 exponent.
fn ldexp<T: Float>(a: &NdArray, b: &NdArray, out: &NdArray, f: &mut FpFlags) {
    loops::binary::<T, i64, T>(a, b, out, |x, e| {
        let r = x.scalbn(e);
        if r.is_infinite() && x.is_finite() {
            f.overflow = true;
        }
        r
    });
}

fn real<T: Float + Arith>(op: Op, a: &NdArray, b: &NdArray, out: &NdArray, f: &mut FpFlags) {
    if op == Op::Ldexp {
        return ldexp::<T>(a, b, out, f);
    }
    if op == Op::Bin(BinOp::Pow) && is_scalar_two::<T>(b) {
        // `x**2`: NumPy squares (its `fast_scalar_power`), one multiply instead of a `pow`.
        return loops::binary::<T, T, T>(a, b, out, |x, _| {
            let r = Arith::mul(x, x);
            if r.is_infinite() && x.is_finite() {
                f.overflow = true;
            }
            r
        });
    }
    match op {
        Op::Bin(BinOp::Add) => return flagged_loop(a, b, out, f, |x: T, y: T| Arith::add(x, y)),
        Op::Bin(BinOp::Sub) => return flagged_loop(a, b, out, f, |x: T, y: T| Arith::sub(x, y)),
        Op::Bin(BinOp::Mul) => return flagged_loop(a, b, out, f, |x: T, y: T| Arith::mul(x, y)),
        _ => {}
    }
    match float_kernel::<T>(op) {
        Some(k) => loops::binary::<T, T, T>(a, b, out, |x, y| k(x, y, f)),
        None => common::<T>(op, a, b, out, f),
    }
}

/// `g` (one of `+ - *`) over float operands, with the flags of a non-finite result:
/// NumPy reads them off the FPU after the loop; a non-finite result is rare, so the exact
/// test runs only then. Generic over `g`, so each operation's loop is its own inlined
/// code (through a fn pointer it was an indirect call per element, 3–6× slower on
/// arrays that fit in cache).
fn flagged_loop<T: Float + Arith>(
    a: &NdArray,
    b: &NdArray,
    out: &NdArray,
    f: &mut FpFlags,
    g: impl Fn(T, T) -> T,
) {
    loops::binary::<T, T, T>(a, b, out, |x, y| {
        let r = g(x, y);
        if !r.is_finite() {
            result_flags(x, y, r, f);
        }
        r
    });
}

/// `+ - *` on floats, whose overflow (an infinity out of finite operands) and invalid
/// results (`inf - inf`, `0 * inf`) NumPy warns about.
fn flagged_arith<T: Float + Arith>(op: Op) -> Option<fn(T, T) -> T> {
    Some(match op {
        Op::Bin(BinOp::Add) => |x: T, y: T| Arith::add(x, y),
        Op::Bin(BinOp::Sub) => |x: T, y: T| Arith::sub(x, y),
        Op::Bin(BinOp::Mul) => |x: T, y: T| Arith::mul(x, y),
        _ => return None,
    })
}

/// Is `b` one value broadcast everywhere (every stride zero), equal to 2?
fn is_scalar_two<T: Float + Arith>(b: &NdArray) -> bool {
    b.strides.iter().all(|&s| s == 0)
        && b.size() > 0
        && b.buffer.read::<T>(b.offset).to_num().as_f64() == 2.0
}

/// float16 runs the float32 kernels and rounds back, as NumPy's half loops do, except
/// `nextafter` (on float16's own bits) and `ldexp` (exact scaling then one rounding).
fn half(op: Op, a: &NdArray, b: &NdArray, out: &NdArray, f: &mut FpFlags) {
    match op {
        Op::NextAfter => {
            loops::binary::<f16, f16, f16>(a, b, out, |x, y| math::half_nextafter(x, y, f))
        }
        Op::Ldexp => loops::binary::<f16, i64, f16>(a, b, out, |x, e| {
            let r = f16::from_f32(x.to_f32().scalbn(e));
            if r.is_infinite() && x.is_finite() {
                f.overflow = true;
            }
            r
        }),
        _ if flagged_arith::<f32>(op).is_some() => {
            let g = flagged_arith::<f32>(op);
            loops::binary::<f16, f16, f16>(a, b, out, |x, y| {
                let (xf, yf) = (x.to_f32(), y.to_f32());
                let r = f16::from_f32(g.map_or(xf, |g| g(xf, yf)));
                if !r.is_finite() {
                    if r.is_nan() && !x.is_nan() && !y.is_nan() {
                        f.invalid = true;
                    } else if r.is_infinite() && x.is_finite() && y.is_finite() {
                        f.overflow = true;
                    }
                }
                r
            })
        }
        _ => match float_kernel::<f32>(op) {
            Some(k) => loops::binary::<f16, f16, f16>(a, b, out, |x, y| {
                let r = f16::from_f32(k(x.to_f32(), y.to_f32(), f));
                if r.is_infinite() && x.is_finite() && y.is_finite() {
                    f.overflow = true;
                }
                r
            }),
            None => common::<f16>(op, a, b, out, f),
        },
    }
}

/// Run `op` with inputs already of the loop dtype `lt` into `out` (the output dtype),
/// split across threads when `out` is large (every loop here is elementwise, with no state
/// but the floating-point flags, which merge).
pub fn run(op: Op, lt: DType, a: &NdArray, b: &NdArray, out: &NdArray) -> FpFlags {
    match parallel::split(&[a, b], out, |ins, o| run_one(op, lt, &ins[0], &ins[1], o)) {
        Some(parts) => parts.into_iter().fold(FpFlags::default(), FpFlags::merge),
        None => run_one(op, lt, a, b, out),
    }
}

/// [`run`] on the calling thread.
pub(super) fn run_one(op: Op, lt: DType, a: &NdArray, b: &NdArray, out: &NdArray) -> FpFlags {
    let mut f = FpFlags::default();
    match lt {
        DType::Bool => integer::<Bool8>(op, a, b, out, &mut f),
        DType::I8 => integer::<i8>(op, a, b, out, &mut f),
        DType::I16 => integer::<i16>(op, a, b, out, &mut f),
        DType::I32 => integer::<i32>(op, a, b, out, &mut f),
        DType::I64 => integer::<i64>(op, a, b, out, &mut f),
        DType::U8 => integer::<u8>(op, a, b, out, &mut f),
        DType::U16 => integer::<u16>(op, a, b, out, &mut f),
        DType::U32 => integer::<u32>(op, a, b, out, &mut f),
        DType::U64 => integer::<u64>(op, a, b, out, &mut f),
        DType::F16 => half(op, a, b, out, &mut f),
        DType::F32 => real::<f32>(op, a, b, out, &mut f),
        DType::F64 => real::<f64>(op, a, b, out, &mut f),
        DType::C64 => common::<C32>(op, a, b, out, &mut f),
        DType::C128 => common::<C64>(op, a, b, out, &mut f),
    }
    f
}
