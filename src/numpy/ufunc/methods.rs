//! The methods of ufunc objects: `reduce`, `accumulate`, `outer` and `at` (`np.add.reduce`,
//! `np.maximum.accumulate`, `np.multiply.outer`, `np.add.at`), and what a ufunc is as a
//! value (`<ufunc 'add'>`, `type` `numpy.ufunc`).
//!
//! A ufunc is the same `Value::Func` as any `np` function; these functions tell the ufuncs
//! apart. The reductions of `add multiply maximum minimum logical_and logical_or` are the
//! ones `np.sum np.prod np.max np.min np.all np.any` already compute (NumPy defines those
//! through these very methods); every other binary ufunc folds slice by slice along the axis
//! with the ufunc itself, so dtypes and errors are the ufunc's. `at` applies the ufunc once
//! per selected element, in index order, so repeated indices accumulate (unbuffered), and
//! stores with unsafe casting as NumPy's `ufunc.at` does.

use super::{Op, BINARY, UNARY};
use crate::array::dtype::DType;
use crate::array::fancy::advanced_offsets;
use crate::array::index::{basic_view, is_basic};
use crate::array::kernels;
use crate::array::object::{ArrayRef, NdArray};
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::numpy::linalg::np;
use crate::numpy::shape::normalize_axis_tuple;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, truthy};
use crate::value::index::index_items;
use crate::value::Value;
use std::rc::Rc;

/// Methods every ufunc object has (that arrsh implements).
pub const METHODS: &[&str] = &["reduce", "accumulate", "outer", "at", "reduceat"];

/// NumPy's own name of the ufunc behind `numpy.<short>` (`np.abs` is `absolute`), or
/// `None` when the function is no ufunc.
pub fn ufunc_name(qualname: &str) -> Option<&'static str> {
    let short = qualname.strip_prefix("numpy.")?;
    if short == "matmul" {
        return Some("matmul");
    }
    if let Some((_, op)) = BINARY.iter().find(|(n, _)| *n == short) {
        return Some(op.ufunc_name());
    }
    UNARY
        .iter()
        .find(|(n, _)| *n == short)
        .map(|(_, op)| op.ufunc_name())
}

/// How many inputs the ufunc `numpy.<short>` takes (positional arguments after them are
/// its outputs), or `None` when the function is no ufunc.
pub fn ufunc_nin(short: &str) -> Option<usize> {
    ufunc_name(&format!("numpy.{}", short))?;
    Some(if is_binary(short) { 2 } else { 1 })
}

pub(super) fn is_binary(name: &str) -> bool {
    name == "matmul" || BINARY.iter().any(|(n, _)| *n == name)
}

/// The ufuncs NumPy marks reorderable (associative and commutative): they may reduce over
/// several axes at once.
fn reorderable(name: &str) -> bool {
    matches!(
        name,
        "add"
            | "multiply"
            | "maximum"
            | "minimum"
            | "fmax"
            | "fmin"
            | "logical_and"
            | "logical_or"
            | "logical_xor"
            | "bitwise_and"
            | "bitwise_or"
            | "bitwise_xor"
    )
}

/// The identity a reduction over nothing gives (`None`: the ufunc has none).
fn identity(name: &str, dtype: DType) -> Option<Value> {
    Some(match name {
        "add" | "bitwise_or" | "bitwise_xor" => Value::Int(0),
        "multiply" => Value::Int(1),
        // All bits set: -1, or the largest value of an unsigned type.
        "bitwise_and" => match dtype.int_range() {
            Some((0, hi)) => Value::Int(hi),
            _ => Value::Int(-1),
        },
        "logical_and" => Value::Bool(true),
        "logical_or" | "logical_xor" => Value::Bool(false),
        _ => return None,
    })
}

/// `ufunc.<method>(*args)` for the ufunc `numpy.<short>`.
pub fn call(it: &mut dyn Context, qualname: &str, method: &str, args: Args) -> PyResult<Value> {
    let Some(name) = ufunc_name(qualname) else {
        return Err(PyErr::attribute(format!(
            "'builtin_function_or_method' object has no attribute '{}'",
            method
        )));
    };
    match method {
        "reduce" => reduce(it, name, &args),
        "accumulate" => accumulate(it, name, &args),
        "outer" => outer(it, name, &args),
        "reduceat" => super::reduceat::reduceat(it, qualname, name, &args),
        _ => at(it, name, &args),
    }
}

fn arr(a: &ArrayRef) -> Value {
    Value::Array(a.clone())
}

