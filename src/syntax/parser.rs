//! pest pairs to AST. Operator precedence below comparisons comes from a Pratt parser so
//! `-2**2`, `a + b * c` and `2**-1` group as Python groups them.

use super::ast::*;
use crate::error::{PyErr, Span};
use pest::iterators::{Pair, Pairs};
use pest::pratt_parser::{Assoc, Op, PrattParser};
use pest::Parser;
use std::sync::OnceLock;

#[derive(pest_derive::Parser)]
#[grammar = "../grammar/arrsh.pest"]
struct ArrshParser;

fn pratt() -> &'static PrattParser<Rule> {
    static P: OnceLock<PrattParser<Rule>> = OnceLock::new();
    P.get_or_init(|| {
        PrattParser::new()
            .op(Op::infix(Rule::bor, Assoc::Left))
            .op(Op::infix(Rule::bxor, Assoc::Left))
            .op(Op::infix(Rule::band, Assoc::Left))
            .op(Op::infix(Rule::lshift, Assoc::Left) | Op::infix(Rule::rshift, Assoc::Left))
            .op(Op::infix(Rule::add, Assoc::Left) | Op::infix(Rule::sub, Assoc::Left))
            .op(Op::infix(Rule::mul, Assoc::Left)
                | Op::infix(Rule::div, Assoc::Left)
                | Op::infix(Rule::floordiv, Assoc::Left)
                | Op::infix(Rule::modulo, Assoc::Left)
                | Op::infix(Rule::matmul, Assoc::Left))
            .op(Op::prefix(Rule::neg) | Op::prefix(Rule::pos) | Op::prefix(Rule::invert))
            .op(Op::infix(Rule::pow, Assoc::Right))
    })
}

/// How deeply expressions may nest. Python's compiler gives up somewhere between 1000 and
/// 5000 levels; the evaluator recurses once per level, so this bounds its stack use.
const MAX_NESTING: usize = 2000;

/// Parse one logical line whose text starts at byte `base` of the whole source.
pub fn parse_line(text: &str, base: usize) -> Result<Vec<Statement>, PyErr> {
    let mut pairs =
        ArrshParser::parse(Rule::line, text).map_err(|e| syntax_error(e, text, base))?;
    let line = pairs
        .next()
        .ok_or_else(|| PyErr::syntax("invalid syntax"))?;
    let b = Builder { base };
    let mut out = Vec::new();
    for p in line.into_inner() {
        match p.as_rule() {
            Rule::EOI => {}
            Rule::magic => {
                let span = b.span(&p);
                let mut it = p.into_inner();
                let name = it
                    .next()
                    .map(|x| x.as_str().to_string())
                    .unwrap_or_default();
                let rest = it
                    .next()
                    .map(|x| x.as_str().trim().to_string())
                    .unwrap_or_default();
                out.push(Statement {
                    stmt: Stmt::Magic(name, rest),
                    span,
                });
            }
            _ => {
                let st = b.stmt(p)?;
                if st.nests_deeper_than(MAX_NESTING) {
                    return Err(PyErr::new(
                        "RecursionError",
                        "maximum recursion depth exceeded during compilation",
                    )
                    .at(st.span));
                }
                out.push(st);
            }
        }
    }
    Ok(out)
}

fn syntax_error(e: pest::error::Error<Rule>, text: &str, base: usize) -> PyErr {
    let pos = match e.location {
        pest::error::InputLocation::Pos(p) => p,
        pest::error::InputLocation::Span((s, _)) => s,
    };
    // Python points at the first token it could not use.
    let pos = pos.min(text.len());
    let rest = &text[pos..];
    let msg = if rest.trim().is_empty() {
        "invalid syntax".to_string()
    } else {
        let c = rest.chars().next().unwrap_or(' ');
        match c {
            ')' | ']' | '}' => format!("unmatched '{}'", c),
            _ => "invalid syntax".to_string(),
        }
    };
    PyErr::syntax(msg).at(Span::new(base + pos, base + pos + 1))
}

struct Builder {
    base: usize,
}

fn unexpected(p: &Pair<Rule>) -> PyErr {
    PyErr::syntax(format!("invalid syntax near '{}'", p.as_str()))
}

impl Builder {
    fn span(&self, p: &Pair<Rule>) -> Span {
        let s = p.as_span();
        Span::new(self.base + s.start(), self.base + s.end())
    }

