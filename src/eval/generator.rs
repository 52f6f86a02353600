//! Generator functions: calling a `def` whose body yields makes a generator object, and the
//! body runs only as the generator is pulled (`next`, `for`, `send`, `throw`, `close`),
//! from one `yield` to the next, so an endless generator is an endless lazy stream.
//!
//! The interpreter walks the syntax tree with Rust recursion, and a Rust call stack cannot
//! be set aside in the middle of `exec_block`. So a generator's body runs on its own small
//! machine, a resumable walk of its statements: its position is a stack of [`Level`]s, one
//! per block entered on the way down to the `yield` it stopped at. Each level holds the
//! index of the statement running in that block and what that statement keeps between two
//! resumptions (which `if` branch it took, the `for` loop's iterator, the `try` statement's
//! stage and the outcome waiting for its `finally`, the context managers a `with` entered,
//! the iterator a `yield from` delegates to). Suspending returns all the way out, keeping
//! the levels and the frame of locals; resuming walks back down the levels to the `yield`,
//! which then completes with the value sent (or raises what was thrown). No thread, no
//! second stack, no `unsafe`.
//!
//! Only the statements on the way to a `yield` go through this machine: a statement with
//! no `yield` inside (most of a body) runs on the interpreter's ordinary path. A `yield`
//! is suspendable where it is a whole statement's value — `yield v`, `x = yield v`, and
//! the same with `yield from` — where `syntax::yield_lowering` moved every other one.

use super::control::Walk;
use super::function::{Flow, Frame, RECURSION_LIMIT, RED_ZONE, STACK_GROWTH};
use super::interp::Interp;
use crate::error::{PyErr, PyResult};
use crate::syntax::ast::{Expr, FuncDef, Handler, Statement, Stmt};
use crate::value::convert::truthy;
use crate::value::lazy::{self, Caller, LazySource, Sent};
use crate::value::{PyIter, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// A generator object's source: the function's code, its frame while suspended, and
/// where it stopped.
pub struct Generator {
    def: Rc<FuncDef>,
    /// The locals; `None` once the generator has finished (and while it runs, when the
    /// frame is on the interpreter's stack).
    frame: Option<Frame>,
    /// Where the body stopped, outermost block first; empty before the first `next`.
    levels: Vec<Level>,
    started: bool,
    /// `return v`'s value, for `StopIteration.value`.
    returned: Option<Value>,
    /// The generator object's `id`, for the message when closing it on drop fails.
    id: Rc<std::cell::Cell<usize>>,
}

thread_local! {
    /// Suspended generators whose last reference went away, waiting for the interpreter
    /// to close them ([`Interp::close_dropped`]), as CPython closes a generator when it is
    /// freed so its `finally` blocks and `with` exits run.
    static DROPPED: RefCell<Vec<Generator>> = const { RefCell::new(Vec::new()) };
}

impl Drop for Generator {
    fn drop(&mut self) {
        if !self.started || self.levels.is_empty() {
            return;
        }
        let Some(frame) = self.frame.take() else {
            return;
        };
        let (def, levels, id) = (
            self.def.clone(),
            std::mem::take(&mut self.levels),
            self.id.clone(),
        );
        // Built inside the closure: if the queue is gone (the thread is ending), the
        // parts are dropped as plain values rather than as a generator to queue again.
        let _ = DROPPED.try_with(move |d| {
            d.borrow_mut().push(Generator {
                def,
                frame: Some(frame),
                levels,
                started: true,
                returned: None,
                id,
            })
        });
    }
}

/// One block on the way to the suspended `yield`: the statement running in it and that
/// statement's state.
struct Level {
    index: usize,
    state: State,
}

/// What the statement at a level's index keeps while the generator is suspended in it.
enum State {
    /// Not started (the statement runs from its beginning).
    Fresh,
    /// A `yield` statement, waiting for the value sent back.
    Yielded,
    /// A `yield from` statement, passing items through from this iterator.
    Delegating(Rc<RefCell<PyIter>>),
    /// An `if` statement running branch `k` (`k == branches.len()`: the `else`).
    If(usize),
    /// A `while` (no iterator) or `for` loop, in its body or (`in_else`) its `else`.
    Loop {
        walk: Option<Walk>,
        in_else: bool,
    },
    Try(TryStage),
    /// A `with` statement's body, with the context managers entered (exited in reverse).
    With(Vec<Value>),
}

/// Where a `try` statement is.
enum TryStage {
    Body,
    /// Running handler `k` for this exception.
    Handler(usize, Rc<PyErr>),
    Else,
    /// Running the `finally` block; what the rest of the statement ended with waits.
    Finally(Result<Flow, PyErr>),
}

/// How a block or statement of a generator ends: as the ordinary interpreter's do, or
/// suspended at a `yield` with the value it yields.
enum Step {
    Done(Flow),
    Yield(Value),
}

/// One resumption's view of the generator: its levels, and the value or exception being
/// sent in while the walk goes back down to the `yield` (taken there).
struct Run<'g> {
    levels: &'g mut Vec<Level>,
    sent: Option<Sent>,
}

