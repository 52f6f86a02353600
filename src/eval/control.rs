//! Compound statements: `if`, loops (with `else`, `break`, `continue`), `try` (with
//! `except`, `else`, `finally`), `raise`, `assert` and `with`.

use super::exceptions;
use super::function::Flow;
use super::interp::Interp;
use crate::error::{PyErr, PyResult};
use crate::syntax::ast::{Expr, Handler, Statement};
use crate::value::convert::{iter_values, range_len, truthy};
use crate::value::{PyIter, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// What a `for` loop walks: ranges count without making a list, iterator objects are
/// consumed in place (so `break` leaves the rest for later), lists are read live (items
/// appended or removed while the loop runs count, as in CPython), dicts and sets must keep
/// their size (CPython's RuntimeError otherwise), other iterables are listed.
pub enum Walk {
    Range {
        next: i128,
        step: i128,
        left: i128,
    },
    Items(std::vec::IntoIter<Value>),
    Shared(Rc<RefCell<PyIter>>),
    List(Rc<RefCell<Vec<Value>>>, usize),
    /// A dict, dict view or set, which must keep its size.
    Sized(super::lazy::SizedIter),
}

impl Walk {
    pub fn of(v: &Value) -> PyResult<Walk> {
        Ok(match v {
            Value::Range(a, b, s) => Walk::Range {
                next: *a,
                step: *s,
                left: range_len(*a, *b, *s),
            },
            Value::Iter(i) => Walk::Shared(i.clone()),
            Value::List(l) => Walk::List(l.clone(), 0),
            Value::Dict(_) | Value::DictView(..) | Value::Set(_) => {
                Walk::Sized(super::lazy::SizedIter::of(v)?)
            }
            Value::Object(o) if o.borrow().is_iterator() => Walk::Shared(super::lazy::src_of(v)?),
            other => Walk::Items(iter_values(other)?.into_iter()),
        })
    }
}

impl Walk {
    /// The next item; an iterator object's lazy source runs in the interpreter.
    pub fn next_value(&mut self, it: &mut Interp) -> PyResult<Option<Value>> {
        Ok(match self {
            Walk::Range { next, step, left } => {
                if *left <= 0 {
                    return Ok(None);
                }
                let v = *next;
                *next += *step;
                *left -= 1;
                Some(Value::Int(v))
            }
            Walk::Items(items) => items.next(),
            Walk::Shared(i) => crate::value::lazy::next(i, it)?,
            Walk::List(l, pos) => {
                let v = l.borrow().get(*pos).cloned();
                *pos += 1;
                v
            }
            Walk::Sized(w) => w.next_item()?,
        })
    }
}

impl Interp {
    /// Run statements in order until one leaves the block.
    pub fn exec_block(&mut self, stmts: &[Statement]) -> PyResult<Flow> {
        for s in stmts {
            match self.exec_stmt(s, self.echo)? {
                Flow::Normal => {}
                other => return Ok(other),
            }
        }
        Ok(Flow::Normal)
    }

    pub(super) fn exec_if(
        &mut self,
        branches: &[(Expr, Vec<Statement>)],
        orelse: &[Statement],
    ) -> PyResult<Flow> {
        for (cond, body) in branches {
            let c = self.eval(cond)?;
            if truthy(&c).map_err(|e| e.at(cond.span))? {
                return self.exec_block(body);
            }
        }
        self.exec_block(orelse)
    }

    pub(super) fn exec_while(
        &mut self,
        cond: &Expr,
        body: &[Statement],
        orelse: &[Statement],
    ) -> PyResult<Flow> {
        loop {
            let c = self.eval(cond)?;
            if !truthy(&c).map_err(|e| e.at(cond.span))? {
                break;
            }
            match self.exec_block(body)? {
                Flow::Break => return Ok(Flow::Normal),
                Flow::Return(v) => return Ok(Flow::Return(v)),
                Flow::Normal | Flow::Continue => {}
            }
        }
        self.exec_block(orelse)
    }

    pub(super) fn exec_for(
        &mut self,
        target: &Expr,
        iter: &Expr,
        body: &[Statement],
        orelse: &[Statement],
    ) -> PyResult<Flow> {
        let v = self.eval(iter)?;
        let mut walk = Walk::of(&v).map_err(|e| e.at(iter.span))?;
        while let Some(item) = walk.next_value(self)? {
            self.assign(target, item)?;
            match self.exec_block(body)? {
                Flow::Break => return Ok(Flow::Normal),
                Flow::Return(v) => return Ok(Flow::Return(v)),
                Flow::Normal | Flow::Continue => {}
            }
            if crate::interrupt::pending() && crate::interrupt::take() {
                return Err(PyErr::keyboard_interrupt(""));
            }
        }
        self.exec_block(orelse)
    }

    pub(super) fn exec_try(
        &mut self,
        body: &[Statement],
        handlers: &[Handler],
        orelse: &[Statement],
        finally: &[Statement],
    ) -> PyResult<Flow> {
        let r = match self.exec_block(body) {
            Ok(Flow::Normal) => self.exec_block(orelse),
            Ok(flow) => Ok(flow),
            Err(e) => self.handle(e, handlers),
        };
        if finally.is_empty() {
            return r;
        }
        match self.exec_block(finally)? {
            Flow::Normal => r,
            // A `return`/`break` in `finally` wins over the block's outcome.
            other => Ok(other),
        }
    }

    /// The first handler that catches `err`.
    pub(super) fn handler_for(
        &mut self,
        err: &PyErr,
        handlers: &[Handler],
    ) -> PyResult<Option<usize>> {
        for (k, h) in handlers.iter().enumerate() {
            let caught = match &h.class {
                None => true,
                Some(c) => {
                    let cv = self.eval(c)?;
                    exceptions::matches(err, &cv).map_err(|e| e.at(c.span))?
                }
            };
            if caught {
                return Ok(Some(k));
            }
        }
        Ok(None)
    }

    /// Run the first handler that catches `err`, or pass it on.
    fn handle(&mut self, err: PyErr, handlers: &[Handler]) -> PyResult<Flow> {
        if let Some(k) = self.handler_for(&err, handlers)? {
            let h = &handlers[k];
            let err = Rc::new(err);
            if let Some(n) = &h.name {
                self.assign(n, Value::Exception(err.clone()))?;
            }
            self.handling.push(err);
            let r = self.exec_block(&h.body);
            self.handling.pop();
            if let Some(n) = &h.name {
                // Python deletes the name when the handler ends.
                let _ = self.unbind(n);
            }
            return r;
        }
        Err(err)
    }

    pub(super) fn exec_raise(
        &mut self,
        exc: Option<&Expr>,
        cause: Option<&Expr>,
    ) -> PyResult<Flow> {
        let Some(exc) = exc else {
            return Err(match self.handling.last() {
                Some(e) => (**e).clone(),
                None => PyErr::runtime("No active exception to reraise"),
            });
        };
        let v = self.eval(exc)?;
        let v = match v {
            Value::Type(crate::value::PyType::Exception(c)) => {
                exceptions::construct(c, Default::default())?
            }
            other => other,
        };
        let err = exceptions::to_raise(&v)?;
        let mut info = crate::value::exc::info(&err);
        if let Some(c) = cause {
            let cv = match self.eval(c)? {
                Value::Type(crate::value::PyType::Exception(c)) => {
                    exceptions::construct(c, Default::default())?
                }
                cv @ (Value::None | Value::Exception(_)) => cv,
                _ => {
                    return Err(PyErr::type_err(
                        "exception causes must derive from BaseException",
                    ))
                }
            };
            info.cause = Some(cv).filter(|v| !matches!(v, Value::None));
            info.suppress_context = true;
        }
        // The exception being handled becomes the new one's `__context__`.
        if let Some(h) = self.handling.last() {
            if !matches!(&v, Value::Exception(e) if Rc::ptr_eq(e, h)) {
                info.context = Some(Value::Exception(h.clone()));
            }
        }
        Err(crate::value::exc::with_info(err, info))
    }

    pub(super) fn exec_assert(&mut self, test: &Expr, msg: Option<&Expr>) -> PyResult<Flow> {
        let v = self.eval(test)?;
        if truthy(&v)? {
            return Ok(Flow::Normal);
        }
        let text = match msg {
            Some(m) => crate::format::str_of(&self.eval(m)?),
            None => String::new(),
        };
        Err(PyErr::new("AssertionError", text))
    }

    /// `with cm as x:` — enter each context manager, run the body, exit them in reverse
    /// order whatever happened.
    pub(super) fn exec_with(
        &mut self,
        items: &[(Expr, Option<Expr>)],
        body: &[Statement],
    ) -> PyResult<Flow> {
        let Some(((ctx, target), rest)) = items.split_first() else {
            return self.exec_block(body);
        };
        let cm = self.eval(ctx)?;
        let entered = super::context::enter(self, &cm).map_err(|e| e.at(ctx.span))?;
        let r = (|| {
            if let Some(t) = target {
                self.assign(t, entered)?;
            }
            self.exec_with(rest, body)
        })();
        super::context::exit(self, &cm).map_err(|e| e.at(ctx.span))?;
        r
    }
}
