//! The distribution methods of `Generator` and `RandomState` (`poisson`,
//! `binomial`, `gamma`, ...): NumPy's argument handling around the samplers
//! of `random::distributions`.
//!
//! This mirrors `_common.pyx`'s `cont`/`disc`: every parameter becomes a
//! float64 (or int64) array; when all are 0-d the draw is a Python scalar
//! (or an array of `size`), checked with the scalar constraint messages;
//! otherwise the parameters are checked with the array messages, broadcast
//! together (and against `size`), and one value is drawn per output element
//! in C order.

use super::random::distributions::{self as d, Legacy, Modern, Source};
use super::random::{Generator, RandomState};
use crate::array::iter::broadcast_shapes;
use crate::array::object::NdArray;
use crate::error::{PyErr, PyResult};
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, to_dims};
use crate::value::Value;
use std::rc::Rc;

/// NumPy's parameter constraints (`constraint_type` in `_common.pxd`).
#[derive(Clone, Copy, PartialEq)]
enum Cons {
    None,
    NonNegative,
    Positive,
    PositiveNotNan,
    Bounded01,
    BoundedGt01,
    Poisson,
    Gte1,
    /// `LEGACY_CONS_NON_NEGATIVE_INBOUNDS_LONG`.
    NonNegativeLong,
}

/// `POISSON_LAM_MAX`: `int64 max - 10 sqrt(int64 max)`, as NumPy computes it.
fn poisson_lam_max() -> f64 {
    let m = i64::MAX as f64;
    m - m.sqrt() * 10.0
}

// Comparisons that are false for NaN, as NumPy's `not (v >= 0)` tests rely on.
fn ge(v: f64, t: f64) -> bool {
    v >= t
}
fn le(v: f64, t: f64) -> bool {
    v <= t
}
fn gt(v: f64, t: f64) -> bool {
    v > t
}

/// `check_constraint`: one scalar parameter.
fn check_scalar(v: f64, name: &str, c: Cons) -> PyResult<()> {
    let bad = |m: String| Err(PyErr::value(m));
    match c {
        Cons::None => Ok(()),
        Cons::NonNegative if !v.is_nan() && v.is_sign_negative() => bad(format!("{name} < 0")),
        Cons::PositiveNotNan if v.is_nan() => bad(format!("{name} must not be NaN")),
        Cons::Positive | Cons::PositiveNotNan if v <= 0.0 => bad(format!("{name} <= 0")),
        Cons::Bounded01 if !ge(v, 0.0) || !le(v, 1.0) => {
            bad(format!("{name} < 0, {name} > 1 or {name} is NaN"))
        }
        Cons::BoundedGt01 if !gt(v, 0.0) || !le(v, 1.0) => {
            bad(format!("{name} <= 0, {name} > 1 or {name} contains NaNs"))
        }
        Cons::Poisson if !ge(v, 0.0) => bad(format!("{name} < 0 or {name} is NaN")),
        Cons::Poisson if !le(v, poisson_lam_max()) => bad(format!("{name} value too large")),
        Cons::Gte1 if !ge(v, 1.0) => bad(format!("{name} < 1 or {name} is NaN")),
        Cons::NonNegativeLong if v < 0.0 => bad(format!("{name} < 0")),
        _ => Ok(()),
    }
}

/// `check_array_constraint`: the same rules over an array, with its messages.
fn check_array(vals: &[f64], name: &str, c: Cons) -> PyResult<()> {
    let any = |f: &dyn Fn(f64) -> bool| vals.iter().any(|&v| f(v));
    let bad = |m: String| Err(PyErr::value(m));
    match c {
        Cons::NonNegative if any(&|v| !v.is_nan() && v.is_sign_negative()) => {
            bad(format!("{name} < 0"))
        }
        Cons::PositiveNotNan if any(&|v| v.is_nan()) => bad(format!("{name} must not be NaN")),
        Cons::Positive | Cons::PositiveNotNan if any(&|v| v <= 0.0) => bad(format!("{name} <= 0")),
        Cons::Bounded01 if any(&|v| !ge(v, 0.0) || !le(v, 1.0)) => {
            bad(format!("{name} < 0, {name} > 1 or {name} contains NaNs"))
        }
        Cons::BoundedGt01 if any(&|v| !gt(v, 0.0) || !le(v, 1.0)) => {
            bad(format!("{name} <= 0, {name} > 1 or {name} contains NaNs"))
        }
        Cons::Poisson if any(&|v| !le(v, poisson_lam_max())) => {
            bad(format!("{name} value too large"))
        }
        Cons::Poisson if any(&|v| !ge(v, 0.0)) => {
            bad(format!("{name} < 0 or {name} contains NaNs"))
        }
        Cons::Gte1 if any(&|v| !ge(v, 1.0)) => bad(format!("{name} < 1 or {name} contains NaNs")),
        Cons::NonNegativeLong if any(&|v| v < 0.0) => bad(format!("{name} < 0")),
        _ => Ok(()),
    }
}