impl Run<'_> {
    /// The level of the block at `depth`.
    fn level(&mut self, depth: usize) -> PyResult<&mut Level> {
        self.levels
            .get_mut(depth)
            .ok_or_else(|| PyErr::runtime("arrsh: a generator lost its place"))
    }

    fn state(&mut self, depth: usize) -> PyResult<&mut State> {
        Ok(&mut self.level(depth)?.state)
    }

    /// Going back down to the `yield` the generator stopped at.
    fn resuming(&self) -> bool {
        self.sent.is_some()
    }
}

impl std::fmt::Debug for Generator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Generator({})", self.def.qualname)
    }
}

impl Generator {
    /// A generator about to run `def`'s body in `frame` (the arguments bound).
    pub fn value(def: Rc<FuncDef>, frame: Frame) -> Value {
        let qualname = def.qualname.clone();
        let id = Rc::new(std::cell::Cell::new(0));
        let v = Value::lazy_iter(
            "generator",
            Box::new(Generator {
                def,
                frame: Some(frame),
                levels: Vec::new(),
                started: false,
                returned: None,
                id: id.clone(),
            }),
        );
        if let Value::Iter(i) = &v {
            i.borrow_mut().qualname = Some(qualname);
        }
        id.set(crate::value::identity::identity(&v));
        v
    }

    /// Run the body until its next `yield` (`Some(value)`) or its end (`None`).
    fn resume(&mut self, cx: &mut dyn Caller, sent: Sent) -> PyResult<Option<Value>> {
        let Some(frame) = self.frame.take() else {
            return match sent {
                Sent::Value(_) => Ok(None),
                Sent::Throw(e) => Err(e),
            };
        };
        let first = !self.started;
        if first {
            match sent {
                Sent::Value(Value::None) => {}
                Sent::Value(_) => {
                    self.frame = Some(frame);
                    return Err(PyErr::type_err(
                        "can't send non-None value to a just-started generator",
                    ));
                }
                // Thrown in before it started: it finishes without running.
                Sent::Throw(e) => return Err(e),
            }
            self.started = true;
        }
        let it = super::lazy::interp(cx)?;
        if it.frames.len() >= RECURSION_LIMIT {
            self.frame = Some(frame);
            return Err(PyErr::new(
                "RecursionError",
                "maximum recursion depth exceeded",
            ));
        }
        it.frames.push(frame);
        let echo = std::mem::replace(&mut it.echo, false);
        let def = self.def.clone();
        let mut run = Run {
            levels: &mut self.levels,
            sent: (!first).then_some(sent),
        };
        let r = stacker::maybe_grow(RED_ZONE, STACK_GROWTH, || {
            it.gen_block(&mut run, &def.body, 0)
        });
        it.echo = echo;
        let frame = it.frames.pop();
        match r {
            Ok(Step::Yield(v)) => {
                self.frame = frame;
                Ok(Some(v))
            }
            Ok(Step::Done(flow)) => {
                self.levels.clear();
                if let Flow::Return(v) = flow {
                    self.returned = Some(v).filter(|v| !matches!(v, Value::None));
                }
                Ok(None)
            }
            Err(e) => {
                self.levels.clear();
                let e = if e.class == "StopIteration" {
                    stop_escaped(e)
                } else {
                    e
                };
                Err(e.leave_function(&def.name))
            }
        }
    }
}

