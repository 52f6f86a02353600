//! Lexical errors stay local and nesting limits are CPython's (issues 12 and 14): each case
//! in `tests/fixtures/lexical/` (written by `tools/gen_lexical_fixtures.py` from CPython
//! 3.11) is a script whose middle statement has an unterminated string, an unclosed or
//! mismatched bracket, a stray indent, or nests very deep. arrsh must print CPython's error
//! line for it at CPython's line, after the statements before it ran; with `--keep-going`
//! the statements after it run too; a case CPython accepts runs whole. `prompt.txt` checks
//! the prompt's "wait for more lines" decision against CPython's interactive compiler.

use std::collections::HashMap;
use std::path::Path;
use std::process::Command;

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some(o) => out.push(o),
            None => out.push('\\'),
        }
    }
    out
}

struct Case {
    name: String,
    fields: HashMap<String, String>,
}

impl Case {
    fn get(&self, key: &str) -> String {
        unescape(self.fields.get(key).map(String::as_str).unwrap_or(""))
    }

    fn source(&self) -> String {
        let count: usize = self.get("count").parse().unwrap_or(0);
        format!(
            "{}{}{}{}{}",
            self.get("before"),
            self.get("head"),
            self.get("unit").repeat(count),
            self.get("tail"),
            self.get("after")
        )
    }
}

fn fixtures() -> Vec<Case> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lexical");
    let mut cases = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("fixture directory") {
        let path = entry.expect("fixture entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("case") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("fixture file");
        let fields = text
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once(": ").or_else(|| l.split_once(':')))
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let name = path
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into();
        cases.push(Case { name, fields });
    }
    cases.sort_by(|a, b| a.name.cmp(&b.name));
    assert!(cases.len() >= 30, "fixtures missing in {}", dir.display());
    cases
}

/// Run `src` as a lesson file; (exit status, stdout, stderr).
fn run(src: &str, keep_going: bool) -> (Option<i32>, String, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("case.arr");
    std::fs::write(&path, src).expect("write case");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_arrsh"));
    if keep_going {
        cmd.arg("--keep-going");
    }
    let out = cmd.arg(&path).output().expect("run arrsh");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

/// What is wrong with arrsh's run of `case` (None if it matches CPython).
fn check(case: &Case, keep_going: bool) -> Option<String> {
    let (status, out, err) = run(&case.source(), keep_going);
    let error = case.get("error");
    let (before, bad, after) = (
        case.get("stdout-before"),
        case.get("stdout-bad"),
        case.get("stdout-after"),
    );
    let mut problems = Vec::new();
    if error.is_empty() {
        let want = format!("{before}{bad}{after}");
        if status != Some(0) || out != want || !err.is_empty() {
            problems.push(format!(
                "CPython runs it: want stdout {want:?}, got status {status:?}, stdout {out:?}, stderr {err:?}"
            ));
        }
    } else {
        let want = if keep_going {
            format!("{before}{after}")
        } else {
            before
        };
        if status != Some(1) {
            problems.push(format!("status {status:?}, want 1"));
        }
        if out != want {
            problems.push(format!("stdout {out:?}, want {want:?}"));
        }
        let first = err.lines().next().unwrap_or("");
        if first != error {
            problems.push(format!("error {first:?}, want {error:?}"));
        }
        let line = case.get("line");
        if !line.is_empty() && !err.contains(&format!(", line {line},")) {
            problems.push(format!("error not at line {line}: {err:?}"));
        }
    }
    (!problems.is_empty()).then(|| {
        format!(
            "{} ({}): {}",
            case.name,
            if keep_going { "--keep-going" } else { "plain" },
            problems.join("; ")
        )
    })
}

#[test]
fn lexical_errors_match_cpython_and_stay_local() {
    let mut failures = Vec::new();
    for case in fixtures() {
        // The huge sources only once: they take seconds in a debug build.
        if case.source().len() < 100_000 {
            failures.extend(check(&case, false));
        }
        failures.extend(check(&case, true));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn prompt_waits_for_more_lines_as_cpython_does() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lexical/prompt.txt");
    let text = std::fs::read_to_string(path).expect("prompt fixture");
    let mut failures = Vec::new();
    let mut n = 0;
    for l in text.lines().filter(|l| !l.starts_with('#')) {
        let Some((want, src)) = l.split_once('\t') else {
            continue;
        };
        let src = unescape(src);
        let more = arrsh::Session::is_incomplete(&src);
        if more != (want == "more") {
            failures.push(format!("{src:?}: CPython says {want}, arrsh more={more}"));
        }
        n += 1;
    }
    assert!(n >= 20, "prompt fixture too short");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
