//! pest pairs to AST. Every expression is built with its height (CPython's count: one per
//! node, a parenthesised expression adding none), and a tree taller than CPython's compiler
//! accepts is refused as it is built — so evaluating or dropping a tree never recurses
//! deeper than that, whatever the input.

use super::ast::*;
use super::literals;
use super::parser::Rule;
use super::precedence;
use crate::error::{PyErr, Span};
use pest::iterators::Pair;
use std::rc::Rc;

/// CPython's compiler refuses a statement nested more than 3000 levels deep (its recursion
/// limit of 1000, times 3), the statement itself being the first level: an expression may be
/// 2999 nodes tall.
pub const MAX_HEIGHT: usize = 2999;

/// An expression and its height.
pub type Built = (Expr, usize);

/// A new node of height `h`, or CPython's RecursionError if that is too tall.
/// `v0 if c1 else v1 if c2 else v2` from its parts in source order (`v0, c1, v1, c2, v2`),
/// nested to the right as Python reads it; both parsers build conditionals here.
pub(super) fn if_else_chain(mut parts: Vec<Built>) -> Result<Built, PyErr> {
    let mut acc = parts.pop().ok_or_else(invalid)?;
    while parts.len() >= 2 {
        let (cond, ch) = parts.pop().ok_or_else(invalid)?;
        let (then, th) = parts.pop().ok_or_else(invalid)?;
        let sp = Span::new(then.span.start, acc.0.span.end);
        let h = 1 + ch.max(th).max(acc.1);
        let kind = ExprKind::IfElse {
            cond: Box::new(cond),
            then: Box::new(then),
            other: Box::new(acc.0),
        };
        acc = node(kind, sp, h)?;
    }
    if parts.is_empty() {
        Ok(acc)
    } else {
        Err(invalid())
    }
}

/// `lambda params: body` spanning `span`, whose parameters' defaults are `ph` high; both
/// parsers build lambdas here.
pub(super) fn lambda_node(
    params: Params,
    (body, bh): Built,
    span: Span,
    ph: usize,
) -> Result<Built, PyErr> {
    let bspan = body.span;
    let def = FuncDef {
        name: Rc::from("<lambda>"),
        qualname: Rc::from("<lambda>"),
        params,
        body: vec![Statement {
            stmt: Stmt::Return(Some(body)),
            span: bspan,
        }],
        is_lambda: true,
        doc: None,
        decorators: Vec::new(),
        is_generator: false,
        scope: Scope::default(),
        globals: Vec::new(),
    };
    node(ExprKind::Lambda(Rc::new(def)), span, ph.max(bh) + 1)
}

pub fn node(kind: ExprKind, span: Span, h: usize) -> Result<Built, PyErr> {
    if h > MAX_HEIGHT {
        return Err(PyErr::new(
            "RecursionError",
            "maximum recursion depth exceeded during compilation",
        )
        .at(span));
    }
    Ok((Expr { kind, span }, h))
}

pub struct Builder {
    /// Where the statement's text starts in the whole source.
    pub base: usize,
}

pub(super) fn invalid() -> PyErr {
    PyErr::syntax("invalid syntax")
}

pub(super) fn next<'a>(
    it: &mut impl Iterator<Item = Pair<'a, Rule>>,
) -> Result<Pair<'a, Rule>, PyErr> {
    it.next().ok_or_else(invalid)
}

impl Builder {
    pub fn span(&self, p: &Pair<Rule>) -> Span {
        let s = p.as_span();
        Span::new(self.base + s.start(), self.base + s.end())
    }

    /// `a, b` (a tuple), `a,` (a tuple) or `a` (itself).
    pub(super) fn expr_list(&self, p: Pair<Rule>) -> Result<Built, PyErr> {
        let span = self.span(&p);
        let mut items = Vec::new();
        let mut trailing = false;
        let mut h = 0;
        for c in p.into_inner() {
            if c.as_rule() == Rule::trailing_comma {
                trailing = true;
            } else {
                let (e, eh) = self.expr(c)?;
                h = h.max(eh);
                items.push(e);
            }
        }
        if items.len() == 1 && !trailing {
            let e = items.pop().ok_or_else(invalid)?;
            return Ok((e, h));
        }
        node(ExprKind::Tuple(items), span, h + 1)
    }

