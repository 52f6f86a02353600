//! `np.block(arrays)`: nested lists of arrays assembled by concatenating the innermost
//! lists along the last axis, the next ones along the axis before, ... — NumPy's
//! `_block_check_depths_match` (with its messages for tuples, empty lists and mismatched
//! depths) and `_block` (`lib/shape_base.py`) over arrsh's `concatenate`.

use super::Family;
use crate::error::{PyErr, PyResult};
use crate::numpy::compose::{np, np1};
use crate::numpy::context::Context;
use crate::value::args::Args;
use crate::value::convert::as_array;
use crate::value::Value;

pub const FAMILY: Family = Family {
    names: &["block"],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    (name == "block").then(|| {
        let p = args.bind("block", &["arrays"], 1)?;
        block(it, p[0].as_ref().unwrap_or(&Value::None))
    })
}

/// `_block_format_index`: `arrays[0][2]`.
fn format_index(index: &[Option<usize>]) -> String {
    let mut s = String::from("arrays");
    for i in index.iter().flatten() {
        s.push_str(&format!("[{}]", i));
    }
    s
}

/// The list items of `v` (None when it is no list).
fn list_items(v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::List(l) => Some(l.borrow().clone()),
        _ => None,
    }
}

/// `_block_check_depths_match`: the index of the first deepest element (ending in
/// `None` for an empty list) and the largest array ndim.
fn check_depths(
    it: &mut dyn Context,
    v: &Value,
    parent: &[Option<usize>],
) -> PyResult<(Vec<Option<usize>>, usize)> {
    if let Value::Tuple(_) = v {
        return Err(PyErr::type_err(format!(
            "{} is a tuple. Only lists can be used to arrange blocks, and np.block does not \
             allow implicit conversion from tuple to ndarray.",
            format_index(parent)
        )));
    }
    match list_items(v) {
        Some(items) if !items.is_empty() => {
            let mut first: Option<(Vec<Option<usize>>, usize)> = None;
            for (i, item) in items.iter().enumerate() {
                let mut idx = parent.to_vec();
                idx.push(Some(i));
                let (index, nd) = check_depths(it, item, &idx)?;
                match &mut first {
                    None => first = Some((index, nd)),
                    Some((fi, max_nd)) => {
                        *max_nd = (*max_nd).max(nd);
                        if index.len() != fi.len() {
                            return Err(PyErr::value(format!(
                                "List depths are mismatched. First element was at depth {}, \
                                 but there is an element at depth {} ({})",
                                fi.len(),
                                index.len(),
                                format_index(&index)
                            )));
                        }
                        if index.last() == Some(&None) {
                            *fi = index;
                        }
                    }
                }
            }
            Ok(first.unwrap_or_default())
        }
        Some(_) => {
            let mut idx = parent.to_vec();
            idx.push(None);
            Ok((idx, 0))
        }
        None => {
            let a = np1(it, "asarray", vec![v.clone()])?;
            Ok((parent.to_vec(), as_array(&a)?.ndim()))
        }
    }
}

/// `array(a, ndmin=nd)`.
fn atleast_nd(it: &mut dyn Context, v: &Value, nd: usize) -> PyResult<Value> {
    let a = np1(it, "asarray", vec![v.clone()])?;
    let shape = as_array(&a)?.shape.clone();
    if shape.len() >= nd {
        return Ok(a);
    }
    let mut s: Vec<i128> = vec![1; nd - shape.len()];
    s.extend(shape.iter().map(|&d| d as i128));
    np1(it, "reshape", vec![a, Value::ints(s)])
}

/// `_block`: concatenate depth `depth`'s lists along axis `-(max_depth - depth)`.
fn assemble(
    it: &mut dyn Context,
    v: &Value,
    max_depth: usize,
    nd: usize,
    depth: usize,
) -> PyResult<Value> {
    if depth < max_depth {
        let items = list_items(v).unwrap_or_default();
        let parts = items
            .iter()
            .map(|x| assemble(it, x, max_depth, nd, depth + 1))
            .collect::<PyResult<Vec<_>>>()?;
        return np(
            it,
            "concatenate",
            vec![Value::tuple(parts)],
            vec![("axis", Value::Int(-((max_depth - depth) as i128)))],
        );
    }
    atleast_nd(it, v, nd)
}

fn block(it: &mut dyn Context, arrays: &Value) -> PyResult<Value> {
    let (bottom, arr_nd) = check_depths(it, arrays, &[])?;
    let list_nd = bottom.len();
    if bottom.last() == Some(&None) {
        return Err(PyErr::value(format!(
            "List at {} cannot be empty",
            format_index(&bottom)
        )));
    }
    let nd = arr_nd.max(list_nd);
    let r = assemble(it, arrays, list_nd, nd, 0)?;
    if list_nd == 0 {
        return np1(it, "array", vec![r]);
    }
    Ok(r)
}
