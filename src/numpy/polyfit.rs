//! `np.roots` and `np.polyfit`, written as NumPy's Python (`lib/_polynomial_impl.py`)
//! through `np.*` calls: the roots are the eigenvalues of the companion matrix
//! (`np.linalg.eigvals`), the fit is a least-squares solve of the column-scaled
//! Vandermonde matrix (`np.linalg.lstsq`), so their last bits follow arrsh's linalg
//! (docs/differences.md).

use super::Family;
use crate::array::dtype::DType;
use crate::error::{PyErr, PyResult};
use crate::numpy::compose::{arg, get, np, np1, set, slice};
use crate::numpy::context::Context;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, to_i64, truthy};
use crate::value::Value;

pub const FAMILY: Family = Family {
    names: &["roots", "polyfit"],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    Some(match name {
        "roots" => roots(it, &args),
        "polyfit" => polyfit(it, &args),
        _ => return None,
    })
}

fn int(i: usize) -> Value {
    Value::Int(i as i128)
}

/// `np.roots(p)`.
fn roots(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let a = args.bind("roots", &["p"], 1)?;
    let p = np1(it, "atleast_1d", vec![arg(&a[0])])?;
    if as_array(&p)?.ndim() != 1 {
        return Err(PyErr::value("Input must be a rank-1 array."));
    }
    let flat = np1(it, "ravel", vec![p.clone()])?;
    let nz = as_array(&get(&np1(it, "nonzero", vec![flat])?, &Value::Int(0))?)?;
    let nz = crate::array::kernels::to_vec::<i64>(&crate::array::kernels::to_contiguous(
        &nz,
        DType::I64,
    )?)?;
    let (Some(&first), Some(&last)) = (nz.first(), nz.last()) else {
        return np1(it, "array", vec![Value::list(vec![])]);
    };
    let len = as_array(&p)?.shape[0] as i64;
    let trailing = len - last - 1;
    let mut p = get(&p, &slice(Some(first as i128), Some(last as i128 + 1)))?;
    if !as_array(&p)?.dtype.is_inexact() {
        p = crate::numpy::quantile::method(it, &p, "astype", vec![Value::DType(DType::F64)])?;
    }
    let pa = as_array(&p)?;
    let n = pa.shape[0];
    let roots = if n > 1 {
        let ones = np(
            it,
            "ones",
            vec![Value::tuple(vec![int(n - 2)])],
            vec![("dtype", Value::DType(pa.dtype))],
        )?;
        let a = np1(it, "diag", vec![ones, Value::Int(-1)])?;
        let tail = get(&p, &slice(Some(1), None))?;
        let lead = get(&p, &Value::Int(0))?;
        let neg = np1(it, "negative", vec![tail])?;
        let row = np1(it, "true_divide", vec![neg, lead])?;
        set(
            &a,
            &Value::tuple(vec![Value::Int(0), slice(None, None)]),
            &row,
        )?;
        np1(it, "linalg.eigvals", vec![a])?
    } else {
        np1(it, "array", vec![Value::list(vec![])])?
    };
    let dt = Value::DType(as_array(&roots)?.dtype);
    let zeros = np(
        it,
        "zeros",
        vec![Value::Int(trailing as i128)],
        vec![("dtype", dt)],
    )?;
    np1(it, "hstack", vec![Value::tuple(vec![roots, zeros])])
}

