//! The command line contract of DESIGN.md, checked on the real `arrsh` binary: `-c`,
//! lesson files, standard input, `--echo`, `--keep-going`, `--doctest`, exit statuses,
//! error reports with file:line:col and a caret, warnings on stderr, and no colour when
//! piped. Expected NumPy output comes from `tests/fixtures/cli/` (written by
//! `tools/gen_cli_fixtures.py` from real NumPy).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn arrsh() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_arrsh"));
    c.env_remove("NO_COLOR");
    c
}

/// Run arrsh with `args`, feeding `stdin` (empty if None), and capture everything.
fn run(args: &[&str], stdin: Option<&str>) -> Output {
    run_cmd(arrsh().args(args), stdin)
}

fn run_cmd(cmd: &mut Command, stdin: Option<&str>) -> Output {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("arrsh starts");
    {
        let mut input = child.stdin.take().expect("stdin is piped");
        input
            .write_all(stdin.unwrap_or("").as_bytes())
            .expect("stdin accepts the script");
    }
    child.wait_with_output().expect("arrsh finishes")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("stderr is UTF-8")
}

/// Line-by-line comparison where `...` in an expected line matches anything on that line.
fn assert_matches(expected: &str, actual: &str, what: &str) {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let ok = e.len() == a.len()
        && e.iter()
            .zip(&a)
            .all(|(e, a)| arrsh::doctest::ellipsis_match(e.trim_end(), a.trim_end()));
    assert!(
        ok,
        "{what}: output differs\n--- expected ---\n{expected}\n--- actual ---\n{actual}"
    );
}

fn temp_file(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).expect("temp file written");
    p
}

fn fixtures() -> Vec<(String, String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cli");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/cli exists")
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()
                .and_then(|n| n.strip_suffix(".code"))
                .map(String::from)
        })
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|n| {
            let code = std::fs::read_to_string(dir.join(format!("{n}.code"))).expect("code");
            let out = std::fs::read_to_string(dir.join(format!("{n}.out"))).expect("out");
            (n, code, out)
        })
        .collect()
}

#[test]
fn numpy_generated_command_lines_match() {
    let cases = fixtures();
    assert!(cases.len() >= 5, "fixtures missing");
    for (name, code, expected) in cases {
        let o = if name.starts_with("echo_") {
            run(&["--echo"], Some(&code))
        } else {
            run(&["-c", &code], None)
        };
        assert!(o.status.success(), "{name}: {}", stderr(&o));
        // Standard error holds exactly NumPy's warnings (NAME.err), each after arrsh's
        // `<string>:LINE: ` prefix; nothing at all when NumPy warned nothing.
        let err_file =
            Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/cli/{name}.err"));
        let warned = std::fs::read_to_string(err_file).unwrap_or_default();
        let got: String = stderr(&o)
            .lines()
            .map(|l| l.split_once(": ").map_or(l, |(_, w)| w).to_string() + "\n")
            .collect();
        assert_eq!(got, warned, "{name}: warnings on stderr");
        assert_matches(&expected, &stdout(&o), &name);
    }
}

#[test]
fn done_when_arange_slice_is_numpys_two_lines() {
    let o = run(&["-c", "x = np.arange(1000); x[4:100:5]"], None);
    assert!(o.status.success());
    assert_eq!(
        stdout(&o),
        "array([ 4,  9, 14, 19, 24, 29, 34, 39, 44, 49, 54, 59, 64, 69, 74, 79, 84,\n       89, 94, 99])\n"
    );
}

#[test]
fn done_when_info_pointers_are_24_bytes_apart() {
    let o = run(
        &["-c", "a = np.zeros(25, int); info(a); info(a[3:10])"],
        None,
    );
    assert!(o.status.success());
    let ptrs: Vec<usize> = stdout(&o)
        .lines()
        .filter_map(|l| l.strip_prefix("data pointer: 0x"))
        .map(|h| usize::from_str_radix(h, 16).expect("hex pointer"))
        .collect();
    assert_eq!(ptrs.len(), 2);
    assert_eq!(ptrs[1] - ptrs[0], 24);
}

