//! String literals: adjacent literals concatenate, bytes stay bytes, and f-strings are cut
//! into literal text and `{value!conversion:spec}` fields whose expressions are parsed with
//! the grammar, at their place in the source (so errors point into the string). The rules
//! are Python 3.11's: no backslash or `#` inside a field, `{{`/`}}` for braces.

use super::ast::*;
use super::build::{node, Builder, Built};
use super::literals;
use super::parser::Rule;
use crate::error::{PyErr, Span};
use pest::iterators::Pair;

fn fstring_error(msg: &str, at: usize) -> PyErr {
    PyErr::syntax(format!("f-string: {}", msg)).at(Span::new(at, at + 1))
}

impl Builder {
    /// A `strings` rule: one or more adjacent literals.
    pub(super) fn strings(&self, p: Pair<Rule>) -> Result<Built, PyErr> {
        let span = self.span(&p);
        self.literals(
            p.into_inner().map(|s| (s.as_str(), s.as_span().start())),
            span,
        )
    }

    /// Adjacent string literals (each with where it starts in the statement's text) as one
    /// value: a str, bytes or an f-string. The grammar's pairs and the fast parser's tokens
    /// both end here.
    pub(super) fn literals<'a>(
        &self,
        lits: impl Iterator<Item = (&'a str, usize)>,
        span: Span,
    ) -> Result<Built, PyErr> {
        let mut parts: Vec<FPart> = Vec::new();
        let mut bytes: Option<Vec<u8>> = None;
        let mut any_text = false;
        let mut formatted = false;
        let mut h = 1;
        for (lit, at) in lits {
            let (prefix, start, end) = literals::split_literal(lit);
            let is_bytes = prefix.contains('b');
            let raw = prefix.contains('r');
            if is_bytes {
                bytes.get_or_insert_with(Vec::new).extend(literals::decode(
                    &lit[start..end],
                    true,
                    raw,
                ));
                continue;
            }
            any_text = true;
            if prefix.contains('f') {
                formatted = true;
                let base = self.base + at + start;
                let (mut fp, fh) = self.fparts(&lit[start..end], base, raw, 0)?;
                h = h.max(fh);
                parts.append(&mut fp);
            } else {
                let text = String::from_utf8_lossy(&literals::decode(&lit[start..end], false, raw))
                    .into_owned();
                push_lit(&mut parts, text);
            }
        }
        if let Some(b) = bytes {
            if any_text {
                return Err(PyErr::syntax("cannot mix bytes and nonbytes literals").at(span));
            }
            return Ok((
                Expr {
                    kind: ExprKind::Bytes(b),
                    span,
                },
                1,
            ));
        }
        if !formatted {
            let text = match parts.pop() {
                Some(FPart::Lit(t)) => t,
                _ => String::new(),
            };
            return Ok((
                Expr {
                    kind: ExprKind::Str(text),
                    span,
                },
                1,
            ));
        }
        node(ExprKind::FString(parts), span, h + 1)
    }

    /// The parts of an f-string body (or of a format spec inside one, `depth` 1), whose
    /// first byte is at `base` in the whole source.
    fn fparts(
        &self,
        body: &str,
        base: usize,
        raw: bool,
        depth: usize,
    ) -> Result<(Vec<FPart>, usize), PyErr> {
        let b = body.as_bytes();
        let mut parts = Vec::new();
        let mut lit_start = 0;
        let mut h = 1;
        let mut i = 0;
        let flush = |parts: &mut Vec<FPart>, from: usize, to: usize| {
            if to > from {
                let text = String::from_utf8_lossy(&literals::decode(&body[from..to], false, raw))
                    .into_owned();
                push_lit(parts, text);
            }
        };
        while i < b.len() {
            match b[i] {
                b'{' if b.get(i + 1) == Some(&b'{') && depth == 0 => {
                    flush(&mut parts, lit_start, i + 1);
                    i += 2;
                    lit_start = i;
                }
                b'}' if b.get(i + 1) == Some(&b'}') && depth == 0 => {
                    flush(&mut parts, lit_start, i + 1);
                    i += 2;
                    lit_start = i;
                }
                b'}' => return Err(fstring_error("single '}' is not allowed", base + i)),
                b'{' => {
                    if depth > 1 {
                        return Err(fstring_error("expressions nested too deeply", base + i));
                    }
                    flush(&mut parts, lit_start, i);
                    let (field, fh, end) = self.field(body, base, i, raw, depth)?;
                    h = h.max(fh);
                    parts.push(field);
                    i = end;
                    lit_start = i;
                }
                _ => i += 1,
            }
        }
        flush(&mut parts, lit_start, b.len());
        Ok((parts, h))
    }

