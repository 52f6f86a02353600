//! Explain mode, memory pictures, the live hint and `%trace` in a real pseudo-terminal,
//! with colour on (a terminal, no NO_COLOR) and off (NO_COLOR set).

mod common;

use common::pty::{keys, leave, start};
use rexpect::session::PtySession;

/// Run a statement and return everything printed up to a marker printed after it.
fn output_of(p: &mut PtySession, line: &str, marker: &str) -> String {
    p.send_line(line).expect("statement typed");
    p.send_line(&format!("print('{}')", marker))
        .expect("marker typed");
    p.exp_string(&format!("{}\r\n", marker))
        .expect("marker printed")
}

#[test]
fn explain_lines_dim_on_a_terminal_plain_without_colour() {
    let home = tempfile::tempdir().expect("temp home");
    let mut p = start(home.path(), false);
    p.send_line("%explain on").expect("typed");
    p.send_line("x = np.arange(10)").expect("typed");
    p.exp_string("\x1b[2mx: copy").expect("dim copy line");
    p.exp_string("new 80-byte buffer").expect("its size");
    p.send_line("y = x[:3]").expect("typed");
    p.exp_string("\x1b[2my: view of x, basic indexing (bytes 0..24 of x's buffer, strides (8,)), nothing copied")
        .expect("dim view line");
    p.send_line("x[[0, 1]][0] = 5").expect("typed");
    p.exp_string("note: this wrote into a temporary copy made by x[[0, 1]]")
        .expect("temporary-copy note");
    p.exp_string("x is unchanged")
        .expect("names the untouched array");
    p.send_line("y += 1").expect("typed");
    p.exp_string("y: changed in place").expect("in place");
    p.exp_string("x sees it too").expect("the other name");
    p.send_line("%explain off").expect("typed");
    let quiet = output_of(&mut p, "z = x[::2]", "after-off");
    assert!(
        !quiet.contains("z: view of"),
        "no explanation when off: {quiet:?}"
    );
    leave(p);

    let mut p = start(home.path(), true);
    p.send_line("%explain on").expect("typed");
    let text = output_of(&mut p, "x = np.arange(4); y = x", "plain-marker");
    assert!(
        text.contains("    y: the same array as x (no new array at all)"),
        "{text:?}"
    );
    assert!(!text.contains("\x1b[2m"), "no dim without colour: {text:?}");
    leave(p);
}

#[test]
fn memory_pictures_in_colour_and_plain() {
    let home = tempfile::tempdir().expect("temp home");
    let mut p = start(home.path(), false);
    p.send_line("x = np.arange(12)").expect("typed");
    let pic = output_of(&mut p, "y = x[2:8:2]; mem(y)", "pic-done");
    assert!(pic.contains("buffer #"), "{pic:?}");
    assert!(pic.contains("y[i] is at byte 16 + i*16"), "{pic:?}");
    assert!(
        pic.contains("\x1b[1m") || pic.contains("\x1b[36m"),
        "marked cells coloured: {pic:?}"
    );
    leave(p);

    let mut p = start(home.path(), true);
    p.send_line("x = np.arange(12)").expect("typed");
    let pic = output_of(&mut p, "y = x[2:8:2]; mem(y)", "pic-plain");
    let drawn = &pic[pic.find("buffer #").expect("picture printed")..];
    let drawn = &drawn[..drawn.find(">>> ").unwrap_or(drawn.len())];
    // Up to the next prompt, only the picture: no escape sequences at all.
    let picture_only = &drawn[..drawn.rfind("\r\n").unwrap_or(drawn.len())];
    assert!(
        !picture_only.contains('\x1b'),
        "plain characters: {picture_only:?}"
    );
    assert!(
        pic.contains("[0]") && pic.contains("[1]") && pic.contains("[2]"),
        "{pic:?}"
    );
    let two = output_of(&mut p, "%mem x y", "two-done");
    assert!(two.contains("numbers are x/y element indices"), "{two:?}");
    assert!(
        two.contains("2/0"),
        "x's element 2 is y's element 0: {two:?}"
    );
    leave(p);
}

