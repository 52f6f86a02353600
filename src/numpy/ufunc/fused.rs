//! Fused elementwise evaluation (issue 10 item 2): `y = 2*x**2 + 3*x + 1` as one pass over
//! blocks of [`BLOCK`] elements instead of five passes with four full-size temporaries.
//!
//! Why it is bit-identical to the plain path: nothing is re-derived. Every operation of the
//! tree is resolved by the ufunc layer's own [`super::binary_types`] and
//! [`resolve::unary_loop`] (NEP 50, weak scalars, casting rules), `**` takes the same
//! [`super::power_shortcut`], inputs are converted to the loop dtype by the same cast
//! ([`kernels::copy_into`]) and each block runs the same kernels ([`binary::run`],
//! [`unary::run`]) in the same operation order. Those kernels are elementwise, so running
//! them on a block gives the elements they give on the whole array; floating-point flags
//! merge by OR and are reported after the pass, operation by operation in evaluation
//! order, which is the order the plain path prints them in.
//!
//! Anything this does not plan is refused before any work is done ([`evaluate`] returns
//! `None`) and the caller runs the plain path: operands of different shapes, layouts other
//! than C order, non-native byte order, memory maps, `**` with a negative integer exponent
//! that is not a plain operand, the ufuncs whose inputs pick their own float loop, and any
//! operation the resolver rejects (the plain path then raises the error, after the
//! warnings of the operations before it).
//!
//! When every operation is float arithmetic or one of the math ufuncs on one float dtype
//! with no casts (`2*x**2 + 3*x + 1` on float64), the pass runs as a typed loop over
//! slices instead ([`float`]), which computes the same element functions.
//!
//! Scratch blocks are not array buffers (`Buffer::scratch`): a fused statement allocates
//! just its result. Large passes split their element range across threads
//! ([`parallel::run_ranges`]), each with its own scratch; Ctrl-C stops every thread at its
//! next block.

mod float;

use super::ops::FpFlags;
use super::{binary, binary_types, emit_warnings, operand, power_shortcut, resolve, unary};
use super::{Op, Operand, Opts, PowerShortcut, UOp};
use crate::array::dtype::DType;
use crate::array::element::Num;
use crate::array::kernels;
use crate::array::object::{Base, NdArray};
use crate::array::parallel;
use crate::array::raw::Buffer;
use crate::error::{PyErr, PyResult, Span};
use crate::numpy::context::Context;
use crate::value::ops::BinOp;
use crate::value::Value;
use std::cell::Cell;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// Elements per block: a float64 block is 16 KiB, so a handful of live blocks stay in L2.
const BLOCK: usize = 2048;

/// Results smaller than this run on the plain path (the plan costs a few microseconds).
const DEFAULT_MIN_SIZE: usize = 1 << 14;

/// The smallest result the fused path takes (tests lower it to reach small shapes).
static MIN_SIZE: AtomicUsize = AtomicUsize::new(DEFAULT_MIN_SIZE);

/// Set the smallest result size to fuse: 0 goes back to the default, `usize::MAX` turns
/// fusion off (tests compare the two paths).
pub fn set_min_size(n: usize) {
    MIN_SIZE.store(if n == 0 { DEFAULT_MIN_SIZE } else { n }, Ordering::Relaxed);
}

/// The smallest result size fused now.
pub fn min_size() -> usize {
    MIN_SIZE.load(Ordering::Relaxed)
}

/// Fused passes run so far in this process (tests check the fused path was taken).
static PASSES: AtomicUsize = AtomicUsize::new(0);

/// How many statements have run as a fused pass in this process.
pub fn passes() -> usize {
    PASSES.load(Ordering::Relaxed)
}

/// Fused passes that ran as the typed float loop ([`float`]).
static TYPED: AtomicUsize = AtomicUsize::new(0);

/// How many fused passes ran as the typed float loop in this process.
pub fn typed_passes() -> usize {
    TYPED.load(Ordering::Relaxed)
}

