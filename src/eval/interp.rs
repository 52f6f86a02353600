//! The interpreter: runs statements against a variable table and evaluates expressions.

use super::function::Flow;
use super::{attrs, builtins, pymodules, pytypes, subscript};
use crate::array::dtype::RUST_ALIASES;
use crate::array::object::ArrayRef;
use crate::error::{PyErr, PyResult, Span};
use crate::numpy;
use crate::syntax::ast::*;
use crate::value::args::Args;
use crate::value::ops::{BinOp, CmpOp, UnaryOp};
use crate::value::pyops;
use crate::value::{PyType, Value};
use std::collections::HashMap;
use std::rc::Rc;

/// One interpreter: variables plus the text printed so far by the current statement.
pub struct Interp {
    /// Globals and builtins by name (foldhash: names are short, hashing dominates lookups).
    pub vars: HashMap<String, Value, foldhash::fast::RandomState>,
    /// Standard output produced while running (drained by the session after each line).
    pub out: String,
    /// Warnings produced while running, each with the statement that was running (the
    /// innermost one, as Python's warnings name the line executing), drained and printed to
    /// standard error by the session.
    pub warnings: Vec<(Option<Span>, String)>,
    /// The innermost statement running: function bodies and blocks set it while each of
    /// their statements runs and put the caller's back afterwards.
    stmt_span: Option<Span>,
    /// Other lines for standard error (printed by the session after the warnings).
    pub notes: Vec<String>,
    /// The output goes to a terminal: `show` draws there instead of saving a PNG.
    pub terminal: bool,
    pub state: numpy::State,
    /// The running functions and comprehensions, innermost last.
    pub(super) frames: Vec<super::function::Frame>,
    /// Exceptions being handled by `except` blocks (for a bare `raise`).
    pub(super) handling: Vec<Rc<PyErr>>,
    /// Expression statements show their value: at the prompt, also inside the blocks of the
    /// statement typed (as Python's interactive mode does), never inside function bodies.
    pub(super) echo: bool,
    /// Python's `random` module's generator, seeded on first use.
    pub(super) py_random: Option<super::pymodules::random::Gen>,
}

impl Default for Interp {
    fn default() -> Self {
        Interp::new()
    }
}

impl Interp {
    /// A fresh interpreter with `np`, `numpy`, NumPy's functions as bare names, the Rust
    /// dtype aliases and Python's builtins bound.
    pub fn new() -> Interp {
        crate::value::hooks::install(crate::value::hooks::Hooks {
            repr: crate::format::repr,
            ufunc_name: numpy::ufunc::methods::ufunc_name,
        });
        let mut vars = HashMap::default();
        for (name, v) in numpy::bare_names() {
            vars.insert(name, v);
        }
        for (name, d) in RUST_ALIASES {
            vars.insert(name.to_string(), Value::DType(d));
        }
        for (name, v) in builtins::names() {
            vars.insert(name.to_string(), v);
        }
        for (name, v) in super::exceptions::names() {
            vars.insert(name.to_string(), v);
        }
        vars.insert("np".into(), Value::Module(Rc::from("numpy")));
        vars.insert("numpy".into(), Value::Module(Rc::from("numpy")));
        // A session or lesson is Python's main module (`if __name__ == "__main__":`).
        vars.insert("__name__".into(), Value::str("__main__"));
        vars.insert("__doc__".into(), Value::None);
        Interp {
            vars,
            out: String::new(),
            warnings: Vec::new(),
            stmt_span: None,
            notes: Vec::new(),
            terminal: false,
            state: numpy::State::default(),
            frames: Vec::new(),
            handling: Vec::new(),
            echo: false,
            py_random: None,
        }
    }

    pub fn print(&mut self, s: &str) {
        self.out.push_str(s);
    }

    pub fn warn(&mut self, category: &str, msg: &str) {
        let w = (self.stmt_span, format!("{}: {}", category, msg));
        if !self.warnings.contains(&w) {
            self.warnings.push(w);
        }
    }

    /// Run one top-level statement; an expression statement's value is displayed when
    /// `display` is set.
    pub fn exec(&mut self, st: &Statement, display: bool) -> PyResult<()> {
        self.echo = display;
        self.exec_stmt(st, display).map(|_| ())
    }

    /// Run one statement: how control leaves it.
    pub(super) fn exec_stmt(&mut self, st: &Statement, display: bool) -> PyResult<Flow> {
        let caller = self.stmt_span.replace(st.span);
        let r = self.exec_inner(st, display).map_err(|e| e.at(st.span));
        self.stmt_span = caller;
        self.close_dropped();
        // The buffer pool's clock: blocks idle for a few statements are freed.
        crate::array::pool::statement_done();
        r
    }