fn int(i: usize) -> Value {
    Value::Int(i as i128)
}

/// `a` indexed by `i` (a Python int, or `[]` for an empty selection) along `axis`.
fn along(it: &mut dyn Context, a: &ArrayRef, i: Value, axis: usize) -> PyResult<Value> {
    np(it, "take", vec![arr(a), i], vec![("axis", int(axis))])
}

fn reduce(it: &mut dyn Context, name: &str, args: &Args) -> PyResult<Value> {
    let p = args.bind(
        "reduce",
        &[
            "array", "axis", "dtype", "out", "keepdims", "initial", "where",
        ],
        1,
    )?;
    if !is_binary(name) {
        return Err(PyErr::value("reduce only supported for binary functions"));
    }
    let a = as_array(p[0].as_ref().unwrap_or(&Value::None))?;
    // `axis` defaults to 0 (not None) for ufunc.reduce.
    let axis = match &p[1] {
        None => Value::Int(0),
        Some(v) => v.clone(),
    };
    let fast = match name {
        "add" => Some("sum"),
        "multiply" => Some("prod"),
        "maximum" => Some("max"),
        "minimum" => Some("min"),
        "logical_and" => Some("all"),
        "logical_or" => Some("any"),
        _ => None,
    };
    if let Some(f) = fast {
        let mut kw = vec![("axis", axis)];
        let names = ["dtype", "out", "keepdims", "initial", "where"];
        for (k, v) in names.iter().zip(&p[2..]) {
            let skip = matches!(f, "max" | "min" | "all" | "any") && *k == "dtype"
                || matches!(f, "all" | "any") && *k == "initial";
            if let Some(v) = v {
                if !skip {
                    kw.push((k, v.clone()));
                }
            }
        }
        return np(it, f, vec![arr(&a)], kw);
    }
    if given(&p[3]).is_some() || given(&p[6]).is_some() {
        return Err(PyErr::not_implemented(format!(
            "arrsh: np.{}.reduce(out=/where=) is not implemented yet",
            name
        )));
    }
    let keepdims = given(&p[4]).map(truthy).transpose()?.unwrap_or(false);
    let mut cur = match given(&p[2]) {
        Some(d) => as_array(&crate::numpy::quantile::method(
            it,
            &arr(&a),
            "astype",
            vec![d.clone()],
        )?)?,
        None => a.clone(),
    };
    if matches!(name, "logical_xor") {
        cur = Rc::new(crate::numpy::reduce::truth(&cur)?);
    }
    let nd = a.ndim();
    let axes: Vec<usize> = match &axis {
        Value::None => (0..nd).collect(),
        v if nd == 0 && matches!(crate::value::convert::to_i64(v), Ok(0 | -1)) => Vec::new(),
        v => normalize_axis_tuple(v, nd, None, false)?,
    };
    check_loop(name, cur.dtype)?;
    // The loop is resolved before anything is folded or checked (`np.subtract.reduce` of
    // bools is a TypeError even with nothing to subtract).
    let flat = as_array(&np(it, "ravel", vec![arr(&cur)], vec![])?)?;
    loop_dtype(it, name, &flat, 0)?;
    if axes.len() > 1 && !reorderable(name) {
        return Err(PyErr::value(format!(
            "reduction operation '{}' is not reorderable, so at most one axis may be specified",
            name
        )));
    }
    let initial = given(&p[5]).cloned();
    if axes.is_empty() {
        if let Some(init) = &initial {
            let rd = loop_dtype(it, name, &flat, 0)?;
            let v = Value::Scalar(rd, crate::numpy::reduce::initial_num(init, rd)?);
            cur = as_array(&np(it, name, vec![v, arr(&cur)], vec![])?)?;
        }
    }
    // Reduce the highest axis first so the remaining axis numbers stay valid.
    let mut sorted = axes.clone();
    sorted.sort_unstable_by(|x, y| y.cmp(x));
    for (k, &ax) in sorted.iter().enumerate() {
        // The initial value enters the fold once.
        let init = if k == 0 { initial.clone() } else { None };
        cur = fold_axis(it, name, &cur, ax, init)?;
    }
    let mut r = arr(&cur);
    if keepdims {
        let shape: Vec<i128> = (0..nd)
            .map(|i| {
                if axes.contains(&i) {
                    1
                } else {
                    a.shape[i] as i128
                }
            })
            .collect();
        r = np(it, "reshape", vec![r, Value::ints(shape)], vec![])?;
    }
    Ok(match r {
        Value::Array(x) => super::wrap(x),
        other => other,
    })
}

