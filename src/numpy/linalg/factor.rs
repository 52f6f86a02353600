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
    scale * v.iter().map(|x| (x / scale) * (x / scale)).sum::<f64>().sqrt()
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
        let beta = -alpha.hypot(xnorm).copysign(alpha);
        tau[j] = (beta - alpha) / beta;
        let scale = 1.0 / (alpha - beta);
        for i in j + 1..m {
            a[i * n + j] *= scale;
        }
        a[j * n + j] = beta;
        // H = I - tau v vᵀ applied to the columns right of j.
        for c in j + 1..n {
            let mut s = a[j * n + c];
            for i in j + 1..m {
                s += a[i * n + j] * a[i * n + c];
            }
            s *= tau[j];
            a[j * n + c] -= s;
            for i in j + 1..m {
                a[i * n + c] -= s * a[i * n + j];
            }
        }
    }
    Qr { m, n, a, tau }
}

impl Qr {
    /// The first `cols` columns of `Q = H_1 H_2 ... H_k` (m×cols, row-major), as `orgqr`.
    pub fn q(&self, cols: usize) -> Vec<f64> {
        let (m, n) = (self.m, self.n);
        let mut q = vec![0.0; m * cols];
        for i in 0..m.min(cols) {
            q[i * cols + i] = 1.0;
        }
        for j in (0..self.tau.len()).rev() {
            let t = self.tau[j];
            if t == 0.0 {
                continue;
            }
            for c in 0..cols {
                let mut s = q[j * cols + c];
                for i in j + 1..m {
                    s += self.a[i * n + j] * q[i * cols + c];
                }
                s *= t;
                q[j * cols + c] -= s;
                for i in j + 1..m {
                    q[i * cols + c] -= s * self.a[i * n + j];
                }
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
