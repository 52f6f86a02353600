//! `x[index]` and `x[index] = value` for arrays and Python containers.

use crate::array::index::{self, IndexItem};
use crate::array::object::{ArrayRef, NdArray};
use crate::error::{PyErr, PyResult};
use crate::value::convert::to_int;
use crate::value::index::{array_getitem, index_items, slice_part};
use crate::value::Value;
use std::rc::Rc;

/// The array behind an `x.flat` object.
fn flat_array(o: &Rc<std::cell::RefCell<crate::numpy::objects::HostObject>>) -> Option<ArrayRef> {
    match &*o.borrow() {
        crate::numpy::objects::HostObject::FlatIter(a) => Some(a.clone()),
        _ => None,
    }
}

/// Python's `obj[key]`.
pub fn getitem(obj: &Value, key: &Value) -> PyResult<Value> {
    match obj {
        Value::Array(a) => array_getitem(a, &index_items(key)?),
        // A NumPy scalar indexes like a 0-d array, but only with `()`, `...` and `None`.
        Value::Scalar(d, n) => {
            let items = index_items(key)?;
            if !items
                .iter()
                .all(|i| matches!(i, IndexItem::NewAxis | IndexItem::Ellipsis))
            {
                return Err(PyErr::index("invalid index to scalar variable."));
            }
            let a = NdArray::zeros(&[], *d)?;
            a.set(&[], *n);
            array_getitem(&Rc::new(a), &items)
        }
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(..) | Value::Bytes(_) => {
            seq_getitem(obj, key)
        }
        Value::Dict(d) => d
            .borrow()
            .get(key)?
            .cloned()
            .ok_or_else(|| PyErr::key(crate::format::repr(key))),
        Value::Flags(a) => super::attrs::flag_item(a, key),
        // A result namedtuple indexes as its tuple.
        Value::Object(o) if o.borrow().tuple_items().is_some() => {
            let items = o.borrow().tuple_items().unwrap_or_default();
            seq_getitem(&Value::tuple(items), key)
        }
        Value::Object(o) if flat_array(o).is_some() => {
            let a = flat_array(o).ok_or_else(|| PyErr::type_err("not a flatiter"))?;
            crate::numpy::flatiter::getitem(&a, key)
        }
        Value::Object(o) if matches!(&*o.borrow(), crate::numpy::objects::HostObject::Npz(_)) => {
            match &mut *o.borrow_mut() {
                crate::numpy::objects::HostObject::Npz(z) => crate::numpy::io::npz::getitem(z, key),
                _ => Err(PyErr::type_err("not an NpzFile")),
            }
        }
        other => Err(PyErr::type_err(format!(
            "'{}' object is not subscriptable",
            other.type_of().short_name()
        ))),
    }
}

fn seq_getitem(obj: &Value, key: &Value) -> PyResult<Value> {
    let items = crate::value::convert::iter_values(obj)?;
    let kind = obj.type_of().short_name();
    match key {
        Value::Slice(s) => {
            let (start, step, n) = index::slice_indices(
                items.len(),
                slice_part(&s[0])?,
                slice_part(&s[1])?,
                slice_part(&s[2])?,
            )?;
            let picked: Vec<Value> = (0..n)
                .map(|k| items[(start + k as i64 * step) as usize].clone())
                .collect();
            Ok(match obj {
                Value::Tuple(_) => Value::tuple(picked),
                Value::Str(_) => {
                    Value::str(&picked.iter().map(crate::format::str_of).collect::<String>())
                }
                _ => Value::list(picked),
            })
        }
        _ => {
            // Past a C ssize_t (i64 here) an index cannot even be tried.
            let huge = match key {
                Value::Int(i) => i64::try_from(*i).is_err(),
                Value::BigInt(_) => true,
                _ => false,
            };
            if huge {
                return Err(PyErr::index("cannot fit 'int' into an index-sized integer"));
            }
            let i = to_int(key).map_err(|_| {
                PyErr::type_err(format!(
                    "{} indices must be integers or slices, not {}",
                    kind,
                    key.type_of().short_name()
                ))
            })?;
            let n = items.len() as i128;
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                return Err(PyErr::index(format!("{} index out of range", kind)));
            }
            Ok(items[j as usize].clone())
        }
    }
}

/// Python's `obj[key] = value`.
pub fn setitem(obj: &Value, key: &Value, value: &Value) -> PyResult<()> {
    match obj {
        Value::Array(a) => {
            a.check_writeable()?;
            crate::teach::facts::note_setitem(a);
            crate::value::index::array_setitem(a, key, value)
        }
        Value::List(l) => {
            let n = l.borrow().len() as i128;
            let i = to_int(key)?;
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                return Err(PyErr::index("list assignment index out of range"));
            }
            l.borrow_mut()[j as usize] = value.clone();
            Ok(())
        }
        Value::Dict(d) => d.borrow_mut().insert(key.clone(), value.clone()),
        Value::Flags(a) => super::attrs::set_flag(a, &crate::format::str_of(key), value),
        Value::Object(o) if flat_array(o).is_some() => {
            let a = flat_array(o).ok_or_else(|| PyErr::type_err("not a flatiter"))?;
            crate::numpy::flatiter::setitem(&a, key, value)
        }
        other => Err(PyErr::type_err(format!(
            "'{}' object does not support item assignment",
            match other {
                Value::Scalar(..) => other.type_of().qualname(),
                _ => other.type_of().short_name(),
            }
        ))),
    }
}
