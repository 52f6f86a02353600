//! Python's builtins that look at objects: `isinstance issubclass callable getattr hasattr
//! setattr dir vars hash`.

use super::attrs;
use super::interp::Interp;
use crate::array::dtype::DType;
use crate::error::{PyErr, PyResult};
use crate::value::args::Args;
use crate::value::{PyType, Value};

pub const NAMES: &[&str] = &[
    "callable",
    "dir",
    "getattr",
    "hasattr",
    "hash",
    "isinstance",
    "issubclass",
    "setattr",
    "vars",
];

/// Is `t` the class `c` or one of its subclasses (as far as arrsh's types go)?
fn is_subtype(t: PyType, c: PyType) -> bool {
    c == t
        || c == super::object::CLASS
        || (c == PyType::Int && t == PyType::Bool)
        || (c == PyType::NdArray && t == PyType::Memmap)
        || (c == PyType::Dict && super::pymodules::collections::is_dict_class(t))
        || (c == PyType::Float && t == PyType::Scalar(DType::F64))
        || (c == PyType::Complex && t == PyType::Scalar(DType::C128))
        || matches!((t, c), (PyType::Exception(a), PyType::Exception(b))
            if super::exceptions::is_subclass(a, b))
        || crate::numpy::scalar_types::is_abstract_subtype(t, c)
        || (c == DTYPE_BASE && matches!(t, PyType::DTypeClass(_)))
}

/// `np.dtype` as a class: the base of every `numpy.dtypes.*DType`.
const DTYPE_BASE: PyType = PyType::Named("numpy.dtype");

/// The classes of `isinstance`/`issubclass`'s second argument (a class or nested tuples
/// of them).
fn classes(v: &Value, out: &mut Vec<PyType>) -> bool {
    match v {
        Value::Type(t) => {
            out.push(*t);
            true
        }
        Value::Tuple(items) => items.iter().all(|x| classes(x, out)),
        Value::Func(f) if f.as_ref() == "numpy.dtype" => {
            out.push(DTYPE_BASE);
            true
        }
        _ => false,
    }
}

/// Python's `callable(v)`.
pub fn is_callable(v: &Value) -> bool {
    match v {
        Value::Func(_) | Value::Method(_) | Value::Type(_) | Value::Function(_) => true,
        Value::Object(o) => matches!(
            crate::numpy::objects::host(&*o.borrow()),
            Some(crate::numpy::objects::HostObject::Vectorized(_))
        ),
        _ => false,
    }
}

fn attr_name(v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.to_string()),
        other => Err(PyErr::type_err(format!(
            "attribute name must be string, not '{}'",
            other.type_of().short_name()
        ))),
    }
}

/// The public names of a class's instances.
fn class_names(t: PyType) -> Vec<String> {
    match super::pymodules::collections::dir_names(t) {
        Some(names) => names.iter().map(|s| s.to_string()).collect(),
        None => super::pytypes::method_names(t)
            .iter()
            .map(|s| s.to_string())
            .collect(),
    }
}

/// `dir(v)`: the names arrsh answers for it, sorted.
fn dir_of(it: &Interp, v: Option<&Value>) -> Vec<String> {
    let mut names: Vec<String> = match v {
        None => {
            let mut n: Vec<String> = super::dynamic::global_pairs(it)
                .into_iter()
                .map(|(k, _)| k)
                .collect();
            n.extend(
                [
                    "__annotations__",
                    "__builtins__",
                    "__doc__",
                    "__loader__",
                    "__name__",
                    "__package__",
                    "__spec__",
                ]
                .map(String::from),
            );
            n
        }
        Some(Value::Module(m)) => match m.as_ref() {
            m if super::pymodules::is_python_module(m) => super::pymodules::dir(m),
            _ => crate::numpy::function_names()
                .into_iter()
                .filter(|n| !n.contains('.'))
                .map(String::from)
                .collect(),
        },
        Some(Value::Type(t)) => class_names(*t),
        Some(Value::Array(_)) => crate::numpy::methods::array_method_names()
            .into_iter()
            .map(String::from)
            .collect(),
        Some(other) => class_names(other.type_of()),
    };
    names.sort();
    names.dedup();
    names
}

