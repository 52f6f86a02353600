//! The way in: one pass over the source with CPython's tokenizer rules — strings (a
//! single-quoted one ends at its line, a triple-quoted one may span lines), brackets,
//! comments, backslash continuations and indentation (INDENT/DEDENT, tabs against spaces) —
//! that cuts the text into statements: one logical line, or a block header with its indented
//! body and its `elif`/`else`/`except`/`finally` clauses. The grammar then parses each
//! statement once.
//!
//! A lexical error (an unterminated string, an unclosed or unmatched bracket, a stray indent)
//! belongs to the statement it occurs in and ends there: the statement runs up to the next
//! line that starts in column 0, so the statements before it have run and the ones after it
//! can still run. Only an unterminated triple-quoted string takes the rest of the text, as
//! in Python. The REPL asks the same scan whether Enter should continue the statement.

use super::lexical;
use crate::error::{PyErr, Span};

/// CPython's tokenizer refuses a 201st open bracket (`MAXLEVEL`).
const MAX_BRACKETS: usize = 200;
/// CPython's tokenizer refuses a 100th indentation level (`MAXINDENT`).
const MAX_INDENT: usize = 100;

/// Why a statement reached the end of the text unfinished: at the prompt, more lines are
/// needed (for a block, until an empty line).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Open {
    Bracket,
    TripleString,
    Backslash,
    /// A block, which an empty line ends.
    Block,
    /// A block header still waiting for its body, which an empty line does not end.
    Header,
}

/// One statement: its byte range (whole lines, without the final newline), its first line
/// and, when the tokenizer already rejected it, the error.
#[derive(Clone, Debug)]
pub struct Chunk {
    pub start: usize,
    pub end: usize,
    /// 1-based line of `start`.
    pub line: usize,
    pub error: Option<PyErr>,
    /// Set when the text ended inside this statement.
    pub open: Option<Open>,
    /// The statement's one logical line, when it is a single one (most are): found by the
    /// scan that cut the statement out, so parsing need not scan it again
    /// ([`logical_lines`]).
    pub single: Option<LogicalLine>,
}

/// The statements of `src`, in order (blank lines skipped; a line holding only a comment is
/// a statement of its own, which runs as nothing).
pub fn statements(src: &str) -> Statements<'_> {
    Statements {
        src,
        b: src.as_bytes(),
        pos: 0,
        line: 1,
    }
}

/// Does `src` end in the middle of a statement (open bracket, open triple-quoted string,
/// trailing backslash, or a block not yet ended by an empty line)? Python's prompt rules.
pub fn is_incomplete(src: &str) -> bool {
    let mut last = None;
    for chunk in statements(src) {
        match chunk.open {
            // Scanning went on after a bracket left open to the end: still this statement.
            Some(Open::Block) | None => last = chunk.open,
            Some(_) => return true,
        }
    }
    // A block ends at an empty line typed after it.
    last == Some(Open::Block)
        && !(src.contains('\n') && src.rsplit('\n').next().is_some_and(|l| l.trim().is_empty()))
}

pub struct Statements<'a> {
    src: &'a str,
    b: &'a [u8],
    /// Start of the next physical line to read.
    pos: usize,
    /// Its 1-based line number.
    line: usize,
}

/// Where a logical line ended.
struct LogicalEnd {
    /// Index of the terminating newline (or the end of the text).
    end: usize,
    /// Start of the next physical line, and its number.
    next: usize,
    next_line: usize,
    /// Whether its last token is a `:` outside brackets (a block header).
    colon: bool,
}

/// A lexical error and where scanning can start again.
struct LexError {
    err: PyErr,
    /// Start of the physical line the error was found on: the statement runs to the next
    /// line after it that starts in column 0.
    line_start: usize,
    line: usize,
    /// The error takes the rest of the text (an unterminated triple-quoted string).
    to_end: bool,
    open: Option<Open>,
}

/// The indentation of the physical line starting at `pos`: the index of its first other
/// byte, its column (tabs to multiples of 8) and its column with tabs counted as 1 — CPython
/// compares both to detect inconsistent tabs.
fn indentation(b: &[u8], mut pos: usize) -> (usize, usize, usize) {
    let (mut col, mut alt) = (0, 0);
    while let Some(&c) = b.get(pos) {
        match c {
            b' ' => {
                col += 1;
                alt += 1;
            }
            b'\t' => {
                col = (col / 8 + 1) * 8;
                alt += 1;
            }
            b'\x0C' => {
                col = 0;
                alt = 0;
            }
            _ => break,
        }
        pos += 1;
    }
    (pos, col, alt)
}

