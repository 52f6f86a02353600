//! Index sets of matrix parts and Vandermonde matrices: `np.tril_indices`,
//! `np.triu_indices` (and their `_from` forms), `np.diag_indices` (and `_from`),
//! `np.fill_diagonal` (with `wrap`) and `np.vander` — NumPy's Python definitions
//! (`lib/_twodim_base_impl.py`, `lib/_index_tricks_impl.py`) over arrsh's `tri`, fancy
//! indexing and cumulative products.

use super::Family;
use crate::array::dtype::DType;
use crate::error::{PyErr, PyResult};
use crate::numpy::compose::{get, np, np1, set, slice};
use crate::numpy::context::Context;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, to_i64, truthy};
use crate::value::Value;
use std::rc::Rc;

pub const FAMILY: Family = Family {
    names: &[
        "tril_indices",
        "triu_indices",
        "tril_indices_from",
        "triu_indices_from",
        "diag_indices",
        "diag_indices_from",
        "fill_diagonal",
        "vander",
    ],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    Some(match name {
        "tril_indices" | "triu_indices" => (|| {
            let p = args.bind(name, &["n", "k", "m"], 1)?;
            let k = given(&p[1]).map(to_i64).transpose()?.unwrap_or(0);
            tri_indices(it, name == "triu_indices", &arg(&p[0]), k, &arg(&p[2]))
        })(),
        "tril_indices_from" | "triu_indices_from" => (|| {
            let p = args.bind(name, &["arr", "k"], 1)?;
            let a = as_array(&arg(&p[0]))?;
            if a.ndim() != 2 {
                return Err(PyErr::value("input array must be 2-d"));
            }
            let k = given(&p[1]).map(to_i64).transpose()?.unwrap_or(0);
            let (n, m) = (
                Value::Int(a.shape[0] as i128),
                Value::Int(a.shape[1] as i128),
            );
            tri_indices(it, name == "triu_indices_from", &n, k, &m)
        })(),
        "diag_indices" => (|| {
            let p = args.bind(name, &["n", "ndim"], 1)?;
            let nd = given(&p[1]).map(to_i64).transpose()?.unwrap_or(2);
            diag_indices(it, &arg(&p[0]), nd)
        })(),
        "diag_indices_from" => (|| {
            let p = args.bind(name, &["arr"], 1)?;
            let a = as_array(&arg(&p[0]))?;
            if a.ndim() < 2 {
                return Err(PyErr::value("input array must be at least 2-d"));
            }
            if a.shape.iter().any(|&d| d != a.shape[0]) {
                return Err(PyErr::value(
                    "All dimensions of input must be of equal length",
                ));
            }
            diag_indices(it, &Value::Int(a.shape[0] as i128), a.ndim() as i64)
        })(),
        "fill_diagonal" => fill_diagonal(it, &args),
        "vander" => vander(it, &args),
        _ => return None,
    })
}

fn arg(v: &Option<Value>) -> Value {
    v.clone().unwrap_or(Value::None)
}

/// `tuple(broadcast_to(inds, tri_.shape)[tri_] for inds in indices(tri_.shape,
/// sparse=True))` with `tri_ = tri(n, m, k)` (or its complement above `k - 1`).
fn tri_indices(it: &mut dyn Context, upper: bool, n: &Value, k: i64, m: &Value) -> PyResult<Value> {
    let kk = if upper { k - 1 } else { k };
    let mut mask = np(
        it,
        "tri",
        vec![n.clone(), m.clone()],
        vec![
            ("k", Value::Int(kk as i128)),
            ("dtype", Value::DType(DType::Bool)),
        ],
    )?;
    if upper {
        mask = np1(it, "logical_not", vec![mask])?;
    }
    let dims = as_array(&mask)?.shape.clone();
    let shape = Value::ints(dims.iter().map(|&d| d as i128));
    let mut out = Vec::new();
    // `indices(shape, sparse=True)`: an arange on each axis, ones elsewhere.
    for (axis, &d) in dims.iter().enumerate() {
        let mut s = vec![1i128; dims.len()];
        s[axis] = d as i128;
        let r = np1(it, "arange", vec![Value::Int(d as i128)])?;
        let g = np1(it, "reshape", vec![r, Value::ints(s)])?;
        let b = np1(it, "broadcast_to", vec![g, shape.clone()])?;
        out.push(get(&b, &mask)?);
    }
    Ok(Value::tuple(out))
}

