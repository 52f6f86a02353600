//! Explain mode from the command line: the human lines for the issue's examples (piped, so
//! plain), the `--explain=json` schema (every statement gets its object, errors included
//! and the run goes on), `%mem` after the seed's as_strided example, `%views`, and that
//! nothing changes with the feature off.

use serde_json::Value;
use std::process::{Command, Output};

fn arrsh(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_arrsh"))
        .args(args)
        .env_remove("NO_COLOR")
        .output()
        .expect("arrsh runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8")
}

const EXAMPLE: &str = "x = np.arange(10)
y = x[:3]
y = x[[0, 1, 2]]
y = x
x += 10
x = x + 10
b = x.reshape(2, 5).T.reshape(-1)
x[[0, 1]][0] = 5
del y";

#[test]
fn human_lines_for_the_issue_examples() {
    let out = stdout(&arrsh(&["--explain", "-c", EXAMPLE]));
    let lines: Vec<&str> = out.lines().collect();
    let expect = [
        "    x: copy, arange: new 80-byte buffer",
        "    y: view of x, basic indexing (bytes 0..24 of x's buffer, strides (8,)), nothing copied",
        "    y: copy, advanced indexing always copies: new 24-byte buffer",
        "    y: the same array as x (no new array at all); the old 24-byte buffer was freed",
        "    x: changed in place (augmented assignment += writes into the array); y sees it too; nothing allocated",
        "    x: copy, arithmetic makes a new array: new 80-byte buffer; the old buffer lives on in y",
        "    b: copy, reshape gave new memory (a copy, or a view of an array this statement made): new 80-byte buffer",
        "    note: this wrote into a temporary copy made by x[[0, 1]] (16 bytes, freed at once); x is unchanged",
        "    y: gone; its 80-byte buffer was freed",
    ];
    for e in expect {
        assert!(
            lines.iter().any(|l| l.starts_with(e)),
            "missing {e:?} in\n{out}"
        );
    }
    assert!(!out.contains('\x1b'), "no colour when piped");
}

#[test]
fn json_has_one_object_per_statement_and_goes_on_after_errors() {
    let src =
        "import numpy as np\nx = np.arange(3)\nx[5]\ny = x.reshape(\n    3)\nprint('hi')\nx[::-1]";
    let out = arrsh(&["--explain=json", "-c", src]);
    assert_eq!(out.status.code(), Some(1), "an error still fails the run");
    let objs: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    assert_eq!(objs.len(), 6, "{objs:?}");
    for o in &objs {
        let keys: Vec<&str> = o
            .as_object()
            .expect("object")
            .keys()
            .map(|k| k.as_str())
            .collect();
        assert_eq!(
            keys,
            ["line", "source", "output", "error", "allocated", "effects"]
        );
    }
    assert_eq!(objs[0]["source"], "import numpy as np");
    assert_eq!(objs[0]["effects"], serde_json::json!([]));
    assert_eq!(
        objs[2]["error"],
        "IndexError: index 5 is out of bounds for axis 0 with size 3"
    );
    assert_eq!(objs[3]["line"], 4, "a statement's first line");
    assert_eq!(objs[3]["effects"][0]["kind"], "view");
    assert_eq!(objs[3]["effects"][0]["of"], "x");
    assert_eq!(objs[4]["output"], "hi\n");
    assert_eq!(objs[5]["output"], "array([2, 1, 0])\n");
    assert_eq!(objs[5]["effects"][0]["name"], "_");
    assert_eq!(objs[5]["effects"][0]["why"], "basic indexing");
    assert_eq!(objs[1]["allocated"], 24);
    assert_eq!(objs[1]["effects"][0]["bytes"], 24);
}

