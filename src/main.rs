//! The `arrsh` command line: the REPL, lesson files, `-c`, standard input, `--echo`,
//! `--keep-going` and `--doctest`.
#![forbid(unsafe_code)]

use arrsh::{echo_source, LineResult, Session};
use clap::Parser;
use owo_colors::OwoColorize;
use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// mimalloc for the interpreter's small objects, the system's malloc for large blocks
/// (see `arrsh::array::raw::SplitAllocator`).
#[global_allocator]
static GLOBAL: arrsh::array::raw::SplitAllocator = arrsh::array::raw::SplitAllocator;

/// An interactive array shell that speaks NumPy.
#[derive(Parser, Debug)]
#[command(name = "arrsh", version, about)]
struct Cli {
    /// Run code given on the command line.
    #[arg(short = 'c', value_name = "CODE", allow_hyphen_values = true)]
    code: Option<String>,
    /// Print each statement with `>>> ` before its output: the run becomes a transcript.
    #[arg(long)]
    echo: bool,
    /// Report each error and go on instead of stopping at the first.
    #[arg(long)]
    keep_going: bool,
    /// Check doctest-style transcripts instead of running a lesson.
    #[arg(long)]
    doctest: bool,
    /// After each statement, say what it did to memory (views, copies, in-place changes);
    /// `--explain=json` prints one JSON object per statement instead of the normal output.
    #[arg(long, value_name = "FORMAT", num_args = 0..=1, require_equals = true,
          default_missing_value = "human", value_parser = ["human", "json"])]
    explain: Option<String>,
    /// A lesson (.arr) to run, or transcripts with --doctest.
    files: Vec<PathBuf>,
}

fn use_color(stream_is_tty: bool) -> bool {
    stream_is_tty && std::env::var_os("NO_COLOR").is_none()
}

/// Stack for the thread that runs everything: the parser recurses once per bracket level
/// (at most 200, CPython's limit) and the evaluator once per tree level (at most 2999,
/// CPython's compile limit), which debug builds cannot fit in the main thread's 8 MiB.
/// Untouched stack pages cost nothing.
const STACK_BYTES: usize = 512 << 20;

fn main() -> ExitCode {
    let cli = Cli::parse();
    arrsh::interrupt::install();
    let worker = std::thread::Builder::new()
        .name("arrsh".into())
        .stack_size(STACK_BYTES)
        .spawn(move || run(cli));
    match worker.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        Ok(Err(_)) => ExitCode::FAILURE, // a panic, already reported on stderr
        Err(e) => {
            eprintln!("arrsh: cannot start: {}", e);
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> ExitCode {
    if cli.doctest {
        return doctest(&cli.files);
    }
    if let Some(code) = &cli.code {
        return run_script(code, "<string>", &cli);
    }
    if let Some(path) = cli.files.first() {
        return match std::fs::read_to_string(path) {
            Ok(src) => run_script(&src, &path.display().to_string(), &cli),
            Err(e) => {
                eprintln!("arrsh: can't open file '{}': {}", path.display(), e);
                ExitCode::from(2)
            }
        };
    }
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        let mut src = String::new();
        if let Err(e) = stdin.lock().read_to_string(&mut src) {
            eprintln!("arrsh: cannot read standard input: {}", e);
            return ExitCode::from(2);
        }
        return run_script(&src, "<stdin>", &cli);
    }
    match arrsh::repl::run(use_color(std::io::stdout().is_terminal())) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("arrsh: {}", e);
            ExitCode::FAILURE
        }
    }
}

fn run_script(src: &str, filename: &str, cli: &Cli) -> ExitCode {
    let mut session = Session::new();
    session.set_terminal(std::io::stdout().is_terminal());
    let color = use_color(std::io::stderr().is_terminal());
    let stdout = std::io::stdout();
    let out_color = use_color(stdout.is_terminal());
    arrsh::teach::mem::set_color(out_color);
    if cli.explain.as_deref() == Some("json") {
        return run_json(&mut session, src, filename);
    }
    if cli.explain.is_some() {
        session.set_explain(true);
    }
    let ok = session.run(src, cli.keep_going, |r: &LineResult| {
        let mut out = stdout.lock();
        if cli.echo {
            let _ = out.write_all(echo_source(&r.source).as_bytes());
        }
        let _ = out.write_all(r.stdout.as_bytes());
        if let Some(ex) = &r.explained {
            let _ = out.write_all(arrsh::explain_text(&ex.lines, out_color).as_bytes());
        }
        let _ = out.flush();
        for w in &r.warnings {
            eprintln!("{}", w.render(filename));
        }
        for n in &r.notes {
            eprintln!("{}", n);
        }
        if let Some(e) = &r.error {
            // A transcript (`--echo`) keeps NumPy's text unless explain mode asks for more.
            let shapes: &[(usize, String)] = if cli.echo && cli.explain.is_none() {
                &[]
            } else {
                &r.error_shapes
            };
            let text = arrsh::describe_error_with_shapes(e, src, filename, shapes);
            if cli.echo {
                // In a transcript the error belongs in order with the output.
                let _ = out.write_all(b"Traceback (most recent call last):\n");
                let mut lines: Vec<&str> = text.lines().collect();
                let first = lines.remove(0);
                for l in lines {
                    let _ = writeln!(out, "{}", l);
                }
                let _ = writeln!(out, "{}", first);
                let _ = out.flush();
            } else {
                let mut err = std::io::stderr().lock();
                for (i, l) in text.lines().enumerate() {
                    let _ = if i == 0 && color {
                        writeln!(err, "{}", l.red())
                    } else {
                        writeln!(err, "{}", l)
                    };
                }
            }
        }
    });
    if let Some(status) = session.exit_status() {
        return ExitCode::from(status);
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// `--explain=json`: one JSON object per logical line on standard output, errors included
/// (the run goes on after them, as with `--keep-going`); warnings stay on standard error.
fn run_json(session: &mut Session, src: &str, filename: &str) -> ExitCode {
    session.set_explain(true);
    let stdout = std::io::stdout();
    let ok = session.run(src, true, |r: &LineResult| {
        for w in &r.warnings {
            eprintln!("{}", w.render(filename));
        }
        let report = r
            .explained
            .as_ref()
            .map(|e| e.report.clone())
            .unwrap_or_default();
        let obj = arrsh::teach::explain::json(
            r.line,
            &r.source,
            &r.stdout,
            r.error.as_ref().map(|e| e.to_string()),
            &report,
        );
        let mut out = stdout.lock();
        let _ = writeln!(out, "{}", obj);
        let _ = out.flush();
    });
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn doctest(files: &[PathBuf]) -> ExitCode {
    let (mut passed, mut failed) = (0, 0);
    for f in files {
        let text = match std::fs::read_to_string(f) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("arrsh: can't open file '{}': {}", f.display(), e);
                failed += 1;
                continue;
            }
        };
        let report = arrsh::doctest::check(&text, &f.display().to_string());
        for fail in &report.failures {
            println!("{}", fail);
        }
        passed += report.passed;
        failed += report.failed;
    }
    println!("{} passed, {} failed", passed, failed);
    if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
