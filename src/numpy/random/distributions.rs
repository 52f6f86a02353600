//! The non-uniform distributions of `Generator` and `RandomState`, ported
//! from NumPy 2.4.6's `distributions.c` (Generator), `legacy-distributions.c`
//! (RandomState, frozen at NumPy 1.16's algorithms) and
//! `random_hypergeometric.c`, so that the same seed gives the same stream.
//!
//! Each sampler is written once against a [`Source`], which supplies the
//! uniform double and the two "base" variates whose algorithms differ
//! between the APIs: the ziggurat normal/exponential of `Generator` versus
//! the polar Gaussian and `-log(1 - U)` of `RandomState`. Where the two
//! APIs also differ in the sampler itself (beta, binomial, geometric,
//! hypergeometric, pareto, von Mises) the sampler asks [`Source::LEGACY`].

use super::bounded::random_interval;
use super::ziggurat_exp::{FE_DOUBLE, KE_DOUBLE, WE_DOUBLE};
use super::{BitGenerator, Mt19937, Pcg64};
use std::f64::consts::PI;

/// A bit stream plus the API's base variates.
pub trait Source: BitGenerator {
    /// `true` for `RandomState`'s frozen algorithms.
    const LEGACY: bool;
    fn std_normal(&mut self) -> f64;
    fn std_exponential(&mut self) -> f64;
}

/// `Generator`'s source: PCG64 with the ziggurat samplers.
pub struct Modern<'a>(pub &'a mut Pcg64);

/// `RandomState`'s source: MT19937 and its cached spare Gaussian.
pub struct Legacy<'a> {
    pub mt: &'a mut Mt19937,
    pub gauss: &'a mut Option<f64>,
}

impl BitGenerator for Modern<'_> {
    fn next_u64(&mut self) -> u64 {
        self.0.next_u64()
    }
    fn next_u32(&mut self) -> u32 {
        self.0.next_u32()
    }
    fn next_double(&mut self) -> f64 {
        self.0.next_double()
    }
}

impl Source for Modern<'_> {
    const LEGACY: bool = false;
    fn std_normal(&mut self) -> f64 {
        super::ziggurat::standard_normal(self.0)
    }
    fn std_exponential(&mut self) -> f64 {
        standard_exponential_zig(self.0)
    }
}

impl BitGenerator for Legacy<'_> {
    fn next_u64(&mut self) -> u64 {
        self.mt.next_u64()
    }
    fn next_u32(&mut self) -> u32 {
        self.mt.next_u32()
    }
    fn next_double(&mut self) -> f64 {
        self.mt.next_double()
    }
}

impl Source for Legacy<'_> {
    const LEGACY: bool = true;
    fn std_normal(&mut self) -> f64 {
        legacy_gauss(self.mt, self.gauss)
    }
    fn std_exponential(&mut self) -> f64 {
        -(1.0 - self.mt.next_double()).ln()
    }
}

/// `legacy_gauss`: the polar Box-Muller method, keeping the second value.
pub(crate) fn legacy_gauss(mt: &mut Mt19937, cache: &mut Option<f64>) -> f64 {
    if let Some(g) = cache.take() {
        return g;
    }
    loop {
        let x1 = 2.0 * mt.next_double() - 1.0;
        let x2 = 2.0 * mt.next_double() - 1.0;
        let r2 = x1 * x1 + x2 * x2;
        if r2 < 1.0 && r2 != 0.0 {
            let f = (-2.0 * r2.ln() / r2).sqrt();
            *cache = Some(f * x1);
            return f * x2;
        }
    }
}

/// `ziggurat_exp_r`, the right edge of the exponential ziggurat's base strip.
const EXP_R: f64 = 7.697_117_470_131_05;