/// An elementwise expression whose operands are already evaluated. Each operation keeps
/// the source span of its expression: an error it raises (`np.seterr(all='raise')`)
/// points there, as the plain path's traceback does.
#[derive(Debug)]
pub enum Tree {
    /// An array or a scalar.
    Leaf(Value),
    /// A one-input ufunc (an operator `-x` or a call `np.sqrt(x)`).
    Unary(UOp, Box<Tree>, Span),
    /// A two-input ufunc; `operator` for `a ** b` written as an operator, which may take
    /// [`power_shortcut`].
    Binary {
        op: Op,
        operator: bool,
        a: Box<Tree>,
        b: Box<Tree>,
        span: Span,
    },
}

/// The two-input ufunc `numpy.<short>` when the fused path can run it.
pub fn binary_ufunc(short: &str) -> Option<Op> {
    let op = super::BINARY.iter().find(|(n, _)| *n == short)?.1;
    (!resolve::float_per_input(op)).then_some(op)
}

/// The one-input ufunc `numpy.<short>`.
pub fn unary_ufunc(short: &str) -> Option<UOp> {
    Some(super::UNARY.iter().find(|(n, _)| *n == short)?.1)
}

/// Memory a block reads or writes, in a form that can cross threads.
#[derive(Clone)]
struct Region {
    buffer: Arc<Buffer>,
    offset: usize,
    dtype: DType,
}

impl Region {
    /// A 1-d view of `n` elements starting at element `start` (or, for a 0-d scalar cell,
    /// the cell itself, which broadcasts).
    fn view(&self, shape: Vec<usize>, strides: Vec<isize>) -> NdArray {
        NdArray {
            buffer: self.buffer.clone(),
            offset: self.offset,
            shape,
            strides,
            dtype: self.dtype,
            base: Base::Owner,
            writeable: Cell::new(true),
            may_write: true,
            swapped: false,
            memmap: false,
        }
    }
}

/// Where an operation's input comes from.
#[derive(Clone, Copy)]
enum Src {
    /// Array operand `i` (full size, C order), read block by block.
    Array(usize),
    /// Scalar cell `i`, already in the loop dtype (spread over a block when the pass runs).
    Scalar(usize),
    /// The block result of operation `i`.
    Step(usize),
}

#[derive(Clone, Copy)]
enum Kernel {
    Bin(Op),
    Un(UOp),
}

/// One operation of the pass.
struct Step {
    kernel: Kernel,
    name: &'static str,
    lt: DType,
    ot: DType,
    inputs: Vec<Src>,
    span: Span,
}

/// The whole pass: operands, operations in evaluation order (the last one writes the
/// result), and the result's shape.
struct Plan {
    arrays: Vec<Region>,
    scalars: Vec<Region>,
    steps: Vec<Step>,
    shape: Vec<usize>,
}

/// What planning a subtree gives its parent: an operand for type resolution, where its
/// values come from (`None` for a scalar, placed once the loop dtype that converts it is
/// known), and the Python value when it is a plain operand (for `**`'s shortcuts and the
/// integer power check).
struct Planned {
    operand: Operand,
    src: Option<Src>,
    leaf: Option<Value>,
}

/// Why planning stopped: the plain path takes the statement.
struct Refused;

impl From<PyErr> for Refused {
    fn from(_: PyErr) -> Refused {
        Refused
    }
}

/// Whether the first element of `a` is an infinity or nan (integers never are).
fn non_finite(a: &NdArray) -> bool {
    use crate::array::element::{C32, C64};
    let (b, o) = (&a.buffer, a.offset);
    match a.dtype {
        DType::F16 => !b.read::<half::f16>(o).is_finite(),
        DType::F32 => !b.read::<f32>(o).is_finite(),
        DType::F64 => !b.read::<f64>(o).is_finite(),
        DType::C64 => !b.read::<C32>(o).is_finite(),
        DType::C128 => !b.read::<C64>(o).is_finite(),
        _ => false,
    }
}

