//! The syntax tree: every node carries the byte span of its source text, so errors can put a
//! caret under the failing part.

use crate::error::Span;

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    MatMul,
    And,
    Or,
    Xor,
    LShift,
    RShift,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    In,
    NotIn,
    Is,
    IsNot,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    Int(i128),
    Float(f64),
    Imag(f64),
    Str(String),
    Bytes(Vec<u8>),
    Name(String),
    NoneLit,
    True,
    False,
    Ellipsis,
    Tuple(Vec<Expr>),
    List(Vec<Expr>),
    Dict(Vec<(Expr, Expr)>),
    Unary(UnaryOp, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    Not(Box<Expr>),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    /// `a < b <= c`: Python's chained comparison.
    Compare(Box<Expr>, Vec<(CmpOp, Expr)>),
    IfElse {
        cond: Box<Expr>,
        then: Box<Expr>,
        other: Box<Expr>,
    },
    Call(Box<Expr>, Vec<Arg>),
    Attr(Box<Expr>, String),
    /// `x[index]`; a multi-item index is a `Tuple`.
    Subscript(Box<Expr>, Box<Expr>),
    /// `start:stop:step`, only inside subscripts.
    Slice(Option<Box<Expr>>, Option<Box<Expr>>, Option<Box<Expr>>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Pos(Expr),
    Kw(String, Expr),
    Star(Expr),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Stmt {
    Expr(Expr),
    /// `a = b = value`: targets left to right.
    Assign(Vec<Expr>, Expr),
    AugAssign(Expr, BinOp, Expr),
    Del(Vec<Expr>),
    Import {
        module: String,
        alias: Option<String>,
    },
    FromImport {
        module: String,
        names: Vec<(String, Option<String>)>,
    },
    /// `%name rest-of-line`.
    Magic(String, String),
    /// `expr?`
    Help(Expr),
    Pass,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Statement {
    pub stmt: Stmt,
    pub span: Span,
}

impl Expr {
    /// Whether the tree nests more than `limit` levels deep. Looks no deeper than `limit`,
    /// so checking a pathological tree cannot itself exhaust the stack.
    pub fn nests_deeper_than(&self, limit: usize) -> bool {
        let Some(next) = limit.checked_sub(1) else {
            return true;
        };
        let deeper = |e: &Expr| e.nests_deeper_than(next);
        use ExprKind::*;
        match &self.kind {
            Tuple(v) | List(v) => v.iter().any(deeper),
            Dict(kv) => kv.iter().any(|(k, v)| deeper(k) || deeper(v)),
            Unary(_, e) | Not(e) | Attr(e, _) => deeper(e),
            Binary(_, a, b) | And(a, b) | Or(a, b) | Subscript(a, b) => deeper(a) || deeper(b),
            Compare(a, rest) => deeper(a) || rest.iter().any(|(_, e)| deeper(e)),
            IfElse { cond, then, other } => deeper(cond) || deeper(then) || deeper(other),
            Call(f, args) => {
                deeper(f)
                    || args.iter().any(|a| match a {
                        Arg::Pos(e) | Arg::Kw(_, e) | Arg::Star(e) => deeper(e),
                    })
            }
            Slice(a, b, c) => [a, b, c].into_iter().flatten().any(|e| deeper(e)),
            Int(_) | Float(_) | Imag(_) | Str(_) | Bytes(_) | Name(_) | NoneLit | True | False
            | Ellipsis => false,
        }
    }
}

impl Statement {
    /// Whether any expression of the statement nests more than `limit` levels deep.
    pub fn nests_deeper_than(&self, limit: usize) -> bool {
        match &self.stmt {
            Stmt::Expr(e) | Stmt::Help(e) => e.nests_deeper_than(limit),
            Stmt::Assign(targets, e) => {
                e.nests_deeper_than(limit) || targets.iter().any(|t| t.nests_deeper_than(limit))
            }
            Stmt::AugAssign(t, _, e) => t.nests_deeper_than(limit) || e.nests_deeper_than(limit),
            Stmt::Del(targets) => targets.iter().any(|t| t.nests_deeper_than(limit)),
            Stmt::Import { .. } | Stmt::FromImport { .. } | Stmt::Magic(..) | Stmt::Pass => false,
        }
    }
}