/// `random_standard_exponential`: the exponential ziggurat.
fn standard_exponential_zig<B: BitGenerator>(bg: &mut B) -> f64 {
    loop {
        let ri = bg.next_u64() >> 3;
        let idx = (ri & 0xff) as usize;
        let ri = ri >> 8;
        let x = ri as f64 * f64::from_bits(WE_DOUBLE[idx]);
        if ri < KE_DOUBLE[idx] {
            return x;
        }
        if idx == 0 {
            return EXP_R - (-bg.next_double()).ln_1p();
        }
        let f_hi = f64::from_bits(FE_DOUBLE[idx - 1]);
        let f_lo = f64::from_bits(FE_DOUBLE[idx]);
        if (f_hi - f_lo) * bg.next_double() + f_lo < (-x).exp() {
            return x;
        }
    }
}

/// `random_standard_gamma` / `legacy_standard_gamma` (Marsaglia-Tsang above
/// 1, Johnk-style rejection below).
pub fn standard_gamma<S: Source>(s: &mut S, shape: f64) -> f64 {
    if shape == 1.0 {
        return s.std_exponential();
    }
    if shape == 0.0 {
        return 0.0;
    }
    if shape < 1.0 {
        loop {
            let u = s.next_double();
            let v = s.std_exponential();
            if u <= 1.0 - shape {
                let x = u.powf(1.0 / shape);
                if x <= v {
                    return x;
                }
            } else {
                let y = -((1.0 - u) / shape).ln();
                let x = (1.0 - shape + shape * y).powf(1.0 / shape);
                if x <= v + y {
                    return x;
                }
            }
        }
    }
    let b = shape - 1.0 / 3.0;
    let c = 1.0 / (9.0 * b).sqrt();
    loop {
        let (mut x, mut v);
        loop {
            x = s.std_normal();
            v = 1.0 + c * x;
            if v > 0.0 {
                break;
            }
        }
        v = v * v * v;
        let u = s.next_double();
        if u < 1.0 - 0.0331 * (x * x) * (x * x) {
            return b * v;
        }
        if u.ln() < 0.5 * x * x + b * (1.0 - v + v.ln()) {
            return b * v;
        }
    }
}

/// `random_beta` / `legacy_beta`: Johnk's algorithm when both shapes are at
/// most 1, else a ratio of gammas.
pub fn beta<S: Source>(s: &mut S, a: f64, b: f64) -> f64 {
    if a > 1.0 || b > 1.0 {
        let ga = standard_gamma(s, a);
        let gb = standard_gamma(s, b);
        return ga / (ga + gb);
    }
    if !S::LEGACY && a < 3e-103 && b < 3e-103 {
        let u = s.next_double();
        return if (a + b) * u < a { 1.0 } else { 0.0 };
    }
    loop {
        let u = s.next_double();
        let v = s.next_double();
        let x = u.powf(1.0 / a);
        let y = v.powf(1.0 / b);
        let xpy = x + y;
        if S::LEGACY {
            if xpy <= 1.0 {
                if xpy > 0.0 {
                    return x / xpy;
                }
                let (mut lx, mut ly) = (u.ln() / a, v.ln() / b);
                let m = if lx > ly { lx } else { ly };
                lx -= m;
                ly -= m;
                return (lx - (lx.exp() + ly.exp()).ln()).exp();
            }
        } else if xpy <= 1.0 && u + v > 0.0 {
            if x > 0.0 && y > 0.0 {
                return x / xpy;
            }
            let delta = u.ln() / a - v.ln() / b;
            return if delta > 0.0 {
                (-(-delta).exp().ln_1p()).exp()
            } else {
                (delta - delta.exp().ln_1p()).exp()
            };
        }
    }
}

/// `random_standard_t` / `legacy_standard_t`.
pub fn standard_t<S: Source>(s: &mut S, df: f64) -> f64 {
    let num = s.std_normal();
    let denom = standard_gamma(s, df / 2.0);
    (df / 2.0).sqrt() * num / denom.sqrt()
}

/// `random_pareto` (`expm1`) / `legacy_pareto` (`exp - 1`).
pub fn pareto<S: Source>(s: &mut S, a: f64) -> f64 {
    let e = s.std_exponential() / a;
    if S::LEGACY {
        e.exp() - 1.0
    } else {
        e.exp_m1()
    }
}