    fn exec_inner(&mut self, st: &Statement, display: bool) -> PyResult<Flow> {
        match &st.stmt {
            Stmt::Break => Ok(Flow::Break),
            Stmt::Continue => Ok(Flow::Continue),
            Stmt::Return(e) => Ok(Flow::Return(match e {
                Some(e) => self.eval(e)?,
                None => Value::None,
            })),
            Stmt::If(branches, orelse) => self.exec_if(branches, orelse),
            Stmt::While(cond, body, orelse) => self.exec_while(cond, body, orelse),
            Stmt::For {
                target,
                iter,
                body,
                orelse,
            } => self.exec_for(target, iter, body, orelse),
            Stmt::Try {
                body,
                handlers,
                orelse,
                finally,
            } => self.exec_try(body, handlers, orelse, finally),
            Stmt::Raise(exc, cause) => self.exec_raise(exc.as_ref(), cause.as_ref()),
            Stmt::Assert(test, msg) => self.exec_assert(test, msg.as_ref()),
            Stmt::With(items, body) => self.exec_with(items, body),
            _ => self.exec_simple(st, display).map(|_| Flow::Normal),
        }
    }

    /// A statement that always falls through to the next one.
    fn exec_simple(&mut self, st: &Statement, display: bool) -> PyResult<()> {
        match &st.stmt {
            Stmt::Def(def, target) => {
                let decorators = def
                    .decorators
                    .iter()
                    .map(|d| self.eval(d))
                    .collect::<PyResult<Vec<_>>>()?;
                let mut f = self.make_function(def)?;
                for d in decorators.iter().rev() {
                    f = self.call(d, Args::new(vec![f]))?;
                }
                self.assign(target, f)
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) => Ok(()),
            Stmt::Expr(e) => {
                let v = self.eval_statement(e)?;
                if display && !matches!(v, Value::None) {
                    let _words = self.formatted(&[&v])?;
                    let text = crate::format::try_repr(&v)?;
                    self.out.push_str(&text);
                    self.out.push('\n');
                }
                if !matches!(v, Value::None) {
                    self.bind_global("_", v);
                }
                Ok(())
            }
            Stmt::Assign(targets, value) => {
                let v = self.eval_statement(value)?;
                for t in targets {
                    self.assign(t, v.clone())?;
                }
                Ok(())
            }
            Stmt::AugAssign(target, op, value) => self.aug_assign(target, (*op).into(), value),
            Stmt::Del(targets) => {
                for t in targets {
                    self.delete(t)?;
                }
                Ok(())
            }
            Stmt::Import(modules) => {
                for (module, alias) in modules {
                    let m = pymodules::import_module(module)?;
                    let name = match alias {
                        Some(a) => a.clone(),
                        None => module.split('.').next().unwrap_or(module).to_string(),
                    };
                    let bound = if alias.is_some() {
                        m
                    } else {
                        pymodules::import_module(&name)?
                    };
                    self.vars.insert(name, bound);
                }
                Ok(())
            }
            Stmt::FromImport { module, names } => {
                let m = pymodules::import_module(module)?;
                for (name, alias) in names {
                    let v = attrs::get_attr(self, &m, name).map_err(|_| {
                        // CPython adds the module's file, unknown for its built-in ones.
                        let place = if pymodules::is_compiled_in(module) {
                            " (unknown location)"
                        } else {
                            ""
                        };
                        crate::value::exc::with_info(
                            PyErr::import(format!(
                                "cannot import name '{}' from '{}'{}",
                                name, module, place
                            )),
                            crate::value::exc::ExcInfo {
                                name: Some(Value::str(module)),
                                ..Default::default()
                            },
                        )
                    })?;
                    self.vars
                        .insert(alias.clone().unwrap_or_else(|| name.clone()), v);
                }
                Ok(())
            }
            Stmt::Magic(name, rest, at) => crate::teach::magic::run(self, name, rest, *at),
            Stmt::Help(e) => {
                let v = self.eval(e)?;
                let text = crate::format::help::help_text(&v);
                self.out.push_str(&text);
                Ok(())
            }
            Stmt::Pass => Ok(()),
            Stmt::Break
            | Stmt::Continue
            | Stmt::Return(_)
            | Stmt::If(..)
            | Stmt::While(..)
            | Stmt::For { .. }
            | Stmt::Try { .. }
            | Stmt::Raise(..)
            | Stmt::Assert(..)
            | Stmt::With(..) => self.exec_inner(st, display).map(|_| ()),
        }
    }

