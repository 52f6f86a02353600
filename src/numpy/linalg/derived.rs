//! The routines NumPy builds on the SVD and the inverse: `pinv`, `matrix_rank`, `cond`
//! and `lstsq` (LAPACK's `gelsd`: the minimum-norm least-squares solution through the
//! SVD, singular values below `rcond * s_max` treated as zero). Their cut-offs, result
//! types and errors are NumPy's (`numpy/linalg/_linalg.py`).

use super::common::{
    arg_array, compute_dtype, linalg_error, result, result_array, square_stack, stacked_2d,
    with_tail, Stack,
};
use super::decompositions::eigh_stack;
use crate::array::dtype::DType;
use crate::array::element::Num;
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::value::args::Args;
use crate::value::convert::{to_f64, truthy};
use crate::value::Value;

fn eps(d: DType) -> f64 {
    if d == DType::F32 {
        f32::EPSILON as f64
    } else {
        f64::EPSILON
    }
}

/// The singular values of every matrix (stack × min(m, n)); from `eigh` when `hermitian`.
fn singular_values(st: &Stack, hermitian: bool) -> Vec<f64> {
    if hermitian {
        let n = st.rows;
        let (w, _) = eigh_stack(st, false, false);
        let mut s: Vec<f64> = w.iter().map(|x| x.abs()).collect();
        for c in s.chunks_mut(n.max(1)) {
            c.sort_by(|a, b| b.total_cmp(a));
        }
        s
    } else {
        svd_stack_values(st)
    }
}

fn svd_stack_values(st: &Stack) -> Vec<f64> {
    (0..st.count())
        .flat_map(|i| super::jacobi::svd(st.rows, st.cols, st.matrix(i)).s)
        .collect()
}

pub fn pinv(args: &Args) -> PyResult<Value> {
    let p = args.bind("pinv", &["a", "rcond", "hermitian", "*rtol"], 1)?;
    let a = arg_array(&p[0])?;
    let hermitian = p[2].as_ref().map(truthy).transpose()?.unwrap_or(false);
    stacked_2d(&a)?;
    let rd = compute_dtype(&[a.dtype])?;
    let st = Stack::of(&a)?;
    let (m, n) = (st.rows, st.cols);
    let rcond = match (&p[1], &p[3]) {
        (Some(r), Some(_)) if !matches!(r, Value::None) => {
            return Err(PyErr::value("`rtol` and `rcond` can't be both set."))
        }
        (Some(r), _) if !matches!(r, Value::None) => to_f64(r)?,
        (_, None) => 1e-15,
        (_, Some(Value::None)) => m.max(n) as f64 * eps(rd),
        (_, Some(t)) => to_f64(t)?,
    };
    let shape = with_tail(&st.shape, &[n, m]);
    if m == 0 || n == 0 {
        return result_array(vec![], &shape, rd);
    }
    if hermitian {
        square_stack(&a)?;
    }
    let k = m.min(n);
    let mut out = Vec::with_capacity(st.count() * m * n);
    for i in 0..st.count() {
        let (u, s, vt) = if hermitian {
            hermitian_svd(n, st.matrix(i))
        } else {
            let r = super::jacobi::svd(m, n, st.matrix(i));
            (r.u, r.s, r.vt)
        };
        let cutoff = rcond * s.iter().fold(f64::NEG_INFINITY, |x, &y| x.max(y));
        let inv: Vec<f64> = s
            .iter()
            .map(|&x| if x > cutoff { 1.0 / x } else { 0.0 })
            .collect();
        // pinv = V diag(1/s) Uᵀ: n×m.
        for r in 0..n {
            for c in 0..m {
                let mut acc = 0.0;
                for j in 0..k {
                    acc += vt[j * n + r] * inv[j] * u[c * k + j];
                }
                out.push(acc);
            }
        }
    }
    result_array(out, &shape, rd)
}

