//! The interactive shell in a real pseudo-terminal: typing a statement, Tab completion of
//! `np.` names, attributes and keyword arguments, `... ` continuation, Ctrl-C (line
//! cleared, variables kept), errors that do not end the session, colour rules, persistent
//! history and Ctrl-D. HOME and XDG_DATA_HOME point at a temporary directory.

mod common;

use common::pty::{keys, leave, start};

#[test]
fn statement_completion_ctrl_c_and_ctrl_d() {
    let home = tempfile::tempdir().expect("temp home");
    let mut p = start(home.path(), true);

    // A statement and its output.
    p.send_line("x = np.arange(5)").expect("typed");
    p.exp_string(">>> ").expect("prompt after assignment");
    p.send_line("x[::-1]").expect("typed");
    p.exp_string("array([4, 3, 2, 1, 0])")
        .expect("repr of a view");

    // Tab completes `np.aran` to `np.arange`.
    keys(&mut p, "y = np.aran", "typed");
    keys(&mut p, "\t", "tab");
    p.send_line("(3)").expect("typed");
    p.exp_string(">>> ").expect("prompt");
    p.send_line("y").expect("typed");
    p.exp_string("array([0, 1, 2])")
        .expect("completed call ran");

    // Attributes after a dot, keyword names inside a call.
    keys(&mut p, "x.sha", "typed");
    keys(&mut p, "\t", "tab");
    p.send_line("").expect("enter");
    p.exp_string("(5,)").expect("x.shape completed");
    // `ord` alone would also match the builtin `ord`.
    keys(&mut p, "np.ones(2, dtype=int, orde", "typed");
    keys(&mut p, "\t", "tab");
    p.send_line("'F')").expect("typed");
    p.exp_string("array([1, 1])").expect("order= completed");

    // Ctrl-C clears the half-typed line; the session and its variables stay.
    keys(&mut p, "zzz_half_typed", "typed");
    p.send_control('c').expect("Ctrl-C");
    p.exp_string("KeyboardInterrupt")
        .expect("interrupt reported");
    p.send_line("x[1:3]").expect("typed");
    p.exp_string("array([1, 2])")
        .expect("x survived Ctrl-C, line was cleared");

    // An unfinished statement continues on a `... ` prompt.
    p.send_line("t = (1,").expect("typed");
    p.exp_string("... ").expect("continuation prompt");
    p.send_line("     2)  # closed").expect("typed");
    p.exp_string(">>> ").expect("back to the main prompt");
    p.send_line("t").expect("typed");
    p.exp_string("(1, 2)").expect("multi-line statement ran");

    // Ctrl-C on a `... ` line drops the whole unfinished statement.
    p.send_line("u = (1,").expect("typed");
    p.exp_string("... ").expect("continuation prompt");
    p.send_control('c').expect("Ctrl-C");
    p.exp_string("KeyboardInterrupt")
        .expect("interrupt reported");
    p.send_line("u").expect("typed");
    p.exp_string("NameError: name 'u' is not defined")
        .expect("statement was dropped");

    // Errors never end the session.
    p.send_line("x[10]").expect("typed");
    p.exp_string("IndexError: index 10 is out of bounds for axis 0 with size 5")
        .expect("error shown");
    p.send_line("undefined_thing").expect("typed");
    p.exp_string("NameError: name 'undefined_thing' is not defined")
        .expect("error shown");
    p.send_line("x.dtype").expect("typed");
    p.exp_string("dtype('int64')").expect("still alive");

    leave(p);

    // History was saved in the data directory and comes back with the Up arrow.
    let hist = std::fs::read_to_string(home.path().join("data/arrsh/history"))
        .expect("history file in XDG_DATA_HOME/arrsh");
    assert!(hist.contains("x = np.arange(5)"), "{hist}");
    let mut p = start(home.path(), true);
    // Up twice: past `leave`'s marker line to the last statement of the session.
    keys(&mut p, "\x1b[A\x1b[A", "Up arrow twice");
    p.send_line("").expect("enter");
    // The statement came back; this fresh session has no `x` yet.
    p.exp_string(">>> x.dtype")
        .expect("x.dtype recalled from history");
    p.exp_string("NameError: name 'x' is not defined")
        .expect("recalled statement ran");
    leave(p);
}

#[test]
fn colour_only_without_no_color() {
    let home = tempfile::tempdir().expect("temp home");
    let mut p = start(home.path(), false);
    p.send_line("np.arange(3)[7]").expect("typed");
    let (before, _) = p.exp_regex("IndexError: index 7").expect("error shown");
    // The error line is red on a terminal.
    assert!(before.ends_with("\x1b[31m"), "{before:?}");
    // Typed strings and numbers are highlighted; an unclosed bracket is marked.
    p.send_line("s = 'abc' * 2").expect("typed");
    p.exp_string("\x1b[32m'abc'").expect("green string");
    p.exp_string("\x1b[36m2").expect("cyan number");
    keys(&mut p, "(1 + ", "typed");
    p.exp_string("\x1b[41m(").expect("unmatched bracket marked");
    p.send_line("2)").expect("typed");
    p.exp_string("\r\n3").expect("statement ran");
    leave(p);

    let mut p = start(home.path(), true);
    p.send_line("np.arange(3)[7]").expect("typed");
    let (before, _) = p.exp_regex("IndexError: index 7").expect("error shown");
    assert!(!before.contains("\x1b[31m"), "{before:?}");
    p.send_line("'text' + \"more\"").expect("typed");
    let (typed, _) = p.exp_regex("'textmore'").expect("string result");
    assert!(
        !typed.contains("\x1b[32m"),
        "no string highlighting: {typed:?}"
    );
    leave(p);
}