    /// The value of an assignment: an expression list or a `yield` expression.
    pub(super) fn value_list(&self, p: Pair<Rule>) -> Result<Built, PyErr> {
        match p.as_rule() {
            Rule::yield_expr => self.expr(p),
            _ => self.expr_list(p),
        }
    }

    pub fn expr(&self, p: Pair<Rule>) -> Result<Built, PyErr> {
        let span = self.span(&p);
        match p.as_rule() {
            Rule::expr => self.conditional(p, span),
            Rule::disjunction | Rule::conjunction => {
                let is_or = p.as_rule() == Rule::disjunction;
                let operands = p
                    .into_inner()
                    .filter(|c| !matches!(c.as_rule(), Rule::kw_or | Rule::kw_and))
                    .map(|c| self.expr(c))
                    .collect::<Result<Vec<_>, _>>()?;
                balanced(operands, is_or)
            }
            Rule::inversion => {
                let mut nots = 0;
                let mut inner = None;
                for c in p.into_inner() {
                    if c.as_rule() == Rule::not_op {
                        nots += 1;
                    } else {
                        inner = Some(self.expr(c)?);
                    }
                }
                let (mut e, mut h) = inner.ok_or_else(invalid)?;
                for _ in 0..nots {
                    (e, h) = node(ExprKind::Not(Box::new(e)), span, h + 1)?;
                }
                Ok((e, h))
            }
            Rule::comparison => {
                let mut it = p.into_inner();
                let (first, mut h) = self.expr(next(&mut it)?)?;
                let mut rest = Vec::new();
                while let Some(op) = it.next() {
                    // `<` and `>` are read with a lookahead, which keeps the whitespace,
                    // comments and line continuations after them.
                    let text = op.as_str();
                    let head = text
                        .split(|c: char| c.is_whitespace() || c == '#' || c == '\\')
                        .next()
                        .unwrap_or("");
                    let op = match (op.clone().into_inner().next().map(|p| p.as_rule()), head) {
                        (Some(Rule::not_in), _) => CmpOp::NotIn,
                        (Some(Rule::is_not), _) => CmpOp::IsNot,
                        (_, "==") => CmpOp::Eq,
                        (_, "!=") => CmpOp::Ne,
                        (_, "<") => CmpOp::Lt,
                        (_, "<=") => CmpOp::Le,
                        (_, ">") => CmpOp::Gt,
                        (_, ">=") => CmpOp::Ge,
                        (_, "in") => CmpOp::In,
                        (_, "is") => CmpOp::Is,
                        _ => return Err(invalid().at(self.span(&op))),
                    };
                    let (e, eh) = self.expr(next(&mut it)?)?;
                    h = h.max(eh);
                    rest.push((op, e));
                }
                if rest.is_empty() {
                    Ok((first, h))
                } else {
                    node(ExprKind::Compare(Box::new(first), rest), span, h + 1)
                }
            }
            Rule::arith => precedence::arith(self, p.into_inner()),
            Rule::primary => self.primary(p),
            Rule::star_expr | Rule::star_primary => {
                let (e, h) = self.expr(next(&mut p.into_inner())?)?;
                node(ExprKind::Starred(Box::new(e)), span, h + 1)
            }
            Rule::walrus => {
                let mut it = p.into_inner();
                let name = next(&mut it)?;
                let target = Expr {
                    kind: ExprKind::Name(name.as_str().to_string()),
                    span: self.span(&name),
                };
                let (v, h) = self.expr(next(&mut it)?)?;
                node(ExprKind::Walrus(Box::new(target), Box::new(v)), span, h + 1)
            }
            Rule::lambdef => self.lambda(p),
            Rule::target_list => self.target_list(p),
            Rule::yield_expr => {
                let mut it = p.into_inner();
                let _kw = next(&mut it)?;
                let (value, from, h) = match it.next() {
                    Some(f) if f.as_rule() == Rule::kw_from => {
                        let (e, h) = self.expr(next(&mut it)?)?;
                        (Some(e), true, h)
                    }
                    Some(e) => {
                        let (e, h) = self.expr_list(e)?;
                        (Some(e), false, h)
                    }
                    None => (None, false, 0),
                };
                node(ExprKind::Yield(value.map(Box::new), from), span, h + 1)
            }
            _ => self.atom(p),
        }
    }