/// `svd(a, hermitian=True)` of one n×n matrix, thin (u n×n, s, vt n×n).
fn hermitian_svd(n: usize, m: &[f64]) -> (Vec<f64>, Vec<f64>, Vec<f64>) {
    let st = Stack {
        shape: vec![],
        rows: n,
        cols: n,
        data: m.to_vec(),
    };
    let (w, v) = eigh_stack(&st, false, true);
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&x, &y| w[y].abs().total_cmp(&w[x].abs()));
    let s = order.iter().map(|&j| w[j].abs()).collect();
    let mut u = vec![0.0; n * n];
    let mut vt = vec![0.0; n * n];
    for (c, &j) in order.iter().enumerate() {
        let sg = if w[j] > 0.0 {
            1.0
        } else if w[j] < 0.0 {
            -1.0
        } else {
            0.0
        };
        for r in 0..n {
            u[r * n + c] = v[r * n + j];
            vt[c * n + r] = v[r * n + j] * sg;
        }
    }
    (u, s, vt)
}

pub fn matrix_rank(args: &Args) -> PyResult<Value> {
    let p = args.bind("matrix_rank", &["A", "tol", "hermitian", "*rtol"], 1)?;
    let a = arg_array(&p[0])?;
    let hermitian = p[2].as_ref().map(truthy).transpose()?.unwrap_or(false);
    if a.ndim() < 2 {
        let all_zero = crate::array::kernels::to_vec::<f64>(&a)?
            .iter()
            .all(|&x| x == 0.0);
        return Ok(Value::Int(!all_zero as i128));
    }
    let rd = compute_dtype(&[a.dtype])?;
    if hermitian {
        // `svd(hermitian=True)` goes through `eigvalsh`, which wants square matrices.
        square_stack(&a)?;
    }
    let st = Stack::of(&a)?;
    let k = st.rows.min(st.cols);
    let s = singular_values(&st, hermitian);
    let given = |v: &Option<Value>| v.as_ref().filter(|v| !matches!(v, Value::None)).cloned();
    let mut ranks = Vec::with_capacity(st.count());
    for i in 0..st.count() {
        let si = &s[i * k..(i + 1) * k];
        // The singular values as the dtype NumPy compares them in.
        let si: Vec<f64> = si
            .iter()
            .map(|&x| if rd == DType::F32 { x as f32 as f64 } else { x })
            .collect();
        let smax = si.iter().fold(f64::NEG_INFINITY, |x, &y| x.max(y));
        let tol = match (given(&p[1]), given(&p[3])) {
            (Some(t), _) => to_f64(&t)?,
            (None, Some(r)) => smax * to_f64(&r)?,
            (None, None) => smax * (st.rows.max(st.cols) as f64 * eps(rd)),
        };
        ranks.push(si.iter().filter(|&&x| x > tol).count() as i128);
    }
    let r = crate::array::object::NdArray::from_vec(
        ranks.iter().map(|&x| x as i64).collect::<Vec<i64>>(),
        &st.shape,
    )?;
    Ok(crate::numpy::ufunc::wrap(std::rc::Rc::new(r)))
}

pub fn cond(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("cond", &["x", "p"], 1)?;
    let x = arg_array(&p[0])?;
    let ord = p[1].clone().filter(|v| !matches!(v, Value::None));
    stacked_2d(&x)?;
    let st = Stack::of(&x)?;
    if st.rows == 0 || st.cols == 0 {
        return Err(linalg_error("cond is not defined on empty arrays"));
    }
    let rd = compute_dtype(&[x.dtype])?;
    let two = match &ord {
        None => Some(false),
        Some(v) => match to_f64(v) {
            Ok(2.0) => Some(false),
            Ok(-2.0) => Some(true),
            _ => None,
        },
    };
    let mut r: Vec<f64> = match two {
        Some(minus) => {
            let k = st.rows.min(st.cols);
            let s = svd_stack_values(&st);
            (0..st.count())
                .map(|i| {
                    let (first, last) = (s[i * k], s[i * k + k - 1]);
                    if minus {
                        last / first
                    } else {
                        first / last
                    }
                })
                .collect()
        }
        None => {
            square_stack(&x)?;
            let n = st.rows;
            let mut inv = Vec::with_capacity(st.data.len());
            for i in 0..st.count() {
                inv.extend(inverse_or_nan(n, st.matrix(i))?);
            }
            let inv = result_array(inv, &x.shape, DType::F64)?;
            let ordv = ord.clone().unwrap_or(Value::None);
            let axes = Value::tuple(vec![Value::Int(-2), Value::Int(-1)]);
            let nx = super::np(
                it,
                "linalg.norm",
                vec![Value::Array(x.clone()), ordv.clone(), axes.clone()],
                vec![],
            )?;
            let ni = super::np(it, "linalg.norm", vec![inv, ordv, axes], vec![])?;
            let prod = super::np(it, "multiply", vec![nx, ni], vec![])?;
            let pa = crate::value::convert::as_array(&prod)?;
            crate::array::kernels::to_vec::<f64>(&pa)?
        }
    };
    // nan (a singular matrix) becomes inf, unless the matrix itself held a nan.
    let per = st.rows * st.cols;
    for (i, v) in r.iter_mut().enumerate() {
        if v.is_nan() && !st.data[i * per..(i + 1) * per].iter().any(|x| x.is_nan()) {
            *v = f64::INFINITY;
        }
    }
    result(r, &st.shape, rd)
}

