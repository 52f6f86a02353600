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
//! at the bottom. `format` prints values, so it imports `value` and `array`; `value` in
//! turn holds the `np` namespace's objects behind `value::host::Host` and reaches the
//! printer's `repr` and the ufunc table only through `value::hooks`, which the interpreter
//! installs. `teach` sees the interpreter only through `teach::magic::{Shell, Names}`.

#![deny(unsafe_code)]

// pest without its `std` feature (see Cargo.toml) generates code that names `alloc`.
extern crate alloc;

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
use syntax::tokenize;
use value::Value;

/// What one logical line produced.
#[derive(Debug, Default, Clone)]
pub struct LineResult {
    /// The logical line's source text, exactly as written.
    pub source: String,
    /// 1-based line number of its first line in the whole source.
    pub line: usize,
    pub stdout: String,
    pub warnings: Vec<Warning>,
    /// Other lines for standard error (where `show` saved a picture).
    pub notes: Vec<String>,
    pub error: Option<PyErr>,
    /// For a broadcasting or indexing error: (byte offset, shape) of each operand, to
    /// print under the caret in scripts and at the prompt (never in transcripts).
    pub error_shapes: Vec<(usize, String)>,
    /// What the line did to memory, when explain mode (or a trace) watched it.
    pub explained: Option<Explained>,
}

/// A warning as Python's `warnings` module shows it: `file:line: Category: message`, then
/// the source line when the file can be read.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Warning {
    /// 1-based line of the statement that was running when it was raised.
    pub line: usize,
    /// `RuntimeWarning: divide by zero encountered in log`.
    pub text: String,
    /// That statement's first line without its indentation.
    pub source: String,
}

impl Warning {
    /// The lines for standard error; `filename` names a readable file unless it is a
    /// pseudo-name such as `<stdin>` or `<string>` (then, as in Python, no source line).
    pub fn render(&self, filename: &str) -> String {
        let mut out = format!("{}:{}: {}", filename, self.line, self.text);
        if !filename.starts_with('<') && !self.source.is_empty() {
            out.push_str("\n  ");
            out.push_str(&self.source);
        }
        out
    }
}

/// Explain mode's account of one logical line: the facts and their human wording.
#[derive(Debug, Default, Clone)]
pub struct Explained {
    pub report: teach::facts::Report,
    /// One line per effect, without indentation or colour.
    pub lines: Vec<String>,
}

