//! NumPy's result namedtuples (`EigResult`, `SVDResult`, `QRResult`, ...): tuples whose
//! items are also attributes, printed as `EigResult(eigenvalues=..., eigenvectors=...)`.

use crate::value::Value;

/// One namedtuple value: its class, field names and items (as many as fields).
pub struct NamedTuple {
    /// The qualified class name (`numpy.linalg._linalg.EigResult`).
    pub class: &'static str,
    pub fields: &'static [&'static str],
    pub items: Vec<Value>,
}

impl NamedTuple {
    pub fn short_name(&self) -> &'static str {
        self.class.rsplit('.').next().unwrap_or(self.class)
    }

    /// `EigResult(eigenvalues=array([...]), eigenvectors=array([...]))`.
    pub fn repr(&self) -> String {
        let parts: Vec<String> = self
            .fields
            .iter()
            .zip(&self.items)
            .map(|(f, v)| format!("{}={}", f, crate::format::repr(v)))
            .collect();
        format!("{}({})", self.short_name(), parts.join(", "))
    }

    pub fn attr(&self, name: &str) -> Option<Value> {
        self.fields
            .iter()
            .position(|f| *f == name)
            .and_then(|i| self.items.get(i).cloned())
    }
}

/// A `numpy.linalg` result namedtuple as a value.
pub fn value(class: &'static str, fields: &'static [&'static str], items: Vec<Value>) -> Value {
    Value::Object(std::rc::Rc::new(std::cell::RefCell::new(
        crate::numpy::objects::HostObject::Result(NamedTuple {
            class,
            fields,
            items,
        }),
    )))
}