#[test]
fn done_when_echo_transcript_shows_the_write_through_the_view() {
    let o = run(
        &["--echo"],
        Some("x = np.arange(10)\ny = x[2:5]\ny[0] = 99\nx\n"),
    );
    assert!(o.status.success());
    assert_eq!(
        stdout(&o),
        ">>> x = np.arange(10)\n>>> y = x[2:5]\n>>> y[0] = 99\n>>> x\narray([ 0,  1, 99,  3,  4,  5,  6,  7,  8,  9])\n"
    );
}

#[test]
fn done_when_unclosed_bracket_is_a_syntax_error_with_a_caret() {
    let o = run(&["-c", "x = [1, 2"], None);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o), "");
    assert_eq!(
        stderr(&o),
        "SyntaxError: '[' was never closed\n  File \"<string>\", line 1, column 5\n    x = [1, 2\n        ^\n"
    );
}

#[test]
fn done_when_index_error_exits_1() {
    let o = run(&["-c", "np.arange(3)[5]"], None);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o), "");
    let err = stderr(&o);
    assert_eq!(
        err.lines().next(),
        Some("IndexError: index 5 is out of bounds for axis 0 with size 3")
    );
    assert!(err.contains("  File \"<string>\", line 1, column 1\n    np.arange(3)[5]\n    ^"));
}

#[test]
fn lesson_file_prints_bare_expressions_and_stops_at_first_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let f = temp_file(
        dir.path(),
        "lesson.arr",
        "x = np.arange(3)  # three\nx.strides\nx[7]\nprint('not reached')\n",
    );
    let path = f.display().to_string();
    let o = run(&[&path], None);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o), "(8,)\n");
    assert_eq!(
        stderr(&o),
        format!(
            "IndexError: index 7 is out of bounds for axis 0 with size 3\n  File \"{path}\", line 3, column 1\n    x[7]\n    ^^^^\n    (3,)\n"
        )
    );
}

#[test]
fn caret_points_at_the_failing_part_of_the_line() {
    let o = run(&["-c", "a = 1\nb = a + undefined_name"], None);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        "NameError: name 'undefined_name' is not defined\n  File \"<string>\", line 2, column 9\n    b = a + undefined_name\n            ^^^^^^^^^^^^^^\n"
    );
}

#[test]
fn keep_going_reports_every_error_and_runs_the_rest() {
    let src = "1 / 0\nx = 5\nx[0]\nx + 1\n";
    let o = run(&["--keep-going", "-c", src], None);
    assert_eq!(o.status.code(), Some(1), "an error still fails the run");
    assert_eq!(stdout(&o), "6\n");
    let err = stderr(&o);
    assert!(err.starts_with("ZeroDivisionError: division by zero\n  File \"<string>\", line 1,"));
    assert!(
        err.contains("TypeError: 'int' object is not subscriptable\n  File \"<string>\", line 3,")
    );
    // Without --keep-going the first error ends the run.
    let o = run(&["-c", src], None);
    assert_eq!(stdout(&o), "");
    assert!(!stderr(&o).contains("TypeError"));
}

#[test]
fn standard_input_runs_as_a_script() {
    let o = run(&[], Some("a = np.ones((2, 3), int)\na.T.shape\n"));
    assert!(o.status.success());
    assert_eq!(stdout(&o), "(3, 2)\n");
    let o = run(&[], Some("x = 2\nx ** 10\n"));
    assert!(o.status.success());
    assert_eq!(stdout(&o), "1024\n");
}

#[test]
fn echo_puts_errors_in_order_on_stdout() {
    let o = run(
        &["--echo", "--keep-going"],
        Some("x = np.arange(3)\nx[5]\nx  # still here\n"),
    );
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stdout(&o),
        ">>> x = np.arange(3)\n>>> x[5]\nTraceback (most recent call last):\n  File \"<stdin>\", line 2, column 1\n    x[5]\n    ^^^^\nIndexError: index 5 is out of bounds for axis 0 with size 3\n>>> x  # still here\narray([0, 1, 2])\n"
    );
    assert_eq!(stderr(&o), "");
}

