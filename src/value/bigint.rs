//! Python ints of arbitrary size. A Python int is `Value::Int(i128)` while it fits and
//! `Value::BigInt` only when a result leaves that range (results are normalized back), so
//! the everyday arithmetic stays on machine integers and this module is the slow path:
//! the arithmetic of `pyops` falls here when an i128 operation overflows or an operand is
//! already big.

use crate::error::{PyErr, PyResult};
use crate::value::ops::BinOp;
use crate::value::Value;
use num_bigint::{BigInt, Sign};
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::rc::Rc;

/// CPython 3.11's default `sys.get_int_max_str_digits()`: decimal text of more digits is
/// refused both ways (`str(10**5000)`, `int('1' * 5000)`).
pub const MAX_STR_DIGITS: usize = 4300;

/// Largest result arrsh agrees to build, in bits (128 MiB of digits): past it the answer
/// is a MemoryError rather than a machine brought to its knees.
pub const MAX_BITS: u64 = 1 << 30;

/// A Python int value from a big integer: `Int` when it fits i128.
pub fn normalize(b: BigInt) -> Value {
    match b.to_i128() {
        Some(i) => Value::Int(i),
        None => Value::BigInt(Rc::new(b)),
    }
}

/// The Python int of a finite float with no fraction part (`int(1e300)` is exact).
pub fn from_whole_float(t: f64) -> Value {
    if t.abs() < 1e38 {
        return Value::Int(t as i128);
    }
    num_traits::FromPrimitive::from_f64(t)
        .map(normalize)
        .unwrap_or(Value::Int(0))
}

/// The integer value of a Python int or bool (not of NumPy scalars).
pub fn big_of(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as u8)),
        Value::BigInt(b) => Some(b.as_ref().clone()),
        _ => None,
    }
}

fn too_large_for_float() -> PyErr {
    PyErr::overflow("int too large to convert to float")
}

/// `float(i)`: correctly rounded (half to even), OverflowError past the float range.
pub fn to_f64(b: &BigInt) -> PyResult<f64> {
    let f = ratio_to_f64(b, &BigInt::one()).ok_or_else(too_large_for_float)?;
    Ok(f)
}

/// `a / b` for ints, correctly rounded as CPython's `long_true_divide` is.
pub fn true_div(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    if b.is_zero() {
        return Err(PyErr::zero_div("division by zero"));
    }
    ratio_to_f64(a, b)
        .ok_or_else(|| PyErr::overflow("integer division result too large for a float"))
}

/// a / b rounded to the nearest double (ties to even); None when it overflows.
fn ratio_to_f64(a: &BigInt, b: &BigInt) -> Option<f64> {
    if a.is_zero() {
        return Some(if (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus) {
            -0.0
        } else {
            0.0
        });
    }
    let neg = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let (x, y) = (a.magnitude(), b.magnitude());
    // Scale so the quotient has at least 55 significant bits (53 + guard + one spare).
    let shift = y.bits() as i64 - x.bits() as i64 + 55;
    let (num, den) = if shift >= 0 {
        (x << shift as u64, y.clone())
    } else {
        (x.clone(), y << (-shift) as u64)
    };
    let q = &num / &den;
    let sticky = !(&num % &den).is_zero();
    let qbits = q.bits() as i64;
    // Binary exponent of the quotient's leading bit: the value is in [2^e, 2^(e+1)).
    let e = qbits - 1 - shift;
    if e > 1023 {
        return None;
    }
    // Significant bits the double keeps: 53, fewer for subnormal results.
    let keep = if e < -1022 { e + 1075 } else { 53 };
    if keep < 0 {
        return Some(if neg { -0.0 } else { 0.0 });
    }
    let drop = qbits - keep; // ≥ 2: the quotient has ≥ 55 bits
    let m = &q >> drop as u64;
    let rest = &q - (&m << drop as u64);
    let half = num_bigint::BigUint::one() << (drop - 1) as u64;
    let up = match rest.cmp(&half) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => sticky || m.bit(0),
    };
    // A carry makes m a power of two (≤ 54 bits): still exact as a double.
    scaled(if up { m + 1u8 } else { m }, drop - shift, neg)
}

fn scaled(m: num_bigint::BigUint, exp2: i64, neg: bool) -> Option<f64> {
    let mf = m.to_f64()?; // exact: at most 53 bits
    let r = ldexp(mf, exp2);
    if r.is_infinite() {
        return None;
    }
    Some(if neg { -r } else { r })
}

/// m * 2^e without intermediate overflow or double rounding (m has ≤ 53 bits and the
/// product is representable, so each step is exact).
fn ldexp(mut m: f64, mut e: i64) -> f64 {
    while e > 1000 {
        m *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        m *= 2f64.powi(-1000);
        e += 1000;
    }
    m * 2f64.powi(e as i32)
}

fn mem_error() -> PyErr {
    PyErr::memory("")
}

/// `a ** b` for ints with b ≥ 0.
pub fn pow(a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if a.is_zero() || a.is_one() || b.is_zero() {
        return Ok(normalize(if b.is_zero() {
            BigInt::one()
        } else {
            a.clone()
        }));
    }
    if a == &BigInt::from(-1) {
        return Ok(Value::Int(if b.bit(0) { -1 } else { 1 }));
    }
    let e = b.to_u64().ok_or_else(mem_error)?;
    if (a.bits() as u128).saturating_mul(e as u128) > MAX_BITS as u128 {
        return Err(mem_error());
    }
    Ok(normalize(num_traits::pow(a.clone(), e as usize)))
}

fn shift_count(b: &BigInt) -> PyResult<Option<u64>> {
    if b.is_negative() {
        return Err(PyErr::value("negative shift count"));
    }
    Ok(b.to_u64())
}