/// What CPython does with an uncaught `SystemExit`: its code (the one argument) None is
/// status 0, an int is the status (its C `long` modulo 256, as the OS keeps it; an int past
/// a `long` is -1, so 255), anything else is printed to standard error with status 1.
fn exit_status(e: &PyErr) -> (u8, Option<String>) {
    let args = value::exc::args(e);
    match args.as_slice() {
        [] | [Value::None] => (0, None),
        [Value::Int(i)] => (i64::try_from(*i).map_or(255, |l| l as u8), None),
        [Value::BigInt(_)] => (255, None),
        [Value::Bool(b)] => (*b as u8, None),
        [one] => (1, Some(format::str_of(one))),
        many => (1, Some(format::str_of(&Value::tuple(many.to_vec())))),
    }
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
    /// The status a `SystemExit` (`sys.exit`, `exit()`) asked the process to end with.
    exit_status: Option<u8>,
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
        teach::reset();
        Session {
            interp: Interp::new(),
            exit_status: None,
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

    /// The exit status a `SystemExit` asked for, once one ended a run: the caller ends the
    /// program (or the interactive session) with it.
    pub fn exit_status(&self) -> Option<u8> {
        self.exit_status
    }

    /// Run every statement of `src`, calling `each` with its result right after it ran
    /// (so output appears as the program goes). Stops after the first error unless
    /// `keep_going`. Returns false if any line failed.
    pub fn run(&mut self, src: &str, keep_going: bool, mut each: impl FnMut(&LineResult)) -> bool {
        let mut ok = true;
        let mut warned = std::collections::HashSet::new();
        for chunk in tokenize::statements(src) {
            let text = &src[chunk.start..chunk.end];
            teach::history::record(text);
            let mut r = LineResult {
                source: text.to_string(),
                line: chunk.line,
                ..Default::default()
            };
            let parsed = if interrupt::pending() && interrupt::take() {
                // Ctrl-C between two lines of a script stops it before the next one.
                Err(PyErr::keyboard_interrupt(""))
            } else if let Some(e) = chunk.error {
                // A lexical error: the grammar never sees the statement.
                Err(e)
            } else {
                syntax::blocks::parse(src, &chunk)
            };
            // Facts are only gathered while someone watches: with explain mode and traces
            // off a line costs a counter read and three thread-local accesses more.
            teach::mem::line_started();
            let explaining = teach::explain::explaining();
            let before =
                teach::watching().then(|| teach::facts::Snapshot::take(&self.interp, true));
            let stmts = match parsed {
                Err(e) => {
                    r.error = Some(e);
                    Vec::new()
                }
                Ok(stmts) => {
                    for st in &stmts {
                        if let Err(e) = self.interp.exec(st, true) {
                            r.error = Some(e);
                            break;
                        }
                    }
                    stmts
                }
            };
            if let Some(e) = &r.error {
                // Read off the failed statement's operands (nothing is evaluated again).
                r.error_shapes = teach::error_shapes::operand_shapes(e, &stmts, &self.interp);
            }
            if let Some(before) = before {
                r.explained = Some(self.explain(&before, &stmts, src, text.trim(), explaining));
            }
            r.stdout = std::mem::take(&mut self.interp.out);
            for (span, text) in std::mem::take(&mut self.interp.warnings) {
                let at = span.map_or(chunk.start, |s| s.start.min(src.len()));
                let line = line_of(src, at);
                // Python's default filter: each warning once per line of the run.
                if warned.insert((line, text.clone())) {
                    let start = src[..at].rfind('\n').map_or(0, |i| i + 1);
                    let end = src[at..].find('\n').map_or(src.len(), |i| at + i);
                    let source = src[start..end].trim().to_string();
                    r.warnings.push(Warning { line, text, source });
                }
            }
            r.notes = std::mem::take(&mut self.interp.notes);
            if r.error
                .as_ref()
                .is_some_and(|e| e.class == "KeyboardInterrupt")
            {
                r.notes
                    .extend(teach::partial_writes::note(&stmts, &self.interp));
            }
            if let Some(e) = r.error.take_if(|e| e.class == "SystemExit") {
                // Not an error to report: the program asked to end, as CPython's
                // `SystemExit` handler does: None is status 0, an int is the status, any
                // other value is printed to standard error and the status is 1.
                let (status, text) = exit_status(&e);
                r.notes.extend(text);
                self.exit_status = Some(status);
                each(&r);
                break;
            }
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

    /// Derive what the statements just run did, from the snapshot taken before them.
    fn explain(
        &mut self,
        before: &teach::facts::Snapshot,
        stmts: &[syntax::ast::Statement],
        src: &str,
        text: &str,
        explaining: bool,
    ) -> Explained {
        let report = teach::facts::derive(&self.interp, before, &|name, kind, a| {
            teach::explain::why_in(stmts, name, kind, a)
        });
        let text_of =
            |e: &syntax::ast::Expr| src.get(e.span.start..e.span.end).unwrap_or("").to_string();
        // Only explain mode prints lines; a trace alone prints its own.
        let lines = if explaining {
            teach::explain::lines(&report, stmts, &text_of)
        } else {
            Vec::new()
        };
        teach::trace::after_statement(&mut self.interp, before, &report, stmts, text);
        Explained { report, lines }
    }

    /// Turn explain mode on or off (`--explain`; `%explain on|off` at the prompt).
    pub fn set_explain(&mut self, on: bool) {
        teach::explain::set_explain(on);
    }

    /// Is `src` an unfinished statement (open bracket, open triple-quoted string, trailing
    /// backslash, a block not yet ended by an empty line)? The REPL keeps reading lines
    /// while this holds.
    pub fn is_incomplete(src: &str) -> bool {
        tokenize::is_incomplete(src)
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

/// The error block for scripts: the Python last line, then where it happened with a caret
/// — the top-level statement's place, then each function call the error came out of,
/// outermost first, as Python's traceback lists them.
pub fn describe_error(err: &PyErr, src: &str, filename: &str) -> String {
    let mut out = format!("{}\n", err);
    if let Some(span) = err.span {
        out.push_str(&place(src, filename, span, None));
    }
    for (span, name) in err.trace.iter().rev() {
        out.push_str(&place(src, filename, *span, Some(name)));
    }
    out
}

/// `  File "f", line 3, column 5` (or `, in f` inside function `f`), the source line and a
/// caret under the span.
fn place(src: &str, filename: &str, Span { start, end }: Span, function: Option<&str>) -> String {
    // A span that ends inside a character (any producer's off-by-bytes) still prints.
    let mut start = start.min(src.len());
    while !src.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = end.min(src.len());
    while !src.is_char_boundary(end) {
        end += 1;
    }
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
    let at = match function {
        Some(f) => format!("in {}", f),
        None => format!("column {}", col),
    };
    // Python shows the line without its indentation.
    let indent = line.chars().take_while(|c| c.is_whitespace()).count();
    format!(
        "  File \"{}\", line {}, {}\n    {}\n    {}{}\n",
        filename,
        line_of(src, start),
        at,
        line.trim_start(),
        " ".repeat((col - 1).saturating_sub(indent)),
        "^".repeat(width)
    )
}

/// [`describe_error`] with each operand's shape under the caret (`shapes` from
/// [`LineResult::error_shapes`]; empty for a transcript, which keeps NumPy's exact text).
pub fn describe_error_with_shapes(
    err: &PyErr,
    src: &str,
    filename: &str,
    shapes: &[(usize, String)],
) -> String {
    let mut out = describe_error(err, src, filename);
    if err.span.is_some() {
        out.push_str(&teach::error_shapes::shape_lines(src, shapes));
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

/// Explain mode's lines as printed: indented under the statement, dim on a terminal.
pub fn explain_text(lines: &[String], color: bool) -> String {
    let mut out = String::new();
    for l in lines {
        if color {
            out.push_str(&format!("    \x1b[2m{}\x1b[0m\n", l));
        } else {
            out.push_str(&format!("    {}\n", l));
        }
    }
    out
}
