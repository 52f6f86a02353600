//! The typed block loop of fused passes over one float dtype: `2*x**2 + 3*x + 1`,
//! `a*b + c*d`, `np.sqrt(x**2 + y**2)`, `np.exp(-x*x)` on float64 or float32 arrays.
//!
//! The general pass ([`super::run_range`]) runs each operation of a block through the
//! ufunc layer's array loops, which cost a strided-view setup per operation and block and
//! check floating-point flags element by element. When every operation is one of the
//! float arithmetic and math ufuncs below, on one float dtype with no casts, this loop
//! runs instead: operands are copied into local blocks (one bounds check and a `memcpy`
//! each), every operation is a plain loop over slices that the compiler vectorizes
//! (AVX-512 when the CPU has it, [`with_avx512`]), and block results reuse a few scratch
//! slots (a slot is free again after its last reader), so a pass touches a handful of
//! L1-sized blocks besides its operands and result.
//!
//! Bit-identical to the plain path by construction: each operation computes what the
//! plain loop's element function computes (`x + y`, `x * x`, `x.sqrt()`, the same
//! [`NpMath`] kernels), and its flags come from the plain path's own per-element tests
//! ([`result_flags`], [`real_flags`], [`Arith::div`]), run on a block only when one of its
//! results is not finite: every flag any of these tests raises comes with an infinite or
//! nan result, so a block of finite results raises none.

use super::{Kernel, Plan, Region, Src};
use crate::array::raw::{with_avx512, Avx512Work, Pod, Run};
use crate::numpy::ufunc::binary::result_flags;
use crate::numpy::ufunc::math::{any_nonfinite, Float};
use crate::numpy::ufunc::ops::{Arith, FpFlags};
use crate::numpy::ufunc::unary::real_flags;
use crate::numpy::ufunc::vmath::{self, NpMath};
use crate::numpy::ufunc::{Op, UOp};
use crate::value::ops::BinOp;
use std::sync::Arc;

/// Elements per block: an 8 KiB float64 block, so an operand block, two or three slots
/// and the result stay in L1.
const BLOCK: usize = 1024;

/// The two-input operations, with their plain path's element functions.
#[derive(Clone, Copy)]
enum Bin {
    Add,
    Sub,
    Mul,
    Div,
    Max,
    Min,
    FMax,
    FMin,
}

/// The one-input operations.
#[derive(Clone, Copy)]
enum Un {
    Square,
    Sqrt,
    Negative,
    Positive,
    Absolute,
    Math(vmath::Kernel),
}

/// Where an operation's input comes from in a block.
#[derive(Clone, Copy)]
enum In<T> {
    /// Operand block `i` (an array, copied in once per block however often it is used).
    Array(usize),
    /// A scalar, already in the loop dtype.
    Value(T),
    /// Scratch slot `i` (an earlier operation's block result).
    Slot(usize),
}

#[derive(Clone, Copy)]
enum Step<T> {
    Bin(Bin, In<T>, In<T>, usize),
    Un(Un, UOp, In<T>, usize),
}

/// A fused pass in the typed form: operand arrays (each once), operations in evaluation
/// order each with the slot it writes, and the number of slots.
pub(super) struct FloatPlan<T> {
    arrays: Vec<Region>,
    steps: Vec<Step<T>>,
    slots: usize,
}

/// A plan this loop runs, for the plan's float dtype.
pub(super) enum Typed {
    F32(FloatPlan<f32>),
    F64(FloatPlan<f64>),
}

/// The typed form of `plan`, or `None` when some operation, dtype or cast is not one this
/// loop runs (the general pass then runs it).
pub(super) fn compile(plan: &Plan) -> Option<Typed> {
    match plan.steps.first()?.lt {
        crate::array::dtype::DType::F64 => Some(Typed::F64(typed::<f64>(plan)?)),
        crate::array::dtype::DType::F32 => Some(Typed::F32(typed::<f32>(plan)?)),
        _ => None,
    }
}

