//! `permutation(x)` and `shuffle(x)` of arrays and lists on both generators, as NumPy's
//! `_generator.pyx`/`mtrand.pyx` write them: an integer (a Python `int` or `bool`, or a
//! NumPy integer scalar) permutes `arange(x)`; anything else is `np.asarray(x)` whose
//! positions along the axis are shuffled by Fisher-Yates from the end with
//! `random_interval` draws (`draw(i)`, a value in `0..=i`), so the result is `x` taken at
//! that permutation of `arange(n)`.

use crate::array::dtype::Kind;
use crate::array::index::IndexItem;
use crate::array::kernels;
use crate::array::object::NdArray;
use crate::error::{PyErr, PyResult};
use crate::value::convert::{as_array, to_i64};
use crate::value::Value;
use std::rc::Rc;

/// `isinstance(x, (int, np.integer))`: a NumPy bool scalar or a 0-d array is not one.
pub fn is_integer(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Scalar(d, _) => matches!(d.kind(), Kind::Int | Kind::UInt),
        _ => false,
    }
}

/// The axis a Generator permutes along (`normalize_axis_index`), or the legacy rule that
/// `x` be at least 1-d.
fn axis_of(a: &NdArray, axis: Option<&Value>, legacy: bool) -> PyResult<usize> {
    if legacy {
        if a.ndim() < 1 {
            return Err(PyErr::index(
                "x must be an integer or at least 1-dimensional",
            ));
        }
        return Ok(0);
    }
    let ax = axis.map(to_i64).transpose()?.unwrap_or(0);
    crate::numpy::shape::normalize_axis(ax, a.ndim(), None)
}

/// `arange(n)` shuffled as NumPy's `_shuffle_raw` shuffles: `i` from `n - 1` down to 1
/// swaps with `draw(i)`.
fn fisher_yates(n: usize, mut draw: impl FnMut(u64) -> u64) -> Vec<i64> {
    let mut p: Vec<i64> = (0..n as i64).collect();
    for i in (1..n).rev() {
        let j = draw(i as u64) as usize;
        p.swap(i, j);
    }
    p
}

/// `x` taken at `perm` along `axis`: a new array.
fn take_along(a: &Rc<NdArray>, axis: usize, perm: Vec<i64>) -> PyResult<NdArray> {
    let len = perm.len();
    let idx = Rc::new(NdArray::from_vec(perm, &[len])?);
    let mut items = vec![IndexItem::Slice(None, None, None); axis];
    items.push(IndexItem::Array(idx));
    let items = crate::array::index::expand(a.ndim(), &items)?;
    crate::array::fancy::gather(a, &items)
}

/// `permutation(x, axis)` of a non-integer `x` (`np.asarray(None)` is 0-d too).
pub fn permute_array(
    x: &Value,
    axis: Option<&Value>,
    legacy: bool,
    draw: impl FnMut(u64) -> u64,
) -> PyResult<Value> {
    let a = match x {
        Value::None => Rc::new(NdArray::zeros(&[], crate::array::dtype::DType::F64)?),
        other => as_array(other)?,
    };
    let ax = axis_of(&a, axis, legacy)?;
    let p = fisher_yates(a.shape[ax], draw);
    Ok(Value::Array(Rc::new(take_along(&a, ax, p)?)))
}

/// `shuffle(x, axis)` in place: an array's positions along the axis, a list's items.
pub fn shuffle(
    x: &Value,
    axis: Option<&Value>,
    legacy: bool,
    mut draw: impl FnMut(u64) -> u64,
) -> PyResult<Value> {
    match x {
        Value::Array(a) => {
            if !a.writeable.get() {
                return Err(PyErr::value("array is read-only"));
            }
            if a.ndim() == 0 {
                return Err(PyErr::type_err("len() of unsized object"));
            }
            let ax = if legacy { 0 } else { axis_of(a, axis, false)? };
            if a.size() == 0 {
                return Ok(Value::None);
            }
            let p = fisher_yates(a.shape[ax], draw);
            let shuffled = take_along(a, ax, p)?;
            kernels::copy_into(a, &shuffled)?;
            Ok(Value::None)
        }
        Value::List(l) => {
            if axis.map(to_i64).transpose()?.unwrap_or(0) != 0 {
                return Err(PyErr::not_implemented(
                    "Axis argument is only supported on ndarray objects",
                ));
            }
            let n = l.borrow().len();
            let p = fisher_yates(n, draw);
            let old = l.borrow().clone();
            let mut items = l.borrow_mut();
            for (slot, &k) in items.iter_mut().zip(p.iter()) {
                *slot = old[k as usize].clone();
            }
            Ok(Value::None)
        }
        Value::Tuple(_) | Value::Str(_) => {
            // NumPy draws the first swap before the assignment fails.
            let n = match x {
                Value::Tuple(t) => t.len(),
                Value::Str(s) => s.chars().count(),
                _ => 0,
            };
            if n > 1 {
                draw(n as u64 - 1);
            }
            Err(PyErr::type_err(format!(
                "'{}' object does not support item assignment",
                x.type_of().short_name()
            )))
        }
        other => Err(PyErr::type_err(format!(
            "object of type '{}' has no len()",
            other.type_of().short_name()
        ))),
    }
}
