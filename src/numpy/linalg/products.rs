//! The products and tensor routines NumPy writes in Python on top of `dot`, `matmul`,
//! `inv` and `solve`: `np.tensordot`, `np.linalg.multi_dot` (with its cheapest
//! parenthesization), `matrix_power` (repeated squaring), `tensorinv` and `tensorsolve`.
//! Each follows `numpy/linalg/_linalg.py` / `numpy/_core/numeric.py` step by step, so the
//! same products are formed in the same order.

use super::common::{linalg_error, square_stack};
use super::np;
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::value::args::Args;
use crate::value::convert::{as_array, iter_values, to_int};
use crate::value::Value;

fn ints(v: &[i128]) -> Value {
    Value::tuple(v.iter().map(|&x| Value::Int(x)).collect())
}

/// `axes` as a list of ints: an int is a one-element list.
fn axis_list(v: &Value) -> PyResult<Vec<i128>> {
    match iter_values(v) {
        Ok(items) => items.iter().map(to_int).collect(),
        Err(_) => Ok(vec![to_int(v)?]),
    }
}

pub fn tensordot(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("tensordot", &["a", "b", "axes"], 2)?;
    let a = as_array(p[0].as_ref().unwrap_or(&Value::None))?;
    let b = as_array(p[1].as_ref().unwrap_or(&Value::None))?;
    let axes = p[2].clone().unwrap_or(Value::Int(2));
    let (mut aa, mut ab) = match iter_values(&axes) {
        Err(_) => {
            let k = to_int(&axes)?;
            (
                (-k..0).collect::<Vec<i128>>(),
                (0..k).collect::<Vec<i128>>(),
            )
        }
        Ok(pair) => {
            if pair.len() != 2 {
                return Err(PyErr::value("too many values to unpack (expected 2)"));
            }
            (axis_list(&pair[0])?, axis_list(&pair[1])?)
        }
    };
    let (nda, ndb) = (a.ndim() as i128, b.ndim() as i128);
    let dim = |shape: &[usize], ax: i128| -> PyResult<usize> {
        let n = shape.len() as i128;
        let i = if ax < 0 { ax + n } else { ax };
        if i < 0 || i >= n {
            return Err(PyErr::index("tuple index out of range"));
        }
        Ok(shape[i as usize])
    };
    let mut equal = aa.len() == ab.len();
    if equal {
        for k in 0..aa.len() {
            if dim(&a.shape, aa[k])? != dim(&b.shape, ab[k])? {
                equal = false;
                break;
            }
            if aa[k] < 0 {
                aa[k] += nda;
            }
            if ab[k] < 0 {
                ab[k] += ndb;
            }
        }
    }
    if !equal {
        return Err(PyErr::value("shape-mismatch for sum"));
    }
    let notin_a: Vec<i128> = (0..nda).filter(|k| !aa.contains(k)).collect();
    let notin_b: Vec<i128> = (0..ndb).filter(|k| !ab.contains(k)).collect();
    let size = |shape: &[usize], axes: &[i128]| -> i128 {
        axes.iter().map(|&k| shape[k as usize] as i128).product()
    };
    let newaxes_a: Vec<i128> = notin_a.iter().chain(&aa).copied().collect();
    let newaxes_b: Vec<i128> = ab.iter().chain(&notin_b).copied().collect();
    let shape_a = [size(&a.shape, &notin_a), size(&a.shape, &aa)];
    let shape_b = [size(&b.shape, &ab), size(&b.shape, &notin_b)];
    let mut old: Vec<i128> = notin_a
        .iter()
        .map(|&k| a.shape[k as usize] as i128)
        .collect();
    old.extend(notin_b.iter().map(|&k| b.shape[k as usize] as i128));
    let at = np(
        it,
        "transpose",
        vec![Value::Array(a.clone()), ints(&newaxes_a)],
        vec![],
    )?;
    let at = np(it, "reshape", vec![at, ints(&shape_a)], vec![])?;
    let bt = np(
        it,
        "transpose",
        vec![Value::Array(b.clone()), ints(&newaxes_b)],
        vec![],
    )?;
    let bt = np(it, "reshape", vec![bt, ints(&shape_b)], vec![])?;
    let res = np(it, "dot", vec![at, bt], vec![])?;
    np(it, "reshape", vec![res, ints(&old)], vec![])
}

