//! The decompositions of `np.linalg` on stacks of matrices (complex ones: complex.rs): `slogdet`, `cholesky`,
//! `qr`, `eigh`/`eigvalsh`, `eig`/`eigvals` and `svd`, with NumPy 2's signatures, result
//! namedtuples and errors. Each matrix of a stack is factored on its own (factor.rs,
//! jacobi.rs, general.rs) in float64 and the results cast as `_commonType` says.

use super::common::{
    arg_array, compute_dtype, linalg_error, result, result_array, square_stack, stacked_2d,
    with_tail, Stack,
};
use super::{factor, general, jacobi, results};
use crate::array::dtype::DType;
use crate::array::element::C64;
use crate::array::kernels;
use crate::array::object::NdArray;
use crate::error::{PyErr, PyResult};
use crate::value::args::Args;
use crate::value::Value;
use std::rc::Rc;

fn named(class: &'static str, fields: &'static [&'static str], items: Vec<Value>) -> Value {
    results::value(class, fields, items)
}

fn truthy(v: &Option<Value>, default: bool) -> PyResult<bool> {
    match v {
        None => Ok(default),
        Some(v) => crate::value::convert::truthy(v),
    }
}

pub fn slogdet(args: &Args) -> PyResult<Value> {
    let p = args.bind("slogdet", &["a"], 1)?;
    let a = arg_array(&p[0])?;
    square_stack(&a)?;
    let rd = compute_dtype(&[a.dtype])?;
    let st = Stack::of(&a)?;
    let n = st.rows;
    let (mut signs, mut logs) = (Vec::new(), Vec::new());
    for s in 0..st.count() {
        let lu = super::solve::factor(n, st.matrix(s).to_vec())?;
        let mut sign = 1.0;
        let mut logdet = 0.0;
        for (j, &p) in lu.piv.iter().enumerate() {
            if p != j {
                sign = -sign;
            }
            let d = lu.lu[j * n + j];
            if d < 0.0 {
                sign = -sign;
            }
            logdet += d.abs().ln();
        }
        if lu.singular {
            sign = 0.0;
            logdet = f64::NEG_INFINITY;
        }
        signs.push(sign);
        logs.push(logdet);
    }
    Ok(named(
        "numpy.linalg._linalg.SlogdetResult",
        &["sign", "logabsdet"],
        vec![result(signs, &st.shape, rd)?, result(logs, &st.shape, rd)?],
    ))
}

pub fn cholesky(args: &Args) -> PyResult<Value> {
    let p = args.bind("cholesky", &["a", "*upper"], 1)?;
    let a = arg_array(&p[0])?;
    let upper = truthy(&p[1], false)?;
    square_stack(&a)?;
    if a.dtype.is_complex() {
        return super::complex::cholesky(&a, upper);
    }
    let rd = compute_dtype(&[a.dtype])?;
    let st = Stack::of(&a)?;
    let n = st.rows;
    let mut out = Vec::with_capacity(st.data.len());
    for s in 0..st.count() {
        let m = st.matrix(s);
        // `upper` factors the upper triangle: the lower one of the transpose.
        let src: Vec<f64> = if upper {
            (0..n * n).map(|x| m[(x % n) * n + x / n]).collect()
        } else {
            m.to_vec()
        };
        let l = factor::cholesky(n, &src)
            .ok_or_else(|| linalg_error("Matrix is not positive definite"))?;
        if upper {
            out.extend((0..n * n).map(|x| l[(x % n) * n + x / n]));
        } else {
            out.extend(l);
        }
    }
    result_array(out, &a.shape, rd)
}

pub fn qr(args: &Args) -> PyResult<Value> {
    let p = args.bind("qr", &["a", "mode"], 1)?;
    let a = arg_array(&p[0])?;
    let mode = match &p[1] {
        None => "reduced".to_string(),
        Some(Value::Str(s)) => s.to_string(),
        Some(v) => crate::format::str_of(v),
    };
    if !matches!(mode.as_str(), "reduced" | "complete" | "r" | "raw") {
        return Err(PyErr::value(format!("Unrecognized mode '{}'", mode)));
    }
    stacked_2d(&a)?;
    let rd = compute_dtype(&[a.dtype])?;
    let st = Stack::of(&a)?;
    let (m, n) = (st.rows, st.cols);
    let k = m.min(n);
    let (qc, rr) = if mode == "complete" { (m, m) } else { (k, k) };
    let (mut qs, mut rs, mut hs, mut taus) = (vec![], vec![], vec![], vec![]);
    for s in 0..st.count() {
        let f = factor::qr(m, n, st.matrix(s).to_vec());
        if mode == "raw" {
            hs.extend((0..n * m).map(|x| f.a[(x % m) * n + x / m]));
            taus.extend(f.tau.iter().copied());
            continue;
        }
        rs.extend(f.r(rr));
        if mode != "r" {
            qs.extend(f.q(qc));
        }
    }
    match mode.as_str() {
        "raw" => Ok(Value::tuple(vec![
            result_array(hs, &with_tail(&st.shape, &[n, m]), rd)?,
            result_array(taus, &with_tail(&st.shape, &[k]), rd)?,
        ])),
        "r" => result_array(rs, &with_tail(&st.shape, &[rr, n]), rd),
        _ => Ok(named(
            "numpy.linalg._linalg.QRResult",
            &["Q", "R"],
            vec![
                result_array(qs, &with_tail(&st.shape, &[m, qc]), rd)?,
                result_array(rs, &with_tail(&st.shape, &[rr, n]), rd)?,
            ],
        )),
    }
}

/// The symmetric matrix `eigh` sees: the `uplo` triangle mirrored.
fn symmetric(n: usize, m: &[f64], upper: bool) -> Vec<f64> {
    (0..n * n)
        .map(|x| {
            let (i, j) = (x / n, x % n);
            let lower = i >= j;
            if lower != upper || i == j {
                m[x]
            } else {
                m[j * n + i]
            }
        })
        .collect()
}

fn uplo(v: &Option<Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(Value::Str(s)) if &**s == "L" || &**s == "l" => Ok(false),
        Some(Value::Str(s)) if &**s == "U" || &**s == "u" => Ok(true),
        _ => Err(PyErr::value("UPLO argument must be 'L' or 'U'")),
    }
}

