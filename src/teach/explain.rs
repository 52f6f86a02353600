//! Explain mode: after each statement, one line per effect it had on memory (`--explain`,
//! `%explain on`), or one JSON object per statement (`--explain=json`).
//!
//! The kind of every effect comes from [`super::facts`]; this file only words it, taking the
//! name of the operation from the statement so the line can say *why*.

use super::facts::{self, Effect, Kind, OldBuffer, Report};
use crate::array::layout;
use crate::array::object::NdArray;
use crate::format::views::{entry_for, Returns};
use crate::syntax::ast::{Arg, Expr, ExprKind, Statement, Stmt};
use std::cell::Cell;

thread_local! {
    /// `%explain on|off` (and `--explain`): global to the session's thread, as print options.
    static EXPLAIN: Cell<bool> = const { Cell::new(false) };
}

pub fn set_explain(on: bool) {
    EXPLAIN.with(|e| e.set(on));
}

pub fn explaining() -> bool {
    EXPLAIN.with(|e| e.get())
}

/// The right-hand side a name got its value from in `st`, if the statement says.
fn source_of<'a>(st: &'a Statement, name: &str) -> Option<&'a Expr> {
    match &st.stmt {
        Stmt::Expr(e) if name == "_" => Some(e),
        Stmt::Assign(targets, value) => targets.iter().find_map(|t| match (&t.kind, &value.kind) {
            (ExprKind::Name(n), _) if n == name => Some(value),
            (
                ExprKind::Tuple(ts) | ExprKind::List(ts),
                ExprKind::Tuple(vs) | ExprKind::List(vs),
            ) if ts.len() == vs.len() => ts
                .iter()
                .zip(vs)
                .find(|(t, _)| matches!(&t.kind, ExprKind::Name(n) if n == name))
                .map(|(_, v)| v),
            (ExprKind::Tuple(ts) | ExprKind::List(ts), _)
                if ts
                    .iter()
                    .any(|t| matches!(&t.kind, ExprKind::Name(n) if n == name)) =>
            {
                Some(value)
            }
            _ => None,
        }),
        _ => None,
    }
}

/// The function or method an expression calls last (`reshape` in `x.T.reshape(-1)`).
fn operation(e: &Expr) -> Option<(String, &[Arg])> {
    match &e.kind {
        ExprKind::Call(f, args) => match &f.kind {
            ExprKind::Attr(_, m) => Some((m.clone(), args)),
            ExprKind::Name(n) => Some((n.clone(), args)),
            _ => None,
        },
        _ => None,
    }
}

/// Why a name got this kind of effect from `e`, in words.
fn why_from(e: &Expr, kind: &Kind, a: &NdArray) -> String {
    match (&e.kind, kind) {
        (ExprKind::Name(_), _) => "assignment binds the same object".into(),
        (ExprKind::Subscript(..), Kind::View) => "basic indexing".into(),
        (ExprKind::Subscript(..), Kind::Copy) => "advanced indexing always copies".into(),
        (ExprKind::Subscript(..), Kind::Alias) => "indexing returned the same object".into(),
        (ExprKind::Attr(_, a), Kind::View) if a == "T" || a == "mT" => {
            "transpose permutes the strides".into()
        }
        (ExprKind::Attr(_, a), _) => format!(".{}", a),
        (ExprKind::Binary(..) | ExprKind::Unary(..), _) => "arithmetic makes a new array".into(),
        (ExprKind::Call(..), _) => {
            let Some((name, args)) = operation(e) else {
                return "the call's result".into();
            };
            let out = args
                .iter()
                .any(|a| matches!(a, Arg::Kw(k, _) if k == "out"));
            let returns = entry_for(&name).map(|e| e.returns);
            match (returns, kind) {
                (_, Kind::Alias) => format!("{} returned its input itself", name),
                (Some(Returns::ViewWhenPossible), Kind::View) => {
                    format!("{} kept a view (the strides allow it)", name)
                }
                // The facts say "new memory"; whether the call copied or viewed an array
                // made earlier in the same statement they cannot tell, so say both.
                (Some(Returns::ViewWhenPossible), Kind::Copy) if !a.owns_data() => format!(
                    "{} gave new memory (a copy, or a view of an array this statement made)",
                    name
                ),
                (Some(Returns::ViewWhenPossible), Kind::Copy) => {
                    format!("{} could not keep the strides, so it copied", name)
                }
                (Some(Returns::SameWhenPossible), Kind::Copy) => {
                    format!(
                        "{} returned new memory (its input was not an array that fit)",
                        name
                    )
                }
                _ if out => format!("{}(..., out=...)", name),
                (Some(Returns::View | Returns::Copy | Returns::InPlace), _) => name,
                (Some(r), _) => format!("{} ({})", name, r.label()),
                (None, _) => name,
            }
        }
        _ => "the expression's result".into(),
    }
}

