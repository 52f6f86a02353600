//! Cholesky and Householder QR of one row-major real matrix, with LAPACK's conventions
//! (`potrf`, `geqrf`/`orgqr`): the Cholesky factor's diagonal is positive, and each
//! Householder reflector is `dlarfg`'s (`beta = -sign(alpha) * norm`, no reflection when
//! the column below the diagonal is already zero), so R's signs are LAPACK's.

/// The lower Cholesky factor `L` (`A = L Lᵀ`) of the n×n matrix whose lower triangle is
/// `a`; `None` when a pivot is not positive (NumPy's "Matrix is not positive definite").
pub fn cholesky(n: usize, a: &[f64]) -> Option<Vec<f64>> {
    let mut l = vec![0.0; n * n];
    for j in 0..n {
        let mut d = a[j * n + j];
        for k in 0..j {
            d -= l[j * n + k] * l[j * n + k];
        }
        if d.is_nan() || d <= 0.0 {
            return None;
        }
        let d = d.sqrt();
        l[j * n + j] = d;
        for i in j + 1..n {
            let mut s = a[i * n + j];
            for k in 0..j {
                s -= l[i * n + k] * l[j * n + k];
            }
            l[i * n + j] = s / d;
        }
    }
    Some(l)
}

/// A Householder QR factorization of an m×n matrix: R on and above the diagonal, the
/// reflectors' vectors below it (their leading 1 implied), and their scalars `tau`.
pub struct Qr {
    pub m: usize,
    pub n: usize,
    pub a: Vec<f64>,
    pub tau: Vec<f64>,
}

fn norm(v: impl Iterator<Item = f64>) -> f64 {
    // Scaled, as LAPACK's dnrm2, so huge and tiny columns neither overflow nor underflow.
    let v: Vec<f64> = v.collect();
    let scale = v.iter().fold(0.0f64, |m, x| m.max(x.abs()));
    if scale == 0.0 || !scale.is_finite() {
        return if v.iter().any(|x| x.is_nan()) {
            f64::NAN
        } else {
            scale
        };
    }
    scale
        * v.iter()
            .map(|x| (x / scale) * (x / scale))
            .sum::<f64>()
            .sqrt()
}

/// LAPACK's `dlapy2`: `sqrt(x² + y²)` as `w * sqrt(1 + (z/w)²)`, w the larger magnitude
/// (its rounding, not `hypot`'s, is what LAPACK's reflectors and rotations see).
pub fn lapy2(x: f64, y: f64) -> f64 {
    let (xa, ya) = (x.abs(), y.abs());
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    let w = xa.max(ya);
    let z = xa.min(ya);
    if z == 0.0 || w > f64::MAX {
        w
    } else {
        w * (1.0 + (z / w) * (z / w)).sqrt()
    }
}

pub fn qr(m: usize, n: usize, mut a: Vec<f64>) -> Qr {
    let k = m.min(n);
    let mut tau = vec![0.0; k];
    for j in 0..k {
        let alpha = a[j * n + j];
        let xnorm = norm((j + 1..m).map(|i| a[i * n + j]));
        if xnorm == 0.0 {
            continue;
        }
        let beta = -lapy2(alpha, xnorm).copysign(alpha);
        tau[j] = (beta - alpha) / beta;
        let scale = 1.0 / (alpha - beta);
        for i in j + 1..m {
            a[i * n + j] *= scale;
        }
        a[j * n + j] = beta;
        // H = I - tau v vᵀ applied to the columns right of j.
        // (OpenBLAS's gemv and ger kernels fuse each multiply-add, as `mul_add` does.)
        for c in j + 1..n {
            let mut s = a[j * n + c];
            for i in j + 1..m {
                s = a[i * n + j].mul_add(a[i * n + c], s);
            }
            s *= tau[j];
            a[j * n + c] -= s;
            for i in j + 1..m {
                a[i * n + c] = (-s).mul_add(a[i * n + j], a[i * n + c]);
            }
        }
    }
    Qr { m, n, a, tau }
}

impl Qr {
    /// The first `cols` columns of `Q = H_1 H_2 ... H_k` (m×cols, row-major), as LAPACK's
    /// `dorg2r` forms it (so a column whose reflector is the identity gets `-0.0` below
    /// the diagonal, as NumPy shows).
    pub fn q(&self, cols: usize) -> Vec<f64> {
        let (m, n) = (self.m, self.n);
        let k = self.tau.len();
        let mut q = vec![0.0; m * cols];
        for i in 0..m {
            for j in 0..k.min(cols) {
                if i > j {
                    q[i * cols + j] = self.a[i * n + j];
                }
            }
        }
        for j in k..cols.min(m) {
            q[j * cols + j] = 1.0;
        }
        for i in (0..k).rev() {
            let t = self.tau[i];
            if i + 1 < cols {
                // H(i) from the left on rows i.., columns i+1.. (v[i] = 1).
                q[i * cols + i] = 1.0;
                if t != 0.0 {
                    for c in i + 1..cols {
                        let mut w = 0.0;
                        for r in i..m {
                            w = q[r * cols + i].mul_add(q[r * cols + c], w);
                        }
                        let tw = t * w;
                        for r in i..m {
                            q[r * cols + c] = (-tw).mul_add(q[r * cols + i], q[r * cols + c]);
                        }
                    }
                }
            }
            for r in i + 1..m {
                q[r * cols + i] *= -t;
            }
            q[i * cols + i] = 1.0 - t;
            for r in 0..i {
                q[r * cols + i] = 0.0;
            }
        }
        q
    }

    /// The upper triangle's first `rows` rows (rows×n).
    pub fn r(&self, rows: usize) -> Vec<f64> {
        let n = self.n;
        let mut r = vec![0.0; rows * n];
        for i in 0..rows.min(self.m) {
            for j in i..n {
                r[i * n + j] = self.a[i * n + j];
            }
        }
        r
    }
}
