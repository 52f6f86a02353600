//! Set routines: `np.isin`, `intersect1d`, `union1d`, `setdiff1d`, `setxor1d`, after
//! NumPy's `lib/_arraysetops_impl.py`. Membership compares in the dtype both operands
//! promote to (as `ar1 == a` or the concatenate-and-sort method do), where nan is never
//! a member; the others are NumPy's compositions of `unique`, `concatenate` and sorting.

use super::Family;
use crate::array::kernels;
use crate::array::object::NdArray;
use crate::error::{PyErr, PyResult};
use crate::numpy::compose::{arg, flag, get, np, np1, slice};
use crate::numpy::context::Context;
use crate::numpy::sorting::order;
use crate::numpy::ufunc::ops::Arith;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, iter_values};
use crate::value::Value;
use std::cmp::Ordering;
use std::rc::Rc;

pub const FAMILY: Family = Family {
    names: &["isin", "intersect1d", "union1d", "setdiff1d", "setxor1d"],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    Some(match name {
        "isin" => isin(it, &args),
        "intersect1d" => intersect1d(it, &args),
        "union1d" => union1d(it, &args),
        "setdiff1d" => setdiff1d(it, &args),
        "setxor1d" => setxor1d(it, &args),
        _ => return None,
    })
}

fn ravel(it: &mut dyn Context, v: Value) -> PyResult<Value> {
    np1(it, "ravel", vec![v])
}

fn unique(it: &mut dyn Context, v: Value) -> PyResult<Value> {
    np1(it, "unique", vec![v])
}

/// NumPy's `_isin` on flattened operands: for each item of `ar1`, whether it equals an
/// item of `ar2` (or not, with `invert`).
fn isin_flat(it: &mut dyn Context, ar1: Value, ar2: Value, invert: bool) -> PyResult<Value> {
    let a1 = as_array(&ravel(it, ar1)?)?;
    let a2 = as_array(&ravel(it, ar2)?)?;
    let n1 = a1.size();
    let both = np1(
        it,
        "concatenate",
        vec![Value::tuple(vec![Value::Array(a1), Value::Array(a2)])],
    )?;
    let both = as_array(&both)?;
    let mask: Vec<bool> = crate::array::dtype::with_dtype!(both.dtype, T, {
        let v = kernels::to_vec::<T>(&both)?;
        let (left, right) = v.split_at(n1);
        let mut right = right.to_vec();
        right.sort_by(order);
        left.iter()
            .map(|x| {
                let found = !x.is_nan() && right.binary_search_by(|y| order(y, x)).is_ok();
                found != invert
            })
            .collect()
    });
    Ok(Value::Array(Rc::new(NdArray::from_vec(
        mask.into_iter()
            .map(|b| crate::array::element::Bool8(b as u8))
            .collect(),
        &[n1],
    )?)))
}

/// `np.isin(element, test_elements, assume_unique=False, invert=False, *, kind=None)`
fn isin(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind(
        "isin",
        &[
            "element",
            "test_elements",
            "assume_unique",
            "invert",
            "*kind",
        ],
        2,
    )?;
    let invert = flag(&p[3], false)?;
    let table = match given(&p[4]) {
        None => false,
        Some(Value::Str(s)) if matches!(&**s, "sort" | "table") => &**s == "table",
        Some(k) => {
            return Err(PyErr::value(format!(
                "Invalid kind: '{}'. Please use None, 'sort' or 'table'.",
                crate::format::str_of(k)
            )))
        }
    };
    let (e, t) = (arg(&p[0]), arg(&p[1]));
    if opaque(&e) || opaque(&t) {
        return isin_opaque(it, e, t, invert, table);
    }
    let element = as_array(&np1(it, "asarray", vec![e])?)?;
    let test = as_array(&np1(it, "asarray", vec![t])?)?;
    let int_like =
        |d: crate::array::dtype::DType| d.is_int() || d == crate::array::dtype::DType::Bool;
    if table && !(int_like(element.dtype) && int_like(test.dtype)) {
        return Err(table_error());
    }
    let shape: Vec<i128> = element.shape.iter().map(|&d| d as i128).collect();
    let m = isin_flat(it, Value::Array(element), Value::Array(test), invert)?;
    np1(it, "reshape", vec![m, Value::ints(shape)])
}

/// A value NumPy's `asarray` turns into a 0-d object array (a set, a dict, None, a
/// function...): no number equals it, so as an operand of `isin` it matches nothing
/// numeric, and two of them match when Python's `==` says so.
fn opaque(v: &Value) -> bool {
    matches!(
        v,
        Value::None
            | Value::Set(_)
            | Value::Dict(_)
            | Value::DictView(..)
            | Value::Iter(_)
            | Value::Func(_)
            | Value::Method(_)
            | Value::Function(_)
            | Value::Module(_)
            | Value::Type(_)
            | Value::Slice(_)
            | Value::Ellipsis
            | Value::Exception(_)
    )
}

