//! arrsh: an interactive array shell that speaks NumPy.
//!
//! A [`Session`] runs source text (lines typed at the prompt, lesson files, `-c` code) and
//! reports what each logical line printed, warned and raised, so the command line, the REPL
//! and the doctest checker share one engine.
//!
//! The modules follow the pipeline: `syntax` (source to tree) → `eval` (the interpreter) →
//! `value` (the runtime's vocabulary) → `numpy` (the `np` namespace, which sees the session
//! only through `numpy::context::Context`) → `array` (the array runtime) → `format` (text
//! for values); `repl`, `teach` and the command line sit on top, `error` and `interrupt`
//! at the bottom.

#![deny(unsafe_code)]

pub mod array;
pub mod doctest;
pub mod error;
pub mod eval;
pub mod format;
pub mod interrupt;
pub mod numpy;
pub mod repl;
pub mod syntax;
pub mod teach;
pub mod value;

use error::{PyErr, Span};
use eval::interp::Interp;
use syntax::lines;

/// What one logical line produced.
#[derive(Debug, Default, Clone)]
pub struct LineResult {
    /// The logical line's source text, exactly as written.
    pub source: String,
    /// 1-based line number of its first line in the whole source.
    pub line: usize,
    pub stdout: String,
    pub warnings: Vec<String>,
    /// Other lines for standard error (where `show` saved a picture).
    pub notes: Vec<String>,
    pub error: Option<PyErr>,
}

/// One interpreter with its variables, kept across runs (as the REPL does).
///
/// ```
/// let mut session = arrsh::Session::new();
/// let mut out = String::new();
/// let ok = session.run("x = np.arange(4)\ny = x[::-1]\ny.base is x; y", false, |r| {
///     out.push_str(&r.stdout)
/// });
/// assert!(ok);
/// assert_eq!(out, "True\narray([3, 2, 1, 0])\n");
/// ```
pub struct Session {
    interp: Interp,
}

impl Default for Session {
    fn default() -> Self {
        Session::new()
    }
}

impl Session {
    pub fn new() -> Session {
        // Print options are global to the thread, as NumPy's are to the process; a new
        // session starts from NumPy's defaults.
        format::set_options(format::arrayprint::PrintOptions::default());
        Session {
            interp: Interp::new(),
        }
    }

    /// Say whether the output goes to a terminal (where `show` draws pictures); a new
    /// session assumes it does not.
    pub fn set_terminal(&mut self, terminal: bool) {
        self.interp.terminal = terminal;
    }

    pub fn interp(&self) -> &Interp {
        &self.interp
    }

    /// Run every logical line of `src`, calling `each` with its result right after it ran
    /// (so output appears as the program goes). Stops after the first error unless
    /// `keep_going`. Returns false if any line failed.
    pub fn run(&mut self, src: &str, keep_going: bool, mut each: impl FnMut(&LineResult)) -> bool {
        let (chunks, incomplete) = lines::split(src);
        let mut ok = true;
        if incomplete {
            // Report the unclosed bracket before running anything, as Python does.
            if let Err(e) = syntax::parser::parse_program(src) {
                let chunk = chunks.last().copied().unwrap_or(lines::Chunk {
                    start: 0,
                    end: src.len(),
                });
                let r = LineResult {
                    source: src[chunk.start..chunk.end].to_string(),
                    line: line_of(src, chunk.start),
                    error: Some(e),
                    ..Default::default()
                };
                each(&r);
                return false;
            }
        }
        // Line numbers are counted incrementally: one pass over the source, not one per line.
        let (mut line, mut counted) = (1, 0);
        for chunk in chunks {
            let text = &src[chunk.start..chunk.end];
            line += src.as_bytes()[counted..chunk.start]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            counted = chunk.start;
            let mut r = LineResult {
                source: text.to_string(),
                line,
                ..Default::default()
            };
            let parsed = if interrupt::pending() && interrupt::take() {
                // Ctrl-C between two lines of a script stops it before the next one.
                Err(PyErr::keyboard_interrupt(""))
            } else {
                syntax::parser::parse_line(text, chunk.start)
            };
            match parsed {
                Err(e) => r.error = Some(e),
                Ok(stmts) => {
                    for st in &stmts {
                        if let Err(e) = self.interp.exec(st, true) {
                            r.error = Some(e);
                            break;
                        }
                    }
                }
            }
            r.stdout = std::mem::take(&mut self.interp.out);
            r.warnings = std::mem::take(&mut self.interp.warnings);
            r.notes = std::mem::take(&mut self.interp.notes);
            let failed = r.error.is_some();
            each(&r);
            if failed {
                ok = false;
                if !keep_going {
                    break;
                }
            }
        }
        ok
    }

    /// Is `src` an unfinished statement (open bracket, trailing backslash)? The REPL keeps
    /// reading lines while this holds.
    pub fn is_incomplete(src: &str) -> bool {
        lines::split(src).1
    }

    /// Names for tab completion after `prefix` (a dotted expression like `np.ara` or `x.sh`).
    pub fn completions(&mut self, prefix: &str) -> Vec<String> {
        repl::complete::candidates(&mut self.interp, prefix)
    }
}

/// 1-based line number of a byte offset.
pub fn line_of(src: &str, offset: usize) -> usize {
    src[..offset.min(src.len())]
        .bytes()
        .filter(|&b| b == b'\n')
        .count()
        + 1
}

/// The error block for scripts: the Python last line, then where it happened with a caret.
pub fn describe_error(err: &PyErr, src: &str, filename: &str) -> String {
    let mut out = format!("{}\n", err);
    if let Some(Span { start, end }) = err.span {
        let start = start.min(src.len());
        let line_start = src[..start].rfind('\n').map(|i| i + 1).unwrap_or(0);
        let line_end = src[start..]
            .find('\n')
            .map(|i| start + i)
            .unwrap_or(src.len());
        let line = &src[line_start..line_end];
        let col = src[line_start..start].chars().count() + 1;
        let width = src[start..end.clamp(start, line_end)]
            .chars()
            .count()
            .max(1);
        out.push_str(&format!(
            "  File \"{}\", line {}, column {}\n",
            filename,
            line_of(src, start),
            col
        ));
        out.push_str(&format!("    {}\n", line));
        out.push_str(&format!(
            "    {}{}\n",
            " ".repeat(col - 1),
            "^".repeat(width)
        ));
    }
    out
}

/// Prefix a logical line's source with `>>> ` and `... ` as a transcript shows it.
pub fn echo_source(source: &str) -> String {
    let mut out = String::new();
    for (i, l) in source.split('\n').enumerate() {
        out.push_str(if i == 0 { ">>> " } else { "... " });
        out.push_str(l.trim_end_matches('\r'));
        out.push('\n');
    }
    out
}
