//! `eval()` and `exec()`: source text compiled and run at run time, as module-level code.
//!
//! The text goes through the same tokenizer, grammar and scope resolution as a file, all of
//! it before any of it runs (as CPython compiles first). Its names are globals: the
//! session's own variables, or a dict passed as `globals` (with `locals` layered on top,
//! receiving what the code binds). arrsh's function frames keep slots, not names, so the
//! locals of a function calling `eval` are not visible to the text (docs/differences.md).
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

pub const NAMES: &[&str] = &["eval", "exec"];

type Vars = HashMap<String, Value, foldhash::fast::RandomState>;
type DictRef = Rc<RefCell<PyDict>>;

/// `eval(source, globals=None, locals=None)` or `exec(...)`.
pub fn call(it: &mut Interp, name: &str, args: Args) -> PyResult<Value> {
    let is_eval = name == "eval";
    let a = args.bind(name, &["source", "globals", "locals"], 1)?;
    let src = match a[0].as_ref() {
        Some(Value::Str(s)) => s.to_string(),
        Some(Value::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
        _ => {
            return Err(PyErr::type_err(format!(
                "{}() arg 1 must be a string, bytes or code object",
                name
            )))
        }
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
    // CPython's eval ignores the spaces and tabs before an expression.
    let src = if is_eval {
        src.trim_start_matches([' ', '\t']).to_string()
    } else {
        src
    };
    let stmts = compile(&src, is_eval)?;
    let locals = match (&globals, locals) {
        (Some(g), Some(l)) if Rc::ptr_eq(g, &l) => None,
        (_, l) => l,
    };
    let run = |it: &mut Interp| -> PyResult<Value> {
        let echo = std::mem::replace(&mut it.echo, false);
        let r = run(it, &stmts, is_eval);
        it.echo = echo;
        r.map_err(forget_places)
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
    let (target, under) = match (locals, globals) {
        (Some(l), g) => (l, g),
        (None, Some(g)) => (g, None),
        (None, None) => return r,
    };
    write_back(&src, &scope, &base, &target, under.as_ref())?;
    r
}

/// The whole text as statements (a single expression for `eval`), or its first error.
fn compile(src: &str, is_eval: bool) -> PyResult<Vec<Statement>> {
    let mut stmts = Vec::new();
    for chunk in tokenize::statements(src) {
        let parsed = match chunk.error.clone() {
            Some(e) => Err(e),
            None => blocks::parse(src, &chunk),
        };
        stmts.extend(parsed.map_err(|e| syntax_error(e, src))?);
    }
    if is_eval {
        let line = if src.trim().is_empty() { 0 } else { 1 };
        let one_expr = stmts.len() == 1
            && matches!(&stmts[0].stmt, Stmt::Expr(e) if !matches!(e.kind, ExprKind::Yield(..)));
        if !one_expr {
            return Err(PyErr::syntax(format!(
                "invalid syntax (<string>, line {})",
                line
            )));
        }
    }
    Ok(stmts)
}

/// A compile error as `str()` of CPython's SyntaxError shows it: the message, then the
/// text's name and the line.
fn syntax_error(e: PyErr, src: &str) -> PyErr {
    if !matches!(e.class, "SyntaxError" | "IndentationError" | "TabError") {
        return forget_places(e);
    }
    let line = e.span.map(|s| crate::line_of(src, s.start)).unwrap_or(1);
    let mut e = forget_places(e);
    e.msg = format!("{} (<string>, line {})", e.msg, line);
    e
}

/// Places inside the text mean nothing in the file that called `eval`/`exec`.
fn forget_places(mut e: PyErr) -> PyErr {
    e.span = None;
    e.trace.clear();
    e
}

/// Run the compiled statements: `eval`'s value, or `None`.
fn run(it: &mut Interp, stmts: &[Statement], is_eval: bool) -> PyResult<Value> {
    if is_eval {
        if let Some(Statement {
            stmt: Stmt::Expr(e),
            ..
        }) = stmts.first()
        {
            return it.eval(e);
        }
    }
    for st in stmts {
        it.exec(st, false)?;
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
) -> PyResult<()> {
    let mut new: Vec<(usize, &String, &Value)> = Vec::new();
    {
        let mut t = target.borrow_mut();
        let present: Vec<Value> = t.iter().map(|(k, _)| k.clone()).collect();
        for k in present {
            let Value::Str(name) = &k else { continue };
            if &**name == "__builtins__" {
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
            if t.contains(&key)? {
                continue;
            }
            let below = match under {
                Some(u) => u.borrow().get(&key)?.cloned(),
                None => None,
            };
            let unchanged = match below.as_ref().or(base.get(k)) {
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