impl Plan {
    fn leaf(&mut self, v: &Value) -> Result<Planned, Refused> {
        match v {
            Value::Array(a) => {
                if a.swapped || a.memmap || !a.is_c_contiguous() || a.ndim() == 0 {
                    return Err(Refused);
                }
                if self.shape.is_empty() {
                    self.shape = a.shape.clone();
                } else if self.shape != a.shape {
                    return Err(Refused);
                }
                self.arrays.push(Region {
                    buffer: a.buffer.clone(),
                    offset: a.offset,
                    dtype: a.dtype,
                });
                Ok(Planned {
                    operand: operand(v)?,
                    src: Some(Src::Array(self.arrays.len() - 1)),
                    leaf: Some(v.clone()),
                })
            }
            Value::Scalar(..)
            | Value::Int(_)
            | Value::BigInt(_)
            | Value::Float(_)
            | Value::Bool(_)
            | Value::Complex(..) => Ok(Planned {
                operand: operand(v)?,
                src: None,
                leaf: Some(v.clone()),
            }),
            _ => Err(Refused),
        }
    }

    /// An operation's input as the loop dtype `lt` wants it: scalars are converted once,
    /// here, into a cell of their own.
    fn input(&mut self, p: &Planned, lt: DType) -> Result<Src, Refused> {
        match p.src {
            None => {
                let cell = NdArray::scalar_operand(lt, Num::Int(0))?;
                kernels::copy_into(&cell, &p.operand.array)?;
                // A finite scalar that does not fit the loop dtype (`x16 * 1e38`): the
                // plain path warns "overflow encountered in cast" for it, so it runs it.
                if non_finite(&cell) && !non_finite(&p.operand.array) {
                    return Err(Refused);
                }
                self.scalars.push(Region {
                    buffer: cell.buffer.clone(),
                    offset: cell.offset,
                    dtype: lt,
                });
                Ok(Src::Scalar(self.scalars.len() - 1))
            }
            Some(src) => Ok(src),
        }
    }

    fn push(
        &mut self,
        kernel: Kernel,
        types: (DType, DType),
        inputs: Vec<Src>,
        span: Span,
    ) -> Result<Planned, Refused> {
        let (lt, ot) = types;
        let name = match kernel {
            Kernel::Bin(op) => op.ufunc_name(),
            Kernel::Un(op) => op.ufunc_name(),
        };
        self.steps.push(Step {
            kernel,
            name,
            lt,
            ot,
            inputs,
            span,
        });
        // Later operations see this one's result as an array of its dtype (its values are
        // never looked at while resolving).
        let placeholder = NdArray::scalar_operand(ot, Num::Int(0))?;
        Ok(Planned {
            operand: Operand {
                array: Rc::new(placeholder),
                weak: None,
                scalar: false,
            },
            src: Some(Src::Step(self.steps.len() - 1)),
            leaf: None,
        })
    }

    fn unary(&mut self, op: UOp, x: Planned, span: Span) -> Result<Planned, Refused> {
        let types = resolve::unary_loop(op, x.operand.array.dtype)?;
        let src = self.input(&x, types.0)?;
        self.push(Kernel::Un(op), types, vec![src], span)
    }

    fn binary(
        &mut self,
        it: &mut dyn Context,
        op: Op,
        mut a: Planned,
        mut b: Planned,
        span: Span,
    ) -> Result<Planned, Refused> {
        let opts = Opts::default();
        let types = binary_types(it, op, &mut a.operand, &mut b.operand, &opts)?;
        if op == Op::Bin(BinOp::Pow) && types.0.is_int() {
            // Integer powers refuse negative exponents, checked on all of them before the
            // loop runs: possible here only for an exponent that is a plain operand.
            if b.leaf.is_none() {
                return Err(Refused);
            }
            super::check_int_power(&b.operand.array)?;
        }
        let sa = self.input(&a, types.0)?;
        let sb = self.input(&b, types.0)?;
        self.push(Kernel::Bin(op), types, vec![sa, sb], span)
    }

