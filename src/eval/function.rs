//! Functions defined in arrsh: the function object (code, defaults, closure cells), frames
//! with one slot per local variable, and calls — binding arguments to parameters with
//! CPython's error messages, Python's recursion limit, and a traceback entry for each call
//! an error comes out of.

use super::interp::Interp;
use crate::error::{PyErr, PyResult};
use crate::syntax::ast::{FreeFrom, FuncDef};
use crate::value::args::Args;
use crate::value::{UserFunction, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// A variable's storage: shared, so closures see later assignments (late binding).
pub type Cell = Rc<RefCell<Option<Value>>>;

/// CPython's default recursion limit counts the module's frame too.
pub(super) const RECURSION_LIMIT: usize = 999;

/// Stack kept free below a call, and how much more to take when it is not.
pub(super) const RED_ZONE: usize = 512 * 1024;
pub(super) const STACK_GROWTH: usize = 16 * 1024 * 1024;

/// A local variable's place in its frame: the value itself, until a function or
/// comprehension made in the frame closes over it; from then on a cell both share. (So a
/// call allocates nothing per local, and only captured variables pay for sharing.)
pub enum Slot {
    Value(Option<Value>),
    Cell(Cell),
}

/// The variables of one running function or comprehension.
pub struct Frame {
    pub slots: Vec<Slot>,
    pub free: Rc<[Cell]>,
    /// Whose frame it is: the names of its slots and cells, for `locals()`, `eval` and
    /// `exec` (the interpreter itself reads slots by number).
    pub code: Code,
    /// `locals()`'s dict, made at its first use and refreshed at each: as in CPython 3.11,
    /// names `exec` bound there stay visible to later `locals()` and `eval` calls, and
    /// never become the function's variables.
    pub locals_dict: Option<Rc<RefCell<crate::value::dict::PyDict>>>,
}

/// The code a frame runs.
pub enum Code {
    Function(Rc<FuncDef>),
    Comprehension(Rc<crate::syntax::ast::Comprehension>),
}

impl Code {
    fn scope(&self) -> &crate::syntax::ast::Scope {
        match self {
            Code::Function(d) => &d.scope,
            Code::Comprehension(c) => &c.scope,
        }
    }
}

impl Frame {
    /// A frame of `n` unbound locals.
    pub fn new(n: usize, free: Rc<[Cell]>, code: Code) -> Frame {
        Frame {
            slots: (0..n).map(|_| Slot::Value(None)).collect(),
            free,
            code,
            locals_dict: None,
        }
    }

    /// `locals()`: the frame's dict, brought up to date with its variables (bound locals,
    /// then closure cells; unbound ones removed).
    pub fn locals(&mut self) -> PyResult<Rc<RefCell<crate::value::dict::PyDict>>> {
        let d = self
            .locals_dict
            .get_or_insert_with(|| Rc::new(RefCell::new(crate::value::dict::PyDict::new())))
            .clone();
        let scope = self.code.scope();
        let cells = self.free.iter().map(|c| c.borrow().clone());
        let locals = (0..scope.locals.len()).map(|i| self.get(i));
        let mut dict = d.borrow_mut();
        for (name, v) in scope
            .locals
            .iter()
            .zip(locals)
            .chain(scope.free_names.iter().zip(cells))
            // `.y0`: a temporary of `syntax::yield_lowering`, not a Python variable.
            .filter(|(name, _)| !name.starts_with('.'))
        {
            let key = Value::str(name);
            match v {
                Some(v) => dict.insert(key, v)?,
                None => {
                    dict.remove(&key)?;
                }
            }
        }
        drop(dict);
        Ok(d)
    }

    /// The value of local `i`, if bound.
    #[inline]
    pub fn get(&self, i: usize) -> Option<Value> {
        match self.slots.get(i)? {
            Slot::Value(v) => v.clone(),
            Slot::Cell(c) => c.borrow().clone(),
        }
    }

    /// Is local `i` bound?
    fn is_bound(&self, i: usize) -> bool {
        match self.slots.get(i) {
            Some(Slot::Value(v)) => v.is_some(),
            Some(Slot::Cell(c)) => c.borrow().is_some(),
            None => false,
        }
    }

    /// Bind local `i` to `v`.
    #[inline]
    pub fn set(&mut self, i: usize, v: Value) {
        match self.slots.get_mut(i) {
            Some(Slot::Value(x)) => *x = Some(v),
            Some(Slot::Cell(c)) => *c.borrow_mut() = Some(v),
            None => {}
        }
    }

    /// Unbind local `i`, returning what it held.
    pub fn take(&mut self, i: usize) -> Option<Value> {
        match self.slots.get_mut(i)? {
            Slot::Value(x) => x.take(),
            Slot::Cell(c) => c.borrow_mut().take(),
        }
    }

    /// The cell of local `i`, made now if nothing has captured it yet.
    fn cell(&mut self, i: usize) -> Option<Cell> {
        let slot = self.slots.get_mut(i)?;
        if let Slot::Value(v) = slot {
            *slot = Slot::Cell(Rc::new(RefCell::new(v.take())));
        }
        match slot {
            Slot::Cell(c) => Some(c.clone()),
            Slot::Value(_) => None,
        }
    }
}

/// A function value: its code plus what was fixed when `def` or `lambda` ran.
#[derive(Debug)]
pub struct Closure {
    pub def: Rc<FuncDef>,
    /// Defaults of the last positional parameters.
    pub defaults: Vec<Value>,
    /// One per keyword-only parameter.
    pub kwdefaults: Vec<Option<Value>>,
    pub cells: Rc<[Cell]>,
}

impl UserFunction for Closure {
    fn name(&self) -> &str {
        &self.def.name
    }
    fn qualname(&self) -> &str {
        &self.def.qualname
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// Control leaving a block other than by falling off its end.
#[derive(Debug)]
pub enum Flow {
    Normal,
    Break,
    Continue,
    Return(Value),
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`: how CPython lists missing arguments.
fn name_list(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

impl Interp {
    /// The cells a new function or comprehension closes over, taken from the running frame.
    pub(super) fn closure_cells(&mut self, free: &[FreeFrom]) -> PyResult<Rc<[Cell]>> {
        let mut frame = self.frames.last_mut();
        free.iter()
            .map(|f| {
                let cell = match (f, frame.as_deref_mut()) {
                    (FreeFrom::Local(i), Some(fr)) => fr.cell(*i),
                    (FreeFrom::Free(i), Some(fr)) => fr.free.get(*i).cloned(),
                    _ => None,
                };
                cell.ok_or_else(|| PyErr::runtime("arrsh: closure cell not found"))
            })
            .collect()
    }

    /// Run `def` or `lambda`: evaluate the defaults now, capture the closure.
    pub(super) fn make_function(&mut self, def: &Rc<FuncDef>) -> PyResult<Value> {
        let mut defaults = Vec::new();
        for p in &def.params.positional {
            if let Some(d) = &p.default {
                defaults.push(self.eval(d)?);
            }
        }
        let mut kwdefaults = Vec::new();
        for p in &def.params.kwonly {
            kwdefaults.push(match &p.default {
                Some(d) => Some(self.eval(d)?),
                None => None,
            });
        }
        let cells = self.closure_cells(&def.scope.free)?;
        Ok(Value::Function(Rc::new(Closure {
            def: def.clone(),
            defaults,
            kwdefaults,
            cells,
        })))
    }

    /// Call a function defined in arrsh.
    pub fn call_function(&mut self, f: &Closure, args: Args) -> PyResult<Value> {
        let def = &f.def;
        let frame = bind(f, args)?;
        if def.is_generator {
            // The body runs when the generator is pulled (`eval::generator`).
            return Ok(super::generator::Generator::value(def.clone(), frame));
        }
        if self.frames.len() >= RECURSION_LIMIT {
            return Err(PyErr::new(
                "RecursionError",
                "maximum recursion depth exceeded",
            ));
        }
        self.frames.push(frame);
        let echo = std::mem::replace(&mut self.echo, false);
        // One Python call costs a few Rust frames (tens of KiB in debug builds); grow the
        // stack when less than RED_ZONE is left, so 1,000 nested calls fit on any thread.
        let r = stacker::maybe_grow(RED_ZONE, STACK_GROWTH, || self.exec_block(&def.body));
        self.echo = echo;
        self.frames.pop();
        match r {
            Err(e) => Err(e.leave_function(&def.name)),
            Ok(Flow::Return(v)) => Ok(v),
            Ok(_) => Ok(Value::None),
        }
    }
}

/// The new frame of a call: arguments bound to the parameters' slots, as CPython does.
fn bind(f: &Closure, args: Args) -> PyResult<Frame> {
    let def = &f.def;
    let ps = &def.params;
    let fname = &def.qualname;
    let nlocals = def.scope.locals.len();
    let npos = ps.positional.len();
    // The common call: exactly the positional parameters, nothing else to check.
    if args.kw.is_empty()
        && args.pos.len() == npos
        && ps.varargs.is_none()
        && ps.kwonly.is_empty()
        && ps.varkw.is_none()
    {
        let mut slots: Vec<Slot> = Vec::with_capacity(nlocals);
        slots.extend(args.pos.into_iter().map(|v| Slot::Value(Some(v))));
        slots.resize_with(nlocals.max(npos), || Slot::Value(None));
        return Ok(Frame {
            slots,
            free: f.cells.clone(),
            code: Code::Function(def.clone()),
            locals_dict: None,
        });
    }
    let mut frame = Frame::new(nlocals, f.cells.clone(), Code::Function(def.clone()));
    let mut pos = args.pos.into_iter();
    let given = pos.len();
    for i in 0..npos.min(given) {
        if let Some(v) = pos.next() {
            frame.set(i, v);
        }
    }
    let varargs_slot = npos;
    let kwonly_start = npos + usize::from(ps.varargs.is_some());
    let varkw_slot = kwonly_start + ps.kwonly.len();
    if ps.varargs.is_some() {
        frame.set(varargs_slot, Value::tuple(pos.collect()));
    } else if given > npos {
        let with_defaults = f.defaults.len();
        let takes = if with_defaults > 0 {
            format!("from {} to {}", npos - with_defaults, npos)
        } else {
            npos.to_string()
        };
        let kw_given = args
            .kw
            .iter()
            .filter(|(k, _)| ps.kwonly.iter().any(|p| &*p.name == k.as_str()))
            .count();
        let extra = if kw_given > 0 {
            format!(
                " positional argument{} (and {} keyword-only argument{})",
                if given == 1 { "" } else { "s" },
                kw_given,
                if kw_given == 1 { "" } else { "s" }
            )
        } else {
            String::new()
        };
        return Err(PyErr::type_err(format!(
            "{}() takes {} positional argument{} but {}{} {} given",
            fname,
            takes,
            if takes == "1" { "" } else { "s" },
            given,
            extra,
            if given == 1 && extra.is_empty() {
                "was"
            } else {
                "were"
            }
        )));
    }
    let mut extra_kw: Vec<(Value, Value)> = Vec::new();
    let mut posonly_as_kw = Vec::new();
    for (k, v) in args.kw {
        let slot = ps
            .positional
            .iter()
            .position(|p| &*p.name == k.as_str())
            .filter(|&i| i >= ps.posonly)
            .or_else(|| {
                ps.kwonly
                    .iter()
                    .position(|p| &*p.name == k.as_str())
                    .map(|i| kwonly_start + i)
            });
        match slot {
            Some(i) => {
                if frame.is_bound(i) {
                    return Err(PyErr::type_err(format!(
                        "{}() got multiple values for argument '{}'",
                        fname, k
                    )));
                }
                frame.set(i, v);
            }
            None if ps.varkw.is_some() => extra_kw.push((Value::str(&k), v)),
            None => {
                if ps.positional[..ps.posonly]
                    .iter()
                    .any(|p| &*p.name == k.as_str())
                {
                    posonly_as_kw.push(k);
                    continue;
                }
                return Err(PyErr::type_err(format!(
                    "{}() got an unexpected keyword argument '{}'",
                    fname, k
                )));
            }
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(PyErr::type_err(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            fname,
            posonly_as_kw.join(", ")
        )));
    }
    if ps.varkw.is_some() {
        frame.set(varkw_slot, Value::dict(extra_kw.into()));
    }
    // Defaults fill the last positional parameters.
    let first_default = npos - f.defaults.len();
    let mut missing = Vec::new();
    for (i, p) in ps.positional.iter().enumerate() {
        if !frame.is_bound(i) {
            if i >= first_default {
                frame.set(i, f.defaults[i - first_default].clone());
            } else {
                missing.push(&*p.name);
            }
        }
    }
    if !missing.is_empty() {
        return Err(PyErr::type_err(format!(
            "{}() missing {} required positional argument{}: {}",
            fname,
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            name_list(&missing)
        )));
    }
    let mut missing_kw = Vec::new();
    for (j, p) in ps.kwonly.iter().enumerate() {
        let i = kwonly_start + j;
        if !frame.is_bound(i) {
            match f.kwdefaults.get(j).cloned().flatten() {
                Some(d) => frame.set(i, d),
                None => missing_kw.push(&*p.name),
            }
        }
    }
    if !missing_kw.is_empty() {
        return Err(PyErr::type_err(format!(
            "{}() missing {} required keyword-only argument{}: {}",
            fname,
            missing_kw.len(),
            if missing_kw.len() == 1 { "" } else { "s" },
            name_list(&missing_kw)
        )));
    }
    Ok(frame)
}
