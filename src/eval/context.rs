//! The `with` statement's side of context managers: NumPy's (`np.errstate`,
//! `np.printoptions`) are entered and exited by the `numpy` namespace.

use super::interp::Interp;
use crate::error::PyResult;
use crate::numpy::contexts;
use crate::value::Value;

pub fn enter(it: &mut Interp, cm: &Value) -> PyResult<Value> {
    match cm {
        Value::Object(o) => contexts::enter(it, o),
        other => Err(contexts::not_a_manager(&other.type_of().tp_name())),
    }
}

pub fn exit(it: &mut Interp, cm: &Value) -> PyResult<()> {
    match cm {
        Value::Object(o) => contexts::exit(it, o),
        _ => Ok(()),
    }
}
