//! `id(x)`: a stable address-like number per object, which method reprs and the hashes
//! of objects without their own hash use too.

use super::Value;
use std::rc::Rc;

/// A stable address-like number for `id()` and method reprs.
pub fn identity(v: &Value) -> usize {
    match v {
        Value::Array(a) => Rc::as_ptr(a) as usize,
        Value::List(l) => Rc::as_ptr(l) as *const u8 as usize,
        Value::Tuple(t) => Rc::as_ptr(t) as *const u8 as usize,
        Value::Dict(d) => Rc::as_ptr(d) as *const u8 as usize,
        Value::Str(s) => s.as_ptr() as usize,
        Value::Object(o) => Rc::as_ptr(o) as *const u8 as usize,
        Value::Set(o) => Rc::as_ptr(o) as *const u8 as usize,
        Value::DictView(o, k) => Rc::as_ptr(o) as *const u8 as usize + 8 * (*k as usize + 1),
        Value::Iter(o) => Rc::as_ptr(o) as *const u8 as usize,
        Value::Function(f) => Rc::as_ptr(f) as *const u8 as usize,
        Value::Exception(e) => Rc::as_ptr(e) as *const u8 as usize,
        Value::Flags(a) | Value::Memory(a) => Rc::as_ptr(a) as usize + 1,
        other => other as *const Value as usize,
    }
}
