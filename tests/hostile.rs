//! The hostile corpus (issue 14): every lesson in `tests/fixtures/hostile/` is a list of
//! one-line statements meant to break a shell — huge and negative shapes, shapes that
//! overflow, deep and self-containing nesting, huge repeat counts, bad dtypes, slices and
//! indices, NaN/inf sizes, giant strings, unbounded recursion, wrong types for every family
//! of `np` functions, missing files. `tools/gen_hostile_fixtures.py` recorded what CPython +
//! NumPy do with each line (`*.expected`).
//!
//! Two checks: the real binary runs each lesson with `--keep-going` and must end with exit
//! status 1, Python errors on standard error, no panic or abort, and the variable bound on
//! the first line intact at the end; and, statement by statement through `Session`,
//! wherever NumPy raised arrsh raises too (a `MemoryError` where NumPy's was one).

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const SURVIVED: &str = "survived [0, 7, 14, 21, 28]\n";

fn lessons() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/hostile exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "arr"))
        .collect();
    v.sort();
    v
}

/// NumPy's outcome per line number: `ok`, `timeout` or an exception class.
fn expected(lesson: &Path) -> BTreeMap<usize, String> {
    let text = std::fs::read_to_string(lesson.with_extension("expected"))
        .expect("every hostile lesson has its .expected (tools/gen_hostile_fixtures.py)");
    text.lines()
        .filter_map(|l| {
            let (n, what) = l.split_once('\t')?;
            Some((n.parse().ok()?, what.to_string()))
        })
        .collect()
}

/// Run the binary on a lesson in a fresh directory; (exit code, stdout, stderr). A run
/// longer than two minutes is killed and fails the test.
fn run_binary(lesson: &Path) -> (Option<i32>, String, String) {
    let work = tempfile::tempdir().expect("temp dir");
    let mut child = Command::new(env!("CARGO_BIN_EXE_arrsh"))
        .arg("--keep-going")
        .arg(lesson)
        .current_dir(work.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start arrsh");
    let mut out = child.stdout.take().expect("stdout");
    let mut err = child.stderr.take().expect("stderr");
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = out.read_to_string(&mut s);
        s
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = err.read_to_string(&mut s);
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(st) = child.try_wait().expect("wait for arrsh") {
            break st;
        }
        if start.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            panic!("{} still running after 120 s", lesson.display());
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let stdout = reader.join().expect("stdout reader");
    let stderr = err_reader.join().expect("stderr reader");
    (status.code(), stdout, stderr)
}

#[test]
fn the_binary_survives_every_hostile_lesson() {
    let mut failures = Vec::new();
    let mut statements = 0;
    for lesson in lessons() {
        statements += expected(&lesson).len();
        let (code, stdout, stderr) = run_binary(&lesson);
        let name = lesson.display();
        for bad in [
            "panicked",
            "fatal runtime error",
            "memory allocation of",
            "RUST_BACKTRACE",
        ] {
            if stderr.contains(bad) {
                failures.push(format!("{name}: standard error has {bad:?}:\n{stderr}"));
            }
        }
        if code != Some(1) {
            failures.push(format!("{name}: exit status {code:?}, not 1"));
        }
        if !stderr.contains("Error") {
            failures.push(format!("{name}: no Python error on standard error"));
        }
        if !stdout.ends_with(SURVIVED) {
            failures.push(format!(
                "{name}: the session lost its variables (stdout ends {:?})",
                &stdout[stdout.len().saturating_sub(200)..]
            ));
        }
    }
    assert!(statements >= 100, "only {statements} hostile statements");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Each statement's error class (or `None`), by line, run on a thread with the stack the
/// shell's own thread has (`src/main.rs`): the evaluator recurses once per tree level.
fn outcomes(src: String) -> BTreeMap<usize, Option<String>> {
    std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(move || {
            let mut got = BTreeMap::new();
            let mut session = arrsh::Session::new();
            session.run(&src, true, |r| {
                got.insert(r.line, r.error.as_ref().map(|e| e.class.to_string()));
            });
            got
        })
        .expect("spawn the session thread")
        .join()
        .expect("the session thread did not panic")
}

#[test]
fn arrsh_raises_wherever_numpy_raised() {
    let mut failures = Vec::new();
    let work = tempfile::tempdir().expect("temp dir");
    // The only test of this binary that uses the working directory.
    std::env::set_current_dir(work.path()).expect("enter temp dir");
    for lesson in lessons() {
        let want = expected(&lesson);
        let src = std::fs::read_to_string(&lesson).expect("readable lesson");
        let got = outcomes(src.clone());
        for (line, numpy) in &want {
            if numpy == "ok" || numpy == "timeout" {
                continue;
            }
            let source = src.lines().nth(line - 1).unwrap_or("");
            match got.get(line) {
                Some(Some(class)) if numpy != "MemoryError" || class == "MemoryError" => {}
                other => failures.push(format!(
                    "{}:{line}: {source}\n    NumPy raised {numpy}, arrsh gave {other:?}",
                    lesson.display()
                )),
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
