//! `np.linalg` on complex stacks of matrices: `cholesky` (`L Lᴴ = A` from the lower
//! triangle, `Uᴴ U = A` from the upper one), `eigh`/`eigvalsh` (complex Jacobi rotations
//! of the Hermitian matrix the triangle names) and `svd` (one-sided complex Jacobi),
//! each matrix in complex128, results complex64/float32 for complex64 input as NumPy's
//! `_commonType` says. LAPACK picks other phases for eigenvectors and singular vectors (any
//! unit multiple is as right), so those are compared by their invariants in the tests.

use super::common::{linalg_error, with_tail};
use crate::array::dtype::DType;
use crate::array::element::C64;
use crate::array::kernels;
use crate::array::object::NdArray;
use crate::error::PyResult;
use crate::value::Value;
use std::rc::Rc;

/// A stack of complex matrices, row-major, the stack shape first.
pub struct CStack {
    pub shape: Vec<usize>,
    pub rows: usize,
    pub cols: usize,
    pub data: Vec<C64>,
}

impl CStack {
    pub fn of(a: &NdArray) -> PyResult<CStack> {
        let n = a.ndim();
        Ok(CStack {
            shape: a.shape[..n - 2].to_vec(),
            rows: a.shape[n - 2],
            cols: a.shape[n - 1],
            data: kernels::to_vec::<C64>(a)?,
        })
    }

    fn count(&self) -> usize {
        self.shape.iter().product()
    }

    fn matrix(&self, s: usize) -> &[C64] {
        let k = self.rows * self.cols;
        &self.data[s * k..(s + 1) * k]
    }
}

/// The real and complex result dtypes for an input dtype: float32/complex64 for
/// complex64, float64/complex128 otherwise.
fn dtypes(d: DType) -> (DType, DType) {
    if d == DType::C64 {
        (DType::F32, DType::C64)
    } else {
        (DType::F64, DType::C128)
    }
}

fn array_of<T: crate::array::element::Element>(
    v: Vec<T>,
    shape: &[usize],
    dtype: DType,
) -> PyResult<Value> {
    let r = NdArray::from_vec(v, shape)?;
    let r = if r.dtype == dtype {
        r
    } else {
        kernels::to_contiguous(&r, dtype)?
    };
    Ok(Value::Array(Rc::new(r)))
}

/// `cholesky(a, upper)` of a complex stack.
pub fn cholesky(a: &NdArray, upper: bool) -> PyResult<Value> {
    let st = CStack::of(a)?;
    let n = st.rows;
    let mut out = Vec::with_capacity(st.data.len());
    for s in 0..st.count() {
        let m = st.matrix(s);
        let f = if upper {
            upper_cholesky(n, m)
        } else {
            lower_cholesky(n, m)
        };
        out.extend(f.ok_or_else(|| linalg_error("Matrix is not positive definite"))?);
    }
    let (_, cd) = dtypes(a.dtype);
    array_of(out, &a.shape, cd)
}

/// `L` with `L Lᴴ = A`, reading only `A`'s lower triangle; None when a pivot is not
/// positive (or is NaN). The column is scaled by the pivot's reciprocal, each part on its
/// own (OpenBLAS's contiguous `zdscal`).
fn lower_cholesky(n: usize, a: &[C64]) -> Option<Vec<C64>> {
    let mut l = vec![C64::new(0.0, 0.0); n * n];
    for j in 0..n {
        let mut d = a[j * n + j].re;
        for k in 0..j {
            d -= l[j * n + k].norm_sqr();
        }
        if d.is_nan() || d <= 0.0 {
            return None;
        }
        let d = d.sqrt();
        l[j * n + j] = C64::new(d, 0.0);
        for i in j + 1..n {
            let mut v = a[i * n + j];
            for k in 0..j {
                v -= l[i * n + k] * l[j * n + k].conj();
            }
            l[i * n + j] = v.scale(1.0 / d);
        }
    }
    Some(l)
}

