//! Subscripts as the array runtime takes them: a subscript value as index items, `a[items]`
//! as a value, and an assigned value as an array (used by the interpreter's `x[i] = v` and
//! by `np` functions alike).

use crate::array::dtype::DType;
use crate::array::index::{self, IndexItem, Indexed};
use crate::array::iter::broadcast_shapes;
use crate::array::kernels;
use crate::array::layout::shape_str;
use crate::array::object::{ArrayRef, NdArray};
use crate::error::{PyErr, PyResult};
use crate::value::convert::{array_from_value, element_num, to_i64, to_int};
use crate::value::Value;
use std::rc::Rc;

const BAD_INDEX: &str = "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices";

pub fn slice_part(v: &Value) -> PyResult<Option<i64>> {
    match v {
        Value::None => Ok(None),
        // Python clamps slice bounds beyond the index range (`x[2**70:]` is empty).
        other => to_int(other)
            .map(|i| Some(i.clamp(i64::MIN as i128, i64::MAX as i128) as i64))
            .map_err(|_| {
                PyErr::type_err(
                    "slice indices must be integers or None or have an __index__ method",
                )
            }),
    }
}

fn index_item(v: &Value) -> PyResult<IndexItem> {
    Ok(match v {
        // As NumPy converts it: an int64, a uint64 too big for an index, or (past both)
        // an object array, which no index accepts.
        Value::Int(i) => IndexItem::Int(i64::try_from(*i).map_err(|_| {
            if u64::try_from(*i).is_ok() {
                PyErr::overflow("Python int too large to convert to C long")
            } else {
                PyErr::index(BAD_INDEX)
            }
        })?),
        Value::BigInt(_) => return Err(PyErr::index(BAD_INDEX)),
        Value::Scalar(d, _) if d.is_int() => IndexItem::Int(to_i64(v)?),
        Value::Slice(s) => {
            IndexItem::Slice(slice_part(&s[0])?, slice_part(&s[1])?, slice_part(&s[2])?)
        }
        Value::None => IndexItem::NewAxis,
        Value::Ellipsis => IndexItem::Ellipsis,
        Value::Bool(_) | Value::Scalar(DType::Bool, _) => {
            IndexItem::Array(Rc::new(array_from_value(v, Some(DType::Bool))?))
        }
        Value::Array(a) => {
            if !(a.dtype.is_int() || a.dtype == DType::Bool) {
                return Err(PyErr::index(
                    "arrays used as indices must be of integer (or boolean) type",
                ));
            }
            // A 0-d integer array indexes like the integer it holds.
            match a.get(&[]) {
                crate::array::element::Num::Int(i) if a.ndim() == 0 => {
                    IndexItem::Int(i64::try_from(i).map_err(|_| {
                        PyErr::index("cannot fit 'int' into an index-sized integer")
                    })?)
                }
                _ => IndexItem::Array(a.clone()),
            }
        }
        Value::List(l) => {
            let empty = l.borrow().is_empty();
            let arr = array_from_value(v, if empty { Some(DType::I64) } else { None })
                .map_err(|_| PyErr::index(BAD_INDEX))?;
            if !(arr.dtype.is_int() || arr.dtype == DType::Bool) {
                return Err(PyErr::index(BAD_INDEX));
            }
            IndexItem::Array(Rc::new(arr))
        }
        _ => return Err(PyErr::index(BAD_INDEX)),
    })
}

/// Convert a subscript value to index items (a tuple indexes several axes).
pub fn index_items(v: &Value) -> PyResult<Vec<IndexItem>> {
    match v {
        Value::Tuple(t) => t.iter().map(index_item).collect(),
        other => Ok(vec![index_item(other)?]),
    }
}

/// `a[i]` along the first axis, as iteration yields it.
pub fn item_at(a: &ArrayRef, i: usize) -> PyResult<Value> {
    array_getitem(a, &[IndexItem::Int(i as i64)])
}

pub fn array_getitem(a: &ArrayRef, items: &[IndexItem]) -> PyResult<Value> {
    Ok(match index::index(a, items)? {
        Indexed::Element(off) => {
            let tmp = NdArray::view(a, off as isize, vec![], vec![], a.dtype)?;
            Value::Scalar(a.dtype, tmp.get(&[]))
        }
        Indexed::View(v) => Value::Array(Rc::new(v)),
        // Gathered element bytes are copied as they are stored.
        Indexed::Copy(c) => Value::Array(Rc::new(NdArray {
            swapped: a.swapped && c.dtype == a.dtype,
            ..c
        })),
    })
}

