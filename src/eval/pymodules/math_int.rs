//! `math`'s exact integer functions — `factorial`, `comb`, `perm`, `gcd`, `lcm`, `isqrt`
//! — on Python ints of any size, with CPython 3.11's argument checks and words. Their
//! results grow fast (`factorial(50)` has 65 digits), so they work on `BigInt`s and
//! normalize back; a result past the interpreter's size bound is a MemoryError where
//! CPython would compute for hours.

use crate::error::{PyErr, PyResult};
use crate::value::bigint::{self, big_of};
use crate::value::convert::to_int;
use crate::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// C's `Py_ssize_t` bound, which CPython puts on a factorial argument and on `k`.
const SSIZE_MAX: i64 = i64::MAX;

/// An integer argument: a Python int of any size, a bool or a NumPy integer (`__index__`).
fn int_arg(v: &Value) -> PyResult<BigInt> {
    match big_of(v) {
        Some(b) => Ok(b),
        None => to_int(v).map(BigInt::from),
    }
}

/// `k` as a machine count, or CPython's OverflowError naming `what`.
fn ssize(k: &BigInt, what: &str) -> PyResult<u64> {
    k.to_u64()
        .filter(|k| *k <= SSIZE_MAX as u64)
        .ok_or_else(|| PyErr::overflow(format!("{} must not exceed {}", what, SSIZE_MAX)))
}

/// Refuse a product of `k` factors each of about `bits_each` bits past the size bound.
fn check_size(k: u64, bits_each: u64) -> PyResult<()> {
    if (k as f64) * (bits_each as f64) > bigint::MAX_BITS as f64 {
        return Err(PyErr::memory(""));
    }
    Ok(())
}

pub fn factorial(v: &Value) -> PyResult<Value> {
    let n = int_arg(v)?;
    if n.is_negative() {
        return Err(PyErr::value("factorial() not defined for negative values"));
    }
    let n = n.to_i64().ok_or_else(|| {
        PyErr::overflow(format!(
            "factorial() argument should not exceed {}",
            SSIZE_MAX
        ))
    })?;
    bigint::factorial(n as u64)
}

/// `n * (n-1) * ... * (n-k+1)`.
fn falling(n: &BigInt, k: u64) -> PyResult<BigInt> {
    check_size(k, n.bits())?;
    let mut r = BigInt::one();
    let mut f = n.clone();
    for _ in 0..k {
        r *= &f;
        f -= 1u8;
    }
    Ok(r)
}

/// `comb(n, k)` (`perm` false) or `perm(n, k)`; `k` None is `perm(n)` = `n!`.
pub fn comb_perm(n: &Value, k: Option<&Value>, perm: bool) -> PyResult<Value> {
    let n = int_arg(n)?;
    let k = match k {
        Some(k) => int_arg(k)?,
        None => n.clone(),
    };
    if n.is_negative() {
        return Err(PyErr::value("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(PyErr::value("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    if perm {
        let k = if k == n {
            // perm(n) is factorial(n), with factorial's overflow words.
            return factorial(&bigint::normalize(n));
        } else {
            ssize(&k, "k")?
        };
        return Ok(bigint::normalize(falling(&n, k)?));
    }
    let low = std::cmp::min(k.clone(), &n - &k);
    let low = ssize(&low, "min(n - k, k)")?;
    let top = falling(&n, low)?;
    let bottom = falling(&BigInt::from(low), low)?;
    Ok(bigint::normalize(top / bottom))
}

/// `gcd(*ints)` (`lcm` false) or `lcm(*ints)`, non-negative as CPython's.
pub fn gcd_lcm(args: &[Value], lcm: bool) -> PyResult<Value> {
    let mut acc = if lcm { BigInt::one() } else { BigInt::zero() };
    for v in args {
        let x = int_arg(v)?;
        acc = if lcm { acc.lcm(&x) } else { acc.gcd(&x) };
    }
    Ok(bigint::normalize(acc.abs()))
}

pub fn isqrt(v: &Value) -> PyResult<Value> {
    let n = int_arg(v)?;
    if n.is_negative() {
        return Err(PyErr::value("isqrt() argument must be nonnegative"));
    }
    Ok(bigint::normalize(n.sqrt()))
}

/// `floor`/`ceil`/`trunc` of a float as a Python int: exact at any magnitude.
pub fn from_integral_float(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(PyErr::value("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(PyErr::overflow("cannot convert float infinity to integer"));
    }
    Ok(bigint::from_whole_float(f))
}
