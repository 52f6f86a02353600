//! `np.testing`: `assert_allclose`, `assert_array_equal`,
//! `assert_array_almost_equal`, `assert_array_less`, `assert_equal`,
//! `assert_almost_equal` and `assert_raises`, with the `AssertionError`
//! text NumPy 2.4.6 builds (`numpy/testing/_private/utils.py`:
//! `assert_array_compare` and `build_err_msg`).
//!
//! The element work is done on the two arrays broadcast to one shape (NumPy
//! allows equal shapes or a 0-d side): nan and inf positions must agree and
//! are then left out, the remaining pairs are compared, and the report
//! lists the first five mismatching indices and the largest absolute and
//! relative differences among them.

use super::context::Context;
use super::Family;
use crate::array::dtype::{DType, Kind};
use crate::array::element::Num;
use crate::array::object::NdArray;
use crate::error::{PyErr, PyResult};
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, to_f64, to_int, truthy};
use crate::value::Value;

pub const NAMES: &[&str] = &[
    "assert_allclose",
    "assert_array_equal",
    "assert_array_almost_equal",
    "assert_array_less",
    "assert_equal",
    "assert_almost_equal",
    "assert_raises",
];

pub const FAMILY: Family = Family { names: &[], call };

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    let short = name.strip_prefix("testing.")?;
    Some(match short {
        "assert_allclose" => assert_allclose(it, &args),
        "assert_array_equal" => assert_array_equal(it, &args),
        "assert_array_almost_equal" => assert_array_almost_equal(it, &args),
        "assert_array_less" => assert_array_less(it, &args),
        "assert_equal" => assert_equal_call(it, &args),
        "assert_almost_equal" => assert_almost_equal(it, &args),
        "assert_raises" => assert_raises(it, args),
        _ => return None,
    })
}

/// How two elements are compared.
#[derive(Clone, Copy)]
enum Compare {
    Equal,
    Less,
    Close {
        rtol: f64,
        atol: f64,
        equal_nan: bool,
    },
    Almost {
        decimal: i64,
    },
}

/// One element as a complex number (real dtypes have `im == 0`), plus the
/// exact integer when there is one, so large int64 compare exactly.
#[derive(Clone, Copy)]
struct E {
    re: f64,
    im: f64,
    int: Option<i128>,
}

fn elem(n: Num) -> E {
    match n {
        Num::Bool(b) => E {
            re: f64::from(u8::from(b)),
            im: 0.0,
            int: Some(i128::from(b)),
        },
        Num::Int(i) => E {
            re: i as f64,
            im: 0.0,
            int: Some(i),
        },
        Num::Float(f) => E {
            re: f,
            im: 0.0,
            int: None,
        },
        Num::Complex(re, im) => E { re, im, int: None },
    }
}

impl E {
    fn is_nan(self) -> bool {
        self.re.is_nan() || self.im.is_nan()
    }
    fn is_inf(self) -> bool {
        self.re.is_infinite() || self.im.is_infinite()
    }
    fn eq(self, o: E) -> bool {
        match (self.int, o.int) {
            (Some(a), Some(b)) => a == b,
            _ => self.re == o.re && self.im == o.im,
        }
    }
    fn abs(self) -> f64 {
        if self.im == 0.0 {
            self.re.abs()
        } else {
            self.re.hypot(self.im)
        }
    }
    /// `abs(x - y)` as a float (exact for integers that fit).
    fn diff(self, o: E) -> f64 {
        match (self.int, o.int) {
            (Some(a), Some(b)) => (a - b).unsigned_abs() as f64,
            _ => E {
                re: self.re - o.re,
                im: self.im - o.im,
                int: None,
            }
            .abs(),
        }
    }
}

fn holds(c: Compare, x: E, y: E) -> bool {
    match c {
        Compare::Equal => x.eq(y),
        Compare::Less => match (x.int, y.int) {
            (Some(a), Some(b)) => a < b,
            _ => x.re < y.re,
        },
        Compare::Close {
            rtol,
            atol,
            equal_nan,
        } => {
            (x.diff(y) <= atol + rtol * y.abs() && !y.is_inf() && !y.is_nan())
                || x.eq(y)
                || (equal_nan && x.is_nan() && y.is_nan())
        }
        Compare::Almost { decimal } => {
            if x.is_inf() || y.is_inf() {
                return x.eq(y);
            }
            x.diff(y) < 1.5 * 10f64.powi(-decimal as i32)
        }
    }
}

