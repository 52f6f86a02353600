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
//! `and`, `or` and conditional expressions become `if` statements, so their right-hand
//! sides still run only when CPython's would. It runs on a `def`'s body before its names
//! are resolved, so the temporaries are ordinary locals. The few places where CPython's
//! order cannot be kept this way (a `yield` in an assignment target, in a later operand of
//! a chained comparison, in an f-string, in a `while` condition with an `else`) are a
//! one-line SyntaxError.

use super::ast::{Arg, Expr, ExprKind, FuncDef, Statement, Stmt};
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

fn fpart_yields(p: &super::ast::FPart) -> bool {
    match p {
        super::ast::FPart::Lit(_) => false,
        super::ast::FPart::Field { value, spec, .. } => {
            contains_yield(value) || spec.iter().any(fpart_yields)
        }
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
        Stmt::AugAssign(t, _, e) => top(e) || contains_yield(t),
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
            ExprKind::Compare(first, rest) => {
                if rest.len() > 1 && rest.iter().skip(1).any(|(_, r)| contains_yield(r)) {
                    return Err(unsupported(
                        espan,
                        "in a later operand of a chained comparison",
                    ));
                }
                let mut kids: Vec<&mut Expr> = vec![first.as_mut()];
                kids.extend(rest.iter_mut().map(|(_, r)| r));
                self.in_order(kids, pre, span)?;
            }
            ExprKind::FString(_) => return Err(unsupported(espan, "inside an f-string")),
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
            Stmt::Assign(targets, e) => {
                for t in &targets {
                    Self::no_yield(t, "in an assignment target")?;
                }
                Stmt::Assign(targets, self.value(e, out, span)?)
            }
            Stmt::AugAssign(t, op, e) => {
                Self::no_yield(&t, "in an assignment target")?;
                Stmt::AugAssign(t, op, self.value(e, out, span)?)
            }
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
                if contains_yield(&cond) {
                    if !orelse.is_empty() {
                        return Err(unsupported(
                            cond.span,
                            "in the condition of a `while` with an `else`",
                        ));
                    }
                    // `while True:` evaluating the condition first, leaving when it is false.
                    let mut inner = Vec::new();
                    let c = self.expr(cond, &mut inner, span)?;
                    let negated = Expr {
                        kind: ExprKind::Not(Box::new(c)),
                        span,
                    };
                    inner.push(Statement {
                        stmt: Stmt::If(
                            vec![(
                                negated,
                                vec![Statement {
                                    stmt: Stmt::Break,
                                    span,
                                }],
                            )],
                            Vec::new(),
                        ),
                        span,
                    });
                    inner.extend(body);
                    let truth = Expr {
                        kind: ExprKind::True,
                        span,
                    };
                    Stmt::While(truth, inner, Vec::new())
                } else {
                    Stmt::While(cond, body, orelse)
                }
            }
            Stmt::For {
                target,
                iter,
                body,
                orelse,
            } => {
                Self::no_yield(&target, "in a `for` target")?;
                Stmt::For {
                    target,
                    iter: self.expr(iter, out, span)?,
                    body: self.block(body)?,
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
            Stmt::With(mut items, body) => {
                for (k, (cm, target)) in items.iter_mut().enumerate() {
                    if let Some(t) = target {
                        Self::no_yield(t, "in a `with` target")?;
                    }
                    if k > 0 {
                        Self::no_yield(cm, "in a later item of a `with`")?;
                    } else {
                        let c = std::mem::replace(cm, placeholder());
                        *cm = self.expr(c, out, span)?;
                    }
                }
                Stmt::With(items, self.block(body)?)
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
            Stmt::Assert(test, msg) => {
                if let Some(m) = &msg {
                    Self::no_yield(m, "in an `assert` message")?;
                }
                Stmt::Assert(self.expr(test, out, span)?, msg)
            }
            Stmt::Del(ts) => {
                for t in &ts {
                    Self::no_yield(t, "in a `del` target")?;
                }
                Stmt::Del(ts)
            }
            Stmt::Def(d, target) => {
                for e in d.decorators.iter().chain(
                    d.params
                        .positional
                        .iter()
                        .chain(d.params.kwonly.iter())
                        .filter_map(|p| p.default.as_ref()),
                ) {
                    Self::no_yield(e, "in a decorator or default value")?;
                }
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