    pub(super) fn assign(&mut self, target: &Expr, v: Value) -> PyResult<()> {
        let r = match &target.kind {
            ExprKind::Name(n) => {
                self.bind_global(n, v);
                Ok(())
            }
            ExprKind::Subscript(obj, idx) => {
                let o = self.eval(obj)?;
                let i = self.eval(idx)?;
                // An iterator on the right of a list slice is run here, where the
                // interpreter can drive a generator.
                let v = match (&o, &i, v) {
                    (Value::List(_), Value::Slice(_), Value::Iter(it)) => {
                        Value::list(crate::value::lazy::rest(&it, self)?)
                    }
                    (_, _, v) => v,
                };
                subscript::setitem(&o, &i, &v)?;
                // Storing an array into one of another dtype casts it, with `astype`'s
                // warnings.
                match &o {
                    Value::Array(a) => numpy::cast_warnings::check_values(self, &v, a.dtype),
                    _ => Ok(()),
                }
            }
            ExprKind::Attr(obj, name) => {
                let o = self.eval(obj)?;
                match (&o, name.as_str()) {
                    (Value::Array(a), "shape") => self.set_shape(a, &v),
                    _ => attrs::set_attr(&o, name, &v),
                }
            }
            ExprKind::Local(i, _) => {
                if let Some(f) = self.frames.last_mut() {
                    f.set(*i, v);
                }
                Ok(())
            }
            ExprKind::Free(i, _) => {
                if let Some(c) = self.frames.last().and_then(|f| f.free.get(*i)) {
                    *c.borrow_mut() = Some(v);
                }
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => self.unpack(items, &v),
            _ => Err(PyErr::syntax("cannot assign to expression")),
        };
        r.map_err(|e| e.at(target.span))
    }

    /// `a, *b, c = v`: Python's unpacking, with its messages.
    fn unpack(&mut self, items: &[Expr], v: &Value) -> PyResult<()> {
        let vals: Vec<Value> = match v {
            Value::Iter(i) => crate::value::lazy::rest(i, self)?,
            _ => crate::value::convert::iter_values(v).map_err(|_| {
                PyErr::type_err(format!(
                    "cannot unpack non-iterable {} object",
                    v.type_of().short_name()
                ))
            })?,
        };
        let star = items
            .iter()
            .position(|t| matches!(t.kind, ExprKind::Starred(_)));
        let Some(star) = star else {
            if vals.len() != items.len() {
                return Err(if vals.len() > items.len() {
                    PyErr::value(format!(
                        "too many values to unpack (expected {})",
                        items.len()
                    ))
                } else {
                    PyErr::value(format!(
                        "not enough values to unpack (expected {}, got {})",
                        items.len(),
                        vals.len()
                    ))
                });
            }
            for (t, x) in items.iter().zip(vals) {
                self.assign(t, x)?;
            }
            return Ok(());
        };
        let fixed = items.len() - 1;
        if vals.len() < fixed {
            return Err(PyErr::value(format!(
                "not enough values to unpack (expected at least {}, got {})",
                fixed,
                vals.len()
            )));
        }
        let after = items.len() - star - 1;
        let mut vals = vals;
        let tail = vals.split_off(vals.len() - after);
        let middle = vals.split_off(star);
        for (t, x) in items[..star].iter().zip(vals) {
            self.assign(t, x)?;
        }
        if let ExprKind::Starred(inner) = &items[star].kind {
            self.assign(inner, Value::list(middle))?;
        }
        for (t, x) in items[star + 1..].iter().zip(tail) {
            self.assign(t, x)?;
        }
        Ok(())
    }

    /// Forget a local or global name (`del`, the end of an `except … as e` block).
    pub(super) fn unbind(&mut self, target: &Expr) -> PyResult<()> {
        match &target.kind {
            ExprKind::Local(i, n) | ExprKind::Free(i, n) => {
                let frame = self.frames.last_mut();
                let old = match &target.kind {
                    ExprKind::Local(..) => frame.and_then(|f| f.take(*i)),
                    _ => frame
                        .and_then(|f| f.free.get(*i))
                        .and_then(|c| c.borrow_mut().take()),
                };
                match old {
                    Some(_) => Ok(()),
                    None => Err(unbound_local(n)),
                }
            }
            ExprKind::Name(n) => match self.vars.remove(n) {
                Some(_) => Ok(()),
                None => Err(PyErr::name(format!("name '{}' is not defined", n))),
            },
            _ => Ok(()),
        }
    }

    /// `x.shape = (4, 6)`: NumPy changes the array object in place, and only when no copy
    /// is needed. arrsh arrays keep their geometry, so the reshaped view replaces the array
    /// in every variable bound to it (views made earlier still name the old object as
    /// their base — see docs/differences.md).
    fn set_shape(&mut self, a: &ArrayRef, v: &Value) -> PyResult<()> {
        let requested = crate::value::convert::to_shape(v)?;
        let mut req = requested.clone();
        if req.iter().filter(|&&d| d < 0).count() == 1 {
            req.iter_mut().filter(|d| **d < 0).for_each(|d| *d = -1);
        }
        let shape = crate::array::layout::resolve_shape(&req, a.size()).map_err(|e| {
            if e.msg.starts_with("cannot reshape") {
                let parts: Vec<String> = requested.iter().map(|d| d.to_string()).collect();
                let t = if parts.len() == 1 {
                    format!("({},)", parts[0])
                } else {
                    format!("({})", parts.join(","))
                };
                PyErr::value(format!(
                    "cannot reshape array of size {} into shape {}",
                    a.size(),
                    t
                ))
            } else {
                e
            }
        })?;
        let strides = crate::array::layout::nocopy_reshape(&a.shape, &a.strides, &shape, a.itemsize(), false)
            .ok_or_else(|| {
                PyErr::attribute(
                    "Incompatible shape for in-place modification. Use `.reshape()` to make a copy with the desired shape.",
                )
            })?;
        let strides = if a.size() == 0 {
            crate::array::layout::c_strides(&shape, a.itemsize())
        } else {
            strides
        };
        let new = Rc::new(a.regeometry(shape, strides));
        self.replace_everywhere(a, new);
        Ok(())
    }

    /// Rebind every variable that names the array `old` to `new`.
    fn replace_everywhere(&mut self, old: &ArrayRef, new: ArrayRef) {
        for val in self.vars.values_mut() {
            if let Value::Array(x) = val {
                if Rc::ptr_eq(x, old) {
                    *val = Value::Array(new.clone());
                }
            }
        }
    }

    fn aug_assign(&mut self, target: &Expr, op: BinOp, value: &Expr) -> PyResult<()> {
        let rhs = self.eval(value)?;
        self.aug_assign_value(target, op, rhs)
    }

    /// `target op= rhs` with the right side already evaluated.
    fn aug_assign_value(&mut self, target: &Expr, op: BinOp, rhs: Value) -> PyResult<()> {
        match &target.kind {
            ExprKind::Local(..) | ExprKind::Free(..) => {
                let cur = self.eval(target)?;
                let new = self.inplace(op, &cur, &rhs)?;
                self.assign(target, new)
            }
            ExprKind::Name(n) => {
                let cur = self.vars.get(n).cloned().ok_or_else(|| {
                    PyErr::name(format!("name '{}' is not defined", n)).at(target.span)
                })?;
                let new = self.inplace(op, &cur, &rhs)?;
                self.bind_global(n, new);
                Ok(())
            }
            ExprKind::Subscript(obj, idx) => {
                let o = self.eval(obj)?;
                let i = self.eval(idx)?;
                let cur = self.getitem(&o, &i).map_err(|e| e.at(target.span))?;
                let new = self.inplace(op, &cur, &rhs)?;
                subscript::setitem(&o, &i, &new).map_err(|e| e.at(target.span))
            }
            ExprKind::Attr(obj, name) => {
                let o = self.eval(obj)?;
                let cur = attrs::get_attr(self, &o, name)?;
                let new = self.inplace(op, &cur, &rhs)?;
                attrs::set_attr(&o, name, &new)
            }
            _ => Err(PyErr::syntax(
                "'expression' is an illegal expression for augmented assignment",
            )
            .at(target.span)),
        }
    }

    /// `cur op= rhs`: arrays are updated in place (NumPy's `__iadd__`), other values rebound.
    pub(crate) fn inplace(&mut self, op: BinOp, cur: &Value, rhs: &Value) -> PyResult<Value> {
        if let Some(r) = pymodules::collections::inplace(self, op, cur, rhs) {
            return r;
        }
        match cur {
            Value::Array(a) => {
                numpy::ufunc::inplace_binary(self, op, a, rhs)?;
                Ok(cur.clone())
            }
            Value::List(l) if op == BinOp::Add => {
                let items = match rhs {
                    Value::Iter(i) => crate::value::lazy::rest(i, self)?,
                    _ => crate::value::convert::iter_values(rhs)?,
                };
                l.borrow_mut().extend(items);
                Ok(cur.clone())
            }
            _ => match super::augmented::container(op, cur, rhs) {
                Some(r) => r,
                None => self
                    .binary(op, cur, rhs)
                    .map_err(|e| super::augmented::retitle(op, e)),
            },
        }
    }

    fn delete(&mut self, target: &Expr) -> PyResult<()> {
        match &target.kind {
            ExprKind::Name(_) | ExprKind::Local(..) | ExprKind::Free(..) => {
                self.unbind(target).map_err(|e| e.at(target.span))
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                items.iter().try_for_each(|t| self.delete(t))
            }
            ExprKind::Subscript(obj, idx) => {
                let o = self.eval(obj)?;
                let i = self.eval(idx)?;
                match &o {
                    Value::List(_) | Value::Array(_) => {
                        Self::delitem(&o, &i).map_err(|e| e.at(target.span))
                    }
                    _ => Self::delitem(&o, &i),
                }
            }
            _ => Err(PyErr::syntax("cannot delete expression").at(target.span)),
        }
    }

    /// `del obj[key]` (also `operator.delitem`).
    pub fn delitem(o: &Value, i: &Value) -> PyResult<()> {
        match o {
            Value::List(l) => super::list_slices::delitem(&super::list_slices::LIST, l, i),
            Value::ByteArray(b) => {
                super::list_slices::delitem(&super::list_slices::BYTEARRAY, b, i)
            }
            Value::Dict(d) => match d.borrow_mut().remove(i)? {
                Some(_) => Ok(()),
                None => Err(crate::value::exc::key_error(i)),
            },
            Value::Array(_) => Err(PyErr::value("cannot delete array elements")),
            Value::Object(d) if pymodules::deque::of(o).is_some() => {
                pymodules::deque::setitem(d, i, None)
            }
            other => Err(PyErr::type_err(format!(
                "'{}' object doesn't support item deletion",
                other.type_of().short_name()
            ))),
        }
    }

    /// `obj[key]` as an expression computes it (also `operator.getitem`).
    pub fn getitem(&mut self, o: &Value, i: &Value) -> PyResult<Value> {
        if let Value::Dict(d) = o {
            // A Counter or defaultdict has its own answer for a missing key.
            if !matches!(d.borrow().kind, crate::value::dict::DictKind::Plain) {
                let found = d.borrow().get(i)?.cloned();
                return match found {
                    Some(v) => Ok(v),
                    None => pymodules::collections::missing(self, d, i)
                        .unwrap_or_else(|| Err(crate::value::exc::key_error(i))),
                };
            }
        }
        match crate::numpy::objects::index_trick(o) {
            Some(name) => crate::numpy::index_tricks::getitem(self, name, i),
            None => subscript::getitem(o, i),
        }
    }

    /// Under NumPy's `formatter` print option, the user's element texts for the arrays
    /// showing `values` prints, installed for the printer until the guard is dropped.
    pub(super) fn formatted(
        &mut self,
        values: &[&Value],
    ) -> PyResult<crate::format::shown_words::Installed> {
        if !crate::format::has_formatter() {
            return Ok(crate::format::shown_words::install(Vec::new()));
        }
        let words = crate::numpy::printing::display_words(self, values)?;
        Ok(crate::format::shown_words::install(words))
    }

    /// Evaluate the right side of an expression statement or assignment: as one fused
    /// elementwise pass when it is a tree of elementwise operations (`eval::fused`),
    /// otherwise as any expression.
    fn eval_statement(&mut self, e: &Expr) -> PyResult<Value> {
        match super::fused::try_eval(self, e) {
            Some(r) => r,
            None => self.eval(e),
        }
    }

    /// Evaluate an expression, tagging errors with the innermost failing span.
    pub fn eval(&mut self, e: &Expr) -> PyResult<Value> {
        // The commonest leaves (names, a function's locals, int literals) answer here, without
        // entering `eval_inner`'s large frame; no kernel ran, so no Ctrl-C check is due.
        match &e.kind {
            ExprKind::Local(i, _) => {
                if let Some(v) = self.frames.last().and_then(|f| f.get(*i)) {
                    return Ok(v);
                }
            }
            ExprKind::Int(i) => return Ok(Value::Int(*i)),
            ExprKind::Name(n) => return self.lookup(n).map_err(|err| err.at(e.span)),
            _ => {}
        }
        let v = self.eval_inner(e).map_err(|err| err.at(e.span))?;
        // A kernel stopped by Ctrl-C leaves a partial result: never let it reach a name.
        if crate::interrupt::pending() && crate::interrupt::take() {
            return Err(PyErr::keyboard_interrupt("").at(e.span));
        }
        Ok(v)
    }

    #[inline(never)]
    fn eval_inner(&mut self, e: &Expr) -> PyResult<Value> {
        Ok(match &e.kind {
            ExprKind::Int(i) => Value::Int(*i),
            ExprKind::BigInt(b) => Value::BigInt(b.clone()),
            ExprKind::Float(f) => Value::Float(*f),
            ExprKind::Imag(f) => Value::Complex(0.0, *f),
            ExprKind::Str(s) => Value::str(s),
            ExprKind::Bytes(b) => Value::Bytes(Rc::new(b.clone())),
            ExprKind::NoneLit => Value::None,
            ExprKind::True => Value::Bool(true),
            ExprKind::False => Value::Bool(false),
            ExprKind::Ellipsis => Value::Ellipsis,
            ExprKind::Name(n) => self.lookup(n)?,
            ExprKind::Local(i, n) => self
                .frames
                .last()
                .and_then(|f| f.get(*i))
                .ok_or_else(|| unbound_local(n))?,
            ExprKind::Free(i, n) => self
                .frames
                .last()
                .and_then(|f| f.free.get(*i))
                .and_then(|c| c.borrow().clone())
                .ok_or_else(|| {
                    PyErr::name(format!(
                        "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                        n
                    ))
                })?,
            ExprKind::Lambda(def) => self.make_function(def)?,
            // A generator's `yield` statements run in `eval::generator`; the scope pass
            // rejects one anywhere else.
            ExprKind::Yield(..) => return Err(PyErr::syntax("'yield' outside function")),
            ExprKind::Comp(c) => self.comprehension(c)?,
            ExprKind::FString(parts) => Value::str(&self.fstring(parts)?),
            ExprKind::Walrus(target, value) => {
                let v = self.eval(value)?;
                self.assign(target, v.clone())?;
                v
            }
            ExprKind::Starred(_) => {
                return Err(PyErr::syntax("can't use starred expression here"))
            }
            ExprKind::Set(items) => self.set_display(items)?,
            ExprKind::Tuple(items) => Value::tuple(self.eval_items(items)?),
            ExprKind::List(items) => Value::list(self.eval_items(items)?),
            ExprKind::Dict(items) => self.dict_display(items)?,
            ExprKind::Unary(op, x) => {
                let v = self.eval(x)?;
                self.unary((*op).into(), &v)?
            }
            ExprKind::Binary(op, a, b) => {
                let x = self.eval(a)?;
                let y = self.eval(b)?;
                self.binary((*op).into(), &x, &y)?
            }
            ExprKind::Not(x) => {
                let v = self.eval(x)?;
                Value::Bool(!crate::value::convert::truthy(&v)?)
            }
            ExprKind::And(a, b) => {
                let x = self.eval(a)?;
                if !crate::value::convert::truthy(&x)? {
                    x
                } else {
                    self.eval(b)?
                }
            }
            ExprKind::Or(a, b) => {
                let x = self.eval(a)?;
                if crate::value::convert::truthy(&x)? {
                    x
                } else {
                    self.eval(b)?
                }
            }
            ExprKind::Compare(first, rest) => {
                let mut left = self.eval(first)?;
                let mut result = Value::Bool(true);
                for (op, rhs) in rest {
                    let right = self.eval(rhs)?;
                    result = self
                        .compare((*op).into(), &left, &right)
                        .map_err(|err| err.at(Span::new(first.span.start, rhs.span.end)))?;
                    if rest.len() > 1 && !crate::value::convert::truthy(&result)? {
                        return Ok(result);
                    }
                    left = right;
                }
                result
            }
            ExprKind::IfElse { cond, then, other } => {
                let c = self.eval(cond)?;
                if crate::value::convert::truthy(&c)? {
                    self.eval(then)?
                } else {
                    self.eval(other)?
                }
            }
            ExprKind::Call(f, args) => {
                let callee = self.eval(f)?;
                let mut a = Args {
                    pos: Vec::with_capacity(args.len()),
                    kw: Vec::new(),
                };
                for arg in args {
                    match arg {
                        Arg::Pos(x) => a.pos.push(self.eval(x)?),
                        Arg::Kw(k, x) => {
                            let v = self.eval(x)?;
                            // Only a `**` mapping can have given it already (the parser
                            // refuses a keyword written twice).
                            if a.kw.iter().any(|(n, _)| n == k) {
                                return Err(PyErr::type_err(format!(
                                    "{} got multiple values for keyword argument '{}'",
                                    self.function_str(&callee),
                                    k
                                )));
                            }
                            a.kw.push((k.clone(), v));
                        }
                        Arg::Star(x) => {
                            let v = self.eval(x)?;
                            a.pos.extend(self.values_of(&v).map_err(|_| {
                                PyErr::type_err(format!(
                                    "{} argument after * must be an iterable, not {}",
                                    self.function_str(&callee),
                                    v.type_of().short_name()
                                ))
                                .at(x.span)
                            })?);
                        }
                        Arg::DoubleStar(x) => match self.eval(x)? {
                            Value::Dict(d) => {
                                for (k, v) in d.borrow().iter() {
                                    let Value::Str(k) = k else {
                                        return Err(PyErr::type_err("keywords must be strings"));
                                    };
                                    if a.kw.iter().any(|(n, _)| n.as_str() == &**k) {
                                        return Err(PyErr::type_err(format!(
                                            "{} got multiple values for keyword argument '{}'",
                                            self.function_str(&callee),
                                            k
                                        )));
                                    }
                                    a.kw.push((k.to_string(), v.clone()));
                                }
                            }
                            other => {
                                return Err(PyErr::type_err(format!(
                                    "{} argument after ** must be a mapping, not {}",
                                    self.function_str(&callee),
                                    other.type_of().short_name()
                                ))
                                .at(x.span))
                            }
                        },
                    }
                }
                let r = self.call(&callee, a)?;
                // `next(g())`: the generator went with the arguments, before the rest of
                // the expression runs.
                self.close_dropped();
                r
            }
            ExprKind::Attr(obj, name) => {
                let o = self.eval(obj)?;
                attrs::get_attr(self, &o, name)?
            }
            ExprKind::Subscript(obj, idx) => {
                let o = self.eval(obj)?;
                let i = self.eval(idx)?;
                self.getitem(&o, &i)?
            }
            ExprKind::Slice(a, b, c) => {
                let mut part = |x: &Option<Box<Expr>>| -> PyResult<Value> {
                    match x {
                        Some(x) => self.eval(x),
                        None => Ok(Value::None),
                    }
                };
                let (a, b, c) = (part(a)?, part(b)?, part(c)?);
                Value::Slice(Rc::new([a, b, c]))
            }
        })
    }

    /// The values of literal items, `*xs` spread in place.
    pub(super) fn eval_items(&mut self, items: &[Expr]) -> PyResult<Vec<Value>> {
        let mut out = Vec::with_capacity(items.len());
        for i in items {
            if let ExprKind::Starred(x) = &i.kind {
                let v = self.eval(x)?;
                out.extend(self.values_of(&v).map_err(|e| e.at(x.span))?);
            } else {
                out.push(self.eval(i)?);
            }
        }
        Ok(out)
    }

    /// The items of an iterable (an iterator is consumed).
    pub fn values_of(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::Iter(i) => crate::value::lazy::rest(i, self),
            _ => crate::value::convert::iter_values(v),
        }
    }

