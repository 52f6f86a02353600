//! arrsh's one deliberate difference from NumPy (docs/differences.md): a view that would
//! reach outside its buffer is refused with a ValueError, where NumPy reads foreign memory.
//! Views that stay inside — up to the very last byte, or down to the first one through
//! negative strides — are made as NumPy makes them.

use arrsh::Session;

const REFUSAL: &str = "arrsh refuses a view that reaches outside its array's memory (NumPy would read foreign memory here)";

/// Run a setup and then one statement; return the statement's printed output or its error
/// as `Class: message`.
fn outcome(setup: &str, stmt: &str) -> String {
    let mut s = Session::new();
    let mut setup_errors = Vec::new();
    s.run(setup, false, |r| {
        if let Some(e) = &r.error {
            setup_errors.push(e.msg.clone());
        }
    });
    assert!(setup_errors.is_empty(), "setup failed: {:?}", setup_errors);
    let mut out = String::new();
    s.run(stmt, false, |r| match &r.error {
        Some(e) => out = format!("{}: {}", e.class, e.msg),
        None => out = r.stdout.trim_end().to_string(),
    });
    out
}

const SETUP: &str = "from numpy.lib.stride_tricks import as_strided\na = np.arange(12)";

#[test]
fn views_past_the_end_are_refused() {
    for stmt in [
        "as_strided(a, strides=(16,))",
        "as_strided(a, shape=(13,))",
        "as_strided(a, shape=(2, 7), strides=(48, 8))",
        "as_strided(a[6:], shape=(7,), strides=(8,))",
        "as_strided(a[::-1], shape=(13,), strides=(-8,))",
        "as_strided(a[:3], shape=(3,), strides=(-8,))",
        "as_strided(a.view(np.uint8)[1:], shape=(96,))",
    ] {
        let got = outcome(SETUP, stmt);
        assert_eq!(got, format!("ValueError: {}", REFUSAL), "{}", stmt);
    }
}

#[test]
fn views_inside_the_buffer_are_made() {
    for (stmt, want) in [
        (
            "as_strided(a, shape=(6,), strides=(16,))",
            "array([ 0,  2,  4,  6,  8, 10])",
        ),
        (
            "as_strided(a[6:], shape=(6,), strides=(8,))",
            "array([ 6,  7,  8,  9, 10, 11])",
        ),
        (
            "as_strided(a[::-1], shape=(12,), strides=(-8,))[-1]",
            "np.int64(0)",
        ),
        (
            "as_strided(a, shape=(0, 100), strides=(800, 8)).shape",
            "(0, 100)",
        ),
        (
            "np.lib.stride_tricks.sliding_window_view(as_strided(a, shape=(2, 6)), (2, 6)).shape",
            "(1, 1, 2, 6)",
        ),
    ] {
        let got = outcome(SETUP, stmt);
        assert_eq!(got, want, "{}", stmt);
    }
}
