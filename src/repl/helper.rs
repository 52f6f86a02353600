//! rustyline helper: completion, syntax highlighting and Enter-continues-unfinished-input.

use crate::syntax::lexical::KEYWORDS;
use crate::Session;
use owo_colors::OwoColorize;
use rustyline::completion::{Completer, Pair};
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::{Context, Helper};
use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

pub struct ArrshHelper {
    session: Rc<RefCell<Session>>,
    color: bool,
}

impl ArrshHelper {
    pub fn new(session: Rc<RefCell<Session>>, color: bool) -> Self {
        ArrshHelper { session, color }
    }
}

impl Helper for ArrshHelper {}

/// The live view/copy hint: shown dim after the cursor, never accepted as text (its
/// `completion` is None, so Right-arrow moves the cursor and nothing else).
pub struct LayoutHint(String);

impl rustyline::hint::Hint for LayoutHint {
    fn display(&self) -> &str {
        &self.0
    }
    fn completion(&self) -> Option<&str> {
        None
    }
}

impl Hinter for ArrshHelper {
    type Hint = LayoutHint;

    /// Only with the cursor at the end of the line; decided from the parsed line and the
    /// layout of arrays already bound, never by evaluating anything.
    fn hint(&self, line: &str, pos: usize, _ctx: &Context<'_>) -> Option<LayoutHint> {
        if pos < line.len() {
            return None;
        }
        let s = self.session.try_borrow().ok()?;
        crate::teach::hint::hint(s.interp(), line).map(LayoutHint)
    }
}

impl Completer for ArrshHelper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let before = &line[..pos];
        let start = before
            .char_indices()
            .rev()
            .find(|(_, c)| !(c.is_alphanumeric() || *c == '_' || *c == '.'))
            .map(|(i, c)| i + c.len_utf8())
            .unwrap_or(0);
        let word = &before[start..];
        let mut cands = match self.session.try_borrow_mut() {
            Ok(mut s) => s.completions(word),
            Err(_) => vec![],
        };
        // Inside an open call, also offer that function's keyword argument names.
        if let Some(callee) = super::complete::open_call(&before[..start]) {
            if !word.contains('.') && !word.is_empty() {
                cands.extend(super::complete::kwarg_candidates(callee, word));
            }
        }
        let pairs = cands
            .into_iter()
            .map(|c| Pair {
                display: c.clone(),
                replacement: c,
            })
            .collect();
        Ok((start, pairs))
    }
}

/// Every Enter submits its line: the REPL loop itself keeps reading `... ` lines while the
/// statement is unfinished, so continuation lines get Python's prompt.
impl Validator for ArrshHelper {}

/// Colour numbers, strings, keywords and unmatched brackets.
pub fn highlight_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() * 2);
    let chars: Vec<char> = line.chars().collect();
    let mut stack: Vec<usize> = Vec::new();
    let mut unmatched = vec![false; chars.len()];
    let mut in_str: Option<char> = None;
    for (i, &c) in chars.iter().enumerate() {
        if let Some(q) = in_str {
            if c == q {
                in_str = None;
            }
            continue;
        }
        match c {
            '\'' | '"' => in_str = Some(c),
            '(' | '[' | '{' => stack.push(i),
            ')' | ']' | '}' if stack.pop().is_none() => {
                unmatched[i] = true;
            }
            _ => {}
        }
    }
    for i in stack {
        unmatched[i] = true;
    }
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '#' {
            let rest: String = chars[i..].iter().collect();
            out.push_str(&rest.bright_black().to_string());
            break;
        }
        if c == '\'' || c == '"' {
            let mut j = i + 1;
            while j < chars.len() && chars[j] != c {
                j += 1;
            }
            let s: String = chars[i..(j + 1).min(chars.len())].iter().collect();
            out.push_str(&s.green().to_string());
            i = j + 1;
            continue;
        }
        if c.is_ascii_digit()
            && (i == 0 || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '_'))
        {
            let mut j = i;
            while j < chars.len()
                && (chars[j].is_ascii_alphanumeric() || chars[j] == '.' || chars[j] == '_')
            {
                j += 1;
            }
            let s: String = chars[i..j].iter().collect();
            out.push_str(&s.cyan().to_string());
            i = j;
            continue;
        }
        if c.is_alphabetic() || c == '_' {
            let mut j = i;
            while j < chars.len() && (chars[j].is_alphanumeric() || chars[j] == '_') {
                j += 1;
            }
            let s: String = chars[i..j].iter().collect();
            let kw = KEYWORDS.contains(&s.as_str());
            out.push_str(&if kw { s.magenta().to_string() } else { s });
            i = j;
            continue;
        }
        if unmatched[i] {
            out.push_str(&c.to_string().on_red().to_string());
        } else {
            out.push(c);
        }
        i += 1;
    }
    out
}

impl Highlighter for ArrshHelper {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        if self.color {
            Cow::Owned(highlight_line(line))
        } else {
            Cow::Borrowed(line)
        }
    }

    fn highlight_char(&self, _line: &str, _pos: usize, _kind: CmdKind) -> bool {
        self.color
    }

    fn highlight_hint<'h>(&self, hint: &'h str) -> Cow<'h, str> {
        if self.color {
            Cow::Owned(format!("\x1b[2m{}\x1b[0m", hint))
        } else {
            Cow::Borrowed(hint)
        }
    }
}