fn table_error() -> PyErr {
    PyErr::value(
        "The 'table' method is only supported for boolean or integer arrays. Please select 'sort' or None for kind.",
    )
}

/// `np.isin` where an operand is a 0-d object array (see [`opaque`]): the result has the
/// element's shape, every entry `element == test` (after NumPy's check of `kind='table'`).
fn isin_opaque(
    it: &mut dyn Context,
    element: Value,
    test: Value,
    invert: bool,
    table: bool,
) -> PyResult<Value> {
    if table {
        return Err(table_error());
    }
    // The other operand must be an array arrsh can hold (numbers): a list of sets would be
    // an object array in NumPy, whose items can equal the opaque one.
    let numeric = |it: &mut dyn Context, v: Value| as_array(&np1(it, "asarray", vec![v])?);
    let (shape, mask): (Vec<usize>, Vec<bool>) = match (opaque(&element), opaque(&test)) {
        (true, true) => (
            vec![],
            vec![crate::value::pyops::py_eq(&element, &test) != invert],
        ),
        (true, false) => {
            numeric(it, test)?;
            (vec![], vec![invert])
        }
        // Numbers never equal the opaque test value.
        _ => {
            let a = numeric(it, element)?;
            (a.shape.clone(), vec![invert; a.size()])
        }
    };
    let cells = mask
        .into_iter()
        .map(|b| crate::array::element::Bool8(b as u8))
        .collect();
    Ok(Value::Array(Rc::new(NdArray::from_vec(cells, &shape)?)))
}

/// The items of a tuple a NumPy function returned.
fn parts(v: &Value) -> PyResult<Vec<Value>> {
    iter_values(v)
}

/// `np.intersect1d(ar1, ar2, assume_unique=False, return_indices=False)`
fn intersect1d(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind(
        "intersect1d",
        &["ar1", "ar2", "assume_unique", "return_indices"],
        2,
    )?;
    let assume_unique = flag(&p[2], false)?;
    let want_indices = flag(&p[3], false)?;
    let mut ar1 = np1(it, "asanyarray", vec![arg(&p[0])])?;
    let mut ar2 = np1(it, "asanyarray", vec![arg(&p[1])])?;
    let mut ind = None;
    if !assume_unique {
        if want_indices {
            let kw = || vec![("return_index", Value::Bool(true))];
            let u1 = parts(&np(it, "unique", vec![ar1], kw())?)?;
            let u2 = parts(&np(it, "unique", vec![ar2], kw())?)?;
            ar1 = u1[0].clone();
            ar2 = u2[0].clone();
            ind = Some((u1[1].clone(), u2[1].clone()));
        } else {
            ar1 = unique(it, ar1)?;
            ar2 = unique(it, ar2)?;
        }
    } else {
        ar1 = ravel(it, ar1)?;
        ar2 = ravel(it, ar2)?;
    }
    let n1 = as_array(&ar1)?.size() as i128;
    let mut aux = np1(it, "concatenate", vec![Value::tuple(vec![ar1, ar2])])?;
    let mut perm = Value::None;
    if want_indices {
        perm = np(
            it,
            "argsort",
            vec![aux.clone()],
            vec![("kind", Value::str("mergesort"))],
        )?;
        aux = get(&aux, &perm)?;
    } else {
        aux = np1(it, "sort", vec![aux])?;
    }
    let head = slice(None, Some(-1));
    let tail = slice(Some(1), None);
    let mask = np1(it, "equal", vec![get(&aux, &tail)?, get(&aux, &head)?])?;
    let int1d = get(&get(&aux, &head)?, &mask)?;
    if !want_indices {
        return Ok(int1d);
    }
    let mut i1 = get(&get(&perm, &head)?, &mask)?;
    let mut i2 = np1(
        it,
        "subtract",
        vec![get(&get(&perm, &tail)?, &mask)?, Value::Int(n1)],
    )?;
    if let Some((ind1, ind2)) = ind {
        i1 = get(&ind1, &i1)?;
        i2 = get(&ind2, &i2)?;
    }
    Ok(Value::tuple(vec![int1d, i1, i2]))
}

/// `np.union1d(ar1, ar2)`: `unique(concatenate((ar1, ar2), axis=None))`.
fn union1d(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("union1d", &["ar1", "ar2"], 2)?;
    let both = np(
        it,
        "concatenate",
        vec![Value::tuple(vec![arg(&p[0]), arg(&p[1])])],
        vec![("axis", Value::None)],
    )?;
    unique(it, both)
}

/// `np.setdiff1d(ar1, ar2, assume_unique=False)`: the items of `ar1` not in `ar2`.
fn setdiff1d(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("setdiff1d", &["ar1", "ar2", "assume_unique"], 2)?;
    let (ar1, ar2) = if flag(&p[2], false)? {
        let a = np1(it, "asarray", vec![arg(&p[0])])?;
        (ravel(it, a)?, arg(&p[1]))
    } else {
        (unique(it, arg(&p[0]))?, unique(it, arg(&p[1]))?)
    };
    let keep = isin_flat(it, ar1.clone(), ar2, true)?;
    get(&ar1, &keep)
}

