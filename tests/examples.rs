//! Every lesson in `examples/` runs with `arrsh --echo`, prints the transcript NumPy gives
//! for it (`tests/fixtures/examples/`, written by `tools/gen_cli_fixtures.py`), and that
//! transcript, pointers aside, passes `arrsh --doctest`.

use std::path::{Path, PathBuf};
use std::process::Command;

fn lessons() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("examples/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "arr"))
        .collect();
    v.sort();
    v
}

/// Replace hexadecimal pointers by `0x...`, which the doctest checker treats as a wildcard.
fn scrub_pointers(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i + 2]);
        rest = &rest[i + 2..];
        let hex = rest
            .find(|c: char| !c.is_ascii_hexdigit())
            .unwrap_or(rest.len());
        if hex > 0 {
            out.push_str("...");
        }
        rest = &rest[hex..];
    }
    out.push_str(rest);
    out
}

#[test]
fn every_example_runs_and_matches_numpy() {
    let all = lessons();
    assert!(all.len() >= 4, "expected at least four lessons");
    for lesson in all {
        let name = lesson.file_stem().and_then(|s| s.to_str()).expect("name");
        let o = Command::new(env!("CARGO_BIN_EXE_arrsh"))
            .arg("--echo")
            .arg(&lesson)
            .output()
            .expect("arrsh runs");
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert!(o.status.success(), "{name} failed:\n{stderr}");
        assert_eq!(stderr, "", "{name} wrote to stderr");
        let transcript = scrub_pointers(&String::from_utf8(o.stdout).expect("UTF-8"));

        let fixture = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/examples")
            .join(format!("{name}.txt"));
        let expected = std::fs::read_to_string(&fixture).unwrap_or_else(|_| {
            panic!(
                "{} missing: run python3 tools/gen_cli_fixtures.py",
                fixture.display()
            )
        });
        assert_eq!(transcript, expected, "{name}: differs from NumPy");

        let report = arrsh::doctest::check(&transcript, name);
        assert!(report.passed > 0, "{name}: no examples");
        assert_eq!(report.failed, 0, "{name}:\n{}", report.failures.join("\n"));
    }
}

#[test]
fn pointer_scrubbing_keeps_everything_else() {
    assert_eq!(
        scrub_pointers("data pointer: 0x55aa10\n0x\nx0y"),
        "data pointer: 0x...\n0x\nx0y"
    );
}
