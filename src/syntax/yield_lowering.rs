//! A `yield` inside another expression (`print((yield))`, `y = (yield x) + 1`,
//! `f((yield a), b)`) becomes statements of its own, so the generator runner
//! (`eval::generator`), which suspends whole statements, can stop and resume at it.
//!
//! The rewrite keeps CPython's order of evaluation: everything CPython evaluates before a
//! `yield` is evaluated before it here too, into a temporary (`.y0`, a name no Python
//! code can spell), and the `yield` itself becomes `.yN = yield v`; what CPython
//! evaluates after the `yield` stays in place. `f((yield a), b)` is
//!
//! ```text
//! .y0 = f
//! .y1 = yield a
//! .y0(.y1, b)
//! ```
//!
//! `and`, `or`, conditional expressions, chained comparisons and `assert` messages become
//! `if` statements, so what CPython skips is still skipped; an f-string's fields before a
//! `yield` are formatted before it, as CPython formats them. Assignment, `for`, `with`
//! and `del` targets are in [`targets`]. It runs on a `def`'s body before its names are
//! resolved, so the temporaries are ordinary locals. A `yield` in an `except` clause's
//! class is a one-line SyntaxError.

mod targets;

use super::ast::{Arg, CmpOp, Expr, ExprKind, FPart, FuncDef, Statement, Stmt};
use crate::error::{PyErr, Span};

/// Rewrite the body of `def` so that every `yield` is a statement's whole value.
pub fn lower(def: &mut FuncDef) -> Result<(), PyErr> {
    if def.is_lambda || !def.body.iter().any(has_nested_yield) {
        return Ok(());
    }
    let mut l = Lowering { next: 0 };
    let body = std::mem::take(&mut def.body);
    def.body = l.block(body)?;
    Ok(())
}

/// Does `e` contain a `yield` evaluated as part of it (not in a lambda or comprehension
/// body, which are other scopes)?
pub fn contains_yield(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Yield(..) => true,
        ExprKind::FString(parts) => parts.iter().any(fpart_yields),
        _ => e.children().into_iter().any(contains_yield),
    }
}

fn fpart_yields(p: &FPart) -> bool {
    match p {
        FPart::Lit(_) => false,
        FPart::Field { value, spec, .. } => contains_yield(value) || spec.iter().any(fpart_yields),
    }
}

/// A `yield` somewhere but as a statement's whole value (or the operand of one).
fn has_nested_yield(st: &Statement) -> bool {
    let exprs_nested = |es: &[&Expr]| es.iter().any(|e| contains_yield(e));
    let top = |e: &Expr| match &e.kind {
        ExprKind::Yield(Some(v), _) => contains_yield(v),
        ExprKind::Yield(None, _) => false,
        _ => contains_yield(e),
    };
    let here = match &st.stmt {
        Stmt::Expr(e) => top(e),
        Stmt::Assign(targets, e) => top(e) || targets.iter().any(contains_yield),
        // Lowered even as `x += yield v`: the target is loaded before the `yield`.
        Stmt::AugAssign(t, _, e) => contains_yield(e) || contains_yield(t),
        Stmt::Return(Some(e)) => contains_yield(e),
        Stmt::If(branches, _) => exprs_nested(&branches.iter().map(|(c, _)| c).collect::<Vec<_>>()),
        Stmt::While(c, ..) => contains_yield(c),
        Stmt::For { target, iter, .. } => contains_yield(target) || contains_yield(iter),
        Stmt::Raise(a, b) => a.iter().chain(b.iter()).any(contains_yield),
        Stmt::Assert(a, b) => contains_yield(a) || b.iter().any(contains_yield),
        Stmt::With(items, _) => items
            .iter()
            .any(|(c, t)| contains_yield(c) || t.iter().any(contains_yield)),
        Stmt::Del(ts) => ts.iter().any(contains_yield),
        Stmt::Def(d, _) => {
            d.decorators.iter().any(contains_yield)
                || d.params
                    .positional
                    .iter()
                    .chain(d.params.kwonly.iter())
                    .any(|p| p.default.as_ref().is_some_and(contains_yield))
        }
        _ => false,
    };
    here || st.blocks().iter().any(|b| b.iter().any(has_nested_yield))
}

