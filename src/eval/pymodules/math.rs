//! Python's `math` module. Floating-point functions call the platform's C library as
//! CPython does, with `math_1`'s rule for errors: a NaN from a non-NaN argument is
//! "math domain error", an infinity from a finite one "math range error" (OverflowError)
//! for the functions that can overflow, and a domain error for the others.
//!
//! The exact integer functions (`factorial`, `comb`, `perm`, `gcd`, `lcm`, `isqrt`) live in
//! `math_int`, on ints of any size.

use crate::error::{PyErr, PyResult};
use crate::eval::interp::Interp;
use crate::value::args::Args;
use crate::value::convert::{iter_values, to_f64, to_int};
use crate::value::ops::BinOp;
use crate::value::Value;

pub const CONSTANTS: &[&str] = &["e", "inf", "nan", "pi", "tau"];

pub const NAMES: &[&str] = &[
    "acos",
    "acosh",
    "asin",
    "asinh",
    "atan",
    "atan2",
    "atanh",
    "cbrt",
    "ceil",
    "comb",
    "copysign",
    "cos",
    "cosh",
    "degrees",
    "dist",
    "exp",
    "exp2",
    "expm1",
    "fabs",
    "factorial",
    "floor",
    "fmod",
    "frexp",
    "fsum",
    "gcd",
    "hypot",
    "isclose",
    "isfinite",
    "isinf",
    "isnan",
    "isqrt",
    "lcm",
    "ldexp",
    "log",
    "log10",
    "log1p",
    "log2",
    "modf",
    "perm",
    "pow",
    "prod",
    "radians",
    "remainder",
    "sin",
    "sinh",
    "sqrt",
    "tan",
    "tanh",
    "trunc",
];

pub fn constant(name: &str) -> Option<Value> {
    Some(Value::Float(match name {
        "pi" => std::f64::consts::PI,
        "e" => std::f64::consts::E,
        "tau" => std::f64::consts::TAU,
        "inf" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => return None,
    }))
}

fn domain() -> PyErr {
    PyErr::value("math domain error")
}

fn range() -> PyErr {
    PyErr::overflow("math range error")
}

/// A real-number argument (`must be real number, not str`).
fn real(v: &Value) -> PyResult<f64> {
    match v {
        Value::Complex(..) | Value::Scalar(_, crate::array::element::Num::Complex(..)) => {
            Err(PyErr::type_err("must be real number, not complex"))
        }
        _ => to_f64(v),
    }
}

/// CPython's `math_1`: apply `f`, then turn NaN/infinity results into its errors.
fn math_1(x: f64, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range() } else { domain() });
    }
    Ok(Value::Float(r))
}

/// The same for two arguments (`atan2`, `fmod`, `copysign`, `pow`, `remainder`).
fn math_2(x: f64, y: f64, r: f64, can_overflow: bool) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(if can_overflow { range() } else { domain() });
    }
    Ok(Value::Float(r))
}

/// Shewchuk's exactly rounded sum, as CPython's `math.fsum` computes it.
fn fsum(items: &[f64]) -> PyResult<f64> {
    let mut partials: Vec<f64> = Vec::new();
    let (mut special, mut inf_sum) = (0.0f64, 0.0f64);
    for &x0 in items {
        let mut x = x0;
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x.is_infinite() {
            return Err(PyErr::overflow("intermediate overflow in fsum"));
        }
        partials.push(x);
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err(PyErr::value("-inf + inf in fsum"));
        }
        return Ok(special);
    }
    let mut hi = 0.0;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Round half-even correctly when the rest of the partials point the same way.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(hi)
}

const LN2: f64 = std::f64::consts::LN_2;

