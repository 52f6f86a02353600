//! Checking doctest-style transcripts: `>>> ` statements followed by their expected output,
//! run in one fresh session per file and compared exactly (trailing spaces aside), with
//! `...` in an expected line matching anything, as doctest's ELLIPSIS does.

use crate::Session;

/// One example: its source (without prompts), expected output lines, and where it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    pub source: String,
    pub expected: Vec<String>,
    pub line: usize,
}

/// Split a transcript into examples. Text before the first `>>> ` is ignored.
pub fn parse(text: &str) -> Vec<Example> {
    let mut out: Vec<Example> = Vec::new();
    let mut in_source = false;
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim_end();
        if let Some(src) = line
            .strip_prefix(">>> ")
            .or_else(|| (line == ">>>").then_some(""))
        {
            out.push(Example {
                source: src.to_string(),
                expected: Vec::new(),
                line: i + 1,
            });
            in_source = true;
            continue;
        }
        let Some(ex) = out.last_mut() else { continue };
        if in_source {
            if let Some(cont) = line
                .strip_prefix("... ")
                .or_else(|| (line == "...").then_some(""))
            {
                ex.source.push('\n');
                ex.source.push_str(cont);
                continue;
            }
        }
        in_source = false;
        ex.expected.push(if line == "<BLANKLINE>" {
            String::new()
        } else {
            line.to_string()
        });
    }
    for ex in &mut out {
        while ex.expected.last().is_some_and(|l| l.is_empty()) {
            ex.expected.pop();
        }
    }
    out
}

/// Does `actual` match `pattern`, where `...` in the pattern matches any text?
pub fn ellipsis_match(pattern: &str, actual: &str) -> bool {
    if !pattern.contains("...") {
        return pattern == actual;
    }
    let parts: Vec<&str> = pattern.split("...").collect();
    let (first, rest) = match parts.split_first() {
        Some(x) => x,
        None => return actual.is_empty(),
    };
    if !actual.starts_with(first) {
        return false;
    }
    let mut pos = first.len();
    let last = rest.len().saturating_sub(1);
    for (i, p) in rest.iter().enumerate() {
        if i == last {
            return actual.len() >= pos + p.len() && actual[pos..].ends_with(p);
        }
        match actual[pos..].find(p) {
            Some(k) => pos += k + p.len(),
            None => return false,
        }
    }
    true
}

/// The outcome of one checked file.
#[derive(Debug, Default)]
pub struct Report {
    pub passed: usize,
    pub failed: usize,
    /// Human-readable description of each mismatch.
    pub failures: Vec<String>,
}

fn trim_lines(s: &str) -> Vec<String> {
    let mut v: Vec<String> = s.lines().map(|l| l.trim_end().to_string()).collect();
    while v.last().is_some_and(|l| l.is_empty()) {
        v.pop();
    }
    v
}

/// Run and check every example of one transcript.
pub fn check(text: &str, filename: &str) -> Report {
    let mut session = Session::new();
    let mut report = Report::default();
    for ex in parse(text) {
        let mut actual = String::new();
        let mut error: Option<String> = None;
        session.run(&ex.source, true, |r| {
            actual.push_str(&r.stdout);
            if let Some(e) = &r.error {
                if error.is_none() {
                    error = Some(e.to_string());
                }
            }
        });
        let expects_error = ex
            .expected
            .first()
            .is_some_and(|l| l.starts_with("Traceback (most recent call last):"));
        let ok = if expects_error {
            // The exception line is the first unindented one after the header; a
            // multi-line message continues on the lines after it.
            let want = ex
                .expected
                .iter()
                .skip(1)
                .skip_while(|l| l.starts_with(' ') || l.is_empty())
                .cloned()
                .collect::<Vec<_>>()
                .join("\n");
            // Output printed before the error must match too.
            let printed = trim_lines(&actual);
            match &error {
                // Transcripts strip trailing spaces from every line (a message that
                // starts with a newline leaves `Name: ` at the end of the first).
                Some(got) => {
                    let got: Vec<&str> = got.trim_end().lines().map(str::trim_end).collect();
                    printed.is_empty() && ellipsis_match(&want, &got.join("\n"))
                }
                None => false,
            }
        } else {
            let mut got = trim_lines(&actual);
            if let Some(e) = &error {
                got.push("Traceback (most recent call last):".into());
                got.push(e.clone());
            }
            ellipsis_match(&ex.expected.join("\n"), &got.join("\n"))
        };
        if ok {
            report.passed += 1;
        } else {
            report.failed += 1;
            let mut got = trim_lines(&actual);
            if let Some(e) = &error {
                got.push("Traceback (most recent call last):".into());
                got.push(e.clone());
            }
            let indent = |v: &[String]| {
                v.iter()
                    .map(|l| format!("    {}", l))
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            report.failures.push(format!(
                "File \"{}\", line {}, in example:\n{}Expected:\n{}\nGot:\n{}\n",
                filename,
                ex.line,
                crate::echo_source(&ex.source),
                indent(&ex.expected),
                indent(&got)
            ));
        }
    }
    report
}