/// `U` with `Uᴴ U = A`, reading only `A`'s upper triangle (`potrf('U')`, row by row);
/// None when a pivot is not positive. The row is scaled by the pivot's reciprocal as a
/// complex product, as OpenBLAS's strided `zdscal` does (a `-0.0` real part becomes
/// `+0.0`: `np.linalg.cholesky([[1, -2j], [2j, 5]], upper=True)[0, 1]` is `0.-2.j`).
fn upper_cholesky(n: usize, a: &[C64]) -> Option<Vec<C64>> {
    let mut u = vec![C64::new(0.0, 0.0); n * n];
    for j in 0..n {
        let mut d = a[j * n + j].re;
        for k in 0..j {
            d -= u[k * n + j].norm_sqr();
        }
        if d.is_nan() || d <= 0.0 {
            return None;
        }
        let d = d.sqrt();
        u[j * n + j] = C64::new(d, 0.0);
        for i in j + 1..n {
            let mut v = a[j * n + i];
            for k in 0..j {
                v -= u[k * n + j].conj() * u[k * n + i];
            }
            u[j * n + i] = v * C64::new(1.0 / d, 0.0);
        }
    }
    Some(u)
}

/// The Hermitian matrix the chosen triangle of `m` names (the diagonal's real parts).
fn hermitian(n: usize, m: &[C64], upper: bool) -> Vec<C64> {
    let mut h = vec![C64::new(0.0, 0.0); n * n];
    for i in 0..n {
        for j in 0..n {
            let from_lower = (i > j) != upper;
            h[i * n + j] = if i == j {
                C64::new(m[i * n + i].re, 0.0)
            } else if from_lower {
                m[i * n + j]
            } else {
                m[j * n + i].conj()
            };
        }
    }
    h
}

/// Unit `c`, `s` and the phase of the rotation that zeroes the `(p, q)` entry `h` of a
/// Hermitian 2×2 block `[[a, h], [h̄, b]]`.
fn rotation(a: f64, b: f64, h: C64) -> (f64, f64, C64) {
    let g = h.norm();
    let phase = h / g;
    let zeta = (b - a) / (2.0 * g);
    let t = zeta.signum() / (zeta.abs() + (1.0 + zeta * zeta).sqrt());
    let c = 1.0 / (1.0 + t * t).sqrt();
    (c, t * c, phase)
}

/// Columns `p` and `q` of a row-major `rows`×`cols` matrix times the rotation:
/// `col_p ← c col_p − s φ̄ col_q`, `col_q ← s φ col_p + c col_q`.
fn rotate_columns(x: &mut [C64], rows: usize, cols: usize, p: usize, q: usize, r: (f64, f64, C64)) {
    let (c, s, phase) = r;
    for i in 0..rows {
        let (xp, xq) = (x[i * cols + p], x[i * cols + q]);
        x[i * cols + p] = xp * c - phase.conj() * xq * s;
        x[i * cols + q] = phase * xp * s + xq * c;
    }
}

/// Eigenvalues (ascending) and eigenvectors (columns, row-major) of a Hermitian matrix
/// by cyclic Jacobi rotations.
fn jacobi_eigh(n: usize, mut h: Vec<C64>, vectors: bool) -> (Vec<f64>, Vec<C64>) {
    let mut v: Vec<C64> = (0..n * n)
        .map(|x| C64::new(if x / n == x % n { 1.0 } else { 0.0 }, 0.0))
        .collect();
    let scale: f64 = h.iter().map(|z| z.norm_sqr()).sum::<f64>().sqrt();
    for _ in 0..100 {
        let off: f64 = (0..n * n)
            .filter(|x| x / n != x % n)
            .map(|x| h[x].norm_sqr())
            .sum::<f64>()
            .sqrt();
        if off <= f64::EPSILON * scale || off == 0.0 {
            break;
        }
        for p in 0..n {
            for q in p + 1..n {
                if h[p * n + q].norm() <= f64::MIN_POSITIVE {
                    continue;
                }
                let r = rotation(h[p * n + p].re, h[q * n + q].re, h[p * n + q]);
                rotate_columns(&mut h, n, n, p, q, r);
                // Rows by the conjugate rotation: H ← Wᴴ H W.
                let (c, s, phase) = r;
                for j in 0..n {
                    let (hp, hq) = (h[p * n + j], h[q * n + j]);
                    h[p * n + j] = hp * c - phase * hq * s;
                    h[q * n + j] = phase.conj() * hp * s + hq * c;
                }
                h[p * n + q] = C64::new(0.0, 0.0);
                h[q * n + p] = C64::new(0.0, 0.0);
                if vectors {
                    rotate_columns(&mut v, n, n, p, q, r);
                }
            }
        }
    }
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&i, &j| h[i * n + i].re.total_cmp(&h[j * n + j].re));
    let w = order.iter().map(|&i| h[i * n + i].re).collect();
    let vs = (0..n * n).map(|x| v[(x / n) * n + order[x % n]]).collect();
    (w, vs)
}

