//! `collections.deque`: a host object over a `VecDeque`, with `maxlen` dropping items
//! from the other end as CPython's does, its methods, indexing (`d[0]`, `d[-1]`,
//! assignment and `del`), `len`, truth, iteration, `in` and `==` through the host
//! object's hooks, and `_collectionsmodule.c`'s messages.

use crate::error::{PyErr, PyResult};
use crate::eval::interp::Interp;
use crate::value::args::Args;
use crate::value::convert::to_int;
use crate::value::host::{Host, HostRef};
use crate::value::pyops::py_eq;
use crate::value::{PyType, Value};
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

pub const DEQUE: PyType = PyType::Named("collections.deque");

pub const METHODS: &[&str] = &[
    "append",
    "appendleft",
    "clear",
    "copy",
    "count",
    "extend",
    "extendleft",
    "index",
    "insert",
    "pop",
    "popleft",
    "remove",
    "reverse",
    "rotate",
];

#[derive(Debug, Clone)]
pub struct Deque {
    items: VecDeque<Value>,
    maxlen: Option<usize>,
}

impl Deque {
    /// Add at the right (or left), dropping from the other end past `maxlen`.
    fn push(&mut self, v: Value, left: bool) {
        if self.maxlen == Some(0) {
            return;
        }
        if left {
            self.items.push_front(v);
        } else {
            self.items.push_back(v);
        }
        if self.maxlen.is_some_and(|m| self.items.len() > m) {
            if left {
                self.items.pop_back();
            } else {
                self.items.pop_front();
            }
        }
    }

    /// `rotate(n)`: `n` steps to the right (left when negative).
    fn rotate(&mut self, n: i128) {
        let len = self.items.len();
        if len > 1 {
            let k = n.rem_euclid(len as i128) as usize;
            self.items.rotate_right(k);
        }
    }

    /// An index argument as a position, CPython's errors otherwise.
    fn position(&self, key: &Value) -> PyResult<usize> {
        let i = match key {
            Value::Int(_) | Value::Bool(_) | Value::Scalar(..) => to_int(key)?,
            Value::BigInt(_) => {
                return Err(PyErr::index("cannot fit 'int' into an index-sized integer"))
            }
            other => {
                return Err(PyErr::type_err(format!(
                    "sequence index must be integer, not '{}'",
                    other.type_of().short_name()
                )))
            }
        };
        let n = self.items.len() as i128;
        let j = if i < 0 { i + n } else { i };
        if !(0..n).contains(&j) {
            return Err(PyErr::index("deque index out of range"));
        }
        Ok(j as usize)
    }
}

impl Host for Deque {
    fn py_type(&self) -> PyType {
        DEQUE
    }

    fn repr(&self) -> String {
        let items: Vec<String> = self.items.iter().map(crate::format::repr).collect();
        match self.maxlen {
            Some(m) => format!("deque([{}], maxlen={})", items.join(", "), m),
            None => format!("deque([{}])", items.join(", ")),
        }
    }

    fn attr(&self, name: &str) -> Option<Value> {
        (name == "maxlen").then(|| self.maxlen.map_or(Value::None, |m| Value::Int(m as i128)))
    }

    fn has_method(&self, name: &str) -> bool {
        METHODS.contains(&name)
    }

    fn items(&self) -> Option<PyResult<Vec<Value>>> {
        Some(Ok(self.items.iter().cloned().collect()))
    }

    fn hashable(&self) -> bool {
        false
    }

    fn length(&self) -> Option<usize> {
        Some(self.items.len())
    }

