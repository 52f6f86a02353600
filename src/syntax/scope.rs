//! Name resolution, done once when a statement is parsed, as CPython's symbol table does:
//! inside a function (or lambda, or comprehension) every name it binds is a local with a
//! slot, a name bound by an enclosing function is a closure cell, and anything else is a
//! global or builtin looked up by name. Names are rewritten in place (`ExprKind::Local`,
//! `ExprKind::Free`), so running a function never searches a table for its own variables.
//! The same walk rejects `return` outside a function and `break` outside a loop.

use super::ast::*;
use crate::error::{PyErr, Span};
use std::rc::Rc;

/// Resolve the names of a module-level statement list.
pub fn resolve_module(stmts: &mut [Statement]) -> Result<(), PyErr> {
    let mut r = Resolver { chain: Vec::new() };
    r.stmts(stmts, Ctx::default())
}

/// One function or comprehension scope being resolved.
struct Frame {
    locals: Vec<Rc<str>>,
    free: Vec<(Rc<str>, FreeFrom)>,
    globals: Vec<Rc<str>>,
    nonlocals: Vec<Rc<str>>,
    /// A comprehension (its bindings other than loop targets belong to the function around).
    comp: bool,
    /// Which kind of comprehension, for CPython's `'yield' inside list comprehension`.
    comp_kind: Option<CompKind>,
    qualname: Rc<str>,
}

struct Resolver {
    chain: Vec<Frame>,
}

/// Where a statement sits: inside a function, inside a loop (for `break`).
#[derive(Clone, Copy, Default)]
struct Ctx {
    function: bool,
    looping: bool,
}

enum Found {
    Local(usize),
    Free(usize),
    Global,
}

fn syntax(msg: &str, span: Span) -> PyErr {
    PyErr::syntax(msg).at(span)
}

impl Resolver {
    /// Where `name` lives, seen from the innermost scope (adding closure cells on the way).
    fn find(&mut self, name: &str) -> Found {
        match self.chain.len() {
            0 => Found::Global,
            n => self.find_at(n - 1, name),
        }
    }

    fn find_at(&mut self, d: usize, name: &str) -> Found {
        let f = &self.chain[d];
        if f.globals.iter().any(|g| &**g == name) {
            return Found::Global;
        }
        if let Some(i) = f.locals.iter().position(|l| &**l == name) {
            return Found::Local(i);
        }
        if let Some(i) = f.free.iter().position(|(l, _)| &**l == name) {
            return Found::Free(i);
        }
        if d == 0 {
            return Found::Global;
        }
        let from = match self.find_at(d - 1, name) {
            Found::Global => return Found::Global,
            Found::Local(i) => FreeFrom::Local(i),
            Found::Free(i) => FreeFrom::Free(i),
        };
        let f = &mut self.chain[d];
        f.free.push((Rc::from(name), from));
        Found::Free(f.free.len() - 1)
    }

    fn name(&mut self, e: &mut Expr) {
        if let ExprKind::Name(n) = &e.kind {
            let name: Rc<str> = Rc::from(n.as_str());
            match self.find(n) {
                Found::Global => {}
                Found::Local(i) => e.kind = ExprKind::Local(i, name),
                Found::Free(i) => e.kind = ExprKind::Free(i, name),
            }
        }
    }

