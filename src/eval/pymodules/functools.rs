//! Python's `functools`: `reduce`, `partial` (with `.func`, `.args`, `.keywords` and
//! CPython's repr) and `cache`/`lru_cache` (an unbounded memo: results are the same as
//! with a bounded one; `cache_info()` is not kept).

use crate::error::{PyErr, PyResult};
use crate::eval::interp::Interp;
use crate::value::args::Args;
use crate::value::dict::PyDict;
use crate::value::{UserFunction, Value};
use std::cell::RefCell;
use std::rc::Rc;

pub const NAMES: &[&str] = &["cache", "lru_cache", "partial", "reduce"];

/// `functools.partial(func, *args, **keywords)`.
#[derive(Debug)]
pub struct Partial {
    pub func: Value,
    pub args: Vec<Value>,
    pub keywords: Vec<(String, Value)>,
}

impl UserFunction for Partial {
    fn name(&self) -> &str {
        "partial"
    }
    fn qualname(&self) -> &str {
        "partial"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn class(&self) -> Option<&'static str> {
        Some("functools.partial")
    }
    fn repr(&self) -> Option<String> {
        let mut parts = vec![crate::format::repr(&self.func)];
        parts.extend(self.args.iter().map(crate::format::repr));
        parts.extend(
            self.keywords
                .iter()
                .map(|(k, v)| format!("{}={}", k, crate::format::repr(v))),
        );
        Some(format!("functools.partial({})", parts.join(", ")))
    }
}

/// What `@cache` / `@lru_cache` make: the function and the results by arguments.
#[derive(Debug)]
pub struct Cached {
    pub func: Value,
    pub memo: RefCell<PyDict>,
}

impl UserFunction for Cached {
    fn name(&self) -> &str {
        "_lru_cache_wrapper"
    }
    fn qualname(&self) -> &str {
        "_lru_cache_wrapper"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn class(&self) -> Option<&'static str> {
        Some("functools._lru_cache_wrapper")
    }
}

/// Call a `partial` or a cached function; `None` for other function objects.
pub fn call_object(it: &mut Interp, f: &dyn UserFunction, args: Args) -> Option<PyResult<Value>> {
    if let Some(p) = f.as_any().downcast_ref::<Partial>() {
        let mut pos = p.args.clone();
        pos.extend(args.pos);
        let mut kw = p.keywords.clone();
        for (k, v) in args.kw {
            match kw.iter_mut().find(|(n, _)| *n == k) {
                Some(slot) => slot.1 = v,
                None => kw.push((k, v)),
            }
        }
        return Some(it.call(&p.func, Args { pos, kw }));
    }
    let c = f.as_any().downcast_ref::<Cached>()?;
    Some((|| {
        let mut key = args.pos.clone();
        if !args.kw.is_empty() {
            key.push(Value::None);
            for (k, v) in &args.kw {
                key.push(Value::tuple(vec![Value::str(k), v.clone()]));
            }
        }
        let key = Value::tuple(key);
        if let Some(v) = c.memo.borrow().get(&key)?.cloned() {
            return Ok(v);
        }
        let v = it.call(&c.func, args)?;
        c.memo.borrow_mut().insert(key, v.clone())?;
        Ok(v)
    })())
}

/// Attributes of a `partial` (`func`, `args`, `keywords`).
pub fn object_attr(f: &dyn UserFunction, name: &str) -> Option<Value> {
    let p = f.as_any().downcast_ref::<Partial>()?;
    Some(match name {
        "func" => p.func.clone(),
        "args" => Value::tuple(p.args.clone()),
        "keywords" => {
            let mut d = PyDict::new();
            for (k, v) in &p.keywords {
                d.insert(Value::str(k), v.clone()).ok()?;
            }
            Value::dict(d)
        }
        _ => return None,
    })
}

fn cached(func: Value) -> Value {
    Value::Function(Rc::new(Cached {
        func,
        memo: RefCell::new(PyDict::new()),
    }))
}

pub fn call(it: &mut Interp, name: &str, args: Args) -> PyResult<Value> {
    match name {
        "partial" => {
            let Some((func, rest)) = args.pos.split_first() else {
                return Err(PyErr::type_err(
                    "type 'partial' takes at least one argument",
                ));
            };
            if !crate::eval::introspect::is_callable(func) {
                return Err(PyErr::type_err("the first argument must be callable"));
            }
            Ok(Value::Function(Rc::new(Partial {
                func: func.clone(),
                args: rest.to_vec(),
                keywords: args.kw.clone(),
            })))
        }
        "cache" => {
            let a = args.bind("cache", &["user_function"], 1)?;
            Ok(cached(a[0].clone().unwrap_or(Value::None)))
        }
        // `@lru_cache` on a function, or `@lru_cache(maxsize=...)` making the decorator.
        "lru_cache" => {
            let a = args.bind("lru_cache", &["maxsize", "typed"], 0)?;
            match &a[0] {
                Some(f) if crate::eval::introspect::is_callable(f) => Ok(cached(f.clone())),
                Some(Value::None) | Some(Value::Int(_)) | None => {
                    Ok(Value::func("functools.cache"))
                }
                Some(_) => Err(PyErr::type_err(
                    "Expected first argument to be an integer, a callable, or None",
                )),
            }
        }
        "reduce" => {
            if !args.kw.is_empty() {
                return Err(PyErr::type_err("reduce() takes no keyword arguments"));
            }
            let n = args.pos.len();
            if !(2..=3).contains(&n) {
                return Err(PyErr::type_err(format!(
                    "reduce expected at {} arguments, got {}",
                    if n < 2 { "least 2" } else { "most 3" },
                    n
                )));
            }
            let f = &args.pos[0];
            let mut items = crate::eval::lazy::values(it, &args.pos[1])?.into_iter();
            let mut acc = match args.pos.get(2) {
                Some(init) => init.clone(),
                None => items.next().ok_or_else(|| {
                    PyErr::type_err("reduce() of empty iterable with no initial value")
                })?,
            };
            for x in items {
                acc = it.call(f, Args::new(vec![acc, x]))?;
            }
            Ok(acc)
        }
        _ => Err(PyErr::attribute(format!(
            "module 'functools' has no attribute '{}'",
            name
        ))),
    }
}