/// PEP 479: a StopIteration escaping a generator's body becomes a RuntimeError (whose
/// `__cause__` it is).
fn stop_escaped(e: PyErr) -> PyErr {
    let mut info = crate::value::exc::ExcInfo {
        cause: Some(Value::Exception(Rc::new(e))),
        ..Default::default()
    };
    info.suppress_context = true;
    crate::value::exc::with_info(PyErr::runtime("generator raised StopIteration"), info)
}

impl LazySource for Generator {
    fn next(&mut self, cx: &mut dyn Caller) -> PyResult<Option<Value>> {
        self.resume(cx, Sent::Value(Value::None))
    }
    fn send(&mut self, cx: &mut dyn Caller, sent: Sent) -> PyResult<Option<Value>> {
        self.resume(cx, sent)
    }
    fn is_generator(&self) -> bool {
        true
    }
    fn returned(&mut self) -> Option<Value> {
        self.returned.take()
    }
}

/// `StopIteration(value)` (a bare `StopIteration()` for `None`), as `next` raises it when
/// a generator returns.
pub fn stop_iteration(value: Option<Value>) -> PyErr {
    match value {
        None => PyErr::new("StopIteration", ""),
        Some(v) => crate::value::exc::with_info(
            PyErr::new("StopIteration", crate::format::str_of(&v)),
            crate::value::exc::ExcInfo {
                args: Some(vec![v]),
                ..Default::default()
            },
        ),
    }
}

impl Interp {
    /// Close the generators dropped while suspended (GeneratorExit thrown in at their
    /// `yield`); what goes wrong is reported and ignored, as CPython's "Exception ignored
    /// in" does.
    pub(super) fn close_dropped(&mut self) {
        while let Some(mut g) = DROPPED.with(|d| d.borrow_mut().pop()) {
            let r = g.resume(self, Sent::Throw(PyErr::new("GeneratorExit", "")));
            let failed = match r {
                Ok(None) => None,
                Err(e) if matches!(e.class, "GeneratorExit" | "StopIteration") => None,
                Ok(Some(_)) => Some(PyErr::runtime("generator ignored GeneratorExit")),
                Err(e) => Some(e),
            };
            // Finished either way: dropping it now queues nothing.
            g.frame = None;
            g.levels.clear();
            if let Some(e) = failed {
                self.notes.push(format!(
                    "Exception ignored in: <generator object {} at 0x{:x}>\n{}",
                    g.def.qualname,
                    g.id.get(),
                    e
                ));
            }
        }
    }

    /// Run (or, resuming, go back into) the block at `depth`.
    fn gen_block(&mut self, g: &mut Run, stmts: &[Statement], depth: usize) -> PyResult<Step> {
        if !g.resuming() {
            g.levels.truncate(depth);
            g.levels.push(Level {
                index: 0,
                state: State::Fresh,
            });
        }
        loop {
            let index = g.level(depth)?.index;
            let Some(st) = stmts.get(index) else {
                g.levels.truncate(depth);
                return Ok(Step::Done(Flow::Normal));
            };
            let r = if g.resuming() || st.yields() {
                self.gen_stmt(g, st, depth).map_err(|e| e.at(st.span))
            } else {
                self.exec_stmt(st, false).map(Step::Done)
            };
            match r {
                Ok(Step::Yield(v)) => return Ok(Step::Yield(v)),
                Ok(Step::Done(Flow::Normal)) => {
                    let level = g.level(depth)?;
                    level.index += 1;
                    level.state = State::Fresh;
                }
                other => {
                    g.levels.truncate(depth);
                    return other;
                }
            }
        }
    }

