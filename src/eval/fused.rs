//! The interpreter's side of fused elementwise evaluation (`numpy::ufunc::fused`): which
//! statements may take it, and evaluating their operands first.
//!
//! The decision is made from values, never from text: the right side must be a tree of
//! arithmetic and comparison operators and calls whose callee *evaluates to* one of
//! NumPy's ufuncs (a user's `np = something` or `def sqrt` makes it something else), over
//! names and literals. The operands are evaluated first, in the plain path's order;
//! operations whose operands are all scalars run right away through the ordinary
//! operators, as they would. Everything read here is free of side effects, so when the
//! tree turns out not to fuse (an operand is no array or scalar, shapes differ, a scalar
//! operation warned or raised, the ufunc layer refuses the plan) the warnings collected so
//! far are dropped and the plain path evaluates the statement from the start, printing
//! and raising exactly what it always does.

use super::interp::Interp;
use crate::error::{PyErr, PyResult};
use crate::numpy::ufunc::fused::{self, Tree};
use crate::numpy::ufunc::{Op, UOp};
use crate::syntax::ast::{Arg, Expr, ExprKind};
use crate::value::args::Args;
use crate::value::ops::{BinOp, CmpOp, UnaryOp};
use crate::value::Value;

/// Evaluate `e` as one fused pass, or `None` (with nothing printed or changed) when the
/// plain path must evaluate it.
pub fn try_eval(it: &mut Interp, e: &Expr) -> Option<PyResult<Value>> {
    if operations(e)? < 2 {
        return None;
    }
    let warned = it.warnings.len();
    let tree = match build(it, e) {
        // Ctrl-C while the leaves were evaluated: its flag is spent, so raise it here.
        Err(NotFused(Some(interrupt))) => return Some(Err(interrupt.at(e.span))),
        Err(NotFused(None)) => None,
        Ok(t) => Some(t).filter(|_| it.warnings.len() == warned),
    };
    // Operations over numbers alone were computed while building, by the plain path's own
    // operators in its order: that value is the statement's, not to be computed again.
    if let Some(Tree::Leaf(v)) = &tree {
        if !matches!(v, Value::Array(_)) {
            return Some(Ok(v.clone()));
        }
    }
    let r = tree.and_then(|t| fused::evaluate(it, &t));
    if r.is_none() {
        it.warnings.truncate(warned);
        return None;
    }
    if crate::interrupt::pending() && crate::interrupt::take() {
        return Some(Err(PyErr::keyboard_interrupt("").at(e.span)));
    }
    r.map(|v| v.map_err(|err| err.at(e.span)))
}

/// The number of operations in `e` when it has the shape of a fusable tree (`None` when
/// it cannot be one), without evaluating anything.
fn operations(e: &Expr) -> Option<usize> {
    Some(match &e.kind {
        ExprKind::Int(_)
        | ExprKind::BigInt(_)
        | ExprKind::Float(_)
        | ExprKind::Imag(_)
        | ExprKind::True
        | ExprKind::False
        | ExprKind::Name(_)
        | ExprKind::Local(..)
        | ExprKind::Free(..) => 0,
        ExprKind::Attr(..) if callee_path(e) => 0,
        ExprKind::Unary(_, x) => 1 + operations(x)?,
        ExprKind::Binary(op, a, b) if *op != crate::syntax::ast::BinOp::MatMul => {
            1 + operations(a)? + operations(b)?
        }
        ExprKind::Compare(a, rest) if rest.len() == 1 && numeric(rest[0].0.into()) => {
            1 + operations(a)? + operations(&rest[0].1)?
        }
        ExprKind::Call(f, args) if callee_path(f) && (1..=2).contains(&args.len()) => {
            let mut n = 1;
            for a in args {
                let Arg::Pos(x) = a else { return None };
                n += operations(x)?;
            }
            n
        }
        _ => return None,
    })
}

/// `np.sqrt`, `numpy.pi`, `sqrt`: names and attributes of names, whose evaluation does
/// nothing but look up.
fn callee_path(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Local(..) | ExprKind::Free(..) => true,
        ExprKind::Attr(x, _) => callee_path(x),
        _ => false,
    }
}

fn numeric(op: CmpOp) -> bool {
    matches!(
        op,
        CmpOp::Eq | CmpOp::Ne | CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge
    )
}

/// The ufunc a call runs.
enum Kernel {
    Un(UOp),
    Bin(Op),
}

/// Why building stopped: the plain path takes the statement (and raises any error again),
/// except for a `KeyboardInterrupt`, which is kept because its flag is already taken.
struct NotFused(Option<PyErr>);