/// Eigenvalues (stack × n) and eigenvectors (stack × n × n) of symmetric matrices.
pub fn eigh_stack(st: &Stack, upper: bool, vectors: bool) -> (Vec<f64>, Vec<f64>) {
    let n = st.rows;
    let (mut ws, mut vs) = (vec![], vec![]);
    for s in 0..st.count() {
        let (w, v) = jacobi::eigh(n, symmetric(n, st.matrix(s), upper), vectors);
        ws.extend(w);
        vs.extend(v);
    }
    (ws, vs)
}

pub fn eigh(args: &Args) -> PyResult<Value> {
    let p = args.bind("eigh", &["a", "UPLO"], 1)?;
    let a = arg_array(&p[0])?;
    let upper = uplo(&p[1])?;
    square_stack(&a)?;
    if a.dtype.is_complex() {
        let (w, v) = super::complex::eigh(&a, upper, true)?;
        return Ok(named(
            "numpy.linalg._linalg.EighResult",
            &["eigenvalues", "eigenvectors"],
            vec![w, v.unwrap_or(Value::None)],
        ));
    }
    let rd = compute_dtype(&[a.dtype])?;
    let st = Stack::of(&a)?;
    let (w, v) = eigh_stack(&st, upper, true);
    Ok(named(
        "numpy.linalg._linalg.EighResult",
        &["eigenvalues", "eigenvectors"],
        vec![
            result_array(w, &with_tail(&st.shape, &[st.rows]), rd)?,
            result_array(v, &a.shape, rd)?,
        ],
    ))
}

pub fn eigvalsh(args: &Args) -> PyResult<Value> {
    let p = args.bind("eigvalsh", &["a", "UPLO"], 1)?;
    let a = arg_array(&p[0])?;
    let upper = uplo(&p[1])?;
    square_stack(&a)?;
    if a.dtype.is_complex() {
        return Ok(super::complex::eigh(&a, upper, false)?.0);
    }
    let rd = compute_dtype(&[a.dtype])?;
    let st = Stack::of(&a)?;
    let (w, _) = eigh_stack(&st, upper, false);
    result_array(w, &with_tail(&st.shape, &[st.rows]), rd)
}

/// Complex values as an array of `dtype` (complex128, or complex64 for float32 input),
/// or their real parts as the real dtype when `real`.
fn complex_array(v: Vec<C64>, shape: &[usize], rd: DType, real: bool) -> PyResult<Value> {
    if real {
        return result_array(v.iter().map(|c| c.re).collect(), shape, rd);
    }
    let r = NdArray::from_vec(v, shape)?;
    let r = if rd == DType::F32 {
        kernels::to_contiguous(&r, DType::C64)?
    } else {
        r
    };
    Ok(Value::Array(Rc::new(r)))
}

fn eig_common(args: &Args, name: &str, vectors: bool) -> PyResult<Value> {
    let p = args.bind(name, &["a"], 1)?;
    let a = arg_array(&p[0])?;
    square_stack(&a)?;
    let rd = compute_dtype(&[a.dtype])?;
    let st = Stack::of(&a)?;
    if st.data.iter().any(|x| !x.is_finite()) {
        return Err(linalg_error("Array must not contain infs or NaNs"));
    }
    let n = st.rows;
    let (mut ws, mut vs) = (vec![], vec![]);
    for s in 0..st.count() {
        let m = st.matrix(s);
        let failed = || linalg_error("Eigenvalues did not converge");
        if vectors {
            let (w, v) = general::eig(n, m).ok_or_else(failed)?;
            ws.extend(w);
            vs.extend(v);
        } else {
            ws.extend(general::eigvals(n, m).ok_or_else(failed)?);
        }
    }
    // NumPy returns real arrays when every eigenvalue of the stack is real.
    let real = ws.iter().all(|w| w.im == 0.0);
    let w = complex_array(ws, &with_tail(&st.shape, &[n]), rd, real)?;
    if !vectors {
        return Ok(w);
    }
    Ok(named(
        "numpy.linalg._linalg.EigResult",
        &["eigenvalues", "eigenvectors"],
        vec![w, complex_array(vs, &a.shape, rd, real)?],
    ))
}

