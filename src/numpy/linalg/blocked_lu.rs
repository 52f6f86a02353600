//! The LU factorization of large matrices, blocked as LAPACK's `getrf` is: a panel of
//! `BLOCK` columns is factored with partial pivoting (right-looking, row by row, so the
//! inner loops run along the row-major rows), its row swaps are applied across the whole
//! matrix, the block row right of the panel is solved with the panel's unit lower
//! triangle, and the trailing matrix gets one GEMM update (`A22 -= L21 U12`, through the
//! same GEMM as `@`). The pivot is LAPACK's (`idamax`: the first element of largest
//! magnitude), so the permutation is NumPy's; the sums run in another order than
//! OpenBLAS's recursive kernels, so the factors may differ in the last bits
//! (docs/differences.md). Matrices of at most `BLOCK` columns keep the unblocked
//! `getf2` in `solve.rs`, whose rounding matches OpenBLAS's small-matrix path.

use super::solve::Lu;
use crate::array::parallel::threads;
use crate::error::{PyErr, PyResult};
use crate::numpy::ufunc::matmul::gemm_rows;
use ndarray::{ArrayView2, ArrayViewMut2, Axis, ShapeBuilder};

/// Panel width: columns factored together before one trailing GEMM update.
pub const BLOCK: usize = 64;

/// `P A = L U` of the n×n row-major `a`, L unit lower, blocked.
pub fn factor(n: usize, mut a: Vec<f64>) -> PyResult<Lu> {
    let mut piv = vec![0usize; n];
    let mut singular = false;
    let mut j0 = 0;
    while j0 < n {
        let w = BLOCK.min(n - j0);
        singular |= panel(n, &mut a, j0, w, &mut piv);
        let j1 = j0 + w;
        if j1 < n {
            solve_block_row(n, &mut a, j0, w);
            trailing_update(n, &mut a, j0, w)?;
        }
        j0 = j1;
    }
    Ok(Lu {
        n,
        lu: a,
        piv,
        singular,
    })
}

/// Factors rows `j0..n` of columns `j0..j0+w` in place; each pivot row swap moves whole
/// rows (LAPACK applies the same swaps to the left and right blocks with `laswp`). A
/// zero or nan pivot is `getf2`'s in `solve.rs`: no swap, no scaling, and the matrix is
/// singular.
fn panel(n: usize, a: &mut [f64], j0: usize, w: usize, piv: &mut [usize]) -> bool {
    let mut singular = false;
    let end = j0 + w;
    for j in j0..end {
        let mut p = j;
        let mut best = a[j * n + j].abs();
        for i in j + 1..n {
            let v = a[i * n + j].abs();
            if v > best || best.is_nan() && !v.is_nan() {
                best = v;
                p = i;
            }
        }
        piv[j] = p;
        let pivot = a[p * n + j];
        if pivot == 0.0 || pivot.is_nan() {
            singular = true;
            continue;
        }
        if p != j {
            let (top, bottom) = a.split_at_mut(p * n);
            top[j * n..j * n + n].swap_with_slice(&mut bottom[..n]);
        }
        let r = 1.0 / pivot;
        let (top, rest) = a.split_at_mut((j + 1) * n);
        let urow = &top[j * n + j + 1..j * n + end];
        for row in rest.chunks_exact_mut(n) {
            let l = row[j] * r;
            row[j] = l;
            for (x, &u) in row[j + 1..end].iter_mut().zip(urow) {
                *x -= l * u;
            }
        }
    }
    singular
}

/// `U12 = L11⁻¹ A12`: the block row right of the panel, forward substitution with the
/// panel's unit lower triangle, one row update (axpy along the row) at a time.
fn solve_block_row(n: usize, a: &mut [f64], j0: usize, w: usize) {
    let c0 = j0 + w;
    for i in 1..w {
        let (done, rest) = a.split_at_mut((j0 + i) * n);
        let row = &mut rest[..n];
        for p in 0..i {
            let l = row[j0 + p];
            let src = &done[(j0 + p) * n + c0..(j0 + p) * n + n];
            for (x, &u) in row[c0..].iter_mut().zip(src) {
                *x -= l * u;
            }
        }
    }
}

/// `A22 -= L21 U12` over the rows and columns past the panel, as one GEMM on strided
/// views of the matrix.
fn trailing_update(n: usize, a: &mut [f64], j0: usize, w: usize) -> PyResult<()> {
    let c0 = j0 + w;
    let m = n - c0;
    let (top, bottom) = a.split_at_mut(c0 * n);
    // Row-major views with row stride n: U12 starts at (j0, c0), L21 at (c0, j0).
    let shape_err = |_| PyErr::value("linalg: inconsistent LU block shapes");
    let u12 =
        ArrayView2::from_shape((w, m).strides((n, 1)), &top[j0 * n + c0..]).map_err(shape_err)?;
    let whole = ArrayViewMut2::from_shape((m, n).strides((n, 1)), bottom).map_err(shape_err)?;
    let (left, a22) = whole.split_at(Axis(1), c0);
    let l21 = left.slice_move(ndarray::s![.., j0..c0]);
    gemm_rows(-1.0, l21.view(), u12, 1.0, a22, threads());
    Ok(())
}

/// `getrs` after the row swaps for the blocked factors: `L Y = B`, then `U X = Y`, for
/// `b` n×k row-major. One right-hand side runs as dot products along the factor's rows,
/// several as row updates along `b`'s rows; either way the loops are contiguous.
pub fn substitute(n: usize, lu: &[f64], b: &mut [f64], k: usize, reciprocal: bool) {
    let diag = |i: usize, s: f64| {
        let d = lu[i * n + i];
        if reciprocal {
            s * (1.0 / d)
        } else {
            s / d
        }
    };
    if k == 1 {
        for i in 0..n {
            b[i] -= dot(&lu[i * n..i * n + i], &b[..i]);
        }
        for i in (0..n).rev() {
            let s = b[i] - dot(&lu[i * n + i + 1..i * n + n], &b[i + 1..n]);
            b[i] = diag(i, s);
        }
        return;
    }
    for i in 0..n {
        let (done, rest) = b.split_at_mut(i * k);
        let row = &mut rest[..k];
        for (m, brow) in done.chunks_exact(k).enumerate() {
            axpy(-lu[i * n + m], brow, row);
        }
    }
    for i in (0..n).rev() {
        let (head, later) = b.split_at_mut((i + 1) * k);
        let row = &mut head[i * k..];
        for (m, brow) in later.chunks_exact(k).enumerate() {
            axpy(-lu[i * n + i + 1 + m], brow, row);
        }
        for x in row.iter_mut() {
            *x = diag(i, *x);
        }
    }
}

/// `y += alpha x`.
fn axpy(alpha: f64, x: &[f64], y: &mut [f64]) {
    for (y, &x) in y.iter_mut().zip(x) {
        *y += alpha * x;
    }
}

/// A dot product with eight independent partial sums, so it vectorizes.
fn dot(a: &[f64], b: &[f64]) -> f64 {
    let mut acc = [0.0f64; 8];
    let (ca, cb) = (a.chunks_exact(8), b.chunks_exact(8));
    let tail: f64 = ca
        .remainder()
        .iter()
        .zip(cb.remainder())
        .map(|(x, y)| x * y)
        .sum();
    for (x, y) in ca.zip(cb) {
        for l in 0..8 {
            acc[l] += x[l] * y[l];
        }
    }
    acc.iter().sum::<f64>() + tail
}