    /// Bind a global name, reusing its key when it is already bound (a loop rebinding
    /// `s` a million times allocates no key).
    fn bind_global(&mut self, name: &str, v: Value) {
        match self.vars.get_mut(name) {
            Some(slot) => *slot = v,
            None => {
                self.vars.insert(name.to_string(), v);
            }
        }
    }

    pub fn lookup(&self, name: &str) -> PyResult<Value> {
        self.vars
            .get(name)
            .cloned()
            .ok_or_else(|| PyErr::name(format!("name '{}' is not defined", name)))
    }

    fn is_numpy(v: &Value) -> bool {
        matches!(v, Value::Array(_) | Value::Scalar(..))
    }

    pub fn binary(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let Some(v) = pyops::fast_binary(op, a, b) {
            return Ok(v);
        }
        if let Some(r) = numpy::poly1d::binary(self, op, a, b) {
            return r;
        }
        if matches!(a, Value::Dict(_)) || matches!(b, Value::Dict(_)) {
            if let Some(r) = pymodules::collections::binary(self, op, a, b) {
                return r;
            }
        }
        if Self::is_numpy(a) || Self::is_numpy(b) {
            let other = if Self::is_numpy(a) { b } else { a };
            if matches!(
                other,
                Value::Array(_)
                    | Value::Scalar(..)
                    | Value::Int(_)
                    | Value::BigInt(_)
                    | Value::Float(_)
                    | Value::Bool(_)
                    | Value::Complex(..)
                    | Value::List(_)
                    | Value::Tuple(_)
            ) {
                return numpy::ufunc::binary_op(self, op, a, b);
            }
        }
        // `str % x` is printf-style formatting, which belongs to the text floor.
        if let (BinOp::Mod, Value::Str(f)) = (op, a) {
            let _words = self.formatted(&[b])?;
            return Ok(Value::str(&crate::format::percent::percent_format(f, b)?));
        }
        pyops::binary(op, a, b)
    }

