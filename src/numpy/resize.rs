//! `np.resize(a, new_shape)`, and `ndarray.resize` as far as arrsh's arrays allow.
//!
//! `np.resize` is NumPy's Python definition: the flattened data repeated cyclically to
//! fill the new size (zeros when either size is zero). `ndarray.resize` changes an array's
//! own buffer in place; arrsh's arrays are shared handles whose shape is fixed once made,
//! so the method gives NumPy's error for an array that does not own its data and says
//! plainly that in-place resizing is not available otherwise.

use super::Family;
use crate::array::object::{ArrayRef, NdArray};
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::numpy::linalg::np;
use crate::value::args::Args;
use crate::value::convert::{as_array, iter_values, to_i64};
use crate::value::Value;
use std::rc::Rc;

pub const FAMILY: Family = Family {
    names: &["resize"],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    (name == "resize").then(|| resize(it, &args))
}

fn resize(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let p = args.bind("resize", &["a", "new_shape"], 2)?;
    let a = as_array(p[0].as_ref().unwrap_or(&Value::None))?;
    let shape_v = p[1].clone().unwrap_or(Value::None);
    // An int (Python or NumPy) is a 1-d shape; anything else must be iterable.
    let dims: Vec<Value> = match &shape_v {
        Value::Int(_) | Value::Scalar(..) | Value::Bool(_) => vec![shape_v.clone()],
        other => iter_values(other)?,
    };
    let mut shape = Vec::with_capacity(dims.len());
    let mut size: i128 = 1;
    for d in &dims {
        let n = to_i64(d)?;
        size *= n as i128;
        if n < 0 {
            return Err(PyErr::value(
                "all elements of `new_shape` must be non-negative",
            ));
        }
        shape.push(n as usize);
    }
    let flat = as_array(&np(it, "ravel", vec![Value::Array(a.clone())], vec![])?)?;
    if flat.size() == 0 || size == 0 {
        return Ok(Value::Array(Rc::new(NdArray::zeros(&shape, a.dtype)?)));
    }
    let n = flat.size() as i128;
    let repeats = (size + n - 1) / n;
    let parts = vec![Value::Array(flat.clone()); repeats as usize];
    let joined = np(it, "concatenate", vec![Value::tuple(parts)], vec![])?;
    let idx = Value::Slice(Rc::new([Value::None, Value::Int(size), Value::None]));
    let cut = crate::value::index::array_getitem(
        &as_array(&joined)?,
        &crate::value::index::index_items(&idx)?,
    )?;
    np(
        it,
        "reshape",
        vec![cut, Value::ints(shape.iter().map(|&d| d as i128))],
        vec![],
    )
}

/// `a.resize(new_shape, refcheck=True)` (the shape as one tuple or as separate ints). NumPy
/// checks the new shape first, and the ownership of the data only when the size changes.
pub fn method(a: &ArrayRef, args: &Args) -> PyResult<Value> {
    if let Some((k, _)) = args.kw.iter().find(|(k, _)| k != "refcheck") {
        return Err(PyErr::type_err(format!(
            "'{}' is an invalid keyword argument for this function",
            k
        )));
    }
    let dims: Vec<Value> = match args.pos.as_slice() {
        [one] => match one {
            Value::Tuple(_) | Value::List(_) => iter_values(one)?,
            Value::None => Vec::new(),
            other => vec![other.clone()],
        },
        many => many.to_vec(),
    };
    let mut size: i128 = 1;
    for d in &dims {
        let n = to_i64(d)?;
        if n < 0 {
            return Err(PyErr::value("negative dimensions not allowed"));
        }
        size *= n as i128;
    }
    if size != a.size() as i128 && !a.owns_data() {
        return Err(PyErr::value(
            "cannot resize this array: it does not own its data",
        ));
    }
    Err(PyErr::not_implemented(
        "arrsh: ndarray.resize cannot change an array in place (arrsh arrays keep their shape); np.resize(a, new_shape) returns the resized copy",
    ))
}