    /// A statement that contains a `yield` (or is one), at `depth`'s current index.
    fn gen_stmt(&mut self, g: &mut Run, st: &Statement, depth: usize) -> PyResult<Step> {
        if st.yield_point().is_some() {
            return self.gen_yield(g, st, depth);
        }
        match &st.stmt {
            Stmt::If(branches, orelse) => {
                let k = match g.state(depth)? {
                    State::If(k) => *k,
                    _ => {
                        let mut k = branches.len();
                        for (i, (cond, _)) in branches.iter().enumerate() {
                            let c = self.eval(cond)?;
                            if truthy(&c).map_err(|e| e.at(cond.span))? {
                                k = i;
                                break;
                            }
                        }
                        *g.state(depth)? = State::If(k);
                        k
                    }
                };
                let body = branches.get(k).map_or(&orelse[..], |b| &b.1[..]);
                self.gen_block(g, body, depth + 1)
            }
            Stmt::While(cond, body, orelse) => {
                self.gen_loop(g, depth, Head::While(cond), body, orelse)
            }
            Stmt::For {
                target,
                iter,
                body,
                orelse,
            } => self.gen_loop(g, depth, Head::For(target, iter), body, orelse),
            Stmt::Try {
                body,
                handlers,
                orelse,
                finally,
            } => self.gen_try(g, depth, body, handlers, orelse, finally),
            Stmt::With(items, body) => self.gen_with(g, depth, items, body),
            _ => self.exec_stmt(st, false).map(Step::Done),
        }
    }

    /// `yield v`, `x = yield v` and their `yield from` forms: suspend, or
    /// (resuming) finish the statement with the value sent.
    fn gen_yield(&mut self, g: &mut Run, st: &Statement, depth: usize) -> PyResult<Step> {
        let Some((operand, from)) = st.yield_point() else {
            return Ok(Step::Done(Flow::Normal));
        };
        let state = std::mem::replace(g.state(depth)?, State::Fresh);
        let sent = g.sent.take();
        let src = match (state, sent) {
            (State::Yielded, Some(Sent::Value(v))) => return self.yield_done(st, v),
            (State::Yielded, Some(Sent::Throw(e))) => return Err(e),
            (State::Delegating(src), Some(sent)) => return self.delegate(g, st, depth, src, sent),
            _ => match operand {
                Some(e) => self.eval(e)?,
                None => Value::None,
            },
        };
        if !from {
            *g.state(depth)? = State::Yielded;
            return Ok(Step::Yield(src));
        }
        let inner = match operand {
            Some(e) => super::lazy::src_of(&src).map_err(|err| err.at(e.span))?,
            None => return Err(PyErr::syntax("invalid syntax")),
        };
        self.delegate(g, st, depth, inner, Sent::Value(Value::None))
    }

    /// `yield from it`: pass `sent` on to `it`; suspend with what it yields, or finish the
    /// statement with what it returned.
    fn delegate(
        &mut self,
        g: &mut Run,
        st: &Statement,
        depth: usize,
        src: Rc<RefCell<PyIter>>,
        sent: Sent,
    ) -> PyResult<Step> {
        let plain = matches!(sent, Sent::Value(Value::None));
        // Generator functions and expressions take `send` and `throw`; other iterators
        // get `next` only.
        let is_gen = src.borrow().kind == "generator";
        let got = match sent {
            _ if plain => lazy::next(&src, self)?,
            Sent::Value(_) if !is_gen => {
                let kind = src.borrow().kind;
                return Err(PyErr::attribute(format!(
                    "'{}' object has no attribute 'send'",
                    kind
                )));
            }
            Sent::Throw(e) if !is_gen => return Err(e),
            sent => lazy::send(&src, self, sent)?,
        };
        match got {
            Some(v) => {
                *g.state(depth)? = State::Delegating(src);
                Ok(Step::Yield(v))
            }
            None => {
                let ret = src.borrow_mut().returned.take().unwrap_or(Value::None);
                self.yield_done(st, ret)
            }
        }
    }