/// `random_weibull`.
pub fn weibull<S: Source>(s: &mut S, a: f64) -> f64 {
    if a == 0.0 {
        return 0.0;
    }
    s.std_exponential().powf(1.0 / a)
}

/// `random_laplace` (shared by both APIs); rejects `U == 0`.
pub fn laplace<S: Source>(s: &mut S, loc: f64, scale: f64) -> f64 {
    loop {
        let u = s.next_double();
        if u >= 0.5 {
            return loc - scale * (2.0 - u - u).ln();
        }
        if u > 0.0 {
            return loc + scale * (u + u).ln();
        }
    }
}

/// `random_logistic` (shared); rejects `U == 0`.
pub fn logistic<S: Source>(s: &mut S, loc: f64, scale: f64) -> f64 {
    loop {
        let u = s.next_double();
        if u > 0.0 {
            return loc + scale * (u / (1.0 - u)).ln();
        }
    }
}

/// `random_triangular` (shared).
pub fn triangular<S: Source>(s: &mut S, left: f64, mode: f64, right: f64) -> f64 {
    let base = right - left;
    let leftbase = mode - left;
    let ratio = leftbase / base;
    let leftprod = leftbase * base;
    let rightprod = (right - mode) * base;
    let u = s.next_double();
    if u <= ratio {
        left + (u * leftprod).sqrt()
    } else {
        right - ((1.0 - u) * rightprod).sqrt()
    }
}

/// `random_vonmises` / `legacy_vonmises` (the legacy one has no wrapped
/// normal fallback for `kappa > 1e6`).
pub fn vonmises<S: Source>(s: &mut S, mu: f64, kappa: f64) -> f64 {
    if kappa.is_nan() {
        return f64::NAN;
    }
    if kappa < 1e-8 {
        return PI * (2.0 * s.next_double() - 1.0);
    }
    let sv = if kappa < 1e-5 {
        1.0 / kappa + kappa
    } else if kappa <= 1e6 || S::LEGACY {
        let r = 1.0 + (1.0 + 4.0 * kappa * kappa).sqrt();
        let rho = (r - (2.0 * r).sqrt()) / (2.0 * kappa);
        (1.0 + rho * rho) / (2.0 * rho)
    } else {
        let mut result = mu + (1.0 / kappa).sqrt() * s.std_normal();
        if result < -PI {
            result += 2.0 * PI;
        }
        if result > PI {
            result -= 2.0 * PI;
        }
        return result;
    };
    let w = loop {
        let u = s.next_double();
        let z = (PI * u).cos();
        let w = (1.0 + sv * z) / (sv + z);
        let y = kappa * (sv - w);
        let v = s.next_double();
        if y * (2.0 - y) - v >= 0.0 || (y / v).ln() + 1.0 - y >= 0.0 {
            break w;
        }
    };
    let u = s.next_double();
    let mut result = w.acos();
    if u < 0.5 {
        result = -result;
    }
    result += mu;
    let neg = result < 0.0;
    let mut m = (result.abs() + PI) % (2.0 * PI) - PI;
    if neg {
        m *= -1.0;
    }
    m
}

/// C's `(long)x` as x86-64 performs it (`cvttsd2si`): truncation, and
/// `LONG_MIN` for NaN or out-of-range values (NumPy hits this, e.g., for the
/// infinite Poisson mean of `negative_binomial(n, 0)`).
fn c_long(x: f64) -> i64 {
    // 2**63, exactly.
    let two63 = -(i64::MIN as f64);
    if x.is_nan() || !(-two63..two63).contains(&x) {
        i64::MIN
    } else {
        x as i64
    }
}

