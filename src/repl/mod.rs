//! The interactive shell on rustyline: `>>> `/`... ` prompts, history in the user's data
//! directory, completion, highlighting, multi-line input, Ctrl-C and Ctrl-D.

pub mod complete;
mod helper;

use crate::Session;
use owo_colors::OwoColorize;
use rustyline::error::ReadlineError;
use rustyline::history::DefaultHistory;
use rustyline::{Config, Editor};
use std::cell::RefCell;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::rc::Rc;

/// `$XDG_DATA_HOME/arrsh/history` (or the platform's data directory), created on demand.
pub fn history_path() -> Option<PathBuf> {
    let dir = dirs::data_dir()?.join("arrsh");
    std::fs::create_dir_all(&dir).ok()?;
    Some(dir.join("history"))
}

/// What reading one statement ended with.
enum Input {
    Statement(String),
    Interrupted,
    Eof,
}

/// The indentation to type for the next `... ` line: the last line's, one level deeper
/// after a line that opens a block (ends in `:`), as IPython does.
fn next_indent(buf: &str) -> String {
    let last = buf.rsplit('\n').next().unwrap_or("");
    let indent: String = last
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect();
    let code = last.split('#').next().unwrap_or("").trim_end();
    if code.ends_with(':') {
        format!("{}    ", indent)
    } else {
        indent
    }
}

/// Read one whole statement: a `>>> ` line, then `... ` lines while brackets, a string, a
/// backslash or a block leave it unfinished (Python's prompt rules, so the prompts can be
/// seen); a block ends at an empty line, and each of its lines starts with the block's
/// indentation already typed.
fn read_statement(
    rl: &mut Editor<helper::ArrshHelper, DefaultHistory>,
) -> rustyline::Result<Input> {
    let mut buf = String::new();
    let mut prompt = ">>> ";
    loop {
        let indent = if buf.is_empty() {
            String::new()
        } else {
            next_indent(&buf)
        };
        match rl.readline_with_initial(prompt, (&indent, "")) {
            Ok(line) => {
                if !buf.is_empty() {
                    buf.push('\n');
                }
                buf.push_str(&line);
                if !Session::is_incomplete(&buf) {
                    return Ok(Input::Statement(buf));
                }
                prompt = "... ";
            }
            Err(ReadlineError::Interrupted) => return Ok(Input::Interrupted),
            Err(ReadlineError::Eof) => return Ok(Input::Eof),
            Err(e) => return Err(e),
        }
    }
}

/// Run one statement typed at the prompt, printing its output, warnings and error.
/// Returns false when it asked to leave (`exit()`, `sys.exit()`).
fn run_statement(session: &RefCell<Session>, src: &str, color: bool) -> bool {
    let mut s = session.borrow_mut();
    // A Ctrl-C that landed after the previous statement finished is not for this one.
    crate::interrupt::take();
    s.run(src, true, |r| {
        print!("{}", r.stdout);
        if let Some(ex) = &r.explained {
            print!("{}", crate::explain_text(&ex.lines, color));
        }
        let _ = std::io::stdout().flush();
        for w in &r.warnings {
            eprintln!("{}", w.render("<stdin>"));
        }
        for n in &r.notes {
            eprintln!("{}", n);
        }
        if let Some(e) = &r.error {
            let text = crate::describe_error_with_shapes(e, src, "<stdin>", &r.error_shapes);
            let mut lines = text.lines();
            let first = lines.next().unwrap_or("");
            if color {
                eprintln!("{}", first.red());
            } else {
                eprintln!("{}", first);
            }
            for l in lines {
                eprintln!("{}", l);
            }
        }
    });
    s.exit_status().is_none()
}

/// Run the REPL until Ctrl-D. Errors never end the session or lose a variable.
pub fn run(color: bool) -> anyhow::Result<()> {
    let config = Config::builder()
        .auto_add_history(false)
        .history_ignore_dups(true)?
        .max_history_size(10_000)?
        .completion_type(rustyline::CompletionType::List)
        .build();
    let mut fresh = Session::new();
    fresh.set_terminal(std::io::stdout().is_terminal());
    let session = Rc::new(RefCell::new(fresh));
    crate::teach::mem::set_color(color);
    let mut rl: Editor<helper::ArrshHelper, DefaultHistory> = Editor::with_config(config)?;
    rl.set_helper(Some(helper::ArrshHelper::new(session.clone(), color)));
    let hist = history_path();
    if let Some(h) = &hist {
        // A missing or unreadable history file just means starting without one.
        let _ = rl.load_history(h);
    }
    println!(
        "arrsh {} — NumPy 2.4.6 semantics. Ctrl-D to leave.",
        env!("CARGO_PKG_VERSION")
    );
    loop {
        // Waiting for a person: memory kept for reuse goes back to the system.
        crate::array::pool::release_all();
        match read_statement(&mut rl)? {
            Input::Statement(src) => {
                if src.trim().is_empty() {
                    continue;
                }
                let _ = rl.add_history_entry(src.as_str());
                if let Some(h) = &hist {
                    // Saved as we go, so a killed session keeps its history.
                    let _ = rl.append_history(h);
                }
                // IPython leaves on a bare `exit` or `quit` as on `exit()`.
                if matches!(src.trim(), "exit" | "quit") || !run_statement(&session, &src, color) {
                    break;
                }
            }
            Input::Interrupted => println!("KeyboardInterrupt"),
            Input::Eof => break,
        }
    }
    Ok(())
}