    fn stmts(&mut self, stmts: &mut [Statement], ctx: Ctx) -> Result<(), PyErr> {
        for s in stmts {
            self.stmt(s, ctx)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &mut Statement, ctx: Ctx) -> Result<(), PyErr> {
        let span = s.span;
        match &mut s.stmt {
            Stmt::Expr(e) => self.value(e)?,
            Stmt::Help(e) => self.expr(e)?,
            Stmt::Assign(targets, value) => {
                self.value(value)?;
                for t in targets {
                    self.expr(t)?;
                }
            }
            Stmt::AugAssign(t, _, v) => {
                self.value(v)?;
                self.expr(t)?;
            }
            Stmt::Del(ts) => {
                for t in ts {
                    self.expr(t)?;
                }
            }
            Stmt::Import(..) | Stmt::FromImport { .. } | Stmt::Magic(..) | Stmt::Pass => {}
            Stmt::Global(_) => {}
            Stmt::Nonlocal(names) => {
                if !ctx.function {
                    return Err(syntax(
                        "nonlocal declaration not allowed at module level",
                        span,
                    ));
                }
                for n in names.iter() {
                    // Must name a variable of an enclosing function.
                    let outer = self.chain.len().saturating_sub(1);
                    let found = (0..outer).rev().any(|d| {
                        self.chain[d].locals.iter().any(|l| &**l == n.as_str())
                            || self.chain[d].free.iter().any(|(l, _)| &**l == n.as_str())
                    });
                    if !found {
                        return Err(syntax(
                            &format!("no binding for nonlocal '{}' found", n),
                            span,
                        ));
                    }
                }
            }
            Stmt::Break => {
                if !ctx.looping {
                    return Err(syntax("'break' outside loop", span));
                }
            }
            Stmt::Continue => {
                if !ctx.looping {
                    return Err(syntax("'continue' not properly in loop", span));
                }
            }
            Stmt::Return(e) => {
                if !ctx.function {
                    return Err(syntax("'return' outside function", span));
                }
                if let Some(e) = e {
                    self.expr(e)?;
                }
            }
            Stmt::If(branches, orelse) => {
                for (c, b) in branches {
                    self.expr(c)?;
                    self.stmts(b, ctx)?;
                }
                self.stmts(orelse, ctx)?;
            }
            Stmt::While(c, body, orelse) => {
                self.expr(c)?;
                self.stmts(
                    body,
                    Ctx {
                        looping: true,
                        ..ctx
                    },
                )?;
                self.stmts(orelse, ctx)?;
            }
            Stmt::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(iter)?;
                self.expr(target)?;
                self.stmts(
                    body,
                    Ctx {
                        looping: true,
                        ..ctx
                    },
                )?;
                self.stmts(orelse, ctx)?;
            }
            Stmt::Def(def, target) => {
                self.function(Rc::make_mut(def))?;
                self.expr(target)?;
            }
            Stmt::Try {
                body,
                handlers,
                orelse,
                finally,
            } => {
                self.stmts(body, ctx)?;
                for h in handlers {
                    if let Some(c) = &mut h.class {
                        self.expr(c)?;
                    }
                    if let Some(n) = &mut h.name {
                        self.expr(n)?;
                    }
                    self.stmts(&mut h.body, ctx)?;
                }
                self.stmts(orelse, ctx)?;
                self.stmts(finally, ctx)?;
            }
            Stmt::Raise(a, b) => {
                for e in [a, b].into_iter().flatten() {
                    self.expr(e)?;
                }
            }
            Stmt::Assert(a, b) => {
                self.expr(a)?;
                if let Some(b) = b {
                    self.expr(b)?;
                }
            }
            Stmt::With(items, body) => {
                for (c, t) in items {
                    self.expr(c)?;
                    if let Some(t) = t {
                        self.expr(t)?;
                    }
                }
                self.stmts(body, ctx)?;
            }
        }
        Ok(())
    }

    /// CPython's error for a `yield` where none may stand: at module level, or inside a
    /// comprehension (which is a scope of its own).
    fn yield_misplaced(&self, span: Span) -> Option<PyErr> {
        let f = self.chain.last();
        let what = match f.and_then(|f| f.comp_kind) {
            _ if f.is_none() => return Some(syntax("'yield' outside function", span)),
            None => return None,
            Some(CompKind::List) => "list comprehension",
            Some(CompKind::Set) => "set comprehension",
            Some(CompKind::Dict) => "dict comprehension",
            Some(CompKind::Generator) => "generator expression",
        };
        Some(syntax(&format!("'yield' inside {}", what), span))
    }

    fn qualname(&self, name: &str) -> Rc<str> {
        match self.chain.iter().rev().find(|f| !f.comp) {
            Some(f) => Rc::from(format!("{}.<locals>.{}", f.qualname, name)),
            None => Rc::from(name),
        }
    }

