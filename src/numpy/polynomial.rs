//! The polynomial functions of `numpy/lib/_polynomial_impl.py` on coefficient arrays
//! (highest power first): `polyval poly polyder polyint polyadd polysub polymul polydiv`,
//! written as NumPy's Python is, through `np.*` calls, so every dtype rule is the
//! functions'. `roots`/`polyfit` are in `polyfit.rs`; `poly` of a square matrix is not
//! here yet; the `poly1d` class is in `poly1d.rs`.

use super::Family;
use crate::array::dtype::DType;
use crate::error::{PyErr, PyResult};
use crate::numpy::compose::{arg, get, np, np1, set, slice};
use crate::numpy::context::Context;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, to_dtype, to_int, truthy};
use crate::value::Value;

pub const FAMILY: Family = Family {
    names: &[
        "polyval", "poly", "polyder", "polyint", "polyadd", "polysub", "polymul", "polydiv",
        "poly1d",
    ],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    if name == "poly1d" {
        return Some(super::poly1d::construct(it, &args));
    }
    // A `poly1d` argument gives a `poly1d` result (NumPy's `truepoly`); `polyval` of a
    // `poly1d` x composes the two.
    let inputs: Vec<Value> = args.pos.iter().take(2).cloned().collect();
    if name == "polyval" && inputs.get(1).is_some_and(super::poly1d::is_poly) {
        return Some(compose(it, &args));
    }
    let r = call_plain(it, name, args)?;
    Some(r.and_then(|r| match name {
        "polyval" | "poly" => Ok(r),
        _ => super::poly1d::like_inputs(it, &inputs, r),
    }))
}

/// `np.polyval(p, x)` of a `poly1d` x: Horner's scheme in polynomial arithmetic.
fn compose(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("polyval", &["p", "x"], 2)?;
    let c = np1(it, "asarray", vec![arg(&p[0])])?;
    let x = arg(&p[1]);
    let mut y = Value::Int(0);
    for i in 0..len(&c)? {
        let pv = get(&c, &int(i))?;
        // `x` is a polynomial, so each step is polynomial arithmetic.
        let op = |it: &mut dyn Context, op, a: &Value, b: &Value| {
            super::poly1d::binary(it, op, a, b)
                .unwrap_or_else(|| Err(PyErr::type_err("polyval: x is not a poly1d")))
        };
        let yx = op(it, crate::value::ops::BinOp::Mul, &y, &x)?;
        y = op(it, crate::value::ops::BinOp::Add, &yx, &pv)?;
    }
    Ok(y)
}

fn call_plain(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    Some(match name {
        "polyval" => polyval(it, &args),
        "poly" => poly(it, &args),
        "polyder" => polyder(it, &args),
        "polyint" => polyint(it, &args),
        "polyadd" => add_sub(it, &args, "polyadd", "add"),
        "polysub" => add_sub(it, &args, "polysub", "subtract"),
        "polymul" => polymul(it, &args),
        "polydiv" => polydiv(it, &args),
        _ => return None,
    })
}

/// `len(a)` of an array value (TypeError for a 0-d one, as Python's `len`).
fn len(a: &Value) -> PyResult<usize> {
    let a = as_array(a)?;
    a.shape
        .first()
        .copied()
        .ok_or_else(|| PyErr::type_err("len() of unsized object"))
}

fn int(i: usize) -> Value {
    Value::Int(i as i128)
}

fn zeros(it: &mut dyn Context, n: usize, dtype: Value) -> PyResult<Value> {
    np(it, "zeros", vec![int(n)], vec![("dtype", dtype)])
}

fn dtype_of(a: &Value) -> PyResult<Value> {
    Ok(Value::DType(as_array(a)?.dtype))
}

