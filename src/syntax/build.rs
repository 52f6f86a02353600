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

/// CPython's compiler refuses a statement nested more than 3000 levels deep (its recursion
/// limit of 1000, times 3), the statement itself being the first level: an expression may be
/// 2999 nodes tall.
pub const MAX_HEIGHT: usize = 2999;

/// An expression and its height.
pub type Built = (Expr, usize);

/// A new node of height `h`, or CPython's RecursionError if that is too tall.
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

fn invalid() -> PyErr {
    PyErr::syntax("invalid syntax")
}

fn next<'a>(it: &mut impl Iterator<Item = Pair<'a, Rule>>) -> Result<Pair<'a, Rule>, PyErr> {
    it.next().ok_or_else(invalid)
}

impl Builder {
    pub fn span(&self, p: &Pair<Rule>) -> Span {
        let s = p.as_span();
        Span::new(self.base + s.start(), self.base + s.end())
    }

    pub fn stmt(&self, p: Pair<Rule>) -> Result<Statement, PyErr> {
        let span = self.span(&p);
        let rule = p.as_rule();
        let mut it = p.into_inner();
        let stmt = match rule {
            Rule::simple_stmt => {
                let first = self.expr_list(next(&mut it)?)?.0;
                match it.next() {
                    None => Stmt::Expr(first),
                    Some(tail) => match tail.as_rule() {
                        Rule::help_mark => {
                            if matches!(first.kind, ExprKind::Tuple(_)) {
                                return Err(invalid().at(self.span(&tail)));
                            }
                            Stmt::Help(first)
                        }
                        Rule::aug_tail => {
                            let mut t = tail.into_inner();
                            let op = match next(&mut t)?.as_str() {
                                "+=" => BinOp::Add,
                                "-=" => BinOp::Sub,
                                "*=" => BinOp::Mul,
                                "/=" => BinOp::Div,
                                "//=" => BinOp::FloorDiv,
                                "%=" => BinOp::Mod,
                                "**=" => BinOp::Pow,
                                "@=" => BinOp::MatMul,
                                "&=" => BinOp::And,
                                "|=" => BinOp::Or,
                                "^=" => BinOp::Xor,
                                "<<=" => BinOp::LShift,
                                _ => BinOp::RShift,
                            };
                            check_aug_target(&first)?;
                            Stmt::AugAssign(first, op, self.expr_list(next(&mut t)?)?.0)
                        }
                        _ => {
                            // `a = b = value`: every list but the last is a target.
                            let mut targets = vec![first];
                            for e in tail.into_inner() {
                                targets.push(self.expr_list(e)?.0);
                            }
                            let value = targets.pop().ok_or_else(invalid)?;
                            for t in &targets {
                                check_target(t, false)?;
                            }
                            Stmt::Assign(targets, value)
                        }
                    },
                }
            }
            Rule::pass_stmt => Stmt::Pass,
            Rule::del_stmt => {
                let _kw = next(&mut it)?;
                let e = self.expr_list(next(&mut it)?)?.0;
                let targets = match e.kind {
                    ExprKind::Tuple(items) => items,
                    _ => vec![e],
                };
                for t in &targets {
                    check_target(t, true)?;
                }
                Stmt::Del(targets)
            }
            Rule::import_stmt => {
                let _kw = next(&mut it)?;
                let module = next(&mut it)?.as_str().to_string();
                let alias = it
                    .find(|p| p.as_rule() == Rule::ident)
                    .map(|p| p.as_str().to_string());
                Stmt::Import { module, alias }
            }
            Rule::from_import => {
                let _kw = next(&mut it)?;
                let module = next(&mut it)?.as_str().to_string();
                let names = it
                    .filter(|p| p.as_rule() == Rule::import_name)
                    .map(|p| {
                        let mut i = p.into_inner().filter(|x| x.as_rule() == Rule::ident);
                        let name = i.next().map(|x| x.as_str().to_string()).unwrap_or_default();
                        let alias = i.next().map(|x| x.as_str().to_string());
                        (name, alias)
                    })
                    .collect();
                Stmt::FromImport { module, names }
            }
            _ => return Err(invalid().at(span)),
        };
        Ok(Statement { stmt, span })
    }

    /// `a, b` (a tuple), `a,` (a tuple) or `a` (itself).
    fn expr_list(&self, p: Pair<Rule>) -> Result<Built, PyErr> {
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
                    // A rule with a lookahead keeps the space after it.
                    let op = match op.as_str().trim_end() {
                        "==" => CmpOp::Eq,
                        "!=" => CmpOp::Ne,
                        "<" => CmpOp::Lt,
                        "<=" => CmpOp::Le,
                        ">" => CmpOp::Gt,
                        ">=" => CmpOp::Ge,
                        "in" => CmpOp::In,
                        "is" => CmpOp::Is,
                        s if s.starts_with("not") => CmpOp::NotIn,
                        s if s.starts_with("is") => CmpOp::IsNot,
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
            _ => self.atom(p),
        }
    }

