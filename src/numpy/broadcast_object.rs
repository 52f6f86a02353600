//! `np.broadcast(*args)`: NumPy's broadcast object — the common shape of its arguments
//! (`.shape .nd .ndim .size .numiter .index`), a flat iterator over each broadcast
//! argument (`.iters`), and iteration yielding a tuple of their elements in C order.
//! Iterating runs to the end at once (`.index` becomes `.size`, `reset()` makes it 0);
//! `next()` one step at a time is not modelled.

use super::objects::HostObject;
use super::Family;
use crate::array::object::ArrayRef;
use crate::error::{PyErr, PyResult};
use crate::numpy::compose::np;
use crate::numpy::context::Context;
use crate::value::args::Args;
use crate::value::convert::as_array;
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub const FAMILY: Family = Family {
    names: &["broadcast"],
    call,
};

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    (name == "broadcast").then(|| new(it, &args))
}

pub struct Broadcast {
    /// Each argument broadcast to `shape` (views).
    arrays: Vec<ArrayRef>,
    shape: Vec<usize>,
    index: Cell<usize>,
}

/// `np.broadcast(*args)`.
pub fn new(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    if let Some((k, _)) = args.kw.first() {
        return Err(PyErr::type_err(format!(
            "broadcast() takes no keyword arguments (got '{}')",
            k
        )));
    }
    if args.pos.len() > 64 {
        return Err(PyErr::value(
            "Need at least 0 and at most 64 array objects.",
        ));
    }
    let arrays: Vec<ArrayRef> = if args.pos.is_empty() {
        vec![]
    } else {
        let r = np(it, "broadcast_arrays", args.pos.clone(), vec![])?;
        crate::value::convert::iter_values(&r)?
            .iter()
            .map(as_array)
            .collect::<PyResult<_>>()?
    };
    let shape = arrays.first().map(|a| a.shape.clone()).unwrap_or_default();
    let b = Broadcast {
        arrays,
        shape,
        index: Cell::new(0),
    };
    Ok(Value::Object(Rc::new(RefCell::new(HostObject::Broadcast(
        b,
    )))))
}

impl Broadcast {
    fn size(&self) -> usize {
        self.shape.iter().product()
    }

    pub fn attr(&self, name: &str) -> Option<Value> {
        let int = |i: usize| Value::Int(i as i128);
        Some(match name {
            "shape" => Value::tuple(self.shape.iter().map(|&d| int(d)).collect()),
            "nd" | "ndim" => int(self.shape.len()),
            "size" => int(self.size()),
            "numiter" => int(self.arrays.len()),
            "index" => int(self.index.get()),
            "iters" => Value::tuple(self.arrays.iter().map(super::flatiter::flat).collect()),
            _ => return None,
        })
    }

    /// The tuples of elements, in C order.
    pub fn items(&self) -> PyResult<Vec<Value>> {
        let columns: Vec<Vec<Value>> = self
            .arrays
            .iter()
            .map(super::flatiter::items)
            .collect::<PyResult<_>>()?;
        self.index.set(self.size());
        Ok((0..self.size())
            .map(|i| {
                let row = columns
                    .iter()
                    .map(|c| c.get(i).cloned().unwrap_or(Value::None));
                Value::tuple(row.collect())
            })
            .collect())
    }

    pub fn reset(&self, args: &Args) -> PyResult<Value> {
        args.bind("reset", &[], 0)?;
        self.index.set(0);
        Ok(Value::None)
    }
}