    fn plan(&mut self, it: &mut dyn Context, t: &Tree) -> Result<Planned, Refused> {
        match t {
            Tree::Leaf(v) => self.leaf(v),
            Tree::Unary(op, x, span) => {
                let x = self.plan(it, x)?;
                self.unary(*op, x, *span)
            }
            Tree::Binary {
                op,
                operator,
                a,
                b,
                span,
            } => {
                let pa = self.plan(it, a)?;
                let pb = self.plan(it, b)?;
                let span = *span;
                let base_is_array = pa
                    .leaf
                    .as_ref()
                    .is_none_or(|v| matches!(v, Value::Array(_)));
                let shortcut = match (
                    &pb.leaf,
                    *operator && *op == Op::Bin(BinOp::Pow) && base_is_array,
                ) {
                    (Some(e), true) => power_shortcut(pa.operand.array.dtype, e),
                    _ => None,
                };
                match shortcut {
                    Some(PowerShortcut::Square) => self.unary(UOp::Square, pa, span),
                    Some(PowerShortcut::Sqrt) => self.unary(UOp::Sqrt, pa, span),
                    Some(PowerShortcut::Reciprocal) => self.unary(UOp::Reciprocal, pa, span),
                    None => self.binary(it, *op, pa, pb, span),
                }
            }
        }
    }
}

/// Run `tree` as one blocked pass, or `None` (having done nothing) when the plain path
/// must take it. The result is a new C-order array, as the plain path's.
pub fn evaluate(it: &mut dyn Context, tree: &Tree) -> Option<PyResult<Value>> {
    let mut plan = Plan {
        arrays: Vec::new(),
        scalars: Vec::new(),
        steps: Vec::new(),
        shape: Vec::new(),
    };
    let root = plan.plan(it, tree).ok()?;
    // (Every array operand is at least `min_size()` long: the interpreter's side refuses
    // smaller ones before it builds the tree.)
    let size: usize = plan.shape.iter().product();
    if !matches!(root.src, Some(Src::Step(_))) || plan.steps.len() < 2 {
        return None;
    }
    let ot = plan.steps.last()?.ot;
    PASSES.fetch_add(1, Ordering::Relaxed);
    Some(run(it, &plan, size, ot))
}

fn run(it: &mut dyn Context, plan: &Plan, size: usize, ot: DType) -> PyResult<Value> {
    // The blocks cover every element of the result.
    let result = NdArray::for_overwrite(&plan.shape, ot)?;
    // Mark the whole result written once, here: the threads' own marks then fall inside
    // this range, so they never race to widen it.
    result.buffer.mark_extent_written(0, result.nbytes());
    let out = Region {
        buffer: result.buffer.clone(),
        offset: result.offset,
        dtype: ot,
    };
    let t = parallel::threads();
    let pieces = if t > 1 && size >= parallel::MIN_SPLIT {
        t
    } else {
        1
    };
    let ranges: Vec<(usize, usize)> = (0..pieces)
        .map(|i| (size * i / pieces, size * (i + 1) / pieces))
        .filter(|(lo, hi)| hi > lo)
        .collect();
    let typed = float::compile(plan);
    if typed.is_some() {
        TYPED.fetch_add(1, Ordering::Relaxed);
    }
    let range = |lo: usize, hi: usize| match &typed {
        Some(t) => t.run_range(&out, size, lo, hi),
        None => run_range(plan, &out, lo, hi),
    };
    let parts = if ranges.len() > 1 {
        parallel::run_ranges(&ranges, |&(lo, hi)| range(lo, hi))
    } else {
        vec![range(0, size)]
    };
    let mut flags = vec![FpFlags::default(); plan.steps.len()];
    for part in parts {
        for (f, g) in flags
            .iter_mut()
            .zip(part.map_err(|m| PyErr::new("MemoryError", m))?)
        {
            *f = f.merge(g);
        }
    }
    for (step, f) in plan.steps.iter().zip(flags) {
        emit_warnings(it, f, step.name, false).map_err(|e| e.at(step.span))?;
    }
    Ok(Value::Array(Rc::new(result)))
}

