//! Python's `object`: the class every value is an instance of (`isinstance(x, object)`),
//! and `object()`, a fresh featureless instance — the sentinel idiom
//! (`MISSING = object()`, then `if value is MISSING:`). It equals only itself and hashes
//! by identity, as CPython's does.

use crate::error::{PyErr, PyResult};
use crate::value::args::Args;
use crate::value::{PyType, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// The class `object`.
pub const CLASS: PyType = PyType::Named("object");

#[derive(Debug)]
struct PlainObject;

impl crate::value::host::Host for PlainObject {
    fn py_type(&self) -> PyType {
        CLASS
    }
    fn repr(&self) -> String {
        format!(
            "<object object at 0x{:x}>",
            self as *const PlainObject as usize
        )
    }
    fn attr(&self, _name: &str) -> Option<Value> {
        None
    }
    fn has_method(&self, _name: &str) -> bool {
        false
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

/// `object()`.
pub fn construct(args: &Args) -> PyResult<Value> {
    if !args.pos.is_empty() || !args.kw.is_empty() {
        return Err(PyErr::type_err("object() takes no arguments"));
    }
    Ok(Value::Object(Rc::new(RefCell::new(PlainObject))))
}
