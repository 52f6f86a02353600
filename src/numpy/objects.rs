//! Host objects that are not arrays: NumPy random generators and PIL images. Each knows
//! its type, repr, attributes and methods.

use super::random::{Generator, RandomState};
use crate::error::PyResult;
use crate::numpy::context::Context;
use crate::value::args::Args;
use crate::value::{PyType, Value};
use std::cell::RefCell;
use std::rc::Rc;

pub enum HostObject {
    Generator(Generator),
    /// Boxed: the MT19937 state is large.
    RandomState(Box<RandomState>),
    Image(crate::numpy::image::Image),
    /// The `.base` of an `as_strided` result.
    DummyArray(Rc<crate::array::object::InterfaceHolder>),
    /// `x.flat` of this array.
    FlatIter(crate::array::object::ArrayRef),
}

impl std::fmt::Debug for HostObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.repr())
    }
}

impl HostObject {
    pub fn py_type(&self) -> PyType {
        match self {
            HostObject::Generator(_) => PyType::Generator,
            HostObject::RandomState(_) => PyType::RandomState,
            HostObject::Image(_) => PyType::Image,
            HostObject::DummyArray(_) => PyType::DummyArray,
            HostObject::FlatIter(_) => PyType::FlatIter,
        }
    }

    pub fn repr(&self) -> String {
        match self {
            HostObject::Generator(_) => "Generator(PCG64)".into(),
            HostObject::RandomState(_) => "RandomState(MT19937)".into(),
            HostObject::Image(img) => img.repr(),
            HostObject::FlatIter(a) => {
                format!("<numpy.flatiter object at {:#x}>", Rc::as_ptr(a) as usize)
            }
            HostObject::DummyArray(h) => format!(
                "<numpy.lib._stride_tricks_impl.DummyArray object at {:#x}>",
                Rc::as_ptr(h) as usize
            ),
        }
    }

    pub fn attr(&self, name: &str) -> Option<Value> {
        match self {
            HostObject::Image(img) => img.attr(name),
            HostObject::DummyArray(h) => (name == "base").then(|| Value::Array(h.array.clone())),
            HostObject::FlatIter(a) => (name == "base").then(|| Value::Array(a.clone())),
            _ => None,
        }
    }

    pub fn has_method(&self, name: &str) -> bool {
        match self {
            HostObject::Generator(_) | HostObject::RandomState(_) => {
                super::random_api::GENERATOR_METHODS.contains(&name)
            }
            HostObject::Image(_) => crate::numpy::image::METHODS.contains(&name),
            HostObject::DummyArray(_) | HostObject::FlatIter(_) => false,
        }
    }
}

pub fn call_method(
    it: &mut dyn Context,
    obj: &Rc<RefCell<HostObject>>,
    name: &str,
    args: Args,
) -> PyResult<Value> {
    let is_image = matches!(&*obj.borrow(), HostObject::Image(_));
    if is_image {
        return crate::numpy::image::call_method(it, obj, name, args);
    }
    super::random_api::call_generator(obj, name, args)
}