/// Does the line's content starting at `i` hold no code (empty, or only a comment)?
fn no_code(b: &[u8], i: usize) -> bool {
    match b.get(i) {
        None | Some(b'\n') | Some(b'#') => true,
        Some(b'\r') => matches!(b.get(i + 1), None | Some(b'\n')),
        _ => false,
    }
}

/// The identifier starting at `i` (ASCII only: keywords are what matter here).
fn word(b: &[u8], i: usize) -> &[u8] {
    let n = b[i.min(b.len())..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_')
        .count();
    &b[i..i + n]
}

/// Statements that open a block even without a trailing `:` on their line
/// (`for i in x: f(i)` still waits for an empty line at the prompt).
fn opens_block(b: &[u8], i: usize) -> bool {
    b.get(i) == Some(&b'@')
        || matches!(
            word(b, i),
            b"if" | b"for" | b"while" | b"def" | b"class" | b"with" | b"try" | b"async"
        )
}

/// Clauses that continue a block at its own indentation.
fn continues_block(b: &[u8], i: usize) -> bool {
    matches!(word(b, i), b"elif" | b"else" | b"except" | b"finally")
}

/// CPython's "expected an indented block after …" names the header this way.
fn header_name(b: &[u8], i: usize) -> String {
    match word(b, i) {
        b"def" => "function definition".to_string(),
        b"class" => "class definition".to_string(),
        w => format!("'{}' statement", String::from_utf8_lossy(w)),
    }
}

/// The start of a string literal whose quote is at `q`: its prefix (`r`, `b`, `rb`, `f`, …)
/// belongs to it.
fn string_start(b: &[u8], q: usize) -> usize {
    let mut s = q;
    while s > 0 && b[s - 1].is_ascii_alphabetic() && q - s < 2 {
        s -= 1;
    }
    let valid = lexical::is_string_prefix(&b[s..q]);
    let detached = s == 0 || !(b[s - 1].is_ascii_alphanumeric() || b[s - 1] == b'_');
    if valid && detached {
        s
    } else {
        q
    }
}

fn indentation_error(msg: &str, at: usize) -> PyErr {
    PyErr::new("IndentationError", msg).at(Span::new(at, at + 1))
}

impl Iterator for Statements<'_> {
    type Item = Chunk;

    fn next(&mut self) -> Option<Chunk> {
        let b = self.b;
        // Skip blank lines; a comment-only line is a statement of its own.
        let (code, col) = loop {
            if self.pos >= b.len() {
                return None;
            }
            let (i, col, _) = indentation(b, self.pos);
            if !no_code(b, i) {
                break (i, col);
            }
            let end = self.line_end(self.pos);
            let (start, line) = (self.pos, self.line);
            self.advance_to(end);
            if b.get(i) == Some(&b'#') {
                let end = if b[start..end].ends_with(b"\r") {
                    end - 1
                } else {
                    end
                };
                return Some(Chunk {
                    start,
                    end,
                    line,
                    error: None,
                    open: None,
                    single: None,
                });
            }
        };
        let (start, line) = (self.pos, self.line);
        let result = if col > 0 {
            Err(LexError {
                err: indentation_error("unexpected indent", code),
                line_start: start,
                line,
                to_end: false,
                open: None,
            })
        } else {
            self.statement(code)
        };
        Some(match result {
            Ok((end, next, next_line, open, one_line)) => {
                self.pos = next;
                self.line = next_line;
                let single = one_line.then(|| LogicalLine {
                    start: code,
                    end: trim_cr(b, code, end),
                    col,
                    line,
                });
                Chunk {
                    start,
                    end,
                    line,
                    error: None,
                    open,
                    single,
                }
            }
            Err(e) => {
                let (next, next_line) = if e.to_end {
                    (b.len(), self.line)
                } else {
                    self.resync(e.line_start, e.line)
                };
                let mut end = next;
                while end > start && b[end - 1].is_ascii_whitespace() {
                    end -= 1;
                }
                self.pos = next;
                self.line = next_line;
                Chunk {
                    start,
                    end,
                    line,
                    error: Some(e.err),
                    open: e.open,
                    single: None,
                }
            }
        })
    }
}