pub fn call(it: &mut Interp, name: &str, args: Args) -> PyResult<Value> {
    match name {
        "isinstance" => {
            let a = args.bind("isinstance", &["obj", "class_or_tuple"], 2)?;
            let obj = a[0].clone().unwrap_or(Value::None);
            let mut cs = Vec::new();
            if !classes(a[1].as_ref().unwrap_or(&Value::None), &mut cs) {
                return Err(PyErr::type_err(
                    "isinstance() arg 2 must be a type, a tuple of types, or a union",
                ));
            }
            let t = obj.type_of();
            Ok(Value::Bool(cs.iter().any(|c| is_subtype(t, *c))))
        }
        "issubclass" => {
            let a = args.bind("issubclass", &["cls", "class_or_tuple"], 2)?;
            let t = match a[0].clone() {
                Some(Value::Type(t)) => t,
                Some(Value::Func(f)) if f.as_ref() == "numpy.dtype" => DTYPE_BASE,
                _ => return Err(PyErr::type_err("issubclass() arg 1 must be a class")),
            };
            let mut cs = Vec::new();
            if !classes(a[1].as_ref().unwrap_or(&Value::None), &mut cs) {
                return Err(PyErr::type_err(
                    "issubclass() arg 2 must be a class, a tuple of classes, or a union",
                ));
            }
            Ok(Value::Bool(cs.iter().any(|c| is_subtype(t, *c))))
        }
        "callable" => {
            let a = args.bind("callable", &["obj"], 1)?;
            Ok(Value::Bool(a[0].as_ref().is_some_and(is_callable)))
        }
        "getattr" => {
            if args.pos.len() < 2 || args.pos.len() > 3 {
                return Err(PyErr::type_err(format!(
                    "getattr expected at {}, got {}",
                    if args.pos.len() < 2 {
                        "least 2 arguments"
                    } else {
                        "most 3 arguments"
                    },
                    args.pos.len()
                )));
            }
            let n = attr_name(&args.pos[1])?;
            match attrs::get_attr(it, &args.pos[0], &n) {
                Err(e) if e.class == "AttributeError" && args.pos.len() == 3 => {
                    Ok(args.pos[2].clone())
                }
                r => r,
            }
        }
        "hasattr" => {
            let a = args.bind("hasattr", &["obj", "name"], 2)?;
            let n = attr_name(a[1].as_ref().unwrap_or(&Value::None))?;
            match attrs::get_attr(it, a[0].as_ref().unwrap_or(&Value::None), &n) {
                Ok(_) => Ok(Value::Bool(true)),
                Err(e) if e.class == "AttributeError" => Ok(Value::Bool(false)),
                Err(e) => Err(e),
            }
        }
        "setattr" => {
            let a = args.bind("setattr", &["obj", "name", "value"], 3)?;
            let n = attr_name(a[1].as_ref().unwrap_or(&Value::None))?;
            attrs::set_attr(
                a[0].as_ref().unwrap_or(&Value::None),
                &n,
                a[2].as_ref().unwrap_or(&Value::None),
            )?;
            Ok(Value::None)
        }
        "hash" => {
            let a = args.bind("hash", &["obj"], 1)?;
            let h = crate::value::hash::py_hash(a[0].as_ref().unwrap_or(&Value::None))?;
            Ok(Value::Int(h as i128))
        }
        "dir" => {
            let a = args.bind("dir", &["object"], 0)?;
            let names = match (&a[0], it.frames.last_mut()) {
                // Inside a function, the sorted names of its variables.
                (None, Some(f)) => {
                    let mut names: Vec<String> = f
                        .locals()?
                        .borrow()
                        .iter()
                        .map(|(k, _)| crate::format::str_of(k))
                        .collect();
                    names.sort();
                    names
                }
                _ => dir_of(it, a[0].as_ref()),
            };
            Ok(Value::list(names.iter().map(|n| Value::str(n)).collect()))
        }
        "vars" => {
            let a = args.bind("vars", &["object"], 0)?;
            match &a[0] {
                // Inside a function, its variables (`locals()`).
                None if !it.frames.is_empty() => {
                    super::dynamic::call(it, "locals", Args::default())
                }
                None => Ok(super::dynamic::globals(it)),
                Some(_) => Err(PyErr::type_err(
                    "vars() argument must have __dict__ attribute",
                )),
            }
        }
        other => Err(PyErr::name(format!("name '{}' is not defined", other))),
    }
}
