//! Comprehensions, generator expressions and brace literals (dicts and sets), built from
//! the grammar's bracket rules, which parse a bracket's first item once and then either
//! comprehension clauses or more items.

use super::ast::*;
use super::build::{invalid, next, node, Builder, Built};
use super::parser::Rule;
use crate::error::{PyErr, Span};
use pest::iterators::Pair;
use std::rc::Rc;

impl Builder {
    /// A bracket whose first item is followed by `for` clauses, as a comprehension.
    pub(super) fn bracket_comp(
        &self,
        p: &Pair<Rule>,
        kind: CompKind,
        span: Span,
    ) -> Result<Option<Built>, PyErr> {
        let mut inner = p.clone().into_inner();
        let Some(first) = inner.next() else {
            return Ok(None);
        };
        let clauses: Vec<Pair<Rule>> = inner.filter(|c| c.as_rule() == Rule::comp_for).collect();
        if clauses.is_empty() {
            return Ok(None);
        }
        let (elt, _) = self.expr(first)?;
        if matches!(elt.kind, ExprKind::Starred(_)) {
            return Err(
                PyErr::syntax("iterable unpacking cannot be used in comprehension").at(elt.span),
            );
        }
        self.comprehension(kind, elt, None, clauses, span).map(Some)
    }

    /// A comprehension of `kind` from its element (and value, for a dict) and clauses.
    pub(super) fn comprehension(
        &self,
        kind: CompKind,
        elt: Expr,
        value: Option<Expr>,
        clauses: Vec<Pair<Rule>>,
        span: Span,
    ) -> Result<Built, PyErr> {
        let mut h = 1;
        let mut fors = Vec::new();
        for c in clauses {
            let mut it = c.into_inner();
            let _kw = next(&mut it)?;
            let (target, th) = self.target_list(next(&mut it)?)?;
            let _in = next(&mut it)?;
            let (iter, ih) = self.expr(next(&mut it)?)?;
            h = h.max(th).max(ih);
            let mut conds = Vec::new();
            for cond in it {
                let mut ci = cond.into_inner();
                let _if = next(&mut ci)?;
                let (e, eh) = self.expr(next(&mut ci)?)?;
                h = h.max(eh);
                conds.push(e);
            }
            fors.push(CompFor {
                target,
                iter,
                conds,
            });
        }
        let comp = Comprehension {
            kind,
            elt,
            value,
            clauses: fors,
            scope: Scope::default(),
        };
        node(ExprKind::Comp(Rc::new(comp)), span, h + 1)
    }

    /// `for` targets: one primary, or a tuple of them (one may be starred).
    pub(super) fn target_list(&self, p: Pair<Rule>) -> Result<Built, PyErr> {
        let span = self.span(&p);
        let mut items = Vec::new();
        let mut trailing = false;
        let mut h = 0;
        for c in p.into_inner() {
            if c.as_rule() == Rule::trailing_comma {
                trailing = true;
                continue;
            }
            let (e, eh) = self.expr(c)?;
            h = h.max(eh);
            items.push(e);
        }
        let e = if items.len() == 1 && !trailing {
            items.pop().ok_or_else(invalid)?
        } else {
            let (t, th) = node(ExprKind::Tuple(items), span, h + 1)?;
            h = th;
            t
        };
        super::statements::check_target(&e, false)?;
        Ok((e, h))
    }

    /// `{…}`: a dict (its first item has a `:` or is `**m`), a set, or a comprehension of
    /// either; `{}` is an empty dict.
    pub(super) fn braces(&self, p: Pair<Rule>, span: Span) -> Result<Built, PyErr> {
        let mut items = Vec::new();
        let mut clauses = Vec::new();
        for c in p.into_inner() {
            match c.as_rule() {
                Rule::comp_for => clauses.push(c),
                _ => items.push(c),
            }
        }
        let is_dict = items
            .first()
            .is_none_or(|f| matches!(f.as_rule(), Rule::dict_item | Rule::dstar_item));
        if !clauses.is_empty() {
            let first = items.into_iter().next().ok_or_else(invalid)?;
            if first.as_rule() == Rule::dstar_item {
                return Err(
                    PyErr::syntax("dict unpacking cannot be used in dict comprehension")
                        .at(self.span(&first)),
                );
            }
            if is_dict {
                let mut kv = first.into_inner();
                let (k, _) = self.expr(next(&mut kv)?)?;
                let (v, _) = self.expr(next(&mut kv)?)?;
                return self.comprehension(CompKind::Dict, k, Some(v), clauses, span);
            }
            let (elt, _) = self.expr(first)?;
            return self.comprehension(CompKind::Set, elt, None, clauses, span);
        }
        let mut h = 0;
        if is_dict {
            let mut out = Vec::new();
            for it in items {
                let sp = self.span(&it);
                match it.as_rule() {
                    Rule::dict_item => {
                        let mut i = it.into_inner();
                        let (k, kh) = self.expr(next(&mut i)?)?;
                        let (v, vh) = self.expr(next(&mut i)?)?;
                        h = h.max(kh).max(vh);
                        out.push((k, v));
                    }
                    Rule::dstar_item => {
                        // `**m`: written as a `Starred` key with no value.
                        let (m, mh) = self.expr(next(&mut it.into_inner())?)?;
                        h = h.max(mh + 1);
                        let key = Expr {
                            kind: ExprKind::Starred(Box::new(m)),
                            span: sp,
                        };
                        out.push((
                            key,
                            Expr {
                                kind: ExprKind::NoneLit,
                                span: sp,
                            },
                        ));
                    }
                    _ => return Err(invalid().at(sp)),
                }
            }
            return node(ExprKind::Dict(out), span, h + 1);
        }
        let mut out = Vec::new();
        for it in items {
            if matches!(it.as_rule(), Rule::dict_item | Rule::dstar_item) {
                return Err(invalid().at(self.span(&it)));
            }
            let (e, eh) = self.expr(it)?;
            h = h.max(eh);
            out.push(e);
        }
        node(ExprKind::Set(out), span, h + 1)
    }
}