#[test]
fn echo_transcript_passes_the_doctest_checker() {
    let src = "import numpy as np\nm = np.arange(12).reshape(3, 4)\nm[::-1, None, 1:3].shape\nm[1, 2, 3]\nm[:, 1].strides\n";
    let o = run(&["--echo", "--keep-going"], Some(src));
    let dir = tempfile::tempdir().expect("temp dir");
    let t = temp_file(dir.path(), "t.txt", &stdout(&o));
    let o = run(&["--doctest", &t.display().to_string()], None);
    assert_eq!(stdout(&o), "5 passed, 0 failed\n");
    assert!(o.status.success());
}

#[test]
fn doctest_passing_file_exits_0() {
    let dir = tempfile::tempdir().expect("temp dir");
    let t = temp_file(
        dir.path(),
        "ok.txt",
        "Text before the first prompt is ignored.\n>>> x = np.arange(4)\n>>> x[::-1]\narray([3, 2, 1, 0])\n>>> x.__array_interface__['data']\n(..., False)\n>>> np.arange(3)[5]\nTraceback (most recent call last):\n  ...\nIndexError: index 5 is out of bounds for axis 0 with size 3\n>>> print('a  ')\na\n",
    );
    let o = run(&["--doctest", &t.display().to_string()], None);
    assert_eq!(stdout(&o), "5 passed, 0 failed\n");
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn doctest_failing_file_reports_mismatch_and_exits_1() {
    let dir = tempfile::tempdir().expect("temp dir");
    let t = temp_file(
        dir.path(),
        "bad.txt",
        ">>> x = np.arange(3)\n>>> x * 2\narray([0, 2, 5])\n>>> x[1]\nnp.int64(1)\n",
    );
    let path = t.display().to_string();
    let o = run(&["--doctest", &path], None);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stdout(&o),
        format!(
            "File \"{path}\", line 2, in example:\n>>> x * 2\nExpected:\n    array([0, 2, 5])\nGot:\n    array([0, 2, 4])\n\n2 passed, 1 failed\n"
        )
    );
    // Several files: totals add up.
    let good = temp_file(dir.path(), "good.txt", ">>> 1 + 1\n2\n");
    let o = run(&["--doctest", &path, &good.display().to_string()], None);
    assert!(stdout(&o).ends_with("3 passed, 1 failed\n"));
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn doctest_expected_error_must_match_the_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let t = temp_file(
        dir.path(),
        "err.txt",
        ">>> np.arange(3)[1]\nTraceback (most recent call last):\nIndexError: index 1 is out of bounds for axis 0 with size 3\n",
    );
    let o = run(&["--doctest", &t.display().to_string()], None);
    assert!(stdout(&o).ends_with("0 passed, 1 failed\n"));
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn missing_files_exit_2_and_unknown_flags_fail() {
    let o = run(&["/nonexistent/lesson.arr"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).starts_with("arrsh: can't open file '/nonexistent/lesson.arr'"));
    let o = run(&["--no-such-flag"], None);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn warnings_go_to_stderr_and_do_not_fail() {
    let o = run(&["-c", "np.float64(1) / 0"], None);
    assert!(o.status.success());
    assert_eq!(stdout(&o), "np.float64(inf)\n");
    assert!(stderr(&o).contains("RuntimeWarning: divide by zero encountered in scalar divide"));
    let o = run(&["--echo"], Some("np.array([1.0]) / 0\n"));
    assert_eq!(stdout(&o), ">>> np.array([1.0]) / 0\narray([inf])\n");
    assert!(stderr(&o).contains("RuntimeWarning: divide by zero encountered in divide"));
}

#[test]
fn no_colour_when_piped_or_with_no_color() {
    for no_color in [false, true] {
        let mut cmd = arrsh();
        if no_color {
            cmd.env("NO_COLOR", "1");
        }
        let o = run_cmd(cmd.args(["-c", "x = np.arange(3); x; x[9]"]), None);
        assert!(!o.stdout.contains(&0x1b), "escape codes on stdout");
        assert!(!o.stderr.contains(&0x1b), "escape codes on stderr");
        assert!(stderr(&o).starts_with("IndexError"));
    }
}

#[test]
fn python_statements_and_builtins_work_from_the_command_line() {
    let src = "from numpy.lib.stride_tricks import as_strided\nimport numpy\nx = numpy.arange(6)\ny = x[1:]\ny.base is x, y.base is not None, 3 in x, 9 not in x\n(k, j) = x.reshape(2, 3).strides; print(k, j)\ndel y\ny\n";
    let o = run(&["--keep-going", "-c", src], None);
    assert_eq!(stdout(&o), "(True, True, True, True)\n24 8\n");
    assert!(stderr(&o).starts_with("NameError: name 'y' is not defined"));
}

#[test]
fn magics_and_help_lines_run() {
    let o = run(&["-c", "x = np.arange(4)\n%whos\nx?"], None);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("ndarray"), "{out}");
    // IPython's %whos, exactly as IPython printed it (tools/gen_whos_fixture.py); start-up
    // names like `pi` are not listed.
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let session = std::fs::read_to_string(fixtures.join("whos_session.arr")).expect("fixture");
    let want = std::fs::read_to_string(fixtures.join("whos.txt")).expect("fixture");
    let o = run(&["-c", &session], None);
    assert_eq!(stdout(&o), want);
    let o = run(&["-c", "%nosuchmagic"], None);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).starts_with("UsageError: Line magic function `%nosuchmagic` not found."));
}

