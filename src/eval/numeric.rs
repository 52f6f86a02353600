//! Python's number builtins: `divmod pow hex bin oct chr ord`.

use super::interp::Interp;
use crate::error::{PyErr, PyResult};
use crate::value::args::Args;
use crate::value::convert::to_int;
use crate::value::ops::BinOp;
use crate::value::Value;

pub const NAMES: &[&str] = &["bin", "chr", "divmod", "hex", "oct", "ord", "pow"];

/// `a * b mod m` for `0 <= a, b < m`, without overflow.
fn mulmod(a: u128, b: u128, m: u128) -> u128 {
    if let Some(p) = a.checked_mul(b) {
        return p % m;
    }
    let (mut r, mut a, mut b) = (0u128, a, b);
    while b > 0 {
        if b & 1 == 1 {
            r = (r + a) % m;
        }
        a = (a << 1) % m;
        b >>= 1;
    }
    r
}

/// The inverse of `a` modulo `m` (`m > 0`), if any.
fn inverse(a: i128, m: i128) -> Option<i128> {
    let (mut r0, mut r1) = (a.rem_euclid(m), m);
    let (mut s0, mut s1) = (1i128, 0i128);
    while r1 != 0 {
        let q = r0 / r1;
        (r0, r1) = (r1, r0 - q * r1);
        (s0, s1) = (s1, s0 - q * s1);
    }
    (r0 == 1).then(|| s0.rem_euclid(m))
}

/// Three-argument `pow(base, exp, mod)` on ints.
fn pow_mod(base: i128, exp: i128, m: i128) -> PyResult<i128> {
    if m == 0 {
        return Err(PyErr::value("pow() 3rd argument cannot be 0"));
    }
    let am = m.unsigned_abs();
    let mut b = base.rem_euclid(am as i128);
    let mut e = exp;
    if e < 0 {
        b = inverse(b, am as i128)
            .ok_or_else(|| PyErr::value("base is not invertible for the given modulus"))?;
        e = -e;
    }
    let (mut r, mut b, mut e) = (1 % am, b as u128, e as u128);
    while e > 0 {
        if e & 1 == 1 {
            r = mulmod(r, b, am);
        }
        b = mulmod(b, b, am);
        e >>= 1;
    }
    let r = r as i128;
    // The result takes the sign of the modulus, as `%` does.
    Ok(if m < 0 && r != 0 { r + m } else { r })
}

fn radix(v: &Value, prefix: &str, f: fn(u128) -> String) -> PyResult<Value> {
    let i = to_int(v)?;
    let body = f(i.unsigned_abs());
    Ok(Value::str(&if i < 0 {
        format!("-{}{}", prefix, body)
    } else {
        format!("{}{}", prefix, body)
    }))
}

fn one(args: &Args, name: &str) -> PyResult<Value> {
    let a = args.bind(name, &["x"], 1)?;
    Ok(a[0].clone().unwrap_or(Value::None))
}

pub fn call(it: &mut Interp, name: &str, args: &Args) -> Option<PyResult<Value>> {
    Some(match name {
        "hex" => one(args, name).and_then(|v| radix(&v, "0x", |u| format!("{:x}", u))),
        "bin" => one(args, name).and_then(|v| radix(&v, "0b", |u| format!("{:b}", u))),
        "oct" => one(args, name).and_then(|v| radix(&v, "0o", |u| format!("{:o}", u))),
        "chr" => one(args, name).and_then(|v| {
            let i = to_int(&v)?;
            if !(0..0x110000).contains(&i) {
                return Err(PyErr::value("chr() arg not in range(0x110000)"));
            }
            char::from_u32(i as u32)
                .map(|c| Value::str(&c.to_string()))
                .ok_or_else(|| {
                    PyErr::value("arrsh strings cannot hold a lone surrogate (U+D800..U+DFFF)")
                })
        }),
        "ord" => one(args, name).and_then(|v| match &v {
            Value::Str(s) => {
                let mut c = s.chars();
                match (c.next(), c.next()) {
                    (Some(ch), None) => Ok(Value::Int(ch as i128)),
                    _ => Err(PyErr::type_err(format!(
                        "ord() expected a character, but string of length {} found",
                        s.chars().count()
                    ))),
                }
            }
            Value::Bytes(b) if b.len() == 1 => Ok(Value::Int(b[0] as i128)),
            Value::Bytes(b) => Err(PyErr::type_err(format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            ))),
            other => Err(PyErr::type_err(format!(
                "ord() expected string of length 1, but {} found",
                other.type_of().short_name()
            ))),
        }),
        "divmod" => (|| {
            let a = args.bind("divmod", &["a", "b"], 2)?;
            let (x, y) = (
                a[0].clone().unwrap_or(Value::None),
                a[1].clone().unwrap_or(Value::None),
            );
            let float_zero = matches!(
                (&x, &y),
                (Value::Float(_), Value::Int(0) | Value::Bool(false))
            ) || matches!(&y, Value::Float(f) if *f == 0.0)
                && matches!(&x, Value::Int(_) | Value::Float(_) | Value::Bool(_));
            if float_zero {
                return Err(PyErr::zero_div("float divmod()"));
            }
            let q = it.binary(BinOp::FloorDiv, &x, &y)?;
            let r = it.binary(BinOp::Mod, &x, &y)?;
            Ok(Value::tuple(vec![q, r]))
        })(),
        "pow" => (|| {
            let a = args.bind("pow", &["base", "exp", "mod"], 2)?;
            let base = a[0].clone().unwrap_or(Value::None);
            let exp = a[1].clone().unwrap_or(Value::None);
            match &a[2] {
                None | Some(Value::None) => it.binary(BinOp::Pow, &base, &exp),
                Some(m) => {
                    let int = |v: &Value| matches!(v, Value::Int(_) | Value::Bool(_));
                    let big = |v: &Value| matches!(v, Value::BigInt(_));
                    if [&base, &exp, m].iter().any(|v| big(v))
                        && [&base, &exp, m].iter().all(|v| int(v) || big(v))
                    {
                        // Ints of any size: the big-int path.
                        use crate::value::bigint::{big_of, pow_mod as big_pow_mod};
                        if let (Some(x), Some(y), Some(z)) =
                            (big_of(&base), big_of(&exp), big_of(m))
                        {
                            return big_pow_mod(&x, &y, &z);
                        }
                    }
                    if !(int(&base) && int(&exp) && int(m)) {
                        return Err(PyErr::type_err(
                            "pow() 3rd argument not allowed unless all arguments are integers",
                        ));
                    }
                    pow_mod(to_int(&base)?, to_int(&exp)?, to_int(m)?).map(Value::Int)
                }
            }
        })(),
        _ => return None,
    })
}