/// A comparison's loop gives bools, which cannot feed its next step unless the input is
/// bool too: NumPy finds no loop for `np.equal.reduce` of numbers.
fn check_loop(name: &str, dtype: DType) -> PyResult<()> {
    let comparison = BINARY
        .iter()
        .any(|(n, op)| *n == name && matches!(op, Op::Cmp(_)));
    if comparison && dtype != DType::Bool {
        return Err(PyErr::type_err(format!(
            "No loop matching the specified signature and casting was found for ufunc {}",
            name
        )));
    }
    Ok(())
}

/// The dtype `ufunc(x, x)` gives for `x`'s dtype (found on empty slices: no warnings).
fn loop_dtype(it: &mut dyn Context, name: &str, a: &ArrayRef, axis: usize) -> PyResult<DType> {
    let empty = along(it, a, Value::list(vec![]), axis)?;
    let r = np(it, name, vec![empty.clone(), empty], vec![])?;
    Ok(as_array(&r)?.dtype)
}

/// Fold `a` along `axis` from the left with the ufunc (from `initial` when given).
fn fold_axis(
    it: &mut dyn Context,
    name: &str,
    a: &ArrayRef,
    axis: usize,
    initial: Option<Value>,
) -> PyResult<ArrayRef> {
    let n = a.shape[axis];
    let rd = loop_dtype(it, name, a, axis)?;
    let start = match (initial, n) {
        (Some(v), _) => {
            let mut shape = a.shape.clone();
            shape.remove(axis);
            let z = NdArray::zeros(&shape, rd)?;
            kernels::fill(&z, crate::numpy::reduce::initial_num(&v, rd)?);
            (Rc::new(z), 0)
        }
        (None, 0) => {
            let Some(id) = identity(name, rd) else {
                return Err(PyErr::value(format!(
                    "zero-size array to reduction operation {} which has no identity",
                    name
                )));
            };
            let mut shape = a.shape.clone();
            shape.remove(axis);
            let z = NdArray::zeros(&shape, rd)?;
            kernels::fill(&z, crate::numpy::reduce::initial_num(&id, rd)?);
            (Rc::new(z), 0)
        }
        (None, _) => {
            let first = as_array(&along(it, a, int(0), axis)?)?;
            (Rc::new(kernels::to_contiguous(&first, rd)?), 1)
        }
    };
    let (mut acc, from) = start;
    for i in from..n {
        let next = along(it, a, int(i), axis)?;
        let r = np(it, name, vec![arr(&acc), next], vec![])?;
        acc = as_array(&r)?;
    }
    Ok(acc)
}

fn accumulate(it: &mut dyn Context, name: &str, args: &Args) -> PyResult<Value> {
    let p = args.bind("accumulate", &["array", "axis", "dtype", "out"], 1)?;
    if !is_binary(name) {
        return Err(PyErr::value(
            "accumulate only supported for binary functions",
        ));
    }
    let a = as_array(p[0].as_ref().unwrap_or(&Value::None))?;
    if a.ndim() == 0 {
        return Err(PyErr::type_err("cannot accumulate on a scalar"));
    }
    let axis = match &p[1] {
        None => 0,
        Some(Value::None) if a.ndim() == 1 => 0,
        Some(Value::None) | Some(Value::Tuple(_)) => {
            return Err(PyErr::value("accumulate does not allow multiple axes"))
        }
        Some(v) => {
            crate::numpy::shape::normalize_axis(crate::value::convert::to_i64(v)?, a.ndim(), None)?
        }
    };
    if given(&p[3]).is_some() {
        return Err(PyErr::not_implemented(format!(
            "arrsh: np.{}.accumulate(out=...) is not implemented yet",
            name
        )));
    }
    if matches!(name, "add" | "multiply") {
        let f = if name == "add" { "cumsum" } else { "cumprod" };
        let mut kw = vec![("axis", int(axis))];
        if let Some(d) = given(&p[2]) {
            kw.push(("dtype", d.clone()));
        }
        return np(it, f, vec![arr(&a)], kw);
    }
    let cur = match given(&p[2]) {
        Some(d) => as_array(&crate::numpy::quantile::method(
            it,
            &arr(&a),
            "astype",
            vec![d.clone()],
        )?)?,
        None => a.clone(),
    };
    check_loop(name, cur.dtype)?;
    let rd = loop_dtype(it, name, &cur, axis)?;
    let n = cur.shape[axis];
    if n == 0 {
        return crate::numpy::quantile::method(it, &arr(&cur), "astype", vec![Value::DType(rd)]);
    }
    let first = as_array(&along(it, &cur, int(0), axis)?)?;
    let mut acc: Value = Value::Array(Rc::new(kernels::to_contiguous(&first, rd)?));
    let mut parts = vec![acc.clone()];
    for i in 1..n {
        let next = along(it, &cur, int(i), axis)?;
        acc = np(it, name, vec![acc, next], vec![])?;
        parts.push(acc.clone());
    }
    np(
        it,
        "stack",
        vec![Value::list(parts)],
        vec![("axis", int(axis))],
    )
}