/// The inverse of one n×n matrix, all nan when it is singular (NumPy's `inv` gufunc under
/// `errstate(all='ignore')`).
fn inverse_or_nan(n: usize, m: &[f64]) -> PyResult<Vec<f64>> {
    let lu = super::solve::factor(n, m.to_vec())?;
    if lu.singular {
        return Ok(vec![f64::NAN; n * n]);
    }
    let mut b = vec![0.0; n * n];
    for i in 0..n {
        b[i * n + i] = 1.0;
    }
    lu.solve(&mut b, n, true);
    Ok(b)
}

fn assert_2d(a: &crate::array::object::NdArray) -> PyResult<()> {
    if a.ndim() != 2 {
        return Err(linalg_error(&format!(
            "{}-dimensional array given. Array must be two-dimensional",
            a.ndim()
        )));
    }
    Ok(())
}

pub fn lstsq(args: &Args) -> PyResult<Value> {
    let p = args.bind("lstsq", &["a", "b", "rcond"], 2)?;
    let a = arg_array(&p[0])?;
    let b = arg_array(&p[1])?;
    let is_1d = b.ndim() == 1;
    assert_2d(&a)?;
    if !is_1d {
        assert_2d(&b)?;
    }
    let (m, n) = (a.shape[0], a.shape[1]);
    let (m2, nrhs) = (b.shape[0], if is_1d { 1 } else { b.shape[1] });
    if m != m2 {
        return Err(linalg_error("Incompatible dimensions"));
    }
    let rd = compute_dtype(&[a.dtype, b.dtype])?;
    let rcond = match &p[2] {
        Some(v) if !matches!(v, Value::None) => to_f64(v)?,
        _ => f64::EPSILON * m.max(n) as f64,
    };
    let ad = crate::array::kernels::to_vec::<f64>(&a)?;
    let bd = crate::array::kernels::to_vec::<f64>(&b)?;
    let k = m.min(n);
    let svd = super::jacobi::svd(m, n, &ad);
    let smax = svd.s.first().copied().unwrap_or(0.0);
    // LAPACK: a negative rcond means machine precision.
    let rc = if rcond < 0.0 { f64::EPSILON } else { rcond };
    let rank = svd.s.iter().filter(|&&s| s > rc * smax).count();
    let mut x = vec![0.0; n * nrhs];
    let mut resid = vec![0.0; nrhs];
    for c in 0..nrhs {
        let col: Vec<f64> = (0..m).map(|i| bd[i * nrhs + c]).collect();
        // Uᵀ b, then x = V diag(1/s) (Uᵀ b) over the kept singular values.
        let utb: Vec<f64> = (0..k)
            .map(|j| (0..m).map(|i| svd.u[i * k + j] * col[i]).sum())
            .collect();
        for (j, (u, s)) in utb.iter().zip(&svd.s).enumerate().take(rank) {
            let f = u / s;
            for r in 0..n {
                x[r * nrhs + c] += svd.vt[j * n + r] * f;
            }
        }
        resid[c] = (0..m)
            .map(|i| {
                let proj: f64 = (0..k).map(|j| svd.u[i * k + j] * utb[j]).sum();
                (col[i] - proj) * (col[i] - proj)
            })
            .sum();
    }
    let xs: &[usize] = if is_1d { &[n] } else { &[n, nrhs] };
    let resids = if rank == n && m > n {
        result_array(resid, &[nrhs], rd)?
    } else {
        result_array(vec![], &[0], rd)?
    };
    Ok(Value::tuple(vec![
        result_array(x, xs, rd)?,
        resids,
        Value::Scalar(DType::I32, Num::Int(rank as i128)),
        result_array(svd.s, &[k], rd)?,
    ]))
}
