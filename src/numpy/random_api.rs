//! `np.random`: the legacy global stream (`seed`, `randint`, `rand`, …) and
//! `default_rng()` generators, shaping the flat values from the `random` module.

use super::objects::{host, host_mut, HostObject};
use super::random::{Generator, IntKind, RandomError, RandomState};
use super::Family;
use crate::array::dtype::DType;
use crate::array::element::{Element, Num};
use crate::array::object::NdArray;
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::value::args::{given, Args};
use crate::value::convert::{to_dims, to_dtype, to_f64, to_int, truthy};
use crate::value::host::HostRef;
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// `np.random.X` functions besides the distributions.
pub const NAMES: &[&str] = &[
    "seed",
    "randint",
    "rand",
    "random",
    "random_sample",
    "randn",
    "standard_normal",
    "uniform",
    "normal",
    "choice",
    "shuffle",
    "permutation",
    "bytes",
    "default_rng",
    "RandomState",
    "SeedSequence",
];

/// Generator and `RandomState` methods besides the distributions.
pub const GENERATOR_METHODS: &[&str] = &[
    "integers",
    "random",
    "standard_normal",
    "normal",
    "uniform",
    "choice",
    "shuffle",
    "permutation",
    "randint",
    "rand",
    "randn",
    "random_sample",
    "seed",
    "bytes",
    "multivariate_normal",
];

/// The distributions (`random_dists`), both `np.random.X` functions and methods of
/// Generators and `RandomState`s.
pub const DISTRIBUTIONS: &[&str] = &[
    "exponential",
    "standard_exponential",
    "gamma",
    "standard_gamma",
    "beta",
    "chisquare",
    "poisson",
    "binomial",
    "geometric",
    "lognormal",
    "laplace",
    "logistic",
    "triangular",
    "weibull",
    "pareto",
    "hypergeometric",
    "negative_binomial",
    "standard_t",
    "vonmises",
    "multinomial",
    "dirichlet",
];

/// `np.random.X` exists.
pub fn is_function(name: &str) -> bool {
    NAMES.contains(&name) || DISTRIBUTIONS.contains(&name)
}

/// A Generator or `RandomState` has method `name`.
pub fn is_generator_method(name: &str) -> bool {
    GENERATOR_METHODS.contains(&name) || DISTRIBUTIONS.contains(&name)
}

pub const FAMILY: Family = Family { names: &[], call };

fn err(e: RandomError) -> PyErr {
    PyErr::new(e.class, e.message)
}