    /// Finish a `yield` statement: `x = yield` binds what was sent.
    fn yield_done(&mut self, st: &Statement, v: Value) -> PyResult<Step> {
        if let Stmt::Assign(targets, _) = &st.stmt {
            for t in targets {
                self.assign(t, v.clone())?;
            }
        }
        Ok(Step::Done(Flow::Normal))
    }

    /// A `while` or `for` loop with a `yield` in it.
    fn gen_loop(
        &mut self,
        g: &mut Run,
        depth: usize,
        head: Head,
        body: &[Statement],
        orelse: &[Statement],
    ) -> PyResult<Step> {
        if matches!(g.state(depth)?, State::Fresh) {
            let walk = match head {
                Head::For(_, iter) => {
                    let v = self.eval(iter)?;
                    Some(Walk::of(&v).map_err(|e| e.at(iter.span))?)
                }
                Head::While(_) => None,
            };
            *g.state(depth)? = State::Loop {
                walk,
                in_else: false,
            };
        }
        loop {
            let in_else = matches!(g.state(depth)?, State::Loop { in_else: true, .. });
            if in_else {
                return self.gen_block(g, orelse, depth + 1);
            }
            if !g.resuming() {
                let more = match head {
                    Head::While(cond) => {
                        let c = self.eval(cond)?;
                        truthy(&c).map_err(|e| e.at(cond.span))?
                    }
                    Head::For(target, _) => {
                        let item = match g.state(depth)? {
                            State::Loop { walk: Some(w), .. } => w.next_value(self)?,
                            _ => None,
                        };
                        match item {
                            Some(x) => {
                                self.assign(target, x)?;
                                true
                            }
                            None => false,
                        }
                    }
                };
                if !more {
                    if let State::Loop { in_else, .. } = g.state(depth)? {
                        *in_else = true;
                    }
                    continue;
                }
            }
            match self.gen_block(g, body, depth + 1)? {
                Step::Yield(v) => return Ok(Step::Yield(v)),
                Step::Done(Flow::Break) => return Ok(Step::Done(Flow::Normal)),
                Step::Done(Flow::Return(v)) => return Ok(Step::Done(Flow::Return(v))),
                Step::Done(Flow::Normal | Flow::Continue) => {}
            }
            if crate::interrupt::pending() && crate::interrupt::take() {
                return Err(PyErr::keyboard_interrupt(""));
            }
        }
    }

