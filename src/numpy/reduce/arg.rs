//! `argmin` / `argmax`: the first index of the extreme value along one axis (or of the
//! flattened array), where NaN counts as the extreme, as in NumPy.

use super::{array_arg, flag};
use crate::array::kernels;
use crate::array::object::{ArrayRef, NdArray};
use crate::error::{PyErr, PyResult};
use crate::numpy::ufunc::ops::Arith;
use crate::numpy::ufunc::wrap;
use crate::value::args::{given, Args};
use crate::value::convert::to_i64;
use crate::value::Value;
use std::rc::Rc;

/// Index of the first extreme in `v` (`max` picks the largest).
fn best<T: Arith>(v: &[T], max: bool) -> usize {
    let mut b = 0;
    for (i, &x) in v.iter().enumerate().skip(1) {
        if v[b].is_nan() {
            break;
        }
        if x.is_nan() || (max && v[b].lt(x)) || (!max && x.lt(v[b])) {
            b = i;
            if x.is_nan() {
                break;
            }
        }
    }
    b
}

/// `a` with `axis` moved last, as C-ordered rows.
pub fn axis_last(a: &ArrayRef, axis: usize) -> PyResult<ArrayRef> {
    let mut perm: Vec<i64> = (0..a.ndim() as i64).filter(|&x| x != axis as i64).collect();
    perm.push(axis as i64);
    Ok(Rc::new(crate::numpy::shape::transpose(a, Some(&perm))?))
}

pub fn argminmax(args: &Args, name: &str) -> PyResult<Value> {
    let p = args.bind(name, &["a", "axis", "out", "*keepdims"], 1)?;
    let orig = array_arg(&p[0])?;
    let max = name == "argmax";
    let keepdims = flag(&p[3])?;
    // NumPy's PyArray_CheckAxis sees a 0-d array as 1-d when an axis is given.
    let a = match given(&p[1]) {
        Some(_) if orig.ndim() == 0 => crate::numpy::shape::reshape(&orig, &[1], false)?,
        _ => orig.clone(),
    };
    let axis = match given(&p[1]) {
        None => None,
        Some(Value::Tuple(_)) => {
            return Err(PyErr::type_err(
                "'tuple' object cannot be interpreted as an integer",
            ))
        }
        Some(v) => Some(crate::numpy::shape::normalize_axis(
            to_i64(v)?,
            a.ndim(),
            None,
        )?),
    };
    let (rows, n, shape) = match axis {
        None => {
            let shape = if keepdims { vec![1; a.ndim()] } else { vec![] };
            (a.clone(), a.size(), shape)
        }
        Some(ax) => {
            let mut shape = a.shape.clone();
            if keepdims {
                shape[ax] = 1;
            } else {
                shape.remove(ax);
            }
            if orig.ndim() == 0 {
                shape.clear();
            }
            (axis_last(&a, ax)?, a.shape[ax], shape)
        }
    };
    if let Some(Value::Array(o)) = given(&p[2]) {
        // NumPy's own checks of `out` (before it searches): exact shape, then an int64
        // work buffer that `out` must cast to safely (hence the message's direction).
        if o.shape != shape {
            return Err(PyErr::value(format!(
                "output array does not match result of np.{}.",
                name
            )));
        }
        if !o.dtype.can_cast_safe(crate::array::dtype::DType::I64) {
            return Err(PyErr::type_err(format!(
                "Cannot cast array data from dtype('{}') to dtype('int64') according to the rule 'safe'",
                o.dtype.name()
            )));
        }
    }
    if n == 0 {
        return Err(PyErr::value(format!(
            "attempt to get {} of an empty sequence",
            name
        )));
    }
    let idx: Vec<i64> = crate::array::dtype::with_dtype!(a.dtype, T, {
        let v = kernels::to_vec::<T>(&rows)?;
        v.chunks(n).map(|row| best(row, max) as i64).collect()
    });
    let r = NdArray::from_vec(idx, &shape)?;
    let out = given(&p[2]);
    // A 0-d result is a scalar, unless it went into `out`: then `out` itself comes back.
    super::deliver(Rc::new(r), out, name).map(|v| match v {
        Value::Array(x) if x.ndim() == 0 && out.is_none() => wrap(x),
        other => other,
    })
}