    pub fn unary(&mut self, op: UnaryOp, v: &Value) -> PyResult<Value> {
        if let Some(r) = numpy::poly1d::unary(self, op, v) {
            return r;
        }
        if let Some(r) = pymodules::collections::unary(self, op, v) {
            return r;
        }
        if Self::is_numpy(v) {
            return numpy::ufunc::unary_op(self, op, v);
        }
        pyops::unary(op, v)
    }

    pub fn compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let Some(r) = pyops::fast_compare(op, a, b) {
            return Ok(Value::Bool(r));
        }
        if let Some(r) = numpy::poly1d::compare(self, op, a, b) {
            return r;
        }
        let numeric = matches!(
            op,
            CmpOp::Eq | CmpOp::Ne | CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge
        );
        if numeric && (Self::is_numpy(a) || Self::is_numpy(b)) {
            return numpy::ufunc::compare_op(self, op, a, b);
        }
        if let (CmpOp::In | CmpOp::NotIn, Value::Array(arr)) = (op, b) {
            let eq = numpy::ufunc::compare_op(self, CmpOp::Eq, &Value::Array(arr.clone()), a)?;
            let any = numpy::ufunc::any_true(&eq)?;
            return Ok(Value::Bool(if op == CmpOp::In { any } else { !any }));
        }
        if let (CmpOp::In | CmpOp::NotIn, Value::Iter(i)) = (op, b) {
            // `x in it` pulls (running a lazy iterator's code) up to the first match.
            let mut found = false;
            while let Some(x) = crate::value::lazy::next(i, self)? {
                if pyops::py_eq(&x, a) {
                    found = true;
                    break;
                }
            }
            return Ok(Value::Bool(found == (op == CmpOp::In)));
        }
        Ok(Value::Bool(pyops::compare(op, a, b)?))
    }

    /// Call any callable value.
    pub fn call(&mut self, callee: &Value, args: Args) -> PyResult<Value> {
        match callee {
            Value::Func(name) => {
                if let Some(b) = name.strip_prefix("builtins.") {
                    builtins::call(self, b, args)
                } else if pymodules::owns(name) {
                    pymodules::call(self, name, args)
                } else {
                    numpy::call(self, name, args)
                }
            }
            Value::Method(m)
                if pytypes::owns(&m.receiver) || crate::value::file::of(&m.receiver).is_some() =>
            {
                pytypes::call(self, &m.receiver, &m.name, args)
            }
            Value::Method(m) => numpy::methods::call(self, &m.receiver, &m.name, args),
            Value::Type(PyType::Exception(c)) => super::exceptions::construct(c, args),
            Value::Type(t) => builtins::construct(self, *t, args),
            Value::Object(o)
                if matches!(
                    numpy::objects::host(&*o.borrow()),
                    Some(numpy::objects::HostObject::Vectorized(_))
                ) =>
            {
                numpy::vectorize::call(self, o, args)
            }
            Value::Object(o) if numpy::poly1d::is_poly(&Value::Object(o.clone())) => {
                match numpy::poly1d::of(&Value::Object(o.clone())) {
                    Some(p) => numpy::poly1d::call(self, &p, args),
                    None => Err(PyErr::type_err("'poly1d' object is not callable")),
                }
            }
            Value::Function(f) => match f.as_any().downcast_ref::<super::function::Closure>() {
                Some(c) => self.call_function(c, args),
                None => pymodules::call_object(self, f.as_ref(), args)
                    .unwrap_or_else(|| Err(PyErr::type_err("arrsh: unknown function object"))),
            },
            Value::DType(d) => Err(PyErr::type_err(format!(
                "'numpy.dtypes.{}' object is not callable",
                crate::value::dtype_class_name(*d)
            ))),
            other => Err(PyErr::type_err(format!(
                "'{}' object is not callable",
                other.type_of().short_name()
            ))),
        }
    }

    /// The names visible at the prompt (for completion and `%whos`).
    pub fn names(&self) -> Vec<String> {
        let mut v: Vec<String> = self.vars.keys().cloned().collect();
        v.sort();
        v
    }

    /// How CPython names a callable in a call's errors (`_PyObject_FunctionStr`):
    /// `module.qualname()`, without the module when it is `builtins` or has none
    /// (`__main__.f()`, `numpy.sum()`, `print()`, `list.append()`).
    fn function_str(&mut self, v: &Value) -> String {
        if let Value::Method(m) = v {
            return format!("{}.{}()", m.receiver.type_of().short_name(), m.name);
        }
        let text = |it: &mut Interp, name: &str| match attrs::get_attr(it, v, name) {
            Ok(Value::Str(s)) => Some(s.to_string()),
            _ => None,
        };
        let Some(qualname) = text(self, "__qualname__") else {
            return format!("{} object", v.type_of().short_name());
        };
        match text(self, "__module__") {
            Some(m) if m != "builtins" => format!("{}.{}()", m, qualname),
            _ => format!("{}()", qualname),
        }
    }

    /// User-defined variables (not the startup bindings), for `%whos`.
    pub fn user_vars(&self) -> Vec<(String, Value)> {
        let fresh = Interp::new();
        let mut v: Vec<(String, Value)> = self
            .vars
            .iter()
            .filter(|(k, val)| {
                k.as_str() != "_"
                    && fresh.vars.get(*k).is_none_or(|f| {
                        !unchanged(f, val)
                            && !matches!(
                                val,
                                Value::Module(_)
                                    | Value::Func(_)
                                    | Value::Type(_)
                                    | Value::DType(_)
                            )
                    })
            })
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        v.sort_by(|a, b| a.0.cmp(&b.0));
        v
    }
}

