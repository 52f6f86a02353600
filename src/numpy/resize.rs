//! `np.resize(a, new_shape)`, and `ndarray.resize` as far as arrsh's arrays allow.
//!
//! `np.resize` is NumPy's Python definition: the flattened data repeated cyclically to
//! fill the new size (zeros when either size is zero). `ndarray.resize` is NumPy's
//! `PyArray_Resize`: the buffer reallocated to the new size (its bytes kept in memory
//! order, the rest zero), C strides — Fortran ones for a Fortran-ordered array. arrsh's
//! arrays keep their shape once made, so the resized array is a new one that every
//! variable naming the old one is rebound to (as `x.shape = ...` does).

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
pub fn method(it: &mut dyn Context, a: &ArrayRef, args: &Args) -> PyResult<Value> {
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
    let dims: Vec<i64> = dims.iter().map(to_i64).collect::<PyResult<_>>()?;
    let fortran = a.ndim() > 1 && a.is_f_contiguous() && !a.is_c_contiguous();
    if !(a.is_c_contiguous() || fortran) {
        return Err(PyErr::value("resize only works on single-segment arrays"));
    }
    let mut size: i128 = 1;
    for &n in &dims {
        if n < 0 {
            return Err(PyErr::value("negative dimensions not allowed"));
        }
        size *= n as i128;
    }
    if size != a.size() as i128 {
        if !a.owns_data() {
            return Err(PyErr::value(
                "cannot resize this array: it does not own its data",
            ));
        }
        let refcheck = match args.kw.iter().find(|(k, _)| k == "refcheck") {
            Some((_, v)) => crate::value::convert::truthy(v)?,
            None => true,
        };
        if refcheck && referenced(it, a) {
            return Err(PyErr::value(
                "cannot resize an array that references or is referenced\nby another object in this way.\nUse the np.resize function to get a new resized copy or\n set refcheck=False to disable this check",
            ));
        }
    }
    let shape: Vec<usize> = dims.iter().map(|&n| n as usize).collect();
    let itemsize = a.itemsize();
    let strides = if fortran {
        crate::array::layout::f_strides(&shape, itemsize)
    } else {
        crate::array::layout::c_strides(&shape, itemsize)
    };
    let new = if size == a.size() as i128 {
        NdArray {
            shape,
            strides,
            swapped: a.swapped,
            memmap: a.memmap,
            ..a.raw_bytes_view()
        }
    } else {
        // The bytes in memory order (C order for a C array, Fortran order for a
        // Fortran one), cut or padded with zeros.
        let mut order = a.raw_bytes_view();
        if fortran {
            order.shape.reverse();
            order.strides.reverse();
        }
        let mut bytes = crate::array::kernels::to_bytes(&order)?;
        bytes.resize(size as usize * itemsize, 0);
        let fresh = NdArray::zeros(&[size as usize], a.dtype)?;
        fresh.buffer.write_bytes(fresh.offset, &bytes);
        NdArray {
            shape,
            strides,
            swapped: a.swapped,
            ..fresh
        }
    };
    it.replace_array(a, Rc::new(new));
    Ok(Value::None)
}

/// NumPy's `refcheck`: is the array named by more than one variable (or held in a list or
/// tuple one names), or the base of another array a variable holds?
fn referenced(it: &mut dyn Context, a: &ArrayRef) -> bool {
    let mut names = 0;
    let mut views = false;
    let mut look = |v: &Value, direct: bool| {
        if let Value::Array(x) = v {
            if Rc::ptr_eq(x, a) {
                names += if direct { 1 } else { 2 };
            } else if matches!(&x.base, crate::array::object::Base::Array(b) if Rc::ptr_eq(b, a)) {
                views = true;
            }
        }
    };
    for (_, v) in it.user_vars() {
        match &v {
            Value::List(l) => l.borrow().iter().for_each(|x| look(x, false)),
            Value::Tuple(t) => t.iter().for_each(|x| look(x, false)),
            other => look(other, true),
        }
    }
    views || names > 1
}