fn unsupported(span: Span, what: &str) -> PyErr {
    PyErr::syntax(format!("'yield' {} is not supported by arrsh", what)).at(span)
}

/// Is evaluating `e` free of effects and of any dependence on when it runs (a literal),
/// so it need not be moved before a later `yield`?
fn is_constant(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Int(_)
            | ExprKind::BigInt(_)
            | ExprKind::Float(_)
            | ExprKind::Imag(_)
            | ExprKind::Str(_)
            | ExprKind::Bytes(_)
            | ExprKind::NoneLit
            | ExprKind::True
            | ExprKind::False
            | ExprKind::Ellipsis
    )
}

struct Lowering {
    next: usize,
}

impl Lowering {
    fn temp(&mut self, span: Span) -> Expr {
        let name = format!(".y{}", self.next);
        self.next += 1;
        Expr {
            kind: ExprKind::Name(name),
            span,
        }
    }

    fn block(&mut self, stmts: Vec<Statement>) -> Result<Vec<Statement>, PyErr> {
        let mut out = Vec::with_capacity(stmts.len());
        for st in stmts {
            self.stmt(st, &mut out)?;
        }
        Ok(out)
    }

    /// `target = value` at `span`.
    fn assign(target: Expr, value: Expr, span: Span) -> Statement {
        Statement {
            stmt: Stmt::Assign(vec![target], value),
            span,
        }
    }

    /// Evaluate `e` now into a temporary (statements into `pre`), unless it is constant.
    fn hoist(&mut self, e: Expr, pre: &mut Vec<Statement>, span: Span) -> Result<Expr, PyErr> {
        let e = self.expr(e, pre, span)?;
        if is_constant(&e) {
            return Ok(e);
        }
        let t = self.temp(e.span);
        pre.push(Self::assign(t.clone(), e, span));
        Ok(t)
    }

    /// Children evaluated in order, as most expressions evaluate theirs: those before the
    /// last one holding a `yield` are evaluated into temporaries first, that one is
    /// lowered, the rest stay in place.
    fn in_order(
        &mut self,
        kids: Vec<&mut Expr>,
        pre: &mut Vec<Statement>,
        span: Span,
    ) -> Result<(), PyErr> {
        let Some(last) = kids.iter().rposition(|k| contains_yield(k)) else {
            return Ok(());
        };
        for (i, k) in kids.into_iter().enumerate() {
            if i > last {
                break;
            }
            let e = std::mem::replace(k, placeholder());
            *k = if i < last {
                self.hoist(e, pre, span)?
            } else {
                self.expr(e, pre, span)?
            };
        }
        Ok(())
    }

