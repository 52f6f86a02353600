//! Conversions between runtime values: integers and shapes from arguments, dtypes from every
//! spelling, and `np.array`'s nested-sequence discovery (shape and dtype inference).

use crate::array::dtype::{DType, Kind};
use crate::array::element::{Element, Num};
use crate::array::kernels;
use crate::array::object::{ArrayRef, NdArray};
use crate::error::{PyErr, PyResult};
use crate::value::{PyType, Value};
use std::rc::Rc;

/// An integer argument (`operator.index` semantics) with Python's error for other types.
pub fn to_int(v: &Value) -> PyResult<i128> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i128),
        Value::BigInt(_) => Err(PyErr::overflow(
            "cannot fit 'int' into an index-sized integer",
        )),
        Value::Scalar(d, Num::Int(i)) if d.is_int() => Ok(*i),
        Value::Scalar(DType::Bool, Num::Bool(b)) => Ok(*b as i128),
        Value::Array(a) if a.ndim() == 0 && a.dtype.is_int() => match a.get(&[]) {
            Num::Int(i) => Ok(i),
            _ => Err(not_integer(v)),
        },
        _ => Err(not_integer(v)),
    }
}

fn not_integer(v: &Value) -> PyErr {
    PyErr::type_err(format!(
        "'{}' object cannot be interpreted as an integer",
        v.type_of().tp_name()
    ))
}

pub fn to_i64(v: &Value) -> PyResult<i64> {
    let i = to_int(v)?;
    i64::try_from(i).map_err(|_| PyErr::overflow("Python int too large to convert to C ssize_t"))
}

/// A Python number as a float (`float(x)`), including NumPy scalars and 0-d arrays.
pub fn to_f64(v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::BigInt(b) => crate::value::bigint::to_f64(b),
        Value::Bool(b) => Ok(*b as u8 as f64),
        Value::Scalar(_, n) => Ok(n.as_f64()),
        Value::Array(a) if a.size() == 1 => Ok(a.get(&vec![0; a.ndim()]).as_f64()),
        _ => Err(PyErr::type_err(format!(
            "must be real number, not {}",
            v.type_of().short_name()
        ))),
    }
}

/// Python truthiness, with NumPy's error for arrays of more than one element.
pub fn truthy(v: &Value) -> PyResult<bool> {
    Ok(match v {
        Value::None => false,
        Value::Bool(b) => *b,
        Value::Int(i) => *i != 0,
        Value::BigInt(_) => true,
        Value::Float(f) => *f != 0.0,
        Value::Complex(r, i) => *r != 0.0 || *i != 0.0,
        Value::Str(s) => !s.is_empty(),
        Value::Bytes(b) => !b.is_empty(),
        Value::ByteArray(b) => !b.borrow().is_empty(),
        Value::Tuple(t) => !t.is_empty(),
        Value::List(l) => !l.borrow().is_empty(),
        Value::Dict(d) | Value::DictView(d, _) => !d.borrow().is_empty(),
        Value::Set(x) => !x.borrow().is_empty(),
        Value::Object(o) => o.borrow().length().is_none_or(|n| n > 0),
        Value::Range(a, b, s) => range_len(*a, *b, *s) > 0,
        Value::Scalar(_, n) => n.is_true(),
        Value::Array(a) => {
            if a.size() == 1 {
                a.get(&vec![0; a.ndim()]).is_true()
            } else if a.size() == 0 {
                return Err(PyErr::value(
                    "The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.",
                ));
            } else {
                return Err(PyErr::value(
                    "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()",
                ));
            }
        }
        _ => true,
    })
}

/// Number of elements of `range(start, stop, step)`, saturating instead of overflowing
/// (callers reject such sizes anyway).
pub fn range_len(start: i128, stop: i128, step: i128) -> i128 {
    let count = |span: Option<i128>, step: i128| match span {
        Some(d) => (d - 1) / step + 1,
        None => i128::MAX,
    };
    if step > 0 && stop > start {
        count(stop.checked_sub(start), step)
    } else if step < 0 && start > stop {
        count(
            start.checked_sub(stop),
            step.checked_neg().unwrap_or(i128::MAX),
        )
    } else {
        0
    }
}