/// glibc's (fdlibm's) `asinh`, on the C library's `log`/`log1p` as CPython gets it (Rust's
/// own `asinh` can differ in the last bit).
fn asinh(x: f64) -> f64 {
    let a = x.abs();
    if !a.is_finite() || a < 2f64.powi(-28) {
        return x;
    }
    let w = if a > 2f64.powi(28) {
        a.ln() + LN2
    } else if a > 2.0 {
        (2.0 * a + 1.0 / ((x * x + 1.0).sqrt() + a)).ln()
    } else {
        let t = x * x;
        (a + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    w.copysign(x)
}

/// glibc's `cbrt`: a polynomial first guess refined once, scaled by 2^(e/3).
// fdlibm's cbrt polynomial, digits as published.
#[allow(clippy::excessive_precision)]
fn cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.259_921_049_894_873_2;
    const SQR_CBRT2: f64 = 1.587_401_051_968_199_5;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let (xm, xe) = crate::value::hash::frexp(x.abs());
    let u = 0.354895765043919860
        + (1.50819193781584896
            + (-2.11499494167371287
                + (2.44693122563534430
                    + (-1.83469277483613086
                        + (0.784932344976639262 - 0.145263899385486377 * xm) * xm)
                        * xm)
                    * xm)
                * xm)
            * xm;
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    let r = if x > 0.0 { ym } else { -ym };
    r * 2f64.powi(xe / 3)
}

/// glibc's (fdlibm's) `acosh`.
fn acosh(x: f64) -> f64 {
    if x < 1.0 || x.is_nan() {
        return f64::NAN;
    }
    if x >= 2f64.powi(28) {
        return if x.is_infinite() { x } else { x.ln() + LN2 };
    }
    if x == 1.0 {
        return 0.0;
    }
    if x > 2.0 {
        let t = x * x;
        return (2.0 * x - 1.0 / (x + (t - 1.0).sqrt())).ln();
    }
    let t = x - 1.0;
    (t + (2.0 * t + t * t).sqrt()).ln_1p()
}

/// CPython's `m_remainder`: `x - n*y` for the integer `n` nearest `x / y` (ties to even).
fn remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (ax, ay) = (x.abs(), y.abs());
        let m = ax % ay;
        let c = ay - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * ((0.5 * (ax - m)) % ay)
        };
        return 1f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

/// `hypot(*coordinates)`: scaled to the largest magnitude, as CPython's `vector_norm`.
fn hypot(coords: &[f64]) -> f64 {
    if coords.iter().any(|c| c.is_infinite()) {
        return f64::INFINITY;
    }
    if coords.iter().any(|c| c.is_nan()) {
        return f64::NAN;
    }
    match coords {
        [] => 0.0,
        [x] => x.abs(),
        [x, y] => x.hypot(*y),
        _ => {
            let max = coords.iter().fold(0.0f64, |m, c| m.max(c.abs()));
            if max == 0.0 {
                return 0.0;
            }
            let s: f64 = coords.iter().map(|c| (c / max) * (c / max)).sum();
            max * s.sqrt()
        }
    }
}

/// A one-argument function and whether an infinite result is an overflow.
type Unary = (fn(f64) -> f64, bool);

