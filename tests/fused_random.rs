//! Fused elementwise evaluation gives exactly what the plain path gives (issue 10 item 2):
//! a few thousand random expression trees (seeded) of operators and ufunc calls over
//! arrays of random dtypes, shapes and values (zeros, -0.0, infinities, nans, the integer
//! extremes) and Python and NumPy scalars run once with fusion on and once with it off;
//! every result's dtype, shape and bytes, every warning and every error must agree. A
//! thousand more are float trees over block-crossing sizes, most of which run as the
//! typed float loop. A few large cases run on several threads.
//!
//! One test in this binary: the fusion threshold and thread count are process-wide.

use arrsh::array::parallel;
use arrsh::numpy::ufunc::fused;
use arrsh::Session;

#[path = "common/session.rs"]
mod session;
use session::run;

/// splitmix64: a small seeded generator, so every run builds the same cases.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

const DTYPES: &[&str] = &[
    "bool",
    "int8",
    "int16",
    "int32",
    "int64",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "float16",
    "float32",
    "float64",
    "complex64",
    "complex128",
];

const FLOATS: &[&str] = &[
    "0.0",
    "-0.0",
    "1.0",
    "-1.5",
    "2.5",
    "3.0",
    "1e-8",
    "65504.0",
    "1e38",
    "1e308",
    "5e-324",
    "float('inf')",
    "-float('inf')",
    "float('nan')",
    "-7.25",
    "0.5",
];

/// An element literal for an array of `dtype`.
fn element(r: &mut Rng, dtype: &str) -> String {
    let bits: Option<(u32, bool)> = match dtype {
        "int8" => Some((8, true)),
        "int16" => Some((16, true)),
        "int32" => Some((32, true)),
        "int64" => Some((64, true)),
        "uint8" => Some((8, false)),
        "uint16" => Some((16, false)),
        "uint32" => Some((32, false)),
        "uint64" => Some((64, false)),
        _ => None,
    };
    match (dtype, bits) {
        ("bool", _) => r.pick(&["True", "False"]).to_string(),
        (_, Some((b, signed))) => {
            let (lo, hi): (i128, i128) = if signed {
                (-(1i128 << (b - 1)), (1i128 << (b - 1)) - 1)
            } else {
                (0, (1i128 << b) - 1)
            };
            match r.below(6) {
                0 => lo.to_string(),
                1 => hi.to_string(),
                2 => "0".to_string(),
                3 if signed => "-1".to_string(),
                _ => ((r.below(21) as i128 - 10).clamp(lo, hi)).to_string(),
            }
        }
        ("complex64" | "complex128", _) => {
            format!("complex({}, {})", r.pick(FLOATS), r.pick(FLOATS))
        }
        _ => r.pick(FLOATS).to_string(),
    }
}

/// A scalar operand: a Python scalar or a NumPy scalar.
fn scalar(r: &mut Rng) -> String {
    match r.below(9) {
        0 => r
            .pick(&["0", "1", "2", "3", "-1", "-2", "7", "300", "2**40"])
            .to_string(),
        1 => r.pick(FLOATS).to_string(),
        2 => r.pick(&["True", "False"]).to_string(),
        3 => r.pick(&["1j", "(2-0.5j)"]).to_string(),
        4 => "2".to_string(),
        5 => r.pick(&["0.5", "-1"]).to_string(),
        _ => {
            let d = r.pick(DTYPES);
            format!("np.{}({})", d, element(r, d))
        }
    }
}

const BINARY: &[&str] = &[
    "+", "-", "*", "/", "//", "%", "**", "<", "<=", "==", "!=", ">",
];
const BITWISE: &[&str] = &["&", "|", "^"];
const UNARY_CALLS: &[&str] = &[
    "np.sqrt",
    "np.exp",
    "np.abs",
    "np.sin",
    "np.log",
    "np.negative",
    "np.square",
    "np.floor",
    "np.isnan",
    "np.tanh",
    "np.reciprocal",
    "np.cos",
];
const BINARY_CALLS: &[&str] = &[
    "np.add",
    "np.multiply",
    "np.maximum",
    "np.minimum",
    "np.subtract",
    "np.power",
    "np.true_divide",
    "np.fmin",
    "np.logical_and",
];

