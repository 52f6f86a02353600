//! The distributions `Lib/random.py` computes in floats, over `random()`: `gauss`'s
//! Box-Muller pair, `normalvariate`'s ratio of uniforms, and the von Mises, gamma, beta,
//! Pareto and Weibull variates, step for step so the same draws give the same floats.

use super::random::PyRandom;
use crate::error::{PyErr, PyResult};

const TWOPI: f64 = 2.0 * std::f64::consts::PI;

/// Python's float `%` for a positive divisor (`vonmisesvariate`'s `% TWOPI`).
fn py_mod(a: f64, b: f64) -> f64 {
    let r = a % b;
    if r != 0.0 && (r < 0.0) != (b < 0.0) {
        r + b
    } else if r == 0.0 {
        0.0f64.copysign(b)
    } else {
        r
    }
}

/// The distributions written with floats in random.py, with their arguments as floats.
pub(super) fn real_dist(p: &mut PyRandom, name: &str, x: f64, y: f64) -> PyResult<f64> {
    Ok(match name {
        "vonmisesvariate" => {
            let (mu, kappa) = (x, y);
            if kappa <= 1e-6 {
                return Ok(TWOPI * p.random());
            }
            let s = 0.5 / kappa;
            let r = s + (1.0 + s * s).sqrt();
            let z = loop {
                let u1 = p.random();
                let z = (std::f64::consts::PI * u1).cos();
                let d = z / (r + z);
                let u2 = p.random();
                if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
                    break z;
                }
            };
            let q = 1.0 / r;
            let f = (q + z) / (1.0 + q * z);
            if p.random() > 0.5 {
                py_mod(mu + f.acos(), TWOPI)
            } else {
                py_mod(mu - f.acos(), TWOPI)
            }
        }
        "gammavariate" => gamma(p, x, y)?,
        "betavariate" => {
            let g = gamma(p, x, 1.0)?;
            if g != 0.0 {
                g / (g + gamma(p, y, 1.0)?)
            } else {
                0.0
            }
        }
        "paretovariate" => {
            let u = 1.0 - p.random();
            pow(u, -1.0 / x)?
        }
        _ => {
            let u = 1.0 - p.random();
            x * pow(-u.ln(), 1.0 / y)?
        }
    })
}

/// Python's float `**`: OverflowError where C's `pow` overflows from finite operands.
fn pow(a: f64, b: f64) -> PyResult<f64> {
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(PyErr::overflow("(34, 'Numerical result out of range')"));
    }
    Ok(r)
}

fn gamma(p: &mut PyRandom, alpha: f64, beta: f64) -> PyResult<f64> {
    if alpha <= 0.0 || beta <= 0.0 {
        return Err(PyErr::value("gammavariate: alpha and beta must be > 0.0"));
    }
    if alpha > 1.0 {
        let ainv = (2.0 * alpha - 1.0).sqrt();
        let bbb = alpha - 4f64.ln();
        let ccc = alpha + ainv;
        let sg_magic = 1.0 + 4.5f64.ln();
        loop {
            let u1 = p.random();
            if !(1e-7 < u1 && u1 < 0.9999999) {
                continue;
            }
            let u2 = 1.0 - p.random();
            let v = (u1 / (1.0 - u1)).ln() / ainv;
            let x = alpha * v.exp();
            let z = u1 * u1 * u2;
            let r = bbb + ccc * v - x;
            if r + sg_magic - 4.5 * z >= 0.0 || r >= z.ln() {
                return Ok(x * beta);
            }
        }
    }
    if alpha == 1.0 {
        return Ok(-(1.0 - p.random()).ln() * beta);
    }
    let e = std::f64::consts::E;
    let x = loop {
        let u = p.random();
        let b = (e + alpha) / e;
        let pp = b * u;
        let x = if pp <= 1.0 {
            pow(pp, 1.0 / alpha)?
        } else {
            -((b - pp) / alpha).ln()
        };
        let u1 = p.random();
        if pp > 1.0 {
            if u1 <= pow(x, alpha - 1.0)? {
                break x;
            }
        } else if u1 <= (-x).exp() {
            break x;
        }
    };
    Ok(x * beta)
}

/// `normalvariate`'s Kinderman-Monahan ratio of uniforms: the standard normal draw.
pub(super) fn normal_z(p: &mut PyRandom) -> f64 {
    let magic = 4.0 * (-0.5f64).exp() / 2f64.sqrt();
    loop {
        let u1 = p.random();
        let u2 = 1.0 - p.random();
        let z = magic * (u1 - 0.5) / u2;
        if z * z / 4.0 <= -u2.ln() {
            return z;
        }
    }
}

/// `gauss`'s Box-Muller pair: one now, the other kept for the next call.
pub(super) fn gauss_z(p: &mut PyRandom) -> f64 {
    if let Some(z) = p.gauss_next.take() {
        return z;
    }
    let x2pi = p.random() * TWOPI;
    let g2rad = (-2.0 * (1.0 - p.random()).ln()).sqrt();
    p.gauss_next = Some(x2pi.sin() * g2rad);
    x2pi.cos() * g2rad
}