pub fn call(it: &mut Interp, name: &str, args: Args) -> PyResult<Value> {
    let pos = &args.pos;
    let want = |n: usize| -> PyResult<()> {
        if !args.kw.is_empty() && !matches!(name, "isclose" | "prod") {
            return Err(PyErr::type_err(format!(
                "math.{}() takes no keyword arguments",
                name
            )));
        }
        if pos.len() != n {
            return Err(PyErr::type_err(if n == 1 {
                format!(
                    "math.{}() takes exactly one argument ({} given)",
                    name,
                    pos.len()
                )
            } else {
                format!("{} expected {} arguments, got {}", name, n, pos.len())
            }));
        }
        Ok(())
    };
    let unary: Option<Unary> = match name {
        "sqrt" => Some((f64::sqrt, false)),
        "exp" => Some((f64::exp, true)),
        "exp2" => Some((f64::exp2, true)),
        "expm1" => Some((f64::exp_m1, true)),
        "sin" => Some((f64::sin, false)),
        "cos" => Some((f64::cos, false)),
        "tan" => Some((f64::tan, false)),
        "asin" => Some((f64::asin, false)),
        "acos" => Some((f64::acos, false)),
        "atan" => Some((f64::atan, false)),
        "sinh" => Some((f64::sinh, true)),
        "cosh" => Some((f64::cosh, true)),
        "tanh" => Some((f64::tanh, false)),
        "asinh" => Some((asinh, false)),
        "acosh" => Some((acosh, false)),
        "atanh" => Some((f64::atanh, false)),
        "cbrt" => Some((cbrt, false)),
        "fabs" => Some((f64::abs, false)),
        "log2" => Some((f64::log2, false)),
        "log10" => Some((f64::log10, false)),
        "log1p" => Some((f64::ln_1p, false)),
        "degrees" => Some((f64::to_degrees, true)),
        "radians" => Some((f64::to_radians, false)),
        _ => None,
    };
    if let Some((f, can_overflow)) = unary {
        want(1)?;
        let x = real(&pos[0])?;
        // log2/log10/log1p of 0 (or -1) give -inf: a domain error, as CPython checks first.
        if matches!(name, "log2" | "log10") && x <= 0.0 || name == "log1p" && x <= -1.0 {
            return Err(domain());
        }
        if name == "atanh" && x.abs() >= 1.0 {
            return Err(domain());
        }
        return math_1(x, f, can_overflow);
    }
    match name {
        "log" => {
            if pos.is_empty() || pos.len() > 2 {
                return Err(PyErr::type_err(format!(
                    "log expected {} argument{}, got {}",
                    if pos.is_empty() {
                        "at least 1"
                    } else {
                        "at most 2"
                    },
                    if pos.is_empty() { "" } else { "s" },
                    pos.len()
                )));
            }
            let ln = |v: &Value| -> PyResult<f64> {
                let x = real(v)?;
                if x <= 0.0 {
                    return Err(domain());
                }
                Ok(x.ln())
            };
            let num = ln(&pos[0])?;
            match pos.get(1) {
                None => Ok(Value::Float(num)),
                Some(b) => {
                    let den = ln(b)?;
                    if den == 0.0 {
                        return Err(PyErr::zero_div("float division by zero"));
                    }
                    Ok(Value::Float(num / den))
                }
            }
        }
        "floor" | "ceil" | "trunc" => {
            want(1)?;
            if let Value::Int(_) | Value::Bool(_) = &pos[0] {
                return Ok(Value::Int(to_int(&pos[0])?));
            }
            let x = real(&pos[0])?;
            super::math_int::from_integral_float(match name {
                "floor" => x.floor(),
                "ceil" => x.ceil(),
                _ => x.trunc(),
            })
        }
        "isfinite" | "isinf" | "isnan" => {
            want(1)?;
            let x = real(&pos[0])?;
            Ok(Value::Bool(match name {
                "isfinite" => x.is_finite(),
                "isinf" => x.is_infinite(),
                _ => x.is_nan(),
            }))
        }
        "atan2" | "copysign" | "fmod" | "remainder" | "pow" => {
            want(2)?;
            let (x, y) = (real(&pos[0])?, real(&pos[1])?);
            let r = match name {
                "atan2" => x.atan2(y),
                "copysign" => x.copysign(y),
                "fmod" => {
                    if y == 0.0 && !x.is_nan() || x.is_infinite() && !y.is_nan() {
                        return Err(domain());
                    }
                    if y.is_infinite() && x.is_finite() {
                        x
                    } else {
                        x % y
                    }
                }
                "remainder" => remainder(x, y),
                _ => {
                    if x == 0.0 && y < 0.0 {
                        return Err(domain());
                    }
                    x.powf(y)
                }
            };
            math_2(x, y, r, name == "pow")
        }
        "ldexp" => {
            want(2)?;
            let x = real(&pos[0])?;
            let mut e = to_int(&pos[1])?.clamp(-5000, 5000) as i32;
            let mut r = x;
            while e > 1000 {
                r *= 2f64.powi(1000);
                e -= 1000;
            }
            while e < -1000 {
                r *= 2f64.powi(-1000);
                e += 1000;
            }
            r *= 2f64.powi(e);
            if r.is_infinite() && x.is_finite() {
                return Err(range());
            }
            Ok(Value::Float(r))
        }
        "frexp" => {
            want(1)?;
            let x = real(&pos[0])?;
            if !x.is_finite() {
                return Ok(Value::tuple(vec![Value::Float(x), Value::Int(0)]));
            }
            let (m, e) = crate::value::hash::frexp(x);
            Ok(Value::tuple(vec![Value::Float(m), Value::Int(e as i128)]))
        }
        "modf" => {
            want(1)?;
            let x = real(&pos[0])?;
            if x.is_infinite() {
                return Ok(Value::tuple(vec![
                    Value::Float(0.0f64.copysign(x)),
                    Value::Float(x),
                ]));
            }
            let t = x.trunc();
            Ok(Value::tuple(vec![
                Value::Float((x - t).copysign(x)),
                Value::Float(t),
            ]))
        }
        "factorial" => {
            want(1)?;
            super::math_int::factorial(&pos[0])
        }
        "comb" => {
            want(2)?;
            super::math_int::comb_perm(&pos[0], Some(&pos[1]), false)
        }
        "perm" => {
            if pos.is_empty() || pos.len() > 2 {
                return Err(PyErr::type_err(format!(
                    "perm expected {} argument{}, got {}",
                    if pos.is_empty() {
                        "at least 1"
                    } else {
                        "at most 2"
                    },
                    if pos.is_empty() { "" } else { "s" },
                    pos.len()
                )));
            }
            let k = pos.get(1).filter(|k| !matches!(k, Value::None));
            super::math_int::comb_perm(&pos[0], k, true)
        }
        "gcd" | "lcm" => {
            if !args.kw.is_empty() {
                return Err(PyErr::type_err(format!(
                    "math.{}() takes no keyword arguments",
                    name
                )));
            }
            super::math_int::gcd_lcm(pos, name == "lcm")
        }
        "isqrt" => {
            want(1)?;
            super::math_int::isqrt(&pos[0])
        }
        "isclose" => {
            let a = args.bind("isclose", &["a", "b", "*rel_tol", "*abs_tol"], 2)?;
            let x = real(a[0].as_ref().unwrap_or(&Value::None))?;
            let y = real(a[1].as_ref().unwrap_or(&Value::None))?;
            let rel = a[2].as_ref().map(real).transpose()?.unwrap_or(1e-9);
            let abs = a[3].as_ref().map(real).transpose()?.unwrap_or(0.0);
            if rel < 0.0 || abs < 0.0 {
                return Err(PyErr::value("tolerances must be non-negative"));
            }
            if x == y {
                return Ok(Value::Bool(true));
            }
            if x.is_infinite() || y.is_infinite() {
                return Ok(Value::Bool(false));
            }
            let diff = (y - x).abs();
            Ok(Value::Bool(
                (diff <= (rel * y).abs()) || (diff <= (rel * x).abs()) || diff <= abs,
            ))
        }
        "prod" => {
            let a = args.bind("prod", &["iterable", "*start"], 1)?;
            let mut acc = a[1].clone().unwrap_or(Value::Int(1));
            for x in iter_values(a[0].as_ref().unwrap_or(&Value::None))? {
                acc = it.binary(BinOp::Mul, &acc, &x)?;
            }
            Ok(acc)
        }
        "fsum" => {
            want(1)?;
            let items: Vec<f64> = iter_values(&pos[0])?
                .iter()
                .map(real)
                .collect::<PyResult<_>>()?;
            Ok(Value::Float(fsum(&items)?))
        }
        "hypot" => {
            let c: Vec<f64> = pos.iter().map(real).collect::<PyResult<_>>()?;
            Ok(Value::Float(hypot(&c)))
        }
        "dist" => {
            want(2)?;
            let p = iter_values(&pos[0])?;
            let q = iter_values(&pos[1])?;
            if p.len() != q.len() {
                return Err(PyErr::value(
                    "both points must have the same number of dimensions",
                ));
            }
            let d: Vec<f64> = p
                .iter()
                .zip(&q)
                .map(|(a, b)| Ok(real(a)? - real(b)?))
                .collect::<PyResult<_>>()?;
            Ok(Value::Float(hypot(&d)))
        }
        _ => Err(PyErr::attribute(format!(
            "module 'math' has no attribute '{}'",
            name
        ))),
    }
}
