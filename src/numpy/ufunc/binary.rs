//! Typed loops of the two-input ufuncs: arithmetic, comparisons, bitwise operations,
//! `minimum`/`maximum`/`fmin`/`fmax` (NaN rules as NumPy's), `arctan2`, `hypot` and the
//! logical functions.

use super::loops;
use super::ops::{Arith, Bits, FpFlags};
use super::Op;
use crate::array::dtype::DType;
use crate::array::element::{Bool8, Element, C32, C64};
use crate::array::object::NdArray;
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
        Op::Bin(BinOp::Pow) => same::<T>(a, b, out, |x, y| Arith::pow(x, y, f)),
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

fn integer<T: Arith + Bits>(op: Op, a: &NdArray, b: &NdArray, out: &NdArray, f: &mut FpFlags) {
    match op {
        Op::Bin(BinOp::And) => loops::binary::<T, T, T>(a, b, out, |x, y| x.and(y)),
        Op::Bin(BinOp::Or) => loops::binary::<T, T, T>(a, b, out, |x, y| x.or(y)),
        Op::Bin(BinOp::Xor) => loops::binary::<T, T, T>(a, b, out, |x, y| x.xor(y)),
        Op::Bin(BinOp::LShift) => loops::binary::<T, T, T>(a, b, out, |x, y| x.shl(y)),
        Op::Bin(BinOp::RShift) => loops::binary::<T, T, T>(a, b, out, |x, y| x.shr(y)),
        _ => common::<T>(op, a, b, out, f),
    }
}

macro_rules! real {
    ($T:ty, $op:expr, $a:expr, $b:expr, $out:expr, $f:expr) => {
        match $op {
            Op::Arctan2 => loops::binary::<$T, $T, $T>($a, $b, $out, |x, y| x.atan2(y)),
            Op::Hypot => loops::binary::<$T, $T, $T>($a, $b, $out, |x, y| x.hypot(y)),
            _ => common::<$T>($op, $a, $b, $out, $f),
        }
    };
}

/// Run `op` with inputs already of the loop dtype `lt` into `out` (the output dtype).
pub fn run(op: Op, lt: DType, a: &NdArray, b: &NdArray, out: &NdArray) -> FpFlags {
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
        DType::F16 => match op {
            Op::Arctan2 => loops::binary::<f16, f16, f16>(a, b, out, |x, y| {
                f16::from_f32(x.to_f32().atan2(y.to_f32()))
            }),
            Op::Hypot => loops::binary::<f16, f16, f16>(a, b, out, |x, y| {
                f16::from_f32(x.to_f32().hypot(y.to_f32()))
            }),
            _ => common::<f16>(op, a, b, out, &mut f),
        },
        DType::F32 => real!(f32, op, a, b, out, &mut f),
        DType::F64 => real!(f64, op, a, b, out, &mut f),
        DType::C64 => common::<C32>(op, a, b, out, &mut f),
        DType::C128 => common::<C64>(op, a, b, out, &mut f),
    }
    f
}
