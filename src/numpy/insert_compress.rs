//! `np.insert` and `np.compress` (also the `ndarray.compress` method), written as NumPy
//! defines them — `insert` as its Python in `_function_base_impl.py`, `compress` as the C
//! `PyArray_Compress` (nonzero of a 1-d condition, then `take`) — through `np.*` calls, so
//! every dtype, casting and indexing error is the called functions'.

use super::Family;
use crate::array::dtype::DType;
use crate::error::{PyErr, PyResult};
use crate::numpy::compose::{arg, get, given_kw, np, np1, set, slice};
use crate::numpy::context::Context;
use crate::numpy::shape::normalize_axis;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, to_i64};
use crate::value::Value;

pub const FAMILY: Family = Family {
    names: &["insert", "compress"],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    Some(match name {
        "insert" => insert(it, &args),
        "compress" => compress(it, &args),
        _ => return None,
    })
}

fn int(i: i128) -> Value {
    Value::Int(i)
}

/// `np.compress(condition, a, axis=None, out=None)`.
fn compress(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("compress", &["condition", "a", "axis", "out"], 2)?;
    let a = np1(it, "asarray", vec![arg(&p[1])])?;
    compress_array(it, &a, &p[0], &p[2], &p[3])
}

/// `a.compress(condition, axis=None, out=None)`.
pub fn method(it: &mut dyn Context, a: &Value, args: &Args) -> PyResult<Value> {
    let p = args.bind("compress", &["condition", "axis", "out"], 1)?;
    compress_array(it, a, &p[0], &p[1], &p[2])
}

/// The slices of `a` along `axis` (the flattened array when None) where the 1-d
/// `condition` is nonzero; a condition longer than the axis names an index past its end
/// (`take`'s IndexError), a shorter one leaves the rest out.
fn compress_array(
    it: &mut dyn Context,
    a: &Value,
    condition: &Option<Value>,
    axis: &Option<Value>,
    out: &Option<Value>,
) -> PyResult<Value> {
    let cond = np1(it, "asarray", vec![arg(condition)])?;
    if as_array(&cond)?.ndim() != 1 {
        return Err(PyErr::value("condition must be a 1-d array"));
    }
    // A 0-d array is taken as 1-d, with an axis or without (`PyArray_CheckAxis`).
    let (arr, axis) = match given(axis) {
        Some(ax) if as_array(a)?.ndim() > 0 => {
            let nd = as_array(a)?.ndim();
            (a.clone(), normalize_axis(to_i64(ax)?, nd, None)?)
        }
        Some(ax) => {
            normalize_axis(to_i64(ax)?, 1, None)?;
            (np1(it, "ravel", vec![a.clone()])?, 0)
        }
        None => (np1(it, "ravel", vec![a.clone()])?, 0),
    };
    let idx = np1(it, "flatnonzero", vec![cond])?;
    let mut kw = vec![("axis", int(axis as i128))];
    kw.extend(given_kw(&["out"], std::slice::from_ref(out)));
    np(it, "take", vec![arr, idx], kw)
}

