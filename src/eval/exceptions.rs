//! Python's built-in exception classes as values: their hierarchy (for `except`), calling
//! a class to make an instance, and `raise`. Errors are `PyErr`s named by class; an
//! instance is a `Value::Exception` holding one.

use crate::error::{PyErr, PyResult};
use crate::value::args::Args;
use crate::value::{PyType, Value};
use std::rc::Rc;

/// Each class and its base (the first one, for NumPy's two-base `AxisError`, the second in
/// `SECOND_BASES`).
const CLASSES: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("Exception", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("SystemExit", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("FloatingPointError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("FileNotFoundError", "OSError"),
    ("FileExistsError", "OSError"),
    ("PermissionError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("StopIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("Warning", "Exception"),
    ("UserWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    // NumPy's, which its functions raise.
    ("UFuncTypeError", "TypeError"),
    ("AxisError", "ValueError"),
    ("LinAlgError", "ValueError"),
    ("BadZipFile", "Exception"),
    // `io`'s, which file objects raise.
    ("UnsupportedOperation", "OSError"),
];

/// NumPy's `AxisError` is also an `IndexError`, `io.UnsupportedOperation` a `ValueError`.
const SECOND_BASES: &[(&str, &str)] = &[
    ("AxisError", "IndexError"),
    ("UnsupportedOperation", "ValueError"),
];

/// The static name of a built-in exception class.
pub fn class_named(name: &str) -> Option<&'static str> {
    CLASSES.iter().find(|(n, _)| *n == name).map(|(n, _)| *n)
}

/// The exception classes bound as builtins (NumPy's live under `np.exceptions`).
pub fn names() -> Vec<(&'static str, Value)> {
    CLASSES
        .iter()
        .take_while(|(n, _)| *n != "UFuncTypeError")
        .map(|(n, _)| (*n, Value::Type(PyType::Exception(n))))
        .collect()
}

/// NumPy's exception classes where NumPy keeps them (`np.linalg.LinAlgError`,
/// `np.exceptions.AxisError`).
pub fn numpy_class(module: &str, name: &str) -> Option<Value> {
    let class = match (module, name) {
        ("numpy.linalg", "LinAlgError") => "LinAlgError",
        ("numpy.exceptions", "AxisError") => "AxisError",
        _ => return None,
    };
    Some(Value::Type(PyType::Exception(class)))
}

/// Is class `child` `parent` or derived from it?
pub fn is_subclass(child: &str, parent: &str) -> bool {
    if child == parent {
        return true;
    }
    if SECOND_BASES
        .iter()
        .any(|(c, b)| *c == child && is_subclass(b, parent))
    {
        return true;
    }
    match CLASSES.iter().find(|(n, _)| *n == child) {
        Some((_, base)) if !base.is_empty() => is_subclass(base, parent),
        // A class arrsh does not list (raised by a library) is an `Exception`.
        None => parent == "Exception" || parent == "BaseException",
        _ => false,
    }
}

/// `ValueError("bad")`: an exception instance. Its message is `str()` of its one argument
/// (`repr()` for `KeyError`, as Python prints it), or the tuple of several.
pub fn construct(class: &'static str, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_err(format!(
            "{}() takes no keyword arguments",
            class
        )));
    }
    let msg = match args.pos.as_slice() {
        [] => String::new(),
        [one] if class == "KeyError" => crate::format::repr(one),
        [one] => crate::format::str_of(one),
        many => crate::format::repr(&Value::tuple(many.to_vec())),
    };
    let info = crate::value::exc::ExcInfo {
        args: Some(args.pos),
        ..Default::default()
    };
    Ok(Value::Exception(Rc::new(crate::value::exc::with_info(
        PyErr::new(class, msg),
        info,
    ))))
}

/// Does an `except` clause's class value (a class or a tuple of them) catch `err`?
pub fn matches(err: &PyErr, class: &Value) -> PyResult<bool> {
    match class {
        Value::Type(PyType::Exception(c)) => Ok(is_subclass(err.class, c)),
        Value::Tuple(items) => {
            for i in items.iter() {
                if matches(err, i)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(PyErr::type_err(
            "catching classes that do not inherit from BaseException is not allowed",
        )),
    }
}

/// The error `raise value` raises.
pub fn to_raise(v: &Value) -> PyResult<PyErr> {
    match v {
        Value::Exception(e) => {
            let mut e = (**e).clone();
            e.span = None;
            e.trace.clear();
            Ok(e)
        }
        Value::Type(PyType::Exception(c)) => Ok(PyErr::new(c, "")),
        _ => Err(PyErr::type_err("exceptions must derive from BaseException")),
    }
}
