//! Binding call arguments to parameter names, with Python's TypeError messages.

use crate::error::{PyErr, PyResult};
use crate::value::Value;

/// Evaluated call arguments.
#[derive(Clone, Debug, Default)]
pub struct Args {
    pub pos: Vec<Value>,
    pub kw: Vec<(String, Value)>,
}

impl Args {
    pub fn new(pos: Vec<Value>) -> Args {
        Args {
            pos,
            kw: Vec::new(),
        }
    }

    /// Bind to `params` (names; a leading `*` marks keyword-only). Returns one slot per
    /// parameter. `required` is how many leading parameters must be given.
    pub fn bind(
        &self,
        fname: &str,
        params: &[&str],
        required: usize,
    ) -> PyResult<Vec<Option<Value>>> {
        let positional: Vec<&str> = params
            .iter()
            .filter(|p| !p.starts_with('*'))
            .copied()
            .collect();
        let mut slots: Vec<Option<Value>> = vec![None; params.len()];
        if self.pos.len() > positional.len() {
            return Err(PyErr::type_err(format!(
                "{}() takes {} positional argument{} but {} {} given",
                fname,
                if positional.len() == required || required == 0 {
                    positional.len().to_string()
                } else {
                    format!("from {} to {}", required, positional.len())
                },
                if positional.len() == 1 { "" } else { "s" },
                self.pos.len(),
                if self.pos.len() == 1 { "was" } else { "were" }
            )));
        }
        let mut pi = 0;
        for (i, p) in params.iter().enumerate() {
            if p.starts_with('*') {
                continue;
            }
            if pi < self.pos.len() {
                slots[i] = Some(self.pos[pi].clone());
                pi += 1;
            }
        }
        for (k, v) in &self.kw {
            let idx = params.iter().position(|p| p.trim_start_matches('*') == k);
            match idx {
                Some(i) => {
                    if slots[i].is_some() {
                        return Err(PyErr::type_err(format!(
                            "{}() got multiple values for argument '{}'",
                            fname, k
                        )));
                    }
                    slots[i] = Some(v.clone());
                }
                None => {
                    return Err(PyErr::type_err(format!(
                        "{}() got an unexpected keyword argument '{}'",
                        fname, k
                    )));
                }
            }
        }
        for (i, p) in params.iter().enumerate().take(required) {
            if slots[i].is_none() {
                return Err(PyErr::type_err(format!(
                    "{}() missing required argument '{}' (pos {})",
                    fname,
                    p.trim_start_matches('*'),
                    i + 1
                )));
            }
        }
        Ok(slots)
    }

    pub fn is_empty(&self) -> bool {
        self.pos.is_empty() && self.kw.is_empty()
    }
}

/// Treat a missing or `None` argument alike.
pub fn given(v: &Option<Value>) -> Option<&Value> {
    match v {
        None | Some(Value::None) => None,
        Some(v) => Some(v),
    }
}
