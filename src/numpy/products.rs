//! Products built on `multiply`, `sum` and `dot`: `np.trace`, `np.outer`, `np.inner`,
//! `np.vdot`, `np.kron` — each written as NumPy composes it, so dtypes, broadcasting and
//! errors are those of the underlying calls.

use super::Family;
use crate::array::element::Num;
use crate::array::object::{ArrayRef, NdArray};
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::numpy::linalg::np;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, to_i64};
use crate::value::Value;
use std::rc::Rc;

pub const FAMILY: Family = Family {
    names: &["trace", "outer", "inner", "vdot", "kron"],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    Some(match name {
        "trace" => trace(it, &args),
        "outer" => outer(it, &args),
        "inner" | "vdot" | "kron" => (|| {
            let a = args.bind(name, &["a", "b"], 2)?;
            let x = as_array(a[0].as_ref().unwrap_or(&Value::None))?;
            let y = as_array(a[1].as_ref().unwrap_or(&Value::None))?;
            match name {
                "inner" => inner(it, &x, &y),
                "vdot" => vdot(it, &x, &y),
                _ => kron(it, &x, &y),
            }
        })(),
        _ => return None,
    })
}

fn arr(a: &ArrayRef) -> Value {
    Value::Array(a.clone())
}

/// A shape as NumPy's C code prints it in `not aligned` errors: `(2,3)`, no spaces.
fn compact(s: &[usize]) -> String {
    let items: Vec<String> = s.iter().map(|d| d.to_string()).collect();
    match items.len() {
        1 => format!("({},)", items[0]),
        _ => format!("({})", items.join(",")),
    }
}

fn ints(v: &[usize]) -> Value {
    Value::ints(v.iter().map(|&d| d as i128))
}

/// `np.trace`: the sum along the last axis of `diagonal(a, offset, axis1, axis2)`.
fn trace(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let a = args.bind(
        "trace",
        &["a", "offset", "axis1", "axis2", "dtype", "out"],
        1,
    )?;
    let x = as_array(a[0].as_ref().unwrap_or(&Value::None))?;
    let int_or = |i: usize, d: i64| given(&a[i]).map(to_i64).transpose().map(|v| v.unwrap_or(d));
    let d = super::axes::diagonal(&x, int_or(1, 0)?, int_or(2, 0)?, int_or(3, 1)?)?;
    let mut kw = vec![("axis", Value::Int(-1))];
    if let Some(dt) = given(&a[4]) {
        kw.push(("dtype", dt.clone()));
    }
    if let Some(o) = given(&a[5]) {
        kw.push(("out", o.clone()));
    }
    np(it, "sum", vec![Value::Array(Rc::new(d))], kw)
}

/// `multiply(a.ravel()[:, newaxis], b.ravel()[newaxis, :], out)`.
fn outer(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let a = args.bind("outer", &["a", "b", "out"], 2)?;
    let x = as_array(a[0].as_ref().unwrap_or(&Value::None))?;
    let y = as_array(a[1].as_ref().unwrap_or(&Value::None))?;
    // NumPy ravels both first (a copy for a non-contiguous input, which is where a huge
    // zero-stride view fails), then multiplies a column by a row.
    let (xr, yr) = (
        np(it, "ravel", vec![arr(&x)], vec![])?,
        np(it, "ravel", vec![arr(&y)], vec![])?,
    );
    let col = np(it, "reshape", vec![xr, ints(&[x.size(), 1])], vec![])?;
    let row = np(it, "reshape", vec![yr, ints(&[1, y.size()])], vec![])?;
    let kw = match given(&a[2]) {
        Some(o) => vec![("out", o.clone())],
        None => vec![],
    };
    np(it, "multiply", vec![col, row], kw)
}

