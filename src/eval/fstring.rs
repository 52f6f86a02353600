//! f-strings: each field's value, converted (`!r`, `!s`, `!a`) and formatted with its spec
//! (itself an f-string) by Python's `format()`.

use super::interp::Interp;
use crate::error::PyResult;
use crate::syntax::ast::FPart;

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
                    let _words = self.formatted(&[&v])?;
                    let v = match conversion {
                        Some(c) => crate::format::str_format::convert(&v, *c)?,
                        None => v,
                    };
                    let spec = self.fstring(spec)?;
                    out.push_str(&crate::format::spec::format_value(&v, &spec)?);
                }
            }
        }
        Ok(out)
    }
}
