//! `np.append` and `np.delete`, as NumPy's Python defines them: both work on the array
//! flattened when no axis is given, and both return a new array (never a view).

use super::Family;
use crate::array::dtype::DType;
use crate::error::{PyErr, PyResult};
use crate::numpy::compose::{arg, get, np, np1, set};
use crate::numpy::context::Context;
use crate::numpy::shape::normalize_axis;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, to_int};
use crate::value::Value;

pub const FAMILY: Family = Family {
    names: &["append", "delete"],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    Some(match name {
        "append" => append(it, &args),
        "delete" => delete(it, &args),
        _ => return None,
    })
}

/// `np.append(arr, values, axis=None)`: `concatenate` of the two, both raveled when no axis
/// is given.
fn append(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("append", &["arr", "values", "axis"], 2)?;
    let mut arr = np1(it, "asanyarray", vec![arg(&p[0])])?;
    let mut values = arg(&p[1]);
    let axis = match given(&p[2]) {
        Some(ax) => ax.clone(),
        None => {
            if as_array(&arr)?.ndim() != 1 {
                arr = np1(it, "ravel", vec![arr])?;
            }
            values = np1(it, "ravel", vec![values])?;
            Value::Int(as_array(&arr)?.ndim() as i128 - 1)
        }
    };
    let pair = Value::tuple(vec![arr, values]);
    np(it, "concatenate", vec![pair], vec![("axis", axis)])
}

/// `np.delete(arr, obj, axis=None)`: the entries of `arr` along `axis` that `obj` (an
/// index, a slice, indices or a boolean mask) does not name, as a new array.
fn delete(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("delete", &["arr", "obj", "axis"], 2)?;
    let mut arr = np1(it, "asarray", vec![arg(&p[0])])?;
    let axis = match given(&p[2]) {
        None => {
            if as_array(&arr)?.ndim() != 1 {
                arr = np1(it, "ravel", vec![arr])?;
            }
            as_array(&arr)?.ndim().saturating_sub(1)
        }
        Some(ax) => normalize_axis(to_int(ax)? as i64, as_array(&arr)?.ndim(), None)?,
    };
    let a = as_array(&arr)?;
    if a.ndim() == 0 {
        // NumPy's `arr.shape[axis]` of a 0-d array.
        return Err(PyErr::index("tuple index out of range"));
    }
    let n = a.shape[axis];
    let obj = arg(&p[1]);
    let keep = match &obj {
        // A slice names its indices of range(N); a Python int (not a bool) is one index.
        Value::Slice(_) => {
            let keep = ones_bool(it, n)?;
            set(&keep, &obj, &Value::Bool(false))?;
            keep
        }
        Value::Int(_) => single(it, n, axis, to_int(&obj)?)?,
        Value::Scalar(d, _) if d.is_int() => single(it, n, axis, to_int(&obj)?)?,
        _ => {
            let was_array = matches!(obj, Value::Array(_));
            let mut idx = np1(it, "asarray", vec![obj.clone()])?;
            let ia = as_array(&idx)?;
            if ia.size() == 0 && !was_array {
                idx = np(
                    it,
                    "asarray",
                    vec![idx],
                    vec![("dtype", Value::DType(DType::I64))],
                )?;
            } else if ia.size() == 1 && ia.dtype.is_int() {
                let item = np1(it, "ravel", vec![idx])?;
                let i = to_int(&get(&item, &Value::Int(0))?)?;
                let keep = single(it, n, axis, i)?;
                return take_kept(it, &arr, keep, axis);
            }
            let ia = as_array(&idx)?;
            if ia.dtype == DType::Bool {
                if ia.shape != [n] {
                    return Err(PyErr::value(format!(
                        "boolean array argument obj to delete must be one dimensional and match the axis length of {}",
                        n
                    )));
                }
                np1(it, "logical_not", vec![idx])?
            } else {
                let keep = ones_bool(it, n)?;
                set(&keep, &Value::tuple(vec![idx]), &Value::Bool(false))?;
                keep
            }
        }
    };
    take_kept(it, &arr, keep, axis)
}

/// A mask of `n` trues but at the one index `obj`, checked as NumPy checks it.
fn single(it: &mut dyn Context, n: usize, axis: usize, obj: i128) -> PyResult<Value> {
    let len = n as i128;
    if obj < -len || obj >= len {
        return Err(PyErr::index(format!(
            "index {} is out of bounds for axis {} with size {}",
            obj, axis, n
        )));
    }
    let keep = ones_bool(it, n)?;
    set(
        &keep,
        &Value::Int(obj.rem_euclid(len.max(1))),
        &Value::Bool(false),
    )?;
    Ok(keep)
}

fn ones_bool(it: &mut dyn Context, n: usize) -> PyResult<Value> {
    np(
        it,
        "ones",
        vec![Value::Int(n as i128)],
        vec![("dtype", Value::DType(DType::Bool))],
    )
}

/// `arr` with only the entries along `axis` where `keep` is true (a new array).
fn take_kept(it: &mut dyn Context, arr: &Value, keep: Value, axis: usize) -> PyResult<Value> {
    let idx = np1(it, "flatnonzero", vec![keep])?;
    np(
        it,
        "take",
        vec![arr.clone(), idx],
        vec![("axis", Value::Int(axis as i128))],
    )
}
