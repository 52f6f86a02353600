//! The syntax tree's operator node kinds mapped onto the runtime's operators: the grammar
//! and the arithmetic each keep their own enum, and this is the one place they meet.

use crate::syntax::ast;
use crate::value::ops::{BinOp, CmpOp, UnaryOp};

impl From<ast::UnaryOp> for UnaryOp {
    fn from(op: ast::UnaryOp) -> UnaryOp {
        match op {
            ast::UnaryOp::Neg => UnaryOp::Neg,
            ast::UnaryOp::Pos => UnaryOp::Pos,
            ast::UnaryOp::Invert => UnaryOp::Invert,
        }
    }
}

impl From<ast::BinOp> for BinOp {
    fn from(op: ast::BinOp) -> BinOp {
        match op {
            ast::BinOp::Add => BinOp::Add,
            ast::BinOp::Sub => BinOp::Sub,
            ast::BinOp::Mul => BinOp::Mul,
            ast::BinOp::Div => BinOp::Div,
            ast::BinOp::FloorDiv => BinOp::FloorDiv,
            ast::BinOp::Mod => BinOp::Mod,
            ast::BinOp::Pow => BinOp::Pow,
            ast::BinOp::MatMul => BinOp::MatMul,
            ast::BinOp::And => BinOp::And,
            ast::BinOp::Or => BinOp::Or,
            ast::BinOp::Xor => BinOp::Xor,
            ast::BinOp::LShift => BinOp::LShift,
            ast::BinOp::RShift => BinOp::RShift,
        }
    }
}

impl From<ast::CmpOp> for CmpOp {
    fn from(op: ast::CmpOp) -> CmpOp {
        match op {
            ast::CmpOp::Eq => CmpOp::Eq,
            ast::CmpOp::Ne => CmpOp::Ne,
            ast::CmpOp::Lt => CmpOp::Lt,
            ast::CmpOp::Le => CmpOp::Le,
            ast::CmpOp::Gt => CmpOp::Gt,
            ast::CmpOp::Ge => CmpOp::Ge,
            ast::CmpOp::In => CmpOp::In,
            ast::CmpOp::NotIn => CmpOp::NotIn,
            ast::CmpOp::Is => CmpOp::Is,
            ast::CmpOp::IsNot => CmpOp::IsNot,
        }
    }
}
