//! `eval()`, `exec()` and `compile()`: source text compiled and run at run time, as
//! module-level code; `locals()` and `globals()`.
//!
//! The text goes through the same tokenizer, grammar and scope resolution as a file, all of
//! it before any of it runs (as CPython compiles first; `compile()` keeps the result as a
//! code object). Its names are globals: the session's own variables, or a dict passed as
//! `globals` (with `locals` layered on top, receiving what the code binds). Called inside a
//! function with no dicts, the function's `locals()` dict is the locals: the text sees the
//! function's variables, and what `exec` binds lands in that dict, never in the function's
//! own variables (CPython 3.11's rule).
//! Errors keep their class and message; places inside the text are dropped (they index the
//! text, not the file), so the traceback points at the `eval`/`exec` call, and a syntax
//! error carries CPython's `(<string>, line N)`.

use super::interp::Interp;
use crate::error::{PyErr, PyResult};
use crate::syntax::ast::{ExprKind, Statement, Stmt};
use crate::syntax::{blocks, tokenize};
use crate::value::args::{given, Args};
use crate::value::dict::PyDict;
use crate::value::Value;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

pub const NAMES: &[&str] = &["compile", "eval", "exec", "globals", "locals"];

type Vars = HashMap<String, Value, foldhash::fast::RandomState>;
type DictRef = Rc<RefCell<PyDict>>;

/// How `compile()` compiled a text: what running it does.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Mode {
    /// One expression, whose value `eval` returns.
    Eval,
    /// Statements.
    Exec,
    /// One statement, run as the prompt runs it (an expression's value is printed).
    Single,
}

/// A code object: `compile()`'s result, run by `eval` or `exec`.
#[derive(Debug)]
struct CodeObject {
    src: String,
    stmts: Rc<Vec<Statement>>,
    mode: Mode,
    filename: String,
}

impl crate::value::host::Host for CodeObject {
    fn py_type(&self) -> crate::value::PyType {
        crate::value::PyType::Named("code")
    }
    fn repr(&self) -> String {
        format!(
            "<code object <module> at 0x{:x}, file \"{}\", line 1>",
            self as *const CodeObject as usize, self.filename
        )
    }
    fn attr(&self, name: &str) -> Option<Value> {
        match name {
            "co_filename" => Some(Value::str(&self.filename)),
            "co_name" => Some(Value::str("<module>")),
            _ => None,
        }
    }
    fn has_method(&self, _name: &str) -> bool {
        false
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

/// The text argument of `compile`, `eval` and `exec`.
fn source_text(v: Option<&Value>, name: &str) -> PyResult<String> {
    match v {
        Some(Value::Str(s)) => Ok(s.to_string()),
        Some(Value::Bytes(b)) => Ok(String::from_utf8_lossy(b).into_owned()),
        _ => Err(PyErr::type_err(format!(
            "{}() arg 1 must be a string, bytes or code object",
            name
        ))),
    }
}

/// `compile(source, filename, mode)`.
fn compile_call(args: Args) -> PyResult<Value> {
    let a = args.bind(
        "compile",
        &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ],
        3,
    )?;
    let src = source_text(a[0].as_ref(), "compile")?;
    let filename = match a[1].as_ref() {
        Some(Value::Str(s)) => s.to_string(),
        Some(other) => {
            return Err(PyErr::type_err(format!(
                "expected str, bytes or os.PathLike object, not {}",
                other.type_of().short_name()
            )))
        }
        None => String::new(),
    };
    let mode = match a[2].as_ref() {
        Some(Value::Str(m)) if &**m == "eval" => Mode::Eval,
        Some(Value::Str(m)) if &**m == "exec" => Mode::Exec,
        Some(Value::Str(m)) if &**m == "single" => Mode::Single,
        Some(Value::Str(_)) => {
            return Err(PyErr::value(
                "compile() mode must be 'exec', 'eval' or 'single'",
            ))
        }
        other => {
            return Err(PyErr::type_err(format!(
                "compile() argument 'mode' must be str, not {}",
                other.map_or("NoneType".into(), |v| v.type_of().short_name())
            )))
        }
    };
    let src = if mode == Mode::Eval {
        src.trim_start_matches([' ', '\t']).to_string()
    } else {
        src
    };
    let stmts = compile(&src, mode, &filename)?;
    Ok(Value::Object(Rc::new(RefCell::new(CodeObject {
        src,
        stmts: Rc::new(stmts),
        mode,
        filename,
    }))))
}

/// `locals()`: the running function's variables as its dict, or the globals at module
/// level.
fn locals(it: &mut Interp) -> PyResult<Value> {
    match it.frames.last_mut() {
        Some(f) => Ok(Value::Dict(f.locals()?)),
        None => Ok(globals(it)),
    }
}

/// The names `globals()` holds, sorted: the session's variables, `np` among them — a
/// session starts as if `import numpy as np` had run, as every NumPy snippet begins (the
/// `numpy` name, also bound at start-up for convenience, is not listed: such a script
/// has no `numpy`).
pub(super) fn global_pairs(it: &Interp) -> Vec<(String, Value)> {
    let mut vars = it.user_vars();
    if let Some(np) = it.vars.get("np") {
        if !vars.iter().any(|(n, _)| n == "np") {
            vars.push(("np".to_string(), np.clone()));
            vars.sort_by(|a, b| a.0.cmp(&b.0));
        }
    }
    vars
}

/// `globals()`: a copy, so assigning into it binds nothing.
pub(super) fn globals(it: &Interp) -> Value {
    let pairs = global_pairs(it)
        .into_iter()
        .map(|(k, v)| (Value::str(&k), v))
        .collect::<Vec<_>>();
    Value::dict(pairs.into())
}

/// `locals()`/`globals()` take no arguments.
fn no_args(name: &str, args: &Args) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_err(format!(
            "{}() takes no keyword arguments",
            name
        )));
    }
    if !args.pos.is_empty() {
        return Err(PyErr::type_err(format!(
            "{}() takes no arguments ({} given)",
            name,
            args.pos.len()
        )));
    }
    Ok(())
}

