//! A ufunc object's attributes: `__name__`, `nin`, `nout`, `nargs`, `identity`,
//! `ntypes`, `types` and `signature`, from NumPy's own table (`table.rs`).

use super::methods::ufunc_name;
use super::table::{Ident, UFUNCS};
use crate::value::Value;

/// `ufunc.<name>` for the ufunc behind `numpy.<short>`; `None` for other names.
pub fn attr(qualname: &str, name: &str) -> Option<Value> {
    // The two-output ufuncs (`divmod`, `modf`, `frexp`) are not in `ufunc_name`'s lists.
    let short = qualname.strip_prefix("numpy.")?;
    let uname = ufunc_name(qualname).unwrap_or(short);
    let info = UFUNCS.iter().find(|u| u.name == uname)?;
    Some(match name {
        "__name__" | "__qualname__" => Value::str(uname),
        "nin" => Value::Int(info.nin as i128),
        "nout" => Value::Int(info.nout as i128),
        "nargs" => Value::Int((info.nin + info.nout) as i128),
        "identity" => match info.identity {
            Ident::None => Value::None,
            Ident::Bool(b) => Value::Bool(b),
            Ident::Int(i) => Value::Int(i as i128),
            Ident::Float(f) => Value::Float(f),
        },
        "ntypes" => Value::Int(info.types.len() as i128),
        "types" => Value::list(info.types.iter().map(|t| Value::str(t)).collect()),
        "signature" => info.signature.map(Value::str).unwrap_or(Value::None),
        _ => return None,
    })
}
