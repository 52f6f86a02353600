//! Host objects: what the `np` namespace makes that is neither an array nor one of Python's
//! own types (random generators, PIL images, `x.flat`, non-native dtypes, `np.errstate`, …).
//! `Value::Object` holds one behind this trait, so the value floor needs nothing from the
//! floors above it; `numpy::objects::HostObject` implements it, and the `np` code that
//! made an object gets it back through `as_any`.

use super::{PyType, Value};
use crate::error::PyResult;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

/// A shared, mutable host object, as `Value::Object` holds it.
pub type HostRef = Rc<RefCell<dyn Host>>;

pub trait Host: Any + std::fmt::Debug {
    /// `type(obj)`.
    fn py_type(&self) -> PyType;
    /// `repr(obj)`.
    fn repr(&self) -> String;
    /// `str(obj)`: the repr, unless the object prints otherwise.
    fn str(&self) -> String {
        self.repr()
    }
    /// A data attribute (`img.size`, `x.flat.base`), or None when it has no such attribute.
    fn attr(&self, name: &str) -> Option<Value>;
    /// Does `obj.name(...)` name a method of this object?
    fn has_method(&self, name: &str) -> bool;
    /// `len(obj)`, or None when it has no length (an object with one is false when empty).
    fn length(&self) -> Option<usize> {
        None
    }
    /// Can the object be a dict key or set member (a mutable container cannot)?
    fn hashable(&self) -> bool {
        true
    }
    /// What iterating the object gives, or None when it is not iterable.
    fn items(&self) -> Option<PyResult<Vec<Value>>> {
        None
    }
    /// `self == other` when the object defines its own equality (a non-native dtype equals
    /// its spellings), else None (identity decides).
    fn eq_value(&self, _other: &Value) -> Option<bool> {
        None
    }
    /// NumPy's `__array__`: the array the object converts to (`np.asarray(obj)`), or None.
    fn array(&self) -> Option<Value> {
        None
    }
    /// An object that is its own iterator (a file yields its lines): the next item, None
    /// at the end; never asked of an object whose `is_iterator` is false.
    fn next_item(&mut self) -> PyResult<Option<Value>> {
        Ok(None)
    }
    /// Is the object its own iterator (`iter(f) is f`), pulled with `next_item`?
    fn is_iterator(&self) -> bool {
        false
    }
    /// The object as its own type, for the code that made it.
    fn as_any(&self) -> &dyn Any;
    fn as_any_mut(&mut self) -> &mut dyn Any;
}
