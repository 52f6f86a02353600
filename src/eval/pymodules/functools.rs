//! Python's `functools`: `reduce`, `partial` (with `.func`, `.args`, `.keywords` and
//! CPython's repr) and `cache`/`lru_cache` (a memo that drops its least recently used
//! result past `maxsize`, with `cache_info()` and `cache_clear()`; with `typed=True`, `1`
//! and `1.0` get entries of their own).

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

/// What `@cache` / `@lru_cache` make: the function and its cache.
#[derive(Debug)]
pub struct Cached {
    pub func: Value,
    pub cache: Rc<Cache>,
}

/// Results by arguments, least recently used first, and CPython's counters.
#[derive(Debug)]
pub struct Cache {
    /// `None`: unbounded (`@cache`, `maxsize=None`).
    maxsize: Option<usize>,
    /// `typed=True`: arguments of different types are different keys.
    typed: bool,
    memo: RefCell<PyDict>,
    hits: std::cell::Cell<usize>,
    misses: std::cell::Cell<usize>,
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

/// `lru_cache(maxsize=...)`: the decorator it returns.
#[derive(Debug)]
pub struct LruDecorator {
    maxsize: Option<usize>,
    typed: bool,
}

impl UserFunction for LruDecorator {
    fn name(&self) -> &str {
        "decorating_function"
    }
    fn qualname(&self) -> &str {
        "lru_cache.<locals>.decorating_function"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// `f.cache_info` or `f.cache_clear` of a cached function.
#[derive(Debug)]
pub struct CacheMethod {
    cache: Rc<Cache>,
    clear: bool,
}

impl UserFunction for CacheMethod {
    fn name(&self) -> &str {
        if self.clear {
            "cache_clear"
        } else {
            "cache_info"
        }
    }
    fn qualname(&self) -> &str {
        self.name()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl Cache {
    fn info(&self) -> Value {
        let n = |v: usize| Value::Int(v as i128);
        crate::numpy::linalg::results::value(
            "functools.CacheInfo",
            &["hits", "misses", "maxsize", "currsize"],
            vec![
                n(self.hits.get()),
                n(self.misses.get()),
                self.maxsize.map_or(Value::None, n),
                n(self.memo.borrow().len()),
            ],
        )
    }

    /// The cached result for `key`, now the most recently used.
    fn lookup(&self, key: &Value) -> PyResult<Option<Value>> {
        let mut memo = self.memo.borrow_mut();
        let Some(v) = memo.get(key)?.cloned() else {
            return Ok(None);
        };
        if self.maxsize.is_some() {
            memo.remove(key)?;
            memo.insert(key.clone(), v.clone())?;
        }
        Ok(Some(v))
    }

    /// Keep `v` for `key`, dropping the least recently used result past `maxsize`.
    fn store(&self, key: Value, v: Value) -> PyResult<()> {
        if self.maxsize == Some(0) {
            return Ok(());
        }
        let mut memo = self.memo.borrow_mut();
        memo.insert(key, v)?;
        if self.maxsize.is_some_and(|m| memo.len() > m) {
            if let Some(oldest) = memo.first().map(|(k, _)| k.clone()) {
                memo.remove(&oldest)?;
            }
        }
        Ok(())
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
    if let Some(d) = f.as_any().downcast_ref::<LruDecorator>() {
        return Some(
            args.bind("decorating_function", &["user_function"], 1)
                .map(|a| cached(a[0].clone().unwrap_or(Value::None), d.maxsize, d.typed)),
        );
    }
    if let Some(m) = f.as_any().downcast_ref::<CacheMethod>() {
        return Some(args.bind(m.name(), &[], 0).map(|_| {
            if m.clear {
                m.cache.memo.borrow_mut().clear();
                m.cache.hits.set(0);
                m.cache.misses.set(0);
                Value::None
            } else {
                m.cache.info()
            }
        }));
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
        if c.cache.typed {
            // CPython's `_make_key`: the argument types follow the arguments.
            let types = args.pos.iter().chain(args.kw.iter().map(|(_, v)| v));
            key.extend(types.map(|v| Value::Type(v.type_of())).collect::<Vec<_>>());
        }
        // ... and one int or str argument is its own key, so `f(1)` and `f(1.0)` are
        // different entries even untyped.
        let key = match key.as_slice() {
            [one @ (Value::Int(_) | Value::BigInt(_) | Value::Str(_))] => one.clone(),
            _ => Value::tuple(key),
        };
        if let Some(v) = c.cache.lookup(&key)? {
            c.cache.hits.set(c.cache.hits.get() + 1);
            return Ok(v);
        }
        c.cache.misses.set(c.cache.misses.get() + 1);
        let v = it.call(&c.func, args)?;
        c.cache.store(key, v.clone())?;
        Ok(v)
    })())
}

/// Attributes of a `partial` (`func`, `args`, `keywords`) and of a cached function
/// (`cache_info`, `cache_clear`, `__wrapped__`).
pub fn object_attr(f: &dyn UserFunction, name: &str) -> Option<Value> {
    if let Some(c) = f.as_any().downcast_ref::<Cached>() {
        return match name {
            "cache_info" | "cache_clear" => Some(Value::Function(Rc::new(CacheMethod {
                cache: c.cache.clone(),
                clear: name == "cache_clear",
            }))),
            "__wrapped__" => Some(c.func.clone()),
            _ => None,
        };
    }
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

fn cached(func: Value, maxsize: Option<usize>, typed: bool) -> Value {
    Value::Function(Rc::new(Cached {
        func,
        cache: Rc::new(Cache {
            maxsize,
            typed,
            memo: RefCell::new(PyDict::new()),
            hits: Default::default(),
            misses: Default::default(),
        }),
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
            Ok(cached(a[0].clone().unwrap_or(Value::None), None, false))
        }
        // `@lru_cache` on a function, or `@lru_cache(maxsize=...)` making the decorator.
        "lru_cache" => {
            let a = args.bind("lru_cache", &["maxsize", "typed"], 0)?;
            let typed = match &a[1] {
                Some(t) => crate::value::convert::truthy(t)?,
                None => false,
            };
            match &a[0] {
                // CPython's default size; a negative one caches nothing.
                Some(f) if crate::eval::introspect::is_callable(f) => {
                    Ok(cached(f.clone(), Some(128), typed))
                }
                Some(Value::None) => Ok(Value::Function(Rc::new(LruDecorator {
                    maxsize: None,
                    typed,
                }))),
                Some(Value::Int(n)) => Ok(Value::Function(Rc::new(LruDecorator {
                    maxsize: Some((*n).clamp(0, usize::MAX as i128) as usize),
                    typed,
                }))),
                None => Ok(Value::Function(Rc::new(LruDecorator {
                    maxsize: Some(128),
                    typed,
                }))),
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