#[test]
fn live_hint_says_view_or_copy_and_is_not_accepted_as_text() {
    let home = tempfile::tempdir().expect("temp home");
    let mut p = start(home.path(), false);
    p.send_line("x = np.arange(6).reshape(2, 3); t = x.T")
        .expect("typed");
    p.exp_string(">>> ").expect("prompt");
    keys(&mut p, "y = x[:, ::2]", "typed");
    p.exp_string("view of x\x1b[0m").expect("dim view hint");
    // Right-arrow at the end of the line must not take the hint in as text.
    keys(&mut p, "\x1b[C", "right arrow");
    p.send_line("").expect("enter");
    let shape = output_of(&mut p, "y.shape", "shape-done");
    assert!(shape.contains("(2, 2)"), "{shape:?}");
    keys(&mut p, "z = t.reshape(-1)", "typed");
    p.exp_string(" copy (reshape must copy)\x1b[0m")
        .expect("copy hint");
    p.send_line("").expect("enter");
    keys(&mut p, "w = x.reshape(3, 2)", "typed");
    p.exp_string(" view (reshape keeps strides)\x1b[0m")
        .expect("view hint");
    p.send_line("").expect("enter");
    keys(&mut p, "c = x[[0, 1]]", "typed");
    p.exp_string(" copy (advanced index)\x1b[0m")
        .expect("advanced hint");
    p.send_line("").expect("enter");
    keys(&mut p, "x += 1", "typed");
    p.exp_string(" in place\x1b[0m").expect("in-place hint");
    p.send_line("").expect("enter");
    leave(p);

    let mut p = start(home.path(), true);
    p.send_line("x = np.arange(6)").expect("typed");
    p.exp_string(">>> ").expect("prompt");
    keys(&mut p, "y = x[::2]", "typed");
    let typed = p.exp_string(" view of x").expect("plain hint");
    assert!(
        !typed.ends_with('m'),
        "no colour codes before the hint: {typed:?}"
    );
    p.send_line("").expect("enter");
    let bare = output_of(&mut p, "x", "bare-done");
    // rexpect shows each byte of UTF-8 as one char: the arrow is "\u{e2}\u{86}\u{92}".
    assert!(
        !bare.contains("\u{e2}\u{86}\u{92}"),
        "no hint on a bare name: {bare:?}"
    );
    leave(p);
}

#[test]
fn trace_follows_the_buffer() {
    for no_color in [false, true] {
        let home = tempfile::tempdir().expect("temp home");
        let mut p = start(home.path(), no_color);
        p.send_line("x = np.arange(4)").expect("typed");
        p.send_line("%trace x").expect("typed");
        p.exp_string("tracing x: buffer #").expect("trace started");
        let quiet = output_of(&mut p, "v = x[1:]", "view-done");
        assert!(
            !quiet.contains("trace:"),
            "a view copies nothing: {quiet:?}"
        );
        p.send_line("y = x").expect("typed");
        p.send_line("z = y[[0, 1]]").expect("typed");
        p.exp_string("trace: z's new 16-byte buffer #")
            .expect("copy through the alias traced");
        p.exp_string("was made from traced buffer #")
            .expect("source");
        p.send_line("x = x + 1").expect("typed");
        p.exp_string("trace: x left traced buffer #")
            .expect("rebinding traced");
        p.send_line("%untrace y").expect("typed");
        let after = output_of(&mut p, "q = y[[0]]", "untraced");
        assert!(!after.contains("trace:"), "untraced: {after:?}");
        leave(p);
    }
}

#[test]
fn errors_at_the_prompt_show_operand_shapes_under_the_caret() {
    let home = tempfile::tempdir().expect("temp home");
    for plain in [false, true] {
        let mut p = start(home.path(), plain);
        p.send_line("a = np.ones((5, 2)); b = np.ones((2, 5))")
            .expect("typed");
        let text = output_of(&mut p, "a + b", "after-error");
        assert!(
            text.contains("with shapes (5,2) (2,5)"),
            "NumPy's first line: {text:?}"
        );
        assert!(
            text.contains("    a + b\r\n    ^^^^^\r\n    (5, 2)\r\n        (2, 5)\r\n"),
            "{text:?}"
        );
        let text = output_of(&mut p, "b[7]", "after-index");
        assert!(
            text.contains("    b[7]\r\n    ^^^^\r\n    (2, 5)\r\n"),
            "{text:?}"
        );
        leave(p);
    }
}