/// Why the statement changed a name this way.
pub fn why(st: &Statement, name: &str, kind: &Kind, a: &NdArray) -> String {
    match (&st.stmt, kind) {
        (Stmt::AugAssign(_, op, _), Kind::InPlace) => {
            format!(
                "augmented assignment {}= writes into the array",
                crate::value::ops::BinOp::from(*op).symbol()
            )
        }
        (Stmt::Assign(targets, _), Kind::InPlace)
            if targets
                .iter()
                .any(|t| matches!(t.kind, ExprKind::Subscript(..) | ExprKind::Attr(..))) =>
        {
            "assignment through an index writes into the buffer".into()
        }
        (Stmt::Del(_), _) => "del".into(),
        (_, Kind::InPlace) => match source_of(st, name).or(match &st.stmt {
            Stmt::Expr(e) | Stmt::Assign(_, e) => Some(e),
            _ => None,
        }) {
            Some(e) => match operation(e) {
                Some((n, _)) => format!("{} wrote into it", n),
                None => "the statement wrote into it".into(),
            },
            None => "the statement wrote into it".into(),
        },
        _ => match source_of(st, name) {
            Some(e) => why_from(e, kind, a),
            None => match &st.stmt {
                Stmt::AugAssign(..) => "augmented assignment rebinds the name".into(),
                _ => "the statement".into(),
            },
        },
    }
}

/// Why, for the effects of a logical line made of several statements: the last statement
/// that names the variable decides the wording.
pub fn why_in(stmts: &[Statement], name: &str, kind: &Kind, a: &NdArray) -> String {
    let named = |st: &&Statement| match &st.stmt {
        Stmt::Assign(targets, _) => targets.iter().any(|t| mentions(t, name)),
        Stmt::AugAssign(t, _, _) => mentions(t, name),
        Stmt::Expr(_) => name == "_" || *kind == Kind::InPlace,
        _ => false,
    };
    match stmts.iter().rev().find(named).or(stmts.last()) {
        Some(st) => why(st, name, kind, a),
        None => String::new(),
    }
}

fn mentions(e: &Expr, name: &str) -> bool {
    match &e.kind {
        ExprKind::Name(n) => n == name,
        ExprKind::Tuple(v) | ExprKind::List(v) => v.iter().any(|x| mentions(x, name)),
        ExprKind::Subscript(o, _) | ExprKind::Attr(o, _) => mentions(o, name),
        _ => false,
    }
}

/// How many of the array's elements cover its most-covered byte (1: no overlap).
fn overlap_count(a: &NdArray) -> usize {
    const LIMIT: usize = 1 << 20;
    // Contiguous layouts cannot overlap; only count bytes for the others.
    if a.size() <= 1 || a.size() > LIMIT || a.is_c_contiguous() || a.is_f_contiguous() {
        return 1;
    }
    let (lo, hi) = facts::extent(a);
    if hi - lo > 64 * LIMIT {
        return 1;
    }
    let mut counts = vec![0u32; hi - lo];
    NdArray::for_each_index(&a.shape, |i| {
        let o = a.offset_of(i) - lo;
        for c in &mut counts[o..o + a.itemsize()] {
            *c += 1;
        }
    });
    counts.into_iter().max().unwrap_or(1) as usize
}