    fn stmt(&self, p: Pair<Rule>) -> Result<Statement, PyErr> {
        let span = self.span(&p);
        let rule = p.as_rule();
        let mut it = p.into_inner();
        let stmt = match rule {
            Rule::expr_stmt => Stmt::Expr(self.expr_list(next(&mut it)?)?),
            Rule::help_stmt => Stmt::Help(self.expr(next(&mut it)?)?),
            Rule::pass_stmt => Stmt::Pass,
            Rule::assign => {
                let mut parts: Vec<Pair<Rule>> = it.collect();
                let value = parts.pop().ok_or_else(|| PyErr::syntax("invalid syntax"))?;
                let mut targets = Vec::new();
                for t in parts {
                    let e = self.expr_list(next(&mut t.into_inner())?)?;
                    check_target(&e, false)?;
                    targets.push(e);
                }
                Stmt::Assign(targets, self.expr_list(value)?)
            }
            Rule::aug_assign => {
                let target = self.expr(next(&mut it)?)?;
                check_target(&target, true)?;
                let op = next(&mut it)?;
                let op = match op.as_str() {
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
                Stmt::AugAssign(target, op, self.expr_list(next(&mut it)?)?)
            }
            Rule::del_stmt => {
                let _kw = next(&mut it)?;
                let e = self.expr_list(next(&mut it)?)?;
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
            _ => return Err(PyErr::syntax("invalid syntax").at(span)),
        };
        Ok(Statement { stmt, span })
    }

    fn expr_list(&self, p: Pair<Rule>) -> Result<Expr, PyErr> {
        let span = self.span(&p);
        let mut items = Vec::new();
        let mut trailing = false;
        for c in p.into_inner() {
            if c.as_rule() == Rule::trailing_comma {
                trailing = true;
            } else {
                items.push(self.expr(c)?);
            }
        }
        if items.len() == 1 && !trailing {
            return items.pop().ok_or_else(|| PyErr::syntax("invalid syntax"));
        }
        Ok(Expr {
            kind: ExprKind::Tuple(items),
            span,
        })
    }

    fn expr(&self, p: Pair<Rule>) -> Result<Expr, PyErr> {
        let span = self.span(&p);
        match p.as_rule() {
            Rule::expr => {
                let mut it = p.into_inner();
                let first = self.expr(next(&mut it)?)?;
                match it.next() {
                    None => Ok(first),
                    Some(_kw_if) => {
                        let cond = self.expr(next(&mut it)?)?;
                        let _kw_else = next(&mut it)?;
                        let other = self.expr(next(&mut it)?)?;
                        Ok(Expr {
                            kind: ExprKind::IfElse {
                                cond: Box::new(cond),
                                then: Box::new(first),
                                other: Box::new(other),
                            },
                            span,
                        })
                    }
                }
            }
            Rule::disjunction | Rule::conjunction => {
                let is_or = p.as_rule() == Rule::disjunction;
                let mut acc: Option<Expr> = None;
                for c in p.into_inner() {
                    if matches!(c.as_rule(), Rule::kw_or | Rule::kw_and) {
                        continue;
                    }
                    let e = self.expr(c)?;
                    acc = Some(match acc {
                        None => e,
                        Some(l) => {
                            let sp = Span::new(l.span.start, e.span.end);
                            let kind = if is_or {
                                ExprKind::Or(Box::new(l), Box::new(e))
                            } else {
                                ExprKind::And(Box::new(l), Box::new(e))
                            };
                            Expr { kind, span: sp }
                        }
                    });
                }
                acc.ok_or_else(|| PyErr::syntax("invalid syntax"))
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
                let mut e = inner.ok_or_else(|| PyErr::syntax("invalid syntax"))?;
                for _ in 0..nots {
                    e = Expr {
                        kind: ExprKind::Not(Box::new(e)),
                        span,
                    };
                }
                Ok(e)
            }
            Rule::comparison => {
                let mut it = p.into_inner();
                let first = self.expr(next(&mut it)?)?;
                let mut rest = Vec::new();
                while let Some(op) = it.next() {
                    let op = match op
                        .as_str()
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                        .as_str()
                    {
                        "==" => CmpOp::Eq,
                        "!=" => CmpOp::Ne,
                        "<" => CmpOp::Lt,
                        "<=" => CmpOp::Le,
                        ">" => CmpOp::Gt,
                        ">=" => CmpOp::Ge,
                        "in" => CmpOp::In,
                        "not in" => CmpOp::NotIn,
                        "is" => CmpOp::Is,
                        _ => CmpOp::IsNot,
                    };
                    rest.push((op, self.expr(next(&mut it)?)?));
                }
                if rest.is_empty() {
                    Ok(first)
                } else {
                    Ok(Expr {
                        kind: ExprKind::Compare(Box::new(first), rest),
                        span,
                    })
                }
            }
            Rule::arith => self.arith(p.into_inner()),
            Rule::primary => self.primary(p),
            _ => self.atom(p),
        }
    }

    fn arith(&self, pairs: Pairs<Rule>) -> Result<Expr, PyErr> {
        pratt()
            .map_primary(|p| self.expr(p))
            .map_prefix(|op, rhs| {
                let rhs = rhs?;
                let sp = Span::new(self.base + op.as_span().start(), rhs.span.end);
                let u = match op.as_rule() {
                    Rule::neg => UnaryOp::Neg,
                    Rule::pos => UnaryOp::Pos,
                    _ => UnaryOp::Invert,
                };
                Ok(Expr {
                    kind: ExprKind::Unary(u, Box::new(rhs)),
                    span: sp,
                })
            })
            .map_infix(|lhs, op, rhs| {
                let (lhs, rhs) = (lhs?, rhs?);
                let sp = Span::new(lhs.span.start, rhs.span.end);
                let b = match op.as_rule() {
                    Rule::pow => BinOp::Pow,
                    Rule::bor => BinOp::Or,
                    Rule::bxor => BinOp::Xor,
                    Rule::band => BinOp::And,
                    Rule::lshift => BinOp::LShift,
                    Rule::rshift => BinOp::RShift,
                    Rule::add => BinOp::Add,
                    Rule::sub => BinOp::Sub,
                    Rule::matmul => BinOp::MatMul,
                    Rule::floordiv => BinOp::FloorDiv,
                    Rule::div => BinOp::Div,
                    Rule::mul => BinOp::Mul,
                    _ => BinOp::Mod,
                };
                Ok(Expr {
                    kind: ExprKind::Binary(b, Box::new(lhs), Box::new(rhs)),
                    span: sp,
                })
            })
            .parse(pairs)
    }

    fn primary(&self, p: Pair<Rule>) -> Result<Expr, PyErr> {
        let mut it = p.into_inner();
        let mut e = self.atom(next(&mut it)?)?;
        for t in it {
            let end = self.base + t.as_span().end();
            let sp = Span::new(e.span.start, end);
            let kind = match t.as_rule() {
                Rule::attribute => {
                    let name = next(&mut t.into_inner())?.as_str().to_string();
                    ExprKind::Attr(Box::new(e), name)
                }
                Rule::call => {
                    let mut args = Vec::new();
                    for a in t.into_inner() {
                        args.push(match a.as_rule() {
                            Rule::kwarg => {
                                let mut i = a.into_inner();
                                let name = next(&mut i)?.as_str().to_string();
                                Arg::Kw(name, self.expr(next(&mut i)?)?)
                            }
                            Rule::star_arg => Arg::Star(self.expr(next(&mut a.into_inner())?)?),
                            _ => Arg::Pos(self.expr(a)?),
                        });
                    }
                    ExprKind::Call(Box::new(e), args)
                }
                Rule::subscript => {
                    let isp = self.span(&t);
                    let mut items = Vec::new();
                    let mut trailing = false;
                    for c in t.into_inner() {
                        match c.as_rule() {
                            Rule::trailing_comma => trailing = true,
                            Rule::slice => items.push(self.slice(c)?),
                            _ => items.push(self.expr(c)?),
                        }
                    }
                    let index = if items.len() == 1 && !trailing {
                        items.pop().ok_or_else(|| PyErr::syntax("invalid syntax"))?
                    } else {
                        Expr {
                            kind: ExprKind::Tuple(items),
                            span: isp,
                        }
                    };
                    ExprKind::Subscript(Box::new(e), Box::new(index))
                }
                _ => return Err(unexpected(&t)),
            };
            e = Expr { kind, span: sp };
        }
        Ok(e)
    }

    fn slice(&self, p: Pair<Rule>) -> Result<Expr, PyErr> {
        let span = self.span(&p);
        let mut parts = Vec::new();
        for c in p.into_inner() {
            let inner = c.into_inner().next();
            parts.push(match inner {
                Some(x) => Some(Box::new(self.expr(x)?)),
                None => None,
            });
        }
        let mut it = parts.into_iter();
        let a = it.next().flatten();
        let b = it.next().flatten();
        let c = it.next().flatten();
        Ok(Expr {
            kind: ExprKind::Slice(a, b, c),
            span,
        })
    }

    fn atom(&self, p: Pair<Rule>) -> Result<Expr, PyErr> {
        let span = self.span(&p);
        let kind = match p.as_rule() {
            Rule::number => return self.number(next(&mut p.into_inner())?, span),
            Rule::strings => {
                let mut text = String::new();
                let mut bytes: Option<Vec<u8>> = None;
                for s in p.into_inner() {
                    let (is_bytes, value) = string_value(s.as_str());
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
                let mut items = Vec::new();
                let mut trailing = false;
                for c in p.into_inner() {
                    if c.as_rule() == Rule::trailing_comma {
                        trailing = true;
                    } else {
                        items.push(self.expr(c)?);
                    }
                }
                if items.len() == 1 && !trailing {
                    let mut e = items.pop().ok_or_else(|| PyErr::syntax("invalid syntax"))?;
                    e.span = span;
                    return Ok(e);
                }
                ExprKind::Tuple(items)
            }
            Rule::list => ExprKind::List(
                p.into_inner()
                    .map(|c| self.expr(c))
                    .collect::<Result<_, _>>()?,
            ),
            Rule::dict => {
                let mut items = Vec::new();
                for it in p.into_inner() {
                    let mut i = it.into_inner();
                    let k = self.expr(next(&mut i)?)?;
                    let v = self.expr(next(&mut i)?)?;
                    items.push((k, v));
                }
                ExprKind::Dict(items)
            }
            _ => return self.expr(p),
        };
        Ok(Expr { kind, span })
    }

    fn number(&self, p: Pair<Rule>, span: Span) -> Result<Expr, PyErr> {
        let s: String = p.as_str().chars().filter(|&c| c != '_').collect();
        let kind = match p.as_rule() {
            Rule::imag => {
                let body = &s[..s.len() - 1];
                ExprKind::Imag(
                    body.parse::<f64>()
                        .map_err(|_| PyErr::syntax("invalid imaginary literal").at(span))?,
                )
            }
            Rule::float => ExprKind::Float(
                s.parse::<f64>()
                    .map_err(|_| PyErr::syntax("invalid float literal").at(span))?,
            ),
            _ => {
                let lower = s.to_ascii_lowercase();
                let parsed = if let Some(h) = lower.strip_prefix("0x") {
                    i128::from_str_radix(h, 16)
                } else if let Some(b) = lower.strip_prefix("0b") {
                    i128::from_str_radix(b, 2)
                } else if let Some(o) = lower.strip_prefix("0o") {
                    i128::from_str_radix(o, 8)
                } else {
                    if s.len() > 1 && s.starts_with('0') && s.chars().any(|c| c != '0') {
                        return Err(PyErr::syntax(
                            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        )
                        .at(span));
                    }
                    s.parse::<i128>()
                };
                ExprKind::Int(parsed.map_err(|_| {
                    PyErr::overflow("integer literal too large for arrsh (128-bit)").at(span)
                })?)
            }
        };
        Ok(Expr { kind, span })
    }
}

fn next<'a>(it: &mut impl Iterator<Item = Pair<'a, Rule>>) -> Result<Pair<'a, Rule>, PyErr> {
    it.next().ok_or_else(|| PyErr::syntax("invalid syntax"))
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
        ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Str(_) | ExprKind::Imag(_) => Err(
            PyErr::syntax("cannot assign to literal here. Maybe you meant '==' instead of '='?")
                .at(e.span),
        ),
        _ => Err(PyErr::syntax(
            "cannot assign to expression here. Maybe you meant '==' instead of '='?",
        )
        .at(e.span)),
    }
}

