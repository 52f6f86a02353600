//! Python's standard modules that NumPy code leans on: `math`, `itertools`, `functools`,
//! `io` (`StringIO`/`BytesIO`, which NumPy's text and binary readers take), `sys`, `time`,
//! `random` (CPython's Mersenne Twister stream), `operator`, `collections`.
//! A module is a `Value::Module` by name; its functions are `Value::Func`s named
//! `module.function`, called here with the interpreter (reduce and accumulate call back).
//! Any other import is NumPy's (`numpy`, `PIL`) or Python's `ModuleNotFoundError`.

pub mod collections;
pub mod deque;
mod functools;
pub mod io;
mod itertools;
mod math;
mod math_int;
mod operator;
pub mod random;
mod random_dists;
mod random_seed;
pub mod sys;
mod time;

use super::interp::Interp;
use crate::error::{PyErr, PyResult};
use crate::value::args::Args;
use crate::value::Value;
use std::rc::Rc;

const MODULES: [&str; 9] = [
    "math",
    "itertools",
    "functools",
    "io",
    "sys",
    "time",
    "random",
    "operator",
    "collections",
];

/// Is `name` one of Python's modules that arrsh provides (not NumPy's)?
pub fn is_python_module(name: &str) -> bool {
    MODULES.contains(&name)
}

/// Is `name` one of the modules compiled into CPython 3.11 (no file, so a failed
/// `from name import x` says "(unknown location)"), as the oracle's `__file__` tells?
pub fn is_compiled_in(name: &str) -> bool {
    matches!(name, "sys" | "itertools" | "time")
}

/// `import name`.
pub fn import_module(name: &str) -> PyResult<Value> {
    if MODULES.contains(&name) {
        return Ok(Value::Module(Rc::from(name)));
    }
    crate::numpy::import_module(name).map_err(|_| not_found(name))
}

/// The modules that are packages (hold submodules), as CPython's `__path__` tells.
const PACKAGES: &[&str] = &[
    "numpy",
    "numpy.testing",
    "numpy.fft",
    "numpy.lib",
    "numpy.random",
    "numpy.linalg",
    "PIL",
    "collections",
];

fn exists(name: &str) -> bool {
    MODULES.contains(&name) || crate::numpy::import_module(name).is_ok()
}

/// CPython's ModuleNotFoundError for `import name`: it imports each parent first, so the
/// first missing one is named (`import foo.bar` says 'foo'), and a parent that is a plain
/// module says so; `e.name` is the name in the message.
fn not_found(name: &str) -> PyErr {
    let mut end = 0;
    for (i, _) in name.match_indices('.') {
        let parent = &name[..i];
        if !exists(parent) {
            end = i;
            break;
        }
        if !PACKAGES.contains(&parent) {
            return crate::value::exc::import_error(
                format!("No module named '{}'; '{}' is not a package", name, parent),
                name,
            );
        }
    }
    let missing = if end == 0 { name } else { &name[..end] };
    crate::value::exc::import_error(format!("No module named '{}'", missing), missing)
}

/// The names a module defines (for `dir(module)` and `module.name`).
fn names(module: &str) -> &'static [&'static str] {
    match module {
        "math" => math::NAMES,
        "itertools" => itertools::NAMES,
        "functools" => functools::NAMES,
        "io" => io::DIR,
        "sys" => sys::NAMES,
        "time" => time::NAMES,
        "random" => random::NAMES,
        "operator" => operator::NAMES,
        "collections" => collections::NAMES,
        _ => &[],
    }
}

/// `module.name`, for Python's modules and then NumPy's.
pub fn module_attr(module: &str, name: &str) -> Option<Value> {
    if module == "math" {
        if let Some(v) = math::constant(name) {
            return Some(v);
        }
    }
    if module == "sys" {
        if let Some(v) = sys::constant(name) {
            return Some(v);
        }
    }
    if module == "itertools" {
        return itertools::class(name);
    }
    if module == "io" {
        return io::attr(name);
    }
    if module == "collections" {
        return collections::class(name);
    }
    if module == "random" && name == "Random" {
        return Some(Value::Type(random::RANDOM));
    }
    if let Some(c) = super::exceptions::numpy_class(module, name) {
        return Some(c);
    }
    if MODULES.contains(&module) {
        return names(module)
            .contains(&name)
            .then(|| Value::func(&format!("{}.{}", module, name)));
    }
    crate::numpy::module_attr(module, name)
}

pub use self::functools::object_attr;

/// Call one of these modules' function objects (`functools.partial(...)`,
/// `operator.itemgetter(...)`); `None` for other function objects.
pub fn call_object(
    it: &mut Interp,
    f: &dyn crate::value::UserFunction,
    args: Args,
) -> Option<PyResult<Value>> {
    if operator::owns(f) {
        operator::call_object(it, f, args)
    } else {
        functools::call_object(it, f, args)
    }
}

/// Attributes of these modules' classes (`itertools.chain.from_iterable`).
pub fn class_attr(class: &str, name: &str) -> Option<Value> {
    (class == "itertools.chain" && name == "from_iterable")
        .then(|| Value::func("itertools.chain.from_iterable"))
}

/// Every public name of a module, sorted (for `dir`).
pub fn dir(module: &str) -> Vec<String> {
    let mut v: Vec<String> = names(module).iter().map(|s| s.to_string()).collect();
    if module == "math" {
        v.extend(math::CONSTANTS.iter().map(|s| s.to_string()));
    }
    if module == "sys" {
        v.extend(sys::CONSTANTS.iter().map(|s| s.to_string()));
    }
    if module == "random" {
        v.push("Random".to_string());
    }
    v.sort();
    v
}

/// Is `qualname` (`math.sqrt`) one of these modules' functions?
pub fn owns(qualname: &str) -> bool {
    qualname
        .split_once('.')
        .is_some_and(|(m, _)| MODULES.contains(&m))
}

pub fn call(it: &mut Interp, qualname: &str, args: Args) -> PyResult<Value> {
    let (module, name) = qualname.split_once('.').unwrap_or(("", qualname));
    match module {
        "math" => math::call(it, name, args),
        "itertools" => itertools::call(it, name, args),
        "functools" => functools::call(it, name, args),
        "sys" => sys::call(name, args),
        "time" => time::call(name, args),
        "random" => random::call(it, name, args),
        "operator" => operator::call(it, name, args),
        _ => Err(PyErr::attribute(format!(
            "module '{}' has no attribute '{}'",
            module, name
        ))),
    }
}