/// The parts of one `assert_array_compare` call.
struct Spec<'a> {
    compare: Compare,
    header: String,
    err_msg: String,
    verbose: bool,
    precision: i64,
    equal_nan: bool,
    equal_inf: bool,
    strict: bool,
    names: [&'a str; 2],
}

/// A 0-d or n-d array's repr as `build_err_msg` shows it.
fn array_repr(it: &dyn Context, a: &NdArray, precision: i64) -> String {
    let mut o = it.print_options();
    o.precision = precision;
    crate::format::array_repr_with(a, &o)
}

/// `build_err_msg`: header (with a short `err_msg` on the same line), then
/// the arrays' reprs cut to three lines.
fn build_err_msg(it: &dyn Context, reprs: &[String], err_msg: &str, s: &Spec) -> String {
    let mut msg = vec![format!("\n{}", s.header)];
    if !err_msg.is_empty() {
        if !err_msg.contains('\n') && err_msg.chars().count() + s.header.chars().count() < 79 {
            msg[0] = format!("{} {}", msg[0], err_msg);
        } else {
            msg.push(err_msg.to_string());
        }
    }
    let _ = it;
    if s.verbose {
        for (i, r) in reprs.iter().enumerate() {
            let mut r = r.clone();
            if r.matches('\n').count() > 3 {
                r = r.lines().take(3).collect::<Vec<_>>().join("\n") + "...";
            }
            msg.push(format!(" {}: {}", s.names[i], r));
        }
    }
    msg.join("\n")
}

fn fail(msg: String) -> PyErr {
    PyErr::new("AssertionError", msg)
}

