//! `def` headers and `lambda`: parameter lists with Python's rules (defaults after
//! defaults, one `*`, keyword-only parameters, `**kwargs` last, no duplicate names), and
//! the order rules of a call's arguments.

use super::ast::*;
use super::build::{invalid, lambda_node, next, Builder, Built};
use super::parser::Rule;
use crate::error::{PyErr, Span};
use pest::iterators::Pair;
use std::rc::Rc;

/// CPython's order rules for a call's arguments, which both parsers check: no positional
/// argument after a keyword argument or `**`, no `*` after `**`, no keyword named twice
/// (one that a `**` mapping repeats is a TypeError when the call runs). `close` is the call's
/// closing parenthesis, where CPython points for a misplaced positional argument.
pub fn call_args_error(args: &[Arg], close: Span) -> Option<PyErr> {
    let (mut kw, mut dstar) = (false, false);
    let mut names: Vec<&str> = Vec::new();
    for a in args {
        match a {
            Arg::Pos(_) if dstar => {
                return Some(
                    PyErr::syntax("positional argument follows keyword argument unpacking")
                        .at(close),
                )
            }
            Arg::Pos(_) if kw => {
                return Some(
                    PyErr::syntax("positional argument follows keyword argument").at(close),
                )
            }
            Arg::Star(x) if dstar => {
                let at = x.span.start.saturating_sub(1);
                return Some(
                    PyErr::syntax("iterable argument unpacking follows keyword argument unpacking")
                        .at(Span::new(at, at + 1)),
                );
            }
            Arg::Kw(k, x) => {
                if names.contains(&k.as_str()) {
                    // CPython points at `name=value`; the name ends just before `=`.
                    let at = x.span.start.saturating_sub(k.len() + 1);
                    return Some(
                        PyErr::syntax(format!("keyword argument repeated: {}", k))
                            .at(Span::new(at, x.span.end)),
                    );
                }
                names.push(k);
                kw = true
            }
            Arg::DoubleStar(_) => dstar = true,
            _ => {}
        }
    }
    None
}

impl Builder {
    /// A parameter list (`params` or `lambda_params`).
    pub(super) fn params(&self, p: Pair<Rule>) -> Result<(Params, usize), PyErr> {
        let mut out = Params::default();
        let mut seen_star = false;
        let mut h = 0;
        let mut names: Vec<Rc<str>> = Vec::new();
        let mut add_name = |n: &str, sp: Span| -> Result<Rc<str>, PyErr> {
            let name: Rc<str> = Rc::from(n);
            if names.contains(&name) {
                return Err(PyErr::syntax(format!(
                    "duplicate argument '{}' in function definition",
                    n
                ))
                .at(sp));
            }
            names.push(name.clone());
            Ok(name)
        };
        let items: Vec<Pair<Rule>> = p.into_inner().collect();
        let count = items.len();
        for (i, item) in items.into_iter().enumerate() {
            let sp = self.span(&item);
            match item.as_rule() {
                Rule::param | Rule::lparam => {
                    if out.varkw.is_some() {
                        return Err(
                            PyErr::syntax("arguments cannot follow var-keyword argument").at(sp),
                        );
                    }
                    let mut it = item.into_inner();
                    let name_pair = next(&mut it)?;
                    let name = add_name(name_pair.as_str(), sp)?;
                    // Annotations (`x: int`) are parsed and ignored, as they do nothing at
                    // run time.
                    let mut default = None;
                    for part in it.filter(|x| x.as_rule() == Rule::param_default) {
                        let (e, eh) = self.expr(next(&mut part.into_inner())?)?;
                        h = h.max(eh);
                        default = Some(e);
                    }
                    let param = Param { name, default };
                    if seen_star {
                        out.kwonly.push(param);
                    } else {
                        if param.default.is_none()
                            && out.positional.last().is_some_and(|p| p.default.is_some())
                        {
                            return Err(PyErr::syntax(
                                "non-default argument follows default argument",
                            )
                            .at(sp));
                        }
                        out.positional.push(param);
                    }
                }
                Rule::star_param | Rule::star_lparam => {
                    if seen_star {
                        return Err(PyErr::syntax("* argument may appear only once").at(sp));
                    }
                    seen_star = true;
                    match item.into_inner().next() {
                        Some(n) => out.varargs = Some(add_name(n.as_str(), sp)?),
                        None if i + 1 == count => {
                            return Err(PyErr::syntax("named arguments must follow bare *").at(sp))
                        }
                        None => {}
                    }
                }
                Rule::dstar_param | Rule::dstar_lparam => {
                    let n = next(&mut item.into_inner())?;
                    out.varkw = Some(add_name(n.as_str(), sp)?);
                }
                Rule::slash_param => {
                    if seen_star || out.posonly > 0 {
                        return Err(PyErr::syntax("/ must be ahead of *").at(sp));
                    }
                    if out.positional.is_empty() {
                        return Err(PyErr::syntax("at least one argument must precede /").at(sp));
                    }
                    out.posonly = out.positional.len();
                }
                _ => return Err(invalid().at(sp)),
            }
        }
        Ok((out, h))
    }

    /// `lambda params: body`
    pub(super) fn lambda(&self, p: Pair<Rule>) -> Result<Built, PyErr> {
        let span = self.span(&p);
        let mut params = Params::default();
        let mut h = 0;
        let mut body = None;
        for c in p.into_inner() {
            match c.as_rule() {
                Rule::kw_lambda => {}
                Rule::lambda_params => {
                    let (ps, ph) = self.params(c)?;
                    params = ps;
                    h = h.max(ph);
                }
                _ => body = Some(self.expr(c)?),
            }
        }
        lambda_node(params, body.ok_or_else(invalid)?, span, h)
    }
}