/// One parameter as NumPy sees it after `PyArray_FROM_OTF`.
struct Param {
    shape: Vec<usize>,
    vals: Vec<f64>,
}

/// A parameter converted to float64 (`int64 = true`: to int64, truncating).
fn param(v: &Value, int64: bool) -> PyResult<Param> {
    let a = as_array(v)?;
    if a.dtype.is_complex() {
        return Err(PyErr::type_err(
            "ufunc 'isnan' not supported for the input types",
        ));
    }
    let vals = a
        .to_nums()?
        .into_iter()
        .map(|n| {
            let f = n.as_f64();
            if int64 {
                f.trunc()
            } else {
                f
            }
        })
        .collect();
    Ok(Param {
        shape: a.shape.clone(),
        vals,
    })
}

/// Shape tuple text as NumPy prints it: `(3,)`, `(2, 3)`, `()`.
fn shape_text(s: &[usize]) -> String {
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

/// `PyArray_MultiIterNew`'s error for shapes that do not broadcast.
fn mismatch(shapes: &[&[usize]]) -> PyErr {
    let mut acc: Vec<usize> = Vec::new();
    let mut acc_arg = 0;
    for (i, s) in shapes.iter().enumerate() {
        if broadcast_shapes(&[&acc, s]).is_err() {
            return PyErr::value(format!(
                "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg {acc_arg} with shape {} and arg {i} with shape {}.",
                shape_text(&acc),
                shape_text(s)
            ));
        }
        let next = broadcast_shapes(&[&acc, s]).unwrap_or_default();
        if next != acc {
            acc_arg = i;
        }
        acc = next;
    }
    PyErr::value("shape mismatch: objects cannot be broadcast to a single shape.")
}

/// The values of `p` broadcast to `target` (already checked compatible), in C order.
fn expand(p: &Param, target: &[usize]) -> PyResult<Vec<f64>> {
    let n: usize = target.iter().product();
    let lead = target.len() - p.shape.len();
    // C-order strides of the source with broadcast axes at 0.
    let mut strides = vec![0usize; target.len()];
    let mut acc = 1;
    for i in (0..p.shape.len()).rev() {
        if p.shape[i] != 1 {
            strides[lead + i] = acc;
        }
        acc *= p.shape[i];
    }
    let mut out = fallible_vec(n, target, crate::array::dtype::DType::F64)?;
    let mut idx = vec![0usize; target.len()];
    for _ in 0..n {
        let off: usize = idx.iter().zip(&strides).map(|(i, s)| i * s).sum();
        out.push(p.vals.get(off).copied().unwrap_or(f64::NAN));
        for ax in (0..target.len()).rev() {
            idx[ax] += 1;
            if idx[ax] < target[ax] {
                break;
            }
            idx[ax] = 0;
        }
    }
    Ok(out)
}

/// Room for `n` values of an array of `shape`, or NumPy's MemoryError for it.
fn fallible_vec<T>(
    n: usize,
    shape: &[usize],
    dtype: crate::array::dtype::DType,
) -> PyResult<Vec<T>> {
    let mut v = Vec::new();
    v.try_reserve_exact(n).map_err(|_| {
        crate::array::object::memory_error(shape, dtype, n as u128 * dtype.itemsize() as u128)
    })?;
    Ok(v)
}

/// What one call draws: `None` shape means a Python scalar.
struct Plan {
    shape: Option<Vec<usize>>,
    /// Per parameter, its value at each output position.
    cols: Vec<Col>,
}

/// One parameter's values over the output: the same everywhere (scalar parameters, the
/// common case, cost nothing per draw) or one per output position.
enum Col {
    One(f64),
    Each(Vec<f64>),
}

impl Col {
    fn at(&self, i: usize) -> f64 {
        match self {
            Col::One(v) => *v,
            Col::Each(v) => v.get(i).copied().unwrap_or(f64::NAN),
        }
    }
}

impl Plan {
    fn len(&self) -> usize {
        self.shape.as_ref().map_or(1, |s| s.iter().product())
    }
}

/// `cont`/`disc`'s shape logic and constraint checks.
fn plan(params: &[(Param, &str, Cons)], size: Option<&Value>) -> PyResult<Plan> {
    let size = size.map(to_dims).transpose()?;
    let scalar = params.iter().all(|(p, _, _)| p.shape.is_empty());
    for (p, name, c) in params {
        if scalar {
            check_scalar(p.vals.first().copied().unwrap_or(0.0), name, *c)?;
        } else {
            check_array(&p.vals, name, *c)?;
        }
    }
    if let Some(s) = &size {
        crate::array::layout::check_too_big(s, 8)?;
    }
    if scalar {
        let cols = params
            .iter()
            .map(|(p, _, _)| Col::One(p.vals.first().copied().unwrap_or(f64::NAN)))
            .collect();
        return Ok(Plan { shape: size, cols });
    }
    let mut shapes: Vec<&[usize]> = Vec::new();
    if let Some(s) = &size {
        shapes.push(s);
    }
    shapes.extend(params.iter().map(|(p, _, _)| p.shape.as_slice()));
    let target = broadcast_shapes(&shapes).map_err(|_| mismatch(&shapes))?;
    if let Some(s) = &size {
        if *s != target {
            return Err(PyErr::value(format!(
                "Output size {} is not compatible with broadcast dimensions of inputs {}.",
                shape_text(s),
                shape_text(&target)
            )));
        }
    }
    let cols = params
        .iter()
        .map(|(p, _, _)| expand(p, &target).map(Col::Each))
        .collect::<PyResult<_>>()?;
    Ok(Plan {
        shape: Some(target),
        cols,
    })
}

fn floats(vals: Vec<f64>, shape: Option<Vec<usize>>) -> PyResult<Value> {
    match shape {
        None => Ok(Value::Float(vals.first().copied().unwrap_or(0.0))),
        Some(s) => Ok(Value::Array(Rc::new(NdArray::from_vec(vals, &s)?))),
    }
}

fn ints(vals: Vec<i64>, shape: Option<Vec<usize>>) -> PyResult<Value> {
    match shape {
        None => Ok(Value::Int(i128::from(vals.first().copied().unwrap_or(0)))),
        Some(s) => Ok(Value::Array(Rc::new(NdArray::from_vec(vals, &s)?))),
    }
}

/// A draw function: the source and this position's parameters.
enum Draw<S> {
    F(fn(&mut S, &[f64]) -> f64),
    I(fn(&mut S, &[f64]) -> i64),
}

fn run<S: Source>(s: &mut S, plan: Plan, draw: Draw<S>) -> PyResult<Value> {
    use crate::array::dtype::DType;
    let n = plan.len();
    let shape = plan.shape.clone().unwrap_or_default();
    let mut p = vec![0.0; plan.cols.len()];
    let fill = |i: usize, p: &mut [f64]| {
        for (k, c) in plan.cols.iter().enumerate() {
            p[k] = c.at(i);
        }
    };
    match draw {
        Draw::F(f) => {
            let mut vals = fallible_vec(n, &shape, DType::F64)?;
            for i in 0..n {
                fill(i, &mut p);
                vals.push(f(s, &p));
            }
            floats(vals, plan.shape)
        }
        Draw::I(f) => {
            let mut vals = fallible_vec(n, &shape, DType::I64)?;
            for i in 0..n {
                fill(i, &mut p);
                vals.push(f(s, &p));
            }
            ints(vals, plan.shape)
        }
    }
}

/// A required parameter or Python's missing-argument error (already raised
/// by `bind` for the leading required ones).
fn arg<'a>(a: &'a [Option<Value>], i: usize, default: &'a Value) -> &'a Value {
    given(&a[i]).unwrap_or(default)
}

/// One distribution method on either API (the ones `random_api` lists);
/// `None` when `name` is not one.
fn dist<S: Source>(s: &mut S, name: &str, args: &Args) -> Option<PyResult<Value>> {
    let legacy = S::LEGACY;
    // (parameter names, how many are required) per method.
    let (names, req): (&[&str], usize) = match name {
        "exponential" => (&["scale", "size"], 0),
        "standard_exponential" if legacy => (&["size"], 0),
        "standard_exponential" => (&["size", "dtype", "method", "out"], 0),
        "standard_gamma" if legacy => (&["shape", "size"], 1),
        "standard_gamma" => (&["shape", "size", "dtype", "out"], 1),
        "gamma" => (&["shape", "scale", "size"], 1),
        "beta" => (&["a", "b", "size"], 2),
        "chisquare" | "standard_t" => (&["df", "size"], 1),
        "poisson" => (&["lam", "size"], 0),
        "binomial" | "negative_binomial" => (&["n", "p", "size"], 2),
        "geometric" => (&["p", "size"], 1),
        "lognormal" => (&["mean", "sigma", "size"], 0),
        "normal" => (&["loc", "scale", "size"], 0),
        "laplace" | "logistic" => (&["loc", "scale", "size"], 0),
        "triangular" => (&["left", "mode", "right", "size"], 3),
        "weibull" | "pareto" => (&["a", "size"], 1),
        "hypergeometric" => (&["ngood", "nbad", "nsample", "size"], 3),
        "vonmises" => (&["mu", "kappa", "size"], 2),
        "multinomial" => (&["n", "pvals", "size"], 2),
        "dirichlet" => (&["alpha", "size"], 1),
        _ => return None,
    };
    Some(dist_call(s, name, names, req, args))
}

fn dist_call<S: Source>(
    s: &mut S,
    name: &str,
    names: &[&str],
    req: usize,
    args: &Args,
) -> PyResult<Value> {
    let one = Value::Float(1.0);
    let zero = Value::Float(0.0);
    let legacy = S::LEGACY;
    let a = args.bind(name, names, req)?;
    let p = |i: usize, default: &Value, int64: bool| param(arg(&a, i, default), int64);
    let size_at = |i: usize| given(&a[i]);
    match name {
        "standard_exponential" => {
            // Generator: any `method` but 'zig' is inversion, as in NumPy.
            let zig =
                legacy || given(&a[2]).is_none_or(|m| matches!(m, Value::Str(t) if &**t == "zig"));
            if !zig {
                let pl = plan(&[], size_at(0))?;
                return run(s, pl, Draw::F(|s, _| -(-s.next_double()).ln_1p()));
            }
            let pl = plan(&[], size_at(0))?;
            run(s, pl, Draw::F(|s, _| s.std_exponential()))
        }
        "exponential" => {
            let pl = plan(
                &[(p(0, &one, false)?, "scale", Cons::NonNegative)],
                size_at(1),
            )?;
            run(s, pl, Draw::F(|s, p| p[0] * s.std_exponential()))
        }
        "standard_gamma" => {
            let pl = plan(
                &[(p(0, &one, false)?, "shape", Cons::NonNegative)],
                size_at(1),
            )?;
            run(s, pl, Draw::F(|s, p| d::standard_gamma(s, p[0])))
        }
        "gamma" => {
            let pl = plan(
                &[
                    (p(0, &one, false)?, "shape", Cons::NonNegative),
                    (p(1, &one, false)?, "scale", Cons::NonNegative),
                ],
                size_at(2),
            )?;
            run(s, pl, Draw::F(|s, p| p[1] * d::standard_gamma(s, p[0])))
        }
        "beta" => {
            let pl = plan(
                &[
                    (p(0, &one, false)?, "a", Cons::Positive),
                    (p(1, &one, false)?, "b", Cons::Positive),
                ],
                size_at(2),
            )?;
            run(s, pl, Draw::F(|s, p| d::beta(s, p[0], p[1])))
        }
        "chisquare" => {
            let pl = plan(&[(p(0, &one, false)?, "df", Cons::Positive)], size_at(1))?;
            run(
                s,
                pl,
                Draw::F(|s, p| 2.0 * d::standard_gamma(s, p[0] / 2.0)),
            )
        }
        "standard_t" => {
            let pl = plan(&[(p(0, &one, false)?, "df", Cons::Positive)], size_at(1))?;
            run(s, pl, Draw::F(|s, p| d::standard_t(s, p[0])))
        }
        "poisson" => {
            let pl = plan(&[(p(0, &one, false)?, "lam", Cons::Poisson)], size_at(1))?;
            run(s, pl, Draw::I(|s, p| d::poisson(s, p[0])))
        }
        "binomial" => {
            // NumPy checks `p` before `n`.
            let n = p(0, &zero, true)?;
            let pp = p(1, &zero, false)?;
            let ncons = if legacy {
                Cons::NonNegativeLong
            } else {
                Cons::NonNegative
            };
            let pl = plan(&[(pp, "p", Cons::Bounded01), (n, "n", ncons)], size_at(2))?;
            run(s, pl, Draw::I(|s, p| d::binomial(s, p[0], p[1] as i64)))
        }
        "negative_binomial" => {
            let n = p(0, &zero, false)?;
            let pp = p(1, &zero, false)?;
            if legacy {
                let pl = plan(
                    &[(n, "n", Cons::Positive), (pp, "p", Cons::Bounded01)],
                    size_at(2),
                )?;
                return run(s, pl, Draw::I(|s, p| d::negative_binomial(s, p[0], p[1])));
            }
            if n.shape.is_empty() && pp.shape.is_empty() {
                check_scalar(n.vals[0], "n", Cons::PositiveNotNan)?;
                check_scalar(pp.vals[0], "p", Cons::BoundedGt01)?;
            } else {
                check_array(&n.vals, "n", Cons::PositiveNotNan)?;
                check_array(&pp.vals, "p", Cons::BoundedGt01)?;
            }
            // The Poisson mean must stay well inside int64 (NumPy's `max_lam`).
            let shapes = [n.shape.as_slice(), pp.shape.as_slice()];
            let shape = broadcast_shapes(&shapes).map_err(|_| mismatch(&shapes))?;
            let lam_max = poisson_lam_max();
            if expand(&n, &shape)?
                .iter()
                .zip(&expand(&pp, &shape)?)
                .any(|(&n, &p)| (1.0 - p) / p * (n + 10.0 * n.sqrt()) > lam_max)
            {
                return Err(PyErr::value(
                    "n too large or p too small, see Generator.negative_binomial Notes",
                ));
            }
            let pl = plan(&[(n, "n", Cons::None), (pp, "p", Cons::None)], size_at(2))?;
            run(s, pl, Draw::I(|s, p| d::negative_binomial(s, p[0], p[1])))
        }
        "geometric" => {
            let pl = plan(&[(p(0, &one, false)?, "p", Cons::BoundedGt01)], size_at(1))?;
            run(s, pl, Draw::I(|s, p| d::geometric(s, p[0])))
        }
        "normal" => {
            let pl = plan(
                &[
                    (p(0, &zero, false)?, "loc", Cons::None),
                    (p(1, &one, false)?, "scale", Cons::NonNegative),
                ],
                size_at(2),
            )?;
            run(s, pl, Draw::F(|s, p| p[0] + p[1] * s.std_normal()))
        }
        "lognormal" => {
            let pl = plan(
                &[
                    (p(0, &zero, false)?, "mean", Cons::None),
                    (p(1, &one, false)?, "sigma", Cons::NonNegative),
                ],
                size_at(2),
            )?;
            run(s, pl, Draw::F(|s, p| (p[0] + p[1] * s.std_normal()).exp()))
        }
        "laplace" | "logistic" => {
            let pl = plan(
                &[
                    (p(0, &zero, false)?, "loc", Cons::None),
                    (p(1, &one, false)?, "scale", Cons::NonNegative),
                ],
                size_at(2),
            )?;
            if name == "laplace" {
                run(s, pl, Draw::F(|s, p| d::laplace(s, p[0], p[1])))
            } else {
                run(s, pl, Draw::F(|s, p| d::logistic(s, p[0], p[1])))
            }
        }
        "triangular" => {
            let params = [
                (p(0, &zero, false)?, "", Cons::None),
                (p(1, &zero, false)?, "", Cons::None),
                (p(2, &zero, false)?, "", Cons::None),
            ];
            let shapes: Vec<&[usize]> = params.iter().map(|(p, _, _)| p.shape.as_slice()).collect();
            let scalar = shapes.iter().all(|s| s.is_empty());
            let target = if scalar {
                Vec::new()
            } else {
                broadcast_shapes(&shapes).map_err(|_| mismatch(&shapes))?
            };
            let (l, m, r) = (
                expand(&params[0].0, &target)?,
                expand(&params[1].0, &target)?,
                expand(&params[2].0, &target)?,
            );
            if l.iter().zip(&m).any(|(l, m)| l > m) {
                return Err(PyErr::value("left > mode"));
            }
            if m.iter().zip(&r).any(|(m, r)| m > r) {
                return Err(PyErr::value("mode > right"));
            }
            if l.iter().zip(&r).any(|(l, r)| l == r) {
                return Err(PyErr::value("left == right"));
            }
            let pl = plan(&params, size_at(3))?;
            run(s, pl, Draw::F(|s, p| d::triangular(s, p[0], p[1], p[2])))
        }
        "weibull" => {
            let pl = plan(&[(p(0, &one, false)?, "a", Cons::NonNegative)], size_at(1))?;
            run(s, pl, Draw::F(|s, p| d::weibull(s, p[0])))
        }
        "pareto" => {
            let pl = plan(&[(p(0, &one, false)?, "a", Cons::Positive)], size_at(1))?;
            run(s, pl, Draw::F(|s, p| d::pareto(s, p[0])))
        }
        "vonmises" => {
            let pl = plan(
                &[
                    (p(0, &zero, false)?, "mu", Cons::None),
                    (p(1, &zero, false)?, "kappa", Cons::NonNegative),
                ],
                size_at(2),
            )?;
            run(s, pl, Draw::F(|s, p| d::vonmises(s, p[0], p[1])))
        }
        "hypergeometric" => {
            let good = p(0, &zero, true)?;
            let bad = p(1, &zero, true)?;
            let sample = p(2, &zero, true)?;
            let shapes = [
                good.shape.as_slice(),
                bad.shape.as_slice(),
                sample.shape.as_slice(),
            ];
            let target = broadcast_shapes(&shapes).map_err(|_| mismatch(&shapes))?;
            let (g, b, n) = (
                expand(&good, &target)?,
                expand(&bad, &target)?,
                expand(&sample, &target)?,
            );
            if !legacy && (g.iter().any(|&v| v >= 1e9) || b.iter().any(|&v| v >= 1e9)) {
                return Err(PyErr::value(
                    "both ngood and nbad must be less than 1000000000",
                ));
            }
            if g.iter().zip(&b).zip(&n).any(|((g, b), n)| g + b < *n) {
                return Err(PyErr::value("ngood + nbad < nsample"));
            }
            let (cg, cn) = if legacy {
                (Cons::NonNegativeLong, Cons::Gte1)
            } else {
                (Cons::NonNegative, Cons::NonNegative)
            };
            let pl = plan(
                &[
                    (good, "ngood", cg),
                    (bad, "nbad", Cons::NonNegative),
                    (sample, "nsample", cn),
                ],
                size_at(3),
            )?;
            run(
                s,
                pl,
                Draw::I(|s, p| d::hypergeometric(s, p[0] as i64, p[1] as i64, p[2] as i64)),
            )
        }
        "multinomial" => multinomial(s, arg(&a, 0, &zero), arg(&a, 1, &zero), size_at(2)),
        "dirichlet" => dirichlet(s, arg(&a, 0, &zero), size_at(1)),
        _ => Err(PyErr::attribute(name.to_string())),
    }
}

/// The leading `size` dimensions of a vector-valued draw (`multinomial`,
/// `dirichlet`): `size` as a shape, or none.
fn lead_dims(size: Option<&Value>) -> PyResult<Vec<usize>> {
    size.map(to_dims).transpose().map(Option::unwrap_or_default)
}

/// `multinomial(n, pvals, size)` for an integer `n` and 1-d `pvals`.
fn multinomial<S: Source>(
    s: &mut S,
    n: &Value,
    pvals: &Value,
    size: Option<&Value>,
) -> PyResult<Value> {
    let pa = param(pvals, false)?;
    let nn = param(n, true)?;
    let empty_msg = "pvals must have at least 1 dimension and the last dimension of pvals must be greater than 0.";
    if S::LEGACY && pa.shape.is_empty() {
        return Err(PyErr::type_err("pvals must be a 1-d sequence"));
    }
    if !S::LEGACY && (pa.shape.is_empty() || pa.shape.last() == Some(&0)) {
        return Err(PyErr::value(empty_msg));
    }
    if pa.shape.len() != 1 || !nn.shape.is_empty() {
        return Err(PyErr::not_implemented(
            "arrsh: multinomial with an array n or n-d pvals is not supported",
        ));
    }
    let k = pa.vals.len();
    check_array(&pa.vals, "pvals", Cons::Bounded01)?;
    if k > 0 && d::kahan_sum(&pa.vals[..k - 1]) > 1.0 + 1e-12 {
        return Err(PyErr::value("sum(pvals[:-1]) > 1.0"));
    }
    let ni = nn.vals[0];
    check_scalar(ni, "n", Cons::NonNegative)?;
    let mut shape = lead_dims(size)?;
    shape.push(k);
    crate::array::layout::check_too_big(&shape, 8)?;
    let total: usize = shape.iter().product();
    let mut out = fallible_vec(total, &shape, crate::array::dtype::DType::I64)?;
    out.resize(total, 0i64);
    for chunk in out.chunks_mut(k.max(1)) {
        d::multinomial(s, ni as i64, &pa.vals, chunk);
    }
    Ok(Value::Array(Rc::new(NdArray::from_vec(out, &shape)?)))
}

/// `dirichlet(alpha, size)`: normalised gammas, or (Generator, all
/// `alpha < 0.1`) stick-breaking with betas.
fn dirichlet<S: Source>(s: &mut S, alpha: &Value, size: Option<&Value>) -> PyResult<Value> {
    let al = param(alpha, false)?;
    if al.shape.len() != 1 {
        return Err(PyErr::value("object too deep for desired array"));
    }
    let k = al.vals.len();
    if S::LEGACY {
        if al.vals.iter().any(|&v| v <= 0.0) {
            return Err(PyErr::value("alpha <= 0"));
        }
    } else if al.vals.iter().any(|&v| v < 0.0) {
        return Err(PyErr::value("alpha < 0"));
    } else if al.vals.iter().any(|v| v.is_nan()) {
        return Err(PyErr::value("alpha contains NaNs"));
    }
    let mut shape = lead_dims(size)?;
    shape.push(k);
    crate::array::layout::check_too_big(&shape, 8)?;
    let total: usize = shape.iter().product();
    let mut out = fallible_vec(total, &shape, crate::array::dtype::DType::F64)?;
    out.resize(total, 0f64);
    let small = !S::LEGACY && k > 0 && al.vals.iter().all(|&v| v < 0.1);
    if small {
        let mut csum_v = vec![0.0; k];
        let mut csum = 0.0;
        for j in (0..k).rev() {
            csum += al.vals[j];
            csum_v[j] = csum;
        }
        if csum > 0.0 {
            for row in out.chunks_mut(k) {
                let mut acc = 1.0;
                for j in 0..k - 1 {
                    let v = d::beta(s, al.vals[j], csum_v[j + 1]);
                    row[j] = acc * v;
                    acc *= 1.0 - v;
                    if csum_v[j + 1] == 0.0 {
                        break;
                    }
                }
                row[k - 1] = acc;
            }
        }
    } else {
        for row in out.chunks_mut(k.max(1)) {
            let mut acc = 0.0;
            for (v, &alpha) in row.iter_mut().zip(&al.vals) {
                *v = d::standard_gamma(s, alpha);
                acc += *v;
            }
            let inv = 1.0 / acc;
            for v in row.iter_mut() {
                *v *= inv;
            }
        }
    }
    Ok(Value::Array(Rc::new(NdArray::from_vec(out, &shape)?)))
}

/// A distribution method on a `Generator`; `None` when `name` is not one.
pub fn generator(g: &mut Generator, name: &str, args: &Args) -> Option<PyResult<Value>> {
    dist(&mut Modern(g.bit_generator()), name, args)
}

/// A distribution method on a `RandomState` (or `np.random.*`).
pub fn legacy(rs: &mut RandomState, name: &str, args: &Args) -> Option<PyResult<Value>> {
    let (mt, gauss) = rs.parts();
    dist(&mut Legacy { mt, gauss }, name, args)
}
