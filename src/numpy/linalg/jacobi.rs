//! Symmetric eigenproblems and the SVD by Jacobi rotations: cyclic two-sided Jacobi for
//! `eigh` and one-sided (Hestenes) Jacobi for `svd`. Both are short, need no tuning and are
//! as accurate as LAPACK's `syevd`/`gesdd` (more so for small eigenvalues); they are
//! O(n³) per sweep with a few sweeps, fine for the sizes an interactive shell sees. A
//! rotation is skipped once the pair is orthogonal to working precision; the loop ends
//! after a sweep with no rotation (or 60 sweeps, for nan input).

const SWEEPS: usize = 60;

/// The rotation `(c, s)` that diagonalizes `[[app, apq], [apq, aqq]]`.
fn rotation(app: f64, aqq: f64, apq: f64) -> (f64, f64) {
    let theta = (aqq - app) / (2.0 * apq);
    let t = if theta.abs() > 1e150 {
        0.5 / theta
    } else {
        1.0f64.copysign(theta) / (theta.abs() + (theta * theta + 1.0).sqrt())
    };
    let c = 1.0 / (t * t + 1.0).sqrt();
    (c, t * c)
}

/// Eigenvalues (ascending) and eigenvectors (the columns of the row-major n×n result) of
/// the symmetric matrix `a` (both triangles already equal).
pub fn eigh(n: usize, mut a: Vec<f64>, vectors: bool) -> (Vec<f64>, Vec<f64>) {
    let mut v = vec![0.0; if vectors { n * n } else { 0 }];
    if vectors {
        for i in 0..n {
            v[i * n + i] = 1.0;
        }
    }
    let frob = a.iter().map(|x| x * x).sum::<f64>().sqrt();
    let floor = f64::EPSILON * 1e-3 * frob;
    for _ in 0..SWEEPS {
        let mut rotated = false;
        for p in 0..n {
            for q in p + 1..n {
                let apq = a[p * n + q];
                let (app, aqq) = (a[p * n + p], a[q * n + q]);
                if apq.abs() <= f64::EPSILON * (app.abs() * aqq.abs()).sqrt() || apq.abs() <= floor
                {
                    continue;
                }
                rotated = true;
                let (c, s) = rotation(app, aqq, apq);
                for k in 0..n {
                    let (x, y) = (a[k * n + p], a[k * n + q]);
                    a[k * n + p] = c * x - s * y;
                    a[k * n + q] = s * x + c * y;
                }
                for k in 0..n {
                    let (x, y) = (a[p * n + k], a[q * n + k]);
                    a[p * n + k] = c * x - s * y;
                    a[q * n + k] = s * x + c * y;
                }
                a[p * n + q] = 0.0;
                a[q * n + p] = 0.0;
                if vectors {
                    for k in 0..n {
                        let (x, y) = (v[k * n + p], v[k * n + q]);
                        v[k * n + p] = c * x - s * y;
                        v[k * n + q] = s * x + c * y;
                    }
                }
            }
        }
        if !rotated {
            break;
        }
    }
    let w: Vec<f64> = (0..n).map(|i| a[i * n + i]).collect();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&i, &j| w[i].total_cmp(&w[j]));
    let ws = order.iter().map(|&i| w[i]).collect();
    let mut vs = vec![0.0; v.len()];
    if vectors {
        for (c, &o) in order.iter().enumerate() {
            for r in 0..n {
                vs[r * n + c] = v[r * n + o];
            }
        }
    }
    (ws, vs)
}

/// A thin SVD of an m×n matrix: `u` m×k, `s` (descending) and `vt` k×n, k = min(m, n),
/// row-major; `u`'s columns for zero singular values complete an orthonormal set.
pub struct Svd {
    pub u: Vec<f64>,
    pub s: Vec<f64>,
    pub vt: Vec<f64>,
}