/// A dtype from any accepted spelling (`np.uint8`, `'u1'`, `int`, a dtype object, …).
pub fn to_dtype(v: &Value) -> PyResult<DType> {
    match v {
        Value::DType(d) => Ok(*d),
        Value::Type(t) => match t {
            PyType::Int => Ok(DType::I64),
            PyType::Float => Ok(DType::F64),
            PyType::Complex => Ok(DType::C128),
            PyType::Bool => Ok(DType::Bool),
            PyType::Scalar(d) | PyType::DTypeClass(d) => Ok(*d),
            other => Err(
                crate::numpy::scalar_types::dtype_error(*other).unwrap_or_else(|| {
                    PyErr::type_err(format!(
                        "Cannot interpret '<class '{}'>' as a data type",
                        other.qualname()
                    ))
                }),
            ),
        },
        Value::Str(s) => DType::from_str_spec(s).map_err(|m| {
            if m.contains("big-endian") {
                PyErr::not_implemented(m)
            } else {
                PyErr::type_err(m)
            }
        }),
        Value::Array(a) => Ok(a.dtype),
        other => Err(PyErr::type_err(format!(
            "Cannot interpret '{}' as a data type",
            super::hooks::repr(other)
        ))),
    }
}

/// One length of a shape argument: NumPy's ValueError (not Python's OverflowError) for an
/// int no `npy_intp` holds.
fn to_dim(v: &Value) -> PyResult<i64> {
    i64::try_from(to_int(v)?).map_err(|_| PyErr::value("Maximum allowed dimension exceeded"))
}

/// A shape argument: an int or a sequence of ints.
pub fn to_shape(v: &Value) -> PyResult<Vec<i64>> {
    match v {
        Value::Tuple(_) | Value::List(_) => iter_values(v)?.iter().map(to_dim).collect(),
        Value::Array(a) if a.ndim() == 1 => a
            .to_nums()?
            .iter()
            .map(|n| match n {
                Num::Int(i) => Ok(*i as i64),
                _ => Err(PyErr::type_err(
                    "expected a sequence of integers or a single integer",
                )),
            })
            .collect(),
        _ => Ok(vec![to_dim(v).map_err(|e| {
            if e.class == "ValueError" {
                return e;
            }
            PyErr::type_err(format!(
                "'{}' object cannot be interpreted as an integer",
                v.type_of().short_name()
            ))
        })?]),
    }
}

/// A non-negative shape with NumPy's error for negative dimensions.
pub fn to_dims(v: &Value) -> PyResult<Vec<usize>> {
    to_shape(v)?
        .into_iter()
        .map(|d| {
            usize::try_from(d).map_err(|_| PyErr::value("negative dimensions are not allowed"))
        })
        .collect()
}

fn copy_items(items: &[Value]) -> PyResult<Vec<Value>> {
    let mut out = kernels::vec_for_list(items.len())?;
    out.extend_from_slice(items);
    Ok(out)
}

/// [`iter_values`], with the caller's TypeError (`err()`) in place of "'x' object is not
/// iterable": CPython's callers name their own operation (`can only assign an iterable`,
/// `cannot convert 'int' object to bytearray`).
pub fn iter_values_or(v: &Value, err: impl FnOnce() -> PyErr) -> PyResult<Vec<Value>> {
    iter_values(v).map_err(|e| {
        if e.class == "TypeError" && e.msg.ends_with("object is not iterable") {
            err()
        } else {
            e
        }
    })
}

