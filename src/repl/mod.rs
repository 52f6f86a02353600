//! The interactive shell on rustyline: `>>> `/`... ` prompts, history in the user's data
//! directory, completion, highlighting, multi-line input, Ctrl-C and Ctrl-D.

pub mod complete;
mod helper;

use crate::Session;
use rustyline::error::ReadlineError;
use rustyline::{Config, Editor};
use std::io::Write;

fn history_path() -> Option<std::path::PathBuf> {
    let dir = dirs::data_dir()?.join("arrsh");
    std::fs::create_dir_all(&dir).ok()?;
    Some(dir.join("history"))
}

/// Run the REPL until Ctrl-D. Errors never end the session.
pub fn run(color: bool) -> anyhow::Result<()> {
    let config = Config::builder()
        .auto_add_history(false)
        .completion_type(rustyline::CompletionType::List)
        .build();
    let session = std::rc::Rc::new(std::cell::RefCell::new(Session::new()));
    let mut rl: Editor<helper::ArrshHelper, rustyline::history::DefaultHistory> =
        Editor::with_config(config)?;
    rl.set_helper(Some(helper::ArrshHelper::new(session.clone(), color)));
    let hist = history_path();
    if let Some(h) = &hist {
        let _ = rl.load_history(h);
    }
    println!(
        "arrsh {} — NumPy 2.4.6 semantics. Ctrl-D to leave.",
        env!("CARGO_PKG_VERSION")
    );
    loop {
        match rl.readline(">>> ") {
            Ok(line) => {
                if line.trim().is_empty() {
                    continue;
                }
                let _ = rl.add_history_entry(line.as_str());
                let mut s = session.borrow_mut();
                s.run(&line, true, |r| {
                    print!("{}", r.stdout);
                    let _ = std::io::stdout().flush();
                    for w in &r.warnings {
                        eprintln!("<stdin>:{}: {}", r.line, w);
                    }
                    if let Some(e) = &r.error {
                        let text = crate::describe_error(e, &line, "<stdin>");
                        let first = text.lines().next().unwrap_or("");
                        if color {
                            use owo_colors::OwoColorize;
                            eprintln!("{}", first.red());
                        } else {
                            eprintln!("{}", first);
                        }
                        for l in text.lines().skip(1) {
                            eprintln!("{}", l);
                        }
                    }
                });
            }
            Err(ReadlineError::Interrupted) => {
                println!("KeyboardInterrupt");
                continue;
            }
            Err(ReadlineError::Eof) => break,
            Err(e) => return Err(e.into()),
        }
    }
    if let Some(h) = &hist {
        let _ = rl.save_history(h);
    }
    Ok(())
}