pub fn eig(args: &Args) -> PyResult<Value> {
    eig_common(args, "eig", true)
}

pub fn eigvals(args: &Args) -> PyResult<Value> {
    eig_common(args, "eigvals", false)
}

/// The SVD of every matrix of a stack: `u` (stack × m × ucols), `s` (stack × k) and `vt`
/// (stack × vrows × n); full matrices when `full`.
pub struct StackSvd {
    pub u: Vec<f64>,
    pub s: Vec<f64>,
    pub vt: Vec<f64>,
    pub ucols: usize,
    pub vrows: usize,
}

pub fn svd_stack(st: &Stack, full: bool) -> StackSvd {
    let (m, n) = (st.rows, st.cols);
    let k = m.min(n);
    let (ucols, vrows) = if full { (m, n) } else { (k, k) };
    let mut out = StackSvd {
        u: vec![],
        s: vec![],
        vt: vec![],
        ucols,
        vrows,
    };
    for i in 0..st.count() {
        let r = jacobi::svd(m, n, st.matrix(i));
        out.s.extend(&r.s);
        if full {
            let ucol: Vec<Vec<f64>> = (0..k)
                .map(|c| (0..m).map(|x| r.u[x * k + c]).collect())
                .collect();
            let u = jacobi::extend_basis(m, ucol);
            out.u.extend((0..m * m).map(|x| u[x % m][x / m]));
            let vrow: Vec<Vec<f64>> = (0..k).map(|x| r.vt[x * n..(x + 1) * n].to_vec()).collect();
            for row in jacobi::extend_basis(n, vrow) {
                out.vt.extend(row);
            }
        } else {
            out.u.extend(r.u);
            out.vt.extend(r.vt);
        }
    }
    out
}

pub fn svd(args: &Args) -> PyResult<Value> {
    let p = args.bind("svd", &["a", "full_matrices", "compute_uv", "hermitian"], 1)?;
    let a = arg_array(&p[0])?;
    let full = truthy(&p[1], true)?;
    let uv = truthy(&p[2], true)?;
    let hermitian = truthy(&p[3], false)?;
    stacked_2d(&a)?;
    if a.dtype.is_complex() && !hermitian {
        let mut r = super::complex::svd(&a, full, uv)?;
        if r.len() == 1 {
            return Ok(r.remove(0));
        }
        return Ok(named(
            "numpy.linalg._linalg.SVDResult",
            &["U", "S", "Vh"],
            r,
        ));
    }
    let rd = compute_dtype(&[a.dtype])?;
    let st = Stack::of(&a)?;
    let (m, n) = (st.rows, st.cols);
    let k = m.min(n);
    if hermitian {
        square_stack(&a)?;
        return svd_hermitian(&st, uv, rd);
    }
    let r = svd_stack(&st, full);
    let s = result_array(r.s, &with_tail(&st.shape, &[k]), rd)?;
    if !uv {
        return Ok(s);
    }
    Ok(named(
        "numpy.linalg._linalg.SVDResult",
        &["U", "S", "Vh"],
        vec![
            result_array(r.u, &with_tail(&st.shape, &[m, r.ucols]), rd)?,
            s,
            result_array(r.vt, &with_tail(&st.shape, &[r.vrows, n]), rd)?,
        ],
    ))
}

/// NumPy's `svd(hermitian=True)`: from `eigh`, singular values `|w|` in descending order,
/// `Vh` the eigenvectors' transpose with each row times the eigenvalue's sign.
fn svd_hermitian(st: &Stack, uv: bool, rd: DType) -> PyResult<Value> {
    let n = st.rows;
    let (w, v) = eigh_stack(st, false, uv);
    let (mut u, mut s, mut vt) = (vec![], vec![], vec![]);
    for i in 0..st.count() {
        let wi = &w[i * n..(i + 1) * n];
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by(|&x, &y| wi[y].abs().total_cmp(&wi[x].abs()));
        s.extend(order.iter().map(|&j| wi[j].abs()));
        if uv {
            let vi = &v[i * n * n..(i + 1) * n * n];
            for r in 0..n {
                u.extend(order.iter().map(|&j| vi[r * n + j]));
            }
            for &j in &order {
                let sg = if wi[j] > 0.0 {
                    1.0
                } else if wi[j] < 0.0 {
                    -1.0
                } else {
                    0.0
                };
                vt.extend((0..n).map(|r| vi[r * n + j] * sg));
            }
        }
    }
    let s = result_array(s, &with_tail(&st.shape, &[n]), rd)?;
    if !uv {
        return Ok(s);
    }
    let shape = with_tail(&st.shape, &[n, n]);
    Ok(named(
        "numpy.linalg._linalg.SVDResult",
        &["U", "S", "Vh"],
        vec![
            result_array(u, &shape, rd)?,
            s,
            result_array(vt, &shape, rd)?,
        ],
    ))
}