/// CPython 3.11's error for reading a local variable before it is assigned.
fn unbound_local(name: &str) -> PyErr {
    PyErr::new(
        "UnboundLocalError",
        format!(
            "cannot access local variable '{}' where it is not associated with a value",
            name
        ),
    )
}

/// Is `val` still the value bound at start-up (`pi`, `nan`, …)? Floats compare by bits so
/// an untouched `nan` counts as unchanged.
fn unchanged(start: &Value, val: &Value) -> bool {
    match (start, val) {
        (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
        _ => start.is(val),
    }
}

/// Python type of a value for `type(x)`.
pub fn type_value(v: &Value) -> Value {
    Value::Type(match v {
        Value::Type(_) => PyType::Type,
        other => other.type_of(),
    })
}

impl numpy::context::Context for Interp {
    fn print(&mut self, s: &str) {
        Interp::print(self, s)
    }
    fn warn(&mut self, category: &str, msg: &str) {
        Interp::warn(self, category, msg)
    }
    fn note(&mut self, msg: &str) {
        self.notes.push(msg.to_string())
    }
    fn terminal(&self) -> bool {
        self.terminal
    }
    fn state(&mut self) -> &mut numpy::State {
        &mut self.state
    }
    fn print_options(&self) -> crate::format::arrayprint::PrintOptions {
        crate::format::options()
    }
    fn set_print_options(&mut self, opts: crate::format::arrayprint::PrintOptions) {
        crate::format::set_options(opts)
    }
    fn user_vars(&self) -> Vec<(String, Value)> {
        Interp::user_vars(self)
    }
    fn replace_array(&mut self, old: &ArrayRef, new: ArrayRef) {
        self.replace_everywhere(old, new)
    }
}

impl crate::value::lazy::Caller for Interp {
    fn call(&mut self, callee: &Value, args: Args) -> PyResult<Value> {
        Interp::call(self, callee, args)
    }
    fn as_any_mut(&mut self) -> Option<&mut dyn std::any::Any> {
        Some(self)
    }
}

impl crate::teach::magic::Names for Interp {
    fn var(&self, name: &str) -> Option<&Value> {
        self.vars.get(name)
    }
    fn each_var(&self, f: &mut dyn FnMut(&str, &Value)) {
        for (k, v) in &self.vars {
            f(k, v)
        }
    }
}

impl crate::teach::magic::Shell for Interp {
    fn exec(&mut self, st: &Statement, display: bool) -> PyResult<()> {
        Interp::exec(self, st, display)
    }
    fn clear_output(&mut self) {
        self.out.clear();
    }
}