/// `%timeit`'s options and words are IPython's (tools/gen_timeit_fixture.py: the same
/// lines run in IPython, each measured time masked as `T`), and an error in the timed
/// code points into its own line.
#[test]
fn timeit_prints_what_ipython_prints() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/timeit");
    let read = |n: &str| std::fs::read_to_string(fixtures.join(n)).expect("fixture");
    let o = run(&["--keep-going", "-c", &read("session.arr")], None);
    let text = format!("{}{}", stdout(&o), stderr(&o));
    let mask = |l: &str| match l.find(" per loop ") {
        Some(k) if l[..k].contains(" ± ") => format!("T ± T{}", &l[k..]),
        _ => l.to_string(),
    };
    let got: Vec<String> = text
        .lines()
        .filter(|l| l.contains(" per loop ") || l.contains("Error: "))
        .map(mask)
        .collect();
    assert_eq!(got.join("\n") + "\n", read("lines.txt"), "{text}");
    // The caret is at the unclosed bracket of the timed code, not at the line's start.
    let line = "%timeit -n 2 -r 1 y = (1 +";
    let o = run(&["-c", line], None);
    let column = line.find('(').map_or(0, |k| k + 1);
    assert!(
        stderr(&o).contains(&format!("line 1, column {column}")),
        "{}",
        stderr(&o)
    );
}

/// `%history` and `%save` print what IPython prints for the same session, one cell per
/// statement (tools/gen_history_fixture.py), and the lesson `%save` wrote runs back to the
/// same state.
#[test]
fn history_and_save_match_ipython() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/history");
    let read = |n: &str| std::fs::read_to_string(fixtures.join(n)).expect("fixture");
    let dir = tempfile::tempdir().expect("temp dir");
    let session = temp_file(dir.path(), "session.arr", &read("session.arr"));
    let o = run_cmd(arrsh().arg(&session).current_dir(dir.path()), None);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), read("stdout.txt"));
    let saved = std::fs::read_to_string(dir.path().join("saved.py")).expect("%save wrote it");
    assert_eq!(saved, read("saved.py"));
    // The saved lesson rebuilds the state: `y` is a view of `x` written through.
    let replay = format!("{}{}", saved, read("replay_check.py"));
    let o = run_cmd(arrsh().args(["-c", &replay]).current_dir(dir.path()), None);
    assert_eq!(stdout(&o), read("replay.txt"));
    // An existing file is kept unless -f; a missing name or an empty range is an error.
    let o = run_cmd(
        arrsh()
            .args(["-c", "z = 1\n%save saved.py 1"])
            .current_dir(dir.path()),
        None,
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).starts_with("UsageError: File `saved.py` exists"),
        "{}",
        stderr(&o)
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("saved.py")).ok(),
        Some(saved)
    );
    let o = run_cmd(
        arrsh()
            .args(["-c", "z = 1\n%save -f lesson 1\n%save"])
            .current_dir(dir.path()),
        None,
    );
    assert!(
        stderr(&o).starts_with("UsageError: Missing filename."),
        "{}",
        stderr(&o)
    );
    let lesson = std::fs::read_to_string(dir.path().join("lesson.arr")).expect("`.arr` added");
    assert_eq!(lesson, "z = 1\n");
}