#[test]
fn blocks_continue_with_their_indentation_and_end_at_an_empty_line() {
    let home = tempfile::tempdir().expect("temp home");
    let mut p = start(home.path(), true);

    // After a line ending in `:` the body's indentation is already typed.
    p.send_line("for i in range(3):").expect("typed");
    p.exp_string("... ").expect("continuation prompt");
    p.send_line("print(i * 10)").expect("typed");
    p.exp_string("... ").expect("the block goes on");
    p.send_line("").expect("an empty line ends the block");
    p.exp_string("10").expect("loop ran");
    p.exp_string("20").expect("loop ran to the end");
    p.exp_string(">>> ").expect("back to the main prompt");

    // A nested block indents one more level; backspace dedents.
    p.send_line("def sign(x):").expect("typed");
    p.exp_string("... ").expect("continuation");
    p.send_line("if x > 0:").expect("typed");
    p.exp_string("... ").expect("continuation");
    p.send_line("return 'pos'").expect("typed");
    p.exp_string("... ").expect("continuation");
    keys(&mut p, "\x7f\x7f\x7f\x7f", "dedent");
    p.send_line("return 'neg'").expect("typed");
    p.exp_string("... ").expect("continuation");
    p.send_line("").expect("end the def");
    p.exp_string(">>> ").expect("def done");
    p.send_line("sign(2), sign(-2)").expect("typed");
    p.exp_string("('pos', 'neg')")
        .expect("function defined at the prompt");
    leave(p);
}

/// Ctrl-C typed while a long statement runs at the prompt stops it with
/// `KeyboardInterrupt`, whatever is running: a reduction over 10^11 broadcast items, a
/// fused elementwise pass, a Python loop, the repr of a big array, an in-place operation
/// (which also says its target may be partly written). Variables survive, and Ctrl-C then
/// clears an empty prompt as usual.
#[test]
fn ctrl_c_stops_long_statements_at_the_prompt() {
    use std::time::{Duration, Instant};
    let home = tempfile::tempdir().expect("temp home");
    let mut p = start(home.path(), true);
    p.send_line("x = np.ones(10**6); n = 0; keep = 7")
        .expect("typed");
    p.exp_string(">>> ").expect("prompt");
    let cases = [
        "s = np.broadcast_to(np.float64(1), (10**11,)).sum()",
        "while True: y = np.sin(np.sin(x)) * 2 + 1",
        "while True: n += 1",
        "np.set_printoptions(threshold=10**9); big = np.arange(10**8); print(big)",
        "while True: x += 1",
    ];
    for code in cases {
        p.send_line(code).expect("typed");
        if code.starts_with("while") {
            // A compound statement ends at an empty line, as at Python's prompt.
            p.exp_string("... ").expect("block continues");
            p.send_line("").expect("block ends");
        }
        std::thread::sleep(Duration::from_millis(1500));
        let sent = Instant::now();
        p.send_control('c').expect("Ctrl-C");
        p.exp_string("KeyboardInterrupt").expect("interrupted");
        let took = sent.elapsed();
        assert!(
            took < Duration::from_secs(5),
            "{code}: stopped after {took:?}"
        );
        p.exp_string(">>> ").expect("prompt again");
    }
    // The loops ran before they were stopped, and nothing else was lost.
    p.send_line("np.set_printoptions(threshold=1000); print(n > 0, keep, x.shape, x[0] > 1)")
        .expect("typed");
    p.exp_string("True 7 (1000000,) True")
        .expect("variables kept");
    p.exp_string(">>> ").expect("prompt");
    p.send_control('c').expect("Ctrl-C at an empty prompt");
    p.exp_string("KeyboardInterrupt").expect("reported");
    p.send_line("keep").expect("typed");
    p.exp_string("7").expect("still the same session");
    leave(p);
}

/// The in-place case names its target (checked apart: the pty interleaves stderr).
#[test]
fn an_interrupted_in_place_write_is_named() {
    let home = tempfile::tempdir().expect("temp home");
    let mut p = start(home.path(), true);
    p.send_line("x = np.zeros(10**6)").expect("typed");
    p.exp_string(">>> ").expect("prompt");
    p.send_line("for i in range(10**9): x[::2] += 1")
        .expect("typed");
    p.exp_string("... ").expect("block continues");
    p.send_line("").expect("block ends");
    std::thread::sleep(std::time::Duration::from_millis(1500));
    p.send_control('c').expect("Ctrl-C");
    p.exp_string("writes into `x` in place")
        .expect("note names x");
    p.exp_string("KeyboardInterrupt").expect("interrupted");
    p.exp_string(">>> ").expect("prompt again");
    leave(p);
}