    /// Equal to another deque with equal items (whatever the two `maxlen`s).
    fn eq_value(&self, other: &Value) -> Option<bool> {
        let Value::Object(o) = other else {
            return Some(false);
        };
        let o = o.try_borrow().ok()?;
        let Some(d) = o.as_any().downcast_ref::<Deque>() else {
            return Some(false);
        };
        Some(
            self.items.len() == d.items.len()
                && self.items.iter().zip(&d.items).all(|(a, b)| py_eq(a, b)),
        )
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

/// The deque `v` is, if it is one.
pub fn of(v: &Value) -> Option<&HostRef> {
    match v {
        Value::Object(o) if o.borrow().as_any().is::<Deque>() => Some(o),
        _ => None,
    }
}

fn wrap(d: Deque) -> Value {
    Value::Object(Rc::new(RefCell::new(d)))
}

/// `deque(iterable=(), maxlen=None)`; None for other types.
pub fn construct(it: &mut Interp, t: PyType, args: &Args) -> Option<PyResult<Value>> {
    if t != DEQUE {
        return None;
    }
    Some((|| {
        if let Some((k, _)) = args
            .kw
            .iter()
            .find(|(k, _)| k != "iterable" && k != "maxlen")
        {
            return Err(PyErr::type_err(format!(
                "'{}' is an invalid keyword argument for deque()",
                k
            )));
        }
        let n = args.pos.len() + args.kw.len();
        if n > 2 {
            return Err(PyErr::type_err(format!(
                "deque() takes at most 2 arguments ({} given)",
                n
            )));
        }
        let a = args.bind("deque", &["iterable", "maxlen"], 0)?;
        let maxlen = match &a[1] {
            None | Some(Value::None) => None,
            Some(m) => {
                let m = to_int(m).map_err(|_| PyErr::type_err("an integer is required"))?;
                Some(usize::try_from(m).map_err(|_| PyErr::value("maxlen must be non-negative"))?)
            }
        };
        let mut d = Deque {
            items: VecDeque::new(),
            maxlen,
        };
        if let Some(src) = &a[0] {
            for x in crate::eval::lazy::values(it, src)? {
                d.push(x, false);
            }
        }
        Ok(wrap(d))
    })())
}

/// `d[i]`.
pub fn getitem(o: &HostRef, key: &Value) -> PyResult<Value> {
    let b = o.borrow();
    let d = b
        .as_any()
        .downcast_ref::<Deque>()
        .ok_or_else(|| PyErr::type_err("not a deque"))?;
    let i = d.position(key)?;
    Ok(d.items[i].clone())
}

/// `d[i] = v` (`v` None: `del d[i]`).
pub fn setitem(o: &HostRef, key: &Value, v: Option<&Value>) -> PyResult<()> {
    let mut b = o.borrow_mut();
    let d = b
        .as_any_mut()
        .downcast_mut::<Deque>()
        .ok_or_else(|| PyErr::type_err("not a deque"))?;
    let i = d.position(key)?;
    match v {
        Some(v) => d.items[i] = v.clone(),
        None => {
            d.items.remove(i);
        }
    }
    Ok(())
}

/// A method taking exactly one argument (`deque.append() takes exactly one argument (0
/// given)`), or none.
fn exactly(name: &str, args: &Args, n: usize) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_err(format!(
            "deque.{}() takes no keyword arguments",
            name
        )));
    }
    if args.pos.len() == n {
        return Ok(());
    }
    Err(PyErr::type_err(match n {
        0 => format!(
            "deque.{}() takes no arguments ({} given)",
            name,
            args.pos.len()
        ),
        1 => format!(
            "deque.{}() takes exactly one argument ({} given)",
            name,
            args.pos.len()
        ),
        _ => format!("{} expected {} arguments, got {}", name, n, args.pos.len()),
    }))
}