fn shape_tuple(s: &[usize]) -> String {
    match s {
        [one] => format!("({one},)"),
        _ => format!(
            "({})",
            s.iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// Row-major index of flat position `k` in `shape`.
fn unravel(mut k: usize, shape: &[usize]) -> Vec<usize> {
    let mut idx = vec![0; shape.len()];
    for ax in (0..shape.len()).rev() {
        let d = shape[ax].max(1);
        idx[ax] = k % d;
        k /= d;
    }
    idx
}

/// The array's elements in C order, repeated to `n` when it is 0-d.
fn elems(a: &NdArray, n: usize) -> PyResult<Vec<E>> {
    let v: Vec<E> = a.to_nums()?.into_iter().map(elem).collect();
    if a.shape.is_empty() {
        Ok(vec![
            v.first().copied().unwrap_or(E {
                re: 0.0,
                im: 0.0,
                int: Some(0)
            });
            n
        ])
    } else {
        Ok(v)
    }
}

/// A 0-d array's text as `array2string` prints it.
fn scalar_text(it: &dyn Context, d: DType, v: Num) -> PyResult<String> {
    let a = NdArray::zeros(&[], d)?;
    a.set(&[], v);
    Ok(crate::format::array2string(
        &a,
        &it.print_options(),
        " ",
        "",
        "",
    ))
}

/// `assert_array_compare`.
fn compare(it: &dyn Context, x: &Value, y: &Value, s: &Spec) -> PyResult<()> {
    let ox = as_array(x)?;
    let oy = as_array(y)?;
    let reprs = || {
        [
            array_repr(it, &ox, s.precision),
            array_repr(it, &oy, s.precision),
        ]
    };
    let same_shape = ox.shape == oy.shape;
    let cond = if s.strict {
        same_shape && ox.dtype == oy.dtype
    } else {
        ox.shape.is_empty() || oy.shape.is_empty() || same_shape
    };
    if !cond {
        let reason = if !same_shape {
            format!(
                "\n(shapes {}, {} mismatch)",
                shape_tuple(&ox.shape),
                shape_tuple(&oy.shape)
            )
        } else {
            format!(
                "\n(dtypes {}, {} mismatch)",
                ox.dtype.name(),
                oy.dtype.name()
            )
        };
        return Err(fail(build_err_msg(
            it,
            &reprs(),
            &(s.err_msg.clone() + &reason),
            s,
        )));
    }
    let shape = if ox.shape.is_empty() {
        oy.shape.clone()
    } else {
        ox.shape.clone()
    };
    let n: usize = shape.iter().product();
    let xs = elems(&ox, n)?;
    let ys = elems(&oy, n)?;
    // `flagged`: positions already accounted for (matching nans and infs).
    let mut flagged = vec![false; n];
    let both_0d = ox.shape.is_empty() && oy.shape.is_empty();
    {
        if s.equal_nan {
            if (0..n).any(|i| xs[i].is_nan() != ys[i].is_nan()) {
                let m = s.err_msg.clone() + "\nnan location mismatch:";
                return Err(fail(build_err_msg(it, &reprs(), &m, s)));
            }
            for i in 0..n {
                flagged[i] = xs[i].is_nan();
            }
        }
        if s.equal_inf {
            let xi = |i: usize| xs[i].is_inf() && !flagged[i];
            let yi = |i: usize| ys[i].is_inf() && !flagged[i];
            if (0..n).any(|i| xi(i) != yi(i)) {
                let m = s.err_msg.clone() + "\ninf location mismatch:";
                return Err(fail(build_err_msg(it, &reprs(), &m, s)));
            }
            let infs: Vec<usize> = (0..n).filter(|&i| xi(i)).collect();
            if infs.iter().any(|&i| !xs[i].eq(ys[i])) {
                let pick = |a: &NdArray, v: &[E]| -> PyResult<String> {
                    if ox.shape.is_empty() || oy.shape.is_empty() {
                        return Ok(array_repr(it, a, s.precision));
                    }
                    let vals: Vec<f64> = infs.iter().map(|&i| v[i].re).collect();
                    let picked = NdArray::from_vec(vals, &[infs.len()])?;
                    Ok(array_repr(it, &picked, s.precision))
                };
                let r = [pick(&ox, &xs)?, pick(&oy, &ys)?];
                let m = s.err_msg.clone() + "\ninf values mismatch:";
                return Err(fail(build_err_msg(it, &r, &m, s)));
            }
            for i in infs {
                flagged[i] = true;
            }
        }
    }
    let keep: Vec<usize> = (0..n).filter(|&i| !flagged[i]).collect();
    if keep.is_empty() {
        return Ok(());
    }
    let bad: Vec<usize> = keep
        .iter()
        .copied()
        .filter(|&i| !holds(s.compare, xs[i], ys[i]))
        .collect();
    if bad.is_empty() {
        return Ok(());
    }
    let n_mismatch = bad.len();
    let pct = 100.0 * n_mismatch as f64 / n as f64;
    let mut remarks = vec![format!(
        "Mismatched elements: {} / {} ({}%)",
        n_mismatch,
        n,
        crate::format::spec::format_float(pct, ".3g")?
    )];
    if !both_0d {
        let show = |a: &NdArray, i: usize| {
            let v = if a.shape.is_empty() {
                a.get(&[])
            } else {
                a.get(&unravel(i, &shape))
            };
            // NumPy shows these as Python values (float32 with all its digits).
            crate::format::str_of(&crate::value::convert::num_to_py(a.dtype, v))
        };
        let lines: Vec<String> = bad
            .iter()
            .take(5)
            .map(|&i| {
                let idx = unravel(i, &shape);
                let idx: Vec<String> = idx.iter().map(|d| d.to_string()).collect();
                format!(
                    " [{}]: {} ({}), {} ({})",
                    idx.join(", "),
                    show(&ox, i),
                    s.names[0],
                    show(&oy, i),
                    s.names[1]
                )
            })
            .collect();
        let head = match bad.len() {
            1 => "Mismatch at index:",
            2..=5 => "Mismatch at indices:",
            _ => "First 5 mismatches are at indices:",
        };
        remarks.push(format!("{head}\n{}", lines.join("\n")));
    }
    let ed = DType::promote(ox.dtype, oy.dtype);
    // `x - y` fails for bools, and for two 0-d unsigned operands NumPy's
    // `np.minimum(error, error2, out=error)` fails on the scalar `error`:
    // either way NumPy leaves the two "Max" lines out.
    let unsigned_scalars = ed.kind() == Kind::UInt && both_0d;
    if ed != DType::Bool && !unsigned_scalars {
        let (ed, as_int) = match ed.kind() {
            Kind::Int | Kind::UInt => (ed, true),
            Kind::Complex => (
                if ed == DType::C64 {
                    DType::F32
                } else {
                    DType::F64
                },
                false,
            ),
            _ => (ed, false),
        };
        // `abs(x - y)` in the result dtype: integers wrap, and for unsigned
        // dtypes NumPy takes the smaller of the two wrapped differences.
        let bits = 8 * ed.itemsize() as u32;
        let wrap = |d: i128| -> i128 {
            let m = d.rem_euclid(1i128 << bits);
            if ed.kind() == Kind::Int && m >= 1i128 << (bits - 1) {
                m - (1i128 << bits)
            } else {
                m
            }
        };
        let int_err = |i: usize| -> i128 {
            let (a, b) = (xs[i].int.unwrap_or(0), ys[i].int.unwrap_or(0));
            if ed.kind() == Kind::UInt {
                wrap(a - b).min(wrap(b - a))
            } else {
                wrap(wrap(a - b).abs())
            }
        };
        let err = |i: usize| {
            if as_int {
                int_err(i) as f64
            } else {
                xs[i].diff(ys[i])
            }
        };
        let abs_num = if as_int {
            Num::Int(bad.iter().map(|&i| int_err(i)).max().unwrap_or(0))
        } else {
            Num::Float(nan_max(bad.iter().map(|&i| err(i))))
        };
        remarks.push(format!(
            "Max absolute difference among violations: {}",
            scalar_text(it, ed, abs_num)?
        ));
        let nz: Vec<usize> = bad
            .iter()
            .copied()
            .filter(|&i| {
                !ys[i].eq(E {
                    re: 0.0,
                    im: 0.0,
                    int: Some(0),
                })
            })
            .collect();
        let rel = if nz.is_empty() {
            f64::INFINITY
        } else {
            // Divided in the error's dtype (float32 stays float32).
            nan_max(nz.iter().map(|&i| {
                if ed == DType::F32 {
                    f64::from(err(i) as f32 / ys[i].abs() as f32)
                } else {
                    err(i) / ys[i].abs()
                }
            }))
        };
        let rd = if as_int { DType::F64 } else { ed };
        remarks.push(format!(
            "Max relative difference among violations: {}",
            scalar_text(it, rd, Num::Float(rel))?
        ));
    }
    let m = format!("{}\n{}", s.err_msg, remarks.join("\n"));
    Err(fail(build_err_msg(it, &reprs(), &m, s)))
}

/// `np.max`: NaN if any value is NaN.
fn nan_max(vals: impl Iterator<Item = f64>) -> f64 {
    vals.fold(f64::NEG_INFINITY, |m, v| {
        if m.is_nan() || v.is_nan() {
            f64::NAN
        } else {
            m.max(v)
        }
    })
}

fn text_arg(v: Option<&Value>) -> String {
    match v {
        None => String::new(),
        Some(v) => crate::format::str_of(v),
    }
}

fn flag(v: &Option<Value>, default: bool) -> PyResult<bool> {
    given(v)
        .map(truthy)
        .transpose()
        .map(|b| b.unwrap_or(default))
}

fn none_arg() -> Value {
    Value::None
}

fn assert_allclose(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let a = args.bind(
        "assert_allclose",
        &[
            "actual",
            "desired",
            "rtol",
            "atol",
            "equal_nan",
            "err_msg",
            "verbose",
            "*strict",
        ],
        2,
    )?;
    let rtol = given(&a[2]).map(to_f64).transpose()?.unwrap_or(1e-7);
    let atol = given(&a[3]).map(to_f64).transpose()?.unwrap_or(0.0);
    let equal_nan = flag(&a[4], true)?;
    let g = |f: f64| crate::format::spec::format_float(f, "g");
    let spec = Spec {
        compare: Compare::Close {
            rtol,
            atol,
            equal_nan,
        },
        header: format!(
            "Not equal to tolerance rtol={}, atol={}",
            g(rtol)?,
            g(atol)?
        ),
        err_msg: text_arg(given(&a[5])),
        verbose: flag(&a[6], true)?,
        precision: 6,
        equal_nan,
        equal_inf: true,
        strict: flag(&a[7], false)?,
        names: ["ACTUAL", "DESIRED"],
    };
    compare_pair(it, &a, &spec)
}

/// Compare the first two bound arguments (a missing one is `None`) under `spec`; an
/// assert function's `None` on success.
fn compare_pair(it: &mut dyn Context, a: &[Option<Value>], spec: &Spec) -> PyResult<Value> {
    let none = none_arg();
    compare(
        it,
        a[0].as_ref().unwrap_or(&none),
        a[1].as_ref().unwrap_or(&none),
        spec,
    )?;
    Ok(Value::None)
}

fn array_equal_spec(err_msg: String, verbose: bool, strict: bool) -> Spec<'static> {
    Spec {
        compare: Compare::Equal,
        header: "Arrays are not equal".into(),
        err_msg,
        verbose,
        precision: 6,
        equal_nan: true,
        equal_inf: true,
        strict,
        names: ["ACTUAL", "DESIRED"],
    }
}

fn assert_array_equal(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let a = args.bind(
        "assert_array_equal",
        &["actual", "desired", "err_msg", "verbose", "*strict"],
        2,
    )?;
    let spec = array_equal_spec(
        text_arg(given(&a[2])),
        flag(&a[3], true)?,
        flag(&a[4], false)?,
    );
    compare_pair(it, &a, &spec)
}

fn almost_spec(decimal: i64, err_msg: String, verbose: bool) -> Spec<'static> {
    Spec {
        compare: Compare::Almost { decimal },
        header: format!("Arrays are not almost equal to {decimal} decimals"),
        err_msg,
        verbose,
        precision: decimal,
        equal_nan: true,
        equal_inf: true,
        strict: false,
        names: ["ACTUAL", "DESIRED"],
    }
}

fn assert_array_almost_equal(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let a = args.bind(
        "assert_array_almost_equal",
        &["actual", "desired", "decimal", "err_msg", "verbose"],
        2,
    )?;
    let decimal = given(&a[2]).map(to_int).transpose()?.unwrap_or(6) as i64;
    let spec = almost_spec(decimal, text_arg(given(&a[3])), flag(&a[4], true)?);
    compare_pair(it, &a, &spec)
}

fn assert_array_less(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let a = args.bind(
        "assert_array_less",
        &["x", "y", "err_msg", "verbose", "*strict"],
        2,
    )?;
    let spec = Spec {
        compare: Compare::Less,
        header: "Arrays are not strictly ordered `x < y`".into(),
        err_msg: text_arg(given(&a[2])),
        verbose: flag(&a[3], true)?,
        precision: 6,
        equal_nan: true,
        equal_inf: false,
        strict: flag(&a[4], false)?,
        names: ["x", "y"],
    };
    compare_pair(it, &a, &spec)
}

/// A Python number (or NumPy scalar) as an element, for the scalar paths.
fn scalar_elem(v: &Value) -> Option<E> {
    match v {
        Value::Array(_) | Value::List(_) | Value::Tuple(_) => None,
        other => crate::value::convert::to_num(other).map(elem),
    }
}

fn assert_equal_call(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let a = args.bind(
        "assert_equal",
        &["actual", "desired", "err_msg", "verbose", "*strict"],
        2,
    )?;
    let none = none_arg();
    let err_msg = text_arg(given(&a[2]));
    let verbose = flag(&a[3], true)?;
    let strict = flag(&a[4], false)?;
    assert_equal(
        it,
        a[0].as_ref().unwrap_or(&none),
        a[1].as_ref().unwrap_or(&none),
        &err_msg,
        verbose,
        strict,
    )?;
    Ok(Value::None)
}

/// `assert_equal`: lists and tuples item by item, arrays as
/// `assert_array_equal`, other values with `==` (nan equal to nan).
fn assert_equal(
    it: &mut dyn Context,
    actual: &Value,
    desired: &Value,
    err_msg: &str,
    verbose: bool,
    strict: bool,
) -> PyResult<()> {
    let seq = |v: &Value| match v {
        Value::List(l) => Some(l.borrow().clone()),
        Value::Tuple(t) => Some(t.to_vec()),
        _ => None,
    };
    let items_spec = Spec {
        compare: Compare::Equal,
        header: "Items are not equal:".into(),
        err_msg: String::new(),
        verbose,
        precision: 8,
        equal_nan: true,
        equal_inf: true,
        strict,
        names: ["ACTUAL", "DESIRED"],
    };
    if let (Some(x), Some(y)) = (seq(actual), seq(desired)) {
        if x.len() != y.len() {
            let (lx, ly) = (Value::Int(x.len() as i128), Value::Int(y.len() as i128));
            return assert_equal(it, &lx, &ly, err_msg, verbose, strict);
        }
        for (k, (xa, ya)) in x.iter().zip(&y).enumerate() {
            assert_equal(it, xa, ya, &format!("item={k}\n{err_msg}"), verbose, strict)?;
        }
        return Ok(());
    }
    if matches!(actual, Value::Array(_)) || matches!(desired, Value::Array(_)) {
        let spec = array_equal_spec(err_msg.to_string(), verbose, strict);
        return compare(it, actual, desired, &spec);
    }
    if let (Some(x), Some(y)) = (scalar_elem(actual), scalar_elem(desired)) {
        if x.eq(y) || (x.is_nan() && y.is_nan()) {
            return Ok(());
        }
    } else if crate::format::repr(actual) == crate::format::repr(desired) {
        return Ok(());
    }
    let r = [crate::format::repr(actual), crate::format::repr(desired)];
    Err(fail(build_err_msg(it, &r, err_msg, &items_spec)))
}

fn assert_almost_equal(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let a = args.bind(
        "assert_almost_equal",
        &["actual", "desired", "decimal", "err_msg", "verbose"],
        2,
    )?;
    let none = none_arg();
    let (x, y) = (
        a[0].as_ref().unwrap_or(&none),
        a[1].as_ref().unwrap_or(&none),
    );
    let decimal = given(&a[2]).map(to_int).transpose()?.unwrap_or(7) as i64;
    let verbose = flag(&a[4], true)?;
    let mut spec = almost_spec(decimal, text_arg(given(&a[3])), verbose);
    if let (Some(xe), Some(ye)) = (scalar_elem(x), scalar_elem(y)) {
        let ok = if xe.is_nan() || ye.is_nan() {
            xe.is_nan() && ye.is_nan()
        } else if xe.is_inf() || ye.is_inf() {
            xe.eq(ye)
        } else {
            ye.diff(xe) < 1.5 * 10f64.powi(-decimal as i32)
        };
        if ok {
            return Ok(Value::None);
        }
        let r = [crate::format::repr(x), crate::format::repr(y)];
        return Err(fail(build_err_msg(it, &r, &spec.err_msg, &spec)));
    }
    // NumPy's array path does not pass `verbose` on.
    spec.verbose = true;
    compare(it, x, y, &spec)?;
    Ok(Value::None)
}

/// `assert_raises(ExceptionClass, callable, *args, **kwargs)`: calls it and
/// fails unless it raises that class (or a subclass NumPy names the same
/// way: only the exact class and `Exception` are recognised).
fn assert_raises(it: &mut dyn Context, args: Args) -> PyResult<Value> {
    let mut pos = args.pos.into_iter();
    let (Some(exc), Some(f)) = (pos.next(), pos.next()) else {
        return Err(PyErr::not_implemented(
            "arrsh: assert_raises is supported as assert_raises(Exc, callable, *args)",
        ));
    };
    let Value::Type(crate::value::PyType::Exception(name)) = exc else {
        return Err(PyErr::type_err(
            "catching classes that do not inherit from BaseException is not allowed",
        ));
    };
    let rest = Args {
        pos: pos.collect(),
        kw: args.kw,
    };
    match it.call(&f, rest) {
        Err(e) if e.class == name || name == "Exception" || name == "BaseException" => {
            Ok(Value::None)
        }
        Err(e) => Err(e),
        Ok(_) => Err(fail(format!("{name} not raised by {}", callable_name(&f)))),
    }
}

fn callable_name(f: &Value) -> String {
    let r = crate::format::repr(f);
    // `<function f at 0x...>`, `<class 'int'>`, `<built-in function len>` -> the name.
    let name = r
        .strip_prefix("<function ")
        .or_else(|| r.strip_prefix("<built-in function "))
        .and_then(|s| s.split([' ', '>']).next())
        .or_else(|| {
            r.strip_prefix("<class '")
                .and_then(|s| s.split('\'').next())
        });
    name.map(str::to_string).unwrap_or(r.clone())
}