    /// `e` without `yield`s inside: the statements that must run first go to `pre`.
    fn expr(&mut self, mut e: Expr, pre: &mut Vec<Statement>, span: Span) -> Result<Expr, PyErr> {
        if !contains_yield(&e) {
            return Ok(e);
        }
        let espan = e.span;
        match &mut e.kind {
            ExprKind::Yield(v, _) => {
                if let Some(v) = v {
                    let inner = std::mem::replace(v.as_mut(), placeholder());
                    **v = self.expr(inner, pre, span)?;
                }
                let t = self.temp(espan);
                pre.push(Self::assign(t.clone(), e, span));
                return Ok(t);
            }
            ExprKind::And(_, b) | ExprKind::Or(_, b) if contains_yield(b) => {
                let is_and = matches!(e.kind, ExprKind::And(..));
                let (ExprKind::And(a, b) | ExprKind::Or(a, b)) = e.kind else {
                    return Ok(placeholder());
                };
                let a = self.expr(*a, pre, span)?;
                let t = self.temp(espan);
                pre.push(Self::assign(t.clone(), a, span));
                let mut then = Vec::new();
                let b = self.expr(*b, &mut then, span)?;
                then.push(Self::assign(t.clone(), b, span));
                let cond = if is_and {
                    t.clone()
                } else {
                    Expr {
                        kind: ExprKind::Not(Box::new(t.clone())),
                        span: espan,
                    }
                };
                pre.push(Statement {
                    stmt: Stmt::If(vec![(cond, then)], Vec::new()),
                    span,
                });
                return Ok(t);
            }
            ExprKind::IfElse { then, other, .. }
                if contains_yield(then) || contains_yield(other) =>
            {
                let ExprKind::IfElse { cond, then, other } = e.kind else {
                    return Ok(placeholder());
                };
                let cond = self.expr(*cond, pre, span)?;
                let t = self.temp(espan);
                let mut yes = Vec::new();
                let a = self.expr(*then, &mut yes, span)?;
                yes.push(Self::assign(t.clone(), a, span));
                let mut no = Vec::new();
                let b = self.expr(*other, &mut no, span)?;
                no.push(Self::assign(t.clone(), b, span));
                pre.push(Statement {
                    stmt: Stmt::If(vec![(cond, yes)], no),
                    span,
                });
                return Ok(t);
            }
            ExprKind::Compare(_, rest) if rest.iter().skip(1).any(|(_, r)| contains_yield(r)) => {
                let ExprKind::Compare(first, rest) = e.kind else {
                    return Ok(placeholder());
                };
                let t = self.temp(espan);
                let left = self.hoist(*first, pre, span)?;
                self.chain(left, rest.into_iter(), &t, pre, span)?;
                return Ok(t);
            }
            ExprKind::Compare(first, rest) => {
                let mut kids: Vec<&mut Expr> = vec![first.as_mut()];
                kids.extend(rest.iter_mut().map(|(_, r)| r));
                self.in_order(kids, pre, span)?;
            }
            ExprKind::FString(parts) => self.fstring(parts, pre, span)?,
            ExprKind::Walrus(_, v) => {
                self.in_order(vec![v.as_mut()], pre, span)?;
            }
            ExprKind::Call(f, args) => {
                let mut kids: Vec<&mut Expr> = vec![f.as_mut()];
                kids.extend(args.iter_mut().map(|a| match a {
                    Arg::Pos(x) | Arg::Kw(_, x) | Arg::Star(x) | Arg::DoubleStar(x) => x,
                }));
                self.in_order(kids, pre, span)?;
            }
            ExprKind::Binary(_, a, b)
            | ExprKind::Subscript(a, b)
            | ExprKind::And(a, b)
            | ExprKind::Or(a, b) => {
                self.in_order(vec![a.as_mut(), b.as_mut()], pre, span)?;
            }
            ExprKind::Unary(_, a)
            | ExprKind::Attr(a, _)
            | ExprKind::Not(a)
            | ExprKind::Starred(a) => {
                self.in_order(vec![a.as_mut()], pre, span)?;
            }
            ExprKind::IfElse { cond, .. } => {
                self.in_order(vec![cond.as_mut()], pre, span)?;
            }
            ExprKind::Tuple(v) | ExprKind::List(v) | ExprKind::Set(v) => {
                self.in_order(v.iter_mut().collect(), pre, span)?;
            }
            ExprKind::Dict(pairs) => {
                self.in_order(
                    pairs.iter_mut().flat_map(|(k, v)| [k, v]).collect(),
                    pre,
                    span,
                )?;
            }
            ExprKind::Slice(a, b, c) => {
                let kids = [a, b, c]
                    .into_iter()
                    .flatten()
                    .map(|x| x.as_mut())
                    .collect();
                self.in_order(kids, pre, span)?;
            }
            _ => return Err(unsupported(espan, "here")),
        }
        Ok(e)
    }

