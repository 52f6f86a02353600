//! The session's input history, numbered from 1 as IPython numbers its cells: `%history`
//! lists it and `%save FILE [ranges]` writes it out as a lesson that runs back to the same
//! state (magic lines included: a lesson may contain them). Each statement the session runs
//! is one entry, recorded before it runs, so `%history` lists itself as IPython's does.

use super::magic::Shell;
use crate::error::{PyErr, PyResult};
use std::cell::RefCell;

thread_local! {
    static INPUTS: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// Remember one statement's source (trailing blanks dropped; empty ones are not entries).
pub fn record(text: &str) {
    let text = text.trim_end();
    if !text.trim().is_empty() {
        INPUTS.with(|h| h.borrow_mut().push(text.to_string()));
    }
}

/// A new session starts with no history.
pub fn reset() {
    INPUTS.with(|h| h.borrow_mut().clear());
}

/// The options shared by `%history` and `%save`, and the words that are not options.
struct Args<'a> {
    numbered: bool,
    force: bool,
    last: Option<usize>,
    words: Vec<&'a str>,
}

fn usage(msg: impl Into<String>) -> PyErr {
    PyErr::new("UsageError", msg)
}

fn parse_args<'a>(magic: &str, rest: &'a str, allowed: &str) -> PyResult<Args<'a>> {
    let mut a = Args {
        numbered: false,
        force: false,
        last: None,
        words: Vec::new(),
    };
    let mut toks = rest.split_whitespace().peekable();
    while let Some(t) = toks.next() {
        let flag = match t.strip_prefix('-') {
            Some(f) if !f.is_empty() && !f.starts_with(|c: char| c.is_ascii_digit()) => f,
            _ => {
                a.words.push(t);
                continue;
            }
        };
        if !allowed.contains(flag) || flag.len() != 1 {
            return Err(usage(format!(
                "option -{} not recognized by %{}",
                flag, magic
            )));
        }
        match flag {
            "n" => a.numbered = true,
            "f" => a.force = true,
            // `-l [N]`: the last N entries before this one (IPython's default is 10).
            _ => {
                let n = toks.peek().and_then(|w| w.parse::<usize>().ok());
                if n.is_some() {
                    toks.next();
                }
                a.last = Some(n.unwrap_or(10));
            }
        }
    }
    Ok(a)
}

/// Entry numbers (1-based) selected by IPython's range words: `N`, `N-M` (inclusive) and
/// `N:M` (M excluded). Words that are not ranges select nothing, as in IPython.
fn select(words: &[&str], len: usize) -> Vec<usize> {
    let mut out = Vec::new();
    for w in words {
        let (lo, hi) = if let Some((a, b)) = w.split_once('-') {
            match (a.parse::<usize>(), b.parse::<usize>()) {
                (Ok(a), Ok(b)) => (a, b),
                _ => continue,
            }
        } else if let Some((a, b)) = w.split_once(':') {
            match (a.parse::<usize>(), b.parse::<usize>()) {
                (Ok(a), Ok(b)) if b > 0 => (a, b - 1),
                _ => continue,
            }
        } else {
            match w.parse::<usize>() {
                Ok(n) => (n, n),
                Err(_) => continue,
            }
        };
        out.extend(lo.max(1)..=hi.min(len));
    }
    out
}

fn entries(numbers: &[usize]) -> Vec<(usize, String)> {
    INPUTS.with(|h| {
        let h = h.borrow();
        numbers
            .iter()
            .filter_map(|n| h.get(n - 1).map(|t| (*n, t.clone())))
            .collect()
    })
}

fn len() -> usize {
    INPUTS.with(|h| h.borrow().len())
}

/// The numbers `%history`/`%save` act on: the ranges given, else the last N with `-l N`,
/// else every entry up to `upto`.
fn chosen(a: &Args, words: &[&str], upto: usize) -> Vec<usize> {
    if !words.is_empty() {
        select(words, len())
    } else if let Some(n) = a.last {
        // The entry running now is not one of "the last N" (IPython reads them from its
        // database, which has not stored the current cell yet).
        let before = len().saturating_sub(1);
        (before.saturating_sub(n) + 1..=before).collect()
    } else {
        (1..=upto).collect()
    }
}

/// `%history [-n] [-l [N]] [ranges]`: the session's statements, numbered with `-n` as
/// IPython prints them (`   2: x = 1`; a multi-line entry starts on the next line).
pub fn history(it: &mut dyn Shell, rest: &str) -> PyResult<()> {
    let a = parse_args("history", rest, "nl")?;
    let mut text = String::new();
    for (n, src) in entries(&chosen(&a, &a.words, len())) {
        if a.numbered {
            let sep = if src.contains('\n') { "\n" } else { " " };
            text.push_str(&format!("{:>4}:{}", n, sep));
        }
        text.push_str(&src);
        text.push('\n');
    }
    it.print(&text);
    Ok(())
}

/// `%save [-f] FILE [ranges]`: write the chosen statements (all before this one when no
/// range is given) to FILE, `.arr` added when it has no `.arr` or `.py` suffix, through a
/// temporary file renamed into place. An existing file is kept unless `-f` is given: IPython
/// asks at its prompt, which a magic running inside a statement cannot.
pub fn save(it: &mut dyn Shell, rest: &str) -> PyResult<()> {
    let a = parse_args("save", rest, "f")?;
    let Some((name, ranges)) = a.words.split_first() else {
        return Err(usage("Missing filename."));
    };
    let path = if name.ends_with(".arr") || name.ends_with(".py") {
        name.to_string()
    } else {
        format!("{}.arr", name)
    };
    let chosen = entries(&chosen(&a, ranges, len().saturating_sub(1)));
    if chosen.is_empty() {
        return Err(usage(format!(
            "no statements of this session's history are in '{}'",
            ranges.join(" ")
        )));
    }
    if !a.force && std::path::Path::new(&path).exists() {
        return Err(usage(format!(
            "File `{}` exists; use %save -f to overwrite it.",
            path
        )));
    }
    let mut body = String::new();
    for (_, src) in &chosen {
        body.push_str(src);
        body.push('\n');
    }
    use std::io::Write;
    let io = crate::numpy::io::npy::io_err;
    crate::numpy::io::npy::save_atomically(std::path::Path::new(&path), |w| {
        w.write_all(body.as_bytes()).map_err(io)
    })?;
    it.print(&format!(
        "The following commands were written to file `{}`:\n{}",
        path, body
    ));
    Ok(())
}
