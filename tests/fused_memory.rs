//! A fused statement allocates just its result (issue 10: "peak memory of a fused
//! statement: the result plus < 5%"), and explain mode says what it always said: the
//! blocks of the pass are scratch, not array buffers. The plain path of the same
//! statement allocates its temporaries too, which shows the fused path ran.
//!
//! One test in this binary: the fusion threshold is process-wide.

use arrsh::array::raw::allocation_stats;
use arrsh::numpy::ufunc::fused;
use arrsh::Session;

/// Bytes allocated while `stmt` ran, and what explain mode said about it.
fn allocated(s: &mut Session, stmt: &str) -> (u64, Vec<String>) {
    let before = allocation_stats().1;
    let mut lines = Vec::new();
    s.run(stmt, false, |r| {
        assert!(r.error.is_none(), "{} failed: {:?}", stmt, r.error);
        if let Some(e) = &r.explained {
            lines.extend(e.lines.iter().cloned());
        }
    });
    (allocation_stats().1 - before, lines)
}

#[test]
fn fused_statements_allocate_only_their_result() {
    let mut s = Session::new();
    s.run(
        "x = np.linspace(-3, 3, 100_000)\ni = np.arange(100_000, dtype=np.int32)",
        false,
        |_| {},
    );
    s.set_explain(true);
    let cases = [
        ("y = 2*x**2 + 3*x + 1", 800_000),
        ("r = np.sqrt(x**2 + x**2)", 800_000),
        ("b = (x > 0) & (x < 1)", 100_000),
        ("f = i * 1.5 + i", 800_000),
        ("g = i * 3 - i // 7", 400_000),
    ];
    for (stmt, bytes) in cases {
        fused::set_min_size(usize::MAX);
        // Twice, so that both measured runs rebind the name.
        allocated(&mut s, stmt);
        let (plain, plain_lines) = allocated(&mut s, stmt);
        fused::set_min_size(0);
        let passes = fused::passes();
        let (fused_bytes, fused_lines) = allocated(&mut s, stmt);
        assert_eq!(fused::passes(), passes + 1, "{} did not fuse", stmt);
        assert_eq!(
            fused_bytes, bytes,
            "{} allocated more than its result",
            stmt
        );
        assert!(
            plain > fused_bytes,
            "{}: the plain path made no temporaries",
            stmt
        );
        assert_eq!(plain_lines, fused_lines, "{}: explain mode differs", stmt);
    }
}