/// `eigh` (with vectors) or `eigvalsh` of a complex stack.
pub fn eigh(a: &NdArray, upper: bool, vectors: bool) -> PyResult<(Value, Option<Value>)> {
    let st = CStack::of(a)?;
    let n = st.rows;
    let (mut ws, mut vs) = (vec![], vec![]);
    for s in 0..st.count() {
        let (w, v) = jacobi_eigh(n, hermitian(n, st.matrix(s), upper), vectors);
        ws.extend(w);
        vs.extend(v);
    }
    let (rd, cd) = dtypes(a.dtype);
    let w = array_of(ws, &with_tail(&st.shape, &[n]), rd)?;
    let v = if vectors {
        Some(array_of(vs, &a.shape, cd)?)
    } else {
        None
    };
    Ok((w, v))
}

/// One matrix's SVD by one-sided Jacobi on its columns (`rows >= cols`): singular values
/// descending, `U` (`rows`×`cols`, zero columns for zero values) and `V` (`cols`×`cols`).
fn jacobi_svd(rows: usize, cols: usize, a: &[C64]) -> (Vec<f64>, Vec<C64>, Vec<C64>) {
    let mut x = a.to_vec();
    let mut v: Vec<C64> = (0..cols * cols)
        .map(|i| C64::new(if i / cols == i % cols { 1.0 } else { 0.0 }, 0.0))
        .collect();
    let col = |x: &[C64], p: usize, q: usize| -> (f64, f64, C64) {
        let (mut alpha, mut beta, mut gamma) = (0.0, 0.0, C64::new(0.0, 0.0));
        for i in 0..rows {
            let (xp, xq) = (x[i * cols + p], x[i * cols + q]);
            alpha += xp.norm_sqr();
            beta += xq.norm_sqr();
            gamma += xp.conj() * xq;
        }
        (alpha, beta, gamma)
    };
    for _ in 0..100 {
        let mut rotated = false;
        for p in 0..cols {
            for q in p + 1..cols {
                let (alpha, beta, gamma) = col(&x, p, q);
                if gamma.norm() <= f64::EPSILON * (alpha * beta).sqrt() || gamma.norm() == 0.0 {
                    continue;
                }
                rotated = true;
                let r = rotation(alpha, beta, gamma);
                rotate_columns(&mut x, rows, cols, p, q, r);
                rotate_columns(&mut v, cols, cols, p, q, r);
            }
        }
        if !rotated {
            break;
        }
    }
    let norms: Vec<f64> = (0..cols)
        .map(|j| {
            (0..rows)
                .map(|i| x[i * cols + j].norm_sqr())
                .sum::<f64>()
                .sqrt()
        })
        .collect();
    let mut order: Vec<usize> = (0..cols).collect();
    order.sort_by(|&i, &j| norms[j].total_cmp(&norms[i]));
    let s: Vec<f64> = order.iter().map(|&j| norms[j]).collect();
    let mut u = vec![C64::new(0.0, 0.0); rows * cols];
    for (k, &j) in order.iter().enumerate() {
        if norms[j] > 0.0 {
            for i in 0..rows {
                u[i * cols + k] = x[i * cols + j] / norms[j];
            }
        }
    }
    let vs = (0..cols * cols)
        .map(|i| v[(i / cols) * cols + order[i % cols]])
        .collect();
    (s, u, vs)
}

