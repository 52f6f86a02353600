//! Comprehensions and generator expressions, each run in a scope of its own (Python 3):
//! the first iterable is evaluated outside it, loop variables live in its frame, and a
//! lambda made inside closes over those variables.

use super::control::Walk;
use super::function::Frame;
use super::interp::Interp;
use crate::error::PyResult;
use crate::syntax::ast::{CompKind, Comprehension};
use crate::value::convert::truthy;
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// What a comprehension collects.
enum Out {
    Items(Vec<Value>),
    Pairs(Vec<(Value, Value)>),
}

impl Interp {
    pub(super) fn comprehension(&mut self, c: &Rc<Comprehension>) -> PyResult<Value> {
        let Some(first) = c.clauses.first() else {
            return Ok(Value::None);
        };
        let iterable = self.eval(&first.iter)?;
        let free = self.closure_cells(&c.scope.free)?;
        if c.kind == CompKind::Generator {
            // Lazy: the first iterable is taken now, everything else on each `next`; the
            // generator's locals live in cells that every resumption's frame shares.
            let cells: Vec<super::function::Cell> = (0..c.scope.locals.len())
                .map(|_| Rc::new(RefCell::new(None)))
                .collect();
            let walk = Walk::of(&iterable).map_err(|e| e.at(first.iter.span))?;
            return Ok(Value::lazy_iter(
                "generator",
                Box::new(super::lazy::GenExp {
                    comp: c.clone(),
                    cells,
                    free,
                    walks: vec![walk],
                }),
            ));
        }
        self.frames.push(Frame::new(
            c.scope.locals.len(),
            free,
            super::function::Code::Comprehension(c.clone()),
        ));
        let mut out = match c.kind {
            CompKind::Dict => Out::Pairs(Vec::new()),
            _ => Out::Items(Vec::new()),
        };
        let r = self.clause(c, 0, iterable, &mut out);
        self.frames.pop();
        r?;
        Ok(match (c.kind, out) {
            (CompKind::List, Out::Items(v)) => Value::list(v),
            (CompKind::Set, Out::Items(v)) => Value::set(crate::value::set::PySet::from_values(v)?),
            (_, Out::Pairs(p)) => {
                let mut d = crate::value::dict::PyDict::new();
                for (k, v) in p {
                    d.insert(k, v)?;
                }
                Value::dict(d)
            }
            (_, Out::Items(v)) => Value::list(v),
        })
    }

    /// Run clause `k` over `iterable`, then the clauses after it, collecting into `out`.
    fn clause(
        &mut self,
        c: &Comprehension,
        k: usize,
        iterable: Value,
        out: &mut Out,
    ) -> PyResult<()> {
        let cl = &c.clauses[k];
        let mut walk = Walk::of(&iterable).map_err(|e| e.at(cl.iter.span))?;
        'items: while let Some(item) = walk.next_value(self)? {
            self.assign(&cl.target, item)?;
            for cond in &cl.conds {
                let v = self.eval(cond)?;
                if !truthy(&v)? {
                    continue 'items;
                }
            }
            if let Some(next) = c.clauses.get(k + 1) {
                let inner = self.eval(&next.iter)?;
                self.clause(c, k + 1, inner, out)?;
                continue;
            }
            match out {
                Out::Items(v) => v.push(self.eval(&c.elt)?),
                Out::Pairs(p) => {
                    let key = self.eval(&c.elt)?;
                    let val = match &c.value {
                        Some(v) => self.eval(v)?,
                        None => Value::None,
                    };
                    p.push((key, val));
                }
            }
            if crate::interrupt::pending() && crate::interrupt::take() {
                return Err(crate::error::PyErr::keyboard_interrupt(""));
            }
        }
        Ok(())
    }
}