/// `random_loggam`: log-gamma from SPECFUN (Zhang and Jin).
#[allow(clippy::excessive_precision)]
pub fn loggam(x: f64) -> f64 {
    const A: [f64; 10] = [
        8.333333333333333e-02,
        -2.777777777777778e-03,
        7.936507936507937e-04,
        -5.952380952380952e-04,
        8.417508417508418e-04,
        -1.917526917526918e-03,
        6.410256410256410e-03,
        -2.955065359477124e-02,
        1.796443723688307e-01,
        -1.39243221690590e+00,
    ];
    if x == 1.0 || x == 2.0 {
        return 0.0;
    }
    let n: i64 = if x < 7.0 { (7.0 - x) as i64 } else { 0 };
    let mut x0 = x + n as f64;
    let x2 = (1.0 / x0) * (1.0 / x0);
    let lg2pi = 1.837_877_066_409_345_3;
    let mut gl0 = A[9];
    for k in (0..9).rev() {
        gl0 *= x2;
        gl0 += A[k];
    }
    let mut gl = gl0 / x0 + 0.5 * lg2pi + (x0 - 0.5) * x0.ln() - x0;
    if x < 7.0 {
        for _ in 1..=n {
            gl -= (x0 - 1.0).ln();
            x0 -= 1.0;
        }
    }
    gl
}

/// `random_poisson` (shared): multiplication below 10, Hörmann's PTRS above.
pub fn poisson<S: Source>(s: &mut S, lam: f64) -> i64 {
    if lam >= 10.0 {
        return poisson_ptrs(s, lam);
    }
    if lam == 0.0 {
        return 0;
    }
    let enlam = (-lam).exp();
    let mut x = 0;
    let mut prod = 1.0;
    loop {
        prod *= s.next_double();
        if prod > enlam {
            x += 1;
        } else {
            return x;
        }
    }
}

fn poisson_ptrs<S: Source>(s: &mut S, lam: f64) -> i64 {
    let slam = lam.sqrt();
    let loglam = lam.ln();
    let b = 0.931 + 2.53 * slam;
    let a = -0.059 + 0.02483 * b;
    let invalpha = 1.1239 + 1.1328 / (b - 3.4);
    let vr = 0.9277 - 3.6224 / (b - 2.0);
    loop {
        let u = s.next_double() - 0.5;
        let v = s.next_double();
        let us = 0.5 - u.abs();
        let k = c_long(((2.0 * a / us + b) * u + lam + 0.43).floor());
        if us >= 0.07 && v <= vr {
            return k;
        }
        if k < 0 || (us < 0.013 && v > us) {
            continue;
        }
        if v.ln() + invalpha.ln() - (a / (us * us) + b).ln()
            <= -lam + k as f64 * loglam - loggam(k as f64 + 1.0)
        {
            return k;
        }
    }
}

/// `random_binomial` / `legacy_random_binomial`: inversion for small means,
/// BTPE otherwise, on the smaller of `p` and `1 - p`.
pub fn binomial<S: Source>(s: &mut S, p: f64, n: i64) -> i64 {
    binomial_with(s, p, n, S::LEGACY)
}

/// `binomial` with the API chosen by the caller: `RandomState.multinomial`
/// calls the *new* `random_binomial`, not the legacy one.
fn binomial_with<S: Source>(s: &mut S, p: f64, n: i64, legacy: bool) -> i64 {
    if !legacy && (n == 0 || p == 0.0) {
        return 0;
    }
    if p <= 0.5 {
        if p * n as f64 <= 30.0 {
            binomial_inversion(s, n, p, legacy)
        } else {
            binomial_btpe(s, n, p)
        }
    } else {
        let q = 1.0 - p;
        if q * n as f64 <= 30.0 {
            n - binomial_inversion(s, n, q, legacy)
        } else {
            n - binomial_btpe(s, n, q)
        }
    }
}

