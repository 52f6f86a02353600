//! `np.linalg.solve`, `np.linalg.inv` and `np.linalg.det` on real stacks of square
//! matrices. As in NumPy (`_commonType`), everything is computed in float64 and the result
//! is float32 only when every input was float32.
//!
//! All three go through one LU factorization with partial pivoting, written as OpenBLAS's
//! unblocked `getf2` is (left-looking: column `j` is finished from the columns before it,
//! the pivot is the first element of largest magnitude, the column below it is scaled by
//! the pivot's reciprocal); matrices wider than `blocked_lu::BLOCK` use the blocked,
//! GEMM-updated factorization of `blocked_lu.rs` instead, with the same pivot rule.
//! `solve`/`inv` are LAPACK's `gesv` (`inv` solves against the identity); `det` is NumPy's `sign * exp(sum(log|u_ii|))`, which is why
//! `det([[1, 2], [3, 4]])` is `-2.0000000000000004`. Blocked LAPACK sums in other orders
//! for large matrices, so results may differ from NumPy's in the last bits
//! (docs/differences.md); a zero (or nan) pivot is NumPy's `LinAlgError: Singular matrix`.

use super::common::{broadcast, cast, compute_dtype, linalg_error, square_stack};
use crate::array::kernels;
use crate::array::object::{ArrayRef, NdArray};
use crate::error::{PyErr, PyResult};
use crate::value::args::Args;
use crate::value::convert::as_array;
use crate::value::Value;

/// An LU factorization `P A = L U` of one n×n matrix (row-major), L unit lower.
pub struct Lu {
    pub n: usize,
    pub lu: Vec<f64>,
    /// `piv[j]`: the row swapped with row `j` at step `j`.
    pub piv: Vec<usize>,
    pub singular: bool,
}

/// `P A = L U`: unblocked (`getf2`, below) up to `BLOCK` columns, blocked above.
pub fn factor(n: usize, a: Vec<f64>) -> PyResult<Lu> {
    if n > super::blocked_lu::BLOCK {
        return super::blocked_lu::factor(n, a);
    }
    Ok(getf2(n, a))
}

/// OpenBLAS `getf2`: left-looking, one column at a time.
fn getf2(n: usize, mut a: Vec<f64>) -> Lu {
    let at = |i: usize, j: usize| i * n + j;
    let mut piv = vec![0usize; n];
    let mut singular = false;
    for j in 0..n {
        // Apply the earlier row swaps to column j.
        for (i, &p) in piv.iter().enumerate().take(j) {
            if p != i {
                a.swap(at(i, j), at(p, j));
            }
        }
        // U part of column j: forward substitution with the unit lower triangle.
        // (OpenBLAS's kernels fuse each multiply-add: `mul_add` rounds once, as they do.)
        for i in 1..j {
            let mut s = 0.0;
            for k in 0..i {
                s = a[at(i, k)].mul_add(a[at(k, j)], s);
            }
            a[at(i, j)] -= s;
        }
        // The rest of column j: minus L[j.., ..j] · U[..j, j].
        for i in j..n {
            let mut s = 0.0;
            for k in 0..j {
                s = a[at(i, k)].mul_add(a[at(k, j)], s);
            }
            a[at(i, j)] -= s;
        }
        // Pivot: the first element of largest magnitude (nan never wins).
        let mut p = j;
        let mut best = a[at(j, j)].abs();
        for i in j + 1..n {
            let v = a[at(i, j)].abs();
            if v > best || best.is_nan() && !v.is_nan() {
                best = v;
                p = i;
            }
        }
        piv[j] = p;
        let pivot = a[at(p, j)];
        if pivot == 0.0 || pivot.is_nan() {
            singular = true;
            continue;
        }
        if p != j {
            for k in 0..=j {
                a.swap(at(j, k), at(p, k));
            }
        }
        let r = 1.0 / pivot;
        for i in j + 1..n {
            a[at(i, j)] = a[at(i, j)] * r;
        }
    }
    // Swaps found after a column was finished apply to the columns left of it.
    Lu {
        n,
        lu: a,
        piv,
        singular,
    }
}

impl Lu {
    /// Solve `A X = B` for `B` n×k (row-major), as LAPACK's `getrs`. `reciprocal`: apply
    /// the diagonal as its reciprocal (OpenBLAS's trsm, behind `inv`) instead of dividing
    /// (its single right-hand side path, behind `solve`); measured against NumPy on small
    /// random systems, each choice matches its routine most often.
    pub fn solve(&self, b: &mut [f64], k: usize, reciprocal: bool) {
        let n = self.n;
        for (j, &p) in self.piv.iter().enumerate() {
            if p != j {
                for c in 0..k {
                    b.swap(j * k + c, p * k + c);
                }
            }
        }
        if n > super::blocked_lu::BLOCK {
            return super::blocked_lu::substitute(n, &self.lu, b, k, reciprocal);
        }
        // The triangular solves as OpenBLAS's trsm kernels do them: each solved value updates
        // the rest with a fused multiply-add; the diagonal is applied as its reciprocal.
        for c in 0..k {
            for i in 0..n {
                let mut s = b[i * k + c];
                for m in 0..i {
                    s = (-self.lu[i * n + m]).mul_add(b[m * k + c], s);
                }
                b[i * k + c] = s;
            }
            for i in (0..n).rev() {
                let mut s = b[i * k + c];
                for m in (i + 1..n).rev() {
                    s = (-self.lu[i * n + m]).mul_add(b[m * k + c], s);
                }
                let d = self.lu[i * n + i];
                b[i * k + c] = if reciprocal { s * (1.0 / d) } else { s / d };
            }
        }
    }