    /// `a if c else b if d else e`, nested to the right as Python groups it.
    fn conditional(&self, p: Pair<Rule>, span: Span) -> Result<Built, PyErr> {
        let mut inner = p.clone().into_inner();
        if let (Some(first), None) = (inner.next(), inner.next()) {
            if first.as_rule() == Rule::lambdef {
                return self.lambda(first);
            }
        }
        let parts = p
            .into_inner()
            .filter(|c| !matches!(c.as_rule(), Rule::kw_if | Rule::kw_else))
            .map(|c| self.expr(c))
            .collect::<Result<Vec<_>, _>>()?;
        if_else_chain(parts).map_err(|e| e.at(span))
    }

    fn primary(&self, p: Pair<Rule>) -> Result<Built, PyErr> {
        let mut it = p.into_inner();
        let (mut e, mut h) = self.atom(next(&mut it)?)?;
        for t in it {
            let end = self.base + t.as_span().end();
            let sp = Span::new(e.span.start, end);
            let (kind, th) = match t.as_rule() {
                Rule::attribute => {
                    let name = next(&mut t.into_inner())?.as_str().to_string();
                    (ExprKind::Attr(Box::new(e), name), 0)
                }
                Rule::call => {
                    let call_span = self.span(&t);
                    let mut args = Vec::new();
                    let mut ah = 0;
                    let mut clauses = Vec::new();
                    for a in t.into_inner() {
                        if a.as_rule() == Rule::comp_for {
                            clauses.push(a);
                            continue;
                        }
                        args.push(match a.as_rule() {
                            Rule::dstar_arg => {
                                let (v, vh) = self.expr(next(&mut a.into_inner())?)?;
                                ah = ah.max(vh + 1);
                                Arg::DoubleStar(v)
                            }
                            Rule::kwarg => {
                                let mut i = a.into_inner();
                                let name = next(&mut i)?.as_str().to_string();
                                let (v, vh) = self.expr(next(&mut i)?)?;
                                ah = ah.max(vh);
                                Arg::Kw(name, v)
                            }
                            Rule::star_arg => {
                                let (v, vh) = self.expr(next(&mut a.into_inner())?)?;
                                ah = ah.max(vh + 1);
                                Arg::Star(v)
                            }
                            _ => {
                                let (v, vh) = self.expr(a)?;
                                ah = ah.max(vh);
                                Arg::Pos(v)
                            }
                        });
                    }
                    if !clauses.is_empty() {
                        // `f(x for x in y)`: the one argument is a generator expression.
                        let elt = match args.pop() {
                            Some(Arg::Pos(x)) if args.is_empty() => x,
                            _ => return Err(invalid().at(call_span)),
                        };
                        let inner = Span::new(elt.span.start, call_span.end - 1);
                        let (g, gh) =
                            self.comprehension(CompKind::Generator, elt, None, clauses, inner)?;
                        ah = ah.max(gh);
                        args.push(Arg::Pos(g));
                    }
                    let close = Span::new(call_span.end - 1, call_span.end);
                    if let Some(err) = super::functions::call_args_error(&args, close) {
                        return Err(err);
                    }
                    (ExprKind::Call(Box::new(e), args), ah)
                }
                Rule::subscript => {
                    let isp = self.span(&t);
                    let mut items = Vec::new();
                    let mut trailing = false;
                    let mut ih = 0;
                    for c in t.into_inner() {
                        let (item, h) = match c.as_rule() {
                            Rule::trailing_comma => {
                                trailing = true;
                                continue;
                            }
                            Rule::slice => self.slice(c)?,
                            _ => self.expr(c)?,
                        };
                        ih = ih.max(h);
                        items.push(item);
                    }
                    let index = if items.len() == 1 && !trailing {
                        items.pop().ok_or_else(invalid)?
                    } else {
                        let (tuple, th) = node(ExprKind::Tuple(items), isp, ih + 1)?;
                        ih = th;
                        tuple
                    };
                    (ExprKind::Subscript(Box::new(e), Box::new(index)), ih)
                }
                _ => return Err(invalid().at(self.span(&t))),
            };
            (e, h) = node(kind, sp, 1 + h.max(th))?;
        }
        Ok((e, h))
    }