/// The items of an iterable value, as Python's `iter()` would give them.
pub fn iter_values(v: &Value) -> PyResult<Vec<Value>> {
    Ok(match v {
        // Fallible copies: a list that just fit in memory must not abort on its copy.
        Value::Tuple(t) => copy_items(t)?,
        Value::List(l) => copy_items(&l.borrow())?,
        Value::Range(a, b, s) => {
            let n = usize::try_from(range_len(*a, *b, *s))
                .ok()
                .filter(|&n| n <= isize::MAX as usize)
                .ok_or_else(|| PyErr::overflow("Python int too large to convert to C ssize_t"))?;
            let mut out = kernels::vec_for_list(n)?;
            out.extend((0..n as i128).map(|i| Value::Int(a + i * s)));
            out
        }
        Value::Str(s) => s.chars().map(|c| Value::str(&c.to_string())).collect(),
        Value::Bytes(b) => b.iter().map(|&x| Value::Int(x as i128)).collect(),
        Value::ByteArray(b) => b.borrow().iter().map(|&x| Value::Int(x as i128)).collect(),
        Value::Dict(d) => d.borrow().iter().map(|(k, _)| k.clone()).collect(),
        Value::DictView(d, kind) => dict_view_items(&d.borrow(), *kind),
        Value::Set(x) => x.borrow().items(),
        // Iterating an iterator consumes it.
        Value::Iter(i) => super::lazy::rest(i, &mut super::lazy::NoContext::new())?,
        Value::Object(o) if o.borrow().is_iterator() => {
            let mut out = Vec::new();
            while let Some(x) = o.borrow_mut().next_item()? {
                out.push(x);
            }
            out
        }
        Value::Object(o) => {
            let items = o.borrow().items();
            match items {
                Some(items) => items?,
                None => return Err(not_iterable(v)),
            }
        }
        Value::Array(a) => {
            if a.ndim() == 0 {
                return Err(PyErr::type_err("iteration over a 0-d array"));
            }
            let mut out = kernels::vec_for_list(a.shape[0])?;
            for i in 0..a.shape[0] {
                out.push(super::index::item_at(a, i)?);
            }
            out
        }
        other => return Err(not_iterable(other)),
    })
}

fn not_iterable(v: &Value) -> PyErr {
    PyErr::type_err(format!(
        "'{}' object is not iterable",
        v.type_of().short_name()
    ))
}

/// What iterating a dict view yields: keys, values or `(key, value)` tuples.
pub fn dict_view_items(d: &[(Value, Value)], kind: crate::value::DictViewKind) -> Vec<Value> {
    use crate::value::DictViewKind::*;
    d.iter()
        .map(|(k, v)| match kind {
            Keys => k.clone(),
            Values => v.clone(),
            Items => Value::tuple(vec![k.clone(), v.clone()]),
        })
        .collect()
}

/// A Python or NumPy number as a dynamic element value.
pub fn to_num(v: &Value) -> Option<Num> {
    match v {
        Value::Bool(b) => Some(Num::Bool(*b)),
        Value::Int(i) => Some(Num::Int(*i)),
        Value::Float(f) => Some(Num::Float(*f)),
        Value::Complex(r, i) => Some(Num::Complex(*r, *i)),
        Value::Scalar(_, n) => Some(*n),
        _ => None,
    }
}

/// A Python or NumPy scalar taken as an operand, as a 0-d array of the dtype NumPy
/// discovers for it (in an uncounted cell, see [`NdArray::scalar_operand`]); `None` for
/// anything else.
pub fn scalar_operand(v: &Value) -> PyResult<Option<NdArray>> {
    match v {
        Value::Bool(_)
        | Value::Int(_)
        | Value::Float(_)
        | Value::Complex(..)
        | Value::Scalar(..) => {
            let d = element_dtype(v)?;
            NdArray::scalar_operand(d, element_num(v, d)?).map(Some)
        }
        _ => Ok(None),
    }
}

/// The dtype NumPy discovers for one Python/NumPy element.
fn element_dtype(v: &Value) -> PyResult<DType> {
    match v {
        Value::Bool(_) => Ok(DType::Bool),
        Value::Int(i) => {
            if i64::try_from(*i).is_ok() {
                Ok(DType::I64)
            } else if u64::try_from(*i).is_ok() {
                Ok(DType::U64)
            } else {
                Err(PyErr::overflow("Python int too large to convert to C long"))
            }
        }
        // NumPy makes an object array of such ints; arrsh has no object dtype.
        Value::BigInt(_) => Err(PyErr::overflow("Python int too large to convert to C long")),
        Value::Float(_) => Ok(DType::F64),
        Value::Complex(..) => Ok(DType::C128),
        Value::Scalar(d, _) => Ok(*d),
        Value::Array(a) => Ok(a.dtype),
        Value::None => Err(PyErr::type_err(
            "arrsh arrays hold numbers only: None would need dtype=object",
        )),
        Value::Str(_) => Err(PyErr::type_err(
            "arrsh arrays hold numbers only: strings are not supported",
        )),
        other => Err(PyErr::type_err(format!(
            "arrsh arrays hold numbers only: cannot store a '{}' object",
            other.type_of().short_name()
        ))),
    }
}

