//! Literal text to values: numbers (scanned once by the grammar, told apart here) and string
//! literals with their prefixes and escapes.

use super::ast::ExprKind;
use crate::error::{PyErr, Span};

/// The value of a number literal: an int, a float or an imaginary number, by its text.
pub fn number(text: &str, span: Span) -> Result<ExprKind, PyErr> {
    // Most literals are short plain decimals (`0`, `4`, `100`): read them without the two
    // strings the general path builds. 18 digits always fit an i128 (and an i64).
    let b = text.as_bytes();
    if !b.is_empty()
        && b.len() <= 18
        && b.iter().all(u8::is_ascii_digit)
        && (b[0] != b'0' || b.len() == 1)
    {
        let v = b
            .iter()
            .fold(0i128, |acc, &d| acc * 10 + i128::from(d - b'0'));
        return Ok(ExprKind::Int(v));
    }
    let s: String = text.chars().filter(|&c| c != '_').collect();
    let lower = s.to_ascii_lowercase();
    let radix = lower.starts_with("0x") || lower.starts_with("0b") || lower.starts_with("0o");
    if !radix && lower.ends_with('j') {
        let body = &s[..s.len() - 1];
        return body
            .parse::<f64>()
            .map(ExprKind::Imag)
            .map_err(|_| PyErr::syntax("invalid imaginary literal").at(span));
    }
    if !radix && lower.contains(['.', 'e']) {
        return s
            .parse::<f64>()
            .map(ExprKind::Float)
            .map_err(|_| PyErr::syntax("invalid float literal").at(span));
    }
    let (digits, radix) = if let Some(h) = lower.strip_prefix("0x") {
        (h, 16)
    } else if let Some(b) = lower.strip_prefix("0b") {
        (b, 2)
    } else if let Some(o) = lower.strip_prefix("0o") {
        (o, 8)
    } else {
        if s.len() > 1 && s.starts_with('0') && s.chars().any(|c| c != '0') {
            return Err(PyErr::syntax(
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            )
            .at(span));
        }
        (s.as_str(), 10)
    };
    if let Ok(i) = i128::from_str_radix(digits, radix) {
        return Ok(ExprKind::Int(i));
    }
    // Past i128: a Python int of any size, with CPython's limit on decimal digits.
    if radix == 10 && digits.len() > crate::value::bigint::MAX_STR_DIGITS {
        return Err(PyErr::syntax(format!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
            crate::value::bigint::MAX_STR_DIGITS,
            digits.len()
        ))
        .at(span));
    }
    num_bigint::BigInt::parse_bytes(digits.as_bytes(), radix)
        .map(|b| ExprKind::BigInt(std::rc::Rc::new(b)))
        .ok_or_else(|| PyErr::syntax("invalid decimal literal").at(span))
}

/// A string literal's parts: its lower-cased prefix, and where its text between the quotes
/// starts and ends within `lit`.
pub fn split_literal(lit: &str) -> (String, usize, usize) {
    let prefix_len = lit.find(['\'', '"']).unwrap_or(0);
    let prefix = lit[..prefix_len].to_ascii_lowercase();
    let body = &lit[prefix_len..];
    let q = if body.starts_with("\"\"\"") || body.starts_with("'''") {
        3
    } else {
        1
    };
    let start = (prefix_len + q).min(lit.len());
    (prefix, start, lit.len().saturating_sub(q).max(start))
}

/// The value of a literal's text between its quotes: escapes decoded unless `raw`.
pub fn decode(inner: &str, is_bytes: bool, raw: bool) -> Vec<u8> {
    if raw {
        return inner.as_bytes().to_vec();
    }
    let mut out = Vec::new();
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            continue;
        }
        match chars.next() {
            Some('n') => out.push(b'\n'),
            Some('t') => out.push(b'\t'),
            Some('r') => out.push(b'\r'),
            Some('0') => out.push(0),
            Some('\\') => out.push(b'\\'),
            Some('\'') => out.push(b'\''),
            Some('"') => out.push(b'"'),
            Some('\n') => {}
            // A line break in CRLF text continues the literal too (CPython reads `\r\n` as `\n`).
            Some('\r') if chars.peek() == Some(&'\n') => {
                chars.next();
            }
            Some('x') => {
                let h: String = chars.by_ref().take(2).collect();
                match u8::from_str_radix(&h, 16) {
                    Ok(v) if is_bytes => out.push(v),
                    Ok(v) => {
                        let mut buf = [0u8; 4];
                        out.extend_from_slice(char::from(v).encode_utf8(&mut buf).as_bytes());
                    }
                    Err(_) => out.extend_from_slice(format!("\\x{}", h).as_bytes()),
                }
            }
            Some(o) => {
                out.push(b'\\');
                let mut buf = [0u8; 4];
                out.extend_from_slice(o.encode_utf8(&mut buf).as_bytes());
            }
            None => out.push(b'\\'),
        }
    }
    out
}