impl Statements<'_> {
    /// Index of the newline ending the physical line that contains `pos` (or the text's end).
    fn line_end(&self, pos: usize) -> usize {
        self.b[pos..]
            .iter()
            .position(|&c| c == b'\n')
            .map_or(self.b.len(), |n| pos + n)
    }

    /// Move `pos` past the newline at `end`.
    fn advance_to(&mut self, end: usize) {
        self.pos = (end + 1).min(self.b.len());
        if end < self.b.len() {
            self.line += 1;
        }
    }

    /// After an error on the line starting at `line_start` (number `line`): the start and
    /// number of the next line that begins in column 0 with something other than whitespace
    /// (the next statement), or the end of the text.
    fn resync(&self, line_start: usize, mut line: usize) -> (usize, usize) {
        let mut p = self.line_end(line_start);
        while p < self.b.len() {
            let next = p + 1;
            line += 1;
            match self.b.get(next) {
                None => break,
                Some(c) if !c.is_ascii_whitespace() => return (next, line),
                _ => p = self.line_end(next),
            }
        }
        (self.b.len(), line)
    }

    /// Scan one statement whose first code byte is `code` (column 0). Returns its end, the
    /// start and number of the line after it, whether the text ended inside it, and whether
    /// it is a single logical line.
    #[allow(clippy::type_complexity)]
    fn statement(
        &mut self,
        code: usize,
    ) -> Result<(usize, usize, usize, Option<Open>, bool), LexError> {
        let b = self.b;
        let mut block = opens_block(b, code);
        // Indentation stack: columns, and columns with tabs counted as 1.
        let mut cols: Vec<(usize, usize)> = Vec::new();
        let mut pos = code;
        let mut line = self.line;
        let mut line_start = self.pos;
        loop {
            let ll = self.logical(pos, line, line_start)?;
            // A header line's first word, for "expected an indented block after …".
            let header = ll.colon.then_some((pos, line));
            if !block && !ll.colon {
                return Ok((ll.end, ll.next, ll.next_line, None, true));
            }
            block = true;
            // Look ahead to the next line with code: its indentation decides.
            let (mut next, mut next_line) = (ll.next, ll.next_line);
            let (i, col, alt) = loop {
                if next >= b.len() {
                    if let Some((h, hl)) = header {
                        let msg = format!(
                            "expected an indented block after {} on line {}",
                            header_name(b, h),
                            hl
                        );
                        return Err(LexError {
                            err: indentation_error(&msg, h),
                            line_start,
                            line,
                            to_end: true,
                            open: Some(Open::Header),
                        });
                    }
                    return Ok((ll.end, ll.next, ll.next_line, Some(Open::Block), false));
                }
                let (i, col, alt) = indentation(b, next);
                if !no_code(b, i) {
                    break (i, col, alt);
                }
                let e = self.line_end(next);
                next = (e + 1).min(b.len());
                next_line += 1;
            };
            let err = |msg: &str, class: &'static str| LexError {
                err: PyErr::new(class, msg).at(Span::new(i, i + 1)),
                line_start: next,
                line: next_line,
                to_end: false,
                open: None,
            };
            let (top, top_alt) = cols.last().copied().unwrap_or((0, 0));
            if col > top {
                if alt <= top_alt {
                    return Err(err(
                        "inconsistent use of tabs and spaces in indentation",
                        "TabError",
                    ));
                }
                if header.is_none() {
                    return Err(err("unexpected indent", "IndentationError"));
                }
                cols.push((col, alt));
                if cols.len() >= MAX_INDENT {
                    return Err(err("too many levels of indentation", "IndentationError"));
                }
            } else {
                while cols.last().is_some_and(|&(c, _)| col < c) {
                    cols.pop();
                }
                let (top, top_alt) = cols.last().copied().unwrap_or((0, 0));
                if col != top {
                    return Err(err(
                        "unindent does not match any outer indentation level",
                        "IndentationError",
                    ));
                }
                if alt != top_alt {
                    return Err(err(
                        "inconsistent use of tabs and spaces in indentation",
                        "TabError",
                    ));
                }
                if let Some((h, hl)) = header {
                    let msg = format!(
                        "expected an indented block after {} on line {}",
                        header_name(b, h),
                        hl
                    );
                    let mut e = err(&msg, "IndentationError");
                    if col == 0 {
                        // The header alone is the statement; the line after it runs.
                        e.line_start = line_start;
                        e.line = line;
                    }
                    return Err(e);
                }
                // A decorator line goes on with the `def` (or decorator) under it.
                if col == 0 && !continues_block(b, i) && b.get(pos) != Some(&b'@') {
                    return Ok((ll.end, ll.next, ll.next_line, None, false));
                }
            }
            pos = i;
            line = next_line;
            line_start = next;
        }
    }

    /// Scan the logical line whose code starts at `from` (on physical line `line`, which
    /// starts at `line_start`) to the newline that ends it outside brackets.
    fn logical(
        &self,
        from: usize,
        mut line: usize,
        mut line_start: usize,
    ) -> Result<LogicalEnd, LexError> {
        let b = self.b;
        let mut brackets: Vec<(usize, u8, usize, usize)> = Vec::new();
        let mut last = 0u8;
        // The last backslash continuation, while nothing but space follows it.
        let mut continued = None;
        let mut i = from;
        let err = |msg: String, at: usize, end: usize, line_start: usize, line: usize| LexError {
            err: PyErr::syntax(msg).at(Span::new(at, end)),
            line_start,
            line,
            to_end: false,
            open: None,
        };
        while i < b.len() {
            let c = b[i];
            match c {
                b' ' | b'\t' | b'\x0C' | b'\r' => {
                    i += 1;
                    continue;
                }
                b'#' => {
                    i = self.line_end(i);
                    continue;
                }
                b'\n' => {
                    if brackets.is_empty() {
                        return Ok(LogicalEnd {
                            end: i,
                            next: i + 1,
                            next_line: line + 1,
                            colon: last == b':',
                        });
                    }
                    i += 1;
                    line += 1;
                    line_start = i;
                    continue;
                }
                b'\\' => {
                    let after = match (b.get(i + 1), b.get(i + 2)) {
                        (Some(b'\n'), _) => i + 2,
                        (Some(b'\r'), Some(b'\n')) => i + 3,
                        (None, _) => {
                            let mut e = err(
                                "unexpected EOF while parsing".into(),
                                i,
                                i + 1,
                                line_start,
                                line,
                            );
                            e.open = Some(Open::Backslash);
                            return Err(e);
                        }
                        _ => {
                            return Err(err(
                                "unexpected character after line continuation character".into(),
                                i + 1,
                                i + 2,
                                line_start,
                                line,
                            ))
                        }
                    };
                    continued = Some(i);
                    i = after;
                    line += 1;
                    line_start = i;
                    continue;
                }
                b'\'' | b'"' => {
                    i = self.string(i, &mut line, &mut line_start)?;
                }
                b'(' | b'[' | b'{' => {
                    if brackets.len() >= MAX_BRACKETS {
                        return Err(err(
                            "too many nested parentheses".into(),
                            i,
                            i + 1,
                            line_start,
                            line,
                        ));
                    }
                    brackets.push((i, c, line, line_start));
                    i += 1;
                }
                b')' | b']' | b'}' => {
                    let Some((_, open, open_line, _)) = brackets.pop() else {
                        return Err(err(
                            format!("unmatched '{}'", c as char),
                            i,
                            i + 1,
                            line_start,
                            line,
                        ));
                    };
                    let expected = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if c != expected {
                        let on = if open_line != line {
                            format!(" on line {}", open_line)
                        } else {
                            String::new()
                        };
                        return Err(err(
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}'{}",
                                c as char, open as char, on
                            ),
                            i,
                            i + 1,
                            line_start,
                            line,
                        ));
                    }
                    i += 1;
                }
                0x80.. => {
                    let ch = self
                        .src
                        .get(i..)
                        .and_then(|t| t.chars().next())
                        .unwrap_or('\u{FFFD}');
                    if !(ch.is_alphanumeric() || ch == '_') {
                        let msg = if ch.is_whitespace() || ch.is_control() {
                            format!("invalid non-printable character U+{:04X}", ch as u32)
                        } else {
                            format!("invalid character '{}' (U+{:04X})", ch, ch as u32)
                        };
                        return Err(err(msg, i, i + ch.len_utf8(), line_start, line));
                    }
                    i += ch.len_utf8();
                }
                _ => i += 1,
            }
            last = c;
            continued = None;
        }
        if let Some(&(at, c, _, _)) = brackets.last() {
            // Scanning starts again after the first unclosed bracket's line.
            let (_, _, first_line, first_start) = brackets[0];
            let mut e = err(
                format!("'{}' was never closed", c as char),
                at,
                at + 1,
                first_start,
                first_line,
            );
            e.open = Some(Open::Bracket);
            return Err(e);
        }
        if let Some(at) = continued {
            let mut e = err(
                "unexpected EOF while parsing".into(),
                at,
                at + 1,
                line_start,
                line,
            );
            e.open = Some(Open::Backslash);
            return Err(e);
        }
        Ok(LogicalEnd {
            end: b.len(),
            next: b.len(),
            next_line: line,
            colon: last == b':',
        })
    }

    /// Scan the string literal whose opening quote is at `q`; returns the index after it.
    fn string(
        &self,
        q: usize,
        line: &mut usize,
        line_start: &mut usize,
    ) -> Result<usize, LexError> {
        let b = self.b;
        let c = b[q];
        let start = string_start(b, q);
        let triple = b.get(q + 1) == Some(&c) && b.get(q + 2) == Some(&c);
        let (first_line, first_start) = (*line, *line_start);
        let end = lexical::string_end(b, q);
        // The lines the literal spans (escaped line breaks included).
        let scanned = &b[q..end.unwrap_or_else(|e| e)];
        if let Some(last) = scanned.iter().rposition(|&c| c == b'\n') {
            *line += scanned.iter().filter(|&&c| c == b'\n').count();
            *line_start = q + last + 1;
        }
        match end {
            Ok(e) => Ok(e),
            Err(_) if triple => {
                // Python counts the text's lines; a final newline starts none.
                let detected = *line - usize::from(b.ends_with(b"\n"));
                Err(LexError {
                    err: PyErr::syntax(format!(
                        "unterminated triple-quoted string literal (detected at line {})",
                        detected
                    ))
                    .at(Span::new(start, q + 3)),
                    line_start: first_start,
                    line: first_line,
                    to_end: true,
                    open: Some(Open::TripleString),
                })
            }
            Err(_) => Err(LexError {
                err: PyErr::syntax(format!(
                    "unterminated string literal (detected at line {})",
                    *line
                ))
                .at(Span::new(start, q + 1)),
                line_start: *line_start,
                line: *line,
                to_end: false,
                open: None,
            }),
        }
    }
}