pub fn svd(m: usize, n: usize, a: &[f64]) -> Svd {
    if m < n {
        // Aᵀ = U S Vᵀ  gives  A = V S Uᵀ.
        let at: Vec<f64> = (0..n * m).map(|x| a[(x % m) * n + x / m]).collect();
        let t = svd(n, m, &at);
        let k = m;
        // New u (m×k) = old vtᵀ; new vt (k×n) = old uᵀ.
        let u = (0..m * k).map(|x| t.vt[(x % k) * m + x / k]).collect();
        let vt = (0..k * n).map(|x| t.u[(x % n) * k + x / n]).collect();
        return Svd { u, s: t.s, vt };
    }
    // m >= n: orthogonalize the columns of G = A V (stored column by column).
    let mut g: Vec<Vec<f64>> = (0..n)
        .map(|j| (0..m).map(|i| a[i * n + j]).collect())
        .collect();
    let mut v: Vec<Vec<f64>> = (0..n)
        .map(|j| (0..n).map(|i| if i == j { 1.0 } else { 0.0 }).collect())
        .collect();
    for _ in 0..SWEEPS {
        let mut rotated = false;
        for p in 0..n {
            for q in p + 1..n {
                let alpha: f64 = g[p].iter().map(|x| x * x).sum();
                let beta: f64 = g[q].iter().map(|x| x * x).sum();
                let gamma: f64 = g[p].iter().zip(&g[q]).map(|(x, y)| x * y).sum();
                if gamma == 0.0 || gamma.abs() <= f64::EPSILON * (alpha * beta).sqrt() {
                    continue;
                }
                rotated = true;
                let (c, s) = rotation(alpha, beta, gamma);
                for cols in [&mut g, &mut v] {
                    let (lo, hi) = cols.split_at_mut(q);
                    for (x, y) in lo[p].iter_mut().zip(hi[0].iter_mut()) {
                        let (a, b) = (*x, *y);
                        *x = c * a - s * b;
                        *y = s * a + c * b;
                    }
                }
            }
        }
        if !rotated {
            break;
        }
    }
    let norms: Vec<f64> = g
        .iter()
        .map(|c| c.iter().map(|x| x * x).sum::<f64>().sqrt())
        .collect();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&i, &j| norms[j].total_cmp(&norms[i]));
    let s: Vec<f64> = order.iter().map(|&i| norms[i]).collect();
    let mut ucols: Vec<Option<Vec<f64>>> = order
        .iter()
        .map(|&i| (norms[i] > 0.0).then(|| g[i].iter().map(|x| x / norms[i]).collect()))
        .collect();
    complete(m, &mut ucols);
    let mut u = vec![0.0; m * n];
    let mut vt = vec![0.0; n * n];
    for (c, col) in ucols.iter().enumerate() {
        if let Some(col) = col {
            for r in 0..m {
                u[r * n + c] = col[r];
            }
        }
    }
    for (r, &o) in order.iter().enumerate() {
        vt[r * n..(r + 1) * n].copy_from_slice(&v[o]);
    }
    Svd { u, s, vt }
}

/// Fill the missing columns of an orthonormal set of length-`m` columns with unit vectors
/// orthogonal to all the others (Gram-Schmidt, twice, on the best standard basis vector).
pub fn complete(m: usize, cols: &mut [Option<Vec<f64>>]) {
    for k in 0..cols.len() {
        if cols[k].is_some() {
            continue;
        }
        let mut best: Option<(f64, Vec<f64>)> = None;
        for e in 0..m {
            let mut x = vec![0.0; m];
            x[e] = 1.0;
            for _ in 0..2 {
                for c in cols.iter().flatten() {
                    let d: f64 = c.iter().zip(&x).map(|(a, b)| a * b).sum();
                    for (xi, ci) in x.iter_mut().zip(c) {
                        *xi -= d * ci;
                    }
                }
            }
            let nrm = x.iter().map(|v| v * v).sum::<f64>().sqrt();
            if best.as_ref().is_none_or(|(b, _)| nrm > *b + 1e-12) {
                best = Some((nrm, x));
            }
        }
        cols[k] = best.map(|(nrm, x)| x.iter().map(|v| v / nrm).collect());
    }
}

/// `cols` orthonormal columns of length m, extended to a full basis of m columns.
pub fn extend_basis(m: usize, cols: Vec<Vec<f64>>) -> Vec<Vec<f64>> {
    let mut all: Vec<Option<Vec<f64>>> = cols.into_iter().map(Some).collect();
    all.resize(m, None);
    complete(m, &mut all);
    all.into_iter()
        .map(|c| c.unwrap_or_else(|| vec![0.0; m]))
        .collect()
}