/// A random expression over the arrays `a0 .. a{n-1}` and scalars; `top` is never a
/// plain operand.
fn expr(r: &mut Rng, depth: usize, arrays: usize, top: bool) -> String {
    if depth == 0 || !top && r.below(6) == 0 {
        return if r.below(4) == 0 {
            scalar(r)
        } else {
            format!("a{}", r.below(arrays))
        };
    }
    let d = depth - 1;
    match r.below(16) {
        0 => format!("(-{})", expr(r, d, arrays, false)),
        1 | 2 => format!("({}({}))", r.pick(UNARY_CALLS), expr(r, d, arrays, false)),
        3 | 4 => format!(
            "{}({}, {})",
            r.pick(BINARY_CALLS),
            expr(r, d, arrays, false),
            expr(r, d, arrays, false)
        ),
        5 => format!(
            "({} {} {})",
            expr(r, d, arrays, false),
            r.pick(BITWISE),
            expr(r, d, arrays, false)
        ),
        6 => format!("(~{})", expr(r, d, arrays, false)),
        _ => format!(
            "({} {} {})",
            expr(r, d, arrays, false),
            r.pick(BINARY),
            expr(r, d, arrays, false)
        ),
    }
}

/// One case: the script making its arrays, and the statement to compare.
fn case(r: &mut Rng, large: bool) -> (String, String) {
    let shape = match r.below(4) {
        0 => vec![1 + r.below(40)],
        1 => vec![1 + r.below(7), 1 + r.below(9)],
        2 => vec![2, 1 + r.below(3), 1 + r.below(5)],
        _ => vec![3000 + r.below(3000)],
    };
    let size: usize = shape.iter().product();
    let shape_text = format!(
        "({})",
        shape.iter().map(|n| format!("{},", n)).collect::<String>()
    );
    let n = 1 + r.below(3);
    let mut setup = String::new();
    for i in 0..n {
        let d = r.pick(DTYPES);
        let vals: Vec<String> = (0..size.min(24)).map(|_| element(r, d)).collect();
        if large {
            setup.push_str(&format!(
                "a{} = np.resize(np.array([{}], dtype=np.{}), 300_001)\n",
                i,
                vals.join(", "),
                d
            ));
        } else {
            setup.push_str(&format!(
                "a{} = np.resize(np.array([{}], dtype=np.{}), {})\n",
                i,
                vals.join(", "),
                d,
                shape_text
            ));
        }
    }
    let e = expr(r, 3, n, true);
    (setup, format!("r = {}\nshow(r)\n", e))
}

/// Float operations the typed loop runs (`src/numpy/ufunc/fused/float.rs`), and a few it
/// does not, so plans of both kinds come out.
const FLOAT_UNARY: &[&str] = &[
    "np.sqrt",
    "np.exp",
    "np.log",
    "np.sin",
    "np.cos",
    "np.abs",
    "np.fabs",
    "np.negative",
    "np.positive",
    "np.square",
    "np.tanh",
];
const FLOAT_BINARY: &[&str] = &["+", "-", "*", "/", "**"];
const FLOAT_CALLS: &[&str] = &[
    "np.maximum",
    "np.minimum",
    "np.fmax",
    "np.fmin",
    "np.true_divide",
    "np.hypot",
];

/// A random float expression over `a0 .. a{n-1}`: mostly the typed loop's operations,
/// Python float scalars, squares and square roots written as powers.
fn float_expr(r: &mut Rng, depth: usize, arrays: usize, top: bool) -> String {
    if depth == 0 || !top && r.below(5) == 0 {
        return if r.below(4) == 0 {
            r.pick(FLOATS).to_string()
        } else {
            format!("a{}", r.below(arrays))
        };
    }
    let d = depth - 1;
    match r.below(12) {
        0 => format!("(-{})", float_expr(r, d, arrays, false)),
        1 => format!(
            "({} ** {})",
            float_expr(r, d, arrays, false),
            r.pick(&["2", "0.5", "-1", "3"])
        ),
        2..=4 => format!(
            "{}({})",
            r.pick(FLOAT_UNARY),
            float_expr(r, d, arrays, false)
        ),
        5 | 6 => format!(
            "{}({}, {})",
            r.pick(FLOAT_CALLS),
            float_expr(r, d, arrays, false),
            float_expr(r, d, arrays, false)
        ),
        _ => format!(
            "({} {} {})",
            float_expr(r, d, arrays, false),
            r.pick(FLOAT_BINARY),
            float_expr(r, d, arrays, false)
        ),
    }
}