impl From<PyErr> for NotFused {
    fn from(e: PyErr) -> NotFused {
        NotFused((e.class == "KeyboardInterrupt").then_some(e))
    }
}

fn is_operand(v: &Value) -> bool {
    matches!(
        v,
        Value::Array(_)
            | Value::Scalar(..)
            | Value::Int(_)
            | Value::BigInt(_)
            | Value::Float(_)
            | Value::Bool(_)
            | Value::Complex(..)
    )
}

/// A subtree's value when it needs no array pass.
fn scalar(t: &Tree) -> Option<&Value> {
    match t {
        Tree::Leaf(v) if !matches!(v, Value::Array(_)) => Some(v),
        _ => None,
    }
}

/// The tree of `e` with its operands evaluated (in the plain path's order) and its
/// all-scalar operations done.
fn build(it: &mut Interp, e: &Expr) -> Result<Tree, NotFused> {
    match &e.kind {
        ExprKind::Unary(op, x) => {
            let tx = build(it, x)?;
            let op: UnaryOp = (*op).into();
            if let Some(v) = scalar(&tx) {
                return Ok(Tree::Leaf(it.unary(op, v)?));
            }
            let u = match op {
                UnaryOp::Neg => UOp::Negative,
                UnaryOp::Pos => UOp::Positive,
                UnaryOp::Invert => UOp::Invert,
            };
            Ok(Tree::Unary(u, Box::new(tx), e.span))
        }
        ExprKind::Binary(op, a, b) => {
            let ta = build(it, a)?;
            let tb = build(it, b)?;
            let op: BinOp = (*op).into();
            if let (Some(x), Some(y)) = (scalar(&ta), scalar(&tb)) {
                return Ok(Tree::Leaf(it.binary(op, x, y)?));
            }
            Ok(Tree::Binary {
                op: Op::Bin(op),
                operator: true,
                a: Box::new(ta),
                b: Box::new(tb),
                span: e.span,
            })
        }
        ExprKind::Compare(a, rest) => {
            let (op, rhs) = rest.first().ok_or(NotFused(None))?;
            let ta = build(it, a)?;
            let tb = build(it, rhs)?;
            let op: CmpOp = (*op).into();
            if let (Some(x), Some(y)) = (scalar(&ta), scalar(&tb)) {
                return Ok(Tree::Leaf(it.compare(op, x, y)?));
            }
            Ok(Tree::Binary {
                op: Op::Cmp(op),
                operator: true,
                a: Box::new(ta),
                b: Box::new(tb),
                span: e.span,
            })
        }
        ExprKind::Call(f, args) => {
            // Only NumPy's ufuncs: they have no effect but their result and warnings.
            let callee = it.eval(f)?;
            let short = match &callee {
                Value::Func(q) => q.strip_prefix("numpy.").ok_or(NotFused(None))?.to_string(),
                _ => return Err(NotFused(None)),
            };
            // The ufunc the pass would run, looked up before any argument is evaluated:
            // a call the pass cannot take is refused before it costs anything.
            let op = match args.len() {
                1 => Kernel::Un(fused::unary_ufunc(&short).ok_or(NotFused(None))?),
                2 => Kernel::Bin(fused::binary_ufunc(&short).ok_or(NotFused(None))?),
                _ => return Err(NotFused(None)),
            };
            let mut trees = Vec::with_capacity(args.len());
            for a in args {
                let Arg::Pos(x) = a else {
                    return Err(NotFused(None));
                };
                trees.push(build(it, x)?);
            }
            if trees.iter().all(|t| scalar(t).is_some()) {
                let pos = trees.iter().filter_map(scalar).cloned().collect();
                return Ok(Tree::Leaf(it.call(&callee, Args::new(pos))?));
            }
            let mut trees = trees.into_iter().map(Box::new);
            match (op, trees.next(), trees.next()) {
                (Kernel::Un(op), Some(x), None) => Ok(Tree::Unary(op, x, e.span)),
                (Kernel::Bin(op), Some(a), Some(b)) => Ok(Tree::Binary {
                    op,
                    operator: false,
                    a,
                    b,
                    span: e.span,
                }),
                _ => Err(NotFused(None)),
            }
        }
        _ => {
            let v = it.eval(e)?;
            if !is_operand(&v) {
                return Err(NotFused(None));
            }
            if let Value::Array(a) = &v {
                if a.size() < fused::min_size() {
                    return Err(NotFused(None));
                }
            }
            Ok(Tree::Leaf(v))
        }
    }
}