/// `np.inner`: a sum over the last axes, `dot(a, swapaxes(b, -1, -2))` in NumPy's C code
/// (whose error message this repeats), computed here as one 2-d `dot`.
fn inner(it: &mut dyn Context, a: &ArrayRef, b: &ArrayRef) -> PyResult<Value> {
    if a.ndim() == 0 || b.ndim() == 0 {
        return np(it, "multiply", vec![arr(a), arr(b)], vec![]);
    }
    let (ka, kb) = (a.shape[a.ndim() - 1], b.shape[b.ndim() - 1]);
    if ka != kb {
        let mut bt = b.shape.clone();
        let n = bt.len();
        if n >= 2 {
            bt.swap(n - 1, n - 2);
        }
        return Err(PyErr::value(format!(
            "shapes {} and {} not aligned: {} (dim {}) != {} (dim {})",
            compact(&a.shape),
            compact(&bt),
            ka,
            a.ndim() - 1,
            kb,
            n.saturating_sub(2)
        )));
    }
    if a.ndim() == 1 && b.ndim() == 1 {
        return np(it, "dot", vec![arr(a), arr(b)], vec![]);
    }
    let (ra, rb) = (a.size() / ka.max(1), b.size() / kb.max(1));
    let a2 = np(it, "reshape", vec![arr(a), ints(&[ra, ka])], vec![])?;
    let b2 = np(it, "reshape", vec![arr(b), ints(&[rb, kb])], vec![])?;
    let b2t = np(it, "transpose", vec![b2], vec![])?;
    let r = np(it, "dot", vec![a2, b2t], vec![])?;
    let shape: Vec<usize> = a.shape[..a.ndim() - 1]
        .iter()
        .chain(&b.shape[..b.ndim() - 1])
        .copied()
        .collect();
    np(it, "reshape", vec![r, ints(&shape)], vec![])
}

/// `np.vdot`: `dot(a.ravel().conj(), b.ravel())`; `b` is reshaped to `a`'s length, hence
/// NumPy's reshape error for a size mismatch.
fn vdot(it: &mut dyn Context, a: &ArrayRef, b: &ArrayRef) -> PyResult<Value> {
    if a.size() != b.size() {
        return Err(PyErr::value(format!(
            "cannot reshape array of size {} into shape ({},)",
            b.size(),
            a.size()
        )));
    }
    let fa = crate::array::kernels::to_contiguous(a, a.dtype)?;
    let fa = if a.dtype.is_complex() {
        let c = NdArray::zeros(&[a.size()], a.dtype)?;
        for (i, n) in fa.to_nums()?.into_iter().enumerate() {
            let (re, im) = n.as_complex();
            c.set(&[i], Num::Complex(re, -im));
        }
        c
    } else {
        fa
    };
    let fa = np(
        it,
        "reshape",
        vec![Value::Array(Rc::new(fa)), Value::Int(-1)],
        vec![],
    )?;
    let fb = np(it, "reshape", vec![arr(b), Value::Int(-1)], vec![])?;
    np(it, "dot", vec![fa, fb], vec![])
}

/// `np.kron`: both operands get the same rank (leading ones), `a`'s axes interleaved with
/// length-1 axes and `b`'s the other way round, multiplied and merged pairwise.
fn kron(it: &mut dyn Context, a: &ArrayRef, b: &ArrayRef) -> PyResult<Value> {
    let nd = a.ndim().max(b.ndim());
    if nd == 0 {
        return np(it, "multiply", vec![arr(a), arr(b)], vec![]);
    }
    let pad = |s: &[usize]| -> Vec<usize> {
        let mut v = vec![1; nd - s.len()];
        v.extend_from_slice(s);
        v
    };
    let (sa, sb) = (pad(&a.shape), pad(&b.shape));
    let ia: Vec<usize> = sa.iter().flat_map(|&d| [d, 1]).collect();
    let ib: Vec<usize> = sb.iter().flat_map(|&d| [1, d]).collect();
    let xa = np(it, "reshape", vec![arr(a), ints(&ia)], vec![])?;
    let xb = np(it, "reshape", vec![arr(b), ints(&ib)], vec![])?;
    let r = np(it, "multiply", vec![xa, xb], vec![])?;
    let shape: Vec<usize> = sa.iter().zip(&sb).map(|(x, y)| x * y).collect();
    np(it, "reshape", vec![r, ints(&shape)], vec![])
}