pub fn matrix_power(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("matrix_power", &["a", "n"], 2)?;
    let a = as_array(p[0].as_ref().unwrap_or(&Value::None))?;
    square_stack(&a)?;
    let nv = p[1].clone().unwrap_or(Value::None);
    let mut n = match nv {
        Value::Int(i) => i,
        Value::Bool(b) => b as i128,
        Value::Scalar(d, crate::array::element::Num::Int(i)) if d.is_int() => i,
        _ => return Err(PyErr::type_err("exponent must be an integer")),
    };
    let mut a = Value::Array(a);
    if n == 0 {
        let arr = as_array(&a)?;
        let k = arr.shape[arr.ndim() - 1] as i128;
        let eye = np(
            it,
            "eye",
            vec![Value::Int(k)],
            vec![("dtype", Value::DType(arr.dtype))],
        )?;
        let out = np(it, "empty_like", vec![a], vec![])?;
        return np(it, "copyto", vec![out.clone(), eye], vec![]).map(|_| out);
    }
    if n < 0 {
        a = np(it, "linalg.inv", vec![a], vec![])?;
        n = -n;
    }
    let mm = |it: &mut dyn Context, x: &Value, y: &Value| {
        np(it, "matmul", vec![x.clone(), y.clone()], vec![])
    };
    match n {
        1 => return Ok(a),
        2 => return mm(it, &a, &a),
        3 => {
            let sq = mm(it, &a, &a)?;
            return mm(it, &sq, &a);
        }
        _ => {}
    }
    let mut z: Option<Value> = None;
    let mut result: Option<Value> = None;
    while n > 0 {
        z = Some(match z {
            None => a.clone(),
            Some(z) => mm(it, &z, &z)?,
        });
        let bit = n % 2;
        n /= 2;
        if bit == 1 {
            let zz = z.clone().unwrap_or(Value::None);
            result = Some(match result {
                None => zz,
                Some(r) => mm(it, &r, &zz)?,
            });
        }
    }
    Ok(result.unwrap_or(Value::None))
}

fn assert_2d(v: &Value) -> PyResult<()> {
    let a = as_array(v)?;
    if a.ndim() != 2 {
        return Err(linalg_error(&format!(
            "{}-dimensional array given. Array must be two-dimensional",
            a.ndim()
        )));
    }
    Ok(())
}

pub fn multi_dot(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("multi_dot", &["arrays", "*out"], 1)?;
    let arrays = iter_values(p[0].as_ref().unwrap_or(&Value::None))?;
    let out: Vec<(&str, Value)> = match &p[1] {
        Some(v) if !matches!(v, Value::None) => vec![("out", v.clone())],
        _ => vec![],
    };
    let n = arrays.len();
    if n < 2 {
        return Err(PyErr::value("Expecting at least two arrays."));
    }
    if n == 2 {
        return np(it, "dot", arrays, out);
    }
    let mut arrs: Vec<Value> = arrays
        .iter()
        .map(|v| as_array(v).map(Value::Array))
        .collect::<PyResult<_>>()?;
    let first_1d = as_array(&arrs[0])?.ndim() == 1;
    let last_1d = as_array(&arrs[n - 1])?.ndim() == 1;
    if first_1d {
        arrs[0] = np(it, "atleast_2d", vec![arrs[0].clone()], vec![])?;
    }
    if last_1d {
        let t = np(it, "atleast_2d", vec![arrs[n - 1].clone()], vec![])?;
        arrs[n - 1] = np(it, "transpose", vec![t], vec![])?;
    }
    for a in &arrs {
        assert_2d(a)?;
    }
    let dims: Vec<(i128, i128)> = arrs
        .iter()
        .map(|a| as_array(a).map(|x| (x.shape[0] as i128, x.shape[1] as i128)))
        .collect::<PyResult<_>>()?;
    let result = if n == 3 {
        let (a0, a1b0) = dims[0];
        let (b1c0, c1) = dims[2];
        let cost1 = a0 * b1c0 * (a1b0 + c1);
        let cost2 = a1b0 * c1 * (a0 + b1c0);
        if cost1 < cost2 {
            let ab = np(it, "dot", vec![arrs[0].clone(), arrs[1].clone()], vec![])?;
            np(it, "dot", vec![ab, arrs[2].clone()], out)?
        } else {
            let bc = np(it, "dot", vec![arrs[1].clone(), arrs[2].clone()], vec![])?;
            np(it, "dot", vec![arrs[0].clone(), bc], out)?
        }
    } else {
        let order = chain_order(&dims);
        chain(it, &arrs, &order, 0, n - 1, out)?
    };
    if first_1d && last_1d {
        let r = as_array(&result)?;
        Ok(Value::Scalar(r.dtype, r.get(&[0, 0])))
    } else if first_1d || last_1d {
        np(it, "ravel", vec![result], vec![])
    } else {
        Ok(result)
    }
}