/// `eval(source, globals=None, locals=None)`, `exec(...)`, `compile(...)`, `locals()`,
/// `globals()`.
pub fn call(it: &mut Interp, name: &str, args: Args) -> PyResult<Value> {
    match name {
        "compile" => return compile_call(args),
        "locals" => {
            no_args(name, &args)?;
            return locals(it);
        }
        "globals" => {
            no_args(name, &args)?;
            return Ok(globals(it));
        }
        _ => {}
    }
    let is_eval = name == "eval";
    let a = args.bind(name, &["source", "globals", "locals"], 1)?;
    let code = match a[0].as_ref() {
        Some(Value::Object(o)) => {
            let b = o.borrow();
            b.as_any()
                .downcast_ref::<CodeObject>()
                .map(|c| (c.src.clone(), c.stmts.clone(), c.mode))
        }
        _ => None,
    };
    let globals = match given(&a[1]) {
        None => None,
        Some(Value::Dict(d)) => Some(d.clone()),
        Some(_) if is_eval => return Err(PyErr::type_err("globals must be a dict")),
        Some(other) => {
            return Err(PyErr::type_err(format!(
                "exec() globals must be a dict, not {}",
                other.type_of().short_name()
            )))
        }
    };
    let locals = match given(&a[2]) {
        None => None,
        Some(Value::Dict(d)) => Some(d.clone()),
        Some(_) if is_eval => return Err(PyErr::type_err("locals must be a mapping")),
        Some(other) => {
            return Err(PyErr::type_err(format!(
                "locals must be a mapping or None, not {}",
                other.type_of().short_name()
            )))
        }
    };
    let (src, stmts, mode) = match code {
        Some(c) => c,
        None => {
            let src = source_text(a[0].as_ref(), name)?;
            let mode = if is_eval { Mode::Eval } else { Mode::Exec };
            // CPython's eval ignores the spaces and tabs before an expression.
            let src = if is_eval {
                src.trim_start_matches([' ', '\t']).to_string()
            } else {
                src
            };
            let stmts = Rc::new(compile(&src, mode, "<string>")?);
            (src, stmts, mode)
        }
    };
    let locals = match (&globals, locals) {
        (Some(g), Some(l)) if Rc::ptr_eq(g, &l) => None,
        // Inside a function, the function's variables (its `locals()` dict).
        (None, None) => match it.frames.last_mut() {
            Some(f) => Some(f.locals()?),
            None => None,
        },
        (_, l) => l,
    };
    let run = |it: &mut Interp| -> PyResult<Value> {
        let echo = std::mem::replace(&mut it.echo, false);
        let r = run(it, &stmts, mode);
        it.echo = echo;
        r.map(|v| if is_eval { v } else { Value::None })
            .map_err(forget_places)
    };
    if globals.is_none() && locals.is_none() {
        // `_` is the prompt's, not the code's.
        let underscore = it.vars.get("_").cloned();
        let r = run(it);
        match underscore {
            Some(v) => it.vars.insert("_".into(), v),
            None => it.vars.remove("_"),
        };
        return r;
    }
    // What the code finds below the dicts: the globals dict's builtins, or the session's
    // variables (which then stay as they were: module-level code binds into its locals).
    let base = match &globals {
        Some(g) => builtins_of(g)?,
        None => it.vars.clone(),
    };
    let mut scope = base.clone();
    for d in globals.iter().chain(locals.iter()) {
        for (k, v) in d.borrow().iter() {
            if let Value::Str(k) = k {
                scope.insert(k.to_string(), v.clone());
            }
        }
    }
    let saved = std::mem::replace(&mut it.vars, scope);
    let r = run(it);
    let scope = std::mem::replace(&mut it.vars, saved);
    let globals_dict = globals.clone();
    let (target, under) = match (locals, globals) {
        (Some(l), g) => (l, g),
        (None, Some(g)) => (g, None),
        (None, None) => return r,
    };
    // Names the text declares `global` go to the globals: the dict, or the session's.
    let declared = declared_globals(&stmts);
    for n in &declared {
        match (scope.get(n), &globals_dict) {
            (Some(v), Some(g)) => g.borrow_mut().insert(Value::str(n), v.clone())?,
            (Some(v), None) => {
                it.vars.insert(n.clone(), v.clone());
            }
            (None, _) => {}
        }
    }
    write_back(&src, &scope, &base, &target, under.as_ref(), &declared)?;
    r
}