    /// The rest of a chained comparison whose later operands hold a `yield`: `t = left op
    /// right`, and only if that is true, the next operand and comparison, as CPython
    /// stops at the first false one (`1 < (yield) < (yield)` yields once if the first
    /// comparison fails).
    fn chain(
        &mut self,
        left: Expr,
        mut rest: std::vec::IntoIter<(CmpOp, Expr)>,
        t: &Expr,
        pre: &mut Vec<Statement>,
        span: Span,
    ) -> Result<(), PyErr> {
        let Some((op, right)) = rest.next() else {
            return Ok(());
        };
        let last = rest.len() == 0;
        let right = if last {
            self.expr(right, pre, span)?
        } else {
            self.hoist(right, pre, span)?
        };
        let cmp = Expr {
            kind: ExprKind::Compare(Box::new(left), vec![(op, right.clone())]),
            span: t.span,
        };
        pre.push(Self::assign(t.clone(), cmp, span));
        if !last {
            let mut then = Vec::new();
            self.chain(right, rest, t, &mut then, span)?;
            pre.push(Statement {
                stmt: Stmt::If(vec![(t.clone(), then)], Vec::new()),
                span,
            });
        }
        Ok(())
    }

    /// An f-string's fields before the last one holding a `yield` are formatted into
    /// temporaries first (CPython formats each field as it reaches it), that field's
    /// value and spec are lowered, the rest stay in place.
    fn fstring(
        &mut self,
        parts: &mut [FPart],
        pre: &mut Vec<Statement>,
        span: Span,
    ) -> Result<(), PyErr> {
        let Some(last) = parts.iter().rposition(fpart_yields) else {
            return Ok(());
        };
        for part in parts.iter_mut().take(last + 1) {
            if matches!(part, FPart::Lit(_)) {
                continue;
            }
            if !fpart_yields(part) {
                let one = std::mem::replace(part, FPart::Lit(String::new()));
                let vspan = match &one {
                    FPart::Field { value, .. } => value.span,
                    FPart::Lit(_) => span,
                };
                let t = self.temp(vspan);
                let formatted = Expr {
                    kind: ExprKind::FString(vec![one]),
                    span: vspan,
                };
                pre.push(Self::assign(t.clone(), formatted, span));
                *part = FPart::Field {
                    value: Box::new(t),
                    conversion: None,
                    spec: Vec::new(),
                    debug: None,
                };
                continue;
            }
            let FPart::Field { value, spec, .. } = part else {
                continue;
            };
            let v = std::mem::replace(value.as_mut(), placeholder());
            if spec.iter().any(fpart_yields) {
                **value = self.hoist(v, pre, span)?;
                self.fstring(spec, pre, span)?;
            } else {
                **value = self.expr(v, pre, span)?;
            }
        }
        Ok(())
    }

    /// A statement's value: a `yield` that is the whole value stays (the runner suspends
    /// there), with its operand lowered.
    fn value(&mut self, mut e: Expr, pre: &mut Vec<Statement>, span: Span) -> Result<Expr, PyErr> {
        if let ExprKind::Yield(v, _) = &mut e.kind {
            if let Some(v) = v {
                let inner = std::mem::replace(v.as_mut(), placeholder());
                **v = self.expr(inner, pre, span)?;
            }
            return Ok(e);
        }
        self.expr(e, pre, span)
    }

    /// A `for` or `with` target holding a `yield`: a temporary takes the value, and the
    /// statements storing it into the real target start the body.
    fn bound_in_body(&mut self, target: Expr, span: Span) -> Result<(Expr, Vec<Statement>), PyErr> {
        if !contains_yield(&target) {
            return Ok((target, Vec::new()));
        }
        let t = self.temp(target.span);
        let mut stores = Vec::new();
        self.store(target, t.clone(), &mut stores, span)?;
        Ok((t, stores))
    }