    fn slice(&self, p: Pair<Rule>) -> Result<Built, PyErr> {
        let span = self.span(&p);
        let mut parts = Vec::new();
        let mut h = 0;
        for c in p.into_inner() {
            parts.push(match c.into_inner().next() {
                Some(x) => {
                    let (e, eh) = self.expr(x)?;
                    h = h.max(eh);
                    Some(Box::new(e))
                }
                None => None,
            });
        }
        let mut it = parts.into_iter();
        let a = it.next().flatten();
        let b = it.next().flatten();
        let c = it.next().flatten();
        node(ExprKind::Slice(a, b, c), span, h + 1)
    }

    fn atom(&self, p: Pair<Rule>) -> Result<Built, PyErr> {
        let span = self.span(&p);
        let kind = match p.as_rule() {
            Rule::number => literals::number(p.as_str(), span)?,
            Rule::strings => return self.strings(p),
            Rule::ellipsis => ExprKind::Ellipsis,
            Rule::none_lit => ExprKind::NoneLit,
            Rule::true_lit => ExprKind::True,
            Rule::false_lit => ExprKind::False,
            Rule::ident => ExprKind::Name(p.as_str().to_string()),
            Rule::paren => {
                if let Some(g) = self.bracket_comp(&p, CompKind::Generator, span)? {
                    return Ok(g);
                }
                let (items, trailing, h) = self.items(p)?;
                if items.len() == 1 && !trailing {
                    let mut e = items.into_iter().next().ok_or_else(invalid)?;
                    if matches!(e.kind, ExprKind::Starred(_)) {
                        return Err(PyErr::syntax("cannot use starred expression here").at(e.span));
                    }
                    e.span = span;
                    return Ok((e, h));
                }
                return node(ExprKind::Tuple(items), span, h + 1);
            }
            Rule::list => {
                if let Some(g) = self.bracket_comp(&p, CompKind::List, span)? {
                    return Ok(g);
                }
                let (items, _, h) = self.items(p)?;
                return node(ExprKind::List(items), span, h + 1);
            }
            Rule::braces => return self.braces(p, span),
            _ => return self.expr(p),
        };
        Ok((Expr { kind, span }, 1))
    }

    /// The items of a parenthesised or bracketed list, whether a trailing comma closed it,
    /// and the tallest item's height.
    pub(super) fn items(&self, p: Pair<Rule>) -> Result<(Vec<Expr>, bool, usize), PyErr> {
        let mut items = Vec::new();
        let mut trailing = false;
        let mut h = 0;
        for c in p.into_inner() {
            if c.as_rule() == Rule::trailing_comma {
                trailing = true;
            } else {
                let (e, eh) = self.expr(c)?;
                h = h.max(eh);
                items.push(e);
            }
        }
        Ok((items, trailing, h))
    }
}

/// `a and b and c …` as a balanced tree: `and`/`or` are associative (the same operands are
/// evaluated and tested in the same order), and a balanced tree stays shallow where CPython's
/// flat node has no depth to speak of.
pub(super) fn balanced(mut operands: Vec<Built>, is_or: bool) -> Result<Built, PyErr> {
    if operands.len() <= 1 {
        return operands.pop().ok_or_else(invalid);
    }
    let right = operands.split_off(operands.len() / 2);
    let (l, lh) = balanced(operands, is_or)?;
    let (r, rh) = balanced(right, is_or)?;
    let sp = Span::new(l.span.start, r.span.end);
    let kind = if is_or {
        ExprKind::Or(Box::new(l), Box::new(r))
    } else {
        ExprKind::And(Box::new(l), Box::new(r))
    };
    node(kind, sp, 1 + lh.max(rh))
}