impl Typed {
    /// Elements `lo..hi` of the pass into `out` (`size` elements in all), on this thread;
    /// each operation's flags.
    pub(super) fn run_range(
        &self,
        out: &Region,
        size: usize,
        lo: usize,
        hi: usize,
    ) -> Result<Vec<FpFlags>, String> {
        match self {
            Typed::F32(p) => p.run(out, size, lo, hi),
            Typed::F64(p) => p.run(out, size, lo, hi),
        }
    }
}

/// The float dtypes this loop runs.
pub(super) trait Lane: Float + Arith + NpMath + Pod + Sync + Send {}
impl Lane for f32 {}
impl Lane for f64 {}

fn bin_op(op: Op) -> Option<Bin> {
    Some(match op {
        Op::Bin(BinOp::Add) => Bin::Add,
        Op::Bin(BinOp::Sub) => Bin::Sub,
        Op::Bin(BinOp::Mul) => Bin::Mul,
        Op::Bin(BinOp::Div) => Bin::Div,
        Op::Max => Bin::Max,
        Op::Min => Bin::Min,
        Op::FMax => Bin::FMax,
        Op::FMin => Bin::FMin,
        _ => return None,
    })
}

fn un_op(op: UOp) -> Option<Un> {
    Some(match op {
        UOp::Square => Un::Square,
        UOp::Sqrt => Un::Sqrt,
        UOp::Negative => Un::Negative,
        UOp::Positive | UOp::Conjugate => Un::Positive,
        UOp::Absolute | UOp::Fabs => Un::Absolute,
        UOp::Exp => Un::Math(vmath::Kernel::Exp),
        UOp::Log => Un::Math(vmath::Kernel::Log),
        UOp::Sin => Un::Math(vmath::Kernel::Sin),
        UOp::Cos => Un::Math(vmath::Kernel::Cos),
        _ => return None,
    })
}

fn typed<T: Lane>(plan: &Plan) -> Option<FloatPlan<T>> {
    // Array operands, each buffer region once.
    let mut arrays: Vec<Region> = Vec::new();
    let mut array_of = Vec::with_capacity(plan.arrays.len());
    for r in &plan.arrays {
        if r.dtype != T::DTYPE {
            return None;
        }
        let same = |q: &Region| Arc::ptr_eq(&q.buffer, &r.buffer) && q.offset == r.offset;
        array_of.push(match arrays.iter().position(same) {
            Some(i) => i,
            None => {
                arrays.push(r.clone());
                arrays.len() - 1
            }
        });
    }
    // The last operation reading each block result, so its slot is reused after that.
    let n = plan.steps.len();
    let mut last_read = vec![0; n];
    for (i, s) in plan.steps.iter().enumerate() {
        for src in &s.inputs {
            if let Src::Step(j) = *src {
                last_read[j] = i;
            }
        }
    }
    let mut slot_of = vec![0; n];
    let (mut free, mut slots) = (Vec::new(), 0);
    let mut steps = Vec::with_capacity(n);
    for (i, s) in plan.steps.iter().enumerate() {
        if s.lt != T::DTYPE || s.ot != T::DTYPE {
            return None;
        }
        let input = |src: Src| match src {
            Src::Array(j) => In::Array(array_of[j]),
            Src::Scalar(j) => {
                let c = &plan.scalars[j];
                In::Value(c.buffer.read::<T>(c.offset))
            }
            Src::Step(j) => In::Slot(slot_of[j]),
        };
        // The result's slot is taken before the inputs' slots are given back: an
        // operation never writes a block it reads.
        let slot = free.pop().unwrap_or_else(|| {
            slots += 1;
            slots - 1
        });
        steps.push(match (s.kernel, s.inputs.as_slice()) {
            (Kernel::Bin(op), &[a, b]) => Step::Bin(bin_op(op)?, input(a), input(b), slot),
            (Kernel::Un(op), &[a]) => Step::Un(un_op(op)?, op, input(a), slot),
            _ => return None,
        });
        slot_of[i] = slot;
        let mut done: Vec<usize> = Vec::new();
        for src in &s.inputs {
            if let Src::Step(j) = *src {
                if last_read[j] == i && !done.contains(&j) {
                    done.push(j);
                    free.push(slot_of[j]);
                }
            }
        }
    }
    Some(FloatPlan {
        arrays,
        steps,
        slots,
    })
}

