//! `%trace x` / `%untrace x`, like R's `tracemem`: each later statement that copies the data
//! of a traced buffer, or rebinds a name away from it, prints one line. Traces belong to the
//! buffer, not the name, so they survive `y = x`.

use super::facts::{Kind, Report, Snapshot};
use super::magic::Shell;
use crate::error::{PyErr, PyResult};
use crate::syntax::ast::{Statement, Stmt};
use crate::value::Value;
use std::cell::RefCell;

thread_local! {
    /// Traced buffers: (buffer id, the name it was traced by).
    static TRACED: RefCell<Vec<(u64, String)>> = const { RefCell::new(Vec::new()) };
}

pub fn active() -> bool {
    TRACED.with(|t| !t.borrow().is_empty())
}

pub fn reset() {
    TRACED.with(|t| t.borrow_mut().clear());
}

fn traced(id: u64) -> Option<String> {
    TRACED.with(|t| {
        t.borrow()
            .iter()
            .find(|(i, _)| *i == id)
            .map(|(_, n)| n.clone())
    })
}

fn array_named(it: &dyn Shell, name: &str) -> PyResult<crate::array::object::ArrayRef> {
    let vars = it.user_vars();
    match vars.iter().find(|(n, _)| n == name).map(|(_, v)| v) {
        Some(Value::Array(a)) => Ok(a.clone()),
        Some(_) => Err(PyErr::type_err(format!("{} is not an array", name))),
        None => Err(PyErr::name(format!("name '{}' is not defined", name))),
    }
}

/// `%trace x`: start tracing x's buffer; prints `<buffer #N>` as R prints the address.
pub fn trace(it: &mut dyn Shell, name: &str) -> PyResult<()> {
    let a = array_named(it, name)?;
    let id = a.buffer.id();
    TRACED.with(|t| {
        let mut t = t.borrow_mut();
        if !t.iter().any(|(i, _)| *i == id) {
            t.push((id, name.to_string()));
        }
    });
    it.print(&format!(
        "tracing {}: buffer #{} ({} bytes)\n",
        name,
        id,
        a.buffer.len()
    ));
    Ok(())
}

/// `%untrace x`: stop tracing the buffer x lives in.
pub fn untrace(it: &mut dyn Shell, name: &str) -> PyResult<()> {
    let a = array_named(it, name)?;
    let id = a.buffer.id();
    TRACED.with(|t| t.borrow_mut().retain(|(i, _)| *i != id));
    Ok(())
}

/// After a statement: one line per name rebound away from a traced buffer, and per new
/// buffer made by a statement that read a traced array.
pub fn after_statement(
    it: &mut dyn Shell,
    before: &Snapshot,
    report: &Report,
    stmts: &[Statement],
    statement: &str,
) {
    if !active() {
        return;
    }
    let mut read = Vec::new();
    for st in stmts {
        match &st.stmt {
            Stmt::Expr(e) | Stmt::Assign(_, e) | Stmt::AugAssign(_, _, e) => {
                super::explain::names_in(e, &mut read)
            }
            _ => {}
        }
    }
    let sources: Vec<(String, u64)> = read
        .iter()
        .filter_map(|n| before.names.get(n).map(|b| (n.clone(), b.buffer_id)))
        .filter(|(_, id)| traced(*id).is_some())
        .collect();
    let mut out = String::new();
    for e in &report.effects {
        let left = before
            .names
            .get(&e.name)
            .filter(|b| b.buffer_id != e.array.buffer.id() && traced(b.buffer_id).is_some());
        if let Some(b) = left {
            out.push_str(&format!(
                "trace: {} left traced buffer #{} for buffer #{}{} by `{}`\n",
                e.name,
                b.buffer_id,
                e.array.buffer.id(),
                if e.array.buffer.id() >= before.next_buffer_id {
                    format!(" (new, {} bytes)", e.array.buffer.len())
                } else {
                    String::new()
                },
                statement
            ));
        } else if e.kind == Kind::Copy && e.bytes > 0 {
            if let Some((src, id)) = sources.first() {
                out.push_str(&format!(
                    "trace: {}'s new {}-byte buffer #{} was made from traced buffer #{} ({}) by `{}`\n",
                    e.name,
                    e.bytes,
                    e.array.buffer.id(),
                    id,
                    src,
                    statement
                ));
            }
        }
    }
    it.print(&out);
}
