//! The pest grammar (`grammar/arrsh.pest`) on one statement's text, and its errors in
//! Python's words. The tree is built in `build.rs`.

use super::ast::*;
use super::build::Builder;
use crate::error::{PyErr, Span};
use pest::Parser;

#[derive(pest_derive::Parser)]
#[grammar = "../grammar/arrsh.pest"]
struct ArrshParser;

/// One logical line, parsed: statements, or a block header with the statements written
/// after its colon.
#[derive(Debug)]
pub enum Line {
    Stmts(Vec<Statement>),
    Header(Header, Option<Vec<Statement>>),
    /// `@expr` before a `def`.
    Decorator(Expr),
}

/// Parse one logical line that is a whole statement (`;`-separated statements or a magic
/// command) whose text starts at byte `base` of the whole source; a block header is a
/// SyntaxError here (the REPL's magics and hints parse single lines).
pub fn parse_line(text: &str, base: usize) -> Result<Vec<Statement>, PyErr> {
    match parse_logical(text, base)? {
        Line::Stmts(s) => Ok(s),
        Line::Header(h, _) => Err(PyErr::syntax("invalid syntax").at(h.span)),
        Line::Decorator(e) => Err(PyErr::syntax("invalid syntax").at(e.span)),
    }
}

/// The expression inside an f-string field, starting at byte `base` of the source.
pub fn parse_fexpr(text: &str, base: usize) -> Result<(Expr, usize), PyErr> {
    let mut pairs =
        ArrshParser::parse(Rule::fexpr, text).map_err(|e| syntax_error(e, text, base))?;
    let top = pairs
        .next()
        .ok_or_else(|| PyErr::syntax("invalid syntax"))?;
    let b = Builder { base };
    let list = top
        .into_inner()
        .next()
        .ok_or_else(|| PyErr::syntax("invalid syntax"))?;
    b.expr_list(list)
}

/// Parse one logical line (which may be a block header) starting at byte `base`: the fast
/// parser's tree when it takes the line, else the grammar's.
pub fn parse_logical(text: &str, base: usize) -> Result<Line, PyErr> {
    match super::fast::parse_line(text, base) {
        Some(stmts) => Ok(Line::Stmts(stmts)),
        None => parse_with_grammar(text, base),
    }
}

/// Parse one logical line with the grammar alone.
pub(super) fn parse_with_grammar(text: &str, base: usize) -> Result<Line, PyErr> {
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
            Rule::header => {
                let (h, body) = b.header(p)?;
                return Ok(Line::Header(h, body));
            }
            Rule::decorator => {
                let e = p
                    .into_inner()
                    .next()
                    .ok_or_else(|| PyErr::syntax("invalid syntax"))?;
                return Ok(Line::Decorator(b.expr(e)?.0));
            }
            Rule::magic => {
                let span = b.span(&p);
                let mut it = p.into_inner();
                let name = it
                    .next()
                    .map(|x| x.as_str().to_string())
                    .unwrap_or_default();
                let (rest, at) = it
                    .next()
                    .map(|x| {
                        let text = x.as_str();
                        let lead = text.len() - text.trim_start().len();
                        (text.trim().to_string(), b.span(&x).start + lead)
                    })
                    .unwrap_or((String::new(), span.end));
                out.push(Statement {
                    stmt: Stmt::Magic(name, rest, at),
                    span,
                });
            }
            _ => out.push(b.stmt(p)?),
        }
    }
    Ok(Line::Stmts(out))
}

fn syntax_error(e: pest::error::Error<Rule>, text: &str, base: usize) -> PyErr {
    let pos = match e.location {
        pest::error::InputLocation::Pos(p) => p,
        pest::error::InputLocation::Span((s, _)) => s,
    };
    // A block header without its colon: CPython says what is missing, at the line's end.
    let first = text
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .next()
        .unwrap_or("");
    // (A clause alone, `else` or `finally` without its statement, is plain invalid syntax.)
    let header = matches!(
        first,
        "if" | "while" | "for" | "def" | "try" | "with" | "class"
    );
    let code = text.split('#').next().unwrap_or("").trim_end();
    if header && !code.contains(':') {
        let end = base + code.len();
        return PyErr::syntax("expected ':'").at(Span::new(end, end + 1));
    }
    // Python points at the first token it could not use.
    let pos = pos.min(text.len());
    let rest = &text[pos..];
    let c = rest.chars().next().unwrap_or(' ');
    let msg = match c {
        ')' | ']' | '}' if !rest.trim().is_empty() => format!("unmatched '{}'", c),
        _ => "invalid syntax".to_string(),
    };
    // The caret covers the whole character (a non-ASCII one is several bytes).
    PyErr::syntax(msg).at(Span::new(base + pos, base + pos + c.len_utf8()))
}