/// Bytes of memory the system reports available (`MemAvailable`), or unlimited when it
/// cannot tell: draws are collected before they are shaped, so a request that cannot fit
/// must be refused up front rather than abort the shell.
fn available_memory() -> u128 {
    std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|t| {
            t.lines()
                .find(|l| l.starts_with("MemAvailable:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kib| kib.parse::<u128>().ok())
        })
        .map(|kib| kib * 1024)
        .unwrap_or(u128::MAX)
}

/// Largest number of values one call may generate (the shell caps it rather than abort).
const MAX_DRAWS: usize = 1 << 31;

/// The `size=` shape, refused up front (NumPy's MemoryError for `dtype`) when its result
/// could not be allocated.
fn size_arg(v: Option<&Value>, dtype: DType) -> PyResult<Option<Vec<usize>>> {
    match v {
        None => Ok(None),
        Some(v) => {
            let dims = to_dims(v)?;
            let item = dtype.itemsize();
            crate::array::layout::check_too_big(&dims, item)?;
            let n: usize = dims
                .iter()
                .try_fold(1usize, |a, &d| a.checked_mul(d))
                .unwrap_or(usize::MAX);
            let bytes = (n as u128) * item as u128;
            if n > MAX_DRAWS || bytes > available_memory() {
                return Err(crate::array::object::memory_error(&dims, dtype, bytes));
            }
            Ok(Some(dims))
        }
    }
}

fn shaped<T: Element>(vals: Vec<T>, shape: &[usize]) -> PyResult<Value> {
    Ok(Value::Array(Rc::new(NdArray::from_vec(vals, shape)?)))
}

fn ints_value(
    vals: Vec<i128>,
    kind: IntKind,
    shape: Option<&[usize]>,
    py_scalar: bool,
) -> PyResult<Value> {
    let d = to_dtype(&Value::str(kind.name()))?;
    match shape {
        None => {
            let v = vals.first().copied().unwrap_or(0);
            if py_scalar && d == DType::I64 {
                Ok(Value::Int(v))
            } else {
                Ok(Value::Scalar(
                    d,
                    crate::array::element::coerce(
                        d,
                        if d == DType::Bool {
                            Num::Bool(v != 0)
                        } else {
                            Num::Int(v)
                        },
                    ),
                ))
            }
        }
        Some(s) => {
            let a = NdArray::zeros(s, d)?;
            let mut k = 0;
            NdArray::for_each_index(s, |idx| {
                a.set(idx, Num::Int(vals.get(k).copied().unwrap_or(0)));
                k += 1;
            });
            Ok(Value::Array(Rc::new(a)))
        }
    }
}

fn floats_value(vals: Vec<f64>, shape: Option<&[usize]>) -> PyResult<Value> {
    match shape {
        None => Ok(Value::Float(vals.first().copied().unwrap_or(0.0))),
        Some(s) => shaped(vals, s),
    }
}

/// The dtype `int_kind` accepted (int64 by default), for the MemoryError's words.
fn kind_dtype(v: &Option<Value>) -> DType {
    given(v)
        .and_then(|d| to_dtype(d).ok())
        .unwrap_or(DType::I64)
}

fn int_kind(v: &Option<Value>) -> PyResult<IntKind> {
    match given(v) {
        None => Ok(IntKind::I64),
        Some(d) => {
            let dt = to_dtype(d)?;
            IntKind::from_name(dt.name()).ok_or_else(|| {
                PyErr::type_err(format!(
                    "Unsupported dtype dtype('{}') for randint",
                    dt.name()
                ))
            })
        }
    }
}

fn count(shape: &Option<Vec<usize>>) -> usize {
    shape.as_ref().map(|s| s.iter().product()).unwrap_or(1)
}

/// The distributions both generators offer, so their methods are parsed in one place.
trait Stream {
    fn standard_normal(&mut self, n: usize) -> Vec<f64>;
    fn uniform(&mut self, low: f64, high: f64, n: usize) -> Result<Vec<f64>, RandomError>;
    fn permutation(&mut self, n: i128) -> Result<Vec<i64>, RandomError>;
    fn interval(&mut self, max: u64) -> u64;
}

macro_rules! stream {
    ($t:ty) => {
        impl Stream for $t {
            fn standard_normal(&mut self, n: usize) -> Vec<f64> {
                <$t>::standard_normal(self, n)
            }
            fn uniform(&mut self, low: f64, high: f64, n: usize) -> Result<Vec<f64>, RandomError> {
                <$t>::uniform(self, low, high, n)
            }
            fn permutation(&mut self, n: i128) -> Result<Vec<i64>, RandomError> {
                <$t>::permutation(self, n)
            }
            fn interval(&mut self, max: u64) -> u64 {
                <$t>::interval(self, max)
            }
        }
    };
}
stream!(RandomState);
stream!(Generator);

/// `standard_normal`, `uniform` and `permutation` on either generator; the
/// parameter lists differ slightly between the legacy and new APIs.
fn shared_call(
    s: &mut impl Stream,
    name: &str,
    args: &Args,
    normal_params: &[&str],
    perm_params: &[&str],
) -> PyResult<Value> {
    match name {
        "standard_normal" => {
            let a = args.bind(name, normal_params, 0)?;
            let shape = size_arg(given(&a[0]), DType::F64)?;
            floats_value(s.standard_normal(count(&shape)), shape.as_deref())
        }
        "permutation" | "shuffle" => {
            let a = args.bind(name, perm_params, 1)?;
            let x = a[0].as_ref().unwrap_or(&Value::None);
            let legacy = perm_params.len() == 1;
            let axis = a.get(1).and_then(given);
            let draw = |max: u64| s.interval(max);
            if name == "shuffle" {
                return super::random_shuffle::shuffle(x, axis, legacy, draw);
            }
            if !super::random_shuffle::is_integer(x) {
                return super::random_shuffle::permute_array(x, axis, legacy, draw);
            }
            let vals = s.permutation(to_int(x)?).map_err(err)?;
            let len = vals.len();
            shaped(vals, &[len])
        }
        _ => {
            let a = args.bind(name, &["low", "high", "size"], 0)?;
            let p0 = given(&a[0]).map(to_f64).transpose()?.unwrap_or(0.0);
            let p1 = given(&a[1]).map(to_f64).transpose()?.unwrap_or(1.0);
            let shape = size_arg(given(&a[2]), DType::F64)?;
            let vals = s.uniform(p0, p1, count(&shape)).map_err(err)?;
            floats_value(vals, shape.as_deref())
        }
    }
}

/// `Generator.multivariate_normal(mean, cov, size, check_valid, tol, *, method)` as
/// NumPy's Python: standard normals of shape `size + (k,)` as rows, times the factor's
/// transpose, plus the mean. Only `method='cholesky'` is exact here: the `'svd'` and
/// `'eigh'` factors carry LAPACK's signs of the singular vectors, which change the draws
/// (docs/differences.md).
fn multivariate_normal(g: &mut Generator, args: &Args) -> PyResult<Value> {
    let a = args.bind(
        "multivariate_normal",
        &["mean", "cov", "size", "check_valid", "tol", "*method"],
        2,
    )?;
    let method = match given(&a[5]) {
        None => "svd".to_string(),
        Some(v) => crate::format::str_of(v),
    };
    if !matches!(method.as_str(), "eigh" | "svd" | "cholesky") {
        return Err(PyErr::value(
            "method must be one of {'eigh', 'svd', 'cholesky'}",
        ));
    }
    let mean = crate::value::convert::as_array(a[0].as_ref().unwrap_or(&Value::None))?;
    let cov = crate::value::convert::as_array(a[1].as_ref().unwrap_or(&Value::None))?;
    if mean.dtype.is_complex() || cov.dtype.is_complex() {
        return Err(PyErr::type_err("mean and cov must not be complex"));
    }
    let shape = size_arg(given(&a[2]), DType::F64)?.unwrap_or_default();
    if mean.ndim() != 1 {
        return Err(PyErr::value("mean must be 1 dimensional"));
    }
    if cov.ndim() != 2 || cov.shape[0] != cov.shape[1] {
        return Err(PyErr::value("cov must be 2 dimensional and square"));
    }
    let k = mean.shape[0];
    if k != cov.shape[0] {
        return Err(PyErr::value("mean and cov must have same length"));
    }
    if method != "cholesky" {
        return Err(PyErr::not_implemented(format!(
            "arrsh: multivariate_normal(method='{}') needs LAPACK's signs of the factor; method='cholesky' draws as NumPy does",
            method
        )));
    }
    let mut final_shape = shape;
    final_shape.push(k);
    let count: usize = final_shape.iter().product();
    let x = g.standard_normal(count);
    let mu = crate::array::kernels::to_vec::<f64>(&mean)?;
    let c = crate::array::kernels::to_vec::<f64>(&crate::array::kernels::to_contiguous(
        &cov,
        DType::F64,
    )?)?;
    let l = super::linalg::factor::cholesky(k, &c)
        .ok_or_else(|| PyErr::new("LinAlgError", "Matrix is not positive definite"))?;
    // mean + x @ L.T, row by row.
    let mut out = Vec::with_capacity(count);
    for row in x.chunks(k.max(1)) {
        for j in 0..k {
            let dot: f64 = (0..k).map(|i| row[i] * l[j * k + i]).sum();
            out.push(mu[j] + dot);
        }
    }
    shaped(out, &final_shape)
}

/// `bytes(length)` as NumPy writes it: `(length - 1) // 4 + 1` uint32 draws from
/// `draw(k)`, stored little-endian and cut to `length` bytes.
fn random_bytes(
    length: i128,
    draw: impl FnOnce(usize) -> Result<Vec<i128>, RandomError>,
) -> PyResult<Value> {
    // Cython's C division truncates: `bytes(0)` draws one word, `bytes(-1)` one too.
    let words = (length - 1) / 4 + 1;
    if words < 0 {
        return Err(PyErr::value("negative dimensions are not allowed"));
    }
    let vals = draw(words as usize).map_err(err)?;
    let mut out: Vec<u8> = vals
        .iter()
        .flat_map(|&v| (v as u32).to_le_bytes())
        .collect();
    // `[:length]`, a negative length counting from the end.
    let keep = if length >= 0 {
        length as usize
    } else {
        (out.len() as i128 + length).max(0) as usize
    };
    out.truncate(keep);
    Ok(Value::Bytes(Rc::new(out)))
}

/// `choice(a, size, replace, p)`'s common arguments: an integer population (arrays and
/// `p=` are not supported yet), the output shape and `replace`.
type ChoiceArgs = (i128, Option<Vec<usize>>, bool);

fn choice_args(a: &[Option<Value>]) -> PyResult<ChoiceArgs> {
    if given(&a[3]).is_some() {
        return Err(PyErr::not_implemented(
            "arrsh: choice(p=...) is not supported",
        ));
    }
    let pop = to_int(a[0].as_ref().unwrap_or(&Value::None)).map_err(|_| {
        PyErr::not_implemented("arrsh: choice from an array population is not supported")
    })?;
    let shape = size_arg(given(&a[1]), DType::I64)?;
    let replace = given(&a[2]).map(truthy).transpose()?.unwrap_or(true);
    Ok((pop, shape, replace))
}

/// Calls on a legacy `RandomState` (the global one or an explicit object).
fn legacy_call(rs: &mut RandomState, name: &str, args: &Args) -> PyResult<Value> {
    match name {
        "seed" => {
            let a = args.bind("seed", &["seed"], 0)?;
            match given(&a[0]) {
                None => rs.seed_from_entropy(),
                Some(Value::List(_) | Value::Tuple(_) | Value::Array(_)) => {
                    let vals: Vec<i128> = crate::value::convert::iter_values(a[0].as_ref().unwrap_or(&Value::None))?.iter().map(to_int).collect::<PyResult<_>>()?;
                    rs.seed_array(&vals).map_err(err)?
                }
                Some(v) => rs.seed(to_int(v).map_err(|_| PyErr::type_err("Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'"))?).map_err(err)?,
            }
            Ok(Value::None)
        }
        "bytes" => {
            let a = args.bind("bytes", &["length"], 1)?;
            let n = to_int(a[0].as_ref().unwrap_or(&Value::None))?;
            random_bytes(n, |k| rs.randint(0, 1 << 32, k, IntKind::U32))
        }
        "randint" => {
            let a = args.bind("randint", &["low", "high", "size", "dtype"], 1)?;
            let low = to_int(a[0].as_ref().unwrap_or(&Value::None))?;
            let (lo, hi) = match given(&a[1]) {
                Some(h) => (low, to_int(h)?),
                None => (0, low),
            };
            let kind = int_kind(&a[3])?;
            let shape = size_arg(given(&a[2]), kind_dtype(&a[3]))?;
            let vals = rs.randint(lo, hi, count(&shape), kind).map_err(err)?;
            ints_value(vals, kind, shape.as_deref(), true)
        }
        "rand" => {
            // `rand(d0, d1, ...)` takes the shape as separate arguments.
            let shape = if args.pos.is_empty() {
                None
            } else {
                size_arg(Some(&Value::tuple(args.pos.clone())), DType::F64)?
            };
            floats_value(rs.random_sample(count(&shape)), shape.as_deref())
        }
        "randn" => {
            // `rand(d0, d1, ...)` takes the shape as separate arguments.
            let shape = if args.pos.is_empty() {
                None
            } else {
                size_arg(Some(&Value::tuple(args.pos.clone())), DType::F64)?
            };
            floats_value(rs.standard_normal(count(&shape)), shape.as_deref())
        }
        "random" | "random_sample" => {
            let a = args.bind(name, &["size"], 0)?;
            let shape = size_arg(given(&a[0]), DType::F64)?;
            floats_value(rs.random_sample(count(&shape)), shape.as_deref())
        }
        "standard_normal" | "uniform" | "permutation" | "shuffle" => {
            shared_call(rs, name, args, &["size"], &["x"])
        }
        "choice" => {
            let a = args.bind(name, &["a", "size", "replace", "p"], 1)?;
            let (pop, shape, replace) = choice_args(&a)?;
            let vals = rs.choice(pop, count(&shape), replace).map_err(err)?;
            ints_value(vals, IntKind::I64, shape.as_deref(), false)
        }
        _ => super::random_dists::legacy(rs, name, args).unwrap_or_else(|| {
            Err(PyErr::not_implemented(format!(
                "arrsh: np.random.{} is not supported",
                name
            )))
        }),
    }
}

fn generator_call(g: &mut Generator, name: &str, args: &Args) -> PyResult<Value> {
    match name {
        "bytes" => {
            let a = args.bind("bytes", &["length"], 1)?;
            let n = to_int(a[0].as_ref().unwrap_or(&Value::None))?;
            random_bytes(n, |k| g.integers(0, 1 << 32, k, IntKind::U32, false))
        }
        "multivariate_normal" => multivariate_normal(g, args),
        "integers" => {
            let a = args.bind("integers", &["low", "high", "size", "dtype", "endpoint"], 1)?;
            let low = to_int(a[0].as_ref().unwrap_or(&Value::None))?;
            let (lo, hi) = match given(&a[1]) {
                Some(h) => (low, to_int(h)?),
                None => (0, low),
            };
            let kind = int_kind(&a[3])?;
            let shape = size_arg(given(&a[2]), kind_dtype(&a[3]))?;
            let endpoint = given(&a[4]).map(truthy).transpose()?.unwrap_or(false);
            let vals = g
                .integers(lo, hi, count(&shape), kind, endpoint)
                .map_err(err)?;
            ints_value(vals, kind, shape.as_deref(), false)
        }
        "random" => {
            let a = args.bind("random", &["size", "dtype", "out"], 0)?;
            let shape = size_arg(given(&a[0]), DType::F64)?;
            match given(&a[1]).map(to_dtype).transpose()? {
                None | Some(DType::F64) => floats_value(g.random(count(&shape)), shape.as_deref()),
                Some(DType::F32) => {
                    // NumPy's next_float: the top 24 bits of a 32-bit draw.
                    use crate::numpy::random::BitGenerator;
                    let bits = g.bit_generator();
                    let vals: Vec<f32> = (0..count(&shape))
                        .map(|_| (bits.next_u32() >> 8) as f32 * (1.0 / 16777216.0))
                        .collect();
                    match shape.as_deref() {
                        None => Ok(Value::Scalar(
                            DType::F32,
                            Num::Float(vals.first().copied().unwrap_or(0.0) as f64),
                        )),
                        Some(s) => Ok(Value::Array(Rc::new(NdArray::from_vec(vals, s)?))),
                    }
                }
                Some(d) => Err(PyErr::type_err(format!(
                    "Unsupported dtype dtype('{}') for random",
                    d.name()
                ))),
            }
        }
        "standard_normal" | "uniform" | "permutation" | "shuffle" => {
            shared_call(g, name, args, &["size", "dtype", "out"], &["x", "axis"])
        }
        "choice" => {
            let a = args.bind(name, &["a", "size", "replace", "p", "axis", "shuffle"], 1)?;
            let (pop, shape, replace) = choice_args(&a)?;
            let shuffle = given(&a[5]).map(truthy).transpose()?.unwrap_or(true);
            let vals = g
                .choice(pop, count(&shape), replace, shuffle)
                .map_err(err)?;
            ints_value(vals, IntKind::I64, shape.as_deref(), false)
        }
        _ => super::random_dists::generator(g, name, args).unwrap_or_else(|| {
            Err(PyErr::attribute(format!(
                "'numpy.random._generator.Generator' object has no attribute '{}'",
                name
            )))
        }),
    }
}

pub fn call_generator(obj: &HostRef, name: &str, args: Args) -> PyResult<Value> {
    let mut o = obj.borrow_mut();
    match host_mut(&mut *o) {
        Some(HostObject::Generator(g)) => generator_call(g, name, &args),
        Some(HostObject::RandomState(r)) => legacy_call(r, name, &args),
        _ => Err(PyErr::attribute(name.to_string())),
    }
}

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    let short = name.strip_prefix("numpy.random.")?;
    Some(match short {
        "default_rng" => (|| {
            let a = args.bind("default_rng", &["seed"], 0)?;
            let seeded = match given(&a[0]) {
                Some(Value::Object(o)) => match host(&*o.borrow()) {
                    Some(HostObject::SeedSequence(s)) => Some(s.seq.clone()),
                    _ => None,
                },
                _ => None,
            };
            let g = match (seeded, given(&a[0])) {
                (Some(s), _) => Generator::from_seed_sequence(s),
                (None, None) => Generator::from_seed(None).map_err(err)?,
                (None, Some(v @ (Value::List(_) | Value::Tuple(_)))) => {
                    let seeds: Vec<i128> = crate::value::convert::iter_values(v)?
                        .iter()
                        .map(|x| match x {
                            Value::Float(_) => Err(PyErr::type_err("seed must be integer")),
                            Value::Scalar(d, _) if d.is_inexact() => {
                                Err(PyErr::type_err("seed must be integer"))
                            }
                            other => to_int(other),
                        })
                        .collect::<PyResult<_>>()?;
                    Generator::from_seed_list(&seeds).map_err(err)?
                }
                (None, Some(v)) => Generator::from_seed_int(to_int(v)?).map_err(err)?,
            };
            Ok(Value::Object(Rc::new(RefCell::new(HostObject::Generator(
                g,
            )))))
        })(),
        "SeedSequence" => super::seed_sequence_object::new(&args),
        "RandomState" => (|| {
            let a = args.bind("RandomState", &["seed"], 0)?;
            let rs = match given(&a[0]) {
                None => RandomState::from_entropy(),
                Some(v) => RandomState::new(to_int(v)?).map_err(err)?,
            };
            Ok(Value::Object(Rc::new(RefCell::new(
                HostObject::RandomState(Box::new(rs)),
            ))))
        })(),
        other => {
            let rs = it
                .state()
                .legacy_random
                .get_or_insert_with(RandomState::from_entropy);
            legacy_call(rs, other, &args)
        }
    })
}