    /// Resolve a `def` or `lambda`: defaults in the scope around it, the body in its own.
    fn function(&mut self, def: &mut FuncDef) -> Result<(), PyErr> {
        for d in &mut def.decorators {
            self.expr(d)?;
        }
        for p in def
            .params
            .positional
            .iter_mut()
            .chain(def.params.kwonly.iter_mut())
        {
            if let Some(d) = &mut p.default {
                self.expr(d)?;
            }
        }
        def.qualname = self.qualname(&def.name);
        super::yield_lowering::lower(def)?;
        def.is_generator = !def.is_lambda && def.body.iter().any(Statement::yields);
        let mut locals: Vec<Rc<str>> = Vec::new();
        let ps = &def.params;
        for p in &ps.positional {
            locals.push(p.name.clone());
        }
        locals.extend(ps.varargs.iter().cloned());
        locals.extend(ps.kwonly.iter().map(|p| p.name.clone()));
        locals.extend(ps.varkw.iter().cloned());
        let mut globals = Vec::new();
        let mut nonlocals = Vec::new();
        declared(&def.body, &mut globals, &mut nonlocals);
        let mut bound = Vec::new();
        bound_in(&def.body, &mut bound);
        for n in bound {
            if !locals.contains(&n) && !globals.contains(&n) && !nonlocals.contains(&n) {
                locals.push(n);
            }
        }
        self.chain.push(Frame {
            locals,
            free: Vec::new(),
            globals: globals.clone(),
            nonlocals,
            comp: false,
            comp_kind: None,
            qualname: def.qualname.clone(),
        });
        // A nonlocal name is a cell of an enclosing function.
        let declared_nonlocal = self
            .chain
            .last()
            .map(|f| f.nonlocals.clone())
            .unwrap_or_default();
        for n in &declared_nonlocal {
            let d = self.chain.len() - 1;
            if d > 0 {
                let from = match self.find_at(d - 1, n) {
                    Found::Local(i) => Some(FreeFrom::Local(i)),
                    Found::Free(i) => Some(FreeFrom::Free(i)),
                    Found::Global => None,
                };
                if let Some(from) = from {
                    self.chain[d].free.push((n.clone(), from));
                }
            }
        }
        let r = self.stmts(
            &mut def.body,
            Ctx {
                function: true,
                looping: false,
            },
        );
        let frame = self.chain.pop();
        r?;
        if let Some(f) = frame {
            def.scope = Scope {
                locals: f.locals,
                free_names: f.free.iter().map(|(n, _)| n.clone()).collect(),
                free: f.free.into_iter().map(|(_, from)| from).collect(),
            };
        }
        def.globals = globals;
        Ok(())
    }

    /// Resolve a comprehension: its first iterable in the scope around it, the rest in its
    /// own scope, whose locals are the loop targets.
    fn comprehension(&mut self, c: &mut Comprehension) -> Result<(), PyErr> {
        if let Some(first) = c.clauses.first_mut() {
            self.expr(&mut first.iter)?;
        }
        let mut locals = Vec::new();
        for cl in &c.clauses {
            targets(&cl.target, &mut locals);
        }
        let qualname = self.qualname("<listcomp>");
        self.chain.push(Frame {
            locals,
            free: Vec::new(),
            globals: Vec::new(),
            nonlocals: Vec::new(),
            comp: true,
            comp_kind: Some(c.kind),
            qualname,
        });
        let r = (|| -> Result<(), PyErr> {
            for (k, cl) in c.clauses.iter_mut().enumerate() {
                if k > 0 {
                    self.expr(&mut cl.iter)?;
                }
                self.expr(&mut cl.target)?;
                for cond in &mut cl.conds {
                    self.expr(cond)?;
                }
            }
            self.expr(&mut c.elt)?;
            if let Some(v) = &mut c.value {
                self.expr(v)?;
            }
            Ok(())
        })();
        let frame = self.chain.pop();
        r?;
        if let Some(f) = frame {
            c.scope = Scope {
                locals: f.locals,
                free_names: f.free.iter().map(|(n, _)| n.clone()).collect(),
                free: f.free.into_iter().map(|(_, from)| from).collect(),
            };
        }
        Ok(())
    }

    /// The value of an expression statement or an assignment: the one place, besides
    /// any expression, where a `yield` may stand (the generator runner suspends whole
    /// statements, see `eval::generator`).
    fn value(&mut self, e: &mut Expr) -> Result<(), PyErr> {
        match &mut e.kind {
            ExprKind::Yield(v, _) => {
                if let Some(err) = self.yield_misplaced(e.span) {
                    return Err(err);
                }
                match v {
                    Some(v) => self.expr(v),
                    None => Ok(()),
                }
            }
            _ => self.expr(e),
        }
    }

