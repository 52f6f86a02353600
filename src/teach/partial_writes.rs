//! After Ctrl-C: which arrays the interrupted statement was writing into in place. A
//! kernel stops at its next block, so an in-place operation (`x += 1`, `x[::2] = 0`,
//! `np.add(a, b, out=x)`, `x.sort()`, …) may leave some elements new and the rest old —
//! NumPy says nothing about that; arrsh names the arrays so nobody trusts them by mistake.
//! Read from the statement's text and the names' current values; nothing is evaluated.

use super::magic::Names;
use crate::syntax::ast::{Arg, Expr, ExprKind, Statement, Stmt};
use crate::value::Value;

/// Array methods that write into the array they are called on.
const METHODS: &[&str] = &["sort", "fill", "put", "partition", "itemset", "setfield"];

/// `np.` functions (and ufunc methods) whose first argument is written in place.
const FUNCTIONS: &[&str] = &[
    "copyto",
    "put",
    "place",
    "putmask",
    "put_along_axis",
    "fill_diagonal",
    "shuffle",
    "at",
];

/// The note for the arrays the interrupted `stmts` write into, if any.
pub fn note(stmts: &[Statement], names: &dyn Names) -> Option<String> {
    let mut found: Vec<String> = Vec::new();
    let is_array = |n: &str| matches!(names.var(n), Some(Value::Array(_)));
    for st in stmts {
        in_statement(st, &is_array, &mut found);
    }
    let mut arrays: Vec<String> = Vec::new();
    for n in found {
        if is_array(&n) && !arrays.contains(&n) {
            arrays.push(n);
        }
    }
    if arrays.is_empty() {
        return None;
    }
    let list: Vec<String> = arrays.iter().map(|n| format!("`{}`", n)).collect();
    Some(format!(
        "note: Ctrl-C stopped a statement that writes into {} in place: some elements may \
         already hold new values and the rest old ones",
        list.join(", ")
    ))
}

/// The variable an assignment target or argument is part of: `x` for `x`, `x[1]`, `x.real`,
/// `x.T[0]`.
fn root(e: &Expr) -> Option<&str> {
    match &e.kind {
        ExprKind::Name(n) => Some(n),
        ExprKind::Subscript(b, _) | ExprKind::Attr(b, _) => root(b),
        _ => None,
    }
}

type IsArray<'a> = dyn Fn(&str) -> bool + 'a;

fn in_statement(st: &Statement, is_array: &IsArray, found: &mut Vec<String>) {
    let mut push = |e: &Expr| {
        if let Some(n) = root(e) {
            found.push(n.to_string());
        }
    };
    match &st.stmt {
        Stmt::AugAssign(t, _, v) => {
            push(t);
            in_expr(v, is_array, found);
        }
        Stmt::Assign(targets, v) => {
            for t in targets {
                if matches!(t.kind, ExprKind::Subscript(..) | ExprKind::Attr(..)) {
                    push(t);
                }
            }
            in_expr(v, is_array, found);
        }
        Stmt::Expr(e) => in_expr(e, is_array, found),
        Stmt::If(arms, other) => {
            for (cond, body) in arms {
                in_expr(cond, is_array, found);
                body.iter().for_each(|s| in_statement(s, is_array, found));
            }
            other.iter().for_each(|s| in_statement(s, is_array, found));
        }
        Stmt::While(cond, body, other) => {
            in_expr(cond, is_array, found);
            body.iter()
                .chain(other)
                .for_each(|s| in_statement(s, is_array, found));
        }
        Stmt::For {
            iter, body, orelse, ..
        } => {
            in_expr(iter, is_array, found);
            body.iter()
                .chain(orelse)
                .for_each(|s| in_statement(s, is_array, found));
        }
        Stmt::Try {
            body,
            orelse,
            finally,
            ..
        } => body
            .iter()
            .chain(orelse)
            .chain(finally)
            .for_each(|s| in_statement(s, is_array, found)),
        _ => {}
    }
}

/// Calls inside `e` that write into an argument or the object they are called on.
fn in_expr(e: &Expr, is_array: &IsArray, found: &mut Vec<String>) {
    if let ExprKind::Call(f, args) = &e.kind {
        for a in args {
            if let Arg::Kw(k, v) = a {
                if k == "out" {
                    match &v.kind {
                        ExprKind::Tuple(items) => {
                            found.extend(items.iter().filter_map(root).map(str::to_string))
                        }
                        _ => found.extend(root(v).map(str::to_string)),
                    }
                }
            }
        }
        if let ExprKind::Attr(obj, name) = &f.kind {
            let on_array = root(obj).is_some_and(is_array);
            if on_array && METHODS.contains(&name.as_str()) {
                // `x.sort()`, `x.put(...)`.
                found.extend(root(obj).map(str::to_string));
            } else if !on_array && FUNCTIONS.contains(&name.as_str()) {
                // `np.put(x, ...)`, `np.add.at(x, ...)`, `rng.shuffle(x)`.
                if let Some(Arg::Pos(first)) = args.first() {
                    found.extend(root(first).map(str::to_string));
                }
            }
        }
    }
    for k in e.children() {
        in_expr(k, is_array, found);
    }
}
