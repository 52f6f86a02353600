//! A statement's logical lines nested into blocks by their indentation: headers take the
//! more indented lines after them (or the statements after their colon) as their body,
//! and `elif`/`else`/`except`/`finally` join the statement above them. The whole
//! statement is parsed before any of it runs, as in Python, and then resolved
//! (`syntax::scope`).

use super::ast::*;
use super::parser::{parse_logical, Line};
use super::scope;
use super::tokenize::{self, Chunk, LogicalLine};
use crate::error::{PyErr, Span};
use std::rc::Rc;

/// Parse the statement the tokenizer cut out as `chunk` of `src`.
pub fn parse(src: &str, chunk: &Chunk) -> Result<Vec<Statement>, PyErr> {
    let lines = tokenize::logical_lines(src, chunk);
    let mut parsed = Vec::with_capacity(lines.len());
    for l in lines {
        let text = src.get(l.start..l.end).unwrap_or("");
        parsed.push((l, parse_logical(text, l.start)?));
    }
    let Some(first) = parsed.first() else {
        return Ok(Vec::new());
    };
    let col = first.0.col;
    let mut i = 0;
    let mut stmts = block(&mut parsed, &mut i, col)?;
    if let Some((l, _)) = parsed.get(i) {
        return Err(PyErr::syntax("invalid syntax").at(Span::new(l.start, l.start + 1)));
    }
    scope::resolve_module(&mut stmts)?;
    Ok(stmts)
}

type Parsed = (LogicalLine, Line);

/// The statements of the lines from `*i` on that sit at column `col`.
fn block(lines: &mut [Parsed], i: &mut usize, col: usize) -> Result<Vec<Statement>, PyErr> {
    let mut out = Vec::new();
    while *i < lines.len() && lines[*i].0.col == col {
        let line = std::mem::replace(&mut lines[*i].1, Line::Stmts(Vec::new()));
        match line {
            Line::Stmts(s) => {
                out.extend(s);
                *i += 1;
            }
            Line::Header(h, inline) => out.push(compound(lines, i, col, h, inline)?),
            Line::Decorator(d) => {
                // Decorators stack up until the `def` they apply to.
                let mut decorators = vec![d];
                *i += 1;
                loop {
                    match lines.get(*i).map(|(l, _)| l.col == col) {
                        Some(true) => {}
                        _ => return Err(PyErr::syntax("invalid syntax").at(decorators[0].span)),
                    }
                    match std::mem::replace(&mut lines[*i].1, Line::Stmts(Vec::new())) {
                        Line::Decorator(d) => {
                            decorators.push(d);
                            *i += 1;
                        }
                        Line::Header(h, inline) if matches!(h.kind, HeaderKind::Def(..)) => {
                            let mut st = compound(lines, i, col, h, inline)?;
                            if let Stmt::Def(def, _) = &mut st.stmt {
                                Rc::make_mut(def).decorators = decorators;
                            }
                            out.push(st);
                            break;
                        }
                        _ => return Err(PyErr::syntax("invalid syntax").at(decorators[0].span)),
                    }
                }
            }
        }
    }
    Ok(out)
}

/// The body of the header at `*i` (already taken out of `lines`); moves `*i` past it.
fn body(
    lines: &mut [Parsed],
    i: &mut usize,
    col: usize,
    h: &Header,
    inline: Option<Vec<Statement>>,
) -> Result<Vec<Statement>, PyErr> {
    let line = lines[*i].0.line;
    *i += 1;
    if let Some(s) = inline {
        return Ok(s);
    }
    match lines.get(*i) {
        Some((l, _)) if l.col > col => {
            let inner = l.col;
            block(lines, i, inner)
        }
        _ => Err(PyErr::new(
            "IndentationError",
            format!(
                "expected an indented block after {} on line {}",
                what(h),
                line
            ),
        )
        .at(h.span)),
    }
}

fn what(h: &Header) -> &'static str {
    match h.kind {
        HeaderKind::If(_) => "'if' statement",
        HeaderKind::Elif(_) => "'elif' statement",
        HeaderKind::Else => "'else' statement",
        HeaderKind::For(..) => "'for' statement",
        HeaderKind::While(_) => "'while' statement",
        HeaderKind::Def(..) => "function definition",
        HeaderKind::Try => "'try' statement",
        HeaderKind::Except(..) => "'except' statement",
        HeaderKind::Finally => "'finally' statement",
        HeaderKind::With(_) => "'with' statement",
        HeaderKind::Class => "class definition",
    }
}

/// The next line, when it is a clause header (`elif`, `else`, …) at column `col`.
fn clause(lines: &[Parsed], i: usize, col: usize) -> Option<&Header> {
    match lines.get(i) {
        Some((l, Line::Header(h, _))) if l.col == col => Some(h),
        _ => None,
    }
}

/// Take the clause header at `*i` out of `lines`.
fn take_header(lines: &mut [Parsed], i: usize) -> Option<(Header, Option<Vec<Statement>>)> {
    match std::mem::replace(&mut lines[i].1, Line::Stmts(Vec::new())) {
        Line::Header(h, b) => Some((h, b)),
        other => {
            lines[i].1 = other;
            None
        }
    }
}