    /// A `try` statement with a `yield` in one of its blocks.
    fn gen_try(
        &mut self,
        g: &mut Run,
        depth: usize,
        body: &[Statement],
        handlers: &[Handler],
        orelse: &[Statement],
        finally: &[Statement],
    ) -> PyResult<Step> {
        if matches!(g.state(depth)?, State::Fresh) {
            *g.state(depth)? = State::Try(TryStage::Body);
        }
        loop {
            let stage = match g.state(depth)? {
                State::Try(TryStage::Body) => Stage::Body,
                State::Try(TryStage::Handler(k, e)) => Stage::Handler(*k, e.clone()),
                State::Try(TryStage::Else) => Stage::Else,
                _ => Stage::Finally,
            };
            let next = match stage {
                Stage::Body => match self.gen_block(g, body, depth + 1) {
                    Ok(Step::Yield(v)) => return Ok(Step::Yield(v)),
                    Ok(Step::Done(Flow::Normal)) => TryStage::Else,
                    Ok(Step::Done(flow)) => TryStage::Finally(Ok(flow)),
                    Err(e) => match self.handler_for(&e, handlers) {
                        Ok(Some(k)) => {
                            let e = Rc::new(e);
                            if let Some(n) = &handlers[k].name {
                                self.assign(n, Value::Exception(e.clone()))?;
                            }
                            TryStage::Handler(k, e)
                        }
                        Ok(None) => TryStage::Finally(Err(e)),
                        Err(e) => TryStage::Finally(Err(e)),
                    },
                },
                Stage::Handler(k, e) => {
                    self.handling.push(e);
                    let r = self.gen_block(g, &handlers[k].body, depth + 1);
                    self.handling.pop();
                    if let Ok(Step::Yield(v)) = r {
                        return Ok(Step::Yield(v));
                    }
                    if let Some(n) = &handlers[k].name {
                        // Python deletes the name when the handler ends.
                        let _ = self.unbind(n);
                    }
                    TryStage::Finally(done(r))
                }
                Stage::Else => match self.gen_block(g, orelse, depth + 1) {
                    Ok(Step::Yield(v)) => return Ok(Step::Yield(v)),
                    r => TryStage::Finally(done(r)),
                },
                Stage::Finally => {
                    let step = if finally.is_empty() {
                        Step::Done(Flow::Normal)
                    } else {
                        self.gen_block(g, finally, depth + 1)?
                    };
                    let pending = match std::mem::replace(g.state(depth)?, State::Fresh) {
                        State::Try(TryStage::Finally(p)) => p,
                        _ => Ok(Flow::Normal),
                    };
                    return match step {
                        Step::Yield(v) => {
                            *g.state(depth)? = State::Try(TryStage::Finally(pending));
                            Ok(Step::Yield(v))
                        }
                        // A `return`/`break` in `finally` wins over the block's outcome.
                        Step::Done(Flow::Normal) => pending.map(Step::Done),
                        other => Ok(other),
                    };
                }
            };
            *g.state(depth)? = State::Try(next);
        }
    }

    /// A `with` statement with a `yield` in its body: the managers stay entered while
    /// the generator is suspended, as in Python.
    fn gen_with(
        &mut self,
        g: &mut Run,
        depth: usize,
        items: &[(Expr, Option<Expr>)],
        body: &[Statement],
    ) -> PyResult<Step> {
        if matches!(g.state(depth)?, State::Fresh) {
            let mut entered = Vec::new();
            let mut r = Ok(());
            for (ctx, target) in items {
                r = (|| {
                    let cm = self.eval(ctx)?;
                    let v = super::context::enter(self, &cm).map_err(|e| e.at(ctx.span))?;
                    entered.push(cm);
                    if let Some(t) = target {
                        self.assign(t, v)?;
                    }
                    Ok(())
                })();
                if r.is_err() {
                    break;
                }
            }
            if let Err(e) = r {
                self.exit_all(&entered)?;
                return Err(e);
            }
            *g.state(depth)? = State::With(entered);
        }
        let r = self.gen_block(g, body, depth + 1);
        if let Ok(Step::Yield(v)) = r {
            return Ok(Step::Yield(v));
        }
        let entered = match std::mem::replace(g.state(depth)?, State::Fresh) {
            State::With(v) => v,
            _ => Vec::new(),
        };
        self.exit_all(&entered)?;
        r
    }

    /// Exit context managers, the last entered first.
    fn exit_all(&mut self, entered: &[Value]) -> PyResult<()> {
        for cm in entered.iter().rev() {
            super::context::exit(self, cm)?;
        }
        Ok(())
    }
}

/// A loop's header: `while cond` or `for target in iter`.
#[derive(Clone, Copy)]
enum Head<'a> {
    While(&'a Expr),
    For(&'a Expr, &'a Expr),
}

/// A `try` statement's stage, read out of its level before the block runs.
enum Stage {
    Body,
    Handler(usize, Rc<PyErr>),
    Else,
    Finally,
}

/// A finished block's outcome, for the `finally` to wait with.
fn done(r: PyResult<Step>) -> Result<Flow, PyErr> {
    match r {
        Ok(Step::Done(flow)) => Ok(flow),
        Ok(Step::Yield(_)) => Ok(Flow::Normal),
        Err(e) => Err(e),
    }
}
