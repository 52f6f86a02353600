//! Errors that show shapes (in scripts and at the prompt, not in transcripts): under the caret of a broadcasting or indexing
//! error, each operand's shape at its own column. NumPy's first line stays as it is.
//!
//! The shapes are facts: a broadcasting error's message lists the operands' shapes in
//! order, and an indexing error's array is looked up by name after the failed statement
//! (which bound nothing). Nothing is evaluated again.

use super::magic::Names;
use crate::error::{PyErr, Span};
use crate::syntax::ast::{Expr, ExprKind, Statement, Stmt};
use crate::value::Value;

/// The shapes listed after "with shapes" in NumPy's broadcasting messages: `(5,2) (2,5)`.
fn listed_shapes(msg: &str) -> Vec<String> {
    let Some(at) = msg.find("with shapes ") else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut rest = &msg[at + "with shapes ".len()..];
    while let Some(open) = rest.find('(') {
        let Some(close) = rest[open..].find(')') else {
            break;
        };
        let inner = &rest[open + 1..open + close];
        let dims: Vec<&str> = inner
            .split(',')
            .map(str::trim)
            .filter(|d| !d.is_empty())
            .collect();
        out.push(match dims.len() {
            1 => format!("({},)", dims[0]),
            _ => format!("({})", dims.join(", ")),
        });
        rest = &rest[open + close + 1..];
    }
    out
}

/// The expression whose span is exactly `span`, searching every sub-expression.
fn find(e: &Expr, span: Span) -> Option<&Expr> {
    if e.span == span {
        return Some(e);
    }
    e.children().into_iter().find_map(|k| find(k, span))
}

fn roots(st: &Statement) -> Vec<&Expr> {
    match &st.stmt {
        Stmt::Expr(e) => vec![e],
        Stmt::Assign(targets, v) => targets.iter().chain(std::iter::once(v)).collect(),
        Stmt::AugAssign(t, _, v) => vec![t, v],
        _ => Vec::new(),
    }
}

/// (byte offset in the source, shape text) for each operand of the failing expression.
pub fn operand_shapes(err: &PyErr, stmts: &[Statement], it: &dyn Names) -> Vec<(usize, String)> {
    let Some(span) = err.span else {
        return Vec::new();
    };
    let Some(e) = stmts.iter().flat_map(roots).find_map(|r| find(r, span)) else {
        return Vec::new();
    };
    let shapes = listed_shapes(&err.msg);
    match &e.kind {
        // `a + b`: the message lists the two operands' shapes in order.
        ExprKind::Binary(_, a, b) if shapes.len() == 2 => vec![
            (a.span.start, shapes[0].clone()),
            (b.span.start, shapes[1].clone()),
        ],
        ExprKind::Subscript(obj, idx) => {
            // Index arrays that could not be broadcast together: one shape per index item.
            let items: Vec<&Expr> = match &idx.kind {
                ExprKind::Tuple(v) if v.len() == shapes.len() => v.iter().collect(),
                _ => Vec::new(),
            };
            if !items.is_empty() {
                return items
                    .iter()
                    .zip(shapes)
                    .map(|(i, s)| (i.span.start, s))
                    .collect();
            }
            // Out-of-bounds or too many indices: the indexed array's shape, by name.
            match &obj.kind {
                ExprKind::Name(n) => match it.var(n) {
                    Some(Value::Array(a)) => {
                        vec![(obj.span.start, crate::array::layout::shape_str(&a.shape))]
                    }
                    _ => Vec::new(),
                },
                _ => Vec::new(),
            }
        }
        _ => Vec::new(),
    }
}

/// The lines to put under the caret: each shape starting at its operand's column, one
/// line per shape so they never overlap.
pub fn shape_lines(src: &str, shapes: &[(usize, String)]) -> String {
    let mut out = String::new();
    for (at, shape) in shapes {
        let at = (*at).min(src.len());
        let line_start = src[..at].rfind('\n').map(|i| i + 1).unwrap_or(0);
        let col = src[line_start..at].chars().count();
        out.push_str(&format!("    {}{}\n", " ".repeat(col), shape));
    }
    out
}