/// An `else:` clause after a loop or `if`, if there is one.
fn else_clause(lines: &mut [Parsed], i: &mut usize, col: usize) -> Result<Vec<Statement>, PyErr> {
    if matches!(
        clause(lines, *i, col).map(|h| &h.kind),
        Some(HeaderKind::Else)
    ) {
        if let Some((h, inline)) = take_header(lines, *i) {
            return body(lines, i, col, &h, inline);
        }
    }
    Ok(Vec::new())
}

/// The end of the last line consumed before `i`.
fn end_before(lines: &[Parsed], i: usize) -> usize {
    lines.get(i.wrapping_sub(1)).map_or(0, |(l, _)| l.end)
}

fn compound(
    lines: &mut [Parsed],
    i: &mut usize,
    col: usize,
    h: Header,
    inline: Option<Vec<Statement>>,
) -> Result<Statement, PyErr> {
    let start = h.span.start;
    if let HeaderKind::Class = h.kind {
        return Err(PyErr::syntax(
            "class definitions are not supported by arrsh (functions, lambdas and NumPy are)",
        )
        .at(h.span));
    }
    let first = body(lines, i, col, &h, inline)?;
    let stmt = match h.kind {
        HeaderKind::If(cond) => {
            let mut branches = vec![(cond, first)];
            let mut orelse = Vec::new();
            loop {
                match clause(lines, *i, col).map(|h| &h.kind) {
                    Some(HeaderKind::Elif(_)) => {
                        let Some((eh, inline)) = take_header(lines, *i) else {
                            break;
                        };
                        let b = body(lines, i, col, &eh, inline)?;
                        if let HeaderKind::Elif(c) = eh.kind {
                            branches.push((c, b));
                        }
                    }
                    Some(HeaderKind::Else) => {
                        orelse = else_clause(lines, i, col)?;
                        break;
                    }
                    _ => break,
                }
            }
            Stmt::If(branches, orelse)
        }
        HeaderKind::While(cond) => {
            let orelse = else_clause(lines, i, col)?;
            Stmt::While(cond, first, orelse)
        }
        HeaderKind::For(target, iter) => {
            let orelse = else_clause(lines, i, col)?;
            Stmt::For {
                target,
                iter,
                body: first,
                orelse,
            }
        }
        HeaderKind::With(items) => Stmt::With(items, first),
        HeaderKind::Def(name, params) => {
            let doc = match first.first().map(|s| &s.stmt) {
                Some(Stmt::Expr(Expr {
                    kind: ExprKind::Str(d),
                    ..
                })) => Some(d.clone()),
                _ => None,
            };
            let target = Expr {
                kind: ExprKind::Name(name.to_string()),
                span: h.span,
            };
            let def = FuncDef {
                qualname: name.clone(),
                name,
                params,
                body: first,
                is_lambda: false,
                doc,
                decorators: Vec::new(),
                is_generator: false,
                scope: Scope::default(),
                globals: Vec::new(),
            };
            Stmt::Def(Rc::new(def), target)
        }
        HeaderKind::Try => {
            let mut handlers = Vec::new();
            let mut orelse = Vec::new();
            let mut finally = Vec::new();
            while let Some(Header {
                kind: HeaderKind::Except(..),
                ..
            }) = clause(lines, *i, col)
            {
                let Some((eh, inline)) = take_header(lines, *i) else {
                    break;
                };
                let span = eh.span;
                let b = body(lines, i, col, &eh, inline)?;
                if let HeaderKind::Except(class, name) = eh.kind {
                    if handlers.last().is_some_and(|x: &Handler| x.class.is_none()) {
                        return Err(PyErr::syntax("default 'except:' must be last").at(span));
                    }
                    handlers.push(Handler {
                        class,
                        name,
                        body: b,
                        span,
                    });
                }
            }
            if !handlers.is_empty() {
                orelse = else_clause(lines, i, col)?;
            }
            if matches!(
                clause(lines, *i, col).map(|h| &h.kind),
                Some(HeaderKind::Finally)
            ) {
                if let Some((fh, inline)) = take_header(lines, *i) {
                    finally = body(lines, i, col, &fh, inline)?;
                }
            }
            if handlers.is_empty() && finally.is_empty() {
                let at = lines
                    .get(*i)
                    .map_or(end_before(lines, *i), |(l, _)| l.start);
                return Err(
                    PyErr::syntax("expected 'except' or 'finally' block").at(Span::new(at, at + 1))
                );
            }
            Stmt::Try {
                body: first,
                handlers,
                orelse,
                finally,
            }
        }
        HeaderKind::Elif(_) | HeaderKind::Else | HeaderKind::Except(..) | HeaderKind::Finally => {
            return Err(PyErr::syntax("invalid syntax").at(h.span));
        }
        HeaderKind::Class => return Err(PyErr::syntax("invalid syntax").at(h.span)),
    };
    Ok(Statement {
        stmt,
        span: Span::new(start, end_before(lines, *i)),
    })
}