fn names_list(v: &[String]) -> String {
    match v.len() {
        0 => String::new(),
        1 => v[0].clone(),
        _ => format!("{} and {}", v[..v.len() - 1].join(", "), v[v.len() - 1]),
    }
}

fn old_buffer_text(o: &OldBuffer) -> String {
    match o {
        OldBuffer::Freed(n) => format!("the old {}-byte buffer was freed", n),
        OldBuffer::KeptBy(names) => format!("the old buffer lives on in {}", names_list(names)),
        OldBuffer::KeptAlive(n) => format!(
            "the old {}-byte buffer is still alive (held by `_` or another object)",
            n
        ),
    }
}

/// The human line for one effect (without indentation or colour).
fn effect_line(e: &Effect, allocated: u64) -> String {
    let a = &e.array;
    let mut s = format!("{}: ", e.name);
    match e.kind {
        Kind::Alias => match &e.of {
            Some(of) => s.push_str(&format!("the same array as {} (no new array at all)", of)),
            None => s.push_str("an array object that already existed (no new array at all)"),
        },
        Kind::View => {
            let (lo, hi) = facts::extent(a);
            let whose = match &e.of {
                Some(of) => format!("{}'s buffer", of),
                None => format!("buffer #{}", a.buffer.id()),
            };
            s.push_str(&match &e.of {
                Some(of) => format!("view of {}", of),
                None => "view of memory that existed before".into(),
            });
            s.push_str(&format!(
                ", {} (bytes {}..{} of {}, strides {}), nothing copied",
                e.why,
                lo,
                hi,
                whose,
                layout::tuple_str(a.strides.iter().map(|d| d.to_string()))
            ));
            if !a.writeable.get() {
                s.push_str("; read-only");
            }
            if a.strides.contains(&0) && a.size() > 1 {
                s.push_str("; a zero stride repeats the same bytes");
            }
            let seen = overlap_count(a);
            if seen > 1 {
                s.push_str(&format!(
                    "; elements overlap: a byte is seen up to {} times",
                    seen
                ));
            }
        }
        Kind::Copy => {
            if let Some(m) = e.array.buffer.map_info() {
                s.push_str(&format!(
                    "{}: a map of bytes {}..{} of {} (mode '{}'), nothing allocated: pages are read from the file when touched",
                    e.why,
                    m.offset,
                    m.offset + e.array.buffer.len() as u64,
                    m.path.display(),
                    m.name
                ));
            } else if e.bytes > 0 {
                s.push_str(&format!("copy, {}: new {}-byte buffer", e.why, e.bytes));
            } else {
                s.push_str(&format!(
                    "copy, {}: lives in a buffer made by this statement",
                    e.why
                ));
            }
            if let Some(of) = &e.of {
                s.push_str(&format!(" (shared with {})", of));
            }
        }
        Kind::InPlace => {
            s.push_str(&format!("changed in place ({})", e.why));
            let also: Vec<String> = e.also.iter().filter(|n| *n != "_").cloned().collect();
            if !also.is_empty() {
                s.push_str(&format!(
                    "; {} see{} it too",
                    names_list(&also),
                    if also.len() == 1 { "s" } else { "" }
                ));
            }
            if allocated == 0 {
                s.push_str("; nothing allocated");
            } else {
                s.push_str(&format!("; {} bytes of temporaries", allocated));
            }
        }
    }
    if let Some(o) = &e.old_buffer {
        s.push_str("; ");
        s.push_str(&old_buffer_text(o));
    }
    s
}

