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

fn infix(rule: Rule) -> Option<BinOp> {
    Some(match rule {
        Rule::bor => BinOp::Or,
        Rule::bxor => BinOp::Xor,
        Rule::band => BinOp::And,
        Rule::lshift => BinOp::LShift,
        Rule::rshift => BinOp::RShift,
        Rule::add => BinOp::Add,
        Rule::sub => BinOp::Sub,
        Rule::mul => BinOp::Mul,
        Rule::div => BinOp::Div,
        Rule::floordiv => BinOp::FloorDiv,
        Rule::modulo => BinOp::Mod,
        Rule::matmul => BinOp::MatMul,
        Rule::pow => BinOp::Pow,
        _ => return None,
    })
}

/// How tightly an infix operator binds (higher first).
fn binding(op: BinOp) -> u8 {
    match op {
        BinOp::Or => 1,
        BinOp::Xor => 2,
        BinOp::And => 3,
        BinOp::LShift | BinOp::RShift => 4,
        BinOp::Add | BinOp::Sub => 5,
        BinOp::Mul | BinOp::Div | BinOp::FloorDiv | BinOp::Mod | BinOp::MatMul => 6,
        BinOp::Pow => POW,
    }
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

/// One piece of an operator chain, in source order.
pub enum Piece {
    /// A unary operator and the byte where it starts in the whole source.
    Prefix(UnaryOp, usize),
    Infix(BinOp),
    Operand(Built),
}

/// The tree of one `arith` rule's pairs.
pub fn arith(b: &Builder, pairs: Pairs<Rule>) -> Result<Built, PyErr> {
    climb(pairs.map(|p| {
        let rule = p.as_rule();
        let unary = match rule {
            Rule::neg => Some(UnaryOp::Neg),
            Rule::pos => Some(UnaryOp::Pos),
            Rule::invert => Some(UnaryOp::Invert),
            _ => None,
        };
        if let Some(u) = unary {
            return Ok(Piece::Prefix(u, b.base + p.as_span().start()));
        }
        match infix(rule) {
            Some(op) => Ok(Piece::Infix(op)),
            None => b.expr(p).map(Piece::Operand),
        }
    }))
}

/// The tree of an operator chain (`prefix* operand (infix prefix* operand)*`): the grammar's
/// pairs and the fast parser's tokens both end here, so both get the same tree.
pub fn climb(pieces: impl Iterator<Item = Result<Piece, PyErr>>) -> Result<Built, PyErr> {
    let mut vals: Vec<Built> = Vec::new();
    let mut ops: Vec<Pending> = Vec::new();
    for piece in pieces {
        let (op, prec) = match piece? {
            Piece::Prefix(u, start) => {
                ops.push(Pending::Prefix(u, start));
                continue;
            }
            Piece::Operand(v) => {
                vals.push(v);
                continue;
            }
            Piece::Infix(op) => (op, binding(op)),
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
