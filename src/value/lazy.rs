//! Lazy iterators: an iterator (`value::PyIter`) may compute its items one at a time from a
//! [`LazySource`] (`map`, `zip`, `itertools.count()`, a generator expression), as Python's
//! do, so `next(m)` runs the function once, a second `list(m)` is `[]`, and an endless
//! `count()` ends where `islice`, `zip` or `break` stop pulling. A source may call Python
//! code, so pulling takes a [`Caller`] (the session; `numpy::context::Context` extends it);
//! places that have none use [`NoContext`], which refuses such calls with a clear error
//! rather than guessing.

use super::args::Args;
use super::{PyIter, Value};
use crate::error::{PyErr, PyResult};
use std::cell::RefCell;
use std::rc::Rc;

/// What a lazy source may ask of the session while it pulls: run a Python callable, or
/// reach the interpreter itself (generator expressions evaluate arrsh code).
pub trait Caller {
    /// Call any Python callable with evaluated arguments, as `f(*args, **kw)` would.
    fn call(&mut self, callee: &Value, args: Args) -> PyResult<Value>;
    /// The interpreter itself; `None` where there is none.
    fn as_any_mut(&mut self) -> Option<&mut dyn std::any::Any> {
        None
    }
}

/// What a generator is resumed with: `send(v)` (`next` sends `None`) or `throw(e)`.
pub enum Sent {
    Value(Value),
    Throw(PyErr),
}

/// Where an iterator's next items come from.
pub trait LazySource: std::fmt::Debug {
    /// The next item, or `None` once the source is exhausted (it is then dropped).
    fn next(&mut self, cx: &mut dyn Caller) -> PyResult<Option<Value>>;
    /// The repr, for the few iterators whose repr shows their state (`count(3)`).
    fn repr(&self) -> Option<String> {
        None
    }
    /// Resume a generator with a value or an exception (`send`, `throw`); only
    /// generators ([`LazySource::is_generator`]) take anything but `next`.
    fn send(&mut self, cx: &mut dyn Caller, sent: Sent) -> PyResult<Option<Value>> {
        match sent {
            Sent::Value(_) => self.next(cx),
            Sent::Throw(e) => Err(e),
        }
    }
    /// Has `send`/`throw`/`close` (a generator function's or expression's source).
    fn is_generator(&self) -> bool {
        false
    }
    /// How many items are left, where the source knows (`operator.length_hint`).
    fn length_hint(&self) -> Option<usize> {
        None
    }
    /// What the source returned when it ended (a generator's `return v`), asked once,
    /// just before it is dropped.
    fn returned(&mut self) -> Option<Value> {
        None
    }
}

/// Most items one `list(it)` may collect from a lazy source (`list(count())` would run
/// until memory is gone): past it, a MemoryError, as for generators.
const MAX_COLLECT: usize = 10_000_000;

/// The next item of `it`. While its source runs, the iterator is marked busy, so a source
/// that pulls from its own iterator gets CPython's "generator already executing" rather
/// than a second borrow.
pub fn next(it: &Rc<RefCell<PyIter>>, cx: &mut dyn Caller) -> PyResult<Option<Value>> {
    send(it, cx, Sent::Value(Value::None))
}

/// Resume `it` with `sent` ([`next`] sends `None`). An exhausted iterator takes a value as
/// `next` does and raises a thrown exception; once its source ends, what it returned waits
/// in `PyIter::returned` (for `StopIteration.value` and `yield from`).
pub fn send(it: &Rc<RefCell<PyIter>>, cx: &mut dyn Caller, sent: Sent) -> PyResult<Option<Value>> {
    let mut src = {
        let mut b = it.borrow_mut();
        if b.pos < b.items.len() {
            let v = b.items[b.pos].clone();
            b.pos += 1;
            return Ok(Some(v));
        }
        if !b.items.is_empty() {
            b.items.clear();
            b.pos = 0;
        }
        match b.lazy.take() {
            Some(s) => s,
            None if b.running => return Err(PyErr::value("generator already executing")),
            None => {
                return match sent {
                    Sent::Value(_) => Ok(None),
                    Sent::Throw(e) => Err(e),
                }
            }
        }
    };
    it.borrow_mut().running = true;
    let r = match sent {
        Sent::Value(Value::None) => src.next(cx),
        sent => src.send(cx, sent),
    };
    let mut b = it.borrow_mut();
    b.running = false;
    match r {
        Ok(None) => {
            b.returned = src.returned();
            Ok(None)
        }
        other => {
            b.lazy = Some(src);
            other
        }
    }
}

/// Everything `it` has not yielded yet, leaving it exhausted (as `list(it)` does).
pub fn rest(it: &Rc<RefCell<PyIter>>, cx: &mut dyn Caller) -> PyResult<Vec<Value>> {
    let mut out = {
        let mut b = it.borrow_mut();
        let start = b.pos.min(b.items.len());
        let v = b.items[start..].to_vec();
        b.items.clear();
        b.pos = 0;
        if b.lazy.is_none() {
            return Ok(v);
        }
        v
    };
    while let Some(x) = next(it, cx)? {
        out.push(x);
        if out.len() % 4096 == 0 {
            if out.len() > MAX_COLLECT {
                return Err(PyErr::memory(""));
            }
            if crate::interrupt::pending() && crate::interrupt::take() {
                return Err(PyErr::keyboard_interrupt(""));
            }
        }
    }
    Ok(out)
}

/// The caller of places that have no session at hand: it can pull sources that only
/// move through values, and refuses to call Python code.
#[derive(Default)]
pub struct NoContext;

impl NoContext {
    pub fn new() -> NoContext {
        NoContext
    }
}

impl Caller for NoContext {
    fn call(&mut self, _callee: &Value, _args: Args) -> PyResult<Value> {
        Err(PyErr::not_implemented(
            "arrsh: this function cannot run a lazy iterator's Python code; pass list(it) instead",
        ))
    }
}
