//! f-strings: each field's value, converted (`!r`, `!s`, `!a`) and formatted with its spec
//! (itself an f-string) by Python's `format()`.

use super::interp::Interp;
use crate::error::PyResult;
use crate::syntax::ast::FPart;
use crate::value::Value;

impl Interp {
    pub(super) fn fstring(&mut self, parts: &[FPart]) -> PyResult<String> {
        let mut out = String::new();
        for p in parts {
            match p {
                FPart::Lit(s) => out.push_str(s),
                FPart::Field {
                    value,
                    conversion,
                    spec,
                    debug,
                } => {
                    if let Some(d) = debug {
                        out.push_str(d);
                    }
                    let v = self.eval(value)?;
                    let v = match conversion {
                        Some('r') => Value::str(&crate::format::try_repr(&v)?),
                        Some('a') => Value::str(&ascii(&crate::format::try_repr(&v)?)),
                        Some(_) => Value::str(&crate::format::try_str(&v)?),
                        None => v,
                    };
                    let spec = self.fstring(spec)?;
                    out.push_str(&format_field(&v, &spec)?);
                }
            }
        }
        Ok(out)
    }
}

/// Python's `ascii()` of a repr: non-ASCII characters as escapes.
pub fn ascii(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c as u32 {
            0..=0x7f => out.push(c),
            n @ 0x80..=0xff => out.push_str(&format!("\\x{:02x}", n)),
            n @ 0x100..=0xffff => out.push_str(&format!("\\u{:04x}", n)),
            n => out.push_str(&format!("\\U{:08x}", n)),
        }
    }
    out
}

/// `format(v, spec)` for a field: Python's `__format__`, NumPy scalars and arrays included.
fn format_field(v: &Value, spec: &str) -> PyResult<String> {
    crate::format::spec::format_value(v, spec)
}
