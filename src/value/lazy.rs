//! Lazy iterators: an iterator (`value::PyIter`) may compute its items one at a time from a
//! [`LazySource`] (`map`, `zip`, `itertools.count()`, a generator expression), as Python's
//! do, so `next(m)` runs the function once, a second `list(m)` is `[]`, and an endless
//! `count()` ends where `islice`, `zip` or `break` stop pulling. A source may call Python
//! code, so pulling takes the session's [`Context`]; places that have none use
//! [`NoContext`], which refuses such calls with a clear error rather than guessing.

use super::{PyIter, Value};
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use std::cell::RefCell;
use std::rc::Rc;

/// Where an iterator's next items come from.
pub trait LazySource: std::fmt::Debug {
    /// The next item, or `None` once the source is exhausted (it is then dropped).
    fn next(&mut self, cx: &mut dyn Context) -> PyResult<Option<Value>>;
    /// The repr, for the few iterators whose repr shows their state (`count(3)`).
    fn repr(&self) -> Option<String> {
        None
    }
}

/// Most items one `list(it)` may collect from a lazy source (`list(count())` would run
/// until memory is gone): past it, a MemoryError, as for generators.
const MAX_COLLECT: usize = 10_000_000;

/// The next item of `it`. While its source runs, the iterator is marked busy, so a source
/// that pulls from its own iterator gets CPython's "generator already executing" rather
/// than a second borrow.
pub fn next(it: &Rc<RefCell<PyIter>>, cx: &mut dyn Context) -> PyResult<Option<Value>> {
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
            None => return Ok(None),
        }
    };
    it.borrow_mut().running = true;
    let r = src.next(cx);
    let mut b = it.borrow_mut();
    b.running = false;
    match r {
        Ok(None) => Ok(None),
        other => {
            b.lazy = Some(src);
            other
        }
    }
}

/// Everything `it` has not yielded yet, leaving it exhausted (as `list(it)` does).
pub fn rest(it: &Rc<RefCell<PyIter>>, cx: &mut dyn Context) -> PyResult<Vec<Value>> {
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

/// The context of places that have no session at hand: it can pull sources that only
/// move through values, and refuses to call Python code.
pub struct NoContext(crate::numpy::State);

impl NoContext {
    pub fn new() -> NoContext {
        NoContext(crate::numpy::State::default())
    }
}

impl Default for NoContext {
    fn default() -> Self {
        NoContext::new()
    }
}

impl Context for NoContext {
    fn print(&mut self, _s: &str) {}
    fn note(&mut self, _msg: &str) {}
    fn terminal(&self) -> bool {
        false
    }
    fn warn(&mut self, _category: &str, _msg: &str) {}
    fn state(&mut self) -> &mut crate::numpy::State {
        &mut self.0
    }
    fn print_options(&self) -> crate::format::arrayprint::PrintOptions {
        crate::format::options()
    }
    fn set_print_options(&mut self, _opts: crate::format::arrayprint::PrintOptions) {}
    fn call(&mut self, _callee: &Value, _args: super::args::Args) -> PyResult<Value> {
        Err(PyErr::not_implemented(
            "arrsh: this function cannot run a lazy iterator's Python code; pass list(it) instead",
        ))
    }
    fn user_vars(&self) -> Vec<(String, Value)> {
        Vec::new()
    }
}
