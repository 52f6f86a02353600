//! Ctrl-C (SIGINT) during a long operation stops it with `KeyboardInterrupt`; the session
//! keeps its variables and, with `--keep-going`, runs the next line.

use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The line the scripts print right before their long statement: the signal is timed from
/// it, so slow setup (a debug build on a busy machine) cannot make it land too early.
const READY: &str = "ready";

/// Run `code` with `--keep-going`, send SIGINT `wait` after it printed [`READY`], and
/// insist arrsh stops within `stop`. Returns (standard output after the ready line,
/// standard error, exit code).
fn interrupted(code: &str, wait: Duration, stop: Duration) -> (String, String, Option<i32>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_arrsh"))
        .args(["--keep-going", "-c", code])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("arrsh starts");
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    stdout.read_line(&mut first).expect("utf-8");
    assert_eq!(first.trim(), READY, "the script's setup ran: {code}");
    std::thread::sleep(wait);
    let sent = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(sent.success(), "SIGINT delivered");
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait works") {
            break s;
        }
        assert!(
            start.elapsed() < stop,
            "arrsh did not stop after Ctrl-C: {code}"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut out = String::new();
    let mut err = String::new();
    stdout.read_to_string(&mut out).expect("utf-8");
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut err)
        .expect("utf-8");
    (out, err, status.code())
}

#[test]
fn sigint_interrupts_a_long_operation_and_keeps_variables() {
    let (out, err, code) = interrupted(
        "x = 5\nprint('ready')\n%timeit y = np.ones(10**6) * 2\nprint(x)",
        Duration::from_millis(700),
        Duration::from_secs(20),
    );
    assert!(err.contains("KeyboardInterrupt"), "stderr was: {err}");
    assert_eq!(out.trim(), "5", "x survived and the next line ran");
    assert_eq!(code, Some(1), "a failed line makes the run fail");
}

/// A fused elementwise pass (one statement of 120 nested ufunc calls over 10^7 elements,
/// many seconds of work) stops at its next block on Ctrl-C: the name is never bound.
#[test]
fn sigint_stops_a_long_fused_pass() {
    let deep = (0..120).fold("x".to_string(), |e, _| format!("np.sin({e})"));
    let (out, err, code) = interrupted(
        &format!("x = np.ones(10**7)\ny = 5\nprint('ready')\ny = {deep} + 1\nprint(y)"),
        Duration::from_millis(500),
        Duration::from_secs(5),
    );
    assert!(err.contains("KeyboardInterrupt"), "stderr was: {err}");
    assert_eq!(
        out.trim(),
        "5",
        "y kept its old value and the next line ran"
    );
    assert_eq!(code, Some(1), "a failed line makes the run fail");
}

/// A sort of 4·10^7 random floats (seconds of work) stops soon after Ctrl-C, the name is
/// never bound, and an in-place `ndarray.sort` leaves its array as it was.
#[test]
fn sigint_stops_a_long_sort() {
    let (out, err, code) = interrupted(
        "x = np.random.default_rng(0).random(4 * 10**7)\ny = 5\nprint('ready')\ny = np.sort(x)\nprint(y)",
        Duration::from_millis(500),
        Duration::from_secs(2),
    );
    assert!(err.contains("KeyboardInterrupt"), "stderr was: {err}");
    assert_eq!(
        out.trim(),
        "5",
        "y kept its old value and the next line ran"
    );
    assert_eq!(code, Some(1), "a failed line makes the run fail");
    let (out, err, _) = interrupted(
        "x = np.random.default_rng(0).random(4 * 10**7)\nf = x[:3].tolist()\nprint('ready')\nx.sort()\nprint(x[:3].tolist() == f)",
        Duration::from_millis(500),
        Duration::from_secs(2),
    );
    assert!(err.contains("KeyboardInterrupt"), "stderr was: {err}");
    assert_eq!(out.trim(), "True", "x kept its contents");
}

/// Printing a huge array (seconds of float formatting with `threshold` raised) stops on
/// Ctrl-C: no partial text is shown, the shell raises `KeyboardInterrupt` and goes on.
/// The same holds for `print`, for `repr` into a name and for a long Python list.
#[test]
fn sigint_stops_a_long_repr() {
    let setup = "np.set_printoptions(threshold=10**9)\nx = np.random.default_rng(0).random(5 * 10**6)\nl = list(range(3 * 10**7))\ns = 5\nprint('ready')\n";
    for (long, what) in [
        ("x", "displayed array"),
        ("print(x)", "printed array"),
        ("s = repr(x)", "repr into a name"),
        ("l", "displayed list"),
    ] {
        let (out, err, code) = interrupted(
            &format!("{setup}{long}\nprint(s)"),
            Duration::from_millis(300),
            Duration::from_secs(3),
        );
        assert!(
            err.contains("KeyboardInterrupt"),
            "{what}: stderr was: {err}"
        );
        assert_eq!(
            out.trim(),
            "5",
            "{what}: no partial text, s kept, next line ran"
        );
        assert_eq!(code, Some(1), "{what}: a failed line makes the run fail");
    }
}
