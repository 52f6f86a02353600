//! Matrices built from diagonals and triangles: `np.diag`, `np.diagflat`, `np.tri`,
//! `np.tril`, `np.triu` (NumPy's `lib/_twodim_base_impl.py`).
//!
//! `diag` of a matrix is `np.diagonal` (a read-only view); of a vector, a new square
//! matrix. `tril`/`triu` are `where(mask, m, 0)` with the mask `tri` builds from the last
//! two axes, so a 1-d input broadcasts to a square matrix as in NumPy.

use super::Family;
use crate::array::dtype::DType;
use crate::array::element::{coerce, Num};
use crate::array::object::{ArrayRef, NdArray};
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, to_dtype, to_i64};
use crate::value::Value;
use std::rc::Rc;

pub const FAMILY: Family = Family {
    names: &["diag", "diagflat", "tri", "tril", "triu"],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    Some(match name {
        "diag" | "diagflat" => (|| {
            let a = args.bind(name, &["v", "k"], 1)?;
            let v = as_array(a[0].as_ref().unwrap_or(&Value::None))?;
            let k = int_arg(&a[1], 0)?;
            match (name, v.ndim()) {
                ("diag", 1) | ("diagflat", _) => from_diagonal(&v, k),
                ("diag", 2) => super::axes::diagonal(&v, k, 0, 1).map(|d| Value::Array(Rc::new(d))),
                _ => Err(PyErr::value("Input must be 1- or 2-d.")),
            }
        })(),
        "tri" => (|| {
            let a = args.bind("tri", &["N", "M", "k", "dtype", "*like"], 1)?;
            let n = int_arg(&a[0], 0)?;
            let m = match given(&a[1]) {
                None => n,
                Some(v) => to_i64(v)?,
            };
            let dtype = match given(&a[3]) {
                None => DType::F64,
                Some(d) => to_dtype(d)?,
            };
            Ok(Value::Array(Rc::new(tri(n, m, int_arg(&a[2], 0)?, dtype)?)))
        })(),
        "tril" | "triu" => triangle(it, name, &args),
        _ => return None,
    })
}

fn int_arg(v: &Option<Value>, default: i64) -> PyResult<i64> {
    given(v)
        .map(to_i64)
        .transpose()
        .map(|v| v.unwrap_or(default))
}

/// A square matrix with the elements of `v` (flattened) on diagonal `k`, zeros elsewhere.
fn from_diagonal(v: &ArrayRef, k: i64) -> PyResult<Value> {
    let items = v.to_nums()?;
    let n = items.len() + k.unsigned_abs() as usize;
    let res = NdArray::zeros(&[n, n], v.dtype)?;
    let (r0, c0) = if k >= 0 {
        (0, k as usize)
    } else {
        ((-k) as usize, 0)
    };
    for (i, x) in items.into_iter().enumerate() {
        res.set(&[r0 + i, c0 + i], x);
    }
    Ok(Value::Array(Rc::new(res)))
}

/// `np.tri(N, M, k)`: ones at and below diagonal `k` (`j <= i + k`); a negative `N` or `M`
/// counts as zero, as `arange` of it is empty.
fn tri(n: i64, m: i64, k: i64, dtype: DType) -> PyResult<NdArray> {
    let (rows, cols) = (n.max(0) as usize, m.max(0) as usize);
    let res = NdArray::zeros(&[rows, cols], dtype)?;
    let one = coerce(dtype, Num::Int(1));
    for i in 0..rows {
        for j in 0..cols {
            if (j as i128) <= i as i128 + k as i128 {
                res.set(&[i, j], one);
            }
        }
    }
    Ok(res)
}

/// `np.tril(m, k)` / `np.triu(m, k)`: `where(tri(*m.shape[-2:], k), m, 0)` and
/// `where(tri(*m.shape[-2:], k - 1), 0, m)`.
fn triangle(it: &mut dyn Context, name: &str, args: &Args) -> PyResult<Value> {
    let a = args.bind(name, &["m", "k"], 1)?;
    let m = as_array(a[0].as_ref().unwrap_or(&Value::None))?;
    let k = int_arg(&a[1], 0)?;
    let (rows, cols) = match m.shape.as_slice() {
        [] => {
            return Err(PyErr::type_err(
                "tri() missing 1 required positional argument: 'N'",
            ))
        }
        [n] => (*n as i64, *n as i64),
        [.., r, c] => (*r as i64, *c as i64),
    };
    let lower = name == "tril";
    let mask = tri(rows, cols, if lower { k } else { k - 1 }, DType::Bool)?;
    let zero = Value::Array(Rc::new(NdArray::zeros(&[1], m.dtype)?));
    let (mask, m) = (Value::Array(Rc::new(mask)), Value::Array(m));
    let (x, y) = if lower { (m, zero) } else { (zero, m) };
    super::call(it, "numpy.where", Args::new(vec![mask, x, y]))
}
