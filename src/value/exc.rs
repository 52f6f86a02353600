//! What Python code attached to an exception (`error::Extra`'s content): the arguments it
//! was made with, its `__cause__` and `__context__`. An error raised inside arrsh has
//! none; its `args` are then its message, as for an exception made with one string.

use super::Value;
use crate::error::{Extra, PyErr};
use std::rc::Rc;

#[derive(Debug, Default, Clone)]
pub struct ExcInfo {
    /// `e.args`, when the exception was made from Python values.
    pub args: Option<Vec<Value>>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    /// An ImportError's `name`: the module that could not be found.
    pub name: Option<Value>,
}

/// The payload of `e` (empty for an error arrsh raised itself).
pub fn info(e: &PyErr) -> ExcInfo {
    e.extra
        .as_ref()
        .and_then(|x| (**x.0).downcast_ref::<ExcInfo>())
        .cloned()
        .unwrap_or_default()
}

/// A ModuleNotFoundError for module `name`.
pub fn import_error(msg: String, name: &str) -> PyErr {
    with_info(
        PyErr::module_not_found(msg),
        ExcInfo {
            name: Some(Value::str(name)),
            ..Default::default()
        },
    )
}

pub fn with_info(mut e: PyErr, info: ExcInfo) -> PyErr {
    e.extra = Some(Extra(Rc::new(Box::new(info))));
    e
}

/// `e.args`.
pub fn args(e: &PyErr) -> Vec<Value> {
    match info(e).args {
        Some(a) => a,
        None if e.msg.is_empty() => Vec::new(),
        None => vec![Value::str(&e.msg)],
    }
}

/// A `KeyError` for `key`: its message is the key's repr, its argument the key.
pub fn key_error(key: &Value) -> PyErr {
    with_info(
        PyErr::key(super::hooks::repr(key)),
        ExcInfo {
            args: Some(vec![key.clone()]),
            ..Default::default()
        },
    )
}