/// `np.polyval(p, x)`: Horner's scheme, `y = y * x + pv` from `zeros_like(x)`.
fn polyval(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("polyval", &["p", "x"], 2)?;
    let c = np1(it, "asarray", vec![arg(&p[0])])?;
    if as_array(&c)?.ndim() == 0 {
        return Err(PyErr::type_err("iteration over a 0-d array"));
    }
    let x = np1(it, "asanyarray", vec![arg(&p[1])])?;
    let mut y = np1(it, "zeros_like", vec![x.clone()])?;
    for i in 0..len(&c)? {
        let pv = get(&c, &int(i))?;
        let yx = np1(it, "multiply", vec![y, x.clone()])?;
        y = np1(it, "add", vec![yx, pv])?;
    }
    Ok(y)
}

/// NumPy's `mintypecode(dt.char)` with the default typeset `'GDFgdf'`: the float or
/// complex type a root sequence is computed in.
fn root_dtype(d: DType) -> DType {
    match d {
        DType::F32 | DType::F64 | DType::C64 | DType::C128 => d,
        _ => DType::F64,
    }
}

/// The full convolution of two 1-d coefficient arrays (what `np.convolve` gives for
/// polynomial products), in the result type of both.
fn convolve(it: &mut dyn Context, a: &Value, b: &Value) -> PyResult<Value> {
    let (na, nb) = (len(a)?, len(b)?);
    if na == 0 || nb == 0 {
        let which = if na == 0 { "a" } else { "v" };
        return Err(PyErr::value(format!("{} cannot be empty", which)));
    }
    let dt = np1(it, "result_type", vec![a.clone(), b.clone()])?;
    let out = zeros(it, na + nb - 1, dt)?;
    for i in 0..na {
        let ai = get(a, &int(i))?;
        let key = slice(Some(i as i128), Some((i + nb) as i128));
        let part = np1(it, "multiply", vec![ai, b.clone()])?;
        let sum = np1(it, "add", vec![get(&out, &key)?, part])?;
        set(&out, &key, &sum)?;
    }
    Ok(out)
}

/// `np.poly(seq_of_zeros)`: the monic polynomial with the given roots (1-d input only).
fn poly(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("poly", &["seq_of_zeros"], 1)?;
    // NumPy's dispatcher returns the argument itself, which must be iterable.
    let iterable = match &p[0] {
        Some(Value::Array(a)) => a.ndim() > 0,
        Some(
            Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::BigInt(_)
            | Value::Float(_)
            | Value::Complex(..)
            | Value::Scalar(..),
        )
        | None => false,
        Some(_) => true,
    };
    if !iterable {
        return Err(PyErr::type_err(
            "dispatcher for __array_function__ did not return an iterable",
        ));
    }
    let z = np1(it, "atleast_1d", vec![arg(&p[0])])?;
    let za = as_array(&z)?;
    let sh = za.shape.clone();
    let z = if sh.len() == 2 && sh[0] == sh[1] && sh[0] != 0 {
        return Err(PyErr::not_implemented(
            "arrsh: np.poly of a matrix (its eigenvalues) is not implemented yet",
        ));
    } else if sh.len() == 1 {
        let dt = Value::DType(root_dtype(za.dtype));
        np(it, "asarray", vec![z], vec![("dtype", dt)])?
    } else {
        return Err(PyErr::value(
            "input must be 1d or non-empty square 2d array.",
        ));
    };
    let n = len(&z)?;
    if n == 0 {
        return Ok(Value::Float(1.0));
    }
    let dt = dtype_of(&z)?;
    let mut a = np(
        it,
        "ones",
        vec![Value::tuple(vec![int(1)])],
        vec![("dtype", dt.clone())],
    )?;
    for i in 0..n {
        let zero = get(&z, &int(i))?;
        let neg = np1(it, "negative", vec![zero])?;
        let factor = np(
            it,
            "array",
            vec![Value::list(vec![int(1), neg])],
            vec![("dtype", dt.clone())],
        )?;
        a = convolve(it, &a, &factor)?;
    }
    if as_array(&a)?.dtype.is_complex() {
        // Complex roots that are all conjugate pairs give a real polynomial.
        let roots = np(
            it,
            "asarray",
            vec![z.clone()],
            vec![("dtype", Value::DType(DType::C128))],
        )?;
        let conj = np1(it, "conjugate", vec![roots.clone()])?;
        let s1 = np1(it, "sort", vec![roots])?;
        let s2 = np1(it, "sort", vec![conj])?;
        let eq = np1(it, "equal", vec![s1, s2])?;
        if truthy(&np1(it, "all", vec![eq])?)? {
            let re = np1(it, "real", vec![a])?;
            a = np1(it, "copy", vec![re])?;
        }
    }
    Ok(a)
}