/// The names an expression reads, in order, each once.
pub fn names_in(e: &Expr, out: &mut Vec<String>) {
    match &e.kind {
        ExprKind::Name(n) if !out.contains(n) => out.push(n.clone()),
        ExprKind::Subscript(a, b) | ExprKind::Binary(_, a, b) => {
            names_in(a, out);
            names_in(b, out);
        }
        ExprKind::Attr(a, _) | ExprKind::Unary(_, a) => names_in(a, out),
        ExprKind::Tuple(v) | ExprKind::List(v) => v.iter().for_each(|x| names_in(x, out)),
        ExprKind::Call(f, args) => {
            names_in(f, out);
            for a in args {
                match a {
                    Arg::Pos(x) | Arg::Kw(_, x) | Arg::Star(x) | Arg::DoubleStar(x) => {
                        names_in(x, out)
                    }
                }
            }
        }
        _ => {}
    }
}

/// The human lines for one statement's report.
pub fn lines(
    report: &Report,
    stmts: &[Statement],
    src_of: &dyn Fn(&Expr) -> String,
) -> Vec<String> {
    // `_` changing in place alongside a named array says nothing new; the JSON keeps it.
    let mut out: Vec<String> = report
        .effects
        .iter()
        .filter(|e| !(e.name == "_" && e.kind == Kind::InPlace))
        .map(|e| effect_line(e, report.allocated))
        .collect();
    for (name, fate) in report.removed.iter().filter(|(n, _)| n != "_") {
        out.push(match fate {
            OldBuffer::Freed(n) => format!("{}: gone; its {}-byte buffer was freed", name, n),
            OldBuffer::KeptBy(names) => format!(
                "{}: gone; its buffer lives on in {}",
                name,
                names_list(names)
            ),
            OldBuffer::KeptAlive(n) => format!(
                "{}: gone; its {}-byte buffer is still held by another object",
                name, n
            ),
        });
    }
    if !report.temporary_writes.is_empty() {
        // The target whose object expression made the temporary.
        let target = stmts.iter().find_map(|st| match &st.stmt {
            Stmt::Assign(targets, _) => targets.iter().find_map(|t| match &t.kind {
                ExprKind::Subscript(obj, _) => Some(obj.as_ref()),
                _ => None,
            }),
            Stmt::AugAssign(t, _, _) => match &t.kind {
                ExprKind::Subscript(obj, _) => Some(obj.as_ref()),
                _ => None,
            },
            _ => None,
        });
        if let Some(obj) = target {
            let mut read = Vec::new();
            names_in(obj, &mut read);
            let unchanged: Vec<String> = read
                .into_iter()
                .filter(|n| !report.effects.iter().any(|e| &e.name == n))
                .filter(|n| report_has_array(report, n))
                .collect();
            let bytes: usize = report.temporary_writes.iter().map(|(_, n)| n).sum();
            let mut line = format!(
                "note: this wrote into a temporary copy made by {} ({} bytes, freed at once)",
                src_of(obj),
                bytes
            );
            if !unchanged.is_empty() {
                line.push_str(&format!(
                    "; {} {} unchanged",
                    names_list(&unchanged),
                    if unchanged.len() == 1 { "is" } else { "are" }
                ));
            }
            out.push(line);
        }
    }
    out
}

fn report_has_array(report: &Report, name: &str) -> bool {
    report.array_names.iter().any(|n| n == name)
}

/// The `--explain=json` object for one statement.
pub fn json(
    line: usize,
    source: &str,
    output: &str,
    error: Option<String>,
    report: &Report,
) -> serde_json::Value {
    let effects: Vec<serde_json::Value> = report
        .effects
        .iter()
        .map(|e| {
            serde_json::json!({
                "name": e.name,
                "kind": e.kind.as_str(),
                "of": e.of,
                "bytes": e.bytes,
                "why": e.why,
            })
        })
        .collect();
    serde_json::json!({
        "line": line,
        "source": source,
        "output": output,
        "error": error,
        "allocated": report.allocated,
        "effects": effects,
    })
}