#[test]
fn mem_after_the_seed_as_strided_example() {
    let src = "import numpy as np
from numpy.lib.stride_tricks import as_strided
N=10
L=4*N
H=3*N
step=5
a=(np.arange(3*H*L)%256).reshape(3,H,L)
(k,j,i)=a.strides
b=as_strided (a,shape=(H//step,L//step,3,step,step),strides=(j*step,i*step,k,j,i))
%mem";
    let out = stdout(&arrsh(&["-c", src]));
    let row = |name: &str| {
        out.lines()
            .find(|l| l.starts_with(&format!("│ {} ", name)))
            .unwrap_or_else(|| panic!("no row for {name} in\n{out}"))
            .to_string()
    };
    assert!(row("a").contains("┆ owns"), "{out}");
    assert!(row("b").contains("┆ view of a "), "{out}");
    assert!(row("b").contains("(1600, 40, 9600, 320, 8)"), "{out}");
    assert!(
        out.contains("buffers held by these names: 1 (28800 bytes)"),
        "{out}"
    );
}

#[test]
fn views_table_and_help_say_view_or_copy() {
    let out = stdout(&arrsh(&["-c", "%views"]));
    assert!(out.contains("np.reshape, x.reshape"), "{out}");
    assert!(out.contains("view when possible"), "{out}");
    let help = stdout(&arrsh(&["-c", "help(np.reshape)"]));
    assert!(help.contains("returns: view when possible"), "{help}");
    // NumPy's own signature (tools/gen_numpy_signatures.py), for functions and methods.
    assert!(
        help.contains("\nreshape(a, /, shape, order='C', *, copy=None)\n"),
        "{help}"
    );
    let q = stdout(&arrsh(&["-c", "np.ascontiguousarray?"]));
    assert!(
        q.contains("ascontiguousarray(a, dtype=None, *, like=None)"),
        "{q}"
    );
    let m = stdout(&arrsh(&["-c", "x = np.arange(3)\nhelp(x.flatten)"]));
    assert!(m.contains("\nflatten(self, /, order='C')\n"), "{m}");
    assert!(m.contains("returns: copy"), "{m}");
}

#[test]
fn nothing_changes_with_explain_off() {
    let off = arrsh(&["-c", EXAMPLE]);
    assert_eq!(stdout(&off), "", "the example prints nothing by itself");
    let on = arrsh(&["--explain", "-c", "x = np.arange(3)\nx"]);
    let on = stdout(&on);
    assert!(on.starts_with("    x: copy"), "{on}");
    assert!(
        on.contains("array([0, 1, 2])\n    _: the same array as x"),
        "{on}"
    );
}

#[test]
fn large_buffers_are_abridged_and_overlaps_counted() {
    let out = stdout(&arrsh(&[
        "-c",
        "x = np.arange(10000)\nmem(x[5000:5003])\nw = as_strided(x, shape=(3, 4), strides=(16, 8))\nmem(w)",
    ]));
    assert!(out.contains("  … 39936 bytes before …"), "{out}");
    assert!(out.contains("   40000 [0][1][2] .  .  .  .  . "), "{out}");
    assert!(out.contains("  … 39872 bytes after …"), "{out}");
    assert!(out.contains("[2×2]"), "{out}");
    assert!(out.contains("a cell is covered up to 2 times"), "{out}");
}

/// Broadcast axes are counted, not walked, and an abridged picture visits only the cells it
/// draws: a trillion-element broadcast view is drawn at once, and its overlap is exact.
#[test]
fn huge_broadcasts_are_drawn_without_visiting_every_element() {
    let out = stdout(&arrsh(&[
        "-c",
        "x = np.arange(10000)\nb = np.broadcast_to(x[:2], (10**12, 2))\nmem(b)\nw = as_strided(x, shape=(4990, 4), strides=(16, 8))\nmem(w)",
    ]));
    assert!(
        out.contains("       0 [0×1000000000000][1×1000000000000]"),
        "{out}"
    );
    assert!(
        out.contains("b's elements overlap: a cell is covered up to 1000000000000 times"),
        "{out}"
    );
    // Only the first and last rows of w's 19,960 elements are drawn, so the overlap is
    // stated for the drawn cells.
    assert!(out.contains("  … 78400 bytes …"), "{out}");
    assert!(
        out.contains("w's elements overlap: a drawn cell is covered up to 2 times"),
        "{out}"
    );
}

#[test]
fn errors_show_operand_shapes_in_scripts_but_not_in_transcripts() {
    let src = "a = np.ones((5, 2)); b = np.ones((2, 5))\na + b";
    let shown = "ValueError: operands could not be broadcast together with shapes (5,2) (2,5) \n  File \"<string>\", line 2, column 1\n    a + b\n    ^^^^^\n    (5, 2)\n        (2, 5)\n";
    for args in [&["--explain", "-c", src][..], &["-c", src][..]] {
        let err = String::from_utf8(arrsh(args).stderr).expect("UTF-8");
        assert!(err.contains(shown), "{args:?}: {err}");
    }
    // A transcript keeps NumPy's exact text; --explain=json's error is NumPy's message.
    let echo = stdout(&arrsh(&["--echo", "-c", src]));
    assert!(
        echo.ends_with("    a + b\n    ^^^^^\nValueError: operands could not be broadcast together with shapes (5,2) (2,5) \n"),
        "{echo}"
    );
    let json = stdout(&arrsh(&["--explain=json", "-c", src]));
    let last_line = json.lines().last().unwrap_or("");
    let last: Value = serde_json::from_str(last_line).expect("JSON");
    assert_eq!(
        last["error"],
        "ValueError: operands could not be broadcast together with shapes (5,2) (2,5) "
    );
    assert!(!last_line.contains("(5, 2)"), "{last_line}");
    let idx = arrsh(&["-c", "x = np.arange(3)\nx[10]"]);
    let err = String::from_utf8(idx.stderr).expect("UTF-8");
    assert!(err.ends_with("    x[10]\n    ^^^^^\n    (3,)\n"), "{err}");
    let fancy = arrsh(&["-c", "x = np.ones((3, 4))\nx[np.arange(2), np.arange(3)]"]);
    let err = String::from_utf8(fancy.stderr).expect("UTF-8");
    assert!(
        err.ends_with("    x[np.arange(2), np.arange(3)]\n    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n      (2,)\n                    (3,)\n"),
        "{err}"
    );
}

#[test]
fn mem_names_the_file_a_memory_map_owns() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("m.npy");
    let src = format!(
        "np.save({p:?}, np.arange(12.0))\nm = np.load({p:?}, mmap_mode='r')\nv = m[::2]\n%mem",
        p = path.display().to_string()
    );
    let out = stdout(&arrsh(&["-c", &src]));
    let row = |name: &str| {
        out.lines()
            .find(|l| l.starts_with(&format!("│ {} ", name)))
            .unwrap_or_else(|| panic!("no row for {name} in\n{out}"))
            .to_string()
    };
    assert!(row("m").contains("maps"), "{out}");
    assert!(row("m").contains("at offset 128"), "{out}");
    assert!(row("v").contains("view of m"), "{out}");
    // The dtype column is `str(dtype)`: a big-endian array says so.
    let big = stdout(&arrsh(&["-c", "b = np.arange(3, dtype='>i4')\n%mem"]));
    assert!(big.contains("│ b    ┆ >i4 "), "{big}");
    // A mapping is shown as one, not as allocated memory.
    assert!(row("m").contains("(file map)"), "{out}");
    assert!(
        out.contains("buffers held by these names: 0 (0 bytes)"),
        "{out}"
    );
    assert!(
        out.contains("file maps held by these names: 1 (96 bytes)"),
        "{out}"
    );
    let json = stdout(&arrsh(&["--explain=json", "-c", &src]));
    let objs: Vec<Value> = json
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    assert_eq!(objs[1]["allocated"], 0, "{json}");
    assert_eq!(objs[1]["effects"][0]["kind"], "copy", "{json}");
    assert_eq!(objs[1]["effects"][0]["bytes"], 0, "{json}");
    let human = stdout(&arrsh(&["--explain", "-c", &src]));
    assert!(
        human.contains(&format!(
            "    m: load: a map of bytes 128..224 of {} (mode 'r'), nothing allocated",
            std::fs::canonicalize(&path).expect("saved").display()
        )),
        "{human}"
    );
}

#[test]
fn scalar_operands_are_not_counted_as_allocations() {
    let src = "x = np.arange(10)\nx += 10\nx[:] = 5\nx[2] = 7\nx *= np.int64(3)\nnp.add(x, 1, out=x)\ny = x + 1";
    let json = stdout(&arrsh(&["--explain=json", "-c", src]));
    let allocated: Vec<i64> = json
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).expect("JSON")["allocated"]
                .as_i64()
                .unwrap_or(-1)
        })
        .collect();
    assert_eq!(allocated, [80, 0, 0, 0, 0, 0, 80], "{json}");
}