fn binomial_inversion<S: Source>(s: &mut S, n: i64, p: f64, legacy: bool) -> i64 {
    let q = 1.0 - p;
    let qn = if legacy {
        (n as f64 * q.ln()).exp()
    } else {
        (n as f64 * (-p).ln_1p()).exp()
    };
    let np = n as f64 * p;
    let bound = c_long((n as f64).min(np + 10.0 * (np * q + 1.0).sqrt()));
    let mut x = 0;
    let mut px = qn;
    let mut u = s.next_double();
    while u > px {
        x += 1;
        if x > bound {
            x = 0;
            px = qn;
            u = s.next_double();
        } else {
            u -= px;
            px = ((n - x + 1) as f64 * p * px) / (x as f64 * q);
        }
    }
    x
}

/// BTPE (Kachitvichyanukul and Schmeiser), step labels as in NumPy's C.
fn binomial_btpe<S: Source>(s: &mut S, n: i64, p: f64) -> i64 {
    let nf = n as f64;
    let r = p.min(1.0 - p);
    let q = 1.0 - r;
    let fm = nf * r + r;
    let m = c_long(fm.floor());
    let mf = m as f64;
    let p1 = (2.195 * (nf * r * q).sqrt() - 4.6 * q).floor() + 0.5;
    let xm = mf + 0.5;
    let xl = xm - p1;
    let xr = xm + p1;
    let c = 0.134 + 20.5 / (15.3 + mf);
    let a = (fm - xl) / (fm - xl * r);
    let laml = a * (1.0 + a / 2.0);
    let a = (xr - fm) / (xr * q);
    let lamr = a * (1.0 + a / 2.0);
    let p2 = p1 * (1.0 + 2.0 * c);
    let p3 = p2 + c / laml;
    let p4 = p3 + c / lamr;
    let nrq = nf * r * q;
    let y = 'step10: loop {
        let u = s.next_double() * p4;
        let mut v = s.next_double();
        let y;
        if u <= p1 {
            break c_long((xm - p1 * v + u).floor());
        } else if u <= p2 {
            let x = xl + (u - p1) / c;
            v = v * c + 1.0 - (mf - x + 0.5).abs() / p1;
            if v > 1.0 {
                continue;
            }
            y = c_long(x.floor());
        } else if u <= p3 {
            y = c_long((xl + v.ln() / laml).floor());
            if y < 0 || v == 0.0 {
                continue;
            }
            v = v * (u - p2) * laml;
        } else {
            y = c_long((xr - v.ln() / lamr).floor());
            if y > n || v == 0.0 {
                continue;
            }
            v = v * (u - p3) * lamr;
        }
        // Step 50.
        let k = (y - m).abs();
        let kf = k as f64;
        if !(k > 20 && kf < nrq / 2.0 - 1.0) {
            let sr = r / q;
            let aa = sr * (nf + 1.0);
            let mut f = 1.0;
            if m < y {
                for i in m + 1..=y {
                    f *= aa / i as f64 - sr;
                }
            } else if m > y {
                for i in y + 1..=m {
                    f /= aa / i as f64 - sr;
                }
            }
            if v > f {
                continue 'step10;
            }
            break y;
        }
        // Step 52.
        let rho = (kf / nrq) * ((kf * (kf / 3.0 + 0.625) + 0.166_666_666_666_666_66) / nrq + 0.5);
        let t = -kf * kf / (2.0 * nrq);
        let big_a = v.ln();
        if big_a < t - rho {
            break y;
        }
        if big_a > t + rho {
            continue;
        }
        let yf = y as f64;
        let x1 = yf + 1.0;
        let f1 = mf + 1.0;
        let z = nf + 1.0 - mf;
        let w = nf - yf + 1.0;
        let (x2, f2, z2, w2) = (x1 * x1, f1 * f1, z * z, w * w);
        let corr = |d: f64, d2: f64| {
            (13680. - (462. - (132. - (99. - 140. / d2) / d2) / d2) / d2) / d / 166320.
        };
        let bound = xm * (f1 / x1).ln()
            + (nf - mf + 0.5) * (z / w).ln()
            + (yf - mf) * (w * r / (x1 * q)).ln()
            + corr(f1, f2)
            + corr(z, z2)
            + corr(x1, x2)
            + corr(w, w2);
        if big_a > bound {
            continue;
        }
        break y;
    };
    if p > 0.5 {
        n - y
    } else {
        y
    }
}