/// `np.polyfit(x, y, deg, rcond=None, full=False, w=None, cov=False)`.
fn polyfit(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let names = ["x", "y", "deg", "rcond", "full", "w", "cov"];
    let a = args.bind("polyfit", &names, 3)?;
    let deg = to_i64(&arg(&a[2]))?;
    let order = deg + 1;
    let x = np1(it, "asarray", vec![arg(&a[0])])?;
    let x = np1(it, "add", vec![x, Value::Float(0.0)])?;
    let y = np1(it, "asarray", vec![arg(&a[1])])?;
    let y = np1(it, "add", vec![y, Value::Float(0.0)])?;
    let (xa, ya) = (as_array(&x)?, as_array(&y)?);
    if deg < 0 {
        return Err(PyErr::value("expected deg >= 0"));
    }
    if xa.ndim() != 1 {
        return Err(PyErr::type_err("expected 1D vector for x"));
    }
    if xa.size() == 0 {
        return Err(PyErr::type_err("expected non-empty vector for x"));
    }
    if ya.ndim() < 1 || ya.ndim() > 2 {
        return Err(PyErr::type_err("expected 1D or 2D array for y"));
    }
    if xa.shape[0] != ya.shape[0] {
        return Err(PyErr::type_err("expected x and y to have same length"));
    }
    let full = given(&a[4]).map(truthy).transpose()?.unwrap_or(false);
    let cov = match given(&a[6]) {
        None => Cov::No,
        Some(Value::Str(s)) if &**s == "unscaled" => Cov::Unscaled,
        Some(v) => {
            if truthy(v)? {
                Cov::Scaled
            } else {
                Cov::No
            }
        }
    };
    // `len(x) * finfo(x.dtype).eps`: a NumPy scalar of x's real precision.
    let n = xa.shape[0];
    let default_rcond = match xa.dtype {
        DType::F32 | DType::C64 => {
            let v = (n as f32 * f32::EPSILON) as f64;
            Value::Scalar(DType::F32, crate::array::element::Num::Float(v))
        }
        _ => Value::Scalar(
            DType::F64,
            crate::array::element::Num::Float(n as f64 * f64::EPSILON),
        ),
    };
    let rcond = given(&a[3]).cloned().unwrap_or(default_rcond);
    let mut lhs = np1(it, "vander", vec![x.clone(), Value::Int(order as i128)])?;
    let mut rhs = y.clone();
    let newaxis = |v: &Value| get(v, &Value::tuple(vec![slice(None, None), Value::None]));
    if let Some(w) = given(&a[5]) {
        let w = np1(it, "asarray", vec![w.clone()])?;
        let w = np1(it, "add", vec![w, Value::Float(0.0)])?;
        let wa = as_array(&w)?;
        if wa.ndim() != 1 {
            return Err(PyErr::type_err("expected a 1-d array for weights"));
        }
        if wa.shape[0] != ya.shape[0] {
            return Err(PyErr::type_err("expected w and y to have the same length"));
        }
        let wcol = newaxis(&w)?;
        lhs = np1(it, "multiply", vec![lhs, wcol.clone()])?;
        rhs = if ya.ndim() == 2 {
            np1(it, "multiply", vec![rhs, wcol])?
        } else {
            np1(it, "multiply", vec![rhs, w])?
        };
    }
    let sq = np1(it, "multiply", vec![lhs.clone(), lhs.clone()])?;
    let sums = np(it, "sum", vec![sq], vec![("axis", Value::Int(0))])?;
    let scale = np1(it, "sqrt", vec![sums])?;
    let lhs = np1(it, "true_divide", vec![lhs, scale.clone()])?;
    let res = np1(it, "linalg.lstsq", vec![lhs.clone(), rhs, rcond.clone()])?;
    let Value::Tuple(parts) = &res else {
        return Err(PyErr::type_err("np.linalg.lstsq did not return a tuple"));
    };
    let [c, resids, rank, s] = &parts[..] else {
        return Err(PyErr::type_err("np.linalg.lstsq did not return 4 values"));
    };
    let (c, resids, rank, s) = (c.clone(), resids.clone(), rank.clone(), s.clone());
    let ct = np1(it, "transpose", vec![c])?;
    let cs = np1(it, "true_divide", vec![ct, scale.clone()])?;
    let c = np1(it, "transpose", vec![cs])?;
    if to_i64(&rank)? != order && !full {
        it.warn("RankWarning", "Polyfit may be poorly conditioned");
    }
    if full {
        return Ok(Value::tuple(vec![c, resids, rank, s, rcond]));
    }
    if cov == Cov::No {
        return Ok(c);
    }
    // Vbase = inv(dot(lhs.T, lhs)) / outer(scale, scale)
    let lt = np1(it, "transpose", vec![lhs.clone()])?;
    let gram = np1(it, "dot", vec![lt, lhs])?;
    let inv = np1(it, "linalg.inv", vec![gram])?;
    let outer = np1(it, "outer", vec![scale.clone(), scale])?;
    let vbase = np1(it, "true_divide", vec![inv, outer])?;
    let fac = if cov == Cov::Unscaled {
        Value::Float(1.0)
    } else {
        let n = xa.shape[0] as i64;
        if n <= order {
            return Err(PyErr::value(
                "the number of data points must exceed order to scale the covariance matrix",
            ));
        }
        np1(
            it,
            "true_divide",
            vec![resids, Value::Int((n - order) as i128)],
        )?
    };
    if ya.ndim() == 1 {
        let v = np1(it, "multiply", vec![vbase, fac])?;
        return Ok(Value::tuple(vec![c, v]));
    }
    // Vbase[:, :, NX.newaxis] * fac
    let vb = get(
        &vbase,
        &Value::tuple(vec![slice(None, None), slice(None, None), Value::None]),
    )?;
    let v = np1(it, "multiply", vec![vb, fac])?;
    Ok(Value::tuple(vec![c, v]))
}

#[derive(PartialEq, Clone, Copy)]
enum Cov {
    No,
    Scaled,
    Unscaled,
}
