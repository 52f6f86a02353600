//! More ways to join and turn arrays: `np.column_stack`, `np.row_stack` (NumPy 2's
//! deprecated alias of `vstack`), `np.dstack` and `np.rot90`, after
//! `lib/_shape_base_impl.py` and `lib/_function_base_impl.py`.

use super::Family;
use crate::error::{PyErr, PyResult};
use crate::numpy::compose::{arg, np1};
use crate::numpy::context::Context;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, iter_values, to_i64};
use crate::value::Value;

pub const FAMILY: Family = Family {
    names: &["column_stack", "row_stack", "dstack", "rot90"],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    Some(match name {
        "column_stack" => column_stack(it, &args),
        "row_stack" => row_stack(it, args),
        "dstack" => dstack(it, &args),
        "rot90" => rot90(it, &args),
        _ => return None,
    })
}

/// NumPy's `_arrays_for_stack_dispatcher`: the arrays must come in a list or tuple.
fn stack_items(v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::List(_) | Value::Tuple(_) => iter_values(v),
        Value::Iter(_) => Err(PyErr::type_err(
            "arrays to stack must be passed as a \"sequence\" type such as list or tuple.",
        )),
        other => iter_values(other),
    }
}

/// `np.column_stack(tup)`: 1-d (and 0-d) inputs become columns, then `concatenate(axis=1)`.
fn column_stack(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("column_stack", &["tup"], 1)?;
    let mut arrays = Vec::new();
    for v in stack_items(&arg(&p[0]))? {
        let a = np1(it, "asanyarray", vec![v])?;
        let x = as_array(&a)?;
        arrays.push(if x.ndim() < 2 {
            np1(it, "reshape", vec![a, Value::ints([x.size() as i128, 1])])?
        } else {
            a
        });
    }
    np1(it, "concatenate", vec![Value::list(arrays), Value::Int(1)])
}

/// `np.row_stack(tup, *, dtype=None, casting='same_kind')`: `vstack` with NumPy's warning.
fn row_stack(it: &mut dyn Context, args: Args) -> PyResult<Value> {
    it.warn(
        "DeprecationWarning",
        "`row_stack` alias is deprecated. Use `np.vstack` directly.",
    );
    crate::numpy::call(it, "numpy.vstack", args)
}

/// `np.dstack(tup)`: `concatenate(atleast_3d(*tup), axis=2)`.
fn dstack(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("dstack", &["tup"], 1)?;
    let items = stack_items(&arg(&p[0]))?;
    let mut arrs = Vec::new();
    for v in items {
        arrs.push(np1(it, "atleast_3d", vec![v])?);
    }
    np1(it, "concatenate", vec![Value::list(arrs), Value::Int(2)])
}

/// `np.rot90(m, k=1, axes=(0, 1))`: a view turned by k quarter turns in the plane of
/// `axes`, from the first axis towards the second.
fn rot90(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("rot90", &["m", "k", "axes"], 1)?;
    let axes = match given(&p[2]) {
        None => vec![0, 1],
        Some(v) => iter_values(v)?
            .iter()
            .map(to_i64)
            .collect::<PyResult<Vec<i64>>>()?,
    };
    if axes.len() != 2 {
        return Err(PyErr::value("len(axes) must be 2."));
    }
    let m = np1(it, "asanyarray", vec![arg(&p[0])])?;
    let nd = as_array(&m)?.ndim() as i64;
    let (a0, a1) = (axes[0], axes[1]);
    if a0 == a1 || (a0 - a1).abs() == nd {
        return Err(PyErr::value("Axes must be different."));
    }
    if a0 >= nd || a0 < -nd || a1 >= nd || a1 < -nd {
        return Err(PyErr::value(format!(
            "Axes=({}, {}) out of range for array of ndim={}.",
            a0, a1, nd
        )));
    }
    let k = match given(&p[1]) {
        None => 1,
        Some(v) => to_i64(v)?,
    }
    .rem_euclid(4);
    let flip =
        |it: &mut dyn Context, v: Value, ax: i64| np1(it, "flip", vec![v, Value::Int(ax as i128)]);
    if k == 0 {
        return crate::numpy::compose::get(&m, &crate::numpy::compose::slice(None, None));
    }
    if k == 2 {
        let f = flip(it, m, a0)?;
        return flip(it, f, a1);
    }
    let mut perm: Vec<i128> = (0..nd as i128).collect();
    let (i0, i1) = (a0.rem_euclid(nd) as usize, a1.rem_euclid(nd) as usize);
    perm.swap(i0, i1);
    let perm = Value::ints(perm);
    if k == 1 {
        let f = flip(it, m, a1)?;
        np1(it, "transpose", vec![f, perm])
    } else {
        let t = np1(it, "transpose", vec![m, perm])?;
        flip(it, t, a1)
    }
}
