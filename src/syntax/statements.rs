//! Statements and block headers, from the grammar's pairs; target checks with Python's
//! messages. Blocks are nested by `syntax::blocks`.

use super::ast::*;
use super::build::{invalid, next, Builder};
use super::parser::Rule;
use crate::error::PyErr;
use pest::iterators::Pair;

impl Builder {
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
                        Rule::ann_tail => {
                            // `x: int = 3`: the annotation is evaluated by Python only at
                            // module level for `__annotations__`; arrsh ignores it.
                            check_target(&first, true)?;
                            let mut t = tail.into_inner();
                            let _annotation = next(&mut t)?;
                            match t.next() {
                                Some(v) => Stmt::Assign(vec![first], self.expr_list(v)?.0),
                                None => Stmt::Pass,
                            }
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
                            Stmt::AugAssign(first, op, self.value_list(next(&mut t)?)?.0)
                        }
                        _ => {
                            // `a = b = value`: every list but the last is a target.
                            let mut targets = vec![first];
                            for e in tail.into_inner() {
                                targets.push(self.value_list(e)?.0);
                            }
                            let value = targets.pop().ok_or_else(invalid)?;
                            for t in &targets {
                                check_target(t, false)?;
                                check_starred_target(t)?;
                            }
                            Stmt::Assign(targets, value)
                        }
                    },
                }
            }
            Rule::pass_stmt => Stmt::Pass,
            Rule::break_stmt => Stmt::Break,
            Rule::continue_stmt => Stmt::Continue,
            Rule::return_stmt => {
                let _kw = next(&mut it)?;
                match it.next() {
                    Some(e) => Stmt::Return(Some(self.expr_list(e)?.0)),
                    None => Stmt::Return(None),
                }
            }
            Rule::raise_stmt => {
                let _kw = next(&mut it)?;
                let exc = it.next().map(|e| self.expr(e)).transpose()?.map(|b| b.0);
                let cause = it
                    .find(|x| x.as_rule() != Rule::kw_from)
                    .map(|e| self.expr(e))
                    .transpose()?
                    .map(|b| b.0);
                Stmt::Raise(exc, cause)
            }
            Rule::global_stmt | Rule::nonlocal_stmt => {
                let names: Vec<String> = it
                    .filter(|x| x.as_rule() == Rule::ident)
                    .map(|x| x.as_str().to_string())
                    .collect();
                if rule == Rule::global_stmt {
                    Stmt::Global(names)
                } else {
                    Stmt::Nonlocal(names)
                }
            }
            Rule::yield_stmt => Stmt::Expr(self.expr(next(&mut it)?)?.0),
            Rule::assert_stmt => {
                let _kw = next(&mut it)?;
                let test = self.expr(next(&mut it)?)?.0;
                let msg = it.next().map(|e| self.expr(e)).transpose()?.map(|b| b.0);
                Stmt::Assert(test, msg)
            }
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
                let modules = it
                    .filter(|p| p.as_rule() == Rule::import_module)
                    .map(|p| {
                        let mut i = p.into_inner();
                        let module = i.next().map(|x| x.as_str().to_string()).unwrap_or_default();
                        let alias = i
                            .find(|x| x.as_rule() == Rule::ident)
                            .map(|x| x.as_str().to_string());
                        (module, alias)
                    })
                    .collect();
                Stmt::Import(modules)
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

    /// A block header and, when written after its colon, its body.
    pub fn header(&self, p: Pair<Rule>) -> Result<(Header, Option<Vec<Statement>>), PyErr> {
        let mut it = p.into_inner();
        let head = next(&mut it)?;
        let span = self.span(&head);
        let rule = head.as_rule();
        let mut parts = head.into_inner();
        let _kw = next(&mut parts)?;
        let kind = match rule {
            Rule::if_head => HeaderKind::If(self.expr(next(&mut parts)?)?.0),
            Rule::elif_head => HeaderKind::Elif(self.expr(next(&mut parts)?)?.0),
            Rule::while_head => HeaderKind::While(self.expr(next(&mut parts)?)?.0),
            Rule::else_head => HeaderKind::Else,
            Rule::try_head => HeaderKind::Try,
            Rule::finally_head => HeaderKind::Finally,
            Rule::class_head => HeaderKind::Class,
            Rule::for_head => {
                let target = self.target_list(next(&mut parts)?)?.0;
                let _in = next(&mut parts)?;
                let iter = self.expr_list(next(&mut parts)?)?.0;
                HeaderKind::For(target, iter)
            }
            Rule::def_head => {
                let name = next(&mut parts)?.as_str();
                let params = match parts.next() {
                    Some(ps) if ps.as_rule() == Rule::params => self.params(ps)?.0,
                    _ => Params::default(),
                };
                HeaderKind::Def(name.into(), params)
            }
            Rule::except_head => {
                let class = parts.next().map(|e| self.expr(e)).transpose()?.map(|b| b.0);
                let name = parts.find(|x| x.as_rule() == Rule::ident).map(|n| Expr {
                    kind: ExprKind::Name(n.as_str().to_string()),
                    span: self.span(&n),
                });
                HeaderKind::Except(class, name)
            }
            Rule::with_head => {
                let mut items = Vec::new();
                for item in parts {
                    let mut i = item.into_inner();
                    let ctx = self.expr(next(&mut i)?)?.0;
                    let target = i
                        .find(|x| x.as_rule() != Rule::kw_as)
                        .map(|t| self.expr(t))
                        .transpose()?
                        .map(|b| b.0);
                    if let Some(t) = &target {
                        check_target(t, false)?;
                    }
                    items.push((ctx, target));
                }
                HeaderKind::With(items)
            }
            _ => return Err(invalid().at(span)),
        };
        let body = match it.next() {
            Some(b) => Some(
                b.into_inner()
                    .map(|s| self.stmt(s))
                    .collect::<Result<Vec<_>, _>>()?,
            ),
            None => None,
        };
        Ok((Header { kind, span }, body))
    }
}

/// `x += 1` takes exactly one target.
pub(super) fn check_aug_target(e: &Expr) -> Result<(), PyErr> {
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
pub(super) fn check_target(e: &Expr, single: bool) -> Result<(), PyErr> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attr(..) | ExprKind::Subscript(..) => Ok(()),
        ExprKind::Tuple(items) | ExprKind::List(items) if !single => {
            items.iter().try_for_each(|i| check_target(i, false))
        }
        ExprKind::Starred(inner) if !single => check_target(inner, false),
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

/// `a, *b = …` takes at most one starred target per tuple, and never a bare one.
pub(super) fn check_starred_target(e: &Expr) -> Result<(), PyErr> {
    match &e.kind {
        ExprKind::Starred(_) => {
            Err(PyErr::syntax("starred assignment target must be in a list or tuple").at(e.span))
        }
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            let stars = items
                .iter()
                .filter(|i| matches!(i.kind, ExprKind::Starred(_)))
                .count();
            if stars > 1 {
                return Err(PyErr::syntax("multiple starred expressions in assignment").at(e.span));
            }
            for i in items {
                if let ExprKind::Starred(inner) = &i.kind {
                    check_starred_target(inner)?;
                } else {
                    check_starred_target(i)?;
                }
            }
            Ok(())
        }
        _ => Ok(()),
    }
}
