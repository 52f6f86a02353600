//! The `with` statement's side of context managers: NumPy's (`np.errstate`,
//! `np.printoptions`) are entered and exited by the `numpy` namespace; a file object
//! enters as itself and is closed on the way out.

use super::interp::Interp;
use crate::error::PyResult;
use crate::numpy::contexts;
use crate::value::Value;

pub fn enter(it: &mut Interp, cm: &Value) -> PyResult<Value> {
    // A file object is its own context manager: `with open(p) as f` binds the file.
    if let Some(r) = crate::value::file::with_file(cm, |f| f.check_open()) {
        return r.map(|()| cm.clone());
    }
    match cm {
        Value::Object(o) => contexts::enter(it, o),
        other => Err(contexts::not_a_manager(&other.type_of().tp_name())),
    }
}

pub fn exit(it: &mut Interp, cm: &Value) -> PyResult<()> {
    if let Some(()) = crate::value::file::with_file(cm, |f| f.close()) {
        return Ok(());
    }
    match cm {
        Value::Object(o) => contexts::exit(it, o),
        _ => Ok(()),
    }
}