/// The names a text declares `global` outside any function it defines.
fn declared_globals(stmts: &[Statement]) -> Vec<String> {
    let mut out = Vec::new();
    for s in stmts {
        if let Stmt::Global(names) = &s.stmt {
            out.extend(names.iter().cloned());
        }
        for b in s.blocks() {
            out.extend(declared_globals(b));
        }
    }
    out
}

/// The whole text as statements (a single expression for `eval`, one statement for
/// `single`), or its first error; `filename` names the text in syntax errors.
fn compile(src: &str, mode: Mode, filename: &str) -> PyResult<Vec<Statement>> {
    let mut stmts = Vec::new();
    for chunk in tokenize::statements(src) {
        let parsed = match chunk.error.clone() {
            Some(e) => Err(e),
            None => blocks::parse(src, &chunk),
        };
        stmts.extend(parsed.map_err(|e| syntax_error(e, src, filename))?);
    }
    let line = if src.trim().is_empty() { 0 } else { 1 };
    match mode {
        Mode::Eval => {
            let one_expr = stmts.len() == 1
                && matches!(&stmts[0].stmt, Stmt::Expr(e) if !matches!(e.kind, ExprKind::Yield(..)));
            if !one_expr {
                return Err(PyErr::syntax(format!(
                    "invalid syntax ({}, line {})",
                    filename, line
                )));
            }
        }
        Mode::Single if stmts.len() > 1 => {
            return Err(PyErr::syntax(format!(
                "multiple statements found while compiling a single statement ({}, line {})",
                filename, line
            )))
        }
        _ => {}
    }
    Ok(stmts)
}

/// A compile error as `str()` of CPython's SyntaxError shows it: the message, then the
/// text's name and the line.
fn syntax_error(e: PyErr, src: &str, filename: &str) -> PyErr {
    if !matches!(e.class, "SyntaxError" | "IndentationError" | "TabError") {
        return forget_places(e);
    }
    let line = e.span.map(|s| crate::line_of(src, s.start)).unwrap_or(1);
    let mut e = forget_places(e);
    e.msg = format!("{} ({}, line {})", e.msg, filename, line);
    e
}

