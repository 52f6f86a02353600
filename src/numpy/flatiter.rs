//! `x.flat`: NumPy's flat iterator, which indexes and assigns an array's elements in C
//! order whatever its strides. Reading gives scalars or copies; writing goes into `x`.

use super::objects::HostObject;
use crate::array::element::Num;
use crate::array::kernels;
use crate::array::object::{ArrayRef, NdArray};
use crate::error::{PyErr, PyResult};
use crate::value::index::{array_getitem, index_items, value_array};
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// The `x.flat` object of an array.
pub fn flat(a: &ArrayRef) -> Value {
    Value::Object(Rc::new(RefCell::new(HostObject::FlatIter(a.clone()))))
}

/// The array's elements as a 1-d C-order array: a view when the memory allows, else a copy.
fn raveled(a: &ArrayRef) -> PyResult<ArrayRef> {
    let n = a.size();
    let src = if a.is_c_contiguous() {
        a.clone()
    } else if a.swapped {
        Rc::new(crate::array::byteorder::into_swapped(
            kernels::to_contiguous(a, a.dtype)?,
        ))
    } else {
        Rc::new(kernels::to_contiguous(a, a.dtype)?)
    };
    Ok(Rc::new(NdArray::view(
        &src,
        src.offset as isize,
        vec![n],
        vec![src.itemsize() as isize],
        src.dtype,
    )?))
}

/// A single integer flat index, checked with NumPy's flatiter message.
fn flat_index(i: i128, n: usize) -> PyResult<usize> {
    let j = if i < 0 { i + n as i128 } else { i };
    if j < 0 || j >= n as i128 {
        return Err(PyErr::index(format!(
            "index {} is out of bounds for size {}",
            i, n
        )));
    }
    Ok(j as usize)
}

/// `x.flat[key]`: a scalar for an integer, otherwise a new array (NumPy copies) of the
/// same dtype and byte order.
pub fn getitem(a: &ArrayRef, key: &Value) -> PyResult<Value> {
    let r = raveled(a)?;
    if let Value::Int(i) = key {
        let j = flat_index(*i, r.size())?;
        return Ok(Value::Scalar(r.dtype, r.get(&[j])));
    }
    match array_getitem(&r, &index_items(key)?)? {
        // The copy keeps a non-native byte order, as NumPy's does.
        Value::Array(v) => {
            let c = kernels::to_contiguous(&v, v.dtype)?;
            let c = if v.swapped {
                crate::array::byteorder::into_swapped(c)
            } else {
                c
            };
            Ok(Value::Array(Rc::new(c)))
        }
        other => Ok(other),
    }
}

/// `x.flat[key] = value`: writes into `x`; values repeat cyclically when fewer than the
/// selected positions, as NumPy's flatiter assignment does.
pub fn setitem(a: &ArrayRef, key: &Value, value: &Value) -> PyResult<()> {
    if !a.writeable.get() {
        return Err(PyErr::value("underlying array is read-only"));
    }
    let n = a.size();
    // Which flat positions the key selects: index an arange of the positions.
    let positions: Vec<usize> = if let Value::Int(i) = key {
        vec![flat_index(*i, n)?]
    } else {
        let ar = Rc::new(NdArray::from_vec(
            (0..n as i64).collect::<Vec<i64>>(),
            &[n],
        )?);
        match array_getitem(&ar, &index_items(key)?)? {
            Value::Array(sel) => sel
                .to_nums()?
                .into_iter()
                .map(|p| p.as_f64() as usize)
                .collect(),
            Value::Scalar(_, p) => vec![p.as_f64() as usize],
            _ => vec![],
        }
    };
    let vals = value_array(value, a.dtype)?.to_nums()?;
    if vals.is_empty() {
        return Ok(());
    }
    let mut idx = vec![0usize; a.ndim()];
    for (k, &p) in positions.iter().enumerate() {
        let mut rem = p;
        for ax in (0..a.ndim()).rev() {
            idx[ax] = rem % a.shape[ax];
            rem /= a.shape[ax];
        }
        let v: Num = vals[k % vals.len()];
        a.set(&idx, crate::array::element::coerce(a.dtype, v));
    }
    Ok(())
}

/// `x.flat = value`: every element, values repeating cyclically.
pub fn assign_all(a: &ArrayRef, value: &Value) -> PyResult<()> {
    let all = Value::Slice(Rc::new([Value::None, Value::None, Value::None]));
    setitem(a, &all, value)
}

/// Iterating `x.flat` yields the elements in C order as scalars.
pub fn items(a: &ArrayRef) -> PyResult<Vec<Value>> {
    let r = raveled(a)?;
    Ok(r.to_nums()?
        .into_iter()
        .map(|n| Value::Scalar(r.dtype, n))
        .collect())
}
