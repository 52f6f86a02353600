//! `float.fromhex(s)` and `float.as_integer_ratio()`, exact as CPython's: the hex string
//! is read whole (any number of digits) and rounded once, half to even, into a double,
//! subnormals included; the ratio is exact with big ints.

use crate::error::{PyErr, PyResult};
use crate::value::args::Args;
use crate::value::bigint::normalize;
use crate::value::Value;
use num_bigint::{BigInt, BigUint};
use num_traits::{One, ToPrimitive, Zero};

fn invalid() -> PyErr {
    PyErr::value("invalid hexadecimal floating-point string")
}

fn too_large() -> PyErr {
    PyErr::overflow("hexadecimal value too large to represent as a float")
}

/// 2**k as a double, exactly, for k in the double range (subnormal powers included).
fn pow2(k: i64) -> f64 {
    if k >= -1022 {
        f64::from_bits(((k + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (k + 1074))
    }
}

/// `inf`, `infinity` or `nan` in any case, as `_Py_parse_inf_or_nan` reads them.
fn inf_or_nan(s: &str) -> Option<f64> {
    match s.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    }
}

/// `mant * 2**exp` rounded half to even to the nearest double.
fn round_to_double(mant: &BigUint, exp: i64) -> PyResult<f64> {
    if mant.is_zero() {
        return Ok(0.0);
    }
    let top = mant.bits() as i64 - 1 + exp;
    if top > 1024 {
        return Err(too_large());
    }
    if top < -1076 {
        return Ok(0.0);
    }
    // The weight of the last kept bit: 53 bits for a normal double, 2**-1074 below.
    let lsb = (top - 52).max(-1074);
    let shift = lsb - exp;
    let q = if shift <= 0 {
        mant << ((-shift) as usize)
    } else {
        let s = shift as usize;
        let mut q: BigUint = mant >> s;
        let rem = mant - (&q << s);
        let half = BigUint::one() << (s - 1);
        if rem > half || (rem == half && q.bit(0)) {
            q += 1u32;
        }
        q
    };
    let q = q.to_u64().ok_or_else(too_large)?;
    let v = q as f64 * pow2(lsb);
    if v.is_infinite() {
        return Err(too_large());
    }
    Ok(v)
}

/// `float.fromhex(s)`: `[sign]['0x']digits['.'digits]['p'[sign]digits]`, surrounded by
/// optional whitespace, or `inf`/`nan`.
pub fn fromhex(args: &Args) -> PyResult<Value> {
    let a = args.bind("fromhex", &["string"], 1)?;
    let Some(Value::Str(text)) = a.first().and_then(|v| v.clone()) else {
        return Err(PyErr::type_err("bad argument type for built-in operation"));
    };
    let s = text.trim_matches(char::is_whitespace);
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let sign = |v: f64| Value::Float(if neg { -v } else { v });
    if let Some(v) = inf_or_nan(body) {
        return Ok(sign(v));
    }
    let body = body
        .strip_prefix("0x")
        .or_else(|| body.strip_prefix("0X"))
        .unwrap_or(body);
    let (num, exp_text) = match body.find(['p', 'P']) {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (int_part, frac_part) = match num.find('.') {
        Some(i) => (&num[..i], &num[i + 1..]),
        None => (num, ""),
    };
    let all_hex = |t: &str| t.bytes().all(|b| b.is_ascii_hexdigit());
    if int_part.len() + frac_part.len() == 0 || !all_hex(int_part) || !all_hex(frac_part) {
        return Err(invalid());
    }
    let mut exp: i64 = 0;
    if let Some(e) = exp_text {
        let (eneg, digits) = match e.as_bytes().first() {
            Some(b'-') => (true, &e[1..]),
            Some(b'+') => (false, &e[1..]),
            _ => (false, e),
        };
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid());
        }
        // Past any double's range the exponent only has to stay past it.
        let big = digits
            .bytes()
            .fold(0i64, |acc, b| (acc * 10 + (b - b'0') as i64).min(1 << 40));
        exp = if eneg { -big } else { big };
    }
    let digits = format!("{}{}", int_part, frac_part);
    let mant = BigUint::parse_bytes(digits.as_bytes(), 16).ok_or_else(invalid)?;
    let exp = exp - 4 * frac_part.len() as i64;
    round_to_double(&mant, exp).map(sign)
}

/// `float.as_integer_ratio()`: the exact fraction, in lowest terms.
pub fn ratio(f: f64) -> PyResult<Value> {
    if f.is_infinite() {
        return Err(PyErr::overflow("cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(PyErr::value("cannot convert NaN to integer ratio"));
    }
    if f == 0.0 {
        return Ok(Value::tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    // f = m * 2**e with m an odd integer below 2**53.
    let bits = f.to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if raw_exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), raw_exp - 1075)
    };
    let tz = m.trailing_zeros() as i64;
    m >>= tz;
    e += tz;
    let mut num = BigInt::from(m);
    if f < 0.0 {
        num = -num;
    }
    let (num, den) = if e >= 0 {
        (num << (e as usize), BigInt::one())
    } else {
        (num, BigInt::one() << ((-e) as usize))
    };
    Ok(Value::tuple(vec![normalize(num), normalize(den)]))
}