/// `np.insert(arr, obj, values, axis=None)`: a new array with `values` placed before the
/// indices `obj` names along `axis` (the flattened array when None).
fn insert(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("insert", &["arr", "obj", "values", "axis"], 3)?;
    let mut arr = np1(it, "asarray", vec![arg(&p[0])])?;
    let a = as_array(&arr)?;
    // NumPy's `'F' if arr.flags.fnc else 'C'`: Fortran-contiguous and not C-contiguous.
    let order = if a.ndim() > 1 && a.is_f_contiguous() && !a.is_c_contiguous() {
        "F"
    } else {
        "C"
    };
    let axis = match given(&p[3]) {
        None => {
            if a.ndim() != 1 {
                arr = np1(it, "ravel", vec![arr])?;
            }
            0
        }
        Some(ax) => normalize_axis(to_i64(ax)?, a.ndim(), None)?,
    };
    let a = as_array(&arr)?;
    let ndim = a.ndim();
    let dtype = Value::DType(a.dtype);
    if ndim == 0 {
        // NumPy's `arr.shape[axis]` of a 0-d array (an explicit axis was refused above).
        return Err(PyErr::index("tuple index out of range"));
    }
    let n = a.shape[axis] as i128;
    let mut newshape: Vec<i128> = a.shape.iter().map(|&s| s as i128).collect();
    let obj = arg(&p[1]);
    let values = arg(&p[2]);
    let mut indices = match &obj {
        Value::Slice(_) => {
            let range = np1(it, "arange", vec![int(n)])?;
            let r = get(&range, &obj)?;
            np(
                it,
                "asarray",
                vec![r],
                vec![("dtype", Value::DType(DType::I64))],
            )?
        }
        _ => {
            let idx = np1(it, "array", vec![obj.clone()])?;
            let ia = as_array(&idx)?;
            if ia.dtype == DType::Bool {
                if !matches!(obj, Value::Array(_) | Value::Scalar(..)) {
                    // NumPy reads `obj.ndim` of the object itself.
                    return Err(PyErr::attribute(format!(
                        "'{}' object has no attribute 'ndim'",
                        obj.type_of().tp_name()
                    )));
                }
                if ia.ndim() != 1 {
                    return Err(PyErr::value(
                        "boolean array argument obj to insert must be one dimensional",
                    ));
                }
                np1(it, "flatnonzero", vec![idx])?
            } else if ia.ndim() > 1 {
                return Err(PyErr::value(
                    "index array argument obj to insert must be one dimensional or scalar",
                ));
            } else {
                idx
            }
        }
    };
    // Where one run of values goes (`indices.size == 1`): at one index, after the values
    // are made `arr.ndim`-dimensional of `arr`'s dtype.
    let ia = as_array(&indices)?;
    if ia.size() == 1 {
        let item = crate::numpy::compose::method(it, &indices, "item", vec![])?;
        // A float index passes the bounds check and the cast of the values, then fails as
        // a slice bound.
        let (index, whole) = match &item {
            Value::Int(i) => (*i as f64, true),
            Value::Bool(b) => (*b as i128 as f64, true),
            Value::Float(f) => (*f, false),
            _ => (0.0, false),
        };
        if index < -n as f64 || index > n as f64 {
            return Err(PyErr::index(format!(
                "index {} is out of bounds for axis {} with size {}",
                crate::format::str_of(&obj),
                axis,
                n
            )));
        }
        let mut vals = np(
            it,
            "array",
            vec![values],
            vec![("ndmin", int(ndim as i128)), ("dtype", dtype.clone())],
        )?;
        if !whole {
            return Err(PyErr::type_err(
                "slice indices must be integers or None or have an __index__ method",
            ));
        }
        let index = index as i128;
        let index = if index < 0 { index + n } else { index };
        if ia.ndim() == 0 {
            vals = np1(it, "moveaxis", vec![vals, int(0), int(axis as i128)])?;
        }
        let numnew = as_array(&vals)?.shape[axis] as i128;
        newshape[axis] += numnew;
        let new = empty(it, &newshape, dtype, order)?;
        let key = |s: Value| -> Value {
            let mut items = vec![slice(None, None); ndim];
            items[axis] = s;
            Value::tuple(items)
        };
        let head = key(slice(None, Some(index)));
        set(&new, &head, &get(&arr, &head)?)?;
        set(&new, &key(slice(Some(index), Some(index + numnew))), &vals)?;
        let tail = get(&arr, &key(slice(Some(index), None)))?;
        set(&new, &key(slice(Some(index + numnew), None)), &tail)?;
        return Ok(new);
    }
    if ia.size() == 0 && !matches!(obj, Value::Array(_)) {
        indices = np(
            it,
            "asarray",
            vec![indices],
            vec![("dtype", Value::DType(DType::I64))],
        )?;
    }
    // `indices[indices < 0] += N` on a copy (`np.array(obj)` copied already, but a slice's
    // range and `flatnonzero` are fresh too).
    let neg = np1(it, "less", vec![indices.clone(), int(0)])?;
    let shifted = np1(it, "add", vec![get(&indices, &neg)?, int(n)])?;
    set(&indices, &neg, &shifted)?;
    let numnew = as_array(&indices)?.shape[0] as i128;
    let order_idx = np(
        it,
        "argsort",
        vec![indices.clone()],
        vec![("kind", Value::str("mergesort"))],
    )?;
    let ramp = np1(it, "arange", vec![int(numnew)])?;
    let moved = np1(it, "add", vec![get(&indices, &order_idx)?, ramp])?;
    set(&indices, &order_idx, &moved)?;
    newshape[axis] += numnew;
    let old_mask = np(
        it,
        "ones",
        vec![int(newshape[axis])],
        vec![("dtype", Value::DType(DType::Bool))],
    )?;
    set(&old_mask, &indices, &Value::Bool(false))?;
    let new = empty(it, &newshape, dtype, order)?;
    let key = |s: Value| -> Value {
        let mut items = vec![slice(None, None); ndim];
        items[axis] = s;
        Value::tuple(items)
    };
    set(&new, &key(indices), &values)?;
    set(&new, &key(old_mask), &arr)?;
    Ok(new)
}

fn empty(it: &mut dyn Context, shape: &[i128], dtype: Value, order: &str) -> PyResult<Value> {
    let shape = Value::tuple(shape.iter().map(|&s| int(s)).collect());
    np(
        it,
        "empty",
        vec![shape],
        vec![("dtype", dtype), ("order", Value::str(order))],
    )
}