    /// NumPy's determinant: the sign of the permutation and of the diagonal, times the
    /// exponential of the summed logarithms of the diagonal's magnitudes.
    fn det(&self) -> f64 {
        if self.singular {
            return 0.0;
        }
        let n = self.n;
        let mut sign = 1.0;
        let mut logdet = 0.0;
        for (j, &p) in self.piv.iter().enumerate() {
            if p != j {
                sign = -sign;
            }
        }
        for i in 0..n {
            let d = self.lu[i * n + i];
            if d < 0.0 {
                sign = -sign;
            }
            logdet += d.abs().ln();
        }
        if logdet == f64::NEG_INFINITY {
            return 0.0;
        }
        sign * logdet.exp()
    }
}

fn matrices(a: &NdArray) -> PyResult<Vec<f64>> {
    kernels::to_vec::<f64>(a)
}

fn out(v: Vec<f64>, shape: &[usize]) -> PyResult<NdArray> {
    NdArray::from_vec(v, shape)
}

pub fn inv(args: &Args) -> PyResult<Value> {
    let p = args.bind("inv", &["a"], 1)?;
    let a = as_array(p[0].as_ref().unwrap_or(&Value::None))?;
    square_stack(&a)?;
    let rd = compute_dtype(&[a.dtype])?;
    cast(inv_as(&a)?, rd)
}

fn inv_as(a: &ArrayRef) -> PyResult<NdArray> {
    let n = a.shape[a.ndim() - 1];
    let data = matrices(a)?;
    let mut res = Vec::with_capacity(data.len());
    if n == 0 {
        return out(res, &a.shape);
    }
    for m in data.chunks(n * n) {
        let lu = factor(n, m.to_vec())?;
        if lu.singular {
            return Err(linalg_error("Singular matrix"));
        }
        let mut b = vec![0.0; n * n];
        for i in 0..n {
            b[i * n + i] = 1.0;
        }
        lu.solve(&mut b, n, true);
        res.extend(b);
    }
    out(res, &a.shape)
}

pub fn det(args: &Args) -> PyResult<Value> {
    let p = args.bind("det", &["a"], 1)?;
    let a = as_array(p[0].as_ref().unwrap_or(&Value::None))?;
    square_stack(&a)?;
    let rd = compute_dtype(&[a.dtype])?;
    cast(det_as(&a)?, rd)
}

fn det_as(a: &ArrayRef) -> PyResult<NdArray> {
    let n = a.shape[a.ndim() - 1];
    let stack = &a.shape[..a.ndim() - 2];
    let count: usize = stack.iter().product();
    let data = matrices(a)?;
    let res = (0..count)
        .map(|s| Ok(factor(n, data[s * n * n..(s + 1) * n * n].to_vec())?.det()))
        .collect::<PyResult<Vec<f64>>>()?;
    out(res, stack)
}

pub fn solve(args: &Args) -> PyResult<Value> {
    let p = args.bind("solve", &["a", "b"], 2)?;
    let a = as_array(p[0].as_ref().unwrap_or(&Value::None))?;
    let b = as_array(p[1].as_ref().unwrap_or(&Value::None))?;
    square_stack(&a)?;
    let rd = compute_dtype(&[a.dtype, b.dtype])?;
    cast(solve_as(&a, &b)?, rd)
}

fn solve_as(a: &ArrayRef, b: &ArrayRef) -> PyResult<NdArray> {
    let n = a.shape[a.ndim() - 1];
    let vector = b.ndim() == 1;
    let (name, sig, core) = if vector {
        ("solve1", "(m,m),(m)->(m)", 1)
    } else {
        ("solve", "(m,m),(m,n)->(m,n)", 2)
    };
    if b.ndim() < core {
        return Err(PyErr::value(format!(
            "{}: Input operand 1 does not have enough dimensions (has {}, gufunc core with signature {} requires {})",
            name,
            b.ndim(),
            sig,
            core
        )));
    }
    let bm = b.shape[b.ndim() - core];
    if bm != n {
        return Err(PyErr::value(format!(
            "{}: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature {} (size {} is different from {})",
            name, sig, bm, n
        )));
    }
    let k = if vector { 1 } else { b.shape[b.ndim() - 1] };
    // Broadcast the stack dimensions of a and b.
    let sa = &a.shape[..a.ndim() - 2];
    let sb = &b.shape[..b.ndim() - core];
    let stack = crate::array::iter::broadcast_shapes(&[sa, sb])?;
    let mut a_full = stack.clone();
    a_full.extend([n, n]);
    let mut b_full = stack.clone();
    b_full.push(n);
    if !vector {
        b_full.push(k);
    }
    let ab = broadcast(a, &a_full)?;
    let bb = broadcast(b, &b_full)?;
    let ad = matrices(&ab)?;
    let mut bd = matrices(&bb)?;
    let count: usize = stack.iter().product();
    for s in 0..count {
        if n == 0 {
            break;
        }
        let lu = factor(n, ad[s * n * n..(s + 1) * n * n].to_vec())?;
        if lu.singular {
            return Err(linalg_error("Singular matrix"));
        }
        lu.solve(&mut bd[s * n * k..(s + 1) * n * k], k, false);
    }
    out(bd, &b_full)
}
