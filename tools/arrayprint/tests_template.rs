//! Expected strings produced by NumPy @NUMPY@ (Python 3) by
//! `tools/arrayprint/emit_tests.py` (case generators in `tools/arrayprint/gen.py`).
//! @COUNT@ cases: hand-picked ones,
//! random arrays (every dtype, rank 0..5, summarization, every print option)
//! and a float-digit stress set (random bit patterns, rounding ties, every
//! floatmode and precision 0..20).
//!
//! Each data line is `mode|dtype|shape|options|values|expected`, where values
//! are Python `repr`s of the elements (`re:im` for complex), options are
//! `key=value;...` (`sign=_` means `' '`, `legacy=1` means `'1.13'`), and the
//! expected text has `\n` for newlines. Modes: `repr`, `str`, `a2s`
//! (`array2string(a, separator=', ', prefix='prefix(')`), `srepr`/`sstr` (scalar
//! of the 0-d array), `pyf`/`pyc` (Python `repr(float)` / `repr(complex)`).

#![cfg(test)]

use super::*;

struct Arr {
    shape: Vec<usize>,
    kind: ElemKind,
    dtype: String,
    data: Vec<Elem>,
}

impl Printable for Arr {
    fn shape(&self) -> &[usize] {
        &self.shape
    }
    fn kind(&self) -> ElemKind {
        self.kind
    }
    fn dtype_name(&self) -> &str {
        &self.dtype
    }
    fn get(&self, index: &[usize]) -> Elem {
        let off = index
            .iter()
            .zip(&self.shape)
            .fold(0, |acc, (&i, &n)| acc * n + i);
        self.data[off]
    }
}

/// A huge array that exists only as a rule: element = flat index.
struct Virtual(Vec<usize>);

impl Printable for Virtual {
    fn shape(&self) -> &[usize] {
        &self.0
    }
    fn kind(&self) -> ElemKind {
        ElemKind::Float(FloatWidth::F64)
    }
    fn dtype_name(&self) -> &str {
        "float64"
    }
    fn get(&self, index: &[usize]) -> Elem {
        let off = index
            .iter()
            .zip(&self.0)
            .fold(0u64, |acc, (&i, &n)| acc * n as u64 + i as u64);
        Elem::Float(off as f64)
    }
}

/// `Virtual` that counts the elements the printer reads.
struct Counting(Virtual, std::cell::Cell<usize>);

impl Printable for Counting {
    fn shape(&self) -> &[usize] {
        self.0.shape()
    }
    fn kind(&self) -> ElemKind {
        self.0.kind()
    }
    fn dtype_name(&self) -> &str {
        self.0.dtype_name()
    }
    fn get(&self, index: &[usize]) -> Elem {
        self.1.set(self.1.get() + 1);
        self.0.get(index)
    }
}

fn kind_of(d: &str) -> ElemKind {
    match d {
        "bool" => ElemKind::Bool,
        "float16" => ElemKind::Float(FloatWidth::F16),
        "float32" => ElemKind::Float(FloatWidth::F32),
        "float64" => ElemKind::Float(FloatWidth::F64),
        "complex64" => ElemKind::Complex(FloatWidth::F32),
        "complex128" => ElemKind::Complex(FloatWidth::F64),
        d if d.starts_with('u') => ElemKind::UInt,
        _ => ElemKind::Int,
    }
}

fn parse_elem(k: ElemKind, t: &str) -> Elem {
    let f = |s: &str| s.parse::<f64>().expect("float");
    match k {
        ElemKind::Bool => Elem::Bool(t == "1"),
        ElemKind::Int => Elem::Int(t.parse().expect("int")),
        ElemKind::UInt => Elem::UInt(t.parse().expect("uint")),
        ElemKind::Float(_) => Elem::Float(f(t)),
        ElemKind::Complex(_) => {
            let (a, b) = t.split_once(':').expect("complex");
            Elem::Complex(f(a), f(b))
        }
    }
}

fn parse_opts(s: &str) -> PrintOptions {
    let mut o = PrintOptions::default();
    for kv in s.split(';').filter(|x| !x.is_empty()) {
        let (k, v) = kv.split_once('=').expect("key=value");
        match k {
            "precision" => o.precision = v.parse().expect("precision"),
            "threshold" => o.threshold = v.parse().expect("threshold"),
            "edgeitems" => o.edgeitems = v.parse().expect("edgeitems"),
            "linewidth" => o.linewidth = v.parse().expect("linewidth"),
            "suppress" => o.suppress = v == "1",
            "nanstr" => o.nanstr = v.to_string(),
            "infstr" => o.infstr = v.to_string(),
            "sign" => {
                o.sign = if v == "_" {
                    ' '
                } else {
                    v.chars().next().unwrap_or('-')
                }
            }
            "floatmode" => {
                o.floatmode = match v {
                    "fixed" => FloatMode::Fixed,
                    "unique" => FloatMode::Unique,
                    "maxprec" => FloatMode::MaxPrec,
                    _ => FloatMode::MaxPrecEqual,
                }
            }
            "legacy" => o.legacy = if v == "1" { Legacy::V1_13 } else { Legacy::Off },
            _ => panic!("unknown option {k}"),
        }
    }
    o
}