    fn expr(&mut self, e: &mut Expr) -> Result<(), PyErr> {
        match &mut e.kind {
            ExprKind::Name(_) => self.name(e),
            ExprKind::Int(_)
            | ExprKind::BigInt(_)
            | ExprKind::Float(_)
            | ExprKind::Imag(_)
            | ExprKind::Str(_)
            | ExprKind::Bytes(_)
            | ExprKind::NoneLit
            | ExprKind::True
            | ExprKind::False
            | ExprKind::Ellipsis
            | ExprKind::Local(..)
            | ExprKind::Free(..) => {}
            ExprKind::Yield(..) => {
                if let Some(err) = self.yield_misplaced(e.span) {
                    return Err(err);
                }
                // `syntax::yield_lowering` moved every other `yield` of a function out of
                // the expressions around it; this one is where that cannot reach.
                return Err(syntax(
                    "'yield' inside another expression is not supported by arrsh here",
                    e.span,
                ));
            }
            ExprKind::Tuple(items) | ExprKind::List(items) | ExprKind::Set(items) => {
                for i in items {
                    self.expr(i)?;
                }
            }
            ExprKind::Dict(items) => {
                for (k, v) in items {
                    self.expr(k)?;
                    self.expr(v)?;
                }
            }
            ExprKind::Unary(_, x) | ExprKind::Not(x) | ExprKind::Starred(x) => self.expr(x)?,
            ExprKind::Binary(_, a, b) | ExprKind::And(a, b) | ExprKind::Or(a, b) => {
                self.expr(a)?;
                self.expr(b)?;
            }
            ExprKind::Compare(first, rest) => {
                self.expr(first)?;
                for (_, r) in rest {
                    self.expr(r)?;
                }
            }
            ExprKind::IfElse { cond, then, other } => {
                self.expr(cond)?;
                self.expr(then)?;
                self.expr(other)?;
            }
            ExprKind::Call(f, args) => {
                self.expr(f)?;
                for a in args {
                    match a {
                        Arg::Pos(x) | Arg::Kw(_, x) | Arg::Star(x) | Arg::DoubleStar(x) => {
                            self.expr(x)?
                        }
                    }
                }
            }
            ExprKind::Attr(x, _) => self.expr(x)?,
            ExprKind::Subscript(a, b) => {
                self.expr(a)?;
                self.expr(b)?;
            }
            ExprKind::Slice(a, b, c) => {
                for x in [a, b, c].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
            ExprKind::Walrus(t, v) => {
                self.expr(v)?;
                // Inside a comprehension the name belongs to the function (or module) around
                // it: its frames hold only loop variables, which `:=` may not rebind, so
                // ordinary resolution reaches the right scope.
                if let ExprKind::Name(n) = &t.kind {
                    let comps = self.chain.iter().rev().take_while(|f| f.comp);
                    if comps
                        .clone()
                        .any(|f| f.locals.iter().any(|l| &**l == n.as_str()))
                    {
                        return Err(syntax(
                            &format!(
                                "assignment expression cannot rebind comprehension iteration variable '{}'",
                                n
                            ),
                            t.span,
                        ));
                    }
                }
                self.name(t);
            }
            ExprKind::Lambda(def) => self.function(Rc::make_mut(def))?,
            ExprKind::Comp(c) => self.comprehension(Rc::make_mut(c))?,
            ExprKind::FString(parts) => self.fparts(parts)?,
        }
        Ok(())
    }

    fn fparts(&mut self, parts: &mut [FPart]) -> Result<(), PyErr> {
        for p in parts {
            if let FPart::Field { value, spec, .. } = p {
                self.expr(value)?;
                self.fparts(spec)?;
            }
        }
        Ok(())
    }
}

/// Names declared `global` / `nonlocal` anywhere in a function body (not in nested ones).
fn declared(stmts: &[Statement], globals: &mut Vec<Rc<str>>, nonlocals: &mut Vec<Rc<str>>) {
    for s in stmts {
        match &s.stmt {
            Stmt::Global(ns) => globals.extend(ns.iter().map(|n| Rc::from(n.as_str()))),
            Stmt::Nonlocal(ns) => nonlocals.extend(ns.iter().map(|n| Rc::from(n.as_str()))),
            _ => each_block(&s.stmt, &mut |b| declared(b, globals, nonlocals)),
        }
    }
}

/// Call `f` on each nested statement list of a compound statement (not function bodies).
fn each_block(s: &Stmt, f: &mut dyn FnMut(&[Statement])) {
    match s {
        Stmt::If(branches, orelse) => {
            for (_, b) in branches {
                f(b);
            }
            f(orelse);
        }
        Stmt::While(_, b, o) => {
            f(b);
            f(o);
        }
        Stmt::For { body, orelse, .. } => {
            f(body);
            f(orelse);
        }
        Stmt::Try {
            body,
            handlers,
            orelse,
            finally,
        } => {
            f(body);
            for h in handlers {
                f(&h.body);
            }
            f(orelse);
            f(finally);
        }
        Stmt::With(_, b) => f(b),
        _ => {}
    }
}

/// The names a function body binds (assignment, loop, `with … as`, `except … as`, `def`,
/// `del`, walrus), in order of first appearance.
fn bound_in(stmts: &[Statement], out: &mut Vec<Rc<str>>) {
    for s in stmts {
        match &s.stmt {
            Stmt::Assign(ts, v) => {
                for t in ts {
                    targets(t, out);
                }
                walruses(v, out);
            }
            Stmt::AugAssign(t, _, v) => {
                targets(t, out);
                walruses(v, out);
            }
            Stmt::Del(ts) => ts.iter().for_each(|t| targets(t, out)),
            Stmt::For { target, iter, .. } => {
                targets(target, out);
                walruses(iter, out);
            }
            Stmt::Def(_, t) => targets(t, out),
            Stmt::With(items, _) => {
                for (c, t) in items {
                    walruses(c, out);
                    if let Some(t) = t {
                        targets(t, out);
                    }
                }
            }
            Stmt::Try { handlers, .. } => {
                for h in handlers {
                    if let Some(n) = &h.name {
                        targets(n, out);
                    }
                }
            }
            Stmt::Expr(e) | Stmt::Return(Some(e)) => walruses(e, out),
            Stmt::If(branches, _) => {
                for (c, _) in branches {
                    walruses(c, out);
                }
            }
            Stmt::While(c, ..) => walruses(c, out),
            _ => {}
        }
        each_block(&s.stmt, &mut |b| bound_in(b, out));
    }
}

/// The plain names in an assignment target.
fn targets(t: &Expr, out: &mut Vec<Rc<str>>) {
    match &t.kind {
        ExprKind::Name(n) if !out.iter().any(|x| &**x == n.as_str()) => {
            out.push(Rc::from(n.as_str()));
        }
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            items.iter().for_each(|i| targets(i, out))
        }
        ExprKind::Starred(x) => targets(x, out),
        _ => {}
    }
}