/// A float case: one to three arrays of one float dtype (sometimes the other for one of
/// them) whose sizes cross block boundaries, with special values among ordinary ones.
fn float_case(r: &mut Rng, large: bool) -> (String, String) {
    let dt = r.pick(&["float64", "float32"]);
    let size = if large {
        300_001
    } else {
        [1, 7, 1023, 1024, 1025, 2047, 2049, 5000][r.below(8)] + r.below(3)
    };
    let n = 1 + r.below(3);
    let mut setup = String::new();
    for i in 0..n {
        let d = if r.below(12) == 0 { "float16" } else { dt };
        let vals: Vec<String> = (0..1 + r.below(30))
            .map(|_| {
                if r.below(3) == 0 {
                    r.pick(FLOATS).to_string()
                } else {
                    format!("{}.{}", r.below(7) as i64 - 3, r.below(1000))
                }
            })
            .collect();
        setup.push_str(&format!(
            "a{} = np.resize(np.array([{}], dtype=np.{}), {})\n",
            i,
            vals.join(", "),
            d,
            size
        ));
    }
    let e = float_expr(r, 4, n, true);
    (setup, format!("r = {}\nshow(r)\n", e))
}

const SHOW: &str =
    "def show(r):\n    r = np.asarray(r)\n    print(r.dtype, r.shape, r.tobytes().hex())\n";

#[test]
fn fused_matches_unfused_bit_for_bit() {
    let mut fused_session = Session::new();
    let mut plain_session = Session::new();
    run(&mut fused_session, SHOW);
    run(&mut plain_session, SHOW);
    let mut rng = Rng(0x5eed_f05e);
    let (before, typed) = (fused::passes(), fused::typed_passes());
    let (mut warned, mut failed, mut cases) = (0, 0, 0);
    for k in 0..4000 {
        // The last thousand are float trees, most of them the typed loop's.
        let large = k % 300 == 0;
        let (setup, stmt) = if k < 3000 {
            case(&mut rng, large)
        } else {
            float_case(&mut rng, large)
        };
        parallel::set_threads(if large { 2 } else { 1 });
        fused::set_min_size(usize::MAX);
        let setup_plain = run(&mut plain_session, &setup);
        let plain = run(&mut plain_session, &stmt);
        run(&mut fused_session, &setup);
        fused::set_min_size(1);
        let fused = run(&mut fused_session, &stmt);
        assert_eq!(
            plain, fused,
            "case {}:\n{}{}(setup said {:?})",
            k, setup, stmt, setup_plain
        );
        cases += 1;
        warned += plain.iter().any(|l| l.contains("RuntimeWarning")) as usize;
        failed += plain.iter().any(|l| l.starts_with("error")) as usize;
    }
    fused::set_min_size(0);
    parallel::set_threads(0);
    let passes = fused::passes() - before;
    let typed = fused::typed_passes() - typed;
    // The trees are random: many fold to scalars, mix shapes or fail, but most must fuse.
    eprintln!(
        "{} cases: {} fused ({} typed), {} warned, {} raised",
        cases, passes, typed, warned, failed
    );
    assert!(typed >= 150, "only {} passes ran the typed loop", typed);
    // Trees that raise run on the plain path (the error and the warnings before it come
    // from there); most of the others must fuse.
    assert!(
        passes * 2 >= cases - failed,
        "only {} of {} cases fused",
        passes,
        cases - failed
    );
    assert!(
        warned * 10 >= cases,
        "only {} of {} cases warned",
        warned,
        cases
    );
}
