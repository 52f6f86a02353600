//! Kernels split across threads give exactly the single-thread result (issue 10 item 3):
//! one script of large elementwise operations, casts, copies (transposed and strided),
//! float sums and matrix products runs with 1, 2 and 3 threads, and every result's bytes,
//! dtype and shape, and every warning, must be the same each time.
//!
//! One test in this binary: the thread count is process-wide.

use arrsh::array::parallel;
use arrsh::Session;

/// Each result is printed as its dtype, shape and a hash of its bytes.
const SCRIPT: &str = r#"
rng = np.random.default_rng(7)
a = rng.standard_normal(400_003)
b = rng.standard_normal(400_003) * 1e300
a[::1000] = 0.0
a[5::7000] = np.nan
m = rng.standard_normal((700, 611))
u = rng.integers(0, 256, 500_001).astype(np.uint8)
i = rng.integers(-10**6, 10**6, 300_007)
c = rng.standard_normal(3_000_001)
def show(r):
    r = np.asarray(r)
    print(r.dtype, r.shape, hash(r.tobytes()))
show(a + 1.5)
show(a * b)
show(b * b)
show(1.0 / a)
show(np.log(a))
show(np.exp(b))
show(np.sqrt(np.abs(a)))
show(a ** 2)
show(a ** 3.5)
show(np.arctan2(a, b))
show(a < b)
show(np.maximum(a, 0.25))
show(m + m[0])
show(m * m[:, :1])
show(m.T + 1.0)
show(m[::2, ::3] * 2.0)
show(m.T.copy())
show(np.ascontiguousarray(m[:, ::-1].T))
show(m.T.astype(np.float32))
show(u + 10)
show(u.astype(np.float32))
show(i // 7)
show(i % 13)
show(i * i)
show(b.sum())
show(c.sum())
show(np.float32(0.1) * a.astype(np.float32))
show(c.astype(np.float32).sum())
show(c[::3].sum())
show(c[:3_000_000].reshape(3, -1).sum(axis=1))
show(m.sum(axis=0))
show(m.sum(axis=1))
show(m @ m.T)
show(m.astype(np.float32) @ m.T.astype(np.float32))
x = np.ones(400_000, np.uint8)
x += 10
show(x)
y = a.copy()
y *= 3.0
y[::2] += 1.0
show(y)
"#;

fn run(threads: usize) -> Vec<String> {
    parallel::set_threads(threads);
    let mut s = Session::new();
    let mut out = Vec::new();
    s.run(SCRIPT, false, |r| {
        if let Some(e) = &r.error {
            out.push(format!("error in {}: {:?}", r.source, e));
        }
        out.extend(r.stdout.lines().map(String::from));
        out.extend(r.warnings.iter().map(|w| w.text.clone()));
    });
    out
}

#[test]
fn threaded_kernels_match_one_thread() {
    let one = run(1);
    assert!(
        one.iter().all(|l| !l.starts_with("error")),
        "the script failed: {:?}",
        one
    );
    assert!(one.len() >= 37, "too few results: {:?}", one);
    assert!(
        one.iter().any(|l| l.contains("RuntimeWarning")),
        "no warning came out: {:?}",
        one
    );
    for t in [2, 3] {
        let many = run(t);
        assert_eq!(one, many, "{} threads differ from one", t);
    }
    parallel::set_threads(0);
}