/// The `k` orthonormal columns of `cols` (row-major `rows`×`k`, some possibly zero),
/// completed to `want` orthonormal columns with unit vectors made orthogonal to them
/// (Gram-Schmidt, twice).
fn complete(rows: usize, k: usize, cols: &[C64], want: usize) -> Vec<C64> {
    let mut basis: Vec<Vec<C64>> = Vec::with_capacity(want);
    let mut candidates: Vec<Vec<C64>> = (0..k)
        .map(|j| (0..rows).map(|i| cols[i * k + j]).collect())
        .collect();
    let kept: Vec<bool> = candidates
        .iter()
        .map(|c| c.iter().map(|z| z.norm_sqr()).sum::<f64>() > 0.5)
        .collect();
    let mut slots: Vec<Option<Vec<C64>>> = candidates
        .drain(..)
        .zip(kept)
        .map(|(c, k)| k.then_some(c))
        .collect();
    slots.resize(want, None);
    basis.extend(slots.iter().flatten().cloned());
    let mut unit = 0;
    for slot in slots.iter_mut() {
        if slot.is_some() {
            continue;
        }
        while unit < rows {
            let mut e = vec![C64::new(0.0, 0.0); rows];
            e[unit] = C64::new(1.0, 0.0);
            unit += 1;
            for _ in 0..2 {
                for b in &basis {
                    let d: C64 = b.iter().zip(&e).map(|(x, y)| x.conj() * y).sum();
                    for (y, x) in e.iter_mut().zip(b) {
                        *y -= d * x;
                    }
                }
            }
            let norm = e.iter().map(|z| z.norm_sqr()).sum::<f64>().sqrt();
            if norm > 1e-6 {
                e.iter_mut().for_each(|z| *z /= norm);
                basis.push(e.clone());
                *slot = Some(e);
                break;
            }
        }
    }
    let filled: Vec<Vec<C64>> = slots
        .into_iter()
        .map(|s| s.unwrap_or_else(|| vec![C64::new(0.0, 0.0); rows]))
        .collect();
    (0..rows * want)
        .map(|x| filled[x % want][x / want])
        .collect()
}

/// `svd(a, full_matrices, compute_uv)` of a complex stack: `S`, or `(U, S, Vh)`.
pub fn svd(a: &NdArray, full: bool, uv: bool) -> PyResult<Vec<Value>> {
    let st = CStack::of(a)?;
    let (m, n) = (st.rows, st.cols);
    let k = m.min(n);
    let (ucols, vrows) = if full { (m, n) } else { (k, k) };
    let (mut us, mut ss, mut vhs) = (vec![], vec![], vec![]);
    for i in 0..st.count() {
        let mat = st.matrix(i);
        // For a wide matrix, the SVD of Aᴴ = V S Uᴴ.
        let (s, u, v) = if m >= n {
            let (s, u, v) = jacobi_svd(m, n, mat);
            (s, complete(m, k, &u, ucols), complete(n, k, &v, vrows))
        } else {
            let t: Vec<C64> = (0..m * n)
                .map(|x| mat[(x % m) * n + x / m].conj())
                .collect();
            let (s, u, v) = jacobi_svd(n, m, &t);
            (s, complete(m, k, &v, ucols), complete(n, k, &u, vrows))
        };
        ss.extend(s);
        us.extend(u);
        // Vh is V's conjugate transpose.
        vhs.extend((0..vrows * n).map(|x| v[(x % n) * vrows + x / n].conj()));
    }
    let (rd, cd) = dtypes(a.dtype);
    let s = array_of(ss, &with_tail(&st.shape, &[k]), rd)?;
    if !uv {
        return Ok(vec![s]);
    }
    Ok(vec![
        array_of(us, &with_tail(&st.shape, &[m, ucols]), cd)?,
        s,
        array_of(vhs, &with_tail(&st.shape, &[vrows, n]), cd)?,
    ])
}