/// An input block as an operation sees it.
#[derive(Clone, Copy)]
enum Val<'a, T> {
    Block(&'a [T]),
    Value(T),
}

impl<T: Copy> Val<'_, T> {
    #[inline(always)]
    fn at(&self, k: usize) -> T {
        match self {
            Val::Block(b) => b[k],
            Val::Value(v) => *v,
        }
    }
}

/// `r[k] = f(a[k], b[k])`, one loop per operand form (so each is a plain vector loop).
#[inline(always)]
fn zip<T: Copy>(a: Val<T>, b: Val<T>, r: &mut [T], f: impl Fn(T, T) -> T) {
    let n = r.len();
    match (a, b) {
        (Val::Block(a), Val::Block(b)) => {
            for ((r, &x), &y) in r.iter_mut().zip(&a[..n]).zip(&b[..n]) {
                *r = f(x, y);
            }
        }
        (Val::Block(a), Val::Value(y)) => {
            for (r, &x) in r.iter_mut().zip(&a[..n]) {
                *r = f(x, y);
            }
        }
        (Val::Value(x), Val::Block(b)) => {
            for (r, &y) in r.iter_mut().zip(&b[..n]) {
                *r = f(x, y);
            }
        }
        (Val::Value(x), Val::Value(y)) => r.fill(f(x, y)),
    }
}

#[inline(always)]
fn binary<T: Lane>(op: Bin, a: Val<T>, b: Val<T>, r: &mut [T], f: &mut FpFlags) {
    match op {
        Bin::Add => zip(a, b, r, |x, y| Arith::add(x, y)),
        Bin::Sub => zip(a, b, r, |x, y| Arith::sub(x, y)),
        Bin::Mul => zip(a, b, r, |x, y| Arith::mul(x, y)),
        Bin::Div => zip(a, b, r, |x, y| x / y),
        // `np.maximum` and friends: the plain loops' selections, which raise nothing.
        Bin::Max => zip(
            a,
            b,
            r,
            |x, y| if y.le(x) || Arith::is_nan(x) { x } else { y },
        ),
        Bin::Min => zip(
            a,
            b,
            r,
            |x, y| if x.le(y) || Arith::is_nan(x) { x } else { y },
        ),
        Bin::FMax => zip(
            a,
            b,
            r,
            |x, y| if y.le(x) || Arith::is_nan(y) { x } else { y },
        ),
        Bin::FMin => zip(
            a,
            b,
            r,
            |x, y| if x.le(y) || Arith::is_nan(y) { x } else { y },
        ),
    }
    if matches!(op, Bin::Add | Bin::Sub | Bin::Mul | Bin::Div) && any_nonfinite(r) {
        binary_flags(op, a, b, r, f);
    }
}

/// The plain path's flags for a block with a non-finite result.
#[cold]
fn binary_flags<T: Lane>(op: Bin, a: Val<T>, b: Val<T>, r: &[T], f: &mut FpFlags) {
    for (k, &v) in r.iter().enumerate() {
        let (x, y) = (a.at(k), b.at(k));
        match op {
            Bin::Div => {
                Arith::div(x, y, f);
            }
            _ if !num_traits::Float::is_finite(v) => result_flags(x, y, v, f),
            _ => {}
        }
    }
}

/// `r[k] = g(a[k])`.
#[inline(always)]
fn map<T: Copy>(a: Val<T>, r: &mut [T], g: impl Fn(T) -> T) {
    let n = r.len();
    match a {
        Val::Block(a) => {
            for (r, &x) in r.iter_mut().zip(&a[..n]) {
                *r = g(x);
            }
        }
        Val::Value(x) => r.fill(g(x)),
    }
}

#[inline(always)]
fn unary<T: Lane>(op: Un, uop: UOp, a: Val<T>, r: &mut [T], f: &mut FpFlags) {
    use num_traits::Float as F;
    match op {
        Un::Square => map(a, r, |x| x * x),
        Un::Sqrt => map(a, r, F::sqrt),
        Un::Negative => map(a, r, |x| -x),
        Un::Positive => map(a, r, |x| x),
        Un::Absolute => map(a, r, F::abs),
        Un::Math(k) => match a {
            Val::Block(a) => T::block(k, &a[..r.len()], r),
            Val::Value(x) => {
                let mut one = [x];
                T::block(k, &[x], &mut one);
                r.fill(one[0]);
            }
        },
    }
    if matches!(op, Un::Square | Un::Sqrt | Un::Math(_)) && any_nonfinite(r) {
        unary_flags(uop, a, r, f);
    }
}