/// `(arange(n),) * ndim`.
fn diag_indices(it: &mut dyn Context, n: &Value, nd: i64) -> PyResult<Value> {
    let idx = np1(it, "arange", vec![n.clone()])?;
    Ok(Value::tuple(vec![idx; nd.max(0) as usize]))
}

/// `np.fill_diagonal(a, val, wrap=False)`: `a.flat[:end:step] = val` in place, the
/// values repeating as flat assignment repeats them.
fn fill_diagonal(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("fill_diagonal", &["a", "val", "wrap"], 2)?;
    let av = arg(&p[0]);
    let a = as_array(&av)?;
    if a.ndim() < 2 {
        return Err(PyErr::value("array must be at least 2-d"));
    }
    let wrap = given(&p[2]).map(truthy).transpose()?.unwrap_or(false);
    let size = a.size();
    let (step, end) = if a.ndim() == 2 {
        let step = a.shape[1] + 1;
        (
            step,
            if wrap {
                size
            } else {
                (a.shape[1] * a.shape[1]).min(size)
            },
        )
    } else {
        if a.shape.iter().any(|&d| d != a.shape[0]) {
            return Err(PyErr::value(
                "All dimensions of input must be of equal length",
            ));
        }
        let mut acc = 1usize;
        let mut sum = 0usize;
        for &d in &a.shape[..a.ndim() - 1] {
            acc *= d;
            sum += acc;
        }
        (1 + sum, size)
    };
    let pos: Vec<i128> = (0..end).step_by(step.max(1)).map(|i| i as i128).collect();
    if pos.is_empty() {
        return Ok(Value::None);
    }
    let count = pos.len() as i128;
    let flat_idx = np1(it, "array", vec![Value::ints(pos)])?;
    let shape = Value::ints(a.shape.iter().map(|&d| d as i128));
    let multi = np1(it, "unravel_index", vec![flat_idx, shape])?;
    let vals = np1(it, "asarray", vec![arg(&p[1])])?;
    if as_array(&vals)?.size() == 0 {
        return Ok(Value::None);
    }
    let vals = np1(it, "ravel", vec![vals])?;
    let vals = np1(it, "resize", vec![vals, Value::Int(count)])?;
    a.check_writeable()?;
    set(&av, &multi, &vals)?;
    Ok(Value::None)
}

/// `np.vander(x, N=None, increasing=False)`: powers by a running product along each row,
/// in `promote_types(x.dtype, int)`.
fn vander(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("vander", &["x", "N", "increasing"], 1)?;
    let x = np1(it, "asarray", vec![arg(&p[0])])?;
    let xa = as_array(&x)?;
    if xa.ndim() != 1 {
        return Err(PyErr::value(
            "x must be a one-dimensional array or sequence.",
        ));
    }
    let len = xa.shape[0] as i128;
    let n = given(&p[1])
        .map(to_i64)
        .transpose()?
        .map(|n| n as i128)
        .unwrap_or(len);
    let increasing = given(&p[2]).map(truthy).transpose()?.unwrap_or(false);
    let dt = np1(
        it,
        "promote_types",
        vec![Value::DType(xa.dtype), Value::DType(DType::I64)],
    )?;
    let v = np(
        it,
        "empty",
        vec![Value::ints([len, n])],
        vec![("dtype", dt)],
    )?;
    let all = slice(None, None);
    let tmp = if increasing {
        v.clone()
    } else {
        let rev = Value::Slice(Rc::new([Value::None, Value::None, Value::Int(-1)]));
        get(&v, &Value::tuple(vec![all.clone(), rev]))?
    };
    if n > 0 {
        set(
            &tmp,
            &Value::tuple(vec![all.clone(), Value::Int(0)]),
            &Value::Int(1),
        )?;
    }
    if n > 1 {
        let rest = Value::tuple(vec![all.clone(), slice(Some(1), None)]);
        let col = get(&x, &Value::tuple(vec![all, Value::None]))?;
        set(&tmp, &rest, &col)?;
        let part = get(&tmp, &rest)?;
        let acc = np(it, "cumprod", vec![part], vec![("axis", Value::Int(1))])?;
        set(&tmp, &rest, &acc)?;
    }
    Ok(v)
}