    fn no_yield(e: &Expr, what: &str) -> Result<(), PyErr> {
        if contains_yield(e) {
            return Err(unsupported(e.span, what));
        }
        Ok(())
    }

    fn stmt(&mut self, st: Statement, out: &mut Vec<Statement>) -> Result<(), PyErr> {
        let span = st.span;
        let stmt = match st.stmt {
            Stmt::Expr(e) => Stmt::Expr(self.value(e, out, span)?),
            Stmt::Assign(targets, e) if targets.iter().any(contains_yield) => {
                // The value first, then each target in turn.
                let v = self.value(e, out, span)?;
                let t = self.temp(v.span);
                out.push(Self::assign(t.clone(), v, span));
                for target in targets {
                    self.store(target, t.clone(), out, span)?;
                }
                return Ok(());
            }
            Stmt::Assign(targets, e) => Stmt::Assign(targets, self.value(e, out, span)?),
            Stmt::AugAssign(t, op, e) if contains_yield(&e) => {
                return self.aug_assign(t, op, e, out, span);
            }
            Stmt::AugAssign(t, op, e) => Stmt::AugAssign(self.target_parts(t, out, span)?, op, e),
            Stmt::Return(Some(e)) => Stmt::Return(Some(self.expr(e, out, span)?)),
            Stmt::If(mut branches, orelse) => {
                // A condition after the first with a `yield` in it starts an `if` of its
                // own, in the `else` of the branches before it.
                let later = branches.iter().skip(1).position(|(c, _)| contains_yield(c));
                if let Some(p) = later {
                    let tail = branches.split_off(p + 1);
                    let mut inner = Vec::new();
                    self.stmt(
                        Statement {
                            stmt: Stmt::If(tail, orelse),
                            span,
                        },
                        &mut inner,
                    )?;
                    return self.stmt(
                        Statement {
                            stmt: Stmt::If(branches, inner),
                            span,
                        },
                        out,
                    );
                }
                let mut lowered = Vec::with_capacity(branches.len());
                for (k, (cond, body)) in branches.into_iter().enumerate() {
                    let cond = if k == 0 {
                        self.expr(cond, out, span)?
                    } else {
                        cond
                    };
                    lowered.push((cond, self.block(body)?));
                }
                Stmt::If(lowered, self.block(orelse)?)
            }
            Stmt::While(cond, body, orelse) => {
                let body = self.block(body)?;
                let orelse = self.block(orelse)?;
                if !contains_yield(&cond) {
                    Stmt::While(cond, body, orelse)
                } else {
                    // `while True:` evaluating the condition first and leaving when it is
                    // false; with an `else`, a flag set on that way out (not on a `break`)
                    // runs it after the loop.
                    let flag = (!orelse.is_empty()).then(|| self.temp(cond.span));
                    let lit = |kind| Expr { kind, span };
                    let mut leave = Vec::new();
                    if let Some(f) = &flag {
                        out.push(Self::assign(f.clone(), lit(ExprKind::False), span));
                        leave.push(Self::assign(f.clone(), lit(ExprKind::True), span));
                    }
                    leave.push(Statement {
                        stmt: Stmt::Break,
                        span,
                    });
                    let mut inner = Vec::new();
                    let c = self.expr(cond, &mut inner, span)?;
                    let negated = lit(ExprKind::Not(Box::new(c)));
                    inner.push(Statement {
                        stmt: Stmt::If(vec![(negated, leave)], Vec::new()),
                        span,
                    });
                    inner.extend(body);
                    out.push(Statement {
                        stmt: Stmt::While(lit(ExprKind::True), inner, Vec::new()),
                        span,
                    });
                    match flag {
                        Some(f) => Stmt::If(vec![(f, orelse)], Vec::new()),
                        None => return Ok(()),
                    }
                }
            }
            Stmt::For {
                target,
                iter,
                body,
                orelse,
            } => {
                let iter = self.expr(iter, out, span)?;
                let (target, mut first) = self.bound_in_body(target, span)?;
                first.extend(self.block(body)?);
                Stmt::For {
                    target,
                    iter,
                    body: first,
                    orelse: self.block(orelse)?,
                }
            }
            Stmt::Try {
                body,
                handlers,
                orelse,
                finally,
            } => {
                let mut hs = Vec::with_capacity(handlers.len());
                for mut h in handlers {
                    if let Some(c) = &h.class {
                        Self::no_yield(c, "in an `except` clause")?;
                    }
                    h.body = self.block(h.body)?;
                    hs.push(h);
                }
                Stmt::Try {
                    body: self.block(body)?,
                    handlers: hs,
                    orelse: self.block(orelse)?,
                    finally: self.block(finally)?,
                }
            }
            Stmt::With(mut items, body) if items.len() > 1 => {
                // `with a, b:` is `with a: with b:`; nested, each item's `yield`s run
                // after the managers before it are entered.
                let rest = items.split_off(1);
                let inner = Statement {
                    stmt: Stmt::With(rest, body),
                    span,
                };
                return self.stmt(
                    Statement {
                        stmt: Stmt::With(items, vec![inner]),
                        span,
                    },
                    out,
                );
            }
            Stmt::With(items, body) => {
                let mut lowered = Vec::with_capacity(1);
                let mut first = Vec::new();
                for (cm, target) in items {
                    let cm = self.expr(cm, out, span)?;
                    let target = match target {
                        Some(t) => {
                            let (t, stores) = self.bound_in_body(t, span)?;
                            first = stores;
                            Some(t)
                        }
                        None => None,
                    };
                    lowered.push((cm, target));
                }
                first.extend(self.block(body)?);
                Stmt::With(lowered, first)
            }
            Stmt::Raise(exc, cause) => {
                let mut kids: Vec<Expr> = exc.into_iter().chain(cause).collect();
                let n = kids.len();
                {
                    let refs: Vec<&mut Expr> = kids.iter_mut().collect();
                    self.in_order(refs, out, span)?;
                }
                let mut it = kids.into_iter();
                let (exc, cause) = if n == 2 {
                    (it.next(), it.next())
                } else {
                    (it.next(), None)
                };
                Stmt::Raise(exc, cause)
            }
            Stmt::Assert(test, Some(msg)) if contains_yield(&msg) => {
                // The message is evaluated only when the test fails.
                let test = self.expr(test, out, span)?;
                let mut failed = Vec::new();
                let msg = self.expr(msg, &mut failed, span)?;
                let no = Expr {
                    kind: ExprKind::False,
                    span: test.span,
                };
                failed.push(Statement {
                    stmt: Stmt::Assert(no, Some(msg)),
                    span,
                });
                let negated = Expr {
                    kind: ExprKind::Not(Box::new(test)),
                    span,
                };
                Stmt::If(vec![(negated, failed)], Vec::new())
            }
            Stmt::Assert(test, msg) => Stmt::Assert(self.expr(test, out, span)?, msg),
            Stmt::Del(ts) if ts.iter().any(contains_yield) => return self.delete(ts, out, span),
            Stmt::Def(mut d, target) => {
                // Decorators top first, then the defaults, as CPython evaluates them.
                let f = std::rc::Rc::make_mut(&mut d);
                let kids: Vec<&mut Expr> = f
                    .decorators
                    .iter_mut()
                    .chain(
                        f.params
                            .positional
                            .iter_mut()
                            .chain(f.params.kwonly.iter_mut())
                            .filter_map(|p| p.default.as_mut()),
                    )
                    .collect();
                self.in_order(kids, out, span)?;
                Stmt::Def(d, target)
            }
            other => other,
        };
        out.push(Statement { stmt, span });
        Ok(())
    }
}

/// What stands in an expression's place for the moment it is moved out.
fn placeholder() -> Expr {
    Expr {
        kind: ExprKind::NoneLit,
        span: Default::default(),
    }
}