/// Runs one data line; returns `(expected, got)`.
fn run_case(line: &str) -> (String, String) {
    let f: Vec<&str> = line.split('|').collect();
    assert_eq!(f.len(), 6, "bad data line {line}");
    let (mode, dtype, shape, opts, vals) = (f[0], f[1], f[2], f[3], f[4]);
    let expected = f[5].replace("\\n", "\n");
    let kind = kind_of(dtype);
    let shape: Vec<usize> = shape
        .split(',')
        .filter(|x| !x.is_empty())
        .map(|x| x.parse().expect("dim"))
        .collect();
    let opts = parse_opts(opts);
    let data: Vec<Elem> = vals
        .split(' ')
        .filter(|x| !x.is_empty())
        .map(|t| parse_elem(kind, t))
        .collect();
    let a = Arr {
        shape,
        kind,
        dtype: dtype.to_string(),
        data,
    };
    let got = match mode {
        "repr" => array_repr(&a, &opts),
        "str" => array_str(&a, &opts),
        "a2s" => array2string(&a, &opts, ", ", "prefix(", ""),
        "srepr" => scalar_repr(a.data[0], kind, dtype, &opts),
        "sstr" => scalar_str(a.data[0], kind, &opts),
        "pyf" => match a.data[0] {
            Elem::Float(x) => python_float_repr(x),
            _ => panic!("pyf needs a float"),
        },
        "pyc" => match a.data[0] {
            Elem::Complex(x, y) => python_complex_repr(x, y),
            _ => panic!("pyc needs a complex"),
        },
        _ => panic!("unknown mode {mode}"),
    };
    (expected, got)
}

#[test]
fn matches_numpy() {
    let mut failures = Vec::new();
    let mut count = 0;
    for line in DATA.lines().filter(|l| !l.is_empty()) {
        count += 1;
        let (expected, got) = run_case(line);
        if expected != got {
            failures.push(format!(
                "{line}\n  expected: {expected:?}\n  got:      {got:?}"
            ));
        }
    }
    assert!(count > 300, "test data missing");
    assert!(
        failures.is_empty(),
        "{} of {count} cases differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn documented_examples() {
    let o = PrintOptions::default();
    let a = Arr {
        shape: vec![3],
        kind: ElemKind::Int,
        dtype: "int64".into(),
        data: vec![Elem::Int(1), Elem::Int(2), Elem::Int(3)],
    };
    assert_eq!(array_repr(&a, &o), "array([1, 2, 3])");
    assert_eq!(array_str(&a, &o), "[1 2 3]");
    let f64k = ElemKind::Float(FloatWidth::F64);
    assert_eq!(
        scalar_repr(Elem::Float(0.1), f64k, "float64", &o),
        "np.float64(0.1)"
    );
    assert_eq!(
        scalar_repr(Elem::Bool(true), ElemKind::Bool, "bool", &o),
        "np.True_"
    );
    assert_eq!(python_float_repr(1e16), "1e+16");
    assert_eq!(python_complex_repr(-0.0, -1.0), "(-0-1j)");
}

#[test]
fn summarized_arrays_read_only_shown_elements() {
    let o = PrintOptions::default();
    for (shape, shown) in [
        (vec![100_000_000], 6),
        (vec![10_000, 10_000], 36),
        (vec![100, 100, 100, 100], 1296),
        (vec![1, 100_000_000], 6),
    ] {
        let a = Counting(Virtual(shape.clone()), Default::default());
        array_repr(&a, &o);
        assert_eq!(a.1.get(), shown, "repr of {shape:?}");
        let a = Counting(Virtual(shape.clone()), Default::default());
        array_str(&a, &o);
        assert_eq!(a.1.get(), shown, "str of {shape:?}");
    }
}

#[test]
fn huge_summarized_array_is_fast() {
    let o = PrintOptions::default();
    let start = std::time::Instant::now();
    let text = array_repr(&Virtual(vec![100_000_000]), &o);
    assert_eq!(
        text,
        "array([0.0000000e+00, 1.0000000e+00, 2.0000000e+00, ..., 9.9999997e+07,\n       \
         9.9999998e+07, 9.9999999e+07], shape=(100000000,))"
    );
    let text = array_repr(&Virtual(vec![100, 100, 100, 100]), &o);
    assert!(text.ends_with("shape=(100, 100, 100, 100))"));
    assert!(
        start.elapsed().as_secs() < 2,
        "printing should only touch shown elements"
    );
}

const DATA: &str = r#"
@DATA@
"#;
