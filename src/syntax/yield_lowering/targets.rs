//! `yield` inside the places a statement stores to or deletes: `d[(yield)] = v`,
//! `a[(yield)] += (yield)`, `for d[(yield)] in xs`, `del d[(yield)]`, `with cm as d[(yield)]`.
//!
//! CPython evaluates an assignment's value first, then each target left to right, the
//! target's own sub-expressions (the object, the index) just before it stores; an
//! augmented assignment evaluates the target's parts, loads the current value, then the
//! right side, and stores what the in-place operation gave. The rewrites below spell that
//! order out with temporaries, so the runner again meets only whole-statement `yield`s.

use super::{contains_yield, unsupported, Lowering};
use crate::error::{PyErr, Span};
use crate::syntax::ast::{BinOp, Expr, ExprKind, Statement, Stmt};

impl Lowering {
    /// `target = value` (the value already free of `yield`s) with the target's own
    /// `yield`s lowered: its parts are evaluated into `out` just before the store, and an
    /// unpacking target stores item by item, in order, as CPython's does.
    pub(super) fn store(
        &mut self,
        target: Expr,
        value: Expr,
        out: &mut Vec<Statement>,
        span: Span,
    ) -> Result<(), PyErr> {
        if !contains_yield(&target) {
            out.push(Self::assign(target, value, span));
            return Ok(());
        }
        let tspan = target.span;
        match target.kind {
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let mut temps = Vec::with_capacity(items.len());
                let mut inner = Vec::with_capacity(items.len());
                for item in items {
                    let t = self.temp(item.span);
                    match item.kind {
                        ExprKind::Starred(x) => {
                            temps.push(Expr {
                                kind: ExprKind::Starred(Box::new(t.clone())),
                                span: item.span,
                            });
                            inner.push((*x, t));
                        }
                        _ => {
                            temps.push(t.clone());
                            inner.push((item, t));
                        }
                    }
                }
                let unpack = Expr {
                    kind: ExprKind::Tuple(temps),
                    span: tspan,
                };
                out.push(Self::assign(unpack, value, span));
                for (item, t) in inner {
                    self.store(item, t, out, span)?;
                }
                Ok(())
            }
            kind => {
                let target = self.target_parts(Expr { kind, span: tspan }, out, span)?;
                out.push(Self::assign(target, value, span));
                Ok(())
            }
        }
    }

    /// A subscript or attribute target with the `yield`s in its object and index lowered
    /// (into `pre`, in CPython's order); a name has none.
    pub(super) fn target_parts(
        &mut self,
        mut target: Expr,
        pre: &mut Vec<Statement>,
        span: Span,
    ) -> Result<Expr, PyErr> {
        if !contains_yield(&target) {
            return Ok(target);
        }
        match &mut target.kind {
            ExprKind::Subscript(obj, idx) => {
                self.in_order(vec![obj.as_mut(), idx.as_mut()], pre, span)?;
            }
            ExprKind::Attr(obj, _) => self.in_order(vec![obj.as_mut()], pre, span)?,
            _ => return Err(unsupported(target.span, "in this assignment target")),
        }
        Ok(target)
    }

    /// `target op= value` where the value holds a `yield`: the target's parts once, its
    /// current value loaded before the right side runs, the in-place operation on the two,
    /// and the result stored back (`.c = a[i]; .r = yield; .c += .r; a[i] = .c`).
    pub(super) fn aug_assign(
        &mut self,
        target: Expr,
        op: BinOp,
        value: Expr,
        out: &mut Vec<Statement>,
        span: Span,
    ) -> Result<(), PyErr> {
        let tspan = target.span;
        let place = match target.kind {
            ExprKind::Subscript(obj, idx) => {
                let o = self.hoist(*obj, out, span)?;
                let i = self.hoist(*idx, out, span)?;
                ExprKind::Subscript(Box::new(o), Box::new(i))
            }
            ExprKind::Attr(obj, name) => {
                let o = self.hoist(*obj, out, span)?;
                ExprKind::Attr(Box::new(o), name)
            }
            kind @ ExprKind::Name(_) => kind,
            _ => return Err(unsupported(tspan, "in this augmented assignment")),
        };
        let place = Expr {
            kind: place,
            span: tspan,
        };
        let cur = self.temp(tspan);
        out.push(Self::assign(cur.clone(), place.clone(), span));
        let rhs = self.temp(value.span);
        let v = self.value(value, out, span)?;
        out.push(Self::assign(rhs.clone(), v, span));
        out.push(Statement {
            stmt: Stmt::AugAssign(cur.clone(), op, rhs),
            span,
        });
        out.push(Self::assign(place, cur, span));
        Ok(())
    }

    /// `del` of each target in order, the parts of one holding a `yield` evaluated just
    /// before it is deleted.
    pub(super) fn delete(
        &mut self,
        targets: Vec<Expr>,
        out: &mut Vec<Statement>,
        span: Span,
    ) -> Result<(), PyErr> {
        for t in targets {
            if !contains_yield(&t) {
                out.push(Statement {
                    stmt: Stmt::Del(vec![t]),
                    span,
                });
                continue;
            }
            match t.kind {
                ExprKind::Tuple(items) | ExprKind::List(items) => self.delete(items, out, span)?,
                kind => {
                    let t = self.target_parts(Expr { kind, span: t.span }, out, span)?;
                    out.push(Statement {
                        stmt: Stmt::Del(vec![t]),
                        span,
                    });
                }
            }
        }
        Ok(())
    }
}