/// `np.setxor1d(ar1, ar2, assume_unique=False)`: values in exactly one operand.
fn setxor1d(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("setxor1d", &["ar1", "ar2", "assume_unique"], 2)?;
    let (ar1, ar2) = if flag(&p[2], false)? {
        (arg(&p[0]), arg(&p[1]))
    } else {
        (unique(it, arg(&p[0]))?, unique(it, arg(&p[1]))?)
    };
    let aux = np(
        it,
        "concatenate",
        vec![Value::tuple(vec![ar1, ar2])],
        vec![("axis", Value::None)],
    )?;
    let a = as_array(&aux)?;
    if a.size() == 0 {
        return Ok(aux);
    }
    let aux = np1(it, "sort", vec![aux])?;
    let v = crate::array::dtype::with_dtype!(a.dtype, T, {
        let sorted = as_array(&aux)?;
        let v = kernels::to_vec::<T>(&sorted)?;
        let differs = |i: usize, j: usize| order(&v[i], &v[j]) != Ordering::Equal || v[i].is_nan();
        let n = v.len();
        let keep: Vec<T> = (0..n)
            .filter(|&i| (i == 0 || differs(i, i - 1)) && (i + 1 == n || differs(i + 1, i)))
            .map(|i| v[i])
            .collect();
        let len = keep.len();
        NdArray::from_vec(keep, &[len])?
    });
    Ok(Value::Array(Rc::new(v)))
}

/// `np.unique(ar, ..., axis=k)` for an array of 2 or more dimensions: the distinct
/// sub-arrays along `axis`, sorted lexicographically. NumPy views each sub-array as one
/// structured item, so they compare field by field and a nan makes a sub-array unlike
/// every other (`equal_nan` does not apply); the inverse stays 1-d.
pub fn unique_axis(
    a: &crate::array::object::ArrayRef,
    axis: &Value,
    want: (bool, bool, bool),
) -> PyResult<Value> {
    let nd = a.ndim();
    let ax_in = crate::value::convert::to_i64(axis)?;
    let ax = crate::numpy::shape::normalize_axis(ax_in, nd, None)?;
    let mut perm: Vec<i64> = (0..nd as i64).filter(|&d| d != ax as i64).collect();
    perm.insert(0, ax as i64);
    let moved = crate::numpy::shape::transpose(a, Some(&perm))?;
    let n = moved.shape[0];
    let m: usize = moved.shape[1..].iter().product();
    let rest = moved.shape[1..].to_vec();
    let (values, first, inverse, counts) = crate::array::dtype::with_dtype!(a.dtype, T, {
        let v = kernels::to_vec::<T>(&moved)?;
        let row = |i: usize| &v[i * m..(i + 1) * m];
        let cmp = |i: usize, j: usize| {
            row(i)
                .iter()
                .zip(row(j))
                .map(|(x, y)| order(x, y))
                .find(|o| *o != Ordering::Equal)
                .unwrap_or(Ordering::Equal)
        };
        let same = |i: usize, j: usize| {
            row(i)
                .iter()
                .zip(row(j))
                .all(|(x, y)| !x.is_nan() && order(x, y) == Ordering::Equal)
        };
        let mut p: Vec<usize> = (0..n).collect();
        p.sort_by(|&i, &j| cmp(i, j));
        let mut values: Vec<T> = Vec::new();
        let mut first: Vec<i64> = Vec::new();
        let mut counts: Vec<i64> = Vec::new();
        let mut inverse = vec![0i64; n];
        let mut last: Option<usize> = None;
        for &i in &p {
            if !last.is_some_and(|l| same(l, i)) {
                values.extend_from_slice(row(i));
                first.push(i as i64);
                counts.push(0);
                last = Some(i);
            }
            let k = counts.len() - 1;
            counts[k] += 1;
            inverse[i] = k as i64;
        }
        let mut shape = vec![first.len()];
        shape.extend_from_slice(&rest);
        (NdArray::from_vec(values, &shape)?, first, inverse, counts)
    });
    // Move the unique axis back where it was.
    let mut back: Vec<i64> = (1..nd as i64).collect();
    back.insert(ax, 0);
    let uniq = crate::numpy::shape::transpose(&Rc::new(values), Some(&back))?;
    let mut out = vec![Value::Array(Rc::new(uniq))];
    let ints = |v: Vec<i64>| -> PyResult<Value> {
        let len = v.len();
        Ok(Value::Array(Rc::new(NdArray::from_vec(v, &[len])?)))
    };
    if want.0 {
        out.push(ints(first)?);
    }
    if want.1 {
        out.push(ints(inverse)?);
    }
    if want.2 {
        out.push(ints(counts)?);
    }
    Ok(if out.len() == 1 {
        out.remove(0)
    } else {
        Value::tuple(out)
    })
}