/// `random_negative_binomial` / `legacy_negative_binomial`: a gamma-mixed
/// Poisson.
pub fn negative_binomial<S: Source>(s: &mut S, n: f64, p: f64) -> i64 {
    let y = standard_gamma(s, n) * ((1.0 - p) / p);
    poisson(s, y)
}

/// `random_geometric` / `legacy_random_geometric`: sequential search for
/// `p >= 1/3`, inversion below.
pub fn geometric<S: Source>(s: &mut S, p: f64) -> i64 {
    if p >= 0.333_333_333_333_333_3 {
        let mut x = 1;
        let mut sum = p;
        let mut prod = p;
        let q = 1.0 - p;
        let u = s.next_double();
        while u > sum {
            prod *= q;
            sum += prod;
            x += 1;
        }
        return x;
    }
    if S::LEGACY {
        return c_long(((-s.next_double()).ln_1p() / (1.0 - p).ln()).ceil());
    }
    let z = (-s.std_exponential() / (-p).ln_1p()).ceil();
    if z >= 9.223_372_036_854_776e18 {
        i64::MAX
    } else {
        z as i64
    }
}

/// NumPy's table of `log(k!)` for `k < 126` (`logfactorial.c`), the decimal
/// literals copied as they are so they round to the same doubles.
#[allow(clippy::excessive_precision, clippy::approx_constant)]
#[rustfmt::skip]
const LOGFACT: [f64; 126] = [
    0.0,
    0.0,
    0.69314718055994529,
    1.791759469228055,
    3.1780538303479458,
    4.7874917427820458,
    6.5792512120101012,
    8.5251613610654147,
    10.604602902745251,
    12.801827480081469,
    15.104412573075516,
    17.502307845873887,
    19.987214495661885,
    22.552163853123425,
    25.19122118273868,
    27.89927138384089,
    30.671860106080672,
    33.505073450136891,
    36.395445208033053,
    39.339884187199495,
    42.335616460753485,
    45.380138898476908,
    48.471181351835227,
    51.606675567764377,
    54.784729398112319,
    58.003605222980518,
    61.261701761002001,
    64.557538627006338,
    67.88974313718154,
    71.257038967168015,
    74.658236348830158,
    78.092223553315307,
    81.557959456115043,
    85.054467017581516,
    88.580827542197682,
    92.136175603687093,
    95.719694542143202,
    99.330612454787428,
    102.96819861451381,
    106.63176026064346,
    110.32063971475739,
    114.03421178146171,
    117.77188139974507,
    121.53308151543864,
    125.3172711493569,
    129.12393363912722,
    132.95257503561632,
    136.80272263732635,
    140.67392364823425,
    144.5657439463449,
    148.47776695177302,
    152.40959258449735,
    156.3608363030788,
    160.3311282166309,
    164.32011226319517,
    168.32744544842765,
    172.35279713916279,
    176.39584840699735,
    180.45629141754378,
    184.53382886144948,
    188.6281734236716,
    192.7390472878449,
    196.86618167289001,
    201.00931639928152,
    205.1681994826412,
    209.34258675253685,
    213.53224149456327,
    217.73693411395422,
    221.95644181913033,
    226.1905483237276,
    230.43904356577696,
    234.70172344281826,
    238.97838956183432,
    243.26884900298271,
    247.57291409618688,
    251.89040220972319,
    256.22113555000954,
    260.56494097186322,
    264.92164979855278,
    269.29109765101981,
    273.67312428569369,
    278.06757344036612,
    282.4742926876304,
    286.89313329542699,
    291.32395009427029,
    295.76660135076065,
    300.22094864701415,
    304.68685676566872,
    309.1641935801469,
    313.65282994987905,
    318.1526396202093,
    322.66349912672615,
    327.1852877037752,
    331.71788719692847,
    336.26118197919845,
    340.81505887079902,
    345.37940706226686,
    349.95411804077025,
    354.53908551944079,
    359.1342053695754,
    363.73937555556347,
    368.35449607240474,
    372.97946888568902,
    377.61419787391867,
    382.25858877306001,
    386.91254912321756,
    391.57598821732961,
    396.24881705179155,
    400.93094827891576,
    405.6222961611449,
    410.32277652693733,
    415.03230672824964,
    419.75080559954472,
    424.47819341825709,
    429.21439186665157,
    433.95932399501481,
    438.71291418612117,
    443.47508812091894,
    448.24577274538461,
    453.02489623849613,
    457.81238798127816,
    462.60817852687489,
    467.4121995716082,
    472.22438392698058,
    477.04466549258564,
    481.87297922988796,
];