/// Places inside the text mean nothing in the file that called `eval`/`exec`.
fn forget_places(mut e: PyErr) -> PyErr {
    e.span = None;
    e.trace.clear();
    e
}

/// Run the compiled statements: an expression's value, or `None`.
fn run(it: &mut Interp, stmts: &[Statement], mode: Mode) -> PyResult<Value> {
    if mode == Mode::Eval {
        if let Some(Statement {
            stmt: Stmt::Expr(e),
            ..
        }) = stmts.first()
        {
            return it.eval(e);
        }
    }
    for st in stmts {
        it.exec(st, mode == Mode::Single)?;
    }
    Ok(Value::None)
}

/// The builtins the code sees: the dict's own `__builtins__` dict when it has one (an
/// empty one hides them all, as in CPython), else arrsh's, which are then stored there.
fn builtins_of(g: &DictRef) -> PyResult<Vars> {
    let key = Value::str("__builtins__");
    let own = g.borrow().get(&key)?.cloned();
    let mut vars = Vars::default();
    match own {
        Some(Value::Dict(d)) => {
            for (k, v) in d.borrow().iter() {
                if let Value::Str(k) = k {
                    vars.insert(k.to_string(), v.clone());
                }
            }
        }
        Some(_) => {}
        None => {
            let mut d = PyDict::new();
            for (n, v) in super::builtins::names()
                .into_iter()
                .chain(super::exceptions::names())
            {
                d.insert(Value::str(n), v.clone())?;
                vars.insert(n.to_string(), v);
            }
            g.borrow_mut().insert(key, Value::dict(d))?;
        }
    }
    Ok(vars)
}

/// Store what the code bound or rebound into `target` (the locals dict, or the globals
/// when there is none), and drop what it deleted. A name counts as bound when its value is
/// no longer the one `under` (the globals below the locals) or the builtins gave it. Names
/// new to the dict go in the order they first appear in the text (arrsh's variable table
/// keeps no order of its own).
fn write_back(
    src: &str,
    scope: &Vars,
    base: &Vars,
    target: &DictRef,
    under: Option<&DictRef>,
    declared: &[String],
) -> PyResult<()> {
    let mut new: Vec<(usize, &String, &Value)> = Vec::new();
    {
        let mut t = target.borrow_mut();
        let present: Vec<Value> = t.iter().map(|(k, _)| k.clone()).collect();
        for k in present {
            let Value::Str(name) = &k else { continue };
            if &**name == "__builtins__" || declared.iter().any(|d| d.as_str() == &**name) {
                continue;
            }
            match scope.get(&**name) {
                Some(v) => t.insert(k.clone(), v.clone())?,
                None => {
                    t.remove(&k)?;
                }
            }
        }
        for (k, v) in scope {
            let key = Value::str(k);
            if declared.contains(k) || t.contains(&key)? {
                continue;
            }
            let below = match under {
                Some(u) => u.borrow().get(&key)?.cloned(),
                None => None,
            };
            let unchanged = match below.as_ref().or(base.get(k)) {
                // Floats are values, not objects, in arrsh: an untouched `pi` is its bits.
                Some(Value::Float(a)) => matches!(v, Value::Float(b) if a.to_bits() == b.to_bits()),
                Some(old) => old.is(v),
                None => false,
            };
            if !unchanged {
                new.push((first_use(src, k), k, v));
            }
        }
    }
    new.sort_by_key(|(at, k, _)| (*at, (*k).clone()));
    let mut t = target.borrow_mut();
    for (_, k, v) in new {
        t.insert(Value::str(k), v.clone())?;
    }
    Ok(())
}

/// Byte offset of the first whole-word occurrence of `name` in `src` (or its end).
fn first_use(src: &str, name: &str) -> usize {
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    let mut from = 0;
    while let Some(i) = src[from..].find(name) {
        let at = from + i;
        let before = src[..at].chars().next_back();
        let after = src[at + name.len()..].chars().next();
        if !word(before) && !word(after) {
            return at;
        }
        from = at + name.len();
    }
    src.len()
}