#[test]
fn code_may_start_with_a_minus() {
    let o = run(&["-c", "-1"], None);
    assert_eq!(stdout(&o), "-1\n");
    assert!(o.status.success());
}

#[test]
fn pathological_input_is_an_error_not_a_crash() {
    // Deep nesting: fine up to the limit, a RecursionError beyond it (as Python's compiler).
    let ok = format!("x = 1\nx{}", "+1".repeat(1500));
    let o = run(&["-c", &ok], None);
    assert_eq!(stdout(&o), "1501\n");
    let deep = format!("{}1", "-".repeat(5000));
    let o = run(&["-c", &deep], None);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o)
        .starts_with("RecursionError: maximum recursion depth exceeded during compilation\n"));
    // Huge requests are MemoryError / OverflowError, and the script goes on with --keep-going.
    let o = run(
        &[
            "--keep-going",
            "-c",
            "'a' * 10**12\n[0] * 10**30\nnp.zeros(10**15)\n'ok'",
        ],
        None,
    );
    assert_eq!(stdout(&o), "'ok'\n");
    let err = stderr(&o);
    assert!(err.starts_with("MemoryError\n"), "{err}");
    assert!(err.contains("OverflowError: cannot fit 'int' into an index-sized integer"));
    assert!(err.contains("MemoryError: Unable to allocate 7.11 PiB for an array with shape (1000000000000000,) and data type float64"));
}

/// A syntax error at a non-ASCII character: the caret covers the whole character (its
/// span once ended inside it, and printing the traceback panicked).
#[test]
fn syntax_errors_at_non_ascii_characters_print() {
    for src in ["x = 1 é", "print(\"a\" é)", "é = 1", "y = [1, ü]"] {
        let o = run(&["-c", src], None);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "{src}: {err}");
        assert!(!err.contains("panicked"), "{src}: {err}");
        assert!(
            err.starts_with("SyntaxError: invalid syntax\n"),
            "{src}: {err}"
        );
        assert!(err.contains(&format!("    {src}\n")), "{src}: {err}");
    }
}

/// Warnings name the line of the innermost statement running (in loops, blocks, functions
/// and comprehensions), appear once per line as under Python's default filter, and show
/// that line's source: standard error equals `python3 lesson.py`'s
/// (`tests/fixtures/warnings/`, written by `tools/gen_cli_fixtures.py`).
#[test]
fn warnings_name_the_running_line_as_python_does() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/warnings");
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/warnings exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    names.sort();
    assert!(names.len() >= 2, "warning fixtures missing");
    let work = tempfile::tempdir().expect("temp dir");
    for py in names {
        let code = std::fs::read_to_string(&py).expect("lesson");
        let want = std::fs::read_to_string(py.with_extension("err")).expect("expected stderr");
        temp_file(work.path(), "lesson.py", &code);
        let o = run_cmd(arrsh().arg("lesson.py").current_dir(work.path()), None);
        assert!(o.status.success(), "{}: {}", py.display(), stderr(&o));
        assert_eq!(stderr(&o), want, "{}: standard error", py.display());
    }
}

/// Scripts that end through `SystemExit` (`sys.exit`, `exit()`, `quit()`) print what
/// `python3 -c` prints, on both streams, and exit with its status
/// (`tests/fixtures/exit/`, from `tools/gen_cli_fixtures.py`).
#[test]
fn system_exit_ends_the_script_with_pythons_status() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/exit");
    let read = |name: &str, ext: &str| {
        std::fs::read_to_string(dir.join(format!("{name}.{ext}"))).expect("exit fixture")
    };
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/exit exists")
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let n = e.file_name().to_str()?.strip_suffix(".py")?.to_string();
            Some(n)
        })
        .collect();
    names.sort();
    assert!(names.len() >= 5, "exit fixtures missing");
    for name in names {
        let o = run(&["-c", &read(&name, "py")], None);
        assert_eq!(stdout(&o), read(&name, "out"), "{name}: stdout");
        assert_eq!(stderr(&o), read(&name, "err"), "{name}: stderr");
        let status: i32 = read(&name, "status").trim().parse().expect("a status");
        assert_eq!(o.status.code(), Some(status), "{name}: exit status");
    }
}
