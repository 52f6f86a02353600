//! Python's precedence and associativity for the operators below comparisons, applied to the
//! flat list the grammar gives (`prefix* primary (infix prefix* primary)*`) with two stacks:
//! no recursion per operator, so `-----…1` or `1 + 1 + …` of any length cannot exhaust the
//! stack; a chain too tall for CPython's compiler stops as soon as it is.
//! `-2**2` is `-(2**2)`, `2**-1` is `2**(-1)`, `a ** b ** c` groups to the right.

use super::ast::{BinOp, ExprKind, UnaryOp};
use super::build::{node, Builder, Built};
use super::parser::Rule;
use crate::error::{PyErr, Span};
use pest::iterators::Pairs;

/// Binding power of `**`; unary operators bind tighter than every other binary operator.
const POW: u8 = 8;

enum Pending {
    Prefix(UnaryOp, usize),
    Infix(BinOp, u8),
}

fn infix(rule: Rule) -> Option<(BinOp, u8)> {
    Some(match rule {
        Rule::bor => (BinOp::Or, 1),
        Rule::bxor => (BinOp::Xor, 2),
        Rule::band => (BinOp::And, 3),
        Rule::lshift => (BinOp::LShift, 4),
        Rule::rshift => (BinOp::RShift, 4),
        Rule::add => (BinOp::Add, 5),
        Rule::sub => (BinOp::Sub, 5),
        Rule::mul => (BinOp::Mul, 6),
        Rule::div => (BinOp::Div, 6),
        Rule::floordiv => (BinOp::FloorDiv, 6),
        Rule::modulo => (BinOp::Mod, 6),
        Rule::matmul => (BinOp::MatMul, 6),
        Rule::pow => (BinOp::Pow, POW),
        _ => return None,
    })
}

fn invalid() -> PyErr {
    PyErr::syntax("invalid syntax")
}

/// Apply the operator on top of `ops` to the operands on top of `vals`.
fn reduce(vals: &mut Vec<Built>, ops: &mut Vec<Pending>) -> Result<(), PyErr> {
    let built = match ops.pop().ok_or_else(invalid)? {
        Pending::Prefix(op, start) => {
            let (e, h) = vals.pop().ok_or_else(invalid)?;
            let sp = Span::new(start, e.span.end);
            node(ExprKind::Unary(op, Box::new(e)), sp, h + 1)?
        }
        Pending::Infix(op, _) => {
            let (r, rh) = vals.pop().ok_or_else(invalid)?;
            let (l, lh) = vals.pop().ok_or_else(invalid)?;
            let sp = Span::new(l.span.start, r.span.end);
            node(
                ExprKind::Binary(op, Box::new(l), Box::new(r)),
                sp,
                1 + lh.max(rh),
            )?
        }
    };
    vals.push(built);
    Ok(())
}

/// The tree of one `arith` rule's pairs.
pub fn arith(b: &Builder, pairs: Pairs<Rule>) -> Result<Built, PyErr> {
    let mut vals: Vec<Built> = Vec::new();
    let mut ops: Vec<Pending> = Vec::new();
    for p in pairs {
        let rule = p.as_rule();
        let unary = match rule {
            Rule::neg => Some(UnaryOp::Neg),
            Rule::pos => Some(UnaryOp::Pos),
            Rule::invert => Some(UnaryOp::Invert),
            _ => None,
        };
        if let Some(u) = unary {
            ops.push(Pending::Prefix(u, b.base + p.as_span().start()));
            continue;
        }
        let Some((op, prec)) = infix(rule) else {
            vals.push(b.expr(p)?);
            continue;
        };
        while let Some(top) = ops.last() {
            let first = match *top {
                Pending::Prefix(..) => prec < POW,
                Pending::Infix(_, t) => t > prec || (t == prec && prec != POW),
            };
            if !first {
                break;
            }
            reduce(&mut vals, &mut ops)?;
        }
        ops.push(Pending::Infix(op, prec));
    }
    while !ops.is_empty() {
        reduce(&mut vals, &mut ops)?;
    }
    match (vals.pop(), vals.is_empty()) {
        (Some(v), true) => Ok(v),
        _ => Err(invalid()),
    }
}