/// An order argument (`int(m)`) that must not be negative.
fn order(v: &Option<Value>, msg: &str) -> PyResult<i128> {
    let m = match given(v) {
        None => 1,
        Some(Value::Float(f)) => f.trunc() as i128,
        Some(x) => to_int(x)?,
    };
    if m < 0 {
        return Err(PyErr::value(msg));
    }
    // NumPy's polyder and polyint call themselves once per order, so from the prompt an
    // order past 997 runs out of Python's 1000 frames (and 10**300 must not loop here).
    if m > 997 {
        return Err(PyErr::new(
            "RecursionError",
            "maximum recursion depth exceeded while calling a Python object",
        ));
    }
    Ok(m)
}

/// `np.polyder(p, m=1)`.
fn polyder(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("polyder", &["p", "m"], 1)?;
    let m = order(&p[1], "Order of derivative must be positive (see polyint)")?;
    let mut c = np1(it, "asarray", vec![arg(&p[0])])?;
    // NumPy's recursion differentiates once more than it returns, so that last step's
    // errors (a 2-d input running out of rows) are raised too.
    for left in (0..=m).rev() {
        let n = len(&c)? as i128 - 1;
        let head = get(&c, &slice(None, Some(-1)))?;
        let k = np1(
            it,
            "arange",
            vec![Value::Int(n), Value::Int(0), Value::Int(-1)],
        )?;
        let y = np1(it, "multiply", vec![head, k])?;
        if left == 0 {
            break;
        }
        c = y;
    }
    Ok(c)
}

/// `np.polyint(p, m=1, k=None)`: integration constants `k` (one, or one per order).
fn polyint(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("polyint", &["p", "m", "k"], 1)?;
    let m = order(&p[1], "Order of integral must be positive (see polyder)")?;
    let float = Value::DType(DType::F64);
    let k = match given(&p[2]) {
        None => zeros(it, m as usize, float.clone())?,
        Some(k) => k.clone(),
    };
    let mut k = np1(it, "atleast_1d", vec![k])?;
    if len(&k)? == 1 && m > 1 {
        let ones = np(it, "ones", vec![Value::Int(m)], vec![("dtype", float)])?;
        k = np1(it, "multiply", vec![get(&k, &int(0))?, ones])?;
    }
    if (len(&k)? as i128) < m {
        return Err(PyErr::value(
            "k must be a scalar or a rank-1 array of length 1 or >m.",
        ));
    }
    let mut c = np1(it, "asarray", vec![arg(&p[0])])?;
    for j in 0..m as usize {
        let n = len(&c)? as i128;
        let div = np1(
            it,
            "arange",
            vec![Value::Int(n), Value::Int(0), Value::Int(-1)],
        )?;
        let q = np1(it, "true_divide", vec![c, div])?;
        let kj = Value::list(vec![get(&k, &int(j))?]);
        c = np1(it, "concatenate", vec![Value::tuple(vec![q, kj])])?;
    }
    Ok(c)
}