/// Names bound by `:=` in an expression (also inside comprehensions, whose walrus binds in
/// the function around them; not inside lambdas).
fn walruses(e: &Expr, out: &mut Vec<Rc<str>>) {
    match &e.kind {
        ExprKind::Walrus(t, v) => {
            targets(t, out);
            walruses(v, out);
        }
        ExprKind::Tuple(items) | ExprKind::List(items) | ExprKind::Set(items) => {
            items.iter().for_each(|i| walruses(i, out))
        }
        ExprKind::Dict(items) => items.iter().for_each(|(k, v)| {
            walruses(k, out);
            walruses(v, out);
        }),
        ExprKind::Unary(_, x) | ExprKind::Not(x) | ExprKind::Starred(x) | ExprKind::Attr(x, _) => {
            walruses(x, out)
        }
        ExprKind::Binary(_, a, b)
        | ExprKind::And(a, b)
        | ExprKind::Or(a, b)
        | ExprKind::Subscript(a, b) => {
            walruses(a, out);
            walruses(b, out);
        }
        ExprKind::Compare(a, rest) => {
            walruses(a, out);
            rest.iter().for_each(|(_, r)| walruses(r, out));
        }
        ExprKind::IfElse { cond, then, other } => {
            walruses(cond, out);
            walruses(then, out);
            walruses(other, out);
        }
        ExprKind::Call(f, args) => {
            walruses(f, out);
            for a in args {
                match a {
                    Arg::Pos(x) | Arg::Kw(_, x) | Arg::Star(x) | Arg::DoubleStar(x) => {
                        walruses(x, out)
                    }
                }
            }
        }
        ExprKind::Comp(c) => {
            for cl in &c.clauses {
                walruses(&cl.iter, out);
                cl.conds.iter().for_each(|x| walruses(x, out));
            }
            walruses(&c.elt, out);
        }
        _ => {}
    }
}
