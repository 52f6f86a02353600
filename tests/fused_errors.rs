//! An error a fused pass raises (`np.seterr(all='raise')`) points at the operation that
//! failed, as the plain path's traceback does, not at the whole right-hand side.
//!
//! One test in this binary: the fusion threshold is process-wide.

use arrsh::numpy::ufunc::fused;
use arrsh::Session;

/// The error `stmt` raises: its class, message and source span.
fn error_of(s: &mut Session, stmt: &str) -> (String, String, Option<(usize, usize)>) {
    let mut got = None;
    s.run(stmt, true, |r| {
        if let Some(e) = &r.error {
            got = Some((
                e.class.to_string(),
                e.msg.clone(),
                e.span.map(|sp| (sp.start, sp.end)),
            ));
        }
    });
    got.unwrap_or_else(|| panic!("{} raised nothing", stmt))
}

#[test]
fn fused_errors_point_at_the_failing_operation() {
    let mut s = Session::new();
    s.run(
        "np.seterr(all='raise')\nx = np.zeros(100_000)\nb = np.full(100_000, 1e300)",
        false,
        |_| {},
    );
    for stmt in [
        "y = 2 * (1 / x) + 3",
        "y = np.sqrt(x - 1) * 2 + x",
        "y = x + b * b - 1",
        "y = (x + 1) * np.log(x) + 2",
    ] {
        fused::set_min_size(usize::MAX);
        let plain = error_of(&mut s, stmt);
        fused::set_min_size(0);
        let passes = fused::passes();
        let fused_err = error_of(&mut s, stmt);
        assert_eq!(fused::passes(), passes + 1, "{} did not fuse", stmt);
        assert_eq!(fused_err, plain, "{}", stmt);
        assert_eq!(plain.0, "FloatingPointError", "{}", stmt);
        let (lo, hi) = plain.2.expect("a span");
        assert!(
            hi - lo < stmt.len() - 4,
            "{}: the span is the failing operation",
            stmt
        );
    }
}
