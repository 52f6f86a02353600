//! Set and dict displays (`{a, b}`, `{k: v, **m}`), kept out of the expression
//! evaluator's body so its stack frame stays small (a Python call recurses through it).

use super::interp::Interp;
use super::pytypes;
use crate::error::{PyErr, PyResult};
use crate::syntax::ast::{Expr, ExprKind};
use crate::value::dict::PyDict;
use crate::value::set::PySet;
use crate::value::Value;

impl Interp {
    #[inline(never)]
    pub(super) fn set_display(&mut self, items: &[Expr]) -> PyResult<Value> {
        let vals = self.eval_items(items)?;
        let folded = items.iter().all(pytypes::is_constant);
        Ok(Value::set(PySet::from_display(vals, folded)?))
    }

    #[inline(never)]
    pub(super) fn dict_display(&mut self, items: &[(Expr, Expr)]) -> PyResult<Value> {
        let mut out = PyDict::new();
        for (k, v) in items {
            if let ExprKind::Starred(m) = &k.kind {
                // `{**m}`: the mapping's items.
                match self.eval(m)? {
                    Value::Dict(d) => {
                        let pairs = d.borrow().to_vec();
                        for (k, v) in pairs {
                            out.insert(k, v)?;
                        }
                    }
                    other => {
                        return Err(PyErr::type_err(format!(
                            "'{}' object is not a mapping",
                            other.type_of().short_name()
                        ))
                        .at(m.span))
                    }
                }
                continue;
            }
            let k = self.eval(k)?;
            let v = self.eval(v)?;
            out.insert(k, v)?;
        }
        Ok(Value::dict(out))
    }
}