/// Python's int arithmetic on big operands (the slow path of `pyops::binary`).
pub fn binary(op: BinOp, a: &BigInt, b: &BigInt) -> PyResult<Value> {
    use num_integer::Integer;
    use BinOp::*;
    Ok(match op {
        Add => normalize(a + b),
        Sub => normalize(a - b),
        Mul => {
            if a.bits() + b.bits() > MAX_BITS {
                return Err(mem_error());
            }
            normalize(a * b)
        }
        Div => Value::Float(true_div(a, b)?),
        FloorDiv => {
            if b.is_zero() {
                return Err(PyErr::zero_div("integer division or modulo by zero"));
            }
            normalize(a.div_floor(b))
        }
        Mod => {
            if b.is_zero() {
                return Err(PyErr::zero_div("integer modulo by zero"));
            }
            normalize(a.mod_floor(b))
        }
        Pow => {
            if b.is_negative() {
                if a.is_zero() {
                    return Err(PyErr::zero_div("0.0 cannot be raised to a negative power"));
                }
                let base = to_f64(a)?;
                let e = to_f64(b)?;
                return Ok(Value::Float(base.powf(e)));
            }
            return pow(a, b);
        }
        And => normalize(a & b),
        Or => normalize(a | b),
        Xor => normalize(a ^ b),
        LShift => match shift_count(b)? {
            _ if a.is_zero() => Value::Int(0),
            Some(n) if a.bits().saturating_add(n) <= MAX_BITS => normalize(a << n),
            _ => return Err(mem_error()),
        },
        RShift => match shift_count(b)? {
            Some(n) => normalize(a >> n),
            None => Value::Int(if a.is_negative() { -1 } else { 0 }),
        },
        MatMul => {
            return Err(PyErr::type_err(
                "unsupported operand type(s) for @: 'int' and 'int'",
            ))
        }
    })
}

/// Decimal text of a big int, with CPython's limit on decimal digits.
pub fn to_decimal(b: &BigInt) -> PyResult<String> {
    // Each decimal digit carries log2(10) ≈ 3.32 bits: a cheap bound before converting.
    if b.bits() > (MAX_STR_DIGITS as u64) * 3 + MAX_STR_DIGITS as u64 / 3 {
        let s = b.magnitude().to_string();
        if s.len() > MAX_STR_DIGITS {
            return Err(str_digits_error());
        }
        return Ok(if b.is_negative() {
            format!("-{}", s)
        } else {
            s
        });
    }
    let s = b.to_string();
    if s.trim_start_matches('-').len() > MAX_STR_DIGITS {
        return Err(str_digits_error());
    }
    Ok(s)
}

fn str_digits_error() -> PyErr {
    PyErr::value(format!(
        "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
        MAX_STR_DIGITS
    ))
}

/// `int(text, base)` digits already stripped of sign, underscores and prefix; the value
/// when they are valid in `base`, with CPython's digit limit for decimal text.
pub fn parse_digits(digits: &str, base: u32) -> PyResult<Option<BigInt>> {
    if base == 10 && digits.len() > MAX_STR_DIGITS {
        return Err(PyErr::value(format!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            MAX_STR_DIGITS,
            digits.len()
        )));
    }
    Ok(BigInt::parse_bytes(digits.as_bytes(), base))
}

/// `pow(a, b, m)` for ints: the result has the sign of `m`; a negative `b` uses the
/// inverse of `a` modulo `m`.
pub fn pow_mod(a: &BigInt, b: &BigInt, m: &BigInt) -> PyResult<Value> {
    use num_integer::Integer;
    if m.is_zero() {
        return Err(PyErr::value("pow() 3rd argument cannot be 0"));
    }
    let modulus = m.abs();
    let mut base = a.mod_floor(&modulus);
    if b.is_negative() {
        let g = base.extended_gcd(&modulus);
        if !g.gcd.is_one() {
            return Err(PyErr::value("base is not invertible for the given modulus"));
        }
        base = g.x.mod_floor(&modulus);
    }
    let r = base.modpow(&b.abs(), &modulus);
    // Python's `%`: a non-zero result takes the sign of the modulus.
    Ok(normalize(if m.is_negative() && !r.is_zero() {
        r - modulus
    } else {
        r
    }))
}

/// `round(i, -digits)` for a big int: to a multiple of 10**digits, ties to even.
pub fn round_to(i: &BigInt, digits: i128) -> PyResult<Value> {
    use num_integer::Integer;
    let Some(p) = u32::try_from(digits)
        .ok()
        .filter(|&d| d as f64 * std::f64::consts::LOG2_10 <= (i.bits() + 2) as f64)
        .map(|d| num_traits::pow(BigInt::from(10), d as usize))
    else {
        // 10**digits > 2|i|: the nearest multiple is 0.
        return Ok(Value::Int(0));
    };
    let (q, r) = i.div_mod_floor(&p);
    let twice: BigInt = &r * 2;
    let up = match twice.cmp(&p) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Equal => q.is_odd(),
        std::cmp::Ordering::Less => false,
    };
    Ok(normalize((q + up as u8) * p))
}

/// `math.factorial(n)` for n ≥ 0 (exact, any size).
pub fn factorial(n: u64) -> PyResult<Value> {
    // log2(n!) < n * log2(n): refuse what would exceed the size bound.
    let bits = (n as f64) * (n.max(2) as f64).log2();
    if bits > MAX_BITS as f64 {
        return Err(mem_error());
    }
    let mut acc = BigInt::one();
    for k in 2..=n {
        acc *= k;
    }
    Ok(normalize(acc))
}