/// Convert an assigned value to an array of `dtype` (unsafe casting, as NumPy's setitem).
pub fn value_array(value: &Value, dtype: DType) -> PyResult<ArrayRef> {
    match value {
        Value::Array(a) => Ok(a.clone()),
        // A scalar is held in an uncounted cell: it is not an array buffer.
        Value::Int(_) => Ok(Rc::new(NdArray::scalar_operand(
            dtype,
            element_num(value, dtype)?,
        )?)),
        // A Python complex stored into a float array goes through Python's float().
        Value::Complex(..) if dtype.is_float() => Err(PyErr::type_err(
            "float() argument must be a string or a real number, not 'complex'",
        )),
        Value::Bool(_) | Value::Float(_) | Value::Complex(..) | Value::Scalar(..) => {
            if dtype.is_int() {
                // A float stored into an integer array goes through Python's int().
                element_num(value, dtype)?;
            }
            match crate::value::convert::scalar_operand(value)? {
                Some(a) => Ok(Rc::new(a)),
                None => Ok(Rc::new(array_from_value(value, None)?)),
            }
        }
        other => {
            let probe = array_from_value(other, None)?;
            if let Value::List(_) | Value::Tuple(_) = other {
                // Python ints inside lists must fit the destination too.
                for leaf in crate::value::convert::iter_values(other).unwrap_or_default() {
                    if let Value::Int(_) | Value::Float(_) | Value::Scalar(..) = leaf {
                        element_num(&leaf, dtype)?;
                    }
                }
            }
            Ok(Rc::new(probe))
        }
    }
}

/// Copy `src` into the view `dst`, with NumPy's broadcast error text.
pub fn assign_into(dst: &NdArray, src: &NdArray) -> PyResult<()> {
    dst.check_writeable()?;
    let ok = broadcast_shapes(&[&src.shape, &dst.shape])
        .map(|s| s == dst.shape)
        .unwrap_or(false);
    if !ok {
        return Err(PyErr::value(format!(
            "could not broadcast input array from shape {} into shape {}",
            shape_str(&src.shape).replace(' ', ""),
            shape_str(&dst.shape).replace(' ', "")
        )));
    }
    kernels::copy_into(dst, src)
}

/// `a[key] = value` for an array (writeability already checked): basic indexes assign
/// through a view, advanced ones scatter.
pub fn array_setitem(a: &ArrayRef, key: &Value, value: &Value) -> PyResult<()> {
    let items = index_items(key)?;
    let element = items.len() == a.ndim() && items.iter().all(|i| matches!(i, IndexItem::Int(_)));
    let truth;
    let value = match element.then(|| element_value(value, a.dtype)).transpose()? {
        Some(Some(b)) => {
            truth = Value::Bool(b);
            &truth
        }
        _ => value,
    };
    let src = value_array(value, a.dtype)?;
    if index::is_basic(&items) {
        let view = index::basic_view(a, &items)?;
        // NumPy converts a sequence with the view's rank as its maximum depth, and
        // drops an array's extra leading length-1 axes.
        if matches!(value, Value::List(_) | Value::Tuple(_)) && src.ndim() > view.ndim() {
            return Err(PyErr::value(format!(
                "setting an array element with a sequence. The requested array would exceed the maximum number of dimension of {}.",
                view.ndim()
            )));
        }
        let extra = src.ndim().saturating_sub(view.ndim());
        if extra > 0 && src.shape[..extra].iter().all(|&d| d == 1) {
            let fewer = NdArray::view(
                &src,
                src.offset as isize,
                src.shape[extra..].to_vec(),
                src.strides[extra..].to_vec(),
                src.dtype,
            )?;
            return assign_into(&view, &fewer);
        }
        assign_into(&view, &src)
    } else if a.swapped {
        // Scattered element bytes are stored as they are: give them a's order.
        let c = crate::array::kernels::to_contiguous(&src, a.dtype)?;
        let src = Rc::new(crate::array::byteorder::into_swapped(c));
        crate::array::fancy::assign_advanced(a, &items, &src)
    } else {
        crate::array::fancy::assign_advanced(a, &items, &src)
    }
}

/// One element (`y[0] = v` on a 1-d array) takes a scalar only: NumPy 2 refuses
/// sequences and arrays with more than zero dimensions, with the message of the dtype's
/// scalar conversion (`int()`, `complex()`'s "must be real number"). A bool element
/// takes Python's truth of a sequence or of a one-element array instead: `Some(truth)`.
fn element_value(value: &Value, dtype: DType) -> PyResult<Option<bool>> {
    let sequence = || PyErr::value("setting an array element with a sequence.");
    let name = || value.type_of().short_name();
    match value {
        Value::Array(v) if v.ndim() > 0 => match dtype {
            DType::Bool if v.size() == 1 => Ok(Some(crate::value::convert::truthy(value)?)),
            d if d.is_complex() => Err(PyErr::type_err(
                "only 0-dimensional arrays can be converted to Python scalars",
            )),
            _ => Err(sequence()),
        },
        Value::List(_) | Value::Tuple(_) => match dtype {
            DType::Bool => Ok(Some(crate::value::convert::truthy(value)?)),
            d if d.is_int() => Err(PyErr::type_err(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                name()
            ))),
            d if d.is_complex() => Err(PyErr::type_err(format!(
                "must be real number, not {}",
                name()
            ))),
            _ => Err(sequence()),
        },
        _ => Ok(None),
    }
}