/// The plain path's flags for a block with a non-finite result.
#[cold]
fn unary_flags<T: Lane>(op: UOp, a: Val<T>, r: &[T], f: &mut FpFlags) {
    for (k, &v) in r.iter().enumerate() {
        real_flags(op, a.at(k).into(), v.into(), f);
    }
}

impl<T: Lane> FloatPlan<T> {
    fn run(&self, out: &Region, size: usize, lo: usize, hi: usize) -> Result<Vec<FpFlags>, String> {
        let work = Range {
            plan: self,
            out,
            size,
            lo,
            hi,
        };
        match with_avx512(work) {
            Ok(r) => r,
            Err(work) => pulp::Arch::new().dispatch(work),
        }
    }
}

/// One thread's share of a pass, as [`with_avx512`] and `pulp` take it.
struct Range<'a, T> {
    plan: &'a FloatPlan<T>,
    out: &'a Region,
    size: usize,
    lo: usize,
    hi: usize,
}

impl<T: Lane> Avx512Work for Range<'_, T> {
    type Output = Result<Vec<FpFlags>, String>;

    #[inline(always)]
    fn run(self) -> Self::Output {
        self.blocks()
    }
}

impl<T: Lane> pulp::WithSimd for Range<'_, T> {
    type Output = Result<Vec<FpFlags>, String>;

    #[inline(always)]
    fn with_simd<S: pulp::Simd>(self, _: S) -> Self::Output {
        self.blocks()
    }
}

impl<T: Lane> Range<'_, T> {
    #[inline(always)]
    fn blocks(self) -> Result<Vec<FpFlags>, String> {
        let plan = self.plan;
        let item = std::mem::size_of::<T>() as isize;
        let size = self.size;
        fn whole<T: Pod>(r: &Region, item: isize, size: usize) -> Option<Run<'_, T>> {
            r.buffer.run::<T>(r.offset as isize, item, size)
        }
        let outside = || "a fused operand lies outside its buffer".to_string();
        let runs = plan
            .arrays
            .iter()
            .map(|r| whole::<T>(r, item, size))
            .collect::<Option<Vec<_>>>()
            .ok_or_else(outside)?;
        let dst = whole::<T>(self.out, item, size).ok_or_else(outside)?;
        let mut blocks = vec![vec![<T as Pod>::zero(); BLOCK]; runs.len()];
        let mut slots = vec![vec![<T as Pod>::zero(); BLOCK]; plan.slots];
        let mut flags = vec![FpFlags::default(); plan.steps.len()];
        let mut start = self.lo;
        while start < self.hi && !crate::interrupt::pending() {
            let n = (self.hi - start).min(BLOCK);
            for (b, r) in blocks.iter_mut().zip(&runs) {
                r.copy_to(start, &mut b[..n]);
            }
            let mut last = 0;
            for (step, f) in plan.steps.iter().zip(flags.iter_mut()) {
                let slot = match *step {
                    Step::Bin(.., s) | Step::Un(.., s) => s,
                };
                // Taken out while written: the inputs are other slots or operand blocks.
                let mut r = std::mem::take(&mut slots[slot]);
                {
                    let val = |i: In<T>| match i {
                        In::Array(j) => Val::Block(&blocks[j][..n]),
                        In::Slot(j) => Val::Block(&slots[j][..n]),
                        In::Value(v) => Val::Value(v),
                    };
                    match *step {
                        Step::Bin(op, a, b, _) => binary(op, val(a), val(b), &mut r[..n], f),
                        Step::Un(op, uop, a, _) => unary(op, uop, val(a), &mut r[..n], f),
                    }
                }
                slots[slot] = r;
                last = slot;
            }
            dst.copy_from(start, &slots[last][..n]);
            start += n;
        }
        Ok(flags)
    }
}