/// One logical line of a statement: its code's byte range, its indentation column and its
/// 1-based line number.
#[derive(Clone, Copy, Debug)]
pub struct LogicalLine {
    pub start: usize,
    pub end: usize,
    pub col: usize,
    pub line: usize,
}

/// `end` moved back over the carriage returns before it (no further than `start`).
fn trim_cr(b: &[u8], start: usize, mut end: usize) -> usize {
    while end > start && b[end - 1] == b'\r' {
        end -= 1;
    }
    end
}

/// The logical lines of the statement `chunk` (one the tokenizer accepted), blank and
/// comment-only lines left out.
pub fn logical_lines(src: &str, chunk: &Chunk) -> Vec<LogicalLine> {
    if let Some(l) = chunk.single {
        return vec![l];
    }
    let end = chunk.end.min(src.len());
    let s = Statements {
        src: &src[..end],
        b: &src.as_bytes()[..end],
        pos: chunk.start,
        line: chunk.line,
    };
    let mut out = Vec::new();
    let (mut pos, mut line) = (chunk.start, chunk.line);
    while pos < end {
        let (i, col, _) = indentation(s.b, pos);
        if no_code(s.b, i) {
            let e = s.line_end(pos);
            pos = e + 1;
            line += 1;
            continue;
        }
        let Ok(ll) = s.logical(i, line, pos) else {
            break;
        };
        out.push(LogicalLine {
            start: i,
            end: trim_cr(s.b, i, ll.end),
            col,
            line,
        });
        pos = ll.next;
        line = ll.next_line;
    }
    out
}