    /// `a if c else b if d else e`, nested to the right as Python groups it.
    fn conditional(&self, p: Pair<Rule>, span: Span) -> Result<Built, PyErr> {
        let parts = p
            .into_inner()
            .filter(|c| !matches!(c.as_rule(), Rule::kw_if | Rule::kw_else))
            .map(|c| self.expr(c))
            .collect::<Result<Vec<_>, _>>()?;
        // parts: value, then (condition, alternative) pairs.
        let mut it = parts.into_iter().rev();
        let mut acc = it.next().ok_or_else(invalid)?;
        let mut rest: Vec<Built> = it.collect();
        rest.reverse();
        // rest: v0, c1, v1, c2, …, cN (vN is `acc`).
        while rest.len() >= 2 {
            let (cond, ch) = rest.pop().ok_or_else(invalid)?;
            let (then, th) = rest.pop().ok_or_else(invalid)?;
            let sp = Span::new(then.span.start, acc.0.span.end);
            let h = 1 + ch.max(th).max(acc.1);
            acc = node(
                ExprKind::IfElse {
                    cond: Box::new(cond),
                    then: Box::new(then),
                    other: Box::new(acc.0),
                },
                sp,
                h,
            )?;
        }
        if rest.is_empty() {
            Ok(acc)
        } else {
            Err(invalid().at(span))
        }
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
                    let mut args = Vec::new();
                    let mut ah = 0;
                    for a in t.into_inner() {
                        args.push(match a.as_rule() {
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
            Rule::strings => {
                let mut text = String::new();
                let mut bytes: Option<Vec<u8>> = None;
                for s in p.into_inner() {
                    let (is_bytes, value) = literals::string_value(s.as_str());
                    if is_bytes {
                        bytes.get_or_insert_with(Vec::new).extend(value);
                    } else {
                        text.push_str(&String::from_utf8_lossy(&value));
                    }
                }
                match bytes {
                    Some(b) => ExprKind::Bytes(b),
                    None => ExprKind::Str(text),
                }
            }
            Rule::ellipsis => ExprKind::Ellipsis,
            Rule::none_lit => ExprKind::NoneLit,
            Rule::true_lit => ExprKind::True,
            Rule::false_lit => ExprKind::False,
            Rule::ident => ExprKind::Name(p.as_str().to_string()),
            Rule::paren => {
                let (items, trailing, h) = self.items(p)?;
                if items.len() == 1 && !trailing {
                    let mut e = items.into_iter().next().ok_or_else(invalid)?;
                    e.span = span;
                    return Ok((e, h));
                }
                return node(ExprKind::Tuple(items), span, h + 1);
            }
            Rule::list => {
                let (items, _, h) = self.items(p)?;
                return node(ExprKind::List(items), span, h + 1);
            }
            Rule::dict => {
                let mut items = Vec::new();
                let mut h = 0;
                for it in p.into_inner() {
                    let mut i = it.into_inner();
                    let (k, kh) = self.expr(next(&mut i)?)?;
                    let (v, vh) = self.expr(next(&mut i)?)?;
                    h = h.max(kh).max(vh);
                    items.push((k, v));
                }
                return node(ExprKind::Dict(items), span, h + 1);
            }
            _ => return self.expr(p),
        };
        Ok((Expr { kind, span }, 1))
    }

    /// The items of a parenthesised or bracketed list, whether a trailing comma closed it,
    /// and the tallest item's height.
    fn items(&self, p: Pair<Rule>) -> Result<(Vec<Expr>, bool, usize), PyErr> {
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
fn balanced(mut operands: Vec<Built>, is_or: bool) -> Result<Built, PyErr> {
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

/// `x += 1` takes exactly one target.
fn check_aug_target(e: &Expr) -> Result<(), PyErr> {
    match &e.kind {
        ExprKind::Tuple(_) => Err(PyErr::syntax(
            "'tuple' is an illegal expression for augmented assignment",
        )
        .at(e.span)),
        ExprKind::List(_) => Err(PyErr::syntax(
            "'list' is an illegal expression for augmented assignment",
        )
        .at(e.span)),
        _ => check_target(e, true),
    }
}

/// Check an expression is a valid assignment (or `del`) target, with Python's messages.
fn check_target(e: &Expr, single: bool) -> Result<(), PyErr> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attr(..) | ExprKind::Subscript(..) => Ok(()),
        ExprKind::Tuple(items) | ExprKind::List(items) if !single => {
            items.iter().try_for_each(|i| check_target(i, false))
        }
        ExprKind::Call(..) => Err(PyErr::syntax(
            "cannot assign to function call here. Maybe you meant '==' instead of '='?",
        )
        .at(e.span)),
        ExprKind::Int(_)
        | ExprKind::BigInt(_)
        | ExprKind::Float(_)
        | ExprKind::Str(_)
        | ExprKind::Imag(_) => Err(PyErr::syntax(
            "cannot assign to literal here. Maybe you meant '==' instead of '='?",
        )
        .at(e.span)),
        _ => Err(PyErr::syntax(
            "cannot assign to expression here. Maybe you meant '==' instead of '='?",
        )
        .at(e.span)),
    }
}