fn outer(it: &mut dyn Context, name: &str, args: &Args) -> PyResult<Value> {
    if !is_binary(name) {
        return Err(PyErr::value(
            "outer product only supported for binary functions",
        ));
    }
    let p = args.bind("outer", &["A", "B"], 2)?;
    let a = as_array(p[0].as_ref().unwrap_or(&Value::None))?;
    let b = as_array(p[1].as_ref().unwrap_or(&Value::None))?;
    let mut shape: Vec<i128> = a.shape.iter().map(|&d| d as i128).collect();
    shape.extend(std::iter::repeat_n(1, b.ndim()));
    let a2 = np(it, "reshape", vec![arr(&a), Value::ints(shape)], vec![])?;
    let r = np(it, name, vec![a2, arr(&b)], vec![])?;
    Ok(match r {
        Value::Array(x) => super::wrap(x),
        other => other,
    })
}

/// `ufunc.at(a, indices, b=None)`: unbuffered, in place, one element at a time.
fn at(it: &mut dyn Context, name: &str, args: &Args) -> PyResult<Value> {
    let p = args.bind("at", &["a", "indices", "b"], 2)?;
    let binary = is_binary(name);
    match (&p[2], binary) {
        (None, true) => return Err(PyErr::value("second operand needed for ufunc")),
        (Some(_), false) => {
            return Err(PyErr::value("second operand provided when ufunc is unary"))
        }
        _ => {}
    }
    let Some(Value::Array(a)) = &p[0] else {
        return Err(PyErr::type_err(format!(
            "first operand must be an array, not '{}'",
            p[0].as_ref().unwrap_or(&Value::None).type_of().short_name()
        )));
    };
    a.check_writeable()?;
    let items = index_items(p[1].as_ref().unwrap_or(&Value::None))?;
    let b = p[2].as_ref().map(as_array).transpose()?;
    let apply = |it: &mut dyn Context, x: Value, y: Option<Value>| -> PyResult<Value> {
        let mut pos = vec![x];
        pos.extend(y);
        np(it, name, pos, vec![])
    };
    if is_basic(&items) {
        // Every element is selected once: one vectorized call.
        let view = Rc::new(basic_view(a, &items)?);
        let r = apply(it, arr(&view), b.as_ref().map(arr))?;
        return kernels::copy_into(&view, &*as_array(&r)?).map(|_| Value::None);
    }
    let items = crate::array::index::expand(a.ndim(), &items)?;
    let (offsets, shape) = advanced_offsets(a, &items, |_| Ok(()))?;
    let b = match b {
        Some(b) => {
            let fits = b.ndim() <= shape.len()
                && b.shape
                    .iter()
                    .rev()
                    .zip(shape.iter().rev())
                    .all(|(&m, &n)| m == n || m == 1);
            if !fits {
                return Err(PyErr::value("array is not broadcastable to correct shape"));
            }
            let shape_v = Value::ints(shape.iter().map(|&d| d as i128));
            let bb = np(it, "broadcast_to", vec![arr(&b), shape_v], vec![])?;
            Some(as_array(&bb)?.to_nums()?)
        }
        None => None,
    };
    let b_dtype = p[2].as_ref().map(as_array).transpose()?.map(|x| x.dtype);
    for (k, &off) in offsets.iter().enumerate() {
        let cell = Rc::new(NdArray::view(a, off as isize, vec![], vec![], a.dtype)?);
        let y = match (&b, b_dtype) {
            (Some(vals), Some(d)) => {
                let z = NdArray::zeros(&[], d)?;
                z.set(&[], vals[k]);
                Some(Value::Array(Rc::new(z)))
            }
            _ => None,
        };
        let x = Rc::new(kernels::to_contiguous(&cell, a.dtype)?);
        let r = apply(it, arr(&x), y)?;
        kernels::copy_into(&cell, &*as_array(&r)?)?;
    }
    Ok(Value::None)
}
