//! The methods of generator objects — `send`, `throw`, `close` — over the resumable
//! sources of `eval::generator` (generator functions) and `eval::lazy` (expressions).

use super::Interp;
use crate::error::{PyErr, PyResult};
use crate::value::args::Args;
use crate::value::lazy::{self, Sent};
use crate::value::{PyIter, PyType, Value};
use std::cell::RefCell;
use std::rc::Rc;

pub const METHODS: &[&str] = &["close", "send", "throw"];

/// Is `v` a generator (it has these methods)?
pub fn is_generator(v: &Value) -> bool {
    matches!(v, Value::Iter(i) if i.borrow().kind == "generator")
}

pub fn call(it: &mut Interp, g: &Rc<RefCell<PyIter>>, name: &str, args: Args) -> PyResult<Value> {
    match name {
        "send" => {
            if !args.kw.is_empty() {
                return Err(PyErr::type_err(
                    "generator.send() takes no keyword arguments",
                ));
            }
            let [v] = <[Value; 1]>::try_from(args.pos).map_err(|pos| {
                PyErr::type_err(format!(
                    "generator.send() takes exactly one argument ({} given)",
                    pos.len()
                ))
            })?;
            resumed(g, lazy::send(g, it, Sent::Value(v))?)
        }
        "throw" => {
            let a = super::arity::positional("generator", "throw", &args, 1, 3)?;
            let e = thrown(&a)?;
            resumed(g, lazy::send(g, it, Sent::Throw(e))?)
        }
        "close" => {
            super::arity::no_args("generator", "close", &args)?;
            close(it, g)
        }
        _ => Err(PyErr::attribute(format!(
            "'generator' object has no attribute '{}'",
            name
        ))),
    }
}

/// What `send`/`throw` return: the next value yielded, or the generator's end as
/// `StopIteration(returned value)`.
fn resumed(g: &Rc<RefCell<PyIter>>, got: Option<Value>) -> PyResult<Value> {
    match got {
        Some(v) => Ok(v),
        None => {
            let value = g.borrow_mut().returned.take();
            Err(crate::eval::generator::stop_iteration(value))
        }
    }
}

/// `throw(exc)`, `throw(Class)`, `throw(Class, value)`: the exception to raise at the
/// `yield`.
fn thrown(a: &[Value]) -> PyResult<PyErr> {
    let not_exc = |v: &Value| {
        PyErr::type_err(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            v.type_of().short_name()
        ))
    };
    let v = match (&a[0], a.get(1)) {
        (Value::Type(PyType::Exception(c)), Some(arg)) if !matches!(arg, Value::None) => {
            let args = match arg {
                Value::Tuple(t) => t.to_vec(),
                other => vec![other.clone()],
            };
            crate::eval::exceptions::construct(c, Args::new(args))?
        }
        (Value::Type(PyType::Exception(c)), _) => {
            crate::eval::exceptions::construct(c, Args::default())?
        }
        (e @ Value::Exception(_), None) => e.clone(),
        (Value::Exception(_), Some(_)) => {
            return Err(PyErr::type_err(
                "instance exception may not have a separate value",
            ))
        }
        (other, _) => return Err(not_exc(other)),
    };
    crate::eval::exceptions::to_raise(&v)
}

/// `close()`: GeneratorExit thrown in at the `yield`; the generator must let it (or a
/// StopIteration) out rather than yield again.
fn close(it: &mut Interp, g: &Rc<RefCell<PyIter>>) -> PyResult<Value> {
    if g.borrow().lazy.is_none() && !g.borrow().running {
        return Ok(Value::None);
    }
    match lazy::send(g, it, Sent::Throw(PyErr::new("GeneratorExit", ""))) {
        Ok(Some(_)) => Err(PyErr::runtime("generator ignored GeneratorExit")),
        Ok(None) => Ok(Value::None),
        Err(e) if matches!(e.class, "GeneratorExit" | "StopIteration") => Ok(Value::None),
        Err(e) => Err(e),
    }
}
