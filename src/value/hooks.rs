//! The two things the value floor must ask of the floors above it: a value's `repr` (for
//! error messages such as `Cannot interpret '5' as a data type`; the printer lives in
//! `format/`) and whether an `np` function is a ufunc (`type(np.add)` is `numpy.ufunc`;
//! the ufunc tables live in `numpy/`, where new ufuncs are added). The interpreter installs
//! them once when it is made (`Interp::new`), so value/ names nothing above it.

use super::Value;
use std::sync::OnceLock;

/// The answers the floors above give; plain functions, so one set serves every thread.
pub struct Hooks {
    /// `repr(v)`, as the printer writes it.
    pub repr: fn(&Value) -> String,
    /// NumPy's name of the ufunc behind `numpy.<short>`, or None for any other function.
    pub ufunc_name: fn(&str) -> Option<&'static str>,
}

static HOOKS: OnceLock<Hooks> = OnceLock::new();

/// Install the hooks; later calls keep the first set (there is only one printer).
pub fn install(hooks: Hooks) {
    let _ = HOOKS.set(hooks);
}

/// `repr(v)`; before any interpreter exists, the type's name in angle brackets.
pub fn repr(v: &Value) -> String {
    match HOOKS.get() {
        Some(h) => (h.repr)(v),
        None => format!("<{} object>", v.type_of().qualname()),
    }
}

/// NumPy's name of the ufunc behind `qualname`; before any interpreter exists, None.
pub fn ufunc_name(qualname: &str) -> Option<&'static str> {
    HOOKS.get().and_then(|h| (h.ufunc_name)(qualname))
}
