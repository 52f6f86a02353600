//! `--explain=json` against facts measured in real NumPy: the corpus in
//! `tests/fixtures/explain/corpus.arr` and NumPy's facts for it in `facts.jsonl` both come
//! from `tools/gen_explain_cases.py` (object identity with `is`, `np.shares_memory`, which
//! names' bytes changed, the new memory's size). Every statement must get its JSON object,
//! with NumPy's error class and the same effects: name, kind, `of`, and for copies the bytes
//! of the new memory. Every lesson in `examples/` is checked the same way against
//! `tests/fixtures/explain/lessons/NAME.jsonl`.

use serde_json::Value;
use std::path::Path;
use std::process::Command;

fn fixture(name: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/explain")
        .join(name);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {}", p.display(), e))
}

/// The comparable part of one effect.
fn effect_key(e: &Value) -> String {
    let kind = e["kind"].as_str().unwrap_or("?");
    let bytes = if kind == "copy" {
        e["bytes"].as_u64().unwrap_or(0)
    } else {
        0
    };
    format!(
        "{} {} of={} bytes={}",
        e["name"].as_str().unwrap_or("?"),
        kind,
        e["of"].as_str().unwrap_or("-"),
        bytes
    )
}

fn effects(v: &Value) -> Vec<String> {
    let mut out: Vec<String> = v["effects"]
        .as_array()
        .map(|a| a.iter().map(effect_key).collect())
        .unwrap_or_default();
    out.sort();
    out
}

#[test]
fn explain_json_agrees_with_numpy_facts() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/explain/corpus.arr");
    let out = Command::new(env!("CARGO_BIN_EXE_arrsh"))
        .arg("--explain=json")
        .arg(&corpus)
        .output()
        .expect("arrsh runs");
    let text = String::from_utf8(out.stdout).expect("UTF-8 output");
    let got: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is one JSON object"))
        .collect();
    let want: Vec<Value> = fixture("facts.jsonl")
        .lines()
        .map(|l| serde_json::from_str(l).expect("facts are JSON"))
        .collect();
    assert!(
        want.len() >= 1000,
        "the corpus has at least 1,000 statements"
    );
    assert_eq!(got.len(), want.len(), "one JSON object per statement");
    let mut mismatches = Vec::new();
    for (g, w) in got.iter().zip(&want) {
        assert_eq!(g["line"], w["line"], "statements in order");
        assert_eq!(g["source"], w["source"]);
        let g_err = g["error"]
            .as_str()
            .map(|e| e.split(':').next().unwrap_or(e).to_string());
        let w_err = w["error"].as_str().map(str::to_string);
        if g_err != w_err || effects(g) != effects(w) {
            mismatches.push(format!(
                "line {}: {}\n  numpy: {:?} {:?}\n  arrsh: {:?} {:?}",
                w["line"],
                w["source"].as_str().unwrap_or(""),
                w_err,
                effects(w),
                g_err,
                effects(g)
            ));
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} of {} statements disagree:\n{}",
        mismatches.len(),
        want.len(),
        mismatches.join("\n")
    );
}

/// Run arrsh `--explain=json` on a file; its objects.
fn explain_json(path: &Path) -> Vec<Value> {
    let out = Command::new(env!("CARGO_BIN_EXE_arrsh"))
        .arg("--explain=json")
        .arg(path)
        .output()
        .expect("arrsh runs");
    String::from_utf8(out.stdout)
        .expect("UTF-8 output")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is one JSON object"))
        .collect()
}

#[test]
fn every_lesson_explains_what_numpy_measures() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut lessons: Vec<_> = std::fs::read_dir(root.join("examples"))
        .expect("examples/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "arr"))
        .collect();
    lessons.sort();
    assert!(lessons.len() >= 8, "{lessons:?}");
    let mut mismatches = Vec::new();
    for lesson in &lessons {
        let stem = lesson.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let want: Vec<Value> = fixture(&format!("lessons/{}.jsonl", stem))
            .lines()
            .map(|l| serde_json::from_str(l).expect("facts are JSON"))
            .collect();
        let got = explain_json(lesson);
        for g in &got {
            match want.iter().find(|w| w["line"] == g["line"]) {
                Some(w) => {
                    if effects(g) != effects(w) || g["error"].is_string() != w["error"].is_string()
                    {
                        mismatches.push(format!(
                            "{}:{}: {}\n  numpy: {:?}\n  arrsh: {:?}",
                            stem,
                            g["line"],
                            g["source"],
                            effects(w),
                            effects(g)
                        ));
                    }
                }
                // Comments and blank lines: no statement, no effects.
                None => assert!(effects(g).is_empty(), "{}: {:?}", stem, g),
            }
        }
        for w in &want {
            assert!(
                got.iter().any(|g| g["line"] == w["line"]),
                "{}: no object for line {}",
                stem,
                w["line"]
            );
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}