/// Decode a string literal (with its prefix and quotes) to bytes; `true` for a bytes literal.
fn string_value(lit: &str) -> (bool, Vec<u8>) {
    let prefix_len = lit.find(['\'', '"']).unwrap_or(0);
    let prefix = lit[..prefix_len].to_ascii_lowercase();
    let body = &lit[prefix_len..];
    let q = if body.starts_with("\"\"\"") || body.starts_with("'''") {
        3
    } else {
        1
    };
    let inner = body.get(q..body.len().saturating_sub(q)).unwrap_or("");
    let is_bytes = prefix.contains('b');
    if prefix.contains('r') {
        return (is_bytes, inner.as_bytes().to_vec());
    }
    let mut out = Vec::new();
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            continue;
        }
        match chars.next() {
            Some('n') => out.push(b'\n'),
            Some('t') => out.push(b'\t'),
            Some('r') => out.push(b'\r'),
            Some('0') => out.push(0),
            Some('\\') => out.push(b'\\'),
            Some('\'') => out.push(b'\''),
            Some('"') => out.push(b'"'),
            Some('\n') => {}
            Some('x') => {
                let h: String = chars.by_ref().take(2).collect();
                match u8::from_str_radix(&h, 16) {
                    Ok(v) if is_bytes => out.push(v),
                    Ok(v) => {
                        let mut buf = [0u8; 4];
                        out.extend_from_slice(char::from(v).encode_utf8(&mut buf).as_bytes());
                    }
                    Err(_) => out.extend_from_slice(format!("\\x{}", h).as_bytes()),
                }
            }
            Some(o) => {
                out.push(b'\\');
                let mut buf = [0u8; 4];
                out.extend_from_slice(o.encode_utf8(&mut buf).as_bytes());
            }
            None => out.push(b'\\'),
        }
    }
    (is_bytes, out)
}