/// Discover the shape of nested sequences (NumPy's error for ragged input).
fn discover_shape(
    v: &Value,
    depth: usize,
    shape: &mut Vec<usize>,
    known: &mut bool,
) -> PyResult<()> {
    if depth > crate::array::layout::MAX_DIMS {
        // Also what ends a list that contains itself.
        return Err(PyErr::value(format!(
            "setting an array element with a sequence. The requested array would exceed the maximum number of dimension of {}.",
            crate::array::layout::MAX_DIMS
        )));
    }
    let items = match v {
        Value::List(_) | Value::Tuple(_) | Value::Range(..) => Some(iter_values(v)?),
        _ => None,
    };
    match (items, v) {
        (Some(items), _) => {
            record_dim(shape, depth, items.len(), known)?;
            for it in &items {
                discover_shape(it, depth + 1, shape, known)?;
            }
        }
        (None, Value::Array(a)) => {
            for (k, &d) in a.shape.iter().enumerate() {
                record_dim(shape, depth + k, d, known)?;
            }
            if shape.len() > depth + a.ndim() && *known {
                return Err(inhomogeneous(depth + a.ndim(), shape));
            }
        }
        _ => {
            if shape.len() > depth && *known {
                return Err(inhomogeneous(depth, shape));
            }
            if shape.len() == depth {
                *known = true;
            }
        }
    }
    Ok(())
}

fn record_dim(shape: &mut Vec<usize>, depth: usize, n: usize, known: &mut bool) -> PyResult<()> {
    if shape.len() == depth {
        if *known {
            return Err(inhomogeneous(depth, shape));
        }
        shape.push(n);
    } else if shape[depth] != n {
        return Err(inhomogeneous(depth, shape));
    }
    Ok(())
}

fn inhomogeneous(depth: usize, shape: &[usize]) -> PyErr {
    let s = crate::array::layout::shape_str(&shape[..depth.min(shape.len())]);
    PyErr::value(format!(
        "setting an array element with a sequence. The requested array has an inhomogeneous shape after {} dimensions. The detected shape was {} + inhomogeneous part.",
        depth, s
    ))
}

/// Gather the leaves of nested sequences; an array stays whole (it stands for all its
/// elements in C order), so `np.array([x, x])` of a huge zero-stride view fails at the
/// result's allocation with NumPy's MemoryError instead of expanding the view first.
fn collect_leaves(v: &Value, out: &mut Vec<Value>) -> PyResult<()> {
    match v {
        Value::List(_) | Value::Tuple(_) | Value::Range(..) => {
            for it in iter_values(v)? {
                collect_leaves(&it, out)?;
            }
        }
        other => out.push(other.clone()),
    }
    Ok(())
}

/// `np.array(obj, dtype)` for non-array input: a new array (always a copy).
pub fn array_from_value(v: &Value, dtype: Option<DType>) -> PyResult<NdArray> {
    if let Value::Array(a) = v {
        return kernels::to_contiguous(a, dtype.unwrap_or(a.dtype));
    }
    if let Value::Object(o) = v {
        let converted = o.borrow().array();
        if let Some(Value::Array(a)) = converted {
            return kernels::to_contiguous(&a, dtype.unwrap_or(a.dtype));
        }
    }
    if let Value::Bytes(_) | Value::ByteArray(_) | Value::Str(_) = v {
        return Err(PyErr::type_err(
            "arrsh arrays hold numbers only: strings are not supported",
        ));
    }
    // A NumPy scalar on its own is cast as its 0-d array would be (NaN to int does not
    // raise, unlike a Python float or one inside a list).
    if let (Value::Scalar(d, n), Some(to)) = (v, dtype) {
        let zero_d = NdArray::zeros(&[], *d)?;
        zero_d.set(&[], *n);
        return kernels::to_contiguous(&zero_d, to);
    }
    let mut shape = Vec::new();
    let mut known = false;
    discover_shape(v, 0, &mut shape, &mut known)?;
    let mut leaves = Vec::new();
    collect_leaves(v, &mut leaves)?;
    let dt = match dtype {
        Some(d) => d,
        None => {
            let mut acc: Option<DType> = None;
            // An empty nested array adds no element, so it adds no dtype either.
            for l in leaves
                .iter()
                .filter(|l| !matches!(l, Value::Array(a) if a.size() == 0))
            {
                let d = element_dtype(l)?;
                acc = Some(match acc {
                    None => d,
                    Some(a) => DType::promote(a, d),
                });
            }
            // Arrays nested in lists keep their dtype; an empty list is float64.
            acc.unwrap_or(DType::F64)
        }
    };
    let arr = NdArray::zeros(&shape, dt)?;
    // Store the leaves in C order: a scalar in one slot, a nested array element by element.
    let mut idx = vec![0usize; shape.len()];
    let mut store = |v: &Value| -> PyResult<()> {
        arr.set(&idx, element_num(v, dt)?);
        for ax in (0..shape.len()).rev() {
            idx[ax] += 1;
            if idx[ax] < shape[ax] {
                break;
            }
            idx[ax] = 0;
        }
        Ok(())
    };
    for l in &leaves {
        match l {
            Value::Array(a) => {
                for n in a.to_nums()? {
                    store(&Value::Scalar(a.dtype, n))?;
                }
            }
            other => store(other)?,
        }
    }
    Ok(arr)
}