/// A scratch block of `dtype`.
fn scratch(dtype: DType) -> Result<NdArray, String> {
    let buffer = Buffer::scratch(BLOCK * dtype.itemsize()).map_err(|e| format!("{:?}", e))?;
    Ok(NdArray::owning(Arc::new(buffer), vec![BLOCK], dtype))
}

/// Elements `lo..hi` of the pass, block by block, on this thread; each operation's flags.
fn run_range(plan: &Plan, out: &Region, lo: usize, hi: usize) -> Result<Vec<FpFlags>, String> {
    let mut flags = vec![FpFlags::default(); plan.steps.len()];
    let contiguous = |r: &Region| r.view(vec![BLOCK], vec![r.dtype.itemsize() as isize]);
    let mut arrays: Vec<NdArray> = plan.arrays.iter().map(contiguous).collect();
    // Scalars are spread over a block of their own once: every kernel then sees two
    // contiguous inputs, its vectorized case, whichever side the scalar is on.
    let mut scalars = Vec::with_capacity(plan.scalars.len());
    for r in &plan.scalars {
        let block = scratch(r.dtype)?;
        kernels::copy_into(&block, &r.view(Vec::new(), Vec::new())).map_err(|e| e.to_string())?;
        scalars.push(block);
    }
    let mut result = contiguous(out);
    // One block per operation for its result, and one per input that needs converting.
    let mut results = Vec::with_capacity(plan.steps.len());
    let mut casts: Vec<Vec<Option<NdArray>>> = Vec::with_capacity(plan.steps.len());
    for step in &plan.steps {
        results.push(scratch(step.ot)?);
        let mut c = Vec::new();
        for src in &step.inputs {
            let from = match *src {
                Src::Array(i) => plan.arrays[i].dtype,
                Src::Step(i) => plan.steps[i].ot,
                Src::Scalar(_) => step.lt,
            };
            c.push(if from == step.lt {
                None
            } else {
                Some(scratch(step.lt)?)
            });
        }
        casts.push(c);
    }
    let last = plan.steps.len() - 1;
    let mut start = lo;
    while start < hi && !crate::interrupt::pending() {
        let n = (hi - start).min(BLOCK);
        for (a, r) in arrays.iter_mut().zip(&plan.arrays) {
            a.offset = r.offset + start * r.dtype.itemsize();
            a.shape[0] = n;
        }
        result.offset = out.offset + start * out.dtype.itemsize();
        result.shape[0] = n;
        for r in results.iter_mut().chain(scalars.iter_mut()) {
            r.shape[0] = n;
        }
        for c in casts.iter_mut().flatten().flatten() {
            c.shape[0] = n;
        }
        for (i, step) in plan.steps.iter().enumerate() {
            let mut ins: Vec<&NdArray> = Vec::with_capacity(2);
            for (k, src) in step.inputs.iter().enumerate() {
                let raw = match *src {
                    Src::Array(j) => &arrays[j],
                    Src::Scalar(j) => &scalars[j],
                    Src::Step(j) => &results[j],
                };
                ins.push(match &casts[i][k] {
                    Some(c) => {
                        kernels::copy_into(c, raw).map_err(|e| e.to_string())?;
                        c
                    }
                    None => raw,
                });
            }
            let dst = if i == last { &result } else { &results[i] };
            // On this thread: the pass was split across threads once, above.
            let f = match (step.kernel, ins.as_slice()) {
                (Kernel::Bin(op), [a, b]) => binary::run_one(op, step.lt, a, b, dst),
                (Kernel::Un(op), [a]) => unary::run_one(op, step.lt, a, dst),
                _ => FpFlags::default(),
            };
            flags[i] = flags[i].merge(f);
        }
        start += n;
    }
    Ok(flags)
}