    /// The field whose `{` is at `open`; returns it, its height and the index after its `}`.
    fn field(
        &self,
        body: &str,
        base: usize,
        open: usize,
        raw: bool,
        depth: usize,
    ) -> Result<(FPart, usize, usize), PyErr> {
        let b = body.as_bytes();
        let mut j = open + 1;
        let mut nest = 0usize;
        let mut quote: Option<u8> = None;
        // Scan the expression to the `!`, `:`, `=` or `}` that ends it.
        while j < b.len() {
            let c = b[j];
            if let Some(q) = quote {
                if c == q {
                    quote = None;
                }
                j += 1;
                continue;
            }
            match c {
                b'\\' => {
                    return Err(fstring_error(
                        "expression part cannot include a backslash",
                        base + j,
                    ))
                }
                b'#' => {
                    return Err(fstring_error(
                        "expression part cannot include '#'",
                        base + j,
                    ))
                }
                b'\'' | b'"' => quote = Some(c),
                b'(' | b'[' | b'{' => nest += 1,
                b')' | b']' | b'}' if nest > 0 => nest -= 1,
                b'}' => break,
                b'!' if nest == 0 && b.get(j + 1) != Some(&b'=') => break,
                b':' if nest == 0 => break,
                b'=' if nest == 0
                    && b.get(j + 1) != Some(&b'=')
                    && !matches!(b.get(j.wrapping_sub(1)), Some(b'=' | b'!' | b'<' | b'>')) =>
                {
                    break
                }
                _ => {}
            }
            j += 1;
        }
        if j >= b.len() {
            return Err(fstring_error("expecting '}'", base + open));
        }
        let text = &body[open + 1..j];
        if text.trim().is_empty() {
            return Err(fstring_error("empty expression not allowed", base + open));
        }
        let (value, vh) = super::parser::parse_fexpr(text, base + open + 1)?;
        let mut debug = None;
        if b[j] == b'=' {
            j += 1;
            // `{x = }` keeps the spaces after `=` too.
            while j < b.len() && b[j] == b' ' {
                j += 1;
            }
            debug = Some(body[open + 1..j].to_string());
        }
        let mut conversion = None;
        if b.get(j) == Some(&b'!') {
            let c = b.get(j + 1).copied().unwrap_or(b'}');
            if !matches!(c, b's' | b'r' | b'a') {
                return Err(fstring_error(
                    "invalid conversion character: expected 's', 'r', or 'a'",
                    base + j,
                ));
            }
            conversion = Some(c as char);
            j += 2;
        }
        let mut spec = Vec::new();
        let mut h = vh;
        if b.get(j) == Some(&b':') {
            // The spec runs to the `}` matching this field's `{`.
            let start = j + 1;
            let mut k = start;
            let mut inner = 0usize;
            while k < b.len() {
                match b[k] {
                    b'{' => inner += 1,
                    b'}' if inner > 0 => inner -= 1,
                    b'}' => break,
                    _ => {}
                }
                k += 1;
            }
            let (sp, sh) = self.fparts(&body[start..k], base + start, raw, depth + 1)?;
            spec = sp;
            h = h.max(sh);
            j = k;
        }
        if b.get(j) != Some(&b'}') {
            return Err(fstring_error("expecting '}'", base + j.min(b.len())));
        }
        if debug.is_some() && conversion.is_none() && spec.is_empty() {
            // `f"{x=}"` shows the repr unless a conversion or a spec says otherwise.
            conversion = Some('r');
        }
        Ok((
            FPart::Field {
                value: Box::new(value),
                conversion,
                spec,
                debug,
            },
            h + 1,
            j + 1,
        ))
    }
}

/// Append literal text, merging it with literal text just before.
fn push_lit(parts: &mut Vec<FPart>, text: String) {
    if let Some(FPart::Lit(prev)) = parts.last_mut() {
        prev.push_str(&text);
    } else {
        parts.push(FPart::Lit(text));
    }
}