pub fn call_method(it: &mut Interp, o: &HostRef, name: &str, args: Args) -> PyResult<Value> {
    // Read iterables before borrowing the deque: `d.extend(d)` is allowed.
    let items = match name {
        "extend" | "extendleft" => {
            exactly(name, &args, 1)?;
            Some(crate::eval::lazy::values(it, &args.pos[0])?)
        }
        _ => None,
    };
    let mut b = o.borrow_mut();
    let d = b
        .as_any_mut()
        .downcast_mut::<Deque>()
        .ok_or_else(|| PyErr::type_err("not a deque"))?;
    let empty = || PyErr::index("pop from an empty deque");
    match name {
        "append" | "appendleft" => {
            exactly(name, &args, 1)?;
            d.push(args.pos[0].clone(), name == "appendleft");
            Ok(Value::None)
        }
        "extend" | "extendleft" => {
            for x in items.unwrap_or_default() {
                d.push(x, name == "extendleft");
            }
            Ok(Value::None)
        }
        "pop" => {
            exactly(name, &args, 0)?;
            d.items.pop_back().ok_or_else(empty)
        }
        "popleft" => {
            exactly(name, &args, 0)?;
            d.items.pop_front().ok_or_else(empty)
        }
        "clear" => {
            exactly(name, &args, 0)?;
            d.items.clear();
            Ok(Value::None)
        }
        "copy" => {
            exactly(name, &args, 0)?;
            Ok(wrap(d.clone()))
        }
        "reverse" => {
            exactly(name, &args, 0)?;
            d.items.make_contiguous().reverse();
            Ok(Value::None)
        }
        "rotate" => {
            if !args.kw.is_empty() {
                return Err(PyErr::type_err("deque.rotate() takes no keyword arguments"));
            }
            if args.pos.len() > 1 {
                return Err(PyErr::type_err(format!(
                    "rotate expected at most 1 argument, got {}",
                    args.pos.len()
                )));
            }
            let n = match args.pos.first() {
                Some(v) => to_int(v)?,
                None => 1,
            };
            d.rotate(n);
            Ok(Value::None)
        }
        "count" => {
            exactly(name, &args, 1)?;
            let n = d.items.iter().filter(|x| py_eq(x, &args.pos[0])).count();
            Ok(Value::Int(n as i128))
        }
        "index" | "remove" => {
            if name == "remove" {
                exactly(name, &args, 1)?;
            } else if args.pos.is_empty() || args.pos.len() > 3 {
                return Err(PyErr::type_err(format!(
                    "index expected at {} argument{}, got {}",
                    if args.pos.is_empty() {
                        "least 1"
                    } else {
                        "most 3"
                    },
                    if args.pos.is_empty() { "" } else { "s" },
                    args.pos.len()
                )));
            }
            let x = &args.pos[0];
            let n = d.items.len() as i128;
            let bound = |v: Option<&Value>, default: i128| -> PyResult<usize> {
                let i = match v {
                    Some(v) => to_int(v)?,
                    None => default,
                };
                Ok((if i < 0 { i + n } else { i }).clamp(0, n) as usize)
            };
            let (start, stop) = (bound(args.pos.get(1), 0)?, bound(args.pos.get(2), n)?);
            let found = (start..stop.max(start)).find(|&i| py_eq(&d.items[i], x));
            match (found, name) {
                (Some(i), "index") => Ok(Value::Int(i as i128)),
                (Some(i), _) => {
                    d.items.remove(i);
                    Ok(Value::None)
                }
                (None, _) => Err(PyErr::value(format!(
                    "{} is not in deque",
                    crate::format::repr(x)
                ))),
            }
        }
        "insert" => {
            if !args.kw.is_empty() || args.pos.len() != 2 {
                return Err(PyErr::type_err(format!(
                    "insert expected 2 arguments, got {}",
                    args.pos.len()
                )));
            }
            if d.maxlen.is_some_and(|m| d.items.len() >= m) {
                return Err(PyErr::index("deque already at its maximum size"));
            }
            let n = d.items.len() as i128;
            let i = to_int(&args.pos[0])?;
            let i = (if i < 0 { i + n } else { i }).clamp(0, n) as usize;
            d.items.insert(i, args.pos[1].clone());
            Ok(Value::None)
        }
        _ => Err(PyErr::attribute(format!(
            "'collections.deque' object has no attribute '{}'",
            name
        ))),
    }
}