fn is_int_kind(dt: DType) -> bool {
    matches!(dt.kind(), Kind::Int | Kind::UInt)
}

/// Python's `int(f)`.
fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(PyErr::value("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(PyErr::overflow("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() >= 2f64.powi(127) {
        return Err(PyErr::overflow("Python int too large to convert to C long"));
    }
    Ok(Value::Int(t as i128))
}

/// Convert one element for storing into `dt`, with NumPy 2's overflow error for Python ints.
pub fn element_num(v: &Value, dt: DType) -> PyResult<Num> {
    match v {
        Value::Int(i) => {
            if let Some((lo, hi)) = dt.int_range() {
                // Converted as a C long first (a C unsigned long for unsigned dtypes).
                let c_long = i64::try_from(*i).is_ok();
                let c_ulong =
                    dt.kind() == crate::array::dtype::Kind::UInt && u64::try_from(*i).is_ok();
                if dt != DType::Bool && !(c_long || c_ulong) {
                    return Err(PyErr::overflow("Python int too large to convert to C long"));
                }
                if dt != DType::Bool && (*i < lo || *i > hi) {
                    return Err(PyErr::overflow(format!(
                        "Python integer {} out of bounds for {}",
                        i,
                        dt.name()
                    )));
                }
            }
            Ok(Num::Int(*i))
        }
        Value::BigInt(b) => match dt.kind() {
            crate::array::dtype::Kind::Bool => Ok(Num::Bool(true)),
            crate::array::dtype::Kind::Float => Ok(Num::Float(crate::value::bigint::to_f64(b)?)),
            crate::array::dtype::Kind::Complex => {
                Ok(Num::Complex(crate::value::bigint::to_f64(b)?, 0.0))
            }
            _ => Err(PyErr::overflow("Python int too large to convert to C long")),
        },
        Value::Complex(..) if is_int_kind(dt) => Err(PyErr::type_err(
            "int() argument must be a string, a bytes-like object or a real number, not 'complex'",
        )),
        Value::Complex(..) if !dt.is_complex() => Err(PyErr::type_err(
            "float() argument must be a string or a real number, not 'complex'".to_string(),
        )),
        // A Python float (or NumPy float scalar) stored into an integer array goes
        // through Python's `int()`: NaN and inf raise, the truncated value is range-checked.
        Value::Float(f) if is_int_kind(dt) => element_num(&float_to_int(*f)?, dt),
        Value::Scalar(d, Num::Float(f)) if is_int_kind(dt) && d.kind() == Kind::Float => {
            element_num(&float_to_int(*f)?, dt)
        }
        other => to_num(other).ok_or_else(|| {
            PyErr::type_err(format!(
                "arrsh arrays hold numbers only: cannot store a '{}' object",
                other.type_of().short_name()
            ))
        }),
    }
}

/// Any value as an array (scalars become 0-d arrays; arrays are returned as they are).
pub fn as_array(v: &Value) -> PyResult<ArrayRef> {
    match v {
        Value::Array(a) => Ok(a.clone()),
        other => Ok(Rc::new(array_from_value(other, None)?)),
    }
}

/// Convert a NumPy element to its Python value (`.item()`, `.tolist()`).
pub fn num_to_py(d: DType, n: Num) -> Value {
    match n {
        Num::Bool(b) => Value::Bool(b),
        Num::Int(i) => Value::Int(i),
        Num::Float(f) => Value::Float(match d {
            DType::F32 => f32::from_num(n) as f64,
            _ => f,
        }),
        Num::Complex(r, i) => Value::Complex(r, i),
    }
}