/// `logfactorial`: the table, then Stirling's series to the `1/k**3` term.
fn logfactorial(k: i64) -> f64 {
    if let Some(&v) = usize::try_from(k).ok().and_then(|i| LOGFACT.get(i)) {
        return v;
    }
    let kf = k as f64;
    (kf + 0.5) * kf.ln() - kf
        + (0.918_938_533_204_672_8 + (1.0 / kf) * (1.0 / 12.0 - 1.0 / (360.0 * kf * kf)))
}

/// `random_hypergeometric` / `legacy_random_hypergeometric`. The arguments
/// were validated by the caller (non-negative, `sample <= good + bad`).
pub fn hypergeometric<S: Source>(s: &mut S, good: i64, bad: i64, sample: i64) -> i64 {
    if S::LEGACY {
        return if sample > 10 {
            legacy_hrua(s, good, bad, sample)
        } else if sample > 0 {
            legacy_hyp(s, good, bad, sample)
        } else {
            0
        };
    }
    if sample >= 10 && sample <= good + bad - 10 {
        hrua(s, good, bad, sample)
    } else {
        hyp_sample(s, good, bad, sample)
    }
}

fn hyp_sample<S: Source>(s: &mut S, good: i64, bad: i64, sample: i64) -> i64 {
    let total = good + bad;
    let mut computed = if sample > total / 2 {
        total - sample
    } else {
        sample
    };
    let mut rem_total = total;
    let mut rem_good = good;
    while computed > 0 && rem_good > 0 && rem_total > rem_good {
        rem_total -= 1;
        if (random_interval(s, rem_total as u64) as i64) < rem_good {
            rem_good -= 1;
        }
        computed -= 1;
    }
    if rem_total == rem_good {
        rem_good -= computed;
    }
    if sample > total / 2 {
        rem_good
    } else {
        good - rem_good
    }
}

const D1: f64 = 1.715_527_769_921_413_5;
const D2: f64 = 0.898_916_162_058_898_8;

fn hrua<S: Source>(s: &mut S, good: i64, bad: i64, sample: i64) -> i64 {
    let popsize = good + bad;
    let computed = sample.min(popsize - sample);
    let mingb = good.min(bad);
    let maxgb = good.max(bad);
    let p = mingb as f64 / popsize as f64;
    let q = maxgb as f64 / popsize as f64;
    let mu = computed as f64 * p;
    let a = mu + 0.5;
    let var = (popsize - computed) as f64 * computed as f64 * p * q / (popsize - 1) as f64;
    let c = (var + 0.5).sqrt();
    let h = D1 * c + D2;
    let m = c_long(((computed + 1) as f64 * (mingb + 1) as f64 / (popsize + 2) as f64).floor());
    let lf = |k: i64| {
        logfactorial(k)
            + logfactorial(mingb - k)
            + logfactorial(computed - k)
            + logfactorial(maxgb - computed + k)
    };
    let g = lf(m);
    let b = ((computed.min(mingb) + 1) as f64).min((a + 16.0 * c).floor());
    let mut k;
    loop {
        let u = s.next_double();
        let v = s.next_double();
        let x = a + h * (v - 0.5) / u;
        if x < 0.0 || x >= b {
            continue;
        }
        k = c_long(x.floor());
        let t = g - lf(k);
        if u * (4.0 - u) - 3.0 <= t {
            break;
        }
        if u * (u - t) >= 1.0 {
            continue;
        }
        if 2.0 * u.ln() <= t {
            break;
        }
    }
    if good > bad {
        k = computed - k;
    }
    if computed < sample {
        k = good - k;
    }
    k
}