/// `_multi_dot_matrix_chain_order`: the split `s[i][j]` of the cheapest product of
/// matrices i..=j (Cormen's dynamic program, ties to the first split as NumPy's `<`).
fn chain_order(dims: &[(i128, i128)]) -> Vec<Vec<usize>> {
    let n = dims.len();
    let mut p: Vec<i128> = dims.iter().map(|d| d.0).collect();
    p.push(dims[n - 1].1);
    let mut m = vec![vec![0i128; n]; n];
    let mut s = vec![vec![0usize; n]; n];
    for l in 1..n {
        for i in 0..n - l {
            let j = i + l;
            m[i][j] = i128::MAX;
            for k in i..j {
                let q = m[i][k] + m[k + 1][j] + p[i] * p[k + 1] * p[j + 1];
                if q < m[i][j] {
                    m[i][j] = q;
                    s[i][j] = k;
                }
            }
        }
    }
    s
}

fn chain(
    it: &mut dyn Context,
    arrs: &[Value],
    s: &[Vec<usize>],
    i: usize,
    j: usize,
    out: Vec<(&str, Value)>,
) -> PyResult<Value> {
    if i == j {
        return Ok(arrs[i].clone());
    }
    let left = chain(it, arrs, s, i, s[i][j], vec![])?;
    let right = chain(it, arrs, s, s[i][j] + 1, j, vec![])?;
    np(it, "dot", vec![left, right], out)
}

pub fn tensorinv(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("tensorinv", &["a", "ind"], 1)?;
    let a = as_array(p[0].as_ref().unwrap_or(&Value::None))?;
    let ind = match &p[1] {
        Some(v) => to_int(v)?,
        None => 2,
    };
    if ind <= 0 {
        return Err(PyErr::value("Invalid ind argument."));
    }
    let shape: Vec<i128> = a.shape.iter().map(|&d| d as i128).collect();
    let cut = (ind as usize).min(shape.len());
    let mut invshape: Vec<i128> = shape[cut..].to_vec();
    invshape.extend(&shape[..cut]);
    let prod: i128 = shape[cut..].iter().product();
    let m = np(
        it,
        "reshape",
        vec![Value::Array(a), ints(&[prod, -1])],
        vec![],
    )?;
    let inv = np(it, "linalg.inv", vec![m], vec![])?;
    np(it, "reshape", vec![inv, ints(&invshape)], vec![])
}

pub fn tensorsolve(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("tensorsolve", &["a", "b", "axes"], 2)?;
    let mut a = Value::Array(as_array(p[0].as_ref().unwrap_or(&Value::None))?);
    let b = as_array(p[1].as_ref().unwrap_or(&Value::None))?;
    let an = as_array(&a)?.ndim() as i128;
    if let Some(axes) = p[2].as_ref().filter(|v| !matches!(v, Value::None)) {
        let mut all: Vec<i128> = (0..an).collect();
        for k in axis_list(axes)? {
            let pos = all
                .iter()
                .position(|&x| x == k)
                .ok_or_else(|| PyErr::value("list.remove(x): x not in list"))?;
            all.remove(pos);
            all.push(k);
        }
        a = np(it, "transpose", vec![a, ints(&all)], vec![])?;
    }
    let arr = as_array(&a)?;
    // `a.shape[-(an - b.ndim):]`, where `-0:` is the whole shape.
    let keep = match (an - b.ndim() as i128).max(0) as usize {
        0 => arr.ndim(),
        k => k.min(arr.ndim()),
    };
    let oldshape: Vec<i128> = arr.shape[arr.ndim() - keep..]
        .iter()
        .map(|&d| d as i128)
        .collect();
    let prod: i128 = oldshape.iter().product();
    if arr.size() as i128 != prod * prod {
        return Err(linalg_error(
            "Input arrays must satisfy the requirement             prod(a.shape[b.ndim:]) == prod(a.shape[:b.ndim])",
        ));
    }
    let m = np(it, "reshape", vec![a, ints(&[prod, prod])], vec![])?;
    let bv = np(it, "ravel", vec![Value::Array(b)], vec![])?;
    let res = np(it, "linalg.solve", vec![m, bv], vec![])?;
    np(it, "reshape", vec![res, ints(&oldshape)], vec![])
}