/// `np.polyadd`/`np.polysub`: the shorter one padded with leading zeros of its dtype.
fn add_sub(it: &mut dyn Context, args: &Args, fname: &str, ufunc: &str) -> PyResult<Value> {
    let p = args.bind(fname, &["a1", "a2"], 2)?;
    let a1 = np1(it, "atleast_1d", vec![arg(&p[0])])?;
    let a2 = np1(it, "atleast_1d", vec![arg(&p[1])])?;
    let (n1, n2) = (len(&a1)?, len(&a2)?);
    let pad = |it: &mut dyn Context, a: Value, by: usize| -> PyResult<Value> {
        let zr = zeros(it, by, dtype_of(&a)?)?;
        np1(it, "concatenate", vec![Value::tuple(vec![zr, a])])
    };
    let (a1, a2) = if n2 > n1 {
        (pad(it, a1, n2 - n1)?, a2)
    } else if n1 > n2 {
        (a1, pad(it, a2, n1 - n2)?)
    } else {
        (a1, a2)
    };
    np1(it, ufunc, vec![a1, a2])
}

/// The coefficients as `poly1d(c)` keeps them: at least 1-d, leading zeros dropped (all
/// zeros leave one zero of the dtype).
fn trimmed(it: &mut dyn Context, c: Value) -> PyResult<Value> {
    let c = np1(it, "atleast_1d", vec![c])?;
    let ca = as_array(&c)?;
    if ca.ndim() > 1 {
        return Err(PyErr::value("Polynomial must be 1d only."));
    }
    let nz = np1(it, "not_equal", vec![c.clone(), Value::Int(0)])?;
    if !truthy(&np1(it, "any", vec![nz.clone()])?)? {
        return zeros(it, 1, Value::DType(ca.dtype));
    }
    let first = np1(it, "argmax", vec![nz])?;
    get(&c, &slice(Some(to_int(&first)?), None))
}

/// `np.polymul(a1, a2)`.
fn polymul(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("polymul", &["a1", "a2"], 2)?;
    let a1 = trimmed(it, arg(&p[0]))?;
    let a2 = trimmed(it, arg(&p[1]))?;
    convolve(it, &a1, &a2)
}

/// `np.polydiv(u, v)`: quotient and remainder by long division, the remainder's leading
/// near-zeros (`allclose(r[0], 0, rtol=1e-14)`) dropped.
fn polydiv(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("polydiv", &["u", "v"], 2)?;
    let u = np1(it, "atleast_1d", vec![arg(&p[0])])?;
    let u = np1(it, "add", vec![u, Value::Float(0.0)])?;
    let v = np1(it, "atleast_1d", vec![arg(&p[1])])?;
    let v = np1(it, "add", vec![v, Value::Float(0.0)])?;
    let (u0, v0) = (get(&u, &int(0))?, get(&v, &int(0))?);
    let w = np1(it, "add", vec![u0, v0.clone()])?;
    let wdt = Value::DType(to_dtype(&np1(it, "result_type", vec![w])?)?);
    let m = len(&u)? as i128 - 1;
    let n = len(&v)? as i128 - 1;
    let scale = np1(it, "true_divide", vec![Value::Float(1.0), v0])?;
    let q = zeros(it, (m - n + 1).max(1) as usize, wdt.clone())?;
    let mut r = np(it, "array", vec![u], vec![("dtype", wdt)])?;
    for k in 0..(m - n + 1).max(0) {
        let d = np1(
            it,
            "multiply",
            vec![scale.clone(), get(&r, &Value::Int(k))?],
        )?;
        set(&q, &Value::Int(k), &d)?;
        let key = slice(Some(k), Some(k + n + 1));
        let dv = np1(it, "multiply", vec![d, v.clone()])?;
        let diff = np1(it, "subtract", vec![get(&r, &key)?, dv])?;
        set(&r, &key, &diff)?;
    }
    loop {
        let r0 = get(&r, &int(0))?;
        let close = np(
            it,
            "allclose",
            vec![r0, Value::Int(0)],
            vec![("rtol", Value::Float(1e-14))],
        )?;
        if !(truthy(&close)? && len(&r)? > 1) {
            break;
        }
        r = get(&r, &slice(Some(1), None))?;
    }
    Ok(Value::tuple(vec![q, r]))
}