fn legacy_hyp<S: Source>(s: &mut S, good: i64, bad: i64, sample: i64) -> i64 {
    let d1 = bad + good - sample;
    let d2 = bad.min(good) as f64;
    let mut y = d2;
    let mut k = sample;
    while y > 0.0 {
        let u = s.next_double();
        y -= c_long((u + y / (d1 + k) as f64).floor()) as f64;
        k -= 1;
        if k == 0 {
            break;
        }
    }
    let mut z = c_long(d2 - y);
    if good > bad {
        z = sample - z;
    }
    z
}

fn legacy_hrua<S: Source>(s: &mut S, good: i64, bad: i64, sample: i64) -> i64 {
    let mingb = good.min(bad);
    let popsize = good + bad;
    let maxgb = good.max(bad);
    let m = sample.min(popsize - sample);
    let d4 = mingb as f64 / popsize as f64;
    let d5 = 1.0 - d4;
    let d6 = m as f64 * d4 + 0.5;
    let d7 = ((popsize - m) as f64 * sample as f64 * d4 * d5 / (popsize - 1) as f64 + 0.5).sqrt();
    let d8 = D1 * d7 + D2;
    let d9 = c_long(((m + 1) as f64 * (mingb + 1) as f64 / (popsize + 2) as f64).floor());
    let lg = |z: i64| {
        loggam((z + 1) as f64)
            + loggam((mingb - z + 1) as f64)
            + loggam((m - z + 1) as f64)
            + loggam((maxgb - m + z + 1) as f64)
    };
    let d10 = lg(d9);
    let d11 = ((m.min(mingb)) as f64 + 1.0).min((d6 + 16.0 * d7).floor());
    let mut z;
    loop {
        let x = s.next_double();
        let y = s.next_double();
        let w = d6 + d8 * (y - 0.5) / x;
        if !(0.0..d11).contains(&w) {
            continue;
        }
        z = c_long(w.floor());
        let t = d10 - lg(z);
        if x * (4.0 - x) - 3.0 <= t {
            break;
        }
        if x * (x - t) >= 1.0 {
            continue;
        }
        if 2.0 * x.ln() <= t {
            break;
        }
    }
    if good > bad {
        z = m - z;
    }
    if m < sample {
        z = good - z;
    }
    z
}

/// `random_multinomial` (both APIs): successive conditional binomials over
/// `pvals`, writing `counts` (zeroed by the caller).
pub fn multinomial<S: Source>(s: &mut S, n: i64, pvals: &[f64], counts: &mut [i64]) {
    let d = pvals.len();
    let mut remaining_p = 1.0;
    let mut dn = n;
    for j in 0..d.saturating_sub(1) {
        counts[j] = binomial_with(s, pvals[j] / remaining_p, dn, false);
        dn -= counts[j];
        if dn <= 0 {
            break;
        }
        remaining_p -= pvals[j];
    }
    if dn > 0 {
        if let Some(last) = counts.last_mut() {
            *last = dn;
        }
    }
}

/// NumPy's `kahan_sum` (0 for an empty slice), used to validate `pvals`.
pub fn kahan_sum(v: &[f64]) -> f64 {
    let Some((&first, rest)) = v.split_first() else {
        return 0.0;
    };
    let mut sum = first;
    let mut c = 0.0;
    for &x in rest {
        let y = x - c;
        let t = sum + y;
        c = (t - sum) - y;
        sum = t;
    }
    sum
}
